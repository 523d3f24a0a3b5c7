"""The privacy commands of issue 15 beyond the breach register, each part in its own module:

- ``vangnet subject request|export|correct|restrict|lift|erase`` — a tenant's rights (AVG 15–22,
  PR 10), dispatched to :mod:`app.requests`, :mod:`app.subject_export`,
  :mod:`app.case_rights` and :mod:`app.retention`;
- ``vangnet legal-request …`` — requests for data on a legal ground (PR 8), in
  :mod:`app.requests`;
- ``vangnet retention show|set|run`` — retention and erasure (:mod:`app.retention`);
- ``vangnet processing-register`` — the register of processing (:mod:`app.cli.privacy`).

Exit status as elsewhere: 0 done; 1 refused (nothing changed); 2 key problem.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli import case_rights, requests, retention, subject_export
from app.cli.common import CliError

Handler = Callable[[argparse.Namespace], int]

_SUBJECT_PARTS = (requests, subject_export, case_rights, retention)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "subject",
        help="a tenant's privacy rights: request, export, correct, restrict, lift, erase",
        description="A tenant's rights under the AVG (articles 15-22) and privacy reglement "
        "article 10, for one case.",
    )
    subject_sub = p.add_subparsers(dest="subject_command", metavar="ACTION")
    for part in _SUBJECT_PARTS:
        part.add_subject_parsers(subject_sub)
    requests.add_top_parsers(sub)
    retention.add_top_parsers(sub)


def cmd_subject(args: argparse.Namespace) -> int:
    action = args.subject_command
    handlers: dict[str, Handler] = {}
    for part in _SUBJECT_PARTS:
        handlers.update(part.SUBJECT_COMMANDS)
    if action is None or action not in handlers:
        raise CliError(
            "Say what to do: `vangnet subject " + "|".join(sorted(handlers)) + " …`."
        )
    return handlers[action](args)


COMMANDS: dict[str, Handler] = {
    "subject": cmd_subject,
    **requests.TOP_COMMANDS,
    **retention.TOP_COMMANDS,
}
