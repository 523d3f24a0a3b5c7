from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services.intake.values import (
    ValueProblem,
    normalise_phone,
    normalise_postcode,
    parse_amount,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_int,
    valid_email,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02-11-2026", date(2026, 11, 2)),
        ("2026-11-02", date(2026, 11, 2)),
        ("2-11-2026", date(2026, 11, 2)),
        ("2-1-2026", date(2026, 1, 2)),
        ("02/11/2026", date(2026, 11, 2)),
        ("02.11.2026", date(2026, 11, 2)),
        ("2026/11/2", date(2026, 11, 2)),
        (" 29-02-2024 ", date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "2026", "02-11-26", "11/2026", "02-11/2026", "tomorrow", "2026-11-02T10:00", "٠٢-١١-٢٠٢٦"],
)
def test_parse_date_refuses_other_forms(text: str) -> None:
    with pytest.raises(ValueProblem, match=r"not a date \(use dd-mm-jjjj or jjjj-mm-dd\)|empty"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2026", "no such date: 31-02-2026 (that month has no day 31)"),
        ("29-02-2025", "no such date: 29-02-2025 (that month has no day 29)"),
        ("01-13-2026", "no such date: 01-13-2026 (month 13 does not exist)"),
        ("2026-00-10", "no such date: 2026-00-10 (month 0 does not exist)"),
        ("00-01-2026", "no such date: 00-01-2026 (that month has no day 0)"),
        ("01-01-0000", "no such date: 01-01-0000 (year 0 does not exist)"),
    ],
)
def test_parse_date_refuses_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        parse_date(text)
    assert raised.value.message == message
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("€ 1.234,56", "1234.56"),
        ("1234,5", "1234.50"),
        ("€1612,40", "1612.40"),
        ("€ 1.612,40", "1612.40"),
        ("1,234.56", "1234.56"),
        ("1.234", "1234.00"),  # three digits after one separator: thousands, not decimals
        ("12,345", "12345.00"),
        ("1.234.567,89", "1234567.89"),
        ("806", "806.00"),
        ("0,5", "0.50"),
        (",50", "0.50"),
        ("12.5", "12.50"),
        ("1612,40 €", "1612.40"),
        ("EUR 10", "10.00"),
        ("\u00a0€\u00a01.000,00\u00a0", "1000.00"),
        ("0", "0.00"),
    ],
)
def test_parse_amount_accepts(text: str, expected: str) -> None:
    amount = parse_amount(text)
    assert amount == Decimal(expected)
    assert amount.as_tuple().exponent == -2  # always whole cents


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-10", "negative amount not allowed"),
        ("€ -1.234,56", "negative amount not allowed"),
        ("-€ 10", "negative amount not allowed"),
        ("10-", "negative amount not allowed"),
        ("1234.567", "too many decimals (at most 2, whole cents)"),
        ("0,505", "too many decimals (at most 2, whole cents)"),
        ("0.500", "too many decimals (at most 2, whole cents)"),
        (
            "12,3.4",
            "not an amount (use 1234,56 or 1.234,56): thousands separators in the wrong place",
        ),
        ("12.34.5", "not an amount (use 1234,56 or 1.234,56)"),
        (
            "1.23,45",
            "not an amount (use 1234,56 or 1.234,56): thousands separators in the wrong place",
        ),
        ("abc", "not an amount (use 1234,56 or 1.234,56)"),
        ("€", "not an amount (use 1234,56 or 1.234,56)"),
        ("1 234", "not an amount (use 1234,56 or 1.234,56)"),
        ("1e5", "not an amount (use 1234,56 or 1.234,56)"),
        ("NaN", "not an amount (use 1234,56 or 1.234,56)"),
        ("1000000000", "amount too large"),
        ("", "empty (expected an amount)"),
    ],
)
def test_parse_amount_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        parse_amount(text)
    assert raised.value.message == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2,5", "2.5"), ("2.5", "2.5"), ("4", "4"), ("0", "0"), ("-1", "-1"), (",5", "0.5")],
)
def test_parse_decimal(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "2,5,1", "1.000,5", "twee", "Infinity", "NaN", "1e3", "1_0"])
def test_parse_decimal_refuses(text: str) -> None:
    with pytest.raises(ValueProblem, match="not a number|empty"):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", True), ("JA", True), ("Ja ", True), ("j", True), ("1", True), ("yes", True),
        ("WAAR", True), ("nee", False), ("N", False), ("0", False), ("no", False),
        ("Nee", False), ("ONWAAR", False),
    ],
)  # fmt: skip
def test_parse_bool(text: str, expected: bool) -> None:
    assert parse_bool(text) is expected


