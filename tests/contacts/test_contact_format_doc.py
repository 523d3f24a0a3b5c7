"""docs/formats/contact-list.md tells the truth: its column table, its example list, the way it
says contacts are picked, and the output it quotes are what the real sync, directory and CLI do
(issue 13.7)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.services.contacts.columns import CONTACT_COLUMNS, REQUIRED_COLUMNS
from app.services.contacts.contact_file import parse_contact_list
from app.services.contacts.directory import (
    all_contacts,
    corporation_contact,
    sdv_contact,
    troubleshooter_contact,
    wijkteam_contact,
)
from app.services.contacts.messages_nl import row_error_nl
from app.services.contacts.sync import sync_folder
from app.services.contacts.wijken import set_wijk_ranges
from app.services.store import Store
from tests.conftest import TEST_DAY
from tests.format_docs import EXAMPLES, column_table, doc_block, doc_lines, doc_session
from tests.helpers import cli

PAGE = "contact-list.md"
EXAMPLE = EXAMPLES / "contactlijst.csv"
PLACEHOLDER = "/path/to/shared-folder"


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--profile", "haarlem").code == 0
    return db_path


def _run(block: str, share: Path) -> None:
    """Run the block's commands on ``share`` and compare with the output the page quotes."""
    steps = doc_session(PAGE, block)
    assert steps
    for arguments, expected in steps:
        arguments = [str(share) if word == PLACEHOLDER else word for word in arguments]
        if arguments[:2] == ["contacts", "sync"]:
            arguments += ["--settle", "0"]  # the output is the same; the test need not wait
        run = cli(*arguments)
        # what a terminal shows: the summary (stdout), then the request to confirm (stderr)
        assert run.out.splitlines() + run.err.splitlines() == expected, run.out + run.err


def test_the_column_table_lists_every_column_in_order_with_what_is_required() -> None:
    table = column_table(PAGE)
    assert [name for name, _ in table] == list(CONTACT_COLUMNS)
    assert {name for name, required in table if required == "yes"} == set(REQUIRED_COLUMNS)
    assert {name for name, required in table if required.startswith("one of")} == {
        "telefoon",
        "email",
    }


def test_the_example_list_is_taken_and_the_quoted_output_is_what_the_cli_prints(
    office: Path, share: Path
) -> None:
    data = EXAMPLE.read_bytes()
    data.decode("cp1252")  # the encoding the page says
    assert b"\r\n" in data
    shutil.copyfile(EXAMPLE, share / "contactlijst.csv")
    _run("first-sync", share)
    assert cli("contacts", "pending").out.strip() == "No e-mail address waits for confirmation."

    changed = data.replace(b"s.koster@ymere.example", b"sandra.koster@ymere.example")
    assert changed != data
    (share / "contactlijst.csv").write_bytes(changed)
    _run("email-change", share)


def test_the_quoted_refusal_is_what_the_cli_and_the_window_say(office: Path, share: Path) -> None:
    bad = doc_block(PAGE, "bad-file").encode("cp1252")
    (share / "contactlijst.csv").write_bytes(bad)
    _run("bad-file-output", share)
    assert cli("contacts", "list").out.strip().startswith("No contacts")
    parsed = parse_contact_list(bad, "contactlijst.csv")
    assert [row_error_nl(e) for e in parsed.errors] == doc_lines(PAGE, "bad-file-window")


def test_contacts_are_picked_as_the_page_says(store: Store, share: Path) -> None:
    shutil.copyfile(EXAMPLE, share / "contactlijst.csv")
    result = sync_folder(store, share, settle_seconds=0, pause=lambda _s: None)
    assert (result.outcome, result.rows, result.pending) == ("applied", 10, [])
    with store.transaction() as session:
        set_wijk_ranges(session, "Schalkwijk", "2031-2037")
        set_wijk_ranges(session, "Noord", "2021-2025,2030")
    with store.session() as session:
        # the corporation by the covenant's code or name; a successor only from geldig_vanaf
        elan = corporation_contact(session, "ELAN", "", today=TEST_DAY)
        assert elan is not None and elan.name == "Marieke Postma"
        pre = corporation_contact(session, "", "pré wonen", today=TEST_DAY)
        assert pre is not None and pre.name == "Hasan Yilmaz"
        now = corporation_contact(session, "YMERE", "Ymere", today=TEST_DAY)
        later = corporation_contact(session, "YMERE", "Ymere", today=date(2027, 1, 1))
        assert (now and now.name, later and later.name) == ("Sandra Koster", "Wouter Hendriks")
        # the wijkteam by the tenant's postcode, else the contact without a wijk
        names = {
            postcode: (person.name if person else None)
            for postcode in ("2035 VK", "2023 AB", "2011 GA")
            for person in [wijkteam_contact(session, postcode, today=TEST_DAY)]
        }
        assert names == {
            "2035 VK": "Anouk Meijer",
            "2023 AB": "Ricardo Pinas",
            "2011 GA": "Ellen de Graaf",
        }
        troubleshooter = troubleshooter_contact(session, today=TEST_DAY)
        sdv = sdv_contact(session, today=TEST_DAY)
        assert (troubleshooter and troubleshooter.name, sdv and sdv.name) == (
            "Yvonne Claassen",
            "Bram Visser",
        )
        adviser = all_contacts(session, role="beleidsadviseur")
        assert [(p.name, p.phone, p.email) for p in adviser] == [
            ("Frank Dijkstra", "023-5115500", None)
        ]

    # a changed address waits: the directory does not hand it out until it is confirmed
    changed = EXAMPLE.read_bytes().replace(
        b"s.koster@ymere.example", b"sandra.koster@ymere.example"
    )
    (share / "contactlijst.csv").write_bytes(changed)
    result = sync_folder(store, share, settle_seconds=0, pause=lambda _s: None)
    assert result.outcome == "applied"
    assert [(p.name, p.email, p.previous_email) for p in result.pending] == [
        ("Sandra Koster", "sandra.koster@ymere.example", "s.koster@ymere.example")
    ]
    with store.session() as session:
        koster = corporation_contact(session, "YMERE", "Ymere", today=TEST_DAY)
        assert koster is not None
        assert (koster.email, koster.email_awaits_confirmation) == (None, True)
