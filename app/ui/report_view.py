"""*Rapportage*: the monitoring figures of a period in the window — charts with their numbers
beside them, every table with what it counts — and the evaluation pack or spreadsheet in one
click (issue 18). Counts only; small numbers hidden, as in the pack.

The report is made off the window's thread (a half year of 100,000 cases takes a second or two).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import log_unexpected, os_reason
from app.services.monitoring.charts import CHARTED, chart_for
from app.services.monitoring.export import suppression_rule
from app.services.monitoring.period import Period, parse_period
from app.services.monitoring.report import Report
from app.services.monitoring.service import corporation_choices, make_report, write_report
from app.services.monitoring.tables import CountTable
from app.services.problems import Refusal
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask, TaskContext
from app.ui.flow_layout import FlowLayout
from app.ui.i18n import fill
from app.ui.problem_text import part, shown
from app.ui.report_charts import ChartWidget
from app.ui.widgets import InlineMessage, WrapLabel

_Index = QModelIndex | QPersistentModelIndex


class CountTableModel(QAbstractTableModel):
    """One report table as shown: labels, counts, totals; a hidden count as '< 5'."""

    def __init__(self, table: CountTable, hidden: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = table.grid(hidden)
        self._table = table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else len(self._grid) - 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else len(self._grid[0]) - 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._grid[index.row() + 1][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not isinstance(value, int):
            return self.tr(
                "Fewer cases than the office's threshold: not shown, so that nobody "
                "can be recognised."
            )
        return None

    def headerData(  # noqa: N802 - Qt
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self._grid[0]
            return str(header[section + 1]) if 0 <= section < len(header) - 1 else None
        rows = self._grid[1:]
        return str(rows[section][0]) if 0 <= section < len(rows) else None


class ReportView(QWidget):
    """The *Rapportage* page of the main window."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._task: BackgroundTask | None = None
        self.report: Report | None = None
        self.setAccessibleName(self.tr("Reports"))

        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        explanation = WrapLabel(self.tr(
            "The figures the covenant asks for, per period, for the six-monthly evaluation. "
            "Counts only: no names or references; small numbers are hidden."
        ))

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for code, text in (
            ("half", self.tr("Half year")),
            ("quarter", self.tr("Quarter")),
            ("month", self.tr("Month")),
            ("year", self.tr("Year")),
            ("custom", self.tr("From … to …")),
        ):
            self.kind.addItem(text, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Year"))
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Which part of the year"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
        self.corporation = QComboBox()
        self.corporation.setAccessibleName(self.tr("Corporation"))
        self.corporation.addItem(self.tr("All corporations"), None)
        for corp in corporation_choices(workspace.store):
            self.corporation.addItem(corp.name, corp.code)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.pack_button = QPushButton(self.tr("Evaluation &pack (PDF)…"))
        self.pack_button.clicked.connect(lambda: self.export("pdf"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Spreadsheet…"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        for kind, text in (("xlsx", self.tr("Excel workbook (.xlsx)…")),
                           ("csv", self.tr("CSV file (.csv)…")),
                           ("json", self.tr("JSON file (.json)…"))):
            menu.addAction(text, partial(self.export, kind))
        self.more_button.setMenu(menu)

        # the pickers wrap onto a second line on a narrow or scaled screen instead of being cut
        pickers_box = QWidget()
        pickers = FlowLayout(pickers_box)
        period_label = QLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.kind)
        corp_label = QLabel(self.tr("&Corporation:"))
        corp_label.setBuddy(self.corporation)
        for widget in (period_label, self.kind, self.year, self.part, self.start, self.end,
                       corp_label, self.corporation, self.show_button, self.pack_button,
                       self.more_button):
            pickers.addWidget(widget)

        self.message = InlineMessage()
        self.status = WrapLabel()
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(pickers_box)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        today = workspace.today()
        self.year.setValue(today.year)
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.part.setCurrentIndex(0 if today.month <= 6 else 1)
        self._set_busy(False)

    # -- the period ---------------------------------------------------------------------

    def _kind_changed(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.part.clear()
        if kind == "half":
            self.part.addItem(self.tr("first half (Jan–Jun)"), "H1")
            self.part.addItem(self.tr("second half (Jul–Dec)"), "H2")
        elif kind == "quarter":
            for n in range(1, 5):
                self.part.addItem(fill(self.tr("quarter %1"), n), f"Q{n}")
        elif kind == "month":
            for n in range(1, 13):
                self.part.addItem(QDate(2000, n, 1).toString("MMMM"), f"-{n:02d}")
        custom = kind == "custom"
        self.year.setVisible(not custom)
        self.part.setVisible(kind in ("half", "quarter", "month"))
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    def period(self) -> Period:
        """The period the pickers say; `Refusal` (shown under them) when it is not one."""
        kind = self.kind.currentData()
        if kind == "custom":
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, date) and isinstance(end, date)
            return parse_period(f"{start.isoformat()}..{end.isoformat()}")
        part = self.part.currentData() or ""
        return parse_period(f"{self.year.value()}{part}")

    # -- making and showing the report -------------------------------------------------------

    def refresh(self) -> None:
        if self._task is not None and self._task.is_running():
            return
        try:
            period = self.period()
        except Refusal as refusal:
            self.message.show_error(shown(refusal))
            return
        self.message.clear()
        corporation = self.corporation.currentData()
        ws = self._ws

        def work(_ctx: TaskContext) -> Report:
            return make_report(ws.store, ws.ctx, period, made_on=ws.today(),
                               corporation=corporation)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._show_report)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._set_busy(False))
        self._task = task
        self._set_busy(True)
        self.status.setText(self.tr("Counting…"))
        task.start()

    def stop(self) -> None:
        """The window locks or closes: stop counting and wait for the thread."""
        if self._task is not None and self._task.is_running():
            self._task.cancel_and_wait()

    def _set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        has_report = self.report is not None and not busy
        self.pack_button.setEnabled(has_report)
        self.more_button.setEnabled(has_report)

    def _failed(self, error: object) -> None:
        self.status.clear()
        if isinstance(error, Refusal):
            self.message.show_error(shown(error))
            return
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        self.message.show_error(fill(
            self.tr("The figures could not be counted. Please try again; if it happens again, "
                    "give your administrator this reference: %1"), reference))

    def _show_report(self, report: object) -> None:
        assert isinstance(report, Report)
        self.report = report
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        who = report.corporation.name if report.corporation else self.tr("all corporations")
        self.status.setText(fill(
            self.tr("%1 (%2 to %3), %4. %5"), report.period.label_nl,
            report.period.start.strftime("%d-%m-%Y"), report.period.end.strftime("%d-%m-%Y"),
            who, suppression_rule(report),
        ))
        charted = {t.figure.id: t for t in report.tables}
        for figure_id in CHARTED:
            table = charted.get(figure_id)
            chart = chart_for(table) if table is not None else None
            if table is None or chart is None:
                continue
            self.content_layout.addWidget(self._section(table, report, ChartWidget(chart)))
        for table in report.tables:
            if table.figure.id not in CHARTED:
                self.content_layout.addWidget(self._section(table, report, None))
        self.content_layout.addWidget(self._medians(report))
        self.content_layout.addStretch(1)
        self._set_busy(False)

    def _section(self, table: CountTable, report: Report, chart: QWidget | None) -> QWidget:
        box = QFrame()
        box.setObjectName("reportSection")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        heading = QLabel(f"{table.figure.title} ({table.figure.article})")
        heading.setObjectName("sectionTitle")
        heading.setAccessibleName(table.figure.title)
        layout.addWidget(heading)
        layout.addWidget(WrapLabel(table.figure.definition))
        numbers = _table_view(CountTableModel(table, report.hidden, box), table.figure.title)
        if chart is not None and len(table.columns) <= 3:  # narrow numbers: beside the chart
            row = QHBoxLayout()
            row.addWidget(chart, 1)
            row.addWidget(numbers, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        else:
            if chart is not None:
                layout.addWidget(chart)
            layout.addWidget(numbers, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _medians(self, report: Report) -> QWidget:
        m = report.medians
        lines = []
        for label, value in zip(m.rows, m.shown(report.threshold), strict=True):
            lines.append(
                f"{label}: " + (fill(self.tr("%1 working days"), value) if value is not None
                                else fill(self.tr("fewer than %1 cases"), report.threshold))
            )
        box = QFrame()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        heading = QLabel(f"{m.figure.title} ({m.figure.article})")
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(WrapLabel(m.figure.definition))
        layout.addWidget(WrapLabel("\n".join(lines), selectable=True))
        return box

    # -- writing the pack -----------------------------------------------------------------------

    def export(self, kind: str) -> Path | None:
        report = self.report
        if report is None:
            return None
        names = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "json": self.tr("JSON file (*.json)"),
        }
        suggested = str(Path.home() / f"monitoring-{report.period.code.replace('..', '_')}.{kind}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, names[kind]
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            write_report(self._ws.store, report, kind, path)
        except OSError as exc:
            self.message.show_error(fill(
                self.tr("The report could not be saved in %1 (%2). Nothing was saved."),
                str(path.parent), part(os_reason(exc))))
            return None
        self.message.show_ok(fill(self.tr("Saved: %1"), str(path)))
        return path


def _table_view(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.resizeColumnsToContents()
    height = view.horizontalHeader().sizeHint().height() + 4
    for row in range(model.rowCount()):
        height += view.verticalHeader().sectionSizeHint(row)
    view.setFixedHeight(height)
    return view
