"""The "Debts and proposal" tab: inventory through the widgets, live capacity, proposals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.services.money import parse_amount
from app.services.sdv.inventory import load_inventory
from app.services.sdv.proposals import proposals_of
from app.services.workspace import Workspace
from app.ui.case_view import ACTIONS, CaseView
from app.ui.event_dialog import EventDialog
from app.ui.sdv_panel import SdvPanel
from tests.helpers import signal_row
from tests.ui.conftest import TODAY, make_workspace


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(
        db_path,
        [
            signal_row(referentie="SDV-1", melddatum="02-11-2026", aantal_bewoners="1"),
            signal_row(referentie="SDV-2", melddatum="03-11-2026", naam="Tweede Huurder"),
        ],
    )
    yield workspace
    workspace.close()


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace) -> CaseView:
    case_view = CaseView(ws)
    qtbot.addWidget(case_view)
    assert case_view.show_case(1)
    case_view.tabs.setCurrentWidget(case_view.sdv)
    return case_view


def cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None
    return item.text()


def _type(panel: SdvPanel, table: str, row: int, col: int, text: str) -> None:
    item = getattr(panel, table).item(row, col)
    assert item is not None
    item.setText(text)


def _fill(
    panel: SdvPanel,
    qtbot: QtBot,
    *,
    income: str = "1.650,00",
    arrears: str = "1.612,40",
) -> None:
    """A single person with one income, one fixed cost, the rent arrears and one other debt."""
    panel.household.setCurrentIndex(panel.household.findData("alleenstaande"))
    panel.children_count.setValue(0)
    panel.rent.setText("806,20")
    qtbot.mouseClick(panel.add_income_button, Qt.MouseButton.LeftButton)
    _type(panel, "incomes", 0, 0, "Uitkering")
    _type(panel, "incomes", 0, 1, income)
    qtbot.mouseClick(panel.add_cost_button, Qt.MouseButton.LeftButton)
    _type(panel, "costs", 0, 0, "Zorgverzekering")
    _type(panel, "costs", 0, 1, "148,50")
    qtbot.mouseClick(panel.add_debt_button, Qt.MouseButton.LeftButton)
    _type(panel, "debts", 0, 0, "Ymere")
    combo = panel.debt_kind_combo(0)
    combo.setCurrentIndex(combo.findData("huurachterstand"))
    _type(panel, "debts", 0, 2, arrears)
    qtbot.mouseClick(panel.add_debt_button, Qt.MouseButton.LeftButton)
    _type(panel, "debts", 1, 0, "Vattenfall")
    combo = panel.debt_kind_combo(1)
    combo.setCurrentIndex(combo.findData("energie"))
    _type(panel, "debts", 1, 2, "845,12")
    preferential = panel.debts.item(1, 3)
    assert preferential is not None
    preferential.setCheckState(Qt.CheckState.Checked)
    _type(panel, "debts", 1, 4, "01-03-2026")


def test_the_case_view_has_the_tabs_and_the_refusal_action(view: CaseView) -> None:
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Debts and proposal" in titles and "Documents" in titles
    assert "cooperation_refused" in ACTIONS


def test_cooperation_refused_is_recorded(view: CaseView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EventDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(EventDialog, "occurred_on", lambda self: date(2026, 11, 20))
    monkeypatch.setattr(EventDialog, "detail", lambda self: {})
    view.record("cooperation_refused")
    assert [e["kind"] for e in view._detail["events"]] == ["cooperation_refused"]


def test_budget_is_suggested_from_the_signal_until_saved(view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    assert panel.household.currentData() == "alleenstaande"
    assert panel.rent.text() == "806,20"
    assert not panel.dirty
    assert "Nothing saved yet" in panel.saved_state.text()


def test_fill_save_and_reload(qtbot: QtBot, view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    assert panel.dirty
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert changed and not panel.dirty
    assert "saved" in panel.form_message.text().lower()

    with ws.store.session() as session:
        inventory = load_inventory(session, 1)
    assert inventory.budget is not None
    assert inventory.budget.rent == Decimal("806.20")
    assert [(x.label, x.monthly) for x in inventory.budget.incomes] == [
        ("Uitkering", Decimal("1650.00"))
    ]
    assert [d.creditor for d in inventory.debts] == ["Ymere", "Vattenfall"]
    assert inventory.debts[1].kind == "energie" and inventory.debts[1].preferential
    assert inventory.debts[1].established_on == date(2026, 3, 1)
    assert inventory.rent_arrears == Decimal("1612.40")

    fresh = CaseView(ws)
    qtbot.addWidget(fresh)
    fresh.show_case(1)
    again = fresh.sdv
    assert again.household.currentData() == "alleenstaande"
    assert again.incomes.rowCount() == 1 and again.costs.rowCount() == 1
    assert cell(again.incomes, 0, 1) == "1.650,00"
    assert again.debts.rowCount() == 2
    assert again.debt_kind_combo(0).currentData() == "huurachterstand"
    assert again.debts.item(1, 3).checkState() == Qt.CheckState.Checked
    assert cell(again.debts, 1, 4) in ("01-03-2026", "01/03/2026")
    assert "€ 2.457,52" in again.debt_total.text()
    assert "Saved on" in again.saved_state.text()


def test_invalid_amount_is_named_and_nothing_is_saved(
    qtbot: QtBot, view: CaseView, ws: Workspace
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    _type(panel, "incomes", 0, 1, "1.65,0,0")
    message = panel.form_message.text()
    assert "Income row 1" in message and "“1.65,0,0” is not an amount" in message
    cell = panel.incomes.item(0, 1)
    assert cell is not None and cell.background().color().name() == "#fde2e1"
    assert "capacity is shown again" in panel.capacity_verdict.text()

    assert panel.save_inventory() is False
    with ws.store.session() as session:
        assert load_inventory(session, 1).updated_at is None

    _type(panel, "incomes", 0, 1, "1.650,00")
    assert panel.form_message.kind != "error"
    assert cell.background().style() == Qt.BrushStyle.NoBrush


def test_debt_row_problems_are_named(qtbot: QtBot, view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    _type(panel, "debts", 1, 0, "")
    _type(panel, "debts", 1, 4, "31-02-2026")
    message = panel.form_message.text()
    assert "Debt row 2: the creditor is missing" in message
    assert "“31-02-2026” is not a date" in message
    assert panel.save_inventory() is False
    with ws.store.session() as session:
        assert load_inventory(session, 1).debts == ()


def test_capacity_follows_every_edit_with_its_derivation(qtbot: QtBot, view: CaseView) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    # 1.650,00 − 148,50 − 806,20 − 300,00 (single person) = 395,30
    assert panel.capacity_amount.text() == "€ 395,30 per month"
    derivation = panel.derivation.text()
    for part in ("Uitkering", "Zorgverzekering", "Current rent", "€ 806,20", "€ 300,00"):
        assert part in derivation
    assert "Repayment capacity per month" in derivation

    panel.children_count.setValue(1)  # the norm grows by € 100,00 per child
    assert panel.capacity_amount.text() == "€ 295,30 per month"

    _type(panel, "incomes", 0, 1, "1.200,00")
    assert panel.capacity_amount.text() == "-€ 154,70 per month"
    assert "no room to repay" in panel.capacity_verdict.text()
    assert not panel.current_capacity or not panel.current_capacity.has_room


def test_unsaved_edits_survive_a_refresh(qtbot: QtBot, view: CaseView) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    view.refresh()  # e.g. after recording an action in the same case
    assert panel.dirty and panel.incomes.rowCount() == 1
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert not panel.dirty and panel.incomes.rowCount() == 0


def test_arrangement_shows_the_schedule_and_is_stored(
    qtbot: QtBot, view: CaseView, ws: Workspace
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    assert panel.save_inventory()
    assert "within 12 months" in panel.monthly_hint.text()
    panel.choice_arrangement.setChecked(True)
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    assert changed
    rows = panel.result_rows()
    assert len(rows) == 12  # the lowest amount that fits: € 135,00 for 12 months
    assert rows[0][2] == "€ 135,00" and rows[-1][3] == "€ 0,00"
    paid = sum((parse_amount(r[2]) for r in rows), Decimal("0.00"))
    assert paid == Decimal("1612.40")
    assert "not sent yet" in panel.current_status.text()
    assert panel.letter_button.isEnabled()
    assert panel.history.rowCount() == 1

    with ws.store.session() as session:
        stored = proposals_of(session, 1)
    assert [p.kind for p in stored] == ["arrangement"]
    assert stored[0].snapshot["arrangement"]["monthly"] == "135.00"
    deadlines = {d["id"]: d for d in view._detail["deadlines"]}
    assert deadlines["proposal"]["status"] != "met"  # met only when the letter is sent


def test_named_monthly_amount_above_capacity_is_refused(
    qtbot: QtBot, view: CaseView, ws: Workspace
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    assert panel.save_inventory()
    panel.monthly.setText("500,00")
    assert panel.make_proposal() is False
    assert "more than the repayment capacity of € 395,30" in panel.proposal_message.text()
    panel.monthly.setText("50,00")  # 1.612,40 / 50 = 33 months > 12
    assert panel.make_proposal() is False
    assert "33 months" in panel.proposal_message.text()
    panel.monthly.setText("twintig")
    assert panel.make_proposal() is False
    assert "“twintig” is not an amount" in panel.proposal_message.text()
    with ws.store.session() as session:
        assert proposals_of(session, 1) == []
    panel.monthly.setText("200")
    assert panel.make_proposal()
    assert len(panel.result_rows()) == 9


def test_settlement_shares_add_up_to_the_offer(qtbot: QtBot, view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    _fill(panel, qtbot, income="1.260,03")  # capacity € 5,33: a real settlement
    assert panel.save_inventory()
    panel.choice_settlement.setChecked(True)
    assert panel.settlement_months.value() == 36
    assert panel.make_proposal()
    rows = panel.result_rows()
    shares, total = rows[:-1], rows[-1]
    assert [r[0] for r in shares] == ["Ymere", "Vattenfall"]
    assert total[0] == "Total"
    offered = sum((parse_amount(r[4]) for r in shares), Decimal("0.00"))
    assert offered == parse_amount(total[4]) == Decimal("191.88")  # 36 × € 5,33
    assert parse_amount(total[3]) == Decimal("2457.52")
    assert "7.80%" in panel.current_summary.text() or "7,80%" in panel.current_summary.text()
    with ws.store.session() as session:
        stored = proposals_of(session, 1)
    assert stored[0].kind == "settlement"
    assert stored[0].snapshot["settlement"]["offered_total"] == "191.88"


def test_impossible_plan_explains_and_is_stored_as_none_possible(
    qtbot: QtBot, view: CaseView, ws: Workspace
) -> None:
    panel = view.sdv
    _fill(panel, qtbot, income="1.260,00")  # capacity € 5,30: € 135,00 a month does not fit
    assert panel.save_inventory()
    assert panel.make_proposal()
    text = panel.current_summary.text()
    assert text.startswith("Not possible yet: ")
    assert "€ 135,00 per maand nodig" in text
    assert not panel.result_table.isVisible()
    with ws.store.session() as session:
        stored = proposals_of(session, 1)
    assert stored[0].kind == "none_possible"
    assert "no_proposal" in stored[0].snapshot


def test_not_possible_yet_is_recorded(qtbot: QtBot, view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    panel.choice_none.setChecked(True)
    assert not panel.first_instalment.isVisibleTo(panel)
    assert panel.make_proposal()
    assert "inventarisatie" in panel.current_summary.text()
    with ws.store.session() as session:
        assert [p.kind for p in proposals_of(session, 1)] == ["none_possible"]


def test_a_newer_proposal_replaces_the_unsent_one(qtbot: QtBot, view: CaseView) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    assert panel.save_inventory()
    assert panel.make_proposal()
    panel.choice_settlement.setChecked(True)
    assert panel.make_proposal()
    statuses = [cell(panel.history, r, 3) for r in range(2)]
    assert statuses == ["current, not sent yet", "replaced by a newer proposal"]


def test_no_budget_gives_a_plain_message(view: CaseView, ws: Workspace) -> None:
    panel = view.sdv
    assert panel.make_proposal() is False
    assert "no saved household budget" in panel.proposal_message.text()


def test_unsaved_changes_are_saved_first_after_asking(
    qtbot: QtBot, view: CaseView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert panel.make_proposal() is False
    assert asked and "not saved yet" in asked[0]
    with ws.store.session() as session:
        assert load_inventory(session, 1).updated_at is None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert panel.make_proposal()
    with ws.store.session() as session:
        assert load_inventory(session, 1).budget is not None
        assert [p.kind for p in proposals_of(session, 1)] == ["arrangement"]


def test_unsaved_invalid_changes_block_the_proposal(
    qtbot: QtBot, view: CaseView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    _type(panel, "costs", 0, 1, "veel")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert panel.make_proposal() is False
    assert "no proposal was made" in panel.proposal_message.text()
    with ws.store.session() as session:
        assert proposals_of(session, 1) == []


def test_proposal_letter_button_asks_for_the_proposal_letter(
    qtbot: QtBot, view: CaseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = view.sdv
    _fill(panel, qtbot)
    assert panel.save_inventory()
    assert panel.make_proposal()
    asked: list[str] = []
    monkeypatch.setattr(CaseView, "make_letter", lambda self, kind: asked.append(kind))
    qtbot.mouseClick(panel.letter_button, Qt.MouseButton.LeftButton)
    assert asked == ["proposal"]


def test_first_instalment_cannot_be_in_the_past(view: CaseView) -> None:
    minimum = view.sdv.first_instalment.minimumDate()
    assert (minimum.year(), minimum.month(), minimum.day()) == (
        TODAY.year,
        TODAY.month,
        TODAY.day,
    )


@pytest.mark.parametrize(
    ("answer", "leaves", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_leaving_with_unsaved_changes_asks(
    qtbot: QtBot,
    view: CaseView,
    ws: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    leaves: bool,
    saved: bool,
) -> None:
    _fill(view.sdv, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    back: list[bool] = []
    view.back_requested.connect(lambda: back.append(True))
    view.go_back()
    assert bool(back) is leaves
    with ws.store.session() as session:
        assert (load_inventory(session, 1).updated_at is not None) is saved


def test_opening_another_case_with_unsaved_changes_asks(
    qtbot: QtBot, view: CaseView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(view.sdv, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert view.show_case(2) is False
    assert view.case_id == 1 and view.sdv.dirty
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert view.show_case(2)
    assert view.case_id == 2 and not view.sdv.dirty
    assert view.sdv.incomes.rowCount() == 0
    assert view.sdv.household.currentData() == "paar"  # suggested from the second signal
