"""Issue 12.6: a shared folder anyone can write to. Workbooks are read with caps (columns, rows,
size), the problems listed stop at a sensible number, and links, pipes and devices in the folder
are not read."""

from __future__ import annotations

import io
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from app.services.contacts.columns import CONTACT_COLUMNS
from app.services.contacts.contact_file import (
    MAX_FILE_BYTES,
    MAX_LISTED_PROBLEMS,
    parse_contact_list,
)
from app.services.contacts.folder import NotTaken, take_file
from app.services.contacts.messages_nl import file_problem_nl, not_taken_from, row_error_nl
from app.services.contacts.workbook import MAX_ROWS
from app.services.intake.problems import FileProblem
from tests.contacts.helpers import base_rows, contact_csv, contact_row, write_list


def _far_right_workbook(rows: int) -> bytes:
    """Every row has a value in column XFD (16,384), as the hostile file had."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contactlijst")
    sheet.append(list(CONTACT_COLUMNS))
    good = [contact_row(naam=f"Persoon {i}", code="YMERE") for i in range(rows)]
    for row in good:
        values: list[object] = [row.get(c, "") for c in CONTACT_COLUMNS]
        values += [None] * (16_383 - len(values)) + ["x"]
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_cell_in_column_xfd_does_not_make_every_row_16384_cells_long() -> None:
    data = _far_right_workbook(300)
    tracemalloc.start()
    try:
        parsed = parse_contact_list(data, "contactlijst.xlsx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(parsed.records) == 300 and parsed.errors == []
    assert peak < 60 * 1024 * 1024  # 300 rows x 16,384 cells would be far more


def test_a_worksheet_with_too_many_rows_is_refused() -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contactlijst")
    sheet.append(list(CONTACT_COLUMNS))
    for i in range(MAX_ROWS + 5):
        sheet.append(["Ymere", "YMERE", "corporatie", f"P {i}", "", "06-12345678"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(buffer.getvalue(), "contactlijst.xlsx")
    assert "more than 20,000 rows" in str(caught.value)
    assert "meer dan 20.000 rijen" in file_problem_nl(caught.value)


def test_a_file_larger_than_any_contact_list_is_refused() -> None:
    data = contact_csv(base_rows()) + b"x" * MAX_FILE_BYTES
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(data)
    assert "a contact list is at most 10 MB" in str(caught.value)
    assert "hoogstens 10 MB" in file_problem_nl(caught.value)


def test_problems_are_listed_up_to_a_sensible_number() -> None:
    rows = [contact_row(naam=f"P {i}", rol="deurwaarder") for i in range(3_000)]
    parsed = parse_contact_list(contact_csv(rows))
    assert len(parsed.errors) == MAX_LISTED_PROBLEMS + 1
    last = parsed.errors[-1]
    assert str(last).endswith("and 2,800 more problem(s); only the first 200 are listed")
    assert row_error_nl(last).endswith(
        "en nog 2.800 andere problemen; alleen de eerste 200 staan hierboven"
    )


def test_a_link_in_the_shared_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "elders" / "geheim.csv"
    write_list(secret.parent, contact_csv(base_rows()), secret.name)
    share = tmp_path / "share"
    share.mkdir()
    (share / "contactlijst.csv").symlink_to(secret)
    taken = take_file(share, settle_seconds=0, pause=lambda s: None)
    assert isinstance(taken, NotTaken)
    assert (taken.outcome, taken.reason) == ("missing", "not_a_file")
    assert "snelkoppeling" in not_taken_from(taken)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_in_the_shared_folder_is_refused_without_hanging(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    os.mkfifo(share / "contactlijst.csv")
    result: list[object] = []
    reader = threading.Thread(
        target=lambda: result.append(take_file(share, settle_seconds=0, pause=lambda s: None)),
        daemon=True,
    )
    reader.start()
    reader.join(30)
    assert not reader.is_alive(), "reading the pipe hung"
    assert isinstance(result[0], NotTaken) and result[0].reason == "not_a_file"
