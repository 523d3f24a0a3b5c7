"""The report's charts in the window, painted from the same `Chart` data the PDF draws.

The PySide6 wheel has no QtCharts; a bar chart is a few rectangles, so the window paints its own
with QPainter (no extra dependency to package), in the palette the pack uses. A hidden (small)
count is drawn as nothing, as in the pack. The numbers are always shown beside the chart too,
and the chart's accessible description says them, for a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.monitoring.charts import PALETTE, Chart

_MARGIN = 8


class ChartWidget(QWidget):
    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(self.describe())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = len(self.chart.categories)
        line = self.fontMetrics().height()
        if self.chart.horizontal:
            return QSize(520, max(120, rows * (line + 8) + 3 * line))
        return QSize(520, 14 * line)

    def describe(self) -> str:
        """The chart in words: each category with its numbers (hidden ones as '-')."""
        parts = []
        for i, category in enumerate(self.chart.categories):
            values = ", ".join(
                f"{s.label}: {'-' if s.values[i] is None else s.values[i]}"
                for s in self.chart.series
            )
            parts.append(f"{category}: {values}")
        return "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette_text = self.palette().windowText().color()
        if self.chart.horizontal:
            self._paint_horizontal(painter, palette_text)
        else:
            self._paint_vertical(painter, palette_text)
        painter.end()

    # -- vertical (stacked) bars, a legend on the right --------------------------------------

    def _paint_vertical(self, painter: QPainter, text: QColor) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        legend_width = 0
        if len(self.chart.series) > 1:
            legend_width = max(fm.horizontalAdvance(s.label) for s in self.chart.series) + 2 * line
        axis_width = fm.horizontalAdvance(str(self._top())) + _MARGIN
        area = QRectF(
            _MARGIN + axis_width,
            _MARGIN,
            self.width() - 2 * _MARGIN - axis_width - legend_width,
            self.height() - 2 * _MARGIN - line - 4,
        )
        self._grid(painter, area, text, vertical=True)
        count = max(len(self.chart.categories), 1)
        slot = area.width() / count
        bar = slot * 0.6
        top = self._top()
        for i, category in enumerate(self.chart.categories):
            x = area.left() + i * slot + (slot - bar) / 2
            base = area.bottom()
            for k, series in enumerate(self.chart.series):
                value = series.values[i]
                if not value:
                    continue
                h = area.height() * value / top
                painter.fillRect(QRectF(x, base - h, bar, h), self._colour(k))
                base -= h
            painter.setPen(text)
            label = fm.elidedText(category, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(
                QRectF(area.left() + i * slot, area.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        if legend_width:
            self._legend(painter, area.right() + line, area.top(), text)

    def _legend(self, painter: QPainter, x: float, y: float, text: QColor) -> None:
        line = self.fontMetrics().height()
        for k, series in enumerate(self.chart.series):
            painter.fillRect(QRectF(x, y + k * (line + 4) + 2, line - 4, line - 4),
                             self._colour(k))
            painter.setPen(text)
            painter.drawText(QRectF(x + line, y + k * (line + 4), 400, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             series.label)

    # -- horizontal bars (one series), labels on the left -------------------------------------

    def _paint_horizontal(self, painter: QPainter, text: QColor) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        labels_width = max((fm.horizontalAdvance(c) for c in self.chart.categories), default=0)
        area = QRectF(
            _MARGIN + labels_width + _MARGIN,
            _MARGIN,
            self.width() - 3 * _MARGIN - labels_width - fm.horizontalAdvance("0000"),
            self.height() - 2 * _MARGIN - line - 4,
        )
        self._grid(painter, area, text, vertical=False)
        count = max(len(self.chart.categories), 1)
        slot = area.height() / count
        top = self._top()
        values = self.chart.series[0].values if self.chart.series else ()
        for i, category in enumerate(self.chart.categories):
            y = area.top() + i * slot
            painter.setPen(text)
            painter.drawText(QRectF(_MARGIN, y, labels_width, slot),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, category)
            value = values[i] if i < len(values) else None
            if value:
                w = area.width() * value / top
                painter.fillRect(QRectF(area.left(), y + slot * 0.2, w, slot * 0.6),
                                 QColor(PALETTE[0]))
                painter.setPen(text)
                painter.drawText(QRectF(area.left() + w + 4, y, 60, slot),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(value))

    # -- shared ------------------------------------------------------------------------------

    def _colour(self, index: int) -> QColor:
        own = self.chart.series[index].colour
        return QColor(own or PALETTE[index % len(PALETTE)])

    def _top(self) -> int:
        """The axis maximum: four round steps (1, 2, 5, 10, 20, 50, ...) that hold the largest
        value."""
        largest = max(self.chart.largest(), 4)
        step = 1
        while step * 4 < largest:
            step = step * 5 // 2 if str(step)[0] == "2" else step * 2
        return step * 4

    def _grid(self, painter: QPainter, area: QRectF, text: QColor, *, vertical: bool) -> None:
        top = self._top()
        fm = self.fontMetrics()
        grid = QColor(text)
        grid.setAlpha(60)
        for n in range(5):
            value = round(top * n / 4)
            painter.setPen(QPen(grid, 1))
            if vertical:
                y = area.bottom() - area.height() * n / 4
                painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
                painter.setPen(text)
                painter.drawText(QRectF(0, y - fm.height() / 2, area.left() - 4, fm.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(value))
            else:
                x = area.left() + area.width() * n / 4
                painter.drawLine(int(x), int(area.top()), int(x), int(area.bottom()))
                painter.setPen(text)
                painter.drawText(QRectF(x - 30, area.bottom() + 2, 60, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 str(value))
