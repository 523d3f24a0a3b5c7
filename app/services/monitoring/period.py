"""The period a report covers: a month, a quarter, a half year, a year, or any two dates.

Written as `2026-07`, `2026Q3`, `2026H2`, `2026` or `2026-07-01..2026-12-31` — on the command
line and in the window alike; the end day is included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.services.problems import Refusal, problem

_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


class PeriodProblem(Refusal):
    """The text is not a period Vangnet knows; the problem says which forms it takes."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included
    code: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodProblem(
                problem("period.reversed", end=self.end, start=self.start)
            )

    @property
    def label_nl(self) -> str:
        """'tweede halfjaar 2026', 'juli 2026', '1-7-2026 t/m 31-12-2026' (for the documents)."""
        m = re.fullmatch(r"(\d{4})H([12])", self.code)
        if m:
            return f"{'eerste' if m[2] == '1' else 'tweede'} halfjaar {m[1]}"
        m = re.fullmatch(r"(\d{4})Q([1-4])", self.code)
        if m:
            return f"{m[2]}e kwartaal {m[1]}"
        m = re.fullmatch(r"(\d{4})-(\d{2})", self.code)
        if m:
            return f"{_MONTHS_NL[int(m[2]) - 1]} {m[1]}"
        if re.fullmatch(r"\d{4}", self.code):
            return f"jaar {self.code}"
        return f"{_dmy(self.start)} t/m {_dmy(self.end)}"

    def months(self) -> list[tuple[int, int]]:
        """(year, month) for every month the period touches, in order."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def previous(self) -> Period:
        """The period of the same length just before this one (for comparison)."""
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, f"{end - length}..{end}")


def parse_period(text: str) -> Period:
    value = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})H([12])", value):
        year, half = int(m[1]), int(m[2])
        start = date(year, 1 if half == 1 else 7, 1)
        return Period(start, _month_end(year, 6 if half == 1 else 12), value)
    if m := re.fullmatch(r"(\d{4})Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2])
        return Period(date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), value)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise PeriodProblem(problem("period.no_month", text=text, month=month))
        return Period(date(year, month, 1), _month_end(year, month), f"{year}-{month:02d}")
    if re.fullmatch(r"\d{4}", value):
        return Period(date(int(value), 1, 1), date(int(value), 12, 31), value)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", value):
        start, end = _iso(text, m[1]), _iso(text, m[2])
        return Period(start, end, f"{start}..{end}")
    raise PeriodProblem(problem("period.unknown", text=text.strip() or '""'))


def _iso(text: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise PeriodProblem(problem("period.no_date", text=text, date=value)) from exc


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def _dmy(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"
