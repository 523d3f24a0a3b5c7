"""`vangnet subject correct|corrections|restrict|lift`: correction (AVG 16) and restriction
(AVG 18) of one case, part of the privacy commands of issue 15 (see app/cli/rights.py).

Exit status: 0 done; 1 refused (the message names the fact; nothing was changed); 2 key problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    _case_or_fail,
    _iso_date,
    _open,
    _print_json,
)
from app.services import audit

_CORRECT_HELP = """\
Correct one fact of the tenant (AVG art. 16), checked by the same rules as an imported signal.
The old value is kept with the correction; the audit trail names only the correction and a hash
of the old value. Facts: tenant_name, street, house_number, postcode, city, phone, email,
birth_date (dd-mm-jjjj), occupants, children_under_18, statushouder (ja/nee), known (ja/nee).
An empty VALUE ("") clears phone, email or children_under_18.
"""


def add_subject_parsers(subject_sub: Any) -> None:
    """Add this part's actions under `vangnet subject`."""
    from app.services.correction import FACT_NAMES

    c = subject_sub.add_parser(
        "correct",
        help="correct a fact of the tenant (AVG 16); the old value is kept",
        description=_CORRECT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("case_id", type=int)
    c.add_argument("field", metavar="FIELD", help="the fact to correct: " + ", ".join(FACT_NAMES))
    c.add_argument("value", metavar="VALUE", help="the correct value")
    c.add_argument("--request", type=int, default=None, metavar="N",
                   help="the subject request this answers")
    c.add_argument("--json", action="store_true")
    ls = subject_sub.add_parser("corrections", help="the corrections made to a case, old → new")
    ls.add_argument("case_id", type=int)
    ls.add_argument("--json", action="store_true")
    r = subject_sub.add_parser(
        "restrict",
        help="restrict processing of a case (AVG 18): kept and visible, nothing done with it",
    )
    r.add_argument("case_id", type=int)
    r.add_argument("--on", type=_iso_date, default=None, help="since when (default today)")
    r.add_argument("--request", type=int, default=None, metavar="N",
                   help="the subject request this answers")
    lift = subject_sub.add_parser("lift", help="lift the restriction of a case")
    lift.add_argument("case_id", type=int)


def cmd_correct(args: argparse.Namespace) -> int:
    from app.services.correction import CorrectionRefused, correct_fact

    store = _open(args)
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            correction = correct_fact(
                session,
                case,
                args.field,
                args.value,
                request_id=args.request,
                actor=audit.current_actor(),
            )
            shown = {
                "id": correction.id,
                "case_id": case.id,
                "field": correction.field,
                "new_value": correction.new_value,
                "audit_seq": correction.audit_seq,
            }
    except CorrectionRefused as refused:
        print(f"Not corrected: {refused}. Nothing was changed.", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        _print_json(shown)
    else:
        print(
            f"Case {args.case_id}: {args.field} corrected (correction {shown['id']}); "
            "the old value is kept with the correction."
        )
    return EXIT_OK


def cmd_corrections(args: argparse.Namespace) -> int:
    from app.services.correction import corrections

    store = _open(args)
    with store.session() as session:
        _case_or_fail(session, args.case_id)
        found = corrections(session, args.case_id)
    with store.transaction() as session:  # BIO: the old values are personal data too
        audit.record(session, "read", "fact_corrections", args.case_id, detail="cli")
    if args.json:
        _print_json([c.as_json() for c in found])
        return EXIT_OK
    if not found:
        print(f"Case {args.case_id} has no corrections.")
    for c in found:
        request = f"  request {c.request_id}" if c.request_id is not None else ""
        print(
            f"#{c.id}  {c.corrected_at}  {c.field}: {c.old_value or '(empty)'} → "
            f"{c.new_value or '(empty)'}  by {c.corrected_by}{request}"
        )
    return EXIT_OK


def cmd_restrict(args: argparse.Namespace) -> int:
    from app.services.restriction import RestrictionProblem, restrict_case

    store = _open(args)
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            restrict_case(session, case, on=args.on, request_id=args.request)
            since = case.restricted_since
    except RestrictionProblem as problem:
        print(f"Not restricted: {problem}. Nothing was changed.", file=sys.stderr)
        return EXIT_REJECTED
    print(
        f"Case {args.case_id} is restricted since {since}: it stays visible, but no event, "
        "letter or handover is made for it until the restriction is lifted."
    )
    return EXIT_OK


def cmd_lift(args: argparse.Namespace) -> int:
    from app.services.restriction import RestrictionProblem, lift_restriction

    store = _open(args)
    try:
        with store.transaction() as session:
            lift_restriction(session, _case_or_fail(session, args.case_id))
    except RestrictionProblem as problem:
        print(f"Not lifted: {problem}. Nothing was changed.", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Case {args.case_id}: the restriction is lifted; it may be processed again.")
    return EXIT_OK


SUBJECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "correct": cmd_correct,
    "corrections": cmd_corrections,
    "restrict": cmd_restrict,
    "lift": cmd_lift,
}
TOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_top_parsers(sub: Any) -> None:
    """Add this part's own top-level commands."""
    del sub
