"""The requests registers in the main window (issue 15.2, 15.4): the Privacy menu's
"Requests…" and the lines the window's term banner shows for request terms due soon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.services import privacy_requests as pr
from app.services.workspace import Workspace
from app.ui.case_table import countdown
from app.ui.display import show_date
from app.ui.i18n import fill

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

#: the banner names at most this many request terms, then says how many more there are
BANNER_LINES = 3


def add_actions(menu: QMenu, window: MainWindow) -> None:
    text = QCoreApplication.translate("RequestsBanner", "Re&quests…")
    window._action(menu, text, None, lambda: open_requests(window))


def open_requests(window: MainWindow) -> None:
    """The requests window, parented to the main window so that a lock closes it."""
    ws = window._ws
    if ws is None:
        return
    from app.ui.requests_dialog import RequestsDialog

    old: RequestsDialog | None = getattr(window, "requests_dialog", None)
    if old is not None:
        old.deleteLater()
    dialog = RequestsDialog(ws, window)
    dialog.changed.connect(window.show_breach_terms)
    window.requests_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def banner_lines(ws: Workspace) -> list[str]:
    """A line per request term due within two working days or overdue (none: empty)."""
    with ws.store.session() as session:
        urgent = pr.urgent_terms(session, ws.today(), ws.ctx.calendar)
    translate = QCoreApplication.translate
    what = {
        pr.ANSWER_TERM: translate("RequestsBanner",
                                  "Request %1: answer the data subject (AVG 12(3))"),
        pr.FORWARD_TERM: translate(
            "RequestsBanner", "Request %1: forward to the other party (reglement art. 10.3)"
        ),
        pr.INFORM_TERM: translate(
            "RequestsBanner", "Legal request %1: inform the other party (reglement art. 8.2)"
        ),
    }
    lines = []
    for term in urgent[:BANNER_LINES]:
        state = fill(
            translate("RequestsBanner", "%1, due %2"), countdown(term.view()), show_date(term.due)
        )
        lines.append(f"⚠ {fill(what[term.term], str(term.request_id))}: {state}")
    if len(urgent) > BANNER_LINES:
        lines.append(
            fill(
                translate(
                    "RequestsBanner", "… more request terms (%1 in all): Privacy → Requests."
                ),
                str(len(urgent)),
            )
        )
    return lines
