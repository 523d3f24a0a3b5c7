"""Changing the tenant's and the household's facts after intake, several at once (issue 16.2).

A worker learns at the first visit what the signal did not say: a child in the household, a
residence status, that the tenant is known to the team, a new phone number, the real arrears.
:func:`edit_case` takes every changed fact and every change to the other occupants' dates of
birth, checks them all first by the intake rules (through :mod:`app.services.correction`), and
changes nothing when one is wrong; the refusal names every wrong field. Unchanged fields are
skipped. Each change is kept as a :class:`~app.models.FactCorrection` with its old value and one
audit line without the value, like a correction under AVG article 16; a worker's own edit names
no subject request. Afterwards priority, deadlines, rank and the search entry are recomputed, so
an added child moves the case up in the inbox at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Case, HouseholdMember
from app.services import audit, clock
from app.services.casework import (
    RulesContext,
    household_facts,
    index_for_search,
    load_context,
    recompute_cases,
)
from app.services.correction import (
    EDITABLE_FACTS,
    MEMBER_FIELD,
    CorrectionRefused,
    RequestChoice,
    check_kept,
    check_member_birth,
    check_request,
    current_value,
    fact_of,
    household_of,
    household_problem,
    label_en,
    label_nl,
    open_requests,
    parse_fact,
    record_correction,
    shown,
    shown_fact,
)
from app.services.intake.signals import MAX_OCCUPANTS
from app.services.rules.priority import reason_periods, reasons_on
from app.services.rules.profile import CovenantProfile
from app.services.store import Store

if TYPE_CHECKING:
    from app.services.workspace import Workspace

__all__ = [
    "CaseEditRefused",
    "Change",
    "EditForm",
    "EditOutcome",
    "MemberEdit",
    "MemberView",
    "edit_case",
    "edit_form",
    "edit_requests",
    "inbox_position",
    "member_edits_by_date",
    "members_of",
    "save_edit",
]


@dataclass(frozen=True)
class MemberEdit:
    """One change to the other occupants: a new one (``member_id`` None), a corrected date of
    birth, or a removal (``birth_date`` None). ``birth_date`` is the text as typed."""

    member_id: int | None
    birth_date: str | None


@dataclass(frozen=True)
class MemberView:
    id: int
    birth_date: date


@dataclass(frozen=True)
class Change:
    """One change made: the fact, its old and new value as people write them."""

    field: str
    old_value: str
    new_value: str
    correction_id: int
    #: made by Vangnet to keep the household consistent (occupants raised for a new member)
    automatic: bool = False

    @property
    def label_en(self) -> str:
        return label_en(self.field)

    @property
    def label_nl(self) -> str:
        return label_nl(self.field)

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "old_value": self.old_value,
            "new_value": self.new_value,
            "correction_id": self.correction_id,
            "automatic": self.automatic,
        }


@dataclass(frozen=True)
class EditOutcome:
    case_id: int
    changes: tuple[Change, ...]
    reasons_before: tuple[str, ...]
    reasons_after: tuple[str, ...]
    #: place in the inbox on the day (1 = first); None when the case is in no inbox
    position_before: int | None
    position_after: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "changes": [c.as_json() for c in self.changes],
            "priority_reasons_before": list(self.reasons_before),
            "priority_reasons": list(self.reasons_after),
            "inbox_position_before": self.position_before,
            "inbox_position": self.position_after,
        }


class CaseEditRefused(ValueError):
    """One or more values are wrong; nothing was changed. ``problems`` holds one refusal per
    wrong field (each with its English and Dutch reason and, for an occupant, its number)."""

    def __init__(self, problems: Sequence[CorrectionRefused]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def members_of(session: Session, case_id: int) -> list[MemberView]:
    """The other occupants with a date of birth, in the order they were recorded."""
    rows = session.scalars(
        select(HouseholdMember)
        .where(HouseholdMember.case_id == case_id)
        .order_by(HouseholdMember.id)
    )
    return [MemberView(m.id, m.birth_date) for m in rows]


def member_edits_by_date(
    session: Session,
    case_id: int,
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    change: Sequence[tuple[str, str]] = (),
) -> list[MemberEdit]:
    """Changes to the other occupants named by their date of birth (as on the command line):
    remove one with this date, change one with this date to another, add new ones."""
    free = members_of(session, case_id)
    edits: list[MemberEdit] = []
    named: list[tuple[str, str | None]] = [*((r, None) for r in remove), *change]
    for number, (old_text, new_text) in enumerate(named, start=1):
        try:
            old = check_member_birth(old_text, number)
        except CorrectionRefused as refused:
            raise CaseEditRefused([refused]) from None
        match = next((m for m in free if m.birth_date == old), None)
        if match is None:
            raise CaseEditRefused(
                [
                    CorrectionRefused(
                        MEMBER_FIELD,
                        f"no other occupant born on {shown(old)}",
                        f"er is geen andere bewoner geboren op {shown(old)}",
                        "no_member",
                        item=number,
                    )
                ]
            )
        free.remove(match)
        edits.append(MemberEdit(match.id, new_text))
    edits.extend(MemberEdit(None, born) for born in add)
    return edits


def inbox_position(session: Session, case_id: int, day: date) -> int | None:
    """The case's place in the inbox on `day` (1 = first), by the inbox's own order."""
    row = session.execute(
        text(
            "SELECT rank_group, eviction_key, due_key, signal_date FROM rank_segments "
            "WHERE case_id = :id AND valid_from <= :day AND valid_to > :day"
        ),
        {"id": case_id, "day": day.isoformat()},
    ).first()
    if row is None:
        return None
    ahead = session.execute(
        text(
            "SELECT count(*) FROM rank_segments WHERE valid_from <= :day AND valid_to > :day "
            "AND (rank_group, eviction_key, due_key, signal_date, case_id) "
            "< (:g, :e, :d, :s, :id)"
        ),
        {"day": day.isoformat(), "g": row[0], "e": row[1], "d": row[2], "s": row[3],
         "id": case_id},
    ).scalar_one()  # fmt: skip
    return int(ahead) + 1


def _reasons(session: Session, case: Case, day: date) -> tuple[str, ...]:
    births = [m.birth_date for m in members_of(session, case.id)]
    return tuple(reasons_on(reason_periods(household_facts(case, births)), day))


@dataclass
class _Plan:
    facts: dict[str, Any]
    members: list[tuple[HouseholdMember | None, date | None]]
    occupants_raised: int | None = None


def _plan(
    session: Session,
    case: Case,
    values: Mapping[str, str],
    members: Sequence[MemberEdit],
    profile: CovenantProfile,
) -> _Plan:
    """Check everything before anything changes; every wrong field is named at once."""
    problems: list[CorrectionRefused] = []
    facts: dict[str, Any] = {}
    for field, raw in values.items():
        try:
            fact = fact_of(field)
            value = parse_fact(case, fact, raw)
            if value != getattr(case, fact.field):
                check_kept(profile, fact.field, value)
        except CorrectionRefused as refused:
            problems.append(refused)
            continue
        if value != getattr(case, fact.field):  # an unchanged field is skipped, not refused
            facts[fact.field] = value

    current = {m.id: m for m in case.members}
    planned: list[tuple[HouseholdMember | None, date | None]] = []
    seen: set[int] = set()
    for number, edit in enumerate(members, start=1):
        member = None
        if edit.member_id is not None:
            member = current.get(edit.member_id)
            if member is None or edit.member_id in seen:
                problems.append(
                    CorrectionRefused(
                        MEMBER_FIELD,
                        f"occupant {number} is not (or no longer) part of this household",
                        f"bewoner {number} hoort niet (meer) bij dit huishouden",
                        "no_member",
                        item=number,
                    )
                )
                continue
            seen.add(edit.member_id)
        if edit.birth_date is None:
            if member is not None:
                planned.append((member, None))
            continue
        try:
            born = check_member_birth(edit.birth_date, number)
            check_kept(profile, MEMBER_FIELD, born, item=number)
        except CorrectionRefused as refused:
            problems.append(refused)
            continue
        if member is None or member.birth_date != born:
            planned.append((member, born))

    count = len(current) + sum(
        1 if member is None else -1 if born is None else 0 for member, born in planned
    )
    changed = set(facts) | ({MEMBER_FIELD} if planned else set())
    raised: int | None = None
    occupants = facts.get("occupants", case.occupants)
    adds = any(member is None for member, _born in planned)
    if adds and "occupants" not in facts and count + 1 > occupants:
        # a newly recorded occupant counts: raise the number rather than refuse the child
        raised = count + 1
        if raised > MAX_OCCUPANTS:
            raised = None
        else:
            facts["occupants"] = raised
    if not any(p.field in ("birth_date", "occupants", "children_under_18") for p in problems):
        problem = household_problem(household_of(session, case, facts, count), changed)
        if problem is not None:
            problems.append(problem)
    if problems:
        raise CaseEditRefused(problems)
    return _Plan(facts, planned, raised)


def edit_case(
    session: Session,
    case: Case,
    values: Mapping[str, str],
    members: Sequence[MemberEdit] = (),
    *,
    request_id: int | None = None,
    actor: str | None = None,
    ctx: RulesContext | None = None,
    today: date | None = None,
) -> EditOutcome:
    """Change the given facts (``{field: text as typed}``) and occupants of `case` at once.

    Raises :class:`CaseEditRefused` naming every wrong field, changing nothing. A value equal
    to the current one is skipped. `request_id` names a subject request this answers (None: the
    worker's own edit)."""
    day = today or clock.today()
    ctx = ctx or load_context(session)
    plan = _plan(session, case, values, members, ctx.profile)
    try:
        check_request(session, case, request_id)
    except CorrectionRefused as refused:
        raise CaseEditRefused([refused]) from None
    before = (_reasons(session, case, day), inbox_position(session, case.id, day))
    if not plan.facts and not plan.members:
        return EditOutcome(case.id, (), before[0], before[0], before[1], before[1])

    who = actor or audit.current_actor()
    changes: list[Change] = []
    for fact in EDITABLE_FACTS:
        if fact.field not in plan.facts:
            continue
        value = plan.facts[fact.field]
        old_text = shown_fact(fact, getattr(case, fact.field))
        new_text = shown_fact(fact, value)
        setattr(case, fact.field, value)
        kept = record_correction(
            session, case.id, fact.field, old_text, new_text, request_id=request_id, actor=who
        )
        automatic = fact.field == "occupants" and plan.occupants_raised is not None
        changes.append(Change(fact.field, old_text, new_text, kept.id, automatic))
    for member, born in plan.members:
        old_text = shown(member.birth_date) if member is not None else ""
        if member is None:
            assert born is not None
            case.members.append(HouseholdMember(birth_date=born))
        elif born is None:
            case.members.remove(member)
        else:
            member.birth_date = born
        new_text = shown(born)
        kept = record_correction(
            session, case.id, MEMBER_FIELD, old_text, new_text, request_id=request_id, actor=who
        )
        changes.append(Change(MEMBER_FIELD, old_text, new_text, kept.id))
    case.updated_at = clock.now()
    session.flush()
    recompute_cases(session, [case.id], ctx)
    index_for_search(session, [case.id])  # the old name or address is no longer found
    after = (_reasons(session, case, day), inbox_position(session, case.id, day))
    return EditOutcome(case.id, tuple(changes), before[0], after[0], before[1], after[1])


# --- for the edit dialog: each call in a session of its own ------------------------------------


@dataclass(frozen=True)
class EditForm:
    """What the edit dialog shows: each asked fact as the form writes it, and the occupants."""

    values: dict[str, str]
    members: list[MemberView]


def edit_requests(store: Store, case_id: int) -> list[RequestChoice]:
    """The case's open subject requests an edit may answer."""
    with store.session() as session:
        return open_requests(session, case_id)


def edit_form(store: Store, case_id: int, fields: Iterable[str]) -> EditForm:
    with store.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise LookupError(f"there is no case {case_id}")
        values = {field: current_value(case, field) for field in fields}
        return EditForm(values, members_of(session, case_id))


def save_edit(
    ws: Workspace,
    case_id: int,
    values: Mapping[str, str],
    members: Sequence[MemberEdit] = (),
    *,
    request_id: int | None = None,
) -> EditOutcome:
    """:func:`edit_case` in a transaction of its own, by the workspace's worker."""
    with ws.store.transaction() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise LookupError(f"there is no case {case_id}")
        return edit_case(
            session, case, values, members, request_id=request_id,
            actor=ws.actor, ctx=ws.ctx, today=ws.today(),
        )  # fmt: skip
