"""Issue 12.4: damage is reported as damage. A damaged first page said "The passphrase is
wrong"; a damaged middle page made `backup` end in "Unexpected error". The user learns that the
file is damaged, which backup to restore, and is never told to doubt a correct passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.keycheck import keycheck_path
from app.services.keys import DatabaseKey
from app.services.store import DatabaseDamaged, WrongKey, open_store
from tests.helpers import cli

TODAY = "2026-11-23"
PAGE = 4096


def _damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 8] = bytes(8) if any(data[offset : offset + 8]) else b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Wijkteam").code == 0
    assert cli("demo", "--cases", "300", "--today", TODAY).code == 0
    backup = tmp_path / "goed.vangnet"
    assert cli("backup", backup).code == 0
    return backup


def test_a_damaged_first_page_is_not_a_wrong_passphrase(
    db_path: Path, passphrase_env: str, office: Path
) -> None:
    _damage(db_path, 100)
    run = cli("inbox", "--today", TODAY)
    assert run.code == 7
    assert "is damaged (its first page cannot be read); the key is right" in run.err
    assert f'vangnet restore "{office}" --force' in run.err  # which backup to restore
    assert "passphrase is wrong" not in run.err
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(db_path, DatabaseKey(passphrase=passphrase_env))
    assert "beschadigd" in caught.value.message_nl and "goed.vangnet" in caught.value.message_nl
    # a wrong passphrase is still called that
    with pytest.raises(WrongKey, match="passphrase is wrong"):
        open_store(db_path, DatabaseKey(passphrase="een heel andere passphrase"))
    # and the named backup brings the office back
    assert cli("restore", office, "--force").code == 0
    assert cli("inbox", "--today", TODAY).code == 0


def test_a_damaged_middle_page_stops_the_backup_naming_the_page(
    db_path: Path, passphrase_env: str, office: Path, tmp_path: Path
) -> None:
    _damage(db_path, 40 * PAGE + 1000)
    dest = tmp_path / "nieuw.vangnet"
    run = cli("backup", dest)
    assert run.code == 7, run.err
    assert "1 page(s) fail their checksum: 41" in run.err and "Unexpected" not in run.err
    assert not dest.exists() and list(tmp_path.glob("nieuw.vangnet*")) == []


def test_a_database_from_before_the_check_gets_one_when_opened(
    db_path: Path, passphrase_env: str, office: Path
) -> None:
    check = keycheck_path(db_path)
    check.unlink()
    open_store(db_path, DatabaseKey(passphrase=passphrase_env)).close()
    assert check.is_file() and check.stat().st_mode & 0o777 == 0o600
    assert "Sociaal" not in check.read_text() and "Wijkteam" not in check.read_text()
