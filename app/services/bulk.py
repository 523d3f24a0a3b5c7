"""Fast bulk writes straight to the driver, for imports and recomputation of many cases.

SQLAlchemy's per-row processing (and its RETURNING path on SQLite) costs more than the work
itself at 10,000+ rows; these helpers convert values the way SQLAlchemy's SQLite types store
them (ISO dates, 'YYYY-MM-DD HH:MM:SS.ffffff' datetimes, 0/1 booleans) and use executemany.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text


def sql_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_rows(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """executemany INSERT of dict rows that all have the same keys."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(_quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    conn.exec_driver_sql(sql, [tuple(sql_value(r[c]) for c in columns) for r in rows])


def next_ids(conn: Connection, table: str, count: int) -> list[int]:
    """The ids the next `count` rows will get (call inside the writing transaction)."""
    top = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + count))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
