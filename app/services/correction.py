"""Correction of a tenant's facts (AVG art. 16), with the old value kept.

A fact is checked by the same rules as a signal's cell (the intake value parsers and their
messages), so a form, a CSV and a correction accept and refuse alike. The old value is kept in
:class:`~app.models.FactCorrection`; the audit line names the correction and the first 16 hex
digits of the SHA-256 of the old value, never the value, so the chained trail stays free of
personal data. Afterwards the case is recomputed (priority follows dates of birth and children)
and its search entry rebuilt, so the old name or address is no longer found.

Allowed on a restricted case as well: restriction (AVG 18) stops processing, not correcting.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Case, FactCorrection, HouseholdMember, SubjectRequest
from app.services import audit, clock
from app.services.casework import RulesContext, index_for_search, load_context, recompute_cases
from app.services.intake.messages_nl import message_nl
from app.services.intake.signals import MAX_AGE, MAX_OCCUPANTS, MIN_TENANT_AGE
from app.services.intake.values import (
    ValueProblem,
    normalise_phone,
    normalise_postcode,
    parse_bool,
    parse_date,
    parse_int,
    valid_email,
)


@dataclass(frozen=True)
class Fact:
    """One correctable fact: its column, its names, and whether it may be emptied."""

    field: str
    label_en: str
    label_nl: str
    optional: bool = False
    max_length: int = 200


FACTS: tuple[Fact, ...] = (
    Fact("tenant_name", "name", "naam"),
    Fact("street", "street", "straat"),
    Fact("house_number", "house number", "huisnummer", max_length=20),
    Fact("postcode", "postcode", "postcode"),
    Fact("city", "town", "woonplaats", max_length=100),
    Fact("phone", "phone number", "telefoonnummer", optional=True),
    Fact("email", "e-mail address", "e-mailadres", optional=True, max_length=254),
    Fact("birth_date", "date of birth", "geboortedatum"),
    Fact("occupants", "number of occupants", "aantal bewoners"),
    Fact("children_under_18", "children under 18", "kinderen onder de 18", optional=True),
    Fact("statushouder", "statushouder", "statushouder"),
    Fact("known", "known to the wijkteam or SDV", "bekend bij wijkteam of SDV"),
)
FACT_NAMES = tuple(f.field for f in FACTS)
_BY_NAME = {f.field: f for f in FACTS}
#: not a fact, but named in a refusal like one: the subject request given as the reason
_REQUEST = Fact("request", "request", "verzoek")
_HOUSE_NUMBER = re.compile(r"[1-9][0-9]{0,4}(?![0-9])")


class CorrectionRefused(ValueError):
    """The correction cannot be made; nothing was changed.

    `str()` is English and names the fact (command line); :meth:`dutch` is for the window, and
    `reason_nl` is the Dutch without the fact's name (for under the field)."""

    def __init__(self, field: str, reason_en: str, reason_nl: str, code: str = "invalid") -> None:
        fact = _REQUEST if field == "request" else _BY_NAME.get(field)
        self.field = field
        self.label_nl = fact.label_nl if fact else field
        self.reason_nl = reason_nl
        self.code = code
        super().__init__(f"{fact.label_en if fact else field}: {reason_en}")

    def dutch(self) -> str:
        return f"{self.label_nl[:1].upper()}{self.label_nl[1:]}: {self.reason_nl}"


def _refuse(field: str, english: str, code: str = "invalid") -> CorrectionRefused:
    """A refusal whose Dutch comes from the intake catalogue, as under an intake form field."""
    dutch = message_nl(english) or "deze waarde klopt niet; controleer wat er is ingevuld"
    return CorrectionRefused(field, english, dutch, code)


