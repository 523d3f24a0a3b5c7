"""The statement on the Sluitende Aanpak to the corporation (Amsterdam A 1.13).

A tenant reaches the bailiff for rent arrears only after at least one instrument of the
Sluitende Aanpak (Vroeg Eropaf, Geregelde Betaling, budgetbeheer: the covenant profile's
`instruments`) was demonstrably deployed. The statement lists the instruments deployed on the
case with their dates and, if recorded, the refusals to cooperate (`cooperation_refused`,
`not_taken_on`) — kind and date only, never a reason or a note.

It is refused under a covenant without a Sluitende Aanpak (Haarlem), while no instrument is
recorded (the case carries the `bailiff_blocked` flag meanwhile), and when an eviction date is
known without a recorded ground (lid 3; the statement names the ground). There is nothing to
"mark as sent": saving the statement puts it on the timeline (`letter_generated`), and it meets
no deadline.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from sqlalchemy.orm import Session

from app.models import Case
from app.services.casework import RulesContext
from app.services.formatting import long_date
from app.services.letters.addressing import ContactSource
from app.services.letters.common import (
    check_open,
    letterhead_or_missing,
    organisation_addressee,
    our_reference,
)
from app.services.letters.feedback import INSTRUMENT_NAMES
from app.services.letters.fields import (
    DatedItem,
    LetterFrame,
    LetterKind,
    SluitendeAanpakStatement,
)
from app.services.letters.problems import LetterProblem, Missing, no_case, no_contact, refused
from app.services.letters.render import Rendered, Styles, esc, facts_table, render
from app.services.problems import problem
from app.services.troubleshooter_desk import sluitende_aanpak

REFUSAL_LABELS = {
    "cooperation_refused": "Weigering om mee te werken",
    "not_taken_on": "Niet in behandeling genomen",
}


def not_under_covenant(covenant: str) -> Missing:
    return problem("letter.no_sluitende_aanpak", covenant=covenant)


def no_instrument() -> Missing:
    return problem("letter.no_instrument")


#: A 1.13 lid 3, as the statement names the ground (in the middle of a sentence)
GROUND_LABELS = {
    "weigering_of_niet_nakomen": "(herhaaldelijke) weigering om mee te werken of niet nakomen "
    "van gemaakte afspraken in het kader van de Sluitende Aanpak",
    "woonfraude": "woonfraude",
    "overlast": "een langlopend overlastdossier",
}


def no_eviction_ground() -> Missing:
    return problem("letter.no_eviction_ground")


def nothing_to_mark(kind: LetterKind = LetterKind.SLUITENDE_AANPAK) -> Missing:
    """Refusal to mark a letter that is only saved (the statement, the broken-agreement notice)."""
    if kind is LetterKind.BROKEN_ARRANGEMENT:
        return problem("letter.nothing_to_mark.broken_arrangement")
    return problem("letter.nothing_to_mark.sluitende_aanpak")


def instrument_label(code: str) -> str:
    name = INSTRUMENT_NAMES.get(code, code.replace("_", " "))
    return name[:1].upper() + name[1:]


def build_sluitende_aanpak(
    session: Session, case_id: int, ctx: RulesContext, today: date, contacts: ContactSource
) -> SluitendeAanpakStatement:
    case = session.get(Case, case_id)
    if case is None:
        raise LetterProblem(no_case(case_id))
    if not ctx.profile.sluitende_aanpak:
        raise LetterProblem(not_under_covenant(ctx.profile.name))
    missing: list[Missing] = []
    check_open(case_id, case.status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    corporation = case.corporation
    contact = contacts.corporation_contact(session, corporation.code, corporation.name, today=today)
    if contact is None:
        missing.append(no_contact("corporatie", corporation.name))
    found = sluitende_aanpak(session, case, ctx)
    instruments = tuple(
        DatedItem(instrument_label(code), on)
        for code, on in found.instruments
        if code in ctx.profile.instruments and on <= today
    )
    if not instruments:
        missing.append(no_instrument())
    ground = (
        DatedItem(GROUND_LABELS[found.ground[0]], found.ground[1])
        if found.ground and found.ground[0] in GROUND_LABELS and found.ground[1] <= today
        else None
    )
    if case.eviction_date is not None and ground is None:
        missing.append(no_eviction_ground())
    if missing or contact is None:
        raise refused(missing)
    refusals = tuple(
        DatedItem(REFUSAL_LABELS[kind], on)
        for kind, on in found.refusals
        if kind in REFUSAL_LABELS and on <= today
    )
    frame = LetterFrame(
        kind=LetterKind.SLUITENDE_AANPAK,
        case_id=case_id,
        letterhead=letterhead,
        addressee=organisation_addressee(contact, "corporatie", "Geachte"),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference=case.reference or "",
    )
    return SluitendeAanpakStatement(
        frame=frame,
        tenant_name=case.tenant_name,
        tenant_address=f"{case.street} {case.house_number}, {case.postcode} {case.city}",
        corporation_reference=case.reference or "",
        signal_date=case.signal_date,
        instruments=instruments,
        refusals=refusals,
        eviction_date=case.eviction_date,
        eviction_ground=ground,
    )


# --- the text ----------------------------------------------------------------------------------


def dated_table(heads: tuple[str, str], rows: tuple[DatedItem, ...], st: Styles) -> Table:
    cell = st.body.clone("cell", spaceAfter=0)
    cells: list[list[Flowable]] = [[Paragraph(esc(h), st.label) for h in heads]]
    cells += [[Paragraph(esc(r.label), cell), Paragraph(esc(long_date(r.on)), cell)] for r in rows]
    table = Table(cells, colWidths=[75 * mm, 50 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.Color(0.6, 0.6, 0.6)),
            ]
        )
    )
    return table


def statement_subject(letter: SluitendeAanpakStatement) -> str:
    ref = f" {letter.corporation_reference}" if letter.corporation_reference else ""
    return f"Verklaring Sluitende Aanpak – melding{ref} van {long_date(letter.signal_date)}"


def statement_body(letter: SluitendeAanpakStatement, st: Styles) -> tuple[str, list[Flowable]]:
    story: list[Flowable] = [
        st.paragraph(
            "Volgens het convenant (artikel 1.13, Sluitende Aanpak) komt een huurder vanwege "
            "huurschulden pas bij de deurwaarder terecht als aantoonbaar een of meer instrumenten "
            "van de Sluitende Aanpak zijn ingezet. Hierbij verklaren wij dat voor de huurder "
            "hieronder de volgende instrumenten zijn ingezet."
        ),
        facts_table(
            [
                ("Huurder", letter.tenant_name),
                ("Adres", letter.tenant_address),
                ("Datum van de melding", long_date(letter.signal_date)),
            ],
            st,
            45,
        ),
        Paragraph("Ingezette instrumenten", st.heading),
        dated_table(("Instrument", "Ingezet op"), letter.instruments, st),
    ]
    if letter.refusals:
        story += [
            Paragraph("Vastgelegde weigeringen", st.heading),
            dated_table(("Wat", "Datum"), letter.refusals, st),
        ]
    if letter.eviction_date is not None and letter.eviction_ground is not None:
        story += [
            Paragraph("Grond voor de ontruiming", st.heading),
            st.paragraph(
                "Huurders worden niet op basis van huurschulden ontruimd, behalve op een grond "
                "uit artikel 1.13 lid 3 van het convenant. Voor de ontruiming op "
                f"{long_date(letter.eviction_date)} is deze grond vastgelegd: "
                f"{letter.eviction_ground.label} (vastgelegd op "
                f"{long_date(letter.eviction_ground.on)})."
            ),
        ]
    story.append(
        st.paragraph(
            "Heeft u vragen over deze verklaring? Neem dan contact met ons op.", spaced=True
        )
    )
    return statement_subject(letter), story


def render_sluitende_aanpak(letter: SluitendeAanpakStatement) -> Rendered:
    return render(letter, lambda st: statement_body(letter, st))
