from __future__ import annotations

import pytest

from app.services.keys import (
    DatabaseKey,
    key_from_secret,
    new_raw_key,
    parse_recovery_key,
    passphrase_problem,
    recovery_key_for,
)


def test_recovery_key_round_trip_and_forgiving_typing() -> None:
    key = new_raw_key()
    assert key.raw is not None
    text = recovery_key_for(key.raw)
    assert len(text.split("-")) == 14
    assert parse_recovery_key(text) == key.raw
    assert parse_recovery_key(text.lower().replace("-", " ")) == key.raw


def test_recovery_key_typo_is_caught_by_check_group() -> None:
    key = new_raw_key()
    assert key.raw is not None
    text = recovery_key_for(key.raw)
    first = text[0]
    typo = ("B" if first != "B" else "C") + text[1:]
    assert parse_recovery_key(typo) is None
    assert key_from_secret(typo).passphrase == typo  # then it is treated as a passphrase


def test_passphrase_with_quotes_is_escaped_in_pragma() -> None:
    key = DatabaseKey(passphrase="it's a 'quoted' phrase")
    assert key.pragma_value() == "'it''s a ''quoted'' phrase'"


def test_key_repr_never_shows_material() -> None:
    key = DatabaseKey(passphrase="geheim wachtwoord 123")
    assert "geheim" not in repr(key)


@pytest.mark.parametrize(
    ("phrase", "problem"),
    [("kort", "at least 12"), ("aaaaaaaaaaaaaaa", "repetitive"), ("lange zin met woorden", None)],
)
def test_passphrase_minimum(phrase: str, problem: str | None) -> None:
    found = passphrase_problem(phrase)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found
