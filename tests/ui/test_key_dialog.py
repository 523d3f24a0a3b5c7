"""Changing the key in the window (issue 15.5): the window closes its data, the key changes in
the background, and the window works on with the new key; the old key no longer opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.keys import DatabaseKey, key_from_secret
from app.services.store import WrongKey, open_store
from app.ui.key_dialog import KeyChangeDialog
from app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import UI_PASSPHRASE

NEW = "een nieuwe wachtzin voor het team"
WAIT = 60_000




@pytest.fixture(autouse=True)
def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def _dialog(window: MainWindow, qtbot: QtBot) -> KeyChangeDialog:
    dialog = window.key_dialog()
    assert isinstance(dialog, KeyChangeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(dialog: KeyChangeDialog, qtbot: QtBot) -> None:
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None or not dialog.is_busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)


def test_a_new_passphrase_in_the_window(
    window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    assert list(dialog.radios) == ["passphrase", "to_keyring"] or list(dialog.radios) == [
        "passphrase"
    ]
    dialog.radios["passphrase"].setChecked(True)
    dialog.first.setText("te kort")
    dialog.second.setText("te kort")
    assert not dialog.change_button.isEnabled() and dialog.message.text()
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    _run(dialog, qtbot)
    assert dialog.outcome is not None and dialog.outcome.workspace is not None, (
        dialog.message.text()
    )
    assert not window.is_locked and window.current_list().model.rowCount() == 4
    assert "backup under the old key" in dialog.message.text()
    dialog.done(0)
    window.close()
    with pytest.raises(WrongKey):
        open_store(db_path, DatabaseKey(passphrase=UI_PASSPHRASE))
    open_store(db_path, DatabaseKey(passphrase=NEW)).close()


def test_to_the_keyring_shows_the_new_recovery_key(
    window: MainWindow, qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(window, qtbot)
    dialog.radios["to_keyring"].setChecked(True)
    assert not dialog.passphrase_box.isVisible()
    _run(dialog, qtbot)
    assert dialog.outcome is not None and dialog.outcome.workspace is not None
    recovery = dialog.recovery_label.text()
    assert dialog.recovery_label.isVisible() and recovery.count("-") == 13
    assert memory_keyring.entries  # the key is in the keyring, the next key is settled
    assert not any(name.endswith("#next") for _, name in memory_keyring.entries)
    dialog.done(0)
    window.close()
    open_store(db_path, key_from_secret(recovery)).close()
