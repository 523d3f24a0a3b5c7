"""Issue 13.4: File > Make a backup… and File > Restore a backup…, on real encrypted databases.

The backup is made and checked in the background and can be cancelled (no file is left); a
folder that refuses is named in Dutch. A restore is checked first, shows what it holds, asks for
a confirmation, closes the window's database, puts the backup in place (the old database set
aside) and shows the restored data in the running window; another Vangnet holding the database
stops it, and the window keeps its data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.backup import backup, database_snapshot
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import raw_connect
from app.services.workspace import Workspace
from app.ui import background
from app.ui.backup_dialogs import FOLDER_SETTING, BackupDialog, RestoreDialog
from app.ui.case_table import COLUMNS
from app.ui.main_window import MainWindow
from tests.helpers import signal_csv, signal_row
from tests.ui.conftest import TODAY, UI_PASSPHRASE, make_workspace

KEY = DatabaseKey(passphrase=UI_PASSPHRASE)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_remembered_folder() -> Iterator[None]:
    """The dialog remembers the last folder (QSettings); each test starts without one."""
    QSettings("Vangnet", "Vangnet").remove(FOLDER_SETTING)
    yield
    QSettings("Vangnet", "Vangnet").remove(FOLDER_SETTING)


@pytest.fixture
def window(qtbot: QtBot, office: Workspace, db_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(office, db_path)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def dutch(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The Dutch translation, built from the .ts as the Makefile does."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    qm = tmp_path / "vangnet_nl.qm"
    tool.release(tool.TS_FILE, qm, quiet=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _names(window: MainWindow) -> list[str]:
    model = window.current_list().model
    col = COLUMNS.index("name")
    return sorted(model.index(r, col).data() for r in range(model.rowCount()))


def _references(path: Path) -> list[str]:
    conn = raw_connect(path, KEY, configure=False)
    try:
        return [r[0] for r in conn.execute("SELECT reference FROM cases ORDER BY reference")]
    finally:
        conn.close()


def _add_case(window: MainWindow, reference: str, name: str) -> None:
    ws = window._ws
    assert ws is not None
    with ws.store.transaction() as session:
        report = import_signals(
            session,
            signal_csv(signal_row(referentie=reference, naam=name, melddatum="20-11-2026")),
            ws.ctx,
            today=TODAY,
        )
        assert not report.errors
    window._refresh_lists()


def _backup_dialog(window: MainWindow) -> BackupDialog:
    dialog = window.backup_dialog()
    assert isinstance(dialog, BackupDialog)
    dialog.show()
    return dialog


def _restore_dialog(window: MainWindow) -> RestoreDialog:
    dialog = window.restore_dialog()
    assert isinstance(dialog, RestoreDialog)
    dialog.show()
    return dialog


# --- making a backup -----------------------------------------------------------------------------


def test_the_backup_opens_and_holds_the_same_cases(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    dialog = _backup_dialog(window)
    assert dialog.target.name == f"vangnet-back-up-{TODAY.isoformat()}.vangnet"
    target = tmp_path / "usb" / "kopie"
    target.parent.mkdir()
    dialog.set_target(target)
    assert dialog.target == target.with_name("kopie.vangnet")  # the extension is added
    dialog.start_button.click()
    assert dialog.progress_row.isVisible() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    made = dialog.target
    assert _references(made) == _references(db_path) == ["ELAN-1", "EVICT", "KIDS", "PLAIN"]
    copy, live = database_snapshot(made, KEY), database_snapshot(db_path, KEY)
    assert copy.counts["audit_log"] + 1 == live.counts["audit_log"]  # the backup is recorded
    assert {k: v for k, v in copy.counts.items() if k != "audit_log"} == {
        k: v for k, v in live.counts.items() if k != "audit_log"
    }
    text = dialog.result_label.text()
    assert str(made.parent).replace("/", "/\u200b") in text and "Cases: 4" in text
    assert "kB" in text and "exactly the same" in text
    assert not dialog.progress_row.isVisible() and not dialog.start_button.isVisible()
    assert sorted(p.name for p in made.parent.iterdir()) == ["kopie.vangnet"]
    # the next backup is suggested in the same folder
    assert QSettings("Vangnet", "Vangnet").value(FOLDER_SETTING) == str(made.parent)
    again = _backup_dialog(window)
    assert again.target.parent == made.parent
    again.reject()
    dialog.reject()


def test_cancel_stops_the_backup_and_leaves_no_file(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    ws = make_workspace(db_path, [], demo=300)  # big enough to still be busy when cancelled
    win = MainWindow(ws, db_path)
    qtbot.addWidget(win)
    win.show()
    dialog = _backup_dialog(win)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog.set_target(folder / "b.vangnet")
    dialog.start_button.click()
    task = dialog._task
    assert task is not None
    task.progressed.connect(lambda _done, _total: dialog.cancel_button.click())
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is None
    assert dialog.message.text() == "Backup cancelled. No file was written."
    assert list(folder.iterdir()) == []
    assert dialog.start_button.isEnabled()  # and it can be made after all
    win.close()


def test_a_folder_that_refuses_is_named_in_dutch_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dutch: None
) -> None:
    from tests.store.test_backup_progress import _unwritable_folder

    folder = _unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    dialog = _backup_dialog(window)
    dialog.set_target(folder / "b.vangnet")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    text = dialog.message.text()
    assert dialog.message.kind == "error"
    assert text.startswith(f"Vangnet mag niet schrijven in de map {folder}.")
    assert "Er is niets geschreven." in text
    assert sorted(p.name for p in folder.iterdir()) == before
    dialog.reject()


def test_the_database_itself_is_refused_and_an_existing_file_is_asked_about(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dutch: None,
) -> None:
    before = database_snapshot(db_path, KEY)
    dialog = _backup_dialog(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.target = db_path  # typed in the file dialog: the database's own file
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.message.text() == (
        f"{db_path} is het bestand van de database zelf. Kies een andere plek voor de back-up."
    )
    assert database_snapshot(db_path, KEY) == before
    # an existing file: asked first; "No" writes nothing
    existing = tmp_path / "oud.vangnet"
    existing.write_bytes(b"an earlier backup")
    asked: list[str] = []

    def no(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    dialog.choose_target()
    dialog.start_button.click()
    assert str(existing) in asked[0] and not dialog.is_busy()
    assert existing.read_bytes() == b"an earlier backup"
    # "Yes" replaces it with a checked backup
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None and _references(existing) == _references(db_path)
    dialog.reject()


# --- restoring -----------------------------------------------------------------------------------


def test_restore_brings_back_the_earlier_state_into_the_running_window(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = tmp_path / "b.vangnet"
    backup(db_path, KEY, saved)
    _add_case(window, "LATER", "Lotte Later")
    assert "Lotte Later" in _names(window)

    dialog = _restore_dialog(window)
    assert not dialog.restore_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.inspection is not None, dialog.message.text()
    assert dialog.preview_area.isVisible() and not dialog.key_area.isVisible()
    assert dialog.cells["cases"][0].text() == "4" and dialog.cells["cases"][1].text() == "5"
    assert dialog.cells["office"][0].text() == "Sociaal Wijkteam Test"
    assert str(db_path.parent).replace("/", "/\u200b") in dialog.consequence.text()
    assert not dialog.restore_button.isEnabled()  # only after the explicit confirmation
    dialog.confirm.setChecked(True)
    assert dialog.restore_button.isEnabled()
    old_workspace = window._ws
    dialog.restore_button.click()
    assert window.is_locked  # the window closed its database for the restore
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()

    assert not window.is_locked and window._ws is not old_workspace
    assert "Lotte Later" not in _names(window) and len(_names(window)) == 4
    assert _references(db_path) == ["ELAN-1", "EVICT", "KIDS", "PLAIN"]
    kept = dialog.outcome.result.previous_kept_at
    assert kept is not None and kept.parent == db_path.parent
    assert "LATER" in _references(kept)  # set aside, not deleted
    assert "4 case(s)" in dialog.message.text() and kept.name in dialog.message.text()
    assert not dialog.restore_button.isVisible() and dialog.close_button.text() == "Close"
    # the restored database works in the window: a new case can be added
    _add_case(window, "AFTER", "Arie Erna")
    assert "Arie Erna" in _names(window)
    dialog.reject()


def test_restore_is_refused_while_another_vangnet_has_the_database_open(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path, dutch: None
) -> None:
    saved = tmp_path / "b.vangnet"
    backup(db_path, KEY, saved)
    _add_case(window, "LATER", "Lotte Later")
    before = database_snapshot(db_path, KEY)
    holder = subprocess.Popen(  # another Vangnet: a command that keeps the database open
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from app.services.keys import DatabaseKey\n"
            "from app.services.store import open_store\n"
            "store = open_store(Path(sys.argv[1]), DatabaseKey(passphrase=sys.argv[2]))\n"
            "store.setting('office_name'); print('open', flush=True); sys.stdin.readline()\n"
            "store.close()\n",
            str(db_path),
            UI_PASSPHRASE,
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        dialog = _restore_dialog(window)
        dialog.set_path(saved)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        dialog.confirm.setChecked(True)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        assert dialog.outcome is None
        assert dialog.message.kind == "error"
        assert "geopend in een andere Vangnet" in dialog.message.text()
        assert "Er is niets teruggezet." in dialog.message.text()
        assert list(db_path.parent.glob("*before-restore*")) == []
    finally:
        holder.communicate("\n", timeout=60)
    # nothing changed, and the window has its data back
    assert database_snapshot(db_path, KEY) == before
    assert not window.is_locked and "Lotte Later" in _names(window)
    assert dialog.restore_button.isEnabled()  # it can be tried again once the other is closed
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    assert "Lotte Later" not in _names(window)
    dialog.reject()


def test_a_backup_made_with_another_key_asks_for_that_key(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    other_key = DatabaseKey(passphrase="the other office's passphrase")
    other = initialise(tmp_path / "elders" / "v.db", other_key, load_profile("haarlem"), "Elders")
    other.close()
    saved = tmp_path / "elders.vangnet"
    backup(other.path, other_key, saved)

    dialog = _restore_dialog(window)
    dialog.set_path(saved)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.inspection is None and dialog.key_area.isVisible()
    assert "made with another key" in dialog.message.text()
    dialog.secret.setText("not the passphrase at all")
    dialog.key_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert "does not open this backup either" in dialog.message.text()
    assert dialog.secret.text() == "" and dialog.inspection is None
    dialog.secret.setText("the other office's passphrase")
    dialog.key_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.inspection is not None, dialog.message.text()
    assert not dialog.key_area.isVisible()
    assert dialog.other_office.isVisible() and "Elders" in dialog.other_office.text()
    dialog.confirm.setChecked(True)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    assert window._ws is not None and window._ws.office_name == "Elders"
    assert _names(window) == []
    assert database_snapshot(db_path, KEY).counts["cases"] == 0  # opens with the office's key
    dialog.reject()


def test_cancel_while_checking_changes_nothing(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    ws = make_workspace(db_path, [], demo=300)
    win = MainWindow(ws, db_path)
    qtbot.addWidget(win)
    win.show()
    saved = tmp_path / "b.vangnet"
    backup(db_path, KEY, saved)
    dialog = _restore_dialog(win)
    dialog.set_path(saved)
    task = dialog._task
    assert task is not None and dialog.cancel_button.isEnabled()
    task.progressed.connect(lambda _done, _total: dialog.cancel_button.click())
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.inspection is None and not dialog.preview_area.isVisible()
    assert dialog.message.text() == "Check cancelled. Nothing was changed."
    assert not win.is_locked
    win.close()


def test_the_swap_cannot_be_cancelled(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "b.vangnet"
    backup(db_path, KEY, saved)
    dialog = _restore_dialog(window)
    dialog.set_path(saved)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    dialog.confirm.setChecked(True)
    dialog.restore_button.click()
    assert dialog.cancel_button.isEnabled()  # still checking and copying: cancellable
    dialog._restore_progress(1000, 1000)  # what the restore reports just before the swap
    assert not dialog.cancel_button.isEnabled()
    assert "can no longer be cancelled" in dialog.message.text()
    dialog.cancel_work()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None  # the cancel did not stop it
    dialog.reject()


def test_both_are_out_of_reach_while_locked(window: MainWindow, qtbot: QtBot) -> None:
    actions = {a.text(): a for a in window.actions()}
    make, put_back = actions["Make a &backup…"], actions["&Restore a backup…"]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert texts.index("&Restore a backup…") == texts.index("Make a &backup…") + 1
    window.lock()
    assert window.backup_dialog() is None and window.restore_dialog() is None
    assert not make.isEnabled() and not put_back.isEnabled()
    make.trigger()
    put_back.trigger()
    assert background.running_tasks() == []
