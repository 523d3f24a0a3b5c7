from __future__ import annotations

import codecs

import pytest

from app.services.intake.csv_reader import (
    FileProblem,
    decode_bytes,
    detect_delimiter,
    read_table,
)
from app.services.intake.signals import RowError

# ------------------------------------------------------------------ decode_bytes


def test_decode_utf8() -> None:
    assert decode_bytes("naam;plaats\r\nPré;€\r\n".encode()) == (
        "naam;plaats\r\nPré;€\r\n",
        "utf-8",
    )


def test_decode_utf8_with_bom_drops_the_bom() -> None:
    text, encoding = decode_bytes(codecs.BOM_UTF8 + "naam\r\nPré\r\n".encode())
    assert (text, encoding) == ("naam\r\nPré\r\n", "utf-8-sig")


def test_decode_windows_1252() -> None:
    assert decode_bytes("naam;bedrag\r\nPré;€ 10\r\n".encode("cp1252")) == (
        "naam;bedrag\r\nPré;€ 10\r\n",
        "cp1252",
    )


def test_decode_ascii_is_utf8() -> None:
    assert decode_bytes(b"a;b\r\n") == ("a;b\r\n", "utf-8")


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_decode_refuses_bytes_undefined_in_windows_1252(byte: int) -> None:
    with pytest.raises(FileProblem) as raised:
        decode_bytes(b"naam\r\nPr" + bytes([byte]) + b"\r\n")
    assert f"byte 0x{byte:02X} on line 2 is neither UTF-8 nor Windows-1252" in str(raised.value)


def test_decode_refuses_broken_utf8_after_a_bom() -> None:
    with pytest.raises(FileProblem, match="starts as UTF-8 but byte 0xE9 on line 2 is not UTF-8"):
        decode_bytes(codecs.BOM_UTF8 + "naam\r\nPré".encode("cp1252"))


def test_decode_refuses_binary() -> None:
    with pytest.raises(FileProblem, match=r"not a text file \(it contains NUL bytes\)"):
        decode_bytes(b"naam;x\r\nab\x00cd\r\n")


def test_decode_refuses_utf16() -> None:
    with pytest.raises(FileProblem, match="UTF-16"):
        decode_bytes("naam;x\r\n".encode("utf-16"))


def test_decode_refuses_xlsx() -> None:
    with pytest.raises(FileProblem, match="workbook"):
        decode_bytes(b"PK\x03\x04\x14\x00\x06\x00")


# ------------------------------------------------------------------ detect_delimiter


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("corporatie;referentie;melddatum", ";"),
        ("corporatie,referentie,melddatum", ","),
        ('"naam, voluit";referentie', ";"),
        ('"a;b",c,d', ","),
        ("a;b,c;d", ";"),
        ("a;b,c", ";"),  # a tie goes to ';' (Dutch Excel)
    ],
)
def test_detect_delimiter(line: str, expected: str) -> None:
    assert detect_delimiter(line) == expected


@pytest.mark.parametrize("line", ["corporatie", "corporatie\treferentie", '"a;b"', ""])
def test_detect_delimiter_refuses(line: str) -> None:
    with pytest.raises(FileProblem, match="neither ';' nor ','"):
        detect_delimiter(line)


# ------------------------------------------------------------------ read_table


def test_read_table_basics() -> None:
    table = read_table(b"Naam;Plaats\r\nSanne;Haarlem\r\nDirk;Heemstede\r\n")
    assert table.encoding == "utf-8"
    assert table.delimiter == ";"
    assert table.headers == ["naam", "plaats"]
    assert table.rows == [
        (2, {"naam": "Sanne", "plaats": "Haarlem"}),
        (3, {"naam": "Dirk", "plaats": "Heemstede"}),
    ]
    assert table.unknown_columns == ["plaats"]
    assert table.errors == []


def test_read_table_with_known_columns() -> None:
    table = read_table(b"naam,plaats\nx,y\n", known_columns=["naam", "plaats"])
    assert table.delimiter == ","
    assert table.unknown_columns == []


def test_header_case_and_spaces_are_normalised() -> None:
    table = read_table(b" NAAM ; Postcode\t;\xc2\xa0Melddatum\r\na;b;c\r\n")
    assert table.headers == ["naam", "postcode", "melddatum"]
    assert table.rows == [(2, {"naam": "a", "postcode": "b", "melddatum": "c"})]


