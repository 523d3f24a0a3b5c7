"""Handing cases over to a colleague on another laptop, and receiving such a handover (H 2).

Handing over: choose to whom (wijkteam, SDV or troubleshooter), the receiver's name and where to
save the file; the cases are listed before anything happens. The export runs in the background;
afterwards the passphrase is shown once, with the instruction to pass it on by another channel.
The cases are then marked "handed over" here. If anything fails, nothing is changed.

Receiving: choose the file, type the passphrase (capitals, spaces and dashes do not matter) and
open it: a preview shows who sent what, and which cases are already here (those are merged). Only
Import writes. A wrong passphrase or a damaged or incomplete file is said in Dutch, and the
passphrase stays in its field for another try.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.case_detail import case_detail
from app.services.contacts.sync import contacts_folder
from app.services.errors import log_unexpected, os_reason_nl
from app.services.handover.exchange import (
    ExportResult,
    HandoverCancelled,
    HandoverProblem,
    ImportResult,
    PackagePreview,
    export_handover,
    import_handover,
    open_package,
    preview_handover,
)
from app.services.handover.payload import ROLES, PayloadProblem
from app.services.handover.sealed import PackageProblem
from app.services.letters.files import FolderProblem
from app.services.store import Store
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask, TaskContext
from app.ui.display import show_date, show_moment
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.task_dialog import TaskDialog, progress_row
from app.ui.widgets import (
    InlineMessage,
    action_button,
    breakable_path,
    fit_to_screen,
    heading_label,
    monospace_font,
    path_row,
    store_refusal_nl,
    wrap_label,
)

FILE_SUFFIX = ".vangnet"
PASSPHRASE_WARNING_STYLE = (
    "background: #fff1d6; color: #4d2c00; padding: 8px; border-radius: 4px; font-weight: 600;"
)


def _documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def default_target(store: Store, today: date) -> Path:
    """``overdracht-2026-11-23.vangnet`` in the shared folder if it can be reached, else in
    Documents; ``-2``, ``-3`` … when that name is taken."""
    with store.session() as session:
        shared = contacts_folder(session)
    folder = _documents_folder()
    if shared is not None:
        with contextlib.suppress(OSError):
            if shared.is_dir():
                folder = shared
    stem = f"overdracht-{today.isoformat()}"
    candidate = folder / f"{stem}{FILE_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{FILE_SUFFIX}"
        number += 1
    return candidate


def enter_clicks_focused_button(dialog: QDialog, event: QKeyEvent) -> bool:
    """Enter presses only the button that has the focus; it never submits by default.

    Returns True when the key was Enter (and so was handled here)."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        focused = dialog.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        event.accept()
        return True
    return False


# ================================================================================================
# handing over


@dataclass(frozen=True)
class CaseLine:
    case_id: int
    name: str
    corporation: str
    reference: str
    status: str


def case_lines(workspace: Workspace, case_ids: Sequence[int]) -> list[CaseLine]:
    """Name, corporation, reference and status of each case, for the list to confirm."""
    out = []
    today = workspace.today()
    with workspace.store.session() as session:
        for case_id in dict.fromkeys(case_ids):
            d = case_detail(session, case_id, today, workspace.ctx)
            if d is not None:
                out.append(
                    CaseLine(case_id, d["naam"], d["corporatie"], d["referentie"], d["status"])
                )
    return out


