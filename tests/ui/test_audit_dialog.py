"""The audit trail window (issue 15.6): reading a case is logged, the list filters, the chain
is checked in the background and a tampered entry is named, the export is a CSV for Excel, and
a lock closes the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case
from app.services.keys import DatabaseKey
from app.services.store import raw_connect
from app.services.workspace import Workspace
from app.ui.audit_dialog import AuditDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import UI_PASSPHRASE

WAIT = 20_000




def _dialog(window: MainWindow) -> AuditDialog:
    window.open_audit_trail()
    dialog = window.audit_dialog
    assert dialog.isVisible()
    return dialog


def _case_id(office: Workspace, reference: str) -> int:
    with office.store.session() as session:
        found = session.scalar(select(Case.id).where(Case.reference == reference))
    assert found is not None
    return found


def test_opening_a_case_is_in_the_trail_and_the_filters_find_it(
    window: MainWindow, office: Workspace
) -> None:
    case_id = _case_id(office, "KIDS")
    window.open_case(case_id)
    window.case_view.refresh()  # a refresh of the open case is not a new reading
    dialog = _dialog(window)
    dialog.action.setCurrentIndex(dialog.action.findData("read"))
    assert dialog.page is not None and dialog.page.total == 1
    assert [dialog.table.item(0, c).text() for c in (3, 4, 5, 7)] == [
        "viewed", "case", str(case_id), "window"
    ]
    dialog.object_id.setText("999999")
    assert dialog.page.total == 0 and not dialog.export_button.isEnabled()
    everything = "\n".join(
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    )
    assert "Karin" not in everything  # no personal data in the trail


def test_the_check_finds_a_tampered_entry(
    window: MainWindow, office: Workspace, db_path: Path, qtbot: QtBot
) -> None:
    dialog = _dialog(window)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=WAIT)
    assert dialog.report is not None and dialog.report.ok, dialog.report
    assert dialog.message.kind == "ok"
    conn = raw_connect(db_path, DatabaseKey(passphrase=UI_PASSPHRASE))
    victim = conn.execute("SELECT id FROM audit_log ORDER BY seq LIMIT 1").fetchone()[0]
    conn.execute(f"UPDATE audit_log SET detail = 'niets aan de hand' WHERE id = {victim}")
    conn.commit()
    conn.close()
    dialog.report = None
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=WAIT)
    assert dialog.report is not None and dialog.report.broken_id == victim
    assert dialog.message.kind == "error"
    assert f"regel {victim} (nummer 1) is veranderd" in dialog.message.text()


def test_the_export_is_a_csv_for_excel_and_is_recorded(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(window)
    assert dialog.page is not None
    shown = dialog.page.total
    target = tmp_path / "trail"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.export_button.click()
    written = tmp_path / "trail.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = data.decode("utf-8-sig").splitlines()
    assert rows[0] == "number;at;actor;action;object_type;object_id;result;detail"
    assert len(rows) == shown + 1
    assert [int(r.split(";")[0]) for r in rows[1:]] == list(range(1, shown + 1))
    assert dialog.page.total == shown + 1  # the export is the newest entry
    assert dialog.table.item(0, 3).text() == "exported"


def test_a_lock_closes_the_window(window: MainWindow) -> None:
    dialog = _dialog(window)
    window.lock()
    assert not dialog.isVisible()