@pytest.mark.parametrize("text", ["misschien", "2", "jaa", "-"])
def test_parse_bool_refuses(text: str) -> None:
    with pytest.raises(ValueProblem, match=r"^not yes/no \(use ja or nee\)$"):
        parse_bool(text)


def test_parse_bool_empty() -> None:
    with pytest.raises(ValueProblem, match="empty"):
        parse_bool("  ")


@pytest.mark.parametrize(("text", "expected"), [("3", 3), (" 12 ", 12), ("0", 0), ("-2", -2)])
def test_parse_int(text: str, expected: int) -> None:
    assert parse_int(text) == expected


@pytest.mark.parametrize("text", ["3.0", "3,5", "drie", "1_000", "²", "٣", "9" * 5000])
def test_parse_int_refuses(text: str) -> None:
    with pytest.raises(ValueProblem, match="^not a whole number$"):
        parse_int(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2032 PK", "2032 PK"),
        ("2032pk", "2032 PK"),
        ("2032 pK", "2032 PK"),
        (" 1011  ab ", "1011 AB"),
        ("9999ZZ", "9999 ZZ"),
    ],
)
def test_normalise_postcode(text: str, expected: str) -> None:
    assert normalise_postcode(text) == expected


@pytest.mark.parametrize(
    "text", ["0123 AB", "123 AB", "12345 AB", "2032 P", "2032 PKK", "AB 2032", ""]
)
def test_normalise_postcode_refuses(text: str) -> None:
    with pytest.raises(ValueProblem, match=r"^not a Dutch postcode \(expected 1234 AB\)$"):
        normalise_postcode(text)


@pytest.mark.parametrize("letters", ["SA", "sd", "Ss"])
def test_normalise_postcode_refuses_unissued_letters(letters: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        normalise_postcode(f"2032 {letters}")
    assert raised.value.message == (
        f"not a Dutch postcode: the letters {letters.upper()} are never used"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06-23456789", "0623456789"),
        ("023-5321100", "0235321100"),
        ("0612121212", "0612121212"),
        ("(023) 532 11 00", "0235321100"),
        ("06 - 12 34 56 78", "0612345678"),
        ("+31 6 23456789", "+31623456789"),
        ("+31 (0)6 2345 6789", "+31623456789"),
        ("0031 6 23456789", "+31623456789"),
        ("+32 470 12 34 56", "+32470123456"),
        ("0800 1234567", "08001234567"),
    ],
)
def test_normalise_phone(text: str, expected: str) -> None:
    assert normalise_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("06-1234567", "phone number too short (at least 10 digits)"),
        (
            "612345678",
            "phone number must start with 0 or + (did the spreadsheet drop a leading zero?)",
        ),
        ("06-CALLME00", "not a phone number (contains letters)"),
        ("0612345678 ext 12", "not a phone number (contains letters)"),
        ("+31 6 1234", "phone number too short (+31 and at least 9 digits)"),
        ("06#12345678", "not a phone number (use only digits, spaces, - and a leading +)"),
        ("06+12345678", "not a phone number (use only digits, spaces, - and a leading +)"),
        ("+1 23", "not an international phone number (8 to 15 digits after +)"),
        ("0612345678901", "phone number too long"),
    ],
)
def test_normalise_phone_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        normalise_phone(text)
    assert raised.value.message == message


@pytest.mark.parametrize(
    "text", ["m.ouali@example.nl", "a+b@sub.example.com", " sanne@example.nl "]
)
def test_valid_email(text: str) -> None:
    assert valid_email(text) == text.strip()


@pytest.mark.parametrize(
    "text",
    ["m.ouali", "a@b", "a @example.nl", "a@@example.nl", "@example.nl", "a@example.", "a..b@x.nl"],
)
def test_valid_email_refuses(text: str) -> None:
    with pytest.raises(ValueProblem, match="^not an e-mail address$"):
        valid_email(text)
