"""Feedback to the corporation (H 3.7, appendix 2 step 6): what it needs and nothing more.

:func:`feedback_facts` is the only function that reads a case for this letter. It selects the
allowed columns, the kinds of event that answer the allowed questions, and from those events
only typed values (a yes/no, a date, an instrument code from the covenant) — never a free-text
field. Note text is read only when a written consent to share it is recorded, and then only
from notes marked for sharing. The renderer (:func:`feedback_body`) sees a
:class:`FeedbackFacts` and nothing else.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus.flowables import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent, ConsentRecord, InternalNote, Organisation
from app.services.casework import RulesContext
from app.services.collection_answer import ANSWER_KINDS, fold_answer
from app.services.formatting import long_date
from app.services.letters.addressing import ContactSource
from app.services.letters.common import (
    check_open,
    detail,
    detail_date,
    letterhead_or_missing,
    organisation_addressee,
    our_reference,
)
from app.services.letters.fields import (
    FEEDBACK_FIELDS,
    Decision,
    FeedbackFacts,
    FeedbackLetter,
    LetterFrame,
    LetterKind,
    TenantIdentification,
)
from app.services.letters.problems import LetterProblem, Missing, no_case, no_contact, refused
from app.services.letters.render import Rendered, Styles, facts_table, render
from app.services.problems import problem

SHARE_CONSENT = "delen_met_corporatie"

#: the only event kinds the feedback looks at, each for a question step 6 allows
_EVENT_KINDS = (
    "contact_attempt",  # contact made?  (detail: reached)
    "taken_on",  # taken on?  the team's answer: may collection resume?  (detail: may_resume)
    "not_taken_on",  # taken on?  the answer  (may_resume; the reason is never read)
    "collection_answer",  # the answer, changed later  (detail: may_resume)
    "arrangement_made",  # collection may resume; resumption date  (detail: date)
    "rent_resumed",  # collection may resume
    "missed_rent_notice",  # collection may not resume (yet)
    "instrument_deployed",  # Amsterdam A 1.13  (detail: instrument, checked against the covenant)
)

INSTRUMENT_NAMES = {
    "vroeg_eropaf": "Vroeg Eropaf",
    "geregelde_betaling": "Geregelde Betaling",
    "budgetbeheer": "budgetbeheer",
    "beschermingsbewind": "beschermingsbewind",
}


def written_share_consent(session: Session, case_id: int, on: date) -> bool:
    """A *written* consent to share more with the corporation, given by `on`, not withdrawn."""
    rows = session.execute(
        select(ConsentRecord.given_on, ConsentRecord.withdrawn_on).where(
            ConsentRecord.case_id == case_id,
            ConsentRecord.purpose == SHARE_CONSENT,
            ConsentRecord.written.is_(True),
        )
    )
    return any(given <= on and (gone is None or gone > on) for given, gone in rows)


def feedback_facts(session: Session, case_id: int, ctx: RulesContext, on: date) -> FeedbackFacts:
    """The allowed facts of case `case_id` as they stand on `on` (the letter's date)."""
    included = tuple(f for f in ctx.profile.feedback_fields if f in FEEDBACK_FIELDS)
    head = session.execute(
        select(
            Case.reference,
            Case.signal_date,
            Case.tenant_name,
            Case.street,
            Case.house_number,
            Case.postcode,
            Case.city,
            Case.birth_date,
        ).where(Case.id == case_id)
    ).one()
    events = session.execute(
        select(CaseEvent.kind, CaseEvent.occurred_on, CaseEvent.detail)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.undone_at.is_(None),
            CaseEvent.kind.in_(_EVENT_KINDS),
            CaseEvent.occurred_on <= on,
        )
        .order_by(CaseEvent.occurred_on, CaseEvent.id)
    ).all()

    contact_made = False
    contact_sought = False
    decision = Decision.UNDECIDED
    # B2 step 6 asks the team's actual answer: nothing answers it by default (H 3.7 expects
    # cases that are "(nog) niet" taken on, e.g. a family on the waiting list of H 3.6).
    may_resume: bool | None = None
    resumption: date | None = None
    instruments: list[str] = []
    for kind, _day, raw in events:
        if kind == "contact_attempt":
            contact_sought = True
            contact_made = contact_made or detail(raw).get("reached") is True
        elif kind in ANSWER_KINDS:
            may_resume = fold_answer(kind, detail(raw), may_resume)
            if kind == "taken_on":
                decision = Decision.TAKEN_ON
            elif kind == "not_taken_on":
                decision = Decision.NOT_TAKEN_ON
            elif kind == "arrangement_made":
                resumption = detail_date(detail(raw), "date") or resumption
        elif kind == "instrument_deployed":
            code = detail(raw).get("instrument")
            if code in ctx.profile.instruments and code not in instruments:
                instruments.append(code)
    shared: tuple[str, ...] = ()
    if written_share_consent(session, case_id, on):
        shared = tuple(
            session.scalars(
                select(InternalNote.text)
                .where(InternalNote.case_id == case_id, InternalNote.shareable.is_(True))
                .order_by(InternalNote.created_at, InternalNote.id)
            )
        )

    def pick(name: str) -> bool:
        return name in included

    return FeedbackFacts(
        included=included,
        tenant_identification=(
            TenantIdentification(
                name=head.tenant_name,
                street_and_number=f"{head.street} {head.house_number}".strip(),
                postcode=head.postcode,
                city=head.city,
                birth_date=head.birth_date,
            )
            if pick("tenant_identification")
            else None
        ),
        corporation_reference=head.reference if pick("corporation_reference") else None,
        signal_date=head.signal_date if pick("signal_date") else None,
        contact_made=contact_made if pick("contact_made") else None,
        taken_on=decision if pick("taken_on") else None,
        collection_may_resume=may_resume if pick("collection_may_resume") else None,
        payment_resumption_date=resumption if pick("payment_resumption_date") else None,
        instrument_deployed=(
            tuple(INSTRUMENT_NAMES.get(c, c.replace("_", " ")) for c in instruments)
            if pick("instrument_deployed")
            else ()
        ),
        shared_text=shared,
        contact_sought=pick("taken_on") and decision is Decision.UNDECIDED and contact_sought,
    )


