"""Realistic synthetic cases for a first look and for benchmarks — marked as demo everywhere.

All people, addresses and phone numbers are invented (phone numbers from the range the
telecom regulator keeps for fiction, 06-8xxxxxxx is avoided; we use 0612345xxx style).

The office it shows looks like a real one on the day it is made (the clock's today): signals
came in on working days over the last six weeks, bailiff and eviction dates fall on working days
(the covenant's own working-day calendar), and the team keeps most terms — about one open case
in eight has stalled past a deadline (`BEHIND_SHARE`), so the red in the inbox means something.

Demo cases go only into a demo database or an empty one, which they then mark as demo
(`app.services.demo_mark`); a database with real cases is refused and left as it was.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Case, Organisation, new_uid
from app.services import audit, clock
from app.services.bulk import insert_rows
from app.services.casework import RulesContext, recompute_cases
from app.services.demo_mark import mark_as_demo
from app.services.intake.importer import store_records
from app.services.intake.signals import SignalRecord
from app.services.rules.calendar import WorkingDayCalendar, load_calendar
from app.services.rules.deadlines import CaseFacts, compute_deadlines

FIRST_NAMES = [
    "Sanne",
    "Daan",
    "Emma",
    "Mohamed",
    "Fatima",
    "Youssef",
    "Lotte",
    "Jan",
    "Anouk",
    "Kees",
    "Noor",
    "Sem",
    "Priya",
    "Ahmet",
    "Elif",
    "Willem",
    "Truus",
    "Dirk",
    "Esther",
    "Bram",
    "Ayaan",
    "Mila",
    "Ricardo",
    "Shanti",
    "Henk",
    "Ingrid",
    "Tamara",
    "Jeroen",
    "Naima",
    "Yara",
    "Lucas",
    "Femke",
    "Gerrit",
    "Hanneke",
    "Omar",
    "Rachida",
    "Kofi",
    "Maria",
    "Wim",
    "Joyce",
    "Dewi",
    "Mustafa",
    "Zeynep",
]
LAST_NAMES = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "El Amrani",
    "Ouali",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Öztürk",
    "Bouzid",
    "Tahiri",
    "Mensah",
    "Asante",
    "Pinas",
    "Doelwijt",
    "Ramdin",
    "Sewnarain",
    "Nguyen",
    "Hoekstra",
    "Kramer",
]
STREETS = [
    "Amsterdamstraat",
    "Schipholweg",
    "Vondelweg",
    "Garenkokerskade",
    "Europaweg",
    "Marsmanplein",
    "Rijksstraatweg",
    "Kleverlaan",
    "Zijlweg",
    "Spaarndamseweg",
    "Prinsen Bolwerk",
    "Leidsevaart",
    "Boerhaavelaan",
    "Floris van Adrichemlaan",
    "Aziëweg",
    "Eindhovenlaan",
    "Delftlaan",
    "Oudeweg",
    "Kennemerplein",
    "Botermarkt",
    "Jan Gijzenkade",
    "Zuiderhoutlaan",
    "Planetenlaan",
    "Amerikaweg",
]
POSTCODE_AREAS = (
    "2011",
    "2012",
    "2013",
    "2015",
    "2021",
    "2022",
    "2025",
    "2026",
    "2031",
    "2032",
    "2033",
    "2034",
    "2035",
    "2036",
    "2037",
)
LETTERS = "ABCEGHJKLMNPRTVWXZ"


#: how far back the demo's signals go (calendar days before today)
SIGNAL_WINDOW_DAYS = 40

#: of the open cases with a term already due, the share the team is behind on: the case stalled
#: at one step (not reached, no feedback, no proposal, no arrangement before the bailiff date)
BEHIND_SHARE = 0.14


def _birth(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    return today - timedelta(days=rng.randint(min_age * 365 + 10, max_age * 365 - 10))


def _working_days(calendar: WorkingDayCalendar, first: date, last: date) -> list[date]:
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [d for d in days if calendar.is_working_day(d)]


def synthetic_records(
    n: int,
    corporation_codes: list[str],
    today: date,
    seed: int = 2026,
    start_ref: int = 1,
    calendar: WorkingDayCalendar | None = None,
) -> Iterator[SignalRecord]:
    """`n` invented signals as a corporation would send them by `today`.

    Signal, bailiff and eviction dates are working days of `calendar` (default: the Dutch
    calendar without office closing days)."""
    cal = load_calendar() if calendar is None else calendar
    signal_days = _working_days(cal, today - timedelta(days=SIGNAL_WINDOW_DAYS), today)
    rng = random.Random(seed)
    for i in range(n):
        kind = rng.choices(
            ("huurachterstand", "meer_dan_huurachterstand", "zorgen_zonder_achterstand"),
            weights=(70, 20, 10),
        )[0]
        signal_date = rng.choice(signal_days)
        senior = rng.random() < 0.15
        birth = _birth(rng, today, 66, 90) if senior else _birth(rng, today, 19, 64)
        occupants = rng.choices((1, 2, 3, 4, 5, 6), weights=(35, 20, 18, 15, 8, 4))[0]
        others: list[date] = []
        for _ in range(occupants - 1):
            if rng.random() < 0.65:
                others.append(_birth(rng, today, 0, 17))
            else:
                others.append(_birth(rng, today, 18, 80))
        arrears = kind != "zorgen_zonder_achterstand"
        rent = Decimal(rng.randint(55000, 95000)) / 100
        months = Decimal(rng.choice(("1.5", "2", "2", "2.5", "3", "4")))
        # H 3.4: signalled at least two weeks before the planned bailiff; a few come in late
        bailiff = (
            cal.roll_forward(
                signal_date
                + timedelta(days=rng.randint(7, 13) if rng.random() < 0.1 else rng.randint(14, 42))
            )
            if arrears and rng.random() < 0.2
            else None
        )
        eviction = (
            cal.roll_forward(today + timedelta(days=rng.randint(5, 60)))
            if rng.random() < 0.04
            else None
        )
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        yield SignalRecord(
            row=i + 2,
            corporation_code=rng.choice(corporation_codes),
            reference=f"DEMO-{start_ref + i:07d}",
            signal_date=signal_date,
            kind=kind,
            consent=True if kind == "zorgen_zonder_achterstand" else None,
            name=f"{first} {last}",
            street=rng.choice(STREETS),
            house_number=str(rng.randint(1, 240)) + (rng.choice(("", "", "", "a", "-II"))),
            postcode=f"{rng.choice(POSTCODE_AREAS)} {rng.choice(LETTERS)}{rng.choice(LETTERS)}",
            city="Haarlem",
            phone=f"06{rng.randint(10000000, 79999999)}" if rng.random() < 0.8 else None,
            email=f"huurder{start_ref + i}@example.nl" if rng.random() < 0.4 else None,
            birth_date=birth,
            occupants=occupants,
            arrears_since=signal_date - timedelta(days=rng.randint(35, 120)) if arrears else None,
            arrears_months=months if arrears else None,
            arrears_amount=(rent * months).quantize(Decimal("0.01")) if arrears else None,
            monthly_rent=rent,
            bailiff_date=bailiff,
            eviction_date=eviction,
            children_under_18=None,
            occupant_birth_dates=tuple(others),
            statushouder=rng.random() < 0.08,
            known=rng.random() < 0.25,
            note=None,
        )


def fill_demo(
    session: Session,
    ctx: RulesContext,
    n: int,
    today: date,
    *,
    seed: int = 2026,
    with_events: bool = True,
    batch_size: int = 5000,
) -> int:
    """Add `n` demo cases (and some history) and mark the database as a demo database.

    Raises `RealCasesPresent` (and changes nothing) when the database holds real cases."""
    mark_as_demo(session)
    codes = list(
        session.scalars(select(Organisation.code).where(Organisation.kind == "corporatie"))
    )
    if not codes:
        raise ValueError("the covenant profile has no corporations")
    existing = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) or 0
    rng = random.Random(seed + 1)
    made = 0
    batch: list[SignalRecord] = []
    records = synthetic_records(
        n, codes, today, seed, start_ref=existing + 1, calendar=ctx.calendar
    )
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            made += _store_batch(session, ctx, batch, today, rng, with_events)
            batch = []
    if batch:
        made += _store_batch(session, ctx, batch, today, rng, with_events)
    if with_events:
        _demo_inventories(session, existing, rng)
    audit.record(session, "demo_fill", "case", "-", detail=f"cases={made}")
    return made


_DEMO_CREDITORS = (
    ("Energieleverancier Noord", "energie"),
    ("Waterbedrijf Kennemerland", "water"),
    ("Zorgverzekeraar West", "zorgverzekering"),
    ("Webwinkel Achteraf BV", "overig"),
)


def _demo_inventories(session: Session, after_id: int, rng: random.Random, count: int = 40) -> None:
    """A filled-in SDV inventory on some of the new demo cases, so the workbench has content."""
    from decimal import Decimal

    from app.services.money import Budget, BudgetLine
    from app.services.sdv.inventory import DebtEntry, save_inventory, suggested_budget

    cases = session.scalars(
        select(Case)
        .where(Case.id > after_id, Case.status != "gesloten", Case.arrears_cents.is_not(None))
        .order_by(Case.id)
        .limit(count)
    )
    for case in cases:
        guess = suggested_budget(case)
        income = Decimal(rng.randrange(1300, 2900)) + Decimal("0.50")
        budget = Budget(
            household_type=guess.household_type,
            children=guess.children,
            incomes=(BudgetLine("Uitkering of loon", income),),
            fixed_costs=(
                BudgetLine("Zorgverzekering", Decimal(rng.randrange(130, 300))),
                BudgetLine("Energie (voorschot)", Decimal(rng.randrange(90, 220))),
            ),
            rent=guess.rent,
        )
        debts = [
            DebtEntry(
                case.corporation.name,
                "huurachterstand",
                Decimal(case.arrears_cents or 0) / 100,
            )
        ]
        for creditor, kind in rng.sample(_DEMO_CREDITORS, rng.randint(0, 3)):
            debts.append(
                DebtEntry(creditor, kind, Decimal(rng.randrange(80, 2400)) + Decimal("0.25"))
            )
        save_inventory(session, case, budget, [d for d in debts if d.amount > 0], actor="demo")


def _store_batch(
    session: Session,
    ctx: RulesContext,
    batch: list[SignalRecord],
    today: date,
    rng: random.Random,
    with_events: bool,
) -> int:
    ids = store_records(session, batch, ctx, demo=True, author="demo", recompute=False)
    if with_events:
        events: list[dict[str, object]] = []
        now = clock.now()
        status: dict[str, list[int]] = {"in_behandeling": [], "gesloten": []}
        closed: list[dict[str, object]] = []
        assignees: dict[str, list[int]] = {}
        workers = (audit.current_actor(), "a.jansen", "m.bakker", None)
        for case_id, record in zip(ids, batch, strict=True):
            worker = rng.choice(workers)
            if worker:
                assignees.setdefault(worker, []).append(case_id)
            history = _history(record, case_id, today, ctx, rng)
            events.extend(_event(case_id, kind, on, now, d) for kind, on, d in history.events)
            if history.closed_on is not None:
                status["gesloten"].append(case_id)
                closed.append(
                    {"id": case_id, "outcome": history.outcome, "closed_on": history.closed_on}
                )
            elif history.events:
                status["in_behandeling"].append(case_id)
        if events:
            insert_rows(session.connection(), "case_events", events)
        for value, case_ids in status.items():
            if case_ids:
                session.execute(update(Case).where(Case.id.in_(case_ids)).values(status=value))
        if closed:
            session.execute(update(Case), closed)
        for worker, case_ids in assignees.items():
            session.execute(update(Case).where(Case.id.in_(case_ids)).values(assignee=worker))
    recompute_cases(session, ids, ctx)
    session.flush()
    session.expunge_all()
    return len(ids)


@dataclass
class _History:
    """What the team did on one demo case: events (kind, day, detail), and when it closed."""

    events: list[tuple[str, date, dict[str, object]]] = field(default_factory=list)
    closed_on: date | None = None
    outcome: str = ""


def _working_day(
    calendar: WorkingDayCalendar, first: date, last: date, rng: random.Random
) -> date | None:
    """A working day in [first, last], early ones likelier (work is done soon); None if none."""
    before = first - timedelta(days=1)
    count = calendar.working_days_between(before, last) if last >= first else 0
    if count <= 0:
        return None
    return calendar.add_working_days(before, min(rng.randint(1, count), rng.randint(1, count)))


def _history(
    record: SignalRecord, case_id: int, today: date, ctx: RulesContext, rng: random.Random
) -> _History:
    """A plausible course of the case up to `today`, step by step, each step before its term.

    The steps: first contact (and taking the case on), feedback to the corporation, the payment
    proposal, an arrangement before a planned bailiff. A step whose term is already past is
    done in time, unless the team is behind on the case (`BEHIND_SHARE`): then the case stalled
    at one such step. A step whose term is still running is done or not yet; after a step not
    yet done, nothing follows.
    """
    cal = ctx.calendar
    facts = CaseFacts(
        record.kind, record.signal_date, record.bailiff_date, record.eviction_date, ()
    )
    met_by = {t.id: t.met_by for t in ctx.profile.terms}
    dues = [(d.due, met_by.get(d.id, ())) for d in compute_deadlines(facts, ctx.profile, cal)]

    def due_for(kind: str) -> date | None:
        return min((due for due, kinds in dues if kind in kinds), default=None)

    signal = record.signal_date
    feedback_due = due_for("feedback_sent") or cal.add_working_days(signal, 5)
    contact_due = due_for("contact_attempt") or feedback_due
    proposal_due = due_for("proposal_sent")  # only where the covenant asks for one
    bailiff_due = due_for("arrangement_made") if record.bailiff_date is not None else None
    # (step, the day it is due, or None when no term asks for it)
    steps: list[tuple[str, date | None]] = [("contact", contact_due), ("feedback", feedback_due)]
    if proposal_due is not None:
        steps.append(("proposal", proposal_due))
    if bailiff_due is not None:
        steps.append(("arrangement", bailiff_due - timedelta(days=1)))
    past = [name for name, due in steps if due is not None and due < today]
    stall = rng.choice(past) if past and rng.random() < BEHIND_SHARE else None

    history = _History()
    last = signal
    for name, due in steps:
        if name == stall:
            return history
        if due is None or due >= today:  # its term still runs: done, or not yet
            if rng.random() < 0.35:
                return history
            latest = today if due is None else min(due, today)
        else:
            latest = due
        on = _working_day(cal, last, latest, rng)
        if on is None:
            return history
        history.events.extend(_step(name, on, case_id, rng))
        last = on
    age = (today - signal).days
    if age >= 25 and rng.random() < 0.3:
        on = _working_day(cal, last + timedelta(days=5), today, rng)
        if on is not None:
            detail = _closing(case_id)
            history.events.append(("closed", on, detail))
            history.closed_on = on
            history.outcome = str(detail["outcome"])
    if history.events and random.Random(case_id * 7_919).random() < CRISIS_LIST_SHARE:
        history.events.append(("sdv_crisis_list_added", last, {}))
    return history


#: how demo cases end, so that the monitoring report has something to show (weights)
DEMO_OUTCOMES = (
    ("voorkomen", 62), ("verhuisd", 10), ("ontruimd", 8), ("sleutels_ingeleverd", 7),
    ("buiten_doelgroep", 5), ("anders", 8),
)
DEMO_EVICTION_REASONS = (("huurachterstand", 70), ("overlast", 20), ("criminaliteit", 10))
#: the share of demo cases the SDV puts on its crisis list
CRISIS_LIST_SHARE = 0.06


def _closing(case_id: int) -> dict[str, object]:
    """How one demo case closed, drawn from its own random stream (so the other draws of the
    demo, and the cases they make, stay as they were)."""
    own = random.Random(case_id)
    outcome = own.choices([o for o, _ in DEMO_OUTCOMES], [w for _, w in DEMO_OUTCOMES])[0]
    detail: dict[str, object] = {"outcome": outcome}
    if outcome == "ontruimd":
        reasons = DEMO_EVICTION_REASONS
        detail["eviction_reason"] = own.choices([r for r, _ in reasons], [w for _, w in reasons])[0]
    return detail


def _step(
    name: str, on: date, case_id: int, rng: random.Random
) -> list[tuple[str, date, dict[str, object]]]:
    if name == "contact":
        reached = rng.random() < 0.7
        method = rng.choice(("brief_met_afmelding", "telefoon", "huisbezoek"))
        # taken on, with the team's answer on collection (B2 step 6): mostly "not yet"
        return [
            ("contact_attempt", on, {"method": method, "reached": reached}),
            ("taken_on", on, {"may_resume": case_id % 4 == 0}),
        ]
    if name == "feedback":
        return [("feedback_sent", on, {})]
    if name == "proposal":
        kind = "no_proposal_possible" if rng.random() < 0.1 else "proposal_sent"
        return [(kind, on, {})]
    resumes = (on.replace(day=1) + timedelta(days=32)).replace(day=1)
    plan = f"€ {rng.choice((50, 75, 100, 125))} per maand"
    return [("arrangement_made", on, {"date": resumes.isoformat(), "plan": plan})]


def _event(
    case_id: int, kind: str, on: date, now: datetime, detail: Mapping[str, object]
) -> dict[str, object]:
    return {
        "uid": new_uid(),
        "case_id": case_id,
        "kind": kind,
        "occurred_on": on,
        "recorded_at": now,
        "recorded_by": "demo",
        "detail": json.dumps(detail),
        "undone_at": None,
    }
