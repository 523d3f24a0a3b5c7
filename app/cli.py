"""The headless command line. Scripts and tests depend on these command names and exit codes.

Exit codes: 0 success, 1 rejected input or refused action, 2 key problem, 3 folder unreachable,
4 busy (try again shortly), 5 no contact list in the shared folder, 6 the disk is full,
7 the database file is damaged (restore a backup).
No traceback ever reaches the user: unexpected errors get a reference and a log entry without
personal data.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app import __version__
from app.cli_about import add_about_parser, cmd_about
from app.services import audit, clock, errors
from app.services.keys import KeyProblem, recovery_key_for
from app.services.store import (
    DatabaseDamaged,
    DiskFull,
    Store,
    StoreBusy,
    StoreError,
    WrongKey,
    default_db_path,
)

EXIT_OK, EXIT_REJECTED, EXIT_KEY, EXIT_UNREACHABLE = 0, 1, 2, 3
#: busy, try again shortly: another Vangnet kept the database busy for longer than a writer
#: waits, or the shared contact list is still being written or open in Excel
EXIT_BUSY = 4
#: the shared folder holds no contact list
EXIT_NOTHING = 5
#: the disk is full; nothing was changed
EXIT_DISK_FULL = 6
#: the database file is damaged (the key is right); restore a backup
EXIT_DAMAGED = 7


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_REJECTED) -> None:
        super().__init__(message)
        self.code = code


def _window_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or not (
        320 <= int(width) <= 8000 and 240 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(f"expected a size like 1366x700, got {text!r}")
    return int(width), int(height)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vangnet",
        description="Vangnet: cases, deadlines and letters for eviction prevention.",
    )
    parser.add_argument("--version", action="version", version=f"vangnet {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: VANGNET_DB or the user data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the encrypted database")
    p.add_argument("--profile", default="haarlem", help="haarlem, amsterdam or a FILE.toml")
    p.add_argument("--office", default=None, help="office name for letters and the window")
    p.add_argument("--key-mode", choices=("auto", "keyring", "passphrase"), default="auto")

    p = sub.add_parser("import", help="import signals from a CSV file or an Excel workbook")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    p.add_argument("--partial", action="store_true", help="take the valid rows, list the rest")
    p.add_argument(
        "--invented",
        action="store_true",
        help="the file holds invented people only (a sample): the one way into a demo database",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("inbox", help="open cases in priority order")
    p.add_argument("--today", type=_iso_date)
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("case", help="one case with its deadlines and why they fall where they do")
    from app.cli_case_edit import add_case_edit_arguments, case_ref  # `case edit`, issue 16.2

    p.add_argument("case_id", type=case_ref, metavar="CASE_ID")
    p.add_argument("--today", type=_iso_date)
    p.add_argument("--json", action="store_true")
    add_case_edit_arguments(p)

    p = sub.add_parser("event", help="record what happened on a case")
    p.add_argument("case_id", type=int)
    p.add_argument("kind")
    p.add_argument("--on", type=_iso_date, help="when it happened (default today)")
    p.add_argument("--date", type=_iso_date, help="bailiff/eviction/resumption date")
    p.add_argument("--method", help="contact method")
    p.add_argument("--reached", choices=("yes", "no"))
    p.add_argument(
        "--may-resume",
        dest="may_resume",
        choices=("yes", "no"),
        help="taken_on, not_taken_on, collection_answer: may the corporation resume collection?",
    )
    p.add_argument(
        "--reason",
        help="not_taken_on: why (free text); handover to the troubleshooter without an eviction "
        "date: specifieke_vraag or stagnatie (H 2.3)",
    )
    p.add_argument("--instrument")
    p.add_argument(
        "--participatiewet",
        choices=("yes", "no"),
        help="Geregelde Betaling: the tenant has a Participatiewet benefit (A 1.5)",
    )
    p.add_argument(
        "--ground",
        help="eviction_ground: weigering_of_niet_nakomen, woonfraude or overlast (A 1.13 lid 3)",
    )
    p.add_argument("--outcome")
    p.add_argument("--to", dest="to")
    p.add_argument("--warm", action="store_true", help="warm handover (needs recorded consent)")
    p.add_argument(
        "--by-corporation",
        action="store_true",
        help="arrangement_broken: the corporation reported it, so it needs no notice (H 3.9)",
    )
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("consent", help="record the tenant's consent")
    p.add_argument("case_id", type=int)
    p.add_argument("purpose", help="warme_overdracht, delen_met_corporatie, ...")
    p.add_argument("--on", type=_iso_date, help="when it was given (default today)")
    p.add_argument("--written", action="store_true", help="given in writing")
    p.add_argument(
        "--withdraw", action="store_true", help="the tenant withdrew this consent (from --on)"
    )
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("assign", help="give a case to a worker (empty name: nobody)")
    p.add_argument("case_id", type=int)
    p.add_argument("assignee")

    p = sub.add_parser("undo", help="undo a mistaken event (kept in the audit trail)")
    p.add_argument("event_id", type=int)

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

    p = sub.add_parser("backup", help="write a verified encrypted copy")
    p.add_argument("dest", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing file at DEST")

    p = sub.add_parser("restore", help="replace the database with a verified backup")
    p.add_argument("src", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing database")

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

    p = sub.add_parser("settings", help="office settings")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION")
    ssub.add_parser("show", help="office, covenant, key mode, closing days, term lengths")
    s = ssub.add_parser("term", help="set a term the covenant leaves open (recomputes)")
    s.add_argument("term_id")
    s.add_argument("length", type=_positive)
    s = ssub.add_parser("office", help="the office name used in letters and the window")
    s.add_argument("name")

    _add_contacts_parser(sub)
    _add_letter_parsers(sub)
    _add_covenant_parser(sub)
    add_workbench_parsers(sub)
    add_privacy_parsers(sub)
    add_rights_parsers(sub)
    add_profile_parsers(sub)

    p = sub.add_parser("gui", help="start the desktop window (the default)")
    p.add_argument("--screenshot", type=Path, help="render a view to this PNG and exit")
    p.add_argument(
        "--view",
        default="inbox",
        help="inbox, troubleshooter, desk, ... case:ID, case:ID:sdv or settings:PAGE",
    )
    p.add_argument(
        "--size",
        type=_window_size,
        default=(1440, 860),
        metavar="WxH",
        help="the window's size for --screenshot, in logical pixels (default 1440x860); "
        "with QT_SCALE_FACTOR=1.5 the picture is 1.5 times larger, as on a 150%% screen",
    )
    p.add_argument("--today", type=_iso_date)

    add_about_parser(sub)

    p = sub.add_parser(
        "audit",
        help="the audit trail (no personal data); `audit verify` checks its hash chain",
        description="List the newest audit entries, or `verify` the whole trail: every entry "
        "carries the hash of the one before it, so a changed, removed or moved entry is found. "
        "verify exits 0 when the trail is intact and 1 naming the first entry that is not.",
    )
    p.add_argument("what", nargs="?", choices=("list", "verify"), default="list")
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--json", action="store_true")
    return parser


# --- helpers ---------------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask_secret(reason: str) -> str | None:
    print(reason, file=sys.stderr)
    try:
        return getpass.getpass("Passphrase or recovery key: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _ask_new_passphrase(reason: str) -> str | None:
    if reason:
        print(reason, file=sys.stderr)
    try:
        first = getpass.getpass("Choose a passphrase (at least 12 characters): ")
        second = getpass.getpass("Type it again: ")
    except (EOFError, KeyboardInterrupt):
        return None
    if first != second:
        raise CliError("The two passphrases differ; nothing was created.")
    return first


#: stores a command opened; `main` closes them when the command ends, so the database is not
#: held open after it (a restore in the same process, or the tests, would see it as in use)
_OPENED: list[Store] = []


def _ask_unlock_code() -> str | None:
    try:
        return getpass.getpass("Unlock code: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _open(args: argparse.Namespace) -> Store:
    from app.services.unlock import require_unlock_code, unlock

    store = unlock(_db_path(args), _ask_secret if _interactive() else None)
    _OPENED.append(store)
    require_unlock_code(store, _ask_unlock_code if _interactive() else None)
    return store


def _close_opened() -> None:
    while _OPENED:
        with contextlib.suppress(Exception):
            _OPENED.pop().close()


def _context(store: Store) -> Any:
    """Rules context; recomputes everything first if the calendar changed since last time."""
    from app.services.casework import load_context, recompute_if_rules_changed
    from app.services.covenant import ensure_profile_stored
    from app.services.organisations import ensure_profile_organisations

    with store.transaction() as session:
        if ensure_profile_stored(session):  # an older office's own file, taken in once
            print("note: the covenant profile is now kept inside the database", file=sys.stderr)
        ctx = load_context(session)
        ensure_profile_organisations(session, ctx.profile)  # names as the covenant writes them
        n = recompute_if_rules_changed(session, ctx)
    if n:
        print(f"note: the calendar or terms changed; recomputed {n} cases", file=sys.stderr)
    return ctx


def _warn_calendar_gaps(ctx: Any, days: Sequence[date]) -> None:
    missing = sorted({d.year for d in days} - set(ctx.calendar.decree_years))
    if missing:
        years = ", ".join(str(y) for y in missing)
        print(
            f"warning: no Royal-Decree days (Atw art. 3(3)) loaded for {years}; deadlines in "
            f"{'that year' if len(missing) == 1 else 'those years'} may be off. "
            f"Calendar: {ctx.calendar.name}",
            file=sys.stderr,
        )


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- commands --------------------------------------------------------------------------------


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


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.intake.csv_reader import FileProblem
    from app.services.intake.importer import import_signals

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror or exc}") from exc
    store = _open(args)
    ctx = _context(store)
    try:
        with store.transaction() as session:
            report = import_signals(
                session,
                data,
                ctx,
                dry_run=args.dry_run,
                partial=args.partial,
                today=args.today or clock.today(),
                invented=args.invented,
                source_name=args.file.name,
            )
    except FileProblem as exc:
        raise CliError(f"{args.file}: {exc}") from exc
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(str(error), file=sys.stderr)
    if args.json:
        _print_json(report.as_json())
    if report.errors and not args.partial:
        print(
            f"{args.file}: {len(report.errors)} problem(s); nothing was imported "
            "(fix the rows, or use --partial to take the valid rows).",
            file=sys.stderr,
        )
        return EXIT_REJECTED
    if not args.json:
        count = report.new_signals if args.dry_run else len(report.created)
        left_out = len({e.row for e in report.errors})
        print(
            f"{args.file}: {'would import' if args.dry_run else 'imported'} {count} signal(s); "
            f"{len(report.duplicates)} already present"
            + (f"; {left_out} row(s) left out, listed above" if left_out else "")
        )
        for row, ref in report.duplicates:
            print(f"row {row}: {ref} is already present", file=sys.stderr)
    return EXIT_OK


def cmd_inbox(args: argparse.Namespace) -> int:
    from app.services.formatting import countdown_en, fixed_date_en
    from app.services.inbox import inbox

    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    with store.session() as session:
        rows = inbox(session, today, ctx, limit=args.limit, offset=args.offset)
    _warn_calendar_gaps(ctx, [today] + [d.due for r in rows for d in r.deadlines])
    if args.json:
        _print_json([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        print("The inbox is empty.")
        return EXIT_OK
    for n, r in enumerate(rows, start=1 + args.offset):
        nxt = r.next_deadline
        if nxt is None:
            due = "-"
        elif nxt.fixed:  # a date set by others, on its own scale (issue 16.4)
            words = fixed_date_en(
                nxt.fixed, nxt.due, nxt.status, nxt.working_days_left, nxt.days_left
            )
            due = f"{nxt.id} {nxt.due} ({words}; {nxt.proximity or nxt.status})"
        else:
            due = f"{nxt.id} {nxt.due} ({countdown_en(nxt.working_days_left, nxt.status)})"
        # an ended case keeps its eviction date on record, but no badge and no countdown
        shown = r.shown_eviction_date
        eviction = f" EVICTION {shown}" if shown else ""
        reasons = ",".join(r.priority_reasons) or "-"
        flags = (" [" + ",".join(r.flags) + "]") if r.flags else ""
        print(
            f"{n:>4}. #{r.case_id:<7} {r.corporation_code:<7} {r.reference:<14} {r.name:<28.28} "
            f"{r.signal_date} {reasons:<24} {due}{eviction}{flags}"
        )
    return EXIT_OK


def cmd_case(args: argparse.Namespace) -> int:
    from app.cli_case_edit import cmd_case_edit, wants_edit
    from app.services.case_detail import case_detail

    if wants_edit(args):  # `vangnet case edit CASE_ID --FIELD VALUE …`
        return cmd_case_edit(args)
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    with store.session() as session:
        detail = case_detail(session, args.case_id, today, ctx)
    if detail is None:
        raise CliError(f"No case {args.case_id}.")
    with store.transaction() as session:  # BIO: reading personal data is logged too
        audit.record(session, "read", "case", args.case_id, detail="cli")
    _warn_calendar_gaps(ctx, [today] + [date.fromisoformat(d["due"]) for d in detail["deadlines"]])
    if args.json:
        _print_json(detail)
        return EXIT_OK
    print(
        f"Case #{detail['case_id']}  {detail['corporatie']} {detail['referentie']}  "
        f"{detail['soort']}  status {detail['status']}"
    )
    print(f"  {detail['naam']}, {detail['adres']}")
    if detail.get("beperkt_sinds"):
        print(f"  RESTRICTED since {detail['beperkt_sinds']} (AVG art. 18): nothing is done with "
              "it until the restriction is lifted")
    print(
        f"  signal {detail['melddatum']}; priority: {', '.join(detail['priority_reasons']) or '-'}"
        f"; flags: {', '.join(detail['flags']) or '-'}"
    )
    print("  deadlines:")
    for d in detail["deadlines"]:
        print(
            f"    {d['id']:<13} {d['due']}  {d['status']:<8} {d['working_days_left']:>4}  "
            f"{d['article']}  {_deadline_words(d)}"
        )
        print(f"      {d['explanation']}")
    if detail["events"]:
        print("  timeline:")
        for e in detail["events"]:
            undone = " (undone)" if e["undone"] else ""
            print(f"    [{e['id']}] {e['on']} {e['kind']}{undone}")
    return EXIT_OK


def _deadline_words(item: dict[str, Any]) -> str:
    """'eviction in 7 working days (Mon 14 Dec) [urgent]' for a fixed date (issue 16.4), '3
    working days left' for a term."""
    from app.services.formatting import countdown_en, fixed_date_en
    from app.services.inbox import DeadlineView

    view = DeadlineView.from_json(item)
    if view.fixed:
        words = fixed_date_en(view.fixed, view.due, view.status, view.working_days_left,
                              view.days_left)
        return f"{words} [{view.proximity}]" if view.proximity else words
    return countdown_en(view.working_days_left, view.status)


