"""Case view Privacy menu actions (being built for issue 15.2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.case_view import CaseView


def add_actions(menu: QMenu, view: CaseView) -> None:
    del menu, view
