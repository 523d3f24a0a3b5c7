"""From download to the first feedback letter, in the window only (issue 13, "Shown by").

An empty data folder; the first-run wizard with the letterhead and the keyring (the recommended
mode, with the worker's unlock code); the shared contact-list folder chosen in Settings; the
sample signal file imported through the import dialog; the first case of the inbox opened; a
contact attempt and the team's answer recorded; the feedback letter saved as a PDF. No CLI call
and no service call drives any step: every step is a click or a keystroke in a real window on a
real encrypted database.
"""

from __future__ import annotations

import gc
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.letters.letterhead import load_letterhead
from app.services.workspace import open_workspace
from app.ui.event_dialog import EventDialog
from app.ui.first_run import (
    PAGE_COVENANT,
    PAGE_KEY,
    PAGE_LETTERHEAD,
    PAGE_OFFICE,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from app.ui.import_dialog import ImportDialog
from app.ui.letter_dialog import LetterDialog
from app.ui.main_window import MainWindow, reopen
from tests.conftest import MemoryKeyring
from tests.ui.modal import answer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = date(2026, 11, 9)  # a Monday, a week after the oldest signal in the sample file
OFFICE = "Sociaal Wijkteam Schalkwijk"
SIGNER = "Marieke de Boer"
CODE = "linde-2026"
WAIT = 20_000


@pytest.fixture(autouse=True)
def no_remembered_folders() -> None:
    """The dialogs remember the last folder (QSettings); this run starts without one."""
    QSettings("Vangnet", "Vangnet").remove("letters")


def _next(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible() and button.isEnabled(), wizard.currentId()
    button.click()


def _through_the_wizard(qtbot: QtBot, db_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(db_path, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)  # welcome
    assert wizard.currentId() == PAGE_OFFICE
    qtbot.keyClicks(wizard.office_page.office_edit, OFFICE)
    _next(wizard)
    assert wizard.currentId() == PAGE_LETTERHEAD
    head = wizard.letterhead_page
    head.address.setPlainText("Postbus 511\n2003 PB Haarlem")
    qtbot.keyClicks(head.place, "Haarlem")
    qtbot.keyClicks(head.signer, SIGNER)
    qtbot.keyClicks(head.function, "teamleider Sociaal Wijkteam")
    _next(wizard)
    assert wizard.currentId() == PAGE_COVENANT
    radio = wizard.covenant_page.radio_for("haarlem")
    assert radio is not None
    radio.click()
    _next(wizard)
    assert wizard.currentId() == PAGE_KEY
    key = wizard.key_page
    assert key.mode() == "keyring"
    qtbot.keyClicks(key.code.line_edit, CODE)
    qtbot.keyClicks(key.code_repeat.line_edit, CODE)
    _next(wizard)
    assert wizard.currentId() == PAGE_RECOVERY
    wizard.recovery_page.confirm.click()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.store is not None, wizard.error_box and wizard.error_box.text()
    return wizard


def _choose_contacts_folder(qtbot: QtBot, window: MainWindow, folder: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    window.open_settings("contacts")
    dialog = window.settings_dialog
    assert dialog.isVisible() and dialog.current_page() == "contacts"
    dialog.contacts_page.choose_button.click()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    sync = window.contacts_sync
    assert sync is not None
    qtbot.waitUntil(
        lambda: sync.last_result is not None and not sync.is_running(), timeout=WAIT
    )
    assert sync.last_result is not None and sync.last_result.outcome == "applied", (
        sync.last_result
    )


def _import_the_sample(qtbot: QtBot, window: MainWindow, sample: Path,
                       monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sample), ""))
    )
    imported: list[int] = []

    def import_it(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog), type(dialog)
        dialog.choose_button.click()
        qtbot.waitUntil(dialog.can_import, timeout=WAIT)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=WAIT)
        imported.extend(dialog.imported_ids)
        dialog.close_button.click()

    window.activateWindow()  # back from the settings window
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    for _ in answer([import_it]):
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    return imported


