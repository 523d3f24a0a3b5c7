"""The monitoring report for callers that hold a store, not a session: the window and the
command line make, show and write reports through these, each opening its own session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.services.casework import RulesContext
from app.services.monitoring import export
from app.services.monitoring.figures import Corporation
from app.services.monitoring.period import Period
from app.services.monitoring.report import Report, build_report
from app.services.store import Store


def make_report(
    store: Store,
    ctx: RulesContext,
    period: Period,
    *,
    made_on: date,
    corporation: str | None = None,
) -> Report:
    with store.session() as session:
        return build_report(session, ctx, period, made_on=made_on, corporation=corporation)


def corporation_choices(store: Store) -> list[Corporation]:
    """Every corporation of the covenant, for the window's picker."""
    with store.session() as session:
        rows = session.execute(
            text("SELECT id, code, name FROM organisations WHERE kind = 'corporatie' "
                 "ORDER BY name")
        ).all()
    return [Corporation(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def write_report(store: Store, report: Report, kind: str, path: Path) -> None:
    """Write the pack (pdf, on the office's letterhead) or a spreadsheet; whole or not at all.
    Raises OSError when the file cannot be written (nothing is left behind then)."""
    if kind == "pdf":
        from app.services.letters.letterhead import load_letterhead
        from app.services.monitoring.pdf import write_pack

        with store.session() as session:
            letterhead = load_letterhead(session, "")
        write_pack(report, letterhead, path)
    elif kind == "xlsx":
        export.write_xlsx(report, path)
    elif kind == "csv":
        export.write_csv(report, path)
    elif kind == "json":
        export.write_json(report, path)
    else:
        raise ValueError(f"unknown report format {kind!r}")
