"""Every date, amount and countdown shown to people goes through here, with an explicit locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from app.services.problems import Problem, problem

LOCALE = "nl_NL"


def long_date(day: date, locale: str = LOCALE) -> str:
    """'3 november 2026' — the form Dutch letters use."""
    return format_date(day, format="d MMMM y", locale=locale)


def short_date(day: date, locale: str = LOCALE) -> str:
    """'03-11-2026' in Dutch, the locale's short form otherwise."""
    if locale.startswith("nl"):
        return day.strftime("%d-%m-%Y")
    return format_date(day, format="short", locale=locale)


def weekday_date(day: date, locale: str = LOCALE) -> str:
    """'ma 27-04-2026' — for lists of skipped days."""
    name = format_date(day, format="EEE", locale=locale).rstrip(".")
    return f"{name} {short_date(day, locale)}"


def long_weekday_date(day: date, locale: str = LOCALE) -> str:
    """'donderdag 24 december 2026' — for lists of single days, such as closing days."""
    return format_date(day, format="EEEE d MMMM y", locale=locale)


def amount(value: Decimal | int, locale: str = LOCALE) -> str:
    """'€ 1.612,40'. Integers are cents."""
    euros = Decimal(value) / 100 if isinstance(value, int) else value
    return format_currency(euros, "EUR", locale=locale)


def countdown(working_days_left: int, status: str) -> Problem:
    """'3 working days left', 'due today', '2 working days overdue', 'met' — as a catalogue
    phrase: the command line prints its English, the window its Dutch ('nog 3 werkdagen')."""
    if status in ("met", "late", "stopped"):
        return problem(f"countdown.{status}")
    n = abs(working_days_left)
    number = "one" if n == 1 else "many"
    if status == "passed":
        return problem(f"countdown.passed.{number}", n=n)
    if working_days_left == 0:
        return problem("countdown.today")
    return problem(f"countdown.{'left' if working_days_left > 0 else 'overdue'}.{number}", n=n)


# -- fixed dates set by others (issue 16.4) ------------------------------------------------
# A bailiff's visit or an eviction is not a term the team meets or misses: it comes closer, and
# once behind us it is a fact. The words say so: "ontruiming over 7 werkdagen (ma 14 dec)",
# "deurwaardersdatum was do 3 dec" — never "te laat".

_FIXED_KINDS = ("eviction_date", "bailiff_date")


def day_month(day: date, locale: str = LOCALE) -> str:
    """'ma 14 dec' — a date a few weeks away, short enough for a list cell."""
    return format_date(day, format="EEE d MMM", locale=locale).replace(".", "")


def fixed_date(
    fixed: str,
    due: date,
    status: str,
    working_days_left: int,
    days_left: int | None,
    locale: str,
) -> Problem:
    """'eviction in 7 working days (Mon 14 Dec)', 'bailiff today (Thu 3 Dec)', 'eviction date
    was Thu 3 Dec', 'eviction averted' — as a catalogue phrase (Dutch in the window:
    'ontruiming over 7 werkdagen (ma 14 dec)').

    The words come from the catalogue, but the date inside is spelled per language ("ma 14 dec"
    against "Mon 14 Dec"), and a parameter holds one value for both. So the caller names the
    `locale` of the language it will show the phrase in (the command line "en_GB", the window
    its own), and the date goes in already spelled that way: one function, both outputs as
    before.
    """
    kind = fixed if fixed in _FIXED_KINDS else "other"
    when = day_month(due, locale)
    if status in ("met", "late"):
        return problem(f"fixed.met.{kind}")
    if status == "stopped":
        return problem("countdown.stopped")
    if status == "passed" or (days_left is not None and days_left < 0):
        return problem(f"fixed.was.{kind}", when=when)
    noun = problem(f"fixed.noun.{kind}")
    if days_left == 0:
        return problem("fixed.today", noun=noun, when=when)
    if working_days_left <= 0:  # a weekend or closed day away: no working day in between
        n = days_left or 0
        return problem(f"fixed.days.{'one' if n == 1 else 'many'}", noun=noun, n=n, when=when)
    n = working_days_left
    return problem(
        f"fixed.working_days.{'one' if n == 1 else 'many'}", noun=noun, n=n, when=when
    )
