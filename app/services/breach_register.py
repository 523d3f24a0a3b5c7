"""The breach register of reglement article 9.3 as a printable PDF (A4, Dutch).

One section per breach, the fields in the reglement's order a–j, then the two terms. The
letters' fonts and fact tables are reused, so names with accents print as written.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from app.models import Breach
from app.services.breaches import PARTIES_TERM, terms
from app.services.letters.render import facts_table, styles

KINDS_NL = {
    "lost_device": "Laptop of ander apparaat verloren of gestolen",
    "wrong_recipient": "Gegevens naar de verkeerde ontvanger",
    "damaged_database": "Database beschadigd (beschikbaarheid)",
    "other": "Anders",
}
PROTECTION_NL = {
    "encrypted": "Ja, versleuteld",
    "not_encrypted": "Nee, niet versleuteld",
    "unknown": "Onbekend",
}
AP_NL = {
    "undecided": "Nog niet besloten",
    "notified": "Gemeld",
    "not_notified": "Niet gemeld",
}


def _when(moment: datetime | None, unknown: str = "onbekend") -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment is not None else unknown


def _span(hours: float) -> str:
    """3.5 → "3 uur 30 min"; 21.0 → "21 uur"."""
    minutes = int(round(hours * 60))
    whole, rest = divmod(minutes, 60)
    return f"{whole} uur {rest} min" if rest else f"{whole} uur"


def _rows(breach: Breach, printed_at: datetime) -> list[tuple[str, str]]:
    protection = PROTECTION_NL[breach.protection]
    if breach.protection_note:
        protection += " — " + breach.protection_note
    decision = AP_NL[breach.ap_decision]
    if breach.ap_decision == "notified":
        decision += f" op {_when(breach.ap_notified_at)}"
    if breach.ap_reason:
        decision += ". Reden: " + breach.ap_reason
    rows = [
        ("Soort", KINDS_NL[breach.kind]),
        ("a. Aard, oorzaak, omvang", breach.nature),
        ("b. Plaatsgevonden", _when(breach.occurred_at)),
        ("c. Bekend geworden", _when(breach.discovered_at)),
        ("d. Betrokkenen", breach.subjects or "—"),
        ("e. Soort persoonsgegevens", breach.data_kinds or "—"),
        ("f. Versleuteld of onbegrijpelijk", protection),
        ("g. Meer informatie bij", breach.contact or "—"),
        ("h. Gevolgen", breach.consequences or "—"),
        ("i. Maatregelen", breach.measures or "—"),
        ("j. Autoriteit Persoonsgegevens", decision),
    ]
    informed = (
        f"{_when(breach.parties_informed_at)} {breach.parties_note}".strip()
        if breach.parties_informed_at
        else "Nog niet"
    )
    late = (
        breach.parties_informed_at is not None
        and breach.parties_informed_at > breach.discovered_at + PARTIES_TERM
    )
    rows.append(("Partijen geïnformeerd (art. 9.1)", informed + (" (na 24 uur)" if late else "")))
    for term in terms(breach):
        if term.done is None:
            left = term.hours_left(printed_at)
            state = f"nog {_span(left)}" if left >= 0 else f"{_span(-left)} te laat"
            what = "Partijen informeren" if term.name == "parties" else "Melding AP"
            rows.append((f"Termijn: {what}", f"uiterlijk {_when(term.due)} ({state})"))
    rows.append(("Vastgelegd", f"{_when(breach.recorded_at)} door {breach.recorded_by}"))
    return rows


def register_pdf(breaches: Sequence[Breach], *, office: str, printed_at: datetime) -> bytes:
    """The register as it stands at `printed_at`, newest discovery first."""
    st = styles(9.5)
    story: list[Flowable] = [
        st.paragraph("Register van inbreuken in verband met persoonsgegevens", st.heading),
        st.paragraph(
            f"{office} — privacyreglement artikel 9.3. Afgedrukt op {_when(printed_at)}. "
            f"{len(breaches)} inbreuk(en).",
            st.small,
        ),
        Spacer(1, 4 * mm),
    ]
    if not breaches:
        story.append(st.paragraph("Er zijn geen inbreuken vastgelegd."))
    for breach in breaches:
        story.append(st.paragraph(f"Inbreuk {breach.id}", st.heading))
        story.append(facts_table(_rows(breach, printed_at), st, label_width=55))
        story.append(Spacer(1, 5 * mm))
    return a4_document(
        story, title="Register van inbreuken", footer=f"Register van inbreuken — {office}",
        author=office, font=st.small.fontName,
    )


def a4_document(
    story: list[Flowable], *, title: str, footer: str, author: str, font: str
) -> bytes:
    """A printable A4 register: the story, with `footer` and the page number on every page."""
    out = io.BytesIO()

    def draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(20 * mm, 12 * mm, footer)
        canvas.drawRightString(190 * mm, 12 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
    )
    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return out.getvalue()
