"""Reading and checking a contact-list file (``contactlijst.csv`` or ``contactlijst.xlsx``).

The whole file is checked before anything is used: every problem of every row is reported as
``row N, column X: …`` (spreadsheet row numbers), and a file with any problem is not taken at
all. CSV files follow the same detection rules as the signal import (``;`` or ``,``, UTF-8 or
Windows-1252, Excel's ``sep=`` line); workbooks are read with openpyxl.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from app.services.contacts.columns import (
    CONTACT_COLUMNS,
    CONTACT_ROLES,
    MAX_LENGTHS,
    REQUIRED_COLUMNS,
    form_of_address_problem,
)
from app.services.contacts.workbook import read_workbook
from app.services.intake.csv_reader import Table, read_table
from app.services.intake.problems import FileProblem, RowError, ValueProblem
from app.services.intake.values import normalise_phone, parse_date, valid_email

__all__ = [
    "ContactRecord",
    "FileProblem",
    "ParsedList",
    "RowError",
    "fold",
    "parse_contact_list",
]

_REQUIRED = "required; the cell is empty"
_ROLE_HINT = ", ".join(CONTACT_ROLES[:-1]) + " or " + CONTACT_ROLES[-1]
EARLIEST_DATE = date(1900, 1, 1)
_T = TypeVar("_T")


def fold(text: str | None) -> str:
    """Case- and spacing-insensitive form of a name, for matching and comparing."""
    return " ".join((text or "").casefold().split())


def phone_key(text: str | None) -> str:
    """A phone number reduced to what identifies it (format changes are not changes)."""
    if not text:
        return ""
    try:
        return normalise_phone(text)
    except ValueProblem:
        return text


@dataclass(frozen=True)
class ContactRecord:
    """One valid contact person; text as the file had it (spacing tidied)."""

    row: int
    organisation: str
    code: str | None
    role: str
    name: str
    function: str | None
    phone: str | None
    email: str | None
    wijk: str | None
    valid_from: date | None
    #: the ``aanhef`` column: how a letter greets this person (None: "Geachte heer/mevrouw")
    form_of_address: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Who this is: organisation, role, name and wijk (one person may cover two wijken)."""
        return (fold(self.organisation), self.role, fold(self.name), fold(self.wijk))

    @property
    def email_key(self) -> str:
        return (self.email or "").casefold()

    def content(self) -> tuple[object, ...]:
        """Everything stored for this contact, in file order (to tell 'unchanged')."""
        return (
            self.organisation,
            self.code,
            self.role,
            self.name,
            self.function,
            self.phone,
            self.email,
            self.wijk,
            self.valid_from,
            self.form_of_address,
        )

    def differences(self, other: ContactRecord) -> tuple[str, ...]:
        """Columns (file names) whose meaning differs between two versions of one contact."""
        pairs: tuple[tuple[str, object, object], ...] = (
            ("organisatie", self.organisation, other.organisation),
            ("code", fold(self.code), fold(other.code)),
            ("naam", self.name, other.name),
            ("functie", fold(self.function), fold(other.function)),
            ("telefoon", phone_key(self.phone), phone_key(other.phone)),
            ("email", self.email_key, other.email_key),
            ("wijk", self.wijk or "", other.wijk or ""),
            ("geldig_vanaf", self.valid_from, other.valid_from),
            ("aanhef", self.form_of_address or "", other.form_of_address or ""),
        )
        return tuple(column for column, mine, theirs in pairs if mine != theirs)


@dataclass
class ParsedList:
    """The outcome of :func:`parse_contact_list`: valid contacts and every problem found."""

    records: list[ContactRecord]
    errors: list[RowError]
    warnings: list[str]
    encoding: str
    delimiter: str
    #: non-empty data rows in the file
    rows_seen: int

    @property
    def ok(self) -> bool:
        return not self.errors


