"""A4 and Dutch letter conventions: window-envelope address, letterhead, page numbers.

Positions are read back from the PDF (left x and baseline y, mm from the top-left corner).
The address must stand inside the window of a DL / EA5/6 envelope (window 90 × 45 mm, 20 mm
from the left and 15 mm from the bottom) in every position the folded sheet can take: on the
sheet x 20–100 mm, y 50–84 mm (see app/services/letters/render.py).
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.models import Case
from app.services.events import record_event
from app.services.letters import (
    LetterKind,
    LetterRequest,
    MadeLetter,
    make_letter,
    set_letterhead,
)
from app.services.letters.render import return_address
from app.services.store import set_setting
from tests.helpers import signal_row
from tests.letters.conftest import (
    TODAY,
    Office,
    Placed,
    SampleContacts,
    make_office,
    pdf_text,
    placed_text,
)

WINDOW_X = (20.0, 100.0)
WINDOW_Y = (50.0, 84.0)
LONG_OFFICE = (
    "Stichting Sociaal Wijkteam Haarlem-Schalkwijk, Boerhaavewijk, Molenwijk en "
    "Europawijk — locatie Europaweg"
)
LONG_TENANT = "Maria Magdalena Johanna Cornelia van den Heuvel-Vermeulen-Ten Brink-Oosterhuis"
LONG_STREET = "Burgemeester Jhr. Mr. Dr. Van Lennep van Heemstedeplantsoen"


def _made(
    office: Office,
    contacts: SampleContacts,
    ref: str,
    kind: LetterKind,
    *,
    with_opt_out: bool = False,
    visit: datetime | None = None,
) -> MadeLetter:
    with office.session() as session:
        request = LetterRequest(office.ids[ref], kind, with_opt_out, visit)
        return make_letter(session, request, office.ctx, TODAY, contacts)


def _in_window(runs: list[Placed], lines: list[str]) -> None:
    for line in lines:
        run = next(r for r in runs if r.text == line)
        assert WINDOW_X[0] <= run.x and run.right <= WINDOW_X[1], (line, run.x, run.right)
        top = run.y - run.size / 72 * 25.4  # the cap height is below the size; this is safe
        assert WINDOW_Y[0] <= top and run.y <= WINDOW_Y[1], (line, top, run.y)


def test_a4_and_tenant_address_in_the_envelope_window(
    office: Office, contacts: SampleContacts
) -> None:
    made = _made(office, contacts, "ELAN-7", LetterKind.ANNOUNCEMENT, with_opt_out=True)
    page = PdfReader(io.BytesIO(made.pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    runs = placed_text(made.pdf)
    _in_window(
        runs,
        [
            "Retouradres: Postbus 511, 2003 PB Haarlem",
            "Şükrü Yılmaz-Łukasiewicz",
            "Floris van Adrichemlaan 112 A",
            "2035 AB  HAARLEM",
        ],
    )
    # the date line and references come after the window, in this order
    order = ["Haarlem, 23 november 2026", "Ons kenmerk", "Uw kenmerk", "Betreft"]
    ys = [next(r.y for r in runs if r.text == text) for text in order]
    assert ys == sorted(ys) and ys[0] > WINDOW_Y[1]


def test_organisation_addressee_in_the_window(office: Office, contacts: SampleContacts) -> None:
    made = _made(office, contacts, "YM-1", LetterKind.FEEDBACK)
    _in_window(
        placed_text(made.pdf),
        [
            "Ymere",
            "t.a.v. Linda Groen, klantadviseur betalingen",
            "per e-mail: l.groen@ymere.example",
        ],
    )


def test_long_office_and_tenant_names_fit(db_path: Path, contacts: SampleContacts) -> None:
    office = make_office(
        db_path,
        [signal_row(referentie="LONG", naam=LONG_TENANT, straat=LONG_STREET, huisnummer="1021-3")],
    )
    try:
        with office.store.transaction() as session:
            set_setting(session, "office_name", LONG_OFFICE)
            set_letterhead(
                session,
                address_lines=[
                    "Bezoekadres: Europaweg 12 (ingang naast de bibliotheek)",
                    "Postbus 5110",
                    "2000 GA Haarlem",
                    "Telefoon 023-511 11 11 (maandag tot en met vrijdag, 9.00 tot 17.00 uur)",
                    "wijkteam.schalkwijk@haarlem.example",
                ],
                logo=None,
                remove_logo=True,
            )
        made = _made(office, contacts, "LONG", LetterKind.ANNOUNCEMENT, with_opt_out=False)
    finally:
        office.store.close()
    text = pdf_text(made.pdf)
    runs = placed_text(made.pdf)
    # nothing lost: every word of the long names and the address is there
    for word in (LONG_OFFICE + " " + LONG_TENANT + " " + LONG_STREET).split():
        assert word in text, word
    assert "wijkteam.schalkwijk@haarlem.example" in text
    # nothing runs off the page or out of its column, on any page
    assert made.pages == 2
    for run in runs + placed_text(made.pdf, page=1):
        assert run.x >= 4 and run.right <= 210 - 15, (run.text, run.x, run.right)
    header = [r for r in runs if r.y < 48]
    assert header and all(r.right <= 190.5 for r in header if r.x >= 120)
    # the tenant's address still stands in the window
    window = [r for r in runs if WINDOW_Y[0] - 2 <= r.y <= WINDOW_Y[1] + 2]
    assert any("HAARLEM" in r.text for r in window)
    for run in window:
        assert WINDOW_X[0] <= run.x and run.right <= WINDOW_X[1], (run.text, run.right)
        assert run.y <= WINDOW_Y[1]


def test_page_numbers_only_on_multi_page_letters(office: Office, contacts: SampleContacts) -> None:
    one = pdf_text(_made(office, contacts, "YM-1", LetterKind.FEEDBACK).pdf)
    assert "pagina" not in one
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["PRE-3"])
        assert case is not None
        for day in range(3, 21):
            record_event(
                session,
                case,
                "contact_attempt",
                date(2026, 11, day),
                office.ctx,
                {"method": "telefoon", "reached": False},
                today=TODAY,
            )
    made = _made(office, contacts, "PRE-3", LetterKind.TROUBLESHOOTER)
    assert made.pages == 2
    reader = PdfReader(io.BytesIO(made.pdf))
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)
    assert "pagina 1 van 2" in first
    assert "pagina 2 van 2" in second
    # later pages carry a small header with the reference
    assert f"Ons kenmerk VN-{office.ids['PRE-3']}" in second


def test_return_address_is_the_postal_part() -> None:
    assert return_address(["Postbus 511", "2003 PB Haarlem", "Telefoon 023"]) == (
        "Postbus 511, 2003 PB Haarlem"
    )
    assert return_address(["Zijlweg 1", "Haarlem"]) == "Zijlweg 1, Haarlem"


@pytest.mark.parametrize("visit", [None, datetime(2026, 12, 1, 10, 0)])
def test_window_holds_for_both_announcement_variants(
    office: Office, contacts: SampleContacts, visit: datetime | None
) -> None:
    made = _made(office, contacts, "YM-1", LetterKind.ANNOUNCEMENT, with_opt_out=True, visit=visit)
    _in_window(placed_text(made.pdf), ["Sanne Hoekstra", "Amsterdamstraat 41", "2032 PK  HAARLEM"])
    assert made.pages == 2  # PR 10.1: the tenant's rights, kept together, start page 2
