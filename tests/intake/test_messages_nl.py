"""Every problem the intake checks can report has real Dutch wording (not the generic fallback).

The messages are collected by driving the real validators with bad input — a catalogue of known
bad values per column plus random text from hypothesis — and every distinct message must match a
pattern of `messages_nl`. The other way round, every pattern must be produced by at least one
real message, so the patterns cannot drift away from the validators unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.intake import messages_nl
from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.csv_reader import read_table
from app.services.intake.messages_nl import (
    column_label_nl,
    file_problem_nl,
    message_nl,
    row_error_nl,
    to_dutch,
    warning_nl,
)
from app.services.intake.problems import FileProblem, RowError, ValueProblem
from app.services.intake.signals import read_signal_table, validate_signal_fields
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
from app.services.intake.workbook import read_workbook
from tests.intake.helpers import (
    TODAY,
    csv_bytes,
    parse,
    resolve,
    signal_xlsx,
    valid_row,
    workbook_claiming,
    workbook_without_sheets,
)

# English that must never survive into Dutch wording (checked on the known catalogue only:
# random user text may contain anything)
ENGLISH = re.compile(
    r"\b(the|not|must|expected|required|empty|future|unknown|occupants|children|date of birth|"
    r"signal|cell|row|column|phone number|amount|number|use|at most|at least|before|after)\b"
)

# Bad values per column: every message template of the validators is reached by one of these.
BAD_VALUES: dict[str, tuple[str, ...]] = {
    "corporatie": ("", "Woonbron", "Jan\x01Wonen"),
    "referentie": ("", "YM\x02", "Y" * 201),
    "melddatum": (
        "",
        "gisteren",
        "01-12-2026",
        "01-01-1850",
        "31-02-2026",
        "01-13-2026",
        "01-01-0000",
        "2026-11-31",
    ),
    "soort": ("", "overlast", "huur achterstand x"),
    "naam": ("", "Sanne\x07"),
    "straat": ("",),
    "huisnummer": ("", "a1", "0", "123456"),
    "postcode": ("", "12", "1234 SA", "0123 AB", "1234 ABC"),
    "woonplaats": ("",),
    "telefoon": (
        "06-abc",
        "06#1234567",
        "+31 6 1234",
        "+31 6 123456789012",
        "+44 12",
        "612345678",
        "06123",
        "0612345678901",
    ),
    "email": ("sanne@", "a" * 65 + "@example.nl", "geen mail"),
    "geboortedatum": (
        "",
        "morgen",
        "01-01-2030",
        "02-11-2026",
        "01-01-2015",
        "01-01-1901",
        "30-02-1980",
    ),
    "aantal_bewoners": ("", "drie", "0", "-1", "100", "1.5"),
    "achterstand_sinds": ("", "01-12-2026", "15-11-2026", "01-01-1850", "sinds kort"),
    "achterstand_maanden": ("twee", "-1", "2,55", "1000", "1.000,5"),
    "achterstand_bedrag": (
        "-5",
        "abc",
        "1.234,56,7",
        "12.34,56",
        "1.2.3",
        "1,2345",
        "2000000000",
        "€",
        "1.234.567,891",
    ),
    "maandhuur": ("€ -806,20", "806,2,0"),
    "deurwaarder_gepland": ("volgende week", "01-01-1850"),
    "ontruimingsdatum": ("32-12-2026",),
    "kinderen_onder_18": ("-1", "3", "veel"),
    "geboortedata_bewoners": (
        "abc",
        "01-01-2030",
        "01-01-1850",
        "01-01-1990|01-02-1991|x",
        "01-01-1990|02-02-1992|03-03-1993",
        "31-04-2000",
    ),
    "statushouder": ("misschien",),
    "bekend_bij_wijkteam": ("soms",),
    "toestemming": ("misschien",),
}

# Whole rows whose problems come from combinations of cells.
BAD_ROWS: tuple[dict[str, str], ...] = (
    valid_row(soort="zorgen_zonder_achterstand", toestemming="", achterstand_sinds=""),
    valid_row(soort="zorgen_zonder_achterstand", toestemming="nee"),
    valid_row(soort="meer_dan_huurachterstand", achterstand_sinds=""),
    # a tenant of 17 with more children than occupants
    valid_row(
        geboortedatum="01-01-2009",
        aantal_bewoners="1",
        kinderen_onder_18="2",
        geboortedata_bewoners="",
    ),
    # date of birth can only be checked against today when the signal date is unusable
    valid_row(melddatum="kapot", geboortedatum="01-01-1890"),
    valid_row(melddatum="kapot", geboortedatum="01-01-1850"),
    # a tenant older than 120 at the signal date
    valid_row(geboortedatum="01-01-1900"),
    valid_row(aantal_bewoners="1", geboortedata_bewoners="01-01-1990", kinderen_onder_18=""),
)


class ExplodingMapping(Mapping[str, str]):
    """A row that cannot even be read: the validator must report, not raise."""

    def __getitem__(self, key: str) -> str:
        raise RuntimeError("broken row")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("broken row")

    def __len__(self) -> int:
        return 1


def explode(_text: str) -> str | None:
    raise LookupError("organisation table unavailable")


def _validate(
    values: Mapping[str, str], resolver: Callable[[str], str | None] = resolve
) -> list[RowError]:
    record, errors = validate_signal_fields(values, 2, resolver, today=TODAY)
    assert (record is None) == bool(errors)
    return errors


def catalogue_errors() -> list[RowError]:
    errors: list[RowError] = []
    for column, bad_values in BAD_VALUES.items():
        for value in bad_values:
            errors.extend(_validate(valid_row(**{column: value})))
    for row in BAD_ROWS:
        errors.extend(_validate(row))
    errors.extend(_validate(valid_row(), explode))
    errors.extend(_validate(ExplodingMapping()))
    # the parsers themselves (the form and the contact sync call them directly, also on "")
    parsers: tuple[Callable[[str], object], ...] = (
        parse_date,
        parse_amount,
        parse_decimal,
        parse_int,
        parse_bool,
        normalise_phone,
        normalise_postcode,
        valid_email,
    )
    for parser in parsers:
        for text in ("", "   ", "x"):
            try:
                parser(text)
            except ValueProblem as problem:
                errors.append(RowError(2, "-", problem.message))
    # whole-file checks: duplicate keys, too many cells, a missing required column
    result = parse(csv_bytes([valid_row(), valid_row()]))
    errors.extend(result.errors)
    text = csv_bytes([valid_row()]).decode() + "Ymere;YM-9;02-11-2026;huurachterstand" + ";x" * 30
    errors.extend(parse(text.encode()).errors)
    one_extra = csv_bytes([valid_row()]).decode() + ";".join(valid_row(referentie="YM-8").values())
    errors.extend(parse((one_extra + ";extra\r\n").encode()).errors)
    columns = [c for c in SIGNAL_COLUMNS if c != "postcode"]
    errors.extend(parse(csv_bytes([valid_row()], columns=columns)).errors)
    return errors


def test_every_catalogued_message_has_dutch_wording() -> None:
    errors = catalogue_errors()
    messages = sorted({error.message for error in errors})
    assert len(messages) > 60  # the catalogue really exercises the validators
    missing = [m for m in messages if message_nl(m) is None]
    assert missing == []
    for error in errors:
        dutch = to_dutch(error)
        leftover = ENGLISH.search(dutch.replace("'", " "))
        # interpolated user text ('Woonbron', 'overlast', ...) may be anything; the rest is Dutch
        quoted = re.sub(r"'[^']*'", "", dutch)
        assert leftover is None or ENGLISH.search(quoted) is None, (error.message, dutch)


def test_every_pattern_is_reached_by_a_real_message() -> None:
    messages = {error.message for error in catalogue_errors()}
    # the one message a parser only gives for an unexpected exception inside it
    messages.add("cannot read this value (TypeError)")
    # the importer's check against the covenant profile's kinds
    from app.services.intake.importer import kind_not_in_covenant

    messages.add(kind_not_in_covenant("zorgen_zonder_achterstand", ("huurachterstand",)))
    unused = [
        pattern.pattern
        for pattern, _ in messages_nl._CELL_PATTERNS
        if not any(pattern.fullmatch(message) for message in messages)
    ]
    assert unused == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    column=st.sampled_from([c for c in SIGNAL_COLUMNS if c != "notitie"]),
    text=st.one_of(
        st.text(max_size=24),
        st.text(alphabet="0123456789-/.,| €+ab", max_size=24),
        st.builds(
            lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
            st.integers(-1, 40),
            st.integers(-1, 14),
            st.integers(0, 2200),
            st.sampled_from(["-", "/", "."]),
        ),
    ),
)
def test_random_input_gets_dutch_wording(column: str, text: str) -> None:
    for error in _validate(valid_row(**{column: text})):
        assert message_nl(error.message) is not None, error.message
        assert column_label_nl(error.column)  # every column has a label


@settings(max_examples=150, deadline=None)
@given(values=st.dictionaries(st.sampled_from(SIGNAL_COLUMNS), st.text(max_size=12)))
def test_random_rows_get_dutch_wording(values: dict[str, str]) -> None:
    for error in _validate(values):
        assert message_nl(error.message) is not None, error.message


# --------------------------------------------------------------------------------------------
# examples people will see


@pytest.mark.parametrize(
    ("message", "dutch"),
    [
        ("not a Dutch postcode (expected 1234 AB)", "geen geldige postcode (bijvoorbeeld 1234 AB)"),
        ("required; the cell is empty", "verplicht, maar niet ingevuld"),
        (
            "01-12-2026 is in the future (today is 23-11-2026)",
            "01-12-2026 ligt in de toekomst (vandaag is het 23-11-2026)",
        ),
        (
            "must be at least 1 (the tenant counts too)",
            "moet minstens 1 zijn (de huurder telt ook mee)",
        ),
        (
            "date 2 '31-02-2020': no such date: 31-02-2020 (that month has no day 31)",
            "datum 2 '31-02-2020': deze datum bestaat niet: 31-02-2020 "
            "(die maand heeft geen dag 31)",
        ),
        (
            "required for soort meer_dan_huurachterstand (the date the arrears arose)",
            "verplicht bij soort meer dan huurachterstand "
            "(de datum waarop de achterstand ontstond)",
        ),
        (
            "1 dates of birth of other occupants plus the tenant is more than aantal_bewoners (1)",
            "1 geboortedatum van een andere bewoner plus de huurder is meer dan het aantal "
            "bewoners (1)",
        ),
        ("unknown corporation 'it's {0} odd'", "onbekende corporatie 'it's {0} odd'"),
    ],
)
def test_examples(message: str, dutch: str) -> None:
    assert message_nl(message) == dutch


def test_row_error_line_names_row_and_column_as_the_file_does() -> None:
    error = RowError(7, "postcode", "not a Dutch postcode (expected 1234 AB)")
    assert (
        row_error_nl(error) == "Rij 7, kolom postcode: geen geldige postcode (bijvoorbeeld 1234 AB)"
    )
    whole_row = RowError(
        9,
        "-",
        "2 more filled cells than the header has columns; is there an unquoted ';' inside a cell?",
    )
    assert row_error_nl(whole_row).startswith("Rij 9: 2 gevulde cellen meer")


def test_unknown_message_gets_a_safe_generic_sentence_with_the_column_label() -> None:
    dutch = to_dutch(RowError(3, "aantal_bewoners", "something new went wrong"))
    assert "aantal bewoners" in dutch
    assert "something" not in dutch
    assert to_dutch(RowError(3, "-", "something new")).startswith("deze rij")


def test_column_labels() -> None:
    assert column_label_nl("aantal_bewoners") == "aantal bewoners"
    assert column_label_nl("email") == "e-mailadres"
    assert column_label_nl("iets_anders") == "iets anders"
    assert all(column_label_nl(c) for c in SIGNAL_COLUMNS)


# --------------------------------------------------------------------------------------------
# the file as a whole and warnings


BAD_FILES: tuple[bytes, ...] = (
    b"",
    b"   \r\n",
    b"\xff\xfeu\x00t\x00f\x00",
    b"PK\x03\x04rest of a zip",
    b"naam;\x00;binary",
    b"\xef\xbb\xbfnaam;straat\r\n\x81\x82;x\r\n",
    b"naam;straat\r\nJan;\x81\x8d\x8f\x90\x9d\r\n",
    b"naam straat\r\n",
    b'naam;straat\r\n"Jan;Dorpsstraat\r\n',
    b"sep=|\r\nnaam|straat\r\n",
    b"sep=;\r\n",
    b"naam;naam\r\nJan;Piet\r\n",
    b";;\r\nJan;Piet;Klaas\r\n",
)


def _file_problem(data: bytes) -> FileProblem:
    with pytest.raises(FileProblem) as caught:
        read_table(data)
    return caught.value


@pytest.mark.parametrize("data", BAD_FILES)
def test_every_file_problem_has_dutch_wording(data: bytes) -> None:
    problem = _file_problem(data)
    dutch = file_problem_nl(problem)
    assert not dutch.startswith("Het bestand kan niet als tabel worden gelezen"), problem.message
    assert "save it" not in dutch and "the file" not in dutch


def _bad_workbooks() -> list[FileProblem]:
    """One workbook for each of the workbook reader's whole-file messages."""
    problems = [
        _workbook_problem(b"PK\x03\x04 broken"),
        _workbook_problem(workbook_claiming(2**32 - 1)),
        _workbook_problem(workbook_without_sheets()),
    ]
    two_rows = signal_xlsx([valid_row(), valid_row(referentie="YM-2")])
    for what in ("a signal file", "a contact list"):
        with pytest.raises(FileProblem) as caught:
            read_workbook(two_rows, SIGNAL_COLUMNS, max_rows=1, what=what)
        problems.append(caught.value)
    return problems


