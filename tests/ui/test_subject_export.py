"""The case view's Privacy menu: "Access: export everything about this tenant…" (issue 15.2)
asks for a folder, writes the JSON, the PDF and the documents, and names the files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from app.models import AuditEntry, Case
from app.services.case_documents import add_attachment
from app.services.workspace import Workspace
from app.ui.case_view import CaseView
from app.ui.main_window import MainWindow
from app.ui.subject_export_actions import _FOLDER_SETTING
from tests.ui.modal import answer

TODAY = "2026-11-23"


@pytest.fixture(autouse=True)
def no_remembered_folder() -> Iterator[None]:
    QSettings("Vangnet", "Vangnet").remove(_FOLDER_SETTING)
    yield
    QSettings("Vangnet", "Vangnet").remove(_FOLDER_SETTING)


def _open_first_case(window: MainWindow) -> CaseView:
    window.open_case(1)
    view = window.case_view
    assert view.case_id == 1
    return view


def _action(view: CaseView) -> QAction:
    action = view.privacy_menu.findChild(QAction, "subjectExportAction")
    assert action is not None
    return action


def _choose(folder: Path, seen: dict[str, str]) -> Callable[[QDialog], None]:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        seen["folder_title"] = dialog.windowTitle()
        dialog.setDirectory(str(folder.parent))
        dialog.selectFile(str(folder))
        dialog.accept()

    return step


def _read_message(
    seen: dict[str, str], button: QMessageBox.StandardButton | None = None
) -> Callable[[QDialog], None]:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.setdefault("messages", "")
        seen["messages"] += dialog.text() + "\n---\n"
        if button is None:
            dialog.accept()
        else:
            dialog.button(button).click()

    return step


def test_export_from_the_privacy_menu(
    window: MainWindow, office: Workspace, tmp_path: Path
) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        add_attachment(session, case, title="Brief van de bank", file_name="bank.pdf",
                       content=b"%PDF-1.4 not really")  # fmt: skip
    view = _open_first_case(window)
    out = tmp_path / "inzage"
    out.mkdir()
    seen: dict[str, str] = {}
    for _ in answer([_choose(out, seen), _read_message(seen)]):
        _action(view).trigger()

    json_file = out / f"inzage-1-{TODAY}.json"
    pdf_file = out / f"inzage-1-{TODAY}.pdf"
    assert json_file.is_file() and pdf_file.read_bytes().startswith(b"%PDF")
    assert (out / "documenten" / "1-bank.pdf").read_bytes() == b"%PDF-1.4 not really"
    message = seen["messages"].replace("\u200b", "")
    assert str(json_file) in message and str(pdf_file) in message
    assert "1 document(s)" in message and "not encrypted" in message
    assert seen["folder_title"] == "Choose the folder for the export"
    with office.store.session() as session:
        line = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "subject_access")
        ).one()
        assert (line.object_id, line.detail) == ("1", "json+pdf files=3")
    assert QSettings("Vangnet", "Vangnet").value(_FOLDER_SETTING) == str(out)


def test_an_export_of_today_is_replaced_only_when_confirmed(
    window: MainWindow, office: Workspace, tmp_path: Path
) -> None:
    view = _open_first_case(window)
    out = tmp_path / "inzage"
    out.mkdir()
    pdf_file = out / f"inzage-1-{TODAY}.pdf"
    pdf_file.write_bytes(b"an older export")
    seen: dict[str, str] = {}
    no = QMessageBox.StandardButton.No
    for _ in answer([_choose(out, seen), _read_message(seen, no)]):
        _action(view).trigger()
    assert "already holds an export of this case from today" in seen["messages"]
    assert pdf_file.read_bytes() == b"an older export"
    assert not (out / f"inzage-1-{TODAY}.json").exists()

    seen.clear()
    yes = QMessageBox.StandardButton.Yes
    for _ in answer([_choose(out, seen), _read_message(seen, yes), _read_message(seen)]):
        _action(view).trigger()
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert "There are no stored documents." in seen["messages"]


def test_a_folder_that_cannot_take_the_files_is_refused_in_words(
    window: MainWindow, office: Workspace, tmp_path: Path, dutch: None
) -> None:
    from app.ui import subject_export_actions

    view = _open_first_case(window)
    missing = tmp_path / "gone"
    result = subject_export_actions.export_to(view, missing)
    assert result == f"De map {missing} bestaat niet."
    assert not missing.exists()
