from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3

from app.services.keys import DatabaseKey, new_raw_key
from app.services.store import (
    BUSY_TIMEOUT_MS,
    NoDatabase,
    StoreError,
    WrongKey,
    create_store,
    open_store,
    raw_connect,
    sidecar_paths,
)

PASS = DatabaseKey(passphrase="correct horse battery staple")


def _fingerprint(path: Path) -> dict[str, str | None]:
    files = [path, *sidecar_paths(path)]
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in files
    }


def test_create_then_open_with_same_passphrase(db_path: Path) -> None:
    store = create_store(db_path, PASS)
    store.set_setting("office_name", "Wijkteam Noord")
    store.close()
    again = open_store(db_path, PASS)
    assert again.setting("office_name") == "Wijkteam Noord"
    again.close()


def test_pragmas_are_set_and_verified(db_path: Path) -> None:
    create_store(db_path, PASS).close()
    conn = raw_connect(db_path, PASS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS == 30_000
    conn.close()


def test_wrong_passphrase_is_refused_and_nothing_is_written(db_path: Path) -> None:
    create_store(db_path, PASS).close()
    before = _fingerprint(db_path)
    with pytest.raises(WrongKey, match="passphrase is wrong"):
        open_store(db_path, DatabaseKey(passphrase="not the right passphrase"))
    assert _fingerprint(db_path) == before


def test_wrong_raw_key_is_refused(db_path: Path) -> None:
    key = new_raw_key()
    create_store(db_path, key).close()
    with pytest.raises(WrongKey, match="is wrong"):
        open_store(db_path, new_raw_key())


def test_create_refuses_existing_file(db_path: Path) -> None:
    create_store(db_path, PASS).close()
    before = _fingerprint(db_path)
    with pytest.raises(StoreError, match="already exists"):
        create_store(db_path, PASS)
    assert _fingerprint(db_path) == before


def test_open_missing_database_never_creates_one(db_path: Path) -> None:
    with pytest.raises(NoDatabase):
        open_store(db_path, PASS)
    assert not db_path.exists()


def test_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(a)").connection.commit()
    with pytest.raises(StoreError, match="unencrypted"):
        open_store(plain, PASS)


def test_any_sqlcipher4_client_opens_a_passphrase_database(db_path: Path) -> None:
    create_store(db_path, PASS).close()
    conn = sqlcipher3.connect(str(db_path))
    conn.execute("PRAGMA key = 'correct horse battery staple'")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"cases", "organisations", "audit_log", "alembic_version"} <= tables
    conn.close()


def test_newer_schema_is_refused_with_clear_message(db_path: Path) -> None:
    create_store(db_path, PASS).close()
    conn = raw_connect(db_path, PASS)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version of Vangnet"):
        open_store(db_path, PASS)


def test_file_is_not_readable_without_key(db_path: Path) -> None:
    store = create_store(db_path, PASS)
    store.set_setting("office_name", "Geheim Kantoor Schalkwijk")
    store.close()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    for p in [db_path, *sidecar_paths(db_path)]:
        if p.exists():
            assert b"Geheim Kantoor" not in p.read_bytes()


def test_initialise_failure_leaves_no_half_made_database(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import setup
    from app.services.rules.profile import load_profile

    def broken(*_args: object) -> int:
        raise RuntimeError("disk full while adding organisations")

    monkeypatch.setattr(setup, "ensure_profile_organisations", broken)
    with pytest.raises(RuntimeError):
        setup.initialise(db_path, PASS, load_profile("haarlem"), "Kantoor")
    assert not db_path.exists()
    assert not any(p.exists() for p in sidecar_paths(db_path))
