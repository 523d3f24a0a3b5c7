"""Dated deadlines for one case: covenant terms applied to the case's facts and a calendar.

Counting follows the covenant and the Algemene termijnenwet: the start day is day 0; a term of
N working days ends on the N-th working day after it; a term in days, weeks or months that ends
on a closed day moves to the next working day; a fixed date (the planned bailiff date, the
eviction date) is a fact from the corporation or the court and is never moved. Each deadline
carries the days it skipped or was moved over, so the app can say *why* it is due when it is.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .calendar import BASIS_OFFICE, BASIS_WEEKEND, ClosedDay, WorkingDayCalendar
from .profile import DEFAULT_PROXIMITY, CovenantProfile, ProximityScale, TermRule
from .vocabulary import START_EVENT_KINDS

FLAG_LATE_SIGNAL = "late_signal"
FLAG_BAILIFF_BLOCKED = "bailiff_blocked"
FLAG_NO_EVICTION_GROUND = "eviction_without_ground"
FLAG_BENEFIT_UNRECORDED = "benefit_unrecorded"
#: the event that records why an eviction for rent arrears may go ahead (A 1.13 lid 3)
EVICTION_GROUND_EVENT = "eviction_ground"
#: H 3.4: a payment arrangement was already in place when the signal came
ARRANGEMENT_IN_PLACE_EVENT = "arrangement_in_place"

STATUS_OPEN = "open"
STATUS_OVERDUE = "overdue"
STATUS_MET = "met"
STATUS_LATE = "late"
#: the case ended (closed, or not taken on) before the term was met: it no longer runs, so it
#: no longer counts down or up (issue 16.4)
STATUS_STOPPED = "stopped"
#: a fixed date set by others (the bailiff's, the eviction's) is behind us: it is a fact, not a
#: term the team missed (issue 16.4)
STATUS_PASSED = "passed"

_ONE_DAY = timedelta(days=1)
_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
_START_PHRASES = {
    "signal": "de melding",
    "bailiff_date": "de geplande deurwaardersdatum",
    "eviction_date": "de ontruimingsdatum",
    "missed_rent_notice": "het bericht over gemiste huur",
    "settlement_start": "de start van het minnelijk traject",
}
_UNIT_WORDS = {
    "working_days": ("werkdag", "werkdagen"),
    "days": ("dag", "dagen"),
    "weeks": ("week", "weken"),
    "months": ("maand", "maanden"),
}


@dataclass(frozen=True)
class EventFact:
    """Something that happened in a case, e.g. ``contact_attempt`` on a date."""

    kind: str
    on: date


@dataclass(frozen=True)
class CaseFacts:
    """The facts of a case that decide its deadlines; nothing personal."""

    kind: str
    signal_date: date
    bailiff_date: date | None
    eviction_date: date | None
    events: tuple[EventFact, ...]
    #: Sluitende Aanpak instruments deployed: (code, date deployed)
    instruments: tuple[tuple[str, date], ...] = ()
    #: a Geregelde Betaling was deployed without a recorded Participatiewet benefit (A 1.5)
    benefit_unrecorded: bool = False


@dataclass(frozen=True)
class Deadline:
    """One dated term of a case.

    ``skipped`` holds the closed days a working-day count passed over, or, for a moved term, the
    closed days it was moved over (then ``moved_from`` is the date before moving). ``unit``,
    ``length`` and ``start_event`` only feed :meth:`explain`; a deadline rebuilt from storage
    without them still explains itself, more briefly.
    """

    id: str
    label: str
    due: date
    article: str
    start: date
    met_on: date | None
    skipped: tuple[ClosedDay, ...]
    moved_from: date | None
    is_default: bool
    unit: str = ""
    length: int = 0
    start_event: str = ""

    def explain(self) -> str:
        """Why the deadline falls on ``due``, in Dutch, in one or two sentences."""
        text = self._explain_count()
        if self.is_default:
            text += " Dit is een kantoorinstelling, geen termijn uit het convenant."
        return text

    def _explain_count(self) -> str:
        due = _long(self.due)
        if self.unit == "fixed":
            what = _START_PHRASES.get(self.start_event, "de opgegeven datum")
            return (
                f"Vaste datum: {what}, {due} ({self.article}); "
                "deze datum wordt nooit verschoven."
            )
        words = _UNIT_WORDS.get(self.unit)
        if words is None or self.length <= 0:
            return f"Uiterlijk {due} ({self.article})."
        amount = f"{self.length} {words[0] if self.length == 1 else words[1]}"
        start = _START_PHRASES.get(self.start_event, "de start")
        head = f"{amount} na {start} van {_dmy(self.start)} ({self.article})"
        if self.moved_from is not None:
            days = _join(_short(c, self.start.year) for c in self.skipped)
            verb = "is" if len(self.skipped) == 1 else "zijn"
            return (
                f"{head} valt op {_long(self.moved_from)}; verschoven naar {due} "
                f"omdat {days} geen werkdag {verb} (Algemene termijnenwet)."
            )
        if self.skipped:
            days = ", ".join(_short(c, self.start.year) for c in self.skipped)
            return f"{head}: uiterlijk {due}; overgeslagen: {days}."
        return f"{head}: uiterlijk {due}."


@dataclass(frozen=True)
class DeadlineState:
    """Where a deadline stands on a given day.

    ``working_days_left`` counts working days in (today, due] while open (0 on the due day) and
    is minus the working days in (due, today] when overdue. For met and late deadlines it is 0:
    a finished term has no countdown, and a stored value then never goes stale.
    """

    status: str
    working_days_left: int
    #: for a fixed date still ahead, how close it is on its own scale: ``critical``, ``urgent``,
    #: ``attention`` or ``planned`` (see :class:`ProximityScale`); empty otherwise
    proximity: str = ""


def compute_deadlines(
    facts: CaseFacts, profile: CovenantProfile, calendar: WorkingDayCalendar
) -> list[Deadline]:
    """The profile's terms that apply to this case, dated, in profile order."""
    out: list[Deadline] = []
    for term in profile.terms:
        if not term.applies(facts.kind):
            continue
        start = _start_date(term.start, facts)
        if start is None:
            continue
        due, moved_from, skipped = _due(term, start, calendar)
        # Events meet a fixed date from the signal on (an arrangement made before the bailiff
        # date meets it); a counted term is met from its own start.
        window = min(facts.signal_date, start) if term.unit == "fixed" else start
        out.append(
            Deadline(
                id=term.id,
                label=term.label,
                due=due,
                article=term.article,
                start=start,
                met_on=_met_on(term.met_by, window, facts.events),
                skipped=skipped,
                moved_from=moved_from,
                is_default=term.is_default,
                unit=term.unit,
                length=term.length,
                start_event=term.start,
            )
        )
    return out


