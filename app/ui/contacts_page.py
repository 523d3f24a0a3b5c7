"""The Contacts screen: the shared contact list, its sync, e-mail confirmations and history.

Layout only plus small controllers: the lists come from :mod:`app.services.contacts`, syncs run
in :class:`~app.ui.contacts_sync.ContactsSync`. Nothing here pops up on its own: an automatic
sync that could not reach the folder only changes the "last updated" line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import formatting
from app.services.contacts import messages_nl
from app.services.contacts.columns import CONTACT_ROLES
from app.services.contacts.directory import ContactPerson
from app.services.contacts.overview import (
    changes_in,
    confirm,
    contacts_overview,
    find_contacts,
    make_current_again,
)
from app.services.contacts.sync import SyncResult, SyncStatus
from app.services.contacts.versions import (
    ContactChanges,
    ContactsProblem,
    PendingEmail,
    VersionInfo,
)
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.contacts_sync import ContactsSync
from app.ui.i18n import fill
from app.ui.widgets import InlineMessage, breakable_path, wrap_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
WAITING_COLOUR = QColor("#8a4b00")  # dark orange: always with words, never colour alone
_Index = QModelIndex | QPersistentModelIndex


def role_label(role: str) -> str:
    return {
        "corporatie": QCoreApplication.translate("ContactsPage", "housing corporation"),
        "wijkteam": QCoreApplication.translate("ContactsPage", "wijkteam"),
        "sdv": QCoreApplication.translate("ContactsPage", "debt services (SDV)"),
        "troubleshooter": QCoreApplication.translate("ContactsPage", "troubleshooter"),
        "beleidsadviseur": QCoreApplication.translate("ContactsPage", "policy adviser"),
        "uitvoerder": QCoreApplication.translate("ContactsPage", "social-service provider"),
    }.get(role, role)


def long_date_and_time(moment: datetime) -> tuple[str, str]:
    """('3 november 2026', '10:12') in the user's language."""
    return formatting.long_date(moment.date(), i18n.babel_locale()), f"{moment:%H:%M}"


def sync_status_text(status: SyncStatus) -> str:
    """When the list was last taken from the shared folder, and how the last attempt went
    (the Contacts screen and the settings window say it alike)."""
    if status.last_synced is None:
        text = QCoreApplication.translate(
            "ContactsPage", "The contact list has not been taken from the shared folder yet."
        )
    else:
        day, time = long_date_and_time(status.last_synced)
        text = (
            fill(QCoreApplication.translate("ContactsPage", "Last updated on %1 at %2."), day, time)
        )
    outcome = status.last_outcome
    if outcome in ("unreachable", "missing") and status.current_version is not None:
        text += " " + QCoreApplication.translate(
            "ContactsPage",
            "The shared folder could not be reached at the last attempt; Vangnet keeps "
            "using this list.",
        )
    elif outcome == "busy":
        text += " " + QCoreApplication.translate(
            "ContactsPage",
            "The file was being saved at the last attempt; Vangnet tries again shortly.",
        )
    elif outcome == "rejected":
        text += " " + QCoreApplication.translate(
            "ContactsPage", "The newest file in the shared folder has problems and was not taken."
        )
    return text


# --------------------------------------------------------------------------------------------
# models


