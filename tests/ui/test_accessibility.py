"""Accessibility of the window (issue 16.7): every control has a name a screen reader can say,
field hints are readable text (not disabled widgets), and nothing that reaches case data can be
used while Vangnet is locked.

The checks walk whatever widgets exist, so controls added later are covered too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.services.keys import DatabaseKey
from app.services.store import open_store
from app.services.workspace import Workspace, open_workspace
from app.ui.case_table import CASE_ID_ROLE
from app.ui.main_window import VIEWS, MainWindow
from app.ui.style import STYLE
from tests.ui.conftest import TODAY, UI_PASSPHRASE, make_workspace

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QTabWidget,
)
#: parts of a compound control that Qt names through the control itself
PART_OF = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QCalendarWidget)
#: menu entries that stay usable while locked: they touch no case data (unlock is the button)
ALLOWED_WHILE_LOCKED = {"Quit", "How the inbox is ordered", "About Vangnet"}
#: WCAG AA for normal text
MIN_CONTRAST = 4.5


# --- the walk ----------------------------------------------------------------------------------


def _is_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, PART_OF):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) or (widget is root and not widget.isHidden())


def _label_buddies(root: QWidget) -> set[int]:
    labelled: set[int] = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            labelled.add(id(buddy))
            proxy = buddy.focusProxy()
            if proxy is not None:
                labelled.add(id(proxy))
    return labelled


def _describe(widget: QWidget) -> str:
    where = []
    parent: QWidget | None = widget
    while parent is not None and len(where) < 4:
        name = parent.objectName()
        where.append(type(parent).__name__ + (f"#{name}" if name else ""))
        parent = parent.parentWidget()
    return " < ".join(where)


def unnamed_controls(root: QWidget) -> list[str]:
    """Every shown control under `root` with no accessible name, no label buddy, no text."""
    labelled = _label_buddies(root)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not _shown(widget, root) or _is_part(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(_describe(widget))
    return missing


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def hint_problems(root: QWidget) -> list[str]:
    """Text shown through a disabled widget (greyed out, announced as unavailable), or a hint
    whose colour has too little contrast against the window."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        parent = widget.parentWidget()
        switched_off = not widget.isEnabled() and (parent is None or parent.isEnabled())
        if isinstance(widget, QLabel) and switched_off and widget.text().strip():
            problems.append(f"disabled label {widget.text()[:40]!r} ({_describe(widget)})")
        if (
            isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)
            and switched_off
            and widget.isReadOnly()
        ):
            problems.append(f"disabled read-only text ({_describe(widget)})")
        if isinstance(widget, QLabel) and widget.text().strip() and widget.isEnabled():
            widget.ensurePolished()
            palette = widget.palette()
            ratio = _contrast(
                palette.color(widget.foregroundRole()), palette.color(widget.backgroundRole())
            )
            if ratio < MIN_CONTRAST:
                problems.append(
                    f"label {widget.text()[:40]!r} has contrast {ratio:.2f} ({_describe(widget)})"
                )
    return problems


def check(root: QWidget) -> list[str]:
    return [f"no accessible name: {w}" for w in unnamed_controls(root)] + hint_problems(root)


def check_every_tab(root: QWidget) -> list[str]:
    """`check` on what is shown, then again with each tab of each tab widget in front."""
    problems = check(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += [f"(tab {tabs.tabText(index)!r}) {p}" for p in check(root)]
        tabs.setCurrentIndex(current)
    return problems


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub)
        else:
            yield action


