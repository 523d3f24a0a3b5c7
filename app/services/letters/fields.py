"""What each letter may say, as typed, frozen fields. The renderer gets nothing else.

The feedback to the corporation is the letter that goes wrong in practice, so its content is a
closed list (covenant appendix 2, step 6) rather than a case filtered afterwards:
:class:`FeedbackFacts` has one field per allowed item and a builder that reads only those
facts. Conversation content has no field to travel in. Text from a note can only enter through
``shared_text``, which the builder fills only under a written consent to share it and only
from notes the worker marked for sharing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.services.letters.addressing import Contact
from app.services.letters.letterhead import Letterhead


class LetterKind(StrEnum):
    FEEDBACK = "feedback"
    ANNOUNCEMENT = "announcement"
    TROUBLESHOOTER = "troubleshooter"


#: who each kind of letter goes to (the `addressee` in the timeline entry)
ADDRESSEE_ROLE: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "corporatie",
    LetterKind.ANNOUNCEMENT: "huurder",
    LetterKind.TROUBLESHOOTER: "troubleshooter",
}

#: Dutch names, for file names and titles
DUTCH_NAME: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "terugkoppeling",
    LetterKind.ANNOUNCEMENT: "aankondiging",
    LetterKind.TROUBLESHOOTER: "troubleshooter",
}

TITLE: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "Terugkoppeling aan de corporatie",
    LetterKind.ANNOUNCEMENT: "Aankondiging huisbezoek",
    LetterKind.TROUBLESHOOTER: "Bericht aan de troubleshooter",
}


@dataclass(frozen=True)
class Addressee:
    """The block in the envelope window and the salutation."""

    role: str
    lines: tuple[str, ...]
    salutation: str


@dataclass(frozen=True)
class LetterFrame:
    """Everything around the content: letterhead, addressee, date line and references."""

    kind: LetterKind
    case_id: int
    letterhead: Letterhead
    addressee: Addressee
    letter_date: date
    our_reference: str
    your_reference: str  # "" when the addressee has none


# --- feedback to the corporation (H 3.7, B2 step 6) ---------------------------------------

#: every item a covenant profile may list under `feedback_fields`
FEEDBACK_FIELDS: tuple[str, ...] = (
    "tenant_identification",
    "corporation_reference",
    "signal_date",
    "contact_made",
    "taken_on",
    "collection_may_resume",
    "payment_resumption_date",
    "instrument_deployed",
)


class Decision(StrEnum):
    TAKEN_ON = "taken_on"
    NOT_TAKEN_ON = "not_taken_on"
    UNDECIDED = "undecided"


@dataclass(frozen=True)
class TenantIdentification:
    """The identifying data the corporation supplied (B2 step 1): name, address, birth date."""

    name: str
    street_and_number: str
    postcode: str
    city: str
    birth_date: date


@dataclass(frozen=True)
class FeedbackFacts:
    """Exactly what the feedback may contain; `included` is the covenant's list, in order.

    A field not in `included` stays at its default and is neither read nor printed. For an
    included field, None means "not (yet) known" and is printed as such.
    """

    included: tuple[str, ...]
    tenant_identification: TenantIdentification | None = None
    corporation_reference: str | None = None
    signal_date: date | None = None
    contact_made: bool | None = None
    taken_on: Decision | None = None
    collection_may_resume: bool | None = None
    payment_resumption_date: date | None = None
    instrument_deployed: tuple[str, ...] = ()
    #: notes marked for sharing, only under a recorded written consent (`delen_met_corporatie`)
    shared_text: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedbackLetter:
    frame: LetterFrame
    facts: FeedbackFacts


# --- announcement to the tenant (B2 step 5) -------------------------------------------------


@dataclass(frozen=True)
class AnnouncementFacts:
    tenant_name: str
    corporation_name: str
    signal_kind: str
    with_opt_out: bool
    visit: datetime | None
    #: the last day to decline the visit (only with the option to decline)
    decline_by: date | None
    contact: Contact


@dataclass(frozen=True)
class AnnouncementLetter:
    frame: LetterFrame
    facts: AnnouncementFacts


# --- notice to the troubleshooter (H 8.1) ---------------------------------------------------


@dataclass(frozen=True)
class TimelineStep:
    on: date
    text: str


@dataclass(frozen=True)
class InvolvedContact:
    label: str
    contact: Contact | None


@dataclass(frozen=True)
class TroubleshooterFacts:
    tenant_name: str
    address: str
    birth_date: date
    phone: str
    occupants: int
    corporation_name: str
    corporation_reference: str
    signal_date: date
    arrears_cents: int | None
    monthly_rent_cents: int | None
    arrears_since: date | None
    arrears_months_tenths: int | None
    bailiff_date: date | None
    verdict_date: date | None
    eviction_date: date
    steps: tuple[TimelineStep, ...]
    contacts: tuple[InvolvedContact, ...]
    case_worker: str


@dataclass(frozen=True)
class TroubleshooterNotice:
    frame: LetterFrame
    facts: TroubleshooterFacts


Letter = FeedbackLetter | AnnouncementLetter | TroubleshooterNotice
