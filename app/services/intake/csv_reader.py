"""Reading spreadsheet CSV exports: encoding, delimiter, header and rows.

Knows nothing about signals beyond the list of known column names (to report unknown ones).
Everything that makes the whole file unusable raises :class:`FileProblem`; a row with more
filled cells than the header has columns is a :class:`RowError` on that row (column ``-``).

Row numbers are the ones a spreadsheet shows: the header is row 1, the first data row 2. A cell
with a line break inside quotes is still one row. Fully empty rows are skipped but counted.
An optional first line ``sep=;`` (which Excel understands) sets the delimiter and is not counted.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.problems import FileProblem, RowError

__all__ = [
    "FileProblem",
    "Table",
    "decode_bytes",
    "detect_delimiter",
    "read_table",
    "table_from_records",
]

DELIMITERS = (";", ",")

_SAVE_AS = "save it from the spreadsheet as 'CSV UTF-8' or 'CSV (semicolon-separated)'"
_FIRST_LINE = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r'\s*"?sep=(.)"?[;,]*\s*', re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_UNQUOTED = {d: re.compile(f"[^{re.escape(d)}\r\n]*") for d in DELIMITERS}


@dataclass
class Table:
    """A CSV file split into a normalised header and numbered rows of trimmed cells."""

    encoding: str
    delimiter: str
    #: column names, lowercased and stripped, in file order (nameless columns left out)
    headers: list[str]
    #: (spreadsheet row number, {column name: trimmed cell}); every header name is a key
    rows: list[tuple[int, dict[str, str]]]
    #: header names that are not in the known columns, in file order
    unknown_columns: list[str]
    #: row problems found while reading (too many cells in a row)
    errors: list[RowError] = field(default_factory=list)
    #: things worth telling the user that do not block reading (nameless columns with values)
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as UTF-8 (with or without BOM) or else Windows-1252.

    Returns ``(text, encoding)`` with encoding ``"utf-8-sig"``, ``"utf-8"`` or ``"cp1252"``;
    the BOM is not part of the text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileProblem(
            f"the file is UTF-16 ('Unicode text'), which is not supported; {_SAVE_AS}"
        )
    if data.startswith(b"PK\x03\x04"):
        raise FileProblem(
            f"this is a workbook (.xlsx or another zip file), not a CSV file; {_SAVE_AS}"
        )
    if b"\x00" in data:
        raise FileProblem(f"this is not a text file (it contains NUL bytes); {_SAVE_AS}")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            where = _where(data, error.start + len(codecs.BOM_UTF8))
            raise FileProblem(
                f"the file starts as UTF-8 but {where} is not UTF-8; {_SAVE_AS}"
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise FileProblem(
            f"unreadable text: {_where(data, error.start)} is neither UTF-8 nor Windows-1252; "
            f"{_SAVE_AS}"
        ) from None


def _where(data: bytes, position: int) -> str:
    """``byte 0x81 on line 3`` for an undecodable byte at ``position``."""
    newline = b"\n" if b"\n" in data else b"\r"
    return f"byte 0x{data[position]:02X} on line {data.count(newline, 0, position) + 1}"


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def detect_delimiter(header_line: str) -> str:
    """``;`` or ``,``: whichever occurs more often outside quotes in the header line."""
    counts = _count_outside_quotes(header_line)
    if counts[";"] == 0 and counts[","] == 0:
        raise FileProblem(
            "cannot tell how the columns are separated: the first row has neither ';' nor ','"
        )
    return ";" if counts[";"] >= counts[","] else ","


def _split_records(text: str, delimiter: str) -> list[list[str]]:
    """Split CSV text into records of raw cells, leniently as Excel reads it.

    A cell starting with ``"`` is quoted (``""`` inside is one quote, text after the closing
    quote up to the delimiter is kept); quotes inside an unquoted cell are ordinary text.
    A quoted cell that is never closed makes the rest of the file unreadable: FileProblem."""
    unquoted = _UNQUOTED[delimiter]
    records: list[list[str]] = []
    record: list[str] = []
    pos, end = 0, len(text)
    while True:
        if pos < end and text[pos] == '"':
            match = _QUOTED.match(text, pos)
            if match is None:
                raise FileProblem(
                    f'row {len(records) + 1}: a cell starts with a quote (") that is never '
                    "closed, so the rest of the file cannot be read"
                )
            value = match[1].replace('""', '"')
            tail = unquoted.match(text, match.end())
            assert tail is not None  # the pattern matches the empty string
            value += tail[0]
            pos = tail.end()
        else:
            plain = unquoted.match(text, pos)
            assert plain is not None
            value = plain[0]
            pos = plain.end()
        record.append(value)
        if pos >= end:
            records.append(record)
            return records
        if text[pos] == delimiter:
            pos += 1
            continue
        pos += 2 if text.startswith("\r\n", pos) else 1  # end of the line
        records.append(record)
        record = []
        if pos >= end:
            return records


def _strip_sep_line(text: str) -> tuple[str, str | None]:
    """Remove Excel's optional ``sep=;`` first line; return the text and that delimiter."""
    parts = _FIRST_LINE.split(text, maxsplit=1)
    match = _SEP_LINE.fullmatch(parts[0])
    if match is None:
        return text, None
    if match[1] not in DELIMITERS:
        raise FileProblem(f"the first line asks for delimiter {match[1]!r}; use ';' or ','")
    return (parts[1] if len(parts) > 1 else ""), match[1]


