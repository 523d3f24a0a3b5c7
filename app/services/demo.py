"""Realistic synthetic cases for a first look and for benchmarks — marked as demo everywhere.

All people, addresses and phone numbers are invented (phone numbers from the range the
telecom regulator keeps for fiction, 06-8xxxxxxx is avoided; we use 0612345xxx style).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Case, Organisation, new_uid
from app.services import audit, clock
from app.services.bulk import insert_rows
from app.services.casework import RulesContext, recompute_cases
from app.services.intake.importer import store_records
from app.services.intake.signals import SignalRecord
from app.services.store import set_setting

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


def _birth(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    return today - timedelta(days=rng.randint(min_age * 365 + 10, max_age * 365 - 10))


def synthetic_records(
    n: int, corporation_codes: list[str], today: date, seed: int = 2026, start_ref: int = 1
) -> Iterator[SignalRecord]:
    rng = random.Random(seed)
    for i in range(n):
        kind = rng.choices(
            ("huurachterstand", "meer_dan_huurachterstand", "zorgen_zonder_achterstand"),
            weights=(70, 20, 10),
        )[0]
        signal_date = today - timedelta(days=rng.randint(0, 40))
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
        bailiff = (
            signal_date + timedelta(days=rng.randint(7, 35))
            if arrears and rng.random() < 0.2
            else None
        )
        eviction = today + timedelta(days=rng.randint(5, 60)) if rng.random() < 0.04 else None
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
    """Add `n` demo cases (and some history) and mark the database as containing demo data."""
    codes = list(
        session.scalars(select(Organisation.code).where(Organisation.kind == "corporatie"))
    )
    if not codes:
        raise ValueError("the covenant profile has no corporations")
    existing = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) or 0
    rng = random.Random(seed + 1)
    made = 0
    batch: list[SignalRecord] = []
    for record in synthetic_records(n, codes, today, seed, start_ref=existing + 1):
        batch.append(record)
        if len(batch) >= batch_size:
            made += _store_batch(session, ctx, batch, today, rng, with_events)
            batch = []
    if batch:
        made += _store_batch(session, ctx, batch, today, rng, with_events)
    if with_events:
        _demo_inventories(session, existing, rng)
    set_setting(session, "demo", "true")
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
        assignees: dict[str, list[int]] = {}
        workers = (audit.current_actor(), "a.jansen", "m.bakker", None)
        for case_id, record in zip(ids, batch, strict=True):
            worker = rng.choice(workers)
            if worker:
                assignees.setdefault(worker, []).append(case_id)
            age = (today - record.signal_date).days
            if age < 2 or rng.random() > 0.85:
                continue  # new, or not yet reached: its deadlines run
            on = record.signal_date + timedelta(days=rng.randint(1, min(age, 6)))
            detail = {
                "method": rng.choice(("brief_met_afmelding", "telefoon", "huisbezoek")),
                "reached": rng.random() < 0.7,
            }
            events.append(_event(case_id, "contact_attempt", on, now, detail))
            # taken on, with the team's answer on collection (B2 step 6): mostly "not yet"
            answer = {"may_resume": case_id % 4 == 0}
            events.append(_event(case_id, "taken_on", on, now, answer))
            status["in_behandeling"].append(case_id)
            if rng.random() < 0.85:
                fb = on + timedelta(days=rng.randint(0, 3))
                if fb <= today:
                    events.append(_event(case_id, "feedback_sent", fb, now, {}))
            if record.kind != "zorgen_zonder_achterstand" and age >= 8 and rng.random() < 0.6:
                sent = record.signal_date + timedelta(days=rng.randint(7, min(age, 16)))
                events.append(_event(case_id, "proposal_sent", min(sent, today), now, {}))
            if age >= 25 and rng.random() < 0.25:
                closed = record.signal_date + timedelta(days=rng.randint(20, age))
                events.append(
                    _event(case_id, "closed", min(closed, today), now, {"outcome": "voorkomen"})
                )
                status["gesloten"].append(case_id)
        if events:
            insert_rows(session.connection(), "case_events", events)
        for value, case_ids in status.items():
            if case_ids:
                session.execute(update(Case).where(Case.id.in_(case_ids)).values(status=value))
        closed_ids = status["gesloten"]
        if closed_ids:
            session.execute(
                update(Case)
                .where(Case.id.in_(closed_ids))
                .values(outcome="voorkomen", closed_on=today)
            )
        for worker, case_ids in assignees.items():
            session.execute(update(Case).where(Case.id.in_(case_ids)).values(assignee=worker))
    recompute_cases(session, ids, ctx)
    session.flush()
    session.expunge_all()
    return len(ids)


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
