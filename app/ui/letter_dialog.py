"""One letter for one case: the real PDF shown in the window, then save, then "mark as sent".

The preview is the PDF itself, rendered page by page (pypdfium2, which bundles PDFium; the
Essentials wheel of PySide6 has no QtPdf), so what the worker sees is what is saved. A letter
that cannot be made says, in Dutch, exactly what is missing, and nothing can be saved.

The proposal to the corporation is pinned to the proposal it shows: "mark as sent" records
`proposal_sent` (or `no_proposal_possible`) for that proposal, and is refused when a newer one
replaced it meanwhile. A Sluitende Aanpak statement is only saved; there is nothing to mark.

For feedback to the corporation the dialog also shows whether a *written* consent to share more
is recorded; only then can the worker mark notes for sharing (audited), and only marked notes
go into the letter.

"Send by e-mail" saves the letter (if it was not yet) and writes an e-mail draft (.eml) next to
the PDF, in the folder the worker chose, then opens it in the mail program: the worker sends it
from Outlook, where the office's secure-mail add-in (Zivver, ZorgMail; covenant B2) takes over.
"Mark as sent" keeps how the letter went out (e-mail, printed/post, saved by the worker).

A proposal that counts a debt of another creditor as the corporation's is not shown until the
worker chose: leave that debt out (the arrangement is made again without it) or include it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QSettings,
    QStandardPaths,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import log_unexpected, os_reason
from app.services.formatting import long_date
from app.services.letters import (
    ContactSource,
    FolderProblem,
    LetterKind,
    LetterProblem,
    LetterRequest,
    MadeLetter,
    store_letter,
)
from app.services.letters.letter_actions import (
    Sharing,
    leave_out_others,
    make_for_window,
    profile_missing,
    record_sent,
    share_note,
    sharing_of,
)
from app.services.letters.proposal import OTHER_ASK, OTHER_INCLUDE, OTHER_LEAVE_OUT
from app.services.letters.service import UNMARKED, write_draft_for
from app.services.workspace import Workspace
from app.ui.i18n import fill
from app.ui.problem_text import part, shown
from app.ui.widgets import InlineMessage, fit_to_screen, heading_label, store_refusal_nl, wrap_label

if TYPE_CHECKING:
    from app.ui.settings_dialog import SettingsDialog

PREVIEW_DPI = 110
_FOLDER_SETTING = "letters/folder"


def render_pages(pdf: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image (PDFium does the rendering, as a PDF viewer would)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            pixels = bytes(bitmap.buffer)  # BGRx, which is Qt's RGB32 on little-endian machines
            image = QImage(
                pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
            )
            images.append(image.copy())  # own the pixels before `pixels` goes away
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def channel_combo(parent: QWidget) -> QComboBox:
    """'Sent by': starts at '— choose —', so no way of sending is recorded that nobody chose."""
    combo = QComboBox(parent)
    combo.setObjectName("sentChannel")
    combo.addItem(QCoreApplication.translate("LetterDialog", "— choose —"), None)
    combo.addItem(QCoreApplication.translate("LetterDialog", "printed/post"), "post")
    combo.addItem(QCoreApplication.translate("LetterDialog", "e-mail (draft opened)"), "email")
    combo.addItem(QCoreApplication.translate("LetterDialog", "saved by myself"), "saved")
    combo.setAccessibleName(QCoreApplication.translate("LetterDialog", "Sent by"))
    return combo


def chosen_channel(combo: QComboBox, message: InlineMessage, refusal: str) -> str | None:
    """The way of sending the worker chose; None (and `refusal` said at the choice) while it
    is still '— choose —': how a letter went out is the worker's to say, never a default."""
    channel = combo.currentData()
    if channel is None:
        message.show_error(refusal)
        combo.setFocus()
        return None
    return str(channel)


