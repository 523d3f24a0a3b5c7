"""Inbox order, as a pure sort key and as date segments the database can index.

The contract: (1) cases with a known eviction date first, soonest eviction first; (2) then cases
with at least one priority reason before those without; (3) within each group the earliest due
date among unmet deadlines first, cases without one last; (4) then the earlier signal date; then
the case id.

Priority reasons change over time (a child turns 18), so the rank of a case depends on the day.
Instead of re-ranking every case daily, the store keeps each case's rank as segments valid on
[valid_from, valid_to) and asks "which segment covers today?" with an indexed range query.
Keys are ISO date strings so they sort the same in SQL as in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .priority import ReasonPeriod

GROUP_EVICTION = 0
GROUP_PRIORITY = 1
GROUP_NONE = 2
NO_DUE_KEY = "9999-12-31"
_ONE_DAY = timedelta(days=1)

CaseId = int | str
RankKey = tuple[int, str, str, str, CaseId]


@dataclass(frozen=True)
class RankSegment:
    """The rank of a case on the days [valid_from, valid_to)."""

    valid_from: date
    valid_to: date
    group: int
    eviction_key: str
    due_key: str

    def covers(self, day: date) -> bool:
        return self.valid_from <= day < self.valid_to


def due_key(next_due: date | None) -> str:
    return next_due.isoformat() if next_due is not None else NO_DUE_KEY


def rank_segments(
    eviction_date: date | None,
    next_due: date | None,
    periods: Sequence[ReasonPeriod],
    *,
    fixed_dues: Sequence[date] = (),
) -> list[RankSegment]:
    """Partition [date.min, date.max) into maximal segments of equal group and due date.

    A known eviction date puts the case in group 0 whatever its priority reasons. Otherwise a
    day is in group 1 when any reason period covers it, else group 2. ``fixed_dues`` are dates
    set by others (bailiff, eviction): each is the case's due date up to and including its day,
    never after (a date behind us is a fact, not an overdue term, issue 16.4); ``next_due`` is
    the earliest unmet counted term, which stays due until it is met.
    """
    if not fixed_dues:
        return _group_segments(eviction_date, next_due, periods)
    fixed = sorted(set(fixed_dues))
    cuts = [date.min] + [d + _ONE_DAY for d in fixed if d < date.max] + [date.max]
    out: list[RankSegment] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        ahead = [d for d in fixed if d >= lo]
        due = min([*ahead, *([next_due] if next_due else [])], default=None)
        for seg in _group_segments(eviction_date, due, periods):
            start, end = max(seg.valid_from, lo), min(seg.valid_to, hi)
            if start < end:
                piece = RankSegment(start, end, seg.group, seg.eviction_key, seg.due_key)
                last = out[-1] if out else None
                if (
                    last is not None
                    and last.valid_to == start
                    and (last.group, last.eviction_key, last.due_key)
                    == (piece.group, piece.eviction_key, piece.due_key)
                ):
                    out[-1] = RankSegment(
                        last.valid_from, end, last.group, last.eviction_key, last.due_key
                    )
                else:
                    out.append(piece)
    return out


def _group_segments(
    eviction_date: date | None, next_due: date | None, periods: Sequence[ReasonPeriod]
) -> list[RankSegment]:
    due = due_key(next_due)
    if eviction_date is not None:
        return [RankSegment(date.min, date.max, GROUP_EVICTION, eviction_date.isoformat(), due)]
    spans: list[tuple[date, date]] = []
    for start, end in sorted((p.start, p.end) for p in periods if p.start < p.end):
        if spans and start <= spans[-1][1]:
            if end > spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    segments: list[RankSegment] = []
    cursor = date.min
    for start, end in spans:
        if start > cursor:
            segments.append(RankSegment(cursor, start, GROUP_NONE, "", due))
        segments.append(RankSegment(start, end, GROUP_PRIORITY, "", due))
        cursor = end
    if cursor < date.max:
        segments.append(RankSegment(cursor, date.max, GROUP_NONE, "", due))
    return segments


def segment_on(segments: Sequence[RankSegment], day: date) -> RankSegment | None:
    """The segment that covers ``day`` (None only for ``date.max`` itself, which is excluded)."""
    return next((s for s in segments if s.covers(day)), None)


def rank_key(
    eviction_date: date | None,
    has_priority: bool,
    next_due: date | None,
    signal_date: date,
    case_id: CaseId,
) -> RankKey:
    """Sort key implementing the inbox contract; smaller sorts first.

    Case ids must all be of one type (all int or all str) within one sort.
    """
    if eviction_date is not None:
        group, eviction = GROUP_EVICTION, eviction_date.isoformat()
    else:
        group, eviction = (GROUP_PRIORITY if has_priority else GROUP_NONE), ""
    return (group, eviction, due_key(next_due), signal_date.isoformat(), case_id)


def segment_key(segment: RankSegment, signal_date: date, case_id: CaseId) -> RankKey:
    """The same key as :func:`rank_key`, from a stored segment (what the SQL ORDER BY uses)."""
    return (segment.group, segment.eviction_key, segment.due_key, signal_date.isoformat(), case_id)