def _fill_event(*, method: str | None = None, may_resume: bool | None = None) -> object:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog), type(dialog)
        fields = dialog._fields  # the dialog's own named fields
        if method is not None:
            box = fields["method"]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(box.findData(method))
            reached = fields["reached"]
            assert isinstance(reached, QComboBox)
            reached.setCurrentIndex(reached.findData(True))
        if may_resume is not None:
            box = fields["may_resume"]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(box.findData(may_resume))
        dialog.accept()

    return step


def test_from_an_empty_folder_to_the_first_feedback_letter(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "Vangnet" / "vangnet.db"  # the folder does not exist yet
    shared = tmp_path / "gedeelde map"
    shared.mkdir()
    shutil.copyfile(DATA / "contactlijst-voorbeeld.csv", shared / "contactlijst.csv")
    letters = tmp_path / "brieven"
    letters.mkdir()

    wizard = _through_the_wizard(qtbot, db_path)
    assert db_path.exists() and memory_keyring.entries  # the key is in the keyring
    # ... and the window opens on it, as `vangnet gui` does after the wizard
    store = wizard.store
    assert store is not None
    window = MainWindow(open_workspace(store, clock=lambda: TODAY), db_path)
    window._unlocker = lambda: reopen(db_path, window)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        _choose_contacts_folder(qtbot, window, shared, monkeypatch)
        imported = _import_the_sample(qtbot, window, DATA / "meldingen-voorbeeld.csv", monkeypatch)
        assert len(imported) >= 4

        # the first case of the inbox, opened with a double click
        window.show_view("inbox")
        page = window.current_list()
        qtbot.waitUntil(lambda: page.model.rowCount() == len(imported), timeout=WAIT)
        first = page.model.index(0, 0)
        rect = page.table.visualRect(first)
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(
            page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        view = window.case_view
        assert window.stack.currentWidget() is view and view.case_id in imported
        case_id = view.case_id

        for _ in answer([_fill_event(method="telefoon", may_resume=None)]):
            view.quick_buttons["contact_attempt"].click()
        collection = next(
            a for a in view.actions_menu.actions() if a.text() == "Answer: may collection resume…"
        )
        for _ in answer([_fill_event(may_resume=False)]):
            collection.trigger()

        target = letters / "terugkoppeling.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        said: list[str] = []

        def save_letter(dialog: QDialog) -> None:
            assert isinstance(dialog, LetterDialog), type(dialog)
            qtbot.waitUntil(lambda: dialog.made is not None or bool(dialog.message.text()),
                            timeout=WAIT)
            assert dialog.made is not None, dialog.message.text()
            dialog.save_button.click()
            said.append(dialog.message.text())
            dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
            dialog.sent_button.click()
            said.append(dialog.message.text())
            dialog.accept()

        feedback = view.letter_menu.actions()[0]
        for _ in answer([save_letter]):
            feedback.trigger()
        assert target.exists() and target.read_bytes().startswith(b"%PDF"), said
        text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
        assert OFFICE in text and SIGNER in text and "Postbus 511" in text
        assert "t.a.v. Karin Vermeulen" in text  # addressed from the shared contact list
        assert "Ja, er is contact gelegd" in text  # the contact attempt ...
        assert "Incasso hervatten\nNee, nog niet" in text  # ... and the team's answer
        assert said[-1].startswith("Recorded: feedback sent on"), said

        with window._ws.store.session() as session:  # type: ignore[union-attr]
            case = session.get(Case, case_id)
            assert case is not None and case.reference in text
            kinds = session.scalars(
                select(CaseEvent.kind).where(CaseEvent.case_id == case_id)
            ).all()
            head = load_letterhead(session, "Haarlem")
        assert {"contact_attempt", "collection_answer", "letter_generated", "feedback_sent"} <= set(
            kinds
        ), kinds
        assert head.signer == SIGNER
    finally:
        window.close()
        # what the window left for the garbage collector goes now, while this test owns it: a
        # wrapper that takes a Qt object with it then fails here, not in a later test
        gc.collect()
