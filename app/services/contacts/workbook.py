"""Reading the contact list from an Excel workbook (.xlsx) into the same table as a CSV file.

The first worksheet is read; row 1 holds the column names, as in the CSV format. Row numbers
are the sheet's own, so ``row N`` in a message is the row Excel shows. Values come as Excel
stores them: numbers (a phone number typed without quotes loses its leading zero — the phone
check says so), dates (written as ``jjjj-mm-dd`` for the date parser) and booleans.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from app.services.intake.csv_reader import Table
from app.services.intake.problems import FileProblem

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "cell_text", "read_workbook"]

#: a contact list has a dozen columns and a few hundred rows; a sheet with a cell in column XFD
#: (16,384) made every row 16,384 cells long (106 KB file, 2.7 GB, 44 s): read no further
MAX_COLUMNS = 60
MAX_ROWS = 20_000

_NOT_A_WORKBOOK = (
    "cannot read this workbook: it is damaged, password-protected or not an Excel .xlsx file; "
    "save it again in Excel as 'Excel Workbook (.xlsx)' without a password"
)


def cell_text(value: Any) -> str:
    """A cell's value as the text a person would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def read_workbook(data: bytes, known_columns: Iterable[str]) -> Table:
    """The first worksheet of an .xlsx file as a :class:`Table` (encoding ``xlsx``)."""
    if not data.startswith(b"PK\x03\x04"):
        raise FileProblem(_NOT_A_WORKBOOK)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # zipfile, XML and key errors on a broken file; none is the user's
        raise FileProblem(_NOT_A_WORKBOOK) from None
    try:
        if not workbook.worksheets:
            raise FileProblem("the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:  # stored dimensions may be wrong; read what is really there
            reset()
        try:
            rows = []
            for row in sheet.iter_rows(
                values_only=True, max_col=MAX_COLUMNS, max_row=MAX_ROWS + 2
            ):
                rows.append(_trimmed([cell_text(value) for value in row]))
        except Exception:
            raise FileProblem(_NOT_A_WORKBOOK) from None
        if len(rows) > MAX_ROWS + 1:
            raise FileProblem(
                f"the worksheet has more than {MAX_ROWS:,} rows; a contact list has far fewer "
                "(is this the right file?)"
            )
    finally:
        workbook.close()
    return _table(rows, set(known_columns))


def _trimmed(cells: list[str]) -> list[str]:
    """Without the empty cells at the end of the row."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _table(rows: list[list[str]], known: set[str]) -> Table:
    if not any(any(cells) for cells in rows):
        raise FileProblem("the file is empty")
    header_cells = rows[0] if rows else []
    headers: list[str] = []
    positions: list[tuple[int, str]] = []
    nameless: list[int] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(header_cells):
        name = cell.strip().lower()
        if not name:
            nameless.append(index)
            continue
        if name in seen:
            raise FileProblem(f"duplicate column '{name}' (columns {seen[name]} and {index + 1})")
        seen[name] = index + 1
        headers.append(name)
        positions.append((index, name))
    if not headers:
        raise FileProblem("no header: row 1 is empty; the first row must hold the column names")

    table = Table(
        encoding="xlsx",
        delimiter="",
        headers=headers,
        rows=[],
        unknown_columns=[name for name in headers if name not in known],
    )
    width = len(header_cells)
    with_values: set[int] = set()
    for row_number, cells in enumerate(rows[1:], start=2):
        if not any(cells):
            continue
        values = {name: (cells[index] if index < len(cells) else "") for index, name in positions}
        with_values.update(i for i in nameless if i < len(cells) and cells[i])
        with_values.update(i for i in range(width, len(cells)) if cells[i])
        table.rows.append((row_number, values))
    table.warnings.extend(
        f"column {index + 1} has no name in row 1; its values are ignored"
        for index in sorted(with_values)
    )
    return table
