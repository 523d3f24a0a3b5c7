"""Repayment capacity (aflossingscapaciteit) with its derivation, per covenant H 6.2 / 6.3.

Before debt help (SDV) proposes an arrears arrangement (H 6.2) or an amicable settlement
(H 7.3), it establishes what the household can pay each month without new arrears arising
(H 6.3). That repayment capacity is derived from the budget, line by line::

      income (every line, as given)
    − fixed costs (every line, as given)
    − current rent (lopende huur: it must be paid again first, H 6.2)
    − living money by the norm (leefgeld) for the household type, plus an amount per child
    = repayment capacity per month

The norm is the amount *left* for daily living besides rent and fixed costs — an office
setting, with :data:`DEFAULT_NORM` as the default. The capacity may come out at zero or below;
the proposal functions then answer with a :class:`NoProposal` instead of a plan.

Every step is kept as a :class:`DerivationLine` with a Dutch label, so a letter or screen can
show how the amount was reached (:meth:`Capacity.explain_nl`). Invalid input (negative amounts
or children, an unknown household type, amounts that are not whole cents) raises
:class:`BudgetProblem` with an English message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

from app.services.money.amounts import AmountProblem, format_eur, to_money

__all__ = [
    "DEFAULT_NORM",
    "HOUSEHOLD_LABELS_NL",
    "HOUSEHOLD_TYPES",
    "Budget",
    "BudgetLine",
    "BudgetProblem",
    "Capacity",
    "DerivationKind",
    "DerivationLine",
    "LivingCostNorm",
    "NoProposal",
    "NoProposalReason",
    "capacity",
]

HOUSEHOLD_TYPES: tuple[str, ...] = (
    "alleenstaande",
    "alleenstaande_ouder",
    "paar",
    "paar_met_kinderen",
)
HOUSEHOLD_LABELS_NL: Mapping[str, str] = MappingProxyType(
    {
        "alleenstaande": "alleenstaande",
        "alleenstaande_ouder": "alleenstaande ouder",
        "paar": "paar",
        "paar_met_kinderen": "paar met kinderen",
    }
)

DerivationKind = Literal["income", "fixed_cost", "rent", "norm", "total"]
NoProposalReason = Literal["no_capacity", "does_not_fit"]

CAPACITY_LABEL_NL = "Aflossingscapaciteit per maand"
RENT_LABEL_NL = "Lopende huur"


class BudgetProblem(ValueError):
    """Input the money calculations cannot work with; the message is English."""


def money_field(value: object, what: str, *, allow_negative: bool = False) -> Decimal:
    """``value`` as an exact amount in cents, or :class:`BudgetProblem` naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise BudgetProblem(f"{what}: not an amount ({value!r}); use Decimal")
    try:
        amount = to_money(value)
    except AmountProblem as exc:
        raise BudgetProblem(f"{what}: {exc}") from None
    if amount < 0 and not allow_negative:
        raise BudgetProblem(f"{what} is negative ({format_eur(amount)}); it must be 0 or more")
    return amount


def _check_household(household_type: str) -> None:
    if household_type not in HOUSEHOLD_TYPES:
        raise BudgetProblem(
            f"unknown household type {household_type!r} (expected one of "
            f"{', '.join(HOUSEHOLD_TYPES)})"
        )


def _check_children(children: int) -> None:
    if isinstance(children, bool) or not isinstance(children, int):
        raise BudgetProblem(f"number of children must be a whole number, not {children!r}")
    if children < 0:
        raise BudgetProblem(f"number of children cannot be negative ({children})")


def _children_nl(children: int) -> str:
    return "1 kind" if children == 1 else f"{children} kinderen"


@dataclass(frozen=True)
class LivingCostNorm:
    """Monthly living money (leefgeld) left besides rent and fixed costs, per household type,
    plus ``per_child`` for every child. Every household type needs an amount."""

    monthly: Mapping[str, Decimal]
    per_child: Decimal

    def __post_init__(self) -> None:
        unknown = sorted(set(self.monthly) - set(HOUSEHOLD_TYPES))
        if unknown:
            raise BudgetProblem(f"living-cost norm for unknown household type(s): {unknown}")
        missing = [kind for kind in HOUSEHOLD_TYPES if kind not in self.monthly]
        if missing:
            raise BudgetProblem(f"living-cost norm has no amount for: {', '.join(missing)}")
        clean = {
            kind: money_field(self.monthly[kind], f"living-cost norm for {kind}")
            for kind in HOUSEHOLD_TYPES
        }
        object.__setattr__(self, "monthly", MappingProxyType(clean))
        object.__setattr__(
            self, "per_child", money_field(self.per_child, "living-cost norm per child")
        )

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.monthly.items())), self.per_child))

    def amount_for(self, household_type: str, children: int) -> Decimal:
        """The norm for this household: the type's amount plus ``per_child`` × children."""
        _check_household(household_type)
        _check_children(children)
        return self.monthly[household_type] + self.per_child * children


