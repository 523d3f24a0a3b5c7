"""Bridges stored cases and the pure rules engine: computes and stores deadlines and rank.

The rules engine never touches the database; this module feeds it plain facts and writes what it
returns (deadlines, priority periods, rank segments) so the inbox is an indexed query.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, HouseholdMember
from app.services.rules.calendar import WorkingDayCalendar, load_calendar
from app.services.rules.deadlines import (
    CaseFacts,
    EventFact,
    case_flags,
    compute_deadlines,
    next_due,
    unmet_dues,
)
from app.services.rules.priority import HouseholdFacts, ReasonPeriod, reason_periods
from app.services.rules.profile import CovenantProfile, load_profile, parse_profile
from app.services.rules.ranking import rank_segments
from app.services.store import get_setting, set_setting

CLOSED_STATUS = "gesloten"
#: a case in one of these has ended: its open terms no longer run (issue 16.4)
ENDED_STATUSES = (CLOSED_STATUS, "niet_in_behandeling")


def case_has_ended(status: str) -> bool:
    return status in ENDED_STATUSES


@dataclass(frozen=True)
class RulesContext:
    """The covenant profile and working-day calendar this office works with."""

    profile: CovenantProfile
    calendar: WorkingDayCalendar


def office_closures(session: Session) -> list[date]:
    text = get_setting(session, "office_closures", "") or ""
    return sorted(date.fromisoformat(part) for part in text.split(",") if part)


def set_office_closures(session: Session, days: Iterable[date]) -> None:
    set_setting(session, "office_closures", ",".join(d.isoformat() for d in sorted(set(days))))


def office_term_lengths(session: Session) -> dict[str, int]:
    text = get_setting(session, "term_lengths", "") or ""
    pairs = (part.split("=", 1) for part in text.split(",") if "=" in part)
    return {key: int(value) for key, value in pairs}


def set_office_term_lengths(session: Session, lengths: dict[str, int]) -> None:
    set_setting(session, "term_lengths", ",".join(f"{k}={v}" for k, v in sorted(lengths.items())))


#: the `profile` setting of an office whose own covenant text is kept in the database
CUSTOM_PROFILE = "custom"


def stored_profile(session: Session) -> CovenantProfile:
    """The covenant this database runs under: a built-in one by name, or the office's own text
    kept inside the encrypted database (issue 12.3: never re-read from a file at start)."""
    profile_ref = get_setting(session, "profile", "haarlem") or "haarlem"
    if profile_ref == CUSTOM_PROFILE:
        source = get_setting(session, "profile_source", "") or "covenant.toml"
        text = get_setting(session, "profile_text", "") or ""
        return parse_profile(text, Path(f"(in the database) {Path(source).name}"))
    return load_profile(profile_ref)


def load_context(session: Session) -> RulesContext:
    profile = stored_profile(session).with_office_term_lengths(office_term_lengths(session))
    calendar = load_calendar(office_closures=office_closures(session))
    return RulesContext(profile=profile, calendar=calendar)


class CaseLike(Protocol):
    """The case facts the rules need: an ORM `Case` or a plain row with the same names."""

    @property
    def kind(self) -> str: ...
    @property
    def signal_date(self) -> date: ...
    @property
    def bailiff_date(self) -> date | None: ...
    @property
    def eviction_date(self) -> date | None: ...
    @property
    def birth_date(self) -> date: ...
    @property
    def children_under_18(self) -> int | None: ...
    @property
    def statushouder(self) -> bool: ...
    @property
    def known(self) -> bool: ...


class EventLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def occurred_on(self) -> date: ...
    @property
    def detail(self) -> str: ...
    @property
    def undone_at(self) -> datetime | None: ...


def case_facts(case: CaseLike, events: Iterable[EventLike]) -> CaseFacts:
    """The standing events (oldest first) and the instruments deployed (code, date)."""
    facts: list[EventFact] = []
    instruments: list[tuple[str, date]] = []
    benefit_unrecorded = False
    for ev in events:
        if ev.undone_at is not None:
            continue
        facts.append(EventFact(kind=ev.kind, on=ev.occurred_on))
        if ev.kind == "instrument_deployed":
            detail = json.loads(ev.detail or "{}")
            code = detail.get("instrument")
            if isinstance(code, str):
                instruments.append((code, ev.occurred_on))
                if code == BENEFIT_INSTRUMENT and detail.get("participatiewet") is not True:
                    benefit_unrecorded = True
    facts.sort(key=lambda f: f.on)
    return CaseFacts(
        kind=case.kind,
        signal_date=case.signal_date,
        bailiff_date=case.bailiff_date,
        eviction_date=case.eviction_date,
        events=tuple(facts),
        instruments=tuple(sorted(instruments, key=lambda i: i[1])),
        benefit_unrecorded=benefit_unrecorded,
    )


def household_facts(case: CaseLike, member_birth_dates: Sequence[date]) -> HouseholdFacts:
    return HouseholdFacts(
        signal_date=case.signal_date,
        tenant_birth_date=case.birth_date,
        occupant_birth_dates=tuple(member_birth_dates),
        children_under_18=case.children_under_18,
        statushouder=bool(case.statushouder),
        known=bool(case.known),
    )


_CASE_COLUMNS = (
    Case.id,
    Case.kind,
    Case.signal_date,
    Case.bailiff_date,
    Case.eviction_date,
    Case.birth_date,
    Case.children_under_18,
    Case.statushouder,
    Case.known,
    Case.status,
    Case.corporation_id,
    Case.assignee,
)
_EVENT_COLUMNS = (
    CaseEvent.case_id,
    CaseEvent.kind,
    CaseEvent.occurred_on,
    CaseEvent.detail,
    CaseEvent.undone_at,
)


def recompute_cases(session: Session, case_ids: Sequence[int], ctx: RulesContext) -> None:
    """Recompute and store deadlines, priority periods, rank and flags for these cases.

    Core statements with executemany, a handful per batch of 500, so that a calendar change can
    be applied to 100,000 cases in seconds. Pending ORM changes are flushed first; the affected
    ORM objects are expired afterwards so they show the new values.
    """
    if not case_ids:
        return
    session.flush()
    conn = session.connection()
    for chunk in _chunks(list(case_ids), 1000):
        _recompute_chunk(conn, chunk, ctx)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Case) and obj.id in set(case_ids):
            session.expire(obj, ["next_due", "flags"])


Row = tuple[Any, ...]


@dataclass
class _Stored:
    """What the store holds for one case, as plain tuples of SQL values, for comparison."""

    deadlines: list[Row]
    periods: list[Row]
    segments: list[Row]
    head: Row  # (next_due, flags)


def _read_stored(conn: Connection, ids: Sequence[int]) -> dict[int, _Stored]:
    marks = ",".join("?" * len(ids))
    params = tuple(ids)
    stored = {i: _Stored([], [], [], (None, "")) for i in ids}
    queries = (
        ("deadlines", "SELECT case_id, term_id, due, start, article, met_on FROM case_deadlines"),
        ("periods", 'SELECT case_id, reason, start, "end" FROM priority_periods'),
        (
            "segments",
            "SELECT case_id, valid_from, valid_to, rank_group, eviction_key, due_key, signal_date, "
            "corporation_id, status, assignee, reasons FROM rank_segments",
        ),
    )
    for attr, sql in queries:
        for row in conn.exec_driver_sql(f"{sql} WHERE case_id IN ({marks})", params):
            getattr(stored[row[0]], attr).append(tuple(row[1:]))
    for row in conn.exec_driver_sql(
        f"SELECT id, next_due, flags FROM cases WHERE id IN ({marks})", params
    ):
        stored[row[0]].head = (row[1], row[2])
    return stored


def _recompute_chunk(conn: Connection, ids: Sequence[int], ctx: RulesContext) -> None:
    """Compute every case in `ids`, then rewrite only the cases whose stored state differs.

    After a calendar change most cases keep their deadlines; reading is far cheaper than
    rewriting rows and their index entries.
    """
    events_by_case: dict[int, list[Any]] = defaultdict(list)
    for ev in conn.execute(select(*_EVENT_COLUMNS).where(CaseEvent.case_id.in_(ids))):
        events_by_case[ev.case_id].append(ev)
    births_by_case: dict[int, list[date]] = defaultdict(list)
    births = conn.execute(
        select(HouseholdMember.case_id, HouseholdMember.birth_date).where(
            HouseholdMember.case_id.in_(ids)
        )
    )
    for case_id, birth in births:
        births_by_case[case_id].append(birth)
    stored = _read_stored(conn, ids)

    changed: list[int] = []
    deadline_rows: list[Row] = []
    period_rows: list[Row] = []
    segment_rows: list[Row] = []
    case_updates: list[Row] = []
    for case in conn.execute(select(*_CASE_COLUMNS).where(Case.id.in_(ids))):
        new = _compute_state(
            case, events_by_case.get(case.id, ()), births_by_case.get(case.id, ()), ctx
        )
        old = stored[case.id]
        if new.head != old.head:
            case_updates.append((*new.head, case.id))
        if (
            sorted(new.deadlines) == sorted(old.deadlines)
            and sorted(new.periods) == sorted(old.periods)
            and sorted(new.segments) == sorted(old.segments)
        ):
            continue
        changed.append(case.id)
        deadline_rows.extend((case.id, *r) for r in new.deadlines)
        period_rows.extend((case.id, *r) for r in new.periods)
        segment_rows.extend((case.id, *r) for r in new.segments)
    # Straight to the driver: SQLAlchemy's per-parameter processing would cost more than the
    # rules themselves when every case is recomputed.
    if changed:
        marks = ",".join("?" * len(changed))
        for table in ("case_deadlines", "priority_periods", "rank_segments"):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE case_id IN ({marks})", tuple(changed))
    writes = (
        (_INSERT_DEADLINE, deadline_rows),
        (_INSERT_PERIOD, period_rows),
        (_INSERT_SEGMENT, segment_rows),
        (_UPDATE_CASE, case_updates),
    )
    for sql, rows in writes:
        if rows:
            conn.exec_driver_sql(sql, rows)


def _compute_state(
    case: Any, events: Sequence[Any], births: Sequence[date], ctx: RulesContext
) -> _Stored:
    facts = case_facts(case, events)
    deadlines = compute_deadlines(facts, ctx.profile, ctx.calendar)
    periods = reason_periods(household_facts(case, births))
    due = next_due(deadlines)
    segments: list[Row] = []
    if case.status != CLOSED_STATUS:
        # A case not taken on counts nothing down (its terms stopped), though its eviction date
        # still leads the list (H 8.1: the troubleshooter acts on it); a passed bailiff or
        # eviction date is a fact, not an overdue term (issue 16.4).
        ended = case_has_ended(case.status)
        counted, fixed = unmet_dues(deadlines)
        rank_parts = rank_segments(
            case.eviction_date,
            None if ended else counted,
            periods,
            fixed_dues=() if ended else fixed,
        )
        for seg in rank_parts:
            # A case is in nobody's inbox before its signal arrived.
            start = max(seg.valid_from, case.signal_date)
            for piece_from, piece_to, mask in _reason_pieces(start, seg.valid_to, periods):
                segments.append(
                    (
                        piece_from.isoformat(),
                        piece_to.isoformat(),
                        seg.group,
                        seg.eviction_key,
                        seg.due_key,
                        case.signal_date.isoformat(),
                        case.corporation_id,
                        case.status,
                        case.assignee,
                        mask,
                    )
                )
    return _Stored(
        deadlines=[
            (d.id, d.due.isoformat(), d.start.isoformat(), d.article, _iso(d.met_on))
            for d in deadlines
        ],
        periods=[(p.reason, p.start.isoformat(), p.end.isoformat()) for p in periods],
        segments=segments,
        head=(_iso(due), ",".join(case_flags(facts, ctx.profile))),
    )


_INSERT_DEADLINE = (
    "INSERT INTO case_deadlines (case_id, term_id, due, start, article, met_on) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_PERIOD = 'INSERT INTO priority_periods (case_id, reason, start, "end") VALUES (?, ?, ?, ?)'
_INSERT_SEGMENT = (
    "INSERT INTO rank_segments (case_id, valid_from, valid_to, rank_group, eviction_key, "
    "due_key, signal_date, corporation_id, status, assignee, reasons) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_CASE = "UPDATE cases SET next_due = ?, flags = ? WHERE id = ?"


REASON_BITS = {"children": 1, "65plus": 2, "statushouder": 4, "known": 8}


def _reason_pieces(
    start: date, end: date, periods: Sequence[ReasonPeriod]
) -> list[tuple[date, date, int]]:
    """[start, end) cut wherever the set of priority reasons changes, with the set as bits."""
    if end <= start:
        return []
    cuts = {start, end}
    for p in periods:
        for edge in (p.start, p.end):
            if start < edge < end:
                cuts.add(edge)
    edges = sorted(cuts)
    pieces: list[tuple[date, date, int]] = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        mask = 0
        for p in periods:
            if p.start <= lo < p.end:
                mask |= REASON_BITS.get(p.reason, 0)
        if pieces and pieces[-1][2] == mask:
            pieces[-1] = (pieces[-1][0], hi, mask)
        else:
            pieces.append((lo, hi, mask))
    return pieces


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def recompute_all(session: Session, ctx: RulesContext, batch_size: int = 2000) -> int:
    """Recompute every case (after a calendar or profile change). Returns the number of cases."""
    session.flush()
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    recompute_cases(session, ids, ctx)
    set_setting(session, "rules_fingerprint", rules_fingerprint(ctx))
    return len(ids)


#: Raised when the code that computes flags changes, so stored flags are recomputed on opening
#: (2: A 1.13 instrument order, eviction ground, Participatiewet benefit; H 3.4 exception;
#: 3: rank segments no longer count a passed fixed date or an ended case as due, issue 16.4).
FLAG_RULES_VERSION = 3

#: A 1.5: Geregelde Betaling is for people with a Participatiewet benefit (Uitkeringsgerechtigden)
BENEFIT_INSTRUMENT = "geregelde_betaling"


def rules_fingerprint(ctx: RulesContext) -> str:
    """Changes when anything that moves a deadline or a flag changes: calendar, term lengths,
    or the code that computes flags."""
    terms = ";".join(f"{t.id}:{t.length}{t.unit}" for t in ctx.profile.terms)
    return f"{ctx.calendar.fingerprint()}|{terms}|flags{FLAG_RULES_VERSION}"


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def recompute_if_rules_changed(session: Session, ctx: RulesContext) -> int:
    """Recompute every case when the calendar, term lengths or flag rules differ from last time."""
    if get_setting(session, "rules_fingerprint") == rules_fingerprint(ctx):
        return 0
    return recompute_all(session, ctx)


SEARCH_TEXT_SQL = (
    "lower(tenant_name || ' ' || street || ' ' || house_number || ' ' || postcode || ' ' || "
    "replace(postcode, ' ', '') || ' ' || city || ' ' || reference || ' ' || coalesce(phone, ''))"
)


def index_for_search(session: Session, case_ids: Sequence[int]) -> None:
    """(Re)build the search entries of these cases (identity fields only; never notes)."""
    conn = session.connection()
    for chunk in _chunks(list(case_ids), 1000):
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM case_search WHERE rowid IN ({marks})", tuple(chunk))
        conn.exec_driver_sql(
            f"INSERT INTO case_search (rowid, text) SELECT id, {SEARCH_TEXT_SQL} FROM cases "
            f"WHERE id IN ({marks})",
            tuple(chunk),
        )
