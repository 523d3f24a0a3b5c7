"""docs/formats/signal-csv.md tells the truth: its column table, its minimal file, its example
files and the output it quotes are what the real import code and the real CLI do (issue 13.7)."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Case, InternalNote
from app.services.casework import load_context
from app.services.intake.columns import REQUIRED_COLUMNS, SIGNAL_COLUMNS
from app.services.intake.importer import import_signals, preview_signals
from app.services.intake.messages_nl import row_error_nl
from app.services.intake.minimise import not_stored
from app.services.intake.problems import FileProblem
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.format_docs import (
    EXAMPLES,
    column_table,
    doc_block,
    doc_lines,
    doc_session,
    doc_text,
)
from tests.helpers import cli
from tests.intake.helpers import workbook_claiming, workbook_without_sheets

PAGE = "signal-csv.md"
HAARLEM_DROPS = (
    "not stored under Convenant Preventie huisuitzettingen Haarlem: column(s) email, notitie; "
    "their values were dropped (B2 step 1: only the data the covenant needs)"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = initialise(
        tmp_path / "formats.db",
        DatabaseKey(passphrase="format docs passphrase"),
        load_profile("haarlem"),
        "Test",
    )
    yield opened
    opened.close()


def test_the_column_table_lists_every_column_in_order_with_what_is_required() -> None:
    table = column_table(PAGE)
    assert [name for name, _ in table] == list(SIGNAL_COLUMNS)
    assert {name for name, required in table if required == "yes"} == set(REQUIRED_COLUMNS)
    per_row = {name for name, required in table if required.startswith("per row")}
    assert per_row == {"toestemming", "achterstand_sinds"}
    assert {required for _, required in table} - {"yes", "no"} == {
        "per row: for `zorgen_zonder_achterstand`",
        "per row: for the two arrears kinds",
    }


def test_the_page_names_the_columns_the_shipped_covenants_do_not_keep() -> None:
    for name in ("haarlem", "amsterdam"):
        assert not_stored(load_profile(name)) == ("email", "notitie")
    assert "neither keeps **`email`** or **`notitie`**" in doc_text(PAGE)


def test_the_minimal_file_imports_as_one_signal(store: Store) -> None:
    data = doc_block(PAGE, "minimal-file").encode("utf-8")
    with store.transaction() as session:
        report = import_signals(session, data, load_context(session))
    assert (report.errors, report.warnings) == ([], [])
    assert (report.delimiter, report.encoding, len(report.created)) == (",", "utf-8", 1)
    with store.session() as session:
        case = session.scalars(select(Case)).one()
        assert (case.reference, case.signal_date, case.kind) == (
            "YM-40001",
            date(2026, 11, 16),
            "huurachterstand",
        )
        assert (case.tenant_name, case.postcode, case.arrears_since) == (
            "Sam de Boer",
            "2011 DD",
            date(2026, 9, 1),
        )


def test_the_complete_example_imports_every_signal_and_drops_what_is_not_kept(
    store: Store,
) -> None:
    data = (EXAMPLES / "meldingen.csv").read_bytes()
    data.decode("cp1252")  # the encoding the page says
    assert b"\r\n" in data and not data.startswith(b"\xef\xbb\xbf")
    with store.transaction() as session:
        report = import_signals(session, data, load_context(session))
    assert report.errors == []
    assert report.warnings == [HAARLEM_DROPS]
    assert (report.encoding, report.delimiter, report.rows_seen) == ("cp1252", ";", 4)
    assert len(report.created) == 4
    with store.session() as session:
        cases = {c.reference: c for c in session.scalars(select(Case))}
        assert sorted({c.kind for c in cases.values()}) == [
            "huurachterstand",
            "meer_dan_huurachterstand",
            "zorgen_zonder_achterstand",
        ]
        wit = cases["PW-88213"]
        assert (wit.signal_date, wit.arrears_cents, wit.monthly_rent_cents) == (
            date(2026, 10, 20),
            231075,
            66025,
        )
        assert wit.email is None  # in the file, but not kept under this covenant
        assert session.scalar(select(func.count()).select_from(InternalNote)) == 0  # notitie
        mulder = cases["YM-31022"]
        assert (mulder.phone, mulder.house_number, mulder.arrears_cents) == (
            "+31623456789",
            "12 zw",
            415000,
        )
        assert cases["YM-31007"].postcode == "2025 DC"
        assert cases["YM-31007"].consent is True
        assert cases["EW-2026-0412"].arrears_months_tenths == 20
    with store.transaction() as session:
        again = import_signals(session, data, load_context(session))
    assert (again.created, [row for row, _ in again.duplicates]) == ([], [2, 3, 4, 5])


def _run_session(page_block: str, examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(examples)
    for arguments, expected in doc_session(PAGE, page_block):
        run = cli(*arguments)
        # what a terminal shows: here warnings and problems come before the summary line
        assert run.err.splitlines() + run.out.splitlines() == expected, run.err + run.out


def test_the_quoted_command_line_output_is_what_the_cli_prints(
    db_path: Path, passphrase_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", "--profile", "haarlem").code == 0
    _run_session("cli-output-with-problems", EXAMPLES, monkeypatch)
    assert cli("import", EXAMPLES / "meldingen-met-fouten.csv").code == 1
    _run_session("cli-output-example", EXAMPLES, monkeypatch)


def test_the_example_with_problems_is_refused_whole_or_taken_in_part(
    db_path: Path, passphrase_env: str
) -> None:
    assert cli("init", "--profile", "haarlem").code == 0
    path = EXAMPLES / "meldingen-met-fouten.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    refused = cli("import", path, "--json")
    assert refused.code == 1
    assert (refused.json()["applied"], refused.json()["created"]) == (False, 0)
    taken = cli("import", path, "--partial", "--json")
    assert taken.code == 0
    result = taken.json()
    assert (result["applied"], result["created"], result["rows"]) == (True, 1, 7)
    assert sorted({e["row"] for e in result["errors"]}) == [3, 4, 5, 6, 7, 8]


#: a file for each whole-file message the page lists, in the page's order
UNREADABLE_FILES = (
    b"",
    codecs.BOM_UTF16_LE + "naam;straat".encode("utf-16-le"),
    b"PK\x03\x04 a workbook",
    b"naam;straat\x00\r\n",
    codecs.BOM_UTF8 + b"naam;straat\r\n\xff\r\n",
    b"naam;straat\r\nPr\x81\r\n",
    b"naam\r\nSam de Boer\r\n",
    b'naam;straat\r\n"Sam;Kleine Houtstraat\r\n',
    b"sep=|\r\nnaam|straat\r\n",
    b"sep=;\r\n",
    b"naam;straat;Naam\r\n",
    b";;\r\nSam;Kleine Houtstraat\r\n",
    workbook_without_sheets(),
    workbook_claiming(2**32 - 1),
)


def test_the_listed_whole_file_messages_are_what_the_import_says(store: Store) -> None:
    said = []
    for data in UNREADABLE_FILES:
        with store.session() as session, pytest.raises(FileProblem) as problem:
            preview_signals(session, data)
        said.append(str(problem.value))
    assert said == doc_lines(PAGE, "file-problems")


def test_the_quoted_window_problems_are_the_dutch_messages(store: Store) -> None:
    data = (EXAMPLES / "meldingen-met-fouten.csv").read_bytes()
    with store.session() as session:
        preview = preview_signals(session, data, profile=load_context(session).profile)
    shown = [row_error_nl(error) for error in preview.report.errors]
    assert shown == doc_lines(PAGE, "window-problems")
    assert [r.reference for r in preview.records] == ["YM-50001"]
    assert preview.records[0].arrears_amount == Decimal("1250.00")
