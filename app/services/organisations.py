"""The organisations an office knows (from its covenant profile) and matching names to them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Organisation
from app.services.rules.profile import CovenantProfile


def ensure_profile_organisations(session: Session, profile: CovenantProfile) -> int:
    """Add the profile's parties that are not there yet (matched by code), and give the ones
    that are the name the covenant writes (a profile may have corrected it). Returns how many
    were added."""
    existing = {org.code: org for org in session.scalars(select(Organisation))}
    added = 0
    for org in profile.organisations:
        row = existing.get(org.code)
        if row is None:
            session.add(Organisation(code=org.code, name=org.name, kind=org.kind))
            added += 1
        elif row.name != org.name:
            row.name = org.name
    session.flush()
    return added


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def corporation_resolver(
    session: Session, profile: CovenantProfile | None = None
) -> tuple[Callable[[str], str | None], list[str]]:
    """A function mapping a corporation name, short code or (with ``profile``) one of the
    profile's aliases to its code, and the known names."""
    table: dict[str, str] = {}
    names: list[str] = []
    for org in session.scalars(select(Organisation).where(Organisation.kind == "corporatie")):
        table[_fold(org.code)] = org.code
        table[_fold(org.name)] = org.code
        names.append(org.name)
    for party in profile.organisations if profile is not None else ():
        if party.code in table.values():
            for alias in party.aliases:
                table.setdefault(_fold(alias), party.code)

    def resolve(text: str) -> str | None:
        return table.get(_fold(text))

    return resolve, sorted(names)


def organisation_ids(session: Session) -> dict[str, int]:
    return {
        code: org_id for code, org_id in session.execute(select(Organisation.code, Organisation.id))
    }
