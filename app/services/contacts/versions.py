"""Versions of the contact list: writing one, comparing two, history, rollback, e-mail checks.

Every version keeps all its rows; the current list is the newest version. A rollback copies
an earlier version's rows into a new version, so nothing is ever overwritten and the history
reads as what happened.

E-mail addresses: letters about tenants go to the addresses in this list, so a tampered file
in a shared folder must not redirect them silently. An address is used only once it is
*confirmed* for its organisation: the very first list is trusted as a whole; after that, an
address the office has not confirmed for that organisation before (a changed address, a new
person's address, a new organisation) waits until someone confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ContactEmailConfirmation, ContactEntry, ContactListVersion
from app.services import audit
from app.services.bulk import insert_rows
from app.services.contacts.contact_file import ContactRecord, fold, phone_key

__all__ = [
    "ChangedContact",
    "ContactChanges",
    "PendingEmail",
    "ContactsProblem",
    "VersionInfo",
    "compare",
    "confirm_emails",
    "confirmed_pairs",
    "current_version",
    "history",
    "pending_emails",
    "rollback",
    "version_changes",
    "version_records",
    "write_version",
]


class ContactsProblem(Exception):
    """A rollback or confirmation that cannot be done; the message is one English line."""


@dataclass(frozen=True)
class ChangedContact:
    before: ContactRecord
    after: ContactRecord
    #: the columns that differ (file names: ``email``, ``telefoon``, ...)
    columns: tuple[str, ...]

    @property
    def email_changed(self) -> bool:
        return "email" in self.columns


@dataclass
class ContactChanges:
    """What a new version changes compared with the one before it."""

    added: list[ContactRecord] = field(default_factory=list)
    removed: list[ContactRecord] = field(default_factory=list)
    changed: list[ChangedContact] = field(default_factory=list)

    @property
    def email_changes(self) -> list[ChangedContact]:
        return [c for c in self.changed if c.email_changed]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "email_changes": len(self.email_changes),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "added": [contact_json(r) for r in self.added],
            "removed": [contact_json(r) for r in self.removed],
            "changed": [
                {
                    "before": contact_json(c.before),
                    "after": contact_json(c.after),
                    "columns": list(c.columns),
                    "email_changed": c.email_changed,
                }
                for c in self.changed
            ],
        }


def contact_json(record: ContactRecord) -> dict[str, Any]:
    """A contact with the file's own (Dutch) column names."""
    return {
        "organisatie": record.organisation,
        "code": record.code,
        "rol": record.role,
        "naam": record.name,
        "functie": record.function,
        "telefoon": record.phone,
        "email": record.email,
        "wijk": record.wijk,
        "geldig_vanaf": record.valid_from.isoformat() if record.valid_from else None,
    }


@dataclass(frozen=True)
class PendingEmail:
    """An address in the current list that waits for confirmation before letters use it."""

    entry_id: int
    organisation: str
    role: str
    name: str
    email: str
    #: the address this contact had in the version before, if any
    previous_email: str | None
    #: the contact was not in the version before
    new_contact: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "organisatie": self.organisation,
            "rol": self.role,
            "naam": self.name,
            "email": self.email,
            "vorig_email": self.previous_email,
            "nieuw_contact": self.new_contact,
        }


@dataclass(frozen=True)
class VersionInfo:
    id: int
    created_at: datetime
    actor: str
    source: str
    file_name: str | None
    file_hash: str | None
    restored_from: int | None
    row_count: int
    added: int
    removed: int
    changed: int
    email_changes: int
    current: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.id,
            "at": self.created_at.isoformat(timespec="seconds"),
            "actor": self.actor,
            "source": self.source,
            "file": self.file_name,
            "sha256": self.file_hash,
            "restored_from": self.restored_from,
            "rows": self.row_count,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "email_changes": self.email_changes,
            "current": self.current,
        }


# --------------------------------------------------------------------------------------------
# reading


def current_version(session: Session) -> ContactListVersion | None:
    return session.scalars(
        select(ContactListVersion).order_by(ContactListVersion.id.desc()).limit(1)
    ).first()


_ENTRY_COLUMNS = (
    ContactEntry.source_row,
    ContactEntry.organisation,
    ContactEntry.code,
    ContactEntry.role,
    ContactEntry.name,
    ContactEntry.function,
    ContactEntry.phone,
    ContactEntry.email,
    ContactEntry.wijk,
    ContactEntry.valid_from,
    ContactEntry.form_of_address,
)


