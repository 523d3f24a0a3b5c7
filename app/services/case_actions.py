"""What the case screen does to one case, each in a transaction of its own: open it (the read is
audited), record an event or a consent, undo an event, assign it, add an internal note.

The window passes plain ids and values and gets plain data back, never a database row (issue
17.4). A refusal is the `EventProblem` the events service raises.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.models import Case, CaseEvent
from app.services import audit
from app.services.case_detail import case_detail
from app.services.events import add_note, assign, record_consent, record_event, undo_event

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:  # the screen only offers cases it has just shown
        raise LookupError(f"there is no case {case_id}")
    return case


def detail_of(ws: Workspace, case_id: int, today: date) -> dict[str, Any] | None:
    """Everything the case screen shows, or None when the case is gone."""
    with ws.store.session() as session:
        return case_detail(session, case_id, today, ws.ctx)


def record_opened(ws: Workspace, case_id: int) -> None:
    """BIO: who looked at whose data, once per opening in the window."""
    with ws.store.transaction() as session:
        audit.record(session, "read", "case", case_id, detail="window", actor=ws.actor)


def record_case_event(
    ws: Workspace, case_id: int, kind: str, on: date, detail: dict[str, Any] | None
) -> None:
    """Record what happened; the deadlines and the rank follow at once."""
    with ws.store.transaction() as session:
        record_event(
            session,
            _case(session, case_id),
            kind,
            on,
            ws.ctx,
            detail,
            actor=ws.actor,
            today=ws.today(),
        )


def assign_case(ws: Workspace, case_id: int, assignee: str | None) -> None:
    with ws.store.transaction() as session:
        assign(session, _case(session, case_id), assignee, ws.ctx)


def undo_case_event(ws: Workspace, case_id: int, event_id: int) -> None:
    with ws.store.transaction() as session:
        event = session.get(CaseEvent, event_id)
        if event is None:
            raise LookupError(f"there is no event {event_id}")
        undo_event(session, event, _case(session, case_id), ws.ctx, actor=ws.actor)


def add_case_note(ws: Workspace, case_id: int, text: str) -> int:
    """Keep an internal note with the case; returns the note's id."""
    with ws.store.transaction() as session:
        return add_note(session, _case(session, case_id), text, actor=ws.actor).id


def record_case_consent(
    ws: Workspace, case_id: int, purpose: str, given_on: date, written: bool
) -> None:
    with ws.store.transaction() as session:
        record_consent(
            session,
            _case(session, case_id),
            purpose,
            given_on,
            written,
            actor=ws.actor,
            today=ws.today(),
        )
