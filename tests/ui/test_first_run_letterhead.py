"""The first-run wizard's letterhead step: stored with the new database, or skipped, in which
case the letter window leads straight to Settings > Letterhead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry, Case
from app.services.intake.importer import import_signals
from app.services.letters import LetterKind
from app.services.letters.letterhead import load_letterhead
from app.services.workspace import open_workspace
from app.ui.first_run import PAGE_COVENANT, PAGE_KEY, PAGE_LETTERHEAD, FirstRunWizard
from app.ui.letter_dialog import LetterDialog
from tests.helpers import signal_csv, signal_row
from tests.letters.conftest import SampleContacts, answer_collection, logo_png

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

OFFICE = "Sociaal Wijkteam Schalkwijk"
GOOD = "een lange zin die niemand raadt"
TODAY = date(2026, 11, 23)


def _next(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible() and button.isEnabled()
    button.click()


def _to_letterhead(qtbot: QtBot, db_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(db_path, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard)
    qtbot.keyClicks(wizard.office_page.office_edit, OFFICE)
    _next(wizard)
    assert wizard.currentId() == PAGE_LETTERHEAD
    return wizard


def _create(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """From the covenant page on: Haarlem, a passphrase (the test keyring has none), Finish."""
    assert wizard.currentId() == PAGE_COVENANT
    radio = wizard.covenant_page.radio_for("haarlem")
    assert radio is not None
    radio.click()
    _next(wizard)
    assert wizard.currentId() == PAGE_KEY
    page = wizard.key_page
    qtbot.keyClicks(page.passphrase.line_edit, GOOD)
    qtbot.keyClicks(page.repeat.line_edit, GOOD)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    finish.click()
    assert wizard.store is not None, wizard.error_box and wizard.error_box.text()


def test_the_letterhead_is_stored_with_the_new_database(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(logo_png())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(logo), ""))
    )
    wizard = _to_letterhead(qtbot, db_path)
    page = wizard.letterhead_page
    assert page.skip_button.isVisible()
    page.address.setPlainText("Postbus 511\n2003 PB  Haarlem\n")
    qtbot.keyClicks(page.place, "Haarlem")
    qtbot.keyClicks(page.signer, "Marieke de Boer")
    qtbot.keyClicks(page.function, "teamleider Sociaal Wijkteam")
    page.logo_button.click()
    assert page.logo_label.text() == "logo.png" and page.message.kind == ""
    _next(wizard)
    assert not db_path.exists()  # nothing is written before Finish
    _create(qtbot, wizard)
    store = wizard.store
    assert store is not None
    with store.session() as session:
        head = load_letterhead(session, "Haarlem")
        audited = session.scalars(
            select(AuditEntry.object_id).where(AuditEntry.action == "change")
        ).all()
    store.close()
    assert head.missing() == []
    assert head.address_lines == ("Postbus 511", "2003 PB Haarlem")
    assert (head.signer, head.signer_function) == ("Marieke de Boer", "teamleider Sociaal Wijkteam")
    assert head.office_name == OFFICE and head.logo == logo_png()
    assert "letterhead" in audited


def test_fill_in_later_stores_nothing_and_the_letter_window_leads_to_the_page(
    qtbot: QtBot, db_path: Path, dutch: None
) -> None:
    wizard = _to_letterhead(qtbot, db_path)
    page = wizard.letterhead_page
    qtbot.keyClicks(page.signer, "half ingevuld")
    page.skip_button.click()
    _create(qtbot, wizard)
    assert wizard.store is not None
    ws = open_workspace(wizard.store, clock=lambda: TODAY)
    try:
        with ws.store.transaction() as session:
            assert load_letterhead(session, "Haarlem").signer == ""  # skipped: not saved
            rows = signal_csv(signal_row(referentie="YM-1", melddatum="20-11-2026"))
            assert import_signals(session, rows, ws.ctx, today=TODAY).created
            answer_collection(session, ws.ctx, may_resume=False, today=TODAY)
            case_id = session.scalar(select(Case.id))
        assert case_id is not None
        letter = LetterDialog(ws, case_id, LetterKind.FEEDBACK, contacts=SampleContacts.from_file())
        qtbot.addWidget(letter)
        letter.show()
        assert letter.made is None
        assert "Het briefhoofd is niet compleet" in letter.message.text()
        assert letter.letterhead_button.isVisible()
        letter.letterhead_button.click()
        dialog = letter.settings_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.current_page() == "letterhead"
        dialog.done(0)
    finally:
        ws.close()


def test_a_letterhead_that_does_not_fit_keeps_the_wizard_on_its_page(
    qtbot: QtBot, db_path: Path
) -> None:
    wizard = _to_letterhead(qtbot, db_path)
    page = wizard.letterhead_page
    page.address.setPlainText("\n".join(f"regel {n}" for n in range(1, 9)))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_LETTERHEAD
    assert page.message.kind == "error"
    assert "heeft 8 regels; op het briefhoofd passen er 6" in page.message.text()
    page.skip_button.click()  # "Fill in later" always goes on
    assert wizard.currentId() == PAGE_COVENANT


def test_a_logo_that_is_not_an_image_is_refused_in_dutch(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"GIF89a" + b"\0" * 40)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    wizard = _to_letterhead(qtbot, db_path)
    page = wizard.letterhead_page
    page.logo_button.click()
    assert page.message.kind == "error"
    assert page.message.text() == "Het logo moet een PNG- of JPEG-afbeelding zijn."
    assert page.logo is None
