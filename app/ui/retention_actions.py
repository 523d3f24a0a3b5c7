"""The Privacy menu's retention entry (issue 15.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.ui.i18n import fill

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
    dialog.erased.connect(lambda _count: _after_erasure(window))
    window.retention_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def _after_erasure(window: MainWindow) -> None:
    window._refresh_lists()
    window.show_breach_terms()


def banner_lines(window: MainWindow) -> list[str]:
    """One line when ended cases are past their term, so erasing is not forgotten (none: [])."""
    workspace = window._ws
    if workspace is None:
        return []
    from app.services.retention import due_items

    with workspace.store.session() as session:
        due = len(due_items(session, workspace.today()))
    if not due:
        return []
    text = QCoreApplication.translate(
        "RetentionActions", "Cases past their retention term: %1. Privacy → Retention and erasure."
    )
    return ["⚠ " + fill(text, str(due))]
