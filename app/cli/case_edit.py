"""`vangnet case edit CASE_ID --FIELD VALUE …`: change the tenant's and the household's facts
after intake (issue 16.2), several at once, checked by the same rules as an imported signal.

Hooked into the `case` command of :mod:`app.cli.cases`: `vangnet case CASE_ID` shows a case,
`vangnet case edit CASE_ID …` changes it. All values are checked first; one wrong value changes
nothing and the refusal names the option. Each change keeps its old value with a correction
(`vangnet subject corrections CASE_ID`); the audit trail never holds the values.

Exit status: 0 changed (or nothing to change); 1 refused, nothing changed; 2 key problem.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, _context, _open, _print_json
from app.services import audit, clock

EDIT = "edit"

#: option -> the fact it sets (app/services/correction.py)
OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--name", "tenant_name", "the tenant's name"),
    ("--street", "street", "street"),
    ("--house-number", "house_number", "house number, e.g. 12 or 12a"),
    ("--postcode", "postcode", "postcode, 1234 AB"),
    ("--city", "city", "town"),
    ("--phone", "phone", "phone number (\"\" removes it)"),
    ("--email", "email", "e-mail address (\"\" removes it)"),
    ("--birth-date", "birth_date", "the tenant's date of birth (dd-mm-jjjj or jjjj-mm-dd)"),
    ("--occupants", "occupants", "registered occupants, the tenant included"),
    ("--children", "children_under_18", "children under 18 on the signal date (\"\" unknown)"),
    ("--statushouder", "statushouder", "ja or nee"),
    ("--known", "known", "known to the wijkteam or SDV: ja or nee"),
    ("--arrears-since", "arrears_since", "date the arrears arose"),
    ("--arrears-months", "arrears_months_tenths", "months in arrears, e.g. 2,5"),
    ("--arrears", "arrears_cents", "amount in arrears, e.g. 1234,50"),
    ("--rent", "monthly_rent_cents", "monthly rent, e.g. 806,20"),
)
_OPTION_OF = {field: option for option, field, _help in OPTIONS}
_MEMBER_OPTIONS = "--add-child/--remove-member/--change-member"


def case_ref(text: str) -> int | str:
    """`vangnet case` takes a case number, or the word `edit` followed by one."""
    if text == EDIT:
        return EDIT
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a case number: {text!r} (use `vangnet case CASE_ID` or "
            "`vangnet case edit CASE_ID --FIELD VALUE …`)"
        ) from None


def _member_change(text: str) -> tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise argparse.ArgumentTypeError(f"expected OLD=NEW dates of birth, got {text!r}")
    return old.strip(), new.strip()


def add_case_edit_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `vangnet case edit`, on the `case` parser."""
    p.usage = (
        "%(prog)s [-h] CASE_ID [--today DAY] [--json]\n"
        "       %(prog)s edit CASE_ID [--FIELD VALUE …] [--add-child DATE] [--json]"
    )
    p.add_argument("edit_case_id", nargs="?", type=int, metavar="CASE_ID",
                   help=argparse.SUPPRESS)
    group = p.add_argument_group(
        "edit (vangnet case edit CASE_ID …)",
        "Change the tenant's and the household's facts, checked as at intake; several at once. "
        "One wrong value changes nothing. Each old value is kept with a correction.",
    )
    for option, field, text in OPTIONS:
        group.add_argument(option, dest=f"set_{field}", metavar="VALUE", default=None,
                           help=text)
    group.add_argument("--add-child", "--add-member", dest="add_member", action="append",
                       default=[], metavar="DATE",
                       help="add another occupant by date of birth (repeatable); a child under "
                       "18 gives the case priority")
    group.add_argument("--remove-member", dest="remove_member", action="append", default=[],
                       metavar="DATE", help="remove the other occupant born on DATE")
    group.add_argument("--change-member", dest="change_member", action="append", default=[],
                       type=_member_change, metavar="OLD=NEW",
                       help="correct another occupant's date of birth")
    group.add_argument("--request", dest="edit_request", type=int, default=None, metavar="N",
                       help="the subject request this answers (default: your own edit)")


