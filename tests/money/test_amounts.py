"""Amounts: exact cents in, Dutch text in and out, integer cents for storage."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import (
    CENT,
    AmountProblem,
    cents,
    format_eur,
    from_cents,
    parse_amount,
    round_money,
    to_money,
)

SETTINGS = settings(max_examples=200, deadline=None)
CENTS = st.integers(min_value=-(10**12), max_value=10**12)


def test_cent_is_one_hundredth() -> None:
    assert Decimal("0.01") == CENT


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.5"), "12.50"),
        (Decimal("12.340"), "12.34"),  # trailing zero is not a third decimal
        (12, "12.00"),
        (-3, "-3.00"),
        ("1234.56", "1234.56"),
        (" 7.1 ", "7.10"),
        ("-0.00", "0.00"),  # no negative zero
        (Decimal("-0"), "0.00"),
    ],
)
def test_to_money_accepts_whole_cents(value: Decimal | int | str, expected: str) -> None:
    result = to_money(value)
    assert str(result) == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("12.345"), "more than 2 decimals"),
        ("12.345", "more than 2 decimals"),
        (Decimal("0.001"), "more than 2 decimals"),
        (Decimal("NaN"), "not a finite amount"),
        (Decimal("Infinity"), "not a finite amount"),
        (Decimal("-Infinity"), "not a finite amount"),
        ("abc", "not an amount: 'abc'"),
        ("1,50", "not an amount"),  # Dutch text belongs in parse_amount
        ("1e3", "not an amount"),
        ("", "not an amount"),
        (Decimal("1e40"), "too large"),
    ],
)
def test_to_money_refuses(value: Decimal | str, message: str) -> None:
    with pytest.raises(AmountProblem, match=message):
        to_money(value)


@pytest.mark.parametrize("value", [1.5, True, None])
def test_to_money_refuses_floats_and_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        to_money(value)  # type: ignore[arg-type]


def test_amount_problem_is_a_value_error() -> None:
    assert issubclass(AmountProblem, ValueError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.125", "0.13"),  # half up
        ("0.1249", "0.12"),
        ("2.675", "2.68"),  # a float would give 2.67
        ("-0.125", "-0.13"),  # half away from zero
        ("-0.004", "0.00"),  # no negative zero
        ("10", "10.00"),
    ],
)
def test_round_money_half_up(value: str, expected: str) -> None:
    assert str(round_money(Decimal(value))) == expected


def test_round_money_refuses_nan() -> None:
    with pytest.raises(AmountProblem):
        round_money(Decimal("NaN"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1234,5", "1234.50"),
        ("€ 12,50", "12.50"),
        ("€12,50", "12.50"),
        ("12,50 €", "12.50"),
        ("€\u00a01.612,40", "1612.40"),  # non-breaking space, as Excel and Babel write
        ("  612,40  ", "612.40"),
        ("€ 12,-", "12.00"),  # Dutch for whole euros
        ("12,--", "12.00"),
        ("1.234", "1234.00"),  # a Dutch thousands separator, not a decimal point
        ("12.345", "12345.00"),
        ("1.234.567,89", "1234567.89"),
        ("12.50", "12.50"),  # one dot with one or two digits: a decimal point
        ("12.5", "12.50"),
        ("0", "0.00"),
        ("0,01", "0.01"),
        ("-0,00", "0.00"),  # not negative, so allowed without allow_negative
    ],
)
def test_parse_amount_accepts_dutch_input(text: str, expected: str) -> None:
    assert str(parse_amount(text)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12,3,4", "not an amount: '12,3,4' (expected e.g. 1.234,56)"),
        ("12,345", "not an amount: '12,345' (at most 2 decimals: whole cents)"),
        ("12.3456", "at most 2 decimals"),
        ("1.23,45", "not an amount: '1.23,45'"),  # thousands separator in the wrong place
        ("1234.567,00", "not an amount"),
        ("1,234.56", "not an amount"),  # English notation is ambiguous here
        ("1 234,56", "not an amount"),
        (",50", "not an amount"),
        ("", "not an amount: ''"),
        ("   ", "not an amount"),
        ("€", "not an amount"),
        ("twaalf", "not an amount: 'twaalf'"),
        ("12,50 EUR", "not an amount"),
        ("1e3", "not an amount"),
        ("--12", "not an amount"),
    ],
)
def test_parse_amount_refuses_with_the_text_named(text: str, message: str) -> None:
    with pytest.raises(AmountProblem) as caught:
        parse_amount(text)
    assert message in str(caught.value)


@pytest.mark.parametrize("text", ["-12,50", "-€ 12,50", "€ -12,50", "\u221212,50", "- 12,50"])
def test_parse_amount_negative_only_when_allowed(text: str) -> None:
    with pytest.raises(AmountProblem, match="negative amount not allowed"):
        parse_amount(text)
    assert parse_amount(text, allow_negative=True) == Decimal("-12.50")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("1234.56", "€ 1.234,56"),
        ("-12", "-€ 12,00"),
        ("0", "€ 0,00"),
        ("-0.00", "€ 0,00"),
        ("0.5", "€ 0,50"),
        ("999.99", "€ 999,99"),
        ("1000", "€ 1.000,00"),
        ("1234567.8", "€ 1.234.567,80"),
        ("-1234567.89", "-€ 1.234.567,89"),
        ("612.405", "€ 612,41"),  # display rounds half up
    ],
)
def test_format_eur(amount: str, text: str) -> None:
    assert format_eur(Decimal(amount)) == text


def test_format_eur_refuses_ints_which_might_be_cents() -> None:
    with pytest.raises(TypeError):
        format_eur(1234)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "stored"),
    [("12.34", 1234), ("0.00", 0), ("-0.01", -1), ("1000000.00", 100000000)],
)
def test_cents_and_back(amount: str, stored: int) -> None:
    assert cents(Decimal(amount)) == stored
    assert from_cents(stored) == Decimal(amount)
    assert str(from_cents(stored)) == str(Decimal(amount))


def test_cents_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(AmountProblem):
        cents(Decimal("1.005"))


@pytest.mark.parametrize("value", [True, 1.0, "12"])
def test_from_cents_takes_only_ints(value: object) -> None:
    with pytest.raises(TypeError):
        from_cents(value)  # type: ignore[arg-type]


@SETTINGS
@given(CENTS)
def test_cents_round_trip(n: int) -> None:
    assert cents(from_cents(n)) == n
    assert from_cents(n).as_tuple().exponent == -2


@SETTINGS
@given(CENTS)
def test_parse_reads_back_what_format_writes(n: int) -> None:
    amount = from_cents(n)
    text = format_eur(amount)
    assert parse_amount(text, allow_negative=True) == amount
    if n < 0:
        with pytest.raises(AmountProblem):
            parse_amount(text)
    else:
        assert parse_amount(text) == amount
