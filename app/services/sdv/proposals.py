"""Proposals from the inventory: an arrears arrangement (H 6.2), an amicable settlement offer
(H 7.3), or "no proposal possible yet" (H 6.3).

A proposal is stored with a frozen JSON snapshot of what was proposed (capacity and its
derivation, schedule or shares), so its letter always shows what was decided at the time.
Making a new proposal replaces the previous one that was not sent yet; a sent one stays on
record. Marking a proposal as sent records `proposal_sent` (or `no_proposal_possible`), which
meets the case's `proposal` deadline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, Proposal
from app.services import audit, clock
from app.services.casework import RulesContext
from app.services.events import record_event
from app.services.money import (
    ArrangementPlan,
    BudgetProblem,
    Capacity,
    NoProposal,
    SettlementOffer,
    capacity,
    from_cents,
    plan_arrangement,
    plan_settlement,
)
from app.services.sdv.inventory import (
    Inventory,
    living_cost_norm,
    load_inventory,
    max_arrangement_months,
)

SNAPSHOT_VERSION = 1
SENT_EVENT = {
    "arrangement": "proposal_sent",
    "settlement": "proposal_sent",
    "none_possible": "no_proposal_possible",
}


class ProposalProblem(BudgetProblem):
    """A proposal cannot be made or sent as asked; `code` lets the GUI say it in Dutch."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ProposalView:
    """A stored proposal, read back for a screen, a letter or a handover."""

    id: int
    uid: str
    case_id: int
    kind: str
    made_on: date
    made_by: str
    sent_on: date | None
    withdrawn: bool
    snapshot: dict[str, Any]

    @property
    def summary_nl(self) -> str:
        return str(self.snapshot.get("summary_nl", ""))


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _capacity_json(cap: Capacity) -> dict[str, Any]:
    return {
        "monthly": _money(cap.monthly),
        "derivation": [
            {"label": d.label_nl, "amount": _money(d.amount), "sign": d.sign, "kind": d.kind}
            for d in cap.derivation
        ],
        "explain_nl": cap.explain_nl(),
    }


def _arrangement_json(plan: ArrangementPlan) -> dict[str, Any]:
    return {
        "arrears": _money(plan.arrears),
        "monthly": _money(plan.monthly),
        "months": plan.months,
        "first_due": plan.schedule[0].due.isoformat(),
        "last_due": plan.schedule[-1].due.isoformat(),
        "last_amount": _money(plan.schedule[-1].amount),
        "schedule": [
            [i.number, i.due.isoformat(), _money(i.amount), _money(i.remaining_after)]
            for i in plan.schedule
        ],
    }


def _is_corporation_debt(creditor: str, kind: str, corporation: str) -> bool:
    return kind == "huurachterstand" or creditor.strip().casefold() == corporation.casefold()


def _settlement_json(offer: SettlementOffer, corporation: str) -> dict[str, Any]:
    own = [s for s in offer.shares if _is_corporation_debt(s.creditor, s.kind, corporation)]
    return {
        "months": offer.months,
        "total_debt": _money(offer.total_debt),
        "offered_total": _money(offer.offered_total),
        "percentage": _money(offer.percentage),
        "full_payment": offer.full_payment,
        "corporation_debt": _money(sum((s.debt_amount for s in own), Decimal("0.00"))),
        "corporation_share": _money(sum((s.share for s in own), Decimal("0.00"))),
        "shares": [
            {
                "creditor": s.creditor,
                "debt": _money(s.debt_amount),
                "share": _money(s.share),
                "kind": s.kind,
                "preferential": s.preferential,
            }
            for s in offer.shares
        ],
        "monthly_payments": [_money(m) for m in offer.monthly_payments],
    }


def _no_proposal_json(result: NoProposal) -> dict[str, Any]:
    return {
        "reason": result.reason,
        "needed_monthly": None if result.needed_monthly is None else _money(result.needed_monthly),
        "explanation_nl": result.explanation_nl,
        "explanation_en": result.explanation_en,
    }


