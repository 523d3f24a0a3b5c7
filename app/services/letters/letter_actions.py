"""What the letter dialogs ask of the database, each in a session or transaction of its own.

The window passes ids and plain values and gets plain data back (issue 17.4): a made letter,
the notes that may be shared, whether the worker's own details are missing, names for a list.
Refusals are the letter services' own (`LetterProblem`, `EventProblem`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models import Case
from app.services.letters.addressing import ContactSource
from app.services.letters.batch import due_feedback_case_ids
from app.services.letters.feedback import written_share_consent
from app.services.letters.proposal import leave_out_other_creditors
from app.services.letters.service import LetterRequest, MadeLetter, make_letter, mark_sent
from app.services.letters.sharing import NoteChoice, case_notes, mark_note_shareable
from app.services.sdv.proposals import ProposalView
from app.services.store import Store
from app.services.worker_profile import load_profile

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class Sharing:
    """The feedback letter's sharing choice: is the tenant's written consent recorded, and the
    case's notes (tickable only with that consent)."""

    consent: bool
    notes: list[NoteChoice]


def sharing_of(store: Store, case_id: int, today: date) -> Sharing:
    with store.session() as session:
        return Sharing(written_share_consent(session, case_id, today), case_notes(session, case_id))


def share_note(ws: Workspace, note_id: int, share: bool) -> None:
    """Mark (or unmark) a note for the feedback letter; audited."""
    with ws.store.transaction() as session:
        mark_note_shareable(session, note_id, share, actor=ws.actor)


def make_for_window(
    ws: Workspace, request: LetterRequest, today: date, contacts: ContactSource | None
) -> MadeLetter:
    """Make the letter from the case as it is now (nothing is stored)."""
    with ws.store.session() as session:
        return make_letter(session, request, ws.ctx, today, contacts)


def leave_out_others(ws: Workspace, case_id: int) -> ProposalView | None:
    """The arrangement again over the corporation's own arrears (see
    `proposal.leave_out_other_creditors`), in a transaction of its own."""
    with ws.store.transaction() as session:
        return leave_out_other_creditors(session, case_id, ws.today(), actor=ws.actor)


def record_sent(ws: Workspace, request: LetterRequest, on: date, channel: str | None) -> None:
    """Record that the letter went out on `on`, and how."""
    with ws.store.transaction() as session:
        mark_sent(session, request, ws.ctx, on, today=on, actor=ws.actor, channel=channel)


def profile_missing(ws: Workspace) -> bool:
    """The worker has not filled in their own details (the letter shows the office only)."""
    with ws.store.session() as session:
        return load_profile(session, ws.actor) is None


def due_feedback_count(store: Store, today: date) -> int:
    with store.session() as session:
        return len(due_feedback_case_ids(session, today))


def case_names(store: Store, case_ids: Sequence[int]) -> dict[int, str]:
    """'Name (reference)' per case, to say which cases a batch could not make."""
    with store.session() as session:
        return {
            case_id: f"{name} ({reference})"
            for case_id, name, reference in session.execute(
                select(Case.id, Case.tenant_name, Case.reference).where(Case.id.in_(case_ids))
            )
        }
