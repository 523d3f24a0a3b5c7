"""`vangnet import`: signals from a CSV file or an Excel workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    CliError,
    Handler,
    _context,
    _iso_date,
    _open,
    _print_json,
)
from app.services import clock


def register(sub: Any) -> None:
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


COMMANDS: dict[str, Handler] = {
    "import": cmd_import,
}
