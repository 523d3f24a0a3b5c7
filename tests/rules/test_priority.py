"""Priority reasons as periods: exact ages at 18 and 65, merging, reasons without dates."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.priority import (
    HouseholdFacts,
    ReasonPeriod,
    age_on,
    birthday,
    reason_periods,
    reasons_on,
    restrict_to_groups,
)

D = date.fromisoformat
SIGNAL = D("2026-04-24")


def household(
    tenant: str | None = None,
    occupants: tuple[str, ...] = (),
    children: int | None = None,
    statushouder: bool = False,
    known: bool = False,
) -> HouseholdFacts:
    return HouseholdFacts(
        signal_date=SIGNAL,
        tenant_birth_date=D(tenant) if tenant else None,
        occupant_birth_dates=tuple(D(o) for o in occupants),
        children_under_18=children,
        statushouder=statushouder,
        known=known,
    )


def only(periods: list[ReasonPeriod], reason: str) -> list[ReasonPeriod]:
    return [p for p in periods if p.reason == reason]


def test_no_reasons() -> None:
    assert reason_periods(household()) == []
    # a 46-year-old tenant has no reason now, but will be 65+ from 2045 on
    periods = reason_periods(household(tenant="1980-01-01"))
    assert periods == [ReasonPeriod("65plus", D("2045-01-01"), date.max)]
    assert reasons_on(periods, SIGNAL) == []


def test_child_period_ends_on_18th_birthday() -> None:
    periods = reason_periods(household(tenant="1980-01-01", occupants=("2010-06-15",)))
    assert only(periods, "children") == [
        ReasonPeriod("children", D("2010-06-15"), D("2028-06-15"))
    ]
    assert reasons_on(periods, D("2028-06-14")) == ["children"]
    assert reasons_on(periods, D("2028-06-15")) == []  # turning 18 today: no longer a child


def test_overlapping_children_merge() -> None:
    periods = reason_periods(household(occupants=("2010-06-15", "2012-01-01", "2040-01-01")))
    assert only(periods, "children") == [
        ReasonPeriod("children", D("2010-06-15"), D("2030-01-01")),
        ReasonPeriod("children", D("2040-01-01"), D("2058-01-01")),
    ]


def test_touching_children_merge() -> None:
    periods = reason_periods(household(occupants=("2000-01-01", "2018-01-01")))
    assert only(periods, "children") == [ReasonPeriod("children", D("2000-01-01"), D("2036-01-01"))]


def test_children_without_dates_hold_forever() -> None:
    periods = reason_periods(household(children=2))
    assert periods == [ReasonPeriod("children", date.min, date.max)]


def test_children_count_beyond_dated_children() -> None:
    # one dated child, but the intake counted two: the undated one keeps the reason open
    periods = reason_periods(household(occupants=("2015-01-01",), children=2))
    assert only(periods, "children") == [ReasonPeriod("children", date.min, date.max)]


def test_children_count_matching_dates_uses_dates() -> None:
    # the adult occupant was a child once, long ago; that period is harmless history
    periods = reason_periods(household(occupants=("2015-01-01", "1980-02-02"), children=1))
    assert only(periods, "children") == [
        ReasonPeriod("children", D("1980-02-02"), D("1998-02-02")),
        ReasonPeriod("children", D("2015-01-01"), D("2033-01-01")),
    ]


def test_zero_children_count() -> None:
    assert reason_periods(household(children=0)) == []


def test_65plus_from_earliest_65th_birthday() -> None:
    periods = reason_periods(household(tenant="1961-05-05", occupants=("1962-01-01",)))
    assert only(periods, "65plus") == [ReasonPeriod("65plus", D("2026-05-05"), date.max)]
    assert reasons_on(periods, D("2026-05-04")) == []
    assert reasons_on(periods, D("2026-05-05")) == ["65plus"]  # turning 65 today counts


def test_65plus_via_occupant() -> None:
    periods = reason_periods(household(tenant="1990-01-01", occupants=("1950-03-03",)))
    assert ReasonPeriod("65plus", D("2015-03-03"), date.max) in periods


@pytest.mark.parametrize(
    ("birth", "age", "expected"),
    [
        ("2008-02-29", 18, "2026-03-01"),  # 2026 is not a leap year
        ("2012-02-29", 18, "2030-03-01"),
        ("2012-02-29", 20, "2032-02-29"),  # 2032 is a leap year
        ("1961-02-28", 65, "2026-02-28"),
        ("1960-02-29", 65, "2025-03-01"),
    ],
)
def test_birthday(birth: str, age: int, expected: str) -> None:
    assert birthday(D(birth), age) == D(expected)


def test_leap_day_child() -> None:
    periods = reason_periods(household(occupants=("2008-02-29",)))
    assert reasons_on(periods, D("2026-02-28")) == ["children"]
    assert reasons_on(periods, D("2026-03-01")) == []


def test_statushouder_and_known_always() -> None:
    periods = reason_periods(household(statushouder=True, known=True))
    assert periods == [
        ReasonPeriod("statushouder", date.min, date.max),
        ReasonPeriod("known", date.min, date.max),
    ]


def test_reasons_canonical_order() -> None:
    periods = [
        ReasonPeriod("known", date.min, date.max),
        ReasonPeriod("65plus", D("2020-01-01"), date.max),
        ReasonPeriod("statushouder", date.min, date.max),
        ReasonPeriod("children", D("2010-01-01"), D("2028-01-01")),
        ReasonPeriod("children", D("2012-01-01"), D("2030-01-01")),
    ]
    assert reasons_on(periods, D("2026-01-01")) == ["children", "65plus", "statushouder", "known"]
    assert reasons_on(periods, D("2019-01-01")) == ["children", "statushouder", "known"]


def test_restrict_to_groups() -> None:
    periods = reason_periods(household(statushouder=True, known=True))
    assert [p.reason for p in restrict_to_groups(periods, ["known"])] == ["known"]
    assert restrict_to_groups(periods, []) == []


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        ("2008-04-24", "2026-04-23", 17),
        ("2008-04-24", "2026-04-24", 18),
        ("2008-02-29", "2026-02-28", 17),
        ("2008-02-29", "2026-03-01", 18),
        ("2008-02-29", "2028-02-29", 20),
    ],
)
def test_age_on(birth: str, day: str, age: int) -> None:
    assert age_on(D(birth), D(day)) == age


# -- properties ----------------------------------------------------------------------------

births = st.dates(min_value=date(1920, 1, 1), max_value=date(2030, 12, 31))


@given(birth=births, offset=st.integers(min_value=-800, max_value=800))
def test_children_reason_matches_exact_age(birth: date, offset: int) -> None:
    day = birthday(birth, 18) + timedelta(days=offset)
    periods = reason_periods(
        HouseholdFacts(SIGNAL, None, (birth,), None, statushouder=False, known=False)
    )
    is_child = birth <= day and age_on(birth, day) < 18
    assert ("children" in reasons_on(periods, day)) == is_child
    assert "children" not in reasons_on(periods, birthday(birth, 18))
    assert "children" in reasons_on(periods, birthday(birth, 18) - timedelta(days=1))


@given(birth=births, offset=st.integers(min_value=-800, max_value=800))
def test_65plus_reason_matches_exact_age(birth: date, offset: int) -> None:
    day = birthday(birth, 65) + timedelta(days=offset)
    periods = reason_periods(
        HouseholdFacts(SIGNAL, birth, (), None, statushouder=False, known=False)
    )
    assert ("65plus" in reasons_on(periods, day)) == (age_on(birth, day) >= 65)
    assert "65plus" in reasons_on(periods, birthday(birth, 65))
    assert "65plus" not in reasons_on(periods, birthday(birth, 65) - timedelta(days=1))


@given(occupants=st.lists(births, max_size=5), day=births)
def test_children_periods_disjoint_and_sorted(occupants: list[date], day: date) -> None:
    periods = reason_periods(
        HouseholdFacts(SIGNAL, None, tuple(occupants), None, statushouder=False, known=False)
    )
    spans = [(p.start, p.end) for p in periods if p.reason == "children"]
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    any_child = any(b <= day < birthday(b, 18) for b in occupants)
    assert ("children" in reasons_on(periods, day)) == any_child