class HandoverExportDialog(TaskDialog):
    """Hand the given cases over. ``result_export`` holds the outcome after a success."""

    def __init__(
        self,
        workspace: Workspace,
        case_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.cases = case_lines(workspace, case_ids)
        self.target: Path = default_target(workspace.store, workspace.today())
        self.result_export: ExportResult | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Hand over cases"))
        self.setModal(True)
        self._build()
        self._update()
        self.resize(760, 480)
        fit_to_screen(self, 760, 480)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Hand over cases")))

        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(
            wrap_label(
                self.tr(
                    "The cases go into an encrypted file for a colleague on another laptop. "
                    "Vangnet makes a passphrase for the file; you pass it on separately. Here "
                    "the cases are then marked as handed over; nothing is deleted."
                )
            )
        )
        count = len(self.cases)
        self.cases_caption = wrap_label(self.tr("The %n case(s) to hand over:", "", count))
        form_layout.addWidget(self.cases_caption)
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Cases to hand over"))
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.case_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for line in self.cases:
            text = f"{line.name} — {line.corporation}, {line.reference}"
            if line.status == "gesloten":
                text += "  " + self.tr("(closed: cannot be handed over)")
            elif line.status == "overgedragen":
                text += "  " + self.tr("(already handed over once)")
            self.case_list.addItem(text)
        row = self.case_list.sizeHintForRow(0) if count else self.fontMetrics().height() + 4
        self.case_list.setMinimumHeight(max(2, min(count, 4)) * row + 8)
        self.case_list.setMaximumHeight(max(2, min(count, 8)) * row + 8)
        form_layout.addWidget(self.case_list)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        roles = QHBoxLayout()
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        for role in ROLES:
            button = QRadioButton(self._role_text(role))
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles.addWidget(button)
            button.toggled.connect(self._update)
        roles.addStretch(1)
        role_label = QLabel(self.tr("Hand over &to:"))
        role_label.setBuddy(self.role_buttons[ROLES[0]])
        form.addRow(role_label, roles)

        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("Name of the colleague who receives the cases"))
        self.receiver.setMaxLength(200)
        self.receiver.textChanged.connect(self._update)
        receiver_label = QLabel(self.tr("&Receiver:"))
        receiver_label.setBuddy(self.receiver)
        form.addRow(receiver_label, self.receiver)

        file_row, self.path_label, self.change_button = path_row(
            breakable_path(self.target), self.tr("&Change…"), self.choose_target
        )
        form.addRow(QLabel(self.tr("Save as:")), file_row)
        form_layout.addLayout(form)

        self.consequence = wrap_label(
            self.tr(
                "After the handover these cases show the status “handed over” here, with a "
                "handover event on their timeline."
            )
        )
        self.consequence.setObjectName("pageIntro")
        form_layout.addWidget(self.consequence)
        form_layout.addStretch(1)
        outer.addWidget(self.form_page, 1)

        self.done_page = self._build_done_page()
        self.done_page.hide()
        outer.addWidget(self.done_page, 1)

        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        self.progress_row, self.progress_bar, self.cancel_button = progress_row(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_export)
        outer.addWidget(self.progress_row)

        self._buttons = QDialogButtonBox()
        self.handover_button = action_button(
            self.tr("Hand over %n case(s)", "", count), self.start_export
        )
        self.close_button = action_button(self.tr("Cancel"), self.reject)
        self._buttons.addButton(self.handover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self._buttons)

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_text = wrap_label(selectable=True)
        layout.addWidget(self.done_text)
        layout.addSpacing(8)
        caption = wrap_label(self.tr("The passphrase for this file:"))
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        layout.addWidget(caption)

        row = QHBoxLayout()
        self.passphrase_label = QLabel()
        self.passphrase_label.setObjectName("passphrase")
        mono = monospace_font().family()
        self.passphrase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.passphrase_label.setFrameShape(QFrame.Shape.StyledPanel)
        # the window's style sheet sets every font size, so the size is set here the same way
        self.passphrase_label.setStyleSheet(
            f"QLabel#passphrase {{ background: white; padding: 10px 14px; font-size: 20pt; "
            f"font-family: '{mono}'; font-weight: 600; }}"
        )
        self.passphrase_label.setAccessibleName(self.tr("Passphrase"))
        row.addWidget(self.passphrase_label, 0)
        self.copy_button = action_button(self.tr("&Copy"), self.copy_passphrase)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout.addLayout(row)

        self.channel_warning = wrap_label(
            self.tr(
                "Pass this passphrase on through another channel (by phone, for example), not "
                "in the same e-mail as the file."
            )
        )
        self.channel_warning.setStyleSheet(PASSPHRASE_WARNING_STYLE)
        layout.addWidget(self.channel_warning)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "The passphrase is shown only now: Vangnet does not keep it. Without it the "
                    "file cannot be opened."
                )
            )
        )
        folder_row = QHBoxLayout()
        self.folder_button = action_button(self.tr("Show the &folder"), self._open_folder)
        folder_row.addWidget(self.folder_button)
        folder_row.addStretch(1)
        layout.addLayout(folder_row)
        layout.addStretch(1)
        return page

    def _role_text(self, role: str) -> str:
        return {
            "wijkteam": self.tr("Wijkteam"),
            "sdv": self.tr("SDV (debt services)"),
            "troubleshooter": self.tr("Troubleshooter"),
        }[role]

    # --- state -----------------------------------------------------------------------------

    def chosen_role(self) -> str | None:
        return next((r for r, b in self.role_buttons.items() if b.isChecked()), None)

    def closed_cases(self) -> list[CaseLine]:
        return [line for line in self.cases if line.status == "gesloten"]

    def can_export(self) -> bool:
        return (
            bool(self.cases)
            and not self.closed_cases()
            and self.chosen_role() is not None
            and bool(self.receiver.text().strip())
            and self.result_export is None
            and not self.is_busy()
        )

    def _update(self) -> None:
        busy = self.is_busy()
        done = self.result_export is not None
        for widget in (self.receiver, self.change_button, *self.role_buttons.values()):
            widget.setEnabled(not busy and not done)
        self.handover_button.setEnabled(self.can_export())
        self.handover_button.setVisible(not done)
        if not self.cases:
            self.message.show_error(self.tr("There is no case to hand over."))
        elif self.closed_cases() and not busy and not done:
            self.message.show_error(
                self.tr("A closed case is not handed over. Select only open cases and try again.")
            )

    def choose_target(self) -> None:
        if self.is_busy():
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the handover file"),
            str(self.target),
            self.tr("Vangnet handover (*.vangnet)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        self.target = path
        self.path_label.setText(breakable_path(path))

    # --- exporting -------------------------------------------------------------------------

    def start_export(self) -> None:
        if not self.can_export():
            return
        role = self.chosen_role()
        assert role is not None
        store, ctx, target = self._ws.store, self._ws.ctx, self.target
        receiver, today, actor = self.receiver.text().strip(), self._ws.today(), self._ws.actor
        ids = [line.case_id for line in self.cases]

        def work(context: TaskContext) -> ExportResult:
            return export_handover(
                store,
                ids,
                target,
                ctx,
                to_role=role,
                receiver=receiver,
                today=today,
                actor=actor,
                progress=context.progress,
            )

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._export_done)
        task.failed.connect(self._export_failed)
        task.cancelled.connect(self._export_cancelled)
        task.finished.connect(self._task_finished)
        self._task = task
        self.progress_bar.setRange(0, len(ids))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m cases"))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.message.show_hint(self.tr("Handing over… You can cancel: then nothing changes."))
        task.start()
        self._update()

    def cancel_export(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.show_hint(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _export_done(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.result_export = result
        self.message.clear()
        self.done_text.setText(
            self.tr("The handover file was written:")
            + "\n"
            + breakable_path(result.path)
            + "\n\n"
            + self.tr(
                "The %n case(s) are now marked as handed over in this database.",
                "",
                len(result.case_ids),
            )
        )
        self.passphrase_label.setText(result.passphrase)
        self.form_page.hide()
        self.done_page.show()
        self.close_button.setText(self.tr("Close"))
        self.copy_button.setFocus()

    def _export_failed(self, error: object) -> None:
        nothing = self.tr("Nothing was changed.")
        if isinstance(error, HandoverProblem):
            text = f"{error.message_nl} {nothing}"
        elif isinstance(error, FolderProblem):
            text = fill(self.tr("The file could not be saved: %1"), shown(error))
            text += " " + nothing
        elif isinstance(error, OSError):
            text = fill(self.tr("The file could not be saved (%1)."), os_reason_nl(error))
            text += " " + nothing
        elif (known := store_refusal_nl(error)) is not None:
            text = known
        else:
            reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
            text = fill(self.tr(
                "The handover failed because of an unexpected error. Nothing was changed. "
                "Reference for your administrator: %1"
            ), reference)
        self.message.show_error(text)

    def _export_cancelled(self) -> None:
        self.message.show_hint(self.tr("Handover cancelled. Nothing was changed."))

    def _task_finished(self) -> None:
        self.progress_row.hide()
        self._update()
        if self._close_when_done:
            self._close_when_done = False
            # closed while handing over: if the export finished after all, the passphrase
            # must still be seen (the cases are marked); otherwise nothing changed, so go
            if self.result_export is None:
                super().reject()

    def copy_passphrase(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.result_export is not None:
            clipboard.setText(self.result_export.passphrase)
            self.copy_button.setText(self.tr("Copied ✓"))

    def _open_folder(self) -> None:
        if self.result_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_export.path.parent)))

    # --- closing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.handover_button.setDefault(False)
        if self.result_export is None:
            first = self.role_buttons[ROLES[0]]
            first.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if not enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_busy():
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()


# ================================================================================================
# receiving


def inspect_package(store: Store, path: Path, passphrase: str, profile_id: str) -> PackagePreview:
    """Worker-thread job: open the package and compare it with this database (read only)."""
    package = open_package(path.read_bytes(), passphrase)
    with store.session() as session:
        return preview_handover(session, package, profile_id)


class HandoverImportDialog(TaskDialog):
    """Receive a handover package. ``result_import`` holds the outcome after an import."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.path: Path | None = None
        self.preview: PackagePreview | None = None
        self.result_import: ImportResult | None = None
        self._importing = False
        self._close_when_done = False
        self.setWindowTitle(self.tr("Receive a handover"))
        self.setModal(True)
        self._build()
        if path is not None:
            self.set_path(path)
        self._update()
        self.resize(860, 640)
        fit_to_screen(self, 860, 640)

    @property
    def imported_ids(self) -> list[int]:
        return self.result_import.case_ids if self.result_import else []

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Receive a handover")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Choose the handover file a colleague sent you and type the passphrase they "
                    "gave you. Vangnet first shows what is in it; nothing changes until you press "
                    "Import."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        file_row, self.path_label, self.choose_button = path_row(
            self.tr("No file chosen yet."), self.tr("Choose &file…"), self.choose_file
        )
        form.addRow(QLabel(self.tr("File:")), file_row)

        pass_row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setStyleSheet(
            f"QLineEdit {{ font-family: '{monospace_font().family()}'; font-size: 12pt; }}"
        )
        self.passphrase.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaxLength(200)
        self.passphrase.textEdited.connect(self._input_changed)
        self.passphrase.returnPressed.connect(self.open_preview)
        pass_row.addWidget(self.passphrase, 1)
        self.open_button = action_button(self.tr("&Open"), self.open_preview)
        pass_row.addWidget(self.open_button)
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, pass_row)
        hint = wrap_label(
            self.tr("Capitals, spaces and dashes do not matter; O and 0 are read alike.")
        )
        hint.setObjectName("pageIntro")
        form.addRow(QLabel(""), hint)
        outer.addLayout(form)

        self.message = InlineMessage(self)
        outer.addWidget(self.message)

        # --- the preview, hidden until the package has been opened
        self.preview_area = QWidget()
        area = QVBoxLayout(self.preview_area)
        area.setContentsMargins(0, 0, 0, 0)
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sender_label = wrap_label(selectable=True)
        self.created_label = wrap_label(selectable=True)
        self.receiver_label = wrap_label(selectable=True)
        facts.addRow(QLabel(self.tr("From:")), self.sender_label)
        facts.addRow(QLabel(self.tr("Made on:")), self.created_label)
        facts.addRow(QLabel(self.tr("For:")), self.receiver_label)
        area.addLayout(facts)
        self.table_caption = wrap_label()
        area.addWidget(self.table_caption)
        self.preview_table = QTableWidget(0, 5)
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Tenant"),
                self.tr("Corporation"),
                self.tr("Reference"),
                self.tr("Signal date"),
                self.tr("In this database"),
            ]
        )
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.verticalHeader().hide()
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        area.addWidget(self.preview_table, 1)
        self.preview_note = wrap_label()
        area.addWidget(self.preview_note)
        self.preview_area.hide()
        outer.addWidget(self.preview_area, 1)
        self._filler = QWidget()
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer.addWidget(self._filler, 1)

        self.progress_row, self.progress_bar, self.cancel_button = progress_row(
            self.tr("Cancel import")
        )
        self.cancel_button.clicked.connect(self.cancel_import)
        outer.addWidget(self.progress_row)

        self._buttons = QDialogButtonBox()
        self.import_button = action_button(self.tr("Import"), self.start_import)
        self.close_button = action_button(self.tr("Close"), self.reject)
        self._buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self._buttons)

    # --- choosing and opening --------------------------------------------------------------

    def choose_file(self) -> None:
        if self.is_busy():
            return
        start = str(self.path.parent) if self.path is not None else ""
        if not start:
            with self._ws.store.session() as session:
                shared = contacts_folder(session)
            start = str(shared) if shared is not None else str(_documents_folder())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a handover file"),
            start,
            self.tr("Vangnet handover (*.vangnet);;All files (*)"),
        )
        if name:
            self.set_path(Path(name))
            self.passphrase.setFocus()

    def set_path(self, path: Path) -> None:
        self.path = path
        self.path_label.setText(breakable_path(path))
        self._input_changed()

    def _input_changed(self) -> None:
        """A new file or passphrase: the preview no longer applies."""
        if self.result_import is not None:
            return
        self.preview = None
        self._show_preview(False)
        self.message.clear()
        self._update()

    def can_open(self) -> bool:
        return (
            self.path is not None
            and bool(self.passphrase.text().strip())
            and not self.is_busy()
            and self.result_import is None
        )

    def open_preview(self) -> None:
        """Open the package in the background and show what it holds; nothing is written."""
        if not self.can_open():
            return
        assert self.path is not None
        store, path, secret = self._ws.store, self.path, self.passphrase.text()
        profile_id = self._ws.ctx.profile.id
        task = BackgroundTask(
            lambda _context: inspect_package(store, path, secret, profile_id), self
        )
        task.succeeded.connect(self._preview_ready)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_finished)
        self._task = task
        self.message.show_hint(self.tr("Opening the package…"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat("")
        self.cancel_button.hide()
        self.progress_row.show()
        task.start()
        self._update()

    def _preview_ready(self, outcome: object) -> None:
        assert isinstance(outcome, PackagePreview)
        self.preview = outcome
        package = outcome.package
        self.message.clear()
        sender = package.sender_actor
        if package.sender_office:
            sender += f" ({package.sender_office})"
        self.sender_label.setText(sender)
        self.created_label.setText(show_moment(package.created_at))
        role = {
            "wijkteam": self.tr("wijkteam"),
            "sdv": self.tr("SDV"),
            "troubleshooter": self.tr("troubleshooter"),
        }.get(package.to_role, package.to_role)
        self.receiver_label.setText(f"{package.receiver} ({role})")
        self.table_caption.setText(
            self.tr("The %n case(s) in this package:", "", len(package.cases))
        )
        self.preview_table.setRowCount(len(package.cases))
        for row, (parsed, present) in enumerate(zip(package.cases, outcome.present, strict=True)):
            cells = (
                str(parsed.facts.get("tenant_name", "")),
                parsed.corporation_name,
                parsed.reference,
                show_date(parsed.signal_date),
                self._here_text(present, outcome),
            )
            for column, text in enumerate(cells):
                self.preview_table.setItem(row, column, QTableWidgetItem(text))
        new = outcome.present.count(False)
        merged = len(outcome.present) - new
        self.preview_note.setText(
            fill(
                self.tr(
                    "On Import: %1 and %2. The cases are assigned to you; the sender's timeline "
                    "comes along."
                ),
                self.tr("%n new case(s)", "", new),
                self.tr("%n merged with a case already here", "", merged),
            )
        )
        self._show_preview(True)
        if outcome.made_here:
            self.message.show_error(
                self.tr(
                    "This package was made on this laptop; it is meant for the receiver. "
                    "Nothing can be imported here."
                )
            )
        elif outcome.already_imported_on is not None:
            self.message.show_hint(self._already_text(outcome.already_imported_on))
        elif outcome.other_covenant:
            self.message.show_error(
                fill(self.tr(
                    "This package comes from another covenant (%1) than this database (%2). "
                    "It cannot be imported here."
                ), package.profile, self._ws.ctx.profile.id)
            )
        elif outcome.unknown_corporations:
            self.message.show_error(
                fill(self.tr(
                    "This database does not know the corporation(s) %1; the package cannot be "
                    "imported here."
                ), ", ".join(outcome.unknown_corporations))
            )
        self._update()
        self.preview_note.setVisible(self.can_import())  # what Import would do, if it can
        if self.import_button.isEnabled():
            self.import_button.setFocus()

    def _here_text(self, present: bool, preview: PackagePreview) -> str:
        if not present:
            return self.tr("new")
        if preview.already_imported_on is not None or preview.made_here:
            return self.tr("already here")
        return self.tr("already here: will be merged")

    def _already_text(self, when: datetime) -> str:
        return fill(self.tr(
            "This package was already imported on %1; importing it again changes nothing."
        ), show_moment(when))

    def _show_preview(self, visible: bool) -> None:
        self.preview_area.setVisible(visible)
        self._filler.setVisible(not visible)

    # --- importing -------------------------------------------------------------------------

    def can_import(self) -> bool:
        p = self.preview
        return (
            p is not None
            and not self.is_busy()
            and self.result_import is None
            and not p.made_here
            and p.already_imported_on is None
            and not p.other_covenant
            and not p.unknown_corporations
        )

    def _update(self) -> None:
        busy = self.is_busy()
        finished = self.result_import is not None
        self.choose_button.setEnabled(not busy and not finished)
        self.passphrase.setReadOnly(busy or finished)
        self.open_button.setEnabled(self.can_open())
        self.import_button.setEnabled(self.can_import())
        self.import_button.setVisible(not finished)
        count = len(self.preview.package.cases) if self.preview is not None else 0
        self.import_button.setText(
            self.tr("Import %n case(s)", "", count) if count else self.tr("Import")
        )

    def start_import(self) -> None:
        if not self.can_import() or self.path is None:
            return
        assert self.preview is not None
        store, ctx, path = self._ws.store, self._ws.ctx, self.path
        secret, today, actor = self.passphrase.text(), self._ws.today(), self._ws.actor

        def work(context: TaskContext) -> ImportResult:
            return import_handover(
                store, path, secret, ctx, today=today, actor=actor, progress=context.progress
            )

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._import_done)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._import_cancelled)
        task.finished.connect(self._task_finished)
        self._task = task
        self._importing = True
        self.progress_bar.setRange(0, len(self.preview.package.cases))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m cases"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress_row.show()
        self.message.show_hint(self.tr("Importing… You can cancel: then nothing is imported."))
        task.start()
        self._update()

    def cancel_import(self) -> None:
        if self._task is not None and self._task.is_running() and self._importing:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.show_hint(self.tr("Cancelling the import…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _import_done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        if result.already_imported_on is not None:
            self.message.show_hint(self._already_text(result.already_imported_on))
            if self.preview is not None:
                self.preview = replace(self.preview, already_imported_on=result.already_imported_on)
            return
        self.result_import = result
        self.preview_note.hide()
        for row in range(self.preview_table.rowCount()):
            item = self.preview_table.item(row, 4)
            if item is not None:
                item.setText(
                    self.tr("imported") if item.text() == self.tr("new") else self.tr("merged")
                )
        self.message.show_ok(
            fill(
                self.tr("Imported: %1 and %2. The cases are assigned to you."),
                self.tr("%n new case(s)", "", len(result.created)),
                self.tr("%n merged with a case already here", "", len(result.merged)),
            )
        )

    def _import_cancelled(self) -> None:
        self.message.show_hint(self.tr("Import cancelled. Nothing was imported."))

    def _failed(self, error: object) -> None:
        """Opening or importing failed: say why in Dutch; keep the passphrase for a retry."""
        if isinstance(error, PackageProblem | PayloadProblem | HandoverProblem):
            text = error.message_nl
        elif isinstance(error, HandoverCancelled):
            text = self.tr("Import cancelled. Nothing was imported.")
        elif isinstance(error, OSError):
            name = self.path.name if self.path is not None else ""
            text = fill(self.tr("The file %1 cannot be read (%2)."), name, os_reason_nl(error))
        elif (known := store_refusal_nl(error)) is not None:
            text = known
        else:
            reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
            text = fill(self.tr(
                "The package could not be handled because of an unexpected error. Nothing was "
                "imported. Reference for your administrator: %1"
            ), reference)
        self.message.show_error(text)
        if isinstance(error, PackageProblem) and error.code == "wrong_passphrase":
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def _task_finished(self) -> None:
        self._importing = False
        self.progress_row.hide()
        self._update()
        if self.result_import is not None:
            self.close_button.setFocus()
        if self._close_when_done:
            self._close_when_done = False
            if self.result_import is None:  # an import that finished after all is shown
                super().reject()

    # --- closing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.import_button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if self.focusWidget() is self.passphrase and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            event.accept()  # the field itself opens the package (returnPressed)
            return
        if not enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def reject(self) -> None:
        task = self._task
        if task is not None and task.is_running():
            if self._importing:
                self._close_when_done = True
                self.cancel_import()
                return
            task.cancel_and_wait()
        super().reject()
