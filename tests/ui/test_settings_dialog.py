"""The settings window on a real encrypted database, driven as a worker would.

Each page saves and its effect shows where it matters: the title, a letter that can now be
made, a deadline that moves, a recomputed term. A refusal is Dutch, on its page, and changes
nothing — also not the other pages saved in the same go.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry, Case, CaseDeadline
from app.services.casework import load_context, office_closures
from app.services.contacts.sync import contacts_folder
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    make_letter,
    set_letterhead,
)
from app.services.letters.letterhead import load_letterhead
from app.services.office_settings import office_name
from app.services.rules.profile import load_profile
from app.services.sdv.inventory import living_cost_norm
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from app.ui.letter_dialog import LetterDialog
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog, notifier
from app.ui.settings_pages import PAGE_AUTOLOCK, PAGE_LANGUAGE
from tests.helpers import signal_csv, signal_row
from tests.letters.conftest import SampleContacts, answer_collection, logo_png, pdf_text
from tests.ui.conftest import TODAY, make_workspace

WAIT = 30_000

@pytest.fixture(autouse=True)
def computer_settings() -> Iterator[None]:
    """Lock minutes and language are this computer's (QSettings): put back what was there."""
    settings = QSettings("Vangnet", "Vangnet")
    keys = ("autolock_minutes", "language")
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}
    yield
    for key in keys:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


def _discard(dialog: QWidget) -> None:
    """At the end of a test: close without the question about unsaved changes."""
    if isinstance(dialog, SettingsDialog) and dialog.isVisible():
        dialog.done(0)


def _dialog(qtbot: QtBot, ws: Workspace, page: str = "office") -> SettingsDialog:
    dialog = SettingsDialog(ws, page=page)
    qtbot.addWidget(dialog, before_close_func=_discard)
    dialog.show()
    return dialog


def _opened(qtbot: QtBot, window: MainWindow, page: str = "office") -> SettingsDialog:
    """The settings as the window's menu opens them."""
    window.open_settings(page)
    dialog = window.settings_dialog
    qtbot.addWidget(dialog, before_close_func=_discard)
    return dialog


def _apply(qtbot: QtBot, dialog: SettingsDialog) -> None:
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.apply_button.click()


def _refused(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.status.kind == "error", timeout=WAIT)


def _case_id(ws: Workspace, reference: str) -> int:
    with ws.store.session() as session:
        found = session.scalar(select(Case.id).where(Case.reference == reference))
    assert found is not None
    return found


def _due(ws: Workspace, reference: str, term: str) -> date:
    with ws.store.session() as session:
        due = session.scalar(
            select(CaseDeadline.due).where(
                CaseDeadline.case_id == _case_id(ws, reference), CaseDeadline.term_id == term
            )
        )
    assert due is not None
    return due


def _audited(ws: Workspace, object_id: str) -> list[AuditEntry]:
    with ws.store.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.object_id == object_id)))


def _feedback(ws: Workspace, reference: str) -> bytes:
    """The feedback letter as the letters service makes it (raises LetterProblem)."""
    with ws.store.transaction() as session:
        answer_collection(session, ws.ctx, may_resume=False)
    with ws.store.session() as session:
        made = make_letter(
            session,
            LetterRequest(_case_id(ws, reference), LetterKind.FEEDBACK),
            ws.ctx,
            TODAY,
            SampleContacts.from_file(),
        )
    return made.pdf


# --- Kantoor ---------------------------------------------------------------------------------


def test_office_name_shows_in_the_window_title(
    qtbot: QtBot, office: Workspace, db_path: Path
) -> None:
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,
    dialog = window.settings_dialog
    qtbot.addWidget(dialog, before_close_func=_discard)
    assert dialog.isVisible() and dialog.current_page() == "office"
    assert dialog.office_page.name.text() == "Sociaal Wijkteam Test"
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    dialog.office_page.name.setText("  Sociaal   Wijkteam Schalkwijk ")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert window.windowTitle() == "Vangnet — Sociaal Wijkteam Schalkwijk"
    assert office.office_name == "Sociaal Wijkteam Schalkwijk"
    with office.store.session() as session:
        assert office_name(session) == "Sociaal Wijkteam Schalkwijk"
    assert len(_audited(office, "office_name")) == 1


