"""The event dialog's real form, for every action the case view offers (issue 17.6).

Other tests replace `EventDialog.detail()` to drive the case view; here nothing is replaced: the
worker's answers go into the real widgets, `detail()` and `occurred_on()` must give exactly what
the events service expects, and the service stores exactly that on a real encrypted database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.casework import load_context
from app.services.events import EVENT_KINDS, EventProblem, record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from app.ui.case_view import ACTIONS
from app.ui.event_dialog import EventDialog, qdate
from tests.helpers import signal_csv, signal_row
from tests.ui.modal import answer

TODAY = date(2026, 11, 23)
ON = date(2026, 11, 20)  # after every case's signal date, before today

Fill = Callable[[QtBot, EventDialog], None]


def choose(name: str, value: object) -> Fill:
    """Pick the entry that stands for `value` in the drop-down `name`."""

    def fill(qtbot: QtBot, dialog: EventDialog) -> None:
        box = dialog._fields[name]
        assert isinstance(box, QComboBox)
        index = box.findData(value)
        assert index >= 0, f"{name} offers no {value!r}"
        box.setCurrentIndex(index)

    return fill


def type_in(name: str, text: str) -> Fill:
    def fill(qtbot: QtBot, dialog: EventDialog) -> None:
        edit = dialog._fields[name]
        assert isinstance(edit, QLineEdit)
        qtbot.keyClicks(edit, text)

    return fill


def tick(name: str) -> Fill:
    def fill(qtbot: QtBot, dialog: EventDialog) -> None:
        box = dialog._fields[name]
        assert isinstance(box, QCheckBox) and not box.isChecked()
        box.click()

    return fill


@dataclass(frozen=True)
class Form:
    """What the worker does in the dialog, and the detail the service must receive."""

    fills: tuple[Fill, ...]
    detail: dict[str, Any]


NOTHING_ASKED = Form((), {})

#: every action of the case view; a new action needs its form here
FORMS: dict[str, Form] = {
    "contact_attempt": Form(
        (choose("method", "telefoon"), choose("reached", False)),
        {"method": "telefoon", "reached": False},
    ),
    "taken_on": Form((choose("may_resume", True),), {"may_resume": True}),
    "not_taken_on": Form(
        (type_in("reason", "  al geholpen door de kerk  "), choose("may_resume", False)),
        {"reason": "al geholpen door de kerk", "may_resume": False},
    ),
    "collection_answer": Form((choose("may_resume", True),), {"may_resume": True}),
    "cooperation_refused": NOTHING_ASKED,
    "feedback_sent": NOTHING_ASKED,
    "proposal_sent": NOTHING_ASKED,
    "no_proposal_possible": NOTHING_ASKED,
    "arrangement_made": Form(
        (type_in("date", "01-12-2026"), type_in("plan", "75 euro per maand, 20 maanden")),
        {"date": "2026-12-01", "plan": "75 euro per maand, 20 maanden"},
    ),
    "missed_rent_notice": NOTHING_ASKED,
    "rent_resumed": NOTHING_ASKED,
    "arrangement_broken": Form((tick("by_corporation"),), {"by_corporation": True}),
    "bailiff_date_set": Form((type_in("date", "07-12-2026"),), {"date": "2026-12-07"}),
    "eviction_date_set": Form((type_in("date", "15-01-2027"),), {"date": "2027-01-15"}),
    "eviction_averted": NOTHING_ASKED,
    "troubleshooter_informed": NOTHING_ASKED,
    "instrument_deployed": Form(
        (choose("instrument", "geregelde_betaling"), choose("participatiewet", True)),
        {"instrument": "geregelde_betaling", "participatiewet": True},
    ),
    "eviction_ground": Form((choose("ground", "overlast"),), {"ground": "overlast"}),
    "arrangement_in_place": NOTHING_ASKED,
    "settlement_started": NOTHING_ASKED,
    "settlement_feedback_sent": NOTHING_ASKED,
    "settlement_accepted": NOTHING_ASKED,
    "settlement_refused": NOTHING_ASKED,
    "settlement_ended": NOTHING_ASKED,
    "wsnp_requested": NOTHING_ASKED,
    "trajectory_ended": NOTHING_ASKED,
    "sdv_crisis_list_added": NOTHING_ASKED,
    "sdv_crisis_list_removed": NOTHING_ASKED,
    "handover": Form(
        (choose("to", "troubleshooter"), choose("reason", "stagnatie")),
        {"to": "troubleshooter", "reason": "stagnatie"},
    ),
    "closed": Form(
        (choose("outcome", "voorkomen"), type_in("reason", "regeling loopt")),
        {"outcome": "voorkomen", "reason": "regeling loopt"},
    ),
}

#: the drop-downs that start at "— choose —" and may not be saved that way
REQUIRED_CHOICES = [
    ("contact_attempt", "method"),
    ("contact_attempt", "reached"),
    ("instrument_deployed", "instrument"),
    ("eviction_ground", "ground"),
    ("closed", "outcome"),
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """Amsterdam (instruments and a Sluitende Aanpak, so every action is offered), with one
    fresh case per action: what one action does to a case never stands in another's way."""
    path = tmp_path_factory.mktemp("forms") / "vangnet.db"
    store = initialise(
        path, DatabaseKey(passphrase="event form passphrase"), load_profile("amsterdam"), "Team"
    )
    rows = [
        signal_row(referentie=f"EV-{i}", naam=f"Huurder {i}", melddatum="02-11-2026")
        for i, _ in enumerate(ACTIONS)
    ]
    with store.transaction() as session:
        report = import_signals(session, signal_csv(*rows), load_context(session), today=TODAY)
        assert not report.errors, report.errors
    ws = open_workspace(store, clock=lambda: TODAY)
    yield ws
    ws.close()


