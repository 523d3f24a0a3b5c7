"""How far away a deadline is, as a phrase for a list cell or a command-line line.

Not a refusal but the same machinery: one English text per code (the command line), the
window's Dutch from the .ts. The number decides between the `.one` and `.many` codes.
"""

from __future__ import annotations

from app.services.problems.catalogue.marker import QT_TRANSLATE_NOOP

TEXTS = {
    # a term the team meets or misses
    "countdown.met": QT_TRANSLATE_NOOP("Problems", "met"),
    "countdown.late": QT_TRANSLATE_NOOP("Problems", "met late"),
    "countdown.stopped": QT_TRANSLATE_NOOP("Problems", "lapsed: case ended"),
    "countdown.passed.one": QT_TRANSLATE_NOOP("Problems", "date passed ({n} working day ago)"),
    "countdown.passed.many": QT_TRANSLATE_NOOP("Problems", "date passed ({n} working days ago)"),
    "countdown.today": QT_TRANSLATE_NOOP("Problems", "due today"),
    "countdown.left.one": QT_TRANSLATE_NOOP("Problems", "{n} working day left"),
    "countdown.left.many": QT_TRANSLATE_NOOP("Problems", "{n} working days left"),
    "countdown.overdue.one": QT_TRANSLATE_NOOP("Problems", "{n} working day overdue"),
    "countdown.overdue.many": QT_TRANSLATE_NOOP("Problems", "{n} working days overdue"),
    # a date set by others (a bailiff's visit, an eviction): it comes closer, or it was
    "fixed.noun.eviction_date": QT_TRANSLATE_NOOP("Problems", "eviction"),
    "fixed.noun.bailiff_date": QT_TRANSLATE_NOOP("Problems", "bailiff"),
    "fixed.noun.other": QT_TRANSLATE_NOOP("Problems", "date"),
    "fixed.met.eviction_date": QT_TRANSLATE_NOOP("Problems", "eviction averted"),
    "fixed.met.bailiff_date": QT_TRANSLATE_NOOP("Problems", "bailiff averted"),
    "fixed.met.other": QT_TRANSLATE_NOOP("Problems", "averted"),
    "fixed.was.eviction_date": QT_TRANSLATE_NOOP("Problems", "eviction date was {when}"),
    "fixed.was.bailiff_date": QT_TRANSLATE_NOOP("Problems", "bailiff date was {when}"),
    "fixed.was.other": QT_TRANSLATE_NOOP("Problems", "date was {when}"),
    "fixed.today": QT_TRANSLATE_NOOP("Problems", "{noun} today ({when})"),
    "fixed.days.one": QT_TRANSLATE_NOOP("Problems", "{noun} in {n} day ({when})"),
    "fixed.days.many": QT_TRANSLATE_NOOP("Problems", "{noun} in {n} days ({when})"),
    "fixed.working_days.one": QT_TRANSLATE_NOOP("Problems", "{noun} in {n} working day ({when})"),
    "fixed.working_days.many": QT_TRANSLATE_NOOP(
        "Problems", "{noun} in {n} working days ({when})"
    ),
}