def no_collection_answer() -> Missing:
    return problem("letter.no_collection_answer")


def build_feedback(
    session: Session, case_id: int, ctx: RulesContext, today: date, contacts: ContactSource
) -> FeedbackLetter:
    """Addressee and letterhead from the contact list and settings; content from the facts."""
    row = session.execute(
        select(Case.status, Organisation.code, Organisation.name)
        .join(Organisation, Case.corporation_id == Organisation.id)
        .where(Case.id == case_id)
    ).one_or_none()
    if row is None:
        raise LetterProblem(no_case(case_id))
    status, corporation_code, corporation_name = row
    missing: list[Missing] = []
    check_open(case_id, status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    contact = contacts.corporation_contact(session, corporation_code, corporation_name, today=today)
    if contact is None:
        missing.append(no_contact("corporatie", corporation_name))
    facts = feedback_facts(session, case_id, ctx, today)
    if "collection_may_resume" in facts.included and facts.collection_may_resume is None:
        missing.append(no_collection_answer())
    if missing or contact is None:
        raise refused(missing)
    frame = LetterFrame(
        kind=LetterKind.FEEDBACK,
        case_id=case_id,
        letterhead=letterhead,
        addressee=organisation_addressee(contact, "corporatie", "Geachte"),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference=facts.corporation_reference or "",
    )
    return FeedbackLetter(frame, facts)


# --- the text ----------------------------------------------------------------------------------


def feedback_subject(facts: FeedbackFacts) -> str:
    parts = ["Terugkoppeling melding"]
    if facts.corporation_reference:
        parts.append(facts.corporation_reference)
    if facts.signal_date:
        parts.append(f"van {long_date(facts.signal_date)}")
    return " ".join(parts) if len(parts) > 1 else "Terugkoppeling van uw melding"


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "Nog niet bekend" if value is None else (yes if value else no)


def feedback_rows(facts: FeedbackFacts) -> list[tuple[str, str]]:
    """One row per included field, in the covenant's order."""
    rows: list[tuple[str, str]] = []
    for name in facts.included:
        if name == "tenant_identification" and facts.tenant_identification:
            who = facts.tenant_identification
            rows += [
                ("Huurder", who.name),
                ("Adres", f"{who.street_and_number}, {who.postcode} {who.city}"),
                ("Geboortedatum", long_date(who.birth_date)),
            ]
        # corporation_reference: printed as "Uw kenmerk" above the letter and in the subject
        elif name == "signal_date" and facts.signal_date:
            rows.append(("Datum van de melding", long_date(facts.signal_date)))
        elif name == "contact_made":
            rows.append(
                (
                    "Contact met de huurder",
                    _yes_no(facts.contact_made, "Ja, er is contact gelegd", "Nee, nog niet"),
                )
            )
        elif name == "taken_on":
            answer = _decision(facts.taken_on, facts.contact_sought)
            rows.append(("In behandeling genomen", answer))
        elif name == "collection_may_resume":
            rows.append(
                (
                    "Incasso hervatten",
                    _yes_no(
                        facts.collection_may_resume,
                        "Ja, de incasso kan worden hervat",
                        "Nee, nog niet",
                    ),
                )
            )
        elif name == "payment_resumption_date":
            when = facts.payment_resumption_date
            rows.append(
                (
                    "Afgesproken hervatting betaling lopende huur en aflossing achterstand",
                    long_date(when) if when else "Nog niet afgesproken",
                )
            )
        elif name == "instrument_deployed":
            rows.append(
                (
                    "Ingezet instrument",
                    ", ".join(facts.instrument_deployed) or "Nog geen",
                )
            )
    return rows


def _decision(value: Decision | None, contact_sought: bool = False) -> str:
    """The team's answer (B2 step 6), never more: a contact attempt puts the case "in
    behandeling" in the window, but only a recorded decision says it was taken on."""
    if value is Decision.TAKEN_ON:
        return "Ja, de melding is in behandeling genomen"
    if value is Decision.NOT_TAKEN_ON:
        return "Nee, de melding is niet in behandeling genomen"
    if contact_sought:
        return (
            "Nog niet besloten: het wijkteam heeft de melding opgepakt en zoekt contact met "
            "de huurder"
        )
    return "Nog niet besloten"


def feedback_body(facts: FeedbackFacts, st: Styles) -> tuple[str, list[Flowable]]:
    when = f" van {long_date(facts.signal_date)}" if facts.signal_date else ""
    story: list[Flowable] = [
        st.paragraph(
            f"Hierbij laten wij u weten hoe het staat met uw melding{when}. Volgens het convenant "
            "preventie huisuitzettingen geven wij alleen de gegevens door die daarvoor nodig zijn "
            "(bijlage 2, stap 6)."
        ),
        facts_table(feedback_rows(facts), st),
    ]
    if facts.shared_text:
        story.append(
            st.paragraph(
                "Met schriftelijke toestemming van de huurder delen wij ook het volgende:",
                spaced=True,
            )
        )
        story += [st.paragraph(text, style=st.quote) for text in facts.shared_text]
    story.append(
        st.paragraph(
            "Heeft u vragen over deze terugkoppeling? Neem dan contact met ons op.", spaced=True
        )
    )
    return feedback_subject(facts), story


def render_feedback(letter: FeedbackLetter) -> Rendered:
    """The feedback PDF. What it can say is what `letter.facts` holds."""
    facts = letter.facts
    return render(letter, lambda st: feedback_body(facts, st))
