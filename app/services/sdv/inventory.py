"""A case's inventory: household budget, monthly incomes and fixed costs, and debts (H 6.1).

Stored as integer cents; read back as `app.services.money` values so the arithmetic is Decimal.
The living-cost norm per household type and the longest arrangement are office settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import BudgetLine, Case, CaseBudget, Debt
from app.services import audit, clock
from app.services.money import (
    DEBT_KINDS,
    DEFAULT_NORM,
    HOUSEHOLD_TYPES,
    Budget,
    BudgetProblem,
    Capacity,
    LivingCostNorm,
    capacity,
    cents,
    from_cents,
)
from app.services.money import BudgetLine as MoneyLine
from app.services.money import Debt as MoneyDebt
from app.services.store import get_setting, set_setting

NORM_SETTING = "living_cost_norm"
MAX_MONTHS_SETTING = "arrangement_max_months"
DEFAULT_MAX_MONTHS = 12


@dataclass(frozen=True)
class DebtEntry:
    creditor: str
    kind: str
    amount: Decimal
    preferential: bool = False
    established_on: date | None = None

    def as_money(self) -> MoneyDebt:
        return MoneyDebt(self.creditor, self.amount, self.kind, self.preferential)


@dataclass(frozen=True)
class Inventory:
    """What the SDV knows of a case's money; `budget` is None until it was filled in."""

    case_id: int
    budget: Budget | None
    debts: tuple[DebtEntry, ...]
    updated_at: datetime | None
    updated_by: str | None

    @property
    def total_debt(self) -> Decimal:
        return sum((d.amount for d in self.debts), Decimal("0.00"))

    @property
    def rent_arrears(self) -> Decimal:
        """The rent arrears in the inventory (debts of kind `huurachterstand`)."""
        return sum((d.amount for d in self.debts if d.kind == "huurachterstand"), Decimal("0.00"))


def living_cost_norm(session: Session) -> LivingCostNorm:
    """The office's norm, or the default when the office never set one."""
    text = get_setting(session, NORM_SETTING)
    if not text:
        return DEFAULT_NORM
    values = dict(part.split("=", 1) for part in text.split(",") if "=" in part)
    monthly = {
        kind: Decimal(values.get(kind, str(DEFAULT_NORM.monthly[kind]))) for kind in HOUSEHOLD_TYPES
    }
    per_child = Decimal(values.get("per_child", str(DEFAULT_NORM.per_child)))
    return LivingCostNorm(monthly=monthly, per_child=per_child)


def set_living_cost_norm(session: Session, norm: LivingCostNorm) -> None:
    for kind in HOUSEHOLD_TYPES:
        if kind not in norm.monthly:
            raise BudgetProblem(f"the norm has no amount for household type '{kind}'")
    values = [*(norm.monthly[k] for k in HOUSEHOLD_TYPES), norm.per_child]
    if any(v < 0 for v in values):
        raise BudgetProblem("a living-cost norm cannot be negative")
    parts = [f"{k}={norm.monthly[k]:.2f}" for k in HOUSEHOLD_TYPES]
    parts.append(f"per_child={norm.per_child:.2f}")
    set_setting(session, NORM_SETTING, ",".join(parts))
    audit.record(session, "change", "setting", NORM_SETTING)


def max_arrangement_months(session: Session) -> int:
    return int(get_setting(session, MAX_MONTHS_SETTING, str(DEFAULT_MAX_MONTHS)) or 0)


def set_max_arrangement_months(session: Session, months: int) -> None:
    if not 1 <= months <= 120:
        raise BudgetProblem("the longest arrangement must be between 1 and 120 months")
    set_setting(session, MAX_MONTHS_SETTING, str(months))
    audit.record(session, "change", "setting", MAX_MONTHS_SETTING)


def load_inventory(session: Session, case_id: int) -> Inventory:
    row = session.get(CaseBudget, case_id)
    debts = tuple(
        DebtEntry(d.creditor, d.kind, from_cents(d.amount_cents), d.preferential, d.established_on)
        for d in session.scalars(
            select(Debt).where(Debt.case_id == case_id).order_by(Debt.position, Debt.id)
        )
    )
    budget = None
    if row is not None and row.household_type is not None:
        lines = list(
            session.scalars(
                select(BudgetLine)
                .where(BudgetLine.case_id == case_id)
                .order_by(BudgetLine.position, BudgetLine.id)
            )
        )
        budget = Budget(
            household_type=row.household_type,
            children=row.children,
            incomes=tuple(
                MoneyLine(x.label, from_cents(x.monthly_cents)) for x in lines if x.kind == "income"
            ),
            fixed_costs=tuple(
                MoneyLine(x.label, from_cents(x.monthly_cents))
                for x in lines
                if x.kind == "fixed_cost"
            ),
            rent=from_cents(row.rent_cents),
        )
    return Inventory(
        case_id,
        budget,
        debts,
        row.updated_at if row else None,
        row.updated_by if row else None,
    )


