"""Pieces every letter builder needs: the letterhead check, references, addressee blocks."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.services.casework import CLOSED_STATUS, RulesContext
from app.services.letters.addressing import Contact, formal_salutation
from app.services.letters.fields import Addressee, Handler, Letter
from app.services.letters.letterhead import Letterhead, load_letterhead
from app.services.letters.problems import Missing, case_closed, letterhead_incomplete
from app.services.worker_profile import load_profile

_L = TypeVar("_L", bound=Letter)


def our_reference(case_id: int) -> str:
    """ "Ons kenmerk": the case number, never a name."""
    return f"VN-{case_id}"


def letterhead_or_missing(
    session: Session, ctx: RulesContext, missing: list[Missing]
) -> Letterhead:
    head = load_letterhead(session, ctx.profile.municipality)
    parts = head.missing()
    if parts:
        missing.append(letterhead_incomplete(parts))
    return head


def check_open(case_id: int, status: str, missing: list[Missing]) -> None:
    if status == CLOSED_STATUS:
        missing.append(case_closed(case_id))


def organisation_addressee(contact: Contact, role: str, salutation: str) -> Addressee:
    """Organisation, 't.a.v.' the person and function, and the e-mail address it goes to.

    "Geachte" is formal: "Geachte mevrouw Groen," from the contact list's ``aanhef``, else
    "Geachte heer/mevrouw," (never a first name after "Geachte"). "Beste" (a colleague, the
    troubleshooter) takes the name as the list gives it."""
    person = contact.name + (f", {contact.function}" if contact.function else "")
    lines = [contact.organisation, f"t.a.v. {person}"]
    if contact.email:
        lines.append(f"per e-mail: {contact.email}")
    if salutation == "Geachte":
        greeting = formal_salutation(contact.form_of_address, contact.name)
    else:
        greeting = f"{salutation} {contact.name}"
    return Addressee(role, tuple(lines), f"{greeting},")


def handler_for(session: Session, login: str | None = None) -> Handler | None:
    """The worker making the letter, from their profile; None when they filled none."""
    profile = load_profile(session, login)
    if profile is None:
        return None
    return Handler(profile.name, profile.function, profile.phone, profile.email)


def with_handler(letter: _L, handler: Handler | None) -> _L:
    """The letter with the worker's contact block next to the letterhead (every kind alike)."""
    return replace(letter, frame=replace(letter.frame, handler=handler))


def postal_lines(
    name: str, street: str, house_number: str, postcode: str, city: str
) -> tuple[str, ...]:
    """A Dutch postal address as PostNL asks: postcode, two spaces, town in capitals."""
    # a no-break space keeps the second space (a paragraph would fold two spaces into one)
    return (name, f"{street} {house_number}".strip(), f"{postcode}\u00a0 {city.upper()}")


def detail(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def detail_date(raw: dict[str, Any], key: str) -> date | None:
    """A date from an event's detail, or None; never the text itself."""
    value = raw.get(key)
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
