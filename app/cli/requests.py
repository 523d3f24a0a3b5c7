"""`vangnet subject request …` and `vangnet legal-request …`: the request registers of the
privacy reglement (articles 8 and 10) on the command line (issue 15.2, 15.4).

Exit status: 0 done; 1 refused (the message names the field; nothing was changed); 2 key problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, _iso_date, _open, _print_json
from app.models.privacy import SUBJECT_REQUEST_KINDS
from app.services import audit, clock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.rules.calendar import WorkingDayCalendar

_SUBJECT_HELP = """\
A tenant's request under AVG articles 15-22 (privacy reglement article 10). Answer within one
month of receipt (AVG 12(3)); once, with a reason, that month may be extended by at most two
more. A request about another party's processing goes to that party within 5 working days
(PR 10.3): give --forward-to, record `forward`, and `message` prints a text to copy into an
e-mail (Vangnet sends nothing). Dates are YYYY-MM-DD; the day of receipt is day 0.
"""

_LEGAL_HELP = """\
A legally binding request for personal data from an authority (privacy reglement article 8).
Verify who asks and the legal ground before providing anything (PR 8.1); tell the other party
within 5 working days (PR 8.2), unless the law forbids it (--confidential with a reason).
`message` prints a text to copy into an e-mail (Vangnet sends nothing).
"""


def _today_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", type=_iso_date, metavar="DATE", help="count as if today were DATE")


def add_subject_parsers(subject_sub: Any) -> None:
    """Add this part's actions under `vangnet subject`."""
    p = subject_sub.add_parser(
        "request",
        help="the register of tenants' requests (AVG 15-22, PR 10) with their terms",
        description=_SUBJECT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rsub = p.add_subparsers(dest="request_command", metavar="ACTION")
    a = rsub.add_parser("add", help="record a request and its terms")
    a.add_argument("--kind", required=True, choices=SUBJECT_REQUEST_KINDS)
    a.add_argument("--case", type=int, dest="case_id", help="the case it is about (its number)")
    a.add_argument("--received", type=_iso_date, help="when it came in (default: today)")
    a.add_argument("--forward-to", default="", metavar="PARTY",
                   help="the other party it is meant for (PR 10.3: forward in 5 working days)")
    a.add_argument("--json", action="store_true")
    ls = rsub.add_parser("list", help="the register, with the terms and days left")
    ls.add_argument("--open", action="store_true", help="only requests not yet answered")
    ls.add_argument("--json", action="store_true")
    s = rsub.add_parser("show", help="one request")
    s.add_argument("request_id", type=int)
    s.add_argument("--json", action="store_true")
    f = rsub.add_parser("forward", help="PR 10.3: the request went to the other party")
    f.add_argument("request_id", type=int)
    f.add_argument("--on", type=_iso_date, help="when (default: today)")
    f.add_argument("--to", default="", metavar="PARTY",
                   help="the party, when it was not given at receipt")
    e = rsub.add_parser("extend", help="AVG 12(3): extend the month once, by at most two more")
    e.add_argument("request_id", type=int)
    e.add_argument("--to", type=_iso_date, required=True, dest="extended_to", help="new date")
    e.add_argument("--reason", required=True, help="why it takes longer (told to the tenant)")
    d = rsub.add_parser("done", help="the answer: granted, partly, refused or forwarded")
    d.add_argument("request_id", type=int)
    d.add_argument("--outcome", required=True,
                   choices=("granted", "partly", "refused", "forwarded"))
    d.add_argument("--reason", default="", help="required for refused and partly (AVG 12(4))")
    d.add_argument("--on", type=_iso_date, help="when (default: today)")
    m = rsub.add_parser("message", help="print the text that forwards it (PR 10.3)")
    m.add_argument("request_id", type=int)
    for parser in (a, ls, s, f, e, d, m):
        _today_option(parser)


def add_top_parsers(sub: Any) -> None:
    """`vangnet legal-request …`."""
    p = sub.add_parser(
        "legal-request",
        help="legally binding requests for data (PR 8): add, list, show, checked, informed, "
        "decide, message",
        description=_LEGAL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lsub = p.add_subparsers(dest="legal_command", metavar="ACTION")
    a = lsub.add_parser("add", help="record a request")
    a.add_argument("--requester", required=True, help="the authority and its officer")
    a.add_argument("--ground", required=True, dest="legal_ground",
                   help="the legal ground (the law and article)")
    a.add_argument("--verified", action="store_true",
                   help="PR 8.1: the requester's identity was verified")
    a.add_argument("--ground-checked", action="store_true",
                   help="PR 8.1: the legal ground was checked")
    a.add_argument("--received", type=_iso_date, help="when it came in (default: today)")
    a.add_argument("--other-party", default="", help="the party to tell (PR 8.2)")
    a.add_argument("--confidential", default=None, metavar="REASON",
                   help="the law forbids telling the other party: say why")
    a.add_argument("--case", type=int, dest="case_id", help="the case it is about")
    a.add_argument("--json", action="store_true")
    ls = lsub.add_parser("list", help="the register, with the terms and days left")
    ls.add_argument("--open", action="store_true",
                    help="only requests undecided or with the other party not yet told")
    ls.add_argument("--json", action="store_true")
    s = lsub.add_parser("show", help="one request")
    s.add_argument("request_id", type=int)
    s.add_argument("--json", action="store_true")
    c = lsub.add_parser("checked", help="PR 8.1: record the checks done")
    c.add_argument("request_id", type=int)
    c.add_argument("--verified", action="store_true", help="the requester's identity")
    c.add_argument("--ground-checked", action="store_true", help="the legal ground")
    i = lsub.add_parser("informed", help="PR 8.2: the other party was told")
    i.add_argument("request_id", type=int)
    i.add_argument("--on", type=_iso_date, help="when (default: today)")
    d = lsub.add_parser("decide", help="provided, partly or refused")
    d.add_argument("request_id", type=int)
    d.add_argument("--decision", required=True, choices=("provided", "partly", "refused"))
    d.add_argument("--data", default="", dest="data_provided",
                   help="which data was provided (a summary, no names)")
    d.add_argument("--on", type=_iso_date, help="when (default: today)")
    m = lsub.add_parser("message", help="print the text that tells the other party (PR 8.2)")
    m.add_argument("request_id", type=int)
    for parser in (a, ls, s, c, i, d, m):
        _today_option(parser)


# --- showing -----------------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _term_line(term: dict[str, Any]) -> str:
    what = {
        "subject_answer": "answer the tenant (AVG 12(3))",
        "subject_request": "forward to the other party (PR 10.3)",
        "legal_request": "tell the other party (PR 8.2)",
    }[term["term"]]
    if term["done"]:
        return f"{what}: due {term['due']}, done {term['done']}"
    left = term["working_days_left"]
    if term["status"] == "overdue":
        state = f"OVERDUE by {-left} working day{'s' if left != -1 else ''}"
    elif left == 0:
        state = "due today"
    else:
        state = f"{left} working day{'s' if left != 1 else ''} left"
    skipped = f"; skipped {', '.join(term['skipped'])}" if term["skipped"] else ""
    return f"{what}: due {term['due']} ({state}{skipped})"


def _subject_dict(request: Any, today: date, calendar: WorkingDayCalendar) -> dict[str, Any]:
    from app.services.privacy_requests import KIND_ARTICLES, subject_terms

    return {
        "id": request.id,
        "kind": request.kind,
        "article": KIND_ARTICLES[request.kind],
        "case_id": request.case_id,
        "received_on": _iso(request.received_on),
        "due_on": _iso(request.due_on),
        "extended_to": _iso(request.extended_to),
        "extension_reason": request.extension_reason,
        "forward_to": request.forward_to,
        "forward_due_on": _iso(request.forward_due_on),
        "forwarded_on": _iso(request.forwarded_on),
        "outcome": request.outcome,
        "outcome_reason": request.outcome_reason,
        "done_on": _iso(request.done_on),
        "terms": [t.as_json() for t in subject_terms(request, today, calendar)],
    }


def _legal_dict(request: Any, today: date, calendar: WorkingDayCalendar) -> dict[str, Any]:
    from app.services.privacy_requests import legal_terms

    return {
        "id": request.id,
        "case_id": request.case_id,
        "requester": request.requester,
        "requester_verified": request.requester_verified,
        "legal_ground": request.legal_ground,
        "ground_checked": request.ground_checked,
        "received_on": _iso(request.received_on),
        "other_party": request.other_party,
        "inform_due_on": _iso(request.inform_due_on),
        "informed_on": _iso(request.informed_on),
        "confidential": request.confidential,
        "confidential_reason": request.confidential_reason,
        "decision": request.decision,
        "decided_on": _iso(request.decided_on),
        "data_provided": request.data_provided,
        "terms": [t.as_json() for t in legal_terms(request, today, calendar)],
    }


def _print_subject(item: dict[str, Any], *, full: bool) -> None:
    case = f"  case {item['case_id']}" if item["case_id"] else ""
    print(f"#{item['id']}  {item['kind']} ({item['article']})  received {item['received_on']}"
          f"{case}  outcome: {item['outcome']}")
    if full:
        if item["forward_to"]:
            forwarded = item["forwarded_on"] or "not yet"
            print(f"  forward to: {item['forward_to']}; forwarded: {forwarded}")
        if item["extended_to"]:
            print(f"  extended to {item['extended_to']}: {item['extension_reason']}")
        if item["done_on"]:
            reason = f": {item['outcome_reason']}" if item["outcome_reason"] else ""
            print(f"  answered {item['done_on']} ({item['outcome']}){reason}")
    for term in item["terms"]:
        if full or not term["done"]:
            print("  " + _term_line(term))


def _print_legal(item: dict[str, Any], *, full: bool) -> None:
    case = f"  case {item['case_id']}" if item["case_id"] else ""
    print(f"#{item['id']}  received {item['received_on']}{case}  decision: {item['decision']}")
    if full:
        print(f"  requester: {item['requester']} (verified: "
              f"{'yes' if item['requester_verified'] else 'NO'})")
        print(f"  legal ground: {item['legal_ground']} (checked: "
              f"{'yes' if item['ground_checked'] else 'NO'})")
        if item["confidential"]:
            print(f"  confidential, the other party is not told: {item['confidential_reason']}")
        else:
            print(f"  other party: {item['other_party']}; told: {item['informed_on'] or 'not yet'}")
        if item["decided_on"]:
            print(f"  decided {item['decided_on']}: {item['decision']}"
                  + (f"; provided: {item['data_provided']}" if item["data_provided"] else ""))
    for term in item["terms"]:
        if full or not term["done"]:
            print("  " + _term_line(term))


# --- commands ----------------------------------------------------------------------------------


def _refused(problem: Exception) -> int:
    print(f"Not recorded: {problem}. Nothing was changed.", file=sys.stderr)
    return EXIT_REJECTED


@dataclass(frozen=True)
class _Register:
    """What differs between the two registers; :func:`_run` does the rest."""

    title: str  # "Request" / "Legal request"
    usage: str
    listing: Callable[..., list[Any]]
    one: Callable[[Any, int], Any]
    message: Callable[[Any, int], str]
    as_dict: Callable[[Any, date, Any], dict[str, Any]]
    show: Callable[..., None]
    change: Callable[[Any, Any, argparse.Namespace, str], Any]
    done: Callable[[dict[str, Any]], dict[str, str]]


def _run(args: argparse.Namespace, action: str | None, register: _Register) -> int:
    from app.services import privacy_requests as pr
    from app.services.casework import load_context

    if action is None:
        raise CliError(register.usage)
    store = _open(args)
    actor = audit.current_actor()
    today = clock.today()
    try:
        if action in ("list", "show", "message"):
            with store.session() as session:
                calendar = load_context(session).calendar
                if action == "message":
                    print(register.message(session, args.request_id))
                    return EXIT_OK
                found = (
                    register.listing(session, open_only=args.open)
                    if action == "list"
                    else [register.one(session, args.request_id)]
                )
                items = [register.as_dict(r, today, calendar) for r in found]
            if args.json:
                _print_json(items if action == "list" else items[0])
                return EXIT_OK
            if not items:
                print("No open requests." if args.open else "The register is empty.")
            for item in items:
                register.show(item, full=action == "show")
            return EXIT_OK
        with store.transaction() as session:
            calendar = load_context(session).calendar
            request = register.change(session, calendar, args, actor)
            shown = register.as_dict(request, today, calendar)
        if action == "add" and args.json:
            _print_json(shown)
            return EXIT_OK
        print(f"{register.title} {shown['id']}: {register.done(shown)[action]}.")
        for term in shown["terms"]:
            print("  " + _term_line(term))
        if action == "add" and shown.get("confidential"):
            print("  confidential: no term to tell the other party (PR 8.2 exception)")
        return EXIT_OK
    except pr.RequestProblem as problem:
        return _refused(problem)


def cmd_request(args: argparse.Namespace) -> int:
    from app.services import privacy_requests as pr

    return _run(args, args.request_command, _Register(
        title="Request",
        usage="Say what to do: `vangnet subject request add|list|show|forward|extend|done|"
              "message`.",
        listing=pr.subject_requests,
        one=pr.get_subject_request,
        message=pr.subject_message,
        as_dict=_subject_dict,
        show=_print_subject,
        change=_change_subject,
        done=lambda shown: {
            "add": "recorded",
            "forward": "forwarded",
            "extend": "extended",
            "done": f"closed ({shown['outcome']})",
        },
    ))


def _change_subject(
    session: Session, calendar: WorkingDayCalendar, args: argparse.Namespace, actor: str
) -> Any:
    from app.services import privacy_requests as pr

    action = args.request_command
    if action == "add":
        return pr.add_subject_request(
            session, calendar, kind=args.kind, case_id=args.case_id, received_on=args.received,
            forward_to=args.forward_to, actor=actor,
        )
    if action == "forward":
        return pr.record_forwarded(session, calendar, args.request_id, on=args.on,
                                   forward_to=args.to, actor=actor)
    if action == "extend":
        return pr.extend(session, calendar, args.request_id, to=args.extended_to,
                         reason=args.reason, actor=actor)
    if action == "done":
        return pr.close_subject_request(session, args.request_id, outcome=args.outcome,
                                        reason=args.reason, on=args.on, actor=actor)
    raise CliError(f"Unknown action {action!r}.")


def cmd_legal_request(args: argparse.Namespace) -> int:
    from app.services import privacy_requests as pr

    return _run(args, args.legal_command, _Register(
        title="Legal request",
        usage="Say what to do: `vangnet legal-request add|list|show|checked|informed|decide|"
              "message`.",
        listing=pr.legal_requests,
        one=pr.get_legal_request,
        message=pr.legal_message,
        as_dict=_legal_dict,
        show=_print_legal,
        change=_change_legal,
        done=lambda shown: {
            "add": "recorded",
            "checked": "checks recorded",
            "informed": "the other party was told",
            "decide": f"decided ({shown['decision']})",
        },
    ))


def _change_legal(
    session: Session, calendar: WorkingDayCalendar, args: argparse.Namespace, actor: str
) -> Any:
    from app.services import privacy_requests as pr

    action = args.legal_command
    if action == "add":
        return pr.add_legal_request(
            session, calendar, requester=args.requester, legal_ground=args.legal_ground,
            received_on=args.received, requester_verified=args.verified,
            ground_checked=args.ground_checked, other_party=args.other_party,
            confidential=args.confidential is not None,
            confidential_reason=args.confidential or "", case_id=args.case_id, actor=actor,
        )
    if action == "checked":
        return pr.record_checks(session, args.request_id, requester_verified=args.verified,
                                ground_checked=args.ground_checked, actor=actor)
    if action == "informed":
        return pr.record_informed(session, args.request_id, on=args.on, actor=actor)
    if action == "decide":
        return pr.decide_legal_request(session, args.request_id, decision=args.decision,
                                       on=args.on, data_provided=args.data_provided, actor=actor)
    raise CliError(f"Unknown action {action!r}.")


SUBJECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"request": cmd_request}
TOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "legal-request": cmd_legal_request
}
