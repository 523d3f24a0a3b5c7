"""The Privacy menu's breach register and register of processing (issues 15.3 and 15.7).

Both need the data, so they are off while the window is locked; the breach register's window is
parented to the main window, so a lock closes it like every other window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.services import audit
from app.services.letters.files import FolderProblem, write_atomically
from app.ui.problem_text import shown
from app.ui.widgets import store_refusal_nl

if TYPE_CHECKING:
    from app.ui.breach_dialog import BreachDialog
    from app.ui.main_window import MainWindow

_FOLDER_SETTING = "processing_register/folder"

translate = QCoreApplication.translate


def add_actions(menu: QMenu, window: MainWindow) -> None:
    text = translate("BreachActions", "Data &breaches…")
    window._action(menu, text, None, lambda: open_breaches(window))
    window._action(
        menu, translate("BreachActions", "Print the register of &processing…"), None,
        lambda: choose_and_print_register(window),
    )


def open_breaches(window: MainWindow) -> BreachDialog | None:
    """The breach register; an earlier one (closed or not) is replaced."""
    ws = window._ws
    if ws is None:
        return None
    from app.ui.breach_dialog import BreachDialog

    old = window.findChild(BreachDialog)
    if old is not None:
        old.close()
        old.setParent(None)
        old.deleteLater()
    dialog = BreachDialog(ws, window)
    dialog.open()
    return dialog


def choose_and_print_register(window: MainWindow) -> None:
    if window._ws is None:
        return
    settings = QSettings("Vangnet", "Vangnet")
    folder = str(settings.value(_FOLDER_SETTING, str(Path.home())))
    name = f"verwerkingsregister-{window._ws.today().isoformat()}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        translate("BreachActions", "Print the register of processing"),
        str(Path(folder) / name),
        translate("BreachActions", "PDF files (*.pdf)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    problem = write_processing_register(window, path)
    if problem is None:
        settings.setValue(_FOLDER_SETTING, str(path.parent))
        QMessageBox.information(
            window, translate("BreachActions", "Register of processing"),
            translate("BreachActions", "The register of processing was saved as %1.").replace(
                "%1", str(path)
            ),
        )
    else:
        QMessageBox.warning(window, translate("BreachActions", "Register of processing"), problem)


def write_processing_register(window: MainWindow, path: Path) -> str | None:
    """Write the register (AVG 30) to `path`; None when done, else why not (Dutch)."""
    ws = window._ws
    if ws is None:
        return translate("BreachActions", "Vangnet is locked.")
    from app.services import breaches
    from app.services.processing_register import build_register, register_pdf

    try:
        with ws.store.session() as session:
            pdf = register_pdf(build_register(session, printed_at=breaches.now_to_the_second()))
        write_atomically(path, pdf)
        with ws.store.transaction() as session:
            audit.record(session, "export", "processing_register", "-", detail="pdf",
                         actor=ws.actor)
    except FolderProblem as problem:
        return shown(problem)
    except Exception as exc:
        known = store_refusal_nl(exc)
        if known is None:
            raise
        return known
    return None
