"""The SDV inventory on a real encrypted office: budget, debts, office settings, audit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, BudgetLine, Case, CaseBudget, Debt
from app.services.money import (
    DEFAULT_NORM,
    Budget,
    BudgetProblem,
    LivingCostNorm,
    capacity,
)
from app.services.money import BudgetLine as Line
from app.services.sdv.inventory import (
    DEFAULT_MAX_MONTHS,
    DebtEntry,
    Inventory,
    case_capacity,
    living_cost_norm,
    load_inventory,
    max_arrangement_months,
    save_inventory,
    set_living_cost_norm,
    set_max_arrangement_months,
    suggested_budget,
)
from tests.helpers import signal_row
from tests.letters.conftest import ROWS, Office, make_office

D = Decimal
AT = datetime(2026, 11, 23, 10, 30)

BUDGET = Budget(
    household_type="paar_met_kinderen",
    children=2,
    incomes=(
        Line("Loon", D("2450.00")),
        Line("Kinderbijslag", D("120.50")),
        Line("Zorgtoeslag", D("243.00")),
    ),
    fixed_costs=(
        Line("Zorgverzekering", D("310.00")),
        Line("Energie", D("185.25")),
    ),
    rent=D("806.20"),
)
DEBTS = (
    DebtEntry("Ymere", "huurachterstand", D("1612.40"), established_on=date(2026, 9, 1)),
    DebtEntry("Belastingdienst", "overig", D("950.00"), preferential=True),
    DebtEntry("Eneco", "energie", D("412.37")),
)


@pytest.fixture
def office(db_path: Path) -> Iterator[Office]:
    made = make_office(
        db_path,
        [
            *ROWS,
            signal_row(
                referentie="GEZIN-1",
                naam="Familie Bakker",
                aantal_bewoners="4",
                kinderen_onder_18="2",
                maandhuur="912,35",
            ),
            signal_row(referentie="ALLEEN-1", naam="Jan Alleen", aantal_bewoners="1"),
            signal_row(
                referentie="OUDER-1",
                naam="Ouder Alleen",
                aantal_bewoners="2",
                kinderen_onder_18="1",
                maandhuur="",
            ),
        ],
        letterhead=False,
    )
    yield made
    made.store.close()


def _save(office: Office, ref: str, budget: Budget | None, debts: tuple[DebtEntry, ...]) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        save_inventory(session, case, budget, debts, actor="sdv-anna", at=AT)


def _load(office: Office, ref: str) -> Inventory:
    with office.store.session() as session:
        return load_inventory(session, office.ids[ref])


def test_round_trip_keeps_every_line_in_order_and_every_debt(office: Office) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    inv = _load(office, "YM-1")
    assert inv.case_id == office.ids["YM-1"]
    assert inv.budget == BUDGET
    assert [x.label for x in inv.budget.incomes] == ["Loon", "Kinderbijslag", "Zorgtoeslag"]
    assert [x.label for x in inv.budget.fixed_costs] == ["Zorgverzekering", "Energie"]
    assert inv.debts == DEBTS
    assert inv.updated_at == AT
    assert inv.updated_by == "sdv-anna"
    assert inv.total_debt == D("2974.77")
    assert inv.rent_arrears == D("1612.40")
    # stored as cents, in order
    with office.store.session() as session:
        debts = session.scalars(
            select(Debt).where(Debt.case_id == office.ids["YM-1"]).order_by(Debt.position)
        ).all()
        assert [(d.creditor, d.amount_cents, d.position) for d in debts] == [
            ("Ymere", 161240, 0),
            ("Belastingdienst", 95000, 1),
            ("Eneco", 41237, 2),
        ]
        lines = session.scalars(
            select(BudgetLine).where(BudgetLine.case_id == office.ids["YM-1"])
        ).all()
        assert sorted((x.position, x.kind, x.monthly_cents) for x in lines) == [
            (0, "income", 245000),
            (1, "income", 12050),
            (2, "income", 24300),
            (3, "fixed_cost", 31000),
            (4, "fixed_cost", 18525),
        ]
    # the other cases have no inventory
    other = _load(office, "ELAN-7")
    assert other.budget is None and other.debts == () and other.updated_at is None


def test_saving_again_replaces_the_whole_inventory(office: Office) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    smaller = replace(BUDGET, incomes=(Line("Uitkering", D("1500.00")),), fixed_costs=())
    _save(office, "YM-1", smaller, (DEBTS[2], DEBTS[0]))
    inv = _load(office, "YM-1")
    assert inv.budget == smaller
    assert inv.debts == (DEBTS[2], DEBTS[0])
    with office.store.session() as session:
        count = len(
            session.scalars(
                select(BudgetLine).where(BudgetLine.case_id == office.ids["YM-1"])
            ).all()
        )
        assert count == 1


def test_labels_and_creditors_are_stripped(office: Office) -> None:
    _save(office, "YM-1", None, (DebtEntry("  Eneco ", "energie", D("10.00")),))
    assert _load(office, "YM-1").debts[0].creditor == "Eneco"


BAD_DEBTS = [
    pytest.param(DebtEntry("Eneco", "energie", D("-5.00")), "more than", id="negative"),
    pytest.param(DebtEntry("Eneco", "energie", D("0.00")), "more than", id="zero"),
    pytest.param(DebtEntry("Eneco", "gokschuld", D("5.00")), "kind", id="unknown-kind"),
    pytest.param(DebtEntry("   ", "energie", D("5.00")), "creditor", id="empty-creditor"),
    pytest.param(DebtEntry("Eneco", "energie", D("5.005")), "two decimals", id="three-decimals"),
]


@pytest.mark.parametrize(("bad", "says"), BAD_DEBTS)
def test_an_invalid_debt_changes_nothing(office: Office, bad: DebtEntry, says: str) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    before = _load(office, "YM-1")
    with pytest.raises(BudgetProblem, match=says) as info:
        _save(office, "YM-1", replace(BUDGET, children=0), (DEBTS[0], bad))
    assert "debt 2" in str(info.value)
    assert _load(office, "YM-1") == before


def _forced(budget: Budget, **fields: object) -> Budget:
    """A budget that skipped its own checks (as a buggy caller could hand over)."""
    for name, value in fields.items():
        object.__setattr__(budget, name, value)
    return budget


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"household_type": "studentenhuis"}, "unknown household type"),
        ({"children": -1}, "children"),
        ({"rent": D("-1.00")}, "rent"),
    ],
)
def test_an_invalid_budget_changes_nothing(
    office: Office, fields: dict[str, object], says: str
) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    before = _load(office, "YM-1")
    bad = _forced(replace(BUDGET), **fields)
    with pytest.raises(BudgetProblem, match=says):
        _save(office, "YM-1", bad, DEBTS)
    assert _load(office, "YM-1") == before


def test_budget_values_are_checked_when_made() -> None:
    with pytest.raises(BudgetProblem, match="household type"):
        replace(BUDGET, household_type="studentenhuis")
    with pytest.raises(BudgetProblem, match="negative"):
        Line("Loon", D("-1.00"))
    with pytest.raises(BudgetProblem, match="2 decimals"):
        Line("Loon", D("1.001"))


def test_debts_without_a_budget(office: Office) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    _save(office, "YM-1", None, DEBTS[:1])
    inv = _load(office, "YM-1")
    assert inv.budget is None
    assert inv.debts == DEBTS[:1]
    assert inv.updated_by == "sdv-anna"
    with office.store.session() as session:
        row = session.get(CaseBudget, office.ids["YM-1"])
        assert row is not None and row.household_type is None and row.rent_cents == 0
        assert case_capacity(session, office.ids["YM-1"]) is None
        assert not session.scalars(
            select(BudgetLine).where(BudgetLine.case_id == office.ids["YM-1"])
        ).all()


def test_living_cost_norm_default_and_round_trip(office: Office) -> None:
    with office.store.session() as session:
        assert living_cost_norm(session) == DEFAULT_NORM
    norm = LivingCostNorm(
        monthly={
            "alleenstaande": D("310.55"),
            "alleenstaande_ouder": D("420.00"),
            "paar": D("470.10"),
            "paar_met_kinderen": D("530.00"),
        },
        per_child=D("95.75"),
    )
    with office.store.transaction() as session:
        set_living_cost_norm(session, norm)
    with office.store.session() as session:
        assert living_cost_norm(session) == norm
        assert living_cost_norm(session).amount_for("paar", 2) == D("661.60")
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.object_id == "living_cost_norm")
        ).one()
        assert entry.action == "change" and entry.object_type == "setting"


def test_max_arrangement_months_default_bounds_and_round_trip(office: Office) -> None:
    with office.store.session() as session:
        assert max_arrangement_months(session) == DEFAULT_MAX_MONTHS == 12
    for months in (1, 120, 36):
        with office.store.transaction() as session:
            set_max_arrangement_months(session, months)
        with office.store.session() as session:
            assert max_arrangement_months(session) == months
    for wrong in (0, 121, -3):
        with (
            pytest.raises(BudgetProblem, match="between 1 and 120"),
            office.store.transaction() as session,
        ):
            set_max_arrangement_months(session, wrong)
    with office.store.session() as session:
        assert max_arrangement_months(session) == 36


@pytest.mark.parametrize(
    ("ref", "kind", "children", "rent"),
    [
        ("YM-1", "paar", 0, D("806.20")),  # 3 occupants, no children known
        ("GEZIN-1", "paar_met_kinderen", 2, D("912.35")),
        ("ALLEEN-1", "alleenstaande", 0, D("806.20")),
        ("OUDER-1", "alleenstaande_ouder", 1, D("0.00")),  # no rent in the signal
    ],
)
def test_suggested_budget_guesses_from_the_signal(
    office: Office, ref: str, kind: str, children: int, rent: Decimal
) -> None:
    with office.store.session() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        guess = suggested_budget(case)
    assert (guess.household_type, guess.children, guess.rent) == (kind, children, rent)
    assert guess.incomes == () and guess.fixed_costs == ()


def test_case_capacity_matches_the_money_arithmetic_with_the_office_norm(office: Office) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    with office.store.session() as session:
        cap = case_capacity(session, office.ids["YM-1"])
    # 2450 + 120.50 + 243 - 310 - 185.25 - 806.20 - (500 + 2 * 100) = 812.05
    assert cap is not None and cap == capacity(BUDGET, DEFAULT_NORM)
    assert cap.monthly == D("812.05")
    norm = LivingCostNorm(monthly=dict(DEFAULT_NORM.monthly), per_child=D("150.00"))
    with office.store.transaction() as session:
        set_living_cost_norm(session, norm)
    with office.store.session() as session:
        cap = case_capacity(session, office.ids["YM-1"])
    assert cap is not None and cap == capacity(BUDGET, norm)
    assert cap.monthly == D("712.05")


def test_audit_entry_counts_debts_and_names_nobody(office: Office) -> None:
    _save(office, "YM-1", BUDGET, DEBTS)
    with office.store.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "inventory")
        ).all()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.actor == "sdv-anna"
    assert entry.object_id == str(office.ids["YM-1"])
    assert entry.detail == f"case={office.ids['YM-1']} debts=3"
    shown = " ".join((entry.detail, entry.object_id, entry.action))
    for personal in ("Sanne", "Hoekstra", "Ymere", "Belastingdienst", "Eneco", "Loon", "1612"):
        assert personal not in shown
