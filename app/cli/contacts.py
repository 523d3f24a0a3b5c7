"""`vangnet contacts`: the shared contact list (covenant appendix 3)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_BUSY,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNREACHABLE,
    CliError,
    Handler,
    _open,
    _positive,
    _print_json,
)
from app.services import audit, clock
from app.services.store import Store

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


def register(sub: Any) -> None:
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


COMMANDS: dict[str, Handler] = {
    "contacts": cmd_contacts,
}
