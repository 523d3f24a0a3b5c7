"""Making a backup of the open database, and putting a backup back (File menu).

Making one: choose where (the last folder used, else Documents; a name with today's date), see
what will happen, then the copy is made and checked in the background: it must open with the
key and hold exactly the same rows. Cancel stops it and leaves no file behind. A folder that
refuses, a full disk or the database's own file is named in Dutch, and nothing is written.

Putting one back: choose the file; it is checked in the background (cancellable) with this
database's key, or with the passphrase or recovery key it was made with. What it holds is shown
next to what Vangnet holds now, and only an explicit confirmation restores it. The window closes
its database first (as locking does), the restore runs, and the window reopens on the restored
data with the same key. The database it replaces is set aside in its folder, never deleted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import audit, keys
from app.services.backup import (
    BackupInfo,
    BackupProblem,
    DatabaseFacts,
    RestoreResult,
    backup,
    database_facts,
    inspect_backup,
    restore,
)
from app.services.errors import log_unexpected, os_reason_nl
from app.services.handover.sealed import MAGIC as HANDOVER_MAGIC
from app.services.store import DiskFull, StoreError, WrongKey, open_store
from app.services.workspace import Workspace, open_workspace
from app.ui import i18n
from app.ui.background import BackgroundTask, TaskContext
from app.ui.display import show_moment
from app.ui.i18n import fill
from app.ui.task_dialog import TaskDialog, progress_row
from app.ui.widgets import (
    InlineMessage,
    SecretField,
    action_button,
    breakable_path,
    fit_to_screen,
    heading_label,
    path_row,
    store_refusal_nl,
    wrap_label,
)

BACKUP_SUFFIX = ".vangnet"
#: QSettings key: the folder the last backup went to
FOLDER_SETTING = "backup/folder"
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def backup_folder() -> Path:
    """The folder the last backup went to, if it is still there; else Documents."""
    stored = QSettings("Vangnet", "Vangnet").value(FOLDER_SETTING, "")
    if isinstance(stored, str) and stored:
        with contextlib.suppress(OSError):
            if Path(stored).is_dir():
                return Path(stored)
    return documents_folder()


def default_backup_path(today: date, folder: Path | None = None) -> Path:
    """``vangnet-back-up-2026-11-23.vangnet``; ``-2``, ``-3`` … when that name is taken."""
    folder = folder or backup_folder()
    stem = f"vangnet-back-up-{today.isoformat()}"
    candidate = folder / f"{stem}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{BACKUP_SUFFIX}"
        number += 1
    return candidate


def _enter_clicks_focused_button(dialog: TaskDialog, event: QKeyEvent) -> bool:
    """Enter presses only the button that has the focus; it never submits by default."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        focused = dialog.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        event.accept()
        return True
    return False


# ================================================================================================
# making a backup


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    size: int  # bytes
    cases: int


