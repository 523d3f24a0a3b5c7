"""The audit trail for the privacy officer (issue 15.6): who did what, when, to which record.

Filters by period, person, action, kind of record and result; checks the hash chain in the
background; exports what is shown to CSV. The trail holds no personal data, so neither does
this window.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import audit_chain, audit_view
from app.services.audit_view import AuditFilter, AuditPage
from app.services.letters.files import FolderProblem
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.background import BackgroundTask, TaskContext
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.task_dialog import TaskDialog
from app.ui.widgets import (
    InlineMessage,
    action_button,
    fit_to_screen,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

PERIODS = ("all", "today", "week", "month", "year")
_FOLDER_SETTING = "audit/folder"


class AuditDialog(TaskDialog):
    """Shows the newest entries that match the filters; checks and exports the trail."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.page: AuditPage | None = None
        self.report: audit_chain.ChainReport | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        self._build()
        self.reload()
        fit_to_screen(self, 1100, 700)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Audit trail")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Who did what, when, and to which record. The trail holds numbers, never "
                    "names or other personal data. Every entry is linked to the one before it, "
                    "so an entry changed or removed afterwards is found by “Check the trail”."
                )
            )
        )
        grid = QGridLayout()
        self.period = QComboBox()
        for code, text in (
            ("all", self.tr("All time")),
            ("today", self.tr("Today")),
            ("week", self.tr("Last 7 days")),
            ("month", self.tr("Last 30 days")),
            ("year", self.tr("This year")),
        ):
            self.period.addItem(text, code)
        self.actor = QComboBox()
        self.action = QComboBox()
        self.object_type = QComboBox()
        self.result_box = QComboBox()
        self.object_id = QLineEdit()
        self.object_id.setPlaceholderText(self.tr("e.g. 12"))
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Period"), self.period),
            (self.tr("&Who"), self.actor),
            (self.tr("&Action"), self.action),
            (self.tr("&Record"), self.object_type),
            (self.tr("N&umber"), self.object_id),
            (self.tr("Res&ult"), self.result_box),
        )
        for index, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, (index // 3) * 2, index % 3)
            grid.addWidget(widget, (index // 3) * 2 + 1, index % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)
        for combo in (self.period, self.actor, self.action, self.object_type, self.result_box):
            combo.currentIndexChanged.connect(self.reload)
        self.object_id.textChanged.connect(self.reload)

        self.count = QLabel()
        outer.addWidget(self.count)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Number"),
                self.tr("Result"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Audit entries"))
        outer.addWidget(self.table, 1)

        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.verify_button = action_button(self.tr("&Check the trail"), self.verify)
        self.export_button = action_button(self.tr("&Export…"), self.choose_and_export)
        self.close_button = action_button(self.tr("Close"), self.reject)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    # --- the list ------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        today = self._ws.today()
        since: date | None = {
            "today": today,
            "week": today - timedelta(days=6),
            "month": today - timedelta(days=29),
            "year": date(today.year, 1, 1),
        }.get(str(self.period.currentData()))
        return AuditFilter(
            since=since,
            actor=self.actor.currentData(),
            action=self.action.currentData(),
            object_type=self.object_type.currentData(),
            object_id=self.object_id.text().strip() or None,
            result=self.result_box.currentData(),
        )

    def _fill_choices(self) -> None:
        with self._ws.store.session() as session:
            found = audit_view.choices(session)
        for combo, values, label in (
            (self.actor, found.actors, str),
            (self.action, found.actions, labels.audit_action),
            (self.object_type, found.object_types, labels.audit_object),
            (self.result_box, found.results, str),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            for value in values:
                combo.addItem(label(value), value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def reload(self) -> None:
        if self.actor.count() == 0:
            self._fill_choices()
        with self._ws.store.session() as session:
            page = audit_view.entries(session, self.current_filter())
        self.page = page
        self.table.setRowCount(len(page.lines))
        for row, line in enumerate(page.lines):
            cells = (
                str(line.number),
                line.at.strftime("%d-%m-%Y %H:%M:%S"),
                line.actor,
                labels.audit_action(line.action),
                labels.audit_object(line.object_type),
                line.object_id,
                line.result,
                line.detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if page.total > len(page.lines):
            self.count.setText(
                fill(
                    self.tr(
                        "Showing the newest %1 of %n entries. Narrow the filters to see others.",
                        "",
                        page.total,
                    ),
                    str(len(page.lines)),
                )
            )
        else:
            self.count.setText(self.tr("%n entry(ies)", "", page.total))
        self.export_button.setEnabled(page.total > 0)

    # --- checking the chain ------------------------------------------------------------------

    def verify(self) -> None:
        if self.is_busy():
            return
        store = self._ws.store

        def work(_context: TaskContext) -> audit_chain.ChainReport:
            with store.session() as session:
                return audit_chain.verify(session)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._verified)
        task.failed.connect(self._verify_failed)
        task.finished.connect(self._task_finished)
        self._task = task
        self.verify_button.setEnabled(False)
        self.message.show_hint(self.tr("Checking every entry of the trail…"))
        task.start()

    def _verified(self, result: object) -> None:
        assert isinstance(result, audit_chain.ChainReport)
        self.report = result
        if result.ok:
            self.message.show_ok(
                self.tr(
                    "The trail is intact: %n entry(ies), each linked to the one before.",
                    "",
                    result.entries,
                )
            )
        else:
            self.message.show_error(
                fill(self.tr(
                    "The trail has been tampered with: %1. Tell your privacy officer; keep "
                    "this computer and its backups as they are."
                ), result.reason_nl)
            )

    def _verify_failed(self, error: object) -> None:
        known = store_refusal_nl(error)
        self.message.show_error(known or self.tr("The trail could not be checked."))

    def _task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.verify_button.setEnabled(True)

    # --- export --------------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        settings = QSettings("Vangnet", "Vangnet")
        folder = str(settings.value(_FOLDER_SETTING, str(Path.home())))
        name = f"audittrail-{self._ws.today().isoformat()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path(folder) / name),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        if self.export_to(path):
            settings.setValue(_FOLDER_SETTING, str(path.parent))

    def export_to(self, path: Path) -> bool:
        """Write the entries that match the filters (all of them, oldest first) to `path`."""
        try:
            with self._ws.store.transaction() as session:
                written = audit_view.export(
                    session, self.current_filter(), path, actor=self._ws.actor
                )
        except FolderProblem as problem:
            self.message.show_error(shown(problem))
            return False
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is None:
                raise
            self.message.show_error(known)
            return False
        self.message.show_ok(
            fill(self.tr("%n entry(ies) exported to %1.", "", written), str(path))
        )
        self.reload()  # the export itself is the newest entry now
        return True
