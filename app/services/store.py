"""The encrypted case store: SQLCipher 4 through sqlcipher3, SQLAlchemy 2 sessions, migrations.

Every connection gets its key first, then is checked (wrong key → `WrongKey`, nothing written),
then WAL, foreign keys, busy timeout and in-memory temp storage are set and verified.

Writers queue. The window and the command line, or two windows, on one database are normal, so
every :meth:`Store.transaction` starts with ``BEGIN IMMEDIATE``: it takes the write lock before
it reads, and waits up to :data:`BUSY_TIMEOUT_MS` for another writer to finish (a deferred
``BEGIN`` that reads first and writes later gets "database is locked" at once, whatever the
busy timeout). When the wait runs out, :class:`StoreBusy` says another Vangnet is busy.
Reading sessions (:meth:`Store.session`) never wait: under WAL a reader sees the last commit.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.models import Setting
from app.services import clock
from app.services.errors import GENERIC_REFUSAL_NL
from app.services.keys import DatabaseKey

if TYPE_CHECKING:  # Alembic is imported only when a schema is made or migrated (issue 17)
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
DB_FILENAME = "vangnet.db"
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A problem opening or changing the store; the message is one user-facing line (English,
    for the command line). `message_nl` says it in Dutch for the window, where one is given."""

    def __init__(self, message: str, message_nl: str | None = None) -> None:
        super().__init__(message)
        # without a Dutch text the window gets a general Dutch sentence, never the English
        self.message_nl = message_nl or GENERIC_REFUSAL_NL


class WrongKey(StoreError):
    pass


class NoDatabase(StoreError):
    pass


class DatabaseDamaged(StoreError):
    """The file is damaged (the key is right): say so, and which backup to restore."""

    def __init__(self, path: Path, what: str, what_nl: str) -> None:
        from app.services.keycheck import last_backup

        last = last_backup(path)
        if last is not None:
            when = last.at.strftime("%d-%m-%Y %H:%M")
            advice = f"Restore the last backup ({when}): vangnet restore \"{last.path}\" --force"
            advice_nl = f"Zet de laatste back-up terug ({when}): {last.path}"
        else:
            advice = "Restore your latest backup: vangnet restore BACKUP --force"
            advice_nl = "Zet uw laatste back-up terug."
        super().__init__(
            f"{path} is damaged ({what}); the key is right. Nothing was changed. {advice}",
            f"Het gegevensbestand is beschadigd ({what_nl}); de sleutel klopt wel. Er is niets "
            f"veranderd. {advice_nl}",
        )
        self.path = path


#: how long a writer waits for another one (a large import holds the lock for a while)
BUSY_TIMEOUT_MS = 30_000


class StoreBusy(StoreError):
    """Another Vangnet kept the database busy for longer than a writer waits. Nothing changed."""

    def __init__(self, path: Path, waited_ms: int) -> None:
        seconds = max(1, round(waited_ms / 1000))
        super().__init__(
            f"Another Vangnet (a window or a command) is busy changing {path}; waited "
            f"{seconds} s. Nothing was changed: try again when it is done.",
            f"Een andere Vangnet (een venster of een opdracht) is bezig met deze database; na "
            f"{seconds} seconden wachten is niets veranderd. Probeer het opnieuw als die klaar is.",
        )


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full. The transaction was rolled back."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk is full ({path.parent}); nothing was changed. Make room on the disk "
            "and try again.",
            "De schijf is vol; er is niets veranderd. Maak ruimte vrij op de schijf en probeer "
            "het opnieuw.",
        )


def _is_full(exc: OperationalError) -> bool:
    return "disk is full" in str(exc.orig).lower()


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


#: the execution option that makes a connection begin with BEGIN IMMEDIATE (`Store.transaction`)
_WRITE_OPTION = "vangnet_write"


def default_db_path() -> Path:
    env = os.environ.get("VANGNET_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Vangnet", appauthor=False)) / DB_FILENAME