class _ListModel(QAbstractTableModel):
    """A read-only table over a Python list; subclasses give headers and cell text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == ITEM_ROLE:
            return item
        return self.extra(item, index.column(), role)

    def extra(self, item: Any, column: int, role: int) -> Any:
        return None


class ContactTableModel(_ListModel):
    """The current list; an address that waits for confirmation is shown as such, not used."""

    def headers(self) -> list[str]:
        return [
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Job title"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Wijk"),
        ]

    def cell(self, item: Any, column: int) -> str:
        p: ContactPerson = item
        if column == 5 and p.email_awaits_confirmation:
            return self.tr("⚠ awaits confirmation")
        values = (p.organisation, role_label(p.role), p.name, p.function, p.phone, p.email, p.wijk)
        return values[column] or ""

    def extra(self, item: Any, column: int, role: int) -> Any:
        p: ContactPerson = item
        if column != 5 or not p.email_awaits_confirmation:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WAITING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "This e-mail address is new in the shared list. Letters do not use it until "
                "someone confirms it (tab 'E-mail addresses to confirm')."
            )
        return None


class PendingEmailModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Organisation"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("New e-mail address"),
            self.tr("Previous address"),
        ]

    def cell(self, item: Any, column: int) -> str:
        p: PendingEmail = item
        if column == 4:
            if p.new_contact:
                return self.tr("(new contact)")
            return p.previous_email or self.tr("(none)")
        return (p.organisation, p.name, role_label(p.role), p.email)[column]

    def extra(self, item: Any, column: int, role: int) -> Any:
        if column == 3 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class HistoryModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Version"),
            self.tr("Date"),
            self.tr("By"),
            self.tr("Source"),
            self.tr("Contacts"),
            self.tr("Changes"),
        ]

    def cell(self, item: Any, column: int) -> str:
        v: VersionInfo = item
        if column == 0:
            return str(v.id) + (" " + self.tr("(current)") if v.current else "")
        if column == 1:
            day, time = long_date_and_time(v.created_at)
            return f"{day} {time}"
        if column == 2:
            return v.actor
        if column == 3:
            if v.source == "rollback":
                return fill(self.tr("back to version %1"), str(v.restored_from))
            return v.file_name or ""
        if column == 4:
            return str(v.row_count)
        text = fill(
            self.tr("%1 added, %2 removed, %3 changed"),
            str(v.added),
            str(v.removed),
            str(v.changed),
        )
        if v.email_changes:
            text += " — " + fill(self.tr("%1 e-mail changed"), str(v.email_changes))
        return text

    def extra(self, item: Any, column: int, role: int) -> Any:
        v: VersionInfo = item
        if role == Qt.ItemDataRole.FontRole and v.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and v.email_changes:
            return QBrush(WAITING_COLOUR)
        return None


def _table(model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# --------------------------------------------------------------------------------------------
# the page


class ContactsPage(QWidget):
    """The Contacts screen. ``sync`` may be None (then there is no "Update now")."""

    def __init__(
        self,
        workspace: Workspace,
        sync: ContactsSync | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._sync = sync
        #: asks a yes/no question; tests replace it
        self.ask: Callable[[str, str], bool] = self._ask
        self._build()
        if sync is not None:
            sync.running_changed.connect(self._running)
            sync.synced.connect(self.show_result)
            sync.failed.connect(self._sync_broke)
            sync.folder_changed.connect(self._folder_changed)
            self._running(sync.is_running())
            if sync.last_result is not None:
                self.show_result(sync.last_result)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Contacts"))
        title.setObjectName("pageTitle")
        intro = wrap_label(
            self.tr(
                "The fixed contact persons of every party (covenant appendix 3). The policy "
                "adviser keeps the list in a shared folder; Vangnet takes it from there."
            )
        )
        intro.setObjectName("pageIntro")

        self.status_label = wrap_label()
        self.status_label.setObjectName("contactsStatus")
        self.folder_label = wrap_label(selectable=True)
        self.folder_label.setObjectName("pageIntro")
        self.update_button = QPushButton(self.tr("Update now"))
        self.update_button.setAutoDefault(False)
        self.update_button.clicked.connect(self.update_now)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        for button in (self.update_button, self.folder_button):
            button.setVisible(self._sync is not None)

        status_row = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.status_label)
        texts.addWidget(self.folder_label)
        status_row.addLayout(texts, 1)
        status_row.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)

        #: what the last sync in this session did (or why it did not)
        self.message = InlineMessage(self)
        #: the changes a sync made, or the problems of a rejected file, one per line
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.hide()

        self.pending_notice = QLabel()
        self.pending_notice.setObjectName("notice")
        self.pending_notice.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.show_pending)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.pending_notice, 1)
        notice_row.addWidget(self.review_button)
        self.notice_box = QWidget()
        self.notice_box.setLayout(notice_row)
        notice_row.setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Contacts"))
        self.tabs.addTab(self._build_list_tab(), self.tr("Contact list"))
        self.pending_tab = self._build_pending_tab()
        self.tabs.addTab(self.pending_tab, self.tr("E-mail addresses to confirm"))
        self.history_tab = self._build_history_tab()
        self.tabs.addTab(self.history_tab, self.tr("History"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(status_row)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.tabs, 1)

    def _build_list_tab(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation, phone, e-mail or wijk"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("Every role"), None)
        for code in CONTACT_ROLES:
            self.role.addItem(role_label(code), code)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.reload_contacts)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.organisation.currentIndexChanged.connect(lambda _i: self.reload_contacts())
        self.role.currentIndexChanged.connect(lambda _i: self.reload_contacts())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.organisation, 1)
        filters.addWidget(self.role, 1)
        self.contact_model = ContactTableModel(self)
        self.contact_table = _table(self.contact_model, 3)
        self.contact_table.setAccessibleName(self.tr("Contact list"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.contact_table, 1)
        layout.addWidget(self.count_label)
        return tab

    def _build_pending_tab(self) -> QWidget:
        explanation = wrap_label(
            self.tr(
                "Letters about tenants go to these addresses. An address that is new in the "
                "shared list is not used until you confirm it: a changed file in a shared folder "
                "must not send letters elsewhere unnoticed. Confirm only an address you trust, "
                "for example after checking it with the organisation."
            )
        )
        self.pending_model = PendingEmailModel(self)
        self.pending_table = _table(self.pending_model, 3)
        self.pending_table.setAccessibleName(self.tr("E-mail addresses to confirm"))
        self.pending_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.confirm_selected_button = QPushButton(self.tr("Confirm selected"))
        self.confirm_selected_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button = QPushButton(self.tr("Confirm all"))
        self.confirm_all_button.clicked.connect(self.confirm_all)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_selected_button)
        buttons.addWidget(self.confirm_all_button)
        selection = self.pending_table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._update_buttons())

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explanation)
        layout.addWidget(self.pending_table, 1)
        layout.addLayout(buttons)
        return tab

    def _build_history_tab(self) -> QWidget:
        self.history_model = HistoryModel(self)
        self.history_table = _table(self.history_model, 5)
        self.history_table.setAccessibleName(self.tr("Versions of the contact list"))
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.selectionModel().selectionChanged.connect(
            lambda *_: self._history_selected()
        )
        self.changes_view = QPlainTextEdit()
        self.changes_view.setAccessibleName(self.tr("What this version changed"))
        self.changes_view.setReadOnly(True)
        self.rollback_button = QPushButton(self.tr("Make this version current…"))
        self.rollback_button.clicked.connect(self.rollback_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rollback_button)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history_table, 2)
        layout.addWidget(QLabel(self.tr("What this version changed:")))
        layout.addWidget(self.changes_view, 1)
        layout.addLayout(buttons)
        return tab

    def show_pending(self) -> None:
        self.tabs.setCurrentWidget(self.pending_tab)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the database (after a sync, confirmation or rollback)."""
        overview = contacts_overview(self._ws.store)
        status, orgs = overview.status, overview.organisations
        pending, versions = overview.pending, overview.versions
        self._show_status(status)
        chosen = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), None)
        for name in orgs:
            self.organisation.addItem(name, name)
        index = self.organisation.findData(chosen) if chosen else 0
        self.organisation.setCurrentIndex(max(index, 0))
        self.organisation.blockSignals(False)
        self.reload_contacts()
        self.pending_model.set_items(pending)
        self.tabs.setTabText(
            self.tabs.indexOf(self.pending_tab),
            fill(self.tr("E-mail addresses to confirm (%1)"), str(len(pending))),
        )
        self.pending_notice.setText(
            "⚠ "
            + fill(self.tr(
                "%1 e-mail address(es) in the shared list wait for your confirmation. Letters "
                "do not use them until you confirm them."
            ), str(len(pending)))
        )
        self.notice_box.setVisible(bool(pending))
        self.history_model.set_items(versions)
        self.changes_view.clear()
        self._update_buttons()

    def reload_contacts(self) -> None:
        people = find_contacts(
            self._ws.store,
            self.search.text(),
            organisation=self.organisation.currentData(),
            role=self.role.currentData(),
        )
        self.contact_model.set_items(people)
        self.count_label.setText(fill(self.tr("%1 contact(s)"), str(len(people))))

    def _show_status(self, status: SyncStatus) -> None:
        self.status_label.setText(sync_status_text(status))
        if status.folder:
            self.folder_label.setText(
                fill(self.tr("Shared folder: %1"), breakable_path(status.folder))
            )
        else:
            self.folder_label.setText(
                self.tr(
                    "No shared folder is set yet. Choose the folder where the policy adviser "
                    "keeps contactlijst.xlsx or contactlijst.csv."
                )
            )

    def _update_buttons(self) -> None:
        running = self._sync is not None and self._sync.is_running()
        selected = self.pending_table.selectionModel().selectedRows()
        self.confirm_selected_button.setEnabled(bool(selected))
        self.confirm_all_button.setEnabled(self.pending_model.rowCount() > 0)
        version = self._selected_version()
        self.rollback_button.setEnabled(version is not None and not version.current and not running)

    # --- syncing -------------------------------------------------------------------------------

    def update_now(self) -> None:
        if self._sync is None:
            return
        if not self._sync.sync_now():
            self.message.show_hint(self.tr("Choose the shared folder first."))

    def choose_folder(self) -> None:
        if self._sync is None:
            return
        current = self._sync.folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder with the contact list"), str(current or Path.home())
        )
        if chosen:
            self._sync.set_folder(Path(chosen))

    def _running(self, running: bool) -> None:
        self.update_button.setEnabled(not running)
        self.update_button.setText(self.tr("Updating…") if running else self.tr("Update now"))
        self._update_buttons()

    def _folder_changed(self, _path: str) -> None:
        self.message.clear()
        self.details.hide()
        self.refresh()

    def _sync_broke(self, reference: str) -> None:
        self.message.show_error(
            fill(self.tr(
                "Updating the contact list went wrong (reference %1). The last list stays in "
                "use; try again later or tell your administrator."
            ), reference)
        )

    def show_result(self, result: object) -> None:
        """Say what a sync did, in words; a rejected file lists its problems, row by row."""
        assert isinstance(result, SyncResult)
        self.details.hide()
        self.details.clear()
        outcome = result.outcome
        if outcome == "applied" and result.changes is not None:
            counts = result.changes.counts()
            text = fill(
                self.tr(
                    "The contact list was updated (version %1): %2 added, %3 removed, %4 changed."
                ),
                str(result.version),
                str(counts["added"]),
                str(counts["removed"]),
                str(counts["changed"]),
            )
            if counts["email_changes"]:
                text += " " + fill(
                    self.tr("%1 e-mail address(es) changed."), str(counts["email_changes"])
                )
            self.message.show_ok(text)
            self._show_lines(self._change_lines(result.changes))
        elif outcome == "unchanged":
            self.message.show_ok(self.tr("The contact list is up to date."))
        elif outcome == "rejected":
            lines = [messages_nl.row_error_nl(e) for e in result.errors]
            if result.problem:
                lines.insert(0, messages_nl.file_problem_nl(result.problem))
            self.message.show_error(
                fill(self.tr(
                    "The contact list in the shared folder has %1 problem(s) and was not taken; "
                    "nothing changed. Ask the policy adviser to correct the file:"
                ), str(len(result.errors) or 1))
            )
            self._show_lines(lines)
        else:
            self.message.show_hint(
                messages_nl.not_taken_nl(outcome, result.reason, result.file_name)
            )
        self.refresh()

    def _show_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        self.details.setPlainText("\n".join(lines))
        visible = min(len(lines), 6) + 0.6
        margins = self.details.contentsMargins()
        frame = 2 * self.details.frameWidth() + margins.top() + margins.bottom()
        self.details.setFixedHeight(int(visible * self.details.fontMetrics().lineSpacing()) + frame)
        self.details.show()

    def _change_lines(self, changes: ContactChanges) -> list[str]:
        lines = []
        for r in changes.added:
            lines.append(fill(self.tr("Added: %1"), f"{r.organisation} — {r.name}"))
        for r in changes.removed:
            lines.append(fill(self.tr("Removed: %1"), f"{r.organisation} — {r.name}"))
        for c in changes.changed:
            who = f"{c.after.organisation} — {c.after.name}"
            if c.email_changed:
                lines.append(
                    "⚠ "
                    + fill(
                        self.tr("E-MAIL CHANGED: %1: %2 → %3"),
                        who,
                        c.before.email or self.tr("(none)"),
                        c.after.email or self.tr("(none)"),
                    )
                )
            others = [column for column in c.columns if column != "email"]
            if others:
                labels = ", ".join(messages_nl.column_label_nl(column) for column in others)
                lines.append(fill(self.tr("Changed: %1 (%2)"), who, labels))
        return lines

    # --- e-mail confirmation -----------------------------------------------------------------

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_selected(self) -> None:
        rows = sorted(i.row() for i in self.pending_table.selectionModel().selectedRows())
        self._confirm([self.pending_model.item(r) for r in rows])

    def confirm_all(self) -> None:
        self._confirm([self.pending_model.item(r) for r in range(self.pending_model.rowCount())])

    def _confirm(self, items: list[PendingEmail]) -> None:
        if not items:
            return
        listing = "\n".join(f"• {p.organisation} — {p.name}: {p.email}" for p in items[:10])
        if len(items) > 10:
            listing += "\n" + fill(self.tr("… and %1 more"), str(len(items) - 10))
        question = (
            self.tr("Use these addresses for letters about tenants?")
            + "\n\n"
            + listing
            + "\n\n"
            + self.tr("Confirm only addresses you trust.")
        )
        if not self.ask(self.tr("Confirm e-mail addresses"), question):
            return
        try:
            done = confirm(self._ws.store, [p.entry_id for p in items], actor=self._ws.actor)
        except ContactsProblem:  # a sync replaced the list meanwhile
            self.message.show_hint(
                self.tr("The list changed in the meantime; check the addresses again.")
            )
        else:
            self.message.show_ok(
                fill(self.tr("%1 e-mail address(es) confirmed for letters."), str(len(done)))
            )
        self.refresh()

    # --- history and rollback ------------------------------------------------------------------

    def _selected_version(self) -> VersionInfo | None:
        rows = self.history_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.history_model.item(rows[0].row())
        return item if isinstance(item, VersionInfo) else None

    def _history_selected(self) -> None:
        version = self._selected_version()
        self._update_buttons()
        if version is None:
            self.changes_view.clear()
            return
        changes = changes_in(self._ws.store, version.id)
        lines = self._change_lines(changes)
        self.changes_view.setPlainText(
            "\n".join(lines) if lines else self.tr("No contacts changed in this version.")
        )

    def rollback_selected(self) -> None:
        version = self._selected_version()
        if version is None or version.current:
            return
        day, time = long_date_and_time(version.created_at)
        question = (
            fill(self.tr(
                "Make version %1 of %2 current again? It is added as a new version, so nothing is "
                "lost. It stays current until the file in the shared folder changes."
            ), str(version.id), f"{day} {time}")
        )
        if not self.ask(self.tr("Go back to an earlier version"), question):
            return
        try:
            new_id = make_current_again(self._ws.store, version.id, actor=self._ws.actor)
        except ContactsProblem:
            self.message.show_hint(self.tr("The list changed in the meantime; nothing was done."))
        else:
            self.message.show_ok(
                fill(
                    self.tr("Version %1 is current again (as version %2)."),
                    str(version.id),
                    str(new_id),
                )
            )
        self.details.hide()
        self.refresh()