def cmd_event(args: argparse.Namespace) -> int:
    from app.models import Case
    from app.services.events import EventProblem, record_event

    detail: dict[str, Any] = {}
    for name in ("date", "method", "reason", "instrument", "outcome", "to"):
        value = getattr(args, name)
        if value is not None:
            detail[name] = value.isoformat() if isinstance(value, date) else value
    for name in ("reached", "may_resume", "participatiewet"):
        if getattr(args, name) is not None:
            detail[name] = getattr(args, name) == "yes"
    if args.ground is not None:
        detail["ground"] = args.ground
    if args.warm:
        detail["warm"] = True
    if args.by_corporation:
        detail["by_corporation"] = True
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        with store.transaction() as session:
            case = session.get(Case, args.case_id)
            if case is None:
                raise CliError(f"No case {args.case_id}.")
            event = record_event(
                session, case, args.kind, args.on or today, ctx, detail, today=today
            )
            event_id = event.id
    except EventProblem as exc:
        raise CliError(f"Event not recorded: {exc}") from exc
    print(f"Recorded event {event_id} ({args.kind}) on case {args.case_id}.")
    return EXIT_OK


def _case_or_fail(session: Any, case_id: int) -> Any:
    from app.models import Case

    case = session.get(Case, case_id)
    if case is None:
        raise CliError(f"No case {case_id}.")
    return case


