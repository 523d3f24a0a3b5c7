"""The organisations an office knows (from its covenant profile) and matching names to them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Organisation
from app.services.rules.profile import CovenantProfile


def ensure_profile_organisations(session: Session, profile: CovenantProfile) -> int:
    """Add the profile's parties that are not there yet (matched by code). Returns how many."""
    existing = set(session.scalars(select(Organisation.code)))
    added = 0
    for org in profile.organisations:
        if org.code not in existing:
            session.add(Organisation(code=org.code, name=org.name, kind=org.kind))
            added += 1
    session.flush()
    return added


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def corporation_resolver(session: Session) -> tuple[Callable[[str], str | None], list[str]]:
    """A function mapping a corporation name or short code to its code, and the known names."""
    table: dict[str, str] = {}
    names: list[str] = []
    for org in session.scalars(select(Organisation).where(Organisation.kind == "corporatie")):
        table[_fold(org.code)] = org.code
        table[_fold(org.name)] = org.code
        names.append(org.name)

    def resolve(text: str) -> str | None:
        return table.get(_fold(text))

    return resolve, sorted(names)


def organisation_ids(session: Session) -> dict[str, int]:
    return {
        code: org_id for code, org_id in session.execute(select(Organisation.code, Organisation.id))
    }
