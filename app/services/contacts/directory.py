"""Looking up contact persons in the current list: for letters, the case view and the screen.

Letters take their addressee from here. An e-mail address that waits for confirmation (see
:mod:`app.services.contacts.versions`) is never handed out: ``email`` is None and
``email_awaits_confirmation`` is True, so a tampered list cannot redirect a letter.

Rows whose ``geldig_vanaf`` lies after ``today`` are not used for letters yet; among the rows
that apply, the one that started most recently wins, then the one higher up in the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import ContactEntry, ContactListVersion
from app.services import clock
from app.services.contacts.contact_file import fold
from app.services.contacts.versions import confirmed_pairs
from app.services.contacts.wijken import wijk_for_postcode

__all__ = [
    "ContactPerson",
    "all_contacts",
    "corporation_contact",
    "organisations",
    "sdv_contact",
    "troubleshooter_contact",
    "wijkteam_contact",
]


@dataclass(frozen=True)
class ContactPerson:
    organisation: str
    code: str | None
    role: str
    name: str
    function: str | None
    phone: str | None
    #: None when the list has no address, or when its address awaits confirmation
    email: str | None
    wijk: str | None
    #: the list has an address for this person that nobody has confirmed yet
    email_awaits_confirmation: bool = False
    #: the row in the current version (for confirming its address)
    entry_id: int | None = None
    valid_from: date | None = None
    #: the ``aanhef`` column ("mevrouw", "Geachte mevrouw Groen"); None when the list has none
    form_of_address: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "organisatie": self.organisation,
            "code": self.code,
            "rol": self.role,
            "naam": self.name,
            "functie": self.function,
            "telefoon": self.phone,
            "email": self.email,
            "email_wacht_op_bevestiging": self.email_awaits_confirmation,
            "wijk": self.wijk,
            "geldig_vanaf": self.valid_from.isoformat() if self.valid_from else None,
            "aanhef": self.form_of_address,
        }


def _current_id(session: Session) -> int | None:
    return session.scalar(select(ContactListVersion.id).order_by(ContactListVersion.id.desc()))


def _query(session: Session, version_id: int) -> Select[ContactEntry]:
    return (
        select(ContactEntry)
        .where(ContactEntry.version_id == version_id)
        .order_by(ContactEntry.position)
    )


def _people(session: Session, entries: list[ContactEntry]) -> list[ContactPerson]:
    confirmed = confirmed_pairs(session) if any(e.email for e in entries) else set()
    people = []
    for e in entries:
        pair = (e.organisation_key, (e.email or "").casefold())
        waiting = bool(e.email) and pair not in confirmed
        people.append(
            ContactPerson(
                organisation=e.organisation,
                code=e.code,
                role=e.role,
                name=e.name,
                function=e.function,
                phone=e.phone,
                email=None if waiting else e.email,
                wijk=e.wijk,
                email_awaits_confirmation=waiting,
                entry_id=e.id,
                valid_from=e.valid_from,
                form_of_address=e.form_of_address,
            )
        )
    return people


def all_contacts(
    session: Session,
    search: str = "",
    organisation: str | None = None,
    role: str | None = None,
) -> list[ContactPerson]:
    """The current list in file order, filtered in SQL (search: any field, any case)."""
    version_id = _current_id(session)
    if version_id is None:
        return []
    query = _query(session, version_id)
    words = fold(search).split()
    for word in words:
        query = query.where(ContactEntry.search_text.contains(word, autoescape=True))
    if organisation:
        query = query.where(ContactEntry.organisation_key == fold(organisation))
    if role:
        query = query.where(ContactEntry.role == role)
    return _people(session, list(session.scalars(query)))


def organisations(session: Session) -> list[str]:
    """The organisations in the current list, alphabetically (for a filter)."""
    version_id = _current_id(session)
    if version_id is None:
        return []
    names = session.scalars(
        select(ContactEntry.organisation).where(ContactEntry.version_id == version_id)
    )
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(fold(name), name)
    return sorted(unique.values(), key=fold)


def _in_force(session: Session, role: str, today: date | None) -> list[ContactPerson]:
    """Contacts with this role that apply today, the most recently started first."""
    version_id = _current_id(session)
    if version_id is None:
        return []
    day = today or clock.today()
    entries = [
        e
        for e in session.scalars(_query(session, version_id).where(ContactEntry.role == role))
        if e.valid_from is None or e.valid_from <= day
    ]
    # stable sort: a later start date first, file order otherwise
    entries.sort(key=lambda e: -(e.valid_from or date.min).toordinal())
    return _people(session, entries)


def corporation_contact(
    session: Session,
    corporation_code: str,
    corporation_name: str,
    *,
    today: date | None = None,
) -> ContactPerson | None:
    """The corporation's contact: role corporatie, matched by code or name (any case)."""
    code, name = fold(corporation_code), fold(corporation_name)
    for person in _in_force(session, "corporatie", today):
        if (code and fold(person.code) == code) or (name and fold(person.organisation) == name):
            return person
    return None


def wijkteam_contact(
    session: Session, postcode: str | None, *, today: date | None = None
) -> ContactPerson | None:
    """The wijkteam contact for a tenant's postcode.

    The wijk comes from the office's postcode ranges (``vangnet contacts wijk``). Without a
    matching contact, the first wijkteam contact that covers no particular wijk is used, else
    the first wijkteam contact in the list."""
    people = _in_force(session, "wijkteam", today)
    if not people:
        return None
    wijk = wijk_for_postcode(session, postcode)
    if wijk is not None:
        for person in people:
            if fold(person.wijk) == fold(wijk):
                return person
    general = [p for p in people if not p.wijk]
    return general[0] if general else people[0]


def troubleshooter_contact(session: Session, *, today: date | None = None) -> ContactPerson | None:
    people = _in_force(session, "troubleshooter", today)
    return people[0] if people else None


def sdv_contact(session: Session, *, today: date | None = None) -> ContactPerson | None:
    people = _in_force(session, "sdv", today)
    return people[0] if people else None
