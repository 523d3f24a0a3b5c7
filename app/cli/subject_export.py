"""`vangnet subject export`: the right of access (AVG 15, PR 10) for one case, part of the
privacy commands of issue 15 (see app/cli/rights.py).

Exit status: 0 written; 1 refused (unknown case, folder missing or not writable, an export of
today already there without --force; nothing written); 2 key problem.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, _open
from app.services import audit

_EXPORT_HELP = """\
Everything stored about one tenant and their household (AVG art. 15, PR 10): writes
inzage-CASE-DATE.json (every row of every table about the case, every column), a readable Dutch
inzage-CASE-DATE.pdf that ends with where the data went, and the stored letters and attachments
under documenten/. The files are not encrypted: give them to the tenant and delete your copy.
"""


def add_subject_parsers(subject_sub: Any) -> None:
    """Add this part's actions under `vangnet subject`."""
    e = subject_sub.add_parser(
        "export",
        help="everything about one tenant as JSON + PDF + documents (AVG 15)",
        description=_EXPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("case_id", type=int, metavar="CASE_ID")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                   help="the folder to write into (it must exist)")
    e.add_argument("--force", action="store_true", help="replace an export of today there")


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.letters.files import FolderProblem
    from app.services.subject_export import SubjectExportProblem, write_export

    store = _open(args)
    try:
        with store.transaction() as session:
            result = write_export(
                session, args.case_id, args.output, force=args.force,
                actor=audit.current_actor(),
            )  # fmt: skip
    except SubjectExportProblem as problem:
        raise CliError(f"Not exported: {problem}. Nothing was written.") from problem
    except FolderProblem as problem:
        raise CliError(f"Not exported: {problem}. Nothing was written.") from problem
    print(f"Case {args.case_id}: the export was written.")
    for path in result.paths:
        print(f"  {path}")
    return EXIT_OK


SUBJECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"export": cmd_export}
TOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_top_parsers(sub: Any) -> None:
    """Add this part's own top-level commands."""
    del sub
