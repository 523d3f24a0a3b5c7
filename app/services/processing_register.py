"""The register of processing activities (AVG article 30, issue 15.7), built from live sources.

Nothing in it is typed once and forgotten: the office and its letterhead, the covenant profile
(parties, the fields the corporation's feedback may hold, the optional signal columns and why
they are kept), the retention terms with their sources, and the personal data actually stored —
read from the models' columns through :data:`STORED_DATA`, a description per column. A test
fails when a table holding case data gets a column without a description, so the register
cannot go stale silently.

The texts are Dutch: the register is the office's own document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.models import Base
from app.services.casework import load_context
from app.services.letters.letterhead import load_letterhead
from app.services.office_settings import office_name
from app.services.retention import retention_rules
from app.services.rules.profile import CovenantProfile

# --- what is stored: one description per column of every table that holds case data ----------

IDENTITY = "Identificatie en contact"
HOUSEHOLD = "Huishouden"
RENT = "Huur, achterstand en uitzetting"
MONEY = "Inkomsten, uitgaven en schulden"
HELP = "Verloop van de hulp"
CONSENT = "Toestemmingen"
RIGHTS = "Verzoeken en correcties (privacy)"
WORK = "Werkgegevens van medewerkers"

CATEGORY_ORDER = (IDENTITY, HOUSEHOLD, RENT, MONEY, HELP, CONSENT, RIGHTS, WORK)

#: columns that hold no personal data in any table: keys and positions
KEY_COLUMNS = frozenset({"id", "uid", "case_id", "position", "version_id"})

Described = tuple[str, str] | None  # (category, description), or None: computed/technical

#: every column of every table that holds case data; None marks a computed or technical column
STORED_DATA: dict[str, dict[str, Described]] = {
    "cases": {
        "corporation_id": (RENT, "de woningcorporatie die de melding deed"),
        "reference": (RENT, "het kenmerk van de corporatie"),
        "signal_date": (RENT, "de datum van de melding"),
        "kind": (RENT, "de soort melding (huurachterstand, meer dan dat, zorgen)"),
        "consent": (CONSENT, "toestemming bij een melding zonder achterstand (B2 stap 2)"),
        "tenant_name": (IDENTITY, "naam van de huurder"),
        "street": (IDENTITY, "adres"),
        "house_number": (IDENTITY, "adres"),
        "postcode": (IDENTITY, "adres"),
        "city": (IDENTITY, "adres"),
        "phone": (IDENTITY, "telefoonnummer"),
        "email": (IDENTITY, "e-mailadres"),
        "birth_date": (IDENTITY, "geboortedatum"),
        "occupants": (HOUSEHOLD, "aantal bewoners"),
        "arrears_since": (RENT, "datum waarop de achterstand ontstond"),
        "arrears_months_tenths": (RENT, "periode van de achterstand"),
        "arrears_cents": (RENT, "bedrag van de achterstand"),
        "monthly_rent_cents": (RENT, "maandhuur"),
        "bailiff_date": (RENT, "geplande datum deurwaarder"),
        "eviction_date": (RENT, "datum van uitzetting"),
        "reported_bailiff_date": (RENT, "geplande datum deurwaarder"),
        "reported_eviction_date": (RENT, "datum van uitzetting"),
        "children_under_18": (HOUSEHOLD, "kinderen onder 18 (voorrang, H 3.6)"),
        "statushouder": (HOUSEHOLD, "verblijfstatus (voorrang, H 3.6)"),
        "known": (HOUSEHOLD, "al bekend bij het wijkteam (voorrang, H 3.6)"),
        "status": (HELP, "stand van de zaak"),
        "assignee": (WORK, "behandelend medewerker"),
        "outcome": (HELP, "afloop van de zaak"),
        "closed_on": (HELP, "datum van afsluiten"),
        "is_demo": None,
        "restricted_since": (RIGHTS, "beperking van de verwerking (AVG art. 18)"),
        "next_due": None,
        "flags": None,
        "created_at": None,
        "updated_at": None,
    },
    "household_members": {
        "birth_date": (HOUSEHOLD, "geboortedata van huisgenoten"),
    },
    "case_events": {
        "kind": (HELP, "tijdlijn: contact, besluiten, afspraken, overdrachten, brieven"),
        "occurred_on": (HELP, "tijdlijn: contact, besluiten, afspraken, overdrachten, brieven"),
        "detail": (HELP, "tijdlijn: contact, besluiten, afspraken, overdrachten, brieven"),
        "recorded_at": None,
        "recorded_by": (WORK, "wie iets vastlegde of wijzigde"),
        "undone_at": None,
    },
    "internal_notes": {
        "text": (HELP, "notities uit de gesprekken (kunnen gezondheid of achtergrond noemen)"),
        "created_at": None,
        "author": (WORK, "wie iets vastlegde of wijzigde"),
        "shareable": (CONSENT, "of een notitie gedeeld mag worden"),
    },
    "consent_records": {
        "purpose": (CONSENT, "toestemmingen van de huurder: waarvoor, wanneer, schriftelijk, "
                    "ingetrokken"),
        "given_on": (CONSENT, "toestemmingen van de huurder: waarvoor, wanneer, schriftelijk, "
                     "ingetrokken"),
        "written": (CONSENT, "toestemmingen van de huurder: waarvoor, wanneer, schriftelijk, "
                    "ingetrokken"),
        "withdrawn_on": (CONSENT, "toestemmingen van de huurder: waarvoor, wanneer, "
                         "schriftelijk, ingetrokken"),
        "recorded_by": (WORK, "wie iets vastlegde of wijzigde"),
        "recorded_at": None,
    },
    "case_documents": {
        "source": (HELP, "documenten bij de zaak (brieven, stukken van de huurder)"),
        "title": (HELP, "documenten bij de zaak (brieven, stukken van de huurder)"),
        "file_name": (HELP, "documenten bij de zaak (brieven, stukken van de huurder)"),
        "media_type": None,
        "size": None,
        "sha256": None,
        "content": (HELP, "documenten bij de zaak (brieven, stukken van de huurder)"),
        "added_at": None,
        "added_by": (WORK, "wie iets vastlegde of wijzigde"),
    },
    "debts": {
        "creditor": (MONEY, "schulden: schuldeiser, soort, bedrag, datum"),
        "kind": (MONEY, "schulden: schuldeiser, soort, bedrag, datum"),
        "amount_cents": (MONEY, "schulden: schuldeiser, soort, bedrag, datum"),
        "preferential": (MONEY, "schulden: schuldeiser, soort, bedrag, datum"),
        "established_on": (MONEY, "schulden: schuldeiser, soort, bedrag, datum"),
    },
    "case_budgets": {
        "household_type": (MONEY, "budget: soort huishouden, kinderen, huur"),
        "children": (MONEY, "budget: soort huishouden, kinderen, huur"),
        "rent_cents": (MONEY, "budget: soort huishouden, kinderen, huur"),
        "updated_at": None,
        "updated_by": (WORK, "wie iets vastlegde of wijzigde"),
    },
    "budget_lines": {
        "kind": (MONEY, "inkomsten en vaste lasten per maand"),
        "label": (MONEY, "inkomsten en vaste lasten per maand"),
        "monthly_cents": (MONEY, "inkomsten en vaste lasten per maand"),
    },
    "proposals": {
        "kind": (MONEY, "voorstellen aan de corporatie (H 6.2, 7.3)"),
        "made_on": (MONEY, "voorstellen aan de corporatie (H 6.2, 7.3)"),
        "made_at": None,
        "made_by": (WORK, "wie iets vastlegde of wijzigde"),
        "snapshot": (MONEY, "voorstellen aan de corporatie (H 6.2, 7.3)"),
        "sent_on": (MONEY, "voorstellen aan de corporatie (H 6.2, 7.3)"),
        "withdrawn_at": None,
    },
    "subject_requests": {
        "kind": (RIGHTS, "verzoeken van de betrokkene (inzage, correctie, wissen, beperking)"),
        "received_on": (RIGHTS, "verzoeken van de betrokkene (inzage, correctie, wissen, "
                        "beperking)"),
        "due_on": None,
        "extended_to": None,
        "extension_reason": (RIGHTS, "reden van verlenging of afwijzing van een verzoek"),
        "forward_to": (RIGHTS, "doorzending van een verzoek naar een andere partij"),
        "forward_due_on": None,
        "forwarded_on": (RIGHTS, "doorzending van een verzoek naar een andere partij"),
        "outcome": (RIGHTS, "verzoeken van de betrokkene (inzage, correctie, wissen, "
                    "beperking)"),
        "outcome_reason": (RIGHTS, "reden van verlenging of afwijzing van een verzoek"),
        "done_on": None,
        "recorded_at": None,
        "recorded_by": (WORK, "wie iets vastlegde of wijzigde"),
        "updated_at": None,
    },
    "legal_requests": {
        "requester": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, grondslag, "
                      "besluit"),
        "requester_verified": None,
        "legal_ground": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, grondslag, "
                         "besluit"),
        "ground_checked": None,
        "received_on": None,
        "other_party": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, grondslag, "
                        "besluit"),
        "inform_due_on": None,
        "informed_on": None,
        "confidential": None,
        "confidential_reason": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, "
                                "grondslag, besluit"),
        "decision": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, grondslag, "
                     "besluit"),
        "decided_on": None,
        "data_provided": (RIGHTS, "wettelijke vorderingen van gegevens (PR 8): wie, "
                          "grondslag, besluit"),
        "recorded_at": None,
        "recorded_by": (WORK, "wie iets vastlegde of wijzigde"),
        "updated_at": None,
    },
    "fact_corrections": {
        "field": (RIGHTS, "correcties van gegevens, met de oude waarde (AVG art. 16)"),
        "old_value": (RIGHTS, "correcties van gegevens, met de oude waarde (AVG art. 16)"),
        "new_value": (RIGHTS, "correcties van gegevens, met de oude waarde (AVG art. 16)"),
        "request_id": None,
        "corrected_at": None,
        "corrected_by": (WORK, "wie iets vastlegde of wijzigde"),
        "audit_seq": None,
    },
    # computed from the facts above, rebuilt at every change: no data of their own
    "case_deadlines": {
        "term_id": None, "due": None, "start": None, "article": None, "met_on": None,
    },
    "priority_periods": {"reason": None, "start": None, "end": None},
    "rank_segments": {
        "valid_from": None, "valid_to": None, "rank_group": None, "eviction_key": None,
        "due_key": None, "signal_date": None, "corporation_id": None, "status": None,
        "assignee": None, "reasons": None,
    },
}


def case_tables(metadata: Any = Base.metadata) -> list[Table]:
    """The tables that hold data about a case: `cases` and every table with a `case_id`."""
    return [t for t in metadata.sorted_tables if t.name == "cases" or "case_id" in t.columns]


def undescribed_columns(metadata: Any = Base.metadata) -> list[str]:
    """`table.column` for every column of a case table without an entry in STORED_DATA."""
    missing = []
    for table in case_tables(metadata):
        described = STORED_DATA.get(table.name, {})
        for column in table.columns:
            if column.name not in KEY_COLUMNS and column.name not in described:
                missing.append(f"{table.name}.{column.name}")
    return missing


@dataclass(frozen=True)
class DataCategory:
    name: str
    items: tuple[str, ...]


def stored_categories(metadata: Any = Base.metadata) -> list[DataCategory]:
    """What is stored, by category, from the columns the models really have."""
    found: dict[str, list[str]] = {name: [] for name in CATEGORY_ORDER}
    for table in case_tables(metadata):
        described = STORED_DATA.get(table.name, {})
        for column in table.columns:
            entry = described.get(column.name)
            if entry is None:
                continue
            category, text = entry
            if text not in found.setdefault(category, []):
                found[category].append(text)
    unknown = undescribed_columns(metadata)
    if unknown:  # never silently left out: printed for the privacy officer to see
        found.setdefault(HELP, []).append("nog niet beschreven: " + ", ".join(unknown))
    return [DataCategory(name, tuple(items)) for name, items in found.items() if items]


# --- the register ----------------------------------------------------------------------------

#: minutes without use before the window locks (app.ui.main_window), unless a user chose otherwise
DEFAULT_LOCK_MINUTES = 10


@dataclass(frozen=True)
class Recipient:
    who: str
    receives: str
    how: str


@dataclass(frozen=True)
class RetentionTerm:
    key: str
    case_end: str
    months: int
    counted_from: str
    source: str


@dataclass(frozen=True)
class ProcessingRegister:
    office: str
    office_address: tuple[str, ...]
    covenant: str
    municipality: str
    printed_at: datetime
    controller: str
    purposes: tuple[str, ...]
    subjects: tuple[str, ...]
    data: tuple[DataCategory, ...]
    signal_fields: tuple[tuple[str, str], ...]
    legal_grounds: tuple[str, ...]
    recipients: tuple[Recipient, ...]
    transfers: str
    retention: tuple[RetentionTerm, ...]
    security: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["printed_at"] = self.printed_at.isoformat(timespec="minutes")
        data["signal_fields"] = [{"field": f, "why": why} for f, why in self.signal_fields]
        return data


_FEEDBACK_NL: Mapping[str, str] = {
    "tenant_identification": "de gegevens waarmee de corporatie de huurder meldde (naam, "
    "adres, geboortedatum)",
    "corporation_reference": "het kenmerk van de corporatie",
    "signal_date": "de datum van de melding",
    "contact_made": "of er contact is met de huurder",
    "taken_on": "of de melding in behandeling is genomen",
    "collection_may_resume": "of de incasso kan worden hervat",
    "payment_resumption_date": "de afgesproken datum waarop de betaling van de lopende huur en "
    "de aflossing van de achterstand weer beginnen",
    "instrument_deployed": "het ingezette instrument (Sluitende Aanpak)",
}


def _counted_from(counted_from: str) -> str:
    return "na de melding" if counted_from == "signal" else "na het einde van de zaak"


def _recipients(profile: CovenantProfile) -> tuple[Recipient, ...]:
    corporations = ", ".join(o.name for o in profile.organisations_of_kind("corporatie"))
    feedback = "; ".join(_FEEDBACK_NL.get(f, f) for f in profile.feedback_fields)
    found = [
        Recipient(
            f"De woningcorporatie die de melding deed ({corporations})",
            f"Terugkoppeling (B2 stap 6): {feedback}. Niets uit de gesprekken; een notitie "
            "alleen met schriftelijke toestemming van de huurder en als die notitie als "
            "deelbaar is gemarkeerd. Verder het voorstel voor lopende huur en achterstand "
            "(H 6.2, zonder inkomsten, lasten of andere schuldeisers) en het bericht dat een "
            "betaalafspraak niet is nagekomen (H 3.9)."
            + (
                " Onder de Sluitende Aanpak: de ingezette instrumenten met hun datum."
                if profile.sluitende_aanpak
                else ""
            ),
            "brief (PDF), door de medewerker verstuurd",
        ),
        Recipient(
            "De huurder",
            "De aankondigingsbrief van het bezoek, met wat het kantoor bewaart, hoe lang, en "
            "hoe de huurder zijn rechten uitoefent (PR 10.1); op verzoek een inzage-export "
            "(AVG art. 15).",
            "brief (PDF)",
        ),
        Recipient(
            "Schulddienstverlening, de troubleshooter of een ander wijkteam",
            "Een overdrachtspakket: de gegevens van de melding, huisgenoten, tijdlijn, "
            "notities, toestemmingen, documenten, inventarisatie en voorstellen van de "
            "overgedragen zaken. Een warme overdracht alleen met toestemming van de huurder "
            "(B2 stap 5).",
            "versleuteld overdrachtspakket met wachtzin",
        ),
        Recipient(
            "De troubleshooter",
            "Zodra de datum van uitzetting bekend is (H 8.1): de datums, wat is geprobeerd en "
            "de betrokken contactpersonen.",
            "brief (PDF)",
        ),
    ]
    return tuple(found)


def _security() -> tuple[str, ...]:
    return (
        "Versleuteling in rust: de database is versleuteld met SQLCipher 4 (AES-256); back-ups "
        "en overdrachtspakketten zijn eveneens versleuteld.",
        "Sleutel: een willekeurige sleutel in de sleutelbos van het besturingssysteem, met een "
        "herstelsleutel, of een wachtzin; de sleutel kan worden gewijzigd.",
        "Audittrail: wie wat wanneer deed (ook het inzien van een zaak), zonder "
        "persoonsgegevens in de regels; elke regel is met een hashketen aan de vorige "
        "gekoppeld, zodat een gewijzigde of verwijderde regel wordt gevonden.",
        f"Automatische vergrendeling na {DEFAULT_LOCK_MINUTES} minuten zonder gebruik "
        "(standaard; per gebruiker instelbaar); "
        "de sleutel verdwijnt dan uit het geheugen.",
        "Back-ups worden na het maken gecontroleerd door ze te openen en te vergelijken; een "
        "terugzetting gebruikt alleen een gecontroleerde back-up.",
        "Register van datalekken (PR 9.3) met de termijnen van 24 en 72 uur.",
        "Zaken worden na hun bewaartermijn gewist (zie de bewaartermijnen); de vrijgekomen "
        "ruimte in het bestand wordt overschreven.",
    )


def build_register(session: Session, *, printed_at: datetime) -> ProcessingRegister:
    """The register as the database stands now."""
    profile = load_context(session).profile
    office = office_name(session)
    head = load_letterhead(session, profile.municipality)
    retention = tuple(
        RetentionTerm(
            key=r.key,
            case_end=r.label_nl,
            months=r.months,
            counted_from=_counted_from(r.counted_from),
            source=r.source_nl,
        )
        for r in retention_rules(session)
    )
    return ProcessingRegister(
        office=office,
        office_address=head.address_lines,
        covenant=profile.name,
        municipality=profile.municipality,
        printed_at=printed_at,
        controller=(
            f"{office or 'Het kantoor'} is verwerkingsverantwoordelijke voor de eigen taken "
            f"binnen het {profile.name}. Iedere partij bij het convenant is zelfstandig "
            "verantwoordelijk voor haar eigen verwerking (privacyreglement art. 5.1); waar "
            "partijen samen doel en middelen bepalen, zijn zij gezamenlijk "
            "verwerkingsverantwoordelijke (AVG art. 26)."
        ),
        purposes=(
            "Voorkomen dat betalingsachterstanden oplopen tot een problematische schuld en "
            "huisuitzetting, door vroeg te signaleren en hulp aan te bieden (PR art. 2.1a).",
            "Beleidsevaluatie en beleidsvorming met cijfers die niemand identificeren "
            "(PR art. 2.1b; H 9.5).",
        ),
        subjects=(
            "Huurders over wie een woningcorporatie een melding doet.",
            "Hun huisgenoten (aantal en geboortedata).",
            "Contactpersonen van de partijen en medewerkers van het kantoor (naam, functie, "
            "telefoon, e-mail; wie wat vastlegde).",
        ),
        data=tuple(stored_categories()),
        signal_fields=profile.signal_fields,
        legal_grounds=(
            "AVG art. 6 lid 1 onder e: taak van algemeen belang, de schuldhulpverlening en "
            "vroegsignalering van de gemeente (Wet gemeentelijke schuldhulpverlening).",
            "Toestemming (AVG art. 6 lid 1 onder a) waar de grondslag toestemming is, en dan "
            "vastgelegd: een melding zonder huurachterstand (B2 stap 2, vastgelegd door de "
            "corporatie), een warme overdracht (B2 stap 5) en het delen van iets uit de "
            "gesprekken met de corporatie (B2 stap 6, schriftelijk). Een toestemming kan worden "
            "ingetrokken.",
        ),
        recipients=_recipients(profile),
        transfers="Geen. Vangnet slaat gegevens lokaal op en geeft niets door buiten de "
        "Europese Unie.",
        retention=retention,
        security=_security(),
    )


# --- the printable register ------------------------------------------------------------------


def _months(months: int) -> str:
    if months >= 24 and months % 12 == 0:
        return f"{months // 12} jaar"
    return "1 maand" if months == 1 else f"{months} maanden"


def retention_phrase(term: RetentionTerm) -> str:
    """"12 maanden na de melding", "2 jaar na het einde van de zaak"."""
    return f"{_months(term.months)} {term.counted_from}"


def register_pdf(reg: ProcessingRegister) -> bytes:
    """The register on A4, in Dutch, section by section."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer
    from reportlab.platypus.flowables import Flowable

    from app.services.breach_register import a4_document
    from app.services.letters.render import facts_table, styles

    st = styles(9.5)
    office = reg.office or "(naam van het kantoor niet ingevuld)"
    story: list[Flowable] = [
        st.paragraph("Register van verwerkingsactiviteiten (AVG artikel 30)", st.heading),
        st.paragraph(
            f"{office} — {reg.covenant}. Opgemaakt door Vangnet op "
            f"{reg.printed_at:%d-%m-%Y %H:%M} uit de instellingen en de gegevens zoals die nu "
            "zijn opgeslagen.",
            st.small,
        ),
        Spacer(1, 3 * mm),
    ]

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        story.append(st.paragraph(title, st.heading))
        story.append(facts_table(rows, st, label_width=50))
        story.append(Spacer(1, 2 * mm))

    address = ", ".join(reg.office_address) or "(adres niet ingevuld in het briefhoofd)"
    section("1. Verwerkingsverantwoordelijke", [
        ("Kantoor", office), ("Adres", address), ("Verantwoordelijkheid", reg.controller),
    ])
    section("2. Doeleinden", [(f"Doel {i}", p) for i, p in enumerate(reg.purposes, 1)])
    section("3. Betrokkenen", [("Categorieën", " ".join(reg.subjects))])
    rows = [(c.name, "; ".join(c.items) + ".") for c in reg.data]
    rows += [
        (f"Uit de melding, optioneel: {name.replace('_', ' ')}", why)
        for name, why in reg.signal_fields
    ]
    section("4. Categorieën van persoonsgegevens", rows)
    section("5. Grondslag", [(f"Grondslag {i}", g) for i, g in enumerate(reg.legal_grounds, 1)])
    section("6. Ontvangers en wat zij ontvangen", [
        (r.who, f"{r.receives} Hoe: {r.how}.") for r in reg.recipients
    ])
    section("7. Doorgifte buiten de EU", [("Doorgifte", reg.transfers)])
    section("8. Bewaartermijnen", [
        (t.case_end[:1].upper() + t.case_end[1:], f"{retention_phrase(t)}. Bron: {t.source}")
        for t in reg.retention
    ])
    section("9. Beveiliging", [(f"Maatregel {i}", m) for i, m in enumerate(reg.security, 1)])
    return a4_document(
        story,
        title="Register van verwerkingsactiviteiten",
        footer=f"Register van verwerkingsactiviteiten — {office}",
        author=reg.office,
        font=st.small.fontName,
    )
