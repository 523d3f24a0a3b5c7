"""Notice to the corporation that the tenant did not keep the payment agreement (Haarlem H 3.9).

"Wanneer de huurder gemaakte betaalafspraken niet nakomt wordt het Sociaal Wijkteam direct
geïnformeerd en vica versa": when the team learns it first, the corporation hears it at once.
The notice says only that: who it is about (as the corporation supplied it), the corporation's
reference, the date of the agreement and the date it was found not kept. There is no field for
the reason, amounts, other creditors or notes.

It is refused while no `arrangement_broken` is recorded. There is nothing to "mark as sent":
saving it puts it on the timeline (`letter_generated`), which also ends the case view's prompt
to inform the corporation (`case_detail.broken_arrangement_untold`).
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus.flowables import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseEvent
from app.services.casework import RulesContext
from app.services.formatting import long_date
from app.services.letters.addressing import ContactSource
from app.services.letters.common import (
    check_open,
    letterhead_or_missing,
    organisation_addressee,
    our_reference,
)
from app.services.letters.fields import BrokenArrangementNotice, LetterFrame, LetterKind
from app.services.letters.problems import LetterProblem, Missing, no_case, no_contact, refused
from app.services.letters.render import Rendered, Styles, facts_table, render
from app.services.problems import problem

BROKEN_EVENT = "arrangement_broken"
ARRANGEMENT_EVENT = "arrangement_made"


def no_broken_arrangement() -> Missing:
    return problem("letter.no_broken_arrangement")


def _latest(session: Session, case_id: int, kind: str, today: date) -> date | None:
    return session.scalar(
        select(CaseEvent.occurred_on)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.kind == kind,
            CaseEvent.undone_at.is_(None),
            CaseEvent.occurred_on <= today,
        )
        .order_by(CaseEvent.occurred_on.desc(), CaseEvent.id.desc())
        .limit(1)
    )


def build_broken_arrangement(
    session: Session, case_id: int, ctx: RulesContext, today: date, contacts: ContactSource
) -> BrokenArrangementNotice:
    case = session.get(Case, case_id)
    if case is None:
        raise LetterProblem(no_case(case_id))
    missing: list[Missing] = []
    check_open(case_id, case.status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    corporation = case.corporation
    contact = contacts.corporation_contact(session, corporation.code, corporation.name, today=today)
    if contact is None:
        missing.append(no_contact("corporatie", corporation.name))
    broken_on = _latest(session, case_id, BROKEN_EVENT, today)
    if broken_on is None:
        missing.append(no_broken_arrangement())
    if missing or contact is None or broken_on is None:
        raise refused(missing)
    made_on = _latest(session, case_id, ARRANGEMENT_EVENT, broken_on)
    frame = LetterFrame(
        kind=LetterKind.BROKEN_ARRANGEMENT,
        case_id=case_id,
        letterhead=letterhead,
        addressee=organisation_addressee(contact, "corporatie", "Geachte"),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference=case.reference or "",
    )
    return BrokenArrangementNotice(
        frame=frame,
        tenant_name=case.tenant_name,
        tenant_address=f"{case.street} {case.house_number}, {case.postcode} {case.city}",
        corporation_reference=case.reference or "",
        signal_date=case.signal_date,
        arrangement_made_on=made_on,
        broken_on=broken_on,
    )


def notice_body(letter: BrokenArrangementNotice, st: Styles) -> tuple[str, list[Flowable]]:
    rows = [
        ("Huurder", letter.tenant_name),
        ("Adres", letter.tenant_address),
        ("Datum van de melding", long_date(letter.signal_date)),
    ]
    if letter.arrangement_made_on is not None:
        rows.append(("Afspraak gemaakt op", long_date(letter.arrangement_made_on)))
    rows.append(("Niet nagekomen sinds", long_date(letter.broken_on)))
    story: list[Flowable] = [
        st.paragraph(
            "Volgens de afspraken in het convenant laten wij het u direct weten als een huurder "
            "gemaakte betaalafspraken niet nakomt. Dat is het geval bij de huurder hieronder."
        ),
        facts_table(rows, st, 50),
        st.paragraph(
            "Wij nemen contact op met de huurder over de afspraken. Weet u zelf meer, of heeft "
            "u vragen? Neem dan contact met ons op.",
            spaced=True,
        ),
    ]
    ref = f" {letter.corporation_reference}" if letter.corporation_reference else ""
    return f"Betaalafspraak niet nagekomen – melding{ref}", story


def render_broken_arrangement(letter: BrokenArrangementNotice) -> Rendered:
    return render(letter, lambda st: notice_body(letter, st))
