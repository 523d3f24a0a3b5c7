"""The unlock dialog and `unlock_interactively`, against real encrypted databases."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.keys import (
    KEYRING_SERVICE,
    DatabaseKey,
    keyring_store,
    new_raw_key,
    recovery_key_for,
)
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import sidecar_paths
from app.ui.unlock_dialog import UnlockDialog, unlock_interactively
from tests.conftest import PASSPHRASE, MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

NO_KEYRING = "keyring.backends.fail.Keyring: no keyring backend is installed on this machine"


@pytest.fixture
def passphrase_db(db_path: Path) -> Path:
    store = initialise(
        db_path, DatabaseKey(passphrase=PASSPHRASE), load_profile("haarlem"), "Wijkteam"
    )
    store.close()
    return db_path


@pytest.fixture
def keyring_db(db_path: Path, memory_keyring: MemoryKeyring) -> tuple[Path, DatabaseKey]:
    key = new_raw_key()
    keyring_store(db_path, key)
    store = initialise(db_path, key, load_profile("haarlem"), "Wijkteam")
    store.close()
    return db_path, key


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in [path, *sidecar_paths(path)] if p.exists()}


def _dialog(qtbot: QtBot, path: Path, reason: str = NO_KEYRING) -> UnlockDialog:
    dialog = UnlockDialog(path, reason)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_open(qtbot: QtBot, dialog: UnlockDialog, text: str) -> None:
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret.line_edit, text)
    dialog.open_button.click()


def test_dialog_says_what_was_tried_in_plain_words(qtbot: QtBot, passphrase_db: Path) -> None:
    dialog = _dialog(qtbot, passphrase_db)
    assert "vangnet.db" in dialog.file_label.text()
    tried = dialog.reason_label.text()
    assert tried.startswith("Tried: the computer's keyring")
    assert "no keyring backend is installed on this machine" in tried
    assert dialog.secret.line_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.secret.toggle.click()
    assert dialog.secret.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.secret.toggle.click()
    assert dialog.secret.line_edit.echoMode() == QLineEdit.EchoMode.Password


def test_right_passphrase_opens(qtbot: QtBot, passphrase_db: Path) -> None:
    dialog = _dialog(qtbot, passphrase_db)
    _type_and_open(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    assert dialog.store.setting("office_name") == "Wijkteam"
    dialog.store.close()


def test_wrong_passphrase_says_so_clears_and_changes_nothing(
    qtbot: QtBot, passphrase_db: Path
) -> None:
    before = _files(passphrase_db)
    dialog = _dialog(qtbot, passphrase_db)
    _type_and_open(qtbot, dialog, "dit is niet het wachtwoord")
    assert dialog.isVisible() and dialog.store is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible() and dialog.message.kind == "error"
    assert "does not open" in dialog.message.text()
    assert dialog.secret.text() == ""
    assert _files(passphrase_db) == before
    # And the person can simply try again.
    _type_and_open(qtbot, dialog, PASSPHRASE)
    assert dialog.store is not None
    dialog.store.close()


def test_empty_field_asks_for_something(qtbot: QtBot, passphrase_db: Path) -> None:
    dialog = _dialog(qtbot, passphrase_db)
    dialog.open_button.click()
    assert dialog.isVisible() and "first" in dialog.message.text()


def test_missing_database_is_not_created(qtbot: QtBot, db_path: Path) -> None:
    dialog = _dialog(qtbot, db_path)
    _type_and_open(qtbot, dialog, PASSPHRASE)
    assert dialog.store is None and dialog.isVisible()
    assert "no Vangnet data file" in dialog.message.text()
    assert not db_path.exists()
    assert not db_path.parent.exists()


def test_recovery_key_opens_a_keyring_database_when_the_keyring_is_gone(
    qtbot: QtBot, keyring_db: tuple[Path, DatabaseKey]
) -> None:
    path, key = keyring_db
    assert key.raw is not None
    keyring.set_keyring(fail.Keyring())  # a new laptop, a broken keyring: nothing to load
    dialog = _dialog(qtbot, path)
    _type_and_open(qtbot, dialog, recovery_key_for(key.raw).lower().replace("-", " "))
    assert dialog.store is not None
    assert dialog.store.key.raw == key.raw
    dialog.store.close()


def test_recovered_key_is_put_back_in_a_usable_keyring(
    qtbot: QtBot, keyring_db: tuple[Path, DatabaseKey], memory_keyring: MemoryKeyring
) -> None:
    path, key = keyring_db
    assert key.raw is not None
    memory_keyring.entries.clear()  # the entry was lost
    dialog = _dialog(qtbot, path, f"tests.conftest.MemoryKeyring: no key stored for {path}")
    _type_and_open(qtbot, dialog, recovery_key_for(key.raw))
    assert dialog.store is not None
    dialog.store.close()
    assert memory_keyring.entries == {(KEYRING_SERVICE, str(path.resolve())): key.raw.hex()}


def test_recovery_key_with_a_typo_is_named_as_such(
    qtbot: QtBot, keyring_db: tuple[Path, DatabaseKey]
) -> None:
    path, key = keyring_db
    assert key.raw is not None
    good = recovery_key_for(key.raw)
    typo = ("B" if good[0] != "B" else "C") + good[1:]
    before = _files(path)
    dialog = _dialog(qtbot, path)
    _type_and_open(qtbot, dialog, typo)
    assert dialog.store is None
    assert "typing error" in dialog.message.text()
    assert _files(path) == before


def test_wrong_recovery_key_for_this_database(
    qtbot: QtBot, keyring_db: tuple[Path, DatabaseKey]
) -> None:
    path, _ = keyring_db
    other = new_raw_key().raw
    assert other is not None
    dialog = _dialog(qtbot, path)
    _type_and_open(qtbot, dialog, recovery_key_for(other))
    assert dialog.store is None
    assert "recovery key does not open" in dialog.message.text()


# --- unlock_interactively -------------------------------------------------------------------


def _no_dialog(self: UnlockDialog) -> int:
    raise AssertionError("the dialog must not be shown")


def test_environment_passphrase_opens_without_a_dialog(
    qtbot: QtBot, passphrase_db: Path, passphrase_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UnlockDialog, "exec", _no_dialog)
    store = unlock_interactively(passphrase_db)
    assert store is not None and store.key.passphrase == passphrase_env
    store.close()


def test_keyring_opens_without_a_dialog(
    qtbot: QtBot, keyring_db: tuple[Path, DatabaseKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = keyring_db
    monkeypatch.setattr(UnlockDialog, "exec", _no_dialog)
    store = unlock_interactively(path)
    assert store is not None and store.key.raw == key.raw
    store.close()


def test_without_a_key_the_dialog_asks_with_the_keyring_reason(
    qtbot: QtBot, passphrase_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def exec_typing(self: UnlockDialog) -> int:
        qtbot.addWidget(self)
        seen.append(self.reason_label.text())
        self.secret.setText(PASSPHRASE)
        self.try_open()
        return int(self.result())

    monkeypatch.setattr(UnlockDialog, "exec", exec_typing)
    store = unlock_interactively(passphrase_db)
    assert store is not None
    store.close()
    assert len(seen) == 1
    assert "keyring.backends.fail.Keyring" in seen[0]
    # the reason in Dutch (issue 16.8), not the keyring's English
    assert "op deze computer is geen sleutelbos geïnstalleerd" in seen[0]
    assert "no keyring backend is installed" not in seen[0]


def test_cancel_returns_none(
    qtbot: QtBot, passphrase_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_cancel(self: UnlockDialog) -> int:
        qtbot.addWidget(self)
        self.cancel_button.click()
        return int(self.result())

    monkeypatch.setattr(UnlockDialog, "exec", exec_cancel)
    assert unlock_interactively(passphrase_db) is None


def test_wrong_environment_passphrase_falls_back_to_asking(
    qtbot: QtBot, passphrase_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VANGNET_PASSPHRASE", "niet het goede wachtwoord")
    seen: list[str] = []

    def exec_cancel(self: UnlockDialog) -> int:
        qtbot.addWidget(self)
        seen.append(self.reason_label.text())
        self.reject()
        return int(self.result())

    monkeypatch.setattr(UnlockDialog, "exec", exec_cancel)
    assert unlock_interactively(passphrase_db) is None
    assert "VANGNET_PASSPHRASE" in seen[0]
