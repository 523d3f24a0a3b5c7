"""`vangnet backup` and `vangnet restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, Handler, _ask_secret, _db_path, _interactive, _open
from app.services import audit
from app.services.keys import KeyProblem
from app.services.store import WrongKey


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a verified encrypted copy")
    p.add_argument("dest", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing file at DEST")

    p = sub.add_parser("restore", help="replace the database with a verified backup")
    p.add_argument("src", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing database")


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup

    store = _open(args)
    snap = backup(store.path, store.key, Path(args.dest).expanduser(), force=args.force)
    with store.transaction() as session:
        audit.record(session, "export", "backup", "-", detail=f"tables={len(snap.counts)}")
    print(f"Backup written and verified: {args.dest} ({snap.counts.get('cases', 0)} cases)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backup import restore
    from app.services.keys import (
        key_from_environment,
        key_from_secret,
        keyring_load,
        looks_like_recovery_key,
        recovery_typo_message,
    )
    from app.services.store import open_store

    target = _db_path(args)
    src = Path(args.src).expanduser()
    key = key_from_environment()
    if key is None:
        key, why = keyring_load(target)
        if key is None:
            if not _interactive():
                raise KeyProblem(
                    f"No key for the backup ({why}). Set VANGNET_PASSPHRASE, or run in a "
                    "terminal to type the passphrase or recovery key."
                )
            secret = _ask_secret("The backup opens with its passphrase or recovery key.")
            if not secret:
                raise KeyProblem("No passphrase or recovery key given; nothing was restored.")
            key = key_from_secret(secret)
    try:
        result = restore(src, key, target, force=args.force)
    except WrongKey as exc:
        if key.passphrase is not None and looks_like_recovery_key(key.passphrase):
            raise KeyProblem(recovery_typo_message(key.passphrase)[0]) from exc  # a typo
        raise
    store = open_store(target, key)
    with store.transaction() as session:
        audit.record(session, "restore", "database", "-", detail="from backup")
    store.close()
    if key.raw is not None:
        from app.services.keys import keyring_status, keyring_store

        if keyring_status().usable:
            try:
                keyring_store(target, key)
            except KeyProblem as exc:  # restored all the same; only the keyring is behind
                print(
                    f"warning: the key could not be put in the system keyring ({exc}); open "
                    "with the recovery key or passphrase next time.",
                    file=sys.stderr,
                )
    print(f"Restored {target} from {src} ({result.snapshot.counts.get('cases', 0)} cases).")
    if result.previous_kept_at:
        print(f"The database it replaced is kept at {result.previous_kept_at}")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
}
