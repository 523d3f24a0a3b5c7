"""A real encrypted office with cases, a letterhead with a logo, and a contact list.

The contact list comes from the sample file (tests/data/contactlijst-voorbeeld.csv) through a
small in-memory :class:`SampleContacts` source, so these tests do not depend on how the
contact-list sync stores it; one test in test_cli_letters.py goes through the real sync.
"""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.services.casework import RulesContext, load_context
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters.addressing import Contact
from app.services.letters.letterhead import set_letterhead
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.conftest import DATA
from tests.helpers import HEADER, signal_row

TODAY = date(2026, 11, 23)
LETTERS_PASSPHRASE = "letters test passphrase"
OFFICE = "Sociaal Wijkteam Schalkwijk"
ADDRESS = ("Postbus 511", "2003 PB Haarlem", "Telefoon 023-511 11 11")
SIGNER = "Marieke de Boer"
SIGNER_FUNCTION = "teamleider Sociaal Wijkteam"


class SampleContacts:
    """The sample contact list as a ContactSource (the directory's lookup rules, simplified)."""

    def __init__(self, contacts: list[Contact]) -> None:
        self.contacts = contacts

    @classmethod
    def from_file(cls, path: Path = DATA / "contactlijst-voorbeeld.csv") -> SampleContacts:
        text = path.read_bytes().decode("cp1252")
        rows = csv.DictReader(io.StringIO(text), delimiter=";")
        return cls(
            [
                Contact(
                    organisation=r["organisatie"],
                    code=r["code"],
                    role=r["rol"],
                    name=r["naam"],
                    function=r["functie"],
                    phone=r["telefoon"],
                    email=r["email"],
                    wijk=r["wijk"],
                )
                for r in rows
            ]
        )

    def without(self, role: str, code: str | None = None) -> SampleContacts:
        return SampleContacts(
            [c for c in self.contacts if not (c.role == role and code in (None, c.code))]
        )

    def changed(self, role: str, **fields: str) -> SampleContacts:
        return SampleContacts(
            [replace(c, **fields) if c.role == role else c for c in self.contacts]
        )

    def _first(self, role: str) -> Contact | None:
        return next((c for c in self.contacts if c.role == role), None)

    def corporation_contact(
        self,
        session: Session,
        corporation_code: str,
        corporation_name: str,
        *,
        today: date | None = None,
    ) -> Contact | None:
        for c in self.contacts:
            if c.role == "corporatie" and (
                c.code.casefold() == corporation_code.casefold()
                or c.organisation.casefold() == corporation_name.casefold()
            ):
                return c
        return None

    def wijkteam_contact(
        self, session: Session, postcode: str, *, today: date | None = None
    ) -> Contact | None:
        return self._first("wijkteam")

    def troubleshooter_contact(
        self, session: Session, *, today: date | None = None
    ) -> Contact | None:
        return self._first("troubleshooter")

    def sdv_contact(self, session: Session, *, today: date | None = None) -> Contact | None:
        return self._first("sdv")


def logo_png(text: str = "SWT") -> bytes:
    image = Image.new("RGB", (480, 160), (22, 80, 140))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 140, 140), fill=(250, 190, 40))
    draw.text((180, 60), text, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass
class Office:
    store: Store
    ctx: RulesContext
    ids: dict[str, int]  # reference -> case id

    def session(self) -> Session:
        return self.store.session()


ROWS = [
    signal_row(referentie="YM-1", naam="Sanne Hoekstra", melddatum="16-11-2026"),
    signal_row(
        referentie="ELAN-7",
        corporatie="Elan Wonen",
        naam="Şükrü Yılmaz-Łukasiewicz",
        melddatum="13-11-2026",
        straat="Floris van Adrichemlaan",
        huisnummer="112 A",
        postcode="2035 AB",
    ),
    signal_row(
        referentie="PRE-3",
        corporatie="Pré Wonen",
        naam="Eva Evict",
        melddatum="02-11-2026",
        ontruimingsdatum="15-12-2026",
        deurwaarder_gepland="30-11-2026",
    ),
]


def make_office(
    path: Path,
    rows: list[str] | None = None,
    *,
    letterhead: bool = True,
    today: date = TODAY,
    answered: bool = True,
) -> Office:
    """With ``answered``, the team has answered "may collection resume?" with "not yet" on each
    signal date (B2 step 6), as the feedback letter needs; ``answered=False`` leaves it open."""
    store = initialise(
        path, DatabaseKey(passphrase=LETTERS_PASSPHRASE), load_profile("haarlem"), OFFICE
    )
    with store.transaction() as session:
        ctx = load_context(session)
        data = ("\r\n".join([HEADER, *(rows or ROWS)]) + "\r\n").encode("utf-8")
        report = import_signals(session, data, ctx, today=today)
        assert not report.errors, report.errors
        if answered:
            answer_collection(session, ctx, may_resume=False, today=today)
        if letterhead:
            set_letterhead(
                session,
                address_lines=ADDRESS,
                signer=SIGNER,
                signer_function=SIGNER_FUNCTION,
                logo=logo_png(),
            )
    from sqlalchemy import select

    from app.models import Case

    with store.session() as session:
        ids = {ref: cid for ref, cid in session.execute(select(Case.reference, Case.id))}
    return Office(store, ctx, ids)


def answer_collection(
    session: Session, ctx: RulesContext, *, may_resume: bool, today: date = TODAY
) -> None:
    """Record the team's answer on every case, dated its signal date."""
    from sqlalchemy import select

    from app.models import Case
    from app.services.events import record_event

    for case in session.scalars(select(Case)):
        record_event(
            session,
            case,
            "collection_answer",
            case.signal_date,
            ctx,
            {"may_resume": may_resume},
            today=today,
        )


@pytest.fixture
def office(db_path: Path) -> Iterator[Office]:
    made = make_office(db_path)
    yield made
    made.store.close()


@pytest.fixture
def contacts() -> SampleContacts:
    return SampleContacts.from_file()


def pdf_text(data: bytes | Path) -> str:
    """The text of every page, whitespace collapsed (line breaks fall anywhere)."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    reader = PdfReader(source)
    pages = (page.extract_text() or "" for page in reader.pages)
    return " ".join(" ".join(text.replace("\u00a0", " ").split()) for text in pages)


def pdf_pages(data: bytes | Path) -> int:
    return len(PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data).pages)


def render_png(pdf: Path, out_prefix: Path, dpi: int = 70) -> list[Path]:
    """Every page as PNG via pdftoppm (poppler-utils), for looking at."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out_prefix)], check=True, timeout=60
    )
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


@dataclass(frozen=True)
class Placed:
    """A run of text on a page: left x and baseline y in mm from the top-left, size in pt."""

    text: str
    x: float
    y: float
    size: float
    font: str

    @property
    def right(self) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from app.services.letters.fonts import letter_fonts

        fonts = letter_fonts()
        name = fonts.bold if "Bold" in self.font else fonts.regular
        return self.x + stringWidth(self.text, name, self.size) / 72 * 25.4


def placed_text(data: bytes, page: int = 0) -> list[Placed]:
    """Where each run of text stands on the page (pypdf's text visitor)."""
    reader = PdfReader(io.BytesIO(data))
    height = float(reader.pages[page].mediabox.height)
    runs: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        runs.append(
            Placed(
                text.replace("\u00a0", " ").strip(),
                x / 72 * 25.4,
                (height - y) / 72 * 25.4,
                size * tm[0] * cm[0],
                name,
            )
        )

    reader.pages[page].extract_text(visitor_text=visit)
    return runs