def evaluate(
    deadline: Deadline,
    today: date,
    calendar: WorkingDayCalendar,
    *,
    case_ended: bool = False,
    fixed: bool = False,
    scale: ProximityScale | None = None,
) -> DeadlineState:
    """Status on ``today``: open, overdue, met (on or before due), late (met after due),
    stopped (not met, and the case has ended: nothing is due any more), or passed (a fixed date
    behind us). A fixed date (``fixed``, or any date with a ``scale``) is never overdue: it is
    set by others; while ahead it carries its proximity on ``scale`` (issue 16.4)."""
    if deadline.met_on is not None:
        status = STATUS_MET if deadline.met_on <= deadline.due else STATUS_LATE
        return DeadlineState(status, 0)
    if case_ended:
        return DeadlineState(STATUS_STOPPED, 0)
    left = calendar.working_days_between(today, deadline.due)
    if fixed or scale is not None:
        if deadline.due < today:
            return DeadlineState(STATUS_PASSED, left)
        return DeadlineState(STATUS_OPEN, left, scale.level(left) if scale else "")
    status = STATUS_OPEN if deadline.due >= today else STATUS_OVERDUE
    return DeadlineState(status, left)


def term_state(
    deadline: Deadline,
    today: date,
    calendar: WorkingDayCalendar,
    profile: CovenantProfile,
    *,
    case_ended: bool = False,
) -> DeadlineState:
    """:func:`evaluate` with what the profile says about the term: a fixed date gets its own
    scale (the profile's, or the default one), a counted term none."""
    rule = profile.term(deadline.id)
    fixed = rule is not None and rule.unit == "fixed"
    scale = (rule.proximity or DEFAULT_PROXIMITY) if rule is not None and fixed else None
    return evaluate(deadline, today, calendar, case_ended=case_ended, fixed=fixed, scale=scale)


def case_flags(facts: CaseFacts, profile: CovenantProfile) -> list[str]:
    """Warnings about the case as a whole, in a fixed order.

    ``late_signal``: the signal arrived less than ``late_signal_days`` calendar days before the
    planned bailiff date (H 3.4: at the latest 2 weeks before, "tenzij er al een
    betalingsregeling is getroffen": not when an arrangement was already in place).
    ``bailiff_blocked``: under the Sluitende Aanpak (A 1.13 lid 1) a tenant reaches the bailiff
    only after an instrument was demonstrably deployed, so an instrument deployed on or after
    the bailiff date does not count. ``eviction_without_ground``: A 1.13 lid 3, no eviction for
    rent arrears unless a ground is recorded. ``benefit_unrecorded``: a Geregelde Betaling (for
    people on a Participatiewet benefit, A 1.5 and 1.9) without that benefit recorded.
    """
    flags: list[str] = []
    kinds = {e.kind for e in facts.events}
    if facts.bailiff_date is not None:
        late = facts.signal_date > facts.bailiff_date - timedelta(days=profile.late_signal_days)
        if late and ARRANGEMENT_IN_PLACE_EVENT not in kinds:
            flags.append(FLAG_LATE_SIGNAL)
        if profile.sluitende_aanpak and not instrument_before(
            facts.instruments, profile.instruments, facts.bailiff_date
        ):
            flags.append(FLAG_BAILIFF_BLOCKED)
    if profile.sluitende_aanpak:
        if facts.eviction_date is not None and EVICTION_GROUND_EVENT not in kinds:
            flags.append(FLAG_NO_EVICTION_GROUND)
        if facts.benefit_unrecorded:
            flags.append(FLAG_BENEFIT_UNRECORDED)
    return flags


