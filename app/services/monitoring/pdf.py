"""The evaluation pack (H 9.2): one PDF for the six-monthly meeting — the period, the figures
with their definitions, the charts, and the rule for small numbers, on the office's letterhead.

Counts only, as the report holds nothing else."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.formatting import long_date
from app.services.letters.fonts import letter_fonts
from app.services.letters.letterhead import Letterhead
from app.services.letters.render import Styles, esc, styles
from app.services.monitoring.charts import CHARTED, Chart, chart_for
from app.services.monitoring.charts import PALETTE as CHART_PALETTE
from app.services.monitoring.export import _write_bytes, suppression_rule
from app.services.monitoring.report import Report
from app.services.monitoring.tables import CountTable

WIDTH = A4[0] - 40 * mm
PALETTE = tuple(colors.HexColor(code) for code in CHART_PALETTE)
#: more value columns than this do not fit an A4 page upright: such a table is turned
MOST_COLUMNS = 6
GRID = colors.HexColor("#B0B0B0")


def pack_bytes(report: Report, letterhead: Letterhead) -> bytes:
    st = styles(9.5)
    story: list[object] = []
    story += _head(report, letterhead, st)
    charted = {c.figure_id: c for t in report.tables if (c := chart_for(t)) is not None}
    for figure_id in CHARTED:
        if figure_id in charted:
            story.append(KeepTogether([
                Paragraph(esc(charted[figure_id].title), st.heading),
                _drawing(charted[figure_id]),
                Spacer(1, 4 * mm),
            ]))
    for table in report.tables:
        story.append(KeepTogether(_table_block(table, report, st)))
    story.append(KeepTogether(_medians_block(report, st)))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=18 * mm, title=f"Monitoring {report.period.label_nl}",
        author=report.office, subject="Monitoring vangnetconvenant",
    )
    fonts = letter_fonts()

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(
            20 * mm, 10 * mm,
            f"Monitoring {report.period.label_nl} — {report.office}",
        )
        canvas.drawRightString(
            A4[0] - 20 * mm, 10 * mm, f"pagina {doc_.page}"
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_pack(report: Report, letterhead: Letterhead, path: Path) -> None:
    _write_bytes(path, pack_bytes(report, letterhead))


def _head(report: Report, letterhead: Letterhead, st: Styles) -> list[object]:
    parts: list[object] = []
    sender = "\n".join(letterhead.address_lines)
    left: object = st.paragraph(letterhead.office_name or report.office, st.heading)
    if letterhead.logo:
        from reportlab.lib.utils import ImageReader

        iw, ih = ImageReader(io.BytesIO(letterhead.logo)).getSize()
        scale = min(60 * mm / iw, 22 * mm / ih)
        left = Image(io.BytesIO(letterhead.logo), iw * scale, ih * scale, hAlign="LEFT")
    head = Table([[left, st.paragraph(sender, st.small)]], colWidths=[WIDTH - 68 * mm, 68 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    parts += [head, Spacer(1, 8 * mm)]
    title = st.heading.clone("title", fontSize=15, leading=19)
    parts.append(Paragraph(esc(f"Monitoring vangnetconvenant — {report.period.label_nl}"), title))
    who = report.corporation.name if report.corporation else "alle corporaties"
    parts.append(st.paragraph(
        f"Periode: {long_date(report.period.start)} tot en met {long_date(report.period.end)}. "
        f"Corporatie: {who}. Convenant: {report.covenant}. Gemaakt op "
        f"{long_date(report.made_on)}."
    ))
    parts.append(st.paragraph(
        "Voor de halfjaarlijkse evaluatie van de afspraken (H 9.2). Dit overzicht bevat alleen "
        "aantallen: geen namen, adressen, referenties, geboortedata of notities "
        "(privacyreglement 2.1b). " + suppression_rule(report)
    ))
    parts.append(Spacer(1, 4 * mm))
    return parts


def _table_block(table: CountTable, report: Report, st: Styles) -> list[object]:
    if len(table.columns) > MOST_COLUMNS and len(table.rows) < len(table.columns):
        table = table.transposed()  # eight corporations side by side do not fit a page
    grid = table.grid(report.hidden)
    cell = st.small.clone("cell", textColor=colors.black, fontSize=8, leading=10)
    head = cell.clone("head", alignment=2)  # right, above the numbers
    label_width = (52 if len(grid[0]) <= 5 else 40) * mm  # room for long Dutch column names
    rest = (WIDTH - label_width) / max(len(grid[0]) - 1, 1)
    fonts = letter_fonts()
    data = [
        [
            Paragraph(esc(str(v)), head if r == 0 and i > 0 else cell)
            if i == 0 or r == 0 else str(v)
            for i, v in enumerate(line)
        ]
        for r, line in enumerate(grid)
    ]
    body = Table(data, colWidths=[label_width] + [rest] * (len(grid[0]) - 1), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
    ]
    if table.column_totals:
        style.append(("FONT", (0, len(grid) - 1), (-1, len(grid) - 1), fonts.bold, 8))
    body.setStyle(TableStyle(style))
    return [
        Paragraph(esc(f"{table.figure.title} ({table.figure.article})"), st.heading),
        st.paragraph(table.figure.definition, st.small),
        Spacer(1, 2 * mm),
        body,
        Spacer(1, 5 * mm),
    ]


def _medians_block(report: Report, st: Styles) -> list[object]:
    m = report.medians
    shown = m.shown(report.threshold)
    data = [["Termijn", "Mediaan werkdagen"]] + [
        [label, str(v) if v is not None else f"minder dan {report.threshold} zaken"]
        for label, v in zip(m.rows, shown, strict=True)
    ]
    body = Table(data, colWidths=[80 * mm, 50 * mm], hAlign="LEFT")
    fonts = letter_fonts()
    body.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
    ]))
    return [
        Paragraph(esc(f"{m.figure.title} ({m.figure.article})"), st.heading),
        st.paragraph(m.figure.definition, st.small),
        Spacer(1, 2 * mm),
        body,
    ]


def _colour(chart: Chart, index: int) -> colors.Color:
    own = chart.series[index].colour
    return colors.HexColor(own) if own else PALETTE[index % len(PALETTE)]


def _drawing(chart: Chart) -> Drawing:
    fonts = letter_fonts()
    height = 62 * mm if not chart.horizontal else max(40 * mm, 9 * mm * len(chart.categories))
    drawing = Drawing(WIDTH, height)
    bars = HorizontalBarChart() if chart.horizontal else VerticalBarChart()
    left = 48 * mm if chart.horizontal else 14 * mm
    legend_room = 0.0
    if not chart.horizontal and len(chart.series) > 1:
        widest = max(stringWidth(s.label, fonts.regular, 7) for s in chart.series)
        legend_room = max(40 * mm, widest + 14)
    bars.x, bars.y = left, 14 * mm if not chart.horizontal else 6 * mm
    bars.width = WIDTH - left - legend_room - 4 * mm
    bars.height = height - bars.y - 6 * mm
    bars.data = [[v or 0 for v in s.values] for s in chart.series] or [[0]]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.labels.fontName = fonts.regular
    bars.categoryAxis.labels.fontSize = 7
    if not chart.horizontal:
        bars.categoryAxis.labels.angle = 30 if len(chart.categories) > 6 else 0
        bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 6 else "n"
    bars.valueAxis.labels.fontName = fonts.regular
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(chart.largest(), 4) * 1.1
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = GRID
    bars.valueAxis.gridStrokeWidth = 0.25
    if chart.stacked:
        bars.categoryAxis.style = "stacked"
    for i in range(len(bars.data)):
        bars.bars[i].fillColor = _colour(chart, i)
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    if legend_room:
        legend = Legend()
        legend.x, legend.y = WIDTH - legend_room + 2 * mm, height - 8 * mm
        legend.fontName, legend.fontSize = fonts.regular, 7
        legend.alignment = "right"
        legend.columnMaximum = len(chart.series)  # one column: nothing runs off the page
        legend.colorNamePairs = [(_colour(chart, i), s.label) for i, s in enumerate(chart.series)]
        drawing.add(legend)
    if chart.largest() == 0:
        drawing.add(String(WIDTH / 2, height / 2, "geen aantallen in deze periode",
                           fontName=fonts.regular, fontSize=8, textAnchor="middle",
                           fillColor=colors.grey))
    return drawing
