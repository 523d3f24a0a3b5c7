"""Signals (meldingen): validation of one signal and parsing of a signal export.

:func:`validate_signal_fields` is the one set of rules for a signal, used by the file import
and the GUI intake form alike; it reports every problem per column and never raises.
:func:`parse_signals` reads a whole export, CSV or an Excel workbook (format:
docs/formats/signal-csv.md), and
reports every problem of every row at once. Only a file that cannot be read as a table at all
raises :class:`FileProblem` (the caller shows its message); everything else is a
:class:`RowError`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from app.services import clock
from app.services.intake.columns import REQUIRED_COLUMNS, SIGNAL_COLUMNS
from app.services.intake.csv_reader import Table, read_table
from app.services.intake.problems import FileProblem, RowError, ValueProblem
from app.services.intake.values import (
    normalise_phone,
    normalise_postcode,
    parse_amount,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_int,
    valid_email,
)
from app.services.intake.workbook import looks_like_workbook, read_workbook

__all__ = [
    "ARREARS_KINDS",
    "REQUIRED_COLUMNS",
    "SIGNAL_COLUMNS",
    "SIGNAL_KINDS",
    "FileProblem",
    "ParseResult",
    "RowError",
    "SignalRecord",
    "parse_signals",
    "read_signal_table",
    "validate_signal_fields",
]

SIGNAL_KINDS = ("huurachterstand", "meer_dan_huurachterstand", "zorgen_zonder_achterstand")
#: kinds that need ``achterstand_sinds``
ARREARS_KINDS = ("huurachterstand", "meer_dan_huurachterstand")
#: the kind that needs the tenant's consent (H 3.3)
CONSENT_KIND = "zorgen_zonder_achterstand"

MIN_TENANT_AGE = 16
MAX_AGE = 120
#: the longest a cell may be, in characters: room for any real name, address or reference, but
#: a 10 MB "name" is refused with the column named (issue 12.6); `notitie` is free text
MAX_CELL = 200
MAX_CELL_BY_COLUMN = {"notitie": 2000, "geboortedata_bewoners": 1200}
MAX_OCCUPANTS = 99
MAX_ARREARS_MONTHS = Decimal(999)
#: months are kept in tenths by the store, so more decimals would be silently rounded
MONTHS_DECIMALS = 1
EARLIEST_DATE = date(1900, 1, 1)
OCCUPANT_DATE_SEPARATOR = "|"
#: the worksheet read from a workbook when it has one by this name (any case); else the first
SIGNAL_SHEET = "Meldingen"
#: rows below the header a workbook may have: far more than any export or an office's whole
#: caseload, but a damaged sheet with a million rows is refused before it is read
MAX_WORKBOOK_ROWS = 50_000

_REQUIRED = "required; the cell is empty"
_HOUSE_NUMBER = re.compile(r"[1-9][0-9]{0,4}(?![0-9])")

ResolveCorporation = Callable[[str], str | None]
_T = TypeVar("_T")


@dataclass(frozen=True)
class SignalRecord:
    """One valid signal, with every value parsed and normalised."""

    row: int
    corporation_code: str
    reference: str
    signal_date: date
    kind: str
    consent: bool | None
    name: str
    street: str
    house_number: str
    postcode: str
    city: str
    phone: str | None
    email: str | None
    birth_date: date
    occupants: int
    arrears_since: date | None
    arrears_months: Decimal | None
    arrears_amount: Decimal | None
    monthly_rent: Decimal | None
    bailiff_date: date | None
    eviction_date: date | None
    children_under_18: int | None
    occupant_birth_dates: tuple[date, ...]
    statushouder: bool
    known: bool
    note: str | None

    @property
    def key(self) -> tuple[str, str, date]:
        """What identifies a signal: (corporation code, reference, signal date)."""
        return (self.corporation_code, self.reference, self.signal_date)


@dataclass
class ParseResult:
    """Outcome of :func:`parse_signals`: the valid records and every problem found."""

    records: list[SignalRecord]
    errors: list[RowError]
    warnings: list[str]
    encoding: str
    delimiter: str
    #: non-empty data rows in the file
    rows_seen: int
    #: ignored columns (see :func:`parse_signals`) that held a value in some row, in order
    ignored_with_values: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no row has a problem (so the import can be all or nothing)."""
        return not self.errors


