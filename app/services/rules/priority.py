"""Priority reasons (H 3.6, B2 step 4) as date periods, so a case's priority can change over time.

A household stops counting as "with children" the day the youngest turns 18 and starts counting
as 65+ the day someone turns 65. The inbox must rank correctly on any day without rewriting
every case daily, so reasons are stored as half-open periods [start, end) and the store
materialises them into rank segments (see ``ranking``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .vocabulary import PRIORITY_GROUPS

REASON_CHILDREN = "children"
REASON_65PLUS = "65plus"
REASON_STATUSHOUDER = "statushouder"
REASON_KNOWN = "known"

CHILD_AGE_LIMIT = 18
SENIOR_AGE = 65


@dataclass(frozen=True)
class HouseholdFacts:
    """What the SWT may know for prioritising (BRP household composition and ages, H 3.8)."""

    signal_date: date
    tenant_birth_date: date | None
    occupant_birth_dates: tuple[date, ...]
    children_under_18: int | None
    statushouder: bool
    known: bool


@dataclass(frozen=True)
class ReasonPeriod:
    """A priority reason that holds on [start, end); ``date.min``/``date.max`` for open ends."""

    reason: str
    start: date
    end: date

    def holds_on(self, day: date) -> bool:
        return self.start <= day < self.end


def birthday(birth: date, age: int) -> date:
    """The day someone born on ``birth`` reaches ``age``; 29 February falls on 1 March then.

    Clamped to ``date.max`` so absurd inputs cannot overflow.
    """
    year = birth.year + age
    if year > date.max.year:
        return date.max
    if birth.month == 2 and birth.day == 29 and not _is_leap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def age_on(birth: date, day: date) -> int:
    """Whole years on ``day``, exact to the day (a birthday counts from its morning)."""
    years = day.year - birth.year
    if years >= 0 and day < birthday(birth, years):
        years -= 1
    return years


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _merge(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Union of half-open spans; touching spans become one."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def reason_periods(h: HouseholdFacts) -> list[ReasonPeriod]:
    """When each priority reason holds for this household, in canonical reason order.

    ``children``: each occupant counts from birth until the 18th birthday. When the intake says
    there are more children under 18 (on the signal date) than the dated occupants account for,
    some children have no birth date; we cannot know when they turn 18, so the reason then holds
    without end ([date.min, date.max)) until someone records their dates.
    ``65plus``: from the earliest 65th birthday of the tenant and occupants, without end.
    ``statushouder`` and ``known``: facts without a date; they hold throughout when true.
    """
    periods: list[ReasonPeriod] = []

    child_spans = [(b, birthday(b, CHILD_AGE_LIMIT)) for b in h.occupant_birth_dates]
    dated_children = sum(1 for start, end in child_spans if start <= h.signal_date < end)
    if h.children_under_18 is not None and h.children_under_18 > dated_children:
        child_spans = [(date.min, date.max)]
    periods.extend(ReasonPeriod(REASON_CHILDREN, s, e) for s, e in _merge(child_spans))

    births = [b for b in (h.tenant_birth_date, *h.occupant_birth_dates) if b is not None]
    if births:
        senior_from = min(birthday(b, SENIOR_AGE) for b in births)
        if senior_from < date.max:
            periods.append(ReasonPeriod(REASON_65PLUS, senior_from, date.max))

    if h.statushouder:
        periods.append(ReasonPeriod(REASON_STATUSHOUDER, date.min, date.max))
    if h.known:
        periods.append(ReasonPeriod(REASON_KNOWN, date.min, date.max))
    return periods


def _reason_order(reason: str) -> tuple[int, str]:
    try:
        return PRIORITY_GROUPS.index(reason), reason
    except ValueError:
        return len(PRIORITY_GROUPS), reason


def reasons_on(periods: Iterable[ReasonPeriod], day: date) -> list[str]:
    """The reasons that hold on ``day``, once each, in the order children, 65plus, statushouder,
    known (unknown reasons last, alphabetically)."""
    return sorted({p.reason for p in periods if p.holds_on(day)}, key=_reason_order)


def restrict_to_groups(
    periods: Iterable[ReasonPeriod], groups: Sequence[str]
) -> list[ReasonPeriod]:
    """Only the reasons a covenant profile names as priority groups."""
    wanted = set(groups)
    return [p for p in periods if p.reason in wanted]
