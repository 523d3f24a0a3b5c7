"""Dialogs size themselves to the screen without tying the QScreen to their own wrapper.

With ``widget.screen()`` PySide6 (6.11) keeps the QScreen wrapper as a reference of the dialog's
wrapper; when such a dialog sat in a reference cycle and Qt deleted it, the garbage collector
later deleted the screen itself, and the next window crashed the process (QWizard in
test_first_run, after the end-to-end test). `widgets.available_area` asks QGuiApplication.
"""

from __future__ import annotations

import gc

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui.backup_dialogs import BackupDialog
from app.ui.import_dialog import ImportDialog
from app.ui.widgets import available_area, fit_to_screen


def _holders_of_the_screen() -> list[object]:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return [r for r in gc.get_referrers(screen) if isinstance(r, QWidget)]


def test_dialogs_do_not_hold_the_screen(qtbot: QtBot, office: Workspace) -> None:
    dialogs: list[QDialog] = [ImportDialog(office), BackupDialog(office)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    assert _holders_of_the_screen() == []


def test_fit_to_screen_keeps_a_window_on_a_small_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    area = available_area(widget)
    assert area is not None and area.width() > 0
    fit_to_screen(widget, area.width() + 500, 300)
    assert widget.width() == area.width() - 40 and widget.height() == min(300, area.height() - 60)
    assert _holders_of_the_screen() == []