def _day(value: date) -> str:
    return f"{value:%d-%m-%Y}"


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class _Cells:
    """The cells of one row plus the problems found in them."""

    def __init__(
        self, values: Mapping[str, str], row: int, ignore: Collection[str] = ()
    ) -> None:
        self.row = row
        self.errors: list[RowError] = []
        self.cells: dict[str, str] = {}
        #: ignored columns that held a value in this row (their text is never read)
        self.ignored: set[str] = set()
        for key, value in values.items():
            column = str(key).strip().lower()
            text = "" if value is None else str(value).strip()
            if column in ignore:
                if text:
                    self.ignored.add(column)
                text = ""
            self.cells[column] = text

    def raw(self, column: str) -> str:
        return self.cells.get(column, "")

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.row, column, message))

    def parse(
        self, column: str, parser: Callable[[str], _T], required: str | None = None
    ) -> _T | None:
        """Parse a cell; ``required`` is the message for an empty cell (None: optional)."""
        text = self.raw(column)
        if not text:
            if required is not None:
                self.error(column, required)
            return None
        try:
            return parser(text)
        except ValueProblem as problem:
            self.error(column, problem.message)
        except Exception as unexpected:  # a cell must never crash the import
            self.error(column, f"cannot read this value ({type(unexpected).__name__})")
        return None

    def text(self, column: str, required: bool = True) -> str | None:
        """A free-text cell, trimmed with internal whitespace collapsed to single spaces."""
        value = " ".join(self.raw(column).split())
        if not value:
            if required:
                self.error(column, _REQUIRED)
            return None
        if any(unicodedata.category(char) == "Cc" for char in value):
            self.error(column, "contains control characters")
            return None
        return value

    def date_cell(
        self,
        column: str,
        today: date,
        required: str | None = None,
        future_allowed: bool = False,
    ) -> date | None:
        value = self.parse(column, parse_date, required)
        if value is None:
            return None
        if value < EARLIEST_DATE:
            self.error(column, f"{_day(value)} is not plausible (before 1900)")
            return None
        if not future_allowed and value > today:
            self.error(column, f"{_day(value)} is in the future (today is {_day(today)})")
            return None
        return value


#: why a row marked ``strafbaar_feit = ja`` is refused (H 1.3)
CRIMINAL_OFFENCE = (
    "outside the covenant (H 1.3): an eviction solely because of a criminal offence (fraud, "
    "cannabis growing, overcrowding); the signal is refused and nothing about the tenant is kept"
)


