"""The "Documents" tab: attachments kept encrypted in the database, copies saved atomically."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry, CaseDocument
from app.services.case_documents import MAX_ATTACHMENT_BYTES, documents_of
from app.services.workspace import Workspace
from app.ui.case_view import CaseView
from app.ui.documents_panel import DocumentsPanel
from tests.helpers import signal_row
from tests.ui.conftest import make_workspace

CONTENT = bytes(range(256)) * 40  # 10 kB, every byte value


def cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None
    return item.text()


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(db_path, [signal_row(referentie="DOC-1", melddatum="02-11-2026")])
    yield workspace
    workspace.close()


@pytest.fixture
def panel(qtbot: QtBot, ws: Workspace) -> DocumentsPanel:
    view = CaseView(ws)
    qtbot.addWidget(view)
    assert view.show_case(1)
    view.tabs.setCurrentWidget(view.documents)
    return view.documents


@pytest.fixture
def payslip(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "Loonstrook Jansen oktober.pdf"
    path.parent.mkdir()
    path.write_bytes(CONTENT)
    return path


def test_empty_case_says_so(panel: DocumentsPanel) -> None:
    assert panel.table.rowCount() == 0
    assert panel.empty.isVisibleTo(panel)
    assert not panel.save_button.isEnabled()


def test_add_attachment_through_the_dialogs(
    qtbot: QtBot,
    panel: DocumentsPanel,
    ws: Workspace,
    payslip: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(payslip), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Loonstrook oktober", True))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    cells = [cell(panel.table, 0, c) for c in range(6)]
    assert cells[0] == "Loonstrook oktober"
    assert cells[1] == payslip.name
    assert cells[2] == "attachment"
    assert cells[3] in ("10.0 kB", "10,0 kB")
    assert cells[5] == "tester"
    assert panel.message.kind == "ok"

    with ws.store.session() as session:
        row = session.scalars(select(CaseDocument)).one()
        assert row.source == "bijlage" and row.size == len(CONTENT)
        assert row.content == CONTENT
        assert row.media_type == "application/pdf"
        details = [a.detail for a in session.scalars(select(AuditEntry))]
    assert not any("Jansen" in d or "Loonstrook" in d for d in details), details


def test_cancelled_dialog_adds_nothing(
    qtbot: QtBot, panel: DocumentsPanel, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 0


def test_save_a_copy_is_byte_identical(
    qtbot: QtBot,
    panel: DocumentsPanel,
    ws: Workspace,
    payslip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert panel.add_file(payslip, "Loonstrook")
    payslip.unlink()  # the database holds its own copy
    target = tmp_path / "export" / "kopie.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.table.selectRow(0)
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == CONTENT
    assert [p.name for p in target.parent.iterdir()] == ["kopie.pdf"]  # no temporary left
    assert "not encrypted" in panel.message.text()
    with ws.store.session() as session:
        exports = [a for a in session.scalars(select(AuditEntry)) if a.action == "export"]
    assert len(exports) == 1 and exports[0].object_type == "document"
    assert "kopie" not in exports[0].detail


def test_too_big_file_is_refused(panel: DocumentsPanel, ws: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    assert panel.add_file(big, "Scan") is False
    assert panel.message.kind == "error"
    assert "too big" in panel.message.text() and "20 MB" in panel.message.text()
    assert panel.table.rowCount() == 0
    with ws.store.session() as session:
        assert documents_of(session, 1) == []


def test_exactly_the_limit_is_accepted(panel: DocumentsPanel, tmp_path: Path) -> None:
    edge = tmp_path / "edge.bin"
    with edge.open("wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES)
    assert panel.add_file(edge, "")
    assert panel.documents()[0].title == "edge"  # an empty title becomes the file's name
    assert cell(panel.table, 0, 3) in ("20.0 MB", "20,0 MB")


def test_empty_missing_and_folder_are_refused_plainly(
    panel: DocumentsPanel, tmp_path: Path
) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    assert panel.add_file(empty) is False
    assert "empty" in panel.message.text()
    assert panel.add_file(tmp_path / "weg.pdf") is False
    assert "cannot read this file" in panel.message.text()
    assert panel.add_file(tmp_path) is False
    assert "not a folder" in panel.message.text()
    assert panel.table.rowCount() == 0


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_unwritable_or_missing_folder_is_explained(
    panel: DocumentsPanel, payslip: Path, tmp_path: Path
) -> None:
    assert panel.add_file(payslip, "Loonstrook")
    doc = panel.documents()[0]
    assert panel.save_copy_to(doc.id, tmp_path / "nope" / "x.pdf") is False
    assert "does not exist" in panel.message.text()


def test_saved_letters_are_listed_as_letters(
    ws: Workspace, panel: DocumentsPanel, tmp_path: Path
) -> None:
    from datetime import datetime

    with ws.store.transaction() as session:
        session.add(
            CaseDocument(
                case_id=1,
                source="brief",
                title="Terugkoppeling",
                file_name="terugkoppeling.pdf",
                media_type="application/pdf",
                size=3,
                sha256="0" * 64,
                content=b"pdf",
                added_at=datetime(2026, 11, 20, 10, 0),
                added_by="tester",
            )
        )
    panel.show_case(1)
    assert cell(panel.table, 0, 2) == "letter"
    # a checksum that does not match refuses the copy instead of writing damaged data
    panel.table.selectRow(0)
    target = tmp_path / "x.pdf"
    assert panel.save_copy_to(panel.documents()[0].id, target) is False
    assert "damaged" in panel.message.text()
    assert not target.exists()
