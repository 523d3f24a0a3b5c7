"""Builders for intake tests: a valid signal row, CSV bytes from rows, a corporation resolver."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.signals import ParseResult, RowError, parse_signals

TODAY = date(2026, 11, 23)

CORPORATIONS = {
    "ymere": "YM",
    "ym": "YM",
    "elan wonen": "EW",
    "ew": "EW",
    "pré wonen": "PW",
    "pw": "PW",
}


def resolve(text: str) -> str | None:
    """What the caller does: match name or short code case-insensitively."""
    return CORPORATIONS.get(text.strip().lower())


def valid_row(**overrides: str) -> dict[str, str]:
    """A complete, valid rent-arrears signal; keyword arguments replace cells."""
    row = {
        "corporatie": "Ymere",
        "referentie": "YM-1",
        "melddatum": "02-11-2026",
        "soort": "huurachterstand",
        "toestemming": "",
        "naam": "Sanne Hoekstra",
        "straat": "Amsterdamstraat",
        "huisnummer": "41",
        "postcode": "2032 PK",
        "woonplaats": "Haarlem",
        "telefoon": "06-23456789",
        "email": "sanne@example.nl",
        "geboortedatum": "17-08-1988",
        "aantal_bewoners": "3",
        "achterstand_sinds": "01-09-2026",
        "achterstand_maanden": "2,5",
        "achterstand_bedrag": "€ 1.612,40",
        "maandhuur": "806,20",
        "deurwaarder_gepland": "",
        "ontruimingsdatum": "",
        "kinderen_onder_18": "1",
        "geboortedata_bewoners": "01-02-1990|03-04-2015",
        "statushouder": "nee",
        "bekend_bij_wijkteam": "ja",
        "notitie": "",
        "strafbaar_feit": "",
    }
    row.update(overrides)
    return row


def quote(cell: str, delimiter: str) -> str:
    if any(char in cell for char in (delimiter, '"', "\n", "\r")) or cell.startswith(" "):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_text(
    rows: Iterable[Mapping[str, str]],
    columns: Sequence[str] = SIGNAL_COLUMNS,
    delimiter: str = ";",
    newline: str = "\r\n",
    header: Sequence[str] | None = None,
) -> str:
    """CSV text with ``header`` (default: ``columns``) and one line per row."""
    lines = [delimiter.join(quote(name, delimiter) for name in (header or columns))]
    for row in rows:
        lines.append(delimiter.join(quote(row.get(name, ""), delimiter) for name in columns))
    return newline.join(lines) + newline


def csv_bytes(
    rows: Iterable[Mapping[str, str]],
    columns: Sequence[str] = SIGNAL_COLUMNS,
    delimiter: str = ";",
    encoding: str = "utf-8",
    newline: str = "\r\n",
    header: Sequence[str] | None = None,
) -> bytes:
    return csv_text(rows, columns, delimiter, newline, header).encode(encoding)


def parse(data: bytes) -> ParseResult:
    return parse_signals(data, resolve, today=TODAY)


def parse_rows(*rows: Mapping[str, str], columns: Sequence[str] = SIGNAL_COLUMNS) -> ParseResult:
    return parse(csv_bytes(rows, columns))


def messages(errors: Iterable[RowError], column: str, row: int | None = None) -> list[str]:
    """The messages of the errors on ``column`` (and ``row``, when given)."""
    return [e.message for e in errors if e.column == column and (row is None or e.row == row)]


def typed_row(**overrides: object) -> dict[str, object]:
    """:func:`valid_row` as Excel would hold it when typed in: dates as date cells, amounts and
    counts as numbers, yes/no as booleans; text stays text. Keyword arguments replace cells."""
    from datetime import datetime

    row: dict[str, object] = dict(valid_row())
    row.update(
        melddatum=datetime(2026, 11, 2),
        geboortedatum=datetime(1988, 8, 17),
        achterstand_sinds=datetime(2026, 9, 1),
        aantal_bewoners=3,
        achterstand_maanden=2.5,
        achterstand_bedrag=1612.4,
        maandhuur=806.2,
        kinderen_onder_18=1,
        statushouder=False,
        bekend_bij_wijkteam=True,
        toestemming=None,
        deurwaarder_gepland=None,
        ontruimingsdatum=None,
        notitie=None,
    )
    row.update(overrides)
    return row


def signal_xlsx(
    rows: Iterable[Mapping[str, object] | None],
    columns: Sequence[str] = SIGNAL_COLUMNS,
    *,
    title: str = "Meldingen",
    before: Sequence[str] = (),
    hidden: Sequence[str] = (),
) -> bytes:
    """An .xlsx file written by openpyxl: worksheets ``before`` (with a line of text each;
    those in ``hidden`` hidden), then ``title`` with the header and one row per mapping (None:
    an empty row). Cell values keep their Python type, so dates and numbers are typed cells."""
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for name in before:
        extra = workbook.create_sheet(name)
        extra.append([f"uitleg op het werkblad {name}"])
        if name in hidden:
            extra.sheet_state = "hidden"
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns))
    for row in rows:
        sheet.append([] if row is None else [row.get(name) for name in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def workbook_claiming(size: int) -> bytes:
    """A real workbook whose zip directory claims that one part unpacks to ``size`` bytes (at
    most 4 GB), as a damaged or hostile file can."""
    import struct

    data = bytearray(signal_xlsx([valid_row()]))
    entry = data.index(b"PK\x01\x02")  # the first entry of the central directory
    data[entry + 24 : entry + 28] = struct.pack("<I", size)  # its uncompressed size
    return bytes(data)


def workbook_without_sheets() -> bytes:
    """A real workbook whose list of worksheets has been emptied."""
    import io
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(signal_xlsx([valid_row()])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheets>.*</sheets>", b"<sheets></sheets>", data)
            target.writestr(info, data)
    return out.getvalue()
