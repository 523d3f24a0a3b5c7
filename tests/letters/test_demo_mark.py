"""Letters from a demo database say DEMO on every page; real letters never do (issue 13.6).

The mark is drawn by the page templates of `render`, which every kind of letter goes through,
so each kind is made here from a demo database (Haarlem, and Amsterdam for the Sluitende
Aanpak statement) and read back with pypdf; one is rendered with pdftoppm and looked at.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case
from app.services.casework import RulesContext, load_context
from app.services.demo import fill_demo
from app.services.demo_setup import DEMO_ADDRESS, DEMO_SIGNER, open_or_create_demo
from app.services.events import record_event
from app.services.keys import DatabaseKey
from app.services.letters import LetterKind, LetterProblem, LetterRequest, make_letter
from app.services.letters.letterhead import set_letterhead
from app.services.letters.render import DEMO_FOOTER
from app.services.rules.profile import load_profile
from app.services.sdv.proposals import propose_arrangement
from app.services.setup import initialise
from app.services.store import Store
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_pages, pdf_text

Prepare = Callable[[Session, Case, RulesContext], None]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = open_or_create_demo(tmp_path / "vangnet-demo.db", today=TODAY, cases=60)
    yield store
    store.close()


def _nothing(session: Session, case: Case, ctx: RulesContext) -> None:
    pass


def _broken(session: Session, case: Case, ctx: RulesContext) -> None:
    made = {"date": "2027-01-01", "plan": "€ 50 per maand"}
    record_event(session, case, "arrangement_made", case.signal_date, ctx, made, today=TODAY)
    record_event(session, case, "arrangement_broken", TODAY, ctx, {}, today=TODAY)


def _proposal(session: Session, case: Case, ctx: RulesContext) -> None:
    first = date(2027, 1, 1)
    propose_arrangement(session, case, today=TODAY, resume_rent_from=first, first_instalment=first)


def _instrument(session: Session, case: Case, ctx: RulesContext) -> None:
    detail = {"instrument": "vroeg_eropaf"}
    record_event(session, case, "instrument_deployed", TODAY, ctx, detail, today=TODAY)


def _demo_letter(store: Store, kind: LetterKind, prepare: Prepare = _nothing) -> bytes:
    """The first open demo case that can have this letter (after `prepare`): its PDF."""
    contacts = SampleContacts.from_file()
    with store.session() as session:
        ids = list(session.scalars(select(Case.id).where(Case.status != "gesloten")))
    for case_id in ids:
        with store.transaction() as session:
            ctx = load_context(session)
            case = session.get(Case, case_id)
            assert case is not None
            try:
                prepare(session, case, ctx)
            except Exception:  # noqa: BLE001 - not this case (no inventory, wrong kind, ...)
                continue
        with store.session() as session:
            try:
                made = make_letter(session, LetterRequest(case_id, kind), ctx, TODAY, contacts)
            except LetterProblem:
                continue
        assert made.document_title
        return made.pdf
    raise AssertionError(f"no demo case can have a {kind} letter")


def _assert_marked(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        text = " ".join((page.extract_text() or "").split())
        assert "DEMO" in text and DEMO_FOOTER in text  # on every page, not only the first
    assert str(reader.metadata.title).startswith("DEMO — ")


@pytest.mark.parametrize(
    ("kind", "prepare"),
    [
        (LetterKind.FEEDBACK, _nothing),
        (LetterKind.ANNOUNCEMENT, _nothing),
        (LetterKind.TROUBLESHOOTER, _nothing),
        (LetterKind.PROPOSAL, _proposal),
        (LetterKind.BROKEN_ARRANGEMENT, _broken),
    ],
)
def test_every_letter_from_the_demo_says_demo_on_every_page(
    demo: Store, kind: LetterKind, prepare: Prepare
) -> None:
    _assert_marked(_demo_letter(demo, kind, prepare))


def test_the_sluitende_aanpak_statement_from_a_demo_says_demo(db_path: Path) -> None:
    store = initialise(
        db_path, DatabaseKey(passphrase="amsterdam demo 1234"), load_profile("amsterdam"), "Demo"
    )
    with store.transaction() as session:
        fill_demo(session, load_context(session), 30, TODAY)
        set_letterhead(
            session,
            address_lines=DEMO_ADDRESS,
            signer=DEMO_SIGNER[0],
            signer_function=DEMO_SIGNER[1],
        )
    _assert_marked(_demo_letter(store, LetterKind.SLUITENDE_AANPAK, _instrument))
    store.close()


def test_a_long_demo_letter_is_marked_on_each_page(demo: Store) -> None:
    pdf = _demo_letter(demo, LetterKind.TROUBLESHOOTER)
    assert pdf_pages(pdf) >= 2
    _assert_marked(pdf)


@pytest.mark.parametrize("kind", [LetterKind.FEEDBACK, LetterKind.ANNOUNCEMENT])
def test_real_letters_carry_no_demo_mark(
    office: Office, contacts: SampleContacts, kind: LetterKind
) -> None:
    with office.session() as session:
        made = make_letter(
            session, LetterRequest(office.ids["YM-1"], kind), office.ctx, TODAY, contacts
        )
    text = pdf_text(made.pdf)
    assert "Sanne Hoekstra" in text  # a real letter, read back
    assert "DEMO" not in text and "verzonnen" not in text
    assert "DEMO" not in str(PdfReader(io.BytesIO(made.pdf)).metadata.title)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_mark_is_plain_to_see_and_the_text_stays_readable(demo: Store, tmp_path: Path) -> None:
    pdf = tmp_path / "demo-terugkoppeling.pdf"
    pdf.write_bytes(_demo_letter(demo, LetterKind.FEEDBACK))
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    (png,) = sorted(tmp_path.glob("p*.png"))
    grey = Image.open(png).convert("L")
    histogram = grey.histogram()
    light = sum(histogram[200:240])  # the watermark's light grey
    dark = sum(histogram[:120])  # the text
    pixels = grey.width * grey.height
    assert light > pixels * 0.04, light  # a big mark across the page, not a speck
    assert dark > pixels * 0.005, dark  # the letter's text is still there, black
    # mid-page, where the mark runs under the facts table, the text on top of it is still black
    middle = grey.crop(
        (grey.width // 4, grey.height * 2 // 5, grey.width * 3 // 4, grey.height * 3 // 5)
    )
    inside = middle.histogram()
    assert sum(inside[200:240]) > middle.width * middle.height * 0.1
    assert sum(inside[:100]) > 100