def _view(row: Proposal) -> ProposalView:
    return ProposalView(
        row.id,
        row.uid,
        row.case_id,
        row.kind,
        row.made_on,
        row.made_by,
        row.sent_on,
        row.withdrawn_at is not None,
        json.loads(row.snapshot),
    )


def proposals_of(session: Session, case_id: int) -> list[ProposalView]:
    """Every proposal of a case, newest first (withdrawn ones included, marked)."""
    rows = session.scalars(
        select(Proposal)
        .where(Proposal.case_id == case_id)
        .order_by(Proposal.made_at.desc(), Proposal.id.desc())
    )
    return [_view(r) for r in rows]


def current_proposal(session: Session, case_id: int) -> ProposalView | None:
    """The newest proposal that was not withdrawn."""
    return next((p for p in proposals_of(session, case_id) if not p.withdrawn), None)


def _inventory_with_budget(session: Session, case: Case) -> tuple[Inventory, Capacity]:
    inventory = load_inventory(session, case.id)
    if inventory.budget is None:
        raise ProposalProblem(
            f"case {case.id} has no household budget yet; fill in the inventory first", "no_budget"
        )
    return inventory, capacity(inventory.budget, living_cost_norm(session))


def _store(
    session: Session,
    case: Case,
    kind: str,
    snapshot: dict[str, Any],
    today: date,
    actor: str | None,
) -> ProposalView:
    who = actor or audit.current_actor()
    now = clock.now()
    for old in session.scalars(
        select(Proposal).where(
            Proposal.case_id == case.id,
            Proposal.sent_on.is_(None),
            Proposal.withdrawn_at.is_(None),
        )
    ):
        old.withdrawn_at = now  # replaced before it went out
    row = Proposal(
        case_id=case.id,
        kind=kind,
        made_on=today,
        made_at=now,
        made_by=who,
        snapshot=json.dumps({"version": SNAPSHOT_VERSION, "kind": kind, **snapshot}),
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "create", "proposal", row.id, detail=f"case={case.id} kind={kind}", actor=who
    )
    return _view(row)


def _base_snapshot(case: Case, inventory: Inventory, cap: Capacity | None) -> dict[str, Any]:
    budget = inventory.budget
    return {
        "corporation": case.corporation.name,
        "rent": None if budget is None else _money(budget.rent),
        "capacity": None if cap is None else _capacity_json(cap),
        # the rent-arrears debts the proposal was made from, by creditor: the letter checks
        # these (a debt of another creditor than the corporation), not a later inventory
        "rent_arrears_debts": [
            {"creditor": d.creditor, "amount": _money(d.amount)}
            for d in inventory.debts
            if d.kind == "huurachterstand"
        ],
    }


def _check_case_open(case: Case) -> None:
    from app.services.restriction import ensure_not_restricted  # it builds on ProposalProblem

    ensure_not_restricted(case)  # AVG 18: a restricted case gets no new proposal
    if case.status == "gesloten":
        raise ProposalProblem(f"case {case.id} is closed", "closed")


def propose_arrangement(
    session: Session,
    case: Case,
    *,
    today: date,
    resume_rent_from: date,
    first_instalment: date,
    monthly: Decimal | None = None,
    arrears: Decimal | None = None,
    actor: str | None = None,
) -> ProposalView:
    """An arrears arrangement within the capacity; when none fits, "no proposal possible"."""
    _check_case_open(case)
    inventory, cap = _inventory_with_budget(session, case)
    owed = arrears
    if owed is None:
        owed = inventory.rent_arrears or from_cents(case.arrears_cents or 0)
    if owed <= 0:
        raise ProposalProblem(
            f"case {case.id}: no rent arrears known; add the arrears as a debt "
            "(kind huurachterstand)",
            "no_arrears",
        )
    if first_instalment < today:
        raise ProposalProblem("the first instalment cannot lie in the past", "past_date")
    result = plan_arrangement(
        owed,
        cap.monthly,
        resume_rent_from=resume_rent_from,
        first_instalment=first_instalment,
        max_months=max_arrangement_months(session),
        monthly=monthly,
    )
    snapshot = _base_snapshot(case, inventory, cap)
    snapshot["resume_rent_from"] = resume_rent_from.isoformat()
    if isinstance(result, NoProposal):
        snapshot["no_proposal"] = _no_proposal_json(result)
        snapshot["summary_nl"] = "Nog geen voorstel mogelijk. " + result.explanation_nl
        return _store(session, case, "none_possible", snapshot, today, actor)
    snapshot["arrangement"] = _arrangement_json(result)
    snapshot["summary_nl"] = result.summary_nl()
    return _store(session, case, "arrangement", snapshot, today, actor)


