"""Small numbers are hidden, and so is whatever would give them away (PR 2.1b).

Primary: a count from 1 up to the threshold (exclusive) is hidden — in the body and in the
totals. Secondary: a row or column (its total included) with exactly one hidden cell would let a
reader work it out by subtraction, so the smallest other non-zero visible cell of that line is
hidden too; repeated until no line gives one away. Zeros stay visible: "none" identifies nobody.
"""

from __future__ import annotations

from dataclasses import replace

from app.services.monitoring.tables import CountTable


def suppress(table: CountTable, threshold: int) -> CountTable:
    if threshold <= 1:
        return replace(table, suppressed=frozenset())
    height = len(table.rows) + (1 if table.column_totals else 0)
    width = len(table.columns) + (1 if table.row_totals else 0)
    cells = [(r, c) for r in range(height) for c in range(width)]
    hidden = {cell for cell in cells if 0 < table.value(*cell) < threshold}
    lines = [[(r, c) for c in range(width)] for r in range(height)]
    lines += [[(r, c) for r in range(height)] for c in range(width)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            # a line whose sum can be read from its total (or a total from its parts)
            if not _additive(line, table):
                continue
            gone = [cell for cell in line if cell in hidden]
            if len(gone) != 1:
                continue
            candidates = [cell for cell in line if cell not in hidden and table.value(*cell) > 0]
            if not candidates:
                continue
            hidden.add(min(candidates, key=lambda cell: (table.value(*cell), cell)))
            changed = True
    return replace(table, suppressed=frozenset(hidden))


def _additive(line: list[tuple[int, int]], table: CountTable) -> bool:
    """Whether the cells of a line add up to one of them (so one hidden cell can be recovered):
    only when the line holds its total."""
    rows = {r for r, _ in line}
    columns = {c for _, c in line}
    if len(rows) == 1:  # a row: additive if row totals are shown
        return table.row_totals
    return table.column_totals and len(columns) == 1
