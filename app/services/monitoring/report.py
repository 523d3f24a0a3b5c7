"""The monitoring report for one period: every figure, small numbers hidden, counts only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services import audit
from app.services.casework import RulesContext
from app.services.monitoring import figures
from app.services.monitoring.figures import Corporation, MedianTable, Scope
from app.services.monitoring.period import Period
from app.services.monitoring.suppression import suppress
from app.services.monitoring.tables import CountTable
from app.services.problems import Refusal, problem
from app.services.store import get_setting, set_setting

THRESHOLD_SETTING = "report_threshold"
DEFAULT_THRESHOLD = 5
#: the terms whose timeliness the report shows, where the covenant has them
PROCESS_TERMS = ("contact", "feedback", "proposal")


class ReportRefused(Refusal):
    """A report cannot be made as asked (an unknown corporation, a threshold out of range)."""


@dataclass(frozen=True)
class Report:
    office: str
    covenant: str
    period: Period
    corporation: Corporation | None  # None: all corporations
    threshold: int
    made_on: date
    tables: tuple[CountTable, ...]
    medians: MedianTable

    def table(self, figure_id: str) -> CountTable:
        return next(t for t in self.tables if t.figure.id == figure_id)

    @property
    def hidden(self) -> str:
        return f"< {self.threshold}"


def threshold(session: Session) -> int:
    value = get_setting(session, THRESHOLD_SETTING)
    return int(value) if value and value.isdigit() else DEFAULT_THRESHOLD


def set_threshold(session: Session, value: int) -> None:
    if not 2 <= value <= 50:
        raise ReportRefused(problem("report.threshold_range", value=value))
    set_setting(session, THRESHOLD_SETTING, str(value))
    audit.record(session, "change", "setting", THRESHOLD_SETTING, detail=f"value={value}")


def find_corporation(session: Session, code: str) -> Corporation:
    row = session.execute(
        text("SELECT id, code, name FROM organisations WHERE kind = 'corporatie' "
             "AND (lower(code) = lower(:c) OR lower(name) = lower(:c))"),
        {"c": code.strip()},
    ).first()
    if row is None:
        known = session.execute(
            text("SELECT code FROM organisations WHERE kind = 'corporatie' ORDER BY code")
        ).scalars().all()
        raise ReportRefused(
            problem("report.unknown_corporation", corporation=code, known=", ".join(known) or "-")
        )
    return Corporation(int(row[0]), str(row[1]), str(row[2]))


def build_report(
    session: Session,
    ctx: RulesContext,
    period: Period,
    *,
    made_on: date,
    corporation: str | None = None,
    threshold_override: int | None = None,
) -> Report:
    """Every figure the covenant asks for (its profile's `monitoring` list) and how the process
    went, for `period`; from SQL aggregates only."""
    corp = find_corporation(session, corporation) if corporation else None
    scope = Scope(period, corp.id if corp else None)
    corps = figures.corporations(session, scope)
    profile = ctx.profile
    terms = [t for t in PROCESS_TERMS if any(rule.id == t for rule in profile.terms)]
    wanted = list(profile.monitoring) or ["swt_signals_received"]
    tables: list[CountTable] = []
    for name in wanted:
        if name == "swt_signals_received":
            tables.append(figures.signals(session, scope, corps, profile.signal_kinds))
        elif name == "evictions_by_group_and_reason":
            tables.append(figures.evictions(session, scope))
        elif name in figures.COVENANT_FIGURES:
            tables.append(figures.COVENANT_FIGURES[name](session, scope, corps))
    if "swt_signals_received" not in wanted:
        tables.insert(0, figures.signals(session, scope, corps, profile.signal_kinds))
    tables += [
        figures.signals_per_month(session, scope, corps),
        figures.decisions(session, scope, corps),
        figures.terms(session, scope, terms),
        figures.terms_per_month(session, scope),
        figures.outcomes(session, scope, corps),
        figures.routes(session, scope, corps),
        figures.eviction_dated(session, scope, corps),
    ]
    if profile.sluitende_aanpak:
        tables.append(figures.instruments(session, scope, corps, profile.instruments))
        tables.append(figures.bailiff_blocked(session, scope, corps))
    limit = threshold_override if threshold_override is not None else threshold(session)
    office = get_setting(session, "office_name", "Vangnet") or "Vangnet"
    return Report(
        office=office,
        covenant=profile.name,
        period=period,
        corporation=corp,
        threshold=limit,
        made_on=made_on,
        tables=tuple(suppress(t, limit) for t in tables),
        medians=figures.medians(session, scope, ctx.calendar, terms),
    )
