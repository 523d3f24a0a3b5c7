"""The announcement letter tells the tenant their rights (PR 10.1, issue 15.7): what the office
keeps, for how long — from the office's retention terms, not a fixed text — how to ask for
access, correction or erasure, and that they may complain to the Autoriteit Persoonsgegevens."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from pypdf import PdfReader

from app.services import retention
from app.services.letters import LetterKind, LetterRequest, make_letter
from app.services.letters.announcement import keep_sentences
from tests.letters.conftest import ADDRESS, OFFICE, TODAY, Office, SampleContacts, pdf_text


def _letter(office: Office, contacts: SampleContacts) -> bytes:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.ANNOUNCEMENT, with_opt_out=True,
                          visit=datetime(2026, 12, 1, 10, 0)),
            office.ctx,
            TODAY,
            contacts,
        )
    return made.pdf


def _pages(pdf: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").replace("\u00a0", " ").split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def test_the_letter_says_what_is_kept_how_long_and_the_rights(
    office: Office, contacts: SampleContacts
) -> None:
    pdf = _letter(office, contacts)
    text = pdf_text(pdf)
    assert "Uw gegevens en uw rechten" in text
    assert "uw naam, adres en telefoonnummer, uw huishouden, uw huur" in text
    assert ("Krijgt u geen hulp van ons? Dan wissen wij uw gegevens uiterlijk 12 maanden "
            "nadat wij uw gegevens kregen.") in text
    assert ("Helpen wij u? Dan wissen wij uw gegevens uiterlijk 2 jaar na het einde van de "
            "hulp.") in text
    assert "U mag ook vragen om iets te verbeteren of te wissen." in text
    assert f"Neem daarvoor contact op met {OFFICE}, {', '.join(ADDRESS)}." in text
    assert "Autoriteit Persoonsgegevens: autoriteitpersoonsgegevens.nl" in text
    # the block is kept together on one page, before the questions and the closing
    pages = _pages(pdf)
    holding = [p for p in pages if "Uw gegevens en uw rechten" in p]
    assert len(holding) == 1 and "autoriteitpersoonsgegevens.nl" in holding[0]
    assert holding[0].index("uw rechten") < holding[0].index("Met vriendelijke groet")
    for word in ("convenant", "melding", "huurachterstand"):  # plain words for the tenant
        assert word not in text


def test_the_terms_follow_the_office_settings(office: Office, contacts: SampleContacts) -> None:
    with office.store.transaction() as session:
        retention.set_retention_months(session, "closed_after_help", 36)
        retention.set_retention_months(session, "closed_without_help", 18)
    text = pdf_text(_letter(office, contacts))
    assert "uiterlijk 18 maanden nadat wij uw gegevens kregen" in text  # the longer of two
    assert "uiterlijk 3 jaar na het einde van de hulp" in text
    assert "12 maanden" not in text and "2 jaar" not in text


def test_terms_counted_from_different_days_get_a_sentence_each() -> None:
    rules = [
        replace(r, counted_from="end", months=6) if r.key == "closed_without_help" else r
        for r in retention.DEFAULT_RULES
    ]
    assert keep_sentences(rules) == (
        "Nemen wij uw zaak niet aan? Dan wissen wij uw gegevens uiterlijk 12 maanden nadat "
        "wij uw gegevens kregen.",
        "Stopt het contact voordat wij u helpen? Dan wissen wij uw gegevens uiterlijk "
        "6 maanden nadat wij uw zaak afsloten.",
        "Helpen wij u? Dan wissen wij uw gegevens uiterlijk 2 jaar na het einde van de hulp.",
    )
