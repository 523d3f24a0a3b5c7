"""A lock that locks (issue 13.5): after Ctrl+L in keyring mode, Unlock without the worker's code
does not open the inbox; with it, it does. The recovery key still works; nothing is reachable
while locked; in passphrase mode the passphrase is asked again, never taken from the environment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.services.keys import DatabaseKey, keyring_store, new_raw_key, recovery_key_for
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from app.services.unlock_code import has_unlock_code, set_unlock_code
from app.services.workspace import open_workspace
from app.ui.main_window import MainWindow, reopen
from app.ui.unlock_code_dialog import CodeDialog, NewCodeDialog, RecoveryKeyDialog, confirm_person
from app.ui.unlock_dialog import UnlockDialog
from tests.conftest import MemoryKeyring
from tests.ui.conftest import TODAY, UI_PASSPHRASE
from tests.ui.modal import Step
from tests.ui.modal import answer as _answer

CODE = "kastanje-77"


def _keyring_store(db_path: Path, code: str | None = CODE) -> tuple[Store, DatabaseKey]:
    key = new_raw_key()
    keyring_store(db_path, key)
    store = initialise(db_path, key, load_profile("haarlem"), "Wijkteam Slot")
    if code:
        with store.transaction() as session:
            set_unlock_code(session, code)
    return store, key


def _window(qtbot: QtBot, store: Store, db_path: Path) -> MainWindow:
    window = MainWindow(open_workspace(store, clock=lambda: TODAY), db_path)
    window._unlocker = lambda: reopen(db_path, window)
    qtbot.addWidget(window)
    window.show()
    return window


def _type_code(code: str) -> Step:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, CodeDialog), type(dialog)
        dialog.code.setText(code)
        dialog.open_button.click()
        if dialog.isVisible():  # refused: the dialog stays; give up like a person would
            dialog.reject()

    return step


def _cancel(dialog: QDialog) -> None:
    dialog.reject()


@pytest.fixture
def keyring_window(
    qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[tuple[MainWindow, DatabaseKey]]:
    store, key = _keyring_store(db_path)
    window = _window(qtbot, store, db_path)
    yield window, key
    window.close()


def test_unlock_without_the_code_does_not_open_the_inbox(
    keyring_window: tuple[MainWindow, DatabaseKey], qtbot: QtBot
) -> None:
    window, _ = keyring_window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    for steps in ([_cancel], [_type_code("kastanje-78")]):
        for _ in _answer(steps):
            window.unlock()
        assert window.is_locked
        assert window.outer.currentWidget() is window.lock_screen
        assert window.stack.count() == 0
    for _ in _answer([_type_code(CODE)]):
        window.unlock()
    assert not window.is_locked
    assert window.outer.currentWidget() is window.workspace_widget
    assert window.current_list().model.rowCount() >= 0 and window.stack.count() > 0


def test_nothing_is_reachable_while_locked(
    keyring_window: tuple[MainWindow, DatabaseKey], qtbot: QtBot
) -> None:
    window, _ = keyring_window
    data_actions = list(window._data_actions)
    assert data_actions and all(a.isEnabled() for a in data_actions)
    window.lock()
    assert not any(a.isEnabled() for a in data_actions)
    assert not window.nav.isEnabled()
    # the shortcuts of disabled actions do nothing: no dialog opens, nothing is shown
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert window.outer.currentWidget() is window.lock_screen
    always = [a for a in window.actions() if a not in data_actions]
    assert {a.text() for a in always} >= {window.tr("&Quit"), window.tr("&About Vangnet")}
    for _ in _answer([_type_code(CODE)]):
        window.unlock()
    assert all(a.isEnabled() for a in data_actions)


def test_the_recovery_key_still_opens_and_sets_a_new_code(
    keyring_window: tuple[MainWindow, DatabaseKey], qtbot: QtBot
) -> None:
    window, key = keyring_window
    assert key.raw is not None
    window.lock()

    def forgot(dialog: QDialog) -> None:
        assert isinstance(dialog, CodeDialog)
        dialog.recovery_button.click()

    def recovery(dialog: QDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        right = recovery_key_for(key.raw or b"")
        dialog.secret.setText(("B" if right[0] != "B" else "C") + right[1:])  # a typo first
        dialog.check()
        assert dialog.isVisible() and "group 1" in dialog.message.text().replace("groep", "group")
        dialog.secret.setText(right)
        dialog.check()

    def new_code(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCodeDialog)
        dialog.first.setText("123456")
        dialog.second.setText("123456")
        dialog.save()
        assert dialog.isVisible() and dialog.message.text()  # too easy: refused
        dialog.first.setText("eik-en-beuk")
        dialog.second.setText("eik-en-beuk")
        dialog.save()

    for _ in _answer([forgot, recovery, new_code]):
        window.unlock()
    assert not window.is_locked
    window.lock()
    for _ in _answer([_type_code("eik-en-beuk")]):
        window.unlock()
    assert not window.is_locked


def test_a_keyring_database_without_a_code_asks_to_choose_one(
    qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store, _ = _keyring_store(db_path, code=None)
    store.close()
    from app.services.unlock import unlock

    opened = unlock(db_path, ask=None)  # as at start: the key comes from the keyring

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCodeDialog)
        dialog.first.setText("vlinder-12")
        dialog.second.setText("vlinder-13")
        dialog.save()
        assert dialog.isVisible()  # not the same twice
        dialog.second.setText("vlinder-12")
        dialog.save()

    for _ in _answer([choose]):
        assert confirm_person(opened)
    with opened.session() as session:
        assert has_unlock_code(session)
    for _ in _answer([_cancel]):  # from now on the code is asked at start
        assert not confirm_person(opened)
    opened.close()


def test_passphrase_mode_asks_the_passphrase_after_a_lock(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = initialise(
        db_path, DatabaseKey(passphrase=UI_PASSPHRASE), load_profile("haarlem"), "Wijkteam"
    )
    window = _window(qtbot, store, db_path)
    # a script's passphrase in the environment does not walk past the lock
    monkeypatch.setenv("VANGNET_PASSPHRASE", UI_PASSPHRASE)
    window.lock()
    asked: list[str] = []

    def passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        asked.append("yes")
        assert not dialog.reason_label.isVisibleTo(dialog)
        dialog.secret.setText(UI_PASSPHRASE)
        dialog.try_open()

    for _ in _answer([_cancel]):
        window.unlock()
    assert window.is_locked
    for _ in _answer([passphrase]):
        window.unlock()
    assert asked and not window.is_locked
    window.close()


def test_the_worker_changes_the_code_with_the_current_one(
    keyring_window: tuple[MainWindow, DatabaseKey], qtbot: QtBot
) -> None:
    window, _ = keyring_window

    def current(code: str) -> Step:
        def step(dialog: QDialog) -> None:
            assert isinstance(dialog, CodeDialog)
            assert dialog.windowTitle() == "Change your unlock code"
            dialog.code.setText(code)
            dialog.open_button.click()
            if dialog.isVisible():
                assert dialog.message.kind == "error" and dialog.message.text()
                dialog.reject()

        return step

    def new_code(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCodeDialog)
        dialog.first.setText("wilg-aan-de-sloot")
        dialog.second.setText("wilg-aan-de-sloot")
        dialog.save()

    def saved(dialog: QDialog) -> None:
        assert "new unlock code is saved" in dialog.findChild(QLabel, "qt_msgbox_label").text()
        dialog.accept()

    for _ in _answer([current("eik-en-beuk")]):  # a wrong current code changes nothing
        window.change_code_action.trigger()
    for _ in _answer([current(CODE), new_code, saved]):
        window.change_code_action.trigger()
    window.lock()
    assert not window.change_code_action.isEnabled()  # not while locked
    for _ in _answer([_type_code(CODE)]):  # the old code no longer opens it
        window.unlock()
    assert window.is_locked
    for _ in _answer([_type_code("wilg-aan-de-sloot")]):
        window.unlock()
    assert not window.is_locked
