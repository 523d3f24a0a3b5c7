"""Notice to the troubleshooter once an eviction date is known (H 8.1, 8.2).

The dates (signal, planned bailiff, verdict, eviction), what has been tried (from the
timeline: contact attempts, decisions, proposals, arrangements, refusals, hand-overs) and the
contact persons involved, so the troubleshooter can try once more for an arrangement.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent
from app.services.casework import RulesContext
from app.services.formatting import amount, long_date
from app.services.letters.addressing import Contact, ContactSource
from app.services.letters.common import (
    check_open,
    detail,
    detail_date,
    letterhead_or_missing,
    organisation_addressee,
    our_reference,
)
from app.services.letters.feedback import INSTRUMENT_NAMES
from app.services.letters.fields import (
    InvolvedContact,
    LetterFrame,
    LetterKind,
    TimelineStep,
    TroubleshooterFacts,
    TroubleshooterNotice,
)
from app.services.letters.problems import (
    LetterProblem,
    Missing,
    no_case,
    no_contact,
    no_eviction_date,
    refused,
)
from app.services.letters.render import Rendered, Styles, facts_table, render

_METHODS = {
    "brief_met_afmelding": "aankondigingsbrief met mogelijkheid om af te zeggen",
    "brief_zonder_afmelding": "aankondigingsbrief",
    "telefoon": "telefonisch",
    "huisbezoek": "huisbezoek zonder aankondiging",
}
_HANDOVER = {
    "sdv": "de schulddienstverlening",
    "troubleshooter": "de troubleshooter",
    "wijkteam": "het Sociaal Wijkteam",
}
_LETTERS = {
    "feedback": "terugkoppeling aan de corporatie",
    "announcement": "aankondiging huisbezoek aan de huurder",
    "troubleshooter": "bericht aan de troubleshooter",
    "proposal": "voorstel aan de corporatie",
    "sluitende_aanpak": "verklaring Sluitende Aanpak aan de corporatie",
}


def describe_event(kind: str, raw: dict[str, object], corporation: str) -> str | None:
    """One line of 'what has been tried', in Dutch; None for events that are no attempt."""
    on = detail_date(raw, "date")
    on_text = long_date(on) if on else "onbekende datum"
    reason = str(raw.get("reason") or "").strip()
    fixed = {
        "taken_on": "Melding in behandeling genomen",
        "feedback_sent": f"Terugkoppeling aan {corporation} verstuurd",
        "proposal_sent": "Voorstel lopende huur en betalingsregeling verstuurd",
        "no_proposal_possible": "Geen voorstel mogelijk; corporatie geïnformeerd",
        "missed_rent_notice": "Lopende huur niet betaald; hersteltermijn van 14 dagen gestart",
        "rent_resumed": "Lopende huur weer betaald",
        "bailiff_cancelled": "Deurwaarder ingetrokken",
        "eviction_averted": "Ontruiming voorkomen",
        "troubleshooter_informed": "Troubleshooter geïnformeerd",
        "settlement_started": "Minnelijk traject gestart",
        "settlement_ended": "Minnelijk traject beëindigd",
    }
    if kind in fixed:
        return fixed[kind]
    if kind == "contact_attempt":
        method = _METHODS.get(str(raw.get("method")), "contactpoging")
        reached = "huurder bereikt" if raw.get("reached") is True else "huurder niet bereikt"
        return f"Contactpoging ({method}): {reached}"
    if kind == "not_taken_on":
        return "Melding niet in behandeling genomen" + (f": {reason}" if reason else "")
    if kind == "arrangement_made":
        return f"Betalingsregeling getroffen; betaling hervat per {on_text}"
    if kind == "bailiff_date_set":
        return f"Deurwaarder gepland op {on_text}"
    if kind == "eviction_date_set":
        return f"Vonnis: ontruiming op {on_text}"
    if kind == "instrument_deployed":
        code = str(raw.get("instrument") or "")
        return f"Instrument ingezet: {INSTRUMENT_NAMES.get(code, code.replace('_', ' '))}"
    if kind == "handover":
        to = _HANDOVER.get(str(raw.get("to")), str(raw.get("to") or "een andere partij"))
        warm = " (warme overdracht)" if raw.get("warm") else ""
        return f"Overgedragen aan {to}{warm}"
    if kind == "letter_generated":
        return f"Brief gemaakt: {_LETTERS.get(str(raw.get('letter')), 'brief')}"
    return None


def build_troubleshooter_notice(
    session: Session, case_id: int, ctx: RulesContext, today: date, contacts: ContactSource
) -> TroubleshooterNotice:
    case = session.get(Case, case_id)
    if case is None:
        raise LetterProblem(no_case(case_id))
    missing: list[Missing] = []
    check_open(case_id, case.status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    if case.eviction_date is None:
        missing.append(no_eviction_date())
    addressee = contacts.troubleshooter_contact(session, today=today)
    if addressee is None:
        missing.append(no_contact("troubleshooter", "troubleshooter"))
    if missing or addressee is None or case.eviction_date is None:
        raise refused(missing)

    corporation = case.corporation.name
    events = session.execute(
        select(CaseEvent.kind, CaseEvent.occurred_on, CaseEvent.detail)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.undone_at.is_(None),
            CaseEvent.occurred_on <= today,
        )
        .order_by(CaseEvent.occurred_on, CaseEvent.id)
    ).all()
    steps: list[TimelineStep] = []
    verdict: date | None = None
    for kind, on, raw in events:
        if kind == "eviction_date_set":
            verdict = on
        text = describe_event(kind, detail(raw), corporation)
        if text:
            steps.append(TimelineStep(on, text))

    def involved(label: str, contact: Contact | None) -> InvolvedContact:
        return InvolvedContact(label, contact)

    facts = TroubleshooterFacts(
        tenant_name=case.tenant_name,
        address=f"{case.street} {case.house_number}, {case.postcode} {case.city}",
        birth_date=case.birth_date,
        phone=case.phone or "",
        occupants=case.occupants,
        corporation_name=corporation,
        corporation_reference=case.reference,
        signal_date=case.signal_date,
        arrears_cents=case.arrears_cents,
        monthly_rent_cents=case.monthly_rent_cents,
        arrears_since=case.arrears_since,
        arrears_months_tenths=case.arrears_months_tenths,
        bailiff_date=case.bailiff_date,
        verdict_date=verdict,
        eviction_date=case.eviction_date,
        steps=tuple(steps),
        contacts=(
            involved(
                f"Corporatie ({corporation})",
                contacts.corporation_contact(
                    session, case.corporation.code, corporation, today=today
                ),
            ),
            involved(
                "Sociaal Wijkteam", contacts.wijkteam_contact(session, case.postcode, today=today)
            ),
            involved("Schulddienstverlening", contacts.sdv_contact(session, today=today)),
        ),
        case_worker=case.assignee or "",
    )
    frame = LetterFrame(
        kind=LetterKind.TROUBLESHOOTER,
        case_id=case_id,
        letterhead=letterhead,
        addressee=organisation_addressee(addressee, "troubleshooter", "Beste"),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference="",
    )
    return TroubleshooterNotice(frame, facts)


def _months(tenths: int) -> str:
    value = Decimal(tenths) / 10
    text = f"{value:f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} {'maand' if value == 1 else 'maanden'}"


def _contact_text(contact: Contact | None) -> str:
    if contact is None:
        return "niet in de contactlijst"
    parts = [contact.name + (f" ({contact.function})" if contact.function else "")]
    parts += [p for p in (contact.phone, contact.email) if p]
    return ", ".join(parts)


def troubleshooter_body(facts: TroubleshooterFacts, st: Styles) -> tuple[str, list[Flowable]]:
    dates = [
        (
            "Melding",
            f"{long_date(facts.signal_date)} door {facts.corporation_name} "
            f"(kenmerk {facts.corporation_reference})",
        )
    ]
    if facts.bailiff_date:
        dates.append(("Deurwaarder gepland", long_date(facts.bailiff_date)))
    if facts.verdict_date:
        dates.append(("Vonnis", long_date(facts.verdict_date)))
    dates.append(("Ontruimingsdatum", long_date(facts.eviction_date)))

    tenant = [
        ("Naam", facts.tenant_name),
        ("Adres", facts.address),
        ("Geboortedatum", long_date(facts.birth_date)),
        ("Telefoon", facts.phone or "onbekend"),
        ("Aantal bewoners", str(facts.occupants)),
    ]
    arrears: list[tuple[str, str]] = []
    if facts.arrears_cents is not None:
        arrears.append(("Huurachterstand", amount(facts.arrears_cents)))
    if facts.monthly_rent_cents is not None:
        arrears.append(("Maandhuur", amount(facts.monthly_rent_cents)))
    if facts.arrears_since is not None:
        arrears.append(("Achterstand sinds", long_date(facts.arrears_since)))
    if facts.arrears_months_tenths is not None:
        arrears.append(("Periode achterstand", _months(facts.arrears_months_tenths)))

    people = [(c.label, _contact_text(c.contact)) for c in facts.contacts]
    people.append(("Regievoerder wijkteam", facts.case_worker or "nog niet toegewezen"))

    story: list[Flowable] = [
        st.paragraph(
            f"Voor de huurder hieronder is de ontruimingsdatum bekend: "
            f"{long_date(facts.eviction_date)}. Volgens het convenant (H 8.1) krijgt u hiervan "
            "bericht, zodat u nogmaals kunt proberen een betalingsregeling te treffen (H 8.2)."
        ),
        Paragraph("Data", st.heading),
        facts_table(dates, st, 45),
        Paragraph("Huurder", st.heading),
        facts_table(tenant, st, 45),
    ]
    if arrears:
        story += [Paragraph("Huurachterstand", st.heading), facts_table(arrears, st, 45)]
    story.append(Paragraph("Wat is er al geprobeerd", st.heading))
    if facts.steps:
        story.append(facts_table([(long_date(s.on), s.text) for s in facts.steps], st, 45))
    else:
        story.append(st.paragraph("Er staat nog niets in de tijdlijn van deze zaak."))
    story += [Paragraph("Betrokken contactpersonen", st.heading), facts_table(people, st, 45)]
    subject = f"Ontruiming op {long_date(facts.eviction_date)}: verzoek om actie (H 8.1)"
    return subject, story


def render_troubleshooter(letter: TroubleshooterNotice) -> Rendered:
    facts = letter.facts
    return render(letter, lambda st: troubleshooter_body(facts, st))
