"""Lists of cases for the screens: views, search, filters and sorting — all in SQL, paged.

Every list is a query over the rank segments (open cases) or the cases table (closed ones) that
returns case ids in order; `inbox.load_rows` then loads one page of detail. Nothing here ever
loads every case into Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import CASE_STATUSES as CASE_STATUSES  # the list's status filter offers these
from app.models import Organisation
from app.services.casework import CLOSED_STATUS, ENDED_STATUSES, REASON_BITS, RulesContext
from app.services.inbox import InboxRow, load_rows
from app.services.rules.profile import DEFAULT_PROXIMITY
from app.services.store import Store

if TYPE_CHECKING:
    from app.services.workspace import Workspace

VIEWS = ("inbox", "mine", "week", "troubleshooter", "closed")
_ENDED_SQL = ", ".join(f"'{status}'" for status in ENDED_STATUSES)
SORTS = ("rank", "signal_date", "due")
_ORDER = {
    "rank": "s.rank_group, s.eviction_key, s.due_key, s.signal_date, s.case_id",
    "signal_date": "s.signal_date, s.case_id",
    "due": "s.due_key, s.signal_date, s.case_id",
    "troubleshooter": "s.eviction_key, s.due_key, s.signal_date, s.case_id",
}


@dataclass(frozen=True)
class CaseFilter:
    view: str = "inbox"
    search: str = ""
    corporation_id: int | None = None
    status: str | None = None
    reason: str | None = None
    overdue_only: bool = False
    assignee: str | None = None  # the worker, for "Mijn zaken"
    sort: str = "rank"
    descending: bool = False


def week_end(today: date) -> date:
    """The Sunday that ends today's week (the "Deze week" view shows what is due by then)."""
    return today + timedelta(days=6 - today.weekday())


def _search_clause(column: str, raw: str, params: dict[str, Any]) -> str:
    """Substring search through the FTS5 trigram index.

    Three characters or more: a quoted trigram phrase (uses the index). Shorter: LIKE over the
    search table (still one small table, never the cases themselves).
    """
    cleaned = " ".join(raw.casefold().split())
    if len(cleaned) >= 3:
        params["q"] = '"' + cleaned.replace('"', '""') + '"'
        return f"{column} IN (SELECT rowid FROM case_search WHERE case_search MATCH :q)"
    escaped = cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params["q"] = f"%{escaped}%"
    return f"{column} IN (SELECT rowid FROM case_search WHERE text LIKE :q ESCAPE '\\')"


def _where(f: CaseFilter, today: date) -> tuple[list[str], dict[str, Any]]:
    day = today.isoformat()
    clauses = ["s.valid_from <= :day", "s.valid_to > :day"]
    params: dict[str, Any] = {"day": day}
    if f.view == "mine":
        clauses.append("s.assignee = :me")
        params["me"] = f.assignee or ""
    elif f.view == "week":
        clauses.append("s.due_key <= :week_end")
        params["week_end"] = week_end(today).isoformat()
    elif f.view == "troubleshooter":
        clauses.append("s.rank_group = 0")
    if f.corporation_id is not None:
        clauses.append("s.corporation_id = :corp")
        params["corp"] = f.corporation_id
    if f.status:
        clauses.append("s.status = :status")
        params["status"] = f.status
    if f.overdue_only:
        # A segment's due date is the earliest unmet counted term, or a bailiff/eviction date
        # only up to its day (issue 16.4): a passed fixed date is a fact, not "te laat". An
        # ended case counts nothing down; its segments carry no due date, and the status says so
        # too.
        clauses.append("s.due_key < :day")
        clauses.append(f"s.status NOT IN ({_ENDED_SQL})")
    if f.reason:
        clauses.append("(s.reasons & :reason_bit) != 0")
        params["reason_bit"] = REASON_BITS.get(f.reason, 0)
    if f.search.strip():
        clauses.append(_search_clause("s.case_id", f.search, params))
    return clauses, params


def _closed_where(f: CaseFilter) -> tuple[list[str], dict[str, Any]]:
    clauses = ["c.status = 'gesloten'"]
    params: dict[str, Any] = {}
    if f.corporation_id is not None:
        clauses.append("c.corporation_id = :corp")
        params["corp"] = f.corporation_id
    if f.search.strip():
        clauses.append(_search_clause("c.id", f.search, params))
    return clauses, params


def case_ids(session: Session, f: CaseFilter, today: date, offset: int, limit: int) -> list[int]:
    if f.view == "closed":
        clauses, params = _closed_where(f)
        order = "c.closed_on ASC, c.id ASC" if f.descending else "c.closed_on DESC, c.id DESC"
        sql = f"SELECT c.id FROM cases c WHERE {' AND '.join(clauses)} ORDER BY {order}"
    else:
        clauses, params = _where(f, today)
        key = "troubleshooter" if f.view == "troubleshooter" and f.sort == "rank" else f.sort
        if f.view == "week" and f.sort == "rank":
            key = "due"
        order = _ORDER.get(key, _ORDER["rank"])
        if f.descending:
            order = ", ".join(part + " DESC" for part in order.split(", "))
        hint = "INDEXED BY ix_rank_segments_order" if key == "rank" and not f.search else ""
        sql = (
            f"SELECT s.case_id FROM rank_segments s {hint} WHERE {' AND '.join(clauses)} "
            f"ORDER BY {order}"
        )
    params.update({"limit": limit, "offset": offset})
    rows = session.execute(text(sql + " LIMIT :limit OFFSET :offset"), params)
    return [int(r[0]) for r in rows]


