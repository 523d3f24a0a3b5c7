"""Schema upgrades: an older database is backed up (encrypted) and then migrated."""

from __future__ import annotations

from pathlib import Path

from app.services.backup import database_snapshot
from app.services.keys import DatabaseKey
from app.services.store import _make_engine, head_revision, open_store, raw_connect
from tests.helpers import database_at_revision

KEY = DatabaseKey(passphrase="migration passphrase 1")


def _create_at(path: Path, revision: str) -> None:
    database_at_revision(path, KEY, revision)


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


def test_migrations_build_exactly_the_models_schema(db_path: Path) -> None:
    """Alembic's autogenerate finds nothing to add: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models import Base

    _create_at(db_path, "head")
    engine = _make_engine(db_path, KEY)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    # The full-text table and its shadow tables are made by hand (FTS5), not by the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("case_search"))]
    assert diff == []


def test_rows_from_before_0005_get_distinct_stable_uids(db_path: Path) -> None:
    _create_at(db_path, "0004")
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
    for i in range(3):
        conn.execute(
            "INSERT INTO case_events (case_id, kind, occurred_on, recorded_at, recorded_by, "
            f"detail) VALUES (1, 'taken_on', '2026-11-0{3 + i}', '2026-11-03 10:00', 'x', '{{}}')"
        )
    conn.commit()
    conn.close()

    open_store(db_path, KEY).close()
    conn = raw_connect(db_path, KEY)
    uids = [row[0] for row in conn.execute("SELECT uid FROM case_events ORDER BY id")]
    indexes = [row[1] for row in conn.execute("PRAGMA index_list('case_events')")]
    conn.close()
    assert len(uids) == 3 and len(set(uids)) == 3
    assert all(len(u) == 32 for u in uids)
    assert "ix_case_events_case_kind" in indexes  # the batch copy kept the index
