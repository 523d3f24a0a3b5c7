"""`vangnet profile show|set|clear`: the worker's own name, phone and e-mail for letters.

The profile belongs to the login running the command (VANGNET_USER overrides it for scripts).
Letters made by that login show it as "Behandeld door"; the timeline and notes show the name.

Exit status: 0 done; 1 refused (nothing changed); 2 key problem.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, CliError, _open, _print_json

Handler = Callable[[argparse.Namespace], int]

_HELP = """\
Your own details for letters: every letter you make shows your name, phone number and e-mail
address as "Behandeld door", next to the office's letterhead. Without them a letter shows the
office's details only. The profile belongs to your login; each worker sets their own.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "profile",
        help="your name, phone and e-mail on letters: show, set, clear",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    psub = p.add_subparsers(dest="profile_command", metavar="ACTION")
    s = psub.add_parser("show", help="your profile as letters use it")
    s.add_argument("--json", action="store_true")
    t = psub.add_parser(
        "set", help="set your name, phone, e-mail or function (what is not given stays)"
    )
    t.add_argument("--name", help="your name as letters show it")
    t.add_argument("--phone", help="your phone number (empty: none)")
    t.add_argument("--email", help="your e-mail address (empty: none)")
    t.add_argument("--function", help="your function or team, optional (empty: none)")
    psub.add_parser("clear", help="remove your profile (letters show the office only)")


def _lines(profile: Any) -> list[str]:
    rows = [
        ("Login", profile.login),
        ("Name", profile.name),
        ("Function", profile.function or "-"),
        ("Phone", profile.phone or "-"),
        ("E-mail", profile.email or "-"),
    ]
    return [f"{label + ':':<10} {value}" for label, value in rows]


def _as_json(profile: Any, login: str) -> dict[str, Any]:
    if profile is None:
        return {"login": login, "profile": None}
    return {
        "login": profile.login,
        "profile": {
            "name": profile.name,
            "function": profile.function,
            "phone": profile.phone,
            "email": profile.email,
        },
    }


def cmd_profile(args: argparse.Namespace) -> int:
    from app.services import audit, worker_profile

    action = args.profile_command
    if action is None:
        raise CliError("Say what to do: `vangnet profile show|set|clear`.")
    login = audit.current_actor()
    store = _open(args)
    if action == "show":
        with store.session() as session:
            profile = worker_profile.load_profile(session, login)
        if args.json:
            _print_json(_as_json(profile, login))
        elif profile is None:
            print(
                f"No profile for {login}: letters show the office's details only. Set yours "
                "with `vangnet profile set --name NAME --phone PHONE --email EMAIL`."
            )
        else:
            print("\n".join(_lines(profile)))
        return EXIT_OK
    if action == "clear":
        with store.transaction() as session:
            removed = worker_profile.remove_profile(session, login)
        print(f"Profile of {login} removed." if removed else f"{login} has no profile.")
        return EXIT_OK
    given = {
        "name": args.name,
        "phone": args.phone,
        "email": args.email,
        "function": args.function,
    }
    if all(value is None for value in given.values()):
        raise CliError("Give at least one of --name, --phone, --email, --function.")
    try:
        with store.transaction() as session:
            profile = worker_profile.set_profile(session, login=login, **given)
    except worker_profile.ProfileRefused as exc:
        raise CliError(f"Not changed: {exc}.") from exc
    print(f"Profile of {login} saved; letters you make show:")
    print("\n".join(_lines(profile)[1:]))
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"profile": cmd_profile}
