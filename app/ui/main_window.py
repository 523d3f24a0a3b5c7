"""The main window: navigation, the case lists, the case view, locking, and the menus."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.backup import check_integrity
from app.services.errors import log_unexpected
from app.services.navigation_counts import counts_for
from app.services.store import DatabaseDamaged
from app.services.workspace import Workspace, open_workspace
from app.ui import background, i18n
from app.ui.autolock import IdleLock
from app.ui.background import BackgroundTask
from app.ui.case_list import CaseListPage
from app.ui.case_table import CASE_ID_ROLE
from app.ui.case_view import CaseView
from app.ui.contacts_page import ContactsPage
from app.ui.contacts_sync import ContactsSync
from app.ui.i18n import fill
from app.ui.report_view import ReportView
from app.ui.troubleshooter_page import TroubleshooterPage
from app.ui.widgets import wrap_label

#: the navigation's views, top to bottom; "troubleshooter" (the former list of eviction-dated
#: cases) is the desk now: one entry for the troubleshooter, not two listing the same cases
VIEWS = ("inbox", "mine", "week", "desk", "closed", "contacts", "reports")
VIEW_ALIASES = {"troubleshooter": "desk", "report": "reports", "rapportage": "reports"}
#: smallest window: fits a 1366 x 768 laptop and a 1920 x 1080 one at 150 % (1280 x 720 logical)
MINIMUM_SIZE = (960, 560)
DEFAULT_LOCK_MINUTES = 10
#: the integrity check starts this long after the window is up (ms)
INTEGRITY_DELAY_MS = 3_000
#: how long locking and closing wait for work in the background to stop (ms)
LOCK_WAIT_MS = 10_000
CLOSE_WAIT_MS = 30_000


def initial_size() -> tuple[int, int]:
    """1360 x 820, or the screen's free area when that is smaller (a laptop, 150 % scaling)."""
    screen = QGuiApplication.primaryScreen()
    width, height = 1360, 820
    if screen is not None:
        free = screen.availableGeometry()
        # leave room for the title bar and frame the window manager adds
        width = max(MINIMUM_SIZE[0], min(width, free.width() - 16))
        height = max(MINIMUM_SIZE[1], min(height, free.height() - 40))
    return width, height


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        db_path: Path,
        unlocker: Callable[[], Workspace | None] | None = None,
    ) -> None:
        super().__init__()
        self._ws: Workspace | None = workspace
        self._db_path = db_path
        self._unlocker = unlocker
        self._pages: dict[str, QWidget] = {}
        self.contacts_sync: ContactsSync | None = None
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*initial_size())
        self._settings = QSettings("Vangnet", "Vangnet")

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        for key, text in self._view_titles().items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("demoBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        # issue 12.4: the file is checked in the background after opening; damage is said here
        self.damage = QLabel()
        self.damage.setObjectName("damageBanner")
        self.damage.setWordWrap(True)
        self.damage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.damage.hide()
        # issue 15.3: an open breach term (24 h to tell the parties, 72 h for the AP) is always
        # in view, counted down every minute
        self.breach_banner = QLabel()
        self.breach_banner.setObjectName("damageBanner")
        self.breach_banner.setWordWrap(True)
        self.breach_banner.hide()
        self._breach_timer = QTimer(self)
        self._breach_timer.setInterval(60_000)
        self._breach_timer.timeout.connect(self.show_breach_terms)
        self._integrity_timer = QTimer(self)
        self._integrity_timer.setSingleShot(True)
        self._integrity_timer.setInterval(INTEGRITY_DELAY_MS)
        self._integrity_timer.timeout.connect(self.check_integrity)

        body = QWidget()
        bl = QHBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.nav)
        bl.addWidget(self.stack, 1)
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(8, 4, 8, 8)
        cl.addWidget(self.banner)
        cl.addWidget(self.damage)
        cl.addWidget(self.breach_banner)
        cl.addWidget(self.notice)
        cl.addWidget(body, 1)
        self.workspace_widget = central

        self.lock_screen = self._build_lock_screen()
        self.outer = QStackedWidget()
        self.outer.addWidget(central)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        #: actions that reach case data: off while locked (issue 13.5)
        self._data_actions: list[QAction] = []
        self._build_menus()
        self._build_toolbar()
        minutes = self._lock_minutes()
        self.idle = IdleLock(minutes, self.lock, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_workspace_pages()

    # --- structure -------------------------------------------------------------------------

    def _lock_minutes(self) -> int:
        value = self._settings.value("autolock_minutes", DEFAULT_LOCK_MINUTES)
        try:
            return max(1, int(str(value)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES

    def _clear_stack(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def _view_titles(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Inbox"),
            "mine": self.tr("My cases"),
            "week": self.tr("This week"),
            "desk": self.tr("Troubleshooter"),
            "closed": self.tr("Closed"),
            "contacts": self.tr("Contacts"),
            "reports": self.tr("Reports"),
        }

    def _explanations(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Every open case, most urgent first."),
            "mine": self.tr("Open cases assigned to you."),
            "week": self.tr("Cases with a deadline due by Sunday, overdue ones included."),
            "closed": self.tr("Closed cases, with their outcome."),
        }

    def _build_workspace_pages(self) -> None:
        ws = self._ws
        assert ws is not None
        self._clear_stack()
        self._pages.clear()
        titles = self._view_titles()
        for key, explanation in self._explanations().items():
            page = CaseListPage(ws, key, titles[key], explanation)
            page.open_case.connect(self.open_case)
            page.new_signal_requested.connect(self.new_signal)
            page.import_requested.connect(self.import_signals)
            # several cases can be selected (Ctrl/Shift+click), e.g. to hand them over together
            page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            page.table.customContextMenuRequested.connect(partial(self._list_menu, page))
            self.stack.addWidget(page)
            self._pages[key] = page
        desk = TroubleshooterPage(ws)
        desk.open_case.connect(self.open_case)
        desk.handover_requested.connect(self.hand_over)
        self.stack.insertWidget(self.stack.indexOf(self._pages["week"]) + 1, desk)
        self._pages["desk"] = desk
        self._stop_contacts_sync()
        self.contacts_sync = ContactsSync(ws, self)
        contacts = ContactsPage(ws, self.contacts_sync)
        self.stack.addWidget(contacts)
        self._pages["contacts"] = contacts
        reports = ReportView(ws)
        self.stack.addWidget(reports)
        self._pages["reports"] = reports
        self.case_view = CaseView(ws)
        self.case_view.back_requested.connect(self.back_to_list)
        self.case_view.changed.connect(self._refresh_lists)
        self.stack.addWidget(self.case_view)
        self._last_list = "inbox"
        self._return_to = "inbox"  # the page the open case was opened from
        self._integrity_timer.start()  # once the window is up: the check reads the whole file
        self.show_breach_terms()
        self._breach_timer.start()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentWidget(self._pages["inbox"])
        self.update_counts()
        demo = ws.is_demo
        self.banner.setText(
            self.tr("DEMO — invented people, for trying Vangnet out. Nothing here is real.")
        )
        self.banner.setVisible(demo)
        self.setWindowTitle(f"Vangnet — {ws.office_name}" + (self.tr(" — DEMO") if demo else ""))
        year = ws.today().year
        if year not in ws.ctx.calendar.decree_years:
            self.notice.setText(
                "ℹ "
                + fill(self.tr(
                    "No Royal-Decree holidays are loaded for %1. Deadlines in %1 may be off by a "
                    "day; ask your administrator to update the calendar."
                ), str(year))
            )
            self.notice.show()
        else:
            self.notice.hide()
        assert self.contacts_sync is not None
        self.contacts_sync.start()

    def _stop_contacts_sync(self) -> None:
        sync = getattr(self, "contacts_sync", None)
        if sync is not None:
            sync.stop()
            sync.deleteLater()
            self.contacts_sync = None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_signal_action = self._action(
            file_menu, self.tr("&New signal…"), QKeySequence.StandardKey.New, self.new_signal
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import signals…"), QKeySequence("Ctrl+I"), self.import_signals
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Hand over cases…"), QKeySequence("Ctrl+Shift+H"), self.hand_over
        )
        self._action(
            file_menu,
            self.tr("&Receive a handover…"),
            QKeySequence("Ctrl+Shift+O"),
            self.receive_handover,
        )
        file_menu.addSeparator()
        self.batch_letters_action = self._action(
            file_menu, self.tr("&Feedback letters due…"), None, self.batch_letters
        )
        self._action(file_menu, self.tr("Make a &backup…"), None, self.make_backup)
        self._action(file_menu, self.tr("&Restore a backup…"), None, self.restore_backup)
        file_menu.addSeparator()
        self.lock_action = self._action(
            file_menu, self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock
        )
        self.change_code_action = self._action(
            file_menu, self.tr("Change my &unlock code…"), None, self.change_unlock_code
        )
        self.change_key_action = self._action(
            file_menu, self.tr("Change the &key…"), None, self.change_key
        )
        self._action(
            file_menu,
            self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            while_locked=True,
        )
        view_menu = bar.addMenu(self.tr("&View"))
        self.search_action = self._action(
            view_menu, self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self._action(
            view_menu, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self._refresh_lists
        )
        view_menu.addSeparator()
        for n, (key, title) in enumerate(self._view_titles().items(), start=1):
            self._action(view_menu, title, QKeySequence(f"Ctrl+{n}"), partial(self.show_view, key))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self._action(
            settings_menu, self.tr("Settings…"), QKeySequence("Ctrl+,"), self.open_settings
        )
        settings_menu.addSeparator()
        for text, page in (
            (self.tr("&Letterhead…"), "letterhead"),
            (self.tr("&Office closing days…"), "closing_days"),
        ):
            self._action(settings_menu, text, None, partial(self.open_settings, page))
        self._action(
            settings_menu, self.tr("Lock after &idle minutes…"), None, self._set_lock_minutes
        )
        self._action(settings_menu, self.tr("Living-cost &norm…"), None, self._edit_norm)
        settings_menu.addSeparator()
        language = settings_menu.addMenu(self.tr("Lan&guage"))
        languages = QActionGroup(language)
        self._language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = language.addAction("&" + name)  # Alt+N, Alt+E
            act.setCheckable(True)
            self._data_actions.append(act)  # off while locked, like the rest (issue 16.7)
            act.setChecked(code == i18n.current_language())
            act.setActionGroup(languages)
            act.triggered.connect(partial(self._set_language, code))
            self._language_actions[code] = act
        from app.ui.settings_dialog import notifier

        notifier().applied.connect(self._settings_applied)
        privacy_menu = bar.addMenu(self.tr("&Privacy"))
        self._action(privacy_menu, self.tr("&Audit trail…"), None, self.open_audit_trail)
        privacy_menu.addSeparator()
        from app.ui import privacy_menu_actions

        privacy_menu_actions.add_actions(privacy_menu, self)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("How the inbox is &ordered"),
            None,
            self._explain_order,
            while_locked=True,
        )
        self._action(help_menu, self.tr("&About Vangnet"), None, self._about, while_locked=True)

    def _build_toolbar(self) -> None:
        """The day's work one click away: the same actions as the menus (and off while locked)."""
        bar = QToolBar(self.tr("Daily work"), self)
        bar.setObjectName("dailyToolbar")
        bar.setAccessibleName(self.tr("Daily work"))
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, tip in (
            (self.new_signal_action, self.tr("Enter a signal by hand (Ctrl+N)")),
            (self.import_action, self.tr("Import a file of signals from a corporation (Ctrl+I)")),
            (self.search_action, self.tr("Search by name, address or reference (Ctrl+F)")),
            (self.batch_letters_action, self.tr("Make the feedback letters that are due")),
            (self.lock_action, self.tr("Lock Vangnet when you leave your desk (Ctrl+L)")),
        ):
            action.setToolTip(tip)
            bar.addAction(action)
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _action(
        self,
        menu: object,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        *,
        while_locked: bool = False,
    ) -> QAction:
        """A menu action; unless `while_locked`, it needs the data and is off while locked."""
        action = QAction(text, self)
        if not while_locked:
            self._data_actions.append(action)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        self.addAction(action)
        return action

    def _build_lock_screen(self) -> QWidget:
        page = QWidget()
        page.setObjectName("lockScreen")
        title = QLabel(self.tr("Vangnet is locked"))
        title.setObjectName("pageTitle")
        text = wrap_label(
            self.tr(
                "All case data is hidden and the key has been removed from memory."
                " Unlock to continue."
            )
        )
        button = QPushButton(self.tr("Unlock…"))
        button.setDefault(True)
        button.clicked.connect(self.unlock)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(200, 0, 200, 0)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # --- navigation ------------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        if row < 0 or self._ws is None:
            return
        key = VIEWS[row]
        self.show_view(key)

    def show_view(self, key: str) -> None:
        key = VIEW_ALIASES.get(key, key)
        if self._ws is None or key not in self._pages:
            return
        if self.nav.currentRow() != VIEWS.index(key):
            self.nav.setCurrentRow(VIEWS.index(key))
            return
        page = self._pages[key]
        if isinstance(page, CaseListPage):
            self._last_list = key
            page.refresh()
        elif isinstance(page, TroubleshooterPage):
            page.refresh()
        elif isinstance(page, ReportView) and page.report is None:
            page.refresh()  # counted in the background; the figures appear when ready
        self.stack.setCurrentWidget(page)

    def open_case(self, case_id: int) -> None:
        current = self.stack.currentWidget()
        for key, page in self._pages.items():
            if page is current and isinstance(page, CaseListPage | TroubleshooterPage):
                self._return_to = key
        if self.case_view.show_case(case_id):
            self.stack.setCurrentWidget(self.case_view)

    def back_to_list(self) -> None:
        key = self._return_to if self._return_to in self._pages else self._last_list
        self.show_view(key)
        page = self._pages[key]
        if isinstance(page, CaseListPage | TroubleshooterPage):
            page.table.setFocus()

    def focus_search(self) -> None:
        page = self._pages.get(self._last_list)
        if self.stack.currentWidget() is self.case_view:
            self.back_to_list()
        if isinstance(self.stack.currentWidget(), TroubleshooterPage):
            self.show_view(self._last_list)  # the desk has no search: go to the list that has
        if isinstance(page, CaseListPage):
            page.focus_search()

    def current_list(self) -> CaseListPage:
        page = self._pages[self._last_list]
        assert isinstance(page, CaseListPage)
        return page

    def update_counts(self) -> None:
        """The number of cases next to each view in the navigation (after every change)."""
        if self._ws is None:
            return
        counts = counts_for(self._ws)
        urgency = counts.urgency
        titles = self._view_titles()
        for row, key in enumerate(VIEWS):
            item = self.nav.item(row)
            if item is None:
                continue
            if key not in counts.views:
                item.setText(titles[key])
                continue
            number = counts.views[key]
            tip = self.tr("%n case(s)", "", number)
            if key == "inbox" and urgency.overdue:
                # the overdue ones in sight from every view: a symbol and a number, not colour
                item.setText(f"{titles[key]} ({number} · ⚠ {urgency.overdue})")
                tip += "\n" + self.tr("%n with a term overdue", "", urgency.overdue)
            else:
                item.setText(f"{titles[key]} ({number})")
            if key == "desk":
                critical, urgent, _attention = urgency.scale
                tip += "\n" + fill(
                    self.tr("%1 eviction(s) within %2 working days, %3 within %4"),
                    str(urgency.eviction_critical),
                    str(critical),
                    str(urgency.eviction_urgent),
                    str(urgent),
                )
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}. {tip}")

    def _refresh_lists(self) -> None:
        self.update_counts()
        page = self._pages.get(self._last_list)
        if isinstance(page, CaseListPage):
            page.refresh()
        desk = self._pages.get("desk")
        if isinstance(desk, TroubleshooterPage) and (
            self._return_to == "desk" or self.stack.currentWidget() is desk
        ):
            desk.refresh()

    def selected_case_ids(self) -> list[int]:
        """The cases the user has in hand: the open case, or those selected in the list shown."""
        current = self.stack.currentWidget()
        if current is self.case_view:
            return [self.case_view.case_id] if self.case_view.case_id is not None else []
        if isinstance(current, TroubleshooterPage):
            return [case_id for case_id, _name in current.selected_cases()]
        if isinstance(current, CaseListPage):
            rows = sorted(current.table.selectionModel().selectedRows(), key=lambda i: i.row())
            return [int(index.data(CASE_ID_ROLE)) for index in rows]
        return []

    def list_menu(self, page: CaseListPage, pos: QPoint) -> QMenu | None:
        """The context menu of a case list at `pos`: open the case, hand the selection over."""
        index = page.table.indexAt(pos)
        if not index.isValid():
            return None
        count = len(page.table.selectionModel().selectedRows())
        menu = QMenu(self)
        if count <= 1:
            case_id = int(index.data(CASE_ID_ROLE))
            menu.addAction(self.tr("Open case"), partial(self.open_case, case_id))
        menu.addAction(self.tr("Hand over %n case(s)…", "", max(count, 1)), self.hand_over)
        return menu

    def _list_menu(self, page: CaseListPage, pos: QPoint) -> None:
        menu = self.list_menu(page, pos)
        if menu is not None:
            menu.exec(page.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # --- actions ---------------------------------------------------------------------------

    def new_signal(self) -> None:
        if self._ws is None:
            return
        from app.ui.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self._ws, self)
        if dialog.exec():
            self._refresh_lists()
            case_id = getattr(dialog, "created_case_id", None)
            if case_id:
                self.open_case(int(case_id))

    def import_signals(self) -> None:
        if self._ws is None:
            return
        from app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._ws, self)
        dialog.exec()
        self._refresh_lists()

    def hand_over(self) -> None:
        """Hand the selected case(s), or the open case, over to another laptop."""
        if self._ws is None:
            return
        ids = self.selected_case_ids()
        if not ids:
            QMessageBox.information(
                self,
                self.tr("Hand over cases"),
                self.tr(
                    "First select the case(s) to hand over in a list, or open a case. "
                    "Ctrl+click or Shift+click selects several cases."
                ),
            )
            return
        from app.ui.handover_dialogs import HandoverExportDialog

        dialog = HandoverExportDialog(self._ws, ids, self)
        dialog.exec()
        done = dialog.result_export is not None
        dialog.deleteLater()  # the passphrase leaves memory with it
        if done:
            self._after_handover()

    def receive_handover(self) -> None:
        if self._ws is None:
            return
        from app.ui.handover_dialogs import HandoverImportDialog

        dialog = HandoverImportDialog(self._ws, self)
        dialog.exec()
        done = dialog.result_import is not None
        dialog.deleteLater()
        if done:
            self._after_handover()

    def _after_handover(self) -> None:
        self._refresh_lists()
        if self.stack.currentWidget() is self.case_view:
            self.case_view.refresh()

    def batch_letters(self) -> None:
        if self._ws is None:
            return
        from app.ui.letter_batch_dialog import open_letter_batch_dialog

        open_letter_batch_dialog(self._ws, self, on_changed=self._refresh_lists)

    def make_backup(self) -> None:
        dialog = self.backup_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def backup_dialog(self) -> QDialog | None:
        """The dialog that makes a verified backup in the background (None while locked)."""
        if self._ws is None:
            return None
        from app.ui.backup_dialogs import BackupDialog

        return BackupDialog(self._ws, self)

    def restore_backup(self) -> None:
        dialog = self.restore_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()  # the backup's passphrase, if one was typed, goes with it

    def restore_dialog(self) -> QDialog | None:
        """The dialog that puts a backup back: it has the window close its database first (as
        locking does) and gives it the restored one, or the old one again (None while locked)."""
        if self._ws is None:
            return None
        from app.ui.backup_dialogs import RestoreDialog

        return RestoreDialog(self._ws, self, release=self._close_for_restore, adopt=self.adopt)

    def _close_for_restore(self) -> bool:
        self.lock()
        return self.is_locked

    def show_breach_terms(self) -> None:
        """The soonest open breach terms, and request terms due within two working days or
        overdue (issue 15.2, 15.4), in a banner nobody can miss (hidden when none)."""
        ws = self._ws
        if ws is None:
            self.breach_banner.hide()
            return
        from app.services import clock
        from app.services.breaches import pending_terms
        from app.ui.requests_actions import banner_lines

        moment = clock.now().replace(tzinfo=None)
        pending = pending_terms(ws.store)
        from app.ui import retention_actions

        request_lines = banner_lines(ws) + retention_actions.banner_lines(self)
        if not pending and not request_lines:
            self.breach_banner.hide()
            return
        lines = []
        for breach_id, term in pending[:3]:
            what = fill(
                self.tr("Breach %1: tell the other parties (reglement art. 9.1)")
                if term.name == "parties"
                else self.tr("Breach %1: decide on reporting to the Autoriteit Persoonsgegevens"),
                str(breach_id),
            )
            minutes = int(term.hours_left(moment) * 60)
            span = fill(self.tr("%1 h %2 min"), str(abs(minutes) // 60), str(abs(minutes) % 60))
            when = term.due.strftime("%d-%m %H:%M")
            state = fill(
                self.tr("within %1 (by %2)") if minutes >= 0 else self.tr("%1 overdue (was %2)"),
                span,
                when,
            )
            lines.append(f"⚠ {what}: {state}")
        if len(pending) > 3:
            lines.append(self.tr("… and %n more term(s): Privacy → Data breaches.", "",
                                 len(pending) - 3))
        lines += request_lines
        self.breach_banner.setText("\n".join(lines))
        self.breach_banner.show()

    def check_integrity(self) -> None:
        """Read the whole file in the background (every page's checksum, the structure); a
        damaged database is said at the top of the window, with the backup to restore."""
        ws = self._ws
        if ws is None:
            return
        path, key = ws.store.path, ws.store.key
        task = BackgroundTask(lambda ctx: check_integrity(path, key, progress=ctx.progress), self)
        task.succeeded.connect(lambda _result: self.damage.hide())
        task.failed.connect(self._integrity_failed)
        task.start()

    def _integrity_failed(self, error: object) -> None:
        if isinstance(error, DatabaseDamaged):
            self.damage.setText("⚠ " + error.message_nl)
            self.damage.show()
        elif isinstance(error, BaseException):
            log_unexpected(error)  # the check itself failed: no alarm, a line in the log

    def _set_language(self, code: str) -> None:
        i18n.set_language(code)
        QMessageBox.information(
            self, "Vangnet", self.tr("The new language is used the next time Vangnet starts.")
        )

    def _edit_norm(self) -> None:
        self.open_settings("norm")

    def _set_lock_minutes(self) -> None:
        self.open_settings("autolock")

    def open_settings(self, page: str = "office") -> None:
        """The settings window at `page`; not while locked (it needs the open database)."""
        if self._ws is None:
            return
        from app.ui.settings_dialog import SettingsDialog

        dialog: SettingsDialog | None = getattr(self, "settings_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.show_page(page)
            dialog.raise_()
            dialog.activateWindow()
            return
        if dialog is not None:
            dialog.deleteLater()
        self.settings_dialog = SettingsDialog(self._ws, self, page=page)
        self.settings_dialog.open()

    def _settings_applied(self, applied: object) -> None:
        """Show what a save in the settings window changed (wherever it was opened)."""
        from app.ui.settings_dialog import SettingsApplied

        if not isinstance(applied, SettingsApplied):
            return
        if applied.lock_minutes is not None:
            self.idle.set_minutes(applied.lock_minutes)
        if applied.language in self._language_actions:
            self._language_actions[applied.language].setChecked(True)
        ws = self._ws
        if ws is None:
            return
        if applied.office_name is not None:
            demo = self.tr(" — DEMO") if ws.is_demo else ""
            self.setWindowTitle(f"Vangnet — {ws.office_name}" + demo)
        if applied.rules_changed:
            self._refresh_lists()
        if applied.contacts_folder is not None and self.contacts_sync is not None:
            self.contacts_sync.folder_was_changed(applied.contacts_folder)
        if self.stack.currentWidget() is self.case_view:
            self.case_view.refresh()

    def _explain_order(self) -> None:
        QMessageBox.information(
            self,
            self.tr("How the inbox is ordered"),
            self.tr(
                "The inbox follows the covenant:\n\n"
                "1. Cases with a known eviction date, soonest eviction first.\n"
                "2. Then cases with a priority reason (H 3.6): children under 18, 65+, "
                "statushouders, people already known to the wijkteam or SDV.\n"
                "3. Within each group, the earliest open deadline first.\n"
                "4. Then the earliest signal.\n\n"
                "Deadlines count legal working days: weekends, public holidays and the days of the "
                "Algemene termijnenwet do not count."
            ),
        )

    def _about(self) -> None:
        ws = self._ws
        calendar = ws.ctx.calendar.name if ws else ""
        profile = ws.ctx.profile.name if ws else ""
        QMessageBox.about(
            self,
            self.tr("About Vangnet"),
            fill(
                self.tr("Vangnet %1\n\nCovenant: %2\nCalendar: %3\nDatabase: %4"),
                __version__,
                profile,
                calendar,
                str(self._db_path),
            ),
        )

    # --- locking ---------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._ws is None

    def lock(self) -> None:
        """Hide every case, drop the pages and the key; only the lock screen remains."""
        if self._ws is None:
            return
        self.idle.stop()
        self._integrity_timer.stop()
        self._breach_timer.stop()
        self.breach_banner.hide()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                stop = getattr(widget, "stop_for_lock", None)
                if callable(stop):  # work in the background ends before the key goes
                    stop()
                else:
                    widget.close()
        # and every other task (a backup, ...): cancelled and waited for; one that does not
        # stop in time is kept alive by the registry rather than destroyed with its owner
        background.stop_all(LOCK_WAIT_MS)
        self.outer.setCurrentWidget(self.lock_screen)
        self._clear_stack()
        self._pages.clear()
        self._stop_contacts_sync()
        self._ws.close()
        self._ws = None
        self.nav.setEnabled(False)
        for row, title in enumerate(self._view_titles().values()):  # no counts while locked
            item = self.nav.item(row)
            if item is not None:
                item.setText(title)
        for action in self._data_actions:
            action.setEnabled(False)
        self.notice.clear()
        self.setWindowTitle("Vangnet")

    def change_key(self) -> None:
        dialog = self.key_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()  # a typed passphrase goes with it

    def key_dialog(self) -> QDialog | None:
        """The key change (issue 15.5): the window closes its data first, as for a restore."""
        if self._ws is None:
            return None
        from app.ui.key_dialog import KeyChangeDialog

        return KeyChangeDialog(self._ws, self, release=self._close_for_restore, adopt=self.adopt)

    def open_audit_trail(self) -> None:
        """The audit trail (issue 15.6); closed by a lock like every other window."""
        if self._ws is None:
            return
        from app.ui.audit_dialog import AuditDialog

        old: AuditDialog | None = getattr(self, "audit_dialog", None)
        if old is not None:
            old.deleteLater()
        self.audit_dialog = AuditDialog(self._ws, self)
        self.audit_dialog.open()

    def change_unlock_code(self) -> None:
        """Keyring mode: a new unlock code (the current one, or the recovery key, first)."""
        if self._ws is None:
            return
        if self._ws.store.key.raw is None:  # passphrase mode: the passphrase is what is asked
            QMessageBox.information(
                self,
                self.tr("Change my unlock code"),
                self.tr(
                    "This data file is opened with a passphrase, so Vangnet asks for that "
                    "passphrase after a lock. There is no separate unlock code."
                ),
            )
            return
        from app.ui.unlock_code_dialog import change_unlock_code

        if change_unlock_code(self._ws.store, self):
            QMessageBox.information(
                self,
                self.tr("Change my unlock code"),
                self.tr("Your new unlock code is saved. Use it from the next lock on."),
            )

    def unlock(self) -> None:
        if self._ws is not None:
            return
        ws = self._unlocker() if self._unlocker else None
        if ws is None:
            return
        self.adopt(ws)

    def adopt(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.nav.setEnabled(True)
        for action in self._data_actions:
            action.setEnabled(True)
        self._build_workspace_pages()
        self.outer.setCurrentWidget(self.workspace_widget)
        self.idle.restart()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        still = background.stop_all(CLOSE_WAIT_MS)
        if still:  # closing now would destroy a running thread and take the process down
            event.ignore()
            QMessageBox.information(
                self,
                "Vangnet",
                self.tr(
                    "Vangnet is still finishing work in the background (for example a backup). "
                    "Close the window again in a moment."
                ),
            )
            return
        self._stop_contacts_sync()
        if self._ws is not None:
            self._ws.close()
            self._ws = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)


def reopen(db_path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Unlock again after a lock: the unlock code (keyring mode) or the passphrase, asked every
    time (issue 13.5); the recovery key always works."""
    from app.ui.unlock_code_dialog import unlock_after_lock

    store = unlock_after_lock(db_path, parent)
    return open_workspace(store) if store is not None else None