def _day(value: date) -> str:
    return f"{value:%d-%m-%Y}"


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def shown(value: Any) -> str:
    """A fact as people write it (and as it is kept in the corrections): dates dd-mm-jjjj."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return _day(value)
    return str(value)


def current_value(case: Case, field: str) -> str:
    return shown(getattr(case, _fact(field).field))


def _fact(field: str) -> Fact:
    fact = _BY_NAME.get(field)
    if fact is None:
        raise CorrectionRefused(
            field,
            f"not a fact that can be corrected (choose one of {', '.join(FACT_NAMES)})",
            "dit gegeven kan niet worden gecorrigeerd",
            "unknown_field",
        )
    return fact


def _text(fact: Fact, raw: str) -> str:
    value = " ".join(raw.split())
    if any(unicodedata.category(char) == "Cc" for char in raw.replace("\n", " ")):
        raise _refuse(fact.field, "contains control characters")
    if len(value) > fact.max_length:
        raise _refuse(
            fact.field,
            f"{len(value):,} characters is too long for this column (at most {fact.max_length:,})",
        )
    return value


def _parsed(session: Session, case: Case, fact: Fact, raw: str) -> Any:
    """The new value, checked by the intake rules and against the rest of the case."""
    field = fact.field
    text = _text(fact, raw)
    if not text:
        if fact.optional:
            return None
        raise CorrectionRefused(
            field, "required; it cannot be empty", "verplicht, maar niet ingevuld", "empty"
        )
    parsers: dict[str, Callable[[str], Any]] = {
        "postcode": normalise_postcode,
        "phone": normalise_phone,
        "email": valid_email,
        "birth_date": parse_date,
        "occupants": parse_int,
        "children_under_18": parse_int,
        "statushouder": parse_bool,
        "known": parse_bool,
    }
    try:
        value: Any = parsers[field](text) if field in parsers else text
    except ValueProblem as problem:
        raise _refuse(field, problem.message) from None
    if field == "house_number" and not _HOUSE_NUMBER.match(value):
        raise _refuse(field, "a house number starts with a number from 1 to 99999")
    if field == "birth_date":
        _check_birth_date(case, value)
    if field == "occupants":
        _check_occupants(session, case, value)
    if field == "children_under_18":
        _check_children(case, value, case.occupants)
    return value


def _check_birth_date(case: Case, born: date) -> None:
    if born > clock.today():
        raise _refuse("birth_date", f"{_day(born)} is in the future")
    if born >= case.signal_date:
        raise _refuse(
            "birth_date",
            f"date of birth is not before the signal date (melddatum {_day(case.signal_date)})",
        )
    age = _age_on(born, case.signal_date)
    if age < MIN_TENANT_AGE:
        raise _refuse(
            "birth_date",
            f"tenant would be {age} at the signal date; a tenant is at least {MIN_TENANT_AGE} "
            "(check the date of birth)",
        )
    if age > MAX_AGE:
        raise _refuse(
            "birth_date",
            f"tenant would be {age} at the signal date, which is not plausible "
            "(check the date of birth)",
        )


def _check_occupants(session: Session, case: Case, occupants: int) -> None:
    if occupants < 1:
        raise _refuse("occupants", "must be at least 1 (the tenant counts too)")
    if occupants > MAX_OCCUPANTS:
        raise _refuse(
            "occupants", f"{occupants} occupants is not plausible (at most {MAX_OCCUPANTS})"
        )
    members = session.scalar(
        select(func.count()).select_from(HouseholdMember).where(HouseholdMember.case_id == case.id)
    )
    if members and members + 1 > occupants:
        raise _refuse(
            "occupants",
            f"{members} dates of birth of other occupants plus the tenant is more than "
            f"aantal_bewoners ({occupants})",
        )
    problem = _children_problem(case, case.children_under_18, occupants)
    if problem is not None:
        raise _refuse("occupants", problem)


def _check_children(case: Case, children: int | None, occupants: int) -> None:
    problem = _children_problem(case, children, occupants)
    if problem is not None:
        raise _refuse("children_under_18", problem)


def _children_problem(case: Case, children: int | None, occupants: int) -> str | None:
    """Children under 18 must fit in the household, the tenant counted too (as at intake)."""
    if children is None:
        return None
    if children < 0:
        return "must not be negative"
    tenant_is_minor = _age_on(case.birth_date, case.signal_date) < 18
    if tenant_is_minor and children > occupants:
        return f"{children} children under 18 but only {occupants} occupants (aantal_bewoners)"
    if not tenant_is_minor and children >= occupants:
        return (
            f"{children} children under 18 but {occupants} occupants (aantal_bewoners) "
            f"including the tenant: at most {occupants - 1}"
        )
    return None


def _check_request(session: Session, case: Case, request_id: int | None) -> None:
    """A request named as the reason must exist and be about this case."""
    if request_id is None:
        return
    request = session.get(SubjectRequest, request_id)
    if request is None:
        raise CorrectionRefused(
            "request", f"there is no request {request_id}", f"verzoek {request_id} bestaat niet",
            "no_request",
        )
    if request.case_id != case.id:
        raise CorrectionRefused(
            "request",
            f"request {request_id} is not about case {case.id}",
            f"verzoek {request_id} gaat niet over zaak {case.id}",
            "other_case",
        )


def old_value_digest(old: str) -> str:
    """What the audit line may say about the old value: the first 16 hex digits of its hash."""
    return hashlib.sha256(old.encode("utf-8")).hexdigest()[:16]


def correct_fact(
    session: Session,
    case: Case,
    field: str,
    new_text: str,
    *,
    request_id: int | None = None,
    actor: str | None = None,
    ctx: RulesContext | None = None,
) -> FactCorrection:
    """Correct one fact of the case; refuses (changing nothing) a bad or unchanged value."""
    fact = _fact(field)
    value = _parsed(session, case, fact, new_text)
    old = getattr(case, field)
    if value == old:
        raise CorrectionRefused(
            field,
            f"the new value is the same as the current one ({shown(old) or 'empty'})",
            "de nieuwe waarde is gelijk aan de huidige; er is niets te corrigeren",
            "unchanged",
        )
    _check_request(session, case, request_id)
    who = actor or audit.current_actor()
    old_text = shown(old)
    setattr(case, field, value)
    case.updated_at = clock.now()
    correction = FactCorrection(
        case_id=case.id,
        field=field,
        old_value=old_text,
        new_value=shown(value),
        request_id=request_id,
        corrected_at=clock.now(),
        corrected_by=who,
    )
    session.add(correction)
    session.flush()
    entry = audit.record(
        session,
        "correct",
        "case",
        case.id,
        detail=f"field={field} correction={correction.id} old_sha256={old_value_digest(old_text)}",
        actor=who,
    )
    correction.audit_seq = entry.seq
    recompute_cases(session, [case.id], ctx or load_context(session))
    index_for_search(session, [case.id])  # the old name or address is no longer found
    return correction


@dataclass(frozen=True)
class CorrectionView:
    id: int
    field: str
    label_nl: str
    old_value: str
    new_value: str
    corrected_at: str
    corrected_by: str
    request_id: int | None
    audit_seq: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "field": self.field,
            "old_value": self.old_value,
            "new_value": self.new_value,
            "corrected_at": self.corrected_at,
            "corrected_by": self.corrected_by,
            "request_id": self.request_id,
            "audit_seq": self.audit_seq,
        }


def corrections(session: Session, case_id: int) -> list[CorrectionView]:
    """The corrections made to a case, oldest first (old and new value, who and when)."""
    rows = session.scalars(
        select(FactCorrection)
        .where(FactCorrection.case_id == case_id)
        .order_by(FactCorrection.corrected_at, FactCorrection.id)
    )
    return [
        CorrectionView(
            r.id,
            r.field,
            _BY_NAME[r.field].label_nl if r.field in _BY_NAME else r.field,
            r.old_value,
            r.new_value,
            r.corrected_at.isoformat(timespec="seconds"),
            r.corrected_by,
            r.request_id,
            r.audit_seq,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class RequestChoice:
    """An open subject request of the case, to name as the reason for a correction."""

    id: int
    kind: str
    received_on: date


def open_requests(session: Session, case_id: int) -> list[RequestChoice]:
    rows = session.scalars(
        select(SubjectRequest)
        .where(SubjectRequest.case_id == case_id, SubjectRequest.outcome == "open")
        .order_by(SubjectRequest.received_on, SubjectRequest.id)
    )
    return [RequestChoice(r.id, r.kind, r.received_on) for r in rows]
