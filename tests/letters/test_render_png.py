"""Each kind of letter rendered to PNG with pdftoppm (poppler), as a person would look at it.

The pictures land in the test's tmp folder; besides being looked at by a person, the ink is
checked: the address stands in the envelope window and nothing spills out of it to the right.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from app.models import Case
from app.services.events import record_event
from app.services.letters import LetterKind, LetterRequest, write_letter
from tests.letters.conftest import TODAY, Office, SampleContacts, render_png

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)
DPI = 70


def _ink(image: Image.Image, box_mm: tuple[float, float, float, float]) -> int:
    """Dark pixels inside a box given in mm (left, top, right, bottom)."""
    scale = DPI / 25.4
    box = tuple(round(v * scale) for v in box_mm)
    grey = image.convert("L").crop(box)  # type: ignore[arg-type]
    histogram = grey.histogram()
    return sum(histogram[:160])


@pytest.mark.parametrize(
    ("kind", "ref", "options"),
    [
        (LetterKind.FEEDBACK, "YM-1", {}),
        (
            LetterKind.ANNOUNCEMENT,
            "ELAN-7",
            {"with_opt_out": True, "visit": datetime(2026, 12, 1, 10)},
        ),
        (LetterKind.ANNOUNCEMENT, "YM-1", {"with_opt_out": False}),
        (LetterKind.TROUBLESHOOTER, "PRE-3", {}),
    ],
)
def test_each_kind_renders_to_png(
    office: Office,
    contacts: SampleContacts,
    tmp_path: Path,
    kind: LetterKind,
    ref: str,
    options: dict[str, object],
) -> None:
    if kind is LetterKind.TROUBLESHOOTER:
        with office.store.transaction() as session:
            case = session.get(Case, office.ids[ref])
            assert case is not None
            record_event(
                session,
                case,
                "eviction_date_set",
                TODAY,
                office.ctx,
                {"date": "2026-12-15"},
                today=TODAY,
            )
    saved = write_letter(
        office.store,
        LetterRequest(office.ids[ref], kind, **options),  # type: ignore[arg-type]
        office.ctx,
        TODAY,
        tmp_path / f"{kind.value}-{ref}.pdf",
        contacts=contacts,
    )
    pages = render_png(saved.path, tmp_path / f"{kind.value}-{ref}", DPI)
    assert len(pages) == saved.pages
    first = Image.open(pages[0])
    assert first.size == (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))
    assert _ink(first, (20, 50, 100, 84)) > 200  # the address, in the window
    assert _ink(first, (101, 48, 120, 86)) == 0  # nothing beyond the window's right edge
    assert _ink(first, (25, 12, 85, 34)) > 500  # the logo