def test_an_empty_office_name_is_refused_and_nothing_else_is_saved(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = _dialog(qtbot, office)
    dialog.office_page.name.setText("   ")
    dialog.office_page.address.setPlainText("Postbus 511\n2003 PB Haarlem")
    dialog.letterhead_page.signer.setText("Marieke de Boer")
    _refused(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.office_page.message.kind == "error"
    assert "De naam van het kantoor is leeg" in dialog.office_page.message.text()
    assert "Kantoor" in dialog.status.text() or "Office" in dialog.status.text()
    assert dialog.current_page() == "office"
    with office.store.session() as session:  # the whole save was rolled back
        assert office_name(session) == "Sociaal Wijkteam Test"
        head = load_letterhead(session, "Haarlem")
        assert head.address_lines == () and head.signer == ""
    assert _audited(office, "letterhead") == []


def test_too_many_address_lines_are_refused(qtbot: QtBot, office: Workspace) -> None:
    dialog = _dialog(qtbot, office)
    dialog.office_page.address.setPlainText("\n".join(f"regel {n}" for n in range(1, 9)))
    _refused(qtbot, dialog)
    assert "heeft 8 regels; op het briefhoofd passen er 6" in dialog.office_page.message.text()
    with office.store.session() as session:
        assert load_letterhead(session, "Haarlem").address_lines == ()


# --- Briefhoofd ------------------------------------------------------------------------------


def test_the_letterhead_makes_the_feedback_letter_possible(
    qtbot: QtBot, office: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(LetterProblem) as before:
        _feedback(office, "PLAIN")
    assert "letterhead_incomplete" in before.value.codes
    dialog = _dialog(qtbot, office, page="letterhead")
    page = dialog.letterhead_page
    assert page.missing.isVisible()
    assert "the address of the office" in page.missing.text()
    dialog.office_page.address.setPlainText("Postbus 511\n  2003 PB Haarlem\n\n")
    dialog.office_page.place.setText("Haarlem")
    qtbot.keyClicks(page.signer, "Marieke de Boer")
    qtbot.keyClicks(page.function, "teamleider Sociaal Wijkteam")
    logo = tmp_path / "logo.png"
    logo.write_bytes(logo_png())
    assert page.take_logo(logo)
    assert not page.missing.isVisible()  # the form is complete, although not saved yet
    assert {"office", "letterhead"} <= set(dialog.changed_pages())
    _apply(qtbot, dialog)
    assert dialog.status.kind == "ok" and dialog.changed_pages() == []
    with office.store.session() as session:
        head = load_letterhead(session, "Haarlem")
    assert head.address_lines == ("Postbus 511", "2003 PB Haarlem")
    assert (head.signer, head.signer_function) == ("Marieke de Boer", "teamleider Sociaal Wijkteam")
    assert head.logo == logo_png()
    text = pdf_text(_feedback(office, "PLAIN"))  # now the letter is made
    assert "Marieke de Boer" in text and "Postbus 511" in text


def test_a_logo_that_is_not_an_image_is_refused_in_dutch(
    qtbot: QtBot, office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"GIF89a" + b"\0" * 40)
    monkeypatch.setattr(
        "app.ui.settings_pages.QFileDialog.getOpenFileName",
        staticmethod(lambda *a, **k: (str(bad), "")),
    )
    dialog = _dialog(qtbot, office, page="letterhead")
    dialog.letterhead_page.choose_logo_button.click()
    message = dialog.letterhead_page.message
    assert message.kind == "error"
    assert message.text() == "Het logo moet een PNG- of JPEG-afbeelding zijn."
    assert dialog.letterhead_page.logo() is None
    assert not dialog.apply_button.isEnabled()
    with office.store.session() as session:
        assert load_letterhead(session, "Haarlem").logo is None


def test_the_preview_is_a_real_feedback_letter_with_what_is_typed(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = _dialog(qtbot, office, page="letterhead")
    page = dialog.letterhead_page
    qtbot.waitUntil(
        lambda: page.preview_image is not None and not page.is_rendering(), timeout=WAIT
    )
    first = page.preview_image
    assert first is not None and first.width() > 1000  # A4 at 150 dpi
    empty = pdf_text(dialog._preview_job()())
    assert "[naam van de ondertekenaar]" in empty and "[adres van het kantoor]" in empty
    assert "Sociaal Wijkteam Test" in empty and "Terugkoppeling" in empty
    assert "Piet Plain" not in empty  # invented details, never a real case
    qtbot.keyClicks(page.signer, "Marieke de Boer")
    assert page.is_rendering()  # a new preview is on its way (debounced)
    qtbot.waitUntil(
        lambda: not page.is_rendering() and page.preview_image is not first, timeout=WAIT
    )
    typed = pdf_text(dialog._preview_job()())
    assert "Marieke de Boer" in typed and "[naam van de ondertekenaar]" not in typed
    with office.store.session() as session:  # a preview saves nothing
        assert load_letterhead(session, "Haarlem").signer == ""


# --- Gedeelde contactlijst -------------------------------------------------------------------


def test_the_shared_folder_is_saved_and_the_window_syncs_from_it(
    qtbot: QtBot, office: Workspace, db_path: Path, tmp_path: Path
) -> None:
    share = tmp_path / "gedeeld"
    share.mkdir()
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    dialog = _opened(qtbot, window, "contacts")
    assert "nog geen gedeelde map" in dialog.contacts_page.folder_label.text().lower() or (
        "no shared folder" in dialog.contacts_page.folder_label.text().lower()
    )
    dialog.contacts_page.choose(share)
    assert dialog.changed_pages() == ["contacts"]
    assert window.contacts_sync is not None
    with qtbot.waitSignal(window.contacts_sync.synced, timeout=WAIT):
        _apply(qtbot, dialog)
    with office.store.session() as session:
        assert contacts_folder(session) == share
    assert window.contacts_sync.folder() == share
    assert len(_audited(office, "contacts_folder")) == 1


def test_an_unreachable_folder_may_be_saved_with_a_hint(qtbot: QtBot, office: Workspace) -> None:
    dialog = _dialog(qtbot, office, page="contacts")
    dialog.contacts_page.choose(Path("/nergens/gedeeld"))
    assert dialog.contacts_page.message.kind == "hint"
    assert "niet bereikbaar" in dialog.contacts_page.message.text() or (
        "cannot be reached" in dialog.contacts_page.message.text()
    )


# --- Sluitingsdagen --------------------------------------------------------------------------


def test_a_closing_day_moves_a_deadline(qtbot: QtBot, office: Workspace, db_path: Path) -> None:
    # Elan Wonen's signal came on Friday 20 November: feedback due by Friday 27 November
    assert _due(office, "ELAN-1", "feedback") == date(2026, 11, 27)
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    dialog = _opened(qtbot, window, "closing_days")
    page = dialog.closing_page
    assert page.add_day(date(2026, 11, 25))
    assert "nieuw" in page.list.item(0).text() or "new" in page.list.item(0).text()
    _apply(qtbot, dialog)
    assert _due(office, "ELAN-1", "feedback") == date(2026, 11, 30)
    with office.store.session() as session:
        assert office_closures(session) == [date(2026, 11, 25)]
    assert date(2026, 11, 25) in office.ctx.calendar.office_closures  # the window's rules
    [entry] = _audited(office, "office_closures")
    assert entry.detail == "added=2026-11-25"
    assert dialog.status.kind == "ok"
    # and taken away again
    page.list.item(0).setSelected(True)
    page.remove_button.click()
    _apply(qtbot, dialog)
    assert _due(office, "ELAN-1", "feedback") == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2026, 11, 28), "valt op een zaterdag"),
        (date(2026, 12, 25), "is al een vrije dag voor iedereen (Eerste kerstdag)"),
    ],
)
def test_a_day_that_is_already_free_is_refused(
    qtbot: QtBot, office: Workspace, day: date, said: str
) -> None:
    dialog = _dialog(qtbot, office, page="closing_days")
    assert not dialog.closing_page.add_day(day)
    assert said in dialog.closing_page.message.text()
    assert dialog.changed_pages() == []


