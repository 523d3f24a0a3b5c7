"""The personal unlock code in the window (issue 13.5): a lock that locks in keyring mode too.

In keyring mode the key comes back from the keyring by itself, so at start and after every lock
the window asks for the worker's unlock code (kept as a slow hash inside the database, see
`app.services.unlock_code`). The recovery key always works instead; after it the worker chooses
a new code. In passphrase mode the passphrase is what the worker knows, and after a lock it is
asked again (never taken from the environment).
"""

from __future__ import annotations

import contextlib
import hmac
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import keys
from app.services.store import Store, StoreError, WrongKey, open_store
from app.services.unlock_code import (
    MIN_LENGTH,
    check_unlock_code,
    code_problem,
    has_unlock_code,
    set_unlock_code,
    wait_seconds,
)
from app.ui.i18n import fill
from app.ui.widgets import InlineMessage, SecretField, heading_label, wrap_label


class NewCodeDialog(QDialog):
    """Choose (or change) the unlock code: typed twice, checked, then kept in the database."""

    def __init__(self, store: Store, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Choose your unlock code"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Choose your unlock code")))
        layout.addWidget(wrap_label(intro))
        layout.addWidget(
            wrap_label(
                fill(self.tr(
                    "At least %1 characters. Choose something only you know, not your "
                    "date of birth or 123456."
                ), str(MIN_LENGTH))
            )
        )
        first_label = QLabel(self.tr("Unlock code"))
        self.first = SecretField()
        first_label.setBuddy(self.first.line_edit)
        second_label = QLabel(self.tr("Type it again"))
        self.second = SecretField()
        second_label.setBuddy(self.second.line_edit)
        for widget in (first_label, self.first, second_label, self.second):
            layout.addWidget(widget)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def save(self) -> None:
        code = self.first.text()
        problem = code_problem(code)
        if problem is not None:
            self.message.show_error(
                fill(QCoreApplication.translate("UnlockCode", "Unlock code: %1"), problem.dutch)
            )
            self.first.setFocus()
            return
        if code != self.second.text():
            self.message.show_error(
                self.tr("The two codes are not the same. Type the code twice, exactly alike.")
            )
            self.second.line_edit.clear()
            self.second.setFocus()
            return
        try:
            with self.store.transaction() as session:
                set_unlock_code(session, code)
        except StoreError as exc:
            self.message.show_error(exc.message_nl)
            return
        self.accept()


