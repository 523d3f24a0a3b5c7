"""The sample export (copied from shared/samples) parses into four signals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.intake.signals import ParseResult
from tests.intake.helpers import parse

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "meldingen-voorbeeld.csv"


@pytest.fixture(scope="module")
def result() -> ParseResult:
    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE} is not available")
    return parse(SAMPLE.read_bytes())


def test_sample_file(result: ParseResult) -> None:
    assert result.ok, [str(e) for e in result.errors]
    assert result.warnings == []
    assert (result.encoding, result.delimiter, result.rows_seen) == ("cp1252", ";", 4)
    assert [r.row for r in result.records] == [2, 3, 4, 5]
    assert [r.corporation_code for r in result.records] == ["YM", "EW", "PW", "YM"]


def test_sample_first_signal(result: ParseResult) -> None:
    first = result.records[0]
    assert first.key == ("YM", "YM-20931", date(2026, 11, 2))
    assert first.kind == "huurachterstand"
    assert first.name == "Sanne Hoekstra"
    assert (first.street, first.house_number, first.postcode, first.city) == (
        "Amsterdamstraat", "41", "2032 PK", "Haarlem",
    )  # fmt: skip
    assert first.phone == "0623456789"
    assert first.birth_date == date(1988, 8, 17)
    assert first.occupants == 3
    assert first.arrears_since == date(2026, 9, 1)
    assert first.arrears_months == Decimal("2")
    assert first.arrears_amount == Decimal("1612.40")
    assert first.monthly_rent == Decimal("806.20")
    assert (first.consent, first.email, first.note, first.bailiff_date) == (None, None, None, None)


def test_sample_other_signals(result: ParseResult) -> None:
    second, third, fourth = result.records[1:]
    assert second.kind == "meer_dan_huurachterstand"
    assert second.arrears_months == Decimal("2.5")
    assert second.email == "m.ouali@example.nl"
    assert second.note == "buurman meldt overlast"
    assert second.phone == "0235321100"

    assert third.kind == "zorgen_zonder_achterstand"
    assert third.consent is True
    assert third.name == "Truus de Jong-Bakker"
    assert third.arrears_since is None and third.arrears_amount is None

    assert fourth.house_number == "3a"
    assert fourth.bailiff_date == date(2026, 11, 20)
    assert fourth.arrears_amount == Decimal("3480.00")
