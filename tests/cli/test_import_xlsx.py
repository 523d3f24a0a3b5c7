"""`vangnet import FILE.xlsx` (issue 16.9): a workbook with typed dates and amounts gives the
same cases as the same signals in CSV; a bad cell is named by the row Excel shows and nothing is
imported; a damaged workbook is refused in plain English."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_import import _snapshot, office  # noqa: F401 - the office those tests use
from tests.helpers import cli
from tests.intake.helpers import csv_bytes, signal_xlsx, typed_row, valid_row

TODAY = "2026-11-23"


def _cases(*db: str | Path) -> list[dict[str, Any]]:
    """Every case as the CLI shows it in full, without the moments it was written."""
    found = []
    for row in cli(*db, "inbox", "--today", TODAY, "--json").json():
        case = cli(*db, "case", row["case_id"], "--today", TODAY, "--json").json()
        found.append({k: v for k, v in case.items() if k not in ("events", "audit", "notes")})
    return sorted(found, key=lambda c: str(c["referentie"]))


@pytest.mark.usefixtures("office")
def test_a_workbook_with_typed_dates_and_amounts_gives_the_same_cases_as_the_csv(
    db_path: Path, tmp_path: Path
) -> None:
    text = [
        valid_row(referentie="YM-1", achterstand_bedrag="1234.5", deurwaarder_gepland="03-12-2026"),
        valid_row(referentie="YM-2", soort="zorgen_zonder_achterstand", toestemming="ja"),
    ]
    typed = [
        typed_row(
            referentie="YM-1", achterstand_bedrag=1234.5, deurwaarder_gepland=datetime(2026, 12, 3)
        ),
        typed_row(referentie="YM-2", soort="zorgen_zonder_achterstand", toestemming=True),
    ]
    csv_file, xlsx_file = tmp_path / "meldingen.csv", tmp_path / "meldingen.xlsx"
    csv_file.write_bytes(csv_bytes(text))
    xlsx_file.write_bytes(signal_xlsx(typed, before=["Toelichting"]))
    other_db = tmp_path / "other" / "vangnet.db"
    assert cli("--db", other_db, "init", "--profile", "haarlem").code == 0

    from_csv = cli("import", csv_file, "--today", TODAY, "--json")
    from_xlsx = cli("--db", other_db, "import", xlsx_file, "--today", TODAY, "--json")
    assert from_csv.code == from_xlsx.code == 0, from_xlsx.err
    csv_report, xlsx_report = from_csv.json(), from_xlsx.json()
    assert (xlsx_report["created"], xlsx_report["errors"]) == (2, [])
    assert (xlsx_report["encoding"], xlsx_report["delimiter"]) == ("xlsx", "")
    assert xlsx_report["warnings"] == [
        "worksheet 'Meldingen' was read; the other worksheets are ignored: 'Toelichting'",
        *csv_report["warnings"],
    ]
    assert "warning: worksheet 'Meldingen' was read" in from_xlsx.err

    cases = _cases("--db", other_db)
    assert cases == _cases()  # field for field what the CSV file gave
    first = cases[0]
    assert (first["referentie"], first["melddatum"]) == ("YM-1", "2026-11-02")
    assert "1.234,50" in str(first), first  # the typed amount, to the cent


@pytest.mark.usefixtures("office")
def test_a_bad_typed_cell_names_the_row_excel_shows_and_imports_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "meldingen.xlsx"
    path.write_bytes(
        signal_xlsx(
            [
                typed_row(referentie="YM-1"),
                None,  # an empty row 3 in the sheet
                typed_row(referentie="YM-3", telefoon=623456789),  # lost its leading zero
                typed_row(referentie="YM-4", melddatum=datetime(2026, 12, 1)),
            ]
        )
    )
    before = _snapshot(db_path)
    run = cli("import", path, "--today", TODAY)
    assert run.code == 1
    assert run.err.splitlines()[-3:] == [
        "row 4, column telefoon: phone number must start with 0 or + (did the spreadsheet drop "
        "a leading zero?)",
        "row 5, column melddatum: 01-12-2026 is in the future (today is 23-11-2026)",
        f"{path}: 2 problem(s); nothing was imported (fix the rows, or use --partial to take "
        "the valid rows).",
    ]
    assert _snapshot(db_path) == before
    partial = cli("import", path, "--today", TODAY, "--partial", "--json")
    assert partial.code == 0
    assert (partial.json()["created"], partial.json()["rows"]) == (1, 3)


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04" + b"\x00" * 64,  # damaged
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,  # what Excel writes with a password
        b"corporatie;referentie\r\nYmere;YM-1\r\n",  # a CSV file named .xlsx
    ],
)
@pytest.mark.usefixtures("office")
def test_a_damaged_or_protected_workbook_is_refused_in_one_english_line(
    db_path: Path, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "meldingen.xlsx"
    path.write_bytes(content)
    before = _snapshot(db_path)
    run = cli("import", path, "--today", TODAY)
    assert run.code == 1
    assert run.err.strip().endswith(
        "meldingen.xlsx: cannot read this workbook: it is damaged, password-protected or not an "
        "Excel .xlsx file; save it again in Excel as 'Excel Workbook (.xlsx)' without a password"
    )
    assert "Traceback" not in run.err and len(run.err.strip().splitlines()) == 1
    assert _snapshot(db_path) == before
