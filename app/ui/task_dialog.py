"""A dialog that runs one background task at a time, and the progress row it shows.

The dialogs that import signals, make a batch of letters or move cases between laptops share
the same rule: a window never closes with its worker thread still running (a QThread destroyed
while it runs takes the process down), so closing stops the task and waits for it first.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.ui.background import BackgroundTask


class TaskDialog(QDialog):
    """Holds the running task in `_task`; stops it before the window goes away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        task = self._task
        if not self.isVisible() and task is not None and task.is_running():
            task.cancel_and_wait()  # a hidden window may be deleted next: stop the thread first
        super().closeEvent(event)

    def done(self, result: int) -> None:
        task = self._task
        if task is not None and task.is_running():
            task.cancel_and_wait()  # never leave a thread running behind a closed window
        super().done(result)

    def stop_for_lock(self) -> None:
        """The window locks: stop the work (waiting for its thread) and close at once, whatever
        the dialog would otherwise ask first (nothing of a cancelled import is kept)."""
        self.done(QDialog.DialogCode.Rejected)


def progress_row(cancel_text: str) -> tuple[QWidget, QProgressBar, QPushButton]:
    """A hidden row with a progress bar and a cancel button (shown while a task runs)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar()
    bar.setTextVisible(True)
    layout.addWidget(bar, 1)
    cancel = QPushButton(cancel_text)
    cancel.setAutoDefault(False)
    layout.addWidget(cancel)
    row.hide()
    return row, bar, cancel
