"""Issue 12.10: background tasks have one owner. Locking and closing the window cancel and wait
for every running task; a thread that does not stop in time is kept alive, never destroyed
(a QThread destroyed while it runs aborts the process: "QThread: Destroyed while thread is
still running", exit 134)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui import background
from app.ui.background import BackgroundTask, TaskContext
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from tests.conftest import SAMPLE_SIGNALS


def _polite_work(started: threading.Event) -> Callable[[TaskContext], str]:
    """Work that stops at its next progress report once cancelled."""

    def work(context: TaskContext) -> str:
        started.set()
        for step in range(10_000):
            if not context.progress(step, 10_000):
                raise RuntimeError("cancelled")
            threading.Event().wait(0.01)
        return "done"

    return work


def test_locking_cancels_and_waits_for_every_task(
    qtbot: QtBot, office: Workspace, db_path: Path
) -> None:
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()
    task = BackgroundTask(_polite_work(started), window)  # e.g. the window's own backup
    task.start()
    assert started.wait(10) and background.running_tasks() == [task]
    window.lock()
    assert window.is_locked
    assert not task.is_running() or task.cancel_requested()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert background.running_tasks() == []


def test_locking_during_an_import_closes_the_dialog_and_imports_nothing(
    qtbot: QtBot, office: Workspace, db_path: Path
) -> None:
    """Reproduced: the import dialog stayed visible over the lock screen, its thread running."""
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    window.show()
    dialog = ImportDialog(office, path=SAMPLE_SIGNALS, parent=window)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    hold = threading.Event()
    started = threading.Event()

    def slow_import(context: TaskContext) -> None:  # stands in for a 30,000-row import
        started.set()
        while not hold.is_set():
            if not context.progress(1, 2):
                raise RuntimeError("cancelled")
            threading.Event().wait(0.01)

    dialog._task = BackgroundTask(slow_import, dialog)
    dialog._importing = True
    dialog._task.start()
    assert started.wait(10)
    window.lock()
    assert not dialog.isVisible()  # not over the lock screen
    assert background.running_tasks() == []


def test_a_thread_that_does_not_stop_in_time_is_kept_alive(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    started = threading.Event()

    def stubborn(_context: TaskContext) -> str:  # never asks whether to stop
        started.set()
        release.wait(30)
        return "finished anyway"

    task = BackgroundTask(stubborn, owner)
    results: list[object] = []
    task.succeeded.connect(results.append)
    task.start()
    assert started.wait(10)
    still = background.stop_all(100)
    assert still == [task] and task.parent() is None  # detached from its owner
    owner.deleteLater()  # the window goes; the thread must survive it
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert results == ["finished anyway"] and background.running_tasks() == []


def test_a_task_deleted_with_its_owner_before_its_outcome_arrived_is_dropped() -> None:
    """The thread ended, the owner went before the queued outcome reached the GUI thread: the
    registry must not touch the deleted task when the window locks next (it used to raise)."""
    owner = QWidget()
    task = BackgroundTask(lambda _context: "done", owner)
    task.start()
    assert task._thread.wait(10_000)  # finished; its outcome is still queued
    shiboken6.delete(owner)  # takes the task and its (stopped) thread with it
    assert not task.is_alive()
    assert background.running_tasks() == []
    assert background.stop_all(100) == []


def test_closing_the_window_waits_for_its_tasks(
    qtbot: QtBot, office: Workspace, db_path: Path
) -> None:
    """Reproduced: closing the window during a backup aborted the process (exit 134)."""
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()
    task = BackgroundTask(_polite_work(started), window)
    task.start()
    assert started.wait(10)
    assert window.close()
    assert not task.is_running() or task.cancel_requested()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)


def test_a_damaged_file_is_found_in_the_background_and_said_at_the_top(
    qtbot: QtBot, db_path: Path
) -> None:
    """Issue 12.4: a damaged middle page left the window working as if nothing was wrong; the
    file is now checked in the background after opening."""
    from sqlalchemy import text

    from tests.ui.conftest import make_workspace

    ws = make_workspace(db_path, [], demo=300)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.show()
    window.check_integrity()
    qtbot.waitUntil(lambda: background.running_tasks() == [], timeout=10_000)
    qtbot.wait(50)
    assert not window.damage.isVisible()  # a sound file: nothing is said
    with ws.store.session() as session:  # every page in the main file, then damage one
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    pages = db_path.stat().st_size // 4096
    data = bytearray(db_path.read_bytes())
    offset = (pages // 2) * 4096 + 1000
    data[offset : offset + 8] = bytes(8) if any(data[offset : offset + 8]) else b"\xff" * 8
    db_path.write_bytes(bytes(data))
    window.check_integrity()
    qtbot.waitUntil(window.damage.isVisible, timeout=10_000)
    assert "beschadigd" in window.damage.text() and "de sleutel klopt wel" in window.damage.text()
    assert f"{pages // 2 + 1}" in window.damage.text()  # the page is named
    window.close()