def read_table(data: bytes, known_columns: Iterable[str] | None = None) -> Table:
    """Read a CSV export into a :class:`Table`.

    ``known_columns`` (normalised names) decides what counts as an unknown column; by default
    the columns of the signal format. Raises :class:`FileProblem` for an empty file, a file
    that is not readable text, a missing header or a duplicate column name."""
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise FileProblem("the file is empty")
    text, delimiter = _strip_sep_line(text)
    if not text.strip():
        raise FileProblem("the file has no rows after the 'sep=' line")
    if delimiter is None:
        delimiter = detect_delimiter(_FIRST_LINE.split(text, maxsplit=1)[0])
    records = _split_records(text, delimiter)
    known = SIGNAL_COLUMNS if known_columns is None else known_columns
    return table_from_records(records, encoding=encoding, delimiter=delimiter, known=known)


def table_from_records(
    records: Sequence[Sequence[str]], *, encoding: str, delimiter: str, known: Iterable[str]
) -> Table:
    """A :class:`Table` from rows of cells, row 1 the header: the part CSV and workbook share.

    ``delimiter`` is ``""`` for a workbook: there a filled cell right of the header is simply
    in a column without a name (a warning); in a CSV file it is a problem in its row, usually
    an unquoted delimiter inside a cell."""
    header_cells = records[0] if records else []
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

    known_names = set(known)
    table = Table(
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=[],
        unknown_columns=[name for name in headers if name not in known_names],
    )
    width = len(header_cells)
    nameless_with_values: set[int] = set()
    for row_number, record in enumerate(records[1:], start=2):
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        values = {name: (cells[index] if index < len(cells) else "") for index, name in positions}
        nameless_with_values.update(i for i in nameless if i < len(cells) and cells[i])
        if not delimiter:  # a workbook: cells right of the header are nameless columns
            nameless_with_values.update(i for i in range(width, len(cells)) if cells[i])
        elif extra := sum(1 for cell in cells[width:] if cell):
            table.errors.append(
                RowError(
                    row_number,
                    "-",
                    f"{extra} more filled cell{'s' if extra > 1 else ''} than the header has "
                    f"columns; is there an unquoted '{delimiter}' inside a cell?",
                )
            )
        table.rows.append((row_number, values))
    table.warnings.extend(
        f"column {index + 1} has no name in row 1; its values are ignored"
        for index in sorted(nameless_with_values)
    )
    return table
