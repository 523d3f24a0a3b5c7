"""One sync of the contact list from the shared folder: look, read, check, apply, record.

Outcomes (``SyncResult.outcome``):

``applied``      the file differed from the current list; a new version is current
``unchanged``    the file is the one taken last time, or has the same rows
``rejected``     the file has problems; nothing changed (every problem is listed)
``busy``         the file is being written, is locked or Excel has it open; try again shortly
``missing``      the folder has no ``contactlijst.xlsx`` or ``contactlijst.csv``
``unreachable``  the folder cannot be reached (offline); the last good list stays in use

Every sync, whatever its outcome, is written to the audit trail (file name, hash and counts —
never a name, number or address) and to the settings (last attempt, its outcome, and the time of
the last successful sync, which the screen shows as "laatst bijgewerkt op …").

A file that was taken once is not taken again until it changes: after a rollback the folder
still holds the file that was rolled back from, and it must not come straight back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit, clock
from app.services.contacts.contact_file import FileProblem, RowError, parse_contact_list
from app.services.contacts.folder import SETTLE_SECONDS, NotTaken, TakenFile, take_file
from app.services.contacts.versions import (
    ContactChanges,
    PendingEmail,
    compare,
    confirm_emails,
    current_version,
    pending_emails,
    version_records,
    write_version,
)
from app.services.store import Store, get_setting, set_setting

__all__ = [
    "FOLDER_SETTING",
    "OUTCOMES",
    "SyncResult",
    "SyncStatus",
    "contacts_folder",
    "sync_folder",
    "sync_status",
]

FOLDER_SETTING = "contacts_folder"
LAST_SYNCED_SETTING = "contacts_last_synced"
LAST_ATTEMPT_SETTING = "contacts_last_attempt"
LAST_OUTCOME_SETTING = "contacts_last_outcome"
FILE_HASH_SETTING = "contacts_file_hash"

OUTCOMES = ("applied", "unchanged", "rejected", "busy", "missing", "unreachable")


@dataclass
class SyncResult:
    """What one sync did; ``problem`` is one English sentence for a file-level problem."""

    outcome: str
    at: datetime
    folder: str
    file_name: str | None = None
    file_hash: str | None = None
    #: the current version after the sync (None: there is no list yet)
    version: int | None = None
    previous_version: int | None = None
    changes: ContactChanges | None = None
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None
    #: for busy/missing/unreachable: a short code (``changing``, ``lock_file``, ``folder``, ...)
    reason: str | None = None
    rows: int = 0
    pending: list[PendingEmail] = field(default_factory=list)
    #: entry ids whose address was confirmed by this sync (``confirm_email_changes``)
    confirmed: list[int] = field(default_factory=list)
    ignored_files: tuple[str, ...] = ()

    @property
    def taken(self) -> bool:
        """The folder held a complete file that was checked (applied, unchanged or rejected)."""
        return self.outcome in ("applied", "unchanged", "rejected")

    def as_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "at": self.at.isoformat(timespec="seconds"),
            "file": self.file_name,
            "sha256": self.file_hash,
            "version": self.version,
            "previous_version": self.previous_version,
            "rows": self.rows,
            "changes": (
                {**self.changes.counts(), **self.changes.as_json()} if self.changes else None
            ),
            "errors": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.errors
            ],
            "warnings": self.warnings,
            "problem": self.problem,
            "reason": self.reason,
            "pending_email_confirmations": [p.as_json() for p in self.pending],
            "confirmed": self.confirmed,
            "ignored_files": list(self.ignored_files),
        }


@dataclass(frozen=True)
class SyncStatus:
    """What the screen says about the sync without running one."""

    folder: str | None
    last_synced: datetime | None
    last_attempt: datetime | None
    last_outcome: str | None
    current_version: int | None
    pending_emails: int


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def contacts_folder(session: Session) -> Path | None:
    value = get_setting(session, FOLDER_SETTING)
    return Path(value) if value else None


def sync_status(session: Session) -> SyncStatus:
    current = current_version(session)
    return SyncStatus(
        folder=get_setting(session, FOLDER_SETTING),
        last_synced=_when(get_setting(session, LAST_SYNCED_SETTING)),
        last_attempt=_when(get_setting(session, LAST_ATTEMPT_SETTING)),
        last_outcome=get_setting(session, LAST_OUTCOME_SETTING),
        current_version=current.id if current else None,
        pending_emails=len(pending_emails(session)) if current else 0,
    )


def _record(session: Session, result: SyncResult, actor: str, detail: str) -> None:
    stamp = result.at.isoformat(timespec="seconds")
    set_setting(session, LAST_ATTEMPT_SETTING, stamp)
    set_setting(session, LAST_OUTCOME_SETTING, result.outcome)
    if result.outcome in ("applied", "unchanged"):
        set_setting(session, LAST_SYNCED_SETTING, stamp)
    if result.file_hash and result.outcome in ("applied", "unchanged"):
        set_setting(session, FILE_HASH_SETTING, result.file_hash)
    file_part = f"file={result.file_name} " if result.file_name else ""
    audit.record(
        session,
        "contacts_sync",
        "contact_list",
        result.version if result.version is not None else "-",
        result=result.outcome,
        detail=(file_part + detail).strip(),
        actor=actor,
    )


def _not_taken(store: Store, result: SyncResult, why: NotTaken, actor: str) -> SyncResult:
    result.outcome = why.outcome
    result.reason = why.reason
    result.problem = why.message
    result.file_name = why.file_name
    with store.transaction() as session:
        current = current_version(session)
        result.version = current.id if current else None
        _record(session, result, actor, f"reason={why.reason}")
    return result


def _rejected(store: Store, result: SyncResult, actor: str) -> SyncResult:
    result.outcome = "rejected"
    with store.transaction() as session:
        current = current_version(session)
        result.version = current.id if current else None
        problems = len(result.errors) if result.errors else 1
        _record(
            session, result, actor, f"sha256={(result.file_hash or '')[:16]} problems={problems}"
        )
    return result


def sync_folder(
    store: Store,
    folder: Path,
    *,
    actor: str | None = None,
    now: Callable[[], datetime] = clock.now,
    settle_seconds: float = SETTLE_SECONDS,
    pause: Callable[[float], None] = time.sleep,
    reader: Callable[[Path], bytes] | None = None,
    confirm_email_changes: bool = False,
) -> SyncResult:
    """Sync the contact list from ``folder`` into the store (see the module docstring).

    Opens its own transactions, so it can run in a worker thread. ``confirm_email_changes``
    confirms every address that waits for confirmation (the CLI's explicit option)."""
    who = actor or audit.current_actor()
    result = SyncResult(outcome="", at=now(), folder=str(folder))
    extra: dict[str, Any] = {} if reader is None else {"reader": reader}
    taken = take_file(folder, settle_seconds=settle_seconds, pause=pause, **extra)
    if isinstance(taken, NotTaken):
        return _not_taken(store, result, taken, who)
    return apply_file(store, taken, result, actor=who, confirm_email_changes=confirm_email_changes)


def apply_file(
    store: Store,
    taken: TakenFile,
    result: SyncResult,
    *,
    actor: str,
    confirm_email_changes: bool = False,
) -> SyncResult:
    """Check a taken file and, when it is good and new, make it the current list."""
    result.file_name = taken.name
    result.file_hash = taken.sha256
    result.ignored_files = taken.ignored
    try:
        parsed = parse_contact_list(taken.data, taken.name)
    except FileProblem as problem:
        result.problem = problem.message
        return _rejected(store, result, actor)
    result.warnings = parsed.warnings
    result.rows = parsed.rows_seen
    if not parsed.ok:
        result.errors = parsed.errors
        return _rejected(store, result, actor)

    records = parsed.records
    with store.transaction() as session:
        current = current_version(session)
        result.previous_version = current.id if current else None
        same_file = current is not None and get_setting(session, FILE_HASH_SETTING) == taken.sha256
        old = [] if current is None or same_file else version_records(session, current.id)
        if current is not None and (
            same_file or [r.content() for r in old] == [r.content() for r in records]
        ):
            result.outcome = "unchanged"
            result.version = current.id
            detail = f"sha256={taken.sha256[:16]} rows={len(records)}"
        else:
            changes = compare(old, records)
            version = write_version(
                session,
                records,
                changes,
                source="sync",
                actor=actor,
                now=result.at,
                file_name=taken.name,
                file_hash=taken.sha256,
            )
            result.outcome = "applied"
            result.version = version.id
            result.changes = changes
            counts = " ".join(f"{k}={v}" for k, v in changes.counts().items())
            detail = f"sha256={taken.sha256[:16]} rows={len(records)} {counts}"
        if confirm_email_changes:
            result.confirmed = confirm_emails(
                session, None, actor=actor, now=result.at, how="sync_flag"
            )
        _record(session, result, actor, f"{detail} confirmed={len(result.confirmed)}")
        result.pending = pending_emails(session)
    return result