class _Row:
    """The cells of one row plus the problems found in them."""

    def __init__(self, values: Mapping[str, str], row: int) -> None:
        self.row = row
        self.values = values
        self.errors: list[RowError] = []

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.row, column, message))

    def raw(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def text(self, column: str, required: bool) -> str | None:
        value = " ".join(self.raw(column).split())
        if not value:
            if required:
                self.error(column, _REQUIRED)
            return None
        if any(unicodedata.category(char) == "Cc" for char in value):
            self.error(column, "contains control characters")
            return None
        limit = MAX_LENGTHS.get(column)
        if limit is not None and len(value) > limit:
            self.error(column, f"too long ({len(value)} characters; at most {limit})")
            return None
        return value

    def parse(self, column: str, parser: Callable[[str], _T]) -> _T | None:
        text = self.raw(column)
        if not text:
            return None
        try:
            return parser(text)
        except ValueProblem as problem:
            self.error(column, problem.message)
        except Exception as unexpected:  # a cell must never crash the sync
            self.error(column, f"cannot read this value ({type(unexpected).__name__})")
        return None


def _validate(values: Mapping[str, str], row: int, has_reach: bool) -> _Row | ContactRecord:
    cells = _Row(values, row)
    organisation = cells.text("organisatie", required=True)
    code = cells.text("code", required=False)
    role: str | None = None
    role_text = cells.raw("rol")
    if not role_text:
        cells.error("rol", _REQUIRED)
    elif role_text.lower() in CONTACT_ROLES:
        role = role_text.lower()
    else:
        cells.error("rol", f"unknown role '{role_text}' (use {_ROLE_HINT})")
    name = cells.text("naam", required=True)
    function = cells.text("functie", required=False)

    before = len(cells.errors)
    phone = cells.text("telefoon", required=False)
    if phone is not None:
        cells.parse("telefoon", normalise_phone)
    email = cells.parse("email", valid_email)
    if (
        has_reach
        and len(cells.errors) == before
        and not cells.raw("telefoon")
        and not cells.raw("email")
    ):
        cells.error("telefoon", "a phone number or an e-mail address is needed (telefoon or email)")
    wijk = cells.text("wijk", required=False)
    valid_from = cells.parse("geldig_vanaf", parse_date)
    if valid_from is not None and valid_from < EARLIEST_DATE:
        cells.error("geldig_vanaf", f"{valid_from:%d-%m-%Y} is not plausible (before 1900)")
    form_of_address = cells.text("aanhef", required=False)
    if form_of_address is not None:
        problem = form_of_address_problem(form_of_address)
        if problem is not None:
            cells.error("aanhef", problem)

    if cells.errors or organisation is None or role is None or name is None:
        return cells
    return ContactRecord(
        row=row,
        organisation=organisation,
        code=code,
        role=role,
        name=name,
        function=function,
        phone=phone,
        email=email,
        wijk=wijk,
        valid_from=valid_from,
        form_of_address=form_of_address,
    )


def read_contact_table(data: bytes, file_name: str) -> Table:
    """The file as a table: a workbook by its ``.xlsx`` name, else CSV (same rules as signals)."""
    if file_name.lower().endswith(".xlsx"):
        return read_workbook(data, CONTACT_COLUMNS)
    return read_table(data, known_columns=CONTACT_COLUMNS)


#: a contact list is a few hundred rows; a file far larger is not one (issue 12.6)
MAX_FILE_BYTES = 10 * 1024 * 1024
#: problems listed one by one; after that one line says how many more there are
MAX_LISTED_PROBLEMS = 200


def parse_contact_list(data: bytes, file_name: str = "contactlijst.csv") -> ParsedList:
    """Read a contact-list file and check every row.

    Raises :class:`FileProblem` when the file cannot be read as a table, is larger than any
    contact list, or holds no contact at all (an empty list would wipe every contact).
    Everything else is in ``errors`` (at most :data:`MAX_LISTED_PROBLEMS`, then one line that
    says how many more)."""
    if len(data) > MAX_FILE_BYTES:
        raise FileProblem(
            f"the file is {len(data) / 1024 / 1024:.1f} MB; a contact list is at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB (is this the right file?)"
        )
    table = read_contact_table(data, file_name)
    warnings = [f"unknown column '{name}' ignored" for name in table.unknown_columns]
    warnings.extend(table.warnings)
    if not table.rows:
        raise FileProblem("the list has no contacts, only the header; an empty list is not taken")

    missing = [column for column in REQUIRED_COLUMNS if column not in table.headers]
    errors = [RowError(1, c, "required column is missing from the header") for c in missing]
    has_reach = "telefoon" in table.headers or "email" in table.headers
    if not has_reach:
        errors.append(RowError(1, "telefoon", "the header needs a telefoon or an email column"))

    row_problems: dict[int, list[RowError]] = {}
    for problem in table.errors:
        row_problems.setdefault(problem.row, []).append(problem)

    records: list[ContactRecord] = []
    first_row_of: dict[tuple[str, str, str, str], int] = {}
    for row, values in table.rows:
        outcome = _validate(values, row, has_reach)
        found = row_problems.get(row, [])
        if isinstance(outcome, _Row):
            found = found + [e for e in outcome.errors if e.column not in missing]
        else:
            first = first_row_of.setdefault(outcome.key, row)
            if first != row:
                found = [
                    *found,
                    RowError(row, "naam", f"same organisatie, rol, naam and wijk as row {first}"),
                ]
            if not found:
                records.append(outcome)
        errors.extend(found)
    errors.sort(key=lambda error: error.row)
    if len(errors) > MAX_LISTED_PROBLEMS:
        more = len(errors) - MAX_LISTED_PROBLEMS
        errors = errors[:MAX_LISTED_PROBLEMS] + [
            RowError(
                errors[MAX_LISTED_PROBLEMS].row,
                "-",
                f"and {more:,} more problem(s); only the first {MAX_LISTED_PROBLEMS} are listed",
            )
        ]
    return ParsedList(
        records=records,
        errors=errors,
        warnings=warnings,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows_seen=len(table.rows),
    )
