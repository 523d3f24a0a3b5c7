"""Cases: `inbox`, `case` (and `case edit`), `event`, `consent`, `assign`, `undo`."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli.case_edit import add_case_edit_arguments, case_ref
from app.cli.common import (
    EXIT_OK,
    CliError,
    Handler,
    _case_or_fail,
    _context,
    _iso_date,
    _open,
    _positive,
    _print_json,
    _warn_calendar_gaps,
)
from app.services import audit, clock


def register(sub: Any) -> None:
    p = sub.add_parser("inbox", help="open cases in priority order")
    p.add_argument("--today", type=_iso_date)
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("case", help="one case with its deadlines and why they fall where they do")
    p.add_argument("case_id", type=case_ref, metavar="CASE_ID")
    p.add_argument("--today", type=_iso_date)
    p.add_argument("--json", action="store_true")
    add_case_edit_arguments(p)

    p = sub.add_parser("event", help="record what happened on a case")
    p.add_argument("case_id", type=int)
    p.add_argument("kind")
    p.add_argument("--on", type=_iso_date, help="when it happened (default today)")
    p.add_argument("--date", type=_iso_date, help="bailiff/eviction/resumption date")
    p.add_argument("--method", help="contact method")
    p.add_argument("--reached", choices=("yes", "no"))
    p.add_argument(
        "--may-resume",
        dest="may_resume",
        choices=("yes", "no"),
        help="taken_on, not_taken_on, collection_answer: may the corporation resume collection?",
    )
    p.add_argument(
        "--reason",
        help="not_taken_on: why (free text); handover to the troubleshooter without an eviction "
        "date: specifieke_vraag or stagnatie (H 2.3)",
    )
    p.add_argument("--instrument")
    p.add_argument(
        "--participatiewet",
        choices=("yes", "no"),
        help="Geregelde Betaling: the tenant has a Participatiewet benefit (A 1.5)",
    )
    p.add_argument(
        "--ground",
        help="eviction_ground: weigering_of_niet_nakomen, woonfraude or overlast (A 1.13 lid 3)",
    )
    p.add_argument("--outcome")
    p.add_argument(
        "--eviction-reason",
        help="closed as ontruimd: huurachterstand, overlast or criminaliteit (H 9.5.3a)",
    )
    p.add_argument("--to", dest="to")
    p.add_argument("--warm", action="store_true", help="warm handover (needs recorded consent)")
    p.add_argument(
        "--by-corporation",
        action="store_true",
        help="arrangement_broken: the corporation reported it, so it needs no notice (H 3.9)",
    )
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("consent", help="record the tenant's consent")
    p.add_argument("case_id", type=int)
    p.add_argument("purpose", help="warme_overdracht, delen_met_corporatie, ...")
    p.add_argument("--on", type=_iso_date, help="when it was given (default today)")
    p.add_argument("--written", action="store_true", help="given in writing")
    p.add_argument(
        "--withdraw", action="store_true", help="the tenant withdrew this consent (from --on)"
    )
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("assign", help="give a case to a worker (empty name: nobody)")
    p.add_argument("case_id", type=int)
    p.add_argument("assignee")

    p = sub.add_parser("undo", help="undo a mistaken event (kept in the audit trail)")
    p.add_argument("event_id", type=int)


def cmd_inbox(args: argparse.Namespace) -> int:
    from app.services.formatting import countdown, fixed_date
    from app.services.inbox import inbox

    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    with store.session() as session:
        rows = inbox(session, today, ctx, limit=args.limit, offset=args.offset)
    _warn_calendar_gaps(ctx, [today] + [d.due for r in rows for d in r.deadlines])
    if args.json:
        _print_json([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        print("The inbox is empty.")
        return EXIT_OK
    for n, r in enumerate(rows, start=1 + args.offset):
        nxt = r.next_deadline
        if nxt is None:
            due = "-"
        elif nxt.fixed:  # a date set by others, on its own scale (issue 16.4)
            words = fixed_date(
                nxt.fixed, nxt.due, nxt.status, nxt.working_days_left, nxt.days_left, "en_GB"
            ).english()
            due = f"{nxt.id} {nxt.due} ({words}; {nxt.proximity or nxt.status})"
        else:
            left = countdown(nxt.working_days_left, nxt.status).english()
            due = f"{nxt.id} {nxt.due} ({left})"
        # an ended case keeps its eviction date on record, but no badge and no countdown
        shown = r.shown_eviction_date
        eviction = f" EVICTION {shown}" if shown else ""
        reasons = ",".join(r.priority_reasons) or "-"
        flags = (" [" + ",".join(r.flags) + "]") if r.flags else ""
        print(
            f"{n:>4}. #{r.case_id:<7} {r.corporation_code:<7} {r.reference:<14} {r.name:<28.28} "
            f"{r.signal_date} {reasons:<24} {due}{eviction}{flags}"
        )
    return EXIT_OK


def cmd_case(args: argparse.Namespace) -> int:
    from app.cli.case_edit import cmd_case_edit, wants_edit
    from app.services.case_detail import case_detail

    if wants_edit(args):  # `vangnet case edit CASE_ID --FIELD VALUE …`
        return cmd_case_edit(args)
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    with store.session() as session:
        detail = case_detail(session, args.case_id, today, ctx)
    if detail is None:
        raise CliError(f"No case {args.case_id}.")
    with store.transaction() as session:  # BIO: reading personal data is logged too
        audit.record(session, "read", "case", args.case_id, detail="cli")
    _warn_calendar_gaps(ctx, [today] + [date.fromisoformat(d["due"]) for d in detail["deadlines"]])
    if args.json:
        _print_json(detail)
        return EXIT_OK
    print(
        f"Case #{detail['case_id']}  {detail['corporatie']} {detail['referentie']}  "
        f"{detail['soort']}  status {detail['status']}"
    )
    print(f"  {detail['naam']}, {detail['adres']}")
    if detail.get("beperkt_sinds"):
        print(f"  RESTRICTED since {detail['beperkt_sinds']} (AVG art. 18): nothing is done with "
              "it until the restriction is lifted")
    print(
        f"  signal {detail['melddatum']}; priority: {', '.join(detail['priority_reasons']) or '-'}"
        f"; flags: {', '.join(detail['flags']) or '-'}"
    )
    print("  deadlines:")
    for d in detail["deadlines"]:
        print(
            f"    {d['id']:<13} {d['due']}  {d['status']:<8} {d['working_days_left']:>4}  "
            f"{d['article']}  {_deadline_words(d)}"
        )
        print(f"      {d['explanation']}")
    if detail["events"]:
        print("  timeline:")
        for e in detail["events"]:
            undone = " (undone)" if e["undone"] else ""
            print(f"    [{e['id']}] {e['on']} {e['kind']}{undone}")
    return EXIT_OK


def _deadline_words(item: dict[str, Any]) -> str:
    """'eviction in 7 working days (Mon 14 Dec) [urgent]' for a fixed date (issue 16.4), '3
    working days left' for a term."""
    from app.services.formatting import countdown, fixed_date
    from app.services.inbox import DeadlineView

    view = DeadlineView.from_json(item)
    if view.fixed:
        words = fixed_date(
            view.fixed, view.due, view.status, view.working_days_left, view.days_left, "en_GB"
        ).english()
        return f"{words} [{view.proximity}]" if view.proximity else words
    return countdown(view.working_days_left, view.status).english()