def version_records(session: Session, version_id: int) -> list[ContactRecord]:
    """The rows of one version, in file order."""
    rows = session.execute(
        select(*_ENTRY_COLUMNS)
        .where(ContactEntry.version_id == version_id)
        .order_by(ContactEntry.position)
    ).all()
    return [
        ContactRecord(
            row=r.source_row,
            organisation=r.organisation,
            code=r.code,
            role=r.role,
            name=r.name,
            function=r.function,
            phone=r.phone,
            email=r.email,
            wijk=r.wijk,
            valid_from=r.valid_from,
            form_of_address=r.form_of_address,
        )
        for r in rows
    ]


def compare(old: Sequence[ContactRecord], new: Sequence[ContactRecord]) -> ContactChanges:
    """Added, removed and changed contacts; a contact is its organisation, role, name, wijk."""
    before = {r.key: r for r in old}
    after_keys = {r.key for r in new}
    changes = ContactChanges()
    for record in new:
        earlier = before.get(record.key)
        if earlier is None:
            changes.added.append(record)
            continue
        columns = earlier.differences(record)
        if columns:
            changes.changed.append(ChangedContact(earlier, record, columns))
    changes.removed = [r for r in old if r.key not in after_keys]
    return changes


def history(session: Session) -> list[VersionInfo]:
    """Every version, newest first."""
    versions = list(
        session.scalars(select(ContactListVersion).order_by(ContactListVersion.id.desc()))
    )
    newest = versions[0].id if versions else None
    return [
        VersionInfo(
            id=v.id,
            created_at=v.created_at,
            actor=v.actor,
            source=v.source,
            file_name=v.file_name,
            file_hash=v.file_hash,
            restored_from=v.restored_from,
            row_count=v.row_count,
            added=v.added,
            removed=v.removed,
            changed=v.changed,
            email_changes=v.email_changes,
            current=v.id == newest,
        )
        for v in versions
    ]


def version_changes(session: Session, version_id: int) -> ContactChanges:
    """What ``version_id`` changed compared with the version just before it."""
    previous = session.scalar(
        select(func.max(ContactListVersion.id)).where(ContactListVersion.id < version_id)
    )
    old = version_records(session, previous) if previous is not None else []
    return compare(old, version_records(session, version_id))


# --------------------------------------------------------------------------------------------
# writing


def _search_text(r: ContactRecord) -> str:
    parts = (
        r.organisation,
        r.code,
        r.role,
        r.name,
        r.function,
        r.phone,
        phone_key(r.phone),
        r.email,
        r.wijk,
    )
    return fold(" ".join(p for p in parts if p))[:1200]


def write_version(
    session: Session,
    records: Sequence[ContactRecord],
    changes: ContactChanges,
    *,
    source: str,
    actor: str,
    now: datetime,
    file_name: str | None,
    file_hash: str | None,
    restored_from: int | None = None,
) -> ContactListVersion:
    """Store a new current version with all its rows (inside the caller's transaction)."""
    first = current_version(session) is None
    version = ContactListVersion(
        created_at=now,
        actor=actor,
        source=source,
        file_name=file_name,
        file_hash=file_hash,
        restored_from=restored_from,
        row_count=len(records),
        **changes.counts(),
    )
    session.add(version)
    session.flush()
    insert_rows(
        session.connection(),
        "contact_entries",
        [
            {
                "version_id": version.id,
                "position": position,
                "source_row": r.row,
                "organisation": r.organisation,
                "code": r.code,
                "role": r.role,
                "name": r.name,
                "function": r.function,
                "phone": r.phone,
                "email": r.email,
                "wijk": r.wijk,
                "valid_from": r.valid_from,
                "form_of_address": r.form_of_address,
                "organisation_key": fold(r.organisation),
                "search_text": _search_text(r),
            }
            for position, r in enumerate(records)
        ],
    )
    if first:  # the very first list is taken as it is; from then on, new addresses wait
        _confirm_pairs(
            session,
            {(fold(r.organisation), r.email_key) for r in records if r.email},
            actor=actor,
            now=now,
            how="first_sync",
            version_id=version.id,
        )
    return version


