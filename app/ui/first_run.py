"""The first-run wizard: office name, letterhead, covenant and key, then an encrypted database.

Nothing is written until Finish: the key goes into the keyring (keyring mode) and the database is
created in one step, with the letterhead in its first transaction, and if anything fails both are
taken back so the next try starts clean. An existing database is never touched. The letterhead
can be skipped ("Fill in later"); the letter window then leads to Settings > Letterhead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services import clock, keys, unlock_code
from app.services.errors import log_unexpected, os_reason_nl
from app.services.letters.letterhead import LogoProblem, logo_type
from app.services.office_settings import (
    TEXT_MAX,
    LetterheadChange,
    SettingsRefused,
    letterhead_refusals,
)
from app.services.recovery_sheet import key_lines, write_recovery_sheet
from app.services.rules.profile import (
    CovenantProfile,
    ProfileError,
    available_profiles,
    load_profile,
)
from app.services.setup import initialise
from app.services.store import Store, StoreError, remove_database_files, sidecar_paths
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.widgets import (
    InlineMessage,
    SecretField,
    breakable_path,
    heading_label,
    keyring_display_name,
    monospace_font,
    wrap_label,
)

# QWizard goes to the next higher id, so the ids are the order of the pages
PAGE_WELCOME, PAGE_OFFICE, PAGE_LETTERHEAD, PAGE_COVENANT, PAGE_KEY, PAGE_RECOVERY = range(6)
MODE_KEYRING = "keyring"
MODE_PASSPHRASE = "passphrase"


def _indented(widget: QWidget, indent: int = 26) -> QWidget:
    """Explanation under a radio button, lined up with the button's text."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(indent, 0, 0, 4)
    layout.addWidget(widget)
    return box


def _database_exists(path: Path) -> bool:
    return path.exists() or any(p.exists() for p in sidecar_paths(path))


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Vangnet"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Vangnet keeps your office's eviction-prevention cases in one place and "
                    "counts down every deadline of the covenant. Everything stays on this "
                    "computer, locked with a key."
                )
            )
        )
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Setting up takes a few minutes: the name of your office, your covenant, "
                    "and how to lock the data."
                )
            )
        )
        layout.addSpacing(12)
        demo = QFrame()
        demo.setFrameShape(QFrame.Shape.StyledPanel)
        demo_layout = QVBoxLayout(demo)
        demo_layout.addWidget(heading_label(self.tr("Just looking?")))
        demo_layout.addWidget(
            wrap_label(
                self.tr(
                    "The demo has invented people only. You can try everything; nothing you "
                    "do there touches real data."
                )
            )
        )
        self.demo_button = QPushButton(self.tr("Look at the demo first"))
        self.demo_button.setMinimumHeight(self.demo_button.sizeHint().height() * 3 // 2)
        font = self.demo_button.font()
        font.setBold(True)
        self.demo_button.setFont(font)
        self.demo_button.clicked.connect(wizard.choose_demo)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        demo_layout.addLayout(row)
        layout.addWidget(demo)
        layout.addStretch(1)
        layout.addWidget(wrap_label(self.tr("To set up Vangnet for real work, press Next.")))


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Which office or team works with Vangnet on this computer? The name is "
                    "shown on letters and on the recovery sheet."
                )
            )
        )
        label = QLabel(self.tr("Name of the office"))
        self.office_edit = QLineEdit()
        self.office_edit.setMaxLength(120)
        self.office_edit.setPlaceholderText(self.tr("For example: Sociaal Wijkteam Schalkwijk"))
        label.setBuddy(self.office_edit)
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.office_edit)
        layout.addStretch(1)
        self.office_edit.textChanged.connect(self.completeChanged)

    def office_name(self) -> str:
        return " ".join(self.office_edit.text().split())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.office_name())


