"""The case view's Privacy menu: the tenant's rights on this one case (issue 15.2).

Each part adds its own actions, so the rights live next to their services:
access (export), correction, restriction and consent withdrawal, and erasure on request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.case_view import CaseView


def populate_privacy_menu(menu: QMenu, view: CaseView) -> None:
    from app.ui import case_rights_actions, erasure_actions, subject_export_actions

    subject_export_actions.add_actions(menu, view)
    case_rights_actions.add_actions(menu, view)
    menu.addSeparator()
    erasure_actions.add_actions(menu, view)
