"""Asking for the passphrase or recovery key when the keyring cannot open the database.

The dialog only ever opens an existing file: a wrong key changes nothing, and no key ever leads
to a new empty database. A recovery key that works is put back in the keyring, so the next start
is instant again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import keys
from app.services.errors import log_unexpected
from app.services.store import NoDatabase, Store, StoreError, WrongKey, open_store
from app.services.unlock import unlock
from app.ui.i18n import fill
from app.ui.widgets import (
    InlineMessage,
    SecretField,
    breakable_path,
    heading_label,
    plain_keyring_reason,
    wrap_label,
)


class UnlockDialog(QDialog):
    """Type a passphrase or recovery key; `store` holds the opened database after accept."""

    def __init__(
        self, db_path: Path, reason: str, parent: QWidget | None = None, *, locked: bool = False
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Open Vangnet"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Type your passphrase or recovery key")))
        intro = (
            self.tr(
                "Vangnet is locked. Type your passphrase (or the recovery key from the printed "
                "sheet) to go on."
            )
            if locked
            else self.tr(
                "Vangnet could not get the key for your data from this computer by itself. "
                "With your passphrase or the recovery key from the printed sheet you can "
                "open it."
            )
        )
        layout.addWidget(wrap_label(intro))
        layout.addSpacing(6)
        self.file_label = wrap_label(
            self.tr("Data file: {path}").format(path=breakable_path(db_path)), selectable=True
        )
        self.reason_label = wrap_label(
            self.tr("Tried: {reason}").format(reason=plain_keyring_reason(reason)),
            selectable=True,
        )
        layout.addWidget(self.file_label)
        layout.addWidget(self.reason_label)
        self.reason_label.setVisible(bool(reason))
        layout.addSpacing(10)
        field_label = QLabel(self.tr("Passphrase or recovery key"))
        self.secret = SecretField()
        field_label.setBuddy(self.secret.line_edit)
        layout.addWidget(field_label)
        layout.addWidget(self.secret)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.open_button: QPushButton = self.buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.secret.setFocus()

    def try_open(self) -> None:
        """Open with what was typed; on a wrong key say so, clear the field and stay open."""
        text = self.secret.text().strip()
        if not text:
            self.message.show_error(self.tr("Type your passphrase or recovery key first."))
            self.secret.setFocus()
            return
        key = keys.key_from_secret(text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = open_store(self.db_path, key)
        except WrongKey:
            self._wrong(key, text)
            return
        except NoDatabase:
            self.message.show_error(
                self.tr("There is no Vangnet data file at {path}.").format(
                    path=breakable_path(self.db_path)
                )
            )
            return
        except StoreError as exc:
            self.message.show_error(exc.message_nl)
            return
        except Exception as exc:
            ref = log_unexpected(exc)
            self.message.show_error(
                self.tr("Something went wrong; nothing was changed (reference {ref}).").format(
                    ref=ref
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if store.key.raw is not None and keys.keyring_status().usable:
            # Recovered: put the key back. If the keyring refuses, the data is open anyway and
            # the recovery key is simply asked for again next time.
            with contextlib.suppress(keys.KeyProblem):
                keys.keyring_store(self.db_path, store.key)
        self.store = store
        self.accept()

    def _wrong(self, key: keys.DatabaseKey, text: str) -> None:
        if key.raw is not None:
            message = self.tr("This recovery key does not open this data file.")
        elif keys.looks_like_recovery_key(text) and (group := keys.recovery_typo_group(text)):
            message = fill(self.tr(
                "This looks like a recovery key with a typing error in group %1 (of 14). Check "
                "that group against the sheet and try again."
            ), str(group))
        elif keys.looks_like_recovery_key(text):
            message = self.tr(
                "This looks like a recovery key, but one of the groups has a typing error. "
                "Check it against the sheet and try again."
            )
        else:
            message = self.tr(
                "This passphrase does not open this data file. Check it and try again."
            )
        self.message.show_error(message)
        self.secret.clear()
        self.secret.setFocus()


def unlock_interactively(db_path: Path, parent: QWidget | None = None) -> Store | None:
    """Open `db_path` via VANGNET_PASSPHRASE or the keyring; ask only when those fail.

    Returns None when the person cancels. `NoDatabase` and other store errors propagate: there
    is nothing to unlock, and the caller decides (first run, or a message).
    """
    try:
        return unlock(db_path, ask=None)
    except WrongKey:  # only the VANGNET_PASSPHRASE key raises this; the keyring's is a KeyProblem
        reason = QCoreApplication.translate(
            "UnlockDialog", "the passphrase in {name} (it does not open this data file)"
        ).format(name=keys.PASSPHRASE_ENV)
    except keys.KeyProblem:
        loaded = keys.keyring_probe(db_path)  # why, in Dutch (issue 16.8)
        why = f"{loaded.backend}: {loaded.dutch()}" if loaded.key is None else ""
        reason = why or QCoreApplication.translate(
            "UnlockDialog", "the key in the keyring does not open this data file"
        )
    dialog = UnlockDialog(db_path, reason, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.store
    return None
