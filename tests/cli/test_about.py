"""`vangnet about`: what this installation runs on, without opening (or needing) a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import __version__
from app.ui import i18n
from tests.conftest import MemoryKeyring
from tests.helpers import cli


def test_about_without_a_database(db_path: Path) -> None:
    run = cli("about", "--json")
    assert run.code == 0, run.err
    info = run.json()
    assert info["version"] == __version__
    assert info["frozen"] is False
    assert info["database"] == str(db_path) and info["database_exists"] is False
    assert info["keyring"]["usable"] is False
    assert info["keyring"]["backend"] == "keyring.backends.fail.Keyring"
    assert "SecretService" in info["keyring"]["known"]
    assert info["sqlcipher"].startswith("4.")
    assert info["dutch_loaded"] is True and info["dutch_language"] == "nl_NL"
    assert info["dutch_catalogue"] == str(i18n.TRANSLATIONS / "vangnet_nl.qm")
    assert not db_path.exists()  # nothing was created


def test_about_names_the_keyring_and_the_database(
    db_path: Path, passphrase_env: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    run = cli("about")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == f"Vangnet {__version__}"
    assert f"Database:    {db_path}" in lines
    assert "Keyring:     tests.conftest.MemoryKeyring" in lines
    other = tmp_path / "elders.db"
    assert f"Database:    {other}  (not created yet)" in cli("--db", other, "about").out


def test_about_fails_when_the_dutch_catalogue_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "nothing-here")
    run = cli("about")
    assert run.code == 1
    assert (
        f"Dutch text:  MISSING: {tmp_path / 'nothing-here' / 'vangnet_nl.qm'} cannot be loaded"
        in (run.out)
    )
