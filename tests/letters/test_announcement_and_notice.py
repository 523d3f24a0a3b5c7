"""The announcement to the tenant (B2 step 5) and the notice to the troubleshooter (H 8.1)."""

from __future__ import annotations

from datetime import date, datetime

from app.models import Case
from app.services.events import record_event
from app.services.letters import LetterKind, LetterRequest, make_letter
from app.services.letters.announcement import decline_by
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_text


def _text(
    office: Office, contacts: SampleContacts, ref: str, kind: LetterKind, **kw: object
) -> str:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids[ref], kind, **kw),  # type: ignore[arg-type]
            office.ctx,
            TODAY,
            contacts,
        )
    return pdf_text(made.pdf)


def test_announcement_with_option_to_decline(office: Office, contacts: SampleContacts) -> None:
    text = _text(
        office,
        contacts,
        "YM-1",
        LetterKind.ANNOUNCEMENT,
        with_opt_out=True,
        visit=datetime(2026, 12, 1, 10, 0),
    )
    assert "Sanne Hoekstra Amsterdamstraat 41 2032 PK HAARLEM" in text
    assert "Betreft Wij komen graag bij u langs" in text
    assert "Beste Sanne Hoekstra," in text
    assert "Ymere heeft ons gevraagd contact met u op te nemen." in text
    assert "Onze hulp is gratis." in text
    assert "Wij komen bij u langs op dinsdag 1 december 2026 om 10.00 uur." in text
    assert "Wilt u geen bezoek?" in text
    # by the working day before the visit, and how: the wijkteam contact from the list
    assert "uiterlijk maandag 30 november 2026 weten:" in text
    assert "bel Bas Kramer op 023-5111111" in text
    assert "stuur een e-mail naar b.kramer@haarlem.example" in text
    # what the corporation hears (B2 step 6), in plain words
    assert "Aan Ymere vertellen wij alleen of wij contact met u hebben" in text
    # no covenant jargon, no amounts in a letter to the tenant's door
    for word in ("convenant", "melding", "huurachterstand", "€", "incasso"):
        assert word not in text


def test_announcement_without_option_to_decline(office: Office, contacts: SampleContacts) -> None:
    text = _text(
        office,
        contacts,
        "YM-1",
        LetterKind.ANNOUNCEMENT,
        with_opt_out=False,
        visit=datetime(2026, 12, 1, 14, 30),
    )
    assert "om 14.30 uur" in text
    assert "Wilt u geen bezoek?" not in text
    assert "Kunt u niet op dat moment?" in text
    assert "nieuwe afspraak" in text
    no_date = _text(office, contacts, "YM-1", LetterKind.ANNOUNCEMENT, with_opt_out=False)
    assert "Wij komen binnenkort bij u langs." in no_date
    assert "Wilt u zelf een afspraak maken?" in no_date


def test_decline_by_respects_the_calendar(office: Office) -> None:
    # visit on Monday 28 December 2026: the working day before is Thursday 24 December
    assert decline_by(office.ctx, TODAY, datetime(2026, 12, 28, 10)) == date(2026, 12, 24)
    # no visit date: five working days from the letter (Mon 23 Nov -> Mon 30 Nov)
    assert decline_by(office.ctx, TODAY, None) == date(2026, 11, 30)
    # a visit tomorrow: today is the last day
    assert decline_by(office.ctx, TODAY, datetime(2026, 11, 24, 9)) == TODAY


def test_troubleshooter_notice(office: Office, contacts: SampleContacts) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["PRE-3"])
        assert case is not None
        case.assignee = "j.jansen"
        for kind, day, detail in [
            ("contact_attempt", date(2026, 11, 3), {"method": "telefoon", "reached": False}),
            ("contact_attempt", date(2026, 11, 5), {"method": "huisbezoek", "reached": True}),
            ("taken_on", date(2026, 11, 5), {"may_resume": False}),
            ("proposal_sent", date(2026, 11, 12), {}),
            ("arrangement_made", date(2026, 11, 16), {"date": "2026-12-01"}),
            ("missed_rent_notice", date(2026, 11, 18), {}),
            ("eviction_date_set", date(2026, 11, 20), {"date": "2026-12-15"}),
        ]:
            record_event(session, case, kind, day, office.ctx, detail, today=TODAY)
    text = _text(office, contacts, "PRE-3", LetterKind.TROUBLESHOOTER)
    assert "Gemeente Haarlem t.a.v. Ingrid Vos, troubleshooter" in text
    assert "Beste Ingrid Vos," in text
    assert "Betreft Ontruiming op 15 december 2026: verzoek om actie (H 8.1)" in text
    # the dates
    assert "Melding 2 november 2026 door Pré Wonen (kenmerk PRE-3)" in text
    assert "Deurwaarder gepland 30 november 2026" in text
    assert "Vonnis 20 november 2026" in text
    assert "Ontruimingsdatum 15 december 2026" in text
    # the arrears, in euros as Dutch write them
    assert "Huurachterstand € 1.612,40" in text
    assert "Maandhuur € 806,20" in text
    assert "Achterstand sinds 1 september 2026" in text
    assert "Periode achterstand 2 maanden" in text
    # what was tried, from the timeline, in order
    steps = [
        "3 november 2026 Contactpoging (telefonisch): huurder niet bereikt",
        "5 november 2026 Contactpoging (huisbezoek zonder aankondiging): huurder bereikt",
        "12 november 2026 Voorstel lopende huur en betalingsregeling verstuurd",
        "16 november 2026 Betalingsregeling getroffen; betaling hervat per 1 december 2026",
        "18 november 2026 Lopende huur niet betaald",
    ]
    positions = [text.index(step) for step in steps]
    assert positions == sorted(positions)
    # the contacts involved
    assert "Youssef Amrani (woonconsulent), 023-5160000, y.amrani@prewonen.example" in text
    assert "Bas Kramer (teamleider)" in text
    assert "Erik Mulder (schuldhulpconsulent)" in text
    assert "Regievoerder wijkteam j.jansen" in text


def test_notice_lists_a_refusal_and_a_missing_contact(
    office: Office, contacts: SampleContacts
) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["PRE-3"])
        assert case is not None
        record_event(
            session,
            case,
            "not_taken_on",
            date(2026, 11, 6),
            office.ctx,
            {"reason": "huurder weigert hulp", "may_resume": False},
            today=TODAY,
        )
    text = _text(office, contacts.without("sdv"), "PRE-3", LetterKind.TROUBLESHOOTER)
    assert "Melding niet in behandeling genomen: huurder weigert hulp" in text
    assert "Schulddienstverlening niet in de contactlijst" in text