class LetterheadPage(QWizardPage):
    """Address, place, signer and logo for letters; skippable (Settings > Letterhead later)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your letterhead"))
        self.skipped = False
        self._skipping = False
        self.logo: bytes | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Vangnet writes letters for you, such as the feedback to the corporation "
                    "within 5 working days. These details are on every letter. You can also "
                    "fill them in later, under Settings > Letterhead; until then Vangnet "
                    "makes no letters."
                )
            )
        )
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("For example:\nPostbus 511\n2003 PB Haarlem"))
        line = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(line * 4 + 12)
        self.place = QLineEdit()
        self.place.setMaxLength(TEXT_MAX)
        self.place.setPlaceholderText(self.tr("For example: Haarlem"))
        self.signer = QLineEdit()
        self.signer.setMaxLength(TEXT_MAX)
        self.signer.setPlaceholderText(self.tr("For example: Marieke de Boer"))
        self.function = QLineEdit()
        self.function.setMaxLength(TEXT_MAX)
        self.function.setPlaceholderText(self.tr("For example: team leader"))
        self.logo_label = QLabel(self.tr("No logo (optional)"))
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Address of the office"), self.address)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Signed by"), self.signer)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("Logo"), logo_row)
        layout.addSpacing(4)
        layout.addLayout(form)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.skip_button = QPushButton(self.tr("Fill in later"))
        self.skip_button.setToolTip(
            self.tr("Go on without a letterhead; fill it in later under Settings > Letterhead.")
        )
        self.skip_button.clicked.connect(self.skip)
        row = QHBoxLayout()
        row.addWidget(
            wrap_label(self.tr("No time now? The letterhead can wait until the first letter.")),
            1,
        )
        row.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        path = Path(name)
        try:
            data = path.read_bytes()
            logo_type(data)
        except OSError as exc:
            self.message.show_error(
                self.tr("The file {file} could not be read ({why}).").format(
                    file=path.name, why=os_reason_nl(exc)
                )
            )
            return
        except LogoProblem as problem:
            self.message.show_error(shown(problem))
            return
        self.logo = data
        self.logo_label.setText(path.name)
        self.message.clear()

    def skip(self) -> None:
        """Go on without a letterhead (what was typed here is not saved)."""
        self._skipping = True
        self._wizard.next()
        self._skipping = False

    def change(self) -> LetterheadChange | None:
        """What to store at Finish; None when skipped or left empty."""
        if self.skipped:
            return None
        change = LetterheadChange(
            address_lines=tuple(self.address.toPlainText().splitlines()),
            place=self.place.text(),
            signer=self.signer.text(),
            signer_function=self.function.text(),
            logo=self.logo,
        )
        typed = (
            "".join(change.address_lines or ()),
            change.place or "",
            change.signer or "",
            change.signer_function or "",
        )
        if not any(text.strip() for text in typed) and self.logo is None:
            return None
        return change

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.skipped = self._skipping
        change = self.change()
        if change is None:
            self.message.clear()
            return True
        refusals = letterhead_refusals(change)
        if refusals:
            self.message.show_error("\n".join(r.nl for r in refusals))
            return False
        self.message.clear()
        return True


class CovenantPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your covenant"))
        self._builtin: dict[QRadioButton, CovenantProfile] = {}
        self._custom: CovenantProfile | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Which covenant does your office work under? It sets the deadlines and "
                    "which organisations take part."
                )
            )
        )
        layout.addSpacing(8)
        self.group = QButtonGroup(self)
        for name in available_profiles():
            try:
                profile = load_profile(name)
            except ProfileError:
                continue  # a broken shipped file is a packaging bug; offer the others
            radio = QRadioButton(profile.municipality)
            self._builtin[radio] = profile
            self.group.addButton(radio)
            layout.addWidget(radio)
            layout.addWidget(_indented(wrap_label(profile.name)))
        self.other_radio = QRadioButton(self.tr("Another covenant file…"))
        self.group.addButton(self.other_radio)
        layout.addWidget(self.other_radio)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = wrap_label(self.tr("No file chosen yet."))
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.message = InlineMessage()
        other = QWidget()
        other_layout = QVBoxLayout(other)
        other_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        other_layout.addLayout(row)
        other_layout.addWidget(self.message)
        layout.addWidget(_indented(other))
        layout.addStretch(1)
        # Nothing is preselected: the covenant decides every deadline, so it is a real choice.
        self._sync()
        self.group.buttonToggled.connect(self._on_toggled)
        self.choose_button.clicked.connect(self.choose_file)

    def radio_for(self, profile_id: str) -> QRadioButton | None:
        """The radio button of a shipped covenant, by its id ("haarlem")."""
        return next((r for r, p in self._builtin.items() if p.id == profile_id), None)

    def profile(self) -> CovenantProfile | None:
        checked = self.group.checkedButton()
        if checked is self.other_radio:
            return self._custom
        return self._builtin.get(checked) if isinstance(checked, QRadioButton) else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.profile() is not None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a covenant file"), "", self.tr("Covenant files (*.toml)")
        )
        if not name:
            self.completeChanged.emit()
            return
        path = Path(name)
        try:
            self._custom = load_profile(path)
        except ProfileError as exc:
            self._custom = None
            self.file_label.setText(path.name)
            self.message.show_error(  # the details are English (`vangnet` names them)
                self.tr(
                    "The covenant file {file} cannot be used: there is a mistake on line {line}. "
                    "Ask whoever made the file to correct it."
                ).format(file=exc.path.name, line=exc.line)
            )
        else:
            self.file_label.setText(f"{self._custom.name} ({path.name})")
            self.message.clear()
        self.completeChanged.emit()

    def _on_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self._sync()
        if button is self.other_radio and self._custom is None:
            self.choose_file()
        self.completeChanged.emit()

    def _sync(self) -> None:
        other = self.other_radio.isChecked()
        self.choose_button.setEnabled(other)


class KeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Locking your data"))
        self.status = keys.keyring_status()
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "The cases are about vulnerable people, so Vangnet always locks (encrypts) "
                    "them. Choose how to keep the key."
                )
            )
        )
        layout.addSpacing(6)
        self.keyring_radio = QRadioButton(
            self.tr("Keep the key in this computer's keyring (recommended)")
        )
        self.passphrase_radio = QRadioButton(self.tr("Use a passphrase"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.keyring_radio)
        self.group.addButton(self.passphrase_radio)
        name = keyring_display_name(self.status.backend)
        self.keyring_note = wrap_label(
            self.tr(
                "Vangnet opens at once, without typing. The key is kept in {name}. You get a "
                "recovery key to print or write down."
            ).format(name=name)
        )
        self.passphrase_note = wrap_label(
            self.tr(
                "You type it each time you open Vangnet. Write it down and keep it safe: "
                "without it, nobody can open the data."
            )
        )
        self.unavailable_note = wrap_label(
            self.tr(
                "Vangnet tried this computer's keyring ({backend}), but {reason}, so your data "
                "will be locked with a passphrase."
            ).format(backend=self.status.backend, reason=self.status.dutch_reason())
        )
        layout.addWidget(self.keyring_radio)
        self.keyring_note_box = _indented(self.keyring_note)
        layout.addWidget(self.keyring_note_box)
        layout.addWidget(self.passphrase_radio)
        self.passphrase_note_box = _indented(self.passphrase_note)
        layout.addWidget(self.passphrase_note_box)
        layout.addWidget(self.unavailable_note)

        self.passphrase_box = QWidget()
        form = QVBoxLayout(self.passphrase_box)
        form.setContentsMargins(0, 8, 0, 0)
        first_label = QLabel(
            self.tr("Passphrase (at least {n} characters)").format(n=keys.MIN_PASSPHRASE_LENGTH)
        )
        self.passphrase = SecretField()
        first_label.setBuddy(self.passphrase.line_edit)
        second_label = QLabel(self.tr("Type the passphrase again"))
        self.repeat = SecretField()
        second_label.setBuddy(self.repeat.line_edit)
        self.message = InlineMessage()
        form.addWidget(first_label)
        form.addWidget(self.passphrase)
        form.addWidget(second_label)
        form.addWidget(self.repeat)
        form.addWidget(self.message)
        layout.addWidget(self.passphrase_box)

        # keyring mode: the key opens by itself, so the lock asks for the worker's own code
        self.code_box = QWidget()
        code_form = QVBoxLayout(self.code_box)
        code_form.setContentsMargins(0, 8, 0, 0)
        code_form.addWidget(
            wrap_label(
                fill(self.tr(
                    "Your own unlock code: Vangnet asks for it at start and after every lock, so "
                    "that nobody else can open your data at your desk. At least %1 characters."
                ), str(unlock_code.MIN_LENGTH))
            )
        )
        code_label = QLabel(self.tr("Unlock code"))
        self.code = SecretField()
        code_label.setBuddy(self.code.line_edit)
        code_repeat_label = QLabel(self.tr("Type the unlock code again"))
        self.code_repeat = SecretField()
        code_repeat_label.setBuddy(self.code_repeat.line_edit)
        self.code_message = InlineMessage()
        code_fields: tuple[QWidget, ...] = (
            code_label,
            self.code,
            code_repeat_label,
            self.code_repeat,
            self.code_message,
        )
        for field in code_fields:
            code_form.addWidget(field)
        layout.addWidget(self.code_box)
        layout.addStretch(1)

        if self.status.usable:
            self.keyring_radio.setChecked(True)
            self.unavailable_note.hide()
        else:
            self.passphrase_radio.setChecked(True)
            for widget in (
                self.keyring_radio,
                self.keyring_note_box,
                self.passphrase_radio,
                self.passphrase_note_box,
            ):
                widget.hide()
        self.group.buttonToggled.connect(self._on_mode)
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.code.textChanged.connect(self._check)
        self.code_repeat.textChanged.connect(self._check)
        self._on_mode()

    def mode(self) -> str:
        return MODE_KEYRING if self.keyring_radio.isChecked() else MODE_PASSPHRASE

    def chosen_passphrase(self) -> str:
        return self.passphrase.text()

    def chosen_code(self) -> str | None:
        """The unlock code in keyring mode (None in passphrase mode: the passphrase is asked)."""
        return self.code.text() if self.mode() == MODE_KEYRING else None

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_RECOVERY if self.mode() == MODE_KEYRING else -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.mode() == MODE_KEYRING:
            return self._code_problem() is None
        return self._problem() is None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.mode() == MODE_KEYRING:
            return True
        return self._wizard.create_database()

    def _on_mode(self, *_args: object) -> None:
        self.passphrase_box.setVisible(self.mode() == MODE_PASSPHRASE)
        self.code_box.setVisible(self.mode() == MODE_KEYRING)
        self.setFinalPage(self.mode() == MODE_PASSPHRASE)
        self._check()

    def _problem(self) -> str | None:
        """What blocks Finish in passphrase mode, or None."""
        first, second = self.passphrase.text(), self.repeat.text()
        if not first:
            return "empty"
        problem = keys.passphrase_problem(first)
        if problem:
            return problem
        if not second:
            return "repeat"
        return "mismatch" if first != second else None

    def _code_problem(self) -> str | None:
        """What blocks Next in keyring mode (Dutch, for the message), or None."""
        first, second = self.code.text(), self.code_repeat.text()
        if not first:
            return "empty"
        refused = unlock_code.code_problem(first)
        if refused is not None:
            return refused.dutch
        if not second:
            return "repeat"
        return "mismatch" if first != second else None

    def _check_code(self) -> None:
        problem = self._code_problem()
        if problem == "empty":
            self.code_message.show_hint(self.tr("Choose something only you know."))
        elif problem == "repeat":
            self.code_message.show_hint(self.tr("Now type the same unlock code again."))
        elif problem == "mismatch":
            self.code_message.show_error(self.tr("The two unlock codes are not the same."))
        elif problem:
            self.code_message.show_error(problem)
        else:
            self.code_message.show_ok(self.tr("The unlock codes match."))

    def _check(self, *_args: object) -> None:
        """Say under the fields what is missing or wrong, and let the wizard update Finish."""
        if self.mode() == MODE_KEYRING:
            self._check_code()
            self.completeChanged.emit()
            return
        problem = self._problem()
        if problem == "empty":
            self.message.show_hint(
                self.tr("A short sentence is easy to remember and hard to guess.")
            )
        elif problem == "repeat":
            self.message.show_hint(self.tr("Now type the same passphrase again."))
        elif problem == "mismatch":
            self.message.show_error(self.tr("The two passphrases are not the same."))
        elif problem:
            self.message.show_error(problem[:1].upper() + problem[1:] + ".")
        else:
            self.message.show_ok(self.tr("The passphrases match."))
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setFinalPage(True)
        name = keyring_display_name(keys.keyring_status().backend)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "The key is kept in {name}. If that keyring is ever lost (a new computer, "
                    "a new account, a repair), this recovery key is the only way to open your "
                    "data."
                ).format(name=name)
            )
        )
        warning = wrap_label(
            self.tr(
                "It is shown only now. Write it down or print it, and keep it in a locked "
                "cabinet, away from this laptop."
            )
        )
        font = warning.font()
        font.setBold(True)
        warning.setFont(font)
        layout.addWidget(warning)
        self.key_label = QLabel()
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setFont(monospace_font(1.5))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(12)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addSpacing(6)
        self.print_button = QPushButton(self.tr("Print recovery sheet (PDF)…"))
        self.print_button.clicked.connect(self.save_sheet)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sheet_message = InlineMessage()
        layout.addWidget(self.sheet_message)
        layout.addStretch(1)
        self.confirm = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.key_label.setText("\n".join(key_lines(self._wizard.recovery_key())))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.confirm.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.create_database()

    def save_sheet(self) -> None:
        suggested = str(Path.home() / "herstelsleutel-vangnet.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(
                path,
                self._wizard.recovery_key(),
                self._wizard.office_page.office_name(),
                self._wizard.db_path,
                self._wizard.today(),
            )
        except OSError as exc:
            self.sheet_message.show_error(
                self.tr("The sheet could not be saved ({why}). Try another folder.").format(
                    why=os_reason_nl(exc)
                )
            )
            return
        except Exception as exc:  # reportlab or anything else: say so, log without details
            ref = log_unexpected(exc)
            self.sheet_message.show_error(
                self.tr("The sheet could not be made (reference {ref}).").format(ref=ref)
            )
            return
        self.saved_sheet = path
        self.sheet_message.show_ok(
            self.tr(
                "Saved as {file}. Print it now, then delete the file: it opens all your data."
            ).format(file=breakable_path(path))
        )


class FirstRunWizard(QWizard):
    """Creates the office database. After `exec()`: `store` (opened) or `chose_demo`."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.today = today
        self.chose_demo = False
        self.store: Store | None = None
        self.error_box: QMessageBox | None = None
        self._raw_key: keys.DatabaseKey | None = None
        self.setWindowTitle(self.tr("Set up Vangnet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(660, 560)
        self.welcome_page = WelcomePage(self)
        self.office_page = OfficePage()
        self.letterhead_page = LetterheadPage(self)
        self.covenant_page = CovenantPage()
        self.key_page = KeyPage(self)
        self.recovery_page = RecoveryPage(self)
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_OFFICE, self.office_page)
        self.setPage(PAGE_LETTERHEAD, self.letterhead_page)
        self.setPage(PAGE_COVENANT, self.covenant_page)
        self.setPage(PAGE_KEY, self.key_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setStartId(PAGE_WELCOME)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create database"))

    def choose_demo(self) -> None:
        self.chose_demo = True
        self.accept()

    def recovery_key(self) -> str:
        """The recovery key for the new raw key, made once so Back/Next never changes it."""
        if self._raw_key is None:
            self._raw_key = keys.new_raw_key()
        assert self._raw_key.raw is not None
        return keys.recovery_key_for(self._raw_key.raw)

    def create_database(self) -> bool:
        """Store the key and create the database; on any failure leave nothing behind."""
        if self.store is not None:
            return True
        if _database_exists(self.db_path):
            self._show_error(
                self.tr(
                    "There is already a Vangnet database at {path}. Vangnet will not "
                    "overwrite it, so nothing was changed."
                ).format(path=self.db_path)
            )
            return False
        profile = self.covenant_page.profile()
        if profile is None:
            return False
        keyring_mode = self.key_page.mode() == MODE_KEYRING
        stored = False
        try:
            if keyring_mode:
                self.recovery_key()
                assert self._raw_key is not None
                key = self._raw_key
                keys.keyring_store(self.db_path, key)
                stored = True
                loaded = keys.keyring_probe(self.db_path)
                if loaded.key is None or loaded.key.raw != key.raw:
                    kept = self.tr("The keyring did not keep the key ({why}); nothing was created.")
                    why = loaded.dutch() or keys.KEYRING_REASONS_NL["other_key"]
                    raise keys.KeyProblem(loaded.reason or "another key", kept.format(why=why))
            else:
                key = keys.DatabaseKey(
                    passphrase=self.key_page.chosen_passphrase(), origin="passphrase"
                )
            self.store = initialise(
                self.db_path,
                key,
                profile,
                self.office_page.office_name(),
                letterhead=self.letterhead_page.change(),
                unlock_code=self.key_page.chosen_code(),
            )
        except SettingsRefused as exc:  # checked on its page already; said all the same
            self._undo(stored)
            self._show_error(exc.dutch())
            return False
        except (StoreError, keys.KeyProblem) as exc:
            self._undo(stored)
            self._show_error(exc.message_nl)
            return False
        except OSError as exc:
            self._undo(stored)
            self._show_error(
                self.tr("Vangnet could not write in {folder} ({why}). Nothing was created.").format(
                    folder=self.db_path.parent, why=os_reason_nl(exc)
                )
            )
            return False
        except Exception as exc:
            self._undo(stored)
            ref = log_unexpected(exc)
            self._show_error(
                self.tr(
                    "Something went wrong and nothing was created. Please try again; if it "
                    "happens again, give IT this reference: {ref}."
                ).format(ref=ref)
            )
            return False
        return True

    def _undo(self, stored_in_keyring: bool) -> None:
        # We checked that nothing existed at db_path, so whatever is there now is ours.
        # (setup.initialise does not remove its file when the first transaction fails.)
        with contextlib.suppress(OSError):
            remove_database_files(self.db_path)
        if stored_in_keyring:
            keys.keyring_forget(self.db_path)

    def _show_error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Vangnet"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.error_box = box
        box.open()