class BackupDialog(TaskDialog):
    """Make a verified backup. ``outcome`` holds what was written after a success."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.target = default_backup_path(workspace.today())
        self.outcome: BackupOutcome | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Make a backup"))
        self.setModal(True)
        self._build()
        self._update()
        self.resize(680, 440)
        fit_to_screen(self, 680, 440)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Make a backup")))
        self.intro = wrap_label(
            self.tr(
                "Vangnet writes an encrypted copy of all its data to the file below, and then "
                "checks that the copy opens and holds exactly the same. The copy opens with the "
                "same key as Vangnet now: your passphrase or your recovery key. You can keep "
                "working meanwhile."
            )
        )
        outer.addWidget(self.intro)
        self.form_area = QWidget()
        form = QFormLayout(self.form_area)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        file_row, self.path_label, self.change_button = path_row(
            breakable_path(self.target), self.tr("&Change…"), self.choose_target
        )
        form.addRow(QLabel(self.tr("Save as:")), file_row)
        outer.addWidget(self.form_area)
        self.advice = wrap_label(
            self.tr(
                "Keep the backup somewhere other than this computer, for example on a USB stick "
                "or the office's network drive."
            )
        )
        self.advice.setObjectName("pageIntro")
        outer.addWidget(self.advice)

        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        self.progress_row, self.progress_bar, self.cancel_button = progress_row(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_backup)
        outer.addWidget(self.progress_row)
        self.result_label = wrap_label(selectable=True)
        self.result_label.hide()
        outer.addWidget(self.result_label)
        outer.addStretch(1)

        buttons = QDialogButtonBox()
        self.folder_button = action_button(self.tr("Show the &folder"), self._open_folder)
        self.folder_button.hide()
        self.start_button = action_button(self.tr("&Make the backup"), self.start_backup)
        self.close_button = action_button(self.tr("Close"), self.reject)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    def _update(self) -> None:
        busy = self.is_busy()
        done = self.outcome is not None
        self.change_button.setEnabled(not busy and not done)
        self.start_button.setEnabled(not busy and not done)
        self.start_button.setVisible(not done)
        self.folder_button.setVisible(done)

    def set_target(self, path: Path) -> None:
        if path.suffix.lower() != BACKUP_SUFFIX:
            path = path.with_name(path.name + BACKUP_SUFFIX)
        self.target = path
        self.path_label.setText(breakable_path(path))
        self.message.clear()

    def choose_target(self) -> None:
        if self.is_busy():
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup"),
            str(self.target),
            self.tr("Vangnet backup (*.vangnet)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked when the backup starts
        )
        if name:
            self.set_target(Path(name))

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            fill(self.tr(
                "There is already a file %1.\n\nReplace it with the new backup? The old file "
                "stays until the new backup has been written and checked."
            ), str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- the work --------------------------------------------------------------------------

    def start_backup(self) -> None:
        if self.is_busy() or self.outcome is not None:
            return
        target = self.target
        force = False
        if target.exists():
            if not self.confirm_overwrite(target):
                self.message.show_hint(self.tr("Nothing was written. Choose another name."))
                return
            force = True
        store, actor = self._ws.store, self._ws.actor
        path, key = store.path, store.key

        def work(context: TaskContext) -> BackupOutcome:
            snap = backup(path, key, target, force=force, progress=context.progress)
            # the backup stands even if recording it has to wait too long
            with contextlib.suppress(StoreError), store.transaction() as session:
                audit.record(
                    session,
                    "export",
                    "backup",
                    "-",
                    actor=actor,
                    detail=f"tables={len(snap.counts)}",
                )
            return BackupOutcome(target, target.stat().st_size, snap.counts.get("cases", 0))

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._backup_done)
        task.failed.connect(self._backup_failed)
        task.cancelled.connect(self._backup_cancelled)
        task.finished.connect(self._task_finished)
        self._task = task
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.message.show_hint(
            self.tr("Making the backup and checking it… You can cancel: then no file is left.")
        )
        task.start()
        self._update()

    def cancel_backup(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.show_hint(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _backup_done(self, result: object) -> None:
        assert isinstance(result, BackupOutcome)
        self.outcome = result
        QSettings("Vangnet", "Vangnet").setValue(FOLDER_SETTING, str(result.path.parent))
        self.message.show_ok(self.tr("The backup was made and checked."))
        self.result_label.setText(
            "\n".join(
                [
                    fill(self.tr("File: %1"), breakable_path(result.path)),
                    fill(self.tr("Size: %1"), self.size_text(result.size)),
                    fill(self.tr("Cases: %1"), str(result.cases)),
                    self.tr(
                        "Checked: the copy opens with the key and holds exactly the same data "
                        "as Vangnet."
                    ),
                ]
            )
        )
        self.result_label.show()
        self.form_area.hide()  # the result names the file
        self.advice.hide()

    def size_text(self, size: int) -> str:
        dutch = i18n.babel_locale().startswith("nl")

        def number(value: float) -> str:
            text = f"{value:.1f}"
            return text.replace(".", ",") if dutch else text

        if size < 1024 * 1024:
            return fill(self.tr("%1 kB"), number(size / 1024))
        return fill(self.tr("%1 MB"), number(size / (1024 * 1024)))

    def _backup_failed(self, error: object) -> None:
        self.message.show_error(self.describe_failure(error))

    def describe_failure(self, error: object) -> str:
        nothing = self.tr("Nothing was written.")
        if isinstance(error, BackupProblem):
            where = str(error.path)
            if error.code == "same_file":
                return fill(self.tr(
                    "%1 is the database's own file. Choose another place for the backup."
                ), where)
            if error.code == "exists":
                return fill(self.tr("There is already a file %1. Choose another name."), where)
            if error.code == "no_folder":
                return (
                    fill(self.tr("The folder %1 does not exist. Choose another folder."), where)
                    + " "
                    + nothing
                )
            if error.code == "not_writable":
                return (
                    fill(self.tr(
                        "Vangnet may not write in the folder %1. Choose another folder, for "
                        "example Documents or a USB stick."
                    ), where)
                    + " "
                    + nothing
                )
            if error.code == "mismatch":
                return self.tr(
                    "The copy did not match the database (was something being changed just "
                    "then?). Nothing was written; try again."
                )
            return error.message_nl
        if isinstance(error, DiskFull):
            return (
                fill(self.tr(
                    "The disk with the folder %1 is full. Make room or choose another place."
                ), str(self.target.parent))
                + " "
                + nothing
            )
        if isinstance(error, OSError):
            return (
                fill(
                    self.tr("The backup could not be written to %1 (%2)."),
                    str(self.target),
                    os_reason_nl(error),
                )
                + " "
                + nothing
            )
        known = store_refusal_nl(error)
        if known is not None:
            return known
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        return fill(self.tr(
            "The backup failed because of an unexpected error. Nothing was written. Reference "
            "for your administrator: %1"
        ), reference)

    def _backup_cancelled(self) -> None:
        self.message.show_hint(self.tr("Backup cancelled. No file was written."))

    def _task_finished(self) -> None:
        self.progress_row.hide()
        self._update()
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _open_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if not _enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_busy():
            self._close_when_done = True
            self.cancel_backup()
            return
        super().reject()


# ================================================================================================
# putting a backup back


@dataclass(frozen=True)
class Inspection:
    backup: BackupInfo
    current: DatabaseFacts
    key: keys.DatabaseKey  # the key that opened the backup


@dataclass(frozen=True)
class RestoreOutcome:
    result: RestoreResult
    workspace: Workspace | None  # the restored database, opened (None if that failed)
    open_error: BaseException | None


def check_backup(
    path: Path,
    key: keys.DatabaseKey,
    current: Path,
    current_key: keys.DatabaseKey,
    progress: Callable[[int, int], bool],
) -> Inspection:
    """Worker-thread job: check the backup and read what it and the current database hold."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(HANDOVER_MAGIC))
    except OSError as exc:
        raise BackupProblem(
            "unreadable",
            path,
            f"{path} cannot be read ({exc.strerror or exc}).",
            f"{path} kan niet gelezen worden.",
        ) from exc
    if head == HANDOVER_MAGIC:
        raise BackupProblem(
            "handover",
            path,
            f"{path} is a handover package, not a backup.",
            f"{path} is een overdrachtsbestand, geen back-up.",
        )
    if head.startswith(_SQLITE_PLAIN_HEADER):
        raise BackupProblem(
            "plain",
            path,
            f"{path} is an unencrypted SQLite file, not a Vangnet backup.",
            f"{path} is een onversleuteld bestand, geen back-up van Vangnet.",
        )
    info = inspect_backup(path, key, progress=progress)
    return Inspection(info, database_facts(current, current_key), key)


