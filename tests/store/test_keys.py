from __future__ import annotations

from pathlib import Path

import pytest

from app.services.keys import (
    RECOVERY_TYPO,
    DatabaseKey,
    key_from_secret,
    new_raw_key,
    parse_recovery_key,
    passphrase_problem,
    recovery_key_for,
)
from app.services.store import WrongKey, create_store
from app.services.unlock import open_with, unlock


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


def test_a_typo_in_a_recovery_key_is_not_called_a_wrong_passphrase(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12.8: a recovery key with one wrong character used to be tried as a passphrase and
    reported as "the passphrase is wrong"."""
    key = new_raw_key()
    assert key.raw is not None
    create_store(db_path, key).close()
    recovery = recovery_key_for(key.raw)
    groups = recovery.split("-")
    groups[5] = ("A" if groups[5][0] != "A" else "B") + groups[5][1:]
    typo = "-".join(groups)
    with pytest.raises(WrongKey) as caught:
        open_with(db_path, key_from_secret(typo))
    assert "typing error in group 6 (of 14)" in str(caught.value)
    assert "typefout in groep 6" in caught.value.message_nl
    # two typing errors: no single group to name, the general sentence
    groups[9] = ("A" if groups[9][0] != "A" else "B") + groups[9][1:]
    with pytest.raises(WrongKey) as twice:
        open_with(db_path, key_from_secret("-".join(groups)))
    assert str(twice.value) == RECOVERY_TYPO
    assert "passphrase is wrong" not in str(caught.value)
    monkeypatch.setenv("VANGNET_PASSPHRASE", typo)
    with pytest.raises(WrongKey, match="looks like a recovery key"):
        unlock(db_path, ask=None)
    monkeypatch.setenv("VANGNET_PASSPHRASE", recovery.lower())  # the right one opens, any case
    unlock(db_path, ask=None).close()
    # a real passphrase that is wrong is still called a wrong passphrase
    with pytest.raises(WrongKey, match="passphrase is wrong"):
        open_with(db_path, key_from_secret("not the passphrase of this file"))


def test_init_next_to_a_stray_journal_makes_no_key(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12.8: with `vangnet.db` gone but `vangnet.db-wal` left, `init` wrote a new key into
    the keyring before refusing; the real database then no longer opened from the keyring."""
    from app.services import unlock as unlock_module
    from tests.helpers import cli

    db_path.parent.mkdir(parents=True)
    stray = db_path.with_name(db_path.name + "-wal")
    stray.write_bytes(b"journal of a database that is gone")

    def no_key(*_args: object) -> DatabaseKey:
        raise AssertionError("a key was made")

    monkeypatch.setattr(unlock_module, "new_key", no_key)
    monkeypatch.setenv("VANGNET_DB", str(db_path))
    run = cli("init")
    assert run.code == 1
    assert "vangnet.db-wal of a database is still there" in run.err
    assert not db_path.exists() and stray.read_bytes() == b"journal of a database that is gone"
