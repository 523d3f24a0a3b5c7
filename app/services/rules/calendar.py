"""Working days under the Dutch Algemene termijnenwet (Atw), plus an office's own closing days.

The statutory days (art. 3 lid 1 and 2) are rules, the Royal-Decree days (art. 3 lid 3) are a
per-year table that changes every three years; both come from ``app/resources/calendars/nl.toml`` so
a new decree needs only a data edit. Deadline counting for 100k cases must be fast, so the
calendar keeps a cumulative working-day index over the years it has seen: counting and adding
working days are then two list look-ups.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .resources import resource_dir

BASIS_ATW_1 = "Atw art. 3 lid 1"
BASIS_ATW_2 = "Atw art. 3 lid 2"
BASIS_DECREE = "Atw art. 3 lid 3 (Koninklijk Besluit)"
BASIS_WEEKEND = "weekend"
BASIS_OFFICE = "sluitingsdag kantoor"

DEFAULT_NAME = "Algemene termijnenwet (Nederland)"

_ONE_DAY = timedelta(days=1)
_PAD_YEARS = 2  # extra years indexed around a request, so nearby look-ups need no rebuild
_MAX_SPAN_YEARS = 200  # beyond this, index the requested years alone rather than the union


class CalendarError(Exception):
    """A calendar file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class ClosedDay:
    """A day that is not a working day, with the reason, so a moved deadline can be explained."""

    day: date
    name: str
    basis: str


@dataclass(frozen=True)
class FixedHoliday:
    """A holiday on the same date each year; ``sunday_shift`` moves it when it falls on a Sunday.

    Koningsdag is 27 April, or 26 April when the 27th is a Sunday (``sunday_shift = -1``).
    """

    name: str
    month: int
    day: int
    basis: str
    sunday_shift: int = 0

    def on(self, year: int) -> date:
        d = date(year, self.month, self.day)
        if self.sunday_shift and d.weekday() == 6:
            d += timedelta(days=self.sunday_shift)
        return d


@dataclass(frozen=True)
class EasterHoliday:
    """A holiday a fixed number of days from Easter Sunday (Goede Vrijdag is -2)."""

    name: str
    offset: int
    basis: str

    def on(self, year: int) -> date:
        return easter_sunday(year) + timedelta(days=self.offset)


# The statute as the code knows it; nl.toml carries the same rules as data and a test keeps the
# two equal. The defaults let tests and scripts build a calendar without reading a file.
ATW_FIXED_DAYS: tuple[FixedHoliday, ...] = (
    FixedHoliday("Nieuwjaarsdag", 1, 1, BASIS_ATW_1),
    FixedHoliday("Koningsdag", 4, 27, BASIS_ATW_1, sunday_shift=-1),
    FixedHoliday("Bevrijdingsdag (5 mei)", 5, 5, BASIS_ATW_1),
    FixedHoliday("Eerste kerstdag", 12, 25, BASIS_ATW_1),
    FixedHoliday("Tweede kerstdag", 12, 26, BASIS_ATW_1),
)
ATW_EASTER_DAYS: tuple[EasterHoliday, ...] = (
    EasterHoliday("Goede Vrijdag", -2, BASIS_ATW_2),
    EasterHoliday("Tweede paasdag", 1, BASIS_ATW_1),
    EasterHoliday("Hemelvaartsdag", 39, BASIS_ATW_1),
    EasterHoliday("Tweede pinksterdag", 50, BASIS_ATW_1),
)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


