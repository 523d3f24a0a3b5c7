from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Case, CaseDeadline, CaseEvent, RankSegment
from app.services.casework import load_context
from app.services.demo import fill_demo
from app.services.demo_mark import ImportIntoDemo, InventedIntoReal, RealCasesPresent
from app.services.inbox import inbox
from app.services.intake.importer import create_signal_case, import_signals, preview_signals
from app.services.intake.signals import parse_signals
from app.services.keys import DatabaseKey
from app.services.organisations import corporation_resolver
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.conftest import TEST_DAY as TODAY
from tests.helpers import signal_csv, signal_row


def test_demo_fills_realistic_marked_cases(db_path: Path) -> None:
    store = initialise(
        db_path, DatabaseKey(passphrase="demo passphrase 1234"), load_profile("haarlem"), "Demo"
    )
    today = date(2026, 11, 23)
    with store.transaction() as session:
        ctx = load_context(session)
        assert fill_demo(session, ctx, 120, today) == 120
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 120
        assert session.scalar(select(func.count()).where(Case.is_demo.is_(False))) == 0
        assert session.scalar(select(func.count()).select_from(CaseDeadline)) >= 120
        assert session.scalar(select(func.count()).select_from(RankSegment)) >= 120
        assert store.setting("demo") == "true"
        rows = inbox(session, today, ctx, limit=120)
        closed = session.scalar(select(func.count()).where(Case.status == "gesloten"))
        mine = session.scalar(select(func.count()).where(Case.assignee == "tester"))
    assert 0 < closed < 30 and mine > 10  # some history, some cases for "Mijn zaken"
    assert len(rows) == 120 - closed
    kinds = {r.kind for r in rows}
    assert kinds == {"huurachterstand", "meer_dan_huurachterstand", "zorgen_zonder_achterstand"}
    reasons = {reason for r in rows for reason in r.priority_reasons}
    assert {"children", "65plus", "known"} <= reasons
    statuses = {d.status for r in rows for d in r.deadlines}
    assert {"open", "overdue", "met"} <= statuses
    store.close()


# --- demo apart from real work (issue 13.6) --------------------------------------------------


def _office(db_path: Path, profile: str = "haarlem") -> Store:
    return initialise(
        db_path, DatabaseKey(passphrase="demo passphrase 1234"), load_profile(profile), "Demo"
    )


def _count(store: Store, what: Any = None) -> int:
    with store.session() as session:
        query = select(func.count()).select_from(Case) if what is None else what
        return int(session.scalar(query) or 0)


@pytest.mark.parametrize(
    ("profile", "today"),
    [
        ("haarlem", date(2026, 11, 23)),  # a Monday
        ("haarlem", date(2026, 12, 26)),  # Saturday, Boxing Day: Christmas just behind it
        ("amsterdam", date(2027, 4, 27)),  # King's Day
    ],
)
def test_demo_looks_like_a_real_office_on_its_day(db_path: Path, profile: str, today: date) -> None:
    store = _office(db_path, profile)
    with store.transaction() as session:
        fill_demo(session, load_context(session), 300, today)
    with store.session() as session:
        cal = load_context(session).calendar
        cases = list(session.scalars(select(Case)))
        events = list(session.scalars(select(CaseEvent)))
        open_ids = {c.id for c in cases if c.status != "gesloten"}
        overdue = (
            set(
                session.scalars(
                    select(CaseDeadline.case_id).where(
                        CaseDeadline.met_on.is_(None), CaseDeadline.due < today
                    )
                )
            )
            & open_ids
        )
        open_due = [
            d.due
            for d in session.scalars(select(CaseDeadline).where(CaseDeadline.met_on.is_(None)))
            if d.case_id in open_ids and d.due >= today
        ]
    store.close()
    # signals, bailiff and eviction dates, and everything the team did: working days only
    dated = [c.signal_date for c in cases]
    dated += [d for c in cases for d in (c.bailiff_date, c.eviction_date) if d is not None]
    dated += [c.closed_on for c in cases if c.closed_on is not None]
    dated += [e.occurred_on for e in events]
    not_working = sorted({d for d in dated if not cal.is_working_day(d)})
    assert not_working == []
    assert any(c.bailiff_date for c in cases) and any(c.eviction_date for c in cases)
    assert all(d <= today for d in [c.signal_date for c in cases] + [e.occurred_on for e in events])
    assert all(c.eviction_date > today for c in cases if c.eviction_date is not None)
    # most open cases are on time; about one in eight has a missed term
    share = len(overdue) / len(open_ids)
    assert 0.08 <= share <= 0.18, share
    # the signals came in over weeks, so the coming deadlines spread over the days ahead
    assert len({c.signal_date for c in cases}) >= 20
    soon = {d for d in open_due if cal.working_days_between(today, d) <= 10}
    assert len(soon) >= 6, sorted(soon)
    assert any(cal.working_days_between(today, d) > 5 for d in open_due)