def _validate(
    values: Mapping[str, str],
    row: int,
    resolve_corporation: ResolveCorporation,
    today: date,
    ignore: Collection[str] = (),
) -> tuple[SignalRecord | None, list[RowError], tuple[str, str, date] | None]:
    cells = _Cells(values, row, ignore)
    too_long = [
        RowError(
            row,
            column,
            f"{len(text):,} characters is too long for this column (at most {limit:,})",
        )
        for column, text in cells.cells.items()
        if len(text) > (limit := MAX_CELL_BY_COLUMN.get(column, MAX_CELL))
    ]
    if too_long:  # nothing else of such a row is read
        return None, too_long, None

    # --- who sent it, and when
    corporation_code: str | None = None
    corporation = cells.text("corporatie")
    if corporation is not None:
        try:
            resolved = resolve_corporation(corporation)
        except Exception as unexpected:
            cells.error("corporatie", f"could not look up the corporation ({unexpected})")
        else:
            if isinstance(resolved, str) and resolved:
                corporation_code = resolved
            else:
                cells.error("corporatie", f"unknown corporation '{corporation}'")
    reference = cells.text("referentie")
    signal_date = cells.date_cell("melddatum", today, _REQUIRED)

    kind: str | None = None
    kind_text = cells.raw("soort")
    if not kind_text:
        cells.error("soort", _REQUIRED)
    else:
        candidate = re.sub(r"[\s-]+", "_", kind_text.lower())
        if candidate in SIGNAL_KINDS:
            kind = candidate
        else:
            cells.error(
                "soort",
                f"unknown kind '{kind_text}' (use huurachterstand, meer_dan_huurachterstand "
                "or zorgen_zonder_achterstand)",
            )

    consent_errors = len(cells.errors)
    consent = cells.parse("toestemming", parse_bool)
    if kind == CONSENT_KIND and consent is not True and len(cells.errors) == consent_errors:
        cells.error(
            "toestemming",
            "signal without arrears needs the tenant's consent (toestemming = ja)",
        )

    # --- the tenant
    name = cells.text("naam")
    street = cells.text("straat")
    house_number = cells.text("huisnummer")
    if house_number is not None and not _HOUSE_NUMBER.match(house_number):
        cells.error("huisnummer", "a house number starts with a number from 1 to 99999")
        house_number = None
    postcode = cells.parse("postcode", normalise_postcode, _REQUIRED)
    city = cells.text("woonplaats")
    phone = cells.parse("telefoon", normalise_phone)
    email = cells.parse("email", valid_email)

    birth_date = cells.parse("geboortedatum", parse_date, _REQUIRED)
    if birth_date is not None:
        if birth_date > today:
            cells.error("geboortedatum", f"{_day(birth_date)} is in the future")
            birth_date = None
        elif signal_date is not None:
            age = _age_on(birth_date, signal_date)
            if birth_date >= signal_date:
                cells.error(
                    "geboortedatum",
                    f"date of birth is not before the signal date (melddatum {_day(signal_date)})",
                )
                birth_date = None
            elif age < MIN_TENANT_AGE:
                cells.error(
                    "geboortedatum",
                    f"tenant would be {age} at the signal date; a tenant is at least "
                    f"{MIN_TENANT_AGE} (check the date of birth)",
                )
                birth_date = None
            elif age > MAX_AGE:
                cells.error(
                    "geboortedatum",
                    f"tenant would be {age} at the signal date, which is not plausible "
                    "(check the date of birth)",
                )
                birth_date = None
        elif _age_on(birth_date, today) > MAX_AGE or birth_date < EARLIEST_DATE:
            cells.error("geboortedatum", f"{_day(birth_date)} is not plausible")
            birth_date = None

    occupants = cells.parse("aantal_bewoners", parse_int, _REQUIRED)
    if occupants is not None and not 1 <= occupants <= MAX_OCCUPANTS:
        cells.error(
            "aantal_bewoners",
            "must be at least 1 (the tenant counts too)"
            if occupants < 1
            else f"{occupants} occupants is not plausible (at most {MAX_OCCUPANTS})",
        )
        occupants = None

    # --- the arrears
    arrears_required = (
        f"required for soort {kind} (the date the arrears arose)" if kind in ARREARS_KINDS else None
    )
    arrears_since = cells.date_cell("achterstand_sinds", today, arrears_required)
    if arrears_since is not None and signal_date is not None and arrears_since > signal_date:
        cells.error(
            "achterstand_sinds",
            f"{_day(arrears_since)} is after the signal date (melddatum {_day(signal_date)})",
        )
        arrears_since = None

    arrears_months = cells.parse("achterstand_maanden", parse_decimal)
    if arrears_months is not None:
        exponent = arrears_months.as_tuple().exponent
        if arrears_months < 0:
            cells.error("achterstand_maanden", "must not be negative")
            arrears_months = None
        elif isinstance(exponent, int) and exponent < -MONTHS_DECIMALS:
            cells.error("achterstand_maanden", "at most 1 decimal (e.g. 2,5)")
            arrears_months = None
        elif arrears_months > MAX_ARREARS_MONTHS:
            cells.error("achterstand_maanden", "not plausible (more than 999 months)")
            arrears_months = None
    arrears_amount = cells.parse("achterstand_bedrag", parse_amount)
    monthly_rent = cells.parse("maandhuur", parse_amount)
    bailiff_date = cells.date_cell("deurwaarder_gepland", today, future_allowed=True)
    eviction_date = cells.date_cell("ontruimingsdatum", today, future_allowed=True)

    # --- the household
    children = cells.parse("kinderen_onder_18", parse_int)
    if children is not None:
        tenant_is_minor = (
            birth_date is not None
            and signal_date is not None
            and _age_on(birth_date, signal_date) < 18
        )
        if children < 0:
            cells.error("kinderen_onder_18", "must not be negative")
            children = None
        elif occupants is not None and tenant_is_minor and children > occupants:
            cells.error(
                "kinderen_onder_18",
                f"{children} children under 18 but only {occupants} occupants (aantal_bewoners)",
            )
            children = None
        elif occupants is not None and not tenant_is_minor and children >= occupants:
            cells.error(
                "kinderen_onder_18",
                f"{children} children under 18 but {occupants} occupants (aantal_bewoners) "
                "including the tenant: at most "
                f"{occupants - 1}",
            )
            children = None

    occupant_birth_dates: list[date] = []
    occupant_dates_ok = True
    parts = cells.raw("geboortedata_bewoners").split(OCCUPANT_DATE_SEPARATOR)
    for number, part in enumerate((part.strip() for part in parts), start=1):
        if not part:
            continue
        try:
            born = parse_date(part)
        except ValueProblem as problem:
            cells.error("geboortedata_bewoners", f"date {number} '{part}': {problem.message}")
            occupant_dates_ok = False
            continue
        if born > today:
            cells.error("geboortedata_bewoners", f"date {number} {_day(born)} is in the future")
            occupant_dates_ok = False
        elif _age_on(born, today) > MAX_AGE:
            cells.error("geboortedata_bewoners", f"date {number} {_day(born)} is not plausible")
            occupant_dates_ok = False
        else:
            occupant_birth_dates.append(born)
    if occupant_dates_ok and occupants is not None and len(occupant_birth_dates) + 1 > occupants:
        cells.error(
            "geboortedata_bewoners",
            f"{len(occupant_birth_dates)} dates of birth of other occupants plus the tenant is "
            f"more than aantal_bewoners ({occupants})",
        )

    statushouder = cells.parse("statushouder", parse_bool)
    known = cells.parse("bekend_bij_wijkteam", parse_bool)
    note = cells.raw("notitie") or None
    # H 1.3: an eviction solely because of a criminal offence is outside the covenant; the
    # corporation marks it with strafbaar_feit = ja and the row is refused, as in the window
    if cells.parse("strafbaar_feit", parse_bool) is True:
        cells.error("strafbaar_feit", CRIMINAL_OFFENCE)

    key: tuple[str, str, date] | None = None
    if corporation_code is not None and reference is not None and signal_date is not None:
        key = (corporation_code, reference, signal_date)

    if cells.errors:
        return None, cells.errors, key
    assert corporation_code is not None and reference is not None and signal_date is not None
    assert kind is not None and name is not None and street is not None
    assert house_number is not None and postcode is not None and city is not None
    assert birth_date is not None and occupants is not None
    record = SignalRecord(
        row=row,
        corporation_code=corporation_code,
        reference=reference,
        signal_date=signal_date,
        kind=kind,
        consent=consent,
        name=name,
        street=street,
        house_number=house_number,
        postcode=postcode,
        city=city,
        phone=phone,
        email=email,
        birth_date=birth_date,
        occupants=occupants,
        arrears_since=arrears_since,
        arrears_months=arrears_months,
        arrears_amount=arrears_amount,
        monthly_rent=monthly_rent,
        bailiff_date=bailiff_date,
        eviction_date=eviction_date,
        children_under_18=children,
        occupant_birth_dates=tuple(occupant_birth_dates),
        statushouder=bool(statushouder),
        known=bool(known),
        note=note,
    )
    return record, [], key