def count_cases(session: Session, f: CaseFilter, today: date) -> int:
    if f.view == "closed":
        clauses, params = _closed_where(f)
        sql = f"SELECT count(*) FROM cases c WHERE {' AND '.join(clauses)}"
    else:
        clauses, params = _where(f, today)
        sql = f"SELECT count(*) FROM rank_segments s WHERE {' AND '.join(clauses)}"
    return int(session.execute(text(sql), params).scalar_one())


def page(
    session: Session, f: CaseFilter, today: date, ctx: RulesContext, offset: int, limit: int
) -> list[InboxRow]:
    return load_rows(session, case_ids(session, f, today, offset, limit), today, ctx)


def corporations(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Organisation.id, Organisation.name)
        .where(Organisation.kind == "corporatie")
        .order_by(Organisation.name)
    )
    return [(int(i), str(n)) for i, n in rows]


def corporation_choices(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every corporation, by name, for the list's filter."""
    with store.session() as session:
        return corporations(session)


def first_page(ws: Workspace, f: CaseFilter, today: date, limit: int) -> tuple[int, list[InboxRow]]:
    """How many cases the filter finds, and the first `limit` of them (one session)."""
    with ws.store.session() as session:
        return count_cases(session, f, today), page(session, f, today, ws.ctx, 0, limit)


def next_page(
    ws: Workspace, f: CaseFilter, today: date, offset: int, limit: int
) -> list[InboxRow]:
    """The next rows when the list scrolls on."""
    with ws.store.session() as session:
        return page(session, f, today, ws.ctx, offset, limit)


@dataclass(frozen=True)
class UrgencyCounts:
    """What the navigation counts (issue 16.4): open cases with a term overdue — never a passed
    bailiff or eviction date, never an ended case — and cases not closed whose eviction date is
    within each step of the covenant profile's scale for it (working days, counted from today;
    each count includes the nearer ones)."""

    overdue: int
    eviction_critical: int
    eviction_urgent: int
    eviction_attention: int
    #: the scale the three eviction counts used: (critical, urgent, attention) working days
    scale: tuple[int, int, int]
    #: every case not closed with an eviction date from today on (the desk's dated cases)
    evictions_ahead: int = 0


def view_counts(session: Session, today: date, me: str) -> dict[str, int]:
    """The open cases of the inbox, of `me`, of this week, and the overdue ones: one pass over
    today's rank segments, each count with the same clauses as `count_cases` of that view (the
    navigation reads them after every change)."""
    base, params = _where(CaseFilter(view="inbox"), today)
    sums = []
    for case_filter in (  # mine, week, overdue: in this order in the SELECT
        CaseFilter(view="mine", assignee=me),
        CaseFilter(view="week"),
        CaseFilter(view="inbox", overdue_only=True),
    ):
        clauses, more = _where(case_filter, today)
        extra = [c for c in clauses if c not in base]
        params.update(more)
        sums.append(f"coalesce(sum(CASE WHEN {' AND '.join(extra)} THEN 1 ELSE 0 END), 0)")
    sql = f"SELECT count(*), {', '.join(sums)} FROM rank_segments s WHERE {' AND '.join(base)}"
    inbox, mine, week, overdue = session.execute(text(sql), params).one()
    return {"inbox": int(inbox), "mine": int(mine), "week": int(week), "overdue": int(overdue)}


def overdue_count(session: Session, today: date) -> int:
    """Open cases with at least one term the team has let pass (what "Only overdue" lists)."""
    return count_cases(session, CaseFilter(view="inbox", overdue_only=True), today)


def evictions_within(session: Session, ctx: RulesContext, today: date, working_days: int) -> int:
    """Cases not closed whose eviction date is today or within this many working days (a case
    not taken on counts: the troubleshooter acts on every known eviction date, H 8.1)."""
    return _evictions_within(session, ctx, today, (working_days,))[1][0]


def _evictions_within(
    session: Session, ctx: RulesContext, today: date, steps: tuple[int, ...]
) -> tuple[int, list[int]]:
    """Cases not closed with an eviction date from today on, and how many of them fall within
    each number of working days in `steps`: one pass over the cases."""
    # every day with at most this many working days in (today, day]: up to the day before the
    # next working day after that (a Saturday after the 5th working day is still "within 5")
    params: dict[str, Any] = {"today": today.isoformat(), "closed": CLOSED_STATUS}
    sums = []
    for n, working_days in enumerate(steps):
        until = ctx.calendar.add_working_days(today, working_days + 1) - timedelta(days=1)
        params[f"until{n}"] = until.isoformat()
        sums.append(f"coalesce(sum(CASE WHEN eviction_date <= :until{n} THEN 1 ELSE 0 END), 0)")
    sql = (
        f"SELECT count(*), {', '.join(sums)} FROM cases WHERE eviction_date IS NOT NULL "
        "AND eviction_date >= :today AND status != :closed"
    )
    ahead, *within = session.execute(text(sql), params).one()
    return int(ahead), [int(n) for n in within]


def urgency_counts(
    session: Session, ctx: RulesContext, today: date, *, overdue: int | None = None
) -> UrgencyCounts:
    """The overdue count and the eviction counts on the profile's own scale, in one call
    (`overdue` when the caller counted it already, e.g. with `view_counts`)."""
    rule = next(
        (t for t in ctx.profile.terms if t.unit == "fixed" and t.start == "eviction_date"), None
    )
    scale = rule.proximity if rule is not None and rule.proximity else DEFAULT_PROXIMITY
    steps = (scale.critical, scale.urgent, scale.attention)
    ahead, (critical, urgent, attention) = _evictions_within(session, ctx, today, steps)
    return UrgencyCounts(
        overdue=overdue_count(session, today) if overdue is None else overdue,
        eviction_critical=critical,
        eviction_urgent=urgent,
        eviction_attention=attention,
        scale=steps,
        evictions_ahead=ahead,
    )
