"""Amicable settlement offer (minnelijk traject), per covenant H 7.3.

In an amicable settlement the household pays its repayment capacity (H 6.3) for at most
36 months (:data:`MAX_SETTLEMENT_MONTHS`, H 7.3); the creditors share what is paid in
proportion to their claims and grant final discharge (finale kwijting) for the rest.

Offer
    ``offered_total = min(capacity × months, total debt)``. The percentage offered is
    ``offered_total / total debt × 100`` rounded *down* to two decimals, so the letter never
    promises more than is paid; the exact ratio is kept as a :class:`~fractions.Fraction`. When
    the capacity covers the whole debt within the term, the percentage is 100.00 and
    ``full_payment`` is set: that is a repayment, not a settlement, and the summary says so.

Shares (largest-remainder rounding)
    Creditor *i*'s exact share is ``offered_total × debt_i / total debt``. Every exact share is
    rounded down to cents; the cents still missing are handed out one each to the shares with
    the largest remainders (ties: larger debt first, then input order). So the shares add up to
    ``offered_total`` exactly, none is negative, none exceeds its debt, and each is within one
    cent of its exact value. A creditor may appear more than once (several claims); each claim
    gets its own share and :meth:`SettlementOffer.share_of` adds them up. ``preferential``
    is recorded for the letter; the division itself is strictly proportional.

Monthly payments
    ``monthly_total`` is ``offered_total / months`` rounded down to cents; the last month
    carries the rest. Only if that would put the last payment above the capacity (possible only
    when the whole debt is paid) are the remaining cents spread one each over the last months
    instead, so no payment is ever more than the capacity. ``monthly_payments`` always adds up
    to ``offered_total`` exactly.

No capacity (zero or negative) gives a :class:`NoProposal` (``no_capacity``); invalid input
raises :class:`BudgetProblem`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

from app.services.money.amounts import cents, format_eur, from_cents
from app.services.money.budget import BudgetProblem, NoProposal, money_field

__all__ = [
    "DEBT_KINDS",
    "DEBT_KIND_LABELS_NL",
    "MAX_SETTLEMENT_MONTHS",
    "Debt",
    "SettlementOffer",
    "Share",
    "plan_settlement",
]

MAX_SETTLEMENT_MONTHS = 36

DEBT_KINDS: tuple[str, ...] = ("huurachterstand", "energie", "water", "zorgverzekering", "overig")
DEBT_KIND_LABELS_NL: Mapping[str, str] = MappingProxyType(
    {
        "huurachterstand": "Huurachterstand",
        "energie": "Energie",
        "water": "Water",
        "zorgverzekering": "Zorgverzekering",
        "overig": "Overig",
    }
)


@dataclass(frozen=True)
class Debt:
    """One claim: who is owed, how much (more than zero), what kind, and whether the creditor
    is preferential."""

    creditor: str
    amount: Decimal
    kind: str
    preferential: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.creditor, str) or not self.creditor.strip():
            raise BudgetProblem("a debt needs a creditor")
        object.__setattr__(self, "creditor", self.creditor.strip())
        amount = money_field(self.amount, f"debt to {self.creditor!r}")
        if amount == 0:
            raise BudgetProblem(
                f"debt to {self.creditor!r} is € 0,00; creditors with nothing owed do not "
                "belong in an offer"
            )
        object.__setattr__(self, "amount", amount)
        if self.kind not in DEBT_KINDS:
            raise BudgetProblem(
                f"unknown debt kind {self.kind!r} (expected one of {', '.join(DEBT_KINDS)})"
            )


@dataclass(frozen=True)
class Share:
    """What one claim receives from the offer."""

    creditor: str
    debt_amount: Decimal
    share: Decimal
    kind: str
    preferential: bool


@dataclass(frozen=True)
class SettlementOffer:
    """An offer of ``offered_total`` over ``months`` against final discharge."""

    debts: tuple[Debt, ...]
    capacity: Decimal
    months: int
    total_debt: Decimal
    offered_total: Decimal
    percentage: Decimal
    ratio: Fraction
    shares: tuple[Share, ...]
    monthly_total: Decimal
    monthly_payments: tuple[Decimal, ...]
    full_payment: bool

    def share_of(self, creditor: str) -> Decimal:
        """The creditor's share (all its claims together); KeyError for an unknown creditor."""
        found = [s.share for s in self.shares if s.creditor == creditor.strip()]
        if not found:
            raise KeyError(creditor)
        return sum(found, Decimal("0.00"))

    def summary_nl(self) -> str:
        """One Dutch sentence, e.g. ``Aanbod van 37,52% tegen finale kwijting: € 4.500,00 in
        36 maanden op een totale schuld van € 11.993,00.``"""
        months = "1 maand" if self.months == 1 else f"{self.months} maanden"
        if self.full_payment:
            return (
                f"Volledige aflossing (100%): {format_eur(self.offered_total)} in {months}, "
                "de hele schuld; dit is een betalingsregeling, geen aanbod tegen finale kwijting."
            )
        percentage = f"{self.percentage:.2f}".replace(".", ",")
        return (
            f"Aanbod van {percentage}% tegen finale kwijting: {format_eur(self.offered_total)} "
            f"in {months} op een totale schuld van {format_eur(self.total_debt)}."
        )


def largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` (cents) in proportion to positive ``weights`` (cents) with
    ``0 <= total <= sum(weights)``: floors first, then one cent each to the largest remainders
    (ties: larger weight, then earlier position)."""
    whole = sum(weights)
    exact = [Fraction(total * w, whole) for w in weights]
    parts = [int(x) for x in exact]  # floor: every value is non-negative
    missing = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), -weights[i], i))
    for i in order[:missing]:
        parts[i] += 1
    return parts


def _monthly_payments(offered: int, months: int, room: int) -> tuple[int, list[int]]:
    base, rest = divmod(offered, months)
    payments = [base] * months
    if base + rest <= room:
        payments[-1] += rest
    else:
        for i in range(months - rest, months):
            payments[i] += 1
    return base, payments


def plan_settlement(
    debts: Sequence[Debt], capacity: Decimal, months: int = MAX_SETTLEMENT_MONTHS
) -> SettlementOffer | NoProposal:
    """Offer the capacity for ``months`` (1 to 36, H 7.3) against final discharge, divided
    over the claims by largest-remainder rounding. See the module docstring."""
    if isinstance(months, bool) or not isinstance(months, int):
        raise BudgetProblem(f"months must be a whole number, not {months!r}")
    if months > MAX_SETTLEMENT_MONTHS:
        raise BudgetProblem(
            f"an amicable settlement runs at most {MAX_SETTLEMENT_MONTHS} months (H 7.3), "
            f"not {months}"
        )
    if months < 1:
        raise BudgetProblem(f"an amicable settlement runs at least 1 month, not {months}")
    debts = tuple(debts)
    if not debts:
        raise BudgetProblem("no debts to settle")
    for debt in debts:
        if not isinstance(debt, Debt):
            raise BudgetProblem(f"debts must be Debt items, not {debt!r}")
    owed = [cents(d.amount) for d in debts]
    total = sum(owed)
    if total <= 0:  # pragma: no cover - Debt refuses amounts of zero or less
        raise BudgetProblem("no debt to settle")
    capacity = money_field(capacity, "capacity", allow_negative=True)
    if capacity <= 0:
        return NoProposal.no_capacity(capacity)

    room = cents(capacity)
    full_payment = room * months >= total
    offered = min(room * months, total)
    ratio = Fraction(offered, total)
    percentage = Decimal(offered * 10000 // total).scaleb(-2)
    parts = largest_remainder(offered, owed)
    base, payments = _monthly_payments(offered, months, room)
    return SettlementOffer(
        debts=debts,
        capacity=capacity,
        months=months,
        total_debt=from_cents(total),
        offered_total=from_cents(offered),
        percentage=percentage.quantize(Decimal("0.01")),
        ratio=ratio,
        shares=tuple(
            Share(d.creditor, d.amount, from_cents(part), d.kind, d.preferential)
            for d, part in zip(debts, parts, strict=True)
        ),
        monthly_total=from_cents(base),
        monthly_payments=tuple(from_cents(p) for p in payments),
        full_payment=full_payment,
    )
