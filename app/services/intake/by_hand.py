"""A signal typed in by hand (the intake form), each step in a session of its own: the known
corporations to resolve the form's name against, storing the checked signal, and recording a
refusal at intake (no person stored)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services.intake.importer import create_signal_case, record_intake_refusal
from app.services.intake.signals import SignalRecord
from app.services.organisations import corporation_resolver

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def corporation_lookup(ws: Workspace) -> tuple[Callable[[str], str | None], list[str]]:
    """A function from a corporation's name, code or covenant alias to its code, and the
    known names (for the form's choice)."""
    with ws.store.session() as session:
        return corporation_resolver(session, ws.ctx.profile)


def store_signal(ws: Workspace, record: SignalRecord) -> int:
    """Store one checked signal; returns the new case id. Raises `AlreadyPresent`."""
    with ws.store.transaction() as session:
        return create_signal_case(session, record, ws.ctx, author=ws.actor)


def refuse_signal(ws: Workspace, reason: str, corporation_code: str | None) -> None:
    """Audit that the signal was refused at intake (only the reason and the corporation)."""
    with ws.store.transaction() as session:
        record_intake_refusal(
            session, reason=reason, corporation_code=corporation_code, author=ws.actor
        )
