"""`vangnet contacts …` through the real CLI on a real encrypted database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.contacts.helpers import (
    SAMPLE,
    base_rows,
    contact_csv,
    contact_row,
    write_list,
)
from tests.helpers import cli

FAST = ("--settle", "0")


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--profile", "haarlem").code == 0
    return db_path


@pytest.fixture
def sample_share(share: Path) -> Path:
    write_list(share, SAMPLE.read_bytes())
    return share


def test_sync_applies_then_is_unchanged(office: Path, sample_share: Path) -> None:
    run = cli("contacts", "sync", sample_share, *FAST)
    assert run.code == 0, run.err
    assert "contactlijst.csv: applied as version 1 (8 contacts): 8 added" in run.out
    assert "+ Elan Wonen / corporatie / Karin Vermeulen" in run.out
    run = cli("contacts", "sync", sample_share, *FAST, "--json")
    assert run.code == 0
    result = run.json()
    assert (result["outcome"], result["version"], result["rows"]) == ("unchanged", 1, 8)
    assert set(result) >= {
        "outcome",
        "at",
        "file",
        "sha256",
        "version",
        "previous_version",
        "rows",
        "changes",
        "errors",
        "warnings",
        "problem",
        "reason",
        "pending_email_confirmations",
        "confirmed",
    }


def test_sync_json_shape_of_an_applied_change(office: Path, sample_share: Path) -> None:
    assert cli("contacts", "sync", sample_share, *FAST).code == 0
    data = SAMPLE.read_bytes().replace(b"k.vermeulen@elan.example", b"andere@elan.example")
    write_list(sample_share, data)
    run = cli("contacts", "sync", sample_share, *FAST, "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert result["outcome"] == "applied" and result["version"] == 2
    changes = result["changes"]
    assert (changes["added"], changes["removed"], changes["email_changes"]) == ([], [], 1)
    [changed] = changes["changed"]
    assert changed["columns"] == ["email"] and changed["email_changed"] is True
    assert changed["before"]["email"] == "k.vermeulen@elan.example"
    assert changed["after"]["naam"] == "Karin Vermeulen"
    [pending] = result["pending_email_confirmations"]
    assert (pending["email"], pending["vorig_email"]) == (
        "andere@elan.example",
        "k.vermeulen@elan.example",
    )
    assert "wait for confirmation" in run.err


def test_rejected_file_exits_1_with_every_problem(office: Path, share: Path) -> None:
    write_list(share, contact_csv([contact_row(), contact_row(naam="B", rol="x", email="@")]))
    run = cli("contacts", "sync", share, *FAST, "--json")
    assert run.code == 1
    assert run.err.splitlines()[:2] == [
        "row 3, column rol: unknown role 'x' (use corporatie, wijkteam, sdv, troubleshooter, "
        "beleidsadviseur or uitvoerder)",
        "row 3, column email: not an e-mail address",
    ]
    assert "2 problem(s); nothing was changed (still no list)." in run.err
    result = run.json()
    assert result["outcome"] == "rejected" and result["version"] is None
    assert result["errors"][0] == {
        "row": 3,
        "column": "rol",
        "message": "unknown role 'x' (use corporatie, wijkteam, sdv, troubleshooter, "
        "beleidsadviseur or uitvoerder)",
    }
    assert cli("contacts", "list", "--json").json() == []


def test_unreachable_missing_and_busy_each_say_so(office: Path, sample_share: Path) -> None:
    """Issue 12.9: each its own message and exit status (3 unreachable, 4 busy, 5 missing)."""
    assert cli("contacts", "sync", sample_share, *FAST).code == 0
    (sample_share / "~$contactlijst.csv").write_bytes(b"x")
    run = cli("contacts", "sync", sample_share, *FAST, "--json")
    assert (run.code, run.json()["outcome"], run.json()["reason"]) == (4, "busy", "lock_file")
    assert "open in Excel" in run.err
    (sample_share / "~$contactlijst.csv").unlink()
    (sample_share / "contactlijst.csv").rename(sample_share / "oud.csv")
    run = cli("contacts", "sync", sample_share, *FAST)
    assert run.code == 5 and "has no contactlijst.xlsx or contactlijst.csv" in run.err
    (sample_share / "contactlijst.csv").write_bytes(b"")
    run = cli("contacts", "sync", sample_share, *FAST)
    assert run.code == 4 and "contactlijst.csv is empty (still being written?)" in run.err
    (sample_share / "contactlijst.csv").unlink()
    shutil.rmtree(sample_share)
    run = cli("contacts", "sync", sample_share, *FAST, "--json")
    assert run.code == 3
    assert run.json()["outcome"] == "unreachable" and run.json()["version"] == 1
    assert "cannot be reached" in run.err and "Traceback" not in run.err
    assert len(cli("contacts", "list", "--json").json()) == 8  # the last good list stays
    status = cli("contacts", "status", "--json").json()
    assert status["last_outcome"] == "unreachable" and status["version"] == 1
    assert status["last_synced"] is not None


def test_sync_uses_the_folder_setting(office: Path, sample_share: Path) -> None:
    run = cli("contacts", "sync", *FAST)
    assert run.code == 1 and "No shared folder is set" in run.err
    assert cli("contacts", "folder", sample_share).code == 0
    assert cli("contacts", "folder").out.strip() == str(sample_share)
    assert cli("contacts", "sync", *FAST).code == 0
    assert cli("contacts", "status", "--json").json()["folder"] == str(sample_share)


def test_list_json_shape_and_filters(office: Path, sample_share: Path) -> None:
    cli("contacts", "sync", sample_share, *FAST)
    rows = cli("contacts", "list", "--json").json()
    assert len(rows) == 8
    assert rows[3] == {
        "id": rows[3]["id"],
        "organisatie": "Sociaal Wijkteam Schalkwijk",
        "code": "SWT-SCH",
        "rol": "wijkteam",
        "naam": "Bas Kramer",
        "functie": "teamleider",
        "telefoon": "023-5111111",
        "email": "b.kramer@haarlem.example",
        "email_wacht_op_bevestiging": False,
        "wijk": "Schalkwijk",
        "geldig_vanaf": "2026-01-01",
        "aanhef": None,
    }
    names = [r["naam"] for r in cli("contacts", "list", "--role", "corporatie", "--json").json()]
    assert names == ["Karin Vermeulen", "Youssef Amrani", "Linda Groen"]
    found = cli("contacts", "list", "--search", "pré", "--json").json()
    assert [r["naam"] for r in found] == ["Youssef Amrani"]
    org = cli("contacts", "list", "--organisation", "GEMEENTE HAARLEM", "--json").json()
    assert [r["rol"] for r in org] == ["troubleshooter", "beleidsadviseur"]
    text = cli("contacts", "list").out
    assert "Karin Vermeulen" in text and "Schalkwijk" in text


def test_email_confirmation_through_the_cli(office: Path, share: Path) -> None:
    rows = base_rows()
    write_list(share, contact_csv(rows))
    cli("contacts", "sync", share, *FAST)
    rows[0]["email"] = "nieuw@elan.example"
    rows[1]["email"] = "nieuw@ymere.example"
    write_list(share, contact_csv(rows))
    assert cli("contacts", "sync", share, *FAST).code == 0

    listed = cli("contacts", "list", "--json").json()
    assert (listed[0]["email"], listed[0]["email_wacht_op_bevestiging"]) == (None, True)
    pending = cli("contacts", "pending", "--json").json()
    assert [p["email"] for p in pending] == ["nieuw@elan.example", "nieuw@ymere.example"]
    assert "nieuw@elan.example (was k.vermeulen@elan.example)" in cli("contacts", "pending").out

    run = cli("contacts", "confirm-email")
    assert run.code == 1 and "--all" in run.err
    run = cli("contacts", "confirm-email", "99999")
    assert run.code == 1 and "not waiting for confirmation" in run.err
    run = cli("contacts", "confirm-email", pending[0]["id"])
    assert run.code == 0 and "Confirmed 1 e-mail address(es)" in run.out
    listed = cli("contacts", "list", "--json").json()
    assert listed[0]["email"] == "nieuw@elan.example" and listed[1]["email"] is None
    assert cli("contacts", "confirm-email", "--all").code == 0
    assert cli("contacts", "pending", "--json").json() == []

    rows[0]["email"] = "derde@elan.example"
    write_list(share, contact_csv(rows))
    run = cli("contacts", "sync", share, *FAST, "--confirm-email-changes", "--json")
    assert run.code == 0 and len(run.json()["confirmed"]) == 1
    assert cli("contacts", "list", "--json").json()[0]["email"] == "derde@elan.example"
    audit = cli("audit", "--json", "--limit", "20").json()
    assert sum(a["action"] == "contacts_confirm_email" for a in audit) == 3


def test_history_changes_and_rollback(office: Path, share: Path) -> None:
    rows = base_rows()
    write_list(share, contact_csv(rows))
    cli("contacts", "sync", share, *FAST)
    write_list(share, contact_csv(rows[:2]))
    cli("contacts", "sync", share, *FAST)

    history = cli("contacts", "history", "--json").json()
    assert [(h["version"], h["current"], h["rows"], h["removed"]) for h in history] == [
        (2, True, 2, 4),
        (1, False, 6, 0),
    ]
    assert len(history[0]["sha256"]) == 64 and history[0]["actor"] == "tester"
    changes = cli("contacts", "changes", "--json").json()
    assert changes["version"] == 2 and changes["removed"][0]["naam"] == "Bas Kramer"
    assert cli("contacts", "changes", "7").code == 1

    run = cli("contacts", "rollback", "1")
    assert run.code == 0, run.err
    assert "Version 1 is current again, as version 3 (6 contacts)." in run.out
    assert len(cli("contacts", "list", "--json").json()) == 6
    assert cli("contacts", "rollback", "3").code == 1
    run = cli("contacts", "rollback", "8")
    assert run.code == 1 and "Not rolled back: there is no contact-list version 8." in run.err
    # the two-row file is still in the folder; it is not taken again until it changes
    assert cli("contacts", "sync", share, *FAST, "--json").json()["outcome"] == "unchanged"
    assert "rollback to 1" in cli("contacts", "history").out


def test_wijk_ranges(office: Path, sample_share: Path) -> None:
    assert cli("contacts", "wijk").out.strip() == "No wijk postcode ranges are set."
    assert cli("contacts", "wijk", "Schalkwijk", "2031-2037").code == 0
    run = cli("contacts", "wijk", "Noord", "2021-2025,2030")
    assert run.out.splitlines() == ["Schalkwijk: 2031-2037", "Noord: 2021-2025,2030"]
    run = cli("contacts", "wijk", "Noord", "20x1")
    assert run.code == 1 and "Not changed: '20x1' is not a postcode range" in run.err
    assert cli("contacts", "wijk", "Noord").code == 1
    run = cli("contacts", "wijk", "Noord", "--remove")
    assert run.out.splitlines() == ["Schalkwijk: 2031-2037"]


def test_help_documents_exit_codes_and_confirmation(office: Path) -> None:
    run = cli("contacts", "sync", "--help")
    assert run.code == 0
    assert "Exit status: 0 applied or unchanged; 1 the file has problems" in run.out
    assert "--confirm-email-changes" in run.out
    run = cli("contacts", "--help")
    assert "confirm-email" in run.out and "not used for letters until" in run.out
