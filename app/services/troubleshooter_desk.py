"""The troubleshooter's desk (H 8): eviction-dated cases, what was tried, who to call.

Also the cases handed to the troubleshooter without an eviction date (H 2.3): a specific
question nobody involved can answer, or a case that stalls; they follow the dated ones, longest
waiting first, with the reason.

Also the Amsterdam Sluitende Aanpak (A 1.13): which instruments were demonstrably deployed, with
dates, for the statement to the corporation; a case with a bailiff planned and none deployed
carries the `bailiff_blocked` flag (computed by the rules engine).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, Proposal
from app.services.casework import CLOSED_STATUS, RulesContext
from app.services.contacts.directory import ContactPerson, corporation_contact
from app.services.rules.deadlines import EVICTION_GROUND_EVENT
from app.services.rules.profile import DEFAULT_PROXIMITY

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: events that count as "what was tried", in the order the desk lists them
TRIED_KINDS = (
    "contact_attempt",
    "proposal_sent",
    "no_proposal_possible",
    "arrangement_made",
    "settlement_started",
    "instrument_deployed",
    "not_taken_on",
    "cooperation_refused",
    "troubleshooter_informed",
)
REFUSAL_KINDS = ("not_taken_on", "cooperation_refused")
LAST_ACTIONS = 3


@dataclass(frozen=True)
class Action:
    """One standing event, for the desk's "last actions" and "what was tried"."""

    on: date
    kind: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class Tried:
    contact_attempts: int
    reached: int
    last_contact: date | None
    proposals: int
    arrangements: int
    refusals: int
    instruments: tuple[tuple[str, date], ...]
    troubleshooter_informed: date | None
    latest_proposal: str | None  # the kind of the newest proposal that was sent

    @property
    def anything(self) -> bool:
        return bool(
            self.contact_attempts or self.proposals or self.arrangements or self.instruments
        )


@dataclass(frozen=True)
class CalledIn:
    """H 2.3: the case was handed to the troubleshooter on `on`, for `reason`."""

    on: date
    reason: str  # a TROUBLESHOOTER_REASONS code; "" when none was given (e.g. with a package)


@dataclass(frozen=True)
class EvictionCase:
    """One row of the desk: an eviction-dated case (H 8.1), or one called in (H 2.3)."""

    case_id: int
    tenant_name: str
    corporation: str
    corporation_code: str
    reference: str
    status: str
    assignee: str | None
    #: None for a case called in without an eviction date (then the days left are None too)
    eviction_date: date | None
    days_left: int | None
    working_days_left: int | None
    bailiff_date: date | None
    flags: tuple[str, ...]
    last_actions: tuple[Action, ...]
    tried: Tried
    contact: ContactPerson | None
    called_in: CalledIn | None = None
    #: how close the eviction date is on the covenant's own scale for it (``critical``,
    #: ``urgent``, ``attention``, ``planned``; ``passed`` once behind us); "" without a date
    proximity: str = ""
    #: the same for the bailiff date (``passed`` once behind us); "" without one
    bailiff_proximity: str = ""


def _standing(events: Iterable[CaseEvent]) -> list[Action]:
    return [
        Action(e.occurred_on, e.kind, json.loads(e.detail or "{}"))
        for e in events
        if e.undone_at is None
    ]


def summarise_tried(actions: list[Action], sent_proposal_kinds: list[str]) -> Tried:
    """What was tried on a case, from its standing events (oldest first)."""
    contacts = [a for a in actions if a.kind == "contact_attempt"]
    informed = [a.on for a in actions if a.kind == "troubleshooter_informed"]
    return Tried(
        contact_attempts=len(contacts),
        reached=sum(1 for a in contacts if a.detail.get("reached")),
        last_contact=max((a.on for a in contacts), default=None),
        proposals=sum(1 for a in actions if a.kind in ("proposal_sent", "no_proposal_possible")),
        arrangements=sum(1 for a in actions if a.kind == "arrangement_made"),
        refusals=sum(1 for a in actions if a.kind in REFUSAL_KINDS),
        instruments=tuple(
            (str(a.detail.get("instrument", "")), a.on)
            for a in actions
            if a.kind == "instrument_deployed"
        ),
        troubleshooter_informed=max(informed, default=None),
        latest_proposal=sent_proposal_kinds[0] if sent_proposal_kinds else None,
    )


