"""All feedback letters due today or overdue, in one go, into a folder the worker picks.

The letters are made in a background thread with a progress bar and a cancel button (letters
already made stay, each complete and on its case's timeline). One PDF per letter plus one
combined PDF for printing. Letters that cannot be made are listed with the reason, in Dutch.
Afterwards the window lists every letter made (reference, addressee, kind, file), each with a
tick box; nothing is marked as sent until the worker, having seen that list, presses "Mark the
ticked letters as sent" (which meets their feedback deadline and says how many were marked).
"E-mail the ticked letters" writes an e-mail draft (.eml) next to each PDF and opens it in the
mail program, to send with the office's secure-mail add-in (Zivver, ZorgMail; covenant B2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import log_unexpected
from app.services.letters import (
    BatchReport,
    ContactSource,
    FolderProblem,
    mark_batch_sent,
    run_feedback_batch,
)
from app.services.letters.batch import BatchLetter, write_batch_drafts
from app.services.letters.letter_actions import case_names, due_feedback_count
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask, TaskContext
from app.ui.i18n import fill
from app.ui.letter_dialog import channel_combo, chosen_channel
from app.ui.problem_text import shown
from app.ui.task_dialog import TaskDialog, progress_row
from app.ui.widgets import (
    InlineMessage,
    breakable_path,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

_FOLDER_SETTING = "letters/batch_folder"


class LetterBatchDialog(TaskDialog):
    """`report` holds the outcome after a run; `changed` fires when cases were touched."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        contacts: ContactSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._contacts = contacts
        self._close_when_done = False
        self.report: BatchReport | None = None
        self.folder: Path | None = None
        self._due = 0
        self._marked = False
        #: how a draft is handed to the mail program (tests record instead of opening)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.setWindowTitle(self.tr("Feedback letters due"))
        self._build()
        stored = QSettings("Vangnet", "Vangnet").value(_FOLDER_SETTING, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            self.set_folder(Path(stored))
        self.count_due()
        self.resize(760, 560)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Feedback letters due today or overdue")))
        self.count_label = wrap_label()
        outer.addWidget(self.count_label)

        folder_row = QHBoxLayout()
        self.folder_label = wrap_label(self.tr("No folder chosen yet."), selectable=True)
        folder_row.addWidget(self.folder_label, 1)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(folder_row)
        outer.addWidget(
            wrap_label(
                self.tr(
                    "One PDF per letter, plus one combined PDF for printing. Each letter is put "
                    "on its case's timeline."
                )
            )
        )

        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        # every letter made, before anything is marked as sent; the worker unticks what stays
        self.letters = QTableWidget(0, 4)
        self.letters.setObjectName("batchLetters")
        self.letters.setAccessibleName(self.tr("Letters made"))
        self.letters.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Addressee"), self.tr("Kind"), self.tr("File")]
        )
        self.letters.verticalHeader().hide()
        self.letters.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.letters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.letters.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.letters.hide()
        self.letters.itemChanged.connect(lambda _item: self._update_buttons())
        outer.addWidget(self.letters, 2)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.hide()
        outer.addWidget(self.failures, 1)
        outer.addStretch(0)

        send_row = QHBoxLayout()
        self.email_hint = wrap_label(
            self.tr(
                "E-mail opens a draft in your mail program; send it from there with the secure "
                "mail add-in (Zivver, ZorgMail)."
            )
        )
        self.email_hint.setObjectName("emailHint")
        send_row.addWidget(self.email_hint, 1)
        self.channel_label = QLabel(self.tr("Sent by:"))
        self.channel = channel_combo(self)
        self.channel_label.setBuddy(self.channel)
        send_row.addWidget(self.channel_label)
        send_row.addWidget(self.channel)
        outer.addLayout(send_row)

        self.progress_row, self.progress_bar, self.cancel_button = progress_row(self.tr("Stop"))
        self.progress_bar.setFormat(self.tr("%v of %m letters"))
        self.cancel_button.clicked.connect(self.cancel)
        outer.addWidget(self.progress_row)

        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Make the letters"))
        self.start_button.clicked.connect(self.start)
        self.email_button = QPushButton(self.tr("E-mail the ticked letters"))
        self.email_button.setObjectName("emailTicked")
        self.email_button.clicked.connect(self.send_by_email)
        self.email_button.setEnabled(False)
        self.sent_button = QPushButton(self.tr("Mark the ticked letters as sent"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.sent_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.start_button,
            self.email_button,
            self.sent_button,
            self.open_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    # --- before the run --------------------------------------------------------------------

    def count_due(self) -> int:
        due = due_feedback_count(self._ws.store, self._ws.today())
        self.count_label.setText(
            self.tr("%n feedback letter(s) are due today or overdue.", "", due)
            if due
            else self.tr("No feedback letter is due today or overdue.")
        )
        self._due = due
        self._update_buttons()
        return due

    def choose_folder(self) -> None:
        start = (
            str(self.folder)
            if self.folder
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), start)
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(breakable_path(folder))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.start_button.setEnabled(not busy and self.folder is not None and self._due > 0)
        self.choose_button.setEnabled(not busy)
        ticked = bool(self.ticked_case_ids())
        self.open_button.setEnabled(not busy and self.report is not None)
        self.sent_button.setEnabled(not busy and ticked and not self._marked)
        self.email_button.setEnabled(not busy and ticked and not self._marked)

    # --- the run ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.folder is None or self.is_busy():
            return
        store, ctx, today = self._ws.store, self._ws.ctx, self._ws.today()
        folder, contacts, actor = self.folder, self._contacts, self._ws.actor

        def work(context: TaskContext) -> BatchReport:
            return run_feedback_batch(
                store,
                ctx,
                folder,
                today,
                progress=context.progress,
                contacts=contacts,
                actor=actor,
            )

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._task = task
        self.report = None
        self._marked = False
        self.failures.hide()
        self.letters.setRowCount(0)
        self.letters.hide()
        self.progress_bar.setRange(0, max(self._due, 1))
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Stop"))
        self.progress_row.show()
        self.message.show_hint(
            self.tr("Making the letters… You can stop: the letters already made are kept.")
        )
        QSettings("Vangnet", "Vangnet").setValue(_FOLDER_SETTING, str(folder))
        task.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, BatchReport)
        self.report = outcome
        made, failed = len(outcome.made), len(outcome.failed)
        text = fill(self.tr("%1 of %2 letters made."), str(made), str(outcome.total))
        if outcome.combined is not None:
            text += " " + fill(self.tr("For printing: %1"), outcome.combined.name)
        if outcome.cancelled:
            text += " " + self.tr("Stopped on request; the letters already made are kept.")
        if failed:
            text += " " + self.tr("%n letter(s) could not be made (see below).", "", failed)
            self.message.show_error(text)
        else:
            self.message.show_ok(text)
        if failed:
            self.failures.setPlainText(self._failure_lines(outcome))
            self.failures.show()
        self._fill_letters(outcome.made)
        if made:
            self.changed.emit()

    # --- the list of letters made ----------------------------------------------------------

    def _fill_letters(self, letters: list[BatchLetter]) -> None:
        kind = self.tr("feedback to the corporation")
        self.letters.blockSignals(True)
        self.letters.setRowCount(len(letters))
        for row, item in enumerate(letters):
            reference = QTableWidgetItem(item.reference)
            reference.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            reference.setCheckState(Qt.CheckState.Checked)
            reference.setData(Qt.ItemDataRole.UserRole, item.case_id)
            addressee = f"{item.recipient} <{item.email}>" if item.email else item.recipient
            cells = [reference, QTableWidgetItem(addressee or "–"), QTableWidgetItem(kind)]
            cells.append(QTableWidgetItem(item.path.name))
            cells[3].setToolTip(str(item.path))
            for column, cell in enumerate(cells):
                self.letters.setItem(row, column, cell)
        self.letters.blockSignals(False)
        self.letters.setVisible(bool(letters))
        self._update_buttons()

    def ticked_case_ids(self) -> list[int]:
        """The cases whose row is ticked, in the list's order."""
        ids: list[int] = []
        for row in range(self.letters.rowCount()):
            cell = self.letters.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                ids.append(int(cell.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_ticked(self, case_id: int, ticked: bool) -> None:
        for row in range(self.letters.rowCount()):
            cell = self.letters.item(row, 0)
            if cell is not None and int(cell.data(Qt.ItemDataRole.UserRole)) == case_id:
                cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _failure_lines(self, report: BatchReport) -> str:
        names = case_names(self._ws.store, [f.case_id for f in report.failed])
        lines = []
        for failure in report.failed:
            who = names.get(failure.case_id, "")
            head = fill(self.tr("Case %1"), str(failure.case_id))
            lines.append(f"{head} {who}: {shown(failure.refusal)}".replace("\n", " "))
        return "\n".join(lines)

    def _failed(self, error: object) -> None:
        if isinstance(error, FolderProblem):
            self.message.show_error(shown(error))
            return
        known = store_refusal_nl(error)
        if known is not None:
            self.message.show_error(known)
            return
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        self.message.show_error(
            fill(self.tr(
                "The letters could not be made because of an unexpected error. Reference for "
                "your administrator: %1"
            ), reference)
        )

    def _finished(self) -> None:
        self.progress_row.hide()
        self.count_due()
        if self._close_when_done:
            super().reject()

    # --- after the run ---------------------------------------------------------------------

    def send_by_email(self) -> list[Path]:
        """An e-mail draft next to each ticked letter's PDF, each opened in the mail program."""
        report = self.report
        ticked = set(self.ticked_case_ids())
        if report is None or not ticked or self.is_busy():
            return []
        try:
            drafts = write_batch_drafts([m for m in report.made if m.case_id in ticked])
        except FolderProblem as problem:
            self.message.show_error(shown(problem))
            return []
        paths = [item.draft for item in drafts if item.draft is not None]
        for path in paths:
            self.open_url(QUrl.fromLocalFile(str(path)))
        self.channel.setCurrentIndex(self.channel.findData("email"))
        self.message.show_ok(
            self.tr(
                "%n e-mail draft(s) opened in your mail program. Send them from there; then "
                "mark the letters as sent.",
                "",
                len(paths),
            )
        )
        return paths

    def mark_sent(self) -> bool:
        report = self.report
        ticked = self.ticked_case_ids()
        if report is None or not ticked or self.is_busy():
            return False
        channel = chosen_channel(
            self.channel,
            self.message,
            self.tr("Choose first how the letters went out (Sent by), then mark them as sent."),
        )
        if channel is None:
            return False
        today = self._ws.today()
        failed = mark_batch_sent(
            self._ws.store,
            self._ws.ctx,
            ticked,
            today,
            today=today,
            actor=self._ws.actor,
            channel=channel,
        )
        self._marked = True
        marked = len(ticked) - len(failed)
        text = self.tr("%n letter(s) marked as sent; their feedback deadline is met.", "", marked)
        left = len(report.made) - len(ticked)
        if left:
            text += " " + self.tr("%n letter(s) not ticked: not marked.", "", left)
        if failed:
            self.message.show_error(
                text + "\n" + "\n".join(f"{f.case_id}: {shown(f.refusal)}" for f in failed)
            )
        else:
            self.message.show_ok(text)
        self.changed.emit()
        self._update_buttons()
        return not failed

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # --- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing during a run stops it first (the letters made are kept), then closes."""
        if self.is_busy():
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def open_letter_batch_dialog(
    workspace: Workspace,
    parent: QWidget | None = None,
    *,
    on_changed: Callable[[], None] | None = None,
    contacts: ContactSource | None = None,
) -> LetterBatchDialog:
    """Show the dialog (modal); `on_changed` runs whenever letters were made or marked sent."""
    dialog = LetterBatchDialog(workspace, parent, contacts=contacts)
    if on_changed is not None:
        dialog.changed.connect(on_changed)
    dialog.exec()
    return dialog