def rollback(session: Session, version_id: int, *, actor: str, now: datetime) -> ContactListVersion:
    """Make an earlier version current again, as a new version; audited."""
    current = current_version(session)
    target = session.get(ContactListVersion, version_id)
    if target is None or current is None:
        raise ContactsProblem(f"there is no contact-list version {version_id}")
    if target.id == current.id:
        raise ContactsProblem(f"version {version_id} is the current version already")
    records = version_records(session, target.id)
    changes = compare(version_records(session, current.id), records)
    version = write_version(
        session,
        records,
        changes,
        source="rollback",
        actor=actor,
        now=now,
        file_name=target.file_name,
        file_hash=target.file_hash,
        restored_from=target.id,
    )
    audit.record(
        session,
        "contacts_rollback",
        "contact_list",
        version.id,
        detail=f"restored_version={target.id} replaced_version={current.id} "
        f"rows={len(records)} " + " ".join(f"{k}={v}" for k, v in changes.counts().items()),
        actor=actor,
    )
    return version


# --------------------------------------------------------------------------------------------
# e-mail confirmation


def confirmed_pairs(session: Session) -> set[tuple[str, str]]:
    """(organisation key, e-mail key) of every confirmed address."""
    rows = session.execute(
        select(ContactEmailConfirmation.organisation_key, ContactEmailConfirmation.email_key)
    ).all()
    return {(org, email) for org, email in rows}


def _confirm_pairs(
    session: Session,
    pairs: Iterable[tuple[str, str]],
    *,
    actor: str,
    now: datetime,
    how: str,
    version_id: int | None,
) -> int:
    known = confirmed_pairs(session)
    new = sorted(set(pairs) - known)
    session.add_all(
        ContactEmailConfirmation(
            organisation_key=org,
            email_key=email,
            confirmed_at=now,
            actor=actor,
            how=how,
            version_id=version_id,
        )
        for org, email in new
    )
    session.flush()
    return len(new)


def pending_emails(session: Session) -> list[PendingEmail]:
    """Addresses in the current list that letters may not use until confirmed."""
    current = current_version(session)
    if current is None:
        return []
    confirmed = confirmed_pairs(session)
    rows = session.execute(
        select(
            ContactEntry.id,
            ContactEntry.organisation,
            ContactEntry.role,
            ContactEntry.name,
            ContactEntry.email,
            ContactEntry.wijk,
        )
        .where(ContactEntry.version_id == current.id, ContactEntry.email.is_not(None))
        .order_by(ContactEntry.position)
    ).all()
    waiting = [r for r in rows if (fold(r.organisation), r.email.casefold()) not in confirmed]
    if not waiting:
        return []
    previous_id = session.scalar(
        select(func.max(ContactListVersion.id)).where(ContactListVersion.id < current.id)
    )
    before = {r.key: r for r in version_records(session, previous_id)} if previous_id else {}
    pending = []
    for r in waiting:
        key = (fold(r.organisation), r.role, fold(r.name), fold(r.wijk))
        earlier = before.get(key)
        pending.append(
            PendingEmail(
                entry_id=r.id,
                organisation=r.organisation,
                role=r.role,
                name=r.name,
                email=r.email,
                previous_email=earlier.email if earlier else None,
                new_contact=earlier is None,
            )
        )
    return pending


def confirm_emails(
    session: Session,
    entry_ids: Iterable[int] | None,
    *,
    actor: str,
    now: datetime,
    how: str = "user",
) -> list[int]:
    """Confirm the addresses of these entries of the current list (None: every pending one).

    Returns the entry ids whose address was confirmed; each is audited (ids only)."""
    pending = pending_emails(session)
    if entry_ids is not None:
        wanted = set(entry_ids)
        unknown = wanted - {p.entry_id for p in pending}
        if unknown:
            raise ContactsProblem(
                "not waiting for confirmation in the current list: "
                + ", ".join(str(i) for i in sorted(unknown))
            )
        pending = [p for p in pending if p.entry_id in wanted]
    current = current_version(session)
    version_id = current.id if current else None
    _confirm_pairs(
        session,
        {(fold(p.organisation), p.email.casefold()) for p in pending},
        actor=actor,
        now=now,
        how=how,
        version_id=version_id,
    )
    for p in pending:
        audit.record(
            session,
            "contacts_confirm_email",
            "contact_entry",
            p.entry_id,
            detail=f"version={version_id} how={how}",
            actor=actor,
        )
    return [p.entry_id for p in pending]
