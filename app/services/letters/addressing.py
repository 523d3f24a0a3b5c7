"""Who a letter goes to: the one place where letters ask the shared contact list.

The contact list (covenant appendix 3) is synced by `app.services.contacts.directory`. Letters
never call it anywhere else: they get a :class:`ContactSource`, by default
:func:`default_contacts`, which adapts the directory's `ContactPerson` to our own
:class:`Contact`. Until the directory module exists, no contact is known and every letter that
needs one is refused, naming the missing contact. Tests pass a source of their own.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Protocol

from sqlalchemy.orm import Session

from app.services.contacts.columns import split_title

DIRECTORY_MODULE = "app.services.contacts.directory"


@dataclass(frozen=True)
class Contact:
    """A fixed contact person of a covenant party, as the contact list gives it."""

    organisation: str
    code: str
    role: str
    name: str
    function: str
    phone: str
    email: str
    wijk: str
    #: the contact list's ``aanhef``: "mevrouw", "de heer Van Dijk", "Geachte mevrouw Groen" or ""
    form_of_address: str = ""

    @property
    def reachable(self) -> bool:
        return bool(self.phone or self.email)


#: the salutation when the contact list gives no ``aanhef``
NEUTRAL_SALUTATION = "Geachte heer/mevrouw"

#: words that start a Dutch surname after the given names ("Jan van der Berg")
_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "'t",
        "in",
        "op",
        "onder",
        "aan",
        "bij",
        "uit",
        "voor",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "von",
        "vom",
        "zu",
    ]
)


def surname(name: str) -> str:
    """The surname in a full name, as it follows "mevrouw"/"de heer": "Jan van der Berg" ->
    "Van der Berg" (capital after a title), "L. Groen" -> "Groen". A surname this cannot find
    (two words without a particle, "El Amrani") belongs in the ``aanhef`` itself."""
    words = name.split()
    if not words:
        return ""
    start = len(words) - 1
    for index in range(1, len(words) - 1):
        if words[index].casefold() in _PARTICLES:
            start = index
            break
    rest = " ".join(words[start:])
    return rest[:1].upper() + rest[1:]


def formal_salutation(form_of_address: str, name: str) -> str:
    """ "Geachte mevrouw Groen" (without the comma) from the ``aanhef`` and the name; the neutral
    "Geachte heer/mevrouw" when the list gives no usable ``aanhef``."""
    value = " ".join(form_of_address.split()).rstrip(",")
    if not value:
        return NEUTRAL_SALUTATION
    if value.casefold().startswith("geachte "):
        return "Geachte " + value[len("geachte ") :].strip()
    found = split_title(value)
    if found is None:
        return NEUTRAL_SALUTATION
    title, rest = found
    family = rest or surname(name)
    return f"Geachte {title} {family}" if family else NEUTRAL_SALUTATION


class ContactSource(Protocol):
    """Who to write to. `today` is the letter's date: the contact who applies on that day."""

    def corporation_contact(
        self,
        session: Session,
        corporation_code: str,
        corporation_name: str,
        *,
        today: date | None = None,
    ) -> Contact | None: ...

    def wijkteam_contact(
        self, session: Session, postcode: str, *, today: date | None = None
    ) -> Contact | None: ...

    def troubleshooter_contact(
        self, session: Session, *, today: date | None = None
    ) -> Contact | None: ...

    def sdv_contact(self, session: Session, *, today: date | None = None) -> Contact | None: ...


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def as_contact(person: object | None) -> Contact | None:
    """Our own frozen copy of whatever the directory returns (its `ContactPerson`)."""
    if person is None:
        return None
    return Contact(
        **{
            name: _text(getattr(person, name, ""))
            for name in ("organisation", "code", "role", "name", "function", "phone", "email")
        },
        wijk=_text(getattr(person, "wijk", "")),
        form_of_address=_text(getattr(person, "form_of_address", "")),
    )


class DirectoryContacts:
    """The synced contact list (`app.services.contacts.directory`)."""

    def __init__(self, directory: ModuleType) -> None:
        self._directory = directory

    def corporation_contact(
        self,
        session: Session,
        corporation_code: str,
        corporation_name: str,
        *,
        today: date | None = None,
    ) -> Contact | None:
        return as_contact(
            self._directory.corporation_contact(
                session, corporation_code, corporation_name, today=today
            )
        )

    def wijkteam_contact(
        self, session: Session, postcode: str, *, today: date | None = None
    ) -> Contact | None:
        return as_contact(self._directory.wijkteam_contact(session, postcode, today=today))

    def troubleshooter_contact(
        self, session: Session, *, today: date | None = None
    ) -> Contact | None:
        return as_contact(self._directory.troubleshooter_contact(session, today=today))

    def sdv_contact(self, session: Session, *, today: date | None = None) -> Contact | None:
        return as_contact(self._directory.sdv_contact(session, today=today))


class NoContactList:
    """Used while no contact-list module is installed: nobody is known."""

    def corporation_contact(
        self,
        session: Session,
        corporation_code: str,
        corporation_name: str,
        *,
        today: date | None = None,
    ) -> Contact | None:
        return None

    def wijkteam_contact(
        self, session: Session, postcode: str, *, today: date | None = None
    ) -> Contact | None:
        return None

    def troubleshooter_contact(
        self, session: Session, *, today: date | None = None
    ) -> Contact | None:
        return None

    def sdv_contact(self, session: Session, *, today: date | None = None) -> Contact | None:
        return None


def default_contacts() -> ContactSource:
    """The synced contact list, or nobody when the directory module is not there (yet)."""
    try:
        directory = importlib.import_module(DIRECTORY_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name is not None and DIRECTORY_MODULE.startswith(exc.name):
            return NoContactList()
        raise
    return DirectoryContacts(directory)
