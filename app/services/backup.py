"""Encrypted backup and restore, each verified by reopening before anything is replaced."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.services import clock
from app.services.keycheck import remember_backup, remember_key
from app.services.keys import DatabaseKey
from app.services.store import (
    DatabaseDamaged,
    StoreError,
    export_encrypted,
    known_revisions,
    raw_connect,
    sidecar_paths,
    unused_name,
)


@dataclass(frozen=True)
class Snapshot:
    """Row counts per table and one hash over every row, to prove two databases hold the same."""

    counts: dict[str, int]
    digest: str


def snapshot(conn: Any) -> Snapshot:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    h = hashlib.sha256()
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({quoted})")]
        order = ", ".join('"' + c + '"' for c in cols)
        n = 0
        h.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
            h.update(repr(row).encode())
            n += 1
        counts[table] = n
    return Snapshot(counts, h.hexdigest())


def database_snapshot(path: Path, key: DatabaseKey) -> Snapshot:
    conn = raw_connect(path, key, configure=False)
    try:
        return snapshot(conn)
    finally:
        conn.close()


def verify_database(path: Path, key: DatabaseKey) -> Snapshot:
    """Open with the key, check page HMACs and structure, check the schema is one we know."""
    conn = raw_connect(path, key, configure=False)
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            raise StoreError(f"{path} is damaged ({len(bad)} pages fail their checksum).")
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise StoreError(f"{path} is damaged ({ok}).")
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception as exc:
            raise StoreError(f"{path} is not a Vangnet database.") from exc
        if rev is None:
            raise StoreError(f"{path} is not a Vangnet database.")
        if rev[0] not in known_revisions():
            raise StoreError(
                f"{path} was made by a newer version of Vangnet (schema {rev[0]}); update first."
            )
        return snapshot(conn)
    finally:
        conn.close()


def backup(source: Path, key: DatabaseKey, dest: Path, *, force: bool = False) -> Snapshot:
    """An encrypted copy of the live database at `dest`, verified equal to the source."""
    if dest.resolve() == source.resolve():
        raise StoreError("The backup cannot be written over the database itself.")
    if dest.exists() and not force:
        raise StoreError(f"{dest} already exists; choose another name or use --force.")
    if not dest.parent.is_dir():
        raise StoreError(f"The folder {dest.parent} does not exist.")
    partial = dest.with_name(dest.name + ".verify")
    check_integrity(source, key)  # a damaged database is named, not copied (issue 12.4)
    before = database_snapshot(source, key)
    export_encrypted(source, key, partial)
    try:
        copied = verify_database(partial, key)
        if copied != before:
            raise StoreError("The backup does not match the database (was it changed meanwhile?).")
        os.replace(partial, dest)
    finally:
        for p in [partial, *sidecar_paths(partial)]:
            with contextlib.suppress(OSError):
                p.unlink()
    remember_backup(source, dest)  # a damaged database can then say which backup to restore
    return copied


def damaged_pages(conn: Any) -> list[int]:
    """Pages whose HMAC fails (SQLCipher), from `PRAGMA cipher_integrity_check`."""
    pages: list[int] = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        match = re.search(r"page (\d+)", str(line))
        if match:
            pages.append(int(match.group(1)))
    return sorted(set(pages))


def check_integrity(path: Path, key: DatabaseKey) -> None:
    """`DatabaseDamaged` naming the pages when the file does not hold together; else nothing."""
    conn = raw_connect(path, key, configure=False)
    try:
        pages = damaged_pages(conn)
        if pages:
            listed = ", ".join(str(p) for p in pages[:10]) + (" …" if len(pages) > 10 else "")
            raise DatabaseDamaged(
                path,
                f"{len(pages)} page(s) fail their checksum: {listed}",
                f"pagina {listed} klopt niet"
                if len(pages) == 1
                else f"{len(pages)} pagina's kloppen niet: {listed}",
            )
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlcipher3.DatabaseError:
            result = "unreadable"
        if result != "ok":
            raise DatabaseDamaged(path, "its structure is broken", "de opbouw is kapot")
    finally:
        conn.close()


class DatabaseInUse(StoreError):
    """Another Vangnet (window or command) has the database open; a restore would lose its
    later writes, so nothing is replaced."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            f"{target} is open in another Vangnet (a window or a command); close it first. "
            "Nothing was restored.",
            "De database is geopend in een andere Vangnet (een venster of een opdracht); sluit "
            "die eerst. Er is niets teruggezet.",
        )


@contextlib.contextmanager
def _alone_with(target: Path, key: DatabaseKey) -> Any:
    """Hold `target` exclusively (no other connection may be open, none may open meanwhile)
    and yield that connection; `DatabaseInUse` when another process has it open.

    Under WAL a connection can switch to the exclusive locking mode only while no other
    connection uses the database, so the switch itself answers "is anyone else here?". Yields
    None when the backup's key does not open `target` (another office's file): then SQLite
    cannot be asked, and the replace goes ahead as before."""
    try:
        conn = raw_connect(target, key, configure=False)
    except StoreError:
        yield None
        return
    try:
        try:
            conn.execute("PRAGMA busy_timeout = 2000")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            raise DatabaseInUse(target) from exc
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class RestoreResult:
    snapshot: Snapshot
    previous_kept_at: Path | None


def restore(source: Path, key: DatabaseKey, target: Path, *, force: bool = False) -> RestoreResult:
    """Replace `target` with the verified backup `source`; the old database is kept aside."""
    if not source.is_file():
        raise StoreError(f"No backup file at {source}.")
    if target.exists() and not force:
        raise StoreError(
            f"A database already exists at {target}; restoring would replace it. "
            "Use --force to replace it (the current one is kept as a copy)."
        )
    expected = verify_database(source, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.with_name(target.name + ".restoring")
    kept: Path | None = None
    with contextlib.ExitStack() as stack:
        # nobody else may have the database open while it is replaced (issue 12.2)
        hold = stack.enter_context(_alone_with(target, key)) if target.exists() else None
        export_encrypted(source, key, incoming)
        try:
            if verify_database(incoming, key) != expected:
                raise StoreError(
                    "The restored copy does not match the backup; nothing was changed."
                )
            if target.exists():
                if hold is not None:
                    hold.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    stack.close()  # released only now, just before the files move
                kept = _set_aside(target, key)
            os.replace(incoming, target)
            remember_key(target, key)  # the key that opens the restored file
        finally:
            for p in [incoming, *sidecar_paths(incoming)]:
                with contextlib.suppress(OSError):
                    p.unlink()
    return RestoreResult(expected, kept)


def _set_aside(target: Path, key: DatabaseKey) -> Path:
    """Fold the current database's WAL in and move it aside, so a restore never loses data."""
    with contextlib.suppress(StoreError):
        conn = raw_connect(target, key, configure=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = unused_name(target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}"))
    os.replace(target, aside)
    for side in sidecar_paths(target):
        if side.exists():
            os.replace(side, aside.with_name(aside.name + side.name[len(target.name) :]))
    return aside
