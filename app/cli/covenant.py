"""`vangnet covenant`: the covenant this database runs under."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, Handler, _context, _open

_COVENANT_HELP = """\
The covenant this database runs under. `show` names it and lists its terms. `update FILE` shows
what an office's own covenant profile would change (terms, kinds, instruments, ...); with --yes
it is kept inside the encrypted database, audited, and every case is recomputed. The file is
read only then: editing or removing it later changes nothing.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "covenant",
        help="the covenant this database runs under: show, update FILE",
        description=_COVENANT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    csub = p.add_subparsers(dest="covenant_command", metavar="ACTION")
    csub.add_parser("show", help="name, where it comes from, and its terms")
    u = csub.add_parser("update", help="replace it by an office's own profile file")
    u.add_argument("file", type=Path)
    u.add_argument("--yes", action="store_true", help="apply the changes shown")


def cmd_covenant(args: argparse.Namespace) -> int:
    from app.services.covenant import preview_replacement, replace_profile
    from app.services.rules.profile import ProfileError
    from app.services.store import get_setting

    action = getattr(args, "covenant_command", None)
    if action not in ("show", "update"):
        raise CliError("Use `vangnet covenant show` or `vangnet covenant update FILE [--yes]`.")
    store = _open(args)
    if action == "show":
        ctx = _context(store)
        with store.session() as session:
            source = get_setting(session, "profile_source", "") or "built in"
        profile = ctx.profile
        print(f"{profile.name} ({source})")
        for term in profile.terms:
            print(f"  {term.id:<14} {term.length:>3} {term.unit:<12} from {term.start:<18} "
                  f"[{term.article}]")  # fmt: skip
        return EXIT_OK
    try:
        with store.transaction() as session:
            if not args.yes:
                change, _ = preview_replacement(session, args.file)
            else:
                change = replace_profile(session, args.file, actor=None)
    except ProfileError as exc:
        raise CliError(f"Covenant not changed: {exc}") from exc
    if not change.changes_anything:
        print(f"{args.file} changes nothing; the covenant stays {change.old_name}.")
        return EXIT_OK
    for line in change.lines:
        print(f"  {line}")
    if args.yes:
        print(f"The covenant is now {change.new_name}; every case was recomputed.")
    else:
        print("Nothing was changed. Run again with --yes to apply these changes.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "covenant": cmd_covenant,
}