def _validate_safely(
    values: Mapping[str, str],
    row: int,
    resolve_corporation: ResolveCorporation,
    today: date | None,
    ignore: Collection[str] = (),
) -> tuple[SignalRecord | None, list[RowError], tuple[str, str, date] | None]:
    try:
        return _validate(values, row, resolve_corporation, today or clock.today(), ignore)
    except Exception as unexpected:  # never let one row break the import or the form
        return None, [RowError(row, "-", f"cannot read this row ({unexpected!r})")], None


def validate_signal_fields(
    values: Mapping[str, str],
    row: int,
    resolve_corporation: ResolveCorporation,
    today: date | None = None,
) -> tuple[SignalRecord | None, list[RowError]]:
    """Check one signal given as ``{column name: text}`` (the CSV column names).

    Returns the record and no errors, or None and every problem found (one or more per
    column). ``resolve_corporation`` maps the ``corporatie`` text to an organisation code or
    None. ``today`` (default: the real today) bounds the dates that may not lie in the future.
    Never raises."""
    record, errors, _ = _validate_safely(values, row, resolve_corporation, today)
    return record, errors


def read_signal_table(data: bytes, file_name: str = "") -> Table:
    """A signal file as a table: an Excel workbook (by its ``.xlsx`` name or its content,
    see :func:`looks_like_workbook`) or else CSV."""
    if looks_like_workbook(data, file_name):
        return read_workbook(
            data,
            SIGNAL_COLUMNS,
            max_rows=MAX_WORKBOOK_ROWS,
            what="a signal file",
            preferred_sheet=SIGNAL_SHEET,
        )
    return read_table(data)