def eviction_cases(
    session: Session, ctx: RulesContext, today: date, *, include_past: bool = False
) -> list[EvictionCase]:
    """Open cases with an eviction date, soonest first (past dates only when asked), then the
    open cases without one that were handed to the troubleshooter (H 2.3), longest waiting
    first. A closed case is not on the desk: nothing counts towards its eviction date any more
    (issue 16.4). A case the wijkteam did not take on is: H 8.1 has the troubleshooter act on
    every known eviction date, whoever holds the case."""
    query = select(Case).where(Case.eviction_date.is_not(None), Case.status != CLOSED_STATUS)
    if not include_past:
        query = query.where(Case.eviction_date >= today)
    dated = list(session.scalars(query.order_by(Case.eviction_date, Case.id)))
    undated = _called_in_without_date(session)
    cases = dated + undated  # disjoint: the undated ones have no eviction date
    if not cases:
        return []
    ids = [c.id for c in cases]
    events: dict[int, list[CaseEvent]] = {i: [] for i in ids}
    for e in session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id.in_(ids))
        .order_by(CaseEvent.occurred_on, CaseEvent.id)
    ):
        events[e.case_id].append(e)
    sent: dict[int, list[str]] = {i: [] for i in ids}
    for p in session.scalars(
        select(Proposal)
        .where(Proposal.case_id.in_(ids), Proposal.sent_on.is_not(None))
        .order_by(Proposal.sent_on.desc(), Proposal.id.desc())
    ):
        sent[p.case_id].append(p.kind)
    contacts: dict[str, ContactPerson | None] = {}
    out = []
    for case in cases:
        code = case.corporation.code
        if code not in contacts:
            contacts[code] = corporation_contact(session, code, case.corporation.name, today=today)
        actions = _standing(events[case.id])
        day = case.eviction_date
        out.append(
            EvictionCase(
                case_id=case.id,
                tenant_name=case.tenant_name,
                corporation=case.corporation.name,
                corporation_code=code,
                reference=case.reference,
                status=case.status,
                assignee=case.assignee,
                eviction_date=day,
                days_left=(day - today).days if day else None,
                working_days_left=_working_days_left(ctx, today, day) if day else None,
                bailiff_date=case.bailiff_date,
                flags=tuple(case.flag_list),
                last_actions=tuple(reversed(actions[-LAST_ACTIONS:])),
                tried=summarise_tried(actions, sent[case.id]),
                contact=contacts[code],
                called_in=called_in(actions),
                proximity=fixed_date_proximity(
                    ctx, "eviction_date", today, day, actions, case.signal_date
                ),
                bailiff_proximity=fixed_date_proximity(
                    ctx, "bailiff_date", today, case.bailiff_date, actions, case.signal_date
                ),
            )
        )
    dated_rows = [row for row in out if row.eviction_date is not None]
    waiting = sorted(
        (row for row in out if row.eviction_date is None and row.called_in is not None),
        key=lambda row: (row.called_in.on if row.called_in else today, row.case_id),
    )
    return dated_rows + waiting


def called_in(actions: list[Action]) -> CalledIn | None:
    """The standing call-in of the troubleshooter: the latest handover, when it went to the
    troubleshooter (a later handover to someone else ends it)."""
    handovers = [a for a in actions if a.kind == "handover"]
    if not handovers or handovers[-1].detail.get("to") != "troubleshooter":
        return None
    latest = handovers[-1]
    return CalledIn(latest.on, str(latest.detail.get("reason") or ""))


def _called_in_without_date(session: Session) -> list[Case]:
    """Open cases without an eviction date with a standing handover to the troubleshooter."""
    ids = _called_in_ids(session)
    if not ids:
        return []
    return list(session.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id)))


