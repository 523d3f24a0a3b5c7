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


def _install_error_dialog() -> None:
    """An unexpected error shows a calm dialog with a reference; the log has no personal data."""
    from PySide6.QtWidgets import QApplication, QMessageBox

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
            QApplication.translate(
                "Launch",
                "Something went wrong (reference %1). What you saved is safe. Please try again; "
                "if it happens again, give the reference to your administrator. Details without "
                "personal data are in %2.",
            )
            .replace("%1", ref)
            .replace("%2", str(log_path())),
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

    from PySide6.QtWidgets import QApplication, QDialog

    from app.ui import i18n
    from app.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Vangnet")
    app.setOrganizationName("Vangnet")
    app.setStyleSheet(STYLE)
    i18n.install(app)

    db_path = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    # `--today` is applied by app.cli.main: the whole window works as on that day
    if screenshot is not None:
        return _screenshot(db_path, screenshot, getattr(args, "view", "inbox") or "inbox")
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

            store = open_or_create_demo()
            db_path = demo_db_path()
        else:
            store = wizard.store
    else:
        from app.ui.unlock_dialog import unlock_interactively

        store = unlock_interactively(db_path)
    if store is None:
        return 0
    workspace = open_workspace(store)
    window = MainWindow(workspace, db_path, unlocker=lambda: reopen(db_path, window))
    window.show()
    return app.exec()


CASE_TABS = ("timeline", "notes", "consents", "sdv", "documents")


def _screenshot(db_path: Path, target: Path, view: str) -> int:
    """Render one view of the current database to a PNG, headless, and exit."""
    from PySide6.QtWidgets import QApplication

    from app.services.unlock import unlock
    from app.services.workspace import open_workspace
    from app.ui.main_window import VIEWS, MainWindow

    # case:ID, or case:ID:TAB with TAB one of CASE_TABS (the tab shown under the deadlines)
    parts = view.split(":")
    case_id = (
        int(parts[1]) if parts[0] == "case" and len(parts) > 1 and parts[1].isdigit() else None
    )
    tab = parts[2] if case_id is not None and len(parts) > 2 else "timeline"
    if (case_id is None and view not in VIEWS) or tab not in CASE_TABS:
        print(
            f"unknown view {view!r} (use {', '.join(VIEWS)}, case:ID or "
            f"case:ID:{'|'.join(CASE_TABS)})",
            file=sys.stderr,
        )
        return 1
    store = unlock(db_path, ask=None)
    workspace = open_workspace(store)
    window = MainWindow(workspace, db_path)
    window.resize(1440, 860)
    window.show()
    if case_id is not None:
        window.open_case(case_id)
        window.case_view.tabs.setCurrentIndex(CASE_TABS.index(tab))
    else:
        window.show_view(view)
    for _ in range(5):
        QApplication.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = _save_private_png(window.grab(), target)
    window.close()
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