def sidecar_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def raw_connect(path: Path, key: DatabaseKey, *, configure: bool = True) -> Any:
    """A sqlcipher3 connection with the key applied and verified (and pragmas, if configure)."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise _key_failure(path, key) from exc
        if configure:
            _configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _key_failure(path: Path, key: DatabaseKey) -> StoreError:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        head = b""
    if head == _SQLITE_PLAIN_HEADER:
        return StoreError(
            f"{path} is an unencrypted SQLite file; Vangnet only opens encrypted ones.",
            f"{path} is niet versleuteld; Vangnet opent alleen versleutelde bestanden.",
        )
    from app.services.keycheck import key_matches

    if key_matches(path, key):  # the right key, so it is the file (issue 12.4)
        return DatabaseDamaged(path, "its first page cannot be read", "pagina 1 is onleesbaar")
    return WrongKey(
        f"The {key.described} is wrong for {path} (or the file is not a Vangnet database).",
        f"Deze sleutel opent {path} niet (of het is geen gegevensbestand van Vangnet).",
    )


def _configure(conn: Any) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages per connection
    checks = {
        "journal_mode": (str(mode).lower(), "wal"),
        "foreign_keys": (conn.execute("PRAGMA foreign_keys").fetchone()[0], 1),
        "temp_store": (conn.execute("PRAGMA temp_store").fetchone()[0], 2),
        "busy_timeout": (conn.execute("PRAGMA busy_timeout").fetchone()[0], int(BUSY_TIMEOUT_MS)),
    }
    for name, (actual, wanted) in checks.items():
        if actual != wanted:
            raise StoreError(f"The database refused PRAGMA {name} (got {actual!r}).")


@dataclass
class Store:
    """An open encrypted database."""

    path: Path
    key: DatabaseKey
    engine: Engine
    _sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        It holds the write lock from its first statement (``BEGIN IMMEDIATE``), waiting for
        another writer up to :data:`BUSY_TIMEOUT_MS`; then :class:`StoreBusy`."""
        try:
            with self._sessions() as session, session.begin():
                # take the write lock now: queue behind another writer instead of failing later
                session.connection(execution_options={_WRITE_OPTION: True})
                yield session
        except OperationalError as exc:
            if _is_busy(exc):
                raise StoreBusy(self.path, BUSY_TIMEOUT_MS) from exc
            if _is_full(exc):
                raise DiskFull(self.path) from exc
            raise

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.session() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            set_setting(session, key, value)

    def close(self) -> None:
        self.engine.dispose()


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return default if value is None else value


def _make_engine(path: Path, key: DatabaseKey, first: Any = None) -> Engine:
    """The engine over `path`; `first`, when given, is an already keyed and configured connection
    that becomes the pool's first one, so its key derivation (PBKDF2 for a passphrase, a good
    part of a command's run time) is not done a second time."""
    handed: list[Any] = [first] if first is not None else []

    def connect() -> Any:
        return handed.pop() if handed else raw_connect(path, key)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:  # pysqlite's implicit BEGIN is unreliable; be explicit
        writing = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


_REVISION_LINE = re.compile(r"^(down_revision|revision) = (None|\"([^\"]+)\")$", re.MULTILINE)


