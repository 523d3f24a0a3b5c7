"""Repayment capacity and its derivation (H 6.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import (
    DEFAULT_NORM,
    HOUSEHOLD_LABELS_NL,
    HOUSEHOLD_TYPES,
    Budget,
    BudgetLine,
    BudgetProblem,
    Capacity,
    DerivationLine,
    LivingCostNorm,
    NoProposal,
    capacity,
    from_cents,
)

SETTINGS = settings(max_examples=200, deadline=None)
D = Decimal


def single(incomes: dict[str, str], fixed: dict[str, str], rent: str) -> Budget:
    return Budget(
        household_type="alleenstaande",
        children=0,
        incomes=tuple(BudgetLine(k, D(v)) for k, v in incomes.items()),
        fixed_costs=tuple(BudgetLine(k, D(v)) for k, v in fixed.items()),
        rent=D(rent),
    )


def test_household_types_and_labels() -> None:
    assert HOUSEHOLD_TYPES == ("alleenstaande", "alleenstaande_ouder", "paar", "paar_met_kinderen")
    assert set(HOUSEHOLD_LABELS_NL) == set(HOUSEHOLD_TYPES)
    assert HOUSEHOLD_LABELS_NL["alleenstaande_ouder"] == "alleenstaande ouder"
    assert HOUSEHOLD_LABELS_NL["paar_met_kinderen"] == "paar met kinderen"


@pytest.mark.parametrize(
    ("household", "children", "expected"),
    [
        ("alleenstaande", 0, "300.00"),
        ("alleenstaande_ouder", 1, "500.00"),  # 400 + 1 × 100
        ("alleenstaande_ouder", 3, "700.00"),  # 400 + 3 × 100
        ("paar", 0, "450.00"),
        ("paar_met_kinderen", 2, "700.00"),  # 500 + 2 × 100
        ("alleenstaande", 1, "400.00"),  # per_child is added for every child, whatever the type
    ],
)
def test_default_norm(household: str, children: int, expected: str) -> None:
    assert DEFAULT_NORM.amount_for(household, children) == D(expected)


def test_norm_refuses_unknown_household_and_negative_children() -> None:
    with pytest.raises(BudgetProblem, match="unknown household type 'gezin'"):
        DEFAULT_NORM.amount_for("gezin", 0)
    with pytest.raises(BudgetProblem, match="cannot be negative"):
        DEFAULT_NORM.amount_for("paar", -1)


def custom_norm(**changes: object) -> LivingCostNorm:
    monthly: dict[str, object] = {kind: D("250.00") for kind in HOUSEHOLD_TYPES}
    monthly.update(changes)
    return LivingCostNorm(monthly=monthly, per_child=D("75.50"))  # type: ignore[arg-type]


def test_custom_norm() -> None:
    norm = custom_norm(paar=D("425.5"))
    assert norm.amount_for("paar", 2) == D("576.50")  # 425.50 + 2 × 75.50
    assert str(norm.monthly["paar"]) == "425.50"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"gezin": D("1.00")}, "unknown household type"),
        ({"paar": D("-1.00")}, "negative"),
        ({"paar": D("1.001")}, "more than 2 decimals"),
        ({"paar": 1.5}, "not an amount"),
    ],
)
def test_norm_validation(changes: dict[str, object], message: str) -> None:
    with pytest.raises(BudgetProblem, match=message):
        custom_norm(**changes)


def test_norm_needs_every_household_type() -> None:
    with pytest.raises(BudgetProblem, match="no amount for: paar_met_kinderen"):
        LivingCostNorm(monthly={k: D("1.00") for k in HOUSEHOLD_TYPES[:3]}, per_child=D("0.00"))
    with pytest.raises(BudgetProblem, match="per child is negative"):
        LivingCostNorm(monthly={k: D("1.00") for k in HOUSEHOLD_TYPES}, per_child=D("-1.00"))


def test_norm_is_read_only_and_hashable() -> None:
    with pytest.raises(TypeError):
        DEFAULT_NORM.monthly["paar"] = D("1.00")  # type: ignore[index]
    copy = LivingCostNorm(monthly=dict(DEFAULT_NORM.monthly), per_child=D("100"))
    assert copy == DEFAULT_NORM
    assert hash(copy) == hash(DEFAULT_NORM)
    assert custom_norm() == custom_norm()
    assert custom_norm() != DEFAULT_NORM


def test_brief_example_derivation_and_text() -> None:
    # 1.450,00 − 400,00 − 612,40 − 300,00 (alleenstaande, no children) = 137,60
    budget = single({"Uitkering": "1450.00"}, {"Vaste lasten": "400.00"}, "612.40")
    result = capacity(budget)
    assert result.monthly == D("137.60")
    assert result.has_room
    assert [(x.label_nl, x.amount, x.sign, x.kind) for x in result.derivation] == [
        ("Uitkering", D("1450.00"), 1, "income"),
        ("Vaste lasten", D("400.00"), -1, "fixed_cost"),
        ("Lopende huur", D("612.40"), -1, "rent"),
        ("Leefgeld volgens norm (alleenstaande, 0 kinderen)", D("300.00"), -1, "norm"),
        ("Aflossingscapaciteit per maand", D("137.60"), 1, "total"),
    ]
    assert result.explain_nl() == (
        "  + € 1.450,00  Uitkering\n"
        "  \u2212 € 400,00  Vaste lasten\n"
        "  \u2212 € 612,40  Lopende huur\n"
        "  \u2212 € 300,00  Leefgeld volgens norm (alleenstaande, 0 kinderen)\n"
        "  = € 137,60  Aflossingscapaciteit per maand"
    )


def test_single_parent_with_two_children() -> None:
    # 1.450 + 300 − 150 − 150 − 612,40 − (400 + 2 × 100) = 237,60
    budget = Budget(
        household_type="alleenstaande_ouder",
        children=2,
        incomes=(
            BudgetLine("Uitkering", D("1450.00")),
            BudgetLine("Kindgebonden budget", D("300")),
        ),
        fixed_costs=(BudgetLine("Energie", D("150.00")), BudgetLine("Zorgverzekering", D("150"))),
        rent=D("612.40"),
    )
    result = capacity(budget)
    assert result.monthly == D("237.60")
    norm_line = result.derivation[-2]
    assert norm_line.label_nl == "Leefgeld volgens norm (alleenstaande ouder, 2 kinderen)"
    assert norm_line.amount == D("600.00")
    assert [x.kind for x in result.derivation] == [
        "income",
        "income",
        "fixed_cost",
        "fixed_cost",
        "rent",
        "norm",
        "total",
    ]
    assert "  + € 300,00  Kindgebonden budget\n" in result.explain_nl()


def test_one_child_is_singular_and_custom_norm_is_used() -> None:
    budget = Budget("paar_met_kinderen", 1, (BudgetLine("Loon", D("2500")),), (), D("900"))
    result = capacity(budget, custom_norm())
    # 2.500 − 900 − (250 + 75,50) = 1.274,50
    assert result.monthly == D("1274.50")
    assert result.derivation[-2].label_nl == ("Leefgeld volgens norm (paar met kinderen, 1 kind)")


def test_negative_capacity() -> None:
    # 900 − 700 − 300 = −100
    result = capacity(single({"Uitkering": "900"}, {}, "700"))
    assert result.monthly == D("-100.00")
    assert not result.has_room
    total = result.derivation[-1]
    assert (total.amount, total.sign, total.signed_amount) == (D("100.00"), -1, D("-100.00"))
    assert result.explain_nl().splitlines()[-1] == "  = -€ 100,00  Aflossingscapaciteit per maand"


def test_zero_capacity_shows_no_minus() -> None:
    result = capacity(single({"Uitkering": "1000"}, {}, "700"))
    assert result.monthly == D("0.00")
    assert not result.has_room
    assert result.explain_nl().splitlines()[-1] == "  = € 0,00  Aflossingscapaciteit per maand"


def test_no_income_lines_is_allowed() -> None:
    result = capacity(single({}, {}, "0"))
    assert result.monthly == D("-300.00")
    assert len(result.derivation) == 3  # rent, norm, total


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: BudgetLine("Uitkering", D("-1.00")), "'Uitkering' is negative"),
        (lambda: BudgetLine("Uitkering", D("1.005")), "more than 2 decimals"),
        (lambda: BudgetLine("  ", D("1.00")), "needs a label"),
        (lambda: BudgetLine("Uitkering", 1.5), "not an amount"),  # type: ignore[arg-type]
        (lambda: Budget("gezin", 0, (), (), D("1")), "unknown household type 'gezin'"),
        (lambda: Budget("paar", -2, (), (), D("1")), "children cannot be negative"),
        (lambda: Budget("paar", True, (), (), D("1")), "whole number"),
        (lambda: Budget("paar", 0, (), (), D("-612.40")), "rent is negative"),
        (lambda: Budget("paar", 0, ("Loon",), (), D("1")), "BudgetLine"),  # type: ignore[arg-type]
    ],
)
def test_budget_validation(build: object, message: str) -> None:
    assert callable(build)
    with pytest.raises(BudgetProblem, match=message):
        build()


def test_budget_problem_is_a_value_error() -> None:
    assert issubclass(BudgetProblem, ValueError)


def test_budget_accepts_lists_and_keeps_tuples() -> None:
    budget = Budget("paar", 0, [BudgetLine("Loon", D("1"))], [], D("1"))  # type: ignore[arg-type]
    assert isinstance(budget.incomes, tuple)
    assert isinstance(budget.fixed_costs, tuple)


def test_derivation_line_sign_must_be_one() -> None:
    with pytest.raises(BudgetProblem):
        DerivationLine("x", D("1.00"), 0, "income")
    with pytest.raises(BudgetProblem):
        DerivationLine("x", D("-1.00"), 1, "income")


def test_no_capacity_proposal_text() -> None:
    answer = NoProposal.no_capacity(D("-25.00"))
    assert answer.reason == "no_capacity"
    assert answer.needed_monthly is None
    assert answer.capacity == D("-25.00")
    assert answer.explanation_nl == (
        "Er is geen ruimte om af te lossen: de aflossingscapaciteit is -€ 25,00 per maand."
    )
    assert answer.explanation_en == (
        "There is no room to repay: the repayment capacity is -€ 25,00 a month."
    )


AMOUNT = st.integers(min_value=0, max_value=10_000_00).map(from_cents)
LINES = st.lists(
    st.tuples(st.sampled_from(["Loon", "Toeslag", "Huur", "Energie"]), AMOUNT), max_size=5
)


@SETTINGS
@given(
    household=st.sampled_from(HOUSEHOLD_TYPES),
    children=st.integers(min_value=0, max_value=8),
    incomes=LINES,
    fixed=LINES,
    rent=AMOUNT,
)
def test_derivation_adds_up(
    household: str,
    children: int,
    incomes: list[tuple[str, Decimal]],
    fixed: list[tuple[str, Decimal]],
    rent: Decimal,
) -> None:
    budget = Budget(
        household,
        children,
        tuple(BudgetLine(label, amount) for label, amount in incomes),
        tuple(BudgetLine(label, amount) for label, amount in fixed),
        rent,
    )
    result: Capacity = capacity(budget)
    expected = (
        sum((a for _, a in incomes), D(0))
        - sum((a for _, a in fixed), D(0))
        - rent
        - DEFAULT_NORM.amount_for(household, children)
    )
    assert result.monthly == expected
    assert result.monthly.as_tuple().exponent == -2
    *steps, total = result.derivation
    assert total.kind == "total"
    assert total.signed_amount == result.monthly
    assert sum((s.signed_amount for s in steps), D(0)) == result.monthly
    assert all(line.amount >= 0 for line in result.derivation)
    assert len(result.explain_nl().splitlines()) == len(incomes) + len(fixed) + 3