class RestoreDialog(TaskDialog):
    """Put a backup back into the running window. ``outcome`` holds the result afterwards.

    `release` closes the window's database (as locking does) and says whether it is closed;
    `adopt` gives the window a workspace again (the restored one, or the old one when the
    restore was refused or cancelled)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        release: Callable[[], bool],
        adopt: Callable[[Workspace], None],
    ) -> None:
        super().__init__(parent)
        self._target = workspace.store.path
        self._key = workspace.store.key
        self._clock = workspace.clock
        self._actor = workspace.actor
        self._release = release
        self._adopt = adopt
        self.path: Path | None = None
        self.inspection: Inspection | None = None
        self.outcome: RestoreOutcome | None = None
        self.needs_key = False
        self._restoring = False  # the window's database is closed: the restore runs
        self._swapping = False  # the last, short part: no longer cancellable
        self._releasing = False
        self._close_when_done = False
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setModal(True)
        self._build()
        self._update()
        self.resize(760, 600)
        fit_to_screen(self, 760, 600)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Restore a backup")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Choose a backup. Vangnet first checks it and shows what is in it; nothing "
                    "changes until you confirm."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        file_row, self.path_label, self.choose_button = path_row(
            self.tr("No file chosen yet."), self.tr("Choose &file…"), self.choose_file
        )
        form.addRow(QLabel(self.tr("Backup:")), file_row)
        outer.addLayout(form)

        # --- the backup's own key, asked only when this database's key does not open it
        self.key_area = QWidget()
        key_layout = QVBoxLayout(self.key_area)
        key_layout.setContentsMargins(0, 0, 0, 0)
        self.key_explanation = wrap_label(
            self.tr(
                "This backup does not open with the key of this database: it was made with "
                "another key (or it is not a Vangnet backup). Type the passphrase or the "
                "recovery key it was made with. The restored data will then open with your "
                "current key."
            )
        )
        key_layout.addWidget(self.key_explanation)
        key_row = QHBoxLayout()
        self.secret = SecretField()
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key of the backup"))
        self.secret.returnPressed.connect(self.try_key)
        key_row.addWidget(self.secret, 1)
        self.key_button = action_button(self.tr("&Open"), self.try_key)
        key_row.addWidget(self.key_button)
        key_label = QLabel(self.tr("&Passphrase or recovery key:"))
        key_label.setBuddy(self.secret.line_edit)
        key_layout.addWidget(key_label)
        key_layout.addLayout(key_row)
        self.key_area.hide()
        outer.addWidget(self.key_area)

        # --- what the backup holds next to what Vangnet holds now
        self.preview_area = QWidget()
        preview = QVBoxLayout(self.preview_area)
        preview.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        bold = self.font()
        bold.setBold(True)
        for column, text in ((1, self.tr("In the backup")), (2, self.tr("In Vangnet now"))):
            header = QLabel(text)
            header.setFont(bold)
            self.grid.addWidget(header, 0, column)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        rows = (
            ("saved", self.tr("Made on")),
            ("office", self.tr("Office")),
            ("cases", self.tr("Cases")),
            ("changed", self.tr("Last change")),
        )
        for row, (name, text) in enumerate(rows, start=1):
            self.grid.addWidget(QLabel(text), row, 0, Qt.AlignmentFlag.AlignTop)
            pair = (wrap_label(selectable=True), wrap_label(selectable=True))
            self.grid.addWidget(pair[0], row, 1)
            self.grid.addWidget(pair[1], row, 2)
            self.cells[name] = pair
        preview.addLayout(self.grid)
        self.other_office = wrap_label()
        self.other_office.hide()
        preview.addWidget(self.other_office)
        self.consequence = wrap_label(selectable=True)
        self.consequence.setObjectName("pageIntro")
        preview.addWidget(self.consequence)
        self.confirm = QCheckBox(
            self.tr("I understand: the data in Vangnet now is replaced by this backup.")
        )
        self.confirm.toggled.connect(self._update)
        preview.addWidget(self.confirm)
        self.preview_area.hide()
        outer.addWidget(self.preview_area)

        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        self.progress_row, self.progress_bar, self.cancel_button = progress_row(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_work)
        outer.addWidget(self.progress_row)
        outer.addStretch(1)

        buttons = QDialogButtonBox()
        self.restore_button = action_button(self.tr("&Restore"), self.start_restore)
        self.close_button = action_button(self.tr("Cancel"), self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    def _update(self) -> None:
        busy = self.is_busy()
        done = self.outcome is not None
        self.choose_button.setEnabled(not busy and not done)
        self.secret.setEnabled(not busy)
        self.key_button.setEnabled(not busy)
        self.key_area.setVisible(self.needs_key and not done)
        self.confirm.setEnabled(not busy and not done)
        self.restore_button.setVisible(not done)
        self.restore_button.setEnabled(
            self.inspection is not None and self.confirm.isChecked() and not busy and not done
        )
        if done:
            self.close_button.setText(self.tr("Close"))

    # --- choosing and checking -------------------------------------------------------------

    def choose_file(self) -> None:
        if self.is_busy():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup_folder()),
            self.tr("Vangnet backup (*.vangnet);;All files (*)"),
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        """Check the chosen file, first with this database's own key."""
        self.path = path
        self.path_label.setText(breakable_path(path))
        self.needs_key = False
        self.secret.clear()
        self._check(self._key)

    def try_key(self) -> None:
        """Check the backup again with the passphrase or recovery key typed for it."""
        text = self.secret.text().strip()
        if self.path is None or self.is_busy():
            return
        if not text:
            self.message.show_error(self.tr("Type the passphrase or recovery key first."))
            self.secret.setFocus()
            return
        self._check(keys.key_from_secret(text), typed=text)

    def _check(self, key: keys.DatabaseKey, typed: str | None = None) -> None:
        path = self.path
        assert path is not None
        self.inspection = None
        self.confirm.setChecked(False)
        self.preview_area.hide()
        target, current_key = self._target, self._key

        def work(context: TaskContext) -> Inspection:
            return check_backup(path, key, target, current_key, context.progress)

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._checked)
        task.failed.connect(lambda error: self._check_failed(error, key, typed))
        task.cancelled.connect(
            lambda: self.message.show_hint(self.tr("Check cancelled. Nothing was changed."))
        )
        task.finished.connect(self._task_finished)
        self._task = task
        self._show_progress(self.tr("%p% checked"))
        self.message.show_hint(
            self.tr("Checking the backup… This reads the whole file; you can cancel.")
        )
        task.start()
        self._update()

    def _checked(self, result: object) -> None:
        assert isinstance(result, Inspection)
        self.inspection = result
        self.needs_key = False
        self.secret.clear()
        self.message.show_ok(
            self.tr("The backup is sound: it opens and every page and table checks out.")
        )
        self._fill_preview(result)
        self.preview_area.show()
        self.confirm.setFocus()

    def _fill_preview(self, found: Inspection) -> None:
        ours, now = found.backup.facts, found.current
        unknown = self.tr("unknown")
        values = {
            "saved": (show_moment(found.backup.saved_at), "—"),
            "office": (ours.office_name or unknown, now.office_name or unknown),
            "cases": (str(ours.cases), str(now.cases)),
            "changed": (
                show_moment(ours.last_change) if ours.last_change else unknown,
                show_moment(now.last_change) if now.last_change else unknown,
            ),
        }
        for name, (left, right) in values.items():
            self.cells[name][0].setText(left)
            self.cells[name][1].setText(right)
        if ours.office_name and now.office_name and ours.office_name != now.office_name:
            self.other_office.setText(
                "⚠ "
                + fill(
                    self.tr("This backup is of another office (%1), not of %2."),
                    ours.office_name,
                    now.office_name,
                )
            )
            self.other_office.show()
        else:
            self.other_office.hide()
        aside = f"{self._target.stem}.before-restore-…{self._target.suffix}"
        self.consequence.setText(
            fill(self.tr(
                "Restoring replaces all data in Vangnet with this backup: what was entered "
                "after the backup was made is then no longer in Vangnet. The current database "
                "is not deleted: Vangnet sets it aside in the folder %1 as %2."
            ), breakable_path(self._target.parent), aside)
        )

    def _check_failed(self, error: object, key: keys.DatabaseKey, typed: str | None) -> None:
        if isinstance(error, WrongKey):
            if typed is None:  # this database's key: ask for the backup's own
                self.needs_key = True
                self.message.show_error(
                    self.tr(
                        "This backup was made with another key. Type its passphrase or "
                        "recovery key below."
                    )
                )
                self._update()
                self.secret.setFocus()
                return
            self.message.show_error(self._wrong_secret(key, typed))
            self.secret.clear()
            self.secret.setFocus()
            return
        self.message.show_error(self.describe_failure(error, self.tr("Nothing was changed.")))

    def _wrong_secret(self, key: keys.DatabaseKey, typed: str) -> str:
        if key.raw is not None:
            return self.tr("This recovery key does not open this backup either.")
        if keys.looks_like_recovery_key(typed) and (group := keys.recovery_typo_group(typed)):
            return fill(self.tr(
                "This looks like a recovery key with a typing error in group %1 (of 14). Check "
                "that group against the sheet and try again."
            ), str(group))
        if keys.looks_like_recovery_key(typed):
            return self.tr(
                "This looks like a recovery key, but one of the groups has a typing error. "
                "Check it against the sheet and try again."
            )
        return self.tr("This passphrase does not open this backup either. Check it and try again.")

    def describe_failure(self, error: object, nothing: str) -> str:
        if isinstance(error, BackupProblem):
            where = str(error.path)
            texts = {
                "not_found": self.tr("There is no file %1."),
                "unreadable": self.tr("The file %1 cannot be read."),
                "handover": self.tr(
                    "%1 is a handover package, not a backup. Receive it with File > Receive a "
                    "handover."
                ),
                "plain": self.tr("%1 is not encrypted, so it is not a Vangnet backup."),
                "damaged": self.tr(
                    "The backup %1 is damaged: not every page or table checks out. Choose "
                    "another backup."
                ),
                "not_vangnet": self.tr("%1 opens, but it is not a Vangnet backup."),
                "newer": self.tr(
                    "The backup %1 was made by a newer version of Vangnet. Update Vangnet first."
                ),
                "mismatch": self.tr("The copy did not match the backup %1, so it was not used."),
                "not_writable": self.tr("Vangnet may not write in the folder %1."),
            }
            text = texts.get(error.code)
            return (fill(text, where) if text else error.message_nl) + " " + nothing
        if isinstance(error, DiskFull):
            return (
                fill(
                    self.tr("The disk with the folder %1 is full. Make room and try again."),
                    str(self._target.parent),
                )
                + " "
                + nothing
            )
        known = store_refusal_nl(error)
        if known is not None:
            return known
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        return (
            fill(
                self.tr("An unexpected error stopped it. Reference for your administrator: %1"),
                reference,
            )
            + " "
            + nothing
        )

    # --- restoring -------------------------------------------------------------------------

    def start_restore(self) -> None:
        found = self.inspection
        if found is None or not self.confirm.isChecked() or self.is_busy():
            return
        self._releasing = True
        try:
            released = self._release()  # the window closes its database, as when locking
        finally:
            self._releasing = False
        if not released:
            self.message.show_error(
                self.tr("Vangnet could not close the database to restore it. Nothing was changed.")
            )
            return
        self._restoring = True
        self._swapping = False
        source, target, key, into = found.backup.path, self._target, found.key, self._key
        clock, actor = self._clock, self._actor

        def work(context: TaskContext) -> RestoreOutcome:
            result = restore(
                source, key, target, force=True, into_key=into, progress=context.progress
            )
            try:  # restored: open it again, with the key the window used all along
                store = open_store(target, into)
                with store.transaction() as session:
                    audit.record(
                        session, "restore", "database", "-", actor=actor, detail="from backup"
                    )
                return RestoreOutcome(result, open_workspace(store, clock), None)
            except Exception as exc:  # said in the window; the lock screen can open it later
                return RestoreOutcome(result, None, exc)

        task = BackgroundTask(work, self)
        task.progressed.connect(self._restore_progress)
        task.succeeded.connect(self._restored)
        task.failed.connect(self._restore_failed)
        task.cancelled.connect(self._restore_cancelled)
        task.finished.connect(self._task_finished)
        self._task = task
        self._show_progress(self.tr("%p% restored"))
        self.message.show_hint(
            self.tr(
                "Restoring… Vangnet has closed its data meanwhile. You can cancel until the "
                "backup is put in place."
            )
        )
        task.start()
        self._update()

    def _restore_progress(self, done: int, total: int) -> None:
        self._progress(done, total)
        if done >= total and not self._swapping:
            self._swapping = True
            self.cancel_button.setEnabled(False)
            self.close_button.setEnabled(False)
            self.message.show_hint(
                self.tr(
                    "Putting the backup in place and setting the current database aside. This "
                    "takes a moment and can no longer be cancelled."
                )
            )

    def _restored(self, result: object) -> None:
        assert isinstance(result, RestoreOutcome)
        self.outcome = result
        self._restoring = False
        kept = result.result.previous_kept_at
        lines = [
            self.tr(
                "The backup was restored: Vangnet now shows its %n case(s).",
                "",
                result.result.snapshot.counts.get("cases", 0),
            )
        ]
        if kept is not None:
            lines.append(
                fill(self.tr("The database it replaced is kept as %1"), breakable_path(kept))
            )
        if result.workspace is not None:
            self._adopt(result.workspace)
            self.message.show_ok("\n".join(lines))
        else:
            error = result.open_error
            lines.append(
                fill(self.tr(
                    "But Vangnet could not open it again (%1). Use Unlock in the window to open it."
                ), store_refusal_nl(error) or type(error).__name__)
            )
            self.message.show_error("\n".join(lines))
        self.preview_area.hide()

    def _restore_failed(self, error: object) -> None:
        self._restoring = False
        self.message.show_error(self.describe_failure(error, self.tr("Nothing was restored.")))
        self._reopen_current()

    def _restore_cancelled(self) -> None:
        self._restoring = False
        self.message.show_hint(self.tr("Restore cancelled. Nothing was changed."))
        self._reopen_current()

    def _reopen_current(self) -> None:
        """Refused or cancelled: nothing changed, so the window gets its database back."""
        try:
            store = open_store(self._target, self._key)
            workspace = open_workspace(store, self._clock)
        except Exception as exc:
            text = store_refusal_nl(exc) or fill(self.tr("reference %1"), log_unexpected(exc))
            self.message.show_error(
                self.message.text()
                + "\n"
                + fill(self.tr(
                    "Vangnet could not open its data again (%1); use Unlock in the window."
                ), text)
            )
            return
        self._adopt(workspace)

    # --- shared ----------------------------------------------------------------------------

    def _show_progress(self, text: str) -> None:
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(text)
        self.cancel_button.setEnabled(True)
        self.progress_row.show()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def cancel_work(self) -> None:
        task = self._task
        if task is not None and task.is_running() and not self._swapping:
            task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.show_hint(self.tr("Cancelling…"))

    def _task_finished(self) -> None:
        self.progress_row.hide()
        self._swapping = False
        self.close_button.setEnabled(True)
        self._update()
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def is_restoring(self) -> bool:
        return self._restoring

    def stop_for_lock(self) -> None:
        if self._releasing:  # this dialog itself asked the window to close its database
            return
        super().stop_for_lock()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if not _enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_busy():
            if self._restoring:  # wait for the outcome: the window must get its data back
                self._close_when_done = True
                self.cancel_work()
                return
            task = self._task
            if task is not None:
                task.cancel_and_wait()  # only reading: let it stop, then go
        super().reject()
