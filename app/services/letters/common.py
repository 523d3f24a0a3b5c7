"""Pieces every letter builder needs: the letterhead check, references, addressee blocks."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.services.casework import CLOSED_STATUS, RulesContext
from app.services.letters.addressing import Contact
from app.services.letters.fields import Addressee
from app.services.letters.letterhead import Letterhead, load_letterhead
from app.services.letters.problems import Missing, case_closed, letterhead_incomplete


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
    """Organisation, 't.a.v.' the person and function, and the e-mail address it goes to."""
    person = contact.name + (f", {contact.function}" if contact.function else "")
    lines = [contact.organisation, f"t.a.v. {person}"]
    if contact.email:
        lines.append(f"per e-mail: {contact.email}")
    return Addressee(role, tuple(lines), f"{salutation} {contact.name},")


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
