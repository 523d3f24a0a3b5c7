"""Problem types shared by the intake modules (value parsers, CSV reader, signal validation).

They live in one small module so that ``values``, ``csv_reader`` and ``signals`` can share them
without importing each other in a circle; each of those modules re-exports the names it owns in
the public API (``values.ValueProblem``, ``csv_reader.FileProblem``, ``signals.RowError``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FileProblem", "RowError", "ValueProblem"]


class ValueProblem(ValueError):
    """A single cell or form value cannot be used; ``message`` is short English text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileProblem(Exception):
    """The file as a whole cannot be read (empty, binary, wrong encoding, no header...)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: ``row N, column X: what is wrong``.

    ``row`` is the row number a spreadsheet shows (header = 1, first signal = 2). ``column`` is
    the normalised column name, or ``"-"`` when the problem is not about a single column.
    """

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"
