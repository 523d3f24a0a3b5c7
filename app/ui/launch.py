"""Starting the desktop client: first run or unlock, the main window, or a screenshot."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.services.errors import log_path, log_unexpected
from app.services.store import default_db_path

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from app.services.store import Store


def _install_error_dialog() -> None:
    """An unexpected error shows a calm dialog with a reference; the log has no personal data."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.i18n import fill

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from app.services.store import StoreError

        if isinstance(exc, StoreError) and QApplication.instance() is not None:
            # a known refusal (another Vangnet is busy, ...): say it, nothing to log
            QMessageBox.warning(None, "Vangnet", exc.message_nl)
            return
        ref = log_unexpected(exc.with_traceback(tb))
        if QApplication.instance() is None:
            print(f"Unexpected error (reference {ref}).", file=sys.stderr)
            return
        QMessageBox.warning(
            None,
            "Vangnet",
            fill(
                QApplication.translate(
                    "Launch",
                    "Something went wrong (reference %1). What you saved is safe. Please try "
                    "again; if it happens again, give the reference to your administrator. "
                    "Details without personal data are in %2.",
                ),
                ref,
                str(log_path()),
            ),
        )

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    screenshot: Path | None = getattr(args, "screenshot", None)
    if (
        screenshot is not None
        and not os.environ.get("DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from importlib import resources

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QDialog

    from app.ui import i18n
    from app.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Vangnet")
    app.setOrganizationName("Vangnet")
    app.setWindowIcon(QIcon(str(resources.files("app") / "resources" / "icons" / "vangnet.png")))
    app.setStyleSheet(STYLE)
    i18n.install(app)

    db_path = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    # `--today` is applied by app.cli.main: the whole window works as on that day
    if screenshot is not None:
        size = getattr(args, "size", None) or (1440, 860)
        return _screenshot(db_path, screenshot, getattr(args, "view", "inbox") or "inbox", size)
    _install_error_dialog()

    from app.services.workspace import open_workspace
    from app.ui.main_window import MainWindow, reopen

    store = None
    if not db_path.exists():
        from app.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(db_path)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
        if getattr(wizard, "chose_demo", False):
            from app.services.demo_setup import demo_db_path, open_or_create_demo
            from app.services.store import StoreError

            try:
                store = open_or_create_demo()
            except StoreError as exc:  # e.g. the file there is not a demo: say so, change nothing
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, "Vangnet", exc.message_nl)
                return 1
            db_path = demo_db_path()
        else:
            store = wizard.store
    else:
        from app.ui.unlock_code_dialog import confirm_person
        from app.ui.unlock_dialog import unlock_interactively

        store = unlock_interactively(db_path)
        if store is not None and not confirm_person(store):
            store.close()  # the key came from the keyring, but not the worker's code
            return 0
    if store is None:
        return 0
    workspace = open_workspace(store)
    window = MainWindow(workspace, db_path, unlocker=lambda: reopen(db_path, window))
    window.show()
    return app.exec()


CASE_TABS = ("timeline", "notes", "consents", "sdv", "documents")


def _open_for_screenshot(db_path: Path) -> Store:
    """The database for a screenshot: like the command line, a key from the keyring needs the
    worker's unlock code too (VANGNET_UNLOCK_CODE; nothing is asked)."""
    from app.services.unlock import require_unlock_code, unlock

    store = unlock(db_path, ask=None)
    try:
        require_unlock_code(store, None)
    except BaseException:
        store.close()
        raise
    return store


def _screenshot(
    db_path: Path, target: Path, view: str, size: tuple[int, int] = (1440, 860)
) -> int:
    """Render one view of the current database to a PNG, headless, and exit."""
    from PySide6.QtWidgets import QApplication

    from app.services.workspace import open_workspace
    from app.ui.main_window import VIEW_ALIASES, VIEWS, MainWindow

    # case:ID, or case:ID:TAB with TAB one of CASE_TABS (the tab shown under the deadlines)
    parts = view.split(":")
    if parts[0] == "settings":  # settings or settings:PAGE: the settings window
        return _settings_screenshot(db_path, target, parts[1] if len(parts) > 1 else "office")
    case_id = (
        int(parts[1]) if parts[0] == "case" and len(parts) > 1 and parts[1].isdigit() else None
    )
    tab = parts[2] if case_id is not None and len(parts) > 2 else "timeline"
    view = VIEW_ALIASES.get(view, view)
    if (case_id is None and view not in VIEWS) or tab not in CASE_TABS:
        print(
            f"unknown view {view!r} (use {', '.join(VIEWS)}, case:ID, "
            f"case:ID:{'|'.join(CASE_TABS)} or settings:PAGE)",
            file=sys.stderr,
        )
        return 1
    store = _open_for_screenshot(db_path)
    workspace = open_workspace(store)
    window = MainWindow(workspace, db_path)
    window.resize(*size)
    window.show()
    if case_id is not None:
        window.open_case(case_id)
        window.case_view.tabs.setCurrentIndex(CASE_TABS.index(tab))
    else:
        window.show_view(view)
    for _ in range(5):
        QApplication.processEvents()
    _wait_for_background_work()
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = _save_private_png(window.grab(), target)
    window.close()
    return 0 if ok else 1


def _wait_for_background_work(seconds: float = 30) -> None:
    """A view that counts in the background (the reports) is pictured once it has its figures."""
    import time

    from PySide6.QtWidgets import QApplication

    from app.ui import background

    deadline = time.monotonic() + seconds
    while background.running_tasks() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()


def _settings_screenshot(db_path: Path, target: Path, page: str) -> int:
    """The settings window at `page`, at the size it has on a 1366 × 768 screen."""
    import time

    from PySide6.QtWidgets import QApplication

    from app.services.workspace import open_workspace
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.settings_pages import PAGES

    if page not in PAGES:
        print(f"unknown settings page {page!r} (use {', '.join(PAGES)})", file=sys.stderr)
        return 1
    workspace = open_workspace(_open_for_screenshot(db_path))
    dialog = SettingsDialog(workspace, page=page)
    dialog.resize(1040, 668)
    dialog.show()
    preview = dialog.letterhead_page

    def ready() -> bool:  # the letterhead's preview is drawn in the background
        drawn = preview.preview_image is not None and not preview.is_rendering()
        return page != "letterhead" or drawn

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if ready():
            break
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = _save_private_png(dialog.grab(), target)
    dialog.done(0)
    workspace.close()
    return 0 if ok else 1


def _save_private_png(image: QPixmap, target: Path) -> bool:
    """The picture shows personal data: readable by the user only (0600), like the database.
    The file is made private before Qt writes into it, so it is never readable by others."""
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(target, 0o600)  # also when the file was there before
    except OSError as exc:
        print(f"Cannot write {target}: {exc.strerror}", file=sys.stderr)
        return False
    return image.save(str(target))