def test_a_closing_day_cannot_be_added_twice(qtbot: QtBot, office: Workspace) -> None:
    dialog = _dialog(qtbot, office, page="closing_days")
    assert dialog.closing_page.add_day(date(2026, 12, 24))
    assert not dialog.closing_page.add_day(date(2026, 12, 24))
    assert "24 december 2026 staat al in de lijst" in dialog.closing_page.message.text()


# --- Termijnen -------------------------------------------------------------------------------


@pytest.fixture
def amsterdam(tmp_path: Path) -> Iterator[Workspace]:
    store = initialise(
        tmp_path / "adam.db",
        DatabaseKey(passphrase="amsterdam test passphrase"),
        load_profile("amsterdam"),
        "Wijkteam Amsterdam",
    )
    with store.transaction() as session:
        rows = signal_csv(
            signal_row(corporatie="Rochdale", referentie="R-1", melddatum="16-11-2026")
        )
        report = import_signals(session, rows, load_context(session), today=TODAY)
        assert not report.errors
    ws = open_workspace(store, clock=lambda: TODAY)
    yield ws
    ws.close()


def test_a_term_the_covenant_leaves_open_is_set_and_recomputed(
    qtbot: QtBot, amsterdam: Workspace
) -> None:
    assert _due(amsterdam, "R-1", "contact") == date(2026, 11, 23)
    dialog = _dialog(qtbot, amsterdam, page="terms")
    spins = dialog.terms_page.spins
    assert set(spins) == {"contact", "feedback", "proposal"}  # only the open ones
    assert spins["contact"].value() == 5
    spins["contact"].setValue(3)
    assert dialog.changed_pages() == ["terms"]
    _apply(qtbot, dialog)
    assert _due(amsterdam, "R-1", "contact") == date(2026, 11, 19)
    assert amsterdam.ctx.profile.term("contact").length == 3  # type: ignore[union-attr]
    assert "opnieuw berekend" in dialog.status.text() or "recomputed" in dialog.status.text()
    [entry] = _audited(amsterdam, "term_lengths")
    assert entry.detail == "contact=3"
    assert dialog.terms_page.spins["contact"].value() == 3 and dialog.changed_pages() == []


