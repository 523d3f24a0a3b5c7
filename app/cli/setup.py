"""`vangnet init`: create the encrypted database."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, CliError, Handler, _ask_new_passphrase, _db_path, _interactive
from app.services.keys import recovery_key_for


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create the encrypted database")
    p.add_argument("--profile", default="haarlem", help="haarlem, amsterdam or a FILE.toml")
    p.add_argument("--office", default=None, help="office name for letters and the window")
    p.add_argument("--key-mode", choices=("auto", "keyring", "passphrase"), default="auto")


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.setup import initialise
    from app.services.store import sidecar_paths
    from app.services.unlock import new_key

    path = _db_path(args)
    if path.exists():
        raise CliError(f"A database already exists at {path}; Vangnet will not overwrite it.")
    # checked before a key is made: a new key must never replace the one in the keyring that
    # still belongs to a database whose main file is missing next to its journal
    leftovers = [p.name for p in sidecar_paths(path) if p.exists()]
    if leftovers:
        raise CliError(
            f"{path} is missing, but {', '.join(leftovers)} of a database is still there; "
            "restore the database (`vangnet restore`) or move those files away first. "
            "Nothing was created."
        )
    from app.services.rules.profile import ProfileError, load_profile

    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        raise CliError(f"Profile rejected: {exc}") from exc
    key = new_key(args.key_mode, path, _ask_new_passphrase if _interactive() else None)
    office = args.office or f"Sociaal Wijkteam {profile.municipality}"
    initialise(path, key, profile, office).close()
    print(f"Created the encrypted database at {path}")
    print(f"Covenant profile: {profile.name}; office: {office}")
    if key.raw is not None:
        print("The key is kept in the system keyring. Your RECOVERY KEY (shown only this once;")
        print("print or write it down and keep it somewhere safe, away from this laptop):")
        print()
        print("    " + recovery_key_for(key.raw))
        print()
    else:
        print("The database is protected by your passphrase; without it the data cannot be read.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "init": cmd_init,
}
