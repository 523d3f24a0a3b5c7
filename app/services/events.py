"""Recording what happens on a case; each event updates the case, its deadlines and its rank."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, ConsentRecord, InternalNote
from app.services import audit, clock
from app.services.casework import CLOSED_STATUS, RulesContext, recompute_cases

CONTACT_METHODS = ("brief_met_afmelding", "brief_zonder_afmelding", "telefoon", "huisbezoek")
OUTCOMES = (
    "voorkomen",
    "ontruimd",
    "sleutels_ingeleverd",
    "verhuisd",
    "niet_in_behandeling",
    "buiten_doelgroep",
    "anders",
)


@dataclass(frozen=True)
class EventKind:
    kind: str
    label_en: str
    needs: tuple[str, ...] = ()  # detail fields that must be given


EVENT_KINDS: dict[str, EventKind] = {
    k.kind: k
    for k in (
        EventKind("contact_attempt", "contact attempt", ("method", "reached")),
        # B2 step 6 / H 3.7: the team's answer to "may collection resume?" is asked with the
        # decision (`may_resume`), and can be changed later with `collection_answer`.
        EventKind("taken_on", "taken on", ("may_resume",)),
        EventKind("not_taken_on", "not taken on", ("reason", "may_resume")),
        EventKind("collection_answer", "answer: may collection resume", ("may_resume",)),
        EventKind("feedback_sent", "feedback sent to the corporation"),
        EventKind("proposal_sent", "payment proposal sent"),
        EventKind("no_proposal_possible", "no proposal possible (corporation informed)"),
        EventKind("arrangement_made", "payment arrangement made", ("date",)),
        EventKind("missed_rent_notice", "notice of missed current rent"),
        EventKind("rent_resumed", "current rent paid again"),
        EventKind("bailiff_date_set", "bailiff date planned", ("date",)),
        EventKind("bailiff_cancelled", "bailiff cancelled"),
        EventKind("eviction_date_set", "court verdict: eviction date", ("date",)),
        EventKind("eviction_averted", "eviction averted"),
        EventKind("troubleshooter_informed", "troubleshooter informed"),
        EventKind("instrument_deployed", "Sluitende Aanpak instrument deployed", ("instrument",)),
        EventKind("settlement_started", "amicable settlement started"),
        EventKind("settlement_ended", "amicable settlement ended"),
        # H 7.2: the debt-help team reported back to the corporation and the wijkteam
        EventKind("settlement_feedback_sent", "debt help reported back (corporation, wijkteam)"),
        # H 7.3: the corporation's answer to the settlement offer (percentage, final discharge)
        EventKind("settlement_accepted", "corporation accepts the settlement offer"),
        EventKind("settlement_refused", "corporation refuses the settlement offer"),
        # H 7.5: the amicable route failed; a Wsnp request went to the court
        EventKind("wsnp_requested", "Wsnp request filed with the court"),
        # H 3.9: the tenant did not keep the payment agreement; the other side is told at once
        # (`by_corporation`: the corporation reported it, so it knows; otherwise the notice
        # letter `broken_arrangement` tells it)
        EventKind("arrangement_broken", "payment agreement not kept"),
        # H 7.6: current rent stopped and the 14-day recovery term passed unanswered
        EventKind("trajectory_ended", "debt-help trajectory ended (recovery term passed)"),
        EventKind("handover", "handed over", ("to",)),
        # A handover package from another laptop was taken in here (app/services/handover).
        EventKind("handover_received", "handover received", ("from",)),
        # The tenant refuses to cooperate (A 1.13: the exception to the Sluitende Aanpak).
        EventKind("cooperation_refused", "tenant refuses to cooperate"),
        # A 1.13 lid 3: the ground on which an eviction for rent arrears may go ahead.
        EventKind("eviction_ground", "ground for eviction (Sluitende Aanpak)", ("ground",)),
        # H 3.4: a payment arrangement was already in place (no late-signal flag then).
        EventKind("arrangement_in_place", "payment arrangement already in place at signal"),
        # H 9.5.2a: the SDV keeps a crisis list; the monitoring counts who was on it
        EventKind("sdv_crisis_list_added", "placed on the SDV crisis list"),
        EventKind("sdv_crisis_list_removed", "taken off the SDV crisis list"),
        EventKind("closed", "case closed", ("outcome",)),
        # A letter was saved (app/services/letters); a record only, it meets no deadline.
        EventKind("letter_generated", "letter generated", ("letter", "addressee", "file")),
    )
}


#: fields asked of every new event but absent from events recorded by earlier versions (their
#: readers take a missing one as "not answered"); a handover package may lack them
ASKED_SINCE = ("may_resume",)


#: the window's Dutch for each EventProblem code (issue 16.8: no English reaches the window)
EVENT_PROBLEMS_NL = {
    "invalid": "Deze gebeurtenis kan zo niet worden vastgelegd. Er is niets veranderd.",
    "unknown_kind": "Deze soort gebeurtenis kent Vangnet niet. Er is niets veranderd.",
    "missing_fields": "Vul alle velden in.",
    "bad_method": "Kies hoe er contact is gezocht.",
    "bad_instrument": "Kies een van de instrumenten van dit convenant.",
    "not_eligible": (
        "Geregelde Betaling is alleen voor huurders met een uitkering uit de Participatiewet "
        "(artikel 1.5). Kies een ander instrument."
    ),
    "bad_answer": "Beantwoord de vraag met ja of nee.",
    "no_sluitende_aanpak": "Dit convenant heeft geen Sluitende Aanpak.",
    "bad_ground": "Kies een van de gronden.",
    "bad_outcome": "Kies een van de uitkomsten.",
    "bad_eviction_reason": "Kies de reden van de ontruiming: huurachterstand, overlast of "
    "criminele activiteit (alleen bij de afloop 'ontruimd').",
    "bad_target": "Kies aan wie de zaak wordt overgedragen: SDV, troubleshooter of wijkteam.",
    "bad_troubleshooter_reason": "Kies waarom de troubleshooter erbij komt (artikel 2.3).",
    "no_troubleshooter_reason": (
        "Deze zaak heeft geen ontruimingsdatum. Zeg waarom de troubleshooter erbij komt: een "
        "specifieke vraag of een vastgelopen zaak (artikel 2.3)."
    ),
    "future_date": "De datum ligt in de toekomst.",
    "before_signal": "De datum ligt voor de datum van het signaal.",
    "closed": "Deze zaak is afgesloten.",
    "no_consent": (
        "Een warme overdracht vraagt toestemming van de huurder. Leg eerst de toestemming vast "
        "(tabblad Toestemmingen)."
    ),
    "already_undone": "Dit was al ongedaan gemaakt.",
    "bad_purpose": "Kies een van de doelen van de toestemming.",
    "empty_note": "De notitie is leeg.",
    "no_note": "Deze notitie bestaat niet (meer).",
}


class EventProblem(ValueError):
    """The event cannot be recorded as given.

    `str()` is user-facing English (CLI); `code` lets the GUI say it in the user's language,
    and :meth:`dutch` is the window's Dutch for it (a general sentence for an unknown code).
    """

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code

    def dutch(self) -> str:
        return EVENT_PROBLEMS_NL.get(self.code, EVENT_PROBLEMS_NL["invalid"])


#: A 1.13 lid 3: no eviction for rent arrears, except on (repeated) refusal to cooperate or
#: non-compliance with agreements, housing fraud, or a long-running nuisance file.
EVICTION_GROUNDS = ("weigering_of_niet_nakomen", "woonfraude", "overlast")
#: why a tenant was evicted, recorded when the case is closed as evicted (H 9.5.3a)
EVICTION_REASONS = ("huurachterstand", "overlast", "criminaliteit")
#: events that may lie before the signal: court and bailiff dates, an arrangement the
#: corporation had already made (H 3.4), and an instrument the Partner itself deployed
#: (A 1.13 lid 1: "de Partner of een van de andere Deelnemers")
MAY_PRECEDE_SIGNAL = (
    "bailiff_date_set",
    "eviction_date_set",
    "arrangement_in_place",
    "instrument_deployed",
)


def _check_benefit(detail: dict[str, Any]) -> None:
    """A 1.5 / 1.9: Geregelde Betaling is for people with a Participatiewet benefit."""
    if detail["instrument"] == "geregelde_betaling" and detail.get("participatiewet") is False:
        raise EventProblem(
            "Geregelde Betaling is for tenants with a Participatiewet benefit (A 1.5); "
            "deploy another instrument",
            "not_eligible",
        )


#: H 2.3: why the troubleshooter is called in on a case without an eviction date (H 8.1 covers
#: the eviction-dated ones): a specific question nobody involved can answer (a), or progress that
#: stalls because the parties do not agree or the tenant will not cooperate (b)
TROUBLESHOOTER_REASONS = ("specifieke_vraag", "stagnatie")

WARM_HANDOVER_CONSENT = "warme_overdracht"
CONSENT_PURPOSES = (WARM_HANDOVER_CONSENT, "delen_met_corporatie", "melding_zonder_achterstand")


def validate_detail(kind: str, detail: dict[str, Any], ctx: RulesContext) -> None:
    spec = EVENT_KINDS.get(kind)
    if spec is None:
        raise EventProblem(
            f"unknown event kind '{kind}' (known: {', '.join(EVENT_KINDS)})", "unknown_kind"
        )
    missing = [f for f in spec.needs if detail.get(f) in (None, "")]
    if missing:
        raise EventProblem(f"event '{kind}' needs: {', '.join(missing)}", "missing_fields")
    if kind == "contact_attempt" and detail["method"] not in CONTACT_METHODS:
        raise EventProblem(f"method must be one of {', '.join(CONTACT_METHODS)}", "bad_method")
    if kind == "instrument_deployed" and detail["instrument"] not in ctx.profile.instruments:
        known = ", ".join(ctx.profile.instruments) or "none in this covenant"
        raise EventProblem(f"instrument must be one of: {known}", "bad_instrument")
    if kind == "instrument_deployed":
        _check_benefit(detail)
    for name in ("may_resume", "participatiewet", "by_corporation"):
        if name in detail and not isinstance(detail[name], bool):
            raise EventProblem(f"{name} must be yes or no (true or false)", "bad_answer")
    if kind == "eviction_ground":
        if not ctx.profile.sluitende_aanpak:
            raise EventProblem(
                "a ground for eviction is recorded only under a covenant with a Sluitende "
                "Aanpak (A 1.13 lid 3)",
                "no_sluitende_aanpak",
            )
        if detail["ground"] not in EVICTION_GROUNDS:
            raise EventProblem(
                f"ground must be one of {', '.join(EVICTION_GROUNDS)} (A 1.13 lid 3)", "bad_ground"
            )
    if kind == "closed" and detail["outcome"] not in OUTCOMES:
        raise EventProblem(f"outcome must be one of {', '.join(OUTCOMES)}", "bad_outcome")
    why_evicted = detail.get("eviction_reason") if kind == "closed" else None
    if why_evicted not in (None, "") and (
        why_evicted not in EVICTION_REASONS or detail["outcome"] != "ontruimd"
    ):
        raise EventProblem(
            "an eviction reason is one of "
            f"{', '.join(EVICTION_REASONS)}, and only for the outcome ontruimd (H 9.5.3a)",
            "bad_eviction_reason",
        )
    if kind == "handover" and detail["to"] not in ("sdv", "troubleshooter", "wijkteam"):
        raise EventProblem("handover goes to sdv, troubleshooter or wijkteam", "bad_target")
    if (
        kind == "handover"
        and detail["to"] == "troubleshooter"
        and detail.get("reason") not in (None, "", *TROUBLESHOOTER_REASONS)
    ):
        raise EventProblem(
            "the reason for calling in the troubleshooter is one of "
            f"{', '.join(TROUBLESHOOTER_REASONS)} (H 2.3)",
            "bad_troubleshooter_reason",
        )


def _check_call_in(case: Case, detail: dict[str, Any]) -> None:
    """H 2.3: without an eviction date the troubleshooter is called in for a reason."""
    if detail.get("to") == "troubleshooter" and case.eviction_date is None and not detail.get(
        "reason"
    ):
        raise EventProblem(
            "without an eviction date the troubleshooter is called in for a specific question "
            "(--reason specifieke_vraag, H 2.3a) or a stuck case (--reason stagnatie, H 2.3b)",
            "no_troubleshooter_reason",
        )


def _refuse_if_restricted(case: Case) -> None:
    """AVG 18: a restricted case is not processed (raises `restriction.CaseRestricted`)."""
    from app.services.restriction import ensure_not_restricted  # it builds on EventProblem

    ensure_not_restricted(case)


def record_event(
    session: Session,
    case: Case,
    kind: str,
    on: date,
    ctx: RulesContext,
    detail: dict[str, Any] | None = None,
    *,
    actor: str | None = None,
    today: date | None = None,
    recompute: bool = True,
) -> CaseEvent:
    """Validate, store, apply the event's effect on the case, recompute, audit.

    With ``recompute=False`` the caller recomputes (once, for many cases at a time).
    """
    _refuse_if_restricted(case)
    detail = dict(detail or {})
    validate_detail(kind, detail, ctx)
    if on > (today or clock.today()):
        raise EventProblem("an event cannot be dated in the future", "future_date")
    if on < case.signal_date and kind not in MAY_PRECEDE_SIGNAL:
        raise EventProblem(
            f"an event cannot be dated before the signal ({case.signal_date})", "before_signal"
        )
    if case.status == CLOSED_STATUS:
        raise EventProblem(f"case {case.id} is closed", "closed")
    if kind == "handover":
        _check_call_in(case, detail)
    if (
        kind == "handover"
        and detail.get("warm")
        and not has_consent(session, case.id, WARM_HANDOVER_CONSENT, on)
    ):
        raise EventProblem(
            "a warm handover needs the tenant's consent, recorded first (B2 step 5)", "no_consent"
        )
    who = actor or audit.current_actor()
    event = CaseEvent(
        case_id=case.id,
        kind=kind,
        occurred_on=on,
        recorded_at=clock.now(),
        recorded_by=who,
        detail=json.dumps(detail, default=str, sort_keys=True),
    )
    session.add(event)
    _apply(case, kind, on, detail)
    case.updated_at = clock.now()
    session.flush()
    if recompute:
        recompute_cases(session, [case.id], ctx)
    audit.record(session, "create", "case_event", event.id, detail=f"case={case.id} kind={kind}")
    return event


def _apply(case: Case, kind: str, on: date, detail: dict[str, Any]) -> None:
    if kind in ("taken_on", "contact_attempt") and case.status == "nieuw":
        case.status = "in_behandeling"
    elif kind == "not_taken_on":
        case.status = "niet_in_behandeling"
    elif kind == "bailiff_date_set":
        case.bailiff_date = date.fromisoformat(str(detail["date"]))
    elif kind == "bailiff_cancelled":
        case.bailiff_date = None
    elif kind == "eviction_date_set":
        case.eviction_date = date.fromisoformat(str(detail["date"]))
    elif kind == "handover":
        case.status = "overgedragen"
    elif kind == "handover_received" and case.status != CLOSED_STATUS:
        case.status = "in_behandeling"
    elif kind == "closed":
        case.status = CLOSED_STATUS
        case.outcome = str(detail["outcome"])
        case.closed_on = on


def undo_event(
    session: Session, event: CaseEvent, case: Case, ctx: RulesContext, actor: str | None = None
) -> None:
    """Mark a mistaken event undone (kept for the record) and rebuild the case's state."""
    _refuse_if_restricted(case)
    if event.undone_at is not None:
        raise EventProblem(f"event {event.id} was already undone", "already_undone")
    event.undone_at = clock.now()
    session.flush()
    _replay(session, case)
    recompute_cases(session, [case.id], ctx)
    audit.record(
        session, "undo", "case_event", event.id, detail=f"case={case.id} kind={event.kind}"
    )


