"""The right-of-access export as a PDF the tenant can read (A4, Dutch, the letters' fonts).

One heading per kind of data, Dutch labels, amounts in euros and dates written out; it ends
with where the data went ("Waar uw gegevens naartoe gingen"), who looked at or changed it, and
how to ask for correction or erasure or complain to the Autoriteit Persoonsgegevens. The
complete rows, every column, are in the JSON file next to it.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.services.case_status import status_nl
from app.services.formatting import amount, long_date
from app.services.letters.render import Styles, facts_table, styles
from app.services.money import DEBT_KIND_LABELS_NL, HOUSEHOLD_LABELS_NL
from app.services.subject_export import SubjectExport

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
LINE = colors.Color(0.8, 0.8, 0.8)

KIND_NL = {
    "huurachterstand": "huurachterstand",
    "meer_dan_huurachterstand": "meer dan huurachterstand",
    "zorgen_zonder_achterstand": "zorgen zonder achterstand",
}
EVENT_NL = {
    "contact_attempt": "Contactpoging",
    "taken_on": "In behandeling genomen",
    "not_taken_on": "Niet in behandeling genomen",
    "collection_answer": "Antwoord: mag de incasso verder",
    "feedback_sent": "Terugkoppeling aan de corporatie verstuurd",
    "proposal_sent": "Betalingsvoorstel verstuurd",
    "no_proposal_possible": "Geen voorstel mogelijk (corporatie ingelicht)",
    "arrangement_made": "Betalingsregeling getroffen",
    "missed_rent_notice": "Melding: lopende huur niet betaald",
    "rent_resumed": "Lopende huur weer betaald",
    "bailiff_date_set": "Deurwaarder gepland",
    "bailiff_cancelled": "Deurwaarder afgezegd",
    "eviction_date_set": "Vonnis: ontruimingsdatum",
    "eviction_averted": "Ontruiming voorkomen",
    "troubleshooter_informed": "Troubleshooter ingelicht",
    "instrument_deployed": "Instrument ingezet (Sluitende Aanpak)",
    "settlement_started": "Minnelijk traject gestart",
    "settlement_ended": "Minnelijk traject beëindigd",
    "settlement_feedback_sent": "Schuldhulp heeft teruggekoppeld",
    "settlement_accepted": "Corporatie aanvaardt het schikkingsvoorstel",
    "settlement_refused": "Corporatie weigert het schikkingsvoorstel",
    "wsnp_requested": "Wsnp-verzoek ingediend bij de rechtbank",
    "arrangement_broken": "Betaalafspraak niet nagekomen",
    "trajectory_ended": "Schuldhulptraject beëindigd",
    "handover": "Overgedragen",
    "handover_received": "Overdracht ontvangen",
    "cooperation_refused": "Huurder werkt niet mee",
    "eviction_ground": "Grond voor ontruiming (Sluitende Aanpak)",
    "arrangement_in_place": "Betalingsregeling was er al bij de melding",
    "sdv_crisis_list_added": "Op de crisislijst van de schuldhulpverlening geplaatst",
    "sdv_crisis_list_removed": "Van de crisislijst van de schuldhulpverlening gehaald",
    "closed": "Zaak gesloten",
    "letter_generated": "Brief gemaakt",
}
DETAIL_NL = {
    "method": "manier",
    "reached": "bereikt",
    "may_resume": "incasso mag verder",
    "reason": "reden",
    "date": "datum",
    "to": "naar",
    "from": "van",
    "receiver": "ontvanger",
    "instrument": "instrument",
    "ground": "grond",
    "outcome": "uitkomst",
    "letter": "brief",
    "addressee": "aan",
    "file": "bestand",
    "via": "via",
    "warm": "warme overdracht",
}
#: codes in an event's detail, in Dutch (other values are shown as stored)
VALUE_NL = {
    "feedback": "terugkoppeling",
    "announcement": "aankondiging",
    "proposal": "voorstel",
    "sluitende_aanpak": "Sluitende Aanpak",
    "broken_arrangement": "betaalafspraak niet nagekomen",
    "sdv": "schulddienstverlening",
    "wijkteam": "sociaal wijkteam",
    "corporatie": "woningcorporatie",
    "brief_met_afmelding": "brief met de keuze het bezoek af te zeggen",
    "brief_zonder_afmelding": "brief zonder die keuze",
    "huisbezoek": "huisbezoek zonder afspraak",
}
#: technical keys that mean nothing to the tenant (they stay in the JSON)
HIDDEN_DETAIL = ("package", "proposal")
PROPOSAL_NL = {
    "arrangement": "Betalingsregeling",
    "settlement": "Schikkingsvoorstel (minnelijk traject)",
    "none_possible": "Nog geen voorstel mogelijk",
}
REQUEST_NL = {
    "access": "inzage",
    "rectification": "correctie",
    "erasure": "wissen",
    "restriction": "beperking",
    "portability": "overdraagbaarheid",
    "objection": "bezwaar",
    "withdraw_consent": "toestemming intrekken",
}
OUTCOME_NL = {
    "open": "nog open",
    "granted": "toegewezen",
    "partly": "deels toegewezen",
    "refused": "afgewezen",
    "forwarded": "doorgestuurd",
    "provided": "verstrekt",
}
FACT_NL = {
    "tenant_name": "naam",
    "street": "straat",
    "house_number": "huisnummer",
    "postcode": "postcode",
    "city": "woonplaats",
    "phone": "telefoon",
    "email": "e-mail",
    "birth_date": "geboortedatum",
    "occupants": "aantal bewoners",
    "children_under_18": "kinderen onder 18",
    "statushouder": "statushouder",
    "known": "bekend bij wijkteam",
}
PRIORITY_NL = {
    "children": "kind onder 18 in het huishouden",
    "65plus": "huurder of bewoner van 65 jaar of ouder",
    "statushouder": "statushouder",
    "known": "al bekend bij wijkteam of schuldhulp",
}
TERM_NL = {
    "contact": "Contact met u opnemen",
    "feedback": "Terugkoppeling aan de corporatie",
    "proposal": "Betalingsvoorstel",
    "bailiff": "Geplande deurwaarder",
    "recovery": "Hersteltermijn lopende huur",
    "eviction": "Ontruimingsdatum",
    "amicable_max": "Minnelijk traject (hoogstens 36 maanden)",
}
AUDIT_NL = {
    "read": "bekeken",
    "create": "vastgelegd",
    "change": "gewijzigd",
    "update": "gewijzigd",
    "undo": "ongedaan gemaakt",
    "export": "uitgevoerd naar een bestand",
    "correct": "gecorrigeerd",
    "restrict": "verwerking beperkt",
    "lift_restriction": "beperking opgeheven",
    "close": "afgehandeld",
}
OBJECT_NL = {
    "case": "uw zaak",
    "case_event": "een gebeurtenis",
    "internal_note": "een notitie",
    "consent": "een toestemming",
    "document": "een document",
    "letter": "een brief",
    "proposal": "een voorstel",
    "inventory": "uw schulden en budget",
    "fact_corrections": "correcties",
    "subject_request": "uw verzoek",
    "legal_request": "een verzoek van een instantie",
    "subject_access": "deze inzage",
}
#: sections shown with their own heading; any other table is listed under "Overige gegevens"
SHOWN = {
    "cases", "household_members", "case_events", "internal_notes", "consent_records",
    "case_budgets", "budget_lines", "debts", "proposals", "case_documents", "case_deadlines",
    "priority_periods", "fact_corrections", "subject_requests", "legal_requests", "audit_log",
    "handover_packages",
}  # fmt: skip
OTHER_NL = {
    "rank_segments": "Berekende plaats in de werklijst (per periode)",
    "case_search": "Zoekindex (kopie van naam, adres, telefoon en kenmerk om snel te zoeken)",
}


def _day(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{long_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return long_date(value)
    return "—"


def _yes(value: Any) -> str:
    if value is None:
        return "onbekend"
    return "ja" if value else "nee"


def _euro(cents: Any) -> str:
    return amount(int(cents)) if cents is not None else "—"


def _text(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


def _grid(
    st: Styles, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A table with a bold header row (repeated on a new page) and cells that wrap."""
    total = sum(widths)
    cols = [WIDTH * w / total for w in widths]
    cells = [[st.paragraph(h, st.bold) for h in header]]
    cells += [[st.paragraph(c) for c in row] for row in rows]
    table = Table(cells, colWidths=cols, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE),
            ]
        )
    )
    return table


