"""The first-run wizard, driven like a person would, creating real encrypted databases.

Also the demo database the welcome page offers (`app.services.demo_setup`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Case
from app.services import demo_setup
from app.services.keys import (
    KEYRING_SERVICE,
    DatabaseKey,
    key_from_secret,
    parse_recovery_key,
)
from app.services.rules.profile import covenants_dir, load_profile
from app.services.setup import initialise
from app.services.store import StoreError, WrongKey, default_db_path, get_setting, open_store
from app.services.unlock_code import CODE_SETTING, check_unlock_code, has_unlock_code
from app.ui.first_run import (
    PAGE_COVENANT,
    PAGE_KEY,
    PAGE_LETTERHEAD,
    PAGE_OFFICE,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from tests.conftest import MemoryKeyring

# The offscreen platform cannot pass size hints to a window manager and says so; on a real
# desktop this message does not exist. Everything else Qt warns about still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

OFFICE = "Sociaal Wijkteam Schalkwijk"
GOOD = "een lange zin die niemand raadt"
TODAY = date(2026, 11, 3)


def _wizard(qtbot: QtBot, db_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(db_path, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible() and button.isEnabled()
    button.click()


def _finish(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled()
    button.click()


UNLOCK_CODE = "linde-2026"


def _to_key_page(qtbot: QtBot, wizard: FirstRunWizard, office: str = OFFICE) -> None:
    _next(wizard)
    assert wizard.currentId() == PAGE_OFFICE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.office_page.office_edit, office)
    _next(wizard)
    assert wizard.currentId() == PAGE_LETTERHEAD
    _next(wizard)  # left empty: the same as "Fill in later"
    assert wizard.currentId() == PAGE_COVENANT
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no default
    radio = wizard.covenant_page.radio_for("haarlem")
    assert radio is not None
    radio.click()
    _next(wizard)
    assert wizard.currentId() == PAGE_KEY
    if wizard.key_page.mode() == "keyring":  # keyring mode asks for the worker's unlock code
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.key_page.code.setText(UNLOCK_CODE)
        wizard.key_page.code_repeat.setText(UNLOCK_CODE)


def _type_passphrases(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    page = wizard.key_page
    page.passphrase.clear()
    page.repeat.clear()
    qtbot.keyClicks(page.passphrase.line_edit, first)
    qtbot.keyClicks(page.repeat.line_edit, second)


# --- passphrase mode ------------------------------------------------------------------------


def test_passphrase_path_creates_a_database_that_opens_with_it(qtbot: QtBot, db_path: Path) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard, office="  Sociaal   Wijkteam Schalkwijk  ")
    page = wizard.key_page
    # The default test keyring is the fail backend: the page says so and offers no choice.
    assert page.unavailable_note.isVisible()
    assert "keyring.backends.fail.Keyring" in page.unavailable_note.text()
    assert not page.keyring_radio.isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    _type_passphrases(qtbot, wizard, GOOD, GOOD)
    assert page.message.kind == "ok"
    _finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.store is not None and not wizard.chose_demo
    wizard.store.close()
    store = open_store(db_path, DatabaseKey(passphrase=GOOD))
    assert store.setting("office_name") == OFFICE  # trimmed, inner spaces collapsed
    assert store.setting("profile") == "haarlem"
    assert store.setting("key_mode") == "passphrase"
    store.close()
    with pytest.raises(WrongKey):
        open_store(db_path, DatabaseKey(passphrase="een andere zin die niet klopt"))


def test_short_passphrase_blocks_with_the_message(qtbot: QtBot, db_path: Path) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _type_passphrases(qtbot, wizard, "kort", "kort")
    message = wizard.key_page.message
    assert message.isVisible() and message.kind == "error"
    assert "at least 12 characters" in message.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    _type_passphrases(qtbot, wizard, "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa")
    assert "too repetitive" in message.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not db_path.exists()


def test_mismatched_passphrases_block(qtbot: QtBot, db_path: Path) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _type_passphrases(qtbot, wizard, GOOD, GOOD + "!")
    assert wizard.key_page.message.kind == "error"
    assert "not the same" in wizard.key_page.message.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.key_page.repeat.clear()
    assert wizard.key_page.message.kind == "hint"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not db_path.exists()


def test_office_name_is_required(qtbot: QtBot, db_path: Path) -> None:
    wizard = _wizard(qtbot, db_path)
    _next(wizard)
    qtbot.keyClicks(wizard.office_page.office_edit, "   ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# --- keyring mode ---------------------------------------------------------------------------


def test_keyring_path_shows_the_recovery_key_once_and_stores_the_key(
    qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    page = wizard.key_page
    assert page.keyring_radio.isChecked() and page.keyring_radio.isVisible()
    assert "tests.conftest.MemoryKeyring" in page.keyring_note.text()  # the backend is named
    assert not page.passphrase_box.isVisible()
    _next(wizard)
    assert wizard.currentId() == PAGE_RECOVERY
    shown = wizard.recovery_page.key_label.text()
    raw = parse_recovery_key(shown)
    assert raw is not None
    assert wizard.recovery_page.key_label.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
    # Going back and forth does not change the key someone may already have written down.
    wizard.back()
    _next(wizard)
    assert wizard.recovery_page.key_label.text() == shown
    assert memory_keyring.entries == {}  # nothing stored before Finish
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    wizard.recovery_page.confirm.click()
    assert finish.isEnabled()
    _finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.store is not None
    assert wizard.store.key.raw == raw
    assert memory_keyring.entries == {(KEYRING_SERVICE, str(db_path.resolve())): raw.hex()}
    assert wizard.store.setting("key_mode") == "keyring"
    with wizard.store.transaction() as session:  # the unlock code came along, as a hash
        assert check_unlock_code(session, UNLOCK_CODE).ok
        assert UNLOCK_CODE not in (get_setting(session, CODE_SETTING) or "")
        assert has_unlock_code(session)
    wizard.store.close()
    store = open_store(db_path, key_from_secret(shown))  # the recovery key opens it
    store.close()


def test_the_unlock_code_is_checked_on_the_key_page(
    qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    page = wizard.key_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.code_box.isVisible() and next_button.isEnabled()
    for first, second, said in (
        ("123456", "123456", "te makkelijk"),
        ("kort", "kort", "minstens 6"),
        ("linde-2026", "linde-2027", "not the same"),
    ):
        page.code.setText(first)
        page.code_repeat.setText(second)
        assert not next_button.isEnabled()
        assert said in page.code_message.text()
    page.passphrase_radio.click()  # passphrase mode: no unlock code, the passphrase is asked
    assert not page.code_box.isVisible() and page.chosen_code() is None


def test_choosing_a_passphrase_although_a_keyring_exists(
    qtbot: QtBot, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    wizard.key_page.passphrase_radio.click()
    assert wizard.key_page.passphrase_box.isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    _type_passphrases(qtbot, wizard, GOOD, GOOD)
    _finish(wizard)
    assert wizard.store is not None and wizard.store.key.passphrase == GOOD
    wizard.store.close()
    assert memory_keyring.entries == {}


def test_recovery_sheet_is_written_where_chosen(
    qtbot: QtBot,
    db_path: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "papers" / "sleutel"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _next(wizard)
    wizard.recovery_page.print_button.click()
    written = target.with_name("sleutel.pdf")
    assert written.exists()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written).pages).split())
    key = wizard.recovery_page.key_label.text()
    for line in key.splitlines():
        assert line in text
    assert OFFICE in text and "3 november 2026" in text
    assert wizard.recovery_page.sheet_message.kind == "ok"
    assert "delete the file" in wizard.recovery_page.sheet_message.text()
    assert not db_path.exists()  # printing creates no database


def test_recovery_sheet_write_failure_is_shown_inline(
    qtbot: QtBot,
    db_path: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "no-such-folder" / "sheet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _next(wizard)
    wizard.recovery_page.print_button.click()
    assert wizard.recovery_page.sheet_message.kind == "error"
    assert "could not be saved" in wizard.recovery_page.sheet_message.text()
    assert not target.parent.exists()


def test_failed_creation_takes_the_keyring_entry_back(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    db_path = blocker / "vangnet.db"
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _next(wizard)
    wizard.recovery_page.confirm.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.store is None
    assert wizard.error_box is not None and "Nothing was created" in wizard.error_box.text()
    assert memory_keyring.entries == {}
    assert blocker.read_text() == "a file where the data folder should be"


# --- never over an existing database --------------------------------------------------------


@pytest.fixture
def existing(db_path: Path) -> bytes:
    store = initialise(
        db_path,
        DatabaseKey(passphrase="het bestaande wachtwoord"),
        load_profile("amsterdam"),
        "Bestaand kantoor",
    )
    store.close()
    return db_path.read_bytes()


def test_refuses_to_create_over_an_existing_database(
    qtbot: QtBot, db_path: Path, existing: bytes
) -> None:
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _type_passphrases(qtbot, wizard, GOOD, GOOD)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.store is None
    assert wizard.error_box is not None and wizard.error_box.isVisible()
    assert "already a Vangnet database" in wizard.error_box.text()
    assert db_path.read_bytes() == existing
    store = open_store(db_path, DatabaseKey(passphrase="het bestaande wachtwoord"))
    assert store.setting("office_name") == "Bestaand kantoor"
    store.close()


def test_refusal_in_keyring_mode_leaves_the_keyring_alone(
    qtbot: QtBot, db_path: Path, existing: bytes, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[(KEYRING_SERVICE, str(db_path.resolve()))] = "earlier entry"
    wizard = _wizard(qtbot, db_path)
    _to_key_page(qtbot, wizard)
    _next(wizard)
    wizard.recovery_page.confirm.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.store is None
    assert wizard.error_box is not None and "will not overwrite" in wizard.error_box.text()
    assert memory_keyring.entries == {(KEYRING_SERVICE, str(db_path.resolve())): "earlier entry"}
    assert db_path.read_bytes() == existing


# --- welcome page and covenant choice -------------------------------------------------------


def test_demo_button_chooses_the_demo_and_creates_nothing(qtbot: QtBot, db_path: Path) -> None:
    wizard = _wizard(qtbot, db_path)
    assert wizard.welcome_page.demo_button.isVisible()
    wizard.welcome_page.demo_button.click()
    assert wizard.chose_demo
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.store is None
    assert not db_path.exists()


def test_broken_covenant_file_shows_its_problem_line_and_blocks_next(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "zandvoort.toml"
    broken.write_text('id = "zandvoort"\nname = "Zandvoort\n', encoding="utf-8")
    chosen = [str(broken)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    wizard = _wizard(qtbot, db_path)
    _next(wizard)
    qtbot.keyClicks(wizard.office_page.office_edit, OFFICE)
    _next(wizard)
    _next(wizard)  # no letterhead yet
    page = wizard.covenant_page
    page.other_radio.click()  # opens the file dialog at once
    assert page.message.isVisible() and page.message.kind == "error"
    # named with its line, in the window's language (the TOML parser's English stays out)
    assert "zandvoort.toml" in page.message.text() and "2" in page.message.text()
    assert "invalid TOML" not in page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # A good file (a copy of a shipped one, somewhere else) clears the message.
    good = tmp_path / "eigen.toml"
    good.write_text((covenants_dir() / "haarlem.toml").read_text(encoding="utf-8"), "utf-8")
    chosen[0] = str(good)
    page.choose_button.click()
    assert not page.message.isVisible()
    assert "eigen.toml" in page.file_label.text()
    assert page.profile() is not None
    _next(wizard)
    assert wizard.currentId() == PAGE_KEY


def test_cancelled_file_dialog_keeps_next_blocked(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    wizard = _wizard(qtbot, db_path)
    _next(wizard)
    qtbot.keyClicks(wizard.office_page.office_edit, OFFICE)
    _next(wizard)
    _next(wizard)  # no letterhead yet
    wizard.covenant_page.other_radio.click()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    radio = wizard.covenant_page.radio_for("amsterdam")
    assert radio is not None
    radio.click()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# --- the demo database ----------------------------------------------------------------------


def test_demo_db_lives_next_to_the_real_one() -> None:
    assert demo_setup.demo_db_path() == default_db_path().with_name("vangnet-demo.db")


def test_demo_is_created_filled_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "vangnet-demo.db"
    store = demo_setup.open_or_create_demo(path, today=TODAY, cases=25)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 25
        assert session.scalar(select(func.count()).where(Case.is_demo.is_(False))) == 0
    assert store.setting("demo") == "true"
    assert store.setting("office_name") == demo_setup.DEMO_OFFICE
    assert store.setting("profile") == "haarlem"
    store.close()
    before = path.stat().st_size
    again = demo_setup.open_or_create_demo(path, today=TODAY, cases=25)
    with again.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 25  # not refilled
    again.close()
    assert path.stat().st_size == before
    # Encrypted, with the documented demo passphrase only.
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(WrongKey):
        open_store(path, DatabaseKey(passphrase="iets anders dan de demo"))


def test_demo_refuses_a_real_database(db_path: Path) -> None:
    store = initialise(db_path, demo_setup.demo_key(), load_profile("haarlem"), "Echt kantoor")
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a Vangnet demo database"):
        demo_setup.open_or_create_demo(db_path, today=TODAY, cases=5)
    assert db_path.read_bytes() == before


def test_the_demo_is_marked_and_has_a_letterhead_from_the_start(tmp_path: Path) -> None:
    """Issue 13.6: the mark is in the file itself, and the demo's letters can be made."""
    from app.services.letters.letterhead import load_letterhead

    store = demo_setup.open_or_create_demo(tmp_path / "vangnet-demo.db", today=TODAY, cases=5)
    with store.session() as session:
        head = load_letterhead(session, "Haarlem")
    store.close()
    assert head.demo and not head.missing()
    assert head.address_lines == demo_setup.DEMO_ADDRESS


def test_a_demo_named_file_with_real_cases_is_refused(tmp_path: Path) -> None:
    """A file that took real signals before it was ever filled is never filled with demo."""
    from app.services.casework import load_context
    from app.services.demo_mark import RealCasesPresent
    from app.services.intake.importer import import_signals
    from tests.helpers import signal_csv, signal_row

    path = tmp_path / "vangnet-demo.db"
    store = initialise(path, demo_setup.demo_key(), load_profile("haarlem"), demo_setup.DEMO_OFFICE)
    with store.transaction() as session:
        data = signal_csv(signal_row(referentie="ECHT-1"), signal_row(referentie="ECHT-2"))
        assert import_signals(session, data, load_context(session), today=TODAY).created
    store.close()
    with pytest.raises(RealCasesPresent) as refused:
        demo_setup.open_or_create_demo(path, today=TODAY, cases=5)
    assert "2 echte zaken" in refused.value.message_nl
    again = open_store(path, demo_setup.demo_key())
    with again.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2
    assert again.setting("demo") is None
    again.close()