class WorkingDayCalendar:
    """Which days count as working days, and fast arithmetic over them.

    A day is closed when it is a Saturday or Sunday, an Atw holiday, a decree day of a loaded
    year, or an office closure. Years without a loaded decree still compute (weekends and the
    statutory days are known); callers ask :meth:`missing_decree_years` to warn about them.
    """

    def __init__(
        self,
        decree_days: Mapping[int, Sequence[date]],
        office_closures: Sequence[date] = (),
        name: str = DEFAULT_NAME,
        *,
        fixed_days: Sequence[FixedHoliday] = ATW_FIXED_DAYS,
        easter_days: Sequence[EasterHoliday] = ATW_EASTER_DAYS,
        source: str = "",
    ) -> None:
        for year, days in decree_days.items():
            for d in days:
                if d.year != year:
                    raise ValueError(f"decree day {d.isoformat()} is listed under year {year}")
        self.name: str = name
        self.source: str = source
        self.decree_years: frozenset[int] = frozenset(decree_days)
        self.office_closures: tuple[date, ...] = tuple(sorted(set(office_closures)))
        self.fixed_days: tuple[FixedHoliday, ...] = tuple(fixed_days)
        self.easter_days: tuple[EasterHoliday, ...] = tuple(easter_days)
        self._decree_days: dict[int, tuple[date, ...]] = {
            year: tuple(sorted(set(days))) for year, days in decree_days.items()
        }
        self._office_by_year: dict[int, set[date]] = {}
        for d in self.office_closures:
            self._office_by_year.setdefault(d.year, set()).add(d)
        self._closed_by_year: dict[int, dict[date, ClosedDay]] = {}
        self._idx: _Index | None = None
        self._fingerprint: str | None = None

    # -- what is closed ---------------------------------------------------------------------

    def _statutory(self, year: int) -> dict[date, ClosedDay]:
        days: dict[date, ClosedDay] = {}
        for rule in self.fixed_days:
            d = rule.on(year)
            days.setdefault(d, ClosedDay(d, rule.name, rule.basis))
        for easter_rule in self.easter_days:
            d = easter_rule.on(year)
            days.setdefault(d, ClosedDay(d, easter_rule.name, easter_rule.basis))
        return days

    def _closed_in_year(self, year: int) -> dict[date, ClosedDay]:
        """Holidays, decree days and office closures of one year (not weekends), cached."""
        cached = self._closed_by_year.get(year)
        if cached is not None:
            return cached
        days = self._statutory(year)
        decree = self._decree_days.get(year, ())
        if decree:
            # a decree day near New Year may neighbour a holiday of the adjacent year
            neighbours = dict(days)
            for other in (year - 1, year + 1):
                if date.min.year <= other <= date.max.year:
                    neighbours.update(self._statutory(other))
            for d in decree:
                if d not in days:
                    days[d] = ClosedDay(d, _decree_day_name(d, neighbours), BASIS_DECREE)
        for d in self._office_by_year.get(year, ()):
            if d not in days:
                days[d] = ClosedDay(d, BASIS_OFFICE, BASIS_OFFICE)
        self._closed_by_year[year] = days
        return days

    def closed_day(self, d: date) -> ClosedDay | None:
        """Why ``d`` is not a working day, or None when it is one."""
        found = self._closed_in_year(d.year).get(d)
        if found is not None:
            return found
        if d.weekday() >= 5:
            return ClosedDay(d, "zaterdag" if d.weekday() == 5 else "zondag", BASIS_WEEKEND)
        return None

    def skipped_between(self, a: date, b: date) -> list[ClosedDay]:
        """Closed days in (a, b]: the days a count passed over, for explanations."""
        out: list[ClosedDay] = []
        d = a
        while d < b:
            d += _ONE_DAY
            closed = self.closed_day(d)
            if closed is not None:
                out.append(closed)
        return out

    # -- arithmetic ------------------------------------------------------------------------

    def _build(self, lo_year: int, hi_year: int) -> _Index:
        base = date(lo_year, 1, 1).toordinal()
        end = date(hi_year, 12, 31).toordinal()
        closed: set[int] = set()
        for year in range(lo_year, hi_year + 1):
            closed.update(d.toordinal() for d in self._closed_in_year(year))
        cum: list[int] = []
        work: list[int] = []
        count = 0
        for ordinal in range(base, end + 1):
            # date.toordinal(): 1 = Monday 1-1-0001, so (ordinal - 1) % 7 is the weekday.
            if (ordinal - 1) % 7 < 5 and ordinal not in closed:
                count += 1
                work.append(ordinal)
            cum.append(count)
        idx = _Index(lo_year, hi_year, base, cum, work)
        self._idx = idx  # one assignment: readers see the old or the new index, never a mix
        return idx

    def _covering(self, lo_year: int, hi_year: int) -> _Index:
        """An index that covers the years [lo_year, hi_year], built or widened if needed."""
        idx = self._idx
        if idx is not None and idx.lo_year <= lo_year and hi_year <= idx.hi_year:
            return idx
        lo = max(date.min.year, lo_year - _PAD_YEARS)
        hi = min(date.max.year, hi_year + _PAD_YEARS)
        if idx is not None and max(hi, idx.hi_year) - min(lo, idx.lo_year) <= _MAX_SPAN_YEARS:
            lo, hi = min(lo, idx.lo_year), max(hi, idx.hi_year)
        # else: a far-away year (bad data?) gets its own index instead of centuries in between
        return self._build(lo, hi)

    def _at(self, d: date) -> tuple[_Index, int]:
        idx = self._idx
        if idx is not None:
            i = d.toordinal() - idx.base
            if 0 <= i < len(idx.cum):
                return idx, i
        idx = self._covering(d.year, d.year)
        return idx, d.toordinal() - idx.base

    def is_working_day(self, d: date) -> bool:
        idx, i = self._at(d)
        return idx.is_working(i)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (start is day 0); negative n counts back."""
        if n == 0:
            return start
        while True:
            idx, i = self._at(start)
            upto = idx.cum[i]  # working days in [base, start]
            # k: 0-based position of the wanted day in idx.work
            k = upto + n - 1 if n > 0 else upto - int(idx.is_working(i)) + n
            if 0 <= k < len(idx.work):
                return date.fromordinal(idx.work[k])
            # Not enough years indexed; ~250 working days a year sizes the step.
            if k >= 0:
                if idx.hi_year >= date.max.year:
                    raise OverflowError("date out of range")
                extra = (k - len(idx.work)) // 240 + 1
                self._covering(idx.lo_year, min(date.max.year, idx.hi_year + extra))
            else:
                if idx.lo_year <= date.min.year:
                    raise OverflowError("date out of range")
                self._covering(max(date.min.year, idx.lo_year + k // 240 - 1), idx.hi_year)

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative (minus those in (b, a]) when b is before a."""
        if a == b:
            return 0
        idx = self._idx
        oa, ob = a.toordinal(), b.toordinal()
        if idx is None or not (
            0 <= oa - idx.base < len(idx.cum) and 0 <= ob - idx.base < len(idx.cum)
        ):
            idx = self._covering(min(a, b).year, max(a, b).year)
        return idx.cum[ob - idx.base] - idx.cum[oa - idx.base]

    def roll_forward(self, d: date) -> date:
        """``d`` when it is a working day, else the next one (as Atw art. 1 extends a term)."""
        if self.is_working_day(d):
            return d
        return self.add_working_days(d, 1)

    # -- about the calendar ----------------------------------------------------------------

    def missing_decree_years(self, start: date, end: date) -> list[int]:
        """Years touched by [start, end] for which no Royal-Decree table is loaded."""
        lo, hi = sorted((start.year, end.year))
        return [y for y in range(lo, hi + 1) if y not in self.decree_years]

    def decree_days(self, year: int) -> tuple[date, ...]:
        return self._decree_days.get(year, ())

    def with_office_closures(self, office_closures: Sequence[date]) -> WorkingDayCalendar:
        """The same calendar with another set of office closing days (a configuration change)."""
        return WorkingDayCalendar(
            self._decree_days,
            office_closures,
            self.name,
            fixed_days=self.fixed_days,
            easter_days=self.easter_days,
            source=self.source,
        )

    def fingerprint(self) -> str:
        """Stable hash of everything that decides a due date, so stored deadlines can be redone."""
        if self._fingerprint is None:
            payload = {
                "name": self.name,
                "fixed": [
                    [r.name, r.month, r.day, r.basis, r.sunday_shift] for r in self.fixed_days
                ],
                "easter": [[r.name, r.offset, r.basis] for r in self.easter_days],
                "decree": {
                    str(y): [d.isoformat() for d in days]
                    for y, days in sorted(self._decree_days.items())
                },
                "office": [d.isoformat() for d in self.office_closures],
            }
            text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            self._fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self._fingerprint

    def describe(self) -> str:
        """One Dutch line for the UI: which calendar is in use."""
        years = sorted(self.decree_years)
        decree = f"KB-dagen {years[0]}–{years[-1]}" if years else "geen KB-dagen geladen"
        office = f"{len(self.office_closures)} sluitingsdag(en) kantoor"
        return f"{self.name}; {decree}; {office}"

    def __repr__(self) -> str:
        return f"WorkingDayCalendar({self.name!r}, decree_years={sorted(self.decree_years)})"


