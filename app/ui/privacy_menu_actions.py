"""The main window's Privacy menu beyond the audit trail (issue 15): retention, the requests
registers, the breach register and the register of processing. Each part adds its own actions
from its own module, so the main window stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def add_actions(menu: QMenu, window: MainWindow) -> None:
    from app.ui import breach_actions, requests_actions, retention_actions

    requests_actions.add_actions(menu, window)
    breach_actions.add_actions(menu, window)
    menu.addSeparator()
    retention_actions.add_actions(menu, window)
