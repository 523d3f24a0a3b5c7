"""The letter on A4, Dutch conventions, ready for a window envelope. Input: a letter dataclass.

Layout (millimetres from the top-left corner of the A4 sheet, 210 × 297):

- Letterhead, 12–46: the logo (at most 60 × 22) or the office name at the left margin (25);
  the office name and address in a column from 122 to 190.
- **Behandeld door**, 50–84 in the same column, beside the address window: the name, function,
  phone and e-mail of the worker who made the letter (`LetterFrame.handler`, from their own
  profile); left out when they filled no profile, so the office block stands alone.
- **Address window**, x 25–100, y 50–82: a small return-address line, then the addressee.
  It is sized for the window envelopes Dutch offices use for a sheet folded in three
  (DL / EA5/6, 220 × 110, and C6/5, 229 × 114, window on the left, 90 × 45, 20 from the left
  and 15 from the bottom edge of the envelope, DIN 680 / NEN-EN-ISO 269). The third of the
  sheet may slide up to 11 down and 10 sideways in the envelope; the block stays inside the
  window in every position (window on the sheet: x 20–100, y 50–84 at worst). It also fits
  a C5 envelope with a left window (sheet folded once; window 15–120 by 44–79) for up to five
  address lines.
- Fold marks in the left margin at 99 and 198 (folding in three), punch mark at 148.5.
- A letter from a demo database (`Letterhead.demo`) carries a large light-grey diagonal "DEMO"
  under the text of every page and the line `DEMO_FOOTER` at the foot: drawn by the page
  templates here, so no letter builder can leave it out.
- From 92: the date line ("Haarlem, 23 november 2026"), "Ons kenmerk", "Uw kenmerk",
  "Betreft", the salutation, the body, the closing and the signer. Later pages start at 25
  under a small header. "pagina 1 van 2" at the foot of every page, only when there are more
  pages than one.

Text that does not fit its place (a long office name, a long tenant name) gets a smaller font,
down to a minimum, and then wraps; nothing is cut off.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.services.formatting import long_date
from app.services.letters.fields import Letter, LetterFrame
from app.services.letters.fonts import letter_fonts, printable

PAGE_W, PAGE_H = A4
LEFT = 25 * mm
RIGHT = 20 * mm
BODY_W = PAGE_W - LEFT - RIGHT
BOTTOM = 18 * mm

LOGO_BOX = (60 * mm, 22 * mm)
HEAD_TOP = 12 * mm
SENDER_X = 122 * mm
SENDER_W = PAGE_W - RIGHT - SENDER_X
SENDER_MAX_H = 34 * mm

HANDLER_TOP = 50 * mm
HANDLER_MAX_H = 34 * mm  # down to 84, clear of the date line at 92
HANDLER_LABEL = "Behandeld door"

WINDOW_X = 25 * mm
WINDOW_TOP = 50 * mm
WINDOW_W = 75 * mm
WINDOW_H = 32 * mm
RETURN_LINE_H = 4 * mm

FIRST_BODY_TOP = 92 * mm
LATER_BODY_TOP = 25 * mm
FOLD_MARKS = (99 * mm, 198 * mm)
PUNCH_MARK = 148.5 * mm
GREY = colors.Color(0.35, 0.35, 0.35)

#: the foot line of every page of a letter from a demo database
DEMO_FOOTER = "DEMO — verzonnen gegevens, niet versturen"
#: light enough that the black text on top stays easy to read, dark enough to see at a glance
DEMO_GREY = colors.Color(0.86, 0.86, 0.86)
DEMO_RED = colors.Color(0.65, 0.1, 0.1)


def esc(text: str) -> str:
    """Text for a Paragraph: drawable characters, markup characters escaped."""
    return escape(printable(text))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    quote: ParagraphStyle

    def paragraph(
        self, text: str, style: ParagraphStyle | None = None, *, spaced: bool = False
    ) -> Paragraph:
        """Plain text as a paragraph (escaped; line breaks kept); `spaced` adds room above."""
        markup = "<br/>".join(esc(line) for line in text.splitlines()) if text else ""
        base = style or self.body
        if spaced:
            base = ParagraphStyle(f"{base.name}-spaced", parent=base, spaceBefore=4 * mm)
        return Paragraph(markup, base)


def styles(size: float = 10.5) -> Styles:
    fonts = letter_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=size, leading=size * 1.4, spaceAfter=size * 0.6
    )
    return Styles(
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=fonts.bold),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, spaceAfter=0, textColor=GREY
        ),
        label=ParagraphStyle("label", parent=body, spaceAfter=0, textColor=GREY),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=size + 0.5,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=True,
        ),
        quote=ParagraphStyle("quote", parent=body, leftIndent=6 * mm, textColor=GREY),
    )


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


Body = Callable[[Styles], tuple[str, list[Flowable]]]


def render(letter: Letter, body: Body, size: float = 10.5) -> Rendered:
    """Lay out `letter.frame` around the flowables `body` makes: (subject, flowables)."""
    frame = letter.frame
    st = styles(size)
    subject, content = body(st)
    buffer = io.BytesIO()
    pages: list[int] = []
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        title=("DEMO — " if frame.letterhead.demo else "") + frame.document_title,
        author=frame.letterhead.office_name,
        subject="",
        creator="Vangnet",
        invariant=True,
    )
    first = Frame(
        LEFT,
        BOTTOM,
        BODY_W,
        PAGE_H - FIRST_BODY_TOP - BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT,
        BOTTOM,
        BODY_W,
        PAGE_H - LATER_BODY_TOP - BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=_page(_first_page, frame),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later], onPage=_page(_later_page, frame)),
        ]
    )
    # the last paragraph goes with the closing, so a signature never stands alone on a page
    last = content[-1:] if content and isinstance(content[-1], Paragraph) else []
    story: list[Flowable] = [
        *_heading(frame, subject, st),
        Paragraph(esc(frame.addressee.salutation), st.body),
        *content[: len(content) - len(last)],
        KeepTogether([*(last or [Spacer(1, 3 * mm)]), *_closing(frame, st)]),
    ]
    doc.build(story, canvasmaker=_numbered_canvas(pages))
    return Rendered(buffer.getvalue(), pages[0] if pages else 1)


# --- the pieces ------------------------------------------------------------------------------


def _heading(frame: LetterFrame, subject: str, st: Styles) -> list[Flowable]:
    date_line = f"{frame.letterhead.place}, {long_date(frame.letter_date)}"
    rows = [
        ("Ons kenmerk", frame.our_reference),
        ("Uw kenmerk", frame.your_reference or "–"),
        ("Betreft", subject),
    ]
    cells = [
        [
            Paragraph(esc(label), st.label),
            Paragraph(esc(value), st.bold if label == "Betreft" else st.body),
        ]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[30 * mm, BODY_W - 30 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        Paragraph(esc(date_line), st.body),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 6 * mm),
    ]


def _closing(frame: LetterFrame, st: Styles) -> list[Flowable]:
    head = frame.letterhead
    lines = [head.signer, head.signer_function, head.office_name]
    return [
        Paragraph("Met vriendelijke groet,", st.body),
        Spacer(1, 12 * mm),
        Paragraph("<br/>".join(esc(line) for line in lines if line), st.body),
    ]


def facts_table(rows: Sequence[tuple[str, str]], st: Styles, label_width: float = 58) -> Table:
    """Label / value rows that wrap; used by the letters that list facts."""
    cells = [
        [Paragraph(esc(label), st.label), Paragraph(esc(value), st.body)] for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width * mm, BODY_W - label_width * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.Color(0.8, 0.8, 0.8)),
            ]
        )
    )
    return table


# --- page furniture ----------------------------------------------------------------------


def _page(
    furniture: Callable[[Canvas, LetterFrame], None], frame: LetterFrame
) -> Callable[[Canvas, Any], None]:
    """A page template's `onPage`: the DEMO mark first (under everything), then the furniture."""

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if frame.letterhead.demo:
            _demo_mark(canvas)
        furniture(canvas, frame)

    return on_page


