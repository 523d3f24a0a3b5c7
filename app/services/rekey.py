"""Changing the database key (issue 15.5): a new passphrase, keyring ↔ passphrase, or a new
recovery key that makes the old one useless.

Never in place. The steps, each safe to be killed after:

1. ``backup``   a verified backup under the *old* key, next to the database
                (``vangnet.before-keychange-….db``): whatever happens next, this opens;
2. ``copy``     the database copied page by page into ``vangnet.db.rekeying`` under the new key,
                the key mode written into the copy, and the copy checked row by row;
3. ``next``     (a new raw key) the new key stored in the keyring as the *next* key;
4. ``swap``     the old file's WAL folded in under an exclusive lock, then one atomic rename of
                the copy over the database;
5. ``settle``   the keyring's entry becomes the new key (or is removed for a passphrase), the
                next key is removed, and the key check next to the database is renewed.

Killed before 4: the database is the old one and opens with the old key; a left-over copy is
removed by the next change. Killed after 4: the database opens with the new key; a next key
still in the keyring is promoted at the next start (:func:`finish_interrupted_change`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from app.services import audit, clock
from app.services.backup import (
    BackupProblem,
    Progress,
    _alone_with,
    _copy,
    _Steps,
    _verify,
    backup,
    snapshot,
)
from app.services.keycheck import remember_key
from app.services.keys import (
    DatabaseKey,
    KeyProblem,
    keyring_forget,
    keyring_load,
    keyring_status,
    keyring_store,
    new_raw_key,
    passphrase_problem,
)
from app.services.store import (
    StoreError,
    open_store,
    raw_connect,
    set_setting,
    sidecar_paths,
    unused_name,
)

#: for the fault tests: `VANGNET_KILL_AT=copy` ends the process right after that step
_KILL_ENV = "VANGNET_KILL_AT"
STEPS = ("backup", "copy", "next", "swap", "settle")


@dataclass(frozen=True)
class KeyChange:
    """What a change did: the backup under the old key, and the new key."""

    backup: Path
    #: the new raw key (to show its recovery key once); None for a passphrase
    new_key: DatabaseKey


def _step_done(name: str) -> None:
    if os.environ.get(_KILL_ENV) == name:
        os._exit(137)  # as if the laptop lost power right here


def backup_name(db: Path) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return unused_name(db.with_name(f"{db.stem}.before-keychange-{stamp}{db.suffix}"))


def rekeying_path(db: Path) -> Path:
    return db.with_name(db.name + ".rekeying")


def new_key_for(mode: str, passphrase: str | None) -> DatabaseKey:
    """The key to change to: a new random key (keyring mode) or the chosen passphrase."""
    if mode == "keyring":
        status = keyring_status()
        if not status.usable:
            raise KeyProblem(
                f"No usable keyring ({status.backend}: {status.reason}); choose a passphrase.",
                f"Er is geen bruikbare sleutelbos ({status.backend}); kies een wachtzin.",
            )
        return new_raw_key()
    if passphrase is None:
        raise KeyProblem("No new passphrase given.", "Er is geen nieuwe wachtzin opgegeven.")
    problem = passphrase_problem(passphrase)
    if problem:
        raise KeyProblem(f"Not changed: {problem}.", f"Niet gewijzigd: {problem}.")
    return DatabaseKey(passphrase=passphrase, origin="passphrase")


def change_key(
    db: Path,
    old_key: DatabaseKey,
    new_key: DatabaseKey,
    *,
    actor: str,
    progress: Progress | None = None,
) -> KeyChange:
    """Re-encrypt `db` from `old_key` to `new_key` (see the module docstring for the steps).

    Refuses (`DatabaseInUse`) while another Vangnet has the database open. Raises `KeyProblem`
    when the new key is the old one."""
    if new_key.raw == old_key.raw and new_key.passphrase == old_key.passphrase:
        raise KeyProblem(
            "The new key is the same as the current one; nothing was changed.",
            "De nieuwe sleutel is dezelfde als de huidige; er is niets veranderd.",
        )
    incoming = rekeying_path(db)
    with contextlib.suppress(OSError):
        incoming.unlink()  # a copy left by a change that was killed before its swap
    steps = _Steps(progress, {"read": 1, "copy": 3, "check.pages": 1, "check.rows": 1})
    with contextlib.ExitStack() as stack:
        hold = stack.enter_context(_alone_with(db, old_key))  # nobody else has it open
        if hold is None:
            raise KeyProblem(
                f"The current key does not open {db}; nothing was changed.",
                "De huidige sleutel opent de database niet; er is niets veranderd.",
            )
        stack.close()  # the backup and the copy read it themselves (it stays ours: WAL)
        kept = backup_name(db)
        backup(db, old_key, kept)
        _step_done("backup")
        try:
            expected = _copy(db, old_key, incoming, new_key, steps, read="read", copy="copy")
            if _verify(incoming, new_key, steps, "check") != expected:
                raise BackupProblem(
                    "mismatch",
                    db,
                    "The copy under the new key does not match the database; nothing was changed.",
                    "De kopie met de nieuwe sleutel komt niet overeen met de database; er is niets "
                    "veranderd.",
                )
            _write_mode(incoming, new_key, actor)  # the copy, checked, now says its key mode
            _step_done("copy")
            if new_key.raw is not None:
                change_marker(db).write_text("a key change is under way\n", encoding="utf-8")
                keyring_store(db, new_key, next_key=True)
            _step_done("next")
            hold = stack.enter_context(_alone_with(db, old_key))
            if hold is None or snapshot(hold) != expected:  # someone wrote since the copy
                raise BackupProblem(
                    "changed",
                    db,
                    "The database changed while the copy was made; nothing was changed. Try "
                    "again.",
                    "De database veranderde terwijl de kopie werd gemaakt; er is niets "
                    "veranderd. Probeer het opnieuw.",
                )
            hold.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            stack.close()
            for side in sidecar_paths(db):
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
            os.replace(incoming, db)
            _step_done("swap")
        except BaseException:
            with contextlib.suppress(OSError):
                incoming.unlink()
            if new_key.raw is not None:
                keyring_forget(db, next_key=True)
                with contextlib.suppress(OSError):
                    change_marker(db).unlink()
            raise
    _settle(db, new_key)
    _step_done("settle")
    return KeyChange(kept, new_key)


def _write_mode(path: Path, key: DatabaseKey, actor: str) -> None:
    """In the copy: the new key mode, and the change itself in the audit trail."""
    store = open_store(path, key)
    try:
        with store.transaction() as session:
            set_setting(session, "key_mode", key.mode)
            audit.record(session, "change", "database", "key", detail=f"mode={key.mode}",
                         actor=actor)
    finally:
        store.close()


def _settle(db: Path, key: DatabaseKey) -> None:
    if key.raw is not None:
        keyring_store(db, key)
        keyring_forget(db, next_key=True)
    else:
        keyring_forget(db)  # a passphrase now: the old raw key must not stay behind
    remember_key(db, key, keep_backup=True)
    with contextlib.suppress(FileNotFoundError):
        change_marker(db).unlink()


def change_marker(db: Path) -> Path:
    """A file (no secret in it) that says a key change put a *next* key in the keyring. Only
    then does a start ask the keyring about it: probing the keyring on every start cost a
    command a tenth of a second or more."""
    return db.with_name(db.name + ".key-change")


def finish_interrupted_change(db: Path, *, without_marker: bool = False) -> bool:
    """A key change killed between its swap and its end left the new key as the keyring's
    *next* key: promote it when it opens the database, drop it when it does not (the change
    never reached its swap). True when something was settled.

    Without the change's marker there is nothing to settle and the keyring is not asked, unless
    `without_marker` (the keyring's own key did not open the database: a change cut off by a
    version that wrote no marker)."""
    if not change_marker(db).exists() and not without_marker:
        return False
    nxt, _ = keyring_load(db, next_key=True)
    if nxt is None or not db.exists():
        return False
    try:
        raw_connect(db, nxt, configure=False).close()
    except (StoreError, sqlcipher3.Error):
        keyring_forget(db, next_key=True)
        with contextlib.suppress(FileNotFoundError):
            change_marker(db).unlink()
        return True
    _settle(db, nxt)
    return True
