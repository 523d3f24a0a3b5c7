"""The command line's shared plumbing: exit codes, `CliError`, the argument types every group
uses, opening the store (and closing it when the command ends), the rules context and JSON output.

Exit codes: 0 success, 1 rejected input or refused action, 2 key problem, 3 folder unreachable,
4 busy (try again shortly), 5 no contact list in the shared folder, 6 the disk is full,
7 the database file is damaged (restore a backup).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.store import Store, default_db_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import Case
    from app.services.casework import RulesContext

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


#: a command: the parsed arguments in, the exit status out
Handler = Callable[[argparse.Namespace], int]


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


def _iso_datetime(text: str) -> Any:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r} (use YYYY-MM-DDTHH:MM)"
        ) from None


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


def _context(store: Store) -> RulesContext:
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


def _warn_calendar_gaps(ctx: RulesContext, days: Sequence[date]) -> None:
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


def _case_or_fail(session: Session, case_id: int) -> Case:
    from app.models import Case

    case = session.get(Case, case_id)
    if case is None:
        raise CliError(f"No case {case_id}.")
    return case
