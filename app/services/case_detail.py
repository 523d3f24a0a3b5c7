"""Everything about one case, with each deadline explaining itself (for the CLI and the GUI)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, ConsentRecord, HouseholdMember, InternalNote
from app.services import formatting
from app.services.casework import RulesContext, case_facts, case_has_ended, household_facts
from app.services.collection_answer import collection_answer
from app.services.contacts.directory import corporation_contact, wijkteam_contact
from app.services.inbox import deadline_view
from app.services.rules.calendar import WorkingDayCalendar
from app.services.rules.deadlines import STATUS_OVERDUE, Deadline, compute_deadlines, evaluate
from app.services.rules.priority import reason_periods, reasons_on
from app.services.worker_profile import display_names


def _months(tenths: int) -> str:
    """Months in arrears as people write them: '2', '2,5'."""
    whole, tenth = divmod(tenths, 10)
    return f"{whole},{tenth}" if tenth else str(whole)


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def trajectory_end_due(
    deadlines: Sequence[Deadline],
    events: Iterable[tuple[str, date]],
    today: date,
    calendar: WorkingDayCalendar,
) -> date | None:
    """H 7.6: the day the recovery term after a missed-rent notice ran out unanswered, while
    no end of the debt-help trajectory is recorded since; None when there is nothing to ask."""
    for d in deadlines:
        if d.start_event != "missed_rent_notice" or evaluate(d, today, calendar).status != (
            STATUS_OVERDUE
        ):
            continue
        if not any(kind == "trajectory_ended" and on >= d.start for kind, on in events):
            return d.due
    return None


def broken_arrangement_untold(events: Iterable[tuple[str, date, dict[str, Any]]]) -> date | None:
    """H 3.9: the day the tenant was found not to keep the payment agreement, while the
    corporation has not been told (no notice saved since, and it did not report it itself);
    None when there is nothing to tell."""
    standing = sorted(events, key=lambda e: e[1])
    broken = [e for e in standing if e[0] == "arrangement_broken"]
    if not broken or broken[-1][2].get("by_corporation") is True:
        return None
    on = broken[-1][1]
    told = any(
        kind == "letter_generated" and day >= on and detail.get("letter") == "broken_arrangement"
        for kind, day, detail in standing
    )
    return None if told else on


def case_detail(
    session: Session, case_id: int, today: date, ctx: RulesContext
) -> dict[str, Any] | None:
    case = session.get(Case, case_id)
    if case is None:
        return None
    events = list(
        session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.occurred_on.desc(), CaseEvent.id.desc())
        )
    )
    births = list(
        session.scalars(
            select(HouseholdMember.birth_date).where(HouseholdMember.case_id == case_id)
        )
    )
    deadlines = compute_deadlines(case_facts(case, events), ctx.profile, ctx.calendar)
    ended_due = trajectory_end_due(
        deadlines,
        ((e.kind, e.occurred_on) for e in events if e.undone_at is None),
        today,
        ctx.calendar,
    )
    untold = broken_arrangement_untold(
        (e.kind, e.occurred_on, json.loads(e.detail or "{}")) for e in events if e.undone_at is None
    )
    periods = reason_periods(household_facts(case, births))
    notes = list(
        session.scalars(
            select(InternalNote)
            .where(InternalNote.case_id == case_id)
            .order_by(InternalNote.created_at, InternalNote.id)
        )
    )
    consents = list(session.scalars(select(ConsentRecord).where(ConsentRecord.case_id == case_id)))
    # "Door": the worker's name from their profile, else the login
    names = display_names(
        session,
        [e.recorded_by for e in events]
        + [n.author for n in notes]
        + [c.recorded_by for c in consents],
    )
    deadline_items = []
    for d in sorted(deadlines, key=lambda d: d.due):
        view = deadline_view(d, today, ctx, case_ended=case_has_ended(case.status))
        item = view.as_json()
        item["label"] = d.label
        item["explanation"] = d.explain()
        item["moved_by"] = [
            {"day": c.day.isoformat(), "name": c.name, "basis": c.basis} for c in d.skipped
        ]
        deadline_items.append(item)
    corporation_person = corporation_contact(
        session, case.corporation.code, case.corporation.name, today=today
    )
    wijkteam_person = wijkteam_contact(session, case.postcode, today=today)
    return {
        "contacten": {
            "corporatie": corporation_person.as_json() if corporation_person else None,
            "wijkteam": wijkteam_person.as_json() if wijkteam_person else None,
        },
        "case_id": case.id,
        "corporatie": case.corporation.name,
        "referentie": case.reference,
        "melddatum": case.signal_date.isoformat(),
        "soort": case.kind,
        "status": case.status,
        # AVG 18: since this day nothing is done with the case until the restriction is lifted
        "beperkt_sinds": case.restricted_since.isoformat() if case.restricted_since else None,
        "toegewezen_aan": case.assignee,
        "naam": case.tenant_name,
        "adres": f"{case.street} {case.house_number}, {case.postcode} {case.city}",
        "telefoon": case.phone,
        "leeftijd": _age(case.birth_date, today),
        "leeftijden_bewoners": sorted((_age(b, today) for b in births), reverse=True),
        "aantal_bewoners": case.occupants,
        # issue 16.2: stored since intake, now shown; display-ready text (nl), None when unknown
        "email": case.email,
        "achterstand_sinds": (
            formatting.short_date(case.arrears_since) if case.arrears_since else None
        ),
        "achterstand_bedrag": (
            formatting.amount(case.arrears_cents) if case.arrears_cents is not None else None
        ),
        "achterstand_maanden": (
            _months(case.arrears_months_tenths) if case.arrears_months_tenths is not None else None
        ),
        "maandhuur": (
            formatting.amount(case.monthly_rent_cents)
            if case.monthly_rent_cents is not None
            else None
        ),
        "deurwaarder_gepland": case.bailiff_date.isoformat() if case.bailiff_date else None,
        "ontruimingsdatum": case.eviction_date.isoformat() if case.eviction_date else None,
        "priority_reasons": reasons_on(periods, today),
        "flags": case.flag_list,
        # B2 step 6: taken on or not ("taken_on", "not_taken_on"), None while undecided — a
        # contact attempt makes the case "in behandeling" before anyone decided
        "besluit": next(
            (
                e.kind
                for e in sorted(events, key=lambda e: (e.occurred_on, e.id), reverse=True)
                if e.undone_at is None and e.kind in ("taken_on", "not_taken_on")
            ),
            None,
        ),
        # B2 step 6: the team's answer, None while nobody answered (the feedback waits for it)
        "incasso_mag_hervatten": collection_answer(
            (e.kind, json.loads(e.detail or "{}"))
            for e in sorted(events, key=lambda e: (e.occurred_on, e.id))
            if e.undone_at is None
        ),
        # H 7.6: the recovery term ran out on this day; ask whether the trajectory ends
        "hersteltermijn_verstreken": ended_due.isoformat() if ended_due else None,
        # H 3.9: the agreement was not kept on this day and the corporation is not told yet
        "betaalafspraak_niet_gemeld": untold.isoformat() if untold else None,
        "deadlines": deadline_items,
        "events": [
            {
                "id": e.id,
                "kind": e.kind,
                "on": e.occurred_on.isoformat(),
                "by": e.recorded_by,
                "by_name": names.get(e.recorded_by, e.recorded_by),
                "detail": json.loads(e.detail or "{}"),
                "undone": e.undone_at is not None,
            }
            for e in events
        ],
        "internal_notes": [
            {
                "id": n.id,
                "text": n.text,
                "author": n.author,
                "author_name": names.get(n.author, n.author),
                "created_at": n.created_at.isoformat(timespec="minutes"),
                "internal": not n.shareable,
            }
            for n in notes
        ],
        "consents": [
            {
                "purpose": c.purpose,
                "given_on": c.given_on.isoformat(),
                "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                "written": c.written,
                "recorded_by": c.recorded_by,
                "recorded_by_name": names.get(c.recorded_by, c.recorded_by),
            }
            for c in consents
        ],
        "demo": case.is_demo,
    }
