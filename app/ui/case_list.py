"""A page with one list of cases: search, filters, the table, a count and the order in words."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.case_query import CASE_STATUSES, CaseFilter, corporation_choices
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.case_table import CASE_ID_ROLE, COLUMNS, SORTABLE, BadgeDelegate, CaseTableModel

#: preferred and smallest width of each column (px); the smallest is the elastic limit
COLUMN_WIDTHS: dict[str, tuple[int, int]] = {
    "priority": (235, 215),
    "name": (180, 120),
    "deadline": (345, 190),
    "flags": (115, 95),
    "corporation": (115, 85),
    "signal": (95, 95),
    "reference": (105, 90),
    "status": (110, 110),
    "assignee": (130, 130),
}
#: the name says which case a row is: it cannot be hidden
ALWAYS_SHOWN = frozenset({"name"})
#: shown only when the worker asks for it (Columns menu); sortable all the same
HIDDEN_BY_DEFAULT = ("signal",)


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
    #: the empty list's buttons (issue 16.6): the main window runs the action
    new_signal_requested = Signal()
    import_requested = Signal()

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
        self.corporation.setAccessibleName(self.tr("Corporation"))
        self.corporation.addItem(self.tr("All corporations"), None)
        for corp_id, name in corporation_choices(workspace.store):
            self.corporation.addItem(name, corp_id)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Every status"), None)
        for code in CASE_STATUSES:
            if code != "gesloten":
                self.status.addItem(labels.status(code), code)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Priority reason"))
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
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(explanation)
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
        # the columns fit the width the list has (issue 16.1); a column the worker drags keeps
        # its width, and the worker chooses which columns show (saved per list)
        self._fitting = False
        self._dragged: set[str] = set()
        header.sectionResized.connect(self._column_dragged)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu_at)
        self.table.viewport().installEventFilter(self)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setAccessibleName(self.tr("Choose the columns"))
        self.columns_button.setToolTip(self.tr("Choose which columns the list shows"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(self._fill_column_menu)
        self.columns_button.setMenu(self.columns_menu)
        filters.addWidget(self.columns_button)
        for name in self._hidden_columns():
            self.table.setColumnHidden(COLUMNS.index(name), True)
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
        self.empty = self._build_empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
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

    # --- columns ---------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"case_lists/{self._view}/hidden_columns"

    def _hidden_columns(self) -> list[str]:
        stored = QSettings("Vangnet", "Vangnet").value(self._settings_key(), None)
        if stored is None:
            return list(HIDDEN_BY_DEFAULT)
        # kept as one comma-separated text: an empty list would read back as "not set"
        names = str(stored).split(",")
        return [n for n in names if n in COLUMNS and n not in ALWAYS_SHOWN]

    def set_column_shown(self, name: str, shown: bool) -> None:
        """Show or hide a column of this list; the choice is kept for the next session."""
        if name in ALWAYS_SHOWN:
            return
        self.table.setColumnHidden(COLUMNS.index(name), not shown)
        hidden = [n for n in COLUMNS if self.table.isColumnHidden(COLUMNS.index(n))]
        QSettings("Vangnet", "Vangnet").setValue(self._settings_key(), ",".join(hidden))
        self.fit_columns()

    def _fill_column_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.columns_menu
        menu.clear()
        for name in COLUMNS:
            title = self.model.headerData(
                COLUMNS.index(name), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(COLUMNS.index(name)))
            action.setEnabled(name not in ALWAYS_SHOWN)
            action.toggled.connect(partial(self.set_column_shown, name))
        menu.addSeparator()
        menu.addAction(self.tr("Fit the columns to the window"), self._refit)

    def _column_menu_at(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def _refit(self) -> None:
        self._dragged.clear()
        self.fit_columns()

    def _column_dragged(self, section: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if not self._fitting and section != header.count() - 1:
            self._dragged.add(COLUMNS[section])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Give the shown columns their preferred widths; when the list is narrower than that,
        narrow the elastic ones (name, deadline, priority, corporation) down to their minimum, so
        reference, status and assignee stay in sight without scrolling sideways."""
        shown = [n for n in COLUMNS if not self.table.isColumnHidden(COLUMNS.index(n))]
        widths = {n: COLUMN_WIDTHS[n][0] for n in shown}
        for name in self._dragged & set(shown):
            widths[name] = self.table.columnWidth(COLUMNS.index(name))
        room = self.table.viewport().width()
        excess = sum(widths.values()) - room
        elastic = [n for n in shown if n not in self._dragged and COLUMN_WIDTHS[n][1] < widths[n]]
        slack = sum(widths[n] - COLUMN_WIDTHS[n][1] for n in elastic)
        if excess > 0 and slack > 0:
            share = min(1.0, excess / slack)
            for name in elastic:
                widths[name] -= int((widths[name] - COLUMN_WIDTHS[name][1]) * share + 0.999)
        self._fitting = True
        try:
            for name, width in widths.items():
                self.table.setColumnWidth(COLUMNS.index(name), width)
        finally:
            self._fitting = False

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
        if total:
            self.body.setCurrentWidget(self.table)
            return
        filtered = self._filtered()
        self.empty_title.setText(self._empty_title(filtered))
        self.empty_text.setText(self._empty_text(filtered))
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(560))
        first_day = self._view == "inbox" and not filtered
        self.empty_new.setVisible(first_day)
        self.empty_import.setVisible(first_day)
        self.empty_clear.setVisible(filtered)
        self.body.setCurrentWidget(self.empty)

    # --- when the list is empty --------------------------------------------------------------

    def _build_empty_state(self) -> QWidget:
        """What an empty list says, with the buttons for what to do next."""
        page = QWidget()
        page.setObjectName("emptyState")
        self.empty_title = QLabel()
        self.empty_title.setObjectName("sectionTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setFixedWidth(560)  # a fixed width gives the wrapped text its height
        self.empty_import = QPushButton(self.tr("Import signals…"))
        self.empty_import.setDefault(True)
        self.empty_import.clicked.connect(self.import_requested)
        self.empty_new = QPushButton(self.tr("New signal…"))
        self.empty_new.clicked.connect(self.new_signal_requested)
        self.empty_clear = QPushButton(self.tr("Clear search and filters"))
        self.empty_clear.clicked.connect(self.clear_filters)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.empty_import, self.empty_new, self.empty_clear):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _filtered(self) -> bool:
        f = self._current_filter()
        return bool(
            f.search.strip() or f.corporation_id is not None or f.status or f.reason
            or f.overdue_only
        )

    def clear_filters(self) -> None:
        for combo in (self.corporation, self.status, self.reason):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    def _empty_title(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No case matches the search or filters")
        return {
            "inbox": self.tr("No open cases yet"),
            "mine": self.tr("No cases are assigned to you"),
            "week": self.tr("Nothing is due this week"),
            "closed": self.tr("No closed cases yet"),
        }.get(self._view, self.tr("No cases"))

    def _empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Clear the search and filters to see every case in this list again.")
        return {
            "inbox": self.tr(
                "Signals from the housing corporations start here. Import the file a corporation "
                "sent (CSV or Excel), or enter a signal by hand. Each signal becomes a case with "
                "its deadlines counted in working days."
            ),
            "mine": self.tr(
                "Open a case from the inbox and choose 'Assign to me': it then appears here."
            ),
            "week": self.tr("No open case has a deadline that falls due by Sunday."),
            "closed": self.tr("A case appears here once it is closed, with its outcome."),
        }.get(self._view, "")

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