def case_of(session: Any, kind: str) -> Case:
    reference = f"EV-{ACTIONS.index(kind)}"
    return session.scalars(select(Case).where(Case.reference == reference)).one()


def events_of(ws: Workspace, kind: str) -> list[tuple[str, date, dict[str, Any]]]:
    """The events of the case kept for `kind`, oldest first."""
    with ws.store.session() as session:
        case = case_of(session, kind)
        rows = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        ).all()
        return [(e.kind, e.occurred_on, json.loads(e.detail)) for e in rows]


def open_form(qtbot: QtBot, ws: Workspace, kind: str) -> EventDialog:
    dialog = EventDialog(kind, ws.today(), ws.ctx.profile.instruments)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_action_of_the_case_view_has_a_form_here(office: Workspace) -> None:
    assert list(FORMS) == list(ACTIONS)
    assert office.ctx.profile.instruments and office.ctx.profile.sluitende_aanpak
    for kind, form in FORMS.items():
        needs = set(EVENT_KINDS[kind].needs)
        assert needs <= set(form.detail), f"{kind}: the form must give {needs}"


@pytest.mark.parametrize("kind", ACTIONS)
def test_the_filled_form_is_exactly_what_the_service_stores(
    qtbot: QtBot, office: Workspace, kind: str
) -> None:
    form = FORMS[kind]
    dialog = open_form(qtbot, office, kind)
    assert dialog.occurred_on() == TODAY  # the day starts at today, never later
    if form is NOTHING_ASKED:
        assert not dialog._fields, f"{kind} asks what the test does not fill"
    dialog.on.setDate(qdate(ON))
    for fill in form.fills:
        fill(qtbot, dialog)

    assert dialog.occurred_on() == ON
    assert dialog.detail() == form.detail
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()

    with office.store.transaction() as session:
        event = record_event(
            session,
            case_of(session, kind),
            kind,
            dialog.occurred_on(),
            office.ctx,
            dialog.detail(),
            actor="tester",
            today=office.today(),
        )
        event_id = event.id
    with office.store.session() as session:
        stored = session.get(CaseEvent, event_id)
        assert stored is not None
        assert (stored.kind, stored.occurred_on) == (kind, ON)
        assert json.loads(stored.detail) == form.detail


