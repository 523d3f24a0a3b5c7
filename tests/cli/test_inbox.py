"""The inbox contract: JSON shape, order, deadlines that events meet, the indexed query."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.inbox import explain_query_plan
from app.services.keys import DatabaseKey
from app.services.store import open_store
from tests.conftest import PASSPHRASE
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init").code == 0
    return db_path


def _import(tmp_path: Path, *rows: str) -> None:
    f = tmp_path / "in.csv"
    f.write_bytes(signal_csv(*rows))
    run = cli("import", f, "--today", TODAY)
    assert run.code == 0, run.err


def _inbox() -> list[dict]:  # type: ignore[type-arg]
    run = cli("inbox", "--today", TODAY, "--json")
    assert run.code == 0, run.err
    return run.json()  # type: ignore[no-any-return]


def test_json_shape(office: Path, tmp_path: Path) -> None:
    _import(
        tmp_path,
        signal_row(referentie="R-1", kinderen_onder_18="1", deurwaarder_gepland="30-11-2026"),
    )
    [row] = _inbox()
    for key in (
        "case_id",
        "corporatie",
        "referentie",
        "naam",
        "melddatum",
        "soort",
        "status",
        "priority_reasons",
        "flags",
        "deadlines",
    ):
        assert key in row
    assert row["melddatum"] == "2026-11-02"
    assert row["priority_reasons"] == ["children"]
    ids = {d["id"] for d in row["deadlines"]}
    assert ids == {"contact", "feedback", "proposal", "bailiff"}
    contact = next(d for d in row["deadlines"] if d["id"] == "contact")
    # signal Mon 2 Nov 2026 + 5 working days = Mon 9 Nov; today 23 Nov is 10 working days later
    assert contact == {
        "id": "contact",
        "due": "2026-11-09",
        "status": "overdue",
        "working_days_left": -10,
        "article": contact["article"],
        "met_on": None,
    }
    assert "3.5" in contact["article"]


def test_order_follows_the_contract(office: Path, tmp_path: Path) -> None:
    _import(
        tmp_path,
        # no priority, earliest signal
        signal_row(referentie="PLAIN-OLD", melddatum="01-10-2026"),
        # priority (65+) but later due
        signal_row(referentie="SENIOR", melddatum="10-11-2026", geboortedatum="01-01-1950"),
        # eviction date far away, no priority
        signal_row(referentie="EVICT-LATE", melddatum="20-11-2026", ontruimingsdatum="20-01-2027"),
        # eviction date sooner
        signal_row(referentie="EVICT-SOON", melddatum="20-11-2026", ontruimingsdatum="10-12-2026"),
        # priority (statushouder), earlier due than SENIOR
        signal_row(referentie="STATUS", melddatum="03-11-2026", statushouder="ja"),
        # no priority, later signal
        signal_row(referentie="PLAIN-NEW", melddatum="05-11-2026"),
    )
    refs = [r["referentie"] for r in _inbox()]
    assert refs == ["EVICT-SOON", "EVICT-LATE", "STATUS", "SENIOR", "PLAIN-OLD", "PLAIN-NEW"]


def test_child_turning_18_moves_case_out_of_priority_as_of_that_day(
    office: Path, tmp_path: Path
) -> None:
    _import(
        tmp_path,
        signal_row(
            referentie="KID",
            aantal_bewoners="2",
            geboortedata_bewoners="24-11-2008",
            melddatum="05-11-2026",
        ),
        signal_row(referentie="OTHER", melddatum="02-11-2026"),
    )
    assert [r["referentie"] for r in _inbox()] == ["KID", "OTHER"]  # 23 Nov: still 17
    on_birthday = cli("inbox", "--today", "2026-11-24", "--json").json()
    assert [r["referentie"] for r in on_birthday] == ["OTHER", "KID"]
    assert on_birthday[1]["priority_reasons"] == []


def test_event_meets_deadline_and_undo_restores(office: Path, tmp_path: Path) -> None:
    _import(tmp_path, signal_row(referentie="EV-1"))
    [row] = _inbox()
    case_id = row["case_id"]
    run = cli(
        "event",
        case_id,
        "contact_attempt",
        "--on",
        "2026-11-05",
        "--method",
        "telefoon",
        "--reached",
        "yes",
        "--today",
        TODAY,
    )
    assert run.code == 0, run.err
    [row] = _inbox()
    contact = next(d for d in row["deadlines"] if d["id"] == "contact")
    assert contact["status"] == "met" and contact["met_on"] == "2026-11-05"
    event_id = int(run.out.split()[2])
    assert cli("undo", event_id).code == 0
    [row] = _inbox()
    assert next(d for d in row["deadlines"] if d["id"] == "contact")["status"] == "overdue"


def test_bad_event_is_refused_and_changes_nothing(office: Path, tmp_path: Path) -> None:
    _import(tmp_path, signal_row(referentie="EV-2"))
    before = _inbox()
    case_id = before[0]["case_id"]
    run = cli(
        "event",
        case_id,
        "contact_attempt",
        "--method",
        "duif",
        "--reached",
        "yes",
        "--today",
        TODAY,
    )
    assert run.code == 1 and "method must be one of" in run.err
    assert cli("event", 999, "feedback_sent").code == 1
    assert _inbox() == before


def test_closed_cases_leave_the_inbox(office: Path, tmp_path: Path) -> None:
    _import(tmp_path, signal_row(referentie="C-1"), signal_row(referentie="C-2"))
    case_id = _inbox()[0]["case_id"]
    run = cli(
        "event", case_id, "closed", "--outcome", "voorkomen", "--on", "2026-11-20", "--today", TODAY
    )
    assert run.code == 0, run.err
    assert [r["case_id"] for r in _inbox()] != [] and case_id not in [
        r["case_id"] for r in _inbox()
    ]


def test_late_signal_flag(office: Path, tmp_path: Path) -> None:
    _import(
        tmp_path,
        signal_row(referentie="LATE", melddatum="10-11-2026", deurwaarder_gepland="20-11-2026"),
    )
    [row] = _inbox()
    assert "late_signal" in row["flags"]


def test_ranking_query_reads_the_index_without_sorting(office: Path) -> None:
    from datetime import date

    store = open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    with store.session() as session:
        plan = " | ".join(explain_query_plan(session, date(2026, 11, 23)))
    store.close()
    assert "ix_rank_segments_order" in plan
    assert "TEMP B-TREE" not in plan.upper()


def test_limit_and_text_output(office: Path, tmp_path: Path) -> None:
    _import(tmp_path, *(signal_row(referentie=f"L-{i}") for i in range(5)))
    assert len(cli("inbox", "--today", TODAY, "--json", "--limit", "2").json()) == 2
    text = cli("inbox", "--today", TODAY)
    assert "L-0" in text.out and "working days overdue" in text.out
    assert cli("inbox", "--limit", "0").code == 2  # argparse usage error


def test_warm_handover_needs_recorded_consent(office: Path, tmp_path: Path) -> None:
    _import(tmp_path, signal_row(referentie="W-1"))
    refused = cli(
        "event", 1, "handover", "--to", "sdv", "--warm", "--on", "2026-11-10", "--today", TODAY
    )
    assert refused.code == 1 and "consent" in refused.err
    assert (
        cli(
            "consent", 1, "warme_overdracht", "--on", "2026-11-09", "--written", "--today", TODAY
        ).code
        == 0
    )
    ok = cli(
        "event", 1, "handover", "--to", "sdv", "--warm", "--on", "2026-11-10", "--today", TODAY
    )
    assert ok.code == 0, ok.err
    assert _inbox()[0]["status"] == "overgedragen"


def test_assign_moves_case_into_mine(office: Path, tmp_path: Path) -> None:
    from datetime import date

    from app.services.case_query import CaseFilter, case_ids

    _import(tmp_path, signal_row(referentie="A-1"), signal_row(referentie="A-2"))
    assert cli("assign", 2, "tester").code == 0
    store = open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    with store.session() as session:
        mine = case_ids(
            session, CaseFilter(view="mine", assignee="tester"), date(2026, 11, 23), 0, 50
        )
        search = case_ids(session, CaseFilter(search="a-2"), date(2026, 11, 23), 0, 50)
    store.close()
    assert mine == [2]
    assert search == [2]