def _demo_mark(canvas: Canvas) -> None:
    """A large light-grey "DEMO" along the page's diagonal, and the demo line at the foot."""
    fonts = letter_fonts()
    canvas.saveState()
    canvas.setFillColor(DEMO_GREY)
    canvas.setFont(fonts.bold, 170)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(math.degrees(math.atan2(PAGE_H, PAGE_W)))
    canvas.drawCentredString(0, -60, "DEMO")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(DEMO_RED)
    canvas.setFont(fonts.bold, 8)
    canvas.drawString(LEFT, 10 * mm, printable(DEMO_FOOTER))
    canvas.restoreState()


@lru_cache(maxsize=4)
def _logo(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def _fitted(
    markup: str,
    font: str,
    size: float,
    width: float,
    max_height: float,
    min_size: float,
    *,
    no_wrap: bool = False,
    colour: Any = colors.black,
) -> tuple[Paragraph, float]:
    """The largest font size (down to `min_size`) at which the text fits its box.

    With `no_wrap`, first without breaking a line; if even the smallest size needs breaks,
    the largest size that fits with breaks (a readable wrapped line beats a tiny one).
    """
    lines = markup.count("<br/>") + 1

    def attempt(current: float) -> tuple[Paragraph, float, bool]:
        style = ParagraphStyle(
            "fit", fontName=font, fontSize=current, leading=current * 1.25, textColor=colour
        )
        para = Paragraph(markup, style)
        _w, height = para.wrap(width, max_height)
        return para, height, len(para.blPara.lines) > lines

    sizes = []
    current = size
    while current > min_size:
        sizes.append(current)
        current -= 0.5
    sizes.append(min_size)
    if no_wrap:
        for current in sizes:
            para, height, wrapped = attempt(current)
            if height <= max_height and not wrapped:
                return para, height
    for current in sizes:
        para, height, _wrapped = attempt(current)
        if height <= max_height:
            return para, height
    return para, height


def _first_page(canvas: Canvas, frame: LetterFrame) -> None:
    fonts = letter_fonts()
    head = frame.letterhead
    canvas.saveState()
    # logo or office name, top left
    if head.logo:
        image = _logo(head.logo)
        iw, ih = image.getSize()
        scale = min(LOGO_BOX[0] / iw, LOGO_BOX[1] / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(
            image, LEFT, PAGE_H - HEAD_TOP - h, w, h, mask="auto", preserveAspectRatio=True
        )
    else:
        para, height = _fitted(
            esc(head.office_name), fonts.bold, 15, SENDER_X - LEFT - 8 * mm, 22 * mm, 9
        )
        para.drawOn(canvas, LEFT, PAGE_H - HEAD_TOP - height)
    # sender column, top right
    sender = "<br/>".join(
        [f"<font name='{fonts.bold}'>{esc(head.office_name)}</font>"]
        + [esc(line) for line in head.address_lines]
    )
    para, height = _fitted(sender, fonts.regular, 9, SENDER_W, SENDER_MAX_H, 6.5, colour=GREY)
    para.drawOn(canvas, SENDER_X, PAGE_H - HEAD_TOP - height)
    _handler_block(canvas, frame)
    # the address window: return line, then the addressee
    para, height = _fitted(
        esc(f"Retouradres: {return_address(head.address_lines)}"),
        fonts.regular,
        6.5,
        WINDOW_W,
        RETURN_LINE_H,
        5.5,
        no_wrap=True,
        colour=GREY,
    )
    if height <= RETURN_LINE_H:  # left out rather than squeezed into the address
        para.drawOn(canvas, WINDOW_X, PAGE_H - WINDOW_TOP - height)
    address = "<br/>".join(esc(line) for line in frame.addressee.lines)
    para, height = _fitted(
        address, fonts.regular, 10, WINDOW_W, WINDOW_H - RETURN_LINE_H, 7.5, no_wrap=True
    )
    para.drawOn(canvas, WINDOW_X, PAGE_H - WINDOW_TOP - RETURN_LINE_H - height)
    # fold and punch marks
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    for y in FOLD_MARKS:
        canvas.line(4 * mm, PAGE_H - y, 9 * mm, PAGE_H - y)
    canvas.line(4 * mm, PAGE_H - PUNCH_MARK, 7 * mm, PAGE_H - PUNCH_MARK)
    canvas.restoreState()


def _handler_block(canvas: Canvas, frame: LetterFrame) -> None:
    """Who to ask about this letter, under the office's column (nothing without a profile).

    Each line at the column's size; only a line too long for the column (a long e-mail address)
    gets a smaller font, and the whole block shrinks only if it would not fit at all."""
    handler = frame.handler
    if handler is None:
        return
    fonts = letter_fonts()
    lines: list[tuple[str, str, Any]] = [
        (esc(HANDLER_LABEL), fonts.regular, GREY),
        (esc(handler.name), fonts.bold, colors.black),
    ]
    if handler.function:
        lines.append((esc(handler.function), fonts.regular, colors.black))
    if handler.phone:
        lines.append((esc(f"Telefoon {handler.phone}"), fonts.regular, colors.black))
    if handler.email:
        lines.append((esc(f"E-mail {handler.email}"), fonts.regular, colors.black))
    fitted = [
        _fitted(text, font, 9, SENDER_W, HANDLER_MAX_H, 6.5, no_wrap=True, colour=colour)
        for text, font, colour in lines
    ]
    top = PAGE_H - HANDLER_TOP
    if sum(height for _para, height in fitted) > HANDLER_MAX_H:
        markup = "<br/>".join(
            f"<font name='{font}'>{text}</font>" for text, font, _colour in lines
        )
        fitted = [_fitted(markup, fonts.regular, 9, SENDER_W, HANDLER_MAX_H, 5.5)]
    for para, height in fitted:
        para.drawOn(canvas, SENDER_X, top - height)
        top -= height


_POSTCODE = re.compile(r"\b[1-9][0-9]{3} ?[A-Z]{2}\b")


def return_address(lines: Sequence[str]) -> str:
    """The postal part of the office address: up to the line with the postcode."""
    for index, line in enumerate(lines):
        if _POSTCODE.search(line):
            return ", ".join(lines[: index + 1])
    return ", ".join(lines)


def _later_page(canvas: Canvas, frame: LetterFrame) -> None:
    """A small header on every later page: office, our reference, date (wraps if long)."""
    text = (
        f"{frame.letterhead.office_name} · Ons kenmerk {frame.our_reference} · "
        f"{long_date(frame.letter_date)}"
    )
    para, height = _fitted(
        esc(text), letter_fonts().regular, 8, BODY_W, LATER_BODY_TOP - 14 * mm, 6.5, colour=GREY
    )
    para.drawOn(canvas, LEFT, PAGE_H - 11 * mm - height)


def _numbered_canvas(pages: list[int]) -> type[Canvas]:
    """A canvas that knows the page count when it finishes, for "pagina 1 van 2"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            pages.append(total)
            for state in self._saved:
                self.__dict__.update(state)
                if total > 1:
                    self.saveState()
                    self.setFont(letter_fonts().regular, 8)
                    self.setFillColor(GREY)
                    self.drawRightString(
                        PAGE_W - RIGHT, 10 * mm, f"pagina {self._pageNumber} van {total}"
                    )
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
