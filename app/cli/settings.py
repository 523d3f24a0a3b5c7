"""`vangnet settings`: office settings."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, CliError, Handler, _open, _positive


def register(sub: Any) -> None:
    p = sub.add_parser("settings", help="office settings")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION")
    ssub.add_parser("show", help="office, covenant, key mode, closing days, term lengths")
    s = ssub.add_parser("term", help="set a term the covenant leaves open (recomputes)")
    s.add_argument("term_id")
    s.add_argument("length", type=_positive)
    s = ssub.add_parser("office", help="the office name used in letters and the window")
    s.add_argument("name")
    s = ssub.add_parser(
        "report-threshold",
        help="counts below this are hidden in reports as '< N' (2 to 50; default 5)",
    )
    s.add_argument("value", type=int)


def cmd_settings(args: argparse.Namespace) -> int:
    from app.services.casework import load_context, office_closures
    from app.services.office_settings import (
        SettingsRefused,
        change_term_lengths,
        set_office_name,
    )
    from app.services.store import get_setting

    store = _open(args)
    action = args.settings_command or "show"
    if action == "report-threshold":
        from app.services.monitoring.report import ReportRefused, set_threshold

        try:
            with store.transaction() as session:
                set_threshold(session, args.value)
        except ReportRefused as exc:
            raise CliError(f"Not changed: {exc}.") from exc
        print(f"Reports now hide counts below {args.value}.")
        return EXIT_OK
    if action in ("term", "office"):
        try:
            with store.transaction() as session:
                if action == "term":
                    n = change_term_lengths(session, {args.term_id: args.length})
                else:
                    name = set_office_name(session, args.name)
        except SettingsRefused as exc:
            raise CliError(f"Not changed: {exc}.") from exc
        if action == "term":
            print(f"Term {args.term_id} is now {args.length}; recomputed {n} cases.")
        else:
            print(f"Office name set to {name}.")
        return EXIT_OK
    with store.transaction() as session:
        ctx = load_context(session)
        print(f"Office:   {get_setting(session, 'office_name', '-')}")
        print(f"Covenant: {ctx.profile.name} ({get_setting(session, 'profile', '-')})")
        print(f"Key:      {get_setting(session, 'key_mode', '-')}")
        if get_setting(session, "demo") == "true":
            print("DEMO:     this database contains invented demo cases")
        from app.services.monitoring.report import threshold

        print(f"Reports:  counts below {threshold(session)} hidden")
        closures = ", ".join(str(d) for d in office_closures(session)) or "none"
        print(f"Office closing days: {closures}")
        print("Terms:")
        for t in ctx.profile.terms:
            length = "" if t.unit == "fixed" else f"{t.length} {t.unit.replace('_', ' ')}"
            note = "  (office setting; change with `settings term`)" if t.is_default else ""
            print(f"  {t.id:<13} {length:<18} {t.article}{note}")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "settings": cmd_settings,
}
