"""Case view Privacy menu: the right of access (AVG 15) — everything about this tenant to a
folder (issue 15.2). The work is in :mod:`app.services.subject_export`; this asks for the folder,
offers to replace an export of today, and says which files were written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from app.services.letters.files import FolderProblem
from app.services.subject_export import ExportResult, SubjectExportProblem, write_export
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.widgets import breakable_path, store_refusal_nl

if TYPE_CHECKING:
    from app.ui.case_view import CaseView

_FOLDER_SETTING = "subject_export/folder"

translate = QCoreApplication.translate


def add_actions(menu: QMenu, view: CaseView) -> None:
    text = translate("SubjectExport", "Access: export everything about this tenant…")
    action = QAction(text, menu)
    action.setObjectName("subjectExportAction")
    action.triggered.connect(lambda: choose_and_export(view))
    menu.addAction(action)


def choose_folder(parent: QWidget, start: str) -> Path | None:
    """A folder picker (Qt's own dialog, so it looks the same everywhere and tests can answer
    it); None when cancelled."""
    title = translate("SubjectExport", "Choose the folder for the export")
    dialog = QFileDialog(parent, title, start)
    dialog.setObjectName("subjectExportFolderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("SubjectExport", "Export here"))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_and_export(view: CaseView) -> ExportResult | None:
    if view.case_id is None:
        return None
    settings = QSettings("Vangnet", "Vangnet")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = choose_folder(view, str(settings.value(_FOLDER_SETTING, documents or Path.home())))
    if folder is None:
        return None
    result = export_to(view, folder)
    if isinstance(result, str):
        if result == _EXISTS and _confirm_replace(view, folder):
            result = export_to(view, folder, force=True)
        if result == _EXISTS:
            return None
    if isinstance(result, str):
        QMessageBox.warning(view, translate("SubjectExport", "Access export"), result)
        return None
    settings.setValue(_FOLDER_SETTING, str(folder))
    names = "\n".join(breakable_path(p) for p in (result.json_path, result.pdf_path))
    documents_line = (
        fill(
            translate("SubjectExport", "and %1 document(s) in the folder %2."),
            str(len(result.document_paths)),
            breakable_path(result.document_paths[0].parent),
        )
        if result.document_paths
        else translate("SubjectExport", "There are no stored documents.")
    )
    QMessageBox.information(
        view,
        translate("SubjectExport", "Access export"),
        fill(translate("SubjectExport", 
            "Everything Vangnet keeps about this tenant was written to:\n%1\n%2\n\nThese "
            "files are not encrypted. Give them to the tenant in a safe way and delete your "
            "copy afterwards."
        ), names, documents_line),
    )
    return result


_EXISTS = "exists"


def export_to(view: CaseView, folder: Path, *, force: bool = False) -> ExportResult | str:
    """Write the export; the result, `_EXISTS` for an export of today already there, or why
    not (Dutch)."""
    ws = view._ws
    case_id = view.case_id
    if case_id is None:
        return translate("SubjectExport", "Open a case first.")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with ws.store.transaction() as session:
            return write_export(session, case_id, folder, force=force, actor=ws.actor)
    except SubjectExportProblem as problem:
        if problem.code == "exists":
            return _EXISTS
        return shown(problem)
    except FolderProblem as problem:
        return shown(problem)
    except Exception as exc:
        known = store_refusal_nl(exc)
        if known is None:
            raise
        return known
    finally:
        QApplication.restoreOverrideCursor()


def _confirm_replace(view: CaseView, folder: Path) -> bool:
    answer = QMessageBox.question(
        view,
        translate("SubjectExport", "Access export"),
        fill(translate("SubjectExport", 
            "The folder %1 already holds an export of this case from today. Do you want to "
            "replace it?"
        ), breakable_path(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
