"""The troubleshooter's desk on a real encrypted database (Amsterdam: Sluitende Aanpak)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case
from app.services.casework import load_context
from app.services.contacts.sync import sync_folder
from app.services.events import record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from app.ui.display import show_weekday_date
from app.ui.main_window import MainWindow
from app.ui.troubleshooter_page import COLUMNS, URGENT, TroubleshooterPage
from tests.contacts.helpers import base_rows, contact_csv, write_list
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def ws(db_path: Path, tmp_path: Path) -> Iterator[Workspace]:
    store = initialise(
        db_path, DatabaseKey(passphrase="desk test passphrase"), load_profile("amsterdam"), "Team"
    )
    with store.transaction() as session:
        ctx = load_context(session)
        report = import_signals(
            session,
            signal_csv(
                signal_row(
                    referentie="LATER",
                    naam="Lars Later",
                    melddatum="10-11-2026",
                    ontruimingsdatum="15-12-2026",
                    deurwaarder_gepland="24-11-2026",
                ),
                signal_row(
                    referentie="SOON",
                    naam="Sara Soon",
                    melddatum="05-11-2026",
                    ontruimingsdatum="26-11-2026",
                ),
                signal_row(
                    referentie="PAST",
                    naam="Piet Past",
                    melddatum="01-10-2026",
                    ontruimingsdatum="20-11-2026",
                ),
                signal_row(referentie="NONE", naam="Nina None", melddatum="02-11-2026"),
            ),
            ctx,
            today=TODAY,
        )
        assert not report.errors, report.errors
        soon = session.scalars(select(Case).where(Case.reference == "SOON")).one()
        record_event(
            session,
            soon,
            "contact_attempt",
            date(2026, 11, 12),
            ctx,
            {"method": "telefoon", "reached": True},
            today=TODAY,
        )
        record_event(
            session,
            soon,
            "instrument_deployed",
            date(2026, 11, 13),
            ctx,
            {"instrument": "vroeg_eropaf"},
            today=TODAY,
        )
        record_event(  # A 1.13 lid 3: the ground on which this eviction goes ahead
            session, soon, "eviction_ground", date(2026, 11, 13), ctx, {"ground": "overlast"}
        )
        record_event(
            session, soon, "troubleshooter_informed", date(2026, 11, 16), ctx, {}, today=TODAY
        )
    write_list(tmp_path / "share", contact_csv(base_rows()))  # Ymere: Linda Groen, 088-0000000
    assert sync_folder(store, tmp_path / "share", settle_seconds=0).outcome == "applied"
    workspace = open_workspace(store, clock=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot: QtBot, ws: Workspace) -> TroubleshooterPage:
    widget = TroubleshooterPage(ws)
    qtbot.addWidget(widget)
    widget.resize(1150, 760)
    widget.show()
    widget.refresh()  # the main window does this when the page is shown
    return widget


def column(page: TroubleshooterPage, name: str) -> list[str]:
    index = COLUMNS.index(name)
    return [page.table.item(r, index).text() for r in range(page.table.rowCount())]


def test_lists_eviction_cases_soonest_first_with_time_left_and_flags(
    page: TroubleshooterPage,
) -> None:
    assert column(page, "tenant") == ["Sara Soon", "Lars Later"]  # no past, no case without date
    assert column(page, "eviction") == [
        show_weekday_date(date(2026, 11, 26)),
        show_weekday_date(date(2026, 12, 15)),
    ]
    soon, later = page.cases
    assert (soon.days_left, soon.working_days_left) == (3, 3)
    left = column(page, "left")
    assert "3" in left[0] and left[0].startswith("⚠")  # urgent: a symbol, not colour alone
    assert "22" in left[1] and "16" in left[1]  # calendar and working days
    urgent_cell = page.table.item(0, COLUMNS.index("left"))
    assert urgent_cell.foreground().color() == URGENT[0]
    assert urgent_cell.font().bold()
    assert page.table.item(1, COLUMNS.index("left")).foreground().color() != URGENT[0]
    # the bailiff date with its own proximity symbol (1 working day away: red, issue 16.4)
    assert column(page, "bailiff")[1] == f"{URGENT[2]} {show_weekday_date(date(2026, 11, 24))}"
    warnings = column(page, "warnings")
    assert warnings[0] == ""  # an instrument was deployed and a ground recorded: no warning
    assert (
        "No instrument deployed before the bailiff" in warnings[1]
        or "Geen instrument" in (warnings[1])
    )
    assert "eviction without ground" in warnings[1] or "ontruiming zonder grond" in warnings[1]
    assert page.table.item(1, COLUMNS.index("warnings")).font().bold()
    assert column(page, "corporation")[0] == "Woningcorporatie Ymere · SOON"
    assert page.count.text().startswith("2")


def test_detail_shows_what_was_tried_last_actions_and_contact(page: TroubleshooterPage) -> None:
    page.table.selectRow(0)
    text = page.detail.toPlainText()
    assert "Sara Soon" in text
    assert "Linda Groen" in text and "088-0000000" in text and "l.groen@ymere.example" in text
    assert "Vroeg Eropaf" in text and show_weekday_date(date(2026, 11, 13)) in text
    assert show_weekday_date(date(2026, 11, 16)) in text  # troubleshooter informed on
    assert show_weekday_date(date(2026, 11, 12)) in text  # the last contact
    page.table.selectRow(1)
    text = page.detail.toPlainText()
    assert "Lars Later" in text
    assert "No instrument deployed before the bailiff" in text or "Geen instrument" in text
    assert "A 1.13" in text


def test_past_eviction_dates_only_when_asked(page: TroubleshooterPage) -> None:
    page.show_past.setChecked(True)
    assert column(page, "tenant") == ["Piet Past", "Sara Soon", "Lars Later"]
    past = column(page, "left")[0]
    assert past.startswith("✖") and "3" in past
    assert page.cases[0].days_left == -3
    page.show_past.setChecked(False)
    assert "Piet Past" not in column(page, "tenant")


def test_selection_survives_a_refresh(page: TroubleshooterPage) -> None:
    page.table.selectRow(1)
    case_id = page.current_case_id()
    page.show_past.setChecked(True)
    assert page.current_case_id() == case_id


def test_enter_and_double_click_open_the_case_from_the_window(
    qtbot: QtBot, ws: Workspace, db_path: Path
) -> None:
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # Escape is a window shortcut of the case view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_view("desk")
    desk = window._pages["desk"]
    assert isinstance(desk, TroubleshooterPage)
    assert window.stack.currentWidget() is desk
    desk.table.setFocus()
    desk.table.selectRow(1)
    qtbot.keyClick(desk.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case_view
    assert window.case_view.title.text() == "Lars Later"
    qtbot.keyClick(window.case_view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is desk  # back where the case was opened from
    index = desk.table.model().index(0, COLUMNS.index("tenant"))
    rect = desk.table.visualRect(index)
    qtbot.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.case_view.title.text() == "Sara Soon"


def test_open_button_and_empty_state(qtbot: QtBot, page: TroubleshooterPage) -> None:
    opened: list[int] = []
    page.open_case.connect(opened.append)
    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [page.cases[0].case_id]
    page.cases = []
    page._ws.clock = lambda: date(2027, 6, 1)  # every date has passed by then
    page.refresh()
    assert page.table.isHidden() and not page.empty.isHidden()
    assert not page.open_button.isEnabled()


def test_a_case_called_in_without_eviction_date_is_listed_after_the_dated_ones(
    ws: Workspace, page: TroubleshooterPage
) -> None:
    """H 2.3 b: "Stagneren van de voortgang omdat betrokken partijen niet op één lijn komen"."""
    with ws.store.transaction() as session:
        none = session.scalars(select(Case).where(Case.reference == "NONE")).one()
        detail = {"to": "troubleshooter", "reason": "stagnatie"}
        record_event(session, none, "handover", date(2026, 11, 20), ws.ctx, detail, today=TODAY)
    page.refresh()
    assert column(page, "tenant") == ["Sara Soon", "Lars Later", "Nina None"]
    assert column(page, "eviction")[2] == "—"
    left = column(page, "left")[2]
    assert "H 2.3b" in left and left.startswith("➜")
    assert not page.table.item(2, COLUMNS.index("left")).font().bold()
    page.table.selectRow(2)
    text = page.detail.toPlainText()
    assert "Nina None" in text and "H 2.3b" in text
    assert show_weekday_date(date(2026, 11, 20)) in text


def test_the_handover_dialog_asks_why_only_for_the_troubleshooter(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.ui.event_dialog import EventDialog

    dialog = EventDialog("handover", TODAY)
    qtbot.addWidget(dialog)
    to = dialog._fields["to"]
    why = dialog._fields["reason"]
    assert isinstance(to, QComboBox) and isinstance(why, QComboBox)
    to.setCurrentIndex(to.findData("sdv"))
    assert not why.isEnabled()
    assert "reason" not in dialog.detail()
    to.setCurrentIndex(to.findData("troubleshooter"))
    assert why.isEnabled()
    assert "reason" not in dialog.detail()  # nothing is chosen for the worker
    why.setCurrentIndex(why.findData("specifieke_vraag"))
    assert dialog.detail() == {"to": "troubleshooter", "reason": "specifieke_vraag"}
    to.setCurrentIndex(to.findData("sdv"))
    assert "reason" not in dialog.detail()
