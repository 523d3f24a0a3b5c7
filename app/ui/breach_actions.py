"""Main window Privacy menu actions (being built for issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def add_actions(menu: QMenu, window: MainWindow) -> None:
    del menu, window
