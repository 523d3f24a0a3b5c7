"""No English from the services reaches the Dutch window (issue 16.8).

The services word their refusals in English for the command line; the window shows the Dutch
from the problem's own catalogue (`dutch()`, `message_nl`, a code the window words), or a general
Dutch sentence with a log reference, never the English `str(exc)`.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

import app.services.events as events_module
import app.ui
from app.services.errors import GENERIC_REFUSAL_NL, OS_REASONS_NL, os_reason_nl
from app.services.events import EVENT_PROBLEMS_NL, EventProblem
from app.services.keys import KEYRING_REASONS_NL, KeyProblem, keyring_probe, keyring_status
from app.services.store import StoreError
from app.services.workspace import Workspace
from app.ui.backup_dialogs import FOLDER_SETTING, BackupDialog
from app.ui.case_view import problem_text
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI = Path(app.ui.__file__).resolve().parent

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

#: words that give English away in a Dutch sentence
ENGLISH = re.compile(
    r"\b(the|does not|cannot|could not|is not|was not|no keyring|not found|refused|"
    r"permission|denied|directory|folder|file|must|unknown|invalid)\b",
    re.IGNORECASE,
)


def english_in(text: str) -> list[str]:
    # names of backends and paths are not sentences: leave them out
    words = re.sub(r"\([^)]*\.[^)]*\)|/\S+|\S+\.\S+", " ", text)
    return ENGLISH.findall(words)


@pytest.fixture
def dutch(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The Dutch translation, built from the .ts as the Makefile does."""
    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    qm = tmp_path / "vangnet_nl.qm"
    tool.release(tool.TS_FILE, qm, quiet=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


# --- a failed backup -------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, office: Workspace, db_path: Path) -> Iterator[MainWindow]:
    QSettings("Vangnet", "Vangnet").remove(FOLDER_SETTING)
    win = MainWindow(office, db_path)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    QSettings("Vangnet", "Vangnet").remove(FOLDER_SETTING)


def test_a_backup_to_a_missing_folder_is_refused_in_dutch(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dutch: None
) -> None:
    folder = tmp_path / "usb-stick-not-there"
    dialog = window.backup_dialog()
    assert isinstance(dialog, BackupDialog)
    dialog.show()
    dialog.set_target(folder / "kopie.vangnet")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.message.kind == "error"
    assert dialog.message.text() == (
        f"De map {folder} bestaat niet. Kies een andere map. Er is niets geschreven."
    )
    assert not english_in(dialog.message.text())
    assert not folder.exists()
    dialog.reject()


def test_a_file_the_system_refuses_is_said_in_dutch() -> None:
    refused = PermissionError(13, "Permission denied")
    assert os_reason_nl(refused) == "Vangnet heeft daar geen toegang"
    assert os_reason_nl(OSError("something odd")) and not english_in(
        os_reason_nl(OSError("something odd"))
    )
    for text in OS_REASONS_NL.values():
        assert not english_in(text), text


# --- an event refusal ------------------------------------------------------------------------


def _codes_raised() -> set[str]:
    """Every code an EventProblem is raised with anywhere in the services."""
    codes: set[str] = set()
    services = Path(events_module.__file__).resolve().parent
    for path in services.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "EventProblem"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                codes.add(str(node.args[1].value))
    return codes


def test_every_event_refusal_has_its_dutch() -> None:
    raised = _codes_raised()
    assert {"future_date", "closed", "bad_method", "no_note"} <= raised  # the scan works
    missing = raised - set(EVENT_PROBLEMS_NL)
    assert not missing, f"EventProblem codes without Dutch in EVENT_PROBLEMS_NL: {missing}"
    for text in EVENT_PROBLEMS_NL.values():
        assert not english_in(text), text


def test_the_case_view_shows_an_event_refusal_without_its_own_wording_in_dutch(
    window: MainWindow, dutch: None
) -> None:
    refusal = EventProblem("method must be one of phone, letter, visit", "bad_method")
    shown = problem_text(window.case_view, refusal)
    assert shown == "Kies hoe er contact is gezocht."
    unknown = EventProblem("something new the window has no words for", "brand_new")
    assert problem_text(window.case_view, unknown) == EVENT_PROBLEMS_NL["invalid"]
    # and the ones the window words itself come out of the translation in Dutch
    assert problem_text(window.case_view, EventProblem("x", "closed")) == "Deze zaak is afgesloten."


def test_an_event_refused_by_the_service_is_said_in_dutch(
    window: MainWindow, office: Workspace, dutch: None
) -> None:
    """A real refusal from a service (a note that does not exist; the window has no wording of
    its own for it) reaches the window in Dutch, not as `str(exc)`."""
    from app.services.letters.sharing import mark_note_shareable

    with pytest.raises(EventProblem) as refused, office.store.transaction() as session:
        mark_note_shareable(session, 999_999)
    assert "there is no note" in str(refused.value)  # the command line keeps its English
    shown = problem_text(window.case_view, refused.value)
    assert shown == "Deze notitie bestaat niet (meer)."
    assert not english_in(shown)


# --- the keyring in the first-run wizard -----------------------------------------------------


class RefusingKeyring(KeyringBackend):
    """A keyring that is there but refuses to keep anything (a locked one, say)."""

    priority = 10  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("The keyring is locked and the user declined to unlock it")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("The keyring is locked and the user declined to unlock it")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


def _to_key_page(qtbot: QtBot, wizard: QWizard) -> None:
    from app.ui.first_run import FirstRunWizard

    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    qtbot.keyClicks(wizard.office_page.office_edit, "Sociaal Wijkteam Noord")
    wizard.next()
    wizard.next()  # no letterhead yet
    radio = wizard.covenant_page.radio_for("haarlem")
    assert radio is not None
    radio.click()
    wizard.next()


def test_no_keyring_is_explained_in_dutch_in_the_wizard(
    qtbot: QtBot, db_path: Path, dutch: None
) -> None:
    from app.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_key_page(qtbot, wizard)
    note = wizard.key_page.unavailable_note
    assert note.isVisible()
    assert KEYRING_REASONS_NL["no_backend"] in note.text()
    assert "no keyring backend is installed" not in note.text()
    assert not english_in(note.text()), note.text()


def test_a_keyring_that_refuses_is_said_in_dutch_in_the_wizard(
    qtbot: QtBot, db_path: Path, dutch: None
) -> None:
    import keyring

    from app.ui.first_run import FirstRunWizard

    keyring.set_keyring(RefusingKeyring())  # the autouse fixture puts the test keyring back
    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_key_page(qtbot, wizard)
    page = wizard.key_page
    assert page.mode() == "keyring"
    page.code.setText("linde-2026")
    page.code_repeat.setText("linde-2026")
    wizard.next()
    wizard.recovery_page.confirm.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.store is None and wizard.result() != QDialog.DialogCode.Accepted
    box = wizard.error_box
    assert box is not None
    assert box.text() == (
        "De sleutelbos weigerde de sleutel te bewaren (tests.ui.test_dutch_only.RefusingKeyring)."
    )
    assert "locked and the user declined" not in box.text()
    assert not english_in(box.text())
    assert not db_path.exists()


def test_keyring_reasons_have_a_code_and_dutch(db_path: Path) -> None:
    status = keyring_status()  # the test keyring: the "fail" backend
    assert not status.usable and status.code == "no_backend"
    assert status.dutch_reason() == KEYRING_REASONS_NL["no_backend"]
    loaded = keyring_probe(db_path)
    assert loaded.key is None and loaded.code == "no_backend"
    assert "no keyring backend" in loaded.reason  # English stays for the command line
    for text in KEYRING_REASONS_NL.values():
        assert not english_in(text), text


def test_a_refusal_without_dutch_gets_a_general_dutch_sentence() -> None:
    assert StoreError("The database refused PRAGMA x.").message_nl == GENERIC_REFUSAL_NL
    assert KeyProblem("No passphrase chosen; nothing was created.").message_nl == (
        GENERIC_REFUSAL_NL
    )
    assert StoreError("english", "Nederlands").message_nl == "Nederlands"
    assert not english_in(GENERIC_REFUSAL_NL)


# --- the guard -------------------------------------------------------------------------------

#: an exception's own text or the system's English reason, put into the window
SHOWN_RAW = re.compile(
    r"str\((exc|e|err|error|problem|refused|failure)\)"
    r"|\.args\[0\]"
    r"|\{(exc|e|err|error|problem)\}"
    r"|\.strerror\b"
    r"|\b(exc|error|problem|status)\.(message|reason)\b(?!_nl)"
)
#: where such text is fine, and why
ALLOWED = {
    # the panel's own problem class, raised with text the panel worded through self.tr()
    ("sdv_panel.py", "self.proposal_message.show_error(str(problem))"),
    # the command line's English (printed to stderr when the window could not start)
    ("launch.py", 'print(f"Cannot write {target}: {exc.strerror}", file=sys.stderr)'),
    # the English half of a BackupProblem (for the command line); the Dutch half is given
    ("backup_dialogs.py", 'f"{path} cannot be read ({exc.strerror or exc}).",'),
}


def test_no_window_code_shows_a_service_exception_as_text() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if SHOWN_RAW.search(code) and (path.name, line.strip()) not in ALLOWED:
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, (
        "Window code that shows an exception's English text; map it through the problem's "
        "Dutch (dutch(), message_nl, a code) or log_unexpected:\n" + "\n".join(found)
    )


def test_the_guard_finds_what_it_looks_for() -> None:
    assert SHOWN_RAW.search('self.message.show_error(str(exc))')
    assert SHOWN_RAW.search('text.replace("%1", error.strerror or "")')
    assert SHOWN_RAW.search('f"{exc.path.name}:{exc.line}: {exc.message}"')
    assert SHOWN_RAW.search('reason=self.status.reason)')
    assert not SHOWN_RAW.search("self.message.show_error(exc.message_nl)")