DEFAULT_NORM = LivingCostNorm(
    monthly={
        "alleenstaande": Decimal("300.00"),
        "alleenstaande_ouder": Decimal("400.00"),
        "paar": Decimal("450.00"),
        "paar_met_kinderen": Decimal("500.00"),
    },
    per_child=Decimal("100.00"),
)


@dataclass(frozen=True)
class BudgetLine:
    """One monthly income or fixed cost, with the label the client knows it by."""

    label: str
    monthly: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.label, str) or not self.label.strip():
            raise BudgetProblem("a budget line needs a label")
        object.__setattr__(self, "label", self.label.strip())
        object.__setattr__(self, "monthly", money_field(self.monthly, f"amount of {self.label!r}"))


@dataclass(frozen=True)
class Budget:
    """A household's monthly budget: incomes, fixed costs and the current rent."""

    household_type: str
    children: int
    incomes: tuple[BudgetLine, ...]
    fixed_costs: tuple[BudgetLine, ...]
    rent: Decimal

    def __post_init__(self) -> None:
        _check_household(self.household_type)
        _check_children(self.children)
        for name in ("incomes", "fixed_costs"):
            lines = tuple(getattr(self, name))
            for line in lines:
                if not isinstance(line, BudgetLine):
                    raise BudgetProblem(f"{name} must be BudgetLine items, not {line!r}")
            object.__setattr__(self, name, lines)
        object.__setattr__(self, "rent", money_field(self.rent, "rent"))


@dataclass(frozen=True)
class DerivationLine:
    """One step of the derivation. ``amount`` is never negative; ``sign`` says whether it is
    added (+1) or subtracted (−1). For the ``total`` line, ``sign`` is the sign of the result."""

    label_nl: str
    amount: Decimal
    sign: int
    kind: DerivationKind

    def __post_init__(self) -> None:
        if self.sign not in (1, -1):
            raise BudgetProblem(f"sign must be +1 or -1, not {self.sign!r}")
        amount = money_field(self.amount, f"derivation line {self.label_nl!r}")
        object.__setattr__(self, "amount", amount)

    @property
    def signed_amount(self) -> Decimal:
        return self.amount if self.sign > 0 else -self.amount


@dataclass(frozen=True)
class Capacity:
    """The repayment capacity per month (zero or negative when there is no room) and how it
    was reached; the last derivation line is the total."""

    monthly: Decimal
    derivation: tuple[DerivationLine, ...]

    @property
    def has_room(self) -> bool:
        """True when there is something to repay with."""
        return self.monthly > 0

    def explain_nl(self) -> str:
        """The derivation as Dutch text, one line per step, e.g. ``  + € 1.450,00  Uitkering``,
        ``  − € 612,40  Lopende huur``, ..., ``  = € 137,60  Aflossingscapaciteit per maand``."""
        rows = []
        for line in self.derivation:
            if line.kind == "total":
                symbol, shown = "=", format_eur(line.signed_amount)
            else:
                symbol, shown = ("+" if line.sign > 0 else "\u2212"), format_eur(line.amount)
            rows.append(f"  {symbol} {shown}  {line.label_nl}")
        return "\n".join(rows)


def capacity(budget: Budget, norm: LivingCostNorm = DEFAULT_NORM) -> Capacity:
    """Repayment capacity per month: incomes − fixed costs − rent − norm (H 6.3)."""
    lines: list[DerivationLine] = []
    lines.extend(DerivationLine(i.label, i.monthly, 1, "income") for i in budget.incomes)
    lines.extend(DerivationLine(c.label, c.monthly, -1, "fixed_cost") for c in budget.fixed_costs)
    lines.append(DerivationLine(RENT_LABEL_NL, budget.rent, -1, "rent"))
    household = HOUSEHOLD_LABELS_NL[budget.household_type]
    lines.append(
        DerivationLine(
            f"Leefgeld volgens norm ({household}, {_children_nl(budget.children)})",
            norm.amount_for(budget.household_type, budget.children),
            -1,
            "norm",
        )
    )
    total = sum((line.signed_amount for line in lines), Decimal("0.00"))
    total = to_money(total)
    lines.append(DerivationLine(CAPACITY_LABEL_NL, abs(total), 1 if total >= 0 else -1, "total"))
    return Capacity(monthly=total, derivation=tuple(lines))


@dataclass(frozen=True)
class NoProposal:
    """The answer when no plan can be proposed, with the reason in Dutch and English.

    ``reason`` is ``"no_capacity"`` (nothing left to repay with) or ``"does_not_fit"`` (the
    amount needed per month, ``needed_monthly``, is more than the capacity).
    """

    reason: NoProposalReason
    capacity: Decimal
    needed_monthly: Decimal | None
    explanation_nl: str
    explanation_en: str

    @classmethod
    def no_capacity(cls, capacity: Decimal) -> NoProposal:
        shown = format_eur(capacity)
        return cls(
            reason="no_capacity",
            capacity=capacity,
            needed_monthly=None,
            explanation_nl=(
                f"Er is geen ruimte om af te lossen: de aflossingscapaciteit is {shown} per maand."
            ),
            explanation_en=f"There is no room to repay: the repayment capacity is {shown} a month.",
        )
