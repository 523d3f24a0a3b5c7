"""Retention in the window (issue 15.1): the terms with their sources, the list of what goes
when, a confirmation before erasing, and the erased case gone from the lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import AuditEntry, Case, SubjectRequest
from app.services.casework import load_context
from app.services.events import record_event
from app.services.workspace import Workspace
from app.ui.main_window import MainWindow
from app.ui.retention_actions import open_retention
from app.ui.retention_dialog import RetentionDialog
from tests.helpers import signal_row
from tests.ui.conftest import make_workspace
from tests.ui.modal import answer

WAIT = 20_000


def _office(db_path: Path) -> Workspace:
    ws = make_workspace(
        db_path,
        [
            signal_row(referentie="OLD", naam="Oud Geval", melddatum="02-06-2025",
                       achterstand_sinds="01-04-2025"),
            signal_row(referentie="NEW", naam="Nieuw Geval", melddatum="02-11-2026"),
        ],
    )
    with ws.store.transaction() as session:
        ctx = load_context(session)
        for reference in ("OLD", "NEW"):
            case = session.scalars(select(Case).where(Case.reference == reference)).one()
            on = date(2025, 6, 10) if reference == "OLD" else date(2026, 11, 20)
            record_event(session, case, "not_taken_on", on, ctx,
                         {"reason": "buiten_doelgroep", "may_resume": True}, today=on)
    return ws


def _dialog(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, RetentionDialog, Workspace]:
    ws = _office(db_path)
    window = MainWindow(ws, db_path)
    qtbot.addWidget(window)
    window.show()
    open_retention(window)
    dialog: RetentionDialog = window.retention_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    return window, dialog, ws


def _cells(table: object, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]


def test_the_terms_show_their_source_and_the_plan_what_goes_when(
    qtbot: QtBot, db_path: Path
) -> None:
    window, dialog, ws = _dialog(qtbot, db_path)
    sources = [dialog.terms.item(r, 3).text() for r in range(4)]
    assert "schuldhulpverlening" in sources[0].lower() and sources[2].startswith("Keuze")
    assert [dialog.plan_table.item(r, 1).text() for r in range(2)] == ["OLD", "NEW"]
    assert dialog.erase_button.isEnabled()
    # the office changes a term: saved, audited, and the plan follows
    dialog.spins["not_taken_on"].setValue(24)
    assert dialog.save_terms_button.isEnabled()
    dialog.save_terms()
    assert dialog.message.kind == "ok"
    assert not dialog.erase_button.isEnabled()  # OLD now goes in 2027
    ws.close()


def test_erasing_asks_first_and_then_the_case_is_gone(qtbot: QtBot, db_path: Path) -> None:
    window, dialog, ws = _dialog(qtbot, db_path)

    def cancel(box: object) -> None:
        assert isinstance(box, QMessageBox)
        assert "cannot be undone" in box.text() or "ongedaan" in box.text()
        box.reject()

    for _ in answer([cancel]):
        dialog.erase_button.click()
    with ws.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2

    def erase(box: object) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        assert isinstance(button, QPushButton)
        button.click()

    with qtbot.waitSignal(dialog.erased, timeout=WAIT) as erased:
        for _ in answer([erase]):
            dialog.erase_button.click()
    assert erased.args == [1]
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert dialog.message.kind == "ok"
    with ws.store.session() as session:
        assert session.scalars(select(Case.reference)).all() == ["NEW"]
        line = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        assert "rule=not_taken_on" in line.detail and "Oud" not in line.detail
    assert [dialog.plan_table.item(r, 1).text() for r in range(dialog.plan_table.rowCount())] \
        == ["NEW"]
    ws.close()


def test_erasure_on_request_from_the_case_view(
    qtbot: QtBot, window: MainWindow, office: Workspace
) -> None:
    from app.ui.erasure_actions import ErasureDialog, open_erasure

    with office.store.session() as session:
        case_id = session.scalars(select(Case.id).where(Case.reference == "KIDS")).one()
    window.open_case(case_id)
    view = window.case_view
    assert any(a.objectName() == "eraseOnRequest" for a in view.privacy_menu.actions())
    dialog = open_erasure(view)
    assert isinstance(dialog, ErasureDialog)
    assert dialog.request.currentData() == -1  # no request yet: record today's
    dialog.confirm.setText("KID")  # not the reference: nothing can happen
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("KIDS")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=WAIT):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: view.case_id is None, timeout=WAIT)
    with office.store.session() as session:
        assert session.get(Case, case_id) is None
        request = session.scalars(select(SubjectRequest)).one()
        assert (request.kind, request.outcome, request.case_id) == ("erasure", "granted", None)


def test_the_banner_says_when_cases_are_past_their_term(qtbot: QtBot, db_path: Path) -> None:
    window, dialog, ws = _dialog(qtbot, db_path)
    window.show_breach_terms()
    assert window.breach_banner.isVisible()
    assert "1" in window.breach_banner.text() and "Privacy" in window.breach_banner.text()

    def erase(box: object) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    with qtbot.waitSignal(dialog.erased, timeout=WAIT):
        for _ in answer([erase]):
            dialog.erase_button.click()
    qtbot.waitUntil(lambda: not window.breach_banner.isVisible(), timeout=WAIT)
    ws.close()
