"""Settings: everything an office sets up, in one window with a page per subject.

Kantoor, Briefhoofd (with a preview of a real feedback letter), Mijn gegevens (the worker's own
name, phone and e-mail for letters, per login), Gedeelde contactlijst, Sluitingsdagen, Termijnen,
Leefgeldnorm, Automatisch vergrendelen and Taal.

The office's own settings live in the encrypted database. OK and Apply write every changed page
through :func:`app.services.office_settings.apply_changes` in one transaction, off the GUI
thread: closing days and terms recompute every case, which takes seconds in a big office. A
refusal is shown in Dutch on the page it is about, and nothing is saved. Pages with unsaved
changes are bold in the list. The last two pages belong to this computer (QSettings), not to
the office. Cancel, Esc or closing the window asks before dropping changes.

The rest of the window hears about a save through :func:`notifier` (the title, the lists, the
idle lock, the contact-list sync), also when the dialog was opened from the letter window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import log_unexpected
from app.services.letters.common import with_handler
from app.services.letters.feedback import render_feedback
from app.services.letters.fields import Handler
from app.services.letters.letterhead import Letterhead, load_letterhead
from app.services.letters.sample import sample_feedback_letter
from app.services.office_settings import (
    PAGE_LETTERHEAD,
    PAGE_NORM,
    PAGE_OFFICE,
    Applied,
    LetterheadChange,
    OfficeChanges,
    Refusal,
    SettingsRefused,
    apply_changes,
)
from app.services.worker_profile import ProfileRefused, set_profile
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.background import BackgroundTask, TaskContext
from app.ui.i18n import fill
from app.ui.settings_pages import (
    LOCK_MINUTES_KEY,
    PAGE_PROFILE,
    PAGES,
    AutolockPage,
    ClosingDaysPage,
    ContactsFolderPage,
    LanguagePage,
    LetterheadSettingsPage,
    NormPage,
    OfficeSettingsPage,
    ProfilePage,
    SettingsPage,
    TermsPage,
)
from app.ui.widgets import InlineMessage, fit_to_screen, store_refusal_nl

#: how long closing for a lock waits for a save that is still running (ms)
LOCK_WAIT_MS = 30_000

# --- telling the rest of the window ------------------------------------------------------------


@dataclass(frozen=True)
class SettingsApplied:
    """What a save changed that other parts of the window show or use."""

    office_name: str | None = None  # the new name, when it changed
    rules_changed: bool = False  # closing days or terms: deadlines were recomputed
    contacts_folder: Path | None = None  # a new shared folder: sync from it
    lock_minutes: int | None = None
    language: str | None = None


class SettingsNotifier(QObject):
    applied = Signal(object)  # SettingsApplied


_NOTIFIER: list[SettingsNotifier] = []


def notifier() -> SettingsNotifier:
    """The one object that announces saved settings, wherever the dialog was opened."""
    if not _NOTIFIER:
        _NOTIFIER.append(SettingsNotifier())
    return _NOTIFIER[0]


# --- the dialog --------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Every office setting, a page per subject. `saved` fires after each successful save."""

    saved = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, page: str = PAGE_OFFICE
    ) -> None:
        super().__init__(parent)
        if page not in PAGES:
            raise ValueError(f"unknown settings page {page!r}")
        self._ws = workspace
        self._task: BackgroundTask | None = None
        self._close_after_save = False
        self.closed_for_lock = False
        self.last_applied: Applied | None = None
        self.setWindowTitle(self.tr("Settings"))
        municipality = workspace.ctx.profile.municipality

        self.office_page = OfficeSettingsPage(municipality)
        self.letterhead_page = LetterheadSettingsPage(self._preview_job)
        self.profile_page = ProfilePage(workspace.actor)
        self.contacts_page = ContactsFolderPage()
        self.closing_page = ClosingDaysPage(workspace)
        self.terms_page = TermsPage(workspace)
        self.norm_page = NormPage(workspace)
        self.autolock_page = AutolockPage()
        self.language_page = LanguagePage()
        self.pages: dict[str, SettingsPage] = {
            p.key: p
            for p in (
                self.office_page,
                self.letterhead_page,
                self.profile_page,
                self.contacts_page,
                self.closing_page,
                self.terms_page,
                self.norm_page,
                self.autolock_page,
                self.language_page,
            )
        }
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setObjectName("nav")
        widest = max(
            self.page_list.fontMetrics().horizontalAdvance(p.title) for p in self.pages.values()
        )
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for key, widget in self.pages.items():
            item = QListWidgetItem(widget.title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.page_list.addItem(item)
            if key == PAGE_LETTERHEAD:  # has its own scrolling preview
                self.stack.addWidget(widget)
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(widget)
                self.stack.addWidget(scroll)
            widget.changed.connect(self._update_state)
        self.page_list.currentRowChanged.connect(self._page_changed)
        # the list's font comes from the style sheet (#nav), known once an item is laid out
        item_width = self.page_list.sizeHintForColumn(0)
        self.page_list.setFixedWidth(max(200, item_width, widest) + 24)
        self.letterhead_page.go_to_page.connect(self.show_page)
        for edit in (self.office_page.name, self.office_page.place):
            edit.textChanged.connect(self.letterhead_page.schedule_preview)
        self.office_page.address.textChanged.connect(self.letterhead_page.schedule_preview)
        self.profile_page.changed.connect(self.letterhead_page.schedule_preview)

        self.status = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(lambda: self.save(close_after=True))
        self.apply_button.clicked.connect(lambda: self.save(close_after=False))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.ok_button, self.apply_button, self.cancel_button):
            button.setAutoDefault(False)

        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.reload()
        self.show_page(page)
        fit_to_screen(self, 1040, 720)

    # --- pages ---------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self.page_list.setCurrentRow(list(self.pages).index(key))

    def current_page(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if list(self.pages)[row] == PAGE_LETTERHEAD and self.letterhead_page.preview_image is None:
            self.letterhead_page.render_preview()

    def reload(self) -> None:
        """Show what is stored now, on every page."""
        with self._ws.store.session() as session:
            head = load_letterhead(session, self._ws.ctx.profile.municipality)
            self._stored_head = head
            self.office_page.load(session, head)
            self.letterhead_page.load(head)
            self.profile_page.load(session)
            self.contacts_page.load(session)
            self.closing_page.load(session)
        self.terms_page.load(self._ws)
        self.norm_page.editor.reload()
        self.autolock_page.load()
        self.language_page.load()
        for page in self.pages.values():
            if page is not self.norm_page:
                page.message.clear()
        self._update_state()
        self.letterhead_page.schedule_preview()

    def changed_pages(self) -> list[str]:
        return [key for key, page in self.pages.items() if page.is_changed()]

    def _update_state(self) -> None:
        changed = set(self.changed_pages())
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            font = QFont(item.font())
            font.setBold(item.data(Qt.ItemDataRole.UserRole) in changed)
            item.setFont(font)
        busy = self.is_saving()
        self.apply_button.setEnabled(bool(changed) and not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.page_list.setEnabled(not busy)
        self.stack.setEnabled(not busy)
        self.letterhead_page.show_missing(self.current_letterhead())

    # --- the letterhead as the form has it -----------------------------------------------------

    def current_letterhead(self) -> Letterhead:
        """The letterhead as the form has it now (saved or not)."""
        return replace(
            self._stored_head,
            office_name=" ".join(self.office_page.name.text().split()),
            address_lines=self.office_page.address_lines(),
            signer=" ".join(self.letterhead_page.signer.text().split()),
            signer_function=" ".join(self.letterhead_page.function.text().split()),
            place=" ".join(self.office_page.place.text().split())
            or self._ws.ctx.profile.municipality,
            logo=self.letterhead_page.logo(),
        )

    def _preview_job(self) -> Callable[[], bytes]:
        """Makes the preview's PDF from the form as it is now, in any thread."""
        head, profile, today = self.current_letterhead(), self._ws.ctx.profile, self._ws.today()
        name, function, phone, email = self.profile_page.values()
        handler = Handler(name, function, phone, email) if name else None

        def job() -> bytes:
            # the worker's own "Behandeld door" block too, as their letters will show it
            letter = with_handler(sample_feedback_letter(head, profile, today), handler)
            return render_feedback(letter).pdf

        return job

    # --- saving --------------------------------------------------------------------------------

    def collect(self) -> OfficeChanges | None:
        """The database changes of every page, or None when a page has input that cannot be
        read (said on that page)."""
        norm = None
        months = None
        if self.norm_page.is_changed():
            collected = self.norm_page.editor.collect()
            if collected is None:
                self.show_page(PAGE_NORM)
                self._update_state()
                return None
            norm, months = collected
        office, head = self.office_page, self.letterhead_page
        letterhead = LetterheadChange(
            address_lines=office.address_if_changed(),
            place=office.place_if_changed(),
            signer=head.signer_if_changed(),
            signer_function=head.function_if_changed(),
            logo=head.new_logo,
            remove_logo=head.logo_removed and head.new_logo is None,
        )
        closing = self.closing_page
        return OfficeChanges(
            office_name=office.name_if_changed(),
            letterhead=letterhead,
            contacts_folder=self.contacts_page.chosen,
            closing_days_added=frozenset(closing.added),
            closing_days_removed=frozenset(closing.removed),
            term_lengths=self.terms_page.lengths_if_changed(),
            living_cost_norm=norm,
            max_arrangement_months=months,
        )

    def is_saving(self) -> bool:
        return self._task is not None and self._task.is_running()

    def save(self, close_after: bool = False) -> None:
        """Save every changed page (OK: then close). The database part runs in the background;
        `saved` fires when it is done."""
        if self.is_saving():
            return
        self.status.clear()
        for page in self.pages.values():
            if page.message.kind == "error":
                page.message.clear()
        changes = self.collect()
        if changes is None:
            self.status.show_error(
                fill(self.tr("Nothing was saved. See: %1."), self.norm_page.title)
            )
            return
        self._close_after_save = close_after
        profile = self.profile_page.change()
        if changes.is_empty() and profile is None:
            self._saved(None)
            return
        store, actor = self._ws.store, self._ws.actor
        rules = bool(
            changes.closing_days_added or changes.closing_days_removed or changes.term_lengths
        )

        def work(_context: TaskContext) -> Applied:
            with store.transaction() as session:
                # the worker's own details go with the office's, in one transaction: a refusal
                # anywhere keeps everything as it was, and every page shows its own
                refusals: list[Refusal] = []
                if profile is not None:
                    try:
                        set_profile(session, login=actor, actor=actor, **profile)
                    except ProfileRefused as refused:
                        refusals.extend(
                            Refusal(PAGE_PROFILE, p.field, p.en, p.nl) for p in refused.problems
                        )
                try:
                    applied = apply_changes(session, changes, actor=actor)
                except SettingsRefused as refused:
                    raise SettingsRefused([*refused.refusals, *refusals]) from refused
                if refusals:
                    raise SettingsRefused(refusals)
                return applied

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._saved)
        task.failed.connect(self._save_failed)
        task.finished.connect(self._save_finished)
        self._task = task
        self.status.show_hint(
            self.tr("Saving and recomputing the deadlines of all cases…")
            if rules
            else self.tr("Saving…")
        )
        task.start()
        self._update_state()

    def _save_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self._update_state()

    def _saved(self, result: object) -> None:
        if self.closed_for_lock:  # the window locked meanwhile: the database is closed
            return
        applied = result if isinstance(result, Applied) else None
        old_name = self._ws.office_name
        if applied is not None:
            self.last_applied = applied
            self._ws.office_name = applied.office_name
            self._ws.ctx = applied.ctx
        settings = QSettings("Vangnet", "Vangnet")
        lock_minutes = None
        if self.autolock_page.is_changed():
            lock_minutes = self.autolock_page.minutes.value()
            settings.setValue(LOCK_MINUTES_KEY, lock_minutes)
        language = None
        if self.language_page.is_changed():
            language = self.language_page.chosen()
            i18n.set_language(language)
        news = SettingsApplied(
            office_name=(
                applied.office_name
                if applied is not None and applied.office_name != old_name
                else None
            ),
            rules_changed=applied is not None and applied.rules_changed,
            contacts_folder=applied.contacts_folder if applied is not None else None,
            lock_minutes=lock_minutes,
            language=language,
        )
        self.reload()
        text = self.tr("Saved.")
        if applied is not None and applied.rules_changed:
            text += " " + self.tr(
                "The deadlines of %n case(s) were recomputed.", "", applied.recomputed
            )
        if language is not None:
            text += " " + self.tr("The new language is used the next time Vangnet starts.")
        self.status.show_ok(text)
        if news != SettingsApplied():
            notifier().applied.emit(news)
        self.saved.emit()
        if self._close_after_save:
            self.accept()

    def _save_failed(self, error: object) -> None:
        self._close_after_save = False
        if self.closed_for_lock:
            return
        if isinstance(error, SettingsRefused):
            first = None
            for key, page in self.pages.items():
                refusals = error.on_page(key)
                if refusals:
                    page.show_refusals(refusals)
                    first = first or key
            names = [self.pages[k].title for k in self.pages if error.on_page(k)]
            self.status.show_error(
                fill(self.tr("Nothing was saved. See: %1."), ", ".join(names))
            )
            if first is not None and not error.on_page(self.current_page()):
                self.show_page(first)
            return
        known = store_refusal_nl(error)
        if known is None:
            reference = log_unexpected(error) if isinstance(error, BaseException) else "-"
            known = fill(
                self.tr("an unexpected error (reference for your administrator: %1)"), reference
            )
        self.status.show_error(fill(self.tr("Nothing was saved: %1"), known))

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before dropping changes."""
        if self.is_saving():
            return
        changed = self.changed_pages()
        if changed:
            names = ", ".join(self.pages[k].title for k in changed)
            answer = QMessageBox.question(
                self,
                self.tr("Settings"),
                fill(self.tr("You changed settings on: %1. Save the changes?"), names),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save(close_after=True)
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.closed_for_lock or not self.isVisible():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def done(self, result: int) -> None:
        self.letterhead_page.stop()
        super().done(result)

    def stop_for_lock(self) -> None:
        """The window locks: wait for a running save, then close without asking."""
        self.closed_for_lock = True
        task = self._task
        if task is not None and task.is_running() and task.cancel_and_wait(LOCK_WAIT_MS):
            QCoreApplication.sendPostedEvents(task)  # its outcome, before this dialog can go
        self.done(QDialog.DialogCode.Rejected)


def open_settings(
    workspace: Workspace, parent: QWidget | None = None, *, page: str = PAGE_OFFICE
) -> SettingsDialog:
    """Show the settings window (modal to `parent`, without blocking); returns it."""
    dialog = SettingsDialog(workspace, parent, page=page)
    dialog.open()
    return dialog
