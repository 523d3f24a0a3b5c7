"""Fixtures for the desktop tests: a real encrypted office database with known cases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from app.services.casework import load_context
from app.services.demo import fill_demo
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from tests.helpers import signal_csv, signal_row

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)
UI_PASSPHRASE = "desktop test passphrase"


def make_workspace(path: Path, rows: list[str], demo: int = 0) -> Workspace:
    store = initialise(path, DatabaseKey(passphrase=UI_PASSPHRASE), load_profile("haarlem"),
                       "Sociaal Wijkteam Test")
    with store.transaction() as session:
        ctx = load_context(session)
        if rows:
            report = import_signals(session, signal_csv(*rows), ctx, today=TODAY)
            assert not report.errors, report.errors
        if demo:
            fill_demo(session, ctx, demo, TODAY)
    return open_workspace(store, clock=lambda: TODAY)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The window's real Dutch translation, for tests of what the window says in Dutch (service
    refusals come from the catalogue through it)."""
    from PySide6.QtCore import QTranslator

    from app.ui import i18n

    translator = QTranslator()
    assert translator.load(str(i18n.TRANSLATIONS / "vangnet_nl.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """The folder a test saves its pictures of the window in, for a person to look at: under
    the test's own tmp_path, or VANGNET_SCREENSHOT_DIR when that is set (to keep them)."""
    chosen = os.environ.get("VANGNET_SCREENSHOT_DIR")
    folder = Path(chosen) if chosen else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def office(db_path: Path) -> Iterator[Workspace]:
    ws = make_workspace(
        db_path,
        [
            signal_row(referentie="PLAIN", naam="Piet Plain", melddatum="02-11-2026"),
            signal_row(referentie="KIDS", naam="Karin Kind", melddatum="05-11-2026",
                       aantal_bewoners="3", geboortedata_bewoners="01-01-2015|01-01-2017"),
            signal_row(referentie="EVICT", naam="Eva Evict", melddatum="10-11-2026",
                       ontruimingsdatum="15-12-2026", postcode="2011 ZC"),
            signal_row(referentie="ELAN-1", naam="Els Elan", corporatie="Elan Wonen",
                       melddatum="20-11-2026", statushouder="ja"),
        ],
    )
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, office: Workspace, db_path: Path) -> Iterator[MainWindow]:
    """The main window on the office database, shown."""
    from app.ui.main_window import MainWindow

    win = MainWindow(office, db_path)
    qtbot.addWidget(win)
    win.show()
    yield win
