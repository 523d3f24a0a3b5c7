"""Problems of the monitoring report: the period, the corporation, the threshold."""

from __future__ import annotations

from app.services.problems.catalogue.marker import QT_TRANSLATE_NOOP

TEXTS = {
    "period.unknown": QT_TRANSLATE_NOOP(
        "Problems",
        "{text} is not a period; write a month (2026-07), a quarter (2026Q3), a half year "
        "(2026H2), a year (2026) or two dates (2026-07-01..2026-12-31)",
    ),
    "period.no_month": QT_TRANSLATE_NOOP("Problems", "{text}: there is no month {month}"),
    "period.no_date": QT_TRANSLATE_NOOP("Problems", "{text}: {date} is not a date"),
    "period.reversed": QT_TRANSLATE_NOOP(
        "Problems", "the period ends ({end}) before it starts ({start})"
    ),
    "report.unknown_corporation": QT_TRANSLATE_NOOP(
        "Problems", "there is no corporation {corporation} (known: {known})"
    ),
    "report.threshold_range": QT_TRANSLATE_NOOP(
        "Problems", "the threshold must be from 2 to 50, not {value}"
    ),
    "report.unknown_format": QT_TRANSLATE_NOOP(
        "Problems", "{name}: say which format to write (pdf, xlsx, csv or json)"
    ),
}
