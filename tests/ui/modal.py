"""Driving modal dialogs from a test: each step handles the next dialog that opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

Step = Callable[[QDialog], None]


def answer(steps: list[Step]) -> Iterator[None]:
    """Handle the modal dialogs that will open, one step per dialog, in order.

    Use as ``for _ in answer([...]): window.do_something()``: the body runs once, while a timer
    hands every newly opened modal dialog to the next step. A failing step rejects every open
    modal dialog (so the test cannot hang) and its error is raised afterwards; a step that never
    got its dialog fails the test too.
    """
    pending = list(steps)
    seen: list[QDialog] = []
    errors: list[BaseException] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        step = None
        if isinstance(dialog, QDialog) and dialog not in seen and pending:
            seen.append(dialog)
            step = pending.pop(0)
        if pending:  # before the step: a step may open the next dialog and wait in it
            QTimer.singleShot(20, poll)
        if step is not None and isinstance(dialog, QDialog):
            try:
                step(dialog)
            except BaseException as exc:  # a failed check must not leave a modal dialog open
                errors.append(exc)
                pending.clear()
                while isinstance(modal := QApplication.activeModalWidget(), QDialog):
                    modal.reject()

    QTimer.singleShot(0, poll)
    yield
    if errors:
        raise errors[0]
    assert not pending, f"{len(pending)} dialog(s) never opened"
