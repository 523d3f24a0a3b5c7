"""Arrears arrangement proposals (H 6.2)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import (
    ArrangementPlan,
    BudgetProblem,
    NoProposal,
    add_months,
    from_cents,
    long_date_nl,
    plan_arrangement,
)

SETTINGS = settings(max_examples=300, deadline=None)
D = Decimal
RESUME = date(2026, 12, 1)
FIRST = date(2027, 1, 31)


def plan(
    arrears: str, capacity: str, max_months: int, monthly: str | None = None, first: date = FIRST
) -> ArrangementPlan | NoProposal:
    return plan_arrangement(
        D(arrears),
        D(capacity),
        resume_rent_from=RESUME,
        first_instalment=first,
        max_months=max_months,
        monthly=None if monthly is None else D(monthly),
    )


def a_plan(*args: str | int, **kwargs: object) -> ArrangementPlan:
    result = plan(*args, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, ArrangementPlan), result
    return result


def test_brief_example() -> None:
    # 1.000 / 12 = 83,33… → 84 whole euros; 11 × 84 = 924, last 1.000 − 924 = 76
    result = a_plan("1000.00", "137.60", 12)
    assert result.arrears == D("1000.00")
    assert result.monthly == D("84.00")
    assert result.months == 12
    assert result.capacity == D("137.60")
    assert [i.amount for i in result.schedule] == [D("84.00")] * 11 + [D("76.00")]
    assert [i.number for i in result.schedule] == list(range(1, 13))
    assert result.schedule[0].remaining_after == D("916.00")
    assert result.schedule[-2].remaining_after == D("76.00")
    assert result.schedule[-1].remaining_after == D("0.00")
    assert result.last_amount == D("76.00")
    assert result.last_due == date(2027, 12, 31)
    assert result.summary_nl() == (
        "Lopende huur weer betalen vanaf 1 december 2026; achterstand € 1.000,00 in "
        "12 termijnen van € 84,00 (laatste termijn € 76,00)."
    )


@pytest.mark.parametrize(
    ("arrears", "max_months", "monthly", "months", "last"),
    [
        ("1000.00", 12, "84.00", 12, "76.00"),
        ("1200.00", 12, "100.00", 12, "100.00"),  # 1.200 / 12 = 100 exactly
        ("1000.00", 7, "143.00", 7, "142.00"),  # 142,86 → 143; 6 × 143 = 858; 1.000 − 858
        ("50.50", 12, "5.00", 11, "0.50"),  # 4,21 → 5; 10 × 5 = 50; last 0,50
        ("10.00", 12, "1.00", 10, "1.00"),  # 0,84 → 1: done in 10 months, before the maximum
        ("0.50", 1, "0.50", 1, "0.50"),  # 1 euro would be more than the arrears
        ("99.99", 1, "99.99", 1, "99.99"),
        ("1000.00", 120, "9.00", 112, "1.00"),  # 8,34 → 9; 111 × 9 = 999; last 1
    ],
)
def test_chosen_instalment(
    arrears: str, max_months: int, monthly: str, months: int, last: str
) -> None:
    result = a_plan(arrears, "500.00", max_months)
    assert (result.monthly, result.months, result.last_amount) == (D(monthly), months, D(last))
    assert sum(i.amount for i in result.schedule) == D(arrears)


def test_whole_euros_fall_back_to_cents_when_only_those_fit() -> None:
    # exact 83,34 fits a capacity of 83,50 although 84 does not; 11 × 83,34 = 916,74
    result = a_plan("1000.00", "83.50", 12)
    assert result.monthly == D("83.34")
    assert result.months == 12
    assert result.last_amount == D("83.26")
    assert result.summary_nl().endswith("12 termijnen van € 83,34 (laatste termijn € 83,26).")


def test_capacity_equal_to_whole_euros_fits() -> None:
    assert a_plan("1000.00", "84.00", 12).monthly == D("84.00")


@pytest.mark.parametrize("capacity", ["50.00", "83.33"])
def test_does_not_fit(capacity: str) -> None:
    result = plan("1000.00", capacity, 12)
    assert isinstance(result, NoProposal)
    assert result.reason == "does_not_fit"
    assert result.needed_monthly == D("84.00")
    assert result.capacity == D(capacity)
    shown = capacity.replace(".", ",")
    assert result.explanation_nl == (
        "Om de achterstand van € 1.000,00 in 12 maanden af te lossen is € 84,00 per maand "
        f"nodig; de capaciteit is € {shown}."
    )
    assert result.explanation_en == (
        "Paying off arrears of € 1.000,00 within 12 months needs € 84,00 a month; "
        f"the capacity is € {shown}."
    )


def test_does_not_fit_in_one_month_is_singular() -> None:
    result = plan("250.00", "100.00", 1)
    assert isinstance(result, NoProposal)
    assert result.needed_monthly == D("250.00")
    assert "in 1 maand af te lossen is € 250,00 per maand nodig" in result.explanation_nl


@pytest.mark.parametrize("capacity", ["0.00", "-25.00"])
def test_no_capacity(capacity: str) -> None:
    for monthly in (None, "10.00"):
        result = plan("1000.00", capacity, 12, monthly)
        assert isinstance(result, NoProposal)
        assert result.reason == "no_capacity"
        assert result.needed_monthly is None
        assert result.capacity == D(capacity)
        assert result.explanation_nl.startswith("Er is geen ruimte om af te lossen: ")


def test_named_monthly_amount() -> None:
    # 1.000 / 100 = 10 instalments, all equal
    result = a_plan("1000.00", "137.60", 12, "100.00")
    assert (result.monthly, result.months, result.last_amount) == (D("100.00"), 10, D("100.00"))
    assert result.summary_nl().endswith("in 10 termijnen van € 100,00.")


def test_named_monthly_amount_with_cents() -> None:
    # 1.000 / 137,60 = 7,27 → 8 instalments: 7 × 137,60 = 963,20; last 1.000 − 963,20 = 36,80
    result = a_plan("1000.00", "137.60", 12, "137.60")
    assert result.months == 8
    assert result.last_amount == D("36.80")


def test_named_monthly_amount_above_the_arrears_is_one_instalment() -> None:
    result = a_plan("150.00", "200.00", 12, "200.00")
    assert result.monthly == D("150.00")
    assert result.months == 1
    assert result.summary_nl() == (
        "Lopende huur weer betalen vanaf 1 december 2026; achterstand € 150,00 in 1 termijn "
        "van € 150,00."
    )


@pytest.mark.parametrize(
    ("monthly", "message"),
    [
        ("0.00", "must be more than 0"),
        ("-5.00", "must be more than 0"),
        ("137.61", "monthly amount € 137,61 is more than the capacity € 137,60"),
        ("50.00", "at € 50,00 a month the arrears take 20 months; at most 12 are allowed"),
        ("10.001", "more than 2 decimals"),
    ],
)
def test_named_monthly_amount_refused(monthly: str, message: str) -> None:
    with pytest.raises(BudgetProblem, match=message):
        plan("1000.00", "137.60", 12, monthly)


@pytest.mark.parametrize(
    ("arrears", "max_months", "message"),
    [
        ("0.00", 12, r"no arrears to arrange \(€ 0,00\)"),
        ("-10.00", 12, "no arrears to arrange"),
        ("1000.00", 0, "max_months must be 1 to 120, not 0"),
        ("1000.00", 121, "max_months must be 1 to 120, not 121"),
        ("1000.005", 12, "more than 2 decimals"),
    ],
)
def test_arrangement_input_refused(arrears: str, max_months: int, message: str) -> None:
    with pytest.raises(BudgetProblem, match=message):
        plan(arrears, "100.00", max_months)


def test_max_months_120_is_allowed() -> None:
    assert a_plan("1200.00", "100.00", 120).monthly == D("10.00")


def test_due_dates_clamp_to_month_end_and_come_back() -> None:
    result = a_plan("400.00", "100.00", 4)
    assert [i.due for i in result.schedule] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),  # from the first date, not chained from 28 February
        date(2027, 4, 30),
    ]


def test_due_dates_in_a_leap_year() -> None:
    result = a_plan("300.00", "100.00", 3, first=date(2028, 1, 31))
    assert [i.due for i in result.schedule] == [
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
    ]


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 12, 15), 25, date(2029, 1, 15)),
        (date(2027, 5, 31), 0, date(2027, 5, 31)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 12, 1), "1 december 2026"),
        (date(2027, 3, 15), "15 maart 2027"),
        (date(2027, 5, 31), "31 mei 2027"),
    ],
)
def test_long_date_nl(day: date, text: str) -> None:
    assert long_date_nl(day) == text


@SETTINGS
@given(
    owed=st.integers(min_value=1, max_value=10**7),
    room=st.integers(min_value=-(10**5), max_value=10**6),
    max_months=st.integers(min_value=1, max_value=120),
    first=st.dates(min_value=date(2025, 1, 1), max_value=date(2035, 12, 31)),
)
def test_schedule_properties(owed: int, room: int, max_months: int, first: date) -> None:
    arrears, capacity = from_cents(owed), from_cents(room)
    result = plan_arrangement(
        arrears, capacity, resume_rent_from=first, first_instalment=first, max_months=max_months
    )
    if room <= 0:
        assert isinstance(result, NoProposal)
        assert result.reason == "no_capacity"
        return
    if room * max_months < owed:  # even the exact amount in cents does not fit
        assert isinstance(result, NoProposal)
        assert result.reason == "does_not_fit"
        assert result.needed_monthly is not None
        assert result.needed_monthly > capacity
        return
    assert isinstance(result, ArrangementPlan)
    amounts = [i.amount for i in result.schedule]
    assert sum(amounts) == arrears
    assert result.schedule[-1].remaining_after == D("0.00")
    assert result.months == len(result.schedule) <= max_months
    assert 0 < result.monthly <= min(capacity, arrears)
    assert all(a == result.monthly for a in amounts[:-1])
    assert 0 < amounts[-1] <= result.monthly
    running = arrears
    for instalment in result.schedule:
        running -= instalment.amount
        assert instalment.remaining_after == running
    dues = [i.due for i in result.schedule]
    assert dues == [add_months(first, k) for k in range(result.months)]
    assert all(a < b for a, b in zip(dues, dues[1:], strict=False))
    assert all(d.day == min(first.day, monthrange(d.year, d.month)[1]) for d in dues)
    whole_euros = result.monthly % 1 == 0 or result.monthly == arrears
    assert whole_euros or result.monthly == from_cents(-(-owed // max_months))
