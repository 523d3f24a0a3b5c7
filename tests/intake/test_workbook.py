"""Signals from an Excel workbook (issue 16.9): typed cells pass the same checks as the same text
in a CSV file, row numbers are Excel's, the right worksheet is read, and a damaged, protected or
not-really-xlsx file is refused with one clear message."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import pytest

from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.messages_nl import file_problem_nl, row_error_nl, warning_nl
from app.services.intake.problems import FileProblem
from app.services.intake.signals import MAX_WORKBOOK_ROWS, parse_signals, read_signal_table
from app.services.intake.workbook import MAX_UNPACKED_BYTES, NOT_A_WORKBOOK, cell_text
from tests.intake.helpers import (
    TODAY,
    csv_bytes,
    messages,
    resolve,
    signal_xlsx,
    typed_row,
    valid_row,
    workbook_claiming,
    workbook_without_sheets,
)


def parse_xlsx(data: bytes, name: str = "meldingen.xlsx"):  # type: ignore[no-untyped-def]
    return parse_signals(data, resolve, today=TODAY, file_name=name)


def refusal(data: bytes, name: str = "meldingen.xlsx") -> FileProblem:
    with pytest.raises(FileProblem) as caught:
        read_signal_table(data, name)
    return caught.value


# --------------------------------------------------------------------------------------------
# typed cells read as the same text would be


def test_typed_dates_amounts_counts_and_booleans_give_the_same_signal_as_the_csv_text() -> None:
    text = [valid_row(referentie="YM-1"), valid_row(referentie="YM-2", achterstand_bedrag="1234.5")]
    typed = [typed_row(referentie="YM-1"), typed_row(referentie="YM-2", achterstand_bedrag=1234.5)]
    from_csv = parse_signals(csv_bytes(text), resolve, today=TODAY)
    from_xlsx = parse_xlsx(signal_xlsx(typed))
    assert from_csv.errors == from_xlsx.errors == []
    assert from_xlsx.records == from_csv.records  # every field, row numbers too
    second = from_xlsx.records[1]
    assert (second.signal_date, second.arrears_amount, second.monthly_rent) == (
        datetime(2026, 11, 2).date(),
        Decimal("1234.50"),
        Decimal("806.20"),
    )
    assert (second.arrears_months, second.occupants, second.known) == (Decimal("2.5"), 3, True)
    assert (from_xlsx.encoding, from_xlsx.delimiter) == ("xlsx", "")


def test_dates_and_amounts_typed_as_text_in_the_sheet_are_read_as_in_a_csv_file() -> None:
    result = parse_xlsx(signal_xlsx([valid_row()]))
    assert result.errors == []
    assert result.records == parse_signals(csv_bytes([valid_row()]), resolve, today=TODAY).records


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234.5, "1234.5"),
        (1357.9500000000001, "1357.95"),  # what a formula leaves; Excel shows 15 digits
        (0.1 + 0.2, "0.3"),
        (612345678, "612345678"),
        (612345678.0, "612345678"),
        (1e-05, "0.00001"),
        (1.234, "1.2340"),  # not one thousand two hundred and thirty-four
        (True, "ja"),
        (False, "nee"),
        (datetime(2026, 11, 2), "2026-11-02"),
        (datetime(2026, 11, 2, 9, 15), "2026-11-02 09:15:00"),
        (None, ""),
        ("  tekst\u00a0", "tekst"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_a_typed_amount_with_three_decimals_is_not_read_as_thousands() -> None:
    result = parse_xlsx(signal_xlsx([typed_row(achterstand_bedrag=1.234)]))
    assert messages(result.errors, "achterstand_bedrag") == [
        "too many decimals (at most 2, whole cents)"
    ]


def test_a_phone_typed_as_a_number_gets_the_leading_zero_message_with_excels_row() -> None:
    result = parse_xlsx(
        signal_xlsx([typed_row(), None, typed_row(referentie="YM-9", telefoon=623456789)])
    )
    assert [str(e) for e in result.errors] == [
        "row 4, column telefoon: phone number must start with 0 or + (did the spreadsheet "
        "drop a leading zero?)"
    ]
    assert row_error_nl(result.errors[0]).startswith("Rij 4, kolom telefoon: een telefoonnummer")
    assert [r.row for r in result.records] == [2]
    assert result.rows_seen == 2  # the empty row 3 is skipped but counted


def test_a_date_cell_with_a_time_of_day_is_not_a_date_just_as_in_a_csv_file() -> None:
    typed = parse_xlsx(signal_xlsx([typed_row(melddatum=datetime(2026, 11, 2, 9, 15))]))
    text = parse_signals(
        csv_bytes([valid_row(melddatum="2026-11-02 09:15:00")]), resolve, today=TODAY
    )
    assert [str(e) for e in typed.errors] == [str(e) for e in text.errors]
    assert messages(typed.errors, "melddatum") == ["not a date (use dd-mm-jjjj or jjjj-mm-dd)"]


def test_a_typed_date_in_the_future_is_named_like_the_text() -> None:
    result = parse_xlsx(signal_xlsx([typed_row(melddatum=datetime(2026, 12, 1))]))
    assert messages(result.errors, "melddatum") == [
        "01-12-2026 is in the future (today is 23-11-2026)"
    ]


def test_a_value_under_a_nameless_header_cell_is_ignored_with_a_warning() -> None:
    data = signal_xlsx([{**typed_row(), "": "x"}], [*SIGNAL_COLUMNS, ""])
    result = parse_xlsx(data)
    assert result.errors == [] and len(result.records) == 1
    assert result.warnings == [
        f"column {len(SIGNAL_COLUMNS) + 1} has no name in row 1; its values are ignored"
    ]


# --------------------------------------------------------------------------------------------
# which worksheet


def test_the_worksheet_named_meldingen_is_read_wherever_it_is() -> None:
    data = signal_xlsx([typed_row()], title="MELDINGEN ", before=["Toelichting", "Codes"])
    result = parse_xlsx(data)
    assert [r.reference for r in result.records] == ["YM-1"]
    assert result.warnings == [
        "worksheet 'MELDINGEN ' was read; the other worksheets are ignored: 'Toelichting', 'Codes'"
    ]
    assert warning_nl(result.warnings[0]) == (
        "Het werkblad 'MELDINGEN ' is gelezen; de andere werkbladen worden overgeslagen: "
        "'Toelichting', 'Codes'."
    )


def test_without_a_meldingen_sheet_the_first_visible_one_is_read() -> None:
    data = signal_xlsx([typed_row()], title="Export", before=["Lijsten"], hidden=["Lijsten"])
    result = parse_xlsx(data)
    assert [r.reference for r in result.records] == ["YM-1"]
    assert result.warnings == []  # the hidden sheet is nobody's surprise
    first = signal_xlsx([typed_row()], title="Blad2", before=["Blad1"])
    table = read_signal_table(first, "export.xlsx")
    assert table.headers == ["uitleg op het werkblad blad1"]  # the first sheet, as documented
    assert table.warnings == [
        "worksheet 'Blad1' was read; the other worksheets are ignored: 'Blad2'"
    ]


# --------------------------------------------------------------------------------------------
# files that are not (readable) workbooks


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"PK\x03\x04 not really a zip", "meldingen.xlsx"),
        (signal_xlsx([typed_row()])[:2000], "meldingen.xlsx"),  # cut off while copying
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "meldingen.xlsx"),  # protected
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "meldingen.xls"),  # old .xls
        (csv_bytes([valid_row()]), "meldingen.xlsx"),  # a CSV file with the wrong name
        (b"", "meldingen.xlsx"),
    ],
)
def test_a_damaged_protected_or_not_really_xlsx_file_gets_one_clear_message(
    data: bytes, name: str
) -> None:
    problem = refusal(data, name)
    assert problem.message == NOT_A_WORKBOOK
    assert file_problem_nl(problem).startswith("Deze Excel-werkmap kan niet worden gelezen")


def test_a_workbook_is_recognised_by_its_content_whatever_its_name() -> None:
    result = parse_xlsx(signal_xlsx([typed_row()]), "export-oktober.csv")
    assert (result.encoding, len(result.records)) == ("xlsx", 1)


def test_a_workbook_without_a_worksheet() -> None:
    problem = refusal(workbook_without_sheets())
    assert problem.message == "the workbook has no worksheet"
    assert file_problem_nl(problem) == "De Excel-werkmap heeft geen werkblad."


def test_an_empty_worksheet_and_one_without_a_header() -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert refusal(buffer.getvalue()).message == "the file is empty"
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["Ymere", "YM-1"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert refusal(buffer.getvalue()).message.startswith("no header: row 1 is empty")


def test_a_worksheet_with_more_rows_than_any_export_is_refused() -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Meldingen")
    sheet.append(["referentie"])
    for number in range(MAX_WORKBOOK_ROWS + 1):
        sheet.append([number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    problem = refusal(buffer.getvalue())
    assert problem.message == (
        "the worksheet has more than 50,000 rows; a signal file has far fewer "
        "(is this the right file?)"
    )
    assert file_problem_nl(problem) == (
        "Het werkblad heeft meer dan 50.000 rijen; een meldingenbestand heeft er veel minder. "
        "Is dit het goede bestand?"
    )


def test_formatted_empty_cells_far_down_do_not_count_as_rows() -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(signal_xlsx([typed_row()])))
    sheet = workbook["Meldingen"]
    sheet.cell(row=1_048_576, column=1).number_format = "0.00"  # styled, no value
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = parse_xlsx(buffer.getvalue())
    assert (result.errors, result.rows_seen, len(result.records)) == ([], 1, 1)


def test_a_zip_that_claims_more_than_vangnet_reads_is_refused_before_reading() -> None:
    problem = refusal(workbook_claiming(MAX_UNPACKED_BYTES + 1024 * 1024))
    assert problem.message == (
        "the workbook unpacks to 401 MB, more than the 400 MB Vangnet reads "
        "(is this the right file?)"
    )
    assert file_problem_nl(problem) == (
        "Uitgepakt is deze Excel-werkmap 401 MB, meer dan de 400 MB die Vangnet leest. "
        "Is dit het goede bestand?"
    )
    assert parse_xlsx(workbook_claiming(MAX_UNPACKED_BYTES // 2)).errors == []  # below: read