def cmd_consent(args: argparse.Namespace) -> int:
    from app.services.events import EventProblem, record_consent, withdraw_consent

    store = _open(args)
    today = args.today or clock.today()
    on = args.on or today
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            if args.withdraw:
                withdraw_consent(session, case, args.purpose, on, today=today)
            else:
                record_consent(session, case, args.purpose, on, args.written, today=today)
    except EventProblem as exc:
        what = "withdrawn" if args.withdraw else "recorded"
        raise CliError(f"Consent not {what}: {exc}") from exc
    if args.withdraw:
        print(f"Consent '{args.purpose}' withdrawn on case {args.case_id} from {on}.")
    else:
        print(f"Consent '{args.purpose}' recorded on case {args.case_id}.")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.events import assign

    store = _open(args)
    ctx = _context(store)
    with store.transaction() as session:
        assign(session, _case_or_fail(session, args.case_id), args.assignee, ctx)
    who = args.assignee.strip() or "nobody"
    print(f"Case {args.case_id} assigned to {who}.")
    return EXIT_OK


def cmd_undo(args: argparse.Namespace) -> int:
    from app.models import Case, CaseEvent
    from app.services.events import EventProblem, undo_event

    store = _open(args)
    ctx = _context(store)
    try:
        with store.transaction() as session:
            event = session.get(CaseEvent, args.event_id)
            if event is None:
                raise CliError(f"No event {args.event_id}.")
            case = session.get(Case, event.case_id)
            assert case is not None
            undo_event(session, event, case, ctx)
    except EventProblem as exc:
        raise CliError(str(exc)) from exc
    print(f"Event {args.event_id} undone.")
    return EXIT_OK


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
        closures = ", ".join(str(d) for d in office_closures(session)) or "none"
        print(f"Office closing days: {closures}")
        print("Terms:")
        for t in ctx.profile.terms:
            length = "" if t.unit == "fixed" else f"{t.length} {t.unit.replace('_', ' ')}"
            note = "  (office setting; change with `settings term`)" if t.is_default else ""
            print(f"  {t.id:<13} {length:<18} {t.article}{note}")
    return EXIT_OK


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


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import AuditEntry

    store = _open(args)
    if args.what == "verify":
        return _verify_audit(store, as_json=args.json)
    with store.session() as session:
        rows = list(
            session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(args.limit))
        )
    items = [
        {
            "at": r.at.isoformat(timespec="seconds"),
            "actor": r.actor,
            "action": r.action,
            "object_type": r.object_type,
            "object_id": r.object_id,
            "result": r.result,
            "detail": r.detail,
        }
        for r in rows
    ]
    if args.json:
        _print_json(items)
    else:
        for i in items:
            print(
                f"{i['at']} {i['actor']:<12} {i['action']:<10} {i['object_type']}:"
                f"{i['object_id']} {i['result']} {i['detail']}"
            )
    return EXIT_OK