class _Index:
    """Cumulative working-day index over whole years [lo_year, hi_year].

    ``cum[i]`` = working days in [base, base + i] (base = ordinal of 1 January of lo_year);
    ``work`` = the working days' ordinals in order. Never mutated after construction.
    """

    __slots__ = ("lo_year", "hi_year", "base", "cum", "work")

    def __init__(self, lo_year: int, hi_year: int, base: int, cum: list[int], work: list[int]):
        self.lo_year, self.hi_year, self.base, self.cum, self.work = (
            lo_year,
            hi_year,
            base,
            cum,
            work,
        )

    def is_working(self, i: int) -> bool:
        return self.cum[i] != (self.cum[i - 1] if i else 0)


def _decree_day_name(d: date, statutory: Mapping[date, ClosedDay]) -> str:
    """A readable name for a decree day from its neighbour ("dag na Hemelvaartsdag")."""
    after = statutory.get(d - _ONE_DAY)
    if after is not None:
        return f"dag na {after.name}"
    before = statutory.get(d + _ONE_DAY)
    if before is not None:
        return f"dag vóór {before.name}"
    return "gelijkgestelde dag"


# -- loading -------------------------------------------------------------------------------

_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")


def default_calendar_path() -> Path:
    return resource_dir() / "calendars" / "nl.toml"


