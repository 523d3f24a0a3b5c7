"""The audit trail: who did what to which object, and with what result.

Only identifiers and counts go in here; never names, addresses, dates of birth or note text.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services import audit_chain, clock


def current_actor() -> str:
    """The worker at the keyboard (their login name), overridable for scripts."""
    env = os.environ.get("VANGNET_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"


def record(
    session: Session,
    action: str,
    object_type: str,
    object_id: str | int,
    *,
    result: str = "ok",
    detail: str = "",
    actor: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=clock.now(),
        actor=actor or current_actor(),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        result=result,
        detail=detail[:400],
    )
    audit_chain.link(session, entry)
    session.add(entry)
    return entry
