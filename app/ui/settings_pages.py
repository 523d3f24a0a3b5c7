"""The pages of the settings window, one per subject; the window itself is `settings_dialog`.

Each page loads what is stored, knows whether the worker changed anything (`is_changed`), and
gives its changes to the window, which saves every page at once. A page shows the refusals that
are about it in its own message line. The letterhead page draws a preview of a real feedback
letter (invented details) in the background, a moment after the last keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import formatting
from app.services.casework import office_closures
from app.services.contacts.sync import contacts_folder, sync_status
from app.services.errors import log_unexpected, os_reason
from app.services.letters.letterhead import Letterhead, LogoProblem, logo_type
from app.services.office_settings import (
    ADDRESS_LINES_MAX,
    PAGE_CLOSING_DAYS,
    PAGE_CONTACTS,
    PAGE_LETTERHEAD,
    PAGE_NORM,
    PAGE_OFFICE,
    PAGE_TERMS,
    TERM_MAX,
    TEXT_MAX,
    Refusal,
    closing_day_refusal,
    office_name,
    open_terms,
    term_label,
)
from app.services.worker_profile import (
    EMAIL_MAX,
    FUNCTION_MAX,
    NAME_MAX,
    PHONE_MAX,
    WorkerProfile,
    load_profile,
)
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.background import BackgroundTask, TaskContext
from app.ui.contacts_page import sync_status_text
from app.ui.event_dialog import pydate, qdate
from app.ui.i18n import fill
from app.ui.norm_dialog import NormEditor
from app.ui.problem_text import part, shown
from app.ui.widgets import (
    InlineMessage,
    breakable_path,
    wrap_label,
)

PAGE_AUTOLOCK = "autolock"
PAGE_LANGUAGE = "language"
#: the worker's own details (worker_profile), kept in the database per login
PAGE_PROFILE = "profile"
PAGES = (
    PAGE_OFFICE,
    PAGE_LETTERHEAD,
    PAGE_PROFILE,
    PAGE_CONTACTS,
    PAGE_CLOSING_DAYS,
    PAGE_TERMS,
    PAGE_NORM,
    PAGE_AUTOLOCK,
    PAGE_LANGUAGE,
)
#: this computer's setting (QSettings), read by the main window's idle lock
LOCK_MINUTES_KEY = "autolock_minutes"
#: the preview is made this long after the last keystroke
PREVIEW_DELAY_MS = 300
PREVIEW_DPI = 150


def stored_lock_minutes() -> int:
    from app.ui.main_window import DEFAULT_LOCK_MINUTES

    value = QSettings("Vangnet", "Vangnet").value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
    try:
        return max(1, int(str(value)))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


# --- the pages -------------------------------------------------------------------------------


class SettingsPage(QWidget):
    """One page: a title, an introduction, its fields and a message line for refusals."""

    changed = Signal()
    key = ""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.title = title
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 0, 4, 0)
        heading = wrap_label(title)
        heading.setObjectName("pageTitle")
        self.body.addWidget(heading)
        if intro:
            self.body.addWidget(wrap_label(intro))
        self.message = InlineMessage()

    def finish_layout(self, stretch: bool = True) -> None:
        self.body.addWidget(self.message)
        if stretch:
            self.body.addStretch(1)

    def is_changed(self) -> bool:
        return False

    def show_refusals(self, refusals: list[Refusal]) -> None:
        self.message.show_error(
            "\n".join(shown(r.problem) if r.problem else r.nl for r in refusals)
        )


class OfficeSettingsPage(SettingsPage):
    key = PAGE_OFFICE

    def __init__(self, municipality: str) -> None:
        super().__init__(
            self.tr("Office"),
            fill(self.tr(
                "The name and address of your office are at the top of every letter. The place "
                "comes before the date, as in “%1, 23 november 2026”."
            ), municipality),
        )
        self.name = QLineEdit()
        self.name.setMaxLength(TEXT_MAX)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("For example:\nPostbus 511\n2003 PB Haarlem"))
        line = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(line * (ADDRESS_LINES_MAX + 1) + 12)
        self.place = QLineEdit()
        self.place.setMaxLength(TEXT_MAX)
        self.place.setPlaceholderText(municipality)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name of the office"), self.name)
        form.addRow(self.tr("Address (one line each)"), self.address)
        form.addRow(self.tr("Place"), self.place)
        self.body.addSpacing(6)
        self.body.addLayout(form)
        self.finish_layout()
        self._loaded = ("", "", "")
        for edit in (self.name, self.place):
            edit.textChanged.connect(self.changed)
        self.address.textChanged.connect(self.changed)

    def load(self, session: Session, head: Letterhead) -> None:
        self.name.setText(office_name(session))
        self.address.setPlainText("\n".join(head.address_lines))
        self.place.setText(head.place)
        self._loaded = self._values()

    def _values(self) -> tuple[str, str, str]:
        return self.name.text(), self.address_text(), self.place.text()

    def address_text(self) -> str:
        return "\n".join(line.strip() for line in self.address.toPlainText().splitlines())

    def address_lines(self) -> tuple[str, ...]:
        return tuple(line for line in self.address_text().splitlines() if line.strip())

    def is_changed(self) -> bool:
        name, address, place = self._values()
        old_name, old_address, old_place = self._loaded
        return (
            " ".join(name.split()) != " ".join(old_name.split())
            or self.address_lines() != tuple(x for x in old_address.splitlines() if x.strip())
            or place.strip() != old_place.strip()
        )

    def name_if_changed(self) -> str | None:
        if " ".join(self.name.text().split()) != " ".join(self._loaded[0].split()):
            return self.name.text()
        return None

    def address_if_changed(self) -> tuple[str, ...] | None:
        old = tuple(line for line in self._loaded[1].splitlines() if line.strip())
        return self.address_lines() if self.address_lines() != old else None

    def place_if_changed(self) -> str | None:
        return self.place.text() if self.place.text().strip() != self._loaded[2].strip() else None


class LetterheadSettingsPage(SettingsPage):
    """Signer, function and logo, with a live preview of a feedback letter."""

    key = PAGE_LETTERHEAD
    go_to_page = Signal(str)

    def __init__(self, preview_job: Callable[[], Callable[[], bytes]]) -> None:
        super().__init__(
            self.tr("Letterhead"),
            self.tr(
                "Letters are signed with this name and function. A logo is optional; without "
                "one, the name of the office is at the top left."
            ),
        )
        self._preview_job = preview_job
        self.signer = QLineEdit()
        self.signer.setAccessibleName(self.tr("Signed by"))
        self.signer.setMaxLength(TEXT_MAX)
        self.signer.setPlaceholderText(self.tr("For example: Marieke de Boer"))
        self.function = QLineEdit()
        self.function.setMaxLength(TEXT_MAX)
        self.function.setPlaceholderText(self.tr("For example: team leader"))
        self.function.setAccessibleName(self.tr("Function"))
        self.logo_label = QLabel()
        self.logo_label.setMinimumHeight(44)
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Signed by")), 0, 0)
        grid.addWidget(self.signer, 0, 1)
        grid.addWidget(QLabel(self.tr("Function")), 0, 2)
        grid.addWidget(self.function, 0, 3)
        grid.addWidget(QLabel(self.tr("Logo")), 1, 0)
        grid.addLayout(logo_row, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addSpacing(4)
        self.body.addLayout(grid)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.setObjectName("notice")
        self.missing.linkActivated.connect(self.go_to_page)
        self.body.addWidget(self.missing)
        self.body.addWidget(self.message)
        self.preview_title = QLabel(self.tr("Preview: a feedback letter with invented details"))
        self.preview_title.setObjectName("sectionTitle")
        self.preview_status = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.preview_status)
        self.body.addLayout(head)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setAccessibleName(self.tr("Preview of a letter with this letterhead"))
        area = QWidget()
        area.setObjectName("letterPages")
        area.setStyleSheet("#letterPages { background: #8a8f96; }")
        area_layout = QVBoxLayout(area)
        area_layout.setContentsMargins(12, 12, 12, 12)
        area_layout.addWidget(self.preview)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_area.setWidget(area)
        self.preview_area.setMinimumHeight(200)
        self.body.addWidget(self.preview_area, 1)

        self.preview_image: QImage | None = None
        self.preview_error = ""
        self._task: BackgroundTask | None = None
        self._again = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self._stored_logo: bytes | None = None
        self.new_logo: bytes | None = None
        self.logo_removed = False
        self._loaded = ("", "")
        for edit in (self.signer, self.function):
            edit.textChanged.connect(self.changed)
        self.changed.connect(self.schedule_preview)

    # --- values --------------------------------------------------------------------------------

    def load(self, head: Letterhead) -> None:
        self.signer.setText(head.signer)
        self.function.setText(head.signer_function)
        self._stored_logo = head.logo
        self.new_logo = None
        self.logo_removed = False
        self._loaded = (head.signer, head.signer_function)
        self._show_logo()

    def logo(self) -> bytes | None:
        """The logo as it will be after saving."""
        if self.new_logo is not None:
            return self.new_logo
        return None if self.logo_removed else self._stored_logo

    def is_changed(self) -> bool:
        return (
            self._norm(self.signer.text()) != self._norm(self._loaded[0])
            or self._norm(self.function.text()) != self._norm(self._loaded[1])
            or self.new_logo is not None
            or self.logo_removed
        )

    @staticmethod
    def _norm(text: str) -> str:
        return " ".join(text.split())

    def signer_if_changed(self) -> str | None:
        text = self.signer.text()
        return text if self._norm(text) != self._norm(self._loaded[0]) else None

    def function_if_changed(self) -> str | None:
        text = self.function.text()
        return text if self._norm(text) != self._norm(self._loaded[1]) else None

    # --- the logo ------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.take_logo(Path(name))

    def take_logo(self, path: Path) -> bool:
        """Use the image at `path` as the new logo, after the letterhead's own check."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.message.show_error(
                fill(
                    self.tr("The file %1 could not be read (%2). The logo was not changed."),
                    path.name,
                    part(os_reason(exc)),
                )
            )
            return False
        try:
            logo_type(data)
        except LogoProblem as problem:
            self.message.show_error(shown(problem))
            return False
        self.message.clear()
        self.new_logo = data
        self.logo_removed = False
        self._show_logo()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self.new_logo = None
        self.logo_removed = self._stored_logo is not None
        self.message.clear()
        self._show_logo()
        self.changed.emit()

    def _show_logo(self) -> None:
        data = self.logo()
        self.remove_logo_button.setEnabled(data is not None)
        if data is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
            return
        image = QImage.fromData(data)
        pixmap = QPixmap.fromImage(image).scaled(
            160,
            44,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_label.setPixmap(pixmap)

    # --- what is still missing -----------------------------------------------------------------

    def show_missing(self, head: Letterhead) -> None:
        """Say which parts a letter still needs, and on which page they are asked."""
        parts = head.missing()
        if not parts:
            self.missing.hide()
            return
        names = {
            "office_name": self.tr("the name of the office"),
            "address": self.tr("the address of the office"),
            "signer": self.tr("the name of the signer"),
            "signer_function": self.tr("the function of the signer"),
        }
        listed = ", ".join(names[p] for p in parts)
        text = fill(self.tr("Letters cannot be made yet. Still needed: %1."), listed)
        if "office_name" in parts or "address" in parts:
            link = self.tr("Fill in the name and address on the page Office")
            text += f' <a href="{PAGE_OFFICE}">{link}</a>.'
        self.missing.setText(text)
        self.missing.show()

    # --- the preview ---------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if not self._stopped:
            self._timer.start()

    def render_preview(self) -> None:
        """Make the preview in the background; one at a time (PDFium is not thread-safe)."""
        self._timer.stop()
        if self._stopped:
            return
        if self._task is not None and self._task.is_running():
            self._again = True
            return
        make_pdf = self._preview_job()  # plain values, taken from the form here

        def work(_context: TaskContext) -> QImage:
            from app.ui.letter_dialog import render_pages

            return render_pages(make_pdf(), PREVIEW_DPI)[0]

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._rendered)
        task.failed.connect(self._render_failed)
        task.finished.connect(self._render_finished)
        task.finished.connect(task.deleteLater)
        self._task = task
        self.preview_status.setText(self.tr("Updating…"))
        task.start()

    def _rendered(self, image: object) -> None:
        assert isinstance(image, QImage)
        self.preview_image = image
        self.preview_error = ""
        self.preview_status.setText("")
        self._fit_preview()

    def _render_failed(self, error: object) -> None:
        reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
        self.preview_error = reference
        self.preview_status.setText(
            fill(self.tr("The preview could not be made (reference %1)."), reference)
        )

    def _render_finished(self) -> None:
        self._task = None
        if self._again and not self._stopped:
            self._again = False
            self.render_preview()

    def _fit_preview(self) -> None:
        if self.preview_image is None:
            return
        room = self.preview_area.viewport().width() - 24 - 4
        width = max(200, min(room, self.preview_image.width()))
        self.preview.setPixmap(
            QPixmap.fromImage(self.preview_image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_preview()

    def is_rendering(self) -> bool:
        return self._timer.isActive() or (self._task is not None and self._task.is_running())

    def stop(self) -> None:
        """No more previews; wait for one that is being drawn (the dialog is closing)."""
        self._stopped = True
        self._timer.stop()
        task = self._task
        if task is not None and task.is_running():
            task.cancel_and_wait()
            # deliver its outcome now, while this page still exists: a task deleted with its
            # page before that would stay in the registry of running tasks for ever
            QCoreApplication.sendPostedEvents(task)


class ProfilePage(SettingsPage):
    """"Mijn gegevens": the worker's name, function, phone and e-mail for letters."""

    key = PAGE_PROFILE

    def __init__(self, login: str) -> None:
        super().__init__(
            self.tr("My details"),
            fill(self.tr(
                "Your name, phone number and e-mail address are on every letter you make, "
                "under “Behandeld door”, next to the office's details, so the corporation or the "
                "tenant knows whom to contact. Your name is also shown on the timeline and with "
                "your notes. These details belong to your login (%1): every worker fills in "
                "their own."
            ), login),
        )
        self.login = login
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("For example: Marieke de Boer"))
        self.function = QLineEdit()
        self.function.setObjectName("profileFunction")
        self.function.setMaxLength(FUNCTION_MAX)
        self.function.setPlaceholderText(self.tr("Optional, for example: consultant, team West"))
        self.phone = QLineEdit()
        self.phone.setObjectName("profilePhone")
        self.phone.setMaxLength(PHONE_MAX)
        self.phone.setPlaceholderText(self.tr("For example: 023 511 1234"))
        self.email = QLineEdit()
        self.email.setObjectName("profileEmail")
        self.email.setMaxLength(EMAIL_MAX)
        self.email.setPlaceholderText(self.tr("For example: m.deboer@haarlem.nl"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Function or team"), self.function)
        form.addRow(self.tr("Phone number"), self.phone)
        form.addRow(self.tr("E-mail address"), self.email)
        self.body.addSpacing(6)
        self.body.addLayout(form)
        self.empty_notice = wrap_label(
            self.tr(
                "You have not filled in your details yet. Until you do, letters show only the "
                "office's details."
            )
        )
        self.empty_notice.setObjectName("notice")
        self.body.addWidget(self.empty_notice)
        self.finish_layout()
        self._loaded: tuple[str, str, str, str] = ("", "", "", "")
        for edit in (self.name, self.function, self.phone, self.email):
            edit.textChanged.connect(self.changed)

    def load(self, session: Session) -> None:
        profile = load_profile(session, self.login)
        self.show_profile(profile)

    def show_profile(self, profile: WorkerProfile | None) -> None:
        values = (
            (profile.name, profile.function, profile.phone, profile.email)
            if profile is not None
            else ("", "", "", "")
        )
        for edit, value in zip(
            (self.name, self.function, self.phone, self.email), values, strict=True
        ):
            edit.setText(value)
        self._loaded = values
        self.empty_notice.setVisible(profile is None)

    def values(self) -> tuple[str, str, str, str]:
        def clean(edit: QLineEdit) -> str:
            return " ".join(edit.text().split())

        return clean(self.name), clean(self.function), clean(self.phone), clean(self.email)

    def is_changed(self) -> bool:
        return self.values() != tuple(" ".join(v.split()) for v in self._loaded)

    def change(self) -> dict[str, str] | None:
        """What to give `worker_profile.set_profile`, or None when nothing changed."""
        if not self.is_changed():
            return None
        name, function, phone, email = self.values()
        return {"name": name, "function": function, "phone": phone, "email": email}


class ContactsFolderPage(SettingsPage):
    key = PAGE_CONTACTS

    def __init__(self) -> None:
        super().__init__(
            self.tr("Shared contact list"),
            self.tr(
                "The policy adviser keeps the contact list of the covenant (appendix 3) as "
                "contactlijst.xlsx or contactlijst.csv in a shared folder. Vangnet takes the "
                "list from there and keeps it up to date; letters are addressed from it."
            ),
        )
        self.folder_label = wrap_label(selectable=True)
        self.status_label = wrap_label()
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        self.body.addSpacing(6)
        self.body.addWidget(self.folder_label)
        self.body.addWidget(self.status_label)
        self.body.addLayout(row)
        self.finish_layout()
        self.current: Path | None = None
        self.chosen: Path | None = None

    def load(self, session: Session) -> None:
        self.current = contacts_folder(session)
        self.chosen = None
        self.status_label.setText(sync_status_text(sync_status(session)))
        self._show()

    def choose_folder(self) -> None:
        start = self.chosen or self.current or Path.home()
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder with the contact list"), str(start)
        )
        if name:
            self.choose(Path(name))

    def choose(self, folder: Path) -> None:
        self.chosen = None if folder == self.current else folder
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.chosen is not None:
            self.folder_label.setText(
                fill(
                    self.tr("New folder: %1. Vangnet takes the list from there once you save."),
                    breakable_path(self.chosen),
                )
            )
            if not self.chosen.is_dir():
                self.message.show_hint(
                    self.tr(
                        "This folder cannot be reached right now. You can save it all the same; "
                        "Vangnet keeps trying."
                    )
                )
            else:
                self.message.clear()
        elif self.current is not None:
            self.folder_label.setText(
                fill(self.tr("Shared folder: %1"), breakable_path(self.current))
            )
            self.message.clear()
        else:
            self.folder_label.setText(self.tr("No shared folder has been chosen yet."))
            self.message.clear()

    def is_changed(self) -> bool:
        return self.chosen is not None


class ClosingDaysPage(SettingsPage):
    key = PAGE_CLOSING_DAYS

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(
            self.tr("Office closing days"),
            self.tr(
                "Days on which your office is closed, besides weekends and the public holidays "
                "of the Algemene termijnenwet. A deadline that runs over a closing day moves one "
                "working day later. When you save, the deadlines of all cases are recomputed."
            ),
        )
        self._ws = workspace
        today = workspace.today()
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setAccessibleName(self.tr("Closing day to add"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMinimumDate(qdate(date(today.year, 1, 1)))
        self.date_edit.setMaximumDate(qdate(date(today.year + 1, 12, 31)))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Office closing days"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Day")))
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        add_row.addWidget(self.remove_button)
        self.body.addSpacing(6)
        self.body.addLayout(add_row)
        self.body.addWidget(self.list, 1)
        self.finish_layout(stretch=False)
        self.stored: list[date] = []
        self.added: set[date] = set()
        self.removed: set[date] = set()

    def load(self, session: Session) -> None:
        self.stored = office_closures(session)
        self.added.clear()
        self.removed.clear()
        self._fill()

    def days(self) -> list[date]:
        """The closing days as they will be after saving."""
        return sorted((set(self.stored) - self.removed) | self.added)

    def add_chosen(self) -> bool:
        return self.add_day(pydate(self.date_edit.date()))

    def add_day(self, day: date) -> bool:
        if day in self.removed:  # taken back before saving
            self.removed.discard(day)
        else:
            refusal = closing_day_refusal(self._ws.ctx.calendar, self.days(), day)
            if refusal is not None:
                self.message.show_error(refusal.nl)
                return False
            self.added.add(day)
        self.message.clear()
        self._fill(select=day)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            day = date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
            if day in self.added:
                self.added.discard(day)
            else:
                self.removed.add(day)
        self.message.clear()
        self._fill()
        self.changed.emit()

    def _fill(self, select: date | None = None) -> None:
        self.list.clear()
        first = date(self._ws.today().year, 1, 1)
        shown = [d for d in self.days() if d >= first]
        locale = i18n.babel_locale()
        for day in shown:
            label = formatting.long_weekday_date(day, locale)
            if day in self.added:
                label += "  " + self.tr("(new, not saved yet)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.list.addItem(item)
            if day == select:
                item.setSelected(True)
                self.list.scrollToItem(item)
        if not shown:
            item = QListWidgetItem(self.tr("No closing days from this year on."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def is_changed(self) -> bool:
        return bool(self.added or self.removed)


class TermsPage(SettingsPage):
    key = PAGE_TERMS

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(
            self.tr("Terms"),
            self.tr(
                "The terms your covenant leaves to the office. When you save, the deadlines of "
                "all cases are recomputed."
            ),
        )
        profile = workspace.ctx.profile
        self.spins: dict[str, QSpinBox] = {}
        self._units: dict[str, QLabel] = {}
        self._loaded: dict[str, int] = {}
        terms = open_terms(profile)
        if not terms:
            self.body.addWidget(
                wrap_label(
                    fill(self.tr(
                        "Your covenant (%1) sets every term itself, so there is nothing to "
                        "choose here."
                    ), profile.name)
                )
            )
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        for row, term in enumerate(terms):
            spin = QSpinBox()
            spin.setRange(1, TERM_MAX.get(term.unit, 1))
            spin.setAccessibleName(term_label(term))
            unit = QLabel()
            article = QLabel(term.article)
            article.setObjectName("pageIntro")
            article.setWordWrap(True)
            grid.addWidget(QLabel(term_label(term)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(unit, row, 2)
            grid.addWidget(article, row, 3)
            self.spins[term.id] = spin
            self._units[term.id] = unit
            spin.valueChanged.connect(self.changed)
            spin.valueChanged.connect(lambda _v, t=term.id, u=term.unit: self._show_unit(t, u))
        self.body.addSpacing(6)
        self.body.addLayout(grid)
        self._unit_of = {t.id: t.unit for t in terms}
        self.finish_layout()
        self.load(workspace)

    def _show_unit(self, term_id: str, unit: str) -> None:
        """The unit after the number, in the right form for it (1 werkdag, 2 werkdagen)."""
        n = self.spins[term_id].value()
        texts = {
            "working_days": self.tr("%n working day(s)", "", n),
            "days": self.tr("%n day(s)", "", n),
            "weeks": self.tr("%n week(s)", "", n),
            "months": self.tr("%n month(s)", "", n),
        }
        text = texts.get(unit, unit)
        self._units[term_id].setText(text.replace(str(n), "", 1).strip())

    def load(self, workspace: Workspace) -> None:
        for term in open_terms(workspace.ctx.profile):
            spin = self.spins.get(term.id)
            if spin is None:
                continue
            spin.blockSignals(True)
            spin.setValue(term.length)
            spin.blockSignals(False)
            self._loaded[term.id] = term.length
            self._show_unit(term.id, term.unit)

    def lengths_if_changed(self) -> dict[str, int]:
        return {
            term_id: spin.value()
            for term_id, spin in self.spins.items()
            if spin.value() != self._loaded.get(term_id)
        }

    def is_changed(self) -> bool:
        return bool(self.lengths_if_changed())


class NormPage(SettingsPage):
    key = PAGE_NORM

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(self.tr("Living-cost norm"), "")
        self.editor = NormEditor(workspace)
        self.editor.changed.connect(self.changed)
        self.body.addWidget(self.editor)
        self.message = self.editor.message  # one message line: the editor's own
        self.body.addStretch(1)

    def is_changed(self) -> bool:
        return self.editor.is_changed()


class AutolockPage(SettingsPage):
    key = PAGE_AUTOLOCK

    def __init__(self) -> None:
        super().__init__(
            self.tr("Lock automatically"),
            self.tr(
                "Vangnet locks itself when nobody has used it for this long: the cases are "
                "hidden and the key leaves the memory. This is a setting of this computer."
            ),
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" minutes"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock after"), self.minutes)
        self.body.addSpacing(6)
        self.body.addLayout(form)
        self.finish_layout()
        self._loaded = 0
        self.minutes.valueChanged.connect(self.changed)
        self.load()

    def load(self) -> None:
        self._loaded = stored_lock_minutes()
        self.minutes.setValue(self._loaded)

    def is_changed(self) -> bool:
        return self.minutes.value() != self._loaded


class LanguagePage(SettingsPage):
    key = PAGE_LANGUAGE

    def __init__(self) -> None:
        super().__init__(
            self.tr("Language"),
            self.tr(
                "The language of the window. Letters are always in Dutch. This is a setting of "
                "this computer."
            ),
        )
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.body.addSpacing(6)
        for code, name in i18n.LANGUAGES.items():
            radio = QRadioButton(name)
            self.group.addButton(radio)
            self.radios[code] = radio
            self.body.addWidget(radio)
        self.group.buttonToggled.connect(self._toggled)
        self.finish_layout()
        self._loaded = ""
        self.load()

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def load(self) -> None:
        self._loaded = i18n.current_language()
        self.radios[self._loaded].setChecked(True)

    def chosen(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def is_changed(self) -> bool:
        return self.chosen() != self._loaded