def _verify_audit(store: Store, *, as_json: bool) -> int:
    from app.services.audit_chain import verify

    with store.session() as session:
        report = verify(session)
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head": report.head_seq,
                "broken_id": report.broken_id,
                "broken_number": report.broken_seq,
                "reason": report.reason,
            }
        )
    elif report.ok:
        print(
            f"The audit trail is intact: {report.entries} entries, each linked to the one before."
        )
    else:
        print(f"The audit trail is broken: {report.reason}.", file=sys.stderr)
    return EXIT_OK if report.ok else 1


# --- contacts: the shared contact list ----------------------------------------------------------

_CONTACTS_HELP = """\
The shared contact list (covenant appendix 3): contactlijst.xlsx or contactlijst.csv in a
shared folder, kept in sync on every laptop. Every version is kept; `rollback` makes an earlier
one current again (until the file in the folder changes).

E-mail addresses: letters go to the addresses in this list, so an address that is new for its
organisation (a changed address, a new person, a new organisation) is not used for letters until
someone confirms it: `contacts pending` lists them, `contacts confirm-email --all` (or ids)
confirms them, and `contacts sync --confirm-email-changes` confirms them as the list is taken.
The very first list is trusted as a whole.
"""

_SYNC_HELP = """\
Take the contact list from FOLDER (default: the folder set with `contacts folder`).
Exit status: 0 applied or unchanged; 1 the file has problems (nothing changed; every problem is
listed as `row N, column X: ...`); 3 the folder cannot be reached; 4 the file is empty, still
being written or open in Excel (try again shortly); 5 the folder holds no contact list. Nothing
changes unless the status is 0.
"""


