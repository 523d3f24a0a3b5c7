"""Encrypted backup and restore, each verified by reopening before anything is replaced.

Both copy page by page with SQLite's online backup API, so they can say how far they are and be
cancelled between two steps; the checks run under SQLite's progress handler for the same reason.
`progress(done, total)` hears about every step; when it answers False the work stops with
:class:`BackupCancelled`: a cancelled backup leaves no file behind, a cancelled restore changes
nothing. The few moments that cannot be interrupted (SQLCipher's page check, renaming files)
are short.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.services import clock
from app.services.keycheck import keycheck_path, remember_backup, remember_key
from app.services.keys import DatabaseKey
from app.services.store import (
    BUSY_TIMEOUT_MS,
    DatabaseDamaged,
    DiskFull,
    StoreError,
    known_revisions,
    raw_connect,
    sidecar_paths,
    unused_name,
)

#: `progress(done, total)`; answers False when the work should stop
Progress = Callable[[int, int], bool]
#: pages copied per step of the online backup (1 MiB at SQLCipher's 4 KiB pages)
PAGES_PER_STEP = 256
#: SQLite virtual-machine instructions between two looks at "cancelled?" during a check
_VM_STEPS = 20_000
#: an unchanged progress value is passed on at most this often (seconds)
_REPORT_EVERY = 0.1


class BackupCancelled(Exception):
    """The person stopped a backup, a restore or the check of a backup: nothing was left
    behind and nothing was changed."""


class BackupProblem(StoreError):
    """A backup or restore refused for a reason the person can act on. `code` says which
    (``same_file``, ``exists``, ``no_folder``, ``not_writable``, ``not_found``, ``damaged``,
    ``not_vangnet``, ``newer``, ``mismatch``, ``target_exists``) and `path` where, so the window
    can word it; the message is the English for the command line. Nothing was changed."""

    def __init__(self, code: str, path: Path, message: str, message_nl: str) -> None:
        super().__init__(message, message_nl)
        self.code = code
        self.path = path


@dataclass(frozen=True)
class Snapshot:
    """Row counts per table and one hash over every row, to prove two databases hold the same."""

    counts: dict[str, int]
    digest: str


class _Steps:
    """One progress bar over several steps: each step's own (done, total) fills its share.

    When the callback answers False, :meth:`report` raises :class:`BackupCancelled`, and
    :meth:`poll` (for SQLite's progress handler, which must not raise) answers 1: interrupt."""

    SCALE = 1000

    def __init__(self, progress: Progress | None, weights: dict[str, int]) -> None:
        self._progress = progress
        self._span: dict[str, tuple[int, int]] = {}
        whole, reached = sum(weights.values()), 0
        for name, weight in weights.items():
            start = reached * self.SCALE // whole
            reached += weight
            self._span[name] = (start, reached * self.SCALE // whole)
        self._value = 0
        self._told = -1
        self._told_at = 0.0
        self.stopped = False

    def report(self, step: str, done: int, total: int) -> None:
        start, end = self._span[step]
        share = min(max(done, 0), total) / total if total > 0 else 0.0
        self._value = start + int((end - start) * share)
        self._tell()

    def poll(self) -> int:
        try:
            self._tell()
        except BackupCancelled:
            return 1
        return 0

    def finish(self) -> None:
        """The whole bar: the last moment the work can still be stopped."""
        self._value = self.SCALE
        self._told = -1
        self._tell()

    def _tell(self) -> None:
        if self._progress is None:
            return
        if self.stopped:
            raise BackupCancelled
        now = time.monotonic()
        if self._value == self._told and now - self._told_at < _REPORT_EVERY:
            return
        self._told, self._told_at = self._value, now
        if not self._progress(self._value, self.SCALE):
            self.stopped = True
            raise BackupCancelled


@contextlib.contextmanager
def _interruptible(conn: Any, steps: _Steps) -> Iterator[None]:
    """Statements on `conn` stop soon after the person cancels (SQLite's progress handler)."""
    conn.set_progress_handler(steps.poll, _VM_STEPS)
    try:
        yield
    except sqlcipher3.OperationalError as exc:
        if steps.stopped:
            raise BackupCancelled from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def snapshot(conn: Any, report: Callable[[int, int], None] | None = None) -> Snapshot:
    """Every row of every table, hashed in a fixed order; `report(rows, total)` as it goes."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    total = 0
    if report is not None:
        for table in tables:
            total += conn.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0]
    counts: dict[str, int] = {}
    h = hashlib.sha256()
    seen = 0
    for table in tables:
        quoted = _quoted(table)
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({quoted})")]
        order = ", ".join('"' + c + '"' for c in cols)
        n = 0
        h.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
            h.update(repr(row).encode())
            n += 1
            if report is not None and n % 500 == 0:
                report(seen + n, total)
        seen += n
        counts[table] = n
    if report is not None:
        report(seen, max(total, seen))
    return Snapshot(counts, h.hexdigest())


def database_snapshot(path: Path, key: DatabaseKey) -> Snapshot:
    conn = raw_connect(path, key, configure=False)
    try:
        return snapshot(conn)
    finally:
        conn.close()


def verify_database(path: Path, key: DatabaseKey, *, progress: Progress | None = None) -> Snapshot:
    """Open with the key, check page HMACs and structure, check the schema is one we know."""
    return _verify(path, key, _Steps(progress, {"v.pages": 1, "v.rows": 1}), "v")


def _verify(path: Path, key: DatabaseKey, steps: _Steps, step: str) -> Snapshot:
    """`verify_database`, reporting under the steps ``<step>.pages`` and ``<step>.rows``."""
    steps.report(f"{step}.pages", 0, 1)
    conn = raw_connect(path, key, configure=False)
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()  # short; not interruptible
        if bad:
            raise BackupProblem(
                "damaged",
                path,
                f"{path} is damaged ({len(bad)} pages fail their checksum).",
                f"{path} is beschadigd ({len(bad)} pagina's kloppen niet).",
            )
        steps.report(f"{step}.pages", 1, 2)
        with _interruptible(conn, steps):
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise BackupProblem(
                "damaged",
                path,
                f"{path} is damaged ({ok}).",
                f"{path} is beschadigd (de opbouw klopt niet).",
            )
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher3.Error as exc:
            raise _not_vangnet(path) from exc
        if rev is None:
            raise _not_vangnet(path)
        if rev[0] not in known_revisions():
            raise BackupProblem(
                "newer",
                path,
                f"{path} was made by a newer version of Vangnet (schema {rev[0]}); update first.",
                f"{path} is gemaakt met een nieuwere versie van Vangnet (schema {rev[0]}); werk "
                "Vangnet eerst bij.",
            )
        with _interruptible(conn, steps):
            return snapshot(conn, lambda done, total: steps.report(f"{step}.rows", done, total))
    finally:
        conn.close()


def _not_vangnet(path: Path) -> BackupProblem:
    return BackupProblem(
        "not_vangnet",
        path,
        f"{path} is not a Vangnet database.",
        f"{path} is geen database van Vangnet.",
    )


# --- what a database or a backup holds ---------------------------------------------------------


@dataclass(frozen=True)
class DatabaseFacts:
    """What a person recognises a database by: its office, its cases, its last change."""

    office_name: str | None
    cases: int
    last_change: datetime | None  # the latest entry of its audit trail


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int  # bytes
    saved_at: datetime  # when the file was last written (its modification time)
    facts: DatabaseFacts
    snapshot: Snapshot


def database_facts(path: Path, key: DatabaseKey) -> DatabaseFacts:
    conn = raw_connect(path, key, configure=False)
    try:
        cases = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        office = conn.execute("SELECT value FROM settings WHERE key = 'office_name'").fetchone()
        last = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    except sqlcipher3.Error as exc:
        raise _not_vangnet(path) from exc
    finally:
        conn.close()
    last_change = None
    if last is not None:
        with contextlib.suppress(ValueError):
            last_change = datetime.fromisoformat(str(last))
    return DatabaseFacts(office[0] if office else None, cases, last_change)


def inspect_backup(path: Path, key: DatabaseKey, *, progress: Progress | None = None) -> BackupInfo:
    """What a backup holds, after every check a restore makes (key, pages, structure, schema).

    `WrongKey` when `key` does not open it (made under another key, or not a Vangnet file)."""
    if not path.is_file():
        raise _no_backup(path)
    snap = _verify(path, key, _Steps(progress, {"v.pages": 1, "v.rows": 1}), "v")
    facts = database_facts(path, key)
    stat = path.stat()
    return BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime), facts, snap)


def _no_backup(path: Path) -> BackupProblem:
    return BackupProblem(
        "not_found", path, f"No backup file at {path}.", f"Er is geen back-up op {path}."
    )


# --- writing a copy ------------------------------------------------------------------------------


def _remove(path: Path) -> None:
    for p in [path, *sidecar_paths(path)]:
        with contextlib.suppress(OSError):
            p.unlink()


def _reserve(partial: Path, dest: Path) -> None:
    """Create the copy's file, private (0600) from the start; a folder that refuses is named."""
    _remove(partial)  # left over from a copy that was interrupted (the name is ours)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise _write_refused(exc, dest) from exc
    os.close(fd)


def _write_refused(exc: OSError, dest: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(dest)
    return BackupProblem(
        "not_writable",
        dest.parent,
        f"Vangnet cannot write in the folder {dest.parent} ({exc.strerror or exc}); nothing was "
        "written.",
        f"Vangnet kan niet schrijven in de map {dest.parent}; er is niets geschreven.",
    )


def _sqlite_write_refused(exc: sqlcipher3.OperationalError, dest: Path) -> StoreError | None:
    text = str(exc).lower()
    if "full" in text:
        return DiskFull(dest)
    if "readonly" in text or "unable to open" in text:
        return _write_refused(OSError(errno.EACCES, "permission denied"), dest)
    return None


def _copy(
    source: Path,
    key: DatabaseKey,
    target: Path,
    target_key: DatabaseKey,
    steps: _Steps,
    *,
    read: str | None,
    copy: str,
) -> Snapshot | None:
    """Copy `source` page by page into the empty file `target`, encrypted with `target_key`.

    Everything happens in one read transaction of `source`: with `read`, its rows are hashed
    first and that snapshot is returned, so it describes exactly the state that was copied,
    while others go on writing (WAL)."""
    src = raw_connect(source, key, configure=False)
    try:
        src.isolation_level = None
        src.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        dst = raw_connect(target, target_key, configure=False)
        try:
            expected: Snapshot | None = None
            with _interruptible(src, steps):
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the state, pinned
                if read is not None:
                    expected = snapshot(src, lambda done, total: steps.report(read, done, total))

                def step(_status: int, remaining: int, total: int) -> None:
                    steps.report(copy, total - remaining, total)  # BackupCancelled stops it

                src.backup(dst, pages=PAGES_PER_STEP, progress=step)
                src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        finally:
            dst.close()
    finally:
        src.close()
    return expected


def backup(
    source: Path,
    key: DatabaseKey,
    dest: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> Snapshot:
    """An encrypted copy of the live database at `dest`, verified equal to the source.

    The copy is written next to `dest` and renamed to it only after it opened with the key and
    held the same rows as the state that was copied, so an existing `dest` (with `force`) is
    replaced only by a good copy. Cancelled (see the module docstring): nothing at `dest`."""
    forbidden = {p.resolve() for p in [source, *sidecar_paths(source), keycheck_path(source)]}
    if dest.resolve() in forbidden:
        raise BackupProblem(
            "same_file",
            dest,
            "The backup cannot be written over the database itself.",
            f"De back-up kan niet over de database zelf heen ({dest}).",
        )
    if dest.exists() and not force:
        raise BackupProblem(
            "exists",
            dest,
            f"{dest} already exists; choose another name or use --force.",
            f"{dest} bestaat al; kies een andere naam.",
        )
    if not dest.parent.is_dir():
        raise BackupProblem(
            "no_folder",
            dest.parent,
            f"The folder {dest.parent} does not exist.",
            f"De map {dest.parent} bestaat niet.",
        )
    steps = _Steps(
        progress,
        {"check": 2, "read": 2, "copy": 3, "verify.pages": 2, "verify.rows": 2},
    )
    _check(source, key, steps, "check")  # a damaged database is named, not copied (issue 12.4)
    partial = dest.with_name(dest.name + ".verify")
    try:
        _reserve(partial, dest)
        try:
            expected = _copy(source, key, partial, key, steps, read="read", copy="copy")
        except sqlcipher3.OperationalError as exc:
            refused = _sqlite_write_refused(exc, dest)
            if refused is None:
                raise
            raise refused from exc
        copied = _verify(partial, key, steps, "verify")
        if copied != expected:
            raise BackupProblem(
                "mismatch",
                dest,
                "The backup does not match the database (was it changed meanwhile?).",
                "De kopie komt niet overeen met de database; er is niets geschreven. Probeer "
                "het opnieuw.",
            )
        steps.finish()
        try:
            os.replace(partial, dest)
        except OSError as exc:
            raise _write_refused(exc, dest) from exc
    finally:
        _remove(partial)
    remember_backup(source, dest)  # a damaged database can then say which backup to restore
    return copied


# --- checking the live database ------------------------------------------------------------------


def damaged_pages(conn: Any) -> list[int]:
    """Pages whose HMAC fails (SQLCipher), from `PRAGMA cipher_integrity_check`."""
    pages: list[int] = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        match = re.search(r"page (\d+)", str(line))
        if match:
            pages.append(int(match.group(1)))
    return sorted(set(pages))


def check_integrity(path: Path, key: DatabaseKey, *, progress: Progress | None = None) -> None:
    """`DatabaseDamaged` naming the pages when the file does not hold together; else nothing."""
    _check(path, key, _Steps(progress, {"check": 1}), "check")


def _check(path: Path, key: DatabaseKey, steps: _Steps, step: str) -> None:
    steps.report(step, 0, 1)
    conn = raw_connect(path, key, configure=False)
    try:
        pages = damaged_pages(conn)  # short, and SQLCipher's own: not interruptible
        if pages:
            listed = ", ".join(str(p) for p in pages[:10]) + (" …" if len(pages) > 10 else "")
            raise DatabaseDamaged(
                path,
                f"{len(pages)} page(s) fail their checksum: {listed}",
                f"pagina {listed} klopt niet"
                if len(pages) == 1
                else f"{len(pages)} pagina's kloppen niet: {listed}",
            )
        steps.report(step, 1, 3)
        try:
            with _interruptible(conn, steps):
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlcipher3.DatabaseError:
            result = "unreadable"
        if result != "ok":
            raise DatabaseDamaged(path, "its structure is broken", "de opbouw is kapot")
        steps.report(step, 1, 1)
    finally:
        conn.close()


# --- restoring -----------------------------------------------------------------------------------


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
        self.path = target


@contextlib.contextmanager
def _alone_with(target: Path, key: DatabaseKey) -> Any:
    """Hold `target` exclusively (no other connection may be open, none may open meanwhile)
    and yield that connection; `DatabaseInUse` when another process has it open.

    Under WAL a connection can switch to the exclusive locking mode only while no other
    connection uses the database, so the switch itself answers "is anyone else here?". Yields
    None when the key does not open `target` (another office's file): then SQLite cannot be
    asked, and the replace goes ahead as before."""
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


def restore(
    source: Path,
    key: DatabaseKey,
    target: Path,
    *,
    force: bool = False,
    into_key: DatabaseKey | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace `target` with the verified backup `source`; the old database is kept aside.

    `key` opens the backup; the restored database is encrypted with `into_key` (by default the
    same key), so a backup made under an earlier key comes back under the key the database opens
    with now. Checking and copying can be cancelled (nothing changed); `progress` reaches its
    total just before the files are swapped, which is short and can no longer be cancelled."""
    if not source.is_file():
        raise _no_backup(source)
    if target.exists() and not force:
        raise BackupProblem(
            "target_exists",
            target,
            f"A database already exists at {target}; restoring would replace it. "
            "Use --force to replace it (the current one is kept as a copy).",
            f"Er staat al een database op {target}; terugzetten zou die vervangen.",
        )
    new_key = into_key or key
    steps = _Steps(
        progress,
        {"verify.pages": 2, "verify.rows": 2, "copy": 3, "check.pages": 2, "check.rows": 2},
    )
    incoming = target.with_name(target.name + ".restoring")
    kept: Path | None = None
    with contextlib.ExitStack() as stack:
        # nobody else may have the database open while it is replaced (issue 12.2): asked
        # first, so a refusal comes before the long part
        hold = stack.enter_context(_alone_with(target, new_key)) if target.exists() else None
        expected = _verify(source, key, steps, "verify")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _reserve(incoming, target)
            try:
                _copy(source, key, incoming, new_key, steps, read=None, copy="copy")
            except sqlcipher3.OperationalError as exc:
                refused = _sqlite_write_refused(exc, target)
                if refused is None:
                    raise
                raise refused from exc
            if _verify(incoming, new_key, steps, "check") != expected:
                raise BackupProblem(
                    "mismatch",
                    source,
                    "The restored copy does not match the backup; nothing was changed.",
                    "De teruggezette kopie komt niet overeen met de back-up; er is niets "
                    "veranderd.",
                )
            steps.finish()  # from here on: short, and not to be interrupted
            if target.exists():
                if hold is not None:
                    hold.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    stack.close()  # released only now, just before the files move
                kept = _set_aside(target, new_key)
            os.replace(incoming, target)
            remember_key(target, new_key)  # the key that opens the restored file
        finally:
            _remove(incoming)
    return RestoreResult(expected, kept)


def set_aside_name(target: Path) -> Path:
    """Where a restore puts the database it replaces (the name depends on the moment)."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return unused_name(target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}"))


def _set_aside(target: Path, key: DatabaseKey) -> Path:
    """Fold the current database's WAL in and move it aside, so a restore never loses data."""
    with contextlib.suppress(StoreError):
        conn = raw_connect(target, key, configure=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    aside = set_aside_name(target)
    os.replace(target, aside)
    for side in sidecar_paths(target):
        if side.exists():
            os.replace(side, aside.with_name(aside.name + side.name[len(target.name) :]))
    return aside