@functools.cache
def _head_from_files() -> str | None:
    """The newest schema revision, read from the migration files without importing Alembic
    (0.3 s at every start); None when they do not name exactly one head, and then the caller
    asks Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((m[1], m[3]) for m in _REVISION_LINE.finditer(script.read_text("utf-8")))
        if not found.get("revision"):
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(connection: Any) -> str | None:
    """The schema revision the database records, by a plain query; None when the answer is not
    one plain revision (no table, no row, several rows): then Alembic decides."""
    try:
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except OperationalError as exc:
        if "no such table" in str(exc).lower():
            return None
        raise
    return str(rows[0][0]) if len(rows) == 1 else None


def create_store(path: Path, key: DatabaseKey) -> Store:
    """A new, empty, migrated database. Refuses to touch an existing file."""
    if path.exists() or any(p.exists() for p in sidecar_paths(path)):
        raise StoreError(
            f"A database already exists at {path}; Vangnet will not overwrite it.",
            f"Er staat al een database op {path}; Vangnet overschrijft die niet.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = raw_connect(path, key)
        conn.close()
        os.chmod(path, 0o600)
        engine = _make_engine(path, key)
        _upgrade(engine)
    except BaseException:
        for p in [path, *sidecar_paths(path)]:
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    from app.services.keycheck import remember_key

    remember_key(path, key, keep_backup=False)
    return Store(path, key, engine, sessionmaker(engine, expire_on_commit=False))


def open_store(path: Path, key: DatabaseKey) -> Store:
    """Open an existing database: key checked, newer schemas refused, older ones migrated."""
    if not path.exists():
        raise NoDatabase(f"No database at {path}. Create one with `vangnet init`.")
    conn = raw_connect(path, key, configure=False)  # verifies the key before anything is written
    try:
        _configure(conn)
    except BaseException:
        conn.close()
        raise
    engine = _make_engine(path, key, first=conn)
    try:
        with engine.connect() as connection:
            stored = _stored_revision(connection)
        if stored is None or stored != _head_from_files():  # not current: Alembic decides
            from alembic.runtime.migration import MigrationContext

            with engine.connect() as connection:
                current = MigrationContext.configure(connection).get_current_revision()
            head = head_revision()
        else:
            current = head = stored
        if current is None:
            raise StoreError(
                f"{path} is encrypted but holds no Vangnet data.",
                f"{path} is versleuteld, maar bevat geen gegevens van Vangnet.",
            )
        if current != head and current not in known_revisions():
            raise StoreError(
                f"{path} was made by a newer version of Vangnet (schema {current}); "
                "update Vangnet to open it.",
                f"{path} is gemaakt met een nieuwere versie van Vangnet (schema {current}); "
                "werk Vangnet bij om het te openen.",
            )
        if current != head:
            backup_before_migration(path, key, current)
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    from app.services.keycheck import has_check, remember_key

    if not has_check(path):  # databases from before the check: once, after the key opened it
        remember_key(path, key)
    return Store(path, key, engine, sessionmaker(engine, expire_on_commit=False))


def unused_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... if it is taken: a copy never overwrites
    an earlier one made in the same second."""
    candidate, n = path, 1
    while candidate.exists() or any(side.exists() for side in sidecar_paths(candidate)):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def backup_before_migration(path: Path, key: DatabaseKey, revision: str) -> Path:
    """An encrypted copy next to the database, made before any schema change."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = unused_name(path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}"))
    export_encrypted(path, key, target)
    return target


def export_encrypted(source: Path, key: DatabaseKey, target: Path) -> None:
    """Write an encrypted, consistent copy of `source` to `target` (via sqlcipher_export)."""
    partial = target.with_name(target.name + ".partial")
    for p in [partial, *sidecar_paths(partial)]:
        with contextlib.suppress(OSError):
            p.unlink()
    conn = raw_connect(source, key)
    try:
        conn.isolation_level = None
        conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(partial), _attach_key(key)))
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('export')")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE export")
    except BaseException:
        for p in [partial, *sidecar_paths(partial)]:
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    finally:
        conn.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)


def _attach_key(key: DatabaseKey) -> str:
    return f"x'{key.raw.hex()}'" if key.raw is not None else str(key.passphrase)


def checkpoint_and_close(store: Store) -> None:
    """Fold the WAL into the main file so the database is one self-contained file."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def remove_database_files(path: Path) -> None:
    from app.services.keycheck import keycheck_path

    for p in [path, *sidecar_paths(path), keycheck_path(path)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
