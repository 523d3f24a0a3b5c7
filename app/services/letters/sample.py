"""An invented feedback letter, to show an office its letterhead before any real letter exists.

The settings window previews the letterhead with it while the worker types: the real renderer
and layout, the office's letterhead as it stands in the form (saved or not), and a tenant,
corporation and contact person that do not exist. No case is read, so nothing personal can end
up in the preview. A part of the letterhead that is still empty is shown as a placeholder in
square brackets, so the worker sees where it will go.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.services.letters.addressing import Contact
from app.services.letters.common import organisation_addressee
from app.services.letters.feedback import render_feedback
from app.services.letters.fields import (
    FEEDBACK_FIELDS,
    Decision,
    FeedbackFacts,
    FeedbackLetter,
    LetterFrame,
    LetterKind,
    TenantIdentification,
)
from app.services.letters.letterhead import Letterhead
from app.services.rules.profile import CovenantProfile

SAMPLE_REFERENCE = "VN-VOORBEELD"
PLACEHOLDERS = {
    "office_name": "[naam van het kantoor]",
    "address": "[adres van het kantoor]",
    "signer": "[naam van de ondertekenaar]",
    "signer_function": "[functie van de ondertekenaar]",
}


def with_placeholders(head: Letterhead) -> Letterhead:
    """The letterhead with a visible placeholder for every part a letter needs but lacks."""
    return replace(
        head,
        office_name=head.office_name.strip() or PLACEHOLDERS["office_name"],
        address_lines=head.address_lines or (PLACEHOLDERS["address"],),
        signer=head.signer.strip() or PLACEHOLDERS["signer"],
        signer_function=head.signer_function.strip() or PLACEHOLDERS["signer_function"],
    )


def sample_feedback_letter(
    head: Letterhead, profile: CovenantProfile, today: date
) -> FeedbackLetter:
    corporations = profile.organisations_of_kind("corporatie")
    corporation = corporations[0].name if corporations else "Woningcorporatie Voorbeeld"
    contact = Contact(
        organisation=corporation,
        code="VOORBEELD",
        role="corporatie",
        name="A. Voorbeeld",
        function="medewerker incasso",
        phone="",
        email="incasso@voorbeeld.invalid",
        wijk="",
    )
    facts = FeedbackFacts(
        included=tuple(f for f in profile.feedback_fields if f in FEEDBACK_FIELDS),
        tenant_identification=TenantIdentification(
            name="J. Voorbeeld",
            street_and_number="Voorbeeldstraat 1",
            postcode="1234 AB",
            city="Voorbeeldstad",
            birth_date=date(1980, 1, 1),
        ),
        corporation_reference="VOORBEELD-1",
        signal_date=today - timedelta(days=3),
        contact_made=True,
        taken_on=Decision.TAKEN_ON,
        collection_may_resume=False,
    )
    frame = LetterFrame(
        kind=LetterKind.FEEDBACK,
        case_id=0,
        letterhead=with_placeholders(head),
        addressee=organisation_addressee(contact, "corporatie", "Geachte"),
        letter_date=today,
        our_reference=SAMPLE_REFERENCE,
        your_reference="VOORBEELD-1",
    )
    return FeedbackLetter(frame, facts)


def sample_feedback_pdf(head: Letterhead, profile: CovenantProfile, today: date) -> bytes:
    """The PDF of :func:`sample_feedback_letter`, made by the real feedback renderer."""
    return render_feedback(sample_feedback_letter(head, profile, today)).pdf
