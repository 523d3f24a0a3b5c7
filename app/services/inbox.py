"""The prioritised inbox: an indexed query over stored rank segments, then a page of detail.

Order (a contract): 1) known eviction date, soonest first; 2) at least one priority reason
before none; 3) earliest due date among unmet deadlines; 4) earlier signal date; then case id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Case, CaseDeadline, PriorityPeriod
from app.services.casework import CLOSED_STATUS, RulesContext, case_has_ended
from app.services.rules.deadlines import Deadline, term_state
from app.services.rules.priority import ReasonPeriod, reasons_on

RANKED_IDS_SQL = """
SELECT case_id FROM rank_segments INDEXED BY ix_rank_segments_order
WHERE valid_from <= :day AND valid_to > :day
ORDER BY rank_group, eviction_key, due_key, signal_date, case_id
LIMIT :limit OFFSET :offset
"""


@dataclass(frozen=True)
class DeadlineView:
    id: str
    due: date
    article: str
    status: str
    working_days_left: int
    met_on: date | None
    #: for a fixed date set by others, what it is (``bailiff_date``, ``eviction_date``: the
    #: term's start); empty for a term the team must meet (issue 16.4)
    fixed: str = ""
    #: for a fixed date still ahead, how close on its own scale (``critical``, ``urgent``,
    #: ``attention``, ``planned``); empty otherwise
    proximity: str = ""
    #: calendar days until a fixed date (0 on the day, negative after); None for other terms
    days_left: int | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "due": self.due.isoformat(),
            "status": self.status,
            "working_days_left": self.working_days_left,
            "article": self.article,
            "met_on": self.met_on.isoformat() if self.met_on else None,
        }
        if self.fixed:  # a date set by others: what it is and how close (issue 16.4)
            out["fixed"] = self.fixed
            out["proximity"] = self.proximity or None
            out["days_left"] = self.days_left
        return out

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> DeadlineView:
        """The view back from :meth:`as_json` (what the case view gets from the case detail)."""
        return cls(
            id=item["id"],
            due=date.fromisoformat(item["due"]),
            article=item["article"],
            status=item["status"],
            working_days_left=item["working_days_left"],
            met_on=date.fromisoformat(item["met_on"]) if item.get("met_on") else None,
            fixed=item.get("fixed") or "",
            proximity=item.get("proximity") or "",
            days_left=item.get("days_left"),
        )


def deadline_view(
    deadline: Deadline, today: date, ctx: RulesContext, *, case_ended: bool = False
) -> DeadlineView:
    """Where one deadline stands today, as the lists, the case view and the CLI show it: a fixed
    date (bailiff, eviction) on its own proximity scale, never overdue; nothing counting on
    once the case has ended (issue 16.4)."""
    state = term_state(deadline, today, ctx.calendar, ctx.profile, case_ended=case_ended)
    rule = ctx.profile.term(deadline.id)
    fixed = rule.start if rule is not None and rule.unit == "fixed" else ""
    return DeadlineView(
        id=deadline.id,
        due=deadline.due,
        article=deadline.article,
        status=state.status,
        working_days_left=state.working_days_left,
        met_on=deadline.met_on,
        fixed=fixed,
        proximity=state.proximity,
        days_left=(deadline.due - today).days if fixed else None,
    )


@dataclass(frozen=True)
class InboxRow:
    case_id: int
    corporation: str
    corporation_code: str
    reference: str
    name: str
    signal_date: date
    kind: str
    status: str
    assignee: str | None
    eviction_date: date | None
    priority_reasons: list[str]
    flags: list[str]
    deadlines: list[DeadlineView]
    is_demo: bool

    @property
    def next_deadline(self) -> DeadlineView | None:
        unmet = [d for d in self.deadlines if d.status in ("open", "overdue")]
        return min(unmet, key=lambda d: d.due) if unmet else None

    @property
    def ended(self) -> bool:
        """Closed or not taken on: its terms no longer count down (issue 16.4)."""
        return case_has_ended(self.status)

    @property
    def shown_eviction_date(self) -> date | None:
        """The eviction date to show as a badge: not once the case is closed (it keeps its date
        on record, but nothing counts towards it any more). A case not taken on keeps it: the
        troubleshooter acts on every known eviction date (H 8.1)."""
        return None if self.status == CLOSED_STATUS else self.eviction_date

    def as_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "corporatie": self.corporation,
            "referentie": self.reference,
            "naam": self.name,
            "melddatum": self.signal_date.isoformat(),
            "soort": self.kind,
            "status": self.status,
            "toegewezen_aan": self.assignee,
            "ontruimingsdatum": self.eviction_date.isoformat() if self.eviction_date else None,
            "priority_reasons": self.priority_reasons,
            "flags": self.flags,
            "deadlines": [d.as_json() for d in self.deadlines],
            "demo": self.is_demo,
        }


def ranked_case_ids(session: Session, day: date, limit: int, offset: int = 0) -> list[int]:
    rows = session.execute(
        text(RANKED_IDS_SQL),
        {"day": day.isoformat(), "limit": limit, "offset": offset},
    )
    return [int(r[0]) for r in rows]


def deadline_views(
    rows: list[CaseDeadline], today: date, ctx: RulesContext, *, case_ended: bool = False
) -> list[DeadlineView]:
    views = []
    for row in sorted(rows, key=lambda r: (r.due, r.term_id)):
        deadline = Deadline(
            id=row.term_id,
            label=row.term_id,
            due=row.due,
            article=row.article,
            start=row.start,
            met_on=row.met_on,
            skipped=(),
            moved_from=None,
            is_default=False,
        )
        views.append(deadline_view(deadline, today, ctx, case_ended=case_ended))
    return views


def load_rows(session: Session, ids: list[int], today: date, ctx: RulesContext) -> list[InboxRow]:
    """Detail for a page of case ids, in the given order (three queries, not one per case)."""
    if not ids:
        return []
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(ids)))}
    deadlines: dict[int, list[CaseDeadline]] = defaultdict(list)
    for d in session.scalars(select(CaseDeadline).where(CaseDeadline.case_id.in_(ids))):
        deadlines[d.case_id].append(d)
    periods: dict[int, list[ReasonPeriod]] = defaultdict(list)
    for p in session.scalars(select(PriorityPeriod).where(PriorityPeriod.case_id.in_(ids))):
        periods[p.case_id].append(ReasonPeriod(reason=p.reason, start=p.start, end=p.end))
    rows = []
    for case_id in ids:
        case = cases[case_id]
        rows.append(
            InboxRow(
                case_id=case.id,
                corporation=case.corporation.name,
                corporation_code=case.corporation.code,
                reference=case.reference,
                name=case.tenant_name,
                signal_date=case.signal_date,
                kind=case.kind,
                status=case.status,
                assignee=case.assignee,
                eviction_date=case.eviction_date,
                priority_reasons=reasons_on(periods[case_id], today),
                flags=case.flag_list,
                deadlines=deadline_views(
                    deadlines[case_id], today, ctx, case_ended=case_has_ended(case.status)
                ),
                is_demo=case.is_demo,
            )
        )
    return rows


def inbox(
    session: Session, today: date, ctx: RulesContext, limit: int = 50, offset: int = 0
) -> list[InboxRow]:
    return load_rows(session, ranked_case_ids(session, today, limit, offset), today, ctx)


def explain_query_plan(session: Session, day: date) -> list[str]:
    rows = session.execute(
        text("EXPLAIN QUERY PLAN " + RANKED_IDS_SQL),
        {"day": day.isoformat(), "limit": 50, "offset": 0},
    )
    return [str(r[-1]) for r in rows]