class LetterDialog(QDialog):
    """Preview, save and mark as sent. `changed` fires after anything was recorded."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        kind: LetterKind | str,
        parent: QWidget | None = None,
        *,
        contacts: ContactSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id = case_id
        self.kind = LetterKind(kind)
        self._contacts = contacts
        self.made: MadeLetter | None = None
        self.saved_path: Path | None = None
        self.draft_path: Path | None = None
        #: proposal: what to do with a debt of another creditor (asked in the window)
        self.other_creditors = OTHER_ASK
        #: how a draft is handed to the mail program (tests record instead of opening)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.page_labels: list[QLabel] = []
        self._images: list[QImage] = []
        self._titles = {
            LetterKind.FEEDBACK: self.tr("Feedback to the corporation"),
            LetterKind.ANNOUNCEMENT: self.tr("Announcement of a visit to the tenant"),
            LetterKind.TROUBLESHOOTER: self.tr("Notice to the troubleshooter"),
            LetterKind.PROPOSAL: self.tr("Proposal to the corporation"),
            LetterKind.SLUITENDE_AANPAK: self.tr("Sluitende Aanpak statement"),
            LetterKind.BROKEN_ARRANGEMENT: self.tr("Payment agreement not kept"),
        }
        self.setWindowTitle(self._titles[self.kind])
        self._build()
        fit_to_screen(self, 960, 860)
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self._titles[self.kind]))

        self.options = QWidget()
        options = QVBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        self.opt_out = QCheckBox(
            self.tr("The tenant may decline the visit (says how, and by when)")
        )
        self.visit_planned = QCheckBox(self.tr("Visit planned on"))
        self.visit_at = QDateTimeEdit()
        self.visit_at.setAccessibleName(self.tr("Date and time of the visit"))
        self.visit_at.setCalendarPopup(True)
        self.visit_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        today = self._ws.today()
        ten = QDateTime(QDate(today.year, today.month, today.day), QTime(10, 0))
        self.visit_at.setDateTime(ten.addDays(1))  # tomorrow at ten
        self.visit_at.setEnabled(False)
        self.consent_label = wrap_label()
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Internal notes"))
        self.notes.setMaximumHeight(120)
        if self.kind is LetterKind.ANNOUNCEMENT:
            self.opt_out.setChecked(True)
            row = QHBoxLayout()
            row.addWidget(self.visit_planned)
            row.addWidget(self.visit_at)
            row.addStretch(1)
            options.addWidget(self.opt_out)
            options.addLayout(row)
            self.opt_out.toggled.connect(self.refresh)
            self.visit_planned.toggled.connect(self.visit_at.setEnabled)
            self.visit_planned.toggled.connect(self.refresh)
            self.visit_at.editingFinished.connect(self.refresh)
        elif self.kind is LetterKind.FEEDBACK:
            options.addWidget(self.consent_label)
            options.addWidget(self.notes)
            self.notes.itemChanged.connect(self._note_toggled)
        else:
            self.options.hide()
        outer.addWidget(self.options)

        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        # an incomplete letterhead is filled in right here; the letter is made again after
        self.letterhead_button = QPushButton(self.tr("Fill in the letterhead…"))
        self.letterhead_button.setAutoDefault(False)
        self.letterhead_button.clicked.connect(self.fill_letterhead)
        self.letterhead_button.hide()
        # no "Behandeld door" without the worker's own details: filled in right here as well
        self.profile_button = QPushButton(self.tr("Fill in my details…"))
        self.profile_button.setObjectName("fillProfile")
        self.profile_button.setAutoDefault(False)
        self.profile_button.clicked.connect(self.fill_profile)
        self.profile_button.hide()
        self.settings_dialog: SettingsDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.letterhead_button)
        row.addWidget(self.profile_button)
        # a debt of another creditor in a proposal: the worker chooses before the letter is made
        self.leave_out_button = QPushButton(self.tr("Leave this debt out"))
        self.leave_out_button.setObjectName("leaveOutOtherCreditors")
        self.leave_out_button.clicked.connect(self.leave_out_other_creditors)
        self.include_button = QPushButton(self.tr("Include it anyway"))
        self.include_button.setObjectName("includeOtherCreditors")
        self.include_button.setToolTip(
            self.tr("Only when the debt is in fact a claim of this corporation.")
        )
        self.include_button.clicked.connect(self.include_other_creditors)
        for button in (self.leave_out_button, self.include_button):
            button.setAutoDefault(False)
            button.hide()
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)

        self.pages = QWidget()
        self.pages.setObjectName("letterPages")
        self.pages.setStyleSheet("#letterPages { background: #8a8f96; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setWidget(self.pages)
        outer.addWidget(self.scroll_area, 1)
        # takes the preview's room while there is no letter, so the text stays at the top
        self._filler = QWidget()
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._filler.hide()
        outer.addWidget(self._filler, 1)

        # how the letter goes out: e-mail through the mail program (secure-mail add-in), or post
        channel_row = QHBoxLayout()
        self.email_hint = wrap_label(
            self.tr(
                "E-mail opens a draft in your mail program; send it from there with the secure "
                "mail add-in (Zivver, ZorgMail)."
            )
        )
        self.email_hint.setObjectName("emailHint")
        channel_row.addWidget(self.email_hint, 1)
        self.channel_label = QLabel(self.tr("Sent by:"))
        self.channel = channel_combo(self)
        self.channel_label.setBuddy(self.channel)
        channel_row.addWidget(self.channel_label)
        channel_row.addWidget(self.channel)
        self.channel.setVisible(self.kind not in UNMARKED)
        self.channel_label.setVisible(self.kind not in UNMARKED)
        outer.addLayout(channel_row)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.email_button = QPushButton(self.tr("Send by e-mail…"))
        self.email_button.setObjectName("sendByEmail")
        self.email_button.setToolTip(
            self.tr(
                "Saves the letter, writes an e-mail with the PDF next to it and opens it in your "
                "mail program."
            )
        )
        self.email_button.clicked.connect(self.send_by_email)
        self.sent_button = QPushButton(
            {
                LetterKind.FEEDBACK: self.tr("Mark as sent to the corporation"),
                LetterKind.ANNOUNCEMENT: self.tr("Mark as sent to the tenant"),
                LetterKind.TROUBLESHOOTER: self.tr("Mark the troubleshooter as informed"),
                LetterKind.PROPOSAL: self.tr("Mark as sent to the corporation"),
                LetterKind.SLUITENDE_AANPAK: self.tr("Mark as sent to the corporation"),
                LetterKind.BROKEN_ARRANGEMENT: self.tr("Mark as sent to the corporation"),
            }[self.kind]
        )
        self.sent_button.setToolTip(self.tr("Records it on the timeline; first save the letter."))
        self.sent_button.clicked.connect(self.mark_sent)
        self.sent_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.email_button, self.sent_button, close):
            button.setAutoDefault(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.ActionRole)
        # saving the statement (or the broken-agreement notice) records it; it meets no
        # deadline, so there is nothing to mark
        self.sent_button.setVisible(self.kind not in UNMARKED)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    # --- the letter ----------------------------------------------------------------------------

    def request(self) -> LetterRequest:
        visit: datetime | None = None
        if self.kind is LetterKind.ANNOUNCEMENT and self.visit_planned.isChecked():
            value = self.visit_at.dateTime().toPython()
            assert isinstance(value, datetime)
            visit = value
        return LetterRequest(
            self.case_id,
            self.kind,
            with_opt_out=self.kind is LetterKind.ANNOUNCEMENT and self.opt_out.isChecked(),
            visit=visit,
            other_creditors=self.other_creditors,
        )

    def refresh(self) -> None:
        """Make the letter again from the case as it is now and show it."""
        self.made = None
        self.saved_path = None
        self.draft_path = None
        self.sent_button.setEnabled(False)
        self.leave_out_button.hide()
        self.include_button.hide()
        self.profile_button.hide()
        today = self._ws.today()
        try:
            if self.kind is LetterKind.FEEDBACK:
                self._fill_sharing(sharing_of(self._ws.store, self.case_id, today))
            self.made = make_for_window(self._ws, self.request(), today, self._contacts)
        except LetterProblem as problem:
            self.message.show_error(shown(problem))
            self._show_pages([])
            self.letterhead_button.setVisible("letterhead_incomplete" in problem.codes)
            other = "other_creditor" in problem.codes
            self.leave_out_button.setVisible(other)
            self.include_button.setVisible(other)
        except Exception as exc:  # never a traceback in the window
            self.message.show_error(
                fill(self.tr(
                    "The letter could not be made because of an unexpected error. Reference for "
                    "your administrator: %1"
                ), log_unexpected(exc))
            )
            self._show_pages([])
            self.letterhead_button.hide()
        else:
            self.message.clear()
            self._show_pages(render_pages(self.made.pdf))
            self.letterhead_button.hide()
            self._hint_profile()
        self.save_button.setEnabled(self.made is not None)
        self.email_button.setEnabled(self.made is not None)

    # --- a debt of another creditor (proposal) -------------------------------------------------

    def include_other_creditors(self) -> None:
        """The worker says the debt is in fact this corporation's: make the letter with it."""
        self.other_creditors = OTHER_INCLUDE
        self.refresh()

    def leave_out_other_creditors(self) -> None:
        """Make the arrangement again without it (a settlement letter counts only own shares)."""
        try:
            remade = leave_out_others(self._ws, self.case_id)
        except LetterProblem as problem:
            self.message.show_error(shown(problem))
            return
        except Exception as exc:
            known = store_refusal_nl(exc)
            self.message.show_error(
                known
                or fill(self.tr(
                    "The proposal could not be made again because of an unexpected error. "
                    "Reference for your administrator: %1"
                ), log_unexpected(exc))
            )
            return
        self.other_creditors = OTHER_LEAVE_OUT
        if remade is not None:
            self.changed.emit()
        self.refresh()

    def fill_letterhead(self) -> None:
        """The settings at the letterhead's page; every save there makes the letter again."""
        from app.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        dialog = SettingsDialog(self._ws, self, page="letterhead")
        dialog.saved.connect(self.refresh)
        self.settings_dialog = dialog
        dialog.open()

    def _hint_profile(self) -> None:
        """Without the worker's own details the letter shows the office only: say where to
        fill them in (the letter itself is fine)."""
        missing = profile_missing(self._ws)
        if missing:
            self.message.show_hint(
                self.tr(
                    "Your name, phone number and e-mail address are not on this letter yet: it "
                    "shows only the office's details. Fill them in under Settings → My details "
                    "(or with the button below); the letter is then made again."
                )
            )
        self.profile_button.setVisible(missing)

    def fill_profile(self) -> None:
        """The settings at "My details"; every save there makes the letter again."""
        from app.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        dialog = SettingsDialog(self._ws, self, page="profile")
        dialog.saved.connect(self.refresh)
        self.settings_dialog = dialog
        dialog.open()

    def stop_for_lock(self) -> None:
        """The window locks: the settings opened from here first, then this dialog."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.stop_for_lock()
        self.close()

    def _show_pages(self, images: list[QImage]) -> None:
        """One label per page, reused between renderings (so a grab never shows a stale page)."""
        while len(self.page_labels) > len(images):
            label = self.page_labels.pop()
            self.pages_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        while len(self.page_labels) < len(images):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            number = len(self.page_labels) + 1
            label.setAccessibleName(fill(self.tr("Page %1 of the letter"), str(number)))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._images = images
        self.scroll_area.setVisible(bool(images))
        self._filler.setVisible(not images)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Pages as wide as the view (never wider than rendered), so nothing scrolls sideways."""
        margins = self.pages_layout.contentsMargins()
        room = self.scroll_area.viewport().width() - margins.left() - margins.right() - 4
        for label, image in zip(self.page_labels, self._images, strict=True):
            width = max(200, min(room, image.width()))
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_pages()

    # --- sharing notes (feedback) --------------------------------------------------------------

    def _fill_sharing(self, sharing: Sharing) -> None:
        consent, notes = sharing.consent, sharing.notes
        if consent:
            self.consent_label.setText(
                self.tr(
                    "The tenant's written consent to share more with the corporation is "
                    "recorded. Tick the notes that may go into this letter; nothing else from "
                    "the case does."
                )
            )
        else:
            self.consent_label.setText(
                self.tr(
                    "No written consent to share more with the corporation is recorded, so the "
                    "letter holds only what the covenant allows (appendix 2, step 6). Internal "
                    "notes stay inside Vangnet."
                )
            )
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in notes:
            first_line = note.text.strip().splitlines()[0] if note.text.strip() else ""
            item = QListWidgetItem(first_line[:140])
            item.setToolTip(note.text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if consent:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if note.shareable else Qt.CheckState.Unchecked)
            self.notes.addItem(item)
        self.notes.setVisible(bool(notes) and consent)
        self.notes.blockSignals(False)

    def _note_toggled(self, item: QListWidgetItem) -> None:
        note_id = int(item.data(Qt.ItemDataRole.UserRole))
        share = item.checkState() == Qt.CheckState.Checked
        share_note(self._ws, note_id, share)
        self.changed.emit()
        self.refresh()

    # --- saving and sending ----------------------------------------------------------------

    def _default_folder(self) -> Path:
        stored = QSettings("Vangnet", "Vangnet").value(_FOLDER_SETTING, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return Path(stored)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def choose_and_save(self) -> None:
        if self.made is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter"),
            str(self._default_folder() / self.made.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the previewed letter to `path` and put it on the timeline."""
        if self.made is None:
            return False
        try:
            saved = store_letter(
                self._ws.store,
                self.made,
                path,
                self._ws.ctx,
                self._ws.today(),
                actor=self._ws.actor,
            )
        except LetterProblem as problem:
            self.message.show_error(shown(problem))
            return False
        except FolderProblem as problem:
            self.message.show_error(shown(problem))
            return False
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is not None:
                self.message.show_error(known)
                return False
            self.message.show_error(
                fill(self.tr(
                    "The letter was not saved because of an unexpected error; no file was left "
                    "behind. Reference for your administrator: %1"
                ), log_unexpected(exc))
            )
            return False
        QSettings("Vangnet", "Vangnet").setValue(_FOLDER_SETTING, str(path.parent))
        self.saved_path = saved.path
        self.sent_button.setEnabled(True)
        self.message.show_ok(
            fill(self.tr("Saved as %1 and recorded on the timeline."), str(saved.path))
        )
        self.changed.emit()
        return True

    def send_by_email(self, path: Path | None = None) -> Path | None:
        """Save (if not yet), write the e-mail draft next to the PDF and open it."""
        if self.made is None:
            return None
        if self.saved_path is None:
            if path is None:
                path = self._ask_path()
                if path is None:
                    return None
            if not self.save_to(path):
                return None
        assert self.saved_path is not None
        try:
            draft = write_draft_for(self.made, self.saved_path)
        except FolderProblem as problem:
            self.message.show_error(shown(problem))
            return None
        except OSError as exc:
            self.message.show_error(
                fill(self.tr("The e-mail could not be written: %1"), part(os_reason(exc)))
            )
            return None
        self.draft_path = draft
        self.channel.setCurrentIndex(self.channel.findData("email"))
        self.open_url(QUrl.fromLocalFile(str(draft)))
        if self.made.to_email:
            text = fill(
                self.tr(
                    "The e-mail to %1 is open in your mail program as a draft (%2). Send it from "
                    "there; then mark the letter as sent."
                ),
                self.made.to_email,
                draft.name,
            )
        else:
            text = fill(
                self.tr(
                    "The e-mail is open in your mail program as a draft (%2). The contact list "
                    "has no e-mail address for it: fill in the recipient, send it, then mark the "
                    "letter as sent."
                ),
                "",
                draft.name,
            )
        self.message.show_ok(text)
        return draft

    def _ask_path(self) -> Path | None:
        assert self.made is not None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter"),
            str(self._default_folder() / self.made.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def mark_sent(self) -> bool:
        if self.made is None or self.saved_path is None:
            return False
        today = self._ws.today()
        channel = chosen_channel(
            self.channel,
            self.message,
            self.tr("Choose first how the letter went out (Sent by), then mark it as sent."),
        )
        if channel is None:
            return False
        try:
            record_sent(self._ws, self.made.request, today, channel)
        except LetterProblem as problem:
            self.message.show_error(shown(problem))
            return False
        self.sent_button.setEnabled(False)
        done = {
            LetterKind.FEEDBACK: self.tr(
                "Recorded: feedback sent on %1. This meets the feedback deadline."
            ),
            LetterKind.ANNOUNCEMENT: self.tr("Recorded: announcement letter sent on %1."),
            LetterKind.TROUBLESHOOTER: self.tr("Recorded: troubleshooter informed on %1."),
            LetterKind.PROPOSAL: self.tr(
                "Recorded: letter to the corporation sent on %1. This meets the proposal deadline."
            ),
        }[self.kind]  # a Sluitende Aanpak statement is never marked (refused above)
        self.message.show_ok(fill(done, long_date(today)))
        self.changed.emit()
        return True


def open_letter_dialog(
    workspace: Workspace,
    case_id: int,
    kind: LetterKind | str,
    parent: QWidget | None = None,
    *,
    on_changed: Callable[[], None] | None = None,
    contacts: ContactSource | None = None,
) -> LetterDialog:
    """Show the dialog (modal); `on_changed` runs whenever it recorded something."""
    dialog = LetterDialog(workspace, case_id, kind, parent, contacts=contacts)
    if on_changed is not None:
        dialog.changed.connect(on_changed)
    dialog.exec()
    return dialog
