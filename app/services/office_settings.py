"""What an office sets up: checked, written and audited in one place, for the window and the CLI.

The office name, the letterhead, the shared contact-list folder, the office's closing days, the
terms the covenant leaves open and the living-cost norm. A refusal is data (:class:`Refusal`:
the settings page and field it is about, English for the command line, Dutch for the window)
and changes nothing. Every change is audited. A change that moves deadlines (closing days, term
lengths) recomputes every case in the same transaction, so the lists never show old deadlines.

:func:`apply_changes` writes what a settings window changed on several pages in one go: it tries
every part, collects every refusal, and raises them together, so the caller's transaction rolls
back the parts that were fine and the worker can fix everything at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.services import audit
from app.services.casework import (
    RulesContext,
    load_context,
    office_closures,
    office_term_lengths,
    recompute_if_rules_changed,
    set_office_closures,
    set_office_term_lengths,
    stored_profile,
)
from app.services.contacts.sync import FOLDER_SETTING
from app.services.formatting import long_date
from app.services.letters.letterhead import LogoProblem, set_letterhead
from app.services.money import BudgetProblem, LivingCostNorm
from app.services.problems import Problem
from app.services.rules.calendar import BASIS_OFFICE, BASIS_WEEKEND, WorkingDayCalendar
from app.services.rules.profile import CovenantProfile, TermRule
from app.services.sdv.inventory import (
    living_cost_norm,
    max_arrangement_months,
    set_living_cost_norm,
    set_max_arrangement_months,
)
from app.services.store import Store, get_setting, set_setting

# the settings pages a refusal can point to (the window shows it there)
PAGE_OFFICE = "office"
PAGE_LETTERHEAD = "letterhead"
PAGE_CONTACTS = "contacts"
PAGE_CLOSING_DAYS = "closing_days"
PAGE_TERMS = "terms"
PAGE_NORM = "norm"

#: the longest office name, letterhead line or signer: a letter has room for no more
TEXT_MAX = 120
#: the address column of the letterhead holds this many lines
ADDRESS_LINES_MAX = 6
#: the longest value an office may give a term the covenant leaves open (about half a year):
#: a longer one is a typing error, and would hide every case's deadline for months
TERM_MAX = {"working_days": 130, "days": 183, "weeks": 26, "months": 6}
_UNIT_EN = {"working_days": "working days", "days": "days", "weeks": "weeks", "months": "months"}
_UNIT_NL = {"working_days": "werkdagen", "days": "dagen", "weeks": "weken", "months": "maanden"}


@dataclass(frozen=True)
class Refusal:
    """One reason a setting is not changed: where (page, field), in English and in Dutch.

    Being moved to catalogue problems (issue 17.1): a refusal that carries `problem` (the logo's,
    for now) has no Dutch of its own; the window shows the problem through the catalogue.
    """

    page: str
    field: str
    en: str
    nl: str = ""
    problem: Problem | None = None


class SettingsRefused(ValueError):
    """Nothing was changed. `str()` is English; `dutch()` is for the window."""

    def __init__(self, refusals: Sequence[Refusal]) -> None:
        if not refusals:
            raise ValueError("SettingsRefused needs at least one refusal")
        self.refusals: tuple[Refusal, ...] = tuple(refusals)
        super().__init__("; ".join(r.en for r in self.refusals))

    def dutch(self) -> str:
        """The Dutch the refusals still carry (a refusal with a `problem` is shown from it)."""
        return "\n".join(r.nl for r in self.refusals if r.nl)

    def on_page(self, page: str) -> list[Refusal]:
        return [r for r in self.refusals if r.page == page]


def _refuse(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise SettingsRefused([refusal])


def normal_text(text: str) -> str:
    """One line, trimmed, inner runs of spaces folded (what a letter prints)."""
    return " ".join(text.split())


def _too_long(page: str, name: str, en: str, nl: str, value: str) -> Refusal | None:
    if len(value) <= TEXT_MAX:
        return None
    return Refusal(
        page,
        name,
        f"the {en} is longer than {TEXT_MAX} characters",
        f"{nl} is langer dan {TEXT_MAX} tekens. Maak het korter.",
    )


# --- the office name ---------------------------------------------------------------------------


def office_name_refusal(name: str) -> Refusal | None:
    clean = normal_text(name)
    if not clean:
        return Refusal(
            PAGE_OFFICE,
            "office_name",
            "the office name cannot be empty",
            "De naam van het kantoor is leeg. Vul de naam in zoals die op brieven moet staan.",
        )
    return _too_long(PAGE_OFFICE, "office_name", "office name", "De naam van het kantoor", clean)


def office_name(session: Session) -> str:
    return get_setting(session, "office_name", "") or ""


def set_office_name(session: Session, name: str, *, actor: str | None = None) -> str:
    """The name on letters and in the window's title; returns it as stored."""
    _refuse(office_name_refusal(name))
    clean = normal_text(name)
    if clean != office_name(session):
        set_setting(session, "office_name", clean)
        audit.record(session, "change", "setting", "office_name", actor=actor)
    return clean