def _workbook_problem(data: bytes) -> FileProblem:
    with pytest.raises(FileProblem) as caught:
        read_signal_table(data, "meldingen.xlsx")
    return caught.value


def test_every_workbook_problem_has_dutch_wording() -> None:
    for problem in _bad_workbooks():
        dutch = file_problem_nl(problem)
        assert not dutch.startswith("Het bestand kan niet als tabel"), problem.message
        assert re.search(ENGLISH, dutch) is None, dutch


def test_every_file_pattern_is_reached() -> None:
    messages = {_file_problem(data).message for data in BAD_FILES}
    messages |= {problem.message for problem in _bad_workbooks()}
    unused = [
        pattern.pattern
        for pattern, _ in messages_nl._FILE_PATTERNS
        if not any(pattern.fullmatch(message) for message in messages)
    ]
    assert unused == []


def test_binary_file_message() -> None:
    dutch = file_problem_nl(_file_problem(b"\x00\x01\x02\x03"))
    assert dutch.startswith("Dit is geen tekstbestand")
    assert "CSV" in dutch


def test_unknown_file_problem_is_still_dutch() -> None:
    assert file_problem_nl("something odd").startswith("Het bestand kan niet als tabel")


def test_warnings() -> None:
    header = ";".join([*SIGNAL_COLUMNS, "extra", ""])
    row = ";".join([*valid_row().values(), "1", "waarde"])
    result = parse(f"{header}\r\n{row}\r\n".encode())
    dutch = [warning_nl(w) for w in result.warnings]
    assert dutch == [
        "Onbekende kolom 'extra' wordt overgeslagen.",
        f"Kolom {len(SIGNAL_COLUMNS) + 2} heeft geen naam in rij 1; wat in die kolom staat, "
        "wordt overgeslagen.",
    ]
    assert warning_nl("known corporations: Elan Wonen, Ymere") == (
        "Bekende corporaties: Elan Wonen, Ymere."
    )
    sheets = read_signal_table(signal_xlsx([valid_row()], before=["Uitleg"])).warnings
    assert [warning_nl(w) for w in sheets] == [
        "Het werkblad 'Meldingen' is gelezen; de andere werkbladen worden overgeslagen: 'Uitleg'."
    ]


def test_today_is_fixed() -> None:
    assert date(2026, 11, 23) == TODAY
