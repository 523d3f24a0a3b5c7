"""Every date, amount and countdown shown to people goes through here, with an explicit locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

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


def countdown_nl(working_days_left: int, status: str) -> str:
    """'nog 3 werkdagen', 'vandaag', '2 werkdagen te laat', 'gehaald'."""
    if status == "met":
        return "gehaald"
    if status == "late":
        return "te laat gehaald"
    if status == "stopped":
        return "vervallen: zaak beëindigd"
    if status == "passed":
        n = abs(working_days_left)
        return f"datum voorbij ({n} {'werkdag' if n == 1 else 'werkdagen'} geleden)"
    if working_days_left == 0:
        return "vandaag"
    n = abs(working_days_left)
    unit = "werkdag" if n == 1 else "werkdagen"
    return f"nog {n} {unit}" if working_days_left > 0 else f"{n} {unit} te laat"


def countdown_en(working_days_left: int, status: str) -> str:
    """The same, for the English command line."""
    if status == "met":
        return "met"
    if status == "late":
        return "met late"
    if status == "stopped":
        return "lapsed: case ended"
    if status == "passed":
        n = abs(working_days_left)
        return f"date passed ({n} working day{'' if n == 1 else 's'} ago)"
    if working_days_left == 0:
        return "due today"
    n = abs(working_days_left)
    unit = "working day" if n == 1 else "working days"
    return f"{n} {unit} left" if working_days_left > 0 else f"{n} {unit} overdue"


# -- fixed dates set by others (issue 16.4) ------------------------------------------------
# A bailiff's visit or an eviction is not a term the team meets or misses: it comes closer, and
# once behind us it is a fact. The words say so: "ontruiming over 7 werkdagen (ma 14 dec)",
# "deurwaardersdatum was do 3 dec" — never "te laat".

_FIXED_NOUNS_NL = {"eviction_date": "ontruiming", "bailiff_date": "deurwaarder"}
_FIXED_NOUNS_EN = {"eviction_date": "eviction", "bailiff_date": "bailiff"}
_FIXED_DATE_NOUNS_NL = {"eviction_date": "ontruimingsdatum", "bailiff_date": "deurwaardersdatum"}
_FIXED_DATE_NOUNS_EN = {"eviction_date": "eviction date", "bailiff_date": "bailiff date"}
_FIXED_MET_NL = {"eviction_date": "ontruiming voorkomen", "bailiff_date": "deurwaarder afgewend"}
_FIXED_MET_EN = {"eviction_date": "eviction averted", "bailiff_date": "bailiff averted"}


def day_month(day: date, locale: str = LOCALE) -> str:
    """'ma 14 dec' — a date a few weeks away, short enough for a list cell."""
    return format_date(day, format="EEE d MMM", locale=locale).replace(".", "")


def fixed_date_nl(
    fixed: str, due: date, status: str, working_days_left: int, days_left: int | None
) -> str:
    """'ontruiming over 7 werkdagen (ma 14 dec)', 'deurwaarder vandaag (do 3 dec)',
    'ontruimingsdatum was do 3 dec', 'ontruiming voorkomen'."""
    noun = _FIXED_NOUNS_NL.get(fixed, "datum")
    when = day_month(due)
    if status in ("met", "late"):
        return _FIXED_MET_NL.get(fixed, "afgewend")
    if status == "stopped":
        return "vervallen: zaak beëindigd"
    if status == "passed" or (days_left is not None and days_left < 0):
        return f"{_FIXED_DATE_NOUNS_NL.get(fixed, 'datum')} was {when}"
    if days_left == 0:
        return f"{noun} vandaag ({when})"
    if working_days_left <= 0:  # a weekend or closed day away: no working day in between
        n = days_left or 0
        return f"{noun} over {n} {'dag' if n == 1 else 'dagen'} ({when})"
    n = working_days_left
    return f"{noun} over {n} {'werkdag' if n == 1 else 'werkdagen'} ({when})"


def fixed_date_en(
    fixed: str, due: date, status: str, working_days_left: int, days_left: int | None
) -> str:
    """The same, for the English command line and window."""
    noun = _FIXED_NOUNS_EN.get(fixed, "date")
    when = day_month(due, "en_GB")
    if status in ("met", "late"):
        return _FIXED_MET_EN.get(fixed, "averted")
    if status == "stopped":
        return "lapsed: case ended"
    if status == "passed" or (days_left is not None and days_left < 0):
        return f"{_FIXED_DATE_NOUNS_EN.get(fixed, 'date')} was {when}"
    if days_left == 0:
        return f"{noun} today ({when})"
    if working_days_left <= 0:
        n = days_left or 0
        return f"{noun} in {n} {'day' if n == 1 else 'days'} ({when})"
    n = working_days_left
    return f"{noun} in {n} {'working day' if n == 1 else 'working days'} ({when})"
