"""Issue 16.4 in the window: an eviction 7 working days away is not green; a closed case shows
no eviction badge and no countdown; the desk colours eviction and bailiff on their own scale.

Asserts the tone data of the cells (TONE_ROLE) and the brushes it chooses, not pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case
from app.services.case_query import CaseFilter
from app.services.events import record_event
from app.services.workspace import Workspace
from app.ui.case_table import BADGES_ROLE, COLUMNS, TONE_ROLE, TONES, CaseTableModel
from app.ui.case_view import CaseView
from app.ui.troubleshooter_page import COLUMNS as DESK_COLUMNS
from app.ui.troubleshooter_page import TONE_ROLE as DESK_TONE_ROLE
from app.ui.troubleshooter_page import TroubleshooterPage
from tests.helpers import signal_row
from tests.ui.conftest import TODAY, make_workspace  # Monday 23 November 2026


def _event(ws: Workspace, ref: str, kind: str, on: date, **detail: Any) -> None:
    with ws.store.transaction() as s:
        case = s.scalars(select(Case).where(Case.reference == ref)).one()
        record_event(s, case, kind, on, ws.ctx, detail, actor="test", today=TODAY)


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(
        db_path,
        [
            # everything done; only the eviction on Wed 2 Dec is left: 7 working days
            signal_row(referentie="EV7", naam="Zeven Werkdagen", melddatum="16-11-2026",
                       ontruimingsdatum="02-12-2026"),
            # the bailiff on Wed 25 Nov (2 working days), the eviction far off (Fri 15 Jan)
            signal_row(referentie="BW-SOON", naam="Deurwaarder Komt", melddatum="16-11-2026",
                       deurwaarder_gepland="25-11-2026", ontruimingsdatum="15-01-2027"),
            signal_row(referentie="CLOSED", naam="Gesloten Zaak", melddatum="16-11-2026",
                       ontruimingsdatum="02-12-2026"),
            signal_row(referentie="BW-PAST", naam="Deurwaarder Geweest", melddatum="16-11-2026",
                       deurwaarder_gepland="18-11-2026"),
        ],
    )
    on = date(2026, 11, 17)
    _event(workspace, "EV7", "contact_attempt", on, method="telefoon", reached=True)
    _event(workspace, "EV7", "feedback_sent", on)
    _event(workspace, "EV7", "proposal_sent", on)
    _event(workspace, "CLOSED", "closed", TODAY, outcome="verhuisd")
    yield workspace
    workspace.close()


def _row(model: CaseTableModel, name: str) -> int:
    col = COLUMNS.index("name")
    return next(r for r in range(model.rowCount()) if model.index(r, col).data() == name)


def test_an_eviction_seven_working_days_away_is_not_green(
    qtbot: QtBot, ws: Workspace
) -> None:
    model = CaseTableModel(ws, CaseFilter(view="inbox"))
    index = model.index(_row(model, "Zeven Werkdagen"), COLUMNS.index("deadline"))
    assert index.data(TONE_ROLE) == "urgent"
    assert index.data(TONE_ROLE) != "open"
    fg, bg, symbol = TONES["urgent"]
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == fg
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == bg
    assert bg != TONES["open"][1]  # not the green of a term that is fine
    text = index.data()
    assert text.startswith(symbol) and "7" in text and "2" in text  # words, not colour alone
    tip = index.data(Qt.ItemDataRole.ToolTipRole)  # where it stands on the scale, and why
    assert "10" in tip and "B4" in tip


def test_a_passed_bailiff_date_is_not_marked_overdue(qtbot: QtBot, ws: Workspace) -> None:
    overdue = CaseTableModel(ws, CaseFilter(view="inbox", overdue_only=True))
    names = [overdue.index(r, COLUMNS.index("name")).data() for r in range(overdue.rowCount())]
    assert "Deurwaarder Geweest" not in names
    model = CaseTableModel(ws, CaseFilter(view="inbox"))
    index = model.index(_row(model, "Deurwaarder Geweest"), COLUMNS.index("deadline"))
    assert index.data(TONE_ROLE) != "overdue"


def test_a_closed_case_has_no_eviction_badge_and_no_countdown(
    qtbot: QtBot, ws: Workspace
) -> None:
    inbox = CaseTableModel(ws, CaseFilter(view="inbox"))
    names = [inbox.index(r, COLUMNS.index("name")).data() for r in range(inbox.rowCount())]
    assert "Gesloten Zaak" not in names
    closed = CaseTableModel(ws, CaseFilter(view="closed"))
    row = _row(closed, "Gesloten Zaak")
    assert closed.index(row, COLUMNS.index("priority")).data(BADGES_ROLE) == []
    deadline = closed.index(row, COLUMNS.index("deadline"))
    assert deadline.data(TONE_ROLE) == "met"  # the neutral tone of "nothing running"
    assert not any(ch.isdigit() for ch in deadline.data())  # no countdown
    why = closed.index(row, COLUMNS.index("name")).data(Qt.ItemDataRole.ToolTipRole)
    assert "1." not in why  # no "an eviction date is known" reason


def test_the_case_view_colours_the_eviction_on_its_scale(qtbot: QtBot, ws: Workspace) -> None:
    view = CaseView(ws)
    qtbot.addWidget(view)
    with ws.store.session() as s:
        ids = {ref: case_id for ref, case_id in s.execute(select(Case.reference, Case.id))}
    assert view.show_case(ids["EV7"])
    tones = {
        view.deadlines.item(r, 0).text(): view.deadlines.item(r, 3).data(TONE_ROLE)
        for r in range(view.deadlines.rowCount())
    }
    eviction = next(v for k, v in tones.items() if "viction" in k or "ntruiming" in k)
    assert eviction == "urgent"  # 7 working days
    assert view.show_case(ids["BW-SOON"])
    tones = {
        view.deadlines.item(r, 0).text(): view.deadlines.item(r, 3).data(TONE_ROLE)
        for r in range(view.deadlines.rowCount())
    }
    eviction = next(v for k, v in tones.items() if "viction" in k or "ntruiming" in k)
    bailiff = next(v for k, v in tones.items() if "ailiff" in k or "eurwaarder" in k)
    assert bailiff == "critical"  # Wed 25 Nov: 2 working days
    assert eviction == "planned"  # Fri 15 Jan: 37 working days, still not green
    assert view.show_case(ids["CLOSED"])
    closed = [view.deadlines.item(r, 3).data(TONE_ROLE) for r in range(view.deadlines.rowCount())]
    assert set(closed) <= {"past", "met"}
    assert view.show_case(ids["BW-PAST"])
    row = next(
        r for r in range(view.deadlines.rowCount())
        if "ailiff" in view.deadlines.item(r, 0).text()
        or "eurwaarder" in view.deadlines.item(r, 0).text()
    )
    assert view.deadlines.item(row, 3).data(TONE_ROLE) == "past"
    assert "18" in view.deadlines.item(row, 3).text()  # "deurwaardersdatum was wo 18 nov"


def test_the_desk_tones_eviction_and_bailiff(qtbot: QtBot, ws: Workspace) -> None:
    page = TroubleshooterPage(ws)
    qtbot.addWidget(page)
    page.refresh()
    # soonest first; the closed case is not on the desk
    assert [c.reference for c in page.cases] == ["EV7", "BW-SOON"]
    left = page.table.item(0, DESK_COLUMNS.index("left"))
    assert left.data(DESK_TONE_ROLE) == "urgent"  # 7 working days: orange, not green
    assert page.table.item(1, DESK_COLUMNS.index("left")).data(DESK_TONE_ROLE) == "planned"
    bailiff = page.table.item(1, DESK_COLUMNS.index("bailiff"))
    assert bailiff.data(DESK_TONE_ROLE) == "critical"  # Wed 25 Nov: 2 working days
    page.show_past.setChecked(True)
    assert "CLOSED" not in [c.reference for c in page.cases]
