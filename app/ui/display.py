"""How the window shows a day or a moment: one helper per form, in the window's language.

The formats themselves live in `app.services.formatting` (one module for every date shown to
people); these helpers only add the window's current locale, so no screen picks its own.
"""

from __future__ import annotations

from datetime import date, datetime

from app.services import formatting
from app.ui import i18n


def show_date(day: date) -> str:
    """'03-11-2026' in the Dutch window, the locale's short form in the English one."""
    return formatting.short_date(day, i18n.babel_locale())


def show_weekday_date(day: date) -> str:
    """'di 03-11-2026': a date with its weekday, where the day of the week matters (the
    troubleshooter's desk, the holidays a deadline moved over)."""
    return formatting.weekday_date(day, i18n.babel_locale())


def show_moment(moment: datetime) -> str:
    """'03-11-2026 14:05': a date and the time of day, for what was saved or written when."""
    return f"{show_date(moment.date())} {moment:%H:%M}"
