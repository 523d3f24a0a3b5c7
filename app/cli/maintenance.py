"""The working-day `calendar`, `recompute` and `demo`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from app.cli.common import EXIT_OK, CliError, Handler, _context, _iso_date, _open, _positive
from app.services import clock


def register(sub: Any) -> None:
    p = sub.add_parser("calendar", help="the working-day calendar in use")
    csub = p.add_subparsers(dest="calendar_command", metavar="ACTION")
    c = csub.add_parser("show", help="closed days of a year")
    c.add_argument("--year", type=int, default=None)
    c = csub.add_parser("add-closing-day", help="add an office closing day (recomputes)")
    c.add_argument("day", type=_iso_date)
    c = csub.add_parser("remove-closing-day", help="remove an office closing day (recomputes)")
    c.add_argument("day", type=_iso_date)

    sub.add_parser("recompute", help="recompute every case's deadlines and rank")

    p = sub.add_parser(
        "demo", help="add invented demo cases (a demo or an empty database only; marks it demo)"
    )
    p.add_argument("--cases", type=_positive, default=200)
    p.add_argument("--today", type=_iso_date)
    p.add_argument("--seed", type=int, default=2026)


def cmd_calendar(args: argparse.Namespace) -> int:
    from app.services.casework import office_closures

    store = _open(args)
    ctx = _context(store)
    action = args.calendar_command or "show"
    if action == "show":
        year = args.year if getattr(args, "year", None) else clock.today().year
        cal = ctx.calendar
        print(f"Calendar: {cal.name}")
        loaded = ", ".join(str(y) for y in sorted(cal.decree_years))
        print(f"Royal-Decree days loaded for: {loaded}")
        if year not in cal.decree_years:
            print(f"warning: no Royal-Decree days loaded for {year}", file=sys.stderr)
        day = date(year, 1, 1)
        while day.year == year:
            closed = cal.closed_day(day)
            if closed is not None and closed.basis != "weekend":
                print(f"  {day} {day.strftime('%a')}  {closed.name} ({closed.basis})")
            day = date.fromordinal(day.toordinal() + 1)
        return EXIT_OK
    from app.services.office_settings import SettingsRefused, change_closing_days

    adding = action == "add-closing-day"
    try:
        with store.transaction() as session:
            n = change_closing_days(
                session,
                add=[args.day] if adding else [],
                remove=[] if adding else [args.day],
            )
            days = office_closures(session)
    except SettingsRefused as exc:
        raise CliError(f"Not changed: {exc}.") from exc
    print(
        f"Office closing days: {', '.join(str(d) for d in sorted(days)) or 'none'}; "
        f"recomputed {n} cases."
    )
    return EXIT_OK


def cmd_recompute(args: argparse.Namespace) -> int:
    from app.services.casework import load_context, recompute_all

    store = _open(args)
    with store.transaction() as session:
        n = recompute_all(session, load_context(session))
    print(f"Recomputed {n} cases.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import fill_demo

    store = _open(args)
    ctx = _context(store)
    with store.transaction() as session:
        n = fill_demo(session, ctx, args.cases, args.today or clock.today(), seed=args.seed)
    print(
        f"Added {n} DEMO cases (invented people) to {store.path}. It is marked as a demo "
        "database: its letters say DEMO, and real signal files are not imported into it."
    )
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "calendar": cmd_calendar,
    "recompute": cmd_recompute,
    "demo": cmd_demo,
}