def _called_in_ids(session: Session) -> list[int]:
    """The ids of `_called_in_without_date`, without loading the cases (for a count)."""
    candidates = set(
        session.scalars(
            select(CaseEvent.case_id)
            .join(Case, Case.id == CaseEvent.case_id)
            .where(
                CaseEvent.kind == "handover",
                CaseEvent.undone_at.is_(None),
                Case.eviction_date.is_(None),
                Case.status != CLOSED_STATUS,
            )
        )
    )
    if not candidates:
        return []
    latest: dict[int, CaseEvent] = {}
    for e in session.scalars(
        select(CaseEvent)
        .where(
            CaseEvent.case_id.in_(candidates),
            CaseEvent.kind == "handover",
            CaseEvent.undone_at.is_(None),
        )
        .order_by(CaseEvent.occurred_on, CaseEvent.id)
    ):
        latest[e.case_id] = e
    ids = [
        i for i, e in latest.items() if json.loads(e.detail or "{}").get("to") == "troubleshooter"
    ]
    return ids


def fixed_date_proximity(
    ctx: RulesContext,
    start: str,
    today: date,
    day: date | None,
    actions: Sequence[Action] = (),
    signal_date: date | None = None,
) -> str:
    """How close a fixed date is on the profile's scale for that kind of date (the first
    fixed term that starts on it: ``eviction_date`` or ``bailiff_date``); ``met`` when an event
    that meets the term stands (an arrangement, a cancelled bailiff, an averted eviction),
    ``passed`` once behind us, "" without a date."""
    if day is None:
        return ""
    rule = next((t for t in ctx.profile.terms if t.unit == "fixed" and t.start == start), None)
    window = min(day, signal_date) if signal_date else day
    if rule is not None and any(a.kind in rule.met_by and a.on >= window for a in actions):
        return "met"
    if day < today:
        return "passed"
    scale = rule.proximity if rule is not None and rule.proximity else DEFAULT_PROXIMITY
    return scale.level(ctx.calendar.working_days_between(today, day))


def _working_days_left(ctx: RulesContext, today: date, day: date) -> int:
    if day >= today:
        return ctx.calendar.working_days_between(today, day)
    return -ctx.calendar.working_days_between(day, today)


@dataclass(frozen=True)
class SluitendeAanpak:
    """A 1.13: the instruments demonstrably deployed on a case, and refusals to cooperate."""

    applies: bool
    instruments: tuple[tuple[str, date], ...]
    refusals: tuple[tuple[str, date], ...]
    bailiff_date: date | None
    #: lid 3: the latest recorded ground for an eviction (an EVICTION_GROUNDS code) and its date
    ground: tuple[str, date] | None = None

    @property
    def satisfied(self) -> bool:
        """An instrument was deployed, and before the bailiff date if one is planned (lid 1)."""
        if self.bailiff_date is None:
            return bool(self.instruments)
        return any(on < self.bailiff_date for _code, on in self.instruments)


def sluitende_aanpak(session: Session, case: Case, ctx: RulesContext) -> SluitendeAanpak:
    actions = _standing(
        session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.occurred_on, CaseEvent.id)
        )
    )
    return SluitendeAanpak(
        applies=ctx.profile.sluitende_aanpak,
        instruments=tuple(
            (str(a.detail.get("instrument", "")), a.on)
            for a in actions
            if a.kind == "instrument_deployed"
        ),
        refusals=tuple((a.kind, a.on) for a in actions if a.kind in REFUSAL_KINDS),
        bailiff_date=case.bailiff_date,
        ground=max(
            (
                (str(a.detail.get("ground", "")), a.on)
                for a in actions
                if a.kind == EVICTION_GROUND_EVENT
            ),
            key=lambda g: g[1],
            default=None,
        ),
    )


def called_in_count(session: Session) -> int:
    """How many open cases without an eviction date wait for the troubleshooter (H 2.3)."""
    return len(_called_in_ids(session))


def desk_case_count(session: Session, today: date) -> int:
    """How many cases the desk lists (its default view): the navigation shows the number."""
    dated = session.scalar(
        select(func.count(Case.id)).where(
            Case.eviction_date.is_not(None),
            Case.status != CLOSED_STATUS,
            Case.eviction_date >= today,
        )
    )
    return int(dated or 0) + len(_called_in_ids(session))


def desk_cases(ws: Workspace, today: date, *, include_past: bool = False) -> list[EvictionCase]:
    """:func:`eviction_cases` in a session of its own, for the troubleshooter's page."""
    with ws.store.session() as session:
        return eviction_cases(session, ws.ctx, today, include_past=include_past)
