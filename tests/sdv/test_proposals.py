"""Proposals made from a real inventory: stored snapshots, replacing, sending, the deadline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Case, CaseDeadline, CaseEvent, Proposal
from app.services.case_detail import case_detail
from app.services.events import EventProblem, record_event
from app.services.money import Budget
from app.services.money import BudgetLine as Line
from app.services.sdv.inventory import DebtEntry, save_inventory
from app.services.sdv.proposals import (
    ProposalProblem,
    ProposalView,
    current_proposal,
    mark_proposal_sent,
    proposals_of,
    propose_arrangement,
    propose_settlement,
    record_no_proposal,
)
from tests.letters.conftest import TODAY, Office, make_office

D = Decimal
RESUME = date(2026, 12, 1)
FIRST = date(2026, 12, 1)


def budget(income: str, *, rent: str = "806.20") -> Budget:
    """A couple without children: capacity = income - 280.00 - rent - 450.00 (default norm)."""
    return Budget(
        household_type="paar",
        children=0,
        incomes=(Line("Loon", D(income)),),
        fixed_costs=(Line("Zorgverzekering", D("280.00")),),
        rent=D(rent),
    )


ROOMY = budget("2400.00")  # capacity 863.80
TIGHT = budget("1586.20")  # capacity 50.00
NOTHING = budget("1400.00")  # capacity -136.20


@pytest.fixture
def office(db_path: Path) -> Iterator[Office]:
    made = make_office(db_path, letterhead=False)
    yield made
    made.store.close()


def _inventory(office: Office, b: Budget | None, *debts: DebtEntry, ref: str = "YM-1") -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        save_inventory(session, case, b, debts, actor="sdv-anna")


def _arrangement(
    office: Office,
    ref: str = "YM-1",
    *,
    first_instalment: date = FIRST,
    monthly: Decimal | None = None,
    arrears: Decimal | None = None,
) -> ProposalView:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        return propose_arrangement(
            session,
            case,
            today=TODAY,
            resume_rent_from=RESUME,
            first_instalment=first_instalment,
            monthly=monthly,
            arrears=arrears,
            actor="sdv-anna",
        )


def _settlement(office: Office, ref: str = "YM-1", months: int = 36) -> ProposalView:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        return propose_settlement(
            session, case, today=TODAY, resume_rent_from=RESUME, months=months, actor="sdv-anna"
        )


def _send(office: Office, proposal_id: int, on: date = TODAY) -> CaseEvent:
    with office.store.transaction() as session:
        return mark_proposal_sent(session, proposal_id, office.ctx, on, today=TODAY, actor="anna")


def _stored(office: Office, proposal_id: int) -> Proposal:
    with office.store.session() as session:
        row = session.get(Proposal, proposal_id)
        assert row is not None
        return row


def _proposal_deadline(office: Office, ref: str = "YM-1") -> CaseDeadline:
    with office.store.session() as session:
        return session.scalars(
            select(CaseDeadline).where(
                CaseDeadline.case_id == office.ids[ref], CaseDeadline.term_id == "proposal"
            )
        ).one()


# --- arrangement ---------------------------------------------------------------------------


def test_arrangement_uses_the_signal_arrears_without_a_rent_debt(office: Office) -> None:
    _inventory(office, ROOMY, DebtEntry("Eneco", "energie", D("400.00")))
    made = _arrangement(office)
    assert made.kind == "arrangement"
    assert made.made_on == TODAY and made.made_by == "sdv-anna"
    assert made.sent_on is None and not made.withdrawn
    snap = made.snapshot
    assert snap["version"] == 1 and snap["kind"] == "arrangement"
    assert snap["corporation"] == "Ymere"
    assert snap["rent"] == "806.20"
    assert snap["resume_rent_from"] == "2026-12-01"
    assert snap["capacity"]["monthly"] == "863.80"
    assert snap["capacity"]["derivation"][-1] == {
        "label": "Aflossingscapaciteit per maand",
        "amount": "863.80",
        "sign": 1,
        "kind": "total",
    }
    plan = snap["arrangement"]
    assert plan["arrears"] == "1612.40"  # € 1.612,40 from the signal
    assert (plan["monthly"], plan["months"], plan["last_amount"]) == ("135.00", 12, "127.40")
    assert (plan["first_due"], plan["last_due"]) == ("2026-12-01", "2027-11-01")
    schedule = plan["schedule"]
    assert len(schedule) == 12
    assert sum(D(row[2]) for row in schedule) == D("1612.40")
    assert schedule[-1][3] == "0.00"
    assert [row[0] for row in schedule] == list(range(1, 13))
    assert made.summary_nl == (
        "Lopende huur weer betalen vanaf 1 december 2026; achterstand € 1.612,40 in "
        "12 termijnen van € 135,00 (laatste termijn € 127,40)."
    )
    # stored exactly as shown
    row = _stored(office, made.id)
    assert json.loads(row.snapshot) == snap
    assert len(row.uid) == 32


def test_arrangement_prefers_the_rent_arrears_in_the_inventory(office: Office) -> None:
    _inventory(
        office,
        ROOMY,
        DebtEntry("Ymere", "huurachterstand", D("900.00")),
        DebtEntry("Eneco", "energie", D("400.00")),
        DebtEntry("Ymere", "huurachterstand", D("300.00")),
    )
    plan = _arrangement(office).snapshot["arrangement"]
    assert plan["arrears"] == "1200.00"
    assert (plan["monthly"], plan["months"]) == ("100.00", 12)
    assert sum(D(r[2]) for r in plan["schedule"]) == D("1200.00")


def test_arrangement_with_a_chosen_amount_and_given_arrears(office: Office) -> None:
    _inventory(office, ROOMY)
    plan = _arrangement(office, monthly=D("250.00"), arrears=D("1000.00")).snapshot["arrangement"]
    assert (plan["monthly"], plan["months"], plan["last_amount"]) == ("250.00", 4, "250.00")


def test_no_capacity_is_stored_as_none_possible_with_its_explanation(office: Office) -> None:
    _inventory(office, NOTHING)
    made = _arrangement(office)
    assert made.kind == "none_possible"
    assert made.snapshot["capacity"]["monthly"] == "-136.20"
    assert made.snapshot["no_proposal"]["reason"] == "no_capacity"
    assert made.snapshot["no_proposal"]["needed_monthly"] is None
    assert "-€ 136,20" in made.snapshot["no_proposal"]["explanation_nl"]
    assert made.summary_nl.startswith("Nog geen voorstel mogelijk. Er is geen ruimte")
    assert "arrangement" not in made.snapshot
    assert _stored(office, made.id).kind == "none_possible"


def test_arrangement_that_does_not_fit_is_none_possible(office: Office) -> None:
    _inventory(office, TIGHT)
    made = _arrangement(office)
    assert made.kind == "none_possible"
    no = made.snapshot["no_proposal"]
    assert no["reason"] == "does_not_fit"
    assert no["needed_monthly"] == "135.00"
    assert "€ 1.612,40" in no["explanation_nl"] and "€ 50,00" in no["explanation_nl"]


def test_arrangement_refusals(office: Office) -> None:
    with pytest.raises(ProposalProblem) as info:
        _arrangement(office)
    assert info.value.code == "no_budget"
    _inventory(office, None, DebtEntry("Ymere", "huurachterstand", D("10.00")))
    with pytest.raises(ProposalProblem) as info:
        _arrangement(office)
    assert info.value.code == "no_budget"
    _inventory(office, ROOMY)
    with pytest.raises(ProposalProblem) as info:
        _arrangement(office, arrears=D("0.00"))
    assert info.value.code == "no_arrears"
    with pytest.raises(ProposalProblem) as info:
        _arrangement(office, first_instalment=date(2026, 11, 22))
    assert info.value.code == "past_date"
    with office.store.session() as session:
        assert proposals_of(session, office.ids["YM-1"]) == []


# --- settlement ----------------------------------------------------------------------------


SETTLEMENT_DEBTS = (
    DebtEntry("Ymere", "huurachterstand", D("1612.40")),
    DebtEntry("Eneco", "energie", D("400.00")),
    DebtEntry(" ymere ", "overig", D("100.00")),  # the corporation's other claim
    DebtEntry("Belastingdienst", "overig", D("950.00"), preferential=True),
    DebtEntry("Pré Wonen", "huurachterstand", D("300.00")),  # an old landlord: rent arrears
)


def test_settlement_shares_add_up_and_count_the_corporation(office: Office) -> None:
    _inventory(office, TIGHT, *SETTLEMENT_DEBTS)
    made = _settlement(office)
    assert made.kind == "settlement"
    s = made.snapshot["settlement"]
    assert s["months"] == 36
    assert s["total_debt"] == "3362.40"
    assert s["offered_total"] == "1800.00"  # 50.00 x 36
    assert s["percentage"] == "53.53"
    assert s["full_payment"] is False
    shares = s["shares"]
    assert [x["creditor"] for x in shares] == [
        "Ymere",
        "Eneco",
        "ymere",
        "Belastingdienst",
        "Pré Wonen",
    ]
    assert sum(D(x["share"]) for x in shares) == D("1800.00")
    for x in shares:
        exact = D(x["debt"]) * D("1800.00") / D("3362.40")
        assert abs(D(x["share"]) - exact) < D("0.01")
    assert shares[3]["preferential"] is True
    own = [shares[0], shares[2], shares[4]]
    assert s["corporation_debt"] == "2012.40"
    assert s["corporation_share"] == str(sum(D(x["share"]) for x in own))
    assert len(s["monthly_payments"]) == 36
    assert sum(D(m) for m in s["monthly_payments"]) == D("1800.00")
    assert made.summary_nl.startswith("Aanbod van 53,53% tegen finale kwijting")


def test_settlement_refusals_and_no_capacity(office: Office) -> None:
    _inventory(office, TIGHT)
    with pytest.raises(ProposalProblem) as info:
        _settlement(office)
    assert info.value.code == "no_debts"
    _inventory(office, NOTHING, *SETTLEMENT_DEBTS)
    made = _settlement(office)
    assert made.kind == "none_possible"
    assert made.snapshot["no_proposal"]["reason"] == "no_capacity"
    assert "settlement" not in made.snapshot


def test_record_no_proposal_without_a_budget(office: Office) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        made = record_no_proposal(session, case, today=TODAY, actor="sdv-anna")
    assert made.kind == "none_possible"
    assert made.snapshot["capacity"] is None and made.snapshot["rent"] is None
    assert made.snapshot["resume_rent_from"] is None
    assert made.snapshot["no_proposal"]["reason"] == "inventory_incomplete"
    assert made.summary_nl == (
        "Nog geen voorstel mogelijk. De inventarisatie van de schulden is nog niet rond."
    )


# --- replacing and sending -----------------------------------------------------------------


def test_a_new_proposal_withdraws_the_unsent_one_only(office: Office) -> None:
    _inventory(office, ROOMY, *SETTLEMENT_DEBTS)
    first = _arrangement(office)
    second = _settlement(office)
    with office.store.session() as session:
        listed = proposals_of(session, office.ids["YM-1"])
        assert [p.id for p in listed] == [second.id, first.id]  # newest first
        assert [p.withdrawn for p in listed] == [False, True]
        current = current_proposal(session, office.ids["YM-1"])
        assert current is not None and current.id == second.id
    _send(office, second.id)
    third = _arrangement(office)
    with office.store.session() as session:
        by_id = {p.id: p for p in proposals_of(session, office.ids["YM-1"])}
        assert not by_id[second.id].withdrawn and by_id[second.id].sent_on == TODAY
        assert by_id[first.id].withdrawn
        assert not by_id[third.id].withdrawn
        current = current_proposal(session, office.ids["YM-1"])
        assert current is not None and current.id == third.id
    with pytest.raises(ProposalProblem) as info:
        _send(office, first.id)
    assert info.value.code == "withdrawn"


def test_the_snapshot_stays_as_made_when_the_inventory_changes(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)
    _send(office, made.id)
    _inventory(office, TIGHT, DebtEntry("Ymere", "huurachterstand", D("99.00")))
    with office.store.session() as session:
        again = proposals_of(session, office.ids["YM-1"])[0]
    assert again.snapshot == made.snapshot
    assert again.snapshot["arrangement"]["arrears"] == "1612.40"


def test_sending_meets_the_proposal_deadline(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)
    before = _proposal_deadline(office)
    assert before.met_on is None
    assert before.due == date(2026, 11, 30)  # signal 16 November + 2 weeks
    event = _send(office, made.id)
    assert event.kind == "proposal_sent"
    assert event.occurred_on == TODAY
    assert json.loads(event.detail) == {
        "proposal": made.uid,
        "proposal_kind": "arrangement",
        "via": "brief",
    }
    assert event.recorded_by == "anna"
    assert _stored(office, made.id).sent_on == TODAY
    assert _proposal_deadline(office).met_on == TODAY
    with office.store.session() as session:
        detail = case_detail(session, office.ids["YM-1"], TODAY, office.ctx)
    assert detail is not None
    proposal = next(d for d in detail["deadlines"] if d["id"] == "proposal")
    assert proposal["met_on"] == "2026-11-23"


def test_a_proposal_is_not_sent_before_it_was_made(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)  # made on 23 November
    with pytest.raises(ProposalProblem) as info:
        _send(office, made.id, on=date(2026, 11, 20))
    assert info.value.code == "before_made"
    assert _stored(office, made.id).sent_on is None
    assert _proposal_deadline(office).met_on is None


def test_sending_none_possible_records_no_proposal_possible(office: Office) -> None:
    _inventory(office, NOTHING)
    made = _arrangement(office)
    event = _send(office, made.id)
    assert event.kind == "no_proposal_possible"
    assert json.loads(event.detail)["proposal_kind"] == "none_possible"
    assert _proposal_deadline(office).met_on == TODAY


def test_sending_twice_or_an_unknown_proposal_is_refused(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)
    _send(office, made.id)
    with pytest.raises(ProposalProblem) as info:
        _send(office, made.id)
    assert info.value.code == "already_sent"
    assert "2026-11-23" in str(info.value)
    with pytest.raises(ProposalProblem) as info:
        _send(office, made.id + 100)
    assert info.value.code == "no_proposal"
    with office.store.session() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.case_id == office.ids["YM-1"])
        ).all()
    assert kinds.count("proposal_sent") == 1


def test_a_failed_send_leaves_the_proposal_unsent(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)
    with pytest.raises(EventProblem) as info:
        _send(office, made.id, on=date(2026, 11, 24))  # tomorrow
    assert info.value.code == "future_date"
    assert _stored(office, made.id).sent_on is None
    assert _proposal_deadline(office).met_on is None
    with office.store.session() as session:
        assert "proposal_sent" not in session.scalars(select(CaseEvent.kind)).all()


def test_a_closed_case_gets_no_proposal(office: Office) -> None:
    _inventory(office, ROOMY, *SETTLEMENT_DEBTS)
    made = _arrangement(office)
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(
            session, case, "closed", TODAY, office.ctx, {"outcome": "voorkomen"}, today=TODAY
        )
    for attempt in (_arrangement, _settlement):
        with pytest.raises(ProposalProblem) as info:
            attempt(office)
        assert info.value.code == "closed"
    with pytest.raises(ProposalProblem) as info, office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_no_proposal(session, case, today=TODAY)
    assert info.value.code == "closed"
    with pytest.raises(EventProblem):
        _send(office, made.id)
    with office.store.session() as session:
        assert len(proposals_of(session, office.ids["YM-1"])) == 1
    assert _stored(office, made.id).sent_on is None


def test_audit_of_proposals_names_nobody(office: Office) -> None:
    _inventory(office, ROOMY)
    made = _arrangement(office)
    with office.store.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "proposal")
        ).one()
    assert entry.object_id == str(made.id)
    assert entry.detail == f"case={office.ids['YM-1']} kind=arrangement"
