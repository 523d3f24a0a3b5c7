"""The printable recovery sheet: a real PDF, read back and rendered."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services import recovery_sheet
from app.services.keys import new_raw_key, parse_recovery_key, recovery_key_for
from app.services.recovery_sheet import key_lines, write_recovery_sheet

OFFICE = "Sociaal Wijkteam Schalkwijk — Zuid & Oost"
DB = Path("/home/medewerker/.local/share/Vangnet/vangnet.db")


def _key() -> str:
    raw = new_raw_key().raw
    assert raw is not None
    return recovery_key_for(raw)


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # line breaks fall anywhere


def test_sheet_holds_key_office_dutch_date_and_instructions(tmp_path: Path) -> None:
    key = _key()
    target = tmp_path / "herstelsleutel.pdf"
    write_recovery_sheet(target, key, OFFICE, DB, date(2026, 11, 3))
    pages, text = _text(target)
    assert pages == 1
    assert "Herstelsleutel Vangnet" in text
    assert OFFICE in text
    assert "3 november 2026" in text
    assert "sleutelbos van de computer niet meer werkt" in text
    assert "wachtwoord of de herstelsleutel" in text
    assert "vangnet.db" in text
    assert "Handtekening" in text
    for line in key_lines(key):
        assert line in text
    # What is printed is what Vangnet accepts back.
    assert parse_recovery_key(" ".join(key_lines(key))) == parse_recovery_key(key)
    assert target.stat().st_mode & 0o077 == 0  # a secret: owner-only


def test_key_is_printed_in_two_lines_of_seven_groups() -> None:
    lines = key_lines(_key())
    assert [len(line.split("-")) for line in lines] == [7, 7]


def test_failed_write_leaves_no_half_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the previous sheet")

    def broken(fh: object, *_args: object) -> None:
        assert hasattr(fh, "write")
        fh.write(b"%PDF-1.4 half")
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(recovery_sheet, "_build", broken)
    with pytest.raises(RuntimeError):
        write_recovery_sheet(target, _key(), OFFICE, DB, date(2026, 11, 3))
    assert target.read_bytes() == b"the previous sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_unwritable_folder_raises_oserror_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_recovery_sheet(
            tmp_path / "missing" / "sheet.pdf", _key(), OFFICE, DB, date(2026, 11, 3)
        )
    assert list(tmp_path.iterdir()) == []


def test_long_office_name_and_path_stay_on_one_page(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    long_db = Path("/srv/" + "zeer-lange-mapnaam-zonder-spaties" * 6 + "/vangnet.db")
    office = "Stichting Sociaal Wijkteam " * 5
    write_recovery_sheet(target, _key(), office, long_db, date(2026, 1, 5))
    pages, text = _text(target)
    assert pages == 1
    assert "5 januari 2026" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_sheet_renders(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_recovery_sheet(target, _key(), OFFICE, DB, date(2026, 11, 3))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(target), str(tmp_path / "page")], check=True
    )
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    assert pngs[0].stat().st_size > 10_000