class _Writer:
    def __init__(self, export: SubjectExport) -> None:
        self.x = export
        self.st = styles(9.5)
        self.story: list[Flowable] = []

    def heading(self, title: str) -> None:
        self.story.append(self.st.paragraph(title, self.st.heading))

    def para(self, text: str, small: bool = False) -> None:
        self.story.append(self.st.paragraph(text, self.st.small if small else self.st.body))

    def none(self, text: str) -> None:
        self.story.append(self.st.paragraph(text, self.st.label))

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        self.story.append(_grid(self.st, header, rows, widths))

    def space(self) -> None:
        self.story.append(Spacer(1, 3 * mm))

    # --- the parts ----------------------------------------------------------------------

    def letterhead(self, logo: bytes | None) -> None:
        x = self.x
        sender = "\n".join((x.office_name, *x.office_address)).strip()
        left: Flowable = self.st.paragraph(x.office_name or "Vangnet", self.st.heading)
        if logo:
            reader = ImageReader(io.BytesIO(logo))
            iw, ih = reader.getSize()
            scale = min(60 * mm / iw, 22 * mm / ih)
            left = Image(io.BytesIO(logo), iw * scale, ih * scale, hAlign="LEFT")
        head = Table(
            [[left, self.st.paragraph(sender, self.st.small)]],
            colWidths=[WIDTH - 68 * mm, 68 * mm],
            hAlign="LEFT",
        )
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        self.story += [head, Spacer(1, 6 * mm)]

    def intro(self) -> None:
        x = self.x
        case = x.case
        self.story.append(self.st.paragraph("Inzage in uw gegevens", self.st.heading))
        self.para(
            f"Dit is een overzicht van alle gegevens die {x.office_name or 'wij'} in Vangnet over "
            f"u en uw huishouden bewaart (artikel 15 AVG, privacyreglement artikel 10). Het "
            f"hoort bij zaak {x.case_id} van {case['tenant_name']} en is gemaakt op "
            f"{long_date(x.exported_at.date())}."
        )
        self.para(
            "Naast deze PDF staat een JSON-bestand met precies dezelfde gegevens in een vorm die "
            "een computer kan lezen (elke kolom van elke rij), en de map 'documenten' met de "
            "brieven en bijlagen zelf.",
            small=True,
        )

    def case_facts(self) -> None:
        c = self.x.case
        self.heading("Uw gegevens")
        arrears_months = c.get("arrears_months_tenths")
        rows = [
            ("Naam", _text(c["tenant_name"])),
            ("Adres", f"{c['street']} {c['house_number']}, {c['postcode']} {c['city']}"),
            ("Telefoon", _text(c.get("phone"))),
            ("E-mail", _text(c.get("email"))),
            ("Geboortedatum", _day(c.get("birth_date"))),
            ("Woningcorporatie", self.x.corporation),
            ("Kenmerk van de corporatie", _text(c.get("reference"))),
            ("Datum van de melding", _day(c.get("signal_date"))),
            ("Soort melding", KIND_NL.get(c["kind"], c["kind"])),
            ("Toestemming bij de melding", _yes(c.get("consent"))),
            ("Achterstand sinds", _day(c.get("arrears_since"))),
            (
                "Achterstand in maanden",
                f"{arrears_months / 10:.1f}".replace(".", ",") if arrears_months else "—",
            ),
            ("Bedrag van de achterstand", _euro(c.get("arrears_cents"))),
            ("Maandhuur", _euro(c.get("monthly_rent_cents"))),
            ("Geplande deurwaarder", _day(c.get("bailiff_date"))),
            ("Ontruimingsdatum", _day(c.get("eviction_date"))),
            ("Status van uw zaak", status_nl(c["status"])),
            ("Behandelaar", _text(c.get("assignee"))),
            ("Uitkomst", _text(c.get("outcome"))),
            ("Gesloten op", _day(c.get("closed_on"))),
            ("Verwerking beperkt sinds", _day(c.get("restricted_since"))),
            ("Vastgelegd op", _day(c.get("created_at"))),
            ("Laatst gewijzigd op", _day(c.get("updated_at"))),
        ]
        self.story.append(facts_table(rows, self.st, label_width=55))

    def household(self) -> None:
        c = self.x.case
        self.heading("Uw huishouden")
        rows = [
            ("Aantal bewoners", _text(c.get("occupants"))),
            ("Kinderen onder 18", _text(c.get("children_under_18"))),
            ("Statushouder", _yes(c.get("statushouder"))),
            ("Al bekend bij wijkteam of schuldhulp", _yes(c.get("known"))),
        ]
        members = self.x.rows("household_members")
        for n, m in enumerate(members, start=1):
            rows.append((f"Bewoner {n}: geboortedatum", _day(m["birth_date"])))
        self.story.append(facts_table(rows, self.st, label_width=55))
        self.para(
            "Van de andere bewoners bewaren wij alleen de geboortedatum, om te zien of er "
            "kinderen of ouderen in het huishouden zijn.",
            small=True,
        )

    def timeline(self) -> None:
        self.heading("Wat er in uw zaak gebeurde")
        events = self.x.rows("case_events")
        if not events:
            self.none("Er is nog niets vastgelegd.")
            return
        rows = []
        for e in events:
            what = EVENT_NL.get(e["kind"], e["kind"])
            detail = _detail_text(e.get("detail"))
            if detail:
                what += f" ({detail})"
            if e.get("undone_at") is not None:
                what += f" — ongedaan gemaakt op {_day(e['undone_at'])}"
            rows.append((_day(e["occurred_on"]), what, _text(e.get("recorded_by"))))
        self.grid(("Datum", "Wat", "Vastgelegd door"), rows, (34, 96, 35))

    def notes(self) -> None:
        self.heading("Notities")
        notes = self.x.rows("internal_notes")
        if not notes:
            self.none("Er zijn geen notities.")
            return
        rows = [
            (_day(n["created_at"]), _text(n["text"]), _text(n["author"]),
             "ja" if n.get("shareable") else "nee")
            for n in notes
        ]
        self.grid(("Datum", "Notitie", "Geschreven door", "Mag gedeeld worden"), rows,
                  (30, 82, 30, 28))

    def consents(self) -> None:
        self.heading("Uw toestemmingen")
        found = self.x.rows("consent_records")
        if not found:
            self.none("Er is geen toestemming vastgelegd.")
            return
        rows = [
            (
                str(r["purpose"]).replace("_", " "),
                _day(r["given_on"]),
                "schriftelijk" if r.get("written") else "mondeling",
                _day(r.get("withdrawn_on")) if r.get("withdrawn_on") else "nee",
                _text(r.get("recorded_by")),
            )
            for r in found
        ]
        self.grid(("Waarvoor", "Gegeven op", "Hoe", "Ingetrokken", "Vastgelegd door"), rows,
                  (35, 30, 25, 30, 30))

    def money(self) -> None:
        self.heading("Budget en schulden")
        budgets = self.x.rows("case_budgets")
        lines = self.x.rows("budget_lines")
        debts = self.x.rows("debts")
        if not (budgets or lines or debts):
            self.none("Er is geen budget en er zijn geen schulden vastgelegd.")
            return
        for b in budgets:
            household = b.get("household_type")
            facts = [
                ("Huishouden", HOUSEHOLD_LABELS_NL.get(household, "nog onbekend")
                 if household else "nog onbekend"),
                ("Kinderen", _text(b.get("children"))),
                ("Lopende huur", _euro(b.get("rent_cents"))),
                ("Laatst gewijzigd", f"{_day(b.get('updated_at'))} door {b.get('updated_by')}"),
            ]
            self.story.append(facts_table(facts, self.st, label_width=55))
        if lines:
            self.space()
            rows: list[Sequence[str]] = [
                ("inkomen" if ln["kind"] == "income" else "vaste last", _text(ln["label"]),
                 _euro(ln["monthly_cents"]))
                for ln in lines
            ]
            self.grid(("Soort", "Omschrijving", "Per maand"), rows, (30, 100, 35))
        if debts:
            self.space()
            rows = [
                (_text(d["creditor"]), DEBT_KIND_LABELS_NL.get(d["kind"], d["kind"]),
                 _euro(d["amount_cents"]), "ja" if d.get("preferential") else "nee",
                 _day(d.get("established_on")) if d.get("established_on") else "—")
                for d in debts
            ]
            total = sum(int(d["amount_cents"]) for d in debts)
            rows.append(("Totaal", "", _euro(total), "", ""))
            self.grid(("Schuldeiser", "Soort schuld", "Bedrag", "Preferent", "Ontstaan op"),
                      rows, (40, 35, 30, 20, 30))

    def proposals(self) -> None:
        self.heading("Voorstellen")
        found = self.x.rows("proposals")
        if not found:
            self.none("Er is geen voorstel gemaakt.")
            return
        rows = []
        for p in found:
            state = f"verstuurd op {_day(p['sent_on'])}" if p.get("sent_on") else "niet verstuurd"
            if p.get("withdrawn_at"):
                state = f"vervangen op {_day(p['withdrawn_at'])}"
            rows.append((PROPOSAL_NL.get(p["kind"], p["kind"]), _day(p["made_on"]),
                         _text(p.get("made_by")), state))
        self.grid(("Voorstel", "Gemaakt op", "Door", "Stand"), rows, (50, 35, 30, 45))
        self.para("De volledige inhoud van elk voorstel staat in het JSON-bestand.", small=True)

    def documents(self) -> None:
        self.heading("Brieven en documenten")
        found = self.x.rows("case_documents")
        if not found:
            self.none("Er zijn geen brieven of documenten bewaard.")
            return
        rows = [
            (_text(d["title"]), "brief" if d["source"] == "brief" else "bijlage",
             _day(d["added_at"]), _text(d["content"]))
            for d in found
        ]
        self.grid(("Titel", "Soort", "Bewaard op", "Bestand bij deze inzage"), rows,
                  (50, 18, 35, 60))

    def deadlines(self) -> None:
        self.heading("Termijnen en voorrang")
        terms = self.x.rows("case_deadlines")
        periods = self.x.rows("priority_periods")
        if terms:
            rows: list[Sequence[str]] = [
                (TERM_NL.get(t["term_id"], t["term_id"]), _day(t["start"]), _day(t["due"]),
                 _day(t["met_on"]) if t.get("met_on") else "nog niet", _text(t.get("article")))
                for t in terms
            ]
            self.grid(("Termijn", "Vanaf", "Uiterlijk", "Gehaald op", "Afspraak"), rows,
                      (45, 28, 28, 28, 25))
        if periods:
            self.space()
            rows = [
                (PRIORITY_NL.get(p["reason"], p["reason"]), _day(p["start"]),
                 "geen einddatum" if p["end"].year == 9999 else _day(p["end"]))
                for p in periods
            ]
            self.grid(("Reden voor voorrang", "Vanaf", "Tot"), rows, (80, 35, 35))
        if not (terms or periods):
            self.none("Er zijn geen termijnen of voorrang berekend.")

    def corrections_and_requests(self) -> None:
        self.heading("Correcties en verzoeken")
        corrections = self.x.rows("fact_corrections")
        subject = self.x.rows("subject_requests")
        legal = self.x.rows("legal_requests")
        if corrections:
            rows: list[Sequence[str]] = [
                (FACT_NL.get(c["field"], c["field"]), _text(c["old_value"]),
                 _text(c["new_value"]), _day(c["corrected_at"]), _text(c["corrected_by"]))
                for c in corrections
            ]
            self.grid(("Gegeven", "Was", "Werd", "Op", "Door"), rows, (25, 35, 35, 35, 25))
        if subject:
            self.space()
            rows = [
                (REQUEST_NL.get(r["kind"], r["kind"]), _day(r["received_on"]),
                 _day(r["extended_to"] or r["due_on"]),
                 OUTCOME_NL.get(r["outcome"], r["outcome"])
                 + (f" ({r['outcome_reason']})" if r.get("outcome_reason") else "")
                 + (f"; doorgestuurd naar {r['forward_to']}" if r.get("forward_to") else ""))
                for r in subject
            ]
            self.grid(("Uw verzoek", "Ontvangen", "Antwoord uiterlijk", "Uitkomst"), rows,
                      (30, 35, 35, 60))
        if legal:
            self.space()
            rows = [
                (_text(r["requester"]), _text(r["legal_ground"]), _day(r["received_on"]),
                 OUTCOME_NL.get(r["decision"], r["decision"])
                 + (f": {r['data_provided']}" if r.get("data_provided") else ""))
                for r in legal
            ]
            self.grid(("Verzoek van", "Wettelijke grond", "Ontvangen", "Besluit"), rows,
                      (40, 45, 30, 45))
        if not (corrections or subject or legal):
            self.none("Er zijn geen correcties of verzoeken vastgelegd.")

    def others(self) -> None:
        rest = [(name, rows) for name, rows in self.x.sections.items()
                if name not in SHOWN and rows]
        if not rest:
            return
        self.heading("Overige gegevens")
        rows = [(OTHER_NL.get(name, name), f"{len(found)} regel(s)") for name, found in rest]
        self.story.append(facts_table(rows, self.st, label_width=120))
        self.para("Deze gegevens berekent Vangnet zelf; ze staan volledig in het JSON-bestand.",
                  small=True)

    def recipients(self) -> None:
        self.heading("Waar uw gegevens naartoe gingen")
        found = self.x.recipients
        if found:
            rows: list[Sequence[str]] = [(_day(r.when), r.party, r.what) for r in found]
            self.grid(("Datum", "Aan", "Wat"), rows, (30, 55, 80))
        else:
            self.none("Uw gegevens zijn niet aan anderen gegeven.")
        packages = self.x.rows("handover_packages")
        if packages:
            self.space()
            rows = [
                (_day(p["at"]), "verstuurd" if p["direction"] == "export" else "ontvangen",
                 _text(p["counterpart"]), _text(p["file_name"]))
                for p in packages
            ]
            self.grid(("Wanneer", "Richting", "Met", "Overdrachtspakket"), rows,
                      (35, 20, 45, 60))
        self.heading("Wie uw gegevens bekeek of wijzigde")
        entries = self.x.rows("audit_log")
        if not entries:
            self.none("Er is niets vastgelegd.")
            return
        rows = [
            (_day(e["at"]), _text(e["actor"]),
             f"{OBJECT_NL.get(e['object_type'], e['object_type'])} "
             f"{AUDIT_NL.get(e['action'], e['action'])}"
             + ("" if e["result"] == "ok" else f" ({e['result']})"))
            for e in entries
        ]
        self.grid(("Wanneer", "Wie", "Wat"), rows, (40, 35, 90))

    def rights(self) -> None:
        x = self.x
        where = ", ".join(p for p in (x.office_name, *x.office_address) if p) or "ons"
        self.story.append(KeepTogether([
            self.st.paragraph("Uw rechten", self.st.heading),
            self.st.paragraph(
                "Klopt er iets niet? Dan mag u ons vragen het te verbeteren (artikel 16 AVG). U "
                "mag ook vragen uw gegevens te wissen (artikel 17 AVG), of ons te laten stoppen "
                "met het gebruiken ervan zolang iets wordt uitgezocht (artikel 18 AVG). Neem "
                f"daarvoor contact op met {where}. Wij antwoorden binnen een maand."
            ),
            self.st.paragraph(
                "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan mag u een klacht "
                "indienen bij de Autoriteit Persoonsgegevens: autoriteitpersoonsgegevens.nl, "
                "Postbus 93374, 2509 AJ Den Haag."
            ),
        ]))


