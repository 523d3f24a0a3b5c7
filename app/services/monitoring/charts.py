"""The report's charts as data: which table, which categories, which series — drawn by reportlab
in the evaluation pack and by the window's own painter, from this one definition.

A hidden cell (a small number) is drawn as nothing: a bar of "< 5" would tell its size."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.monitoring.tables import CountTable

#: colours a colour-blind reader can tell apart (Okabe–Ito), for the series, in the pack and the
#: window alike
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


#: the colour of the part of a bar that is not split up (its parts are small numbers)
HIDDEN_COLOUR = "#B0B0B0"
HIDDEN_LABEL = "niet uitgesplitst (kleine aantallen)"


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int | None, ...]  # None: hidden (suppressed)
    colour: str | None = None  # None: the palette's colour for the series' place


@dataclass(frozen=True)
class Chart:
    figure_id: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool
    horizontal: bool = False

    def largest(self) -> int:
        if self.stacked:
            sums = [
                sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))
            ]
            return max(sums, default=0)
        return max((v or 0 for s in self.series for v in s.values), default=0)


def _series_by_column(table: CountTable) -> tuple[Series, ...]:
    """One series per column; where a bar's total is shown but parts of it are hidden, the
    hidden parts together make one grey segment — the same number a reader gets by subtracting
    the shown parts from the shown total, so the chart tells nothing the table does not."""
    series = [
        Series(
            label,
            tuple(
                None if table.is_hidden(r, c) else table.counts[r][c]
                for r in range(len(table.rows))
            ),
        )
        for c, label in enumerate(table.columns)
    ]
    total_column = len(table.columns)
    rest: list[int | None] = []
    for r in range(len(table.rows)):
        hidden = any(table.is_hidden(r, c) for c in range(len(table.columns)))
        if not hidden or not table.row_totals or table.is_hidden(r, total_column):
            rest.append(None)
            continue
        shown = sum(table.counts[r][c] for c in range(len(table.columns))
                    if not table.is_hidden(r, c))
        rest.append(table.row_total(r) - shown)
    if any(rest):
        series.append(Series(HIDDEN_LABEL, tuple(rest), HIDDEN_COLOUR))
    return tuple(series)


def chart_for(table: CountTable) -> Chart | None:
    """The chart a table gets in the pack and the window (None: numbers only)."""
    figure = table.figure.id
    if figure == "signals_per_month":
        return Chart(figure, "Meldingen per maand, per corporatie", table.rows,
                     _series_by_column(table), stacked=True)
    if figure == "terms_per_month":
        return Chart(figure, "Contacttermijn per maand", table.rows, _series_by_column(table),
                     stacked=True)
    if figure == "outcomes":
        totals = tuple(
            None if table.is_hidden(r, len(table.columns)) else table.row_total(r)
            for r in range(len(table.rows))
        )
        return Chart(figure, "Afloop bij sluiten", table.rows, (Series("zaken", totals),),
                     stacked=False, horizontal=True)
    return None


#: the order of the charts in the pack and the window
CHARTED = ("signals_per_month", "terms_per_month", "outcomes")
