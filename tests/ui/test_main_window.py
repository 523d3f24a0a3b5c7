"""The main window on a real encrypted database: order, badges, search, filters, actions, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.case_query import CaseFilter
from app.services.workspace import Workspace
from app.ui.case_table import BADGES_ROLE, CASE_ID_ROLE, COLUMNS, CaseTableModel
from app.ui.event_dialog import EventDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, make_workspace


def _names(window: MainWindow) -> list[str]:
    model = window.current_list().model
    col = COLUMNS.index("name")
    return [model.index(r, col).data() for r in range(model.rowCount())]




def test_inbox_order_badges_and_why_tooltip(window: MainWindow) -> None:
    assert _names(window) == ["Eva Evict", "Karin Kind", "Els Elan", "Piet Plain"]
    model = window.current_list().model
    badges = model.index(0, COLUMNS.index("priority")).data(BADGES_ROLE)
    assert badges[0].startswith("eviction") or badges[0].startswith("ontruiming")
    assert model.index(1, COLUMNS.index("priority")).data(BADGES_ROLE) == ["children"] or \
        model.index(1, COLUMNS.index("priority")).data(BADGES_ROLE) == ["kinderen"]
    tip = model.index(3, COLUMNS.index("name")).data(Qt.ItemDataRole.ToolTipRole)
    assert "2." in tip and "3." in tip and "4." in tip
    deadline = model.index(3, COLUMNS.index("deadline")).data()
    assert "⚠" in deadline  # overdue is marked with a symbol and words, not colour alone
    assert window.current_list().count.text().startswith("4")


def test_search_and_filters_run_in_sql(window: MainWindow, qtbot: QtBot) -> None:
    page = window.current_list()
    page.search.setText("2011 zc")
    qtbot.waitUntil(lambda: _names(window) == ["Eva Evict"], timeout=2000)
    page.search.setText("")
    qtbot.waitUntil(lambda: len(_names(window)) == 4, timeout=2000)
    page.corporation.setCurrentIndex(page.corporation.findText("Elan Wonen"))
    assert _names(window) == ["Els Elan"]
    page.corporation.setCurrentIndex(0)
    page.reason.setCurrentIndex(page.reason.findData("children"))
    assert _names(window) == ["Karin Kind"]
    page.reason.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert "Piet Plain" in _names(window) and "Els Elan" not in _names(window)


def test_views_troubleshooter_and_week(window: MainWindow) -> None:
    window.show_view("troubleshooter")  # one troubleshooter entry: the desk (issue 16.6)
    desk = window.stack.currentWidget()
    assert desk is window._pages["desk"]
    assert [c.tenant_name for c in desk.cases] == ["Eva Evict"]  # type: ignore[attr-defined]
    window.show_view("week")
    assert set(_names(window)) == {"Eva Evict", "Karin Kind", "Els Elan", "Piet Plain"}
    window.show_view("closed")
    assert _names(window) == []


def test_enter_opens_case_and_action_updates_deadlines(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = window.current_list().table
    table.setFocus()
    last = window.current_list().model.index(3, 0)
    table.setCurrentIndex(last)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case_view
    view = window.case_view
    assert view.title.text() == "Piet Plain"
    statuses = {view.deadlines.item(r, 0).text(): view.deadlines.item(r, 4).text()
                for r in range(view.deadlines.rowCount())}
    contact_label = next(k for k in statuses if "ontact" in k)
    assert statuses[contact_label] in ("overdue", "te laat")

    def fake_exec(dialog: EventDialog) -> int:
        dialog.on.setDate(dialog.on.date().addDays(-16))  # 7 Nov 2026
        for name, value in (("method", "telefoon"), ("reached", True)):  # nothing pre-chosen
            box = dialog._fields[name]
            assert isinstance(box, QComboBox) and box.currentData() is None
            box.setCurrentIndex(box.findData(value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    view.record("contact_attempt")
    statuses = {view.deadlines.item(r, 0).text(): view.deadlines.item(r, 4).text()
                for r in range(view.deadlines.rowCount())}
    assert statuses[contact_label] in ("met", "gehaald")
    assert view.timeline.rowCount() == 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.current_list()


def test_undo_restores_deadline(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    case_id = window.current_list().model.index(3, 0).data(CASE_ID_ROLE)
    window.open_case(case_id)
    view = window.case_view
    monkeypatch.setattr(EventDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    view.record("feedback_sent")
    assert view.timeline.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.timeline.selectRow(0)
    view._undo_selected()
    assert view.timeline.item(0, 1).font().strikeOut()
    fb = next(r for r in range(view.deadlines.rowCount())
              if "eedback" in view.deadlines.item(r, 0).text()
              or "erugkoppeling" in view.deadlines.item(r, 0).text())
    assert view.deadlines.item(fb, 4).text() in ("overdue", "te laat")


def test_title_never_shows_personal_data(window: MainWindow) -> None:
    window.open_case(window.current_list().model.index(0, 0).data(CASE_ID_ROLE))
    assert "Eva" not in window.windowTitle()
    assert window.windowTitle().startswith("Vangnet — Sociaal Wijkteam Test")


def test_lock_hides_everything_and_drops_key(window: MainWindow, qtbot: QtBot, db_path: Path,
                                             office: Workspace) -> None:
    reopened: list[Workspace] = []

    def unlocker() -> Workspace:
        from app.services.keys import DatabaseKey
        from app.services.store import open_store
        from app.services.workspace import open_workspace
        from tests.ui.conftest import UI_PASSPHRASE

        ws = open_workspace(open_store(db_path, DatabaseKey(passphrase=UI_PASSPHRASE)),
                            clock=lambda: TODAY)
        reopened.append(ws)
        return ws

    window._unlocker = unlocker
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert window.outer.currentWidget() is window.lock_screen
    assert window.stack.count() == 0  # no page with case data survives
    assert window.windowTitle() == "Vangnet"
    window.unlock()
    assert not window.is_locked and reopened
    assert _names(window)[0] == "Eva Evict"


def test_idle_lock(window: MainWindow, qtbot: QtBot) -> None:
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)


def test_case_model_passes_qtmodeltester(qtbot: QtBot, db_path: Path) -> None:
    ws = make_workspace(db_path, [], demo=250)
    tester = ModelTester(None)
    tester.check(CaseTableModel(ws, CaseFilter(), None), force_py=True)  # fetches everything
    model = CaseTableModel(ws, CaseFilter(), None)
    assert model.rowCount() == 100 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    model.fetchMore()
    assert 200 < model.rowCount() == model.total < 250  # a few demo cases are closed
    assert not model.canFetchMore()
    model.set_filter(CaseFilter(view="troubleshooter"))
    tester.check(model, force_py=True)
    ws.close()


def test_an_open_breach_term_is_in_view_until_it_is_met(
    window: MainWindow, office: Workspace
) -> None:
    """Issue 15.3: the 24-hour term of PR 9.1 counts down at the top of the window."""
    from datetime import datetime

    from app.services import breaches

    assert not window.breach_banner.isVisible()
    with office.store.transaction() as session:
        found = breaches.add_breach(session, kind="lost_device", actor="t",
                                    discovered_at=datetime(2026, 11, 23, 9, 30))
    window.show_breach_terms()
    text = window.breach_banner.text()
    assert window.breach_banner.isVisible()
    assert f"Breach {found.id}: tell the other parties" in text and "21 h 30 min" in text
    with office.store.transaction() as session:
        breaches.parties_informed(session, found.id, at=datetime(2026, 11, 23, 11, 0), note="",
                                  actor="t")
        breaches.decide_ap(session, found.id, decision="not_notified", actor="t",
                           reason="versleuteld", notified_at=None)
    window.show_breach_terms()
    assert not window.breach_banner.isVisible()
