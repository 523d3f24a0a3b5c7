"""`vangnet letter`, `vangnet letters batch` and `vangnet letterhead`: messages and exit codes."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from app.services.letters import addressing
from tests.conftest import DATA
from tests.helpers import cli, signal_csv, signal_row
from tests.letters.conftest import SampleContacts, logo_png, pdf_text

TODAY = "2026-11-23"


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam="Sanne Hoekstra", melddatum="16-11-2026"),
            signal_row(
                referentie="PRE-3",
                corporatie="Pré Wonen",
                naam="Piet Pré",
                melddatum="02-11-2026",
                ontruimingsdatum="15-12-2026",
            ),
        )
    )
    run = cli("import", rows, "--today", TODAY)
    assert run.code == 0, run.err
    for case_id in (1, 2):  # B2 step 6: the team's answer, which the feedback letter needs
        answer = ("event", case_id, "collection_answer", "--may-resume", "no", "--on", TODAY)
        run = cli(*answer, "--today", TODAY)
        assert run.code == 0, run.err
    return db_path


@pytest.fixture
def sample_contacts(monkeypatch: pytest.MonkeyPatch) -> SampleContacts:
    source = SampleContacts.from_file()
    monkeypatch.setattr(addressing, "default_contacts", lambda: source)
    return source


def _letterhead(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(logo_png())
    run = cli(
        "letterhead",
        "--address",
        "Postbus 511",
        "--address",
        "2003 PB Haarlem",
        "--signer",
        "Marieke de Boer",
        "--signer-function",
        "teamleider",
        "--logo",
        logo,
    )
    assert run.code == 0, run.err
    assert "Letterhead changed: address, signer, signer_function, logo." in run.out


def test_letter_feedback(office: Path, sample_contacts: SampleContacts, tmp_path: Path) -> None:
    _letterhead(tmp_path)
    target = tmp_path / "out" / "terugkoppeling.pdf"
    target.parent.mkdir()
    run = cli("letter", 1, "--kind", "feedback", "-o", target, "--today", TODAY)
    assert run.code == 0, run.err
    assert run.out.startswith(f"Wrote {target} (feedback letter, 1 page); recorded on the ")
    text = pdf_text(target)
    assert "Haarlem, 23 november 2026" in text and "Uw kenmerk YM-1" in text
    case = cli("case", 1, "--json", "--today", TODAY).json()
    generated = [e for e in case["events"] if e["kind"] == "letter_generated"]
    assert generated[0]["detail"] == {
        "letter": "feedback",
        "addressee": "corporatie",
        "file": "terugkoppeling.pdf",
    }
    audit = cli("audit", "--json").json()
    assert any(a["object_type"] == "letter" and a["action"] == "export" for a in audit)


def test_letter_announcement_and_notice(
    office: Path, sample_contacts: SampleContacts, tmp_path: Path
) -> None:
    _letterhead(tmp_path)
    run = cli(
        "letter",
        1,
        "--kind",
        "announcement",
        "--with-opt-out",
        "--visit",
        "2026-12-01T10:00",
        "-o",
        tmp_path / "a.pdf",
        "--today",
        TODAY,
    )
    assert run.code == 0, run.err
    assert "dinsdag 1 december 2026 om 10.00 uur" in pdf_text(tmp_path / "a.pdf")
    run = cli("letter", 2, "--kind", "troubleshooter", "-o", tmp_path / "t.pdf", "--today", TODAY)
    assert run.code == 0, run.err
    assert "Ontruimingsdatum 15 december 2026" in pdf_text(tmp_path / "t.pdf")


def test_refused_letters_say_what_is_missing(
    office: Path, sample_contacts: SampleContacts, tmp_path: Path
) -> None:
    target = tmp_path / "brief.pdf"
    run = cli("letter", 1, "--kind", "feedback", "-o", target, "--today", TODAY)
    assert run.code == 1
    assert run.err.strip() == (
        "Letter not made: the letterhead is incomplete: office address, signer's name and "
        "signer's function are missing (set with `vangnet letterhead`)."
    )
    assert not target.exists() and list(tmp_path.glob(".vangnet-*")) == []
    _letterhead(tmp_path)
    run = cli("letter", 1, "--kind", "troubleshooter", "-o", target, "--today", TODAY)
    assert run.code == 1
    assert "no eviction date is known for this case" in run.err
    run = cli("letter", 99, "--kind", "feedback", "-o", target, "--today", TODAY)
    assert (run.code, run.err.strip()) == (1, "Letter not made: there is no case 99.")
    run = cli("letter", 1, "--kind", "feedback", "--with-opt-out", "-o", target)
    assert run.code == 1 and "belong to --kind announcement" in run.err
    run = cli("letter", 1, "--kind", "feedback", "-o", tmp_path / "nope" / "b.pdf")
    assert run.code == 3 and "does not exist" in run.err
    run = cli("letter", 1, "--kind", "feedback", "-o", tmp_path)
    assert run.code == 1 and "is a folder" in run.err
    run = cli("letter", 1, "--kind", "brief", "-o", target)
    assert run.code == 2  # argparse: invalid choice
    assert not target.exists()


def test_no_contact_list_module_means_no_contacts(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(addressing, "default_contacts", addressing.NoContactList)
    _letterhead(tmp_path)
    run = cli("letter", 1, "--kind", "feedback", "-o", tmp_path / "b.pdf", "--today", TODAY)
    assert run.code == 1
    assert run.err.strip() == (
        "Letter not made: there is no contact person of Ymere in the contact list."
    )


def test_batch(office: Path, sample_contacts: SampleContacts, tmp_path: Path) -> None:
    _letterhead(tmp_path)
    folder = tmp_path / "batch"
    run = cli("letters", "batch", "--due", "-o", folder, "--today", TODAY)
    assert run.code == 0, run.err
    assert "2 of 2 due feedback letter(s) made" in run.out
    assert (folder / "2026-11-23-alle-terugkoppelingen.pdf").is_file()
    assert len(list(folder.glob("*-zaak-*-terugkoppeling.pdf"))) == 2
    # again, marking them sent: the deadlines are met, nothing is due any more
    # how they went out is said, never assumed: without --via nothing is made or marked
    run = cli("letters", "batch", "--due", "-o", folder, "--today", TODAY, "--mark-sent")
    assert run.code == 1 and "--mark-sent needs --via" in run.err
    run = cli("letters", "batch", "--due", "-o", folder, "--today", TODAY)
    assert run.code == 0 and "2 of 2 due feedback letter(s)" in run.out
    run = cli(
        "letters", "batch", "--due", "-o", folder, "--today", TODAY, "--mark-sent", "--via", "post"
    )
    assert run.code == 0 and "Marked 2 letter(s) as sent (post)." in run.out
    run = cli("letters", "batch", "--due", "-o", folder, "--today", TODAY)
    assert run.code == 0 and "0 of 0 due feedback letter(s)" in run.out


def test_batch_with_a_failure_exits_1_and_lists_it(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = SampleContacts.from_file().without("corporatie", "PRE")
    monkeypatch.setattr(addressing, "default_contacts", lambda: source)
    _letterhead(tmp_path)
    run = cli("letters", "batch", "--due", "-o", tmp_path / "b", "--today", TODAY)
    assert run.code == 1
    assert "case 2: not made: there is no contact person of Pré Wonen in the contact list" in (
        run.err
    )
    assert "1 of 2 due feedback letter(s) made" in run.out
    run = cli("letters", "batch", "--due", "-o", tmp_path / "x" / "y", "--today", TODAY)
    assert run.code == 3


def test_letterhead_show_and_bad_logo(office: Path, tmp_path: Path) -> None:
    run = cli("letterhead")
    assert run.code == 0
    assert "Office:   Sociaal Wijkteam Schalkwijk" in run.out
    assert "Logo:     none" in run.out
    assert "letters are refused until these are set: address, signer, signer_function" in run.err
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + b"\0" * 40)
    run = cli("letterhead", "--logo", bad, "--signer", "X")
    assert (run.code, run.err.strip()) == (
        1,
        "Letterhead not changed: the logo must be a PNG or JPEG image.",
    )
    assert "Signer:   -" in cli("letterhead").out
    run = cli("letterhead", "--logo", tmp_path / "missing.png")
    assert run.code == 1 and "Cannot read" in run.err


@pytest.mark.skipif(
    importlib.util.find_spec("app.services.contacts") is None,
    reason="the contact-list module is not there",
)
def test_with_the_real_contact_list(office: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(DATA / "contactlijst-voorbeeld.csv", share / "contactlijst.csv")
    run = cli("contacts", "sync", share)
    assert run.code == 0, run.err
    _letterhead(tmp_path)
    run = cli("letter", 1, "--kind", "feedback", "-o", tmp_path / "f.pdf", "--today", TODAY)
    assert run.code == 0, run.err
    text = pdf_text(tmp_path / "f.pdf")
    assert "t.a.v. Linda Groen, klantadviseur betalingen" in text


def test_an_existing_file_is_not_overwritten_without_force(
    office: Path, sample_contacts: SampleContacts, tmp_path: Path
) -> None:
    """Issue 12.9: `letter -o EXISTING` overwrote any file (backup and handover refuse)."""
    _letterhead(tmp_path)
    target = tmp_path / "notities.pdf"
    target.write_bytes(b"someone else's file")
    run = cli("letter", 1, "--kind", "feedback", "-o", target, "--today", TODAY)
    assert run.code == 1
    assert run.err.strip() == f"{target} already exists; choose another name or use --force."
    assert target.read_bytes() == b"someone else's file"
    case = cli("case", 1, "--json", "--today", TODAY).json()
    assert not [e for e in case["events"] if e["kind"] == "letter_generated"]
    forced = cli("letter", 1, "--kind", "feedback", "--force", "-o", target, "--today", TODAY)
    assert forced.code == 0, forced.err
    assert "Uw kenmerk YM-1" in pdf_text(target)


def test_broken_arrangement_notice_from_the_command_line(
    office: Path, sample_contacts: SampleContacts, tmp_path: Path
) -> None:
    """H 3.9: refused until the broken agreement is recorded, then written."""
    _letterhead(tmp_path)
    target = tmp_path / "melding.pdf"
    args = ("letter", 1, "--kind", "broken_arrangement", "-o", target, "--today", TODAY)
    refused = cli(*args)
    assert refused.code == 1 and "record arrangement_broken first (H 3.9)" in refused.err
    assert cli("event", 1, "arrangement_broken", "--on", TODAY, "--today", TODAY).code == 0
    run = cli(*args)
    assert run.code == 0, run.err
    assert "(broken_arrangement letter, 1 page)" in run.out
    assert "Niet nagekomen sinds 23 november 2026" in pdf_text(target)
