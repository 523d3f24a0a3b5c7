"""Telling a wrong key from a damaged file, and which backup to restore (issue 12.4).

SQLCipher answers the same when the key is wrong and when the first page is damaged: it cannot
read page 1. So next to the database lies ``<name>.keycheck``: a random salt and a value derived
from the key with it (for a passphrase: PBKDF2-HMAC-SHA512 with as many iterations as SQLCipher
itself uses, so it is no easier to guess the passphrase from this file than from the database).
When SQLCipher refuses a key that matches this value, the key is right and the file is damaged.

The file also remembers the last verified backup (its path and when), so a damaged database can
say which backup to restore. Nothing personal is in it. Readable by the user only (0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.services import clock
from app.services.keys import DatabaseKey

SUFFIX = ".keycheck"
#: SQLCipher 4's default for passphrases; the check costs a guesser as much as the database does
ITERATIONS = 256_000


def keycheck_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def _derive(key: DatabaseKey, salt: bytes, iterations: int) -> bytes:
    if key.raw is not None:
        return hmac.new(key.raw, b"vangnet-keycheck" + salt, hashlib.sha256).digest()
    assert key.passphrase is not None
    return hashlib.pbkdf2_hmac("sha512", key.passphrase.encode("utf-8"), salt, iterations)[:32]


@dataclass(frozen=True)
class LastBackup:
    path: str
    at: datetime


def _read(db: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(keycheck_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(db: Path, data: dict[str, Any]) -> None:
    target = keycheck_path(db)
    partial = target.with_name(target.name + ".new")
    with contextlib.suppress(OSError):  # a missing check only makes messages less precise
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(partial, target)


def remember_key(db: Path, key: DatabaseKey, *, keep_backup: bool = True) -> None:
    """Write the check for `key` (after the key opened `db`)."""
    salt = secrets.token_bytes(16)
    mode = "raw" if key.raw is not None else "passphrase"
    data: dict[str, Any] = {
        "version": 1,
        "mode": mode,
        "salt": salt.hex(),
        "iterations": ITERATIONS,
        "check": _derive(key, salt, ITERATIONS).hex(),
    }
    old = _read(db) if keep_backup else None
    if old and "last_backup" in old:
        data["last_backup"] = old["last_backup"]
    _write(db, data)


def has_check(db: Path) -> bool:
    return keycheck_path(db).is_file()


def key_matches(db: Path, key: DatabaseKey) -> bool | None:
    """True: `key` is the database's key; False: it is not; None: there is no (usable) check."""
    data = _read(db)
    if not data:
        return None
    try:
        salt = bytes.fromhex(str(data["salt"]))
        iterations = int(data["iterations"])
        expected = bytes.fromhex(str(data["check"]))
        mode = str(data["mode"])
    except (KeyError, ValueError):
        return None
    if mode != ("raw" if key.raw is not None else "passphrase"):
        return False
    if not 1 <= iterations <= 10_000_000:
        return None
    return hmac.compare_digest(_derive(key, salt, iterations), expected)


def remember_backup(db: Path, backup: Path) -> None:
    data = _read(db)
    if data is None:
        return
    data["last_backup"] = {
        "path": str(backup),
        "at": clock.now().isoformat(timespec="seconds"),
    }
    _write(db, data)


def last_backup(db: Path) -> LastBackup | None:
    data = _read(db) or {}
    raw = data.get("last_backup")
    if not isinstance(raw, dict):
        return None
    try:
        return LastBackup(str(raw["path"]), datetime.fromisoformat(str(raw["at"])))
    except (KeyError, ValueError):
        return None
