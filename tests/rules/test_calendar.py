"""The Atw working-day calendar: statutory days, decree days, office closures, arithmetic."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.calendar import (
    ATW_EASTER_DAYS,
    ATW_FIXED_DAYS,
    BASIS_ATW_1,
    BASIS_ATW_2,
    BASIS_DECREE,
    BASIS_OFFICE,
    BASIS_WEEKEND,
    CalendarError,
    WorkingDayCalendar,
    easter_sunday,
    load_calendar,
)
from app.services.rules.resources import resource_dir

D = date.fromisoformat

DECREE_DAYS = [
    "2023-04-28",
    "2023-05-19",
    "2024-05-10",
    "2024-12-27",
    "2025-05-30",
    "2026-01-02",
    "2026-05-15",
    "2027-05-07",
    "2028-04-28",
    "2028-05-26",
]


def test_resource_dir_is_repo_resources() -> None:
    assert (resource_dir() / "calendars" / "nl.toml").is_file()
    assert (resource_dir() / "covenants" / "haarlem.toml").is_file()


def test_toml_rules_match_the_statute_in_code(nl: WorkingDayCalendar) -> None:
    assert nl.fixed_days == ATW_FIXED_DAYS
    assert nl.easter_days == ATW_EASTER_DAYS
    assert nl.decree_years == frozenset(range(2023, 2029))
    assert "Staatscourant" in nl.source


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, "2000-04-23"),
        (2019, "2019-04-21"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),  # latest possible
        (2285, "2285-03-22"),  # earliest possible
    ],
)
def test_easter(year: int, easter: str) -> None:
    assert easter_sunday(year) == D(easter)


@pytest.mark.parametrize(
    ("day", "name", "basis"),
    [
        ("2026-01-01", "Nieuwjaarsdag", BASIS_ATW_1),
        ("2026-01-02", "dag na Nieuwjaarsdag", BASIS_DECREE),
        ("2026-04-03", "Goede Vrijdag", BASIS_ATW_2),
        ("2026-04-06", "Tweede paasdag", BASIS_ATW_1),
        ("2026-04-27", "Koningsdag", BASIS_ATW_1),
        ("2025-04-26", "Koningsdag", BASIS_ATW_1),  # 27/4/2025 is a Sunday
        ("2031-04-26", "Koningsdag", BASIS_ATW_1),  # 27/4/2031 is a Sunday
        ("2026-05-05", "Bevrijdingsdag (5 mei)", BASIS_ATW_1),
        ("2027-05-05", "Bevrijdingsdag (5 mei)", BASIS_ATW_1),
        ("2026-05-14", "Hemelvaartsdag", BASIS_ATW_1),
        ("2026-05-15", "dag na Hemelvaartsdag", BASIS_DECREE),
        ("2026-05-25", "Tweede pinksterdag", BASIS_ATW_1),
        ("2026-12-25", "Eerste kerstdag", BASIS_ATW_1),
        ("2024-12-27", "dag na Tweede kerstdag", BASIS_DECREE),
        ("2023-04-28", "dag na Koningsdag", BASIS_DECREE),
        ("2026-03-07", "zaterdag", BASIS_WEEKEND),
        ("2026-03-08", "zondag", BASIS_WEEKEND),
    ],
)
def test_closed_days(nl: WorkingDayCalendar, day: str, name: str, basis: str) -> None:
    closed = nl.closed_day(D(day))
    assert closed is not None
    assert (closed.day, closed.name, closed.basis) == (D(day), name, basis)
    assert not nl.is_working_day(D(day))


@pytest.mark.parametrize(
    "day",
    [
        "2025-04-28",  # Monday after a Sunday 27 April: Koningsdag was the 26th
        "2026-04-28",
        "2026-05-04",
        "2026-05-06",
        "2026-12-24",
        "2026-12-31",
        "2030-05-31",  # Friday after Ascension, but no decree loaded for 2030
    ],
)
def test_working_days(nl: WorkingDayCalendar, day: str) -> None:
    assert nl.closed_day(D(day)) is None
    assert nl.is_working_day(D(day))


@pytest.mark.parametrize("day", DECREE_DAYS)
def test_every_decree_day_is_closed(nl: WorkingDayCalendar, day: str) -> None:
    closed = nl.closed_day(D(day))
    assert closed is not None and closed.basis == BASIS_DECREE


@pytest.mark.parametrize("year", range(2020, 2036))
def test_fifth_of_may_every_year(nl: WorkingDayCalendar, year: int) -> None:
    closed = nl.closed_day(date(year, 5, 5))
    assert closed is not None
    if date(year, 5, 5).weekday() < 5:
        assert closed.basis == BASIS_ATW_1


def test_working_days_between_signs(nl: WorkingDayCalendar) -> None:
    a, b = D("2026-04-24"), D("2026-05-04")
    assert nl.working_days_between(a, b) == 5
    assert nl.working_days_between(b, a) == -5
    assert nl.working_days_between(a, a) == 0
    # (Sat, Sun] holds no working day
    assert nl.working_days_between(D("2026-04-25"), D("2026-04-26")) == 0


def test_add_working_days_zero_and_negative(nl: WorkingDayCalendar) -> None:
    assert nl.add_working_days(D("2026-04-25"), 0) == D("2026-04-25")
    assert nl.add_working_days(D("2026-05-04"), -5) == D("2026-04-24")
    # back over 5 May: 7, 6, 4 May, 1 May, 30 April
    assert nl.add_working_days(D("2026-05-08"), -5) == D("2026-04-30")


def test_add_working_days_far(nl: WorkingDayCalendar) -> None:
    far = nl.add_working_days(D("2026-01-05"), 3000)
    assert nl.working_days_between(D("2026-01-05"), far) == 3000
    back = nl.add_working_days(D("2026-01-05"), -3000)
    assert nl.working_days_between(back, D("2026-01-05")) == 3000


def test_roll_forward(nl: WorkingDayCalendar) -> None:
    assert nl.roll_forward(D("2026-05-14")) == D("2026-05-18")
    assert nl.roll_forward(D("2026-05-13")) == D("2026-05-13")
    assert nl.roll_forward(D("2025-12-25")) == D("2025-12-29")
    assert nl.roll_forward(D("2026-01-01")) == D("2026-01-05")


def test_skipped_between(nl: WorkingDayCalendar) -> None:
    skipped = nl.skipped_between(D("2026-04-24"), D("2026-05-05"))
    assert [(c.day, c.basis) for c in skipped] == [
        (D("2026-04-25"), BASIS_WEEKEND),
        (D("2026-04-26"), BASIS_WEEKEND),
        (D("2026-04-27"), BASIS_ATW_1),
        (D("2026-05-02"), BASIS_WEEKEND),
        (D("2026-05-03"), BASIS_WEEKEND),
        (D("2026-05-05"), BASIS_ATW_1),
    ]
    assert nl.skipped_between(D("2026-05-05"), D("2026-04-24")) == []


def test_missing_decree_years(nl: WorkingDayCalendar) -> None:
    assert nl.missing_decree_years(D("2026-01-01"), D("2028-12-31")) == []
    assert nl.missing_decree_years(D("2028-12-01"), D("2030-01-10")) == [2029, 2030]
    assert nl.missing_decree_years(D("2030-01-10"), D("2022-06-01")) == [2022, 2029, 2030]


def test_office_closures(nl: WorkingDayCalendar) -> None:
    office = nl.with_office_closures([D("2026-05-08")])
    closed = office.closed_day(D("2026-05-08"))
    assert closed is not None and closed.basis == BASIS_OFFICE
    assert office.office_closures == (D("2026-05-08"),)
    assert nl.is_working_day(D("2026-05-08"))
    assert office.add_working_days(D("2026-05-04"), 3) == D("2026-05-11")
    assert nl.add_working_days(D("2026-05-04"), 3) == D("2026-05-08")
    # a closure on a statutory day keeps the statutory reason
    both = nl.with_office_closures([D("2026-05-05")])
    assert both.closed_day(D("2026-05-05")).basis == BASIS_ATW_1  # type: ignore[union-attr]


def test_fingerprint_stable_and_sensitive(nl: WorkingDayCalendar) -> None:
    again = load_calendar()
    assert nl.fingerprint() == again.fingerprint()
    assert nl.fingerprint() != nl.with_office_closures([D("2026-05-08")]).fingerprint()
    fewer = WorkingDayCalendar({2026: [D("2026-05-15")]}, name=nl.name)
    assert fewer.fingerprint() != nl.fingerprint()
    renamed = WorkingDayCalendar({}, name="anders")
    assert renamed.fingerprint() != WorkingDayCalendar({}).fingerprint()


def test_constructor_defaults_are_the_atw() -> None:
    cal = WorkingDayCalendar({2026: [D("2026-05-15")]})
    assert cal.decree_years == frozenset({2026})
    assert not cal.is_working_day(D("2026-05-15"))
    assert not cal.is_working_day(D("2026-04-27"))
    assert cal.office_closures == ()


def test_decree_year_without_days_counts_as_loaded() -> None:
    cal = WorkingDayCalendar({2029: []})
    assert cal.missing_decree_years(D("2029-01-01"), D("2029-12-31")) == []
    assert cal.missing_decree_years(D("2029-01-01"), D("2030-01-01")) == [2030]


def test_decree_day_in_wrong_year_rejected() -> None:
    with pytest.raises(ValueError, match="2026-05-15"):
        WorkingDayCalendar({2027: [D("2026-05-15")]})


def test_describe_names_calendar(nl: WorkingDayCalendar) -> None:
    assert nl.describe().startswith("Algemene termijnenwet (Nederland); KB-dagen 2023–2028")


# -- broken calendar files -----------------------------------------------------------------


def _nl_text() -> str:
    return (resource_dir() / "calendars" / "nl.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kalender.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_decree_days_editable_in_toml_only(tmp_path: Path) -> None:
    text = _nl_text().replace(
        "decree_years = [2023, 2024, 2025, 2026, 2027, 2028]",
        "decree_years = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]",
    ).replace("[decree_days]\n", "[decree_days]\n2030 = [2030-05-31]\n")
    cal = load_calendar(_write(tmp_path, text))
    assert cal.decree_years == frozenset(range(2023, 2031))
    assert not cal.is_working_day(D("2030-05-31"))
    assert cal.closed_day(D("2030-05-31")).name == "dag na Hemelvaartsdag"  # type: ignore[union-attr]
    assert cal.missing_decree_years(D("2029-01-01"), D("2030-12-31")) == []


def test_load_calendar_passes_office_closures() -> None:
    cal = load_calendar(office_closures=[D("2026-07-31")])
    assert cal.office_closures == (D("2026-07-31"),)
    assert not cal.is_working_day(D("2026-07-31"))


def test_broken_toml_names_file_and_line(tmp_path: Path) -> None:
    text = _nl_text().replace("month = 1\n", "month = = 1\n", 1)
    line = text.splitlines().index("month = = 1") + 1
    path = _write(tmp_path, text)
    with pytest.raises(CalendarError) as err:
        load_calendar(path)
    assert str(err.value).startswith(f"{path}:{line}: invalid TOML")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("2026 = [2026-01-02, 2026-05-15]", "2026 = [2027-01-02]", "not in 2026"),
        (
            "decree_years = [2023, 2024, 2025, 2026, 2027, 2028]",
            "decree_years = [2023, 2024, 2025, 2026, 2027]",
            "'decree_years' does not list it",
        ),
        ("decree_years = [2023,", "decree_years = ['2023',", "list of years"),
        ("offset = 39", "offset = 'veertig'", "'offset' must be a whole number"),
        ("month = 12\nday = 25", "month = 12\nday = 32", "no such day"),
        ('name = "Algemene', 'naam = "Algemene', "unknown key 'naam'"),
        ("2025 = [2025-05-30]", "2025 = ['30 mei']", "list of dates"),
    ],
)
def test_broken_calendar_content(tmp_path: Path, old: str, new: str, problem: str) -> None:
    text = _nl_text()
    assert old in text
    path = _write(tmp_path, text.replace(old, new, 1))
    with pytest.raises(CalendarError) as err:
        load_calendar(path)
    assert str(err.value).startswith(f"{path}: ")
    assert problem in str(err.value)


def test_missing_calendar_file(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="cannot read"):
        load_calendar(tmp_path / "nope.toml")


# -- properties ----------------------------------------------------------------------------

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2040, 12, 31))


def _naive_add(cal: WorkingDayCalendar, start: date, n: int) -> date:
    d, left = start, n
    while left:
        d += timedelta(days=1)
        if cal.closed_day(d) is None:
            left -= 1
    return d


@given(start=days, n=st.integers(min_value=0, max_value=400))
def test_between_inverts_add(nl: WorkingDayCalendar, start: date, n: int) -> None:
    cal = nl
    end = cal.add_working_days(start, n)
    assert cal.working_days_between(start, end) == n
    if n:
        assert cal.is_working_day(end)
        assert end > start


@given(start=days, n=st.integers(min_value=0, max_value=40))
def test_fast_add_matches_naive_count(nl: WorkingDayCalendar, start: date, n: int) -> None:
    cal = nl
    assert cal.add_working_days(start, n) == _naive_add(cal, start, n)


@given(start=days, n=st.integers(min_value=1, max_value=300))
def test_negative_add_inverts_positive(nl: WorkingDayCalendar, start: date, n: int) -> None:
    cal = nl
    end = cal.add_working_days(start, n)
    back = cal.add_working_days(end, -n)
    # back on start itself, or on the last working day before a closed start
    assert back == start if cal.is_working_day(start) else back < start
    assert cal.working_days_between(back, end) == n


@given(a=days, b=days)
def test_between_antisymmetric_and_matches_skipped(
    nl: WorkingDayCalendar, a: date, b: date
) -> None:
    cal = nl
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)
    lo, hi = min(a, b), max(a, b)
    if (hi - lo).days <= 400:
        closed = len(cal.skipped_between(lo, hi))
        assert cal.working_days_between(lo, hi) == (hi - lo).days - closed


@given(d=days)
def test_roll_forward_is_working_and_minimal(nl: WorkingDayCalendar, d: date) -> None:
    cal = nl
    rolled = cal.roll_forward(d)
    assert cal.is_working_day(rolled)
    assert rolled >= d
    assert all(not cal.is_working_day(d + timedelta(days=i)) for i in range((rolled - d).days))


def test_far_dates_and_limits() -> None:
    cal = WorkingDayCalendar({})
    assert cal.add_working_days(D("2026-01-05"), 100_000) > D("2400-01-01")
    assert cal.is_working_day(D("9999-12-31"))  # a Friday
    assert not cal.is_working_day(D("0001-01-01"))  # Nieuwjaarsdag
    # the index jumped to year 9999 and back without spanning the centuries between
    assert cal.working_days_between(D("2026-04-24"), D("2026-05-04")) == 5
    with pytest.raises(OverflowError):
        cal.add_working_days(D("9999-12-20"), 50)
    with pytest.raises(OverflowError):
        cal.add_working_days(D("0001-01-10"), -50)