class CodeDialog(QDialog):
    """Type the unlock code; a wrong one waits longer after three tries in a row."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, changing: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        # True when a new code was chosen on the way (after the recovery key)
        self.renewed = False
        self.setWindowTitle(
            self.tr("Change your unlock code") if changing else self.tr("Unlock Vangnet")
        )
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading_label(
                self.tr("Type your current unlock code") if changing
                else self.tr("Type your unlock code")
            )
        )
        layout.addWidget(
            wrap_label(
                self.tr("First type the code you use now; then choose the new one.")
                if changing
                else self.tr(
                    "Vangnet is locked. Only the person who works here knows the code that "
                    "opens it."
                )
            )
        )
        label = QLabel(self.tr("Unlock code"))
        self.code = SecretField()
        label.setBuddy(self.code.line_edit)
        layout.addWidget(label)
        layout.addWidget(self.code)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.recovery_button = QPushButton(self.tr("Forgot the code? Use the recovery key…"))
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        layout.addWidget(self.recovery_button)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Next") if changing else self.tr("Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.open_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_code)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        with contextlib.suppress(StoreError), store.session() as session:
            self._start_wait(wait_seconds(session))
        self.code.setFocus()

    def try_code(self) -> None:
        if self._timer.isActive():
            return
        code = self.code.text()
        if not code:
            self.message.show_error(self.tr("Type your unlock code first."))
            return
        try:
            with self.store.transaction() as session:
                check = check_unlock_code(session, code)
        except StoreError as exc:
            self.message.show_error(exc.message_nl)
            return
        if check.ok:
            self.accept()
            return
        self.code.line_edit.clear()
        self.code.setFocus()
        if check.wait_seconds:
            self._start_wait(check.wait_seconds)
        else:
            self.message.show_error(self.tr("This unlock code is not right. Try again."))

    def _start_wait(self, seconds: int) -> None:
        self._left = seconds
        if seconds <= 0:
            return
        self.open_button.setEnabled(False)
        self.code.setEnabled(False)
        self._show_wait()
        self._timer.start()

    def _show_wait(self) -> None:
        self.message.show_error(
            self.tr(
                "The code was wrong several times in a row. You can try again in %n second(s).",
                "",
                self._left,
            )
        )

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_wait()
            return
        self._timer.stop()
        self.open_button.setEnabled(True)
        self.code.setEnabled(True)
        self.message.show_hint(self.tr("You can try again now."))
        self.code.setFocus()

    def use_recovery_key(self) -> None:
        dialog = RecoveryKeyDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        renew = NewCodeDialog(
            self.store,
            self.tr("The recovery key was right. Choose a new unlock code now."),
            self,
        )
        if renew.exec() == QDialog.DialogCode.Accepted:
            self.renewed = True
            self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key from the printed sheet, checked against the key of the open database."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Type the recovery key")))
        layout.addWidget(
            wrap_label(
                self.tr(
                    "The recovery key is on the sheet that was printed when Vangnet was set up: "
                    "14 groups of letters and digits."
                )
            )
        )
        label = QLabel(self.tr("Recovery key"))
        self.secret = SecretField()
        label.setBuddy(self.secret.line_edit)
        layout.addWidget(label)
        layout.addWidget(self.secret)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def check(self) -> None:
        text = self.secret.text().strip()
        raw = keys.parse_recovery_key(text)
        if raw is not None and self.store.key.raw is not None:
            if hmac.compare_digest(raw, self.store.key.raw):
                self.accept()
                return
            self.message.show_error(self.tr("This recovery key does not open this data file."))
        elif (group := keys.recovery_typo_group(text)) is not None:
            self.message.show_error(
                fill(self.tr(
                    "This looks like a recovery key with a typing error in group %1 (of 14). "
                    "Check that group against the sheet and try again."
                ), str(group))
            )
        elif keys.looks_like_recovery_key(text):
            self.message.show_error(
                self.tr(
                    "This looks like a recovery key, but one of the groups has a typing error. "
                    "Check it against the sheet and try again."
                )
            )
        else:
            self.message.show_error(
                self.tr("This is not a recovery key. Check it against the printed sheet.")
            )
        self.secret.setFocus()


def confirm_person(store: Store, parent: QWidget | None = None) -> bool:
    """After the key came from the keyring: only the worker gets in. False: not let in.

    The code is asked whenever the key came from the keyring; with no code yet (a database made
    before codes existed, or by the command line) the worker chooses one first. A store opened
    with the recovery key is let in, and asked for a code when it has none.
    """
    if store.key.raw is None:
        return True  # passphrase mode: the passphrase was typed
    try:
        with store.session() as session:
            has_code = has_unlock_code(session)
    except StoreError:
        return False
    if store.key.origin == keys.KEYRING_ORIGIN and has_code:
        return CodeDialog(store, parent).exec() == QDialog.DialogCode.Accepted
    if has_code:
        return True
    return NewCodeDialog(store, _choose_intro(), parent).exec() == QDialog.DialogCode.Accepted


def change_unlock_code(store: Store, parent: QWidget | None = None) -> bool:
    """Change the worker's unlock code (keyring mode): the current code first, or the recovery
    key when it is forgotten, then the new one twice. True when a new code was saved."""
    if _has_code(store):
        current = CodeDialog(store, parent, changing=True)
        if current.exec() != QDialog.DialogCode.Accepted:
            return False
        if current.renewed:  # the recovery key was used and a new code chosen already
            return True
    intro = QCoreApplication.translate(
        "UnlockCode",
        "Choose a new unlock code. From now on Vangnet asks for it at start and after every "
        "lock; the old code no longer opens it.",
    )
    return NewCodeDialog(store, intro, parent).exec() == QDialog.DialogCode.Accepted


def _choose_intro() -> str:
    return QCoreApplication.translate(
        "UnlockCode",
        "Vangnet takes the key to your data from this computer's keyring. So that a colleague "
        "cannot open it at your desk, Vangnet asks for your own unlock code at start and after "
        "every lock. Choose it now.",
    )


def unlock_after_lock(db_path: Path, parent: QWidget | None = None) -> Store | None:
    """Get back in after a lock: the unlock code (keyring mode) or the passphrase, never a
    secret taken silently from the environment."""
    from app.services.rekey import finish_interrupted_change
    from app.ui.unlock_dialog import UnlockDialog

    finish_interrupted_change(db_path)
    key, why = keys.keyring_load(db_path)
    if key is not None:
        try:
            store = open_store(db_path, key)
        except WrongKey:
            why = QCoreApplication.translate(
                "UnlockDialog", "the key in the keyring does not open this data file"
            )
        else:
            if not _has_code(store):
                # a database without a code: the recovery key proves who this is
                if RecoveryKeyDialog(store, parent).exec() == QDialog.DialogCode.Accepted and (
                    NewCodeDialog(store, _choose_intro(), parent).exec()
                    == QDialog.DialogCode.Accepted
                ):
                    return store
                store.close()
                return None
            if confirm_person(store, parent):
                return store
            store.close()
            return None
    # passphrase mode: no key in the keyring is the normal case, nothing to explain
    dialog = UnlockDialog(db_path, why if key is not None else "", parent, locked=True)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    if confirm_person(dialog.store, parent):
        return dialog.store
    dialog.store.close()
    return None


def _has_code(store: Store) -> bool:
    try:
        with store.session() as session:
            return has_unlock_code(session)
    except StoreError:
        return False
