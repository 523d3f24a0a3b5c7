"""Schema upgrades: an older database is backed up (encrypted) and then migrated."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.services.backup import database_snapshot
from app.services.keys import DatabaseKey
from app.services.store import _alembic_config, _make_engine, head_revision, open_store, raw_connect

KEY = DatabaseKey(passphrase="migration passphrase 1")


def _create_at(path: Path, revision: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw_connect(path, KEY).close()
    engine = _make_engine(path, KEY)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_old_database_is_backed_up_then_migrated(db_path: Path) -> None:
    _create_at(db_path, "0001")
    conn = raw_connect(db_path, KEY)
    conn.execute(
        "INSERT INTO organisations (id, code, name, kind) VALUES (1, 'YM', 'Ymere', 'corporatie')"
    )
    conn.execute(
        "INSERT INTO cases (id, corporation_id, reference, signal_date, kind, tenant_name, street, "
        "house_number, postcode, city, birth_date, occupants, statushouder, known, status, "
        "is_demo, flags, created_at, updated_at) VALUES (1, 1, 'YM-1', '2026-11-02', "
        "'huurachterstand', 'Sanne Hoekstra', 'Amsterdamstraat', '41', '2032 PK', 'Haarlem', "
        "'1988-08-17', 3, 0, 0, 'nieuw', 0, '', '2026-11-02 10:00:00', '2026-11-02 10:00:00')"
    )
    conn.commit()
    conn.close()
    before = database_snapshot(db_path, KEY)

    store = open_store(db_path, KEY)
    with store.engine.connect() as c:
        version = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        found = c.exec_driver_sql(
            "SELECT rowid FROM case_search WHERE text LIKE '%hoekstra%'"
        ).fetchall()
    store.close()
    assert version == head_revision()
    assert found == [(1,)]
    backups = list(db_path.parent.glob("vangnet.before-0001-*.db"))
    assert len(backups) == 1
    assert database_snapshot(backups[0], KEY) == before  # encrypted copy of the old state
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
