"""Whatever arrives, the import answers with records or row errors, or raises FileProblem."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.csv_reader import FileProblem, read_table
from app.services.intake.signals import ParseResult, parse_signals, validate_signal_fields
from tests.intake.helpers import TODAY, csv_text, resolve, valid_row

NASTY = st.sampled_from([";", ",", '"', '""', "\n", "\r", "\r\n", "\x00", "|", "€", " ", "é", "-"])
cell_text = st.one_of(
    st.text(max_size=20),
    st.lists(st.one_of(NASTY, st.text(max_size=3)), max_size=6).map("".join),
)
#: columns whose value decides whether another column is valid
CASCADES = {
    "melddatum": ("geboortedatum", "achterstand_sinds"),
    "soort": ("toestemming", "achterstand_sinds"),
    "aantal_bewoners": ("kinderen_onder_18", "geboortedata_bewoners"),
    "geboortedatum": ("kinderen_onder_18",),
}
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_result(data: bytes) -> None:
    try:
        result = parse_signals(data, resolve, today=TODAY)
    except FileProblem as problem:
        assert str(problem)
        return
    assert isinstance(result, ParseResult)
    error_rows = {e.row for e in result.errors}
    assert all(r.row not in error_rows for r in result.records)
    assert len(result.records) <= result.rows_seen
    assert all(e.row >= 1 and e.column and e.message for e in result.errors)
    assert result.ok == (not result.errors)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    check_result(data)


@SETTINGS
@given(
    st.lists(st.dictionaries(st.sampled_from(SIGNAL_COLUMNS), cell_text), max_size=5),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "cp1252"]),
    st.sampled_from(["\r\n", "\n"]),
)
def test_random_rows(
    changes: list[dict[str, str]], delimiter: str, encoding: str, newline: str
) -> None:
    rows = [valid_row(referentie=f"R{i}") | change for i, change in enumerate(changes)]
    text = csv_text(rows, delimiter=delimiter, newline=newline)
    check_result(text.encode(encoding, errors="replace"))


@SETTINGS
@given(st.lists(cell_text, min_size=1, max_size=30), st.sampled_from([";", ","]))
def test_random_lines(cells: list[str], delimiter: str) -> None:
    """Raw, unquoted text: delimiters, quotes and line breaks land anywhere."""
    header = delimiter.join(SIGNAL_COLUMNS)
    check_result((header + "\r\n" + delimiter.join(cells)).encode())


@SETTINGS
@given(st.dictionaries(st.text(max_size=25), cell_text, max_size=30))
def test_form_values_never_raise(values: dict[str, str]) -> None:
    record, errors = validate_signal_fields(values, 1, resolve, today=TODAY)
    assert (record is None) == bool(errors)


@SETTINGS
@given(st.sampled_from(SIGNAL_COLUMNS), cell_text)
def test_one_odd_cell_never_raises(column: str, text: str) -> None:
    record, errors = validate_signal_fields(valid_row(**{column: text}), 1, resolve, today=TODAY)
    assert (record is None) == bool(errors)
    assert {e.column for e in errors} <= {column, *CASCADES.get(column, ())}


@SETTINGS
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=TODAY),
    st.integers(min_value=1, max_value=9),
    st.decimals(min_value=0, max_value=99999, places=2),
)
def test_valid_values_survive_the_round_trip(
    signal_date: date, occupants: int, amount: Decimal
) -> None:
    row = valid_row(
        melddatum=f"{signal_date:%d-%m-%Y}",
        geboortedatum="01-01-1970",
        achterstand_sinds=f"{signal_date:%Y-%m-%d}",
        aantal_bewoners=str(occupants),
        kinderen_onder_18="",
        geboortedata_bewoners="",
        achterstand_bedrag=str(amount).replace(".", ","),
    )
    result = parse_signals(csv_text([row]).encode("cp1252"), resolve, today=TODAY)
    assert result.errors == []
    record = result.records[0]
    assert record.signal_date == signal_date
    assert record.occupants == occupants
    assert record.arrears_amount == amount


@SETTINGS
@given(st.binary(max_size=200))
def test_read_table_only_raises_file_problem(data: bytes) -> None:
    try:
        table = read_table(data)
    except FileProblem:
        return
    assert all(row >= 2 for row, _ in table.rows)