def _values(args: argparse.Namespace) -> dict[str, str]:
    return {
        field: value
        for _option, field, _help in OPTIONS
        if (value := getattr(args, f"set_{field}", None)) is not None
    }


def _edits_given(args: argparse.Namespace) -> bool:
    return bool(
        _values(args)
        or args.add_member
        or args.remove_member
        or args.change_member
        or args.edit_request is not None
    )


def wants_edit(args: argparse.Namespace) -> bool:
    """True when `vangnet case …` asks for a change (then :func:`cmd_case_edit` runs it)."""
    return args.case_id == EDIT or _edits_given(args) or args.edit_case_id is not None


def _where(field: str) -> str:
    """The option a refusal is about."""
    from app.services.correction import MEMBER_FIELD

    if field == MEMBER_FIELD:
        return _MEMBER_OPTIONS
    if field == "request":
        return "--request"
    return _OPTION_OF.get(field, field)


def cmd_case_edit(args: argparse.Namespace) -> int:
    from app.services.case_edit import CaseEditRefused, edit_case, member_edits_by_date
    from app.services.correction import MEMBER_FIELD

    if args.case_id != EDIT:
        raise CliError(
            f"To change case {args.case_id}, use `vangnet case edit {args.case_id} "
            "--FIELD VALUE …`; nothing was changed."
        )
    if args.edit_case_id is None:
        raise CliError("Say which case: `vangnet case edit CASE_ID --FIELD VALUE …`.")
    if not _edits_given(args):
        options = ", ".join(option for option, _field, _help in OPTIONS)
        raise CliError(
            f"Say what to change, e.g. `vangnet case edit {args.edit_case_id} --phone "
            f"0612345678`. Options: {options}, --add-child, --remove-member, --change-member."
        )
    case_id = args.edit_case_id
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        with store.transaction() as session:
            from app.models import Case

            case = session.get(Case, case_id)
            if case is None:
                raise CliError(f"No case {case_id}.")
            members = member_edits_by_date(
                session, case_id, add=args.add_member, remove=args.remove_member,
                change=args.change_member,
            )  # fmt: skip
            outcome = edit_case(
                session, case, _values(args), members, request_id=args.edit_request,
                actor=audit.current_actor(), ctx=ctx, today=today,
            )  # fmt: skip
    except CaseEditRefused as refused:
        print(f"Case {case_id} not changed; nothing was changed:", file=sys.stderr)
        for problem in refused.problems:
            print(f"  {_where(problem.field)}: {problem}", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        _print_json(outcome.as_json())
        return EXIT_OK
    if not outcome.changes:
        print(f"Case {case_id}: nothing to change; every value is the same as before.")
        return EXIT_OK
    print(f"Case {case_id} changed:")
    for change in outcome.changes:
        if change.field == MEMBER_FIELD:
            what = (
                f"other occupant added: born {change.new_value}"
                if not change.old_value
                else f"other occupant removed: born {change.old_value}"
                if not change.new_value
                else f"other occupant's date of birth: {change.old_value} → {change.new_value}"
            )
        else:
            what = (
                f"{change.label_en}: {change.old_value or '(empty)'} → "
                f"{change.new_value or '(empty)'}"
            )
            if change.automatic:
                what += " (raised to count the added occupant)"
        print(f"  {what}")
    print(
        "The old values are kept with the corrections "
        f"(`vangnet subject corrections {case_id}`)."
    )
    print(
        f"Priority: {', '.join(outcome.reasons_after) or 'none'}"
        f" (was {', '.join(outcome.reasons_before) or 'none'})."
    )
    if outcome.position_after is not None:
        was = (
            f" (was {outcome.position_before})"
            if outcome.position_before != outcome.position_after
            else " (unchanged)"
        )
        print(f"Place in the inbox on {today.isoformat()}: {outcome.position_after}{was}.")
    return EXIT_OK
