"""Inbox rank: the sort key follows the contract, and stored segments agree with it on any day."""

from __future__ import annotations

import functools
from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.priority import ReasonPeriod, reasons_on
from app.services.rules.ranking import (
    NO_DUE_KEY,
    RankSegment,
    rank_key,
    rank_segments,
    segment_key,
    segment_on,
)

D = date.fromisoformat


def test_eviction_is_one_segment() -> None:
    periods = [ReasonPeriod("known", date.min, date.max)]
    assert rank_segments(D("2026-06-01"), D("2026-05-04"), periods) == [
        RankSegment(date.min, date.max, 0, "2026-06-01", "2026-05-04")
    ]


def test_no_reasons_one_segment() -> None:
    assert rank_segments(None, None, []) == [RankSegment(date.min, date.max, 2, "", NO_DUE_KEY)]


def test_child_turns_18() -> None:
    periods = [ReasonPeriod("children", D("2010-06-15"), D("2028-06-15"))]
    assert rank_segments(None, D("2026-05-04"), periods) == [
        RankSegment(date.min, D("2010-06-15"), 2, "", "2026-05-04"),
        RankSegment(D("2010-06-15"), D("2028-06-15"), 1, "", "2026-05-04"),
        RankSegment(D("2028-06-15"), date.max, 2, "", "2026-05-04"),
    ]


def test_adjacent_reasons_merge() -> None:
    periods = [
        ReasonPeriod("children", D("2010-06-15"), D("2028-06-15")),
        ReasonPeriod("65plus", D("2028-06-15"), date.max),
    ]
    assert rank_segments(None, None, periods) == [
        RankSegment(date.min, D("2010-06-15"), 2, "", NO_DUE_KEY),
        RankSegment(D("2010-06-15"), date.max, 1, "", NO_DUE_KEY),
    ]


def test_rank_key_examples() -> None:
    s = D("2026-04-01")
    evict_late = rank_key(D("2026-07-01"), False, None, s, 1)
    evict_soon = rank_key(D("2026-06-01"), False, None, s, 2)
    prio_no_due = rank_key(None, True, None, s, 3)
    prio_due = rank_key(None, True, D("2026-05-04"), s, 4)
    none_due = rank_key(None, False, D("2026-04-28"), s, 5)
    none_due_older = rank_key(None, False, D("2026-04-28"), D("2026-03-01"), 6)
    keys = [evict_late, evict_soon, prio_no_due, prio_due, none_due, none_due_older]
    assert sorted(keys) == [
        evict_soon,
        evict_late,
        prio_due,
        prio_no_due,
        none_due_older,
        none_due,
    ]


# -- properties ----------------------------------------------------------------------------

dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def cases(draw: st.DrawFn) -> tuple[date | None, bool, date | None, date, int]:
    return (
        draw(st.none() | dates),
        draw(st.booleans()),
        draw(st.none() | dates),
        draw(dates),
        draw(st.integers(min_value=1, max_value=10_000)),
    )


def _contract_cmp(
    a: tuple[date | None, bool, date | None, date, int],
    b: tuple[date | None, bool, date | None, date, int],
) -> int:
    """The inbox contract written out as rules, independent of rank_key's encoding."""
    a_evict, a_prio, a_due, a_signal, a_id = a
    b_evict, b_prio, b_due, b_signal, b_id = b
    # 1) eviction date known first, soonest first
    if (a_evict is None) != (b_evict is None):
        return -1 if a_evict is not None else 1
    if a_evict is not None and b_evict is not None and a_evict != b_evict:
        return -1 if a_evict < b_evict else 1
    # 2) a priority reason before none (only outside the eviction group)
    if a_evict is None and a_prio != b_prio:
        return -1 if a_prio else 1
    # 3) earliest due first, none last
    if a_due != b_due:
        if a_due is None:
            return 1
        if b_due is None:
            return -1
        return -1 if a_due < b_due else 1
    # 4) earlier signal, then case id
    if a_signal != b_signal:
        return -1 if a_signal < b_signal else 1
    return (a_id > b_id) - (a_id < b_id)


@given(st.lists(cases(), max_size=30, unique_by=lambda c: c[4]))
def test_rank_key_orders_like_the_contract(
    items: list[tuple[date | None, bool, date | None, date, int]],
) -> None:
    by_key = sorted(items, key=lambda c: rank_key(*c))
    by_contract = sorted(items, key=functools.cmp_to_key(_contract_cmp))
    assert by_key == by_contract


@given(a=cases(), b=cases(), c=cases())
def test_rank_key_is_a_total_order(
    a: tuple[date | None, bool, date | None, date, int],
    b: tuple[date | None, bool, date | None, date, int],
    c: tuple[date | None, bool, date | None, date, int],
) -> None:
    ka, kb, kc = rank_key(*a), rank_key(*b), rank_key(*c)
    assert (ka <= kb) or (kb <= ka)  # total
    if ka <= kb and kb <= kc:
        assert ka <= kc  # transitive
    if a[4] != b[4]:
        assert ka != kb  # the case id breaks every tie: no two cases share a place


periods_strategy = st.lists(
    st.tuples(
        st.sampled_from(["children", "65plus", "statushouder", "known"]),
        st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 1, 1)),
        st.integers(min_value=1, max_value=8000),
        st.booleans(),
    ).map(
        lambda t: ReasonPeriod(
            t[0], t[1], date.max if t[3] else min(date.max, t[1] + timedelta(days=t[2]))
        )
    ),
    max_size=5,
)


@given(
    eviction=st.none() | dates,
    due=st.none() | dates,
    periods=periods_strategy,
    day=st.dates(min_value=date(1985, 1, 1), max_value=date(2070, 1, 1)),
    signal=dates,
)
def test_segments_agree_with_rank_key_on_any_day(
    eviction: date | None,
    due: date | None,
    periods: list[ReasonPeriod],
    day: date,
    signal: date,
) -> None:
    segments = rank_segments(eviction, due, periods)
    # a partition of [date.min, date.max) into maximal segments
    assert segments[0].valid_from == date.min
    assert segments[-1].valid_to == date.max
    for left, right in pairwise(segments):
        assert left.valid_to == right.valid_from
        assert left.group != right.group
    assert all(s.valid_from < s.valid_to for s in segments)
    segment = segment_on(segments, day)
    assert segment is not None
    has_priority = bool(reasons_on(periods, day))
    assert segment_key(segment, signal, 7) == rank_key(eviction, has_priority, due, signal, 7)
