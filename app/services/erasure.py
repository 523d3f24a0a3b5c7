"""Erasing a case for real (issue 15.1 and AVG 17): every row about the tenant goes, the freed
pages are overwritten, and one anonymous audit line stays.

What goes: the case with its household, timeline, notes, consents, deadlines, rank, budget,
debts, proposals, documents and fact corrections (all by ``ON DELETE CASCADE``), its search
entry (the FTS5 index is then merged, so no deleted trigram lingers in a segment), and the case
link on requests about it (the requests registers keep their dates and outcomes, PR 8 and 10,
with ``case_id`` NULL). The transaction runs with ``PRAGMA secure_delete`` so SQLite zeroes what
it frees; :func:`compact` then folds the WAL into the file and runs ``VACUUM``, which rebuilds the
file from the rows that remain.

Only the case number, the rule (or request) and two dates stay, in the audit line
"case erased under retention rule X" — nothing that names anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlcipher3
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models import Case
from app.services import audit
from app.services.problems import Refusal, problem
from app.services.store import Store


class ErasureRefused(Refusal, ValueError):
    """Nothing was erased."""


@dataclass(frozen=True)
class ErasureReason:
    """Why a case goes: a retention rule (with its due day) or a tenant's request."""

    rule: str | None = None
    due_on: date | None = None
    request_id: int | None = None

    def audit_detail(self, created: date) -> str:
        if self.request_id is not None:
            why = f"request={self.request_id}"
        else:
            why = f"rule={self.rule} due={self.due_on.isoformat() if self.due_on else '-'}"
        # the creation day lets the backup list say which older backups still hold the case
        return f"{why} created={created.isoformat()}"


def secure_delete_on(session: Session) -> None:
    """Zero what this transaction frees (a per-connection setting; switched off by
    :func:`secure_delete_off` before the connection goes back to the pool)."""
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def secure_delete_off(session: Session) -> None:
    session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")


def erase_case(
    session: Session, case_id: int, reason: ErasureReason, *, actor: str | None = None
) -> None:
    """Delete one case and everything about its tenant, leaving one anonymous audit line.

    Call inside a transaction with :func:`secure_delete_on`; run :func:`merge_search_index`
    once after a batch, and :func:`compact` after the commit."""
    case = session.get(Case, case_id)
    if case is None:
        raise ErasureRefused(problem("erasure.no_case", case=case_id))
    created = case.created_at.date()
    conn = session.connection()
    conn.exec_driver_sql("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    session.expunge(case)
    conn.execute(text("DELETE FROM cases WHERE id = :id"), {"id": case_id})
    audit.record(
        session, "erase", "case", case_id, detail=reason.audit_detail(created), actor=actor
    )


def merge_search_index(session: Session) -> None:
    """Merge the FTS5 segments: a delete only marks rows gone until the segments merge."""
    session.connection().exec_driver_sql(
        "INSERT INTO case_search (case_search) VALUES ('optimize')"
    )


def erase_cases(
    store: Store,
    items: Sequence[tuple[int, ErasureReason]],
    *,
    actor: str | None = None,
) -> int:
    """Erase these cases in one transaction, then compact the file. Returns how many."""
    if not items:
        return 0
    with store.transaction() as session:
        secure_delete_on(session)
        try:
            for case_id, reason in items:
                erase_case(session, case_id, reason, actor=actor)
            merge_search_index(session)
            session.flush()
        finally:
            secure_delete_off(session)
    compact(store)
    return len(items)


def compact(store: Store) -> bool:
    """Fold the WAL into the file and rebuild it, so no freed page keeps old content.

    VACUUM needs the write lock and no open transaction on its connection; a reader elsewhere
    (a second Vangnet) does not stop it under WAL. When another writer holds the lock past the
    busy timeout this returns False: the erasure stands (its pages were zeroed already by
    ``secure_delete``) and the next run compacts."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.OperationalError:
            return False
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
    return True