def _detail_text(raw: Any) -> str:
    try:
        detail = json.loads(raw or "{}")
    except ValueError:
        return ""
    if not isinstance(detail, dict):
        return ""
    parts = []
    for key, value in detail.items():
        if key in HIDDEN_DETAIL or value in (None, ""):
            continue
        if isinstance(value, bool):
            value = "ja" if value else "nee"
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            with contextlib.suppress(ValueError):
                value = long_date(date.fromisoformat(value))
        shown = VALUE_NL.get(value, value) if isinstance(value, str) else value
        parts.append(f"{DETAIL_NL.get(key, key)}: {str(shown).replace('_', ' ')}")
    return ", ".join(parts)


def export_pdf(export: SubjectExport) -> bytes:
    """The export as an A4 PDF, page numbers and the case number on every page."""
    w = _Writer(export)
    w.letterhead(export.logo)
    w.intro()
    for part in (
        w.case_facts, w.household, w.timeline, w.notes, w.consents, w.money, w.proposals,
        w.documents, w.deadlines, w.corrections_and_requests, w.others, w.recipients, w.rights,
    ):
        part()
    out = io.BytesIO()
    font = w.st.small.fontName
    footer = f"Inzage zaak {export.case_id} — {long_date(export.exported_at.date())}"

    def draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(MARGIN, 12 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 12 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm,
        bottomMargin=20 * mm, title=f"Inzage zaak {export.case_id}",
        author=export.office_name, creator="Vangnet", invariant=True,
    )  # fmt: skip
    doc.build(w.story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return out.getvalue()