def suggested_budget(case: Case) -> Budget:
    """A blank budget for a case: household type guessed from the signal, rent from the signal."""
    children = case.children_under_18 or 0
    adults = max(case.occupants - children, 1)
    if children:
        kind = "paar_met_kinderen" if adults >= 2 else "alleenstaande_ouder"
    else:
        kind = "paar" if adults >= 2 else "alleenstaande"
    rent = from_cents(case.monthly_rent_cents or 0)
    return Budget(household_type=kind, children=children, incomes=(), fixed_costs=(), rent=rent)


def _check_budget(budget: Budget) -> None:
    if budget.household_type not in HOUSEHOLD_TYPES:
        raise BudgetProblem(
            f"unknown household type '{budget.household_type}' "
            f"(known: {', '.join(HOUSEHOLD_TYPES)})"
        )
    if budget.children < 0:
        raise BudgetProblem("the number of children cannot be negative")
    if budget.rent < 0:
        raise BudgetProblem("the current rent cannot be negative")
    for line in (*budget.incomes, *budget.fixed_costs):
        if not line.label.strip():
            raise BudgetProblem("every income and fixed cost needs a description")
        if line.monthly < 0:
            raise BudgetProblem(f"'{line.label}': a monthly amount cannot be negative")


def _check_debt(debt: DebtEntry, index: int) -> None:
    where = f"debt {index}"
    if not debt.creditor.strip():
        raise BudgetProblem(f"{where}: the creditor is missing")
    if debt.kind not in DEBT_KINDS:
        raise BudgetProblem(f"{where}: kind must be one of {', '.join(DEBT_KINDS)}")
    if debt.amount <= 0:
        raise BudgetProblem(f"{where} ({debt.creditor}): the amount must be more than € 0,00")
    if debt.amount != debt.amount.quantize(Decimal("0.01")):
        raise BudgetProblem(f"{where} ({debt.creditor}): an amount has at most two decimals")


def save_inventory(
    session: Session,
    case: Case,
    budget: Budget | None,
    debts: tuple[DebtEntry, ...] | list[DebtEntry],
    *,
    actor: str | None = None,
    at: datetime | None = None,
) -> None:
    """Replace the case's inventory as a whole (what the form and the handover both do).

    Everything is checked before anything is written; a problem raises `BudgetProblem`
    (a restricted case, AVG 18: `restriction.CaseRestricted`, which is one).
    """
    from app.services.restriction import ensure_not_restricted  # it imports this package

    ensure_not_restricted(case)
    if budget is not None:
        _check_budget(budget)
    for index, debt in enumerate(debts, start=1):
        _check_debt(debt, index)
    who = actor or audit.current_actor()
    when = at or clock.now()
    session.execute(delete(BudgetLine).where(BudgetLine.case_id == case.id))
    session.execute(delete(Debt).where(Debt.case_id == case.id))
    row = session.get(CaseBudget, case.id)
    if row is None:
        row = CaseBudget(case_id=case.id)
        session.add(row)
    row.updated_at = when
    row.updated_by = who
    row.household_type = None if budget is None else budget.household_type
    row.children = 0 if budget is None else budget.children
    row.rent_cents = 0 if budget is None else cents(budget.rent)
    if budget is not None:
        lines = [("income", x) for x in budget.incomes] + [
            ("fixed_cost", x) for x in budget.fixed_costs
        ]
        for position, (kind, line) in enumerate(lines):
            session.add(
                BudgetLine(
                    case_id=case.id,
                    kind=kind,
                    label=line.label.strip(),
                    monthly_cents=cents(line.monthly),
                    position=position,
                )
            )
    for position, debt in enumerate(debts):
        session.add(
            Debt(
                case_id=case.id,
                creditor=debt.creditor.strip(),
                kind=debt.kind,
                amount_cents=cents(debt.amount),
                preferential=debt.preferential,
                established_on=debt.established_on,
                position=position,
            )
        )
    session.flush()
    audit.record(
        session,
        "change",
        "inventory",
        case.id,
        detail=f"case={case.id} debts={len(debts)}",
        actor=who,
    )


def case_capacity(session: Session, case_id: int) -> Capacity | None:
    """The monthly repayment capacity with its derivation, or None without a budget."""
    inventory = load_inventory(session, case_id)
    if inventory.budget is None:
        return None
    return capacity(inventory.budget, living_cost_norm(session))
