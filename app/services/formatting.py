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
