"""Importing a corporation's signal export (CSV or .xlsx): choose, check, preview, then import.

Reading and checking the file and the import itself run in a background thread (the window
never freezes). The preview shows what would happen and every problem, in Dutch, row by row.
An import is all or nothing: only a file without problems can be imported, unless the worker
chooses to take the valid rows. Cancelling rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.demo_mark import ImportIntoDemo
from app.services.errors import log_unexpected
from app.services.formatting import short_date
from app.services.intake.importer import (
    ImportPreview,
    ImportReport,
    read_and_preview,
    run_import,
)
from app.services.intake.messages_nl import (
    file_problem_nl,
    file_unreadable_nl,
    row_error_nl,
    warning_nl,
)
from app.services.intake.problems import FileProblem
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.background import BackgroundTask, TaskContext
from app.ui.i18n import fill
from app.ui.task_dialog import TaskDialog, progress_row
from app.ui.widgets import (
    InlineMessage,
    breakable_path,
    fit_to_screen,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

#: how many valid rows the preview table shows
PREVIEW_ROWS = 100


class ImportDialog(TaskDialog):
    """Import signals from a CSV file or an Excel workbook (.xlsx).

    ``imported_ids`` holds the new case ids afterwards."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.imported_ids: list[int] = []
        self._data: bytes | None = None
        self._importing = False
        self._close_when_done = False

        self.setWindowTitle(self.tr("Import signals"))
        self.setModal(True)
        self._build()
        if workspace.is_demo:  # nothing is imported into the demo: say so before a file is chosen
            self.message.show_error(ImportIntoDemo(workspace.store.path).message_nl)
        self._update_buttons()
        self.resize(940, 720)
        fit_to_screen(self, 940, 720)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------------------------
    # building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Import signals")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Choose a corporation's export (CSV or Excel workbook). Vangnet checks "
                    "every row first and changes nothing until you press Import."
                )
            )
        )

        file_row = QHBoxLayout()
        self.path_label = wrap_label(self.tr("No file chosen yet."), selectable=True)
        file_row.addWidget(self.path_label, 1)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(file_row)

        #: reading, file problems, cancellation and the final summary
        self.message = InlineMessage(self)
        outer.addWidget(self.message)

        # --- the preview, hidden until a file has been checked
        self.preview_area = QWidget()
        area = QVBoxLayout(self.preview_area)
        area.setContentsMargins(0, 0, 0, 0)

        counts = QGridLayout()
        counts.setHorizontalSpacing(24)
        self.count_labels: dict[str, QLabel] = {}
        captions = (
            ("rows", self.tr("Rows in the file")),
            ("new", self.tr("New signals")),
            ("present", self.tr("Already present")),
            ("problems", self.tr("Rows with problems")),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        for column, (key, caption) in enumerate(captions):
            value = QLabel("0")
            value.setFont(bold)
            counts.addWidget(value, 0, column)
            counts.addWidget(wrap_label(caption), 1, column)
            self.count_labels[key] = value
        counts.setColumnStretch(len(captions), 1)
        area.addLayout(counts)

        self.table_caption = wrap_label()
        area.addWidget(self.table_caption)
        self.preview_table = QTableWidget(0, 7)
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Reference"),
                self.tr("Corporation"),
                self.tr("Signal date"),
                self.tr("Kind"),
                self.tr("Status"),
            ]
        )
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.verticalHeader().hide()
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        area.addWidget(self.preview_table, 2)

        self.warnings_label = wrap_label(selectable=True)
        area.addWidget(self.warnings_label)

        self.problems_caption = wrap_label()
        area.addWidget(self.problems_caption)
        #: every row problem in Dutch, one per line (selectable, so it can be copied)
        self.problems_view = QPlainTextEdit()
        self.problems_view.setReadOnly(True)
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        area.addWidget(self.problems_view, 2)

        self.partial_checkbox = QCheckBox(
            self.tr("Only import the valid rows (the rest are listed above)")
        )
        self.partial_checkbox.toggled.connect(self._update_buttons)
        area.addWidget(self.partial_checkbox)
        self.import_hint = wrap_label()
        area.addWidget(self.import_hint)
        self.preview_area.hide()
        outer.addWidget(self.preview_area, 1)
        # takes the preview's room while there is none, so the text stays at the top
        self._filler = QWidget()
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer.addWidget(self._filler, 1)

        # --- progress while reading or importing
        self.progress_row, self.progress_bar, self.cancel_button = progress_row(
            self.tr("Cancel import")
        )
        self.cancel_button.clicked.connect(self.cancel_import)
        outer.addWidget(self.progress_row)

        self._buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self._buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self._buttons)

    # ------------------------------------------------------------------------------------
    # choosing and checking a file

    def choose_file(self) -> None:
        if self.is_busy():
            return
        start = str(self.path.parent) if self.path is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a signal file"),
            start,
            self.file_filter(),
        )
        if name:
            self.load(Path(name))

    def file_filter(self) -> str:
        """The file dialog's choices: signal files (CSV and workbooks) first."""
        return self.tr(
            "Signal files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;"
            "Excel workbooks (*.xlsx);;All files (*)"
        )

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the background; the preview follows."""
        if self.is_busy():
            return
        self.path = path
        self.preview = None
        self.report = None
        self._data = None
        self.imported_ids = []
        self.path_label.setText(breakable_path(path))
        self._show_preview(False)
        self.message.show_hint(self.tr("Reading and checking the file…"))
        self.progress_bar.setRange(0, 0)  # busy, no known end
        self.progress_bar.setFormat("")
        self.cancel_button.hide()
        self.progress_row.show()
        store, today = self._ws.store, self._ws.today()
        profile = self._ws.ctx.profile
        task = BackgroundTask(
            lambda _context: read_and_preview(store, path, today, profile), self
        )
        task.succeeded.connect(self._preview_ready)
        task.failed.connect(self._preview_failed)
        task.finished.connect(self._task_finished)
        self._task = task
        task.start()
        self._update_buttons()

    def _preview_ready(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        data, preview = outcome
        assert isinstance(data, bytes) and isinstance(preview, ImportPreview)
        self._data = data
        self.preview = preview
        report = preview.report
        self.message.clear()
        self.count_labels["rows"].setText(str(report.rows_seen))
        self.count_labels["new"].setText(str(report.new_signals))
        self.count_labels["present"].setText(str(len(report.duplicates)))
        self.count_labels["problems"].setText(str(preview.rows_with_problems))
        self._fill_table(preview)
        self.warnings_label.setText("\n".join(warning_nl(w) for w in report.warnings))
        self.warnings_label.setVisible(bool(report.warnings))
        if report.errors:
            self.problems_caption.setText(
                fill(self.tr(
                    "Problems (%1) — correct them in the spreadsheet and choose the file again, "
                    "or import only the valid rows:"
                ), str(len(report.errors)))
            )
            self.problems_view.setPlainText("\n".join(row_error_nl(e) for e in report.errors))
        self.problems_caption.setVisible(bool(report.errors))
        self.problems_view.setVisible(bool(report.errors))
        self.partial_checkbox.setChecked(False)
        self.partial_checkbox.setVisible(bool(report.errors))
        self._show_preview(True)

    def _show_preview(self, visible: bool) -> None:
        self.preview_area.setVisible(visible)
        self._filler.setVisible(not visible)

    def _fill_table(self, preview: ImportPreview) -> None:
        shown = preview.records[:PREVIEW_ROWS]
        if not preview.records:
            self.table_caption.setText(self.tr("No row of this file can be imported as it is."))
        elif len(shown) < len(preview.records):
            self.table_caption.setText(
                fill(
                    self.tr("The first %1 of %2 correct rows:"),
                    str(len(shown)),
                    str(len(preview.records)),
                )
            )
        else:
            self.table_caption.setText(self.tr("The correct rows:"))
        self.preview_table.setVisible(bool(shown))
        self.preview_table.setRowCount(len(shown))
        for index, record in enumerate(shown):
            present = record.row in preview.present_rows
            cells = (
                str(record.row),
                record.name,
                record.reference,
                preview.corporation_names.get(record.corporation_code, record.corporation_code),
                short_date(record.signal_date),
                labels.kind(record.kind),
                self.tr("already present") if present else self.tr("new"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview_table.setItem(index, column, item)

    def _preview_failed(self, error: object) -> None:
        known = store_refusal_nl(error)  # e.g. this is the demo, which takes no signal files
        if known is not None:
            self.message.show_error(known)
        elif isinstance(error, FileProblem):
            self.message.show_error(file_problem_nl(error))
        elif isinstance(error, OSError):
            self.message.show_error(file_unreadable_nl())
        else:
            reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
            self.message.show_error(
                fill(self.tr(
                    "The file could not be checked because of an unexpected error. Nothing was "
                    "changed. Reference for your administrator: %1"
                ), reference)
            )

    # ------------------------------------------------------------------------------------
    # importing

    def can_import(self) -> bool:
        preview = self.preview
        if preview is None or self.is_busy() or self.report is not None:
            return False
        if preview.report.new_signals == 0:
            return False
        return not preview.report.errors or self.partial_checkbox.isChecked()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.choose_button.setEnabled(not busy and not self._ws.is_demo)
        self.partial_checkbox.setEnabled(
            not busy
            and self.report is None
            and self.preview is not None
            and self.preview.report.new_signals > 0
        )
        self.import_button.setEnabled(self.can_import())
        preview = self.preview
        if preview is None or self.report is not None:
            self.import_hint.hide()
            return
        hint = ""
        if preview.report.new_signals == 0:
            hint = self.tr("There is nothing new to import from this file.")
        elif preview.report.errors and not self.partial_checkbox.isChecked():
            hint = self.tr(
                "Nothing is imported while rows have problems: correct the file, or tick the box "
                "above to import only the valid rows."
            )
        self.import_hint.setText(hint)
        self.import_hint.setVisible(bool(hint))
        new = preview.report.new_signals
        self.import_button.setText(
            self.tr("Import %n signal(s)", "", new) if new else self.tr("Import")
        )

    def start_import(self) -> None:
        if not self.can_import() or self._data is None:
            return
        assert self.preview is not None
        store, ctx, data = self._ws.store, self._ws.ctx, self._data
        partial, today = self.partial_checkbox.isChecked(), self._ws.today()
        name = self.path.name if self.path is not None else ""

        def work(context: TaskContext) -> ImportReport:
            return run_import(
                store,
                ctx,
                data,
                partial=partial,
                today=today,
                progress=context.progress,
                source_name=name,
            )

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._import_done)
        task.cancelled.connect(self._import_cancelled)
        task.failed.connect(self._import_failed)
        task.finished.connect(self._task_finished)
        self._task = task
        self._importing = True
        total = self.preview.report.new_signals
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m signals"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress_row.show()
        self.message.show_hint(self.tr("Importing… You can cancel: then nothing is imported."))
        task.start()
        self._update_buttons()

    def cancel_import(self) -> None:
        """Stop the import at the next chunk; the whole import is rolled back."""
        if self._task is None or not self._task.is_running() or not self._importing:
            return
        self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.message.show_hint(self.tr("Cancelling the import…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _import_done(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        if not report.applied:  # the file was refused after all: say so, change nothing
            self.message.show_error(
                self.tr("Nothing was imported: the file has problems (listed above).")
            )
            return
        self.report = report
        self.imported_ids = list(report.created)
        for index in range(self.preview_table.rowCount()):
            item = self.preview_table.item(index, 6)
            if item is not None and item.text() == self.tr("new"):
                item.setText(self.tr("imported"))
        left_out = max(0, report.rows_seen - len(report.created) - len(report.duplicates))
        self.message.show_ok(
            fill(
                self.tr("Imported: %1. Already present: %2. Left out: %3."),
                str(len(report.created)),
                str(len(report.duplicates)),
                str(left_out),
            )
        )

    def _import_cancelled(self) -> None:
        self.message.show_hint(self.tr("Import cancelled. Nothing was imported."))

    def _import_failed(self, error: object) -> None:
        known = store_refusal_nl(error)
        if known is not None:
            self.message.show_error(known + " " + self.tr("Nothing was imported."))
            return
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        self.message.show_error(
            fill(self.tr(
                "The import failed and was undone: nothing was imported. Reference for your "
                "administrator: %1"
            ), reference)
        )

    def _task_finished(self) -> None:
        self._importing = False
        self.progress_row.hide()
        self._update_buttons()
        if self.report is not None:
            self.close_button.setFocus()
        if self._close_when_done:
            super().reject()

    # ------------------------------------------------------------------------------------
    # closing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # the button box makes its accept button the default when shown; Enter must not submit
        self.import_button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Enter presses only the button that has the focus; it never submits by default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close; during an import, cancel it first (nothing is imported) and then close."""
        task = self._task
        if task is not None and task.is_running():
            if self._importing:
                self._close_when_done = True
                self.cancel_import()
                return
            task.cancel_and_wait()  # only reading: let it finish, then go
        super().reject()
