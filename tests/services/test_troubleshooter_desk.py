"""The troubleshooter's desk on real encrypted offices: eviction-dated cases, what was tried,
who to call; and the Amsterdam Sluitende Aanpak."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.models import Case
from app.services.casework import RulesContext, load_context
from app.services.contacts.sync import sync_folder
from app.services.events import record_event, undo_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.money import Budget
from app.services.money import BudgetLine as Line
from app.services.rules.profile import load_profile
from app.services.sdv.inventory import save_inventory
from app.services.sdv.proposals import mark_proposal_sent, propose_arrangement
from app.services.setup import initialise
from app.services.store import Store
from app.services.troubleshooter_desk import (
    LAST_ACTIONS,
    Action,
    EvictionCase,
    eviction_cases,
    sluitende_aanpak,
    summarise_tried,
)
from tests.contacts.helpers import base_rows, contact_csv, write_list
from tests.helpers import HEADER, signal_row
from tests.letters.conftest import TODAY, Office, make_office

D = Decimal

HAARLEM_ROWS = [
    signal_row(referentie="EV-LATER", naam="Later Uitgezet", ontruimingsdatum="15-12-2026"),
    signal_row(
        referentie="EV-SOON",
        corporatie="Elan Wonen",
        naam="Binnenkort Uitgezet",
        melddatum="16-11-2026",
        ontruimingsdatum="01-12-2026",
        deurwaarder_gepland="27-11-2026",
    ),
    signal_row(referentie="EV-TODAY", naam="Vandaag Uitgezet", ontruimingsdatum="23-11-2026"),
    signal_row(
        referentie="EV-PAST",
        naam="Al Uitgezet",
        melddatum="15-10-2026",
        ontruimingsdatum="10-11-2026",
    ),
    signal_row(referentie="EV-CLOSED", naam="Gesloten Zaak", ontruimingsdatum="02-12-2026"),
    signal_row(referentie="NO-DATE", naam="Zonder Datum"),
    signal_row(referentie="BY-EVENT", naam="Via Vonnis", melddatum="09-11-2026"),
    signal_row(referentie="EV-SAME", naam="Zelfde Dag", ontruimingsdatum="15-12-2026"),
]


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    assert case is not None
    return case


def _event(
    session: Session,
    ctx: RulesContext,
    case_id: int,
    kind: str,
    on: date,
    detail: dict[str, Any] | None = None,
) -> Any:
    return record_event(
        session, _case(session, case_id), kind, on, ctx, detail, actor="ts", today=TODAY
    )


@dataclass
class Desk:
    office: Office
    cases: list[EvictionCase]

    def get(self, ref: str) -> EvictionCase:
        return next(c for c in self.cases if c.case_id == self.office.ids[ref])


@pytest.fixture(scope="module")
def haarlem(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    folder = tmp_path_factory.mktemp("desk")
    office = make_office(folder / "haarlem.db", HAARLEM_ROWS, letterhead=False, answered=False)
    ids, ctx = office.ids, office.ctx
    write_list(folder / "share", contact_csv(base_rows()))
    synced = sync_folder(
        office.store, folder / "share", actor="ts", settle_seconds=0, pause=lambda s: None
    )
    assert synced.taken, synced
    with office.store.transaction() as s:
        later = ids["EV-LATER"]
        _event(
            s,
            ctx,
            later,
            "contact_attempt",
            date(2026, 11, 3),
            {"method": "telefoon", "reached": False},
        )
        _event(
            s,
            ctx,
            later,
            "contact_attempt",
            date(2026, 11, 5),
            {"method": "huisbezoek", "reached": True},
        )
        _event(
            s,
            ctx,
            later,
            "contact_attempt",
            date(2026, 11, 12),
            {"method": "telefoon", "reached": True},
        )
        case = _case(s, later)
        save_inventory(
            s,
            case,
            Budget("alleenstaande", 0, (Line("Uitkering", D("1500.00")),), (), D("806.20")),
            (),
            actor="sdv",
        )
        proposal = propose_arrangement(
            s,
            case,
            today=date(2026, 11, 12),
            resume_rent_from=date(2026, 12, 1),
            first_instalment=date(2026, 12, 1),
        )
        mark_proposal_sent(s, proposal.id, ctx, date(2026, 11, 13), today=TODAY, actor="sdv")
        _event(s, ctx, later, "no_proposal_possible", date(2026, 11, 14))
        _event(s, ctx, later, "arrangement_made", date(2026, 11, 16), {"date": "2026-11-16"})
        _event(s, ctx, later, "cooperation_refused", date(2026, 11, 18))
        _event(s, ctx, later, "troubleshooter_informed", date(2026, 11, 19))
        _event(s, ctx, later, "troubleshooter_informed", date(2026, 11, 20))
        wrong = _event(
            s,
            ctx,
            later,
            "contact_attempt",
            date(2026, 11, 23),
            {"method": "telefoon", "reached": True},
        )
        undo_event(s, wrong, case, ctx, actor="ts")
        # refusal by the team
        _event(
            s,
            ctx,
            ids["EV-SOON"],
            "not_taken_on",
            date(2026, 11, 20),
            {"reason": "buiten wijk", "may_resume": False},
        )
        _event(s, ctx, ids["EV-CLOSED"], "closed", TODAY, {"outcome": "voorkomen"})
        _event(s, ctx, ids["BY-EVENT"], "eviction_date_set", TODAY, {"date": "2026-12-08"})
    yield office
    office.store.close()


@pytest.fixture(scope="module")
def desk(haarlem: Office) -> Desk:
    with haarlem.store.session() as s:
        return Desk(haarlem, eviction_cases(s, haarlem.ctx, TODAY))


def test_open_eviction_cases_soonest_first(desk: Desk) -> None:
    ids = desk.office.ids
    assert [c.case_id for c in desk.cases] == [
        ids["EV-TODAY"],
        ids["EV-SOON"],
        ids["BY-EVENT"],
        ids["EV-LATER"],
        ids["EV-SAME"],  # same day: the older case first
    ]
    assert ids["EV-LATER"] < ids["EV-SAME"]


def test_days_and_working_days_left(desk: Desk) -> None:
    # Monday 23 November 2026; no holidays before Christmas
    left = {c.reference: (c.days_left, c.working_days_left) for c in desk.cases}
    assert left == {
        "EV-TODAY": (0, 0),
        "EV-SOON": (8, 6),  # Tue 1 Dec: 24-27 Nov, 30 Nov, 1 Dec
        "BY-EVENT": (15, 11),  # Tue 8 Dec
        "EV-LATER": (22, 16),
        "EV-SAME": (22, 16),
    }


def test_past_dates_only_when_asked(haarlem: Office) -> None:
    with haarlem.store.session() as s:
        cases = eviction_cases(s, haarlem.ctx, TODAY, include_past=True)
    assert cases[0].case_id == haarlem.ids["EV-PAST"]
    assert (cases[0].days_left, cases[0].working_days_left) == (-13, -9)  # Tue 10 November
    assert haarlem.ids["EV-CLOSED"] not in [c.case_id for c in cases]
    assert len(cases) == 6
    with haarlem.store.session() as s:
        assert eviction_cases(s, haarlem.ctx, date(2027, 1, 1)) == []


def test_case_facts_and_contact(desk: Desk) -> None:
    soon = desk.get("EV-SOON")
    assert soon.tenant_name == "Binnenkort Uitgezet"
    assert (soon.corporation, soon.corporation_code, soon.reference) == (
        "Elan Wonen",
        "ELAN",
        "EV-SOON",
    )
    assert soon.status == "niet_in_behandeling"
    assert soon.eviction_date == date(2026, 12, 1)
    assert soon.bailiff_date == date(2026, 11, 27)
    assert soon.flags == ("late_signal",)  # signal 16 November, bailiff 27 November: < 2 weeks
    assert soon.contact is not None and soon.contact.name == "Karin Vermeulen"
    later = desk.get("EV-LATER")
    assert later.contact is not None and later.contact.name == "Linda Groen"
    assert later.bailiff_date is None and later.flags == ()


def test_what_was_tried(desk: Desk) -> None:
    tried = desk.get("EV-LATER").tried
    assert tried.contact_attempts == 3  # the undone fourth does not count
    assert tried.reached == 2
    assert tried.last_contact == date(2026, 11, 12)
    assert tried.proposals == 2  # proposal_sent and no_proposal_possible
    assert tried.arrangements == 1
    assert tried.refusals == 1
    assert tried.instruments == ()
    assert tried.troubleshooter_informed == date(2026, 11, 20)
    assert tried.latest_proposal == "arrangement"
    assert tried.anything
    soon = desk.get("EV-SOON").tried
    assert (soon.refusals, soon.contact_attempts, soon.proposals, soon.latest_proposal) == (
        1,
        0,
        0,
        None,
    )
    assert not soon.anything
    assert not desk.get("EV-SAME").tried.anything


def test_last_actions_newest_first_without_undone_events(desk: Desk) -> None:
    later = desk.get("EV-LATER").last_actions
    assert len(later) == LAST_ACTIONS == 3
    assert [(a.kind, a.on) for a in later] == [
        ("troubleshooter_informed", date(2026, 11, 20)),
        ("troubleshooter_informed", date(2026, 11, 19)),
        ("cooperation_refused", date(2026, 11, 18)),
    ]
    by_event = desk.get("BY-EVENT").last_actions
    assert [(a.kind, a.detail) for a in by_event] == [("eviction_date_set", {"date": "2026-12-08"})]
    assert desk.get("EV-SAME").last_actions == ()


def test_summarise_tried_from_plain_actions() -> None:
    actions = [
        Action(date(2026, 11, 2), "contact_attempt", {"method": "telefoon", "reached": False}),
        Action(date(2026, 11, 4), "instrument_deployed", {"instrument": "vroeg_eropaf"}),
        Action(date(2026, 11, 6), "not_taken_on", {"reason": "x"}),
        Action(date(2026, 11, 9), "cooperation_refused", {}),
        Action(date(2026, 11, 10), "settlement_started", {}),
    ]
    tried = summarise_tried(actions, ["settlement", "arrangement"])
    assert tried.contact_attempts == 1 and tried.reached == 0
    assert tried.refusals == 2
    assert tried.instruments == (("vroeg_eropaf", date(2026, 11, 4)),)
    assert tried.latest_proposal == "settlement"
    assert tried.troubleshooter_informed is None
    assert tried.anything
    empty = summarise_tried([], [])
    assert not empty.anything and empty.last_contact is None


def test_sluitende_aanpak_does_not_apply_in_haarlem(haarlem: Office) -> None:
    with haarlem.store.session() as s:
        result = sluitende_aanpak(s, _case(s, haarlem.ids["EV-LATER"]), haarlem.ctx)
    assert result.applies is False
    assert result.instruments == ()
    assert result.refusals == (("cooperation_refused", date(2026, 11, 18)),)
    assert not result.satisfied


# --- Amsterdam: the Sluitende Aanpak --------------------------------------------------------


@pytest.fixture
def amsterdam(tmp_path: Path) -> Iterator[tuple[Store, RulesContext, dict[str, int]]]:
    store = initialise(
        tmp_path / "ams.db",
        DatabaseKey(passphrase="amsterdamse sleutel 1"),
        load_profile("amsterdam"),
        "Uitvoerder Zuid",
    )
    rows = [
        signal_row(
            referentie="AMS-1",
            corporatie="Ymere",
            naam="Mila de Vries",
            woonplaats="Amsterdam",
            postcode="1011 AB",
            deurwaarder_gepland="14-12-2026",
            ontruimingsdatum="20-01-2027",
        ),
        signal_row(
            referentie="AMS-2",
            corporatie="Eigen Haard",
            naam="Noah Bakker",
            woonplaats="Amsterdam",
            postcode="1012 CD",
            deurwaarder_gepland="14-12-2026",
            ontruimingsdatum="10-12-2026",
        ),
    ]
    with store.transaction() as s:
        ctx = load_context(s)
        report = import_signals(
            s, ("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8"), ctx, today=TODAY
        )
        assert not report.errors, report.errors
    with store.session() as s:
        ids = {c.reference: c.id for c in s.query(Case)}
    yield store, ctx, ids
    store.close()


def test_sluitende_aanpak_lists_instruments_and_refusals(
    amsterdam: tuple[Store, RulesContext, dict[str, int]],
) -> None:
    store, ctx, ids = amsterdam
    assert ctx.profile.sluitende_aanpak
    with store.session() as s:
        before = sluitende_aanpak(s, _case(s, ids["AMS-1"]), ctx)
        assert "bailiff_blocked" in _case(s, ids["AMS-1"]).flag_list
    assert before.applies and not before.satisfied
    assert before.bailiff_date == date(2026, 12, 14)
    with store.transaction() as s:
        _event(
            s,
            ctx,
            ids["AMS-1"],
            "instrument_deployed",
            date(2026, 11, 4),
            {"instrument": "vroeg_eropaf"},
        )
        wrong = _event(
            s,
            ctx,
            ids["AMS-1"],
            "instrument_deployed",
            date(2026, 11, 5),
            {"instrument": "geregelde_betaling"},
        )
        undo_event(s, wrong, _case(s, ids["AMS-1"]), ctx, actor="ts")
        _event(
            s,
            ctx,
            ids["AMS-1"],
            "instrument_deployed",
            date(2026, 11, 10),
            {"instrument": "budgetbeheer"},
        )
        _event(s, ctx, ids["AMS-1"], "cooperation_refused", date(2026, 11, 12))
        _event(
            s,
            ctx,
            ids["AMS-1"],
            "not_taken_on",
            date(2026, 11, 13),
            {"reason": "weigert", "may_resume": False},
        )
    with store.session() as s:
        case = _case(s, ids["AMS-1"])
        result = sluitende_aanpak(s, case, ctx)
        assert "bailiff_blocked" not in case.flag_list
        other = sluitende_aanpak(s, _case(s, ids["AMS-2"]), ctx)
        assert "bailiff_blocked" in _case(s, ids["AMS-2"]).flag_list
        desk = eviction_cases(s, ctx, TODAY)
    assert result.applies and result.satisfied
    assert result.instruments == (
        ("vroeg_eropaf", date(2026, 11, 4)),
        ("budgetbeheer", date(2026, 11, 10)),
    )
    assert result.refusals == (
        ("cooperation_refused", date(2026, 11, 12)),
        ("not_taken_on", date(2026, 11, 13)),
    )
    assert (
        other.applies and not other.satisfied and other.instruments == () and other.refusals == ()
    )
    assert [c.reference for c in desk] == ["AMS-2", "AMS-1"]
    ams1 = desk[1]
    assert ams1.tried.instruments == result.instruments
    assert ams1.tried.refusals == 2
    assert ams1.corporation == "Woningcorporatie Ymere" and ams1.corporation_code == "YMERE"
    assert ams1.contact is None  # no contact list in this office
    # A 1.13 lid 3: an eviction date (10 December) without a recorded ground is flagged too
    assert desk[0].flags == ("bailiff_blocked", "eviction_without_ground")