def test_cells_are_trimmed() -> None:
    table = read_table(b"naam;plaats\r\n  Sanne  ; Haarlem\t\r\n")
    assert table.rows == [(2, {"naam": "Sanne", "plaats": "Haarlem"})]


def test_empty_rows_are_skipped_but_counted() -> None:
    table = read_table(b"naam;plaats\r\n\r\n;\r\n  ;  \r\nSanne;Haarlem\r\n\r\n")
    assert table.rows == [(5, {"naam": "Sanne", "plaats": "Haarlem"})]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(newline: str) -> None:
    data = newline.join(["naam;plaats", "a;b", "c;d", ""]).encode()
    assert [row for row, _ in read_table(data).rows] == [2, 3]


def test_no_trailing_newline() -> None:
    assert read_table(b"naam;plaats\r\na;b").rows == [(2, {"naam": "a", "plaats": "b"})]


def test_quoted_cells_with_delimiters_quotes_and_line_breaks() -> None:
    data = (
        b"naam;notitie;plaats\r\n"
        b'"Jong; de";"zegt ""hallo""\r\nen gaat";Haarlem\r\n'
        b'Smit;"a,b";"Heem;stede"\r\n'
    )
    table = read_table(data)
    assert table.rows == [
        (2, {"naam": "Jong; de", "notitie": 'zegt "hallo"\r\nen gaat', "plaats": "Haarlem"}),
        (3, {"naam": "Smit", "notitie": "a,b", "plaats": "Heem;stede"}),
    ]  # the line break inside quotes does not start a new spreadsheet row


def test_quotes_inside_an_unquoted_cell_are_text() -> None:
    table = read_table(b'naam;plaats\r\nDirk "DJ" Smit;Haarlem\r\n')
    assert table.rows == [(2, {"naam": 'Dirk "DJ" Smit', "plaats": "Haarlem"})]


def test_comma_file_with_quoted_commas() -> None:
    table = read_table(b'naam,bedrag\r\n"Smit, D.","1.234,56"\r\n')
    assert table.delimiter == ","
    assert table.rows == [(2, {"naam": "Smit, D.", "bedrag": "1.234,56"})]


def test_unclosed_quote_is_a_file_problem() -> None:
    with pytest.raises(FileProblem, match=r"row 3: a cell starts with a quote .* never closed"):
        read_table(b'naam;plaats\r\na;b\r\n"c;d\r\ne;f\r\n')


def test_short_rows_are_padded() -> None:
    assert read_table(b"naam;plaats;x\r\nSanne\r\n").rows == [
        (2, {"naam": "Sanne", "plaats": "", "x": ""})
    ]


def test_too_many_cells_is_a_row_error() -> None:
    table = read_table(b"naam;plaats\r\na;b\r\nJong; de;Haarlem\r\nc;d;;;\r\n")
    assert table.errors == [
        RowError(3, "-", "1 more filled cell than the header has columns; "
                 "is there an unquoted ';' inside a cell?"),
    ]  # fmt: skip
    assert [row for row, _ in table.rows] == [2, 3, 4]  # empty trailing cells are fine


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\r\n", "the file is empty"),
        (codecs.BOM_UTF8, "the file is empty"),
        (b";;;\r\na;b;c;d\r\n", "no header: row 1 is empty"),
        (b"naam;Naam\r\na;b\r\n", "duplicate column 'naam' (columns 1 and 2)"),
        (b"naam;x; naam \r\n", "duplicate column 'naam' (columns 1 and 3)"),
        (b"naam\r\nSanne\r\n", "neither ';' nor ','"),
        (b"\r\nnaam;plaats\r\n", "neither ';' nor ','"),
    ],
)
def test_file_problems(data: bytes, message: str) -> None:
    with pytest.raises(FileProblem) as raised:
        read_table(data)
    assert message in str(raised.value)


def test_excel_sep_line() -> None:
    table = read_table(b"sep=,\r\nnaam,plaats;x\r\na,b;c\r\n")
    assert table.delimiter == ","
    assert table.rows == [(2, {"naam": "a", "plaats;x": "b;c"})]


def test_nameless_columns_are_ignored_with_a_warning() -> None:
    table = read_table(b"naam;;plaats;\r\na;x;b;\r\nc;;d;\r\n")
    assert table.headers == ["naam", "plaats"]
    assert table.rows == [(2, {"naam": "a", "plaats": "b"}), (3, {"naam": "c", "plaats": "d"})]
    assert table.warnings == ["column 2 has no name in row 1; its values are ignored"]