def test_a_covenant_that_fixes_every_term_leaves_nothing_to_set(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = _dialog(qtbot, office, page="terms")
    assert dialog.terms_page.spins == {}


# --- Leefgeldnorm, vergrendelen, taal --------------------------------------------------------


def test_the_norm_page_saves_and_refuses_like_the_norm_dialog(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = _dialog(qtbot, office, page="norm")
    editor = dialog.norm_page.editor
    editor.fields["paar"].setText("twaalf")
    dialog.apply_button.click()
    assert editor.message.kind == "error" and "paar" in editor.message.text()
    assert dialog.status.kind == "error"
    editor.fields["paar"].setText("475,50")
    _apply(qtbot, dialog)
    with office.store.session() as session:
        assert str(living_cost_norm(session).monthly["paar"]) == "475.50"


def test_lock_minutes_reach_the_idle_lock(qtbot: QtBot, office: Workspace, db_path: Path) -> None:
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    dialog = _opened(qtbot, window, PAGE_AUTOLOCK)
    dialog.autolock_page.minutes.setValue(25)
    _apply(qtbot, dialog)
    assert int(str(QSettings("Vangnet", "Vangnet").value("autolock_minutes"))) == 25
    assert window.idle._timer.interval() == 25 * 60_000


def test_language_is_remembered_for_the_next_start(qtbot: QtBot, office: Workspace) -> None:
    dialog = _dialog(qtbot, office, page=PAGE_LANGUAGE)
    heard: list[object] = []
    notifier().applied.connect(heard.append)
    try:
        dialog.language_page.radios["en"].setChecked(True)
        _apply(qtbot, dialog)
    finally:
        notifier().applied.disconnect(heard.append)
    assert QSettings("Vangnet", "Vangnet").value("language") == "en"
    assert "next time" in dialog.status.text() or "opnieuw start" in dialog.status.text()
    assert [getattr(h, "language", None) for h in heard] == ["en"]


# --- unsaved changes, locking ----------------------------------------------------------------


def test_cancel_asks_before_dropping_changes(
    qtbot: QtBot, office: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, office)
    dialog.office_page.name.setText("Een andere naam")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.cancel_button.click()
    assert dialog.isVisible()  # "Cancel" in the question: keep editing
    assert "Kantoor" in asked[0] or "Office" in asked[0]
    dialog.cancel_button.click()
    assert not dialog.isVisible()  # "Discard"
    with office.store.session() as session:
        assert office_name(session) == "Sociaal Wijkteam Test"


def test_not_while_locked_and_closed_by_the_lock(
    qtbot: QtBot, office: Workspace, db_path: Path
) -> None:
    window = MainWindow(office, db_path)
    qtbot.addWidget(window)
    window.show()
    dialog = _opened(qtbot, window, "letterhead")
    assert dialog.isVisible()
    dialog.letterhead_page.signer.setText("niet opgeslagen")
    window.lock()
    assert not dialog.isVisible() and dialog.closed_for_lock  # no question while locking
    window.open_settings()
    assert window.settings_dialog is dialog  # nothing new while locked


# --- the letter window -----------------------------------------------------------------------


def test_letter_window_leads_to_the_letterhead_and_makes_the_letter_after_saving(
    qtbot: QtBot, office: Workspace, dutch: None
) -> None:
    with office.store.transaction() as session:
        answer_collection(session, office.ctx, may_resume=False)
    letter = LetterDialog(
        office, _case_id(office, "PLAIN"), LetterKind.FEEDBACK, contacts=SampleContacts.from_file()
    )
    qtbot.addWidget(letter)
    letter.show()
    assert letter.made is None
    assert "Instellingen > Kantoor en Instellingen > Briefhoofd" in letter.message.text()
    assert letter.letterhead_button.isVisible()
    letter.letterhead_button.click()
    dialog = letter.settings_dialog
    assert dialog is not None and dialog.isVisible() and dialog.current_page() == "letterhead"
    dialog.office_page.address.setPlainText("Postbus 511\n2003 PB Haarlem")
    dialog.letterhead_page.signer.setText("Marieke de Boer")
    dialog.letterhead_page.function.setText("teamleider")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.ok_button.click()
    assert letter.made is not None  # made again, without reopening the letter window
    assert not letter.letterhead_button.isVisible()
    assert "Marieke de Boer" in pdf_text(letter.made.pdf)


def test_other_problems_offer_no_letterhead_button(
    qtbot: QtBot, tmp_path: Path, dutch: None
) -> None:
    ws = make_workspace(tmp_path / "x.db", [signal_row(referentie="X-1")])
    try:
        with ws.store.transaction() as session:
            set_letterhead(
                session, address_lines=["Postbus 1"], signer="A. Bakker", signer_function="x"
            )
        letter = LetterDialog(
            ws, _case_id(ws, "X-1"), LetterKind.FEEDBACK, contacts=SampleContacts.from_file()
        )
        qtbot.addWidget(letter)
        letter.show()
        assert letter.made is None and "incasso" in letter.message.text()
        assert not letter.letterhead_button.isVisible()
    finally:
        ws.close()
