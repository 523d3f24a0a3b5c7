"""Correction of a tenant's facts (AVG art. 16), with the old value kept.

A fact is checked by the same rules as a signal's cell (the intake value parsers and their
messages), so a form, a CSV and a correction accept and refuse alike. The old value is kept in
:class:`~app.models.FactCorrection`; the audit line names the correction and the first 16 hex
digits of the SHA-256 of the old value, never the value, so the chained trail stays free of
personal data. Afterwards the case is recomputed (priority follows dates of birth and children)
and its search entry rebuilt, so the old name or address is no longer found.

Allowed on a restricted case as well: restriction (AVG 18) stops processing, not correcting.

The arrears the corporation reported (since when, months, amount, monthly rent) are facts of the
case too and are corrected the same way; :mod:`app.services.case_edit` changes several facts and
the other occupants' dates of birth in one go on top of this module (issue 16.2).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Case, FactCorrection, HouseholdMember, SubjectRequest
from app.services import audit, clock
from app.services.casework import RulesContext, index_for_search, load_context, recompute_cases
from app.services.intake.messages_nl import message_nl
from app.services.intake.signals import (
    ARREARS_KINDS,
    EARLIEST_DATE,
    MAX_AGE,
    MAX_ARREARS_MONTHS,
    MAX_OCCUPANTS,
    MIN_TENANT_AGE,
    MONTHS_DECIMALS,
)
from app.services.intake.values import (
    ValueProblem,
    normalise_phone,
    normalise_postcode,
    parse_amount,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_int,
    valid_email,
)
from app.services.rules.profile import CovenantProfile


@dataclass(frozen=True)
class Fact:
    """One correctable fact: its column, its names, whether it may be emptied, and its kind
    (how it is read, kept and written: text, date, int, bool, amount in cents, months in
    tenths)."""

    field: str
    label_en: str
    label_nl: str
    optional: bool = False
    max_length: int = 200
    kind: str = "text"


FACTS: tuple[Fact, ...] = (
    Fact("tenant_name", "name", "naam"),
    Fact("street", "street", "straat"),
    Fact("house_number", "house number", "huisnummer", max_length=20),
    Fact("postcode", "postcode", "postcode", kind="postcode"),
    Fact("city", "town", "woonplaats", max_length=100),
    Fact("phone", "phone number", "telefoonnummer", optional=True, kind="phone"),
    Fact("email", "e-mail address", "e-mailadres", optional=True, max_length=254, kind="email"),
    Fact("birth_date", "date of birth", "geboortedatum", kind="date"),
    Fact("occupants", "number of occupants", "aantal bewoners", kind="int"),
    Fact("children_under_18", "children under 18", "kinderen onder de 18", optional=True,
         kind="int"),
    Fact("statushouder", "statushouder", "statushouder", kind="bool"),
    Fact("known", "known to the wijkteam or SDV", "bekend bij wijkteam of SDV", kind="bool"),
)
#: what the corporation reported about the arrears (optional columns of the signal format)
ARREARS_FACTS: tuple[Fact, ...] = (
    Fact("arrears_since", "arrears since", "achterstand sinds", optional=True, kind="date"),
    Fact("arrears_months_tenths", "months in arrears", "achterstand in maanden", optional=True,
         kind="months"),
    Fact("arrears_cents", "amount in arrears", "bedrag van de achterstand", optional=True,
         kind="amount"),
    Fact("monthly_rent_cents", "monthly rent", "maandhuur", optional=True, kind="amount"),
)
#: the facts the AVG correction dialog and `subject correct` list
FACT_NAMES = tuple(f.field for f in FACTS)
#: every fact a worker can change after intake, in the order of the edit form
EDITABLE_FACTS: tuple[Fact, ...] = FACTS + ARREARS_FACTS
EDITABLE_NAMES = tuple(f.field for f in EDITABLE_FACTS)
_BY_NAME = {f.field: f for f in EDITABLE_FACTS}
#: not a fact, but named in a refusal like one: the subject request given as the reason
_REQUEST = Fact("request", "request", "verzoek")
#: the other occupants' dates of birth (HouseholdMember), changed one by one
MEMBER_FIELD = "household_member"
_MEMBER = Fact(MEMBER_FIELD, "date of birth of another occupant", "geboortedatum andere bewoner",
               kind="date")
_NOT_FACTS = {f.field: f for f in (_REQUEST, _MEMBER)}
#: the optional import column a fact comes from: a covenant that does not keep the column does
#: not keep the fact either (B2 step 1), whichever way it would come in
_COLUMN = {
    "phone": "telefoon",
    "email": "email",
    "arrears_months_tenths": "achterstand_maanden",
    "arrears_cents": "achterstand_bedrag",
    "monthly_rent_cents": "maandhuur",
    "children_under_18": "kinderen_onder_18",
    "statushouder": "statushouder",
    "known": "bekend_bij_wijkteam",
    MEMBER_FIELD: "geboortedata_bewoners",
}


def kept(profile: CovenantProfile, field: str) -> bool:
    """Whether the covenant keeps this fact at all (the core facts always)."""
    column = _COLUMN.get(field)
    return column is None or profile.stores(column)


def check_kept(
    profile: CovenantProfile, field: str, value: Any, *, item: int | None = None
) -> None:
    """Refuses a value for a fact the covenant does not keep; emptying it is always allowed."""
    if value is None or value is False or kept(profile, field):
        return
    raise CorrectionRefused(
        field,
        "not kept under this covenant (B2 step 1: only the data the covenant needs)",
        "wordt onder dit convenant niet bewaard (B2 stap 1: alleen de gegevens die nodig zijn)",
        "not_kept",
        item=item,
    )
_HOUSE_NUMBER = re.compile(r"[1-9][0-9]{0,4}(?![0-9])")


class CorrectionRefused(ValueError):
    """The correction cannot be made; nothing was changed.

    `str()` is English and names the fact (command line); :meth:`dutch` is for the window, and
    `reason_nl` is the Dutch without the fact's name (for under the field)."""

    def __init__(
        self,
        field: str,
        reason_en: str,
        reason_nl: str,
        code: str = "invalid",
        *,
        item: int | None = None,
    ) -> None:
        fact = _NOT_FACTS.get(field) or _BY_NAME.get(field)
        self.field = field
        #: for the other occupants: which one (1-based, in the order the edit gave them)
        self.item = item
        self.label_nl = fact.label_nl if fact else field
        self.reason_nl = reason_nl
        self.reason_en = reason_en
        self.code = code
        super().__init__(f"{fact.label_en if fact else field}: {reason_en}")

    def dutch(self) -> str:
        return f"{self.label_nl[:1].upper()}{self.label_nl[1:]}: {self.reason_nl}"