# --- the letterhead ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterheadChange:
    """What to change in the letterhead; None keeps a part as it is."""

    address_lines: tuple[str, ...] | None = None
    place: str | None = None
    signer: str | None = None
    signer_function: str | None = None
    logo: bytes | None = field(default=None, repr=False)
    remove_logo: bool = False

    def is_empty(self) -> bool:
        parts = (self.address_lines, self.place, self.signer, self.signer_function, self.logo)
        return all(part is None for part in parts) and not self.remove_logo


def letterhead_refusals(change: LetterheadChange) -> list[Refusal]:
    refusals: list[Refusal] = []
    if change.address_lines is not None:
        lines = [normal_text(line) for line in change.address_lines if line.strip()]
        if len(lines) > ADDRESS_LINES_MAX:
            refusals.append(
                Refusal(
                    PAGE_OFFICE,
                    "address",
                    f"the office address has {len(lines)} lines; a letterhead has room for "
                    f"{ADDRESS_LINES_MAX}",
                    f"Het adres van het kantoor heeft {len(lines)} regels; op het briefhoofd "
                    f"passen er {ADDRESS_LINES_MAX}.",
                )
            )
        for line in lines:
            found = _too_long(
                PAGE_OFFICE, "address", "address line", "Een regel van het adres", line
            )
            if found is not None:
                refusals.append(found)
                break
    for name, page, given, en, nl in (
        ("place", PAGE_OFFICE, change.place, "place", "De plaats"),
        ("signer", PAGE_LETTERHEAD, change.signer, "signer's name", "De naam van de ondertekenaar"),
        (
            "signer_function",
            PAGE_LETTERHEAD,
            change.signer_function,
            "signer's function",
            "De functie van de ondertekenaar",
        ),
    ):
        if given is not None:
            found = _too_long(page, name, en, nl, normal_text(given))
            if found is not None:
                refusals.append(found)
    if change.logo is not None and change.remove_logo:
        refusals.append(
            Refusal(
                PAGE_LETTERHEAD,
                "logo",
                "give a new logo or remove the logo, not both",
                "Kies een nieuw logo of verwijder het logo, niet allebei.",
            )
        )
    return refusals


def change_letterhead(
    session: Session, change: LetterheadChange, *, actor: str | None = None
) -> list[str]:
    """Check and store; returns the names of the parts that changed (for the audit)."""
    refusals = letterhead_refusals(change)
    if refusals:
        raise SettingsRefused(refusals)
    address = None
    if change.address_lines is not None:
        address = [normal_text(line) for line in change.address_lines if line.strip()]
    try:
        return set_letterhead(
            session,
            address_lines=address,
            signer=change.signer,
            signer_function=change.signer_function,
            place=change.place,
            logo=change.logo,
            remove_logo=change.remove_logo,
            actor=actor,
        )
    except LogoProblem as problem:
        raise SettingsRefused(
            [Refusal(PAGE_LETTERHEAD, "logo", str(problem), problem=problem.first)]
        ) from problem


# --- the shared contact-list folder --------------------------------------------------------------


def set_contacts_folder(session: Session, folder: Path, *, actor: str | None = None) -> Path:
    """The shared folder the contact list is synced from. It may be unreachable right now (a
    laptop offline); the sync says so. Returns the folder as stored (absolute)."""
    if not str(folder).strip():
        _refuse(
            Refusal(
                PAGE_CONTACTS,
                "folder",
                "no folder given",
                "Er is geen map gekozen.",
            )
        )
    path = folder.expanduser().absolute()
    set_setting(session, FOLDER_SETTING, str(path))
    audit.record(session, "change", "setting", FOLDER_SETTING, actor=actor)
    return path


# --- office closing days ------------------------------------------------------------------------


def closing_day_refusal(
    calendar: WorkingDayCalendar, current: Collection[date], day: date
) -> Refusal | None:
    """Why `day` cannot be added as an office closing day, or None. A day that is already not
    a working day (a weekend, a public holiday, a decree day) would change nothing."""
    if day in current:
        return Refusal(
            PAGE_CLOSING_DAYS,
            "day",
            f"{day} is already an office closing day",
            f"{long_date(day)} staat al in de lijst met sluitingsdagen.",
        )
    closed = calendar.closed_day(day)
    if closed is None or closed.basis == BASIS_OFFICE:
        return None
    if closed.basis == BASIS_WEEKEND:
        en_day = "Saturday" if day.weekday() == 5 else "Sunday"
        return Refusal(
            PAGE_CLOSING_DAYS,
            "day",
            f"{day} is a {en_day}; weekends never count as working days",
            f"{long_date(day)} valt op een {closed.name}. Het weekend telt al niet mee als "
            "werkdag.",
        )
    return Refusal(
        PAGE_CLOSING_DAYS,
        "day",
        f"{day} is already a day off for everyone ({closed.name})",
        f"{long_date(day)} is al een vrije dag voor iedereen ({closed.name}).",
    )