def test_demo_refuses_a_database_with_real_cases_and_changes_nothing(db_path: Path) -> None:
    store = _office(db_path)
    with store.transaction() as session:
        ctx = load_context(session)
        rows = [signal_row(referentie=f"YM-{i}") for i in range(3)]
        assert not import_signals(session, signal_csv(*rows), ctx, today=TODAY).errors
    audit_before = _count(store, select(func.count()).select_from(AuditEntry))
    with pytest.raises(RealCasesPresent) as refused, store.transaction() as session:
        fill_demo(session, load_context(session), 20, TODAY)
    assert str(db_path) in str(refused.value) and "3 real cases" in str(refused.value)
    assert "3 echte zaken" in refused.value.message_nl and db_path.name in refused.value.message_nl
    assert _count(store) == 3
    assert store.setting("demo") is None
    assert _count(store, select(func.count()).select_from(AuditEntry)) == audit_before
    store.close()


def test_an_empty_database_becomes_a_demo_database_and_takes_more_demo(db_path: Path) -> None:
    store = _office(db_path)
    assert store.setting("demo") is None
    for _ in range(2):
        with store.transaction() as session:
            fill_demo(session, load_context(session), 15, TODAY)
    assert store.setting("demo") == "true"
    assert _count(store) == 30
    store.close()


def test_a_demo_database_takes_no_signal_file(db_path: Path) -> None:
    store = _office(db_path)
    with store.transaction() as session:
        fill_demo(session, load_context(session), 10, TODAY)
    data = signal_csv(signal_row(referentie="ECHT-1", naam="Echte Mens"))
    audit_before = _count(store, select(func.count()).select_from(AuditEntry))
    for check in (
        lambda s: import_signals(s, data, load_context(s), today=TODAY),
        lambda s: import_signals(s, data, load_context(s), today=TODAY, dry_run=True),
        lambda s: preview_signals(s, data, today=TODAY),
    ):
        with pytest.raises(ImportIntoDemo) as refused, store.transaction() as session:
            check(session)
        assert str(db_path) in str(refused.value) and "Nothing was imported" in str(refused.value)
        assert "vangnet --db FILE init" in str(refused.value)
        assert "niets ingelezen" in refused.value.message_nl
    assert _count(store) == 10
    assert _count(store, select(func.count()).select_from(AuditEntry)) == audit_before
    # a file of invented people only, said so by the caller, goes in, marked as demo
    with store.transaction() as session:
        report = import_signals(session, data, load_context(session), today=TODAY, invented=True)
    assert len(report.created) == 1
    assert _count(store, select(func.count()).where(Case.is_demo.is_(False))) == 0
    store.close()


def test_invented_people_never_go_into_a_real_database(db_path: Path) -> None:
    store = _office(db_path)
    data = signal_csv(signal_row(referentie="VERZONNEN-1"))
    with pytest.raises(InventedIntoReal) as refused, store.transaction() as session:
        import_signals(session, data, load_context(session), today=TODAY, invented=True)
    assert str(db_path) in str(refused.value)
    assert _count(store) == 0 and store.setting("demo") is None
    store.close()


def test_a_case_typed_into_the_demo_is_a_demo_case(db_path: Path) -> None:
    store = _office(db_path)
    with store.transaction() as session:
        ctx = load_context(session)
        fill_demo(session, ctx, 5, TODAY)
        resolve, _names = corporation_resolver(session, ctx.profile)
        (record,) = parse_signals(signal_csv(signal_row(referentie="HAND-1")), resolve).records
        case_id = create_signal_case(session, record, ctx)
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.is_demo
    store.close()


def test_the_demo_comes_with_a_contact_list_so_its_letters_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone trying Vangnet out can make a letter at once: every corporation and the
    wijkteam of every demo postcode are in the demo's (invented) contact list."""
    from app.services.contacts.directory import corporation_contact, wijkteam_contact
    from app.services.demo_setup import DEMO_KEY, open_or_create_demo
    from tests.helpers import cli

    path = tmp_path / "vangnet-demo.db"
    store = open_or_create_demo(path, TODAY, cases=25)
    with store.session() as session:
        cases = list(session.scalars(select(Case)))
        for case in cases:
            corporation = case.corporation
            assert corporation_contact(session, corporation.code, corporation.name), case.id
            assert wijkteam_contact(session, case.postcode) is not None, case.postcode
    store.close()
    monkeypatch.setenv("VANGNET_DB", str(path))
    monkeypatch.setenv("VANGNET_PASSPHRASE", DEMO_KEY)
    made = cli("letter", cases[0].id, "--kind", "announcement", "-o", tmp_path / "brief.pdf",
               "--today", TODAY.isoformat())
    assert made.code == 0, made.err
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