def _replay(session: Session, case: Case) -> None:
    """Rebuild status and dated facts from the signal plus the events that still stand."""
    events = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.undone_at.is_(None))
        # recorded_at before id: rows merged from another laptop get new local ids
        .order_by(CaseEvent.occurred_on, CaseEvent.recorded_at, CaseEvent.id)
    )
    replay_events(case, ((e.kind, e.occurred_on, json.loads(e.detail or "{}")) for e in events))


def replay_events(case: Case, events: Iterable[tuple[str, date, dict[str, Any]]]) -> None:
    """Set the case's state from its signal plus these standing events, in the order given
    (date, then when recorded). Nothing after a closing changes the case."""
    case.status = "nieuw"
    case.outcome = None
    case.closed_on = None
    case.bailiff_date = case.reported_bailiff_date
    case.eviction_date = case.reported_eviction_date
    for kind, on, detail in events:
        if case.status == CLOSED_STATUS:
            break  # record_event refuses events on a closed case too
        _apply(case, kind, on, detail)


def apply_event(case: Case, kind: str, on: date, detail: dict[str, Any]) -> None:
    """The effect of one new event on the case (for callers that write event rows in bulk)."""
    _apply(case, kind, on, detail)


def has_consent(session: Session, case_id: int, purpose: str, on: date) -> bool:
    """A consent for `purpose` given on or before `on` and not withdrawn by then."""
    rows = session.scalars(
        select(ConsentRecord).where(
            ConsentRecord.case_id == case_id, ConsentRecord.purpose == purpose
        )
    )
    return any(c.given_on <= on and (c.withdrawn_on is None or c.withdrawn_on > on) for c in rows)