def change_closing_days(
    session: Session,
    *,
    add: Iterable[date] = (),
    remove: Iterable[date] = (),
    actor: str | None = None,
    recompute: bool = True,
) -> int:
    """Add and remove office closing days; returns how many cases were recomputed."""
    to_add, to_remove = sorted(set(add)), sorted(set(remove))
    days = set(office_closures(session))
    calendar = load_context(session).calendar
    refusals: list[Refusal] = []
    for day in to_remove:
        if day not in days:
            refusals.append(
                Refusal(
                    PAGE_CLOSING_DAYS,
                    "day",
                    f"{day} is not an office closing day",
                    f"{long_date(day)} is geen sluitingsdag van het kantoor.",
                )
            )
        days.discard(day)
    for day in to_add:
        found = closing_day_refusal(calendar, days, day)
        if found is not None:
            refusals.append(found)
        days.add(day)
    if refusals:
        raise SettingsRefused(refusals)
    if not to_add and not to_remove:
        return 0
    set_office_closures(session, days)
    detail = ";".join(
        f"{what}={','.join(d.isoformat() for d in group)}"
        for what, group in (("added", to_add), ("removed", to_remove))
        if group
    )
    audit.record(session, "change", "calendar", "office_closures", detail=detail, actor=actor)
    return recompute_rules(session, actor=actor) if recompute else 0


# --- terms the covenant leaves open -------------------------------------------------------------


def open_terms(profile: CovenantProfile) -> tuple[TermRule, ...]:
    """The terms whose length is the office's choice (``default = true`` in the covenant)."""
    return tuple(t for t in profile.terms if t.is_default)


def term_label(term: TermRule) -> str:
    """'Contact met de huurder' (the covenant's label up to its explanation)."""
    return term.label.split(" — ")[0].strip() or term.id


def unit_nl(unit: str) -> str:
    return _UNIT_NL.get(unit, unit)


def term_refusals(profile: CovenantProfile, lengths: Mapping[str, int]) -> list[Refusal]:
    refusals: list[Refusal] = []
    for term_id, length in lengths.items():
        term = profile.term(term_id)
        if term is None:
            known = ", ".join(t.id for t in open_terms(profile)) or "none"
            refusals.append(
                Refusal(
                    PAGE_TERMS,
                    term_id,
                    f"unknown term '{term_id}' (terms this office may set: {known})",
                    f"Het convenant kent geen termijn '{term_id}'.",
                )
            )
        elif not term.is_default:
            refusals.append(
                Refusal(
                    PAGE_TERMS,
                    term_id,
                    f"term '{term_id}' is fixed by the covenant ({term.article})",
                    f"De termijn '{term_label(term)}' ligt vast in het convenant "
                    f"({term.article}); die kan het kantoor niet veranderen.",
                )
            )
        else:
            most = TERM_MAX.get(term.unit, 0)
            if not 1 <= length <= most:
                unit_en = _UNIT_EN.get(term.unit, term.unit)
                refusals.append(
                    Refusal(
                        PAGE_TERMS,
                        term_id,
                        f"term '{term_id}' must be between 1 and {most} {unit_en}",
                        f"{term_label(term)}: kies 1 tot en met {most} {unit_nl(term.unit)}.",
                    )
                )
    return refusals


def change_term_lengths(
    session: Session,
    lengths: Mapping[str, int],
    *,
    actor: str | None = None,
    recompute: bool = True,
) -> int:
    """Set the office's own length of terms the covenant leaves open; returns how many cases
    were recomputed."""
    profile = stored_profile(session)  # the covenant as written, before the office's choices
    refusals = term_refusals(profile, lengths)
    if refusals:
        raise SettingsRefused(refusals)
    current = office_term_lengths(session)
    merged = {**current, **lengths}
    if merged == current:
        return 0
    profile.with_office_term_lengths(merged)  # the profile's own check: cannot fail after ours
    set_office_term_lengths(session, merged)
    detail = ",".join(f"{k}={v}" for k, v in sorted(lengths.items()))
    audit.record(session, "change", "setting", "term_lengths", detail=detail, actor=actor)
    return recompute_rules(session, actor=actor) if recompute else 0