def _add_contacts_parser(sub: Any) -> None:
    from app.models import CONTACT_ROLES

    p = sub.add_parser(
        "contacts",
        help="the shared contact list: sync, list, history, rollback, e-mail confirmation",
        description=_CONTACTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ksub = p.add_subparsers(dest="contacts_command", metavar="ACTION")
    k = ksub.add_parser(
        "sync",
        help="take the contact list from the shared folder",
        description=_SYNC_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    k.add_argument("folder", type=Path, nargs="?", help="the shared folder")
    k.add_argument("--json", action="store_true")
    k.add_argument(
        "--confirm-email-changes",
        action="store_true",
        help="confirm every e-mail address that waits for confirmation (check them first!)",
    )
    k.add_argument(
        "--settle",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="time between the two looks at the file (is it still being written?); default 1",
    )
    k = ksub.add_parser("list", help="the current contact list")
    k.add_argument("--search", default="", help="text in any field")
    k.add_argument("--organisation", help="one organisation (its name, any case)")
    k.add_argument("--role", choices=CONTACT_ROLES)
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser("status", help="the folder, the last sync and its outcome")
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser("history", help="every version of the list, newest first")
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser("changes", help="what a version changed (default: the current one)")
    k.add_argument("version", type=_positive, nargs="?")
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser("rollback", help="make an earlier version current again (audited)")
    k.add_argument("version", type=_positive)
    k = ksub.add_parser("pending", help="e-mail addresses that wait for confirmation")
    k.add_argument("--json", action="store_true")
    k = ksub.add_parser(
        "confirm-email", help="confirm e-mail addresses for letters (ids from `contacts pending`)"
    )
    k.add_argument("ids", type=_positive, nargs="*", metavar="ID")
    k.add_argument("--all", action="store_true", help="every address that waits")
    k = ksub.add_parser(
        "wijk",
        help="postcode ranges of a wijk, e.g. `contacts wijk Schalkwijk 2031-2037` "
        "(no arguments: show them)",
    )
    k.add_argument("name", nargs="?")
    k.add_argument("ranges", nargs="?", help="e.g. 2031-2037,2040")
    k.add_argument("--remove", action="store_true", help="forget this wijk's ranges")
    k = ksub.add_parser("folder", help="show or set the shared folder")
    k.add_argument("path", type=Path, nargs="?")


def _contact_line(organisation: str, role: str, name: str) -> str:
    return f"{organisation} / {role} / {name}"


def _print_sync(result: Any, summary: bool) -> None:
    """The human account of a sync: the summary on stdout (unless JSON), problems on stderr."""
    name = result.file_name or "contact list"
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for other in result.ignored_files:
        print(f"note: {other} is older and was not taken", file=sys.stderr)
    if result.outcome == "rejected":
        if result.problem:
            print(f"{name}: {result.problem}", file=sys.stderr)
        for error in result.errors:
            print(str(error), file=sys.stderr)
        problems = len(result.errors) or 1
        kept = f"version {result.version}" if result.version else "no list"
        print(
            f"{name}: {problems} problem(s); nothing was changed (still {kept}).",
            file=sys.stderr,
        )
        return
    if not result.taken:
        print(f"{result.folder}: {result.problem}. Nothing was changed.", file=sys.stderr)
        return
    if summary and result.outcome == "unchanged":
        print(f"{name}: unchanged (version {result.version}, {result.rows} contacts).")
    elif summary:
        counts = result.changes.counts()
        print(
            f"{name}: applied as version {result.version} ({result.rows} contacts): "
            f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed."
        )
        _print_changes(result.changes)
    if summary and result.confirmed:
        print(f"Confirmed {len(result.confirmed)} e-mail address(es) for letters.")
    if result.pending:
        print(
            f"{len(result.pending)} e-mail address(es) wait for confirmation; letters do not use "
            "them until then. Check them (`vangnet contacts pending`), then run "
            "`vangnet contacts confirm-email --all` or give their ids.",
            file=sys.stderr,
        )


def _contacts_sync(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.sync import contacts_folder, sync_folder

    folder = args.folder
    if folder is None:
        with store.session() as session:
            folder = contacts_folder(session)
    if folder is None:
        raise CliError(
            "No shared folder is set; give FOLDER, or set it with `vangnet contacts folder PATH`."
        )
    result = sync_folder(
        store,
        Path(folder).expanduser(),
        actor=actor,
        settle_seconds=max(0.0, args.settle),
        confirm_email_changes=args.confirm_email_changes,
    )
    _print_sync(result, summary=not args.json)
    if args.json:
        _print_json(result.as_json())
    return {
        "applied": EXIT_OK,
        "unchanged": EXIT_OK,
        "rejected": EXIT_REJECTED,
        "busy": EXIT_BUSY,
        "missing": EXIT_NOTHING,
    }.get(result.outcome, EXIT_UNREACHABLE)


def _contacts_list(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.directory import all_contacts

    with store.session() as session:
        people = all_contacts(session, args.search, organisation=args.organisation, role=args.role)
    if args.json:
        _print_json([p.as_json() for p in people])
        return EXIT_OK
    if not people:
        print("No contacts (take the list with `vangnet contacts sync`).")
    for p in people:
        email = p.email or "-"
        if p.email_awaits_confirmation:
            email = "(new address waits for confirmation)"
        wijk = f" [{p.wijk}]" if p.wijk else ""
        print(
            f"#{p.entry_id:<6} {p.organisation:<30.30} {p.role:<15} {p.name:<26.26} "
            f"{p.phone or '-':<14} {email}{wijk}"
        )
    return EXIT_OK


def _minutes(moment: Any) -> str | None:
    return moment.isoformat(sep=" ", timespec="minutes") if moment else None


def _contacts_status(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.sync import sync_status

    with store.session() as session:
        status = sync_status(session)
    data = {
        "folder": status.folder,
        "last_synced": _minutes(status.last_synced),
        "last_attempt": _minutes(status.last_attempt),
        "last_outcome": status.last_outcome,
        "version": status.current_version,
        "pending_email_confirmations": status.pending_emails,
    }
    if args.json:
        _print_json(data)
        return EXIT_OK
    version = status.current_version
    print(f"Shared folder: {status.folder or '(not set)'}")
    print(f"Last synced:   {data['last_synced'] or 'never'}")
    if status.last_attempt:
        print(f"Last attempt:  {data['last_attempt']} ({status.last_outcome})")
    print(f"Current list:  {f'version {version}' if version else 'none'}")
    if status.pending_emails:
        print(f"Waiting:       {status.pending_emails} e-mail address(es) to confirm")
    return EXIT_OK


def _contacts_history(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.versions import history

    with store.session() as session:
        items = history(session)
    if args.json:
        _print_json([v.as_json() for v in items])
        return EXIT_OK
    if not items:
        print("No versions yet.")
    for v in items:
        source = f"rollback to {v.restored_from}" if v.source == "rollback" else v.file_name
        mark = "*" if v.current else " "
        emails = f"  e-mail changes: {v.email_changes}" if v.email_changes else ""
        print(
            f"{mark}{v.id:>4}  {v.created_at:%Y-%m-%d %H:%M}  {v.actor:<12} {source or '-':<20} "
            f"{v.row_count:>5} contacts  +{v.added} -{v.removed} ~{v.changed}{emails}"
        )
    return EXIT_OK


def _print_changes(changes: Any) -> None:
    for r in changes.added:
        print(f"  + {_contact_line(r.organisation, r.role, r.name)}")
    for r in changes.removed:
        print(f"  - {_contact_line(r.organisation, r.role, r.name)}")
    for c in changes.changed:
        line = _contact_line(c.after.organisation, c.after.role, c.after.name)
        print(f"  ~ {line}: {', '.join(c.columns)}")
        if c.email_changed:
            before, after = c.before.email or "(none)", c.after.email or "(none)"
            print(f"    !! E-MAIL CHANGED: {before} -> {after}")


def _contacts_changes(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.versions import current_version, version_changes

    with store.session() as session:
        current = current_version(session)
        newest = current.id if current else 0
        number = args.version or newest
        if not 1 <= number <= newest:
            raise CliError(f"There is no contact-list version {args.version or 1}.")
        changes = version_changes(session, number)
    if args.json:
        _print_json({"version": number, **changes.counts(), **changes.as_json()})
        return EXIT_OK
    print(f"Version {number}: " + ", ".join(f"{k} {v}" for k, v in changes.counts().items()))
    _print_changes(changes)
    return EXIT_OK


def _contacts_rollback(args: argparse.Namespace, store: Store, actor: str) -> int:

    from app.services.contacts.versions import ContactsProblem, pending_emails, rollback

    try:
        with store.transaction() as session:
            version = rollback(session, args.version, actor=actor, now=clock.now())
            new_id, rows = version.id, version.row_count
            pending = len(pending_emails(session))
    except ContactsProblem as exc:
        raise CliError(f"Not rolled back: {exc}.") from exc
    print(f"Version {args.version} is current again, as version {new_id} ({rows} contacts).")
    print("It stays current until the file in the shared folder changes.")
    if pending:
        print(f"{pending} e-mail address(es) wait for confirmation.", file=sys.stderr)
    return EXIT_OK


def _contacts_pending(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.versions import pending_emails

    with store.session() as session:
        pending = pending_emails(session)
    if args.json:
        _print_json([p.as_json() for p in pending])
        return EXIT_OK
    if not pending:
        print("No e-mail address waits for confirmation.")
    for p in pending:
        was = "new contact" if p.new_contact else f"was {p.previous_email or '(none)'}"
        line = _contact_line(p.organisation, p.role, p.name)
        print(f"#{p.entry_id:<6} {line}: {p.email} ({was})")
    return EXIT_OK


def _contacts_confirm(args: argparse.Namespace, store: Store, actor: str) -> int:

    from app.services.contacts.versions import ContactsProblem, confirm_emails

    if not args.ids and not args.all:
        raise CliError("Give the ids to confirm (see `vangnet contacts pending`) or --all.")
    try:
        with store.transaction() as session:
            ids = None if args.all else args.ids
            done = confirm_emails(session, ids, actor=actor, now=clock.now())
    except ContactsProblem as exc:
        raise CliError(f"Nothing confirmed: {exc}.") from exc
    print(f"Confirmed {len(done)} e-mail address(es) for letters.")
    return EXIT_OK


def _contacts_wijk(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.wijken import (
        WIJK_SETTING,
        format_wijk_ranges,
        set_wijk_ranges,
        wijk_ranges,
    )
    from app.services.intake.problems import ValueProblem

    with store.transaction() as session:
        if args.name is None:
            mapping = wijk_ranges(session)
        else:
            if args.ranges is None and not args.remove:
                raise CliError("Give the postcode ranges (e.g. 2031-2037) or --remove.")
            try:
                mapping = set_wijk_ranges(session, args.name, None if args.remove else args.ranges)
            except ValueProblem as exc:
                raise CliError(f"Not changed: {exc}.") from exc
            audit.record(session, "change", "setting", WIJK_SETTING, actor=actor)
    if not mapping:
        print("No wijk postcode ranges are set.")
        return EXIT_OK
    for line in format_wijk_ranges(mapping).split(";"):
        print(line.replace("=", ": ", 1))
    return EXIT_OK


def _contacts_folder(args: argparse.Namespace, store: Store, actor: str) -> int:
    from app.services.contacts.sync import contacts_folder
    from app.services.office_settings import SettingsRefused, set_contacts_folder

    if args.path is None:
        with store.session() as session:
            folder = contacts_folder(session)
        print(str(folder) if folder else "(not set)")
        return EXIT_OK
    try:
        with store.transaction() as session:
            path = set_contacts_folder(session, Path(args.path), actor=actor)
    except SettingsRefused as exc:
        raise CliError(f"Not changed: {exc}.") from exc
    print(f"Shared folder set to {path}.")
    if not path.is_dir():
        print("warning: that folder cannot be reached right now.", file=sys.stderr)
    return EXIT_OK


_CONTACT_ACTIONS: dict[str, Callable[[argparse.Namespace, Store, str], int]] = {
    "sync": _contacts_sync,
    "list": _contacts_list,
    "status": _contacts_status,
    "history": _contacts_history,
    "changes": _contacts_changes,
    "rollback": _contacts_rollback,
    "pending": _contacts_pending,
    "confirm-email": _contacts_confirm,
    "wijk": _contacts_wijk,
    "folder": _contacts_folder,
}


def cmd_contacts(args: argparse.Namespace) -> int:

    action = args.contacts_command or "status"
    if action == "status" and not hasattr(args, "json"):
        args.json = False
    store = _open(args)
    return _CONTACT_ACTIONS[action](args, store, audit.current_actor())


# --- letters: feedback, announcement, troubleshooter notice; the letterhead ----------------------

_LETTER_HELP = """\
Make one letter for a case as a PDF and record it on the case's timeline (and in the audit
trail). Kinds: feedback (to the corporation, appendix 2 step 6: only the facts the covenant
allows), announcement (to the tenant: a visit, --with-opt-out lets the tenant decline it),
troubleshooter (once an eviction date is known, H 8.1), proposal (to the corporation: the
case's current payment proposal or "not possible yet", H 6.2, 6.3, 7.3 — only the rent, the
arrangement and its own share), sluitende_aanpak (Amsterdam A 1.13: the instruments deployed,
with dates), broken_arrangement (to the corporation: the tenant did not keep the payment
agreement, H 3.9 — that and when, nothing else). The addressee comes from the contact
list, the letterhead from `vangnet letterhead`. A letter that cannot be made says what is
missing and leaves no file. --eml also writes an e-mail draft (FILE.eml, next to the PDF, the
PDF attached, marked X-Unsent so Outlook opens it as a message to send): send it from the mail
program, where the office's secure-mail add-in (Zivver, ZorgMail) takes over (B2). A proposal
that counts a debt of another creditor as the corporation's is refused, naming the debt, unless
--include-other-creditors. Exit status: 0 written; 1 refused (nothing written); 3 the folder
cannot be written.
"""

_BATCH_HELP = """\
Make every feedback letter that is due today or overdue, one PDF per letter plus one combined
PDF for printing, in FOLDER (created if its parent exists). Letters that cannot be made are
listed and do not stop the others. Exit status: 0 all due letters made (or none due); 1 at
least one letter could not be made (the others are written); 3 the folder cannot be written.
Every letter made is listed (reference, addressee, kind, file); nothing is marked as sent unless
--mark-sent is given. Mark them after checking the list with `letters mark-sent CASE_ID ...`.
"""


def _iso_datetime(text: str) -> Any:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r} (use YYYY-MM-DDTHH:MM)"
        ) from None


_COVENANT_HELP = """\
The covenant this database runs under. `show` names it and lists its terms. `update FILE` shows
what an office's own covenant profile would change (terms, kinds, instruments, ...); with --yes
it is kept inside the encrypted database, audited, and every case is recomputed. The file is
read only then: editing or removing it later changes nothing.
"""


def _add_covenant_parser(sub: Any) -> None:
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


def _add_letter_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "letter",
        help="make a letter for a case (PDF), recorded on its timeline",
        description=_LETTER_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("case_id", type=int, help="as in `inbox --json`")
    p.add_argument(
        "--kind",
        required=True,
        choices=(
            "feedback",
            "announcement",
            "troubleshooter",
            "proposal",
            "sluitende_aanpak",
            "broken_arrangement",
        ),
    )
    p.add_argument(
        "--with-opt-out",
        action="store_true",
        help="announcement: the tenant may decline the visit (says how, and by when)",
    )
    p.add_argument(
        "--visit", type=_iso_datetime, help="announcement: the planned visit, YYYY-MM-DDTHH:MM"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace an existing file at -o")
    p.add_argument("--today", type=_iso_date, help="the letter's date (default today)")
    p.add_argument(
        "--eml",
        action="store_true",
        help="also write an e-mail draft (.eml) next to the PDF, to send from the mail program",
    )
    p.add_argument(
        "--include-other-creditors",
        action="store_true",
        help="proposal: keep a debt of another creditor in the letter (else it is refused)",
    )

    p = sub.add_parser("letters", help="letters in bulk: `letters batch --due -o FOLDER`")
    lsub = p.add_subparsers(dest="letters_command", metavar="ACTION")
    b = lsub.add_parser(
        "batch",
        help="every feedback letter due today or overdue, into a folder",
        description=_BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument(
        "--due", action="store_true", required=True, help="the feedback letters due or overdue"
    )
    b.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    b.add_argument("--today", type=_iso_date)
    b.add_argument(
        "--mark-sent",
        action="store_true",
        help="also record that each letter made was sent (meets the feedback deadline)",
    )
    b.add_argument(
        "--eml", action="store_true", help="also write an e-mail draft (.eml) next to each PDF"
    )
    b.add_argument(
        "--via",
        choices=("post", "email", "saved"),
        help="with --mark-sent (required there): how the letters went out",
    )
    m = lsub.add_parser(
        "mark-sent",
        help="record that feedback letters went out (after checking the batch's list)",
    )
    m.add_argument("case_ids", type=int, nargs="+", metavar="CASE_ID")
    m.add_argument(
        "--via",
        choices=("post", "email", "saved"),
        required=True,
        help="how the letters went out: recorded with each, never assumed",
    )
    m.add_argument("--today", type=_iso_date)

    p = sub.add_parser(
        "letterhead",
        help="the letterhead: office address, place, signer, logo (no options: show it)",
    )
    p.add_argument(
        "--address",
        action="append",
        metavar="LINE",
        help="one line of the office address; repeat for every line (replaces the address)",
    )
    p.add_argument("--place", help="the place in the date line (default: the municipality)")
    p.add_argument("--signer", help="who signs the letters")
    p.add_argument("--signer-function", help="the signer's function")
    p.add_argument(
        "--logo", type=Path, help="PNG or JPEG; its bytes are kept in the encrypted database"
    )
    p.add_argument("--no-logo", action="store_true", help="remove the logo")


def cmd_letter(args: argparse.Namespace) -> int:
    from app.services.letters import (
        FolderProblem,
        LetterKind,
        LetterProblem,
        LetterRequest,
        write_letter,
    )

    kind = LetterKind(args.kind)
    if kind is not LetterKind.ANNOUNCEMENT and (args.with_opt_out or args.visit):
        raise CliError("--with-opt-out and --visit belong to --kind announcement.")
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise CliError(f"{target} is a folder; give the name of the PDF file to write.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.", EXIT_UNREACHABLE)
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; choose another name or use --force.")
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    if args.include_other_creditors and kind is not LetterKind.PROPOSAL:
        raise CliError("--include-other-creditors belongs to --kind proposal.")
    request = LetterRequest(
        args.case_id,
        kind,
        args.with_opt_out,
        args.visit,
        other_creditors="include" if args.include_other_creditors else "ask",
    )
    try:
        saved = write_letter(store, request, ctx, today, target)
    except LetterProblem as exc:
        if "other_creditor" in exc.codes:
            print("warning: the proposal uses a debt of another creditor", file=sys.stderr)
        raise CliError(f"Letter not made: {exc}.") from exc
    except FolderProblem as exc:
        raise CliError(f"Letter not made: {exc}.", EXIT_UNREACHABLE) from exc
    pages = f"{saved.pages} page{'s' if saved.pages != 1 else ''}"
    print(
        f"Wrote {saved.path} ({kind.value} letter, {pages}); recorded on the timeline of case "
        f"{args.case_id} (event {saved.event_id})."
    )
    if args.eml and saved.made is not None:
        from app.services.letters.service import write_draft_for

        try:
            draft = write_draft_for(saved.made, saved.path)
        except FolderProblem as exc:
            raise CliError(f"E-mail draft not written: {exc}.", EXIT_UNREACHABLE) from exc
        to = saved.made.to_email or "no address known: fill it in"
        print(f"Wrote the e-mail draft {draft} (to: {to}); open it and send it from Outlook.")
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from app.services.letters import FolderProblem, mark_batch_sent, run_feedback_batch

    action = getattr(args, "letters_command", None)
    if action == "mark-sent":
        return _letters_mark_sent(args)
    if action != "batch":
        raise CliError("Use `vangnet letters batch --due -o FOLDER`.")
    if args.via and not args.mark_sent:
        raise CliError("--via belongs to --mark-sent.")
    if args.mark_sent and not args.via:
        raise CliError(
            "--mark-sent needs --via post|email|saved: how the letters went out is recorded, "
            "never assumed. Nothing was made."
        )
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a folder.")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise CliError(
            f"The folder {folder} cannot be made: {exc.strerror or exc}", EXIT_UNREACHABLE
        ) from exc
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        report = run_feedback_batch(store, ctx, folder, today)
    except FolderProblem as exc:
        raise CliError(f"Batch stopped: {exc}.", EXIT_UNREACHABLE) from exc
    made = report.made
    if args.eml and made:
        from app.services.letters.batch import write_batch_drafts

        try:
            made = write_batch_drafts(made)
        except FolderProblem as exc:
            raise CliError(f"E-mail drafts not written: {exc}.", EXIT_UNREACHABLE) from exc
    for item in made:
        to = f"{item.recipient} <{item.email}>" if item.email else item.recipient
        draft = f" + {item.draft.name}" if item.draft else ""
        print(
            f"case {item.case_id}: {item.reference} | {to or '-'} | {item.kind.value} | "
            f"{item.path.name}{draft}"
        )
    for failure in report.failed:
        print(f"case {failure.case_id}: not made: {failure.english}", file=sys.stderr)
    if report.combined is not None:
        print(f"Combined for printing: {report.combined}")
    print(
        f"{len(report.made)} of {report.total} due feedback letter(s) made in {folder}"
        + (f"; {len(report.failed)} not made (listed above)" if report.failed else "")
        + "."
    )
    if args.mark_sent and report.made:
        via = args.via
        failed = mark_batch_sent(
            store, ctx, [item.case_id for item in report.made], today, today=today, channel=via
        )
        for failure in failed:
            print(f"case {failure.case_id}: not marked as sent: {failure.english}", file=sys.stderr)
        print(f"Marked {len(report.made) - len(failed)} letter(s) as sent ({via}).")
    elif report.made:
        ids = " ".join(str(item.case_id) for item in report.made)
        print(f"Nothing is marked as sent yet. After sending: vangnet letters mark-sent {ids}")
    return EXIT_REJECTED if report.failed else EXIT_OK


def _letters_mark_sent(args: argparse.Namespace) -> int:
    from app.services.letters import mark_batch_sent

    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    failed = mark_batch_sent(store, ctx, list(args.case_ids), today, today=today, channel=args.via)
    for failure in failed:
        print(f"case {failure.case_id}: not marked as sent: {failure.english}", file=sys.stderr)
    print(f"Marked {len(args.case_ids) - len(failed)} letter(s) as sent ({args.via}).")
    return EXIT_REJECTED if failed else EXIT_OK


def cmd_letterhead(args: argparse.Namespace) -> int:
    from app.services.casework import load_context
    from app.services.letters import load_letterhead
    from app.services.office_settings import LetterheadChange, SettingsRefused, change_letterhead

    logo: bytes | None = None
    if args.logo is not None:
        if args.no_logo:
            raise CliError("Give --logo or --no-logo, not both.")
        try:
            logo = Path(args.logo).expanduser().read_bytes()
        except OSError as exc:
            raise CliError(f"Cannot read {args.logo}: {exc.strerror or exc}") from exc
    address = None
    if args.address is not None:
        address = [line for value in args.address for line in value.splitlines()]
    store = _open(args)
    change = LetterheadChange(
        address_lines=tuple(address) if address is not None else None,
        place=args.place,
        signer=args.signer,
        signer_function=args.signer_function,
        logo=logo,
        remove_logo=args.no_logo,
    )
    try:
        with store.transaction() as session:
            changed = change_letterhead(session, change)
            head = load_letterhead(session, load_context(session).profile.municipality)
    except SettingsRefused as exc:
        raise CliError(f"Letterhead not changed: {exc}.") from exc
    if changed:
        print(f"Letterhead changed: {', '.join(changed)}.")
    print(f"Office:   {head.office_name or '-'}  (change with `settings office`)")
    print("Address:  " + ("\n          ".join(head.address_lines) or "-"))
    print(f"Place:    {head.place}")
    print(f"Signer:   {head.signer or '-'}")
    print(f"Function: {head.signer_function or '-'}")
    print(f"Logo:     {f'{len(head.logo) // 1024 + 1} kB image' if head.logo else 'none'}")
    missing = head.missing()
    if missing:
        print(
            "warning: letters are refused until these are set: " + ", ".join(missing),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.launch import run_gui

    return run_gui(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "import": cmd_import,
    "inbox": cmd_inbox,
    "case": cmd_case,
    "event": cmd_event,
    "undo": cmd_undo,
    "consent": cmd_consent,
    "assign": cmd_assign,
    "calendar": cmd_calendar,
    "recompute": cmd_recompute,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "settings": cmd_settings,
    "audit": cmd_audit,
    "key": cmd_key,
    "contacts": cmd_contacts,
    "letter": cmd_letter,
    "covenant": cmd_covenant,
    "letters": cmd_letters,
    "letterhead": cmd_letterhead,
    "about": cmd_about,
}


# The SDV / troubleshooter / handover commands live in their own module (it imports helpers
# from this one, so it is imported last).
from app.cli_privacy import PRIVACY_COMMANDS, add_privacy_parsers  # noqa: E402
from app.cli_profile import PROFILE_COMMANDS, add_profile_parsers  # noqa: E402
from app.cli_rights import RIGHTS_COMMANDS, add_rights_parsers  # noqa: E402
from app.cli_workbench import WORKBENCH_COMMANDS, add_workbench_parsers  # noqa: E402

COMMANDS.update(WORKBENCH_COMMANDS)
COMMANDS.update(PRIVACY_COMMANDS)
COMMANDS.update(RIGHTS_COMMANDS)
COMMANDS.update(PROFILE_COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command
    if command is None:  # plain `vangnet` (and `make run`) starts the window
        command = "gui"
        args = parser.parse_args([*(["--db", str(args.db)] if args.db else []), "gui"])
    day: date | None = getattr(args, "today", None)
    try:
        with clock.using(clock.ShiftedClock.to(day) if day else clock.current()):
            try:
                return COMMANDS[command](args)
            finally:
                _close_opened()
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except (KeyProblem, WrongKey) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_KEY
    except StoreBusy as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BUSY
    except DiskFull as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_DISK_FULL
    except DatabaseDamaged as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_DAMAGED
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:  # e.g. `vangnet contacts list --json | head`
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("Interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            return _unexpected(exc)
        where = f" ({Path(exc.filename).parent})" if exc.filename else ""
        print(
            f"The disk is full{where}; nothing was changed. Make room on the disk and try "
            "again.",
            file=sys.stderr,
        )
        return EXIT_DISK_FULL
    except Exception as exc:  # the last line of defence: never a traceback
        if _is_damage(exc):  # a damaged page met while reading
            print(
                str(DatabaseDamaged(_db_path(args), "a page cannot be read", "")),
                file=sys.stderr,
            )
            return EXIT_DAMAGED
        return _unexpected(exc)


def _is_damage(exc: BaseException) -> bool:
    """SQLite's words for a damaged file, on the exception or what caused it."""
    while exc is not None:
        text = str(getattr(exc, "orig", exc)).lower()
        if "malformed" in text or "file is not a database" in text:
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def _unexpected(exc: Exception) -> int:
    if os.environ.get("VANGNET_DEBUG") == "1":  # developers only; may print personal data
        raise exc
    ref = errors.log_unexpected(exc)
    print(
        f"Unexpected error (reference {ref}); nothing was changed. "
        f"The details are in {errors.log_path()}",
        file=sys.stderr,
    )
    return 70
