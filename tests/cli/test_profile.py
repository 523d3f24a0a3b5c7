"""`vangnet profile show|set|clear`: the worker's own details, for letters and the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.letters import addressing
from tests.helpers import cli, signal_csv, signal_row
from tests.letters.conftest import SampleContacts, pdf_text

TODAY = "2026-11-23"
SET = (
    "profile",
    "set",
    "--name",
    "Marieke de Boer",
    "--phone",
    "023 511 1234",
    "--email",
    "m.deboer@haarlem.example",
)


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(
        signal_csv(signal_row(referentie="YM-1", naam="Sanne Hoekstra", melddatum="16-11-2026"))
    )
    assert cli("import", rows, "--today", TODAY).code == 0
    return db_path


def test_show_without_a_profile_says_how_to_set_one(office: Path) -> None:
    run = cli("profile", "show")
    assert run.code == 0
    assert run.out.startswith("No profile for tester: letters show the office's details only.")
    assert cli("profile", "show", "--json").json() == {"login": "tester", "profile": None}


def test_set_then_show(office: Path) -> None:
    run = cli(*SET)
    assert run.code == 0, run.err
    assert "Profile of tester saved" in run.out
    shown = cli("profile", "show")
    assert shown.out.splitlines() == [
        "Login:     tester",
        "Name:      Marieke de Boer",
        "Function:  -",
        "Phone:     023 511 1234",
        "E-mail:    m.deboer@haarlem.example",
    ]
    # a part not given stays as it is
    assert cli("profile", "set", "--function", "consulent West").code == 0
    assert cli("profile", "show", "--json").json()["profile"] == {
        "name": "Marieke de Boer",
        "function": "consulent West",
        "phone": "023 511 1234",
        "email": "m.deboer@haarlem.example",
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--email", "m.deboer(at)haarlem"), "Not changed: e-mail: not an e-mail address."),
        (("--phone", "12"), "Not changed: phone: "),
        (("--name", " "), "Not changed: the name is empty"),
        ((), "Give at least one of --name, --phone, --email, --function."),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    office: Path, arguments: tuple[str, ...], message: str
) -> None:
    assert cli(*SET).code == 0
    before = cli("profile", "show", "--json").out
    run = cli("profile", "set", *arguments)
    assert run.code == 1
    assert run.err.startswith(message), run.err
    assert "Traceback" not in run.err + run.out
    assert cli("profile", "show", "--json").out == before


def test_the_timeline_shows_the_name_and_keeps_the_login(office: Path) -> None:
    answer = ("event", 1, "collection_answer", "--may-resume", "no", "--on", TODAY)
    assert cli(*answer, "--today", TODAY).code == 0
    event = cli("case", 1, "--json", "--today", TODAY).json()["events"][0]
    assert (event["by"], event["by_name"]) == ("tester", "tester")
    assert cli(*SET).code == 0
    event = cli("case", 1, "--json", "--today", TODAY).json()["events"][0]
    assert (event["by"], event["by_name"]) == ("tester", "Marieke de Boer")


def test_a_letter_from_the_command_line_carries_the_profile(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(addressing, "default_contacts", SampleContacts.from_file)
    answer = ("event", 1, "collection_answer", "--may-resume", "no", "--on", TODAY)
    assert cli(*answer, "--today", TODAY).code == 0
    head = ("letterhead", "--address", "Postbus 511", "--address", "2003 PB Haarlem")
    assert cli(*head, "--signer", "Marieke de Boer", "--signer-function", "teamleider").code == 0
    first = tmp_path / "zonder.pdf"
    run = cli("letter", 1, "--kind", "feedback", "-o", first, "--today", TODAY)
    assert run.code == 0, run.err
    assert "Behandeld door" not in pdf_text(first)
    assert cli(*SET).code == 0
    second = tmp_path / "met.pdf"
    run = cli("letter", 1, "--kind", "feedback", "-o", second, "--today", TODAY)
    assert run.code == 0, run.err
    assert (
        "Behandeld door Marieke de Boer Telefoon 023 511 1234 E-mail m.deboer@haarlem.example"
        in pdf_text(second)
    )


def test_clear(office: Path) -> None:
    assert cli(*SET).code == 0
    assert cli("profile", "clear").out.strip() == "Profile of tester removed."
    assert cli("profile", "show", "--json").json()["profile"] is None
    assert cli("profile", "clear").out.strip() == "tester has no profile."
