"""`vangnet key`: change the database key."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.cli.common import (
    _OPENED,
    EXIT_OK,
    CliError,
    Handler,
    _ask_new_passphrase,
    _interactive,
    _open,
)
from app.services import audit
from app.services.keys import recovery_key_for


def register(sub: Any) -> None:
    p = sub.add_parser(
        "key",
        help="change the database key: new passphrase, keyring <-> passphrase, new recovery key",
        description="Re-encrypt the database under a new key. A verified backup under the old key "
        "is made first (next to the database); the database is copied under the new key, "
        "checked, and only then swapped in, so an interruption loses nothing. The new "
        "passphrase comes from VANGNET_NEW_PASSPHRASE or is asked twice in a terminal.",
    )
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION")
    k = ksub.add_parser("change", help="a new passphrase, or switch between keyring and passphrase")
    k.add_argument("--to", choices=("passphrase", "keyring"), default=None,
                   help="the new key mode (default: the current one)")
    ksub.add_parser(
        "recovery-new",
        help="keyring mode: a new random key and recovery key; the old recovery key stops working",
    )


def cmd_key(args: argparse.Namespace) -> int:
    from app.services.rekey import change_key, new_key_for

    action = args.key_command
    if action not in ("change", "recovery-new"):
        raise CliError("Say what to do: `vangnet key change` or `vangnet key recovery-new`.")
    store = _open(args)
    old_key, path = store.key, store.path
    store.close()
    _OPENED.remove(store)
    if action == "recovery-new":
        if old_key.raw is None:
            raise CliError(
                "This database is opened with a passphrase; it has no recovery key. Use "
                "`vangnet key change --to keyring` for a key in the keyring and a recovery key."
            )
        mode = "keyring"
    else:
        mode = args.to or old_key.mode
    passphrase = None
    if mode == "passphrase":
        passphrase = os.environ.get("VANGNET_NEW_PASSPHRASE")
        if passphrase is None and _interactive():
            passphrase = _ask_new_passphrase("")
    new_key = new_key_for(mode, passphrase)
    changed = change_key(path, old_key, new_key, actor=audit.current_actor())
    what = "key" if mode == "keyring" else "passphrase"
    print(f"The database is now encrypted with a new {what}.")
    if changed.new_key.raw is not None:
        print("The key is kept in the system keyring. Your NEW RECOVERY KEY (shown only this once;")
        print("the old recovery key no longer opens the database):")
        print()
        print("    " + recovery_key_for(changed.new_key.raw))
        print()
    print(f"A backup under the OLD key was made first: {changed.backup}")
    print("Once you have checked that the new key works, delete that backup: the old key")
    print("opens it.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "key": cmd_key,
}
