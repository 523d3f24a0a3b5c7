"""Taking the contact-list file from the shared folder, but only once it is complete.

The policy adviser may still be saving the file, a sync client may still be downloading it, or
the laptop may be offline. A file is taken only when its size and modification time are the
same at two looks a short moment apart, it is not empty, it can be read, and Excel's lock file
(``~$contactlijst.xlsx``) is absent. Otherwise the answer is "not taken": *busy* (try again
shortly), *missing* (the folder has no contact list) or *unreachable* (the folder is gone).
Excel's ``~$…`` lock files are never read.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.services.contacts.columns import FILE_NAMES

__all__ = ["NotTaken", "TakenFile", "find_contact_file", "take_file"]

#: how long to wait between the two looks at the file, by default
SETTLE_SECONDS = 1.0

LOCK_PREFIX = "~$"


@dataclass(frozen=True)
class TakenFile:
    """A complete, readable contact-list file."""

    path: Path
    name: str
    data: bytes
    sha256: str
    modified: datetime
    #: other contact-list files in the folder that were not taken (older)
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotTaken:
    """Why no file was taken this time.

    ``outcome``: ``unreachable`` (the folder cannot be reached), ``missing`` (no contact list
    in it) or ``busy`` (being written, locked or unreadable: try again shortly). ``reason`` is a
    short code (``folder``, ``no_file``, ``lock_file``, ``empty``, ``changing``,
    ``unreadable``, ``vanished``); ``message`` says it in English."""

    outcome: str
    reason: str
    message: str
    file_name: str | None = None


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _folder_ok(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:
        return False


def _unreachable(folder: Path) -> NotTaken:
    return NotTaken(
        "unreachable",
        "folder",
        "the shared folder cannot be reached (offline, or the share or synced folder is gone); "
        "the last list is kept",
    )


def _busy(reason: str, name: str) -> NotTaken:
    messages = {
        "lock_file": f"{name} is open in Excel (its lock file ~$… is present); not taken, "
        "will try again shortly",
        "empty": f"{name} is empty (still being written?); not taken, will try again shortly",
        "changing": f"{name} is still being written (its size or time changed); not taken, "
        "will try again shortly",
        "unreadable": f"{name} cannot be read right now (locked or no permission); not taken, "
        "will try again shortly",
        "vanished": f"{name} disappeared while it was read (being replaced?); not taken, "
        "will try again shortly",
    }
    return NotTaken("busy", reason, messages[reason], name)


def find_contact_file(folder: Path) -> tuple[Path, tuple[str, ...], tuple[str, ...]] | NotTaken:
    """The contact-list file to take, the other candidates, and the names of lock files.

    With both a workbook and a CSV file present, the most recently saved one is taken."""
    if not _folder_ok(folder):
        return _unreachable(folder)
    try:
        entries = {entry.name: entry for entry in os.scandir(folder)}
    except OSError:
        return _unreachable(folder)
    names = list(entries)
    locks = tuple(n for n in names if n.startswith(LOCK_PREFIX))
    candidates: list[tuple[float, int, str]] = []
    for name in names:
        lowered = name.lower()
        if name.startswith(LOCK_PREFIX) or lowered not in FILE_NAMES:
            continue
        try:
            modified = (folder / name).stat().st_mtime
        except OSError:
            modified = 0.0
        candidates.append((modified, -FILE_NAMES.index(lowered), name))
    if not candidates:
        wanted = " or ".join(FILE_NAMES)
        return NotTaken("missing", "no_file", f"the shared folder has no {wanted}")
    candidates.sort(reverse=True)
    chosen = candidates[0][2]
    if not _ordinary_file(entries[chosen]):
        return NotTaken(
            "missing",
            "not_a_file",
            f"{chosen} is not an ordinary file (a link, a pipe or a device); it is not read",
            chosen,
        )
    return folder / chosen, tuple(c[2] for c in candidates[1:]), locks


def _ordinary_file(entry: os.DirEntry[str]) -> bool:
    """A regular file itself: a link in a folder anyone can write to is not followed, and a
    pipe or a device would hang or never end."""
    try:
        return not entry.is_symlink() and entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _locked_by_excel(name: str, locks: tuple[str, ...]) -> bool:
    """Excel's owner file is ``~$`` plus the name, or plus the name minus two characters."""
    lowered = name.lower()
    return any(lock[2:].lower() in (lowered, lowered[2:]) for lock in locks)


def _read(path: Path) -> bytes:
    # not through a link put there after the look, never blocking on a pipe
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(f"{path.name} is not an ordinary file")
        return handle.read()


def take_file(
    folder: Path,
    *,
    settle_seconds: float = SETTLE_SECONDS,
    pause: Callable[[float], None] = time.sleep,
    reader: Callable[[Path], bytes] = _read,
) -> TakenFile | NotTaken:
    """Look at the folder twice, ``settle_seconds`` apart, and read the file if it is complete.

    ``pause`` and ``reader`` are seams for tests (a file that grows between the looks, a
    folder that disappears before the read)."""
    found = find_contact_file(folder)
    if isinstance(found, NotTaken):
        return found
    path, ignored, locks = found
    name = path.name
    if _locked_by_excel(name, locks):
        return _busy("lock_file", name)

    def classify_failure(error: OSError) -> NotTaken:
        if not _folder_ok(folder):
            return _unreachable(folder)
        if isinstance(error, FileNotFoundError):
            return _busy("vanished", name)
        return _busy("unreadable", name)

    # Two looks at size and modification time, compared with each other only: never with this
    # computer's clock, which a network share's clock may differ from by minutes or years.
    try:
        first = _stamp(path)
    except OSError as error:
        return classify_failure(error)
    if first[0] == 0:
        return _busy("empty", name)
    pause(settle_seconds)
    try:
        second = _stamp(path)
    except OSError as error:
        return classify_failure(error)
    if first != second:
        return _busy("changing", name)
    again = find_contact_file(folder)
    if isinstance(again, NotTaken):
        return again
    if _locked_by_excel(name, again[2]):
        return _busy("lock_file", name)
    try:
        data = reader(path)
        after = _stamp(path)
    except OSError as error:
        return classify_failure(error)
    if after != second or len(data) != after[0]:
        return _busy("changing", name)
    if not data:
        return _busy("empty", name)
    return TakenFile(
        path=path,
        name=name,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        modified=datetime.fromtimestamp(after[1] / 1e9),
        ignored=ignored,
    )
