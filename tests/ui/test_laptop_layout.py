"""Issue 16.1 and 16.6: the window on an office laptop (1366 x 768, and 1920 x 1080 at 150 %,
1280 x 720 logical), and what a new office sees first.

The window's client area on a 1366 x 768 screen is about 1366 x 700 (taskbar and title bar
take the rest); at 150 % it is about 1280 x 660 logical pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui.case_list import ALWAYS_SHOWN, CaseListPage
from app.ui.case_table import COLUMNS
from app.ui.case_view import DETAILS_FOLDED_KEY
from app.ui.main_window import MINIMUM_SIZE, VIEWS, MainWindow
from tests.helpers import signal_row
from tests.ui.conftest import make_workspace

LAPTOP = (1366, 700)
SCALED_150 = (1280, 660)
LIST_KEYS = [f"case_lists/{view}/hidden_columns" for view in VIEWS]


@pytest.fixture(autouse=True)
def fresh_window_settings() -> Iterator[None]:
    """Column choices and the folded header are this computer's (QSettings): start clean and
    put nothing behind for other tests."""
    settings = QSettings("Vangnet", "Vangnet")
    keys = [DETAILS_FOLDED_KEY, *LIST_KEYS]
    for key in keys:
        settings.remove(key)
    yield
    for key in keys:
        settings.remove(key)


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _eviction_case(db_path: Path) -> Workspace:
    """A case with many terms at once: eviction and bailiff dates besides the usual ones."""
    return make_workspace(
        db_path,
        [
            signal_row(
                referentie="EVICT-1",
                naam="Eva Evict",
                melddatum="10-11-2026",
                ontruimingsdatum="15-12-2026",
                aantal_bewoners="4",
                geboortedata_bewoners="01-01-2015|01-01-2017|01-01-1950",
            ),
            signal_row(referentie="PLAIN", naam="Piet Plain", melddatum="02-11-2026"),
        ],
    )


def _rows_in_view(table: QTableView) -> list[bool]:
    """Per row: is the whole row inside the visible part of the table?"""
    height = table.viewport().height()
    return [
        table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
        for row in range(table.rowCount() if hasattr(table, "rowCount") else 0)
    ]


@pytest.mark.parametrize("size", [LAPTOP, SCALED_150], ids=["1366x768", "1920x1080@150"])
def test_every_deadline_row_is_in_sight_on_a_laptop(
    qtbot: QtBot, db_path: Path, size: tuple[int, int]
) -> None:
    ws = _eviction_case(db_path)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_case(1)
    _settle(qtbot)
    assert window.size().width() <= size[0] and window.size().height() <= size[1]
    table = window.case_view.deadlines
    assert table.rowCount() >= 3
    shown = _rows_in_view(table)
    assert all(shown), f"deadline rows out of sight: {shown} (viewport {table.viewport().height()})"
    assert table.verticalScrollBar().maximum() == 0  # nothing to scroll to
    # the tabs below keep a usable height for the timeline
    assert window.case_view.tabs.height() >= 150
    # every case action stays whole: no button is narrower than its text
    for button in window.case_view.processing_buttons:
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    ws.close()


def test_the_case_header_folds_away_and_stays_folded(qtbot: QtBot, db_path: Path) -> None:
    ws = _eviction_case(db_path)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.open_case(1)
    _settle(qtbot)
    view = window.case_view
    assert view.facts.isVisible() and "Eva Evict" in view.title.text()
    tabs_before = view.tabs.height()
    view.details_toggle.click()
    _settle(qtbot)
    assert not view.facts.isVisible()
    assert view.tabs.height() > tabs_before  # the room goes to the work below
    assert QSettings("Vangnet", "Vangnet").value(DETAILS_FOLDED_KEY, type=bool) is True
    window.close()
    again = MainWindow(ws, db_path)  # a new window remembers the choice
    qtbot.addWidget(again)
    again.show()
    again.open_case(1)
    _settle(qtbot)
    assert not again.case_view.facts.isVisible()
    again.case_view.details_toggle.click()
    assert again.case_view.facts.isVisible()
    ws.close()


def test_the_window_fits_a_laptop_at_150_percent(window: MainWindow) -> None:
    width, height = MINIMUM_SIZE
    assert width <= 1280 and height <= 660
    assert window.minimumWidth() <= 1280 and window.minimumHeight() <= 660


def _column_in_sight(table: QAbstractItemView, column: int) -> bool:
    assert isinstance(table, QTableView)
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width() + 1


@pytest.mark.parametrize("size", [LAPTOP, SCALED_150], ids=["1366x768", "1920x1080@150"])
def test_the_inbox_columns_that_matter_fit_without_scrolling(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    _settle(qtbot)
    table = window.current_list().table
    must = ["priority", "name", "deadline", "reference", "status"]
    if size == LAPTOP:
        must += ["corporation", "flags", "assignee"]
    missing = [c for c in must if not _column_in_sight(table, COLUMNS.index(c))]
    assert not missing, f"columns out of sight at {size}: {missing}"


def _title(page: CaseListPage, column: str) -> str:
    return str(
        page.model.headerData(
            COLUMNS.index(column), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
    )


def test_the_column_chooser_hides_shows_and_remembers(qtbot: QtBot, window: MainWindow) -> None:
    page = window.current_list()
    status = COLUMNS.index("status")
    assert not page.table.isColumnHidden(status)
    assert page.table.isColumnHidden(COLUMNS.index("signal"))  # hidden until asked for
    page._fill_column_menu()
    titles = [a.text() for a in page.columns_menu.actions() if a.isCheckable()]
    assert len(titles) == len(COLUMNS)
    by_title = {a.text(): a for a in page.columns_menu.actions() if a.isCheckable()}
    name_action = by_title[_title(page, "name")]
    assert not name_action.isEnabled()  # the name says which case a row is
    by_title[_title(page, "status")].setChecked(False)
    assert page.table.isColumnHidden(status)
    page.set_column_shown("signal", True)
    # a new list page (the next session) shows the same choice
    fresh = CaseListPage(window._ws, "inbox", "Inbox", "")  # type: ignore[arg-type]
    qtbot.addWidget(fresh)
    assert fresh.table.isColumnHidden(status)
    assert not fresh.table.isColumnHidden(COLUMNS.index("signal"))
    for name in ALWAYS_SHOWN:
        fresh.set_column_shown(name, False)
        assert not fresh.table.isColumnHidden(COLUMNS.index(name))
    fresh.set_column_shown("status", True)  # every column shown: that choice is kept too
    third = CaseListPage(window._ws, "inbox", "Inbox", "")  # type: ignore[arg-type]
    qtbot.addWidget(third)
    assert not any(third.table.isColumnHidden(i) for i in range(len(COLUMNS)))


def test_a_badge_that_does_not_fit_is_counted_not_dropped(qtbot: QtBot, db_path: Path) -> None:
    """Eva Evict has an eviction date, children and a 65+ occupant: in a narrow priority column
    the badges that do not fit become a '+2' marker (grey) instead of vanishing."""
    ws = _eviction_case(db_path)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    page = window.current_list()
    table = page.table
    column = COLUMNS.index("priority")
    page._dragged.add("priority")
    table.setColumnWidth(column, 400)
    _settle(qtbot)

    def marker_pixels() -> int:
        rect = table.visualRect(page.model.index(0, column))
        image: QImage = table.viewport().grab(rect).toImage()
        grey = QColor("#d5dce2").rgb()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if image.pixel(x, y) == grey
        )

    assert marker_pixels() == 0  # both badges drawn in full
    table.setColumnWidth(column, 160)
    _settle(qtbot)
    assert marker_pixels() > 20  # the marker is drawn
    tip = page.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)  # also those cut off
    assert "child under 18" in tip and "65" in tip
    ws.close()


def test_the_navigation_counts_the_work_and_hides_counts_when_locked(
    qtbot: QtBot, window: MainWindow
) -> None:
    texts = [window.nav.item(r).text() for r in range(window.nav.count())]
    # four open cases; the overdue ones (Piet Plain's contact term) counted with a symbol
    overdue = window.current_list()
    overdue.overdue.setChecked(True)
    late = overdue.model.total
    overdue.overdue.setChecked(False)
    assert late >= 1
    assert texts[VIEWS.index("inbox")] == f"Inbox (4 · ⚠ {late})"
    assert "overdue" in window.nav.item(VIEWS.index("inbox")).toolTip()
    assert texts[VIEWS.index("mine")].endswith("(0)")
    assert texts[VIEWS.index("desk")].endswith("(1)")  # Eva Evict's eviction date
    assert "(" not in texts[VIEWS.index("contacts")]
    # one troubleshooter entry, not a list and a desk with the same cases
    assert VIEWS.count("desk") == 1 and "troubleshooter" not in VIEWS
    window.current_list().table.selectRow(0)
    window.open_case(window.current_list().model.row_at(0).case_id)  # type: ignore[union-attr]
    window.case_view.assign_button.click()
    _settle(qtbot)
    assert window.nav.item(VIEWS.index("mine")).text().endswith("(1)")
    window.lock()
    assert all("(" not in window.nav.item(r).text() for r in range(window.nav.count()))


def test_the_toolbar_holds_the_daily_actions_and_is_off_while_locked(window: MainWindow) -> None:
    actions = window.toolbar.actions()
    assert window.new_signal_action in actions and window.import_action in actions
    assert window.lock_action in actions and window.search_action in actions
    assert all(a.isEnabled() for a in actions)
    window.lock()
    assert not any(a.isEnabled() for a in actions)


def test_a_new_office_sees_what_to_do_first(qtbot: QtBot, db_path: Path) -> None:
    ws = make_workspace(db_path, [])
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    _settle(qtbot)
    page = window.current_list()
    assert page.body.currentWidget() is page.empty
    assert page.empty_import.isVisible() and page.empty_new.isVisible()
    assert not page.empty_clear.isVisible()
    assert page.empty_text.height() >= page.empty_text.heightForWidth(page.empty_text.width())
    asked: list[str] = []
    page.import_requested.disconnect()
    page.new_signal_requested.disconnect()
    page.import_requested.connect(lambda: asked.append("import"))
    page.new_signal_requested.connect(lambda: asked.append("new"))
    page.empty_import.click()
    page.empty_new.click()
    assert asked == ["import", "new"]
    ws.close()


def test_a_search_without_results_offers_to_clear_it(qtbot: QtBot, window: MainWindow) -> None:
    page = window.current_list()
    page.search.setText("niemand-heet-zo")
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty, timeout=2000)
    assert page.empty_clear.isVisible() and not page.empty_import.isVisible()
    page.empty_clear.click()
    assert page.search.text() == ""
    assert page.body.currentWidget() is page.table and page.model.rowCount() == 4


def test_the_workbench_tab_folds_the_facts_on_a_laptop_without_changing_the_choice(
    qtbot: QtBot, db_path: Path
) -> None:
    ws = _eviction_case(db_path)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.open_case(1)
    _settle(qtbot)
    view = window.case_view
    assert view.facts.isVisible()
    view.tabs.setCurrentWidget(view.sdv)
    _settle(qtbot)
    assert not view.facts.isVisible() and not view.details_toggle.isChecked()
    assert QSettings("Vangnet", "Vangnet").value(DETAILS_FOLDED_KEY, False, type=bool) is False
    view.tabs.setCurrentIndex(0)  # back to the timeline: the facts return
    _settle(qtbot)
    assert view.facts.isVisible() and view.details_toggle.isChecked()
    ws.close()
