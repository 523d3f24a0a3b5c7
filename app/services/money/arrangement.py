"""Arrears arrangement proposal (betalingsregeling huurachterstand), per covenant H 6.2.

Under H 6.2 the tenant first pays the current rent again (from ``resume_rent_from``) and pays
off the arrears in monthly instalments on top, within the repayment capacity (H 6.3, see
:mod:`app.services.money.budget`) and within a maximum term (``max_months``, 1 to 120).

Choosing the instalment
    Unless the caller names a monthly amount, the proposal takes the lowest monthly amount that
    clears the arrears within ``max_months``, rounded *up* to whole euros (€ 1.000,00 over 12
    months → € 83,34 → € 84,00), but never more than the arrears themselves. If that whole-euro
    amount is more than the capacity while the exact amount in cents still fits (capacity
    € 83,50 in the example), the amount in cents is proposed instead: rounding must not turn a
    feasible arrangement into a refusal. If even that does not fit, the answer is a
    :class:`NoProposal` (``does_not_fit``) naming the whole-euro amount needed.

    A named monthly amount must be more than zero, at most the capacity, and clear the arrears
    within ``max_months``; otherwise :class:`BudgetProblem` says why. An amount above the arrears
    is reduced to the arrears (one instalment).

Schedule
    Every instalment is the monthly amount except the last, which is the remainder (never more
    than the monthly amount). The instalments add up to the arrears exactly and nothing remains
    after the last. Due dates fall monthly on the day of ``first_instalment``, clamped to the
    end of shorter months and computed from the first date each time (not chained), so
    31 January is followed by 28 (or 29) February and then 31 March again.

With no capacity (zero or negative) there is no proposal: :class:`NoProposal` (``no_capacity``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.services.money.amounts import cents, format_eur, from_cents
from app.services.money.budget import BudgetProblem, NoProposal, money_field

__all__ = [
    "MAX_ARRANGEMENT_MONTHS",
    "ArrangementPlan",
    "Instalment",
    "add_months",
    "long_date_nl",
    "plan_arrangement",
]

MAX_ARRANGEMENT_MONTHS = 120

_MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def long_date_nl(day: date) -> str:
    """``1 december 2026`` — the Dutch long date, without locale data."""
    return f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}"


def add_months(start: date, months: int) -> date:
    """``start`` moved ``months`` calendar months on, on the same day of the month where that
    month has it and on its last day otherwise (31 Jan + 1 → 28/29 Feb; 31 Jan + 2 → 31 Mar)."""
    year, month_index = divmod(start.month - 1 + months, 12)
    year += start.year
    month = month_index + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _months_nl(n: int) -> str:
    return "1 maand" if n == 1 else f"{n} maanden"


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


@dataclass(frozen=True)
class Instalment:
    """One instalment: its number (from 1), due date, amount, and the arrears left after it."""

    number: int
    due: date
    amount: Decimal
    remaining_after: Decimal


@dataclass(frozen=True)
class ArrangementPlan:
    """A proposed arrangement: ``months`` instalments of ``monthly`` (the last one the
    remainder), after resuming the current rent from ``resume_rent_from``."""

    arrears: Decimal
    monthly: Decimal
    months: int
    resume_rent_from: date
    schedule: tuple[Instalment, ...]
    capacity: Decimal

    @property
    def last_amount(self) -> Decimal:
        return self.schedule[-1].amount

    @property
    def last_due(self) -> date:
        return self.schedule[-1].due

    def summary_nl(self) -> str:
        """One Dutch sentence, e.g. ``Lopende huur weer betalen vanaf 1 december 2026;
        achterstand € 1.000,00 in 12 termijnen van € 84,00 (laatste termijn € 76,00).``"""
        term = "termijn" if self.months == 1 else "termijnen"
        text = (
            f"Lopende huur weer betalen vanaf {long_date_nl(self.resume_rent_from)}; "
            f"achterstand {format_eur(self.arrears)} in {self.months} {term} "
            f"van {format_eur(self.monthly)}"
        )
        if self.last_amount != self.monthly:
            text += f" (laatste termijn {format_eur(self.last_amount)})"
        return text + "."


def plan_arrangement(
    arrears: Decimal,
    capacity: Decimal,
    *,
    resume_rent_from: date,
    first_instalment: date,
    max_months: int,
    monthly: Decimal | None = None,
) -> ArrangementPlan | NoProposal:
    """Propose paying off ``arrears`` within ``max_months`` and the monthly ``capacity``
    (H 6.2). See the module docstring for how the instalment is chosen."""
    if isinstance(max_months, bool) or not isinstance(max_months, int):
        raise BudgetProblem(f"max_months must be a whole number, not {max_months!r}")
    if not 1 <= max_months <= MAX_ARRANGEMENT_MONTHS:
        raise BudgetProblem(f"max_months must be 1 to {MAX_ARRANGEMENT_MONTHS}, not {max_months}")
    arrears = money_field(arrears, "arrears", allow_negative=True)
    if arrears <= 0:
        raise BudgetProblem(f"no arrears to arrange ({format_eur(arrears)})")
    capacity = money_field(capacity, "capacity", allow_negative=True)
    if monthly is not None:
        monthly = money_field(monthly, "monthly amount", allow_negative=True)
        if monthly <= 0:
            raise BudgetProblem(f"monthly amount must be more than 0, not {format_eur(monthly)}")
    if capacity <= 0:
        return NoProposal.no_capacity(capacity)

    owed, room = cents(arrears), cents(capacity)
    if monthly is None:
        exact = _ceil_div(owed, max_months)  # lowest amount in cents that clears in time
        chosen = min(_ceil_div(exact, 100) * 100, owed)  # rounded up to whole euros
        if chosen > room:
            if exact > room:
                return _does_not_fit(arrears, capacity, from_cents(chosen), max_months)
            chosen = exact
    else:
        if monthly > capacity:
            raise BudgetProblem(
                f"monthly amount {format_eur(monthly)} is more than the capacity "
                f"{format_eur(capacity)}"
            )
        chosen = min(cents(monthly), owed)
        needed_months = _ceil_div(owed, chosen)
        if needed_months > max_months:
            raise BudgetProblem(
                f"at {format_eur(monthly)} a month the arrears take {needed_months} months; "
                f"at most {max_months} are allowed"
            )

    schedule: list[Instalment] = []
    remaining = owed
    for k in range(_ceil_div(owed, chosen)):
        amount = min(chosen, remaining)
        remaining -= amount
        schedule.append(
            Instalment(
                number=k + 1,
                due=add_months(first_instalment, k),
                amount=from_cents(amount),
                remaining_after=from_cents(remaining),
            )
        )
    return ArrangementPlan(
        arrears=arrears,
        monthly=from_cents(chosen),
        months=len(schedule),
        resume_rent_from=resume_rent_from,
        schedule=tuple(schedule),
        capacity=capacity,
    )


def _does_not_fit(
    arrears: Decimal, capacity: Decimal, needed: Decimal, max_months: int
) -> NoProposal:
    return NoProposal(
        reason="does_not_fit",
        capacity=capacity,
        needed_monthly=needed,
        explanation_nl=(
            f"Om de achterstand van {format_eur(arrears)} in {_months_nl(max_months)} af te "
            f"lossen is {format_eur(needed)} per maand nodig; de capaciteit is "
            f"{format_eur(capacity)}."
        ),
        explanation_en=(
            f"Paying off arrears of {format_eur(arrears)} within {max_months} month"
            f"{'' if max_months == 1 else 's'} needs {format_eur(needed)} a month; the capacity "
            f"is {format_eur(capacity)}."
        ),
    )