def parse_signals(
    data: bytes,
    resolve_corporation: ResolveCorporation,
    today: date | None = None,
    ignore: Collection[str] = (),
    file_name: str = "",
) -> ParseResult:
    """Read a signal export (CSV or an Excel workbook) and validate every row.

    The optional columns in ``ignore`` (those the covenant does not keep) are neither read nor
    checked: a malformed value there cannot refuse a row; `ignored_with_values` names them.

    Raises :class:`FileProblem` when the file cannot be read as a table at all (empty, not
    text, unreadable encoding, no header, duplicate column, unclosed quote); the message is
    meant for the user. Everything else ends up in ``errors`` (sorted by row) or ``warnings``.
    A row with any problem gives no record; ``records`` holds the valid rows only.
    ``file_name`` only tells a workbook (``.xlsx``) apart; the content does the rest."""
    table = read_signal_table(data, file_name)
    day = today or clock.today()
    warnings = [f"unknown column '{name}' ignored" for name in table.unknown_columns]
    warnings.extend(table.warnings)

    missing = [column for column in REQUIRED_COLUMNS if column not in table.headers]
    errors = [
        RowError(1, column, "required column is missing from the header") for column in missing
    ]

    cache: dict[str, str | None] = {}

    def resolve(text: str) -> str | None:
        if text not in cache:
            cache[text] = resolve_corporation(text)
        return cache[text]

    table_errors: dict[int, list[RowError]] = {}
    for problem in table.errors:
        table_errors.setdefault(problem.row, []).append(problem)

    records: list[SignalRecord] = []
    first_row_of: dict[tuple[str, str, date], int] = {}
    ignored: set[str] = set()
    for row, values in table.rows:
        record, row_errors, key = _validate_safely(values, row, resolve, day, ignore)
        if ignore:
            ignored.update(
                column
                for key, value in values.items()
                if (column := str(key).strip().lower()) in ignore and str(value or "").strip()
            )
        # a row with too many cells first: it explains the misplaced values after it
        row_errors = table_errors.get(row, []) + [
            error for error in row_errors if error.column not in missing
        ]
        if key is not None:
            first = first_row_of.setdefault(key, row)
            if first != row:
                row_errors.append(
                    RowError(
                        row,
                        "referentie",
                        f"same corporatie, referentie and melddatum as row {first}",
                    )
                )
        if record is not None and not row_errors:
            records.append(record)
        errors.extend(row_errors)

    errors.sort(key=lambda error: error.row)
    return ParseResult(
        records=records,
        errors=errors,
        warnings=warnings,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows_seen=len(table.rows),
        ignored_with_values=tuple(c for c in SIGNAL_COLUMNS if c in ignored),
    )
