"""Every case action in the case view records an event and changes deadlines or rank at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui.case_view import CaseView
from app.ui.event_dialog import EventDialog
from tests.helpers import signal_row
from tests.ui.conftest import make_workspace


@pytest.fixture
def one_case(db_path: Path) -> Workspace:
    return make_workspace(
        db_path,
        [signal_row(referentie="ACT-1", melddatum="02-11-2026", deurwaarder_gepland="30-11-2026")],
    )


def _answer(monkeypatch: pytest.MonkeyPatch, on: date, detail: dict[str, Any]) -> None:
    monkeypatch.setattr(EventDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(EventDialog, "occurred_on", lambda self: on)
    monkeypatch.setattr(EventDialog, "detail", lambda self: dict(detail))


def _deadlines(view: CaseView) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in view._detail["deadlines"]}


ON = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("kind", "detail", "check"),
    [
        (
            "contact_attempt",
            {"method": "telefoon", "reached": False},
            lambda d, v: d["contact"]["status"] == "late",
        ),
        ("feedback_sent", {}, lambda d, v: d["feedback"]["status"] == "late"),
        ("proposal_sent", {}, lambda d, v: d["proposal"]["status"] == "met"),
        ("no_proposal_possible", {}, lambda d, v: d["proposal"]["status"] == "met"),
        (
            "arrangement_made",
            {"date": "2026-12-01", "plan": "€ 50 per maand"},
            lambda d, v: d["bailiff"]["status"] == "met",
        ),
        ("missed_rent_notice", {}, lambda d, v: d["recovery"]["due"] == "2026-11-24"),
        (
            "eviction_date_set",
            {"date": "2027-01-15"},
            lambda d, v: d["eviction"]["due"] == "2027-01-15",
        ),
        ("settlement_started", {}, lambda d, v: d["amicable_max"]["due"] == "2029-11-12"),
        ("bailiff_cancelled", {}, lambda d, v: "bailiff" not in d),
        (
            "not_taken_on",
            {"reason": "al hulp elders", "may_resume": False},
            lambda d, v: v._detail["status"] == "niet_in_behandeling",
        ),
        ("closed", {"outcome": "voorkomen"}, lambda d, v: v._detail["status"] == "gesloten"),
    ],
)
def test_action_changes_deadlines(
    qtbot: QtBot,
    one_case: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    detail: dict[str, Any],
    check: Any,
) -> None:
    view = CaseView(one_case)
    qtbot.addWidget(view)
    assert view.show_case(1)
    before = view.timeline.rowCount()
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    _answer(monkeypatch, ON, detail)
    view.record(kind)
    assert changed, "the lists are told to refresh"
    assert view.timeline.rowCount() == before + 1
    assert check(_deadlines(view), view)
    one_case.close()


def test_recovery_term_met_when_rent_resumes(
    qtbot: QtBot, one_case: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseView(one_case)
    qtbot.addWidget(view)
    view.show_case(1)
    _answer(monkeypatch, ON, {})
    view.record("missed_rent_notice")
    _answer(monkeypatch, date(2026, 11, 20), {})
    view.record("rent_resumed")
    assert _deadlines(view)["recovery"]["status"] == "met"
    one_case.close()


def test_refused_action_shows_dutch_problem_and_changes_nothing(
    qtbot: QtBot, one_case: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseView(one_case)
    qtbot.addWidget(view)
    view.show_case(1)
    shown: list[str] = []
    calls = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    monkeypatch.setattr(EventDialog, "exec", lambda self: next(calls))
    monkeypatch.setattr(EventDialog, "occurred_on", lambda self: ON)
    monkeypatch.setattr(EventDialog, "detail", lambda self: {"to": "sdv", "warm": True})
    monkeypatch.setattr(EventDialog, "show_problem", lambda self, text: shown.append(text))
    view.record("handover")
    assert shown and "consent" in shown[0].lower() or "toestemming" in shown[0].lower()
    assert view.timeline.rowCount() == 0
    one_case.close()


@pytest.mark.parametrize("kind", ["taken_on", "not_taken_on", "collection_answer"])
def test_the_decision_asks_the_collection_answer_and_chooses_nothing(
    qtbot: QtBot, kind: str
) -> None:
    """B2 step 6: the worker answers "may collection resume?"; nothing is pre-chosen."""
    dialog = EventDialog(kind, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert "may_resume" not in dialog.detail()
    answer = dialog._fields["may_resume"]
    assert isinstance(answer, QComboBox)
    answer.setCurrentIndex(answer.findData(False))
    assert dialog.detail()["may_resume"] is False
    answer.setCurrentIndex(answer.findData(True))
    assert dialog.detail()["may_resume"] is True


def test_the_case_view_shows_the_collection_answer(
    qtbot: QtBot, one_case: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseView(one_case)
    qtbot.addWidget(view)
    view.show_case(1)
    assert view._detail["incasso_mag_hervatten"] is None
    assert "not answered yet" in view.facts.text() or "nog niet beantwoord" in view.facts.text()
    _answer(monkeypatch, ON, {"may_resume": False, "reason": "wachtlijst"})
    view.record("not_taken_on")
    assert view._detail["incasso_mag_hervatten"] is False
    _answer(monkeypatch, ON, {"may_resume": True})
    view.record("collection_answer")
    assert view._detail["incasso_mag_hervatten"] is True
    one_case.close()



def test_a_lapsed_recovery_term_asks_to_end_the_trajectory(
    qtbot: QtBot, one_case: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """H 7.6: "[...] niet ingaat op de hersteltermijn van 14 dagen om de huur alsnog te
    voldoen, wordt het schuldhulpverleningstraject met onmiddellijke ingang beëindigd"."""
    view = CaseView(one_case)
    qtbot.addWidget(view)
    view.show()
    view.show_case(1)
    assert not view.trajectory_prompt.isVisible()
    _answer(monkeypatch, date(2026, 11, 3), {})
    view.record("missed_rent_notice")  # the term ran out on 17 November; today is the 23rd
    assert view._detail["hersteltermijn_verstreken"] == "2026-11-17"
    assert view.trajectory_prompt.isVisible() and "17-11-2026" in view.trajectory_text.text()
    _answer(monkeypatch, date(2026, 11, 23), {})
    view.trajectory_button.click()
    assert view._detail["hersteltermijn_verstreken"] is None
    assert not view.trajectory_prompt.isVisible()
    kinds = [e["kind"] for e in view._detail["events"]]
    assert "trajectory_ended" in kinds
    one_case.close()


