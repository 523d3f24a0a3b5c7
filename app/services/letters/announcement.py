"""Announcement of a visit to the tenant (appendix 2 step 5), in plain Dutch (B1).

Two variants: with the option to decline the visit (and how: the wijkteam contact's phone and
e-mail from the contact list, and by when), or without it (then only how to move the
appointment). Addressed to the tenant's home address, placed for a window envelope.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from babel.dates import format_date
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph
from reportlab.platypus.flowables import Flowable
from sqlalchemy.orm import Session

from app.models import Case
from app.services.casework import RulesContext
from app.services.formatting import LOCALE, long_date
from app.services.letters.addressing import ContactSource
from app.services.letters.common import (
    check_open,
    letterhead_or_missing,
    our_reference,
    postal_lines,
)
from app.services.letters.fields import (
    Addressee,
    AnnouncementFacts,
    AnnouncementLetter,
    LetterFrame,
    LetterKind,
)
from app.services.letters.letterhead import Letterhead
from app.services.letters.problems import (
    LetterProblem,
    Missing,
    contact_unreachable,
    incomplete_address,
    no_case,
    no_contact,
    refused,
    visit_in_past,
)
from app.services.letters.render import Rendered, Styles, esc, render
from app.services.retention import RetentionRule, retention_rules

#: working days the tenant has to decline when no visit date is set
DECLINE_WORKING_DAYS = 5


def day_with_weekday(day: date) -> str:
    """'dinsdag 1 december 2026' (letters to tenants name the day of the week)."""
    return f"{format_date(day, format='EEEE', locale=LOCALE)} {long_date(day)}"


def clock_time(moment: datetime) -> str:
    """'10.00 uur', as Dutch letters write a time."""
    return f"{moment.hour}.{moment.minute:02d} uur"


def decline_by(ctx: RulesContext, today: date, visit: datetime | None) -> date:
    """The last working day before the visit, or five working days from the letter."""
    calendar = ctx.calendar
    if visit is None:
        return calendar.add_working_days(today, DECLINE_WORKING_DAYS)
    day = visit.date() - timedelta(days=1)
    while day > today and not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return max(day, today)


def build_announcement(
    session: Session,
    case_id: int,
    ctx: RulesContext,
    today: date,
    contacts: ContactSource,
    *,
    with_opt_out: bool,
    visit: datetime | None = None,
) -> AnnouncementLetter:
    case = session.get(Case, case_id)
    if case is None:
        raise LetterProblem(no_case(case_id))
    missing: list[Missing] = []
    check_open(case_id, case.status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    parts = {
        "tenant_name": case.tenant_name,
        "street": case.street,
        "house_number": case.house_number,
        "postcode": case.postcode,
        "city": case.city,
    }
    empty = [name for name, value in parts.items() if not (value or "").strip()]
    if empty:
        missing.append(incomplete_address(empty))
    contact = contacts.wijkteam_contact(session, case.postcode, today=today)
    if contact is None:
        missing.append(no_contact("wijkteam", "", case.postcode or None))
    elif with_opt_out and not contact.reachable:
        missing.append(contact_unreachable(contact.organisation, contact.name))
    if visit is not None and visit.date() < today:
        missing.append(visit_in_past())
    if missing or contact is None:
        raise refused(missing)
    facts = AnnouncementFacts(
        tenant_name=case.tenant_name,
        corporation_name=case.corporation.name,
        signal_kind=case.kind,
        with_opt_out=with_opt_out,
        visit=visit,
        decline_by=decline_by(ctx, today, visit) if with_opt_out else None,
        contact=contact,
        keep_terms=keep_sentences(retention_rules(session)),
    )
    frame = LetterFrame(
        kind=LetterKind.ANNOUNCEMENT,
        case_id=case_id,
        letterhead=letterhead,
        addressee=Addressee(
            "huurder",
            postal_lines(
                case.tenant_name, case.street, case.house_number, case.postcode, case.city
            ),
            f"Beste {case.tenant_name},",
        ),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference="",
    )
    return AnnouncementLetter(frame, facts)


def duration_nl(months: int) -> str:
    """12 → "12 maanden", 24 → "2 jaar", 1 → "1 maand"."""
    if months >= 24 and months % 12 == 0:
        return f"{months // 12} jaar"
    return "1 maand" if months == 1 else f"{months} maanden"




def _after(counted_from: str, helped: bool) -> str:
    if counted_from == "signal":
        return "nadat wij uw gegevens kregen"
    return "na het einde van de hulp" if helped else "nadat wij uw zaak afsloten"

#: the retention rules in two groups a tenant understands, and the condition for each rule
_NO_HELP = ("not_taken_on", "closed_without_help")
_HELP = ("closed_after_help", "eviction")
_WHEN = {
    "not_taken_on": "Nemen wij uw zaak niet aan?",
    "closed_without_help": "Stopt het contact voordat wij u helpen?",
    "closed_after_help": "Helpen wij u?",
    "eviction": "Moet u toch verhuizen?",
}


def keep_sentences(rules: Sequence[RetentionRule]) -> tuple[str, ...]:
    """How long the data is kept, in plain Dutch (PR 10.1), from the office's retention terms:
    one sentence per group when its terms count from the same day (the longest one: "at the
    latest"), else one per rule."""
    by_key = {r.key: r for r in rules}
    found: list[str] = []
    for keys, when in ((_NO_HELP, "Krijgt u geen hulp van ons?"), (_HELP, "Helpen wij u?")):
        group = [by_key[k] for k in keys if k in by_key]
        if not group:
            continue
        starts = {r.counted_from for r in group}
        if len(starts) == 1:
            longest = max(r.months for r in group)
            found.append(
                f"{when} Dan wissen wij uw gegevens uiterlijk {duration_nl(longest)} "
                f"{_after(starts.pop(), keys == _HELP)}."
            )
            continue
        for r in group:
            found.append(
                f"{_WHEN[r.key]} Dan wissen wij uw gegevens uiterlijk {duration_nl(r.months)} "
                f"{_after(r.counted_from, keys == _HELP)}."
            )
    return tuple(found)


def rights_paragraphs(facts: AnnouncementFacts, head: Letterhead, st: Styles) -> list[Flowable]:
    """PR 10.1: what is kept, how long, how to ask for access, correction or erasure, and the
    Autoriteit Persoonsgegevens."""
    office = head.office_name or "ons"
    where = ", ".join((office, *head.address_lines))
    keep = " ".join(
        (
            "Wij bewaren alleen wat nodig is om u te helpen: uw naam, adres en telefoonnummer, "
            "uw huishouden, uw huur en wat wij samen afspreken.",
            *facts.keep_terms,
        )
    )
    return [
        KeepTogether([
            Paragraph("Uw gegevens en uw rechten", st.heading),
            st.paragraph(keep),
            st.paragraph(
                "U mag vragen welke gegevens wij over u hebben. U mag ook vragen om iets te "
                f"verbeteren of te wissen. Neem daarvoor contact op met {where}. Bent u het "
                "niet eens met hoe wij met uw gegevens omgaan? Dan mag u een klacht indienen "
                "bij de Autoriteit Persoonsgegevens: autoriteitpersoonsgegevens.nl."
            ),
        ])
    ]


def _reach(facts: AnnouncementFacts) -> list[str]:
    contact = facts.contact
    ways = []
    if contact.phone:
        ways.append(f"bel {contact.name} op {contact.phone}")
    if contact.email:
        ways.append(f"stuur een e-mail naar {contact.email}")
    return ways


def announcement_body(
    facts: AnnouncementFacts, head: Letterhead, st: Styles
) -> tuple[str, list[Flowable]]:
    corporation = facts.corporation_name
    if facts.signal_kind == "zorgen_zonder_achterstand":
        why = (
            f"{corporation} heeft ons gevraagd contact met u op te nemen. U heeft daar "
            "toestemming voor gegeven."
        )
    else:
        why = (
            f"{corporation} heeft ons gevraagd contact met u op te nemen. Het gaat over het "
            "betalen van de huur."
        )
    if facts.visit is not None:
        when = (
            f"Wij komen bij u langs op {day_with_weekday(facts.visit.date())} om "
            f"{clock_time(facts.visit)}."
        )
    else:
        when = "Wij komen binnenkort bij u langs. Wij laten u van tevoren weten wanneer."
    story: list[Flowable] = [
        st.paragraph(why),
        st.paragraph(
            "Wij zijn het Sociaal Wijkteam. Wij helpen mensen die zorgen hebben over geld of "
            "over hun huis. Onze hulp is gratis."
        ),
        st.paragraph(when),
        st.paragraph(
            "Wij praten dan samen over uw situatie. Samen zoeken wij een oplossing, zodat u in "
            "uw huis kunt blijven wonen."
        ),
    ]
    ways = _reach(facts)
    if facts.with_opt_out:
        assert facts.decline_by is not None
        story.append(Paragraph("Wilt u geen bezoek?", st.heading))
        story.append(
            st.paragraph(
                f"Dat mag. Laat het ons dan uiterlijk {day_with_weekday(facts.decline_by)} weten:"
            )
        )
    elif facts.visit is not None:
        story.append(Paragraph("Kunt u niet op dat moment?", st.heading))
        story.append(st.paragraph("Laat het ons weten. Dan maken wij een nieuwe afspraak:"))
    else:
        story.append(Paragraph("Wilt u zelf een afspraak maken?", st.heading))
        story.append(st.paragraph("Dat kan. Neem dan contact met ons op:"))
    story.append(_bullets(ways, st))
    story.append(Paragraph(f"Wat vertellen wij aan {esc(corporation)}?", st.heading))
    story.append(
        st.paragraph(
            f"Wat u ons vertelt, blijft bij ons. Aan {corporation} vertellen wij alleen of wij "
            "contact met u hebben, of wij u helpen, en welke afspraken er zijn over het betalen "
            "van de huur."
        )
    )
    story += rights_paragraphs(facts, head, st)
    story.append(
        st.paragraph(
            f"Heeft u vragen? Neem dan contact op met {facts.contact.name}. Dat kan op dezelfde "
            "manier als hierboven.",
            spaced=True,
        )
    )
    return "Wij komen graag bij u langs", story


def _bullets(items: list[str], st: Styles) -> ListFlowable:
    flow = [ListItem(st.paragraph(item), leftIndent=12) for item in items]
    return ListFlowable(flow, bulletType="bullet", start="•", leftIndent=12)


def render_announcement(letter: AnnouncementLetter) -> Rendered:
    facts, head = letter.facts, letter.frame.letterhead
    return render(letter, lambda st: announcement_body(facts, head, st))
