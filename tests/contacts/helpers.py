"""Contact-list files for the tests: valid rows by default, any column overridden by name."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import text

from app.services.contacts.columns import CONTACT_COLUMNS
from app.services.store import Store
from tests.conftest import DATA

HEADER = ";".join(CONTACT_COLUMNS)
SAMPLE = DATA / "contactlijst-voorbeeld.csv"

#: the sample list's names, numbers and addresses (tests/data/contactlijst-voorbeeld.csv)
SAMPLE_PERSONAL = (
    "Karin Vermeulen",
    "Youssef Amrani",
    "Bas Kramer",
    "Nadia El Amrani",
    "5150000",
    "k.vermeulen@elan.example",
    "b.kramer@haarlem.example",
)


def contact_row(**overrides: str) -> dict[str, str]:
    values = {
        "organisatie": "Elan Wonen",
        "code": "ELAN",
        "rol": "corporatie",
        "naam": "Karin Vermeulen",
        "functie": "medewerker incasso",
        "telefoon": "023-5150000",
        "email": "k.vermeulen@elan.example",
        "wijk": "",
        "geldig_vanaf": "01-01-2026",
    }
    values.update(overrides)
    return values


def base_rows() -> list[dict[str, str]]:
    """A small valid list: two corporations, two wijkteams, SDV and the troubleshooter."""
    return [
        contact_row(),
        contact_row(
            organisatie="Ymere",
            code="YMERE",
            naam="Linda Groen",
            telefoon="088-0000000",
            email="l.groen@ymere.example",
        ),
        contact_row(
            organisatie="Sociaal Wijkteam Schalkwijk",
            code="SWT-SCH",
            rol="wijkteam",
            naam="Bas Kramer",
            functie="teamleider",
            telefoon="023-5111111",
            email="b.kramer@haarlem.example",
            wijk="Schalkwijk",
        ),
        contact_row(
            organisatie="Sociaal Wijkteam Noord",
            code="SWT-N",
            rol="wijkteam",
            naam="Nadia El Amrani",
            functie="consulent",
            telefoon="023-5112222",
            email="n.elamrani@haarlem.example",
            wijk="Noord",
        ),
        contact_row(
            organisatie="Schulddienstverlening",
            code="SDV",
            rol="sdv",
            naam="Erik Mulder",
            telefoon="023-5113333",
            email="e.mulder@haarlem.example",
        ),
        contact_row(
            organisatie="Gemeente Haarlem",
            code="GEM",
            rol="troubleshooter",
            naam="Ingrid Vos",
            telefoon="06-10101010",
            email="i.vos@haarlem.example",
        ),
    ]


def contact_csv(
    rows: Sequence[dict[str, str]],
    *,
    columns: Sequence[str] = CONTACT_COLUMNS,
    delimiter: str = ";",
    encoding: str = "cp1252",
) -> bytes:
    lines = [delimiter.join(columns)]
    lines.extend(delimiter.join(row.get(c, "") for c in columns) for row in rows)
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def contact_xlsx(
    rows: Sequence[Sequence[object]], *, columns: Sequence[str] = CONTACT_COLUMNS
) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Contactlijst"
    sheet.append(list(columns))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_list(folder: Path, data: bytes, name: str = "contactlijst.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def contact_tables(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Everything the contact list keeps (not the audit trail or the sync settings)."""
    tables = ("contact_list_versions", "contact_entries", "contact_email_confirmations")
    with store.session() as session:
        return {
            t: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in tables
        }
