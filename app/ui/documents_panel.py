"""The "Documents" tab: the letters and attachments kept (encrypted) with a case.

Attachments are read into the database (at most 20 MB); "Save a copy…" writes one document to
a file the worker chooses. There is deliberately no "Open": opening would need an unencrypted
copy in a temporary folder, and documents never sit unencrypted where nobody cleans them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.case_documents import (
    MAX_ATTACHMENT_BYTES,
    DocumentInfo,
    DocumentProblem,
    attach_to_case,
    case_documents,
    read_attachment_file,
    save_document_copy,
)
from app.services.problems import Problem
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.display import show_moment
from app.ui.i18n import fill
from app.ui.problem_text import part
from app.ui.widgets import InlineMessage, breakable_path, wrap_label

COLUMNS = 6


class DocumentsPanel(QWidget):
    """The documents of one case: list, add an attachment, save a copy."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id: int | None = None
        self._documents: list[DocumentInfo] = []

        hint = wrap_label(
            self.tr(
                "Saved letters and attachments are kept encrypted inside Vangnet. A copy you "
                "save is not encrypted: keep it in a safe place and delete it when you no "
                "longer need it."
            )
        )
        hint.setObjectName("internalHint")

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("File name"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Added on"),
                self.tr("By"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.save_copy())
        self.empty = wrap_label(
            self.tr("No documents yet. Letters you save appear here by themselves.")
        )
        self.empty.setObjectName("pageIntro")

        self.add_button = QPushButton(self.tr("Add attachment…"))
        self.add_button.clicked.connect(self.add_attachment)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.save_button.setEnabled(False)
        limit = wrap_label(
            fill(
                self.tr("An attachment can be at most %1 MB."),
                str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
            )
        )
        limit.setObjectName("pageIntro")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(limit, 1)
        self.message = InlineMessage()

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # --- showing --------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.message.clear()
        self.case_id = case_id
        self._documents = case_documents(self._ws.store, case_id)
        self.table.setRowCount(len(self._documents))
        for row, doc in enumerate(self._documents):
            cells = [
                doc.title,
                doc.file_name,
                self.tr("letter") if doc.source == "brief" else self.tr("attachment"),
                self.size_text(doc.size),
                show_moment(doc.added_at),
                doc.added_by,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self._documents)
        self._selection_changed()

    def documents(self) -> list[DocumentInfo]:
        return list(self._documents)

    def size_text(self, size: int) -> str:
        dutch = i18n.babel_locale().startswith("nl")

        def number(value: float) -> str:
            text = f"{value:.1f}"
            return text.replace(".", ",") if dutch else text

        if size < 1024:
            return fill(self.tr("%1 bytes"), str(size))
        if size < 1024 * 1024:
            return fill(self.tr("%1 kB"), number(size / 1024))
        return fill(self.tr("%1 MB"), number(size / (1024 * 1024)))

    def _selection_changed(self) -> None:
        self.save_button.setEnabled(self._selected() is not None)

    def _selected(self) -> DocumentInfo | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._documents) or not self.table.selectedItems():
            return None
        return self._documents[row]

    def select(self, document_id: int) -> None:
        for row, doc in enumerate(self._documents):
            if doc.id == document_id:
                self.table.selectRow(row)
                return

    # --- acting ---------------------------------------------------------------------------

    def add_attachment(self) -> None:
        if self.case_id is None:
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add attachment"), start)
        if not name:
            return
        path = Path(name)
        title, ok = QInputDialog.getText(
            self,
            self.tr("Add attachment"),
            self.tr("Title of the attachment (what it is, e.g. “Payslip October”):"),
            QLineEdit.EchoMode.Normal,
            path.stem,
        )
        if not ok:
            return
        self.add_file(path, title)

    def add_file(self, path: Path, title: str | None = None) -> bool:
        """Read `path` and keep it with the case; a Dutch message says what went wrong."""
        if self.case_id is None:
            return False
        try:
            content = read_attachment_file(path)
            info = attach_to_case(
                self._ws.store,
                self.case_id,
                title=title if title and title.strip() else path.stem,
                file_name=path.name,
                content=content,
                actor=self._ws.actor,
            )
        except DocumentProblem as problem:
            self.message.show_error(self.problem_text(problem))
            return False
        self.show_case(self.case_id)
        self.select(info.id)
        self.message.show_ok(
            fill(self.tr("“%1” is kept with the case (encrypted)."), info.title)
        )
        return True

    def save_copy(self) -> None:
        doc = self._selected()
        if doc is None:
            self.message.show_hint(self.tr("First select the document to save."))
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path(folder) / doc.file_name)
        )
        if not name:
            return
        self.save_copy_to(doc.id, Path(name))

    def save_copy_to(self, document_id: int, target: Path) -> bool:
        try:
            save_document_copy(self._ws.store, document_id, target, actor=self._ws.actor)
        except DocumentProblem as problem:
            self.message.show_error(self.problem_text(problem))
            return False
        self.message.show_ok(
            fill(
                self.tr("A copy was saved as %1. This copy is not encrypted."),
                breakable_path(target),
            )
        )
        return True

    @staticmethod
    def reason_text(facts: Mapping[str, object]) -> str:
        """Why the system refused the file, in the window's language."""
        reason = facts.get("reason")
        return part(reason) if isinstance(reason, Problem) else ""

    def problem_text(self, problem: DocumentProblem) -> str:
        facts = problem.facts
        code = problem.code
        if code == "too_big":
            return fill(
                self.tr(
                    "This file is too big to attach (%1). An attachment can be at most %2 MB. "
                    "Make the file smaller (for example scan in black and white) and try again."
                ),
                self.size_text(int(str(facts.get("size", 0)))),
                str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
            )
        if code == "empty":
            return self.tr("This file is empty, so there is nothing to attach.")
        if code == "not_a_file":
            return self.tr("Choose a file, not a folder.")
        if code == "unreadable":
            return fill(self.tr(
                "Vangnet cannot read this file (%1). Check that it still exists and is not open "
                "in another program."
            ), self.reason_text(facts))
        if code == "no_title":
            return self.tr("Give the attachment a title.")
        if code == "damaged":
            return self.tr(
                "This document is damaged in the database, so no copy was saved. Ask your "
                "administrator for help."
            )
        if code == "cannot_write":
            folder = breakable_path(str(facts.get("folder", "")))
            if facts.get("missing"):
                return fill(self.tr("The folder %1 does not exist."), folder)
            if facts.get("denied"):
                return fill(self.tr("You may not save files in the folder %1."), folder)
            return fill(
                self.tr("Vangnet cannot save the copy in the folder %1 (%2)."),
                folder,
                self.reason_text(facts),
            )
        return self.tr("The document could not be found.")
