"""Small numbers are hidden and cannot be worked back from the totals (PR 2.1b)."""

from __future__ import annotations

import random

from app.services.monitoring.suppression import suppress
from app.services.monitoring.tables import CountTable, Figure

FIGURE = Figure("t", "Test", "test", "-")


def _table(counts: list[list[int]]) -> CountTable:
    return CountTable(
        FIGURE,
        rows=tuple(f"r{i}" for i in range(len(counts))),
        columns=tuple(f"c{j}" for j in range(len(counts[0]))),
        counts=tuple(tuple(line) for line in counts),
    )


def test_a_small_count_is_hidden_and_so_is_a_second_one_in_its_row_and_column() -> None:
    table = suppress(_table([[3, 20, 30], [12, 14, 40]]), 5)
    assert table.is_hidden(0, 0)
    # the row and the column of the 3 each get a second hidden cell: the smallest other one
    assert table.is_hidden(0, 1) and table.is_hidden(1, 0)
    assert not table.is_hidden(1, 2)


def test_zero_is_not_hidden_and_a_table_without_small_numbers_is_unchanged() -> None:
    table = suppress(_table([[0, 20], [12, 40]]), 5)
    assert table.suppressed == frozenset()


def test_a_small_total_is_hidden_too() -> None:
    table = suppress(_table([[1, 2], [0, 0]]), 5)
    assert table.is_hidden(0, 2)  # row total 3
    assert table.is_hidden(2, 2)  # grand total 3


def _recoverable(table: CountTable) -> list[tuple[int, int]]:
    """Cells a reader can compute: hidden cells alone in a line with its total shown."""
    height = len(table.rows) + 1
    width = len(table.columns) + 1
    found = []
    lines = [[(r, c) for c in range(width)] for r in range(height)]
    lines += [[(r, c) for r in range(height)] for c in range(width)]
    for line in lines:
        hidden = [cell for cell in line if table.is_hidden(*cell)]
        if len(hidden) == 1:
            found.append(hidden[0])
    return found


def test_random_tables_never_show_a_small_count_nor_let_one_be_recomputed() -> None:
    rng = random.Random(2026)
    for _ in range(500):
        rows, columns = rng.randint(1, 6), rng.randint(1, 5)
        counts = [[rng.choice([0, 0, 1, 2, 3, 4, 5, 8, 13, 40]) for _ in range(columns)]
                  for _ in range(rows)]
        table = suppress(_table(counts), 5)
        for r in range(rows + 1):
            for c in range(columns + 1):
                if 0 < table.value(r, c) < 5:
                    assert table.is_hidden(r, c), (counts, r, c)
        assert _recoverable(table) == [], counts
        shown = table.grid("< 5")
        assert all(isinstance(v, int) or v == "< 5" for line in shown[1:] for v in line[1:])


def test_a_chart_draws_the_hidden_parts_of_a_shown_total_as_one_grey_segment() -> None:
    from app.services.monitoring.charts import HIDDEN_LABEL, chart_for
    from app.services.monitoring.tables import Figure

    table = suppress(
        CountTable(Figure("terms_per_month", "t", "d", "-"), rows=("okt", "nov"),
                   columns=("op tijd", "te laat", "nog open"),
                   counts=((72, 0, 4), (150, 30, 20))),
        5,
    )
    chart = chart_for(table)
    assert chart is not None
    grey = chart.series[-1]
    assert grey.label == HIDDEN_LABEL
    # okt: 72 and 4 are hidden (4 is small, 72 would give it away); the total 76 is shown
    assert chart.series[0].values[0] is None and grey.values[0] == 76
    assert grey.values[1] is None or grey.values[1] == table.row_total(1) - sum(
        s.values[1] or 0 for s in chart.series[:-1]
    )
    assert chart.largest() == 200


def test_a_turned_table_keeps_its_numbers_and_what_is_hidden() -> None:
    table = suppress(_table([[3, 20, 30], [12, 14, 40]]), 5)
    turned = table.transposed()
    assert turned.rows == table.columns and turned.columns == table.rows
    for r in range(len(table.rows) + 1):
        for c in range(len(table.columns) + 1):
            assert turned.value(c, r) == table.value(r, c)
            assert turned.is_hidden(c, r) == table.is_hidden(r, c)
