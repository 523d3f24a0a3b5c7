"""The printable recovery sheet: the recovery key on A4, in Dutch, with what to do with it.

It is a document for a locked cabinet, not part of the interface, so it is always Dutch. The
file holds a secret that opens every case, so it is written atomically (no half file is ever
left behind) with owner-only permissions; the user is told to print it and delete the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.services.formatting import long_date

TITLE = "Herstelsleutel Vangnet"
_GROUPS_PER_LINE = 7
_MARGIN = 20 * mm

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=9, leading=12, textColor=colors.grey)
_TITLE = ParagraphStyle("title", parent=_BODY, fontName="Helvetica-Bold", fontSize=22, leading=27)
_HEAD = ParagraphStyle(
    "head",
    parent=_BODY,
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=9,
    spaceAfter=3,
)
_LABEL = ParagraphStyle("label", parent=_BODY, fontName="Helvetica-Bold")
# A path has no spaces to break at; CJK wrapping lets it break anywhere instead of overflowing.
_PATH = ParagraphStyle("path", parent=_BODY, fontName="Courier", fontSize=9.5, wordWrap="CJK")
_KEY = ParagraphStyle(
    "key", parent=_BODY, fontName="Courier-Bold", fontSize=19, leading=30, alignment=TA_CENTER
)


def key_lines(recovery_key: str) -> list[str]:
    """The key's groups, seven to a line, so it reads and types like a licence key."""
    groups = [g for g in recovery_key.replace(" ", "-").split("-") if g]
    return [
        "-".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), _GROUPS_PER_LINE)
    ]


def write_recovery_sheet(
    path: Path, recovery_key: str, office_name: str, db_path: Path, created: date
) -> None:
    """Write the sheet to `path`, replacing it only once the new file is complete."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=".herstelsleutel-", suffix=".pdf.tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            _build(fh, recovery_key, office_name, db_path, created)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _build(fh: object, recovery_key: str, office_name: str, db_path: Path, created: date) -> None:
    doc = SimpleDocTemplate(
        fh,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=TITLE,
        author="Vangnet",
        subject="Herstelsleutel voor de versleutelde Vangnet-database",
        invariant=True,
    )
    width = A4[0] - 2 * _MARGIN - 12  # the frame pads 6 pt on each side
    story: list[Flowable] = [
        Paragraph(TITLE, _TITLE),
        Paragraph("Vertrouwelijk — bewaar dit blad achter slot en grendel.", _SMALL),
        Spacer(1, 5 * mm),
        _facts(office_name, created, width),
        Paragraph("Wat is dit?", _HEAD),
        Paragraph(
            "Met deze sleutel opent u de versleutelde Vangnet-database als de sleutelbos van de "
            "computer niet meer werkt. Dat kan gebeuren na een nieuwe computer, een nieuw "
            "account of een reparatie. Zonder deze sleutel zijn de gegevens dan niet meer te "
            "lezen, ook niet door de leverancier of de ICT-afdeling.",
            _BODY,
        ),
        Spacer(1, 4 * mm),
        _key_box(recovery_key, width),
        Paragraph("Waar bewaart u deze sleutel?", _HEAD),
        _bullets(
            [
                "In een afgesloten kast of kluis op kantoor.",
                "Niet bij de laptop en niet in de laptoptas.",
                "Niet fotograferen, niet mailen en niet in een chat of online map zetten.",
                "Wie deze sleutel heeft, kan alle dossiers lezen. Behandel dit blad als de "
                "sleutel van het archief.",
                "Heeft u dit blad als PDF-bestand opgeslagen? Druk het af en verwijder daarna "
                "het bestand.",
            ]
        ),
        Paragraph("Hoe gebruikt u de sleutel?", _HEAD),
        _bullets(
            [
                "Start Vangnet. Vraagt Vangnet om het <b>wachtwoord of de herstelsleutel</b>? "
                "Typ dan de sleutel hierboven in.",
                "Streepjes, spaties en hoofdletters maken niet uit. Een typefout merkt Vangnet "
                "op: de laatste groep is een controlegroep.",
                "Daarna zet Vangnet de sleutel zelf terug in de sleutelbos van de computer.",
            ],
            numbered=True,
        ),
        Paragraph("Waar staat de database?", _HEAD),
        Paragraph(escape(str(db_path)), _PATH),
        Spacer(1, 8 * mm),
        KeepTogether(_signature(width)),
    ]
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)


def _facts(office_name: str, created: date, width: float) -> Table:
    rows = [
        [Paragraph("Organisatie", _LABEL), Paragraph(escape(office_name), _BODY)],
        [Paragraph("Gemaakt op", _LABEL), Paragraph(long_date(created), _BODY)],
    ]
    table = Table(rows, colWidths=[35 * mm, width - 35 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _key_box(recovery_key: str, width: float) -> Table:
    text = "<br/>".join(escape(line) for line in key_lines(recovery_key))
    table = Table([[Paragraph(text, _KEY)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table


def _bullets(items: list[str], *, numbered: bool = False) -> ListFlowable:
    flow = [ListItem(Paragraph(item, _BODY), leftIndent=14) for item in items]
    if numbered:
        return ListFlowable(flow, bulletType="1", leftIndent=14, bulletFontName="Helvetica")
    return ListFlowable(flow, bulletType="bullet", start="•", leftIndent=14)


def _signature(width: float) -> list[Flowable]:
    line = "_" * 34
    rows = [
        [Paragraph("Bewaard door (naam)", _LABEL), Paragraph(line, _BODY)],
        [Paragraph("Handtekening", _LABEL), Paragraph(line, _BODY)],
        [Paragraph("Datum", _LABEL), Paragraph(line, _BODY)],
    ]
    table = Table(rows, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [Paragraph("Voor akkoord", _HEAD), table]


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(_MARGIN, 10 * mm, f"{TITLE} — vertrouwelijk")
    canvas.drawRightString(A4[0] - _MARGIN, 10 * mm, f"pagina {doc.page}")
    canvas.restoreState()
