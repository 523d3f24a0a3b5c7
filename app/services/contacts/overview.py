"""What the Contacts screen asks of the database, each call in a session or transaction of its
own: the list's state at a glance, a search, one version's changes, confirming addresses, going
back to a version, and the shared folder. Plain data only (issue 17.4); a list replaced by a
sync meanwhile raises `ContactsProblem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.services import clock
from app.services.contacts.directory import ContactPerson, all_contacts, organisations
from app.services.contacts.sync import SyncStatus, contacts_folder, sync_status
from app.services.contacts.versions import (
    ContactChanges,
    PendingEmail,
    VersionInfo,
    confirm_emails,
    history,
    pending_emails,
    rollback,
    version_changes,
)
from app.services.office_settings import set_contacts_folder
from app.services.store import Store


@dataclass(frozen=True)
class ContactsOverview:
    """The sync's state, the organisations in the list, the addresses waiting for
    confirmation and every version, read together."""

    status: SyncStatus
    organisations: list[str]
    pending: list[PendingEmail]
    versions: list[VersionInfo]


def contacts_overview(store: Store) -> ContactsOverview:
    with store.session() as session:
        return ContactsOverview(
            sync_status(session), organisations(session), pending_emails(session), history(session)
        )


def find_contacts(
    store: Store, search: str = "", organisation: str | None = None, role: str | None = None
) -> list[ContactPerson]:
    with store.session() as session:
        return all_contacts(session, search, organisation=organisation, role=role)


def changes_in(store: Store, version_id: int) -> ContactChanges:
    """What a version changed against the one before it."""
    with store.session() as session:
        return version_changes(session, version_id)


def confirm(store: Store, entry_ids: Sequence[int], *, actor: str) -> list[int]:
    """Confirm these addresses for letters (audited); returns the entries confirmed."""
    with store.transaction() as session:
        return confirm_emails(session, entry_ids, actor=actor, now=clock.now())


def make_current_again(store: Store, version_id: int, *, actor: str) -> int:
    """Add an earlier version again as the newest; returns the new version's id."""
    with store.transaction() as session:
        return rollback(session, version_id, actor=actor, now=clock.now()).id


def stored_folder(store: Store) -> Path | None:
    """The shared folder the list is synced from, if one was chosen."""
    with store.session() as session:
        return contacts_folder(session)


def change_folder(store: Store, folder: Path, *, actor: str) -> Path:
    """Remember the shared folder (audited); returns it as stored (absolute)."""
    with store.transaction() as session:
        return set_contacts_folder(session, folder, actor=actor)
