"""The contact list as an Excel workbook (.xlsx): the shared workbook reader, with its limits.

The reading itself (which worksheet, typed cells, row numbers as Excel shows them, damaged
files) is :mod:`app.services.intake.workbook`, the same as for a signal file. The first
worksheet that is not hidden is read.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.services.intake import workbook
from app.services.intake.csv_reader import Table

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "read_workbook"]

MAX_COLUMNS = workbook.MAX_COLUMNS
#: a contact list has a dozen columns and a few hundred rows
MAX_ROWS = 20_000


def read_workbook(data: bytes, known_columns: Iterable[str]) -> Table:
    """The contact list's worksheet as a :class:`Table` (encoding ``xlsx``)."""
    return workbook.read_workbook(data, known_columns, max_rows=MAX_ROWS, what="a contact list")
