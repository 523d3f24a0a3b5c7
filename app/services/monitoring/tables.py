"""A report table: counts only, in rows and columns, with totals — and nothing else.

A `CountTable` can hold nothing but whole numbers and the labels of its rows and columns (which
are categories: corporations, kinds, outcomes, months — never a person). That is what makes a
report anonymous by construction (PR 2.1b): there is no field a name, a reference, a date of
birth or a note could go into.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """What a table counts, said once: shown next to the numbers in the window and the pack."""

    id: str
    title: str  # Dutch: the pack is a document for the covenant's evaluation meeting
    definition: str
    article: str


@dataclass(frozen=True)
class CountTable:
    figure: Figure
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    #: stable codes of the rows and columns (kinds, outcomes, corporation codes, months), for
    #: the JSON and the spreadsheet; the labels above are the document's Dutch
    row_codes: tuple[str, ...] = ()
    column_codes: tuple[str, ...] = ()
    #: whether the rows (columns) are parts of one whole, so that a total is meaningful
    row_totals: bool = True
    column_totals: bool = True
    #: cells hidden because they are small or would give a small one away (row, column);
    #: totals are (row, len(columns)) and (len(rows), column)
    suppressed: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.row_codes:
            object.__setattr__(self, "row_codes", self.rows)
        if not self.column_codes:
            object.__setattr__(self, "column_codes", self.columns)
        if len(self.row_codes) != len(self.rows) or len(self.column_codes) != len(self.columns):
            raise ValueError(f"{self.figure.id}: codes and labels differ in number")
        if len(self.counts) != len(self.rows):
            raise ValueError(f"{self.figure.id}: {len(self.counts)} rows of counts, "
                             f"{len(self.rows)} labels")
        for line in self.counts:
            if len(line) != len(self.columns):
                raise ValueError(f"{self.figure.id}: a row has {len(line)} counts, "
                                 f"{len(self.columns)} columns")
            if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in line):
                raise ValueError(f"{self.figure.id}: counts must be whole numbers >= 0")

    def row_total(self, row: int) -> int:
        return sum(self.counts[row])

    def column_total(self, column: int) -> int:
        return sum(line[column] for line in self.counts)

    def grand_total(self) -> int:
        return sum(sum(line) for line in self.counts)

    def value(self, row: int, column: int) -> int:
        """Any cell, totals included (row == len(rows) or column == len(columns))."""
        last_row, last_column = row == len(self.rows), column == len(self.columns)
        if last_row and last_column:
            return self.grand_total()
        if last_row:
            return self.column_total(column)
        if last_column:
            return self.row_total(row)
        return self.counts[row][column]

    def transposed(self) -> CountTable:
        """Rows become columns (for a page too narrow for many columns); what is hidden stays
        hidden."""
        return CountTable(
            figure=self.figure,
            rows=self.columns,
            columns=self.rows,
            counts=tuple(zip(*self.counts, strict=True)) if self.counts else (),
            row_codes=self.column_codes,
            column_codes=self.row_codes,
            row_totals=self.column_totals,
            column_totals=self.row_totals,
            suppressed=frozenset((c, r) for r, c in self.suppressed),
        )

    def is_hidden(self, row: int, column: int) -> bool:
        return (row, column) in self.suppressed

    def grid(self, hidden: str) -> list[list[str | int]]:
        """The table as shown: header, rows with their totals, a totals row; hidden cells as
        `hidden` (e.g. "< 5")."""
        header: list[str | int] = ["", *self.columns]
        if self.row_totals:
            header.append("Totaal")
        out = [header]
        last = len(self.rows) + (1 if self.column_totals else 0)
        for r in range(last):
            label = self.rows[r] if r < len(self.rows) else "Totaal"
            width = len(self.columns) + (1 if self.row_totals else 0)
            cells: list[str | int] = [
                hidden if self.is_hidden(r, c) else self.value(r, c) for c in range(width)
            ]
            out.append([label, *cells])
        return out
