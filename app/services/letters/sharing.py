"""Marking an internal note for sharing with the corporation (audited).

A mark alone shares nothing: a note reaches a feedback letter only when the tenant's *written*
consent to share (`delen_met_corporatie`) is recorded as well (see `feedback.feedback_facts`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import InternalNote
from app.services import audit
from app.services.events import EventProblem


def mark_note_shareable(
    session: Session, note_id: int, shareable: bool = True, *, actor: str | None = None
) -> InternalNote:
    note = session.get(InternalNote, note_id)
    if note is None:
        raise EventProblem(f"there is no note {note_id}", "no_note")
    if note.shareable != shareable:
        note.shareable = shareable
        session.flush()
        audit.record(
            session,
            "change",
            "internal_note",
            note.id,
            detail=f"case={note.case_id} shareable={'yes' if shareable else 'no'}",
            actor=actor,
        )
    return note
