"""The Privacy menu's retention entry (issue 15.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def add_actions(menu: QMenu, window: MainWindow) -> None:
    text = QCoreApplication.translate("RetentionActions", "&Retention and erasure…")
    window._action(menu, text, None, lambda: open_retention(window))


def open_retention(window: MainWindow) -> None:
    """The retention dialog; parented to the window so a lock closes it."""
    workspace = window._ws
    if workspace is None:
        return
    from app.ui.retention_dialog import RetentionDialog

    old = getattr(window, "retention_dialog", None)
    if old is not None:
        old.deleteLater()
    dialog = RetentionDialog(workspace, window)
    dialog.erased.connect(lambda _count: window._refresh_lists())
    window.retention_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
