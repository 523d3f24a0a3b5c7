"""Every check of a contact-list file: the message, the row and column, and that nothing changed.

Row numbers are the ones a spreadsheet shows (header = row 1). A file with any problem is
rejected as a whole: the current list, its versions and the confirmed addresses stay as they
were.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.services.contacts.contact_file import parse_contact_list
from app.services.contacts.sync import sync_folder
from app.services.intake.problems import FileProblem
from app.services.store import Store
from tests.contacts.helpers import (
    SAMPLE,
    base_rows,
    contact_csv,
    contact_row,
    contact_tables,
    contact_xlsx,
    write_list,
)

NO_REACH = contact_row(telefoon="", email="")
C = (
    "organisatie",
    "code",
    "rol",
    "naam",
    "functie",
    "telefoon",
    "email",
    "wijk",
    "geldig_vanaf",
)


def problems(rows: list[dict[str, str]], **kwargs: object) -> list[str]:
    parsed = parse_contact_list(contact_csv(rows, **kwargs))  # type: ignore[arg-type]
    return [str(e) for e in parsed.errors]


# --------------------------------------------------------------------------------------------
# one rule at a time: (rows, the problems it must report)

CASES: list[tuple[str, list[dict[str, str]], list[str]]] = [
    (
        "organisation empty",
        [contact_row(organisatie="")],
        ["row 2, column organisatie: required; the cell is empty"],
    ),
    ("role empty", [contact_row(rol="")], ["row 2, column rol: required; the cell is empty"]),
    ("name empty", [contact_row(naam=" ")], ["row 2, column naam: required; the cell is empty"]),
    (
        "unknown role",
        [contact_row(rol="huisarts")],
        [
            "row 2, column rol: unknown role 'huisarts' (use corporatie, wijkteam, sdv, "
            "troubleshooter, beleidsadviseur or uitvoerder)"
        ],
    ),
    (
        "salutation with a first name",
        [contact_row(aanhef="Beste Karin")],
        [
            "row 2, column aanhef: write mevrouw or de heer (the surname comes from naam), a "
            "title with the surname (mevrouw El Amrani) or the whole salutation (Geachte "
            "mevrouw Groen)"
        ],
    ),
    (
        "bad e-mail",
        [contact_row(email="k.vermeulen(at)elan")],
        ["row 2, column email: not an e-mail address"],
    ),
    (
        "phone with letters",
        [contact_row(telefoon="023-51500OO")],
        ["row 2, column telefoon: not a phone number (contains letters)"],
    ),
    (
        "phone too short",
        [contact_row(telefoon="023-515")],
        ["row 2, column telefoon: phone number too short (at least 10 digits)"],
    ),
    (
        "phone lost its leading zero",
        [contact_row(telefoon="235150000")],
        [
            "row 2, column telefoon: phone number must start with 0 or + (did the spreadsheet "
            "drop a leading zero?)"
        ],
    ),
    (
        "neither phone nor e-mail",
        [NO_REACH],
        [
            "row 2, column telefoon: a phone number or an e-mail address is needed "
            "(telefoon or email)"
        ],
    ),
    (
        "name too long",
        [contact_row(naam="K" * 201)],
        ["row 2, column naam: too long (201 characters; at most 200)"],
    ),
    (
        "control character",
        [contact_row(functie="incasso\x07")],
        ["row 2, column functie: contains control characters"],
    ),
    (
        "not a date",
        [contact_row(geldig_vanaf="januari")],
        ["row 2, column geldig_vanaf: not a date (use dd-mm-jjjj or jjjj-mm-dd)"],
    ),
    (
        "no such date",
        [contact_row(geldig_vanaf="31-02-2026")],
        ["row 2, column geldig_vanaf: no such date: 31-02-2026 (that month has no day 31)"],
    ),
    (
        "implausible date",
        [contact_row(geldig_vanaf="01-01-1850")],
        ["row 2, column geldig_vanaf: 01-01-1850 is not plausible (before 1900)"],
    ),
    (
        "same contact twice",
        [contact_row(), contact_row(naam="karin  VERMEULEN", telefoon="023-5150001")],
        ["row 3, column naam: same organisatie, rol, naam and wijk as row 2"],
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [(r, e) for _, r, e in CASES], ids=[name for name, _, _ in CASES]
)
def test_each_rule_reports_row_and_column(rows: list[dict[str, str]], expected: list[str]) -> None:
    assert problems(rows) == expected


@pytest.mark.parametrize(
    ("rows", "expected"), [(r, e) for _, r, e in CASES], ids=[name for name, _, _ in CASES]
)
def test_each_rule_changes_nothing(
    store: Store, share: Path, rows: list[dict[str, str]], expected: list[str]
) -> None:
    write_list(share, contact_csv(base_rows()))
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"
    before = contact_tables(store)
    write_list(share, contact_csv([*rows, *base_rows()[1:]]))  # the bad rows among good ones
    result = sync_folder(store, share, settle_seconds=0)
    assert result.outcome == "rejected"
    assert result.version == 1
    assert [str(e) for e in result.errors] == expected
    assert contact_tables(store) == before


def test_missing_required_columns_are_reported_once_in_row_1() -> None:
    columns = [c for c in C if c not in ("rol", "naam")]
    assert problems([contact_row(), contact_row(naam="X")], columns=columns) == [
        "row 1, column rol: required column is missing from the header",
        "row 1, column naam: required column is missing from the header",
    ]


def test_a_header_without_phone_and_email_columns() -> None:
    columns = [c for c in C if c not in ("telefoon", "email")]
    assert problems([contact_row()], columns=columns) == [
        "row 1, column telefoon: the header needs a telefoon or an email column"
    ]


def test_one_of_the_two_columns_is_enough() -> None:
    only_mail = [c for c in C if c != "telefoon"]
    assert problems([contact_row()], columns=only_mail) == []
    only_phone = [c for c in C if c != "email"]
    assert problems([contact_row()], columns=only_phone) == []


def test_every_problem_of_every_row_at_once_in_row_order() -> None:
    data = (
        b"organisatie;rol;naam;telefoon;email\r\n"
        b"Elan Wonen;corporatie;Karin;023-5150000;\r\n"
        b"\r\n"  # an empty row still counts, as in a spreadsheet
        b";huisarts;Piet;abc;piet@\r\n"
        b"Ymere;corporatie;Linda;;;extra\r\n"
    )
    parsed = parse_contact_list(data)
    assert [str(e) for e in parsed.errors] == [
        "row 4, column organisatie: required; the cell is empty",
        "row 4, column rol: unknown role 'huisarts' (use corporatie, wijkteam, sdv, "
        "troubleshooter, beleidsadviseur or uitvoerder)",
        "row 4, column telefoon: not a phone number (contains letters)",
        "row 4, column email: not an e-mail address",
        "row 5, column -: 1 more filled cell than the header has columns; is there an "
        "unquoted ';' inside a cell?",
        "row 5, column telefoon: a phone number or an e-mail address is needed (telefoon or email)",
    ]
    assert [r.name for r in parsed.records] == ["Karin"]


def test_unknown_columns_are_a_warning_not_an_error() -> None:
    parsed = parse_contact_list(
        contact_csv([contact_row(opmerking="x")], columns=[*C, "opmerking"])
    )
    assert parsed.ok
    assert parsed.warnings == ["unknown column 'opmerking' ignored"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (
            contact_csv([]),
            "the list has no contacts, only the header; an empty list is not taken",
        ),
        (
            codecs.BOM_UTF16_LE + "organisatie;rol".encode("utf-16-le"),
            "the file is UTF-16 ('Unicode text'), which is not supported; save it from the "
            "spreadsheet as 'CSV UTF-8' or 'CSV (semicolon-separated)'",
        ),
        (
            b"organisatie;rol;naam;rol\r\nA;sdv;B;sdv\r\n",
            "duplicate column 'rol' (columns 2 and 4)",
        ),
    ],
    ids=["empty", "header only", "utf-16", "duplicate column"],
)
def test_file_problems(store: Store, share: Path, data: bytes, message: str) -> None:
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(data)
    assert caught.value.message == message
    if data:  # an empty file is "being written", not rejected (see test_folder)
        write_list(share, data)
        result = sync_folder(store, share, settle_seconds=0)
        assert (result.outcome, result.problem, result.version) == ("rejected", message, None)
        assert contact_tables(store)["contact_list_versions"] == []


# --------------------------------------------------------------------------------------------
# encodings and formats


def test_sample_file_in_windows_1252() -> None:
    data = SAMPLE.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really Windows-1252
    parsed = parse_contact_list(data)
    assert parsed.ok and parsed.encoding == "cp1252" and parsed.delimiter == ";"
    assert len(parsed.records) == 8
    assert parsed.records[1].organisation == "Pré Wonen"
    assert {r.role for r in parsed.records} == {
        "corporatie",
        "wijkteam",
        "sdv",
        "troubleshooter",
        "beleidsadviseur",
    }


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_with_commas(bom: bytes) -> None:
    rows = [contact_row(organisatie="Pré Wonen", naam="Zoë Çelik", code="PRE")]
    parsed = parse_contact_list(bom + contact_csv(rows, delimiter=",", encoding="utf-8"))
    assert parsed.ok and parsed.delimiter == ","
    assert parsed.encoding == ("utf-8-sig" if bom else "utf-8")
    assert (parsed.records[0].organisation, parsed.records[0].name) == ("Pré Wonen", "Zoë Çelik")


def test_xlsx_written_by_openpyxl() -> None:
    from datetime import datetime

    data = contact_xlsx(
        [
            [
                "Pré Wonen",
                "PRE",
                "corporatie",
                "Youssef Amrani",
                "woonconsulent",
                "023-5160000",
                "y.amrani@prewonen.example",
                None,
                datetime(2026, 1, 1),
            ],
            [],  # an empty row in the sheet
            ["Ymere", "YMERE", "Corporatie", "Linda Groen", None, 880000000, None, None, None],
            ["Ymere", "YMERE", "sdv", "Iemand", None, None, "geen-adres", None, "1-1-2026"],
        ]
    )
    parsed = parse_contact_list(data, "contactlijst.xlsx")
    assert parsed.encoding == "xlsx"
    assert [str(e) for e in parsed.errors] == [
        "row 4, column telefoon: phone number must start with 0 or + (did the spreadsheet "
        "drop a leading zero?)",
        "row 5, column email: not an e-mail address",
    ]
    first = parsed.records[0]
    assert (first.organisation, first.role, first.valid_from.isoformat()) == (  # type: ignore[union-attr]
        "Pré Wonen",
        "corporatie",
        "2026-01-01",
    )


def test_xlsx_file_problems() -> None:
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(b"PK\x03\x04 not really a zip", "contactlijst.xlsx")
    assert caught.value.message.startswith("cannot read this workbook")
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(SAMPLE.read_bytes(), "contactlijst.xlsx")  # CSV named .xlsx
    assert caught.value.message.startswith("cannot read this workbook")
    with pytest.raises(FileProblem) as caught:  # a workbook named .csv
        parse_contact_list(contact_xlsx([]), "contactlijst.csv")
    assert caught.value.message.startswith("this is a workbook (.xlsx or another zip file)")
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(contact_xlsx([]), "contactlijst.xlsx")
    assert caught.value.message.startswith("the list has no contacts")
