"""Reading an Excel workbook (.xlsx) into the same :class:`Table` as a CSV file.

Shared by the signal import and the contact-list sync, so that a workbook gets the same rules,
limits and messages as a CSV file. One worksheet is read: the one with the name the caller
prefers (``Meldingen`` for signals, any case) if the workbook has it, otherwise the first
worksheet that is not hidden. Row 1 holds the column names; row numbers are the sheet's own,
so ``row N`` in a message is the row Excel shows.

Typed cells become the text a person would have typed, so that they pass the very same
checks: a date cell is written ``jjjj-mm-dd``; a number ``1234.5`` (never in exponent form,
at most the 15 digits Excel shows); a boolean ``ja`` or ``nee``. A phone number typed as a
number has lost its leading zero and gets the phone check's own message.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from itertools import islice
from typing import Any

from app.services.intake.csv_reader import Table, table_from_records
from app.services.intake.problems import FileProblem

__all__ = [
    "MAX_COLUMNS",
    "MAX_UNPACKED_BYTES",
    "NOT_A_WORKBOOK",
    "cell_text",
    "looks_like_workbook",
    "read_workbook",
]

#: a sheet with a cell in column XFD (16,384) made every row 16,384 cells long (106 KB file,
#: 2.7 GB, 44 s): no column right of this one is read
MAX_COLUMNS = 60
#: what the parts of an .xlsx file may unpack to together; a real export is a few MB, a
#: damaged or hostile zip can claim gigabytes
MAX_UNPACKED_BYTES = 400 * 1024 * 1024

NOT_A_WORKBOOK = (
    "cannot read this workbook: it is damaged, password-protected or not an Excel .xlsx file; "
    "save it again in Excel as 'Excel Workbook (.xlsx)' without a password"
)

#: how a zip file starts (.xlsx is one), and how an OLE2 compound file does (an old .xls, and
#: what Excel writes for an .xlsx protected with a password to open it)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: a number with one to three whole digits and exactly three decimals (``1.234``) would be read
#: as thousands by the amount parser; a trailing zero keeps it the number it is
_LOOKS_GROUPED = re.compile(r"-?[1-9][0-9]{0,2}\.[0-9]{3}")


def looks_like_workbook(data: bytes, file_name: str = "") -> bool:
    """True for a file named ``.xlsx`` or one that starts as a zip or an OLE2 file.

    Such a file goes to :func:`read_workbook`, which reads it or says clearly why not; a CSV
    reader would only call it binary."""
    return file_name.lower().endswith(".xlsx") or data.startswith((_ZIP_MAGIC, _OLE2_MAGIC))


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
        return _number_text(value)
    return str(value).strip()


def _number_text(value: float) -> str:
    """``1234.5``, ``612345678``, ``0.00001``: as Excel shows it, with ``.`` as the separator."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    text = format(Decimal(f"{value:.15g}"), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "0" if _LOOKS_GROUPED.fullmatch(text) else text


def read_workbook(
    data: bytes,
    known_columns: Iterable[str],
    *,
    max_rows: int,
    what: str,
    preferred_sheet: str | None = None,
) -> Table:
    """One worksheet of an .xlsx file as a :class:`Table` (encoding ``xlsx``, no delimiter).

    ``max_rows`` is the most rows with something in them below the header; ``what`` names the
    kind of file in the message when there are more (``a signal file``). Raises
    :class:`FileProblem` for a file that is not a readable workbook."""
    if not data.startswith(_ZIP_MAGIC):
        raise FileProblem(NOT_A_WORKBOOK)
    _check_unpacked_size(data)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # zipfile, XML and key errors on a broken file; none is the user's
        raise FileProblem(NOT_A_WORKBOOK) from None
    try:
        sheet, others = _choose_sheet(workbook.worksheets, preferred_sheet)
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:  # stored dimensions may be wrong; read what is really there
            reset()
        try:
            rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
            records = list(islice(_records(rows), max_rows + 2))  # one too many is enough
        except FileProblem:
            raise
        except Exception:
            raise FileProblem(NOT_A_WORKBOOK) from None
    finally:
        workbook.close()
    if len(records) > max_rows + 1:
        raise FileProblem(
            f"the worksheet has more than {max_rows:,} rows; {what} has far fewer "
            "(is this the right file?)"
        )
    if not records:
        raise FileProblem("the file is empty")
    table = table_from_records(records, encoding="xlsx", delimiter="", known=known_columns)
    if others:
        table.warnings.insert(
            0,
            f"worksheet '{sheet.title}' was read; the other worksheets are ignored: "
            + ", ".join(f"'{name}'" for name in others),
        )
    return table


def _check_unpacked_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception:
        raise FileProblem(NOT_A_WORKBOOK) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileProblem(
            f"the workbook unpacks to {unpacked / 1024 / 1024:,.0f} MB, more than the "
            f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB Vangnet reads (is this the right file?)"
        )


def _choose_sheet(sheets: list[Any], preferred: str | None) -> tuple[Any, list[str]]:
    """The sheet to read and the names of the other visible ones (for a warning)."""
    if not sheets:
        raise FileProblem("the workbook has no worksheet")
    visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"]
    wanted = (preferred or "").strip().casefold()
    named = [s for s in sheets if wanted and str(s.title).strip().casefold() == wanted]
    chosen = (named or visible or sheets)[0]
    return chosen, [str(s.title) for s in visible if s is not chosen]


def _records(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[str]]:
    """Rows as text cells, without the empty rows and cells at the end of the sheet.

    Empty rows in between are kept (as empty lists) so that the row numbers stay Excel's. A
    formatted but empty cell far down (row 1,048,576) costs a walk, not memory."""
    empty_run = 0
    empty: tuple[Any, ...] | None = None  # openpyxl fills a gap with one and the same tuple
    for row in rows:
        if row is empty or all(value is None or value == "" for value in row):
            empty = row
            empty_run += 1
            continue
        yield from ([] for _ in range(empty_run))
        empty_run = 0
        cells = [cell_text(value) for value in row]
        end = len(cells)
        while end and not cells[end - 1]:
            end -= 1
        yield cells[:end]