def _refuse(
    field: str, english: str, code: str = "invalid", *, item: int | None = None
) -> CorrectionRefused:
    """A refusal whose Dutch comes from the intake catalogue, as under an intake form field."""
    dutch = message_nl(english) or "deze waarde klopt niet; controleer wat er is ingevuld"
    return CorrectionRefused(field, english, dutch, code, item=item)


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


def shown_fact(fact: Fact, value: Any) -> str:
    """As :func:`shown`, with cents as ``1234,50`` and tenths of months as ``2,5``: the way the
    intake parsers read them back, so a shown value can be typed in again unchanged."""
    if value is None:
        return ""
    if fact.kind == "amount":
        euros, cents = divmod(int(value), 100)
        return f"{euros},{cents:02d}"
    if fact.kind == "months":
        whole, tenth = divmod(int(value), 10)
        return f"{whole},{tenth}" if tenth else str(whole)
    return shown(value)


def current_value(case: Case, field: str) -> str:
    fact = _fact(field)
    return shown_fact(fact, getattr(case, fact.field))


def fact_of(field: str) -> Fact:
    """The fact named `field` (refuses an unknown name, as a correction does)."""
    return _fact(field)


def _fact(field: str) -> Fact:
    fact = _BY_NAME.get(field)
    if fact is None:
        raise CorrectionRefused(
            field,
            f"not a fact that can be corrected (choose one of {', '.join(EDITABLE_NAMES)})",
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


_PARSERS: dict[str, Callable[[str], Any]] = {
    "text": lambda text: text,
    "postcode": normalise_postcode,
    "phone": normalise_phone,
    "email": valid_email,
    "date": parse_date,
    "int": parse_int,
    "bool": parse_bool,
    "amount": parse_amount,
    "months": parse_decimal,
}


def parse_fact(case: Case, fact: Fact, raw: str) -> Any:
    """The new value as it is kept, checked on its own by the intake rules (the household as a
    whole is checked by :func:`household_problem`)."""
    field = fact.field
    text = _text(fact, raw)
    arrears_required = field == "arrears_since" and case.kind in ARREARS_KINDS
    if not text:
        if arrears_required:
            raise _refuse(
                field, f"required for soort {case.kind} (the date the arrears arose)", "empty"
            )
        if fact.optional:
            return None
        raise CorrectionRefused(
            field, "required; it cannot be empty", "verplicht, maar niet ingevuld", "empty"
        )
    try:
        value: Any = _PARSERS[fact.kind](text)
    except ValueProblem as problem:
        raise _refuse(field, problem.message) from None
    if field == "house_number" and not _HOUSE_NUMBER.match(value):
        raise _refuse(field, "a house number starts with a number from 1 to 99999")
    if field == "birth_date":
        _check_birth_date(case, value)
    if field == "occupants":
        if value < 1:
            raise _refuse(field, "must be at least 1 (the tenant counts too)")
        if value > MAX_OCCUPANTS:
            raise _refuse(field, f"{value} occupants is not plausible (at most {MAX_OCCUPANTS})")
    if field == "children_under_18" and value < 0:
        raise _refuse(field, "must not be negative")
    if field == "arrears_since":
        _check_arrears_since(case, value)
    if fact.kind == "months":
        return _tenths(field, value)
    if fact.kind == "amount":
        return int(value * 100)
    return value


def _parsed(session: Session, case: Case, fact: Fact, raw: str) -> Any:
    """The new value, checked by the intake rules and against the rest of the case."""
    value = parse_fact(case, fact, raw)
    problem = household_problem(household_of(session, case, {fact.field: value}), {fact.field})
    if problem is not None:
        raise problem
    return value


def _tenths(field: str, months: Decimal) -> int:
    exponent = months.as_tuple().exponent
    if months < 0:
        raise _refuse(field, "must not be negative")
    if isinstance(exponent, int) and exponent < -MONTHS_DECIMALS:
        raise _refuse(field, "at most 1 decimal (e.g. 2,5)")
    if months > MAX_ARREARS_MONTHS:
        raise _refuse(field, "not plausible (more than 999 months)")
    return int(months * 10)


def _check_arrears_since(case: Case, since: date) -> None:
    if since < EARLIEST_DATE:
        raise _refuse("arrears_since", f"{_day(since)} is not plausible (before 1900)")
    today = clock.today()
    if since > today:
        raise _refuse(
            "arrears_since", f"{_day(since)} is in the future (today is {_day(today)})"
        )
    if since > case.signal_date:
        raise _refuse(
            "arrears_since",
            f"{_day(since)} is after the signal date (melddatum {_day(case.signal_date)})",
        )


def check_member_birth(raw: str, number: int) -> date:
    """Another occupant's date of birth, checked as at intake (`number` names it, 1-based)."""
    text = raw.strip()
    try:
        born = parse_date(text)
    except ValueProblem as problem:
        raise _refuse(
            MEMBER_FIELD, f"date {number} '{text}': {problem.message}", item=number
        ) from None
    today = clock.today()
    if born > today:
        raise _refuse(MEMBER_FIELD, f"date {number} {_day(born)} is in the future", item=number)
    if _age_on(born, today) > MAX_AGE or born < EARLIEST_DATE:
        raise _refuse(MEMBER_FIELD, f"date {number} {_day(born)} is not plausible", item=number)
    return born


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


@dataclass(frozen=True)
class Household:
    """The facts that must fit together, as they would be after a change."""

    signal_date: date
    birth_date: date
    occupants: int
    children_under_18: int | None
    #: other occupants with a date of birth
    members: int


def household_of(
    session: Session, case: Case, changed: dict[str, Any], members: int | None = None
) -> Household:
    """The household of `case` with the `changed` facts (already parsed) in place."""
    if members is None:
        members = session.scalar(
            select(func.count())
            .select_from(HouseholdMember)
            .where(HouseholdMember.case_id == case.id)
        ) or 0

    def value(name: str) -> Any:
        return changed[name] if name in changed else getattr(case, name)

    return Household(
        case.signal_date, value("birth_date"), value("occupants"), value("children_under_18"),
        members,
    )  # fmt: skip


def household_problem(h: Household, changed: set[str]) -> CorrectionRefused | None:
    """Occupants, children and dated occupants must fit together, as at intake; the problem
    names the changed fact it is about (the children first, then the occupants)."""
    if h.members and h.members + 1 > h.occupants:
        field = "occupants" if "occupants" in changed or MEMBER_FIELD not in changed else (
            MEMBER_FIELD
        )
        return _refuse(
            field,
            f"{h.members} dates of birth of other occupants plus the tenant is more than "
            f"aantal_bewoners ({h.occupants})",
        )
    problem = _children_problem(h, h.children_under_18)
    if problem is None:
        return None
    for field in ("children_under_18", "occupants", "birth_date"):
        if field in changed:
            return _refuse(field, problem)
    return _refuse("children_under_18", problem)


def _children_problem(h: Household, children: int | None) -> str | None:
    """Children under 18 must fit in the household, the tenant counted too (as at intake)."""
    if children is None:
        return None
    if children < 0:
        return "must not be negative"
    occupants = h.occupants
    tenant_is_minor = _age_on(h.birth_date, h.signal_date) < 18
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


def check_request(session: Session, case: Case, request_id: int | None) -> None:
    """Refuses a request that does not exist or is about another case (None: own initiative)."""
    _check_request(session, case, request_id)


#: settings key of the database's own secret for the audit digests of old values
DIGEST_KEY_SETTING = "audit_digest_key"


def _digest_key(session: Session) -> bytes:
    """A random secret kept inside the (encrypted) database, made on first use."""
    from app.services.store import get_setting, set_setting

    stored = get_setting(session, DIGEST_KEY_SETTING)
    if stored is None:
        stored = secrets.token_hex(32)
        set_setting(session, DIGEST_KEY_SETTING, stored)
    return bytes.fromhex(stored)


def old_value_digest(session: Session, old: str) -> str:
    """What the audit line may say about the old value: 16 hex digits of an HMAC keyed with
    the database's own secret. A plain hash of a date of birth can be undone by trying every
    date; the keyed one cannot be without the database, yet still shows whether the kept old
    value was changed afterwards."""
    mac = hmac.new(_digest_key(session), old.encode("utf-8"), hashlib.sha256)
    return mac.hexdigest()[:16]


def record_correction(
    session: Session,
    case_id: int,
    field: str,
    old_text: str,
    new_text: str,
    *,
    request_id: int | None,
    actor: str,
) -> FactCorrection:
    """Keep the old value with the correction and write the audit line (a hash, never the
    value). The caller has changed the case already and recomputes it afterwards."""
    correction = FactCorrection(
        case_id=case_id,
        field=field,
        old_value=old_text,
        new_value=new_text,
        request_id=request_id,
        corrected_at=clock.now(),
        corrected_by=actor,
    )
    session.add(correction)
    session.flush()
    entry = audit.record(
        session,
        "correct",
        "case",
        case_id,
        detail=(
            f"field={field} correction={correction.id} "
            f"old_hmac={old_value_digest(session, old_text)}"
        ),
        actor=actor,
    )
    correction.audit_seq = entry.seq
    return correction


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
    ctx = ctx or load_context(session)
    check_kept(ctx.profile, field, value)
    old = getattr(case, field)
    if value == old:
        raise CorrectionRefused(
            field,
            f"the new value is the same as the current one ({shown_fact(fact, old) or 'empty'})",
            "de nieuwe waarde is gelijk aan de huidige; er is niets te corrigeren",
            "unchanged",
        )
    _check_request(session, case, request_id)
    who = actor or audit.current_actor()
    old_text = shown_fact(fact, old)
    setattr(case, field, value)
    case.updated_at = clock.now()
    correction = record_correction(
        session, case.id, field, old_text, shown_fact(fact, value),
        request_id=request_id, actor=who,
    )  # fmt: skip
    recompute_cases(session, [case.id], ctx)
    index_for_search(session, [case.id])  # the old name or address is no longer found
    return correction


def label_nl(field: str) -> str:
    """The Dutch name of a fact (or of the other occupants' dates of birth)."""
    fact = _NOT_FACTS.get(field) or _BY_NAME.get(field)
    return fact.label_nl if fact else field


def label_en(field: str) -> str:
    fact = _NOT_FACTS.get(field) or _BY_NAME.get(field)
    return fact.label_en if fact else field


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
            label_nl(r.field),
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