def test_a_day_after_today_cannot_be_chosen(qtbot: QtBot, office: Workspace) -> None:
    dialog = open_form(qtbot, office, "feedback_sent")
    dialog.on.setDate(qdate(TODAY + timedelta(days=1)))
    assert dialog.occurred_on() == TODAY


@pytest.mark.parametrize(("kind", "left_open"), REQUIRED_CHOICES)
def test_a_required_choice_left_at_choose_is_refused(
    qtbot: QtBot, office: Workspace, kind: str, left_open: str
) -> None:
    """Everything else filled in; the one drop-down still says "— choose —"."""
    dialog = open_form(qtbot, office, kind)
    box = dialog._fields[left_open]
    assert isinstance(box, QComboBox) and box.currentIndex() == 0 and box.currentData() is None
    for fill in FORMS[kind].fills:
        fill(qtbot, dialog)
    box.setCurrentIndex(0)  # the worker went back to "— choose —"

    assert left_open not in dialog.detail()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text().startswith("⚠")
    # and had it got through, the service would have refused it too, storing nothing
    before = events_of(office, kind)
    with pytest.raises(EventProblem) as refused, office.store.transaction() as session:
        record_event(
            session, case_of(session, kind), kind, ON, office.ctx, dialog.detail(), today=TODAY
        )
    assert refused.value.code == "missing_fields"
    assert events_of(office, kind) == before


def test_the_collection_answer_left_open_is_refused(qtbot: QtBot, office: Workspace) -> None:
    """B2 step 6: "may collection resume?" is asked with the decision. The dialog will not close
    while it is open; and had it got through, the service refuses it and nothing is stored."""
    dialog = open_form(qtbot, office, "taken_on")
    assert "may_resume" not in dialog.detail()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "collection" in dialog.problem.text()
    before = events_of(office, "taken_on")
    with pytest.raises(EventProblem) as refused, office.store.transaction() as session:
        case = case_of(session, "taken_on")
        record_event(session, case, "taken_on", ON, office.ctx, dialog.detail(), today=TODAY)
    assert refused.value.code == "missing_fields"
    assert events_of(office, "taken_on") == before


def test_the_case_view_stores_the_form_as_filled(qtbot: QtBot, office: Workspace) -> None:
    """The whole way, as a worker goes it: the action in the case view, the real dialog, Save."""
    from app.ui.case_view import CaseView

    view = CaseView(office)
    qtbot.addWidget(view)
    view.show()
    with office.store.session() as session:
        case_id = case_of(session, "eviction_ground").id
    view.show_case(case_id)

    def fill_and_save(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog) and dialog.kind == "eviction_ground"
        dialog.on.setDate(qdate(ON))
        choose("ground", "woonfraude")(qtbot, dialog)
        dialog.accept()

    before = events_of(office, "eviction_ground")
    for _ in answer([fill_and_save]):
        view.record("eviction_ground")
    assert events_of(office, "eviction_ground") == [
        *before,
        ("eviction_ground", ON, {"ground": "woonfraude"}),
    ]


def test_an_eviction_asks_its_reason_and_other_outcomes_do_not(
    qtbot: QtBot, office: Workspace
) -> None:
    """H 9.5.3a counts evictions per reason: closing as evicted asks it; otherwise it is off."""
    dialog = open_form(qtbot, office, "closed")
    outcome, reason = dialog._fields["outcome"], dialog._fields["eviction_reason"]
    assert isinstance(outcome, QComboBox) and isinstance(reason, QComboBox)
    assert not reason.isEnabled()
    outcome.setCurrentIndex(outcome.findData("verhuisd"))
    assert dialog.missing_choice() is None and "eviction_reason" not in dialog.detail()
    outcome.setCurrentIndex(outcome.findData("ontruimd"))
    assert reason.isEnabled()
    assert dialog.missing_choice() is not None  # the reason is still "— choose —"
    reason.setCurrentIndex(reason.findData("overlast"))
    assert dialog.missing_choice() is None
    assert dialog.detail() == {"outcome": "ontruimd", "eviction_reason": "overlast"}
    outcome.setCurrentIndex(outcome.findData("voorkomen"))
    assert reason.currentData() is None  # an eviction reason never sticks to another outcome
