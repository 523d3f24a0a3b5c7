"""A page with one list of cases: search, filters, the table, a count and the order in words."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import CASE_STATUSES
from app.services.case_query import CaseFilter, corporations
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.case_table import CASE_ID_ROLE, COLUMNS, SORTABLE, BadgeDelegate, CaseTableModel


class CaseTableView(QTableView):
    """Enter opens the current case."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.open_requested.emit(int(index.data(CASE_ID_ROLE)))
                return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    open_case = Signal(int)

    def __init__(
        self, workspace: Workspace, view: str, title: str, explanation: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._view = view
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        intro.setObjectName("pageIntro")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, address, postcode or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.corporation = QComboBox()
        self.corporation.addItem(self.tr("All corporations"), None)
        with workspace.store.session() as session:
            for corp_id, name in corporations(session):
                self.corporation.addItem(name, corp_id)
        self.status = QComboBox()
        self.status.addItem(self.tr("Every status"), None)
        for code in CASE_STATUSES:
            if code != "gesloten":
                self.status.addItem(labels.status(code), code)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Any priority"), None)
        for code in ("children", "65plus", "statushouder", "known"):
            self.reason.addItem(labels.reason_long(code), code)
        self.overdue = QCheckBox(self.tr("Only overdue"))
        closed = view == "closed"
        for widget in (self.status, self.reason, self.overdue):
            widget.setVisible(not closed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.corporation, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.reason, 1)
        filters.addWidget(self.overdue)

        self.model = CaseTableModel(workspace, self._current_filter(), self)
        self.table = CaseTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setItemDelegateForColumn(
            COLUMNS.index("priority"), BadgeDelegate("default", self)
        )
        self.table.setItemDelegateForColumn(COLUMNS.index("flags"), BadgeDelegate("flag", self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            "priority": 265,
            "name": 190,
            "deadline": 335,
            "corporation": 120,
            "reference": 110,
            "signal": 95,
            "flags": 130,
            "status": 110,
        }
        for name, width in widths.items():
            self.table.setColumnWidth(COLUMNS.index(name), width)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_clicked)
        self.table.doubleClicked.connect(self._activated)
        self.table.open_requested.connect(self.open_case)

        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.order_note = QLabel()
        self.order_note.setWordWrap(True)
        self.order_note.setObjectName("orderNote")
        self._sort_key = "rank"
        self._descending = False
        self._update_order_note()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.order_note, 1)
        bottom.addWidget(self.count)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.corporation, self.status, self.reason):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.model.on_reloaded = self._show_count
        self._show_count(self.model.total)

    def _current_filter(self) -> CaseFilter:
        return CaseFilter(
            view=self._view,
            search=self.search.text() if hasattr(self, "search") else "",
            corporation_id=self.corporation.currentData(),
            status=self.status.currentData() if self._view != "closed" else None,
            reason=self.reason.currentData() if self._view != "closed" else None,
            overdue_only=self.overdue.isChecked() and self._view != "closed",
            assignee=self._ws.actor if self._view == "mine" else None,
            sort=getattr(self, "_sort_key", "rank"),
            descending=getattr(self, "_descending", False),
        )

    def refresh(self) -> None:
        self.model.set_filter(self._current_filter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", total))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(int(index.data(CASE_ID_ROLE)))

    def _sort_clicked(self, section: int) -> None:
        column = COLUMNS[section]
        key = SORTABLE.get(column, "rank")
        if key == self._sort_key and key != "rank":
            self._descending = not self._descending
        else:
            self._sort_key, self._descending = key, False
        header = self.table.horizontalHeader()
        if key == "rank":
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                section,
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )
        self._update_order_note()
        self.model.set_filter(replace(self._current_filter()))

    def _update_order_note(self) -> None:
        if self._view == "closed":
            text = self.tr("Most recently closed first.")
        elif self._sort_key != "rank":
            text = self.tr(
                "Sorted by the column you chose. Click Priority to return to the covenant order."
            )
        elif self._view == "troubleshooter":
            text = self.tr("Order: soonest eviction date first.")
        elif self._view == "week":
            text = self.tr("Order: earliest open deadline first (overdue included).")
        else:
            text = self.tr(
                "Order: known eviction date (soonest first) → priority "
                "(children, 65+, statushouder, known) → earliest open deadline → "
                "signal date. Hover over a row to see why it is there."
            )
        self.order_note.setText(text)
