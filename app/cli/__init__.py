"""The headless command line. Scripts and tests depend on these command names and exit codes.

Exit codes: 0 success, 1 rejected input or refused action, 2 key problem, 3 folder unreachable,
4 busy (try again shortly), 5 no contact list in the shared folder, 6 the disk is full,
7 the database file is damaged (restore a backup).
No traceback ever reaches the user: unexpected errors get a reference and a log entry without
personal data.

The commands live in one module per group (`cases`, `letters`, `workbench`, ...), each with
`register(sub)` for its parsers and `COMMANDS` for its handlers; the plumbing they share is in
`app.cli.common`. A group imports what its commands need inside them, so reading the arguments
stays light.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app import __version__
from app.cli import (
    about,
    audit_trail,
    backup,
    cases,
    contacts,
    covenant,
    gui,
    intake,
    keys,
    letters,
    maintenance,
    privacy,
    profile,
    report,
    rights,
    settings,
    setup,
    workbench,
)
from app.cli.common import (
    EXIT_BUSY,
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_KEY,
    EXIT_OK,
    EXIT_REJECTED,
    CliError,
    Handler,
    _close_opened,
    _db_path,
)
from app.services import clock, errors
from app.services.keys import KeyProblem
from app.services.store import DatabaseDamaged, DiskFull, StoreBusy, StoreError, WrongKey

__all__ = ["COMMANDS", "CliError", "build_parser", "main"]

#: the command groups in the order `vangnet --help` lists their commands
GROUPS = (
    setup,
    intake,
    cases,
    maintenance,
    backup,
    keys,
    settings,
    contacts,
    letters,
    covenant,
    workbench,
    privacy,
    rights,
    profile,
    report,
    gui,
    about,
    audit_trail,
)

COMMANDS: dict[str, Handler] = {}
for _group in GROUPS:
    COMMANDS.update(_group.COMMANDS)


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
    for group in GROUPS:
        group.register(sub)
    return parser


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
