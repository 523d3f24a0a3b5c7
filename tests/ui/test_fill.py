"""Placeholders in translated texts are filled in one pass."""

from app.ui.i18n import fill


def test_a_value_that_contains_a_placeholder_is_not_filled_again() -> None:
    assert fill("%1 and %2", "file %2.csv", "x") == "file %2.csv and x"


def test_numbers_of_two_digits_are_their_own_placeholder() -> None:
    values = [str(n) for n in range(1, 11)]
    assert fill("%1-%10", *values) == "1-10"


def test_a_placeholder_without_a_value_stays_visible() -> None:
    assert fill("%1 of %2", 3) == "3 of %2"