def cmd_event(args: argparse.Namespace) -> int:
    from app.models import Case
    from app.services.events import EventProblem, record_event

    detail: dict[str, Any] = {}
    for name in ("date", "method", "reason", "instrument", "outcome", "to"):
        value = getattr(args, name)
        if value is not None:
            detail[name] = value.isoformat() if isinstance(value, date) else value
    for name in ("reached", "may_resume", "participatiewet"):
        if getattr(args, name) is not None:
            detail[name] = getattr(args, name) == "yes"
    if args.ground is not None:
        detail["ground"] = args.ground
    if args.eviction_reason is not None:
        detail["eviction_reason"] = args.eviction_reason
    if args.warm:
        detail["warm"] = True
    if args.by_corporation:
        detail["by_corporation"] = True
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        with store.transaction() as session:
            case = session.get(Case, args.case_id)
            if case is None:
                raise CliError(f"No case {args.case_id}.")
            event = record_event(
                session, case, args.kind, args.on or today, ctx, detail, today=today
            )
            event_id = event.id
    except EventProblem as exc:
        raise CliError(f"Event not recorded: {exc}") from exc
    print(f"Recorded event {event_id} ({args.kind}) on case {args.case_id}.")
    return EXIT_OK


def cmd_consent(args: argparse.Namespace) -> int:
    from app.services.events import EventProblem, record_consent, withdraw_consent

    store = _open(args)
    today = args.today or clock.today()
    on = args.on or today
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            if args.withdraw:
                withdraw_consent(session, case, args.purpose, on, today=today)
            else:
                record_consent(session, case, args.purpose, on, args.written, today=today)
    except EventProblem as exc:
        what = "withdrawn" if args.withdraw else "recorded"
        raise CliError(f"Consent not {what}: {exc}") from exc
    if args.withdraw:
        print(f"Consent '{args.purpose}' withdrawn on case {args.case_id} from {on}.")
    else:
        print(f"Consent '{args.purpose}' recorded on case {args.case_id}.")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.events import assign

    store = _open(args)
    ctx = _context(store)
    with store.transaction() as session:
        assign(session, _case_or_fail(session, args.case_id), args.assignee, ctx)
    who = args.assignee.strip() or "nobody"
    print(f"Case {args.case_id} assigned to {who}.")
    return EXIT_OK


def cmd_undo(args: argparse.Namespace) -> int:
    from app.models import Case, CaseEvent
    from app.services.events import EventProblem, undo_event

    store = _open(args)
    ctx = _context(store)
    try:
        with store.transaction() as session:
            event = session.get(CaseEvent, args.event_id)
            if event is None:
                raise CliError(f"No event {args.event_id}.")
            case = session.get(Case, event.case_id)
            assert case is not None
            undo_event(session, event, case, ctx)
    except EventProblem as exc:
        raise CliError(str(exc)) from exc
    print(f"Event {args.event_id} undone.")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "inbox": cmd_inbox,
    "case": cmd_case,
    "event": cmd_event,
    "consent": cmd_consent,
    "assign": cmd_assign,
    "undo": cmd_undo,
}