def all_menu_actions(window: MainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for top in window.menuBar().actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            actions += _menu_actions(sub)
    return actions


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def demo_office(db_path: Path) -> Iterator[Workspace]:
    ws = make_workspace(db_path, [], demo=12)
    yield ws
    ws.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo_office: Workspace, db_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(demo_office, db_path)
    qtbot.addWidget(win)
    win.setStyleSheet(STYLE)  # the look the app has (launch.py sets it on the application)
    win.show()
    yield win
    win.close()


def _first_case(window: MainWindow) -> int:
    model = window.current_list().model
    assert model.rowCount() > 0
    return int(model.index(0, 0).data(CASE_ID_ROLE))


def _ws(window: MainWindow) -> Workspace:
    ws = window._ws
    assert ws is not None
    return ws


# --- the main window and the case view ----------------------------------------------------------


def test_every_view_of_the_main_window_names_its_controls(demo_window: MainWindow) -> None:
    problems: list[str] = []
    for key in VIEWS:
        demo_window.show_view(key)
        problems += [f"[{key}] {p}" for p in check_every_tab(demo_window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_tab_of_the_case_view_names_its_controls(demo_window: MainWindow) -> None:
    demo_window.open_case(_first_case(demo_window))
    view = demo_window.case_view
    assert demo_window.stack.currentWidget() is view
    problems: list[str] = []
    tabs = view.findChildren(QTabWidget)
    assert tabs
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if not tab_widget.isVisibleTo(demo_window):
                continue
            tab_widget.setCurrentIndex(index)
            problems += [
                f"[{tab_widget.tabText(index)}] {p}" for p in check(demo_window)
            ]
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_case_view_is_reached_by_keyboard_in_reading_order(demo_window: MainWindow) -> None:
    """Tab walks the case view top to bottom, left to right within a row, and reaches the
    actions, the deadlines and the tabs."""
    demo_window.open_case(_first_case(demo_window))
    view = demo_window.case_view
    tab_focus = Qt.FocusPolicy.TabFocus
    start = view.nextInFocusChain()
    seen: list[QWidget] = []
    widget = start
    for _ in range(1000):
        if (
            view.isAncestorOf(widget)
            and widget.isVisibleTo(view)
            and widget.focusPolicy() & tab_focus == tab_focus
        ):
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    assert any(isinstance(w, QTabBar) for w in seen)
    assert view.deadlines in seen
    assert sum(isinstance(w, QAbstractButton) for w in seen) >= 5
    spots = [w.mapTo(view, w.rect().topLeft()) for w in seen]
    row = 12  # px: widgets this close vertically stand on one row
    for i in range(len(seen) - 1):
        a, b, wa, wb = spots[i], spots[i + 1], seen[i], seen[i + 1]
        same_row = abs(a.y() - b.y()) <= row
        assert (same_row and b.x() > a.x()) or b.y() > a.y() + row or (
            wa.isAncestorOf(wb) or wb.isAncestorOf(wa)
        ), f"Tab goes back from {_describe(wa)} to {_describe(wb)}"


# --- the dialogs -----------------------------------------------------------------------------


def _dialogs(window: MainWindow, db_path: Path) -> Iterator[tuple[str, QDialog]]:
    """Each main dialog, built as the window builds it (not shown modally)."""
    ws = _ws(window)
    case_id = _first_case(window)
    from app.ui.audit_dialog import AuditDialog
    from app.ui.breach_dialog import BreachDialog
    from app.ui.case_rights_actions import CorrectionDialog, RestrictDialog
    from app.ui.case_view import ConsentDialog
    from app.ui.event_dialog import EventDialog
    from app.ui.handover_dialogs import HandoverExportDialog, HandoverImportDialog
    from app.ui.import_dialog import ImportDialog
    from app.ui.intake_dialog import IntakeDialog
    from app.ui.letter_batch_dialog import LetterBatchDialog
    from app.ui.letter_dialog import LetterDialog
    from app.ui.norm_dialog import NormDialog
    from app.ui.requests_dialog import RequestsDialog
    from app.ui.retention_dialog import RetentionDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.unlock_dialog import UnlockDialog

    factories: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("intake", lambda: IntakeDialog(ws, window)),
        ("import", lambda: ImportDialog(ws, window)),
        ("backup", window.backup_dialog),
        ("restore", window.restore_dialog),
        ("key change", window.key_dialog),
        ("audit", lambda: AuditDialog(ws, window)),
        ("requests", lambda: RequestsDialog(ws, window)),
        ("breaches", lambda: BreachDialog(ws, window)),
        ("retention", lambda: RetentionDialog(ws, window)),
        ("handover out", lambda: HandoverExportDialog(ws, [case_id], window)),
        ("handover in", lambda: HandoverImportDialog(ws, window)),
        ("letter batch", lambda: LetterBatchDialog(ws, window)),
        ("norm", lambda: NormDialog(ws, window)),
        ("unlock", lambda: UnlockDialog(db_path, "", window, locked=True)),
        ("consent", lambda: ConsentDialog(TODAY, window)),
        ("correction", lambda: CorrectionDialog(ws, case_id, window)),
        ("restrict", lambda: RestrictDialog(TODAY, [], window)),
    ]
    for kind in ("contact_attempt", "handover", "closed", "instrument_deployed",
                 "arrangement_made", "eviction_date_set"):
        instruments = ws.ctx.profile.instruments
        factories.append(
            (f"event {kind}", lambda k=kind, i=instruments: EventDialog(k, TODAY, i, window))
        )
    for letter in ("feedback", "announcement"):
        factories.append(
            (f"letter {letter}", lambda k=letter: LetterDialog(ws, case_id, k, window))
        )
    factories.append(("settings", lambda: SettingsDialog(ws, window)))
    for name, make in factories:
        dialog = make()
        assert dialog is not None, name
        yield name, dialog


def test_every_main_dialog_names_its_controls(
    demo_window: MainWindow, db_path: Path, qtbot: QtBot
) -> None:
    from app.ui.settings_dialog import SettingsDialog

    problems: list[str] = []
    for name, dialog in _dialogs(demo_window, db_path):
        dialog.setStyleSheet(STYLE)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"[{name}] {p}" for p in check_every_tab(dialog)]
        for page in getattr(dialog, "pages", {}) if isinstance(dialog, SettingsDialog) else ():
            dialog.show_page(page)  # every page of the settings window
            problems += [f"[{name} {page}] {p}" for p in check(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_page_of_the_first_run_wizard_names_its_controls(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from app.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new" / "vangnet.db", today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.setStyleSheet(STYLE)
    wizard.show()
    problems: list[str] = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        page.show()
        problems += [f"[{type(page).__name__}] {p}" for p in check(page)]
    assert isinstance(wizard, QWizard)
    assert not problems, "\n".join(sorted(set(problems)))


def test_a_field_hint_is_readable_text_not_a_disabled_widget(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    from app.ui.intake_dialog import IntakeDialog

    dialog = IntakeDialog(_ws(demo_window), demo_window)
    dialog.setStyleSheet(STYLE)
    dialog.show()
    qtbot.waitExposed(dialog)
    hints = [
        label for label in dialog.findChildren(QLabel)
        if label.text() == dialog.tr("Including the tenant.")
    ]
    assert hints, "the intake form shows its hint for the number of occupants"
    for hint in hints:
        assert hint.isEnabled()
        palette = hint.palette()
        text, ground = hint.foregroundRole(), hint.backgroundRole()
        ratio = _contrast(palette.color(text), palette.color(ground))
        assert ratio >= MIN_CONTRAST
    dialog.reject()


# --- locked ----------------------------------------------------------------------------------


def test_while_locked_only_quit_and_help_are_in_reach_and_unlock_brings_back_the_rest(
    demo_window: MainWindow, db_path: Path
) -> None:
    actions = all_menu_actions(demo_window)
    assert len(actions) > 20
    assert all(a.isEnabled() for a in actions)
    demo_window.lock()
    assert demo_window.is_locked
    still = sorted(_plain(a.text()) for a in actions if a.isEnabled())
    assert set(still) <= ALLOWED_WHILE_LOCKED, still
    assert "Quit" in still
    # shortcuts of the menus do nothing either: a disabled action does not fire
    assert all(not a.isEnabled() for a in demo_window.actions()
               if _plain(a.text()) not in ALLOWED_WHILE_LOCKED)
    store = open_store(db_path, DatabaseKey(passphrase=UI_PASSPHRASE))
    demo_window.adopt(open_workspace(store, clock=lambda: TODAY))
    assert all(a.isEnabled() for a in all_menu_actions(demo_window))


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    problems = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text()
        sub = action.menu()
        if isinstance(sub, QMenu):
            if "&" not in text:
                problems.append(f"{where}{text!r}: a submenu without an underlined letter")
            problems += _menu_problems(sub, f"{where}{_plain(text)} > ")
        elif "&" not in text and action.shortcut().isEmpty():
            problems.append(f"{where}{text!r}: neither an underlined letter nor a shortcut")
    return problems


def test_every_menu_action_has_a_keyboard_path(demo_window: MainWindow) -> None:
    """Each entry is reached by a shortcut or by Alt and the menus' underlined letters."""
    problems = []
    for top in demo_window.menuBar().actions():
        sub = top.menu()
        if "&" not in top.text():
            problems.append(f"menu {top.text()!r} has no underlined letter")
        if isinstance(sub, QMenu):
            problems += _menu_problems(sub, f"{_plain(top.text())} > ")
    assert not problems, "\n".join(problems)


def test_while_locked_the_toolbar_is_off_too(demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    demo_window.lock()
    on = [
        _plain(action.text())
        for bar in demo_window.findChildren(QToolBar)
        for action in bar.actions()
        if action.isEnabled() and not action.isSeparator()
    ]
    assert set(on) <= ALLOWED_WHILE_LOCKED, on
