"""Amicable settlement offers (H 7.3): at most 36 months, percentage against final discharge."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import (
    DEBT_KIND_LABELS_NL,
    DEBT_KINDS,
    MAX_SETTLEMENT_MONTHS,
    BudgetProblem,
    Debt,
    NoProposal,
    SettlementOffer,
    cents,
    from_cents,
    plan_settlement,
)

SETTINGS = settings(max_examples=300, deadline=None)
D = Decimal

THREE = (
    Debt("Woonstichting Haarlem", D("3000.00"), "huurachterstand", False),
    Debt("Energiebedrijf", D("1993.00"), "energie", False),
    Debt("Zorgverzekeraar", D("7000.00"), "zorgverzekering", True),
)


def offer(debts: tuple[Debt, ...] | list[Debt], capacity: str, months: int = 36) -> SettlementOffer:
    result = plan_settlement(debts, D(capacity), months)
    assert isinstance(result, SettlementOffer), result
    return result


def test_constants() -> None:
    assert MAX_SETTLEMENT_MONTHS == 36
    assert DEBT_KINDS == ("huurachterstand", "energie", "water", "zorgverzekering", "overig")
    assert set(DEBT_KIND_LABELS_NL) == set(DEBT_KINDS)
    assert DEBT_KIND_LABELS_NL["huurachterstand"] == "Huurachterstand"


def test_three_creditors_worked_example() -> None:
    # total 3.000 + 1.993 + 7.000 = 11.993; offered 125 × 36 = 4.500 (less than the debt)
    # percentage 4.500 / 11.993 = 37,5219… % → 37,52 (rounded down)
    # exact shares in cents: 450.000 × 300.000 / 1.199.300 = 112.565,663…
    #                        450.000 × 199.300 / 1.199.300 =  74.781,122…
    #                        450.000 × 700.000 / 1.199.300 = 262.653,214…
    # floors 112.565 + 74.781 + 262.653 = 449.999: one cent short, to the largest remainder
    # (,663: the housing association) → 1.125,66 + 747,81 + 2.626,53 = 4.500,00
    result = offer(THREE, "125.00")
    assert result.total_debt == D("11993.00")
    assert result.offered_total == D("4500.00")
    assert result.percentage == D("37.52")
    assert result.ratio == Fraction(4500, 11993)
    assert not result.full_payment
    assert [(s.creditor, s.share) for s in result.shares] == [
        ("Woonstichting Haarlem", D("1125.66")),
        ("Energiebedrijf", D("747.81")),
        ("Zorgverzekeraar", D("2626.53")),
    ]
    assert [(s.debt_amount, s.kind, s.preferential) for s in result.shares] == [
        (D("3000.00"), "huurachterstand", False),
        (D("1993.00"), "energie", False),
        (D("7000.00"), "zorgverzekering", True),
    ]
    assert result.share_of("Energiebedrijf") == D("747.81")
    assert result.monthly_total == D("125.00")
    assert result.monthly_payments == (D("125.00"),) * 36
    assert result.capacity == D("125.00")
    assert result.months == 36
    assert result.debts == THREE
    assert result.summary_nl() == (
        "Aanbod van 37,52% tegen finale kwijting: € 4.500,00 in 36 maanden op een totale "
        "schuld van € 11.993,00."
    )


def test_shorter_term_and_rest_in_last_month() -> None:
    # 100,01 × 12 = 1.200,12 on 11.993 → 10,0068…% → 10,00; 1.200,12 / 12 = 100,01 exactly
    result = offer(THREE, "100.01", 12)
    assert result.offered_total == D("1200.12")
    assert result.percentage == D("10.00")
    assert result.monthly_payments == (D("100.01"),) * 12
    assert result.summary_nl() == (
        "Aanbod van 10,00% tegen finale kwijting: € 1.200,12 in 12 maanden op een totale "
        "schuld van € 11.993,00."
    )


def test_percentage_is_rounded_down() -> None:
    # 2 / 3 = 66,666…% → 66,66, never 66,67
    result = offer([Debt("Verhuurder", D("3.00"), "huurachterstand", False)], "2.00", 1)
    assert result.percentage == D("66.66")
    assert result.shares[0].share == D("2.00")
    assert "Aanbod van 66,66% tegen finale kwijting: € 2,00 in 1 maand" in result.summary_nl()


def test_remainder_ties_go_to_the_larger_debt() -> None:
    # 2 cents over 1,50 and 4,50: exact 0,5 and 1,5 cents, equal remainders; the larger debt wins
    for debts in (
        [Debt("Klein", D("1.50"), "water", False), Debt("Groot", D("4.50"), "energie", False)],
        [Debt("Groot", D("4.50"), "energie", False), Debt("Klein", D("1.50"), "water", False)],
    ):
        result = offer(debts, "0.02", 1)
        assert result.share_of("Klein") == D("0.00")
        assert result.share_of("Groot") == D("0.02")


def test_remainder_ties_with_equal_debts_go_by_input_order() -> None:
    # 1,00 over three equal debts: 33,33… cents each; the one extra cent to the first listed
    debts = [Debt(name, D("100.00"), "overig", False) for name in ("A", "B", "C")]
    result = offer(debts, "1.00", 1)
    assert [s.share for s in result.shares] == [D("0.34"), D("0.33"), D("0.33")]


def test_two_claims_of_one_creditor_are_added_up() -> None:
    debts = [
        Debt("Gemeente", D("600.00"), "overig", True),
        Debt("Energiebedrijf", D("300.00"), "energie", False),
        Debt("Gemeente", D("100.00"), "water", True),
    ]
    result = offer(debts, "10.00", 10)  # 100 on 1.000: 10%
    assert [s.share for s in result.shares] == [D("60.00"), D("30.00"), D("10.00")]
    assert result.share_of("Gemeente") == D("70.00")
    with pytest.raises(KeyError):
        result.share_of("Belastingdienst")


def test_full_payment() -> None:
    # 1.500 + 500 = 2.000 ≤ 100 × 36 = 3.600: everything is paid
    # 2.000 / 36 = 55,555… → 55,55; 35 × 55,55 = 1.944,25; last month 55,75
    debts = [
        Debt("Verhuurder", D("1500.00"), "huurachterstand", False),
        Debt("Waterbedrijf", D("500.00"), "water", False),
    ]
    result = offer(debts, "100.00")
    assert result.full_payment
    assert result.offered_total == D("2000.00")
    assert result.percentage == D("100.00")
    assert result.ratio == 1
    assert [s.share for s in result.shares] == [D("1500.00"), D("500.00")]
    assert result.monthly_total == D("55.55")
    assert result.monthly_payments == (D("55.55"),) * 35 + (D("55.75"),)
    assert result.summary_nl() == (
        "Volledige aflossing (100%): € 2.000,00 in 36 maanden, de hele schuld; dit is een "
        "betalingsregeling, geen aanbod tegen finale kwijting."
    )


def test_exactly_enough_is_full_payment() -> None:
    result = offer([Debt("Verhuurder", D("360.00"), "huurachterstand", False)], "10.00")
    assert result.full_payment
    assert result.percentage == D("100.00")


def test_rest_is_spread_when_the_last_month_would_exceed_capacity() -> None:
    # 29,99 in 3 months at most 10,00: 9,99 + 9,99 + 10,01 would exceed the capacity,
    # so the 2 cents go one each to the last two months
    result = offer([Debt("Verhuurder", D("29.99"), "huurachterstand", False)], "10.00", 3)
    assert result.full_payment
    assert result.monthly_total == D("9.99")
    assert result.monthly_payments == (D("9.99"), D("10.00"), D("10.00"))


@pytest.mark.parametrize(
    ("months", "message"),
    [
        (37, r"an amicable settlement runs at most 36 months \(H 7.3\), not 37"),
        (120, r"at most 36 months \(H 7.3\)"),
        (0, "at least 1 month"),
        (-1, "at least 1 month"),
    ],
)
def test_term_is_limited(months: int, message: str) -> None:
    with pytest.raises(BudgetProblem, match=message):
        plan_settlement(THREE, D("125.00"), months)


def test_one_month_is_allowed() -> None:
    assert offer(THREE, "125.00", 1).offered_total == D("125.00")


@pytest.mark.parametrize("capacity", ["0.00", "-40.00"])
def test_no_capacity(capacity: str) -> None:
    result = plan_settlement(THREE, D(capacity))
    assert isinstance(result, NoProposal)
    assert result.reason == "no_capacity"
    assert result.needed_monthly is None
    assert result.capacity == D(capacity)
    assert result.explanation_nl.startswith("Er is geen ruimte om af te lossen: ")


def test_no_debts() -> None:
    with pytest.raises(BudgetProblem, match="no debts"):
        plan_settlement([], D("125.00"))


def test_capacity_must_be_whole_cents() -> None:
    with pytest.raises(BudgetProblem, match="more than 2 decimals"):
        plan_settlement(THREE, D("125.001"))


@pytest.mark.parametrize(
    ("creditor", "amount", "kind", "message"),
    [
        ("Energiebedrijf", "0.00", "energie", "nothing owed do not belong in an offer"),
        ("Energiebedrijf", "-10.00", "energie", "negative"),
        ("Energiebedrijf", "10.005", "energie", "more than 2 decimals"),
        ("Energiebedrijf", "10.00", "gas", "unknown debt kind 'gas'"),
        ("  ", "10.00", "energie", "needs a creditor"),
    ],
)
def test_debt_validation(creditor: str, amount: str, kind: str, message: str) -> None:
    with pytest.raises(BudgetProblem, match=message):
        Debt(creditor, D(amount), kind, False)


def test_debts_must_be_debt_items() -> None:
    with pytest.raises(BudgetProblem, match="Debt items"):
        plan_settlement([("Energie", D("10.00"))], D("1.00"))  # type: ignore[list-item]


DEBTS = st.lists(
    st.builds(
        Debt,
        creditor=st.sampled_from(["Verhuurder", "Energie", "Water", "Zorg", "Gemeente"]),
        amount=st.integers(min_value=1, max_value=10**7).map(from_cents),
        kind=st.sampled_from(DEBT_KINDS),
        preferential=st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


@SETTINGS
@given(
    debts=DEBTS,
    room=st.integers(min_value=-(10**4), max_value=10**6),
    months=st.integers(min_value=1, max_value=36),
)
def test_offer_properties(debts: list[Debt], room: int, months: int) -> None:
    capacity = from_cents(room)
    result = plan_settlement(debts, capacity, months)
    if room <= 0:
        assert isinstance(result, NoProposal)
        assert result.reason == "no_capacity"
        return
    assert isinstance(result, SettlementOffer)
    total = sum((d.amount for d in debts), D(0))
    assert result.total_debt == total
    assert result.offered_total == min(capacity * months, total)
    assert result.offered_total <= capacity * MAX_SETTLEMENT_MONTHS
    assert result.full_payment == (capacity * months >= total)

    # shares: exact sum, none negative, none above its debt, within a cent of the exact value
    shares = [s.share for s in result.shares]
    assert sum(shares, D(0)) == result.offered_total
    true_ratio = Fraction(cents(result.offered_total), cents(total))
    assert result.ratio == true_ratio
    for debt, share in zip(debts, result.shares, strict=True):
        assert share.creditor == debt.creditor
        assert share.debt_amount == debt.amount
        assert D(0) <= share.share <= debt.amount
        exact = Fraction(cents(result.offered_total) * cents(debt.amount), cents(total))
        assert abs(cents(share.share) - exact) < 1
        assert share.share.as_tuple().exponent == -2

    # percentage: two decimals, never above the true ratio, less than 0,01 below it
    assert result.percentage.as_tuple().exponent == -2
    pct = Fraction(result.percentage)
    assert pct <= true_ratio * 100
    assert true_ratio * 100 - pct < Fraction(1, 100)
    assert (result.percentage == 100) == result.full_payment

    # monthly payments: exact sum, never above the capacity
    payments = result.monthly_payments
    assert len(payments) == months
    assert sum(payments, D(0)) == result.offered_total
    assert all(D(0) <= p <= capacity for p in payments)
    assert result.monthly_total == payments[0]
    assert max(payments) - result.monthly_total < months * D("0.01")


@SETTINGS
@given(debts=DEBTS, months=st.integers(min_value=37, max_value=1000))
def test_more_than_36_months_is_always_refused(debts: list[Debt], months: int) -> None:
    with pytest.raises(BudgetProblem, match="at most 36 months"):
        plan_settlement(debts, D("100.00"), months)
