"""Signal import through the CLI: all-or-nothing, partial, idempotent, dry run."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.backup import database_snapshot
from app.services.keys import DatabaseKey
from tests.conftest import PASSPHRASE, SAMPLE_SIGNALS
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--profile", "haarlem").code == 0
    return db_path


def _snapshot(db: Path):  # type: ignore[no-untyped-def]
    return database_snapshot(db, DatabaseKey(passphrase=PASSPHRASE))


def test_sample_file_imports_four_signals(office: Path) -> None:
    run = cli("import", SAMPLE_SIGNALS, "--today", TODAY, "--json")
    assert run.code == 0, run.err
    report = run.json()
    assert report["created"] == 4 and report["applied"] is True
    assert report["encoding"].lower() in ("cp1252", "windows-1252")
    inbox = cli("inbox", "--today", TODAY, "--json").json()
    assert {r["referentie"] for r in inbox} == {"YM-20931", "EW-10077", "PW-33410", "YM-20988"}


def test_reimport_is_idempotent(office: Path) -> None:
    assert cli("import", SAMPLE_SIGNALS, "--today", TODAY).code == 0
    before = _snapshot(office)
    run = cli("import", SAMPLE_SIGNALS, "--today", TODAY, "--json")
    assert run.code == 0
    report = run.json()
    assert report["created"] == 0
    assert [d["row"] for d in report["already_present"]] == [2, 3, 4, 5]
    after = _snapshot(office)
    assert after.counts["cases"] == before.counts["cases"] == 4


def test_rejected_file_changes_nothing_and_lists_every_problem(
    office: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        signal_csv(
            signal_row(referentie="A-1"),
            signal_row(referentie="A-2", postcode="12345"),
            signal_row(
                referentie="A-3", corporatie="Onbekende Woonstichting", melddatum="31-02-2026"
            ),
        )
    )
    before = _snapshot(office)
    run = cli("import", bad, "--today", TODAY)
    assert run.code == 1
    assert "row 3, column postcode:" in run.err
    assert "row 4, column corporatie:" in run.err
    assert "row 4, column melddatum:" in run.err
    assert "nothing was imported" in run.err
    assert _snapshot(office) == before


def test_partial_takes_valid_rows_and_lists_the_rest(office: Path, tmp_path: Path) -> None:
    bad = tmp_path / "mixed.csv"
    bad.write_bytes(
        signal_csv(signal_row(referentie="B-1"), signal_row(referentie="B-2", aantal_bewoners="0"))
    )
    run = cli("import", bad, "--today", TODAY, "--partial")
    assert run.code == 0, run.err
    assert "row 3, column aantal_bewoners:" in run.err
    assert "imported 1 signal(s)" in run.out and "1 row(s) left out" in run.out
    refs = [r["referentie"] for r in cli("inbox", "--today", TODAY, "--json").json()]
    assert refs == ["B-1"]


def test_dry_run_changes_nothing(office: Path) -> None:
    before = _snapshot(office)
    run = cli("import", SAMPLE_SIGNALS, "--today", TODAY, "--dry-run")
    assert run.code == 0 and "would import 4 signal(s)" in run.out
    assert _snapshot(office) == before


def test_unreadable_file_is_a_clear_message(office: Path, tmp_path: Path) -> None:
    missing = cli("import", tmp_path / "nope.csv")
    assert missing.code == 1 and "Cannot read" in missing.err
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    run = cli("import", binary)
    assert run.code == 1 and str(binary) in run.err and "Traceback" not in run.err


def test_unknown_corporation_names_the_row_and_known_ones(office: Path, tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(signal_csv(signal_row(corporatie="Eigen Haard")))
    run = cli("import", f, "--today", TODAY)
    assert run.code == 1
    assert "row 2, column corporatie:" in run.err
    assert "Elan Wonen" in run.err  # the known corporations are listed


def test_corporation_matched_by_short_code(office: Path, tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(signal_csv(signal_row(corporatie="elan", referentie="E-9")))
    assert cli("import", f, "--today", TODAY).code == 0


def test_amsterdam_profile_knows_its_partners(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--profile", "amsterdam").code == 0
    f = tmp_path / "x.csv"
    f.write_bytes(signal_csv(signal_row(corporatie="Stadgenoot", woonplaats="Amsterdam")))
    assert cli("import", f, "--today", TODAY).code == 0, cli("import", f).err


def test_kind_outside_the_covenant_is_refused(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--profile", "amsterdam").code == 0
    f = tmp_path / "x.csv"
    f.write_bytes(
        signal_csv(
            signal_row(corporatie="Rochdale", referentie="R-1"),
            signal_row(
                corporatie="Rochdale",
                referentie="R-2",
                soort="zorgen_zonder_achterstand",
                toestemming="ja",
                achterstand_sinds="",
            ),
        )
    )
    run = cli("import", f, "--today", TODAY)
    assert run.code == 1
    assert "row 3, column soort: 'zorgen_zonder_achterstand' is not a kind of signal" in run.err
    assert cli("inbox", "--json").json() == []