def propose_settlement(
    session: Session,
    case: Case,
    *,
    today: date,
    resume_rent_from: date,
    months: int = 36,
    actor: str | None = None,
) -> ProposalView:
    """A percentage offer against final discharge, at most 36 months (H 7.3)."""
    _check_case_open(case)
    inventory, cap = _inventory_with_budget(session, case)
    if not inventory.debts:
        raise ProposalProblem(
            f"case {case.id} has no debts in its inventory; a settlement offer needs them",
            "no_debts",
        )
    result = plan_settlement([d.as_money() for d in inventory.debts], cap.monthly, months)
    snapshot = _base_snapshot(case, inventory, cap)
    snapshot["resume_rent_from"] = resume_rent_from.isoformat()
    if isinstance(result, NoProposal):
        snapshot["no_proposal"] = _no_proposal_json(result)
        snapshot["summary_nl"] = "Nog geen voorstel mogelijk. " + result.explanation_nl
        return _store(session, case, "none_possible", snapshot, today, actor)
    snapshot["settlement"] = _settlement_json(result, case.corporation.name)
    snapshot["summary_nl"] = result.summary_nl()
    return _store(session, case, "settlement", snapshot, today, actor)


def record_no_proposal(
    session: Session,
    case: Case,
    *,
    today: date,
    resume_rent_from: date | None = None,
    actor: str | None = None,
) -> ProposalView:
    """ "Not possible yet" without a computation (e.g. the inventory is not complete, H 6.3)."""
    _check_case_open(case)
    inventory = load_inventory(session, case.id)
    cap = None
    if inventory.budget is not None:
        cap = capacity(inventory.budget, living_cost_norm(session))
    snapshot = _base_snapshot(case, inventory, cap)
    snapshot["resume_rent_from"] = resume_rent_from.isoformat() if resume_rent_from else None
    explanation_nl = "De inventarisatie van de schulden is nog niet rond."
    snapshot["no_proposal"] = {
        "reason": "inventory_incomplete",
        "needed_monthly": None,
        "explanation_nl": explanation_nl,
        "explanation_en": "The inventory of the debts is not complete yet.",
    }
    snapshot["summary_nl"] = "Nog geen voorstel mogelijk. " + explanation_nl
    return _store(session, case, "none_possible", snapshot, today, actor)


def mark_proposal_sent(
    session: Session,
    proposal_id: int,
    ctx: RulesContext,
    on: date,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> CaseEvent:
    """The proposal went to the corporation: this meets the `proposal` deadline."""
    row = session.get(Proposal, proposal_id)
    if row is None:
        raise ProposalProblem(f"no proposal {proposal_id}", "no_proposal")
    if row.withdrawn_at is not None:
        raise ProposalProblem(
            f"proposal {proposal_id} was replaced by a newer one; send that one", "withdrawn"
        )
    if row.sent_on is not None:
        raise ProposalProblem(
            f"proposal {proposal_id} was already sent on {row.sent_on.isoformat()}",
            "already_sent",
        )
    if on < row.made_on:
        raise ProposalProblem(
            f"proposal {proposal_id} was made on {row.made_on.isoformat()}; it cannot have been "
            f"sent before that ({on.isoformat()})",
            "before_made",
        )
    case = session.get(Case, row.case_id)
    assert case is not None
    event = record_event(
        session,
        case,
        SENT_EVENT[row.kind],
        on,
        ctx,
        {"proposal": row.uid, "proposal_kind": row.kind, "via": "brief"},
        actor=actor,
        today=today,
    )
    row.sent_on = on
    session.flush()
    return event
