from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.models import Case, CaseDeadline, RankSegment
from app.services.casework import load_context
from app.services.demo import fill_demo
from app.services.inbox import inbox
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise


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