def instrument_before(
    deployed: Iterable[tuple[str, date]], known: Iterable[str], bailiff_date: date
) -> bool:
    """A 1.13 lid 1: an instrument of the covenant was deployed before the bailiff date."""
    codes = set(known)
    return any(code in codes and on < bailiff_date for code, on in deployed)


def next_due(deadlines: Iterable[Deadline]) -> date | None:
    """The earliest due date among unmet deadlines (what the inbox sorts on)."""
    return min((d.due for d in deadlines if d.met_on is None), default=None)


def unmet_dues(deadlines: Iterable[Deadline]) -> tuple[date | None, tuple[date, ...]]:
    """The earliest unmet counted term, and the unmet fixed dates (bailiff, eviction).

    A fixed date counts as "due" only up to and including its day: once behind us it is a
    fact, not a term the team can still miss (issue 16.4), so the rank's due date moves on
    (see :func:`~app.services.rules.ranking.rank_segments`).
    """
    unmet = [d for d in deadlines if d.met_on is None]
    counted = min((d.due for d in unmet if d.unit != "fixed"), default=None)
    return counted, tuple(sorted(d.due for d in unmet if d.unit == "fixed"))


def missing_decree_years_for(
    deadlines: Sequence[Deadline], calendar: WorkingDayCalendar
) -> list[int]:
    """Years these deadlines were counted through without a Royal-Decree table loaded."""
    years: set[int] = set()
    for d in deadlines:
        lo, hi = (d.start, d.due) if d.start <= d.due else (d.due, d.start)
        years.update(calendar.missing_decree_years(lo, hi))
    return sorted(years)


# -- helpers -------------------------------------------------------------------------------


def _start_date(start: str, facts: CaseFacts) -> date | None:
    if start == "signal":
        return facts.signal_date
    if start == "bailiff_date":
        return facts.bailiff_date
    if start == "eviction_date":
        return facts.eviction_date
    # The latest such event: a new missed-rent notice starts a new recovery term, and a new
    # settlement restarts the 36 months.
    kind = START_EVENT_KINDS[start]
    return max((e.on for e in facts.events if e.kind == kind), default=None)


def _met_on(met_by: tuple[str, ...], window: date, events: Iterable[EventFact]) -> date | None:
    return min((e.on for e in events if e.kind in met_by and e.on >= window), default=None)


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later; a day the month lacks becomes its last day (31 Jan → 28 Feb)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, _stdlib_calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=65536)
def _due(
    term: TermRule, start: date, calendar: WorkingDayCalendar
) -> tuple[date, date | None, tuple[ClosedDay, ...]]:
    """Due date, the date before moving (if moved) and the closed days involved.

    Cached: in a recompute of many cases the same (term, start day) recurs constantly, and the
    calendar is immutable once built.
    """
    if term.unit == "fixed":
        return start, None, ()
    if term.unit == "working_days":
        due = calendar.add_working_days(start, term.length)
        return due, None, tuple(calendar.skipped_between(start, due))
    if term.unit == "days":
        raw = start + timedelta(days=term.length)
    elif term.unit == "weeks":
        raw = start + timedelta(weeks=term.length)
    else:
        raw = add_months(start, term.length)
    if not term.roll_forward or calendar.is_working_day(raw):
        return raw, None, ()
    due = calendar.roll_forward(raw)
    return due, raw, tuple(calendar.skipped_between(raw - _ONE_DAY, due - _ONE_DAY))


def _dmy(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def _long(d: date) -> str:
    return f"{_WEEKDAYS[d.weekday()]} {_dmy(d)}"


def _short(closed: ClosedDay, year: int) -> str:
    d = closed.day
    day_month = f"{d.day:02d}-{d.month:02d}" if d.year == year else _dmy(d)
    when = f"{_WEEKDAYS[d.weekday()]} {day_month}"
    if closed.basis in (BASIS_WEEKEND, BASIS_OFFICE) or closed.name == closed.basis:
        return f"{when} ({closed.basis})"
    # "Atw art. 3 lid 3 (Koninklijk Besluit)" would nest parentheses; flatten it.
    basis = closed.basis.replace(" (", ", ").replace(")", "")
    return f"{when} {closed.name} ({basis})"


def _join(parts: Iterable[str]) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
