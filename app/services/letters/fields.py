"""What each letter may say, as typed, frozen fields. The renderer gets nothing else.

The feedback to the corporation is the letter that goes wrong in practice, so its content is a
closed list (covenant appendix 2, step 6) rather than a case filtered afterwards:
:class:`FeedbackFacts` has one field per allowed item and a builder that reads only those
facts. Conversation content has no field to travel in. Text from a note can only enter through
``shared_text``, which the builder fills only under a written consent to share it and only
from notes the worker marked for sharing.

The proposal to the corporation (:class:`ProposalLetter`), the Sluitende Aanpak statement
(:class:`SluitendeAanpakStatement`) and the notice of a broken payment agreement
(:class:`BrokenArrangementNotice`) are closed lists in the same way: the corporation's own
claim and the current rent, or the instruments deployed with their dates — no field for the
budget, the capacity, other creditors, notes or reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.services.letters.addressing import Contact
from app.services.letters.letterhead import Letterhead


class LetterKind(StrEnum):
    FEEDBACK = "feedback"
    ANNOUNCEMENT = "announcement"
    TROUBLESHOOTER = "troubleshooter"
    PROPOSAL = "proposal"
    SLUITENDE_AANPAK = "sluitende_aanpak"
    BROKEN_ARRANGEMENT = "broken_arrangement"


#: who each kind of letter goes to (the `addressee` in the timeline entry)
ADDRESSEE_ROLE: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "corporatie",
    LetterKind.ANNOUNCEMENT: "huurder",
    LetterKind.TROUBLESHOOTER: "troubleshooter",
    LetterKind.PROPOSAL: "corporatie",
    LetterKind.SLUITENDE_AANPAK: "corporatie",
    LetterKind.BROKEN_ARRANGEMENT: "corporatie",
}

#: Dutch names, for file names and titles
DUTCH_NAME: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "terugkoppeling",
    LetterKind.ANNOUNCEMENT: "aankondiging",
    LetterKind.TROUBLESHOOTER: "troubleshooter",
    LetterKind.PROPOSAL: "voorstel",
    LetterKind.SLUITENDE_AANPAK: "sluitende-aanpak",
    LetterKind.BROKEN_ARRANGEMENT: "betaalafspraak-niet-nagekomen",
}

#: the general title of each kind; a letter may carry a more precise one (`LetterFrame.title`)
TITLE: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "Terugkoppeling aan de corporatie",
    LetterKind.ANNOUNCEMENT: "Aankondiging huisbezoek",
    LetterKind.TROUBLESHOOTER: "Bericht aan de troubleshooter",
    LetterKind.PROPOSAL: "Voorstel aan de corporatie",
    LetterKind.SLUITENDE_AANPAK: "Verklaring Sluitende Aanpak",
    LetterKind.BROKEN_ARRANGEMENT: "Betaalafspraak niet nagekomen",
}


@dataclass(frozen=True)
class Addressee:
    """The block in the envelope window and the salutation."""

    role: str
    lines: tuple[str, ...]
    salutation: str


@dataclass(frozen=True)
class Handler:
    """The worker who makes the letter ("Behandeld door"), from their own profile.

    Not case data: it says who at the office to call, next to the letterhead, on every letter
    (the feedback letter too; it carries nothing about the tenant)."""

    name: str
    function: str
    phone: str
    email: str


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
    #: a more precise title than the kind's (the proposal letter); "" for `TITLE[kind]`
    title: str = ""
    #: the worker making the letter; None when they filled no profile (the office block only)
    handler: Handler | None = None

    @property
    def document_title(self) -> str:
        return self.title or TITLE[self.kind]


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
    #: undecided, but the team has sought contact with the tenant (the case is "in
    #: behandeling" in the window): the letter says so, instead of a bare "nog niet besloten"
    contact_sought: bool = False


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
    #: how long the office keeps the data, in plain Dutch, from its retention terms (PR 10.1)
    keep_terms: tuple[str, ...] = ()


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


# --- proposal to the corporation (H 6.2, 6.3, 7.3) --------------------------------------------
#
# The corporation gets what it needs to decide on the proposal about its own claim: who it is
# about (as the corporation supplied it), the current rent and from when it is paid again, and
# the terms for its claim. There is no field for incomes, fixed costs, the repayment capacity
# or how it was reached, other creditors, notes or the household: the snapshot holds them, the
# letter cannot.


class ProposalKind(StrEnum):
    ARRANGEMENT = "arrangement"  # H 6.2: an arrangement for the arrears
    SETTLEMENT = "settlement"  # H 7.3: a percentage offer against final discharge
    NONE_POSSIBLE = "none_possible"  # H 6.3: not possible yet; the corporation is informed


PROPOSAL_TITLE: dict[ProposalKind, str] = {
    ProposalKind.ARRANGEMENT: "Voorstel betalingsregeling",
    ProposalKind.SETTLEMENT: "Voorstel schuldregeling (minnelijk traject)",
    ProposalKind.NONE_POSSIBLE: "Nog geen voorstel mogelijk",
}


@dataclass(frozen=True)
class InstalmentRow:
    """One line of the arrangement's schedule: the corporation's own claim only."""

    number: int
    due: date
    amount: Decimal
    remaining: Decimal


@dataclass(frozen=True)
class ArrangementTerms:
    arrears: Decimal
    monthly: Decimal
    instalments: int
    first_due: date
    last_due: date
    last_amount: Decimal
    schedule: tuple[InstalmentRow, ...]


@dataclass(frozen=True)
class SettlementTerms:
    """The corporation's claim and its share; never another creditor's name or amount."""

    percentage: Decimal
    months: int
    corporation_debt: Decimal
    corporation_share: Decimal
    #: 100 %: a repayment of the whole claim, not an offer against final discharge
    full_payment: bool


@dataclass(frozen=True)
class ProposalLetter:
    frame: LetterFrame
    tenant_name: str
    tenant_address: str
    corporation_reference: str
    signal_date: date
    kind: ProposalKind
    #: from when the current rent is paid again (None: not known yet, only "none possible")
    resume_rent_from: date | None
    #: the monthly current rent (None when not known)
    current_rent: Decimal | None
    arrangement: ArrangementTerms | None = None
    settlement: SettlementTerms | None = None


# --- statement on the Sluitende Aanpak (Amsterdam A 1.13) -------------------------------------


@dataclass(frozen=True)
class DatedItem:
    """An instrument deployed, or a recorded refusal: what (a fixed Dutch label) and when."""

    label: str
    on: date


@dataclass(frozen=True)
class SluitendeAanpakStatement:
    frame: LetterFrame
    tenant_name: str
    tenant_address: str
    corporation_reference: str
    signal_date: date
    instruments: tuple[DatedItem, ...]
    #: `cooperation_refused` and `not_taken_on`: kind and date only, never a reason
    refusals: tuple[DatedItem, ...]
    #: A 1.13 lid 3: with an eviction date, the recorded ground (a fixed Dutch label)
    eviction_date: date | None = None
    eviction_ground: DatedItem | None = None


# --- a payment agreement was not kept (Haarlem H 3.9) -------------------------------------------


@dataclass(frozen=True)
class BrokenArrangementNotice:
    """That the agreement was not kept, and when; never why, how much, or anything else."""

    frame: LetterFrame
    tenant_name: str
    tenant_address: str
    corporation_reference: str
    signal_date: date
    #: when the agreement was made (None when it was made before Vangnet recorded it)
    arrangement_made_on: date | None
    broken_on: date


Letter = (
    FeedbackLetter
    | AnnouncementLetter
    | TroubleshooterNotice
    | ProposalLetter
    | SluitendeAanpakStatement
    | BrokenArrangementNotice
)
