"""An embedded TrueType font for letters, so names like Şükrü Yılmaz or Wojciech Łukasiewicz
print as written.

The 14 standard PDF fonts only know Western European letters. Letters embed (a subset of) a
TrueType font instead: DejaVu Sans on Linux, Arial on Windows and macOS, and otherwise the
Bitstream Vera that ships inside reportlab, so there is always one. A character the chosen font
lacks is printed without its accent (NFKD) rather than as an empty box.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "VangnetSans"
BOLD = "VangnetSans-Bold"


def _candidates() -> list[tuple[Path, Path]]:
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    bundled = Path(reportlab.__file__).resolve().parent / "fonts"
    return [
        (
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ),
        (
            Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ),
        (
            Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
        ),
        (windows / "arial.ttf", windows / "arialbd.ttf"),
        (
            Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
            Path("/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
        ),
        (Path("/Library/Fonts/Arial.ttf"), Path("/Library/Fonts/Arial Bold.ttf")),
        (bundled / "Vera.ttf", bundled / "VeraBd.ttf"),
    ]


@dataclass(frozen=True)
class LetterFonts:
    regular: str
    bold: str
    source: str
    glyphs: frozenset[int]


@cache
def letter_fonts() -> LetterFonts:
    """Register the letter font once per process and say which file it came from."""
    for regular, bold in _candidates():
        if not (regular.is_file() and bold.is_file()):
            continue
        try:
            face = TTFont(REGULAR, str(regular))
            pdfmetrics.registerFont(face)
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        except Exception:  # a damaged or unusual font file: try the next one
            continue
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        return LetterFonts(REGULAR, BOLD, regular.name, frozenset(face.face.charToGlyph))
    # reportlab always ships Vera; this is only reached with a broken installation
    return LetterFonts("Helvetica", "Helvetica-Bold", "Helvetica", frozenset(range(32, 256)))


@cache
def _printable_char(char: str) -> str:
    glyphs = letter_fonts().glyphs
    if ord(char) in glyphs or char in "\n\t":
        return char
    base = "".join(
        c for c in unicodedata.normalize("NFKD", char) if ord(c) in glyphs and c.isprintable()
    )
    return base or "?"


def printable(text: str) -> str:
    """The text with every character the letter font can draw (accents dropped if need be)."""
    return "".join(_printable_char(c) for c in text)
