"""Rebuilding a case from its events (after an undo) follows when they were recorded, not the
local row ids, which rows merged from another laptop get later."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from app.models import Case, CaseEvent, new_uid
from app.services.events import record_event, undo_event
from tests.letters.conftest import TODAY, make_office


def _merged_event(
    case_id: int, kind: str, recorded_at: datetime, detail: dict[str, str]
) -> CaseEvent:
    return CaseEvent(
        uid=new_uid(),
        case_id=case_id,
        kind=kind,
        occurred_on=TODAY,
        recorded_at=recorded_at,
        recorded_by="elsewhere",
        detail=json.dumps(detail),
    )


def test_a_handback_recorded_before_the_closing_does_not_reopen_the_case(db_path: Path) -> None:
    office = make_office(db_path)
    case_id = next(iter(office.ids.values()))
    with office.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        mistake = record_event(
            session, case, "taken_on", TODAY, office.ctx, {"may_resume": False}, today=TODAY
        )
        record_event(
            session, case, "closed", TODAY, office.ctx, {"outcome": "voorkomen"}, today=TODAY
        )
        closed_at = session.query(CaseEvent).filter_by(kind="closed").one().recorded_at
        # merged later from another laptop (higher local id), but recorded earlier that day
        earlier = closed_at.replace(hour=0, minute=0, second=1, microsecond=0)
        session.add(_merged_event(case_id, "handover", earlier, {"to": "sdv"}))
        session.add(_merged_event(case_id, "handover_received", earlier, {"from": "x"}))
        session.flush()
        undo_event(session, mistake, case, office.ctx)  # rebuilds the case from its events
        assert (case.status, case.outcome, case.closed_on) == ("gesloten", "voorkomen", TODAY)
    office.store.close()


def test_events_after_the_closing_are_ignored_when_rebuilding(db_path: Path) -> None:
    office = make_office(db_path)
    case_id = next(iter(office.ids.values()))
    with office.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        mistake = record_event(
            session, case, "taken_on", TODAY, office.ctx, {"may_resume": False}, today=TODAY
        )
        record_event(
            session, case, "closed", TODAY, office.ctx, {"outcome": "verhuisd"}, today=TODAY
        )
        closed_at = session.query(CaseEvent).filter_by(kind="closed").one().recorded_at
        later = closed_at + timedelta(hours=1)  # merged from a laptop that recorded it later
        session.add(_merged_event(case_id, "bailiff_date_set", later, {"date": "2027-01-04"}))
        session.flush()
        undo_event(session, mistake, case, office.ctx)  # rebuilds the case from its events
        assert case.status == "gesloten"
        assert case.bailiff_date != date(2027, 1, 4)
    office.store.close()


def test_a_merged_handover_recorded_earlier_comes_before_the_local_receipt(
    db_path: Path,
) -> None:
    office = make_office(db_path)
    case_id = next(iter(office.ids.values()))
    with office.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        mistake = record_event(
            session, case, "taken_on", TODAY, office.ctx, {"may_resume": False}, today=TODAY
        )
        record_event(
            session, case, "handover_received", TODAY, office.ctx, {"from": "x"}, today=TODAY
        )
        received_at = session.query(CaseEvent).filter_by(kind="handover_received").one()
        earlier = received_at.recorded_at.replace(hour=0, minute=0, second=1, microsecond=0)
        # arrives later (higher local id) but was recorded before the receipt
        session.add(_merged_event(case_id, "handover", earlier, {"to": "sdv"}))
        session.flush()
        undo_event(session, mistake, case, office.ctx)
        assert case.status == "in_behandeling"  # by row id it would be "overgedragen"
    office.store.close()
