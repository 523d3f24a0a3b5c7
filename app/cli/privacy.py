"""`vangnet breach …`: the breach register of reglement article 9 on the command line.

Exit status: 0 done; 1 refused (the message names the field; nothing was changed); 2 key problem.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, Handler, _iso_datetime, _open, _print_json
from app.services import audit

_BREACH_HELP = """\
The breach register (privacy reglement article 9.3, fields a-j). Tell the other parties within
24 hours of finding a breach (PR 9.1); report a breach that must be reported to the Autoriteit
Persoonsgegevens within 72 hours (AVG 33). `add --kind lost_device|wrong_recipient|
damaged_database` fills every field with a first text to correct; describe the incident, never
name the tenants. Times are YYYY-MM-DDTHH:MM.
"""

_FIELDS = (
    ("nature", "a. nature, cause and extent"),
    ("subjects", "d. categories of people concerned"),
    ("data_kinds", "e. kinds of personal data"),
    ("protection_note", "f. how the data was protected"),
    ("contact", "g. who can tell more (name, phone or e-mail of the office)"),
    ("consequences", "h. consequences found and expected"),
    ("measures", "i. measures taken or proposed"),
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "breach",
        help="the breach register (PR 9): add, list, show, informed, decide, register",
        description=_BREACH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    bsub = p.add_subparsers(dest="breach_command", metavar="ACTION")
    a = bsub.add_parser("add", help="record a breach")
    a.add_argument("--kind", required=True,
                   choices=("lost_device", "wrong_recipient", "damaged_database", "other"))
    a.add_argument("--discovered", type=_iso_datetime, default=None,
                   help="c. when it was found (default: now)")
    a.add_argument("--occurred", type=_iso_datetime, default=None,
                   help="b. when it happened (leave out when not known)")
    a.add_argument("--protection", choices=("encrypted", "not_encrypted", "unknown"))
    for name, text in _FIELDS:
        a.add_argument("--" + name.replace("_", "-"), dest=name, default=None, help=text)
    a.add_argument("--json", action="store_true")
    ls = bsub.add_parser("list", help="the register, with the open terms")
    ls.add_argument("--json", action="store_true")
    s = bsub.add_parser("show", help="one breach, every field a-j")
    s.add_argument("breach_id", type=int)
    s.add_argument("--json", action="store_true")
    i = bsub.add_parser("informed", help="PR 9.1: the other parties were told")
    i.add_argument("breach_id", type=int)
    i.add_argument("--at", type=_iso_datetime, default=None, help="when (default: now)")
    i.add_argument("--note", default="", help="whom and how")
    d = bsub.add_parser("decide", help="j. reported to the Autoriteit Persoonsgegevens or not")
    d.add_argument("breach_id", type=int)
    d.add_argument("--ap", required=True, choices=("notified", "not_notified"))
    d.add_argument("--reason", required=True, help="why (required)")
    d.add_argument("--at", type=_iso_datetime, default=None,
                   help="when it was reported (with --ap notified; default: now)")
    r = bsub.add_parser("register", help="the printable register as a PDF")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    r.add_argument("--force", action="store_true", help="replace an existing file")
    pr = sub.add_parser(
        "processing-register",
        help="the register of processing (AVG 30) as a PDF, or --json",
        description="The register of processing activities (AVG article 30), built from the "
        "covenant profile, the office settings, the retention terms and the data the database "
        "really stores. Either -o FILE.pdf or --json.",
    )
    pr.add_argument("-o", "--output", type=Path, default=None, metavar="FILE.pdf")
    pr.add_argument("--force", action="store_true", help="replace an existing file")
    pr.add_argument("--json", action="store_true", help="print the register's structure")


def _moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def _as_dict(breach: Any, now: datetime) -> dict[str, Any]:
    from app.services.breaches import terms

    return {
        "id": breach.id,
        "kind": breach.kind,
        "nature": breach.nature,
        "occurred_at": _moment(breach.occurred_at),
        "discovered_at": _moment(breach.discovered_at),
        "subjects": breach.subjects,
        "data_kinds": breach.data_kinds,
        "protection": breach.protection,
        "protection_note": breach.protection_note,
        "contact": breach.contact,
        "consequences": breach.consequences,
        "measures": breach.measures,
        "ap_decision": breach.ap_decision,
        "ap_reason": breach.ap_reason,
        "ap_notified_at": _moment(breach.ap_notified_at),
        "parties_informed_at": _moment(breach.parties_informed_at),
        "parties_note": breach.parties_note,
        "terms": [
            {
                "term": t.name,
                "due": _moment(t.due),
                "done": _moment(t.done),
                "hours_left": None if t.done else round(t.hours_left(now), 1),
            }
            for t in terms(breach)
        ],
    }


def _term_line(term: dict[str, Any]) -> str:
    what = {"parties": "tell the other parties (PR 9.1)", "ap": "Autoriteit Persoonsgegevens"}
    if term["done"]:
        return f"{what[term['term']]}: done {term['done']}"
    left = term["hours_left"]
    state = f"{left:.1f} h left" if left >= 0 else f"OVERDUE by {-left:.1f} h"
    return f"{what[term['term']]}: due {term['due']} ({state})"


def cmd_breach(args: argparse.Namespace) -> int:
    from app.services import breaches

    action = args.breach_command
    if action is None:
        raise CliError("Say what to do: `vangnet breach add|list|show|informed|decide|register`.")
    store = _open(args)
    actor = audit.current_actor()
    now = breaches.now_to_the_second()
    try:
        if action == "add":
            fields = {name: getattr(args, name) for name, _ in _FIELDS}
            if args.protection:
                fields["protection"] = args.protection
            with store.transaction() as session:
                breach = breaches.add_breach(
                    session,
                    kind=args.kind,
                    discovered_at=args.discovered or now,
                    occurred_at=args.occurred,
                    fields=fields,
                    actor=actor,
                )
                shown = _as_dict(breach, now)
            if args.json:
                _print_json(shown)
            else:
                print(f"Breach {shown['id']} recorded ({shown['kind']}).")
                for term in shown["terms"]:
                    print("  " + _term_line(term))
            return EXIT_OK
        if action in ("list", "show"):
            with store.session() as session:
                found = (
                    breaches.register(session)
                    if action == "list"
                    else [breaches.get_breach(session, args.breach_id)]
                )
                items = [_as_dict(b, now) for b in found]
            if args.json:
                _print_json(items if action == "list" else items[0])
                return EXIT_OK
            if not items:
                print("The register is empty.")
            for item in items:
                _print_breach(item, full=action == "show")
            return EXIT_OK
        if action == "informed":
            with store.transaction() as session:
                breaches.parties_informed(
                    session, args.breach_id, at=args.at or now, note=args.note, actor=actor
                )
            print(f"Breach {args.breach_id}: the other parties were told.")
            return EXIT_OK
        if action == "decide":
            with store.transaction() as session:
                breaches.decide_ap(
                    session,
                    args.breach_id,
                    decision=args.ap,
                    reason=args.reason,
                    notified_at=(args.at or now) if args.ap == "notified" else None,
                    actor=actor,
                )
            print(f"Breach {args.breach_id}: decision on the Autoriteit Persoonsgegevens kept.")
            return EXIT_OK
        if action == "register":
            return _write_register(store, args.output, args.force, actor, now)
    except breaches.BreachProblem as problem:
        print(f"Not recorded: {problem}. Nothing was changed.", file=sys.stderr)
        return 1
    raise CliError(f"Unknown action {action!r}.")


def _print_breach(item: dict[str, Any], *, full: bool) -> None:
    print(
        f"#{item['id']}  {item['kind']}  found {item['discovered_at']}  "
        f"AP: {item['ap_decision']}"
    )
    if full:
        labels = (
            ("a", "nature"), ("b", "occurred_at"), ("c", "discovered_at"), ("d", "subjects"),
            ("e", "data_kinds"), ("f", "protection"), ("f", "protection_note"), ("g", "contact"),
            ("h", "consequences"), ("i", "measures"), ("j", "ap_decision"), ("j", "ap_reason"),
        )
        for letter, key in labels:
            print(f"  {letter}. {key}: {item[key] if item[key] is not None else 'not known'}")
        informed = item["parties_informed_at"] or "not yet"
        print(f"  parties informed: {informed} {item['parties_note']}".rstrip())
    for term in item["terms"]:
        print("  " + _term_line(term))


def _write_register(store: Any, target: Path, force: bool, actor: str, now: datetime) -> int:
    from app.services import breaches
    from app.services.breach_register import register_pdf
    from app.services.letters.files import FolderProblem, write_atomically

    if target.exists() and not force:
        raise CliError(f"{target} already exists; choose another name or use --force.")
    with store.session() as session:
        office = store.setting("office_name") or ""
        pdf = register_pdf(breaches.register(session), office=office, printed_at=now)
    try:
        write_atomically(target, pdf)
    except FolderProblem as problem:
        raise CliError(f"The register was not written: {problem}.", code=3) from problem
    with store.transaction() as session:
        audit.record(session, "export", "breach_register", "-", detail="pdf", actor=actor)
    print(f"The breach register was written to {target}.")
    return EXIT_OK


def cmd_processing_register(args: argparse.Namespace) -> int:
    from app.services import breaches
    from app.services.letters.files import FolderProblem, write_atomically
    from app.services.processing_register import build_register, register_pdf

    if (args.output is None) == (not args.json):
        raise CliError("Say what to make: `-o FILE.pdf` or `--json` (one of them).")
    target = args.output
    if target is not None and target.exists() and not args.force:
        raise CliError(f"{target} already exists; choose another name or use --force.")
    store = _open(args)
    now = breaches.now_to_the_second()
    with store.session() as session:
        reg = build_register(session, printed_at=now)
    if args.json:
        _print_json(reg.as_dict())
        return EXIT_OK
    try:
        write_atomically(target, register_pdf(reg))
    except FolderProblem as problem:
        raise CliError(f"The register was not written: {problem}.", code=3) from problem
    with store.transaction() as session:
        audit.record(session, "export", "processing_register", "-", detail="pdf",
                     actor=audit.current_actor())
    print(f"The register of processing was written to {target}.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "breach": cmd_breach,
    "processing-register": cmd_processing_register,
}
