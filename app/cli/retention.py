"""`vangnet retention show|set|run` and `vangnet subject erase`: retention and erasure (issue
15.1, AVG 17).

Exit status: 0 done (also when nothing was due); 1 refused (nothing changed); 2 key problem.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from app.cli.common import EXIT_OK, CliError, _iso_date, _open, _print_json
from app.services import audit, clock

_RETENTION_HELP = """\
How long a case is kept after it ends, per kind of ending, and erasing what has passed its
term. Each term names its source; where the law leaves it open it is the office's choice.
Erasure is real: every row about the tenant goes, the freed pages are overwritten, and one
anonymous audit line stays. Run `retention run --dry-run` first to see what would go.
"""

_HOLDS = {
    "restricted": "held: processing restricted (AVG 18)",
    "open_request": "held: a request about it is still open",
}


def add_subject_parsers(subject_sub: Any) -> None:
    e = subject_sub.add_parser(
        "erase",
        help="erase one case on the tenant's request (AVG 17); cannot be undone",
    )
    e.add_argument("case_id", type=int)
    e.add_argument("--request", type=int, required=True, metavar="N",
                   help="the erasure request in the register (`subject request add --kind "
                        "erasure`)")
    e.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def add_top_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "retention",
        help="retention terms and erasure: show, set, run",
        description=_RETENTION_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rsub = p.add_subparsers(dest="retention_command", metavar="ACTION")
    s = rsub.add_parser("show", help="the terms with their sources, what goes when, backups")
    s.add_argument("--today", type=_iso_date, help="as of this day (default: today)")
    s.add_argument("--json", action="store_true")
    t = rsub.add_parser("set", help="the office's term for one kind of case end (months)")
    t.add_argument("rule", choices=("not_taken_on", "closed_without_help",
                                    "closed_after_help", "eviction"))
    t.add_argument("months", type=int)
    r = rsub.add_parser("run", help="erase every case past its term")
    r.add_argument("--dry-run", action="store_true", help="only list what would be erased")
    r.add_argument("--today", type=_iso_date, help="as of this day (default: today)")
    r.add_argument("--json", action="store_true")


def _item(item: Any, today: date) -> dict[str, Any]:
    return {
        "case_id": item.case_id,
        "reference": item.reference,
        "rule": item.rule.key,
        "signal_date": item.signal_date.isoformat(),
        "ended_on": item.ended_on.isoformat(),
        "due_on": item.due_on.isoformat(),
        "due": item.is_due(today),
        "hold": item.hold,
    }


def _rule(rule: Any) -> dict[str, Any]:
    return {
        "rule": rule.key,
        "months": rule.months,
        "counted_from": rule.counted_from,
        "default_months": rule.default_months,
        "source": rule.source_en,
    }


def cmd_retention(args: argparse.Namespace) -> int:
    from app.services import retention

    action = args.retention_command
    if action is None:
        raise CliError("Say what to do: `vangnet retention show|set|run`.")
    store = _open(args)
    today = args.today if getattr(args, "today", None) else clock.today()
    if action == "set":
        try:
            with store.transaction() as session:
                rule = retention.set_retention_months(session, args.rule, args.months)
        except retention.RetentionRefused as exc:
            raise CliError(f"Not changed: {exc}.") from exc
        print(f"Cases '{rule.label_en}' are now kept {rule.months} months "
              f"(from the {'signal' if rule.counted_from == 'signal' else 'end of the case'}).")
        return EXIT_OK
    if action == "show":
        with store.session() as session:
            rules = retention.retention_rules(session)
            plan = retention.retention_plan(session)
            backups = retention.backup_exposures(session, plan)
        return _show(rules, plan, backups, today, args.json)
    run = retention.run_retention(store, today, dry_run=args.dry_run)
    if args.json:
        _print_json({
            "dry_run": run.dry_run,
            "erased": [_item(i, today) for i in run.erased],
            "held": [_item(i, today) for i in run.held],
            "compacted": run.compacted,
        })
        return EXIT_OK
    verb = "Would erase" if run.dry_run else "Erased"
    if not run.erased:
        print(f"Nothing is past its term on {today.isoformat()}.")
    else:
        print(f"{verb} {len(run.erased)} case(s) past their term on {today.isoformat()}:")
        for i in run.erased:
            print(f"  case {i.case_id} ({i.reference}): {i.rule.label_en}, "
                  f"ended {i.ended_on}, term ended {i.due_on}")
    for i in run.held:
        print(f"  case {i.case_id} ({i.reference}) kept: {_HOLDS[i.hold or '']}")
    if run.erased and not run.dry_run:
        print("Only an anonymous line per case stays in the audit trail. Backups made before "
              "still hold these cases: see `vangnet retention show`.")
    return EXIT_OK


def _show(rules: Any, plan: Any, backups: Any, today: date, as_json: bool) -> int:
    if as_json:
        _print_json({
            "today": today.isoformat(),
            "rules": [_rule(r) for r in rules],
            "plan": [_item(i, today) for i in plan],
            "backups": [
                {"made_at": b.made_at.isoformat(timespec="minutes"),
                 "expired_data_from": b.expired_from.isoformat() if b.expired_from else None}
                for b in backups
            ],
        })
        return EXIT_OK
    print("Retention terms:")
    for r in rules:
        start = "the signal" if r.counted_from == "signal" else "the end of the case"
        default = "" if r.is_default else f" (default {r.default_months})"
        print(f"  {r.label_en}: {r.months} months from {start}{default}")
        print(f"    source: {r.source_en}")
    due = [i for i in plan if i.is_due(today)]
    print(f"\nPast their term on {today.isoformat()}: {len(due)} case(s)"
          + (" — `vangnet retention run` erases them." if due else "."))
    for i in plan:
        state = (_HOLDS[i.hold] if i.hold else
                 "due now" if i.due_on <= today else f"in {(i.due_on - today).days} days")
        print(f"  case {i.case_id} ({i.reference}): {i.rule.label_en}, ended {i.ended_on}, "
              f"erase on {i.due_on} — {state}")
    if backups:
        print("\nBackups made from this database:")
        for b in backups:
            when = b.made_at.isoformat(sep=" ", timespec="minutes")
            if b.expired_from is None:
                print(f"  {when}: holds no expired data yet")
            elif b.expired_from <= today:
                print(f"  {when}: holds expired data since {b.expired_from} — destroy it, "
                      "or keep it only as long as your backup policy says")
            else:
                print(f"  {when}: holds expired data from {b.expired_from}")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from app.services.erasure import ErasureRefused
    from app.services.privacy_erasure import erase_on_request

    store = _open(args)
    if not args.yes and not _confirm(args.case_id):
        print("Nothing was erased.")
        return EXIT_OK
    try:
        erase_on_request(store, args.case_id, args.request, actor=audit.current_actor())
    except ErasureRefused as exc:
        raise CliError(f"Not erased: {exc}.") from exc
    print(f"Case {args.case_id} was erased on request {args.request}; only an anonymous line "
          "stays in the audit trail.")
    return EXIT_OK


def _confirm(case_id: int) -> bool:
    import sys

    if not sys.stdin.isatty():
        raise CliError("Erasing cannot be undone: add --yes to confirm.")
    answer = input(f"Erase case {case_id} and everything about the tenant? Type 'erase': ")
    return answer.strip().lower() == "erase"


SUBJECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"erase": cmd_erase}
TOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"retention": cmd_retention}
