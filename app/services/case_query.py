"""Lists of cases for the screens: views, search, filters and sorting — all in SQL, paged.

Every list is a query over the rank segments (open cases) or the cases table (closed ones) that
returns case ids in order; `inbox.load_rows` then loads one page of detail. Nothing here ever
loads every case into Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Organisation
from app.services.casework import REASON_BITS, RulesContext
from app.services.inbox import InboxRow, load_rows

VIEWS = ("inbox", "mine", "week", "troubleshooter", "closed")
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
        clauses.append("s.due_key < :day")
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
