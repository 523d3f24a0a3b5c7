"""Changing the key in the window (issue 15.5): a new passphrase, keyring ↔ passphrase, or a new
recovery key. The window closes its data first (as a lock does), the change runs in the
background (`app.services.rekey`: a verified backup under the old key, a checked copy under
the new one, then one rename), and the window opens the data again with the new key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import keys
from app.services.errors import log_unexpected
from app.services.keys import DatabaseKey, KeyProblem
from app.services.rekey import KeyChange, change_key, new_key_for
from app.services.store import open_store
from app.services.workspace import Workspace, open_workspace
from app.ui.background import BackgroundTask, TaskContext
from app.ui.i18n import fill
from app.ui.task_dialog import TaskDialog, progress_row
from app.ui.widgets import (
    InlineMessage,
    SecretField,
    action_button,
    breakable_path,
    fit_to_screen,
    heading_label,
    monospace_font,
    store_refusal_nl,
    wrap_label,
)


@dataclass(frozen=True)
class Changed:
    change: KeyChange
    workspace: Workspace | None
    open_error: BaseException | None


class KeyChangeDialog(TaskDialog):
    """Choose the new key, then change it; `outcome` holds what was done."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        release: Callable[[], bool],
        adopt: Callable[[Workspace], None],
    ) -> None:
        super().__init__(parent)
        self._path = workspace.store.path
        self._key = workspace.store.key
        self._clock = workspace.clock
        self._actor = workspace.actor
        self._release = release
        self._adopt = adopt
        self._releasing = False
        self.outcome: Changed | None = None
        self.setWindowTitle(self.tr("Change the key"))
        self.setModal(True)
        self._build()
        self._update()
        fit_to_screen(self, 700, 560)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Change the key")))
        keyring_mode = self._key.raw is not None
        outer.addWidget(
            wrap_label(
                self.tr(
                    "The data is now opened with a key kept in this computer's keyring; the "
                    "printed recovery key opens it too."
                )
                if keyring_mode
                else self.tr("The data is now opened with a passphrase.")
            )
        )
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        usable = keys.keyring_status().usable
        options = (
            ("recovery", self.tr("A new recovery key (the old one stops working)"), keyring_mode),
            ("to_passphrase", self.tr("Use a passphrase instead of the keyring"), keyring_mode),
            ("passphrase", self.tr("A new passphrase"), not keyring_mode),
            (
                "to_keyring",
                self.tr("Keep a key in this computer's keyring instead (with a recovery key)"),
                not keyring_mode and usable,
            ),
        )
        for code, text, shown in options:
            if not shown:
                continue
            radio = QRadioButton(text)
            self.group.addButton(radio)
            self.radios[code] = radio
            outer.addWidget(radio)
        self.passphrase_box = QWidget()
        box = QVBoxLayout(self.passphrase_box)
        box.setContentsMargins(24, 0, 0, 0)
        first_label = QLabel(self.tr("New passphrase (at least 12 characters)"))
        self.first = SecretField()
        first_label.setBuddy(self.first.line_edit)
        second_label = QLabel(self.tr("Type it again"))
        self.second = SecretField()
        second_label.setBuddy(self.second.line_edit)
        for widget in (first_label, self.first, second_label, self.second):
            box.addWidget(widget)
        outer.addWidget(self.passphrase_box)
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Vangnet first makes a backup under the current key next to the data, then "
                    "copies everything under the new key, checks the copy and only then puts it "
                    "in place. The window closes its data meanwhile."
                )
            )
        )
        self.recovery_label = QLabel()
        self.recovery_label.setFont(monospace_font(1.3))
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.hide()
        outer.addWidget(self.recovery_label)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.progress_row, self.progress_bar, self.cancel_button = progress_row(self.tr("Cancel"))
        self.cancel_button.hide()
        outer.addWidget(self.progress_row)
        buttons = QDialogButtonBox()
        self.change_button = action_button(self.tr("&Change the key"), self.start)
        self.close_button = action_button(self.tr("Close"), self.reject)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)
        next(iter(self.radios.values())).setChecked(True)
        for radio in self.radios.values():
            radio.toggled.connect(self._update)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)

    def choice(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def _wants_passphrase(self) -> bool:
        return self.choice() in ("passphrase", "to_passphrase")

    def _update(self) -> None:
        self.passphrase_box.setVisible(self._wants_passphrase())
        busy = self.is_busy()
        ready = not busy and self.outcome is None
        if ready and self._wants_passphrase():
            first, second = self.first.text(), self.second.text()
            problem = keys.passphrase_problem(first) if first else None
            if problem:
                self.message.show_hint(
                    fill(self.tr("At least %1 characters."), str(keys.MIN_PASSPHRASE_LENGTH))
                    if len(first) < keys.MIN_PASSPHRASE_LENGTH
                    else self.tr("This passphrase repeats itself too much.")
                )
            elif first and second and first != second:
                self.message.show_hint(self.tr("The two passphrases are not the same."))
            elif not busy:
                self.message.clear()
            ready = bool(first) and first == second and problem is None
        self.change_button.setEnabled(ready)
        for radio in self.radios.values():
            radio.setEnabled(not busy and self.outcome is None)

    def new_key(self) -> DatabaseKey:
        mode = "passphrase" if self._wants_passphrase() else "keyring"
        return new_key_for(mode, self.first.text() if mode == "passphrase" else None)

    def start(self) -> None:
        if self.is_busy() or self.outcome is not None:
            return
        try:
            new_key = self.new_key()
        except KeyProblem as problem:
            self.message.show_error(problem.message_nl)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Change the key"),
            self.tr(
                "Vangnet closes its data, changes the key and opens the data again. This takes "
                "a moment. Go ahead?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._releasing = True
        try:
            released = self._release()
        finally:
            self._releasing = False
        if not released:
            self.message.show_error(self.tr("Vangnet could not close its data. Nothing changed."))
            return
        path, old_key, actor, clock = self._path, self._key, self._actor, self._clock

        def work(context: TaskContext) -> Changed:
            change = change_key(path, old_key, new_key, actor=actor, progress=context.progress)
            try:
                store = open_store(path, new_key)
                return Changed(change, open_workspace(store, clock), None)
            except Exception as exc:
                return Changed(change, None, exc)

        task = BackgroundTask(work, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._changed)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._task = task
        self.progress_bar.setRange(0, 1000)
        self.progress_row.show()
        self.message.show_hint(self.tr("Changing the key… Do not switch off the computer."))
        task.start()
        self._update()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _changed(self, result: object) -> None:
        assert isinstance(result, Changed)
        self.outcome = result
        lines = [self.tr("The key was changed.")]
        raw = result.change.new_key.raw
        if raw is not None:
            self.recovery_label.setText(keys.recovery_key_for(raw))
            self.recovery_label.show()
            lines.append(
                self.tr(
                    "Above is the NEW recovery key, shown only now: print it or write it down "
                    "and keep it away from this computer. The old recovery key no longer opens "
                    "the data."
                )
            )
        lines.append(
            fill(self.tr(
                "A backup under the old key was made first: %1. Once the new key works, "
                "delete it: the old key opens it."
            ), breakable_path(result.change.backup))
        )
        if result.workspace is not None:
            self._adopt(result.workspace)
            self.message.show_ok("\n".join(lines))
        else:
            lines.append(self.tr("Vangnet could not open the data again; use Unlock."))
            self.message.show_error("\n".join(lines))
        self._update()

    def _failed(self, error: object) -> None:
        known = store_refusal_nl(error)
        if known is None and isinstance(error, KeyProblem):
            known = error.message_nl
        if known is None:
            reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
            known = fill(self.tr("An unexpected error (reference %1)."), reference)
        self.message.show_error(known + " " + self.tr("The key was not changed."))
        self._reopen(self._key)

    def _reopen(self, key: DatabaseKey) -> None:
        try:
            self._adopt(open_workspace(open_store(self._path, key), self._clock))
        except Exception as exc:
            self.message.show_error(
                self.message.text() + "\n" + (store_refusal_nl(exc) or type(exc).__name__)
            )

    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.progress_row.hide()
        self._update()

    def stop_for_lock(self) -> None:
        if self._releasing:  # the window closes its data for this change: stay open
            return
        super().stop_for_lock()
