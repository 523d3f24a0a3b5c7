"""Opening a current database asks no help from Alembic (issue 17): the schema version is read
with a plain query and compared with the head named in the migration files; Alembic is imported
only when the database is behind (or not plainly versioned)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.services.keys import DatabaseKey
from app.services.store import _head_from_files, create_store, head_revision, open_store
from tests.helpers import database_at_revision

KEY = DatabaseKey(passphrase="schema check passphrase 1")

_OPEN_AND_REPORT = """
import sys
from pathlib import Path
from app.services.keys import DatabaseKey
from app.services.store import open_store
store = open_store(Path(sys.argv[1]), DatabaseKey(passphrase=sys.argv[2]))
store.close()
print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('alembic')}))
"""


def _modules_used_to_open(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_REPORT, str(path), KEY.passphrase or ""],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert _head_from_files() == head_revision()


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    create_store(path, KEY).close()
    assert _modules_used_to_open(path) == "[]"


def test_a_database_behind_is_still_migrated_with_alembic(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at_revision(path, KEY, "0009")
    assert _modules_used_to_open(path) == "['alembic']"
    assert list(tmp_path.glob("old.before-0009-*.db")), "no backup before the migration"
    store = open_store(path, KEY)
    with store.engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        assert version.scalar_one() == head_revision()
    store.close()
