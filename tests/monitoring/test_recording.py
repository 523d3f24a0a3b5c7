"""What the figures need is recorded at every border alike: the eviction's reason at closing, and
the SDV's crisis list (issue 18.0)."""

from __future__ import annotations

import pytest

from app.services.events import EVICTION_REASONS
from app.services.keys import DatabaseKey
from app.services.monitoring.figures import EVICTION_REASONS_NL
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from tests.helpers import cli, signal_csv, signal_row


def test_the_report_counts_exactly_the_reasons_an_event_can_hold() -> None:
    assert list(EVICTION_REASONS_NL) == [*EVICTION_REASONS, "niet_vastgelegd"]


@pytest.fixture
def db(tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "v.db"
    monkeypatch.setenv("VANGNET_PASSPHRASE", "recording test 2026")
    initialise(path, DatabaseKey(passphrase="recording test 2026"), load_profile("haarlem"),
               "Test").close()
    signals = tmp_path / "s.csv"
    signals.write_bytes(signal_csv(signal_row(referentie="R1", melddatum="02-11-2026"),
                                   signal_row(referentie="R2", melddatum="03-11-2026")))
    assert cli("--db", path, "import", signals, "--today", "2026-11-23").code == 0
    return str(path)


def test_an_eviction_reason_only_with_an_eviction_and_only_a_known_one(db: str) -> None:
    wrong = cli("--db", db, "event", "1", "closed", "--outcome", "verhuisd",
                "--eviction-reason", "overlast", "--on", "2026-11-20", "--today", "2026-11-23")
    assert wrong.code == 1 and "only for the outcome ontruimd" in wrong.err
    unknown = cli("--db", db, "event", "1", "closed", "--outcome", "ontruimd",
                  "--eviction-reason", "fraude", "--on", "2026-11-20", "--today", "2026-11-23")
    assert unknown.code == 1 and "huurachterstand, overlast, criminaliteit" in unknown.err
    assert '"status": "gesloten"' not in cli("--db", db, "case", "1", "--json",
                                             "--today", "2026-11-23").out
    done = cli("--db", db, "event", "1", "closed", "--outcome", "ontruimd",
               "--eviction-reason", "criminaliteit", "--on", "2026-11-20",
               "--today", "2026-11-23")
    assert done.code == 0, done.err
    report = cli("--db", db, "report", "--period", "2026-11", "--json", "--today", "2026-11-23")
    evictions = next(t for t in report.json()["tables"]
                     if t["id"] == "evictions_by_group_and_reason")
    column = evictions["columns"].index("criminaliteit")
    assert evictions["cells"][-1][column] == "< 5"  # one eviction: counted, and hidden


def test_the_crisis_list_is_recorded_as_events(db: str) -> None:
    on = cli("--db", db, "event", "2", "sdv_crisis_list_added", "--on", "2026-11-10",
             "--today", "2026-11-23")
    assert on.code == 0, on.err
    timeline = cli("--db", db, "case", "2", "--json", "--today", "2026-11-23").json()
    assert any(e["kind"] == "sdv_crisis_list_added" for e in timeline["events"])