def load_calendar(
    path: Path | None = None, office_closures: Sequence[date] = ()
) -> WorkingDayCalendar:
    """Read a calendar file (default: the Dutch Atw calendar); a broken file is a CalendarError."""
    path = default_calendar_path() if path is None else Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CalendarError(f"{path}: cannot read calendar file ({exc.strerror})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        match = _LINE_RE.search(msg)
        where = f"{path}:{match.group(1)}" if match else str(path)
        raise CalendarError(f"{where}: invalid TOML: {_LINE_RE.sub('', msg).strip()}") from exc
    try:
        return _calendar_from_data(data, office_closures)
    except (_Invalid, ValueError) as exc:
        raise CalendarError(f"{path}: {exc}") from exc


class _Invalid(Exception):
    pass


_TOP_KEYS = {"name", "source", "decree_years", "decree_days", "fixed_days", "easter_days"}


def _calendar_from_data(
    data: dict[str, Any], office_closures: Sequence[date]
) -> WorkingDayCalendar:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _Invalid(f"unknown key {unknown[0]!r}")
    name = data.get("name", DEFAULT_NAME)
    if not isinstance(name, str) or not name.strip():
        raise _Invalid("'name' must be a non-empty string")
    source = data.get("source", "")
    if not isinstance(source, str):
        raise _Invalid("'source' must be a string")

    fixed = [_fixed_rule(i, raw) for i, raw in enumerate(_table_list(data, "fixed_days"))]
    easter = [_easter_rule(i, raw) for i, raw in enumerate(_table_list(data, "easter_days"))]

    years_raw = data.get("decree_years")
    if not isinstance(years_raw, list) or not all(
        isinstance(y, int) and not isinstance(y, bool) for y in years_raw
    ):
        raise _Invalid("'decree_years' must be a list of years, e.g. [2026, 2027, 2028]")
    years: list[int] = list(years_raw)
    if len(set(years)) != len(years):
        raise _Invalid("'decree_years' lists a year twice")
    days_raw = data.get("decree_days", {})
    if not isinstance(days_raw, dict):
        raise _Invalid("'decree_days' must be a table of year = [dates]")
    decree: dict[int, list[date]] = {y: [] for y in years}
    for key, value in days_raw.items():
        if not key.isdigit():
            raise _Invalid(f"decree_days: {key!r} is not a year")
        year = int(key)
        if year not in decree:
            raise _Invalid(f"decree_days has {year} but 'decree_years' does not list it")
        if not isinstance(value, list) or not all(_is_plain_date(d) for d in value):
            raise _Invalid(f"decree_days.{key} must be a list of dates (YYYY-MM-DD)")
        for d in value:
            if d.year != year:
                raise _Invalid(f"decree_days.{key}: {d.isoformat()} is not in {year}")
        decree[year] = list(value)
    return WorkingDayCalendar(
        decree, office_closures, name, fixed_days=fixed, easter_days=easter, source=source
    )


def _is_plain_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _table_list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw or not all(isinstance(t, dict) for t in raw):
        raise _Invalid(f"'{key}' must be one or more [[{key}]] tables")
    return raw


def _str_field(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{where}: '{key}' must be a non-empty string")
    return value


def _int_field(table: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(f"{where}: '{key}' must be a whole number")
    return value


def _fixed_rule(i: int, raw: dict[str, Any]) -> FixedHoliday:
    where = f"fixed_days #{i + 1}"
    unknown = sorted(set(raw) - {"name", "month", "day", "basis", "sunday_shift"})
    if unknown:
        raise _Invalid(f"{where}: unknown key {unknown[0]!r}")
    rule = FixedHoliday(
        name=_str_field(raw, "name", where),
        month=_int_field(raw, "month", where),
        day=_int_field(raw, "day", where),
        basis=_str_field(raw, "basis", where),
        sunday_shift=_int_field(raw, "sunday_shift", where, 0),
    )
    try:
        date(2000, rule.month, rule.day)  # a leap year, so 29 February is accepted
    except ValueError as exc:
        raise _Invalid(f"{where}: no such day {rule.day}-{rule.month}") from exc
    return rule


def _easter_rule(i: int, raw: dict[str, Any]) -> EasterHoliday:
    where = f"easter_days #{i + 1}"
    unknown = sorted(set(raw) - {"name", "offset", "basis"})
    if unknown:
        raise _Invalid(f"{where}: unknown key {unknown[0]!r}")
    return EasterHoliday(
        name=_str_field(raw, "name", where),
        offset=_int_field(raw, "offset", where),
        basis=_str_field(raw, "basis", where),
    )