def withdraw_consent(
    session: Session,
    case: Case,
    purpose: str,
    on: date,
    *,
    actor: str | None = None,
    today: date | None = None,
) -> ConsentRecord:
    """The tenant withdrew a consent (AVG art. 7(3)): it no longer counts from ``on``."""
    if on > (today or clock.today()):
        raise EventProblem("a withdrawal cannot be dated in the future", "future_date")
    standing = [
        c
        for c in session.scalars(
            select(ConsentRecord).where(
                ConsentRecord.case_id == case.id, ConsentRecord.purpose == purpose
            )
        )
        if c.withdrawn_on is None and c.given_on <= on
    ]
    if not standing:
        raise EventProblem(
            f"there is no consent '{purpose}' on case {case.id} to withdraw on {on}", "no_consent"
        )
    for record in standing:
        record.withdrawn_on = on
    session.flush()
    audit.record(
        session,
        "withdraw",
        "consent",
        standing[-1].id,
        detail=f"case={case.id} purpose={purpose}",
        actor=actor,
    )
    return standing[-1]


def record_consent(
    session: Session,
    case: Case,
    purpose: str,
    given_on: date,
    written: bool,
    *,
    actor: str | None = None,
    today: date | None = None,
) -> ConsentRecord:
    _refuse_if_restricted(case)
    if purpose not in CONSENT_PURPOSES:
        raise EventProblem(
            f"consent purpose must be one of {', '.join(CONSENT_PURPOSES)}", "bad_purpose"
        )
    if given_on > (today or clock.today()):
        raise EventProblem("consent cannot be dated in the future", "future_date")
    record = ConsentRecord(
        case_id=case.id,
        purpose=purpose,
        given_on=given_on,
        recorded_by=actor or audit.current_actor(),
        written=written,
        recorded_at=clock.now(),
    )
    session.add(record)
    session.flush()
    audit.record(
        session, "create", "consent", record.id, detail=f"case={case.id} purpose={purpose}"
    )
    return record


def add_note(session: Session, case: Case, text: str, *, actor: str | None = None) -> InternalNote:
    _refuse_if_restricted(case)
    body = text.strip()
    if not body:
        raise EventProblem("a note cannot be empty", "empty_note")
    note = InternalNote(
        case_id=case.id,
        text=body,
        created_at=clock.now(),
        author=actor or audit.current_actor(),
        shareable=False,
    )
    session.add(note)
    session.flush()
    audit.record(session, "create", "internal_note", note.id, detail=f"case={case.id}")
    return note


def assign(session: Session, case: Case, assignee: str | None, ctx: RulesContext) -> None:
    """Give the case to a worker (or to nobody); the inbox filters follow at once."""
    case.assignee = (assignee or "").strip() or None
    case.updated_at = clock.now()
    session.flush()
    recompute_cases(session, [case.id], ctx)
    audit.record(session, "change", "case", case.id, detail="assignee")