def test_a_broken_agreement_asks_to_tell_the_corporation(
    qtbot: QtBot, one_case: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """H 3.9: "Wanneer de huurder gemaakte betaalafspraken niet nakomt wordt het Sociaal
    Wijkteam direct geïnformeerd en vica versa"."""
    view = CaseView(one_case)
    qtbot.addWidget(view)
    view.show()
    view.show_case(1)
    assert not view.broken_prompt.isVisible()
    _answer(monkeypatch, date(2026, 11, 20), {})
    view.record("arrangement_broken")
    assert view.broken_prompt.isVisible() and "20-11-2026" in view.broken_text.text()
    assert view.broken_button.isEnabled()
    # the corporation reported a later break itself: it knows, nothing to tell
    _answer(monkeypatch, date(2026, 11, 23), {"by_corporation": True})
    view.record("arrangement_broken")
    assert not view.broken_prompt.isVisible()
    one_case.close()


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("contact_attempt", ("method", "reached")),
        ("closed", ("outcome",)),
        ("eviction_ground", ("ground",)),
    ],
)
def test_no_untrue_answer_is_chosen_for_the_worker(
    qtbot: QtBot, kind: str, fields: tuple[str, ...]
) -> None:
    """Issue 16.3: a default "tenant reached" or "eviction averted" would put an untruth in the
    feedback letter; the dialog starts empty and will not close until the worker chooses."""
    dialog = EventDialog(kind, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    for name in fields:
        assert name not in dialog.detail()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("⚠")
    for name in fields:
        box = dialog._fields[name]
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(1)
        assert name in dialog.detail()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("kind", ["bailiff_date_set", "eviction_date_set", "arrangement_made"])
def test_a_date_from_outside_is_typed_not_assumed(qtbot: QtBot, kind: str) -> None:
    dialog = EventDialog(kind, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert "date" not in dialog.detail()  # not "today"
    field = dialog._fields["date"]
    assert isinstance(field, QLineEdit)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    field.setText("31-02-2027")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "31-02-2027" in dialog.problem.text()
    field.setText("15-01-2027")
    assert dialog.detail()["date"] == "2027-01-15"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
