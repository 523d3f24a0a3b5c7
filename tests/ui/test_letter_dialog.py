"""The letter dialog and the batch dialog, on a real encrypted database, driven as a user would.

Screenshots of the dialogs go to the `shots` folder (look at them: long Dutch text).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, CaseDeadline, CaseEvent, InternalNote
from app.services.events import add_note, record_consent
from app.services.intake.importer import import_signals
from app.services.letters import LetterKind, set_letterhead
from app.services.workspace import Workspace
from app.ui.letter_batch_dialog import LetterBatchDialog
from app.ui.letter_dialog import LetterDialog, render_pages
from tests.helpers import signal_csv, signal_row
from tests.letters.conftest import SampleContacts, answer_collection, logo_png, pdf_text
from tests.ui.conftest import TODAY

WAIT = 20_000


@pytest.fixture(autouse=True)
def no_remembered_folders() -> Iterator[None]:
    """The dialogs remember the last folder (QSettings); each test starts without one."""
    QSettings("Vangnet", "Vangnet").remove("letters")
    yield
    QSettings("Vangnet", "Vangnet").remove("letters")


@pytest.fixture
def ws(office: Workspace) -> Workspace:
    with office.store.transaction() as session:
        set_letterhead(
            session,
            address_lines=["Postbus 511", "2003 PB Haarlem"],
            signer="Marieke de Boer",
            signer_function="teamleider Sociaal Wijkteam",
            logo=logo_png(),
        )
        # one more signal whose feedback is overdue, from another corporation
        rows = signal_csv(
            signal_row(
                referentie="PRE-9", corporatie="Pré Wonen", naam="Pim Pré", melddatum="12-11-2026"
            )
        )
        report = import_signals(session, rows, office.ctx, today=TODAY)
        assert not report.errors
        answer_collection(session, office.ctx, may_resume=False)
    return office


@pytest.fixture
def contacts() -> SampleContacts:
    return SampleContacts.from_file()


def _case_id(ws: Workspace, reference: str) -> int:
    with ws.store.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    assert case_id is not None
    return case_id


def _dialog(
    qtbot: QtBot, ws: Workspace, reference: str, kind: LetterKind, contacts: SampleContacts
) -> LetterDialog:
    dialog = LetterDialog(ws, _case_id(ws, reference), kind, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shot(dialog: LetterDialog | LetterBatchDialog, target: Path) -> None:
    """A picture for a person to look at (long Dutch text), in the `shots` folder."""
    QApplication.processEvents()  # let the layout settle, as it would on screen
    assert dialog.grab().save(str(target))


def test_feedback_preview_save_and_mark_sent(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path, shots: Path
) -> None:
    dialog = _dialog(qtbot, ws, "PLAIN", LetterKind.FEEDBACK, contacts)
    assert dialog.made is not None
    assert len(dialog.page_labels) == dialog.made.pages == 1
    pixmap = dialog.page_labels[0].pixmap()
    assert 200 <= pixmap.width() <= dialog.scroll_area.viewport().width()  # no sideways scroll
    assert abs(pixmap.height() / pixmap.width() - 297 / 210) < 0.01  # an A4 page, rendered
    assert dialog.save_button.isEnabled() and not dialog.sent_button.isEnabled()
    assert "No written consent" in dialog.consent_label.text()
    _shot(dialog, shots / "letter-feedback.png")

    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    target = tmp_path / dialog.made.file_name
    assert dialog.save_to(target)
    assert pdf_text(target) == pdf_text(dialog.made.pdf)  # what was shown is what was saved
    assert dialog.message.kind == "ok" and str(target) in dialog.message.text()
    case_id = _case_id(ws, "PLAIN")
    with ws.store.session() as session:
        event = session.scalars(
            select(CaseEvent).where(
                CaseEvent.case_id == case_id, CaseEvent.kind == "letter_generated"
            )
        ).one()
        assert json.loads(event.detail)["file"] == target.name
    assert dialog.sent_button.isEnabled()
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)  # how it went? not said
    assert dialog.message.kind == "error" and dialog.sent_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert "This meets the feedback deadline" in dialog.message.text()
    assert not dialog.sent_button.isEnabled()
    with ws.store.session() as session:
        met = session.scalar(
            select(CaseDeadline.met_on).where(
                CaseDeadline.case_id == case_id, CaseDeadline.term_id == "feedback"
            )
        )
    assert met == TODAY
    assert changed == [True, True]


def test_feedback_waits_for_the_collection_answer(
    qtbot: QtBot, office: Workspace, contacts: SampleContacts, shots: Path, dutch: None
) -> None:
    """B2 step 6: without the team's answer the window says so in Dutch, with what else is
    missing (no letterhead yet), and offers nothing to save."""
    dialog = _dialog(qtbot, office, "PLAIN", LetterKind.FEEDBACK, contacts)
    assert dialog.made is None and dialog.message.kind == "error"
    text = dialog.message.text()
    assert "Het briefhoofd is niet compleet" in text
    assert "of de incasso mag worden hervat" in text
    assert not dialog.save_button.isEnabled()
    _shot(dialog, shots / "letter-feedback-unanswered.png")


def test_refused_letter_shows_what_is_missing_in_dutch(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, shots: Path, dutch: None
) -> None:
    dialog = _dialog(
        qtbot, ws, "PLAIN", LetterKind.FEEDBACK, contacts.without("corporatie", "YMERE")
    )
    assert dialog.made is None
    assert dialog.message.kind == "error"
    assert dialog.message.text() == "Er staat geen contactpersoon van Ymere in de contactlijst."
    assert dialog.page_labels == [] and not dialog.save_button.isEnabled()
    _shot(dialog, shots / "letter-refused.png")


def test_announcement_options_rerender(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, shots: Path
) -> None:
    dialog = _dialog(qtbot, ws, "KIDS", LetterKind.ANNOUNCEMENT, contacts)
    assert dialog.made is not None and dialog.made.request.with_opt_out
    assert "Wilt u geen bezoek?" in pdf_text(dialog.made.pdf)
    dialog.opt_out.setChecked(False)
    assert dialog.made is not None and not dialog.made.request.with_opt_out
    assert "Wilt u geen bezoek?" not in pdf_text(dialog.made.pdf)
    dialog.visit_planned.setChecked(True)
    assert "Wij komen bij u langs op dinsdag 24 november 2026 om 10.00 uur." in pdf_text(
        dialog.made.pdf
    )
    _shot(dialog, shots / "letter-announcement.png")


def test_sharing_a_note_needs_written_consent(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, shots: Path
) -> None:
    case_id = _case_id(ws, "PLAIN")
    with ws.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        add_note(session, case, "Betaalt voortaan via budgetbeheer.")
    dialog = _dialog(qtbot, ws, "PLAIN", LetterKind.FEEDBACK, contacts)
    assert dialog.notes.isHidden()  # no consent: nothing to tick
    with ws.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        record_consent(session, case, "delen_met_corporatie", TODAY, True, today=TODAY)
    dialog.refresh()
    assert not dialog.notes.isHidden()
    item = dialog.notes.item(0)
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.made is not None and "budgetbeheer" not in pdf_text(dialog.made.pdf)
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.made is not None and "budgetbeheer" in pdf_text(dialog.made.pdf)
    with ws.store.session() as session:
        assert session.scalar(select(InternalNote.shareable)) is True
    _shot(dialog, shots / "letter-feedback-sharing.png")


def test_render_pages_gives_one_image_per_page() -> None:
    images = render_pages(_two_page_pdf(), dpi=50)
    assert len(images) == 2 and all(not image.isNull() for image in images)
    assert abs(images[0].width() - 595 / 72 * 50) <= 1


def _two_page_pdf() -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, "een")
    canvas.showPage()
    canvas.drawString(100, 700, "twee")
    canvas.save()
    return out.getvalue()


def test_batch_dialog_makes_the_due_letters(
    qtbot: QtBot,
    ws: Workspace,
    contacts: SampleContacts,
    tmp_path: Path,
    shots: Path,
    dutch: None,
) -> None:
    dialog = LetterBatchDialog(ws, contacts=contacts.without("corporatie", "PRE"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_due() == 4  # PLAIN, KIDS, EVICT and PRE-9; ELAN-1 is due on 27 Nov
    assert not dialog.start_button.isEnabled()  # no folder yet
    dialog.set_folder(tmp_path)
    assert dialog.start_button.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.report is not None, timeout=WAIT)
    report = dialog.report
    assert report is not None
    assert len(report.made) == 3 and len(report.failed) == 1
    assert (tmp_path / "2026-11-23-alle-terugkoppelingen.pdf").is_file()
    assert dialog.message.kind == "error"  # one letter could not be made: said plainly
    assert "Pim Pré (PRE-9)" in dialog.failures.toPlainText()
    assert "Er staat geen contactpersoon van Pré Wonen in de contactlijst." in (
        dialog.failures.toPlainText()
    )
    _shot(dialog, shots / "letter-batch.png")
    assert dialog.sent_button.isEnabled()
    assert dialog.mark_sent() is False  # how they went out is chosen first
    dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
    assert dialog.mark_sent()
    assert "3 brieven gemarkeerd als verstuurd" in dialog.message.text()
    assert dialog.count_due() == 1  # only the one that could not be made


def test_batch_dialog_can_be_stopped(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path
) -> None:
    dialog = LetterBatchDialog(ws, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_folder(tmp_path)
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.report is not None, timeout=WAIT)
    report = dialog.report
    assert report is not None and report.cancelled
    assert len(report.made) < 4
    assert not list(tmp_path.glob(".vangnet-*"))
