"""“Mijn gegevens” in the settings window, the letter window's pointer to it, and the worker's
name on the timeline and with the notes (issue 16.5), on a real encrypted database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, Setting
from app.services.events import add_note, record_event
from app.services.letters import LetterKind, set_letterhead
from app.services.office_settings import office_name
from app.services.worker_profile import WorkerProfile, load_profile, set_profile
from app.services.workspace import Workspace
from app.ui.case_view import CaseView
from app.ui.letter_dialog import LetterDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_pages import PAGE_PROFILE
from tests.letters.conftest import SampleContacts, answer_collection, logo_png, pdf_text
from tests.ui.conftest import TODAY

WAIT = 30_000


@pytest.fixture(autouse=True)
def no_remembered_folders() -> Iterator[None]:
    QSettings("Vangnet", "Vangnet").remove("letters")
    yield
    QSettings("Vangnet", "Vangnet").remove("letters")


def _discard(dialog: QWidget) -> None:
    if isinstance(dialog, SettingsDialog) and dialog.isVisible():
        dialog.done(0)


def _dialog(qtbot: QtBot, ws: Workspace) -> SettingsDialog:
    dialog = SettingsDialog(ws, page=PAGE_PROFILE)
    qtbot.addWidget(dialog, before_close_func=_discard)
    dialog.show()
    return dialog


def _fill(dialog: SettingsDialog, name: str, phone: str, email: str) -> None:
    page = dialog.profile_page
    page.name.setText(name)
    page.phone.setText(phone)
    page.email.setText(email)


def _profile_rows(ws: Workspace) -> list[str]:
    with ws.store.session() as session:
        return list(
            session.scalars(select(Setting.key).where(Setting.key.like("worker_profile:%")))
        )


def test_my_details_are_saved_for_this_login(qtbot: QtBot, office: Workspace) -> None:
    dialog = _dialog(qtbot, office)
    page = dialog.profile_page
    assert dialog.current_page() == PAGE_PROFILE
    assert page.findChild(QWidget, "profileName") is page.name
    assert not page.empty_notice.isHidden()  # nothing filled in yet: said on the page
    assert not page.is_changed()
    _fill(dialog, "Marieke de Boer", "023 511 1234", "m.deboer@haarlem.example")
    page.function.setText("consulent West")
    assert dialog.changed_pages() == [PAGE_PROFILE]
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.apply_button.click()
    with office.store.session() as session:
        assert load_profile(session, office.actor) == WorkerProfile(
            office.actor,
            "Marieke de Boer",
            "023 511 1234",
            "m.deboer@haarlem.example",
            "consulent West",
        )
    assert dialog.status.kind == "ok"
    assert page.empty_notice.isHidden() and not page.is_changed()
    # opened again, the page shows what is stored
    again = _dialog(qtbot, office)
    assert again.profile_page.name.text() == "Marieke de Boer"


def test_a_bad_address_is_refused_on_its_page_with_the_office_rolled_back(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = _dialog(qtbot, office)
    _fill(dialog, "Marieke de Boer", "023 511 1234", "m.deboer(at)haarlem")
    dialog.office_page.name.setText("Een nieuwe naam")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.status.kind == "error", timeout=WAIT)
    message = dialog.profile_page.message
    assert message.kind == "error" and message.text().startswith("Uw e-mailadres:")
    assert _profile_rows(office) == []
    with office.store.session() as session:
        assert office_name(session) == "Sociaal Wijkteam Test"  # saved in the same go: undone


def test_the_letter_says_where_to_fill_in_my_details_and_is_made_again(
    qtbot: QtBot, office: Workspace
) -> None:
    with office.store.transaction() as session:
        set_letterhead(
            session,
            address_lines=["Postbus 511", "2003 PB Haarlem"],
            signer="Marieke de Boer",
            signer_function="teamleider",
            logo=logo_png(),
        )
        answer_collection(session, office.ctx, may_resume=False)
        case_id = session.scalar(select(Case.id).where(Case.reference == "PLAIN"))
    assert case_id is not None
    letter = LetterDialog(office, case_id, LetterKind.FEEDBACK, contacts=SampleContacts.from_file())
    qtbot.addWidget(letter)
    letter.show()
    # without a profile the letter is made all the same, with the office block only
    assert letter.made is not None
    assert "Behandeld door" not in pdf_text(letter.made.pdf)
    assert letter.message.kind == "hint"
    assert letter.profile_button.isVisible() and letter.save_button.isEnabled()

    letter.profile_button.click()
    settings = letter.settings_dialog
    assert settings is not None  # a child of the letter window, closed by OK below
    assert settings.current_page() == PAGE_PROFILE
    _fill(settings, "Joris van Leeuwen", "023 511 1234", "j.vanleeuwen@haarlem.example")
    with qtbot.waitSignal(settings.saved, timeout=WAIT):
        settings.ok_button.click()
    qtbot.waitUntil(lambda: not letter.profile_button.isVisible(), timeout=WAIT)
    assert letter.made is not None
    text = pdf_text(letter.made.pdf)
    assert "Behandeld door Joris van Leeuwen Telefoon 023 511 1234" in text
    assert letter.message.kind == ""


def test_notes_and_timeline_show_the_name_and_the_notes_their_date(
    qtbot: QtBot, office: Workspace
) -> None:
    with office.store.transaction() as session:
        case = session.scalar(select(Case).where(Case.reference == "PLAIN"))
        assert case is not None
        case_id = case.id
        add_note(session, case, "Huurder belt vrijdag terug.", actor="mdeboer")
        record_event(
            session,
            case,
            "collection_answer",
            TODAY,
            office.ctx,
            {"may_resume": False},
            actor="mdeboer",
            today=TODAY,
        )
        add_note(session, case, "Nog geen reactie.", actor="root")
        set_profile(session, login="mdeboer", name="Marieke de Boer", phone="0235111234")
    view = CaseView(office)
    qtbot.addWidget(view)
    assert view.show_case(case_id)
    notes = view.notes.toPlainText()
    # the fixed clock stands at noon on 23 November 2026
    assert "23-11-2026 12:00 · Marieke de Boer:\nHuurder belt vrijdag terug." in notes
    assert "23-11-2026 12:00 · root:\nNog geen reactie." in notes
    cells = [view.timeline.item(row, 3) for row in range(view.timeline.rowCount())]
    by = [cell.text() for cell in cells if cell is not None]
    assert "Marieke de Boer" in by and "mdeboer" not in by