def recompute_rules(session: Session, *, actor: str | None = None) -> int:
    """Recompute every case if the calendar or the terms now differ from what they were
    computed with; returns how many cases were recomputed."""
    count = recompute_if_rules_changed(session, load_context(session))
    if count:
        audit.record(session, "recompute", "cases", "-", detail=f"cases={count}", actor=actor)
    return count


# --- the living-cost norm -----------------------------------------------------------------------


def change_norm(session: Session, norm: LivingCostNorm | None, months: int | None) -> bool:
    """The living-cost norm and the longest arrears arrangement; True when something changed."""
    changed = False
    try:
        if norm is not None and norm != living_cost_norm(session):
            set_living_cost_norm(session, norm)
            changed = True
        if months is not None and months != max_arrangement_months(session):
            set_max_arrangement_months(session, months)
            changed = True
    except BudgetProblem as problem:
        raise SettingsRefused(
            [
                Refusal(
                    PAGE_NORM,
                    "norm",
                    str(problem),
                    "Deze bedragen kunnen niet worden gebruikt; er is niets opgeslagen.",
                )
            ]
        ) from problem
    return changed


def stored_norm(store: Store) -> tuple[LivingCostNorm, int]:
    """The office's living-cost norm and longest arrears arrangement (months), as stored."""
    with store.session() as session:
        return living_cost_norm(session), max_arrangement_months(session)


def save_norm(store: Store, norm: LivingCostNorm | None, months: int | None) -> bool:
    """:func:`change_norm` in a transaction of its own. Raises `SettingsRefused`."""
    with store.transaction() as session:
        return change_norm(session, norm, months)


# --- everything a settings window changed, at once --------------------------------------------


@dataclass(frozen=True)
class OfficeChanges:
    """What a settings window changed; empty parts stay as they are."""

    office_name: str | None = None
    letterhead: LetterheadChange | None = None
    contacts_folder: Path | None = None
    closing_days_added: frozenset[date] = frozenset()
    closing_days_removed: frozenset[date] = frozenset()
    term_lengths: Mapping[str, int] = field(default_factory=dict)
    living_cost_norm: LivingCostNorm | None = None
    max_arrangement_months: int | None = None

    def is_empty(self) -> bool:
        return (
            self.office_name is None
            and (self.letterhead is None or self.letterhead.is_empty())
            and self.contacts_folder is None
            and not self.closing_days_added
            and not self.closing_days_removed
            and not self.term_lengths
            and self.living_cost_norm is None
            and self.max_arrangement_months is None
        )


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_changes` did, and the office as it is now."""

    office_name: str
    ctx: RulesContext
    recomputed: int
    contacts_folder: Path | None
    rules_changed: bool


def apply_changes(session: Session, changes: OfficeChanges, *, actor: str | None = None) -> Applied:
    """Write every part of `changes`, recomputing once at the end. Raises SettingsRefused with
    every refusal of every part; the caller's transaction then rolls the rest back."""
    refusals: list[Refusal] = []

    def attempt(step: Callable[[], object]) -> None:
        try:
            step()
        except SettingsRefused as refused:
            refusals.extend(refused.refusals)

    folder: list[Path] = []
    if changes.office_name is not None:
        name = changes.office_name
        attempt(lambda: set_office_name(session, name, actor=actor))
    if changes.letterhead is not None and not changes.letterhead.is_empty():
        head = changes.letterhead
        attempt(lambda: change_letterhead(session, head, actor=actor))
    if changes.contacts_folder is not None:
        chosen = changes.contacts_folder
        attempt(lambda: folder.append(set_contacts_folder(session, chosen, actor=actor)))
    rules_changed = bool(
        changes.closing_days_added or changes.closing_days_removed or changes.term_lengths
    )
    if changes.closing_days_added or changes.closing_days_removed:
        added, removed = changes.closing_days_added, changes.closing_days_removed
        attempt(
            lambda: change_closing_days(
                session, add=added, remove=removed, actor=actor, recompute=False
            )
        )
    if changes.term_lengths:
        lengths = changes.term_lengths
        attempt(lambda: change_term_lengths(session, lengths, actor=actor, recompute=False))
    if changes.living_cost_norm is not None or changes.max_arrangement_months is not None:
        norm, months = changes.living_cost_norm, changes.max_arrangement_months
        attempt(lambda: change_norm(session, norm, months))
    if refusals:
        raise SettingsRefused(refusals)
    recomputed = recompute_rules(session, actor=actor) if rules_changed else 0
    return Applied(
        office_name=office_name(session),
        ctx=load_context(session),
        recomputed=recomputed,
        contacts_folder=folder[0] if folder else None,
        rules_changed=rules_changed,
    )
