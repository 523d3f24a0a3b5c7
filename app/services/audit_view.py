"""Reading the audit trail for the privacy officer (issue 15.6): filter, count, export.

The trail holds identifiers and counts only (see `app.services.audit`), so what is listed and
exported here holds no personal data either. An export is itself recorded in the trail.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import AuditEntry
from app.services import audit
from app.services.letters.files import write_atomically

#: the newest entries shown at once; a filter narrows the rest down
SHOWN = 2000
CSV_COLUMNS = ("number", "at", "actor", "action", "object_type", "object_id", "result", "detail")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: every field optional; `since` and `until` are whole days (inclusive)."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None
    action: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    result: str | None = None

    def apply(self, query: Select[Any]) -> Select[Any]:
        if self.since is not None:
            query = query.where(AuditEntry.at >= datetime.combine(self.since, time.min))
        if self.until is not None:
            end = datetime.combine(self.until + timedelta(days=1), time.min)
            query = query.where(AuditEntry.at < end)
        for column, value in (
            (AuditEntry.actor, self.actor),
            (AuditEntry.action, self.action),
            (AuditEntry.object_type, self.object_type),
            (AuditEntry.result, self.result),
        ):
            if value:
                query = query.where(column == value)
        if self.object_id:
            query = query.where(AuditEntry.object_id == self.object_id.strip())
        return query


@dataclass(frozen=True)
class AuditLine:
    number: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    result: str
    detail: str


@dataclass(frozen=True)
class AuditPage:
    lines: list[AuditLine]
    #: how many entries match the filter (more than `lines` when capped)
    total: int


@dataclass(frozen=True)
class Choices:
    """The values present, for the filter lists."""

    actors: list[str]
    actions: list[str]
    object_types: list[str]
    results: list[str]


def _line(entry: AuditEntry) -> AuditLine:
    return AuditLine(
        entry.seq or 0,
        entry.at,
        entry.actor,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.result,
        entry.detail or "",
    )


def entries(session: Session, wanted: AuditFilter, limit: int | None = SHOWN) -> AuditPage:
    """The matching entries, newest first (at most `limit`), and how many match in all."""
    query = wanted.apply(select(AuditEntry)).order_by(AuditEntry.seq.desc(), AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    lines = [_line(e) for e in session.scalars(query)]
    counted = wanted.apply(select(AuditEntry)).with_only_columns(func.count(AuditEntry.id))
    return AuditPage(lines, int(session.scalar(counted) or 0))


def choices(session: Session) -> Choices:
    def values(column: InstrumentedAttribute[str]) -> list[str]:
        found: list[str] = [v for v in session.scalars(select(column).distinct()) if v]
        return sorted(found)

    return Choices(
        values(AuditEntry.actor),
        values(AuditEntry.action),
        values(AuditEntry.object_type),
        values(AuditEntry.result),
    )


def csv_bytes(lines: list[AuditLine]) -> bytes:
    """CSV for Excel: UTF-8 with a byte-order mark, semicolons, one entry a row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in lines:
        writer.writerow(
            [
                line.number,
                line.at.isoformat(sep=" ", timespec="seconds"),
                line.actor,
                line.action,
                line.object_type,
                line.object_id,
                line.result,
                line.detail,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export(session: Session, wanted: AuditFilter, target: Path, *, actor: str) -> int:
    """Write every matching entry (oldest first) to `target` atomically; the export is
    recorded in the trail. Returns how many entries were written. Raises the letters'
    FolderProblem when the folder cannot be written (nothing is left behind then)."""
    page = entries(session, wanted, limit=None)
    lines = list(reversed(page.lines))
    write_atomically(target, csv_bytes(lines))
    audit.record(session, "export", "audit_log", len(lines), detail="csv", actor=actor)
    return len(lines)
