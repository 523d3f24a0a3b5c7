"""Marking an internal note for sharing with the corporation (audited).

A mark alone shares nothing: a note reaches a feedback letter only when the tenant's *written*
consent to share (`delen_met_corporatie`) is recorded as well (see `feedback.feedback_facts`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
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


@dataclass(frozen=True)
class NoteChoice:
    """An internal note as the feedback letter's dialog offers it for sharing."""

    id: int
    text: str
    shareable: bool


def case_notes(session: Session, case_id: int) -> list[NoteChoice]:
    """The case's internal notes, oldest first, with their sharing mark."""
    rows = session.scalars(
        select(InternalNote)
        .where(InternalNote.case_id == case_id)
        .order_by(InternalNote.created_at, InternalNote.id)
    )
    return [NoteChoice(note.id, note.text, note.shareable) for note in rows]
