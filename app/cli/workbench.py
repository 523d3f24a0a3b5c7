"""Command-line side of the SDV and troubleshooter workbenches and of the case handover.

vangnet inventory CASE                      the inventory and the repayment capacity
vangnet budget CASE --household ... --rent ... [--income L=A]... [--cost L=A]...
vangnet debt add CASE --creditor ... --kind ... --amount ...   /   debt remove CASE N
vangnet norm [--set TYPE=AMOUNT]... [--max-months N]
vangnet proposal arrangement|settlement|none|show|sent CASE ...
vangnet troubleshooter [--include-past] [--json]
vangnet handover export CASE... -o FILE --to sdv --person NAME
vangnet handover import FILE                (passphrase asked, or VANGNET_HANDOVER_PASSPHRASE)
vangnet handover list
"""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_KEY,
    EXIT_OK,
    EXIT_UNREACHABLE,
    CliError,
    Handler,
    _case_or_fail,
    _context,
    _interactive,
    _iso_date,
    _open,
    _positive,
    _print_json,
)
from app.services import clock

HANDOVER_PASSPHRASE_ENV = "VANGNET_HANDOVER_PASSPHRASE"


def _amount(text: str) -> Decimal:
    from app.services.money import AmountProblem, parse_amount

    try:
        return parse_amount(text)
    except AmountProblem as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _labelled(text: str) -> tuple[str, Decimal]:
    label, sep, amount = text.rpartition("=")
    if not sep or not label.strip():
        raise argparse.ArgumentTypeError(f"expected DESCRIPTION=AMOUNT, got {text!r}")
    return label.strip(), _amount(amount)


def register(sub: Any) -> None:
    from app.models import DEBT_KINDS
    from app.services.money import HOUSEHOLD_TYPES

    p = sub.add_parser("inventory", help="a case's debts, budget and repayment capacity (H 6.1)")
    p.add_argument("case_id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("budget", help="set a case's household budget (replaces it; the debts stay)")
    p.add_argument("case_id", type=int)
    p.add_argument("--household", required=True, choices=HOUSEHOLD_TYPES)
    p.add_argument("--children", type=int, default=0)
    p.add_argument("--rent", type=_amount, required=True, help="current monthly rent, e.g. 712,40")
    p.add_argument(
        "--income", type=_labelled, action="append", default=[], metavar="DESCRIPTION=AMOUNT"
    )
    p.add_argument(
        "--cost", type=_labelled, action="append", default=[], metavar="DESCRIPTION=AMOUNT"
    )

    p = sub.add_parser("debt", help="add or remove a debt in a case's inventory")
    dsub = p.add_subparsers(dest="debt_command", metavar="ACTION", required=True)
    d = dsub.add_parser("add", help="add a debt")
    d.add_argument("case_id", type=int)
    d.add_argument("--creditor", required=True)
    d.add_argument("--kind", required=True, choices=DEBT_KINDS)
    d.add_argument("--amount", type=_amount, required=True)
    d.add_argument("--preferential", action="store_true")
    d.add_argument("--established", type=_iso_date, help="date the debt was established")
    d = dsub.add_parser("remove", help="remove debt number N (as `inventory` lists them)")
    d.add_argument("case_id", type=int)
    d.add_argument("number", type=_positive)

    p = sub.add_parser(
        "norm", help="the office's living-cost norm and longest arrangement (no options: show)"
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="TYPE=AMOUNT",
        help=f"monthly norm for {', '.join(HOUSEHOLD_TYPES)} or per_child",
    )
    p.add_argument("--max-months", type=_positive, help="longest arrears arrangement (months)")

    p = sub.add_parser("proposal", help="payment proposals (H 6.2, 6.3, 7.3)")
    psub = p.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    a = psub.add_parser("arrangement", help="an arrears arrangement within the capacity (H 6.2)")
    a.add_argument("case_id", type=int)
    a.add_argument("--resume-rent-from", type=_iso_date, required=True)
    a.add_argument("--first", type=_iso_date, required=True, help="first instalment date")
    a.add_argument("--monthly", type=_amount, help="monthly amount (default: lowest that fits)")
    a.add_argument("--arrears", type=_amount, help="default: the inventory's rent arrears")
    a.add_argument("--today", type=_iso_date)
    s = psub.add_parser("settlement", help="amicable settlement offer, at most 36 months (H 7.3)")
    s.add_argument("case_id", type=int)
    s.add_argument("--resume-rent-from", type=_iso_date, required=True)
    s.add_argument("--months", type=_positive, default=36)
    s.add_argument("--today", type=_iso_date)
    n = psub.add_parser("none", help="no proposal possible yet; the corporation is informed")
    n.add_argument("case_id", type=int)
    n.add_argument("--resume-rent-from", type=_iso_date)
    n.add_argument("--today", type=_iso_date)
    w = psub.add_parser("show", help="the case's proposals, newest first")
    w.add_argument("case_id", type=int)
    w.add_argument("--json", action="store_true")
    t = psub.add_parser("sent", help="record that the current proposal went out (meets the term)")
    t.add_argument("case_id", type=int)
    t.add_argument("--on", type=_iso_date)
    t.add_argument("--today", type=_iso_date)

    p = sub.add_parser("troubleshooter", help="eviction-dated cases and what was tried (H 8)")
    p.add_argument("--include-past", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=_iso_date)

    p = sub.add_parser("handover", help="move cases to a colleague's laptop (encrypted package)")
    hsub = p.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    e = hsub.add_parser("export", help="write the cases into a package; prints its passphrase")
    e.add_argument("case_ids", type=int, nargs="+", metavar="CASE_ID")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.add_argument("--to", required=True, choices=("wijkteam", "sdv", "troubleshooter"))
    e.add_argument("--person", required=True, help="who receives the cases")
    e.add_argument("--today", type=_iso_date)
    i = hsub.add_parser("import", help="take in a package (asks its passphrase)")
    i.add_argument("file", type=Path)
    i.add_argument("--today", type=_iso_date)
    hsub.add_parser("list", help="packages made and received here")


# --- inventory -----------------------------------------------------------------------------


def _print_capacity(cap: Any) -> None:
    print("  repayment capacity (per month):")
    for line in cap.explain_nl().splitlines():
        print(f"  {line}")


def cmd_inventory(args: argparse.Namespace) -> int:
    from app.services.money import format_eur
    from app.services.sdv.inventory import case_capacity, load_inventory

    store = _open(args)
    with store.session() as session:
        _case_or_fail(session, args.case_id)
        inventory = load_inventory(session, args.case_id)
        cap = case_capacity(session, args.case_id)
    budget = inventory.budget
    if args.json:
        _print_json(
            {
                "case_id": args.case_id,
                "budget": None
                if budget is None
                else {
                    "household_type": budget.household_type,
                    "children": budget.children,
                    "rent": f"{budget.rent:.2f}",
                    "incomes": [[x.label, f"{x.monthly:.2f}"] for x in budget.incomes],
                    "fixed_costs": [[x.label, f"{x.monthly:.2f}"] for x in budget.fixed_costs],
                },
                "debts": [
                    {
                        "creditor": d.creditor,
                        "kind": d.kind,
                        "amount": f"{d.amount:.2f}",
                        "preferential": d.preferential,
                        "established_on": d.established_on.isoformat()
                        if d.established_on
                        else None,
                    }
                    for d in inventory.debts
                ],
                "total_debt": f"{inventory.total_debt:.2f}",
                "capacity": None if cap is None else f"{cap.monthly:.2f}",
            }
        )
        return EXIT_OK
    print(f"Inventory of case {args.case_id}")
    if budget is None:
        print("  no household budget yet (vangnet budget CASE ...)")
    if inventory.debts:
        print("  debts:")
        for n, debt in enumerate(inventory.debts, start=1):
            extra = " (preferential)" if debt.preferential else ""
            print(
                f"    {n}. {debt.creditor:<30} {debt.kind:<16} {format_eur(debt.amount):>13}{extra}"
            )
        print(f"    total {format_eur(inventory.total_debt)}")
    else:
        print("  no debts recorded")
    if cap is not None:
        _print_capacity(cap)
    return EXIT_OK


def _save(args: argparse.Namespace, change: Any) -> None:
    from app.services.money import BudgetProblem
    from app.services.sdv.inventory import load_inventory, save_inventory

    store = _open(args)
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            current = load_inventory(session, args.case_id)
            budget, debts = change(case, current)
            save_inventory(session, case, budget, debts)
    except BudgetProblem as exc:
        raise CliError(f"Not saved: {exc}.") from exc


def cmd_budget(args: argparse.Namespace) -> int:
    from app.services.money import Budget, BudgetLine, BudgetProblem

    try:
        budget = Budget(
            household_type=args.household,
            children=args.children,
            incomes=tuple(BudgetLine(label, amount) for label, amount in args.income),
            fixed_costs=tuple(BudgetLine(label, amount) for label, amount in args.cost),
            rent=args.rent,
        )
    except BudgetProblem as exc:
        raise CliError(f"Not saved: {exc}.") from exc
    _save(args, lambda case, current: (budget, current.debts))
    print(f"Saved the household budget of case {args.case_id}.")
    return EXIT_OK


def cmd_debt(args: argparse.Namespace) -> int:
    from app.services.sdv.inventory import DebtEntry

    if args.debt_command == "add":
        entry = DebtEntry(
            args.creditor, args.kind, args.amount, args.preferential, args.established
        )
        _save(args, lambda case, current: (current.budget, [*current.debts, entry]))
        print(f"Added the debt to case {args.case_id}.")
        return EXIT_OK

    def remove(case: Any, current: Any) -> Any:
        if args.number > len(current.debts):
            raise CliError(
                f"Case {args.case_id} has {len(current.debts)} debt(s); no number {args.number}."
            )
        debts = [d for n, d in enumerate(current.debts, start=1) if n != args.number]
        return current.budget, debts

    _save(args, remove)
    print(f"Removed debt {args.number} from case {args.case_id}.")
    return EXIT_OK


def cmd_norm(args: argparse.Namespace) -> int:
    from app.services.money import HOUSEHOLD_TYPES, BudgetProblem, format_eur
    from app.services.sdv.inventory import (
        living_cost_norm,
        max_arrangement_months,
        set_living_cost_norm,
        set_max_arrangement_months,
    )

    store = _open(args)
    try:
        with store.transaction() as session:
            norm = living_cost_norm(session)
            if args.set:
                monthly = dict(norm.monthly)
                per_child = norm.per_child
                for item in args.set:
                    kind, _, text = item.partition("=")
                    if not text or (kind not in HOUSEHOLD_TYPES and kind != "per_child"):
                        raise CliError(
                            f"Not changed: --set {item!r}: expected TYPE=AMOUNT with TYPE one of "
                            f"{', '.join(HOUSEHOLD_TYPES)}, per_child."
                        )
                    try:
                        amount = _amount(text)
                    except argparse.ArgumentTypeError as exc:
                        raise CliError(f"Not changed: --set {item!r}: {exc}.") from exc
                    if kind == "per_child":
                        per_child = amount
                    else:
                        monthly[kind] = amount
                norm = replace(norm, monthly=monthly, per_child=per_child)
                set_living_cost_norm(session, norm)
            if args.max_months:
                set_max_arrangement_months(session, args.max_months)
            months = max_arrangement_months(session)
    except BudgetProblem as exc:
        raise CliError(f"Not changed: {exc}.") from exc
    print("Living-cost norm per month (office setting):")
    for kind in HOUSEHOLD_TYPES:
        print(f"  {kind:<20} {format_eur(norm.monthly[kind]):>11}")
    print(f"  {'per child':<20} {format_eur(norm.per_child):>11}")
    print(f"Longest arrears arrangement: {months} months")
    return EXIT_OK


# --- proposals -----------------------------------------------------------------------------


def _print_proposal(view: Any) -> None:
    from app.services.money import format_eur

    state = f"sent {view.sent_on.isoformat()}" if view.sent_on else "not sent"
    if view.withdrawn:
        state = "replaced"
    print(f"Proposal {view.id} ({view.kind}, made {view.made_on.isoformat()}, {state})")
    print(f"  {view.summary_nl}")
    snap = view.snapshot
    if "arrangement" in snap:
        print("  schedule:")
        for number, due, amount, remaining in snap["arrangement"]["schedule"]:
            print(
                f"    {number:>3}  {due}  {format_eur(Decimal(amount)):>12}  "
                f"remaining {format_eur(Decimal(remaining))}"
            )
    if "settlement" in snap:
        print("  shares:")
        for share in snap["settlement"]["shares"]:
            print(
                f"    {share['creditor']:<30} debt {format_eur(Decimal(share['debt'])):>12}  "
                f"share {format_eur(Decimal(share['share'])):>12}"
            )


def cmd_proposal(args: argparse.Namespace) -> int:
    from app.services.money import BudgetProblem
    from app.services.sdv import proposals

    store = _open(args)
    action = args.proposal_command
    if action == "show":
        with store.session() as session:
            _case_or_fail(session, args.case_id)
            views = proposals.proposals_of(session, args.case_id)
        if args.json:
            _print_json(
                [
                    {
                        "id": v.id,
                        "kind": v.kind,
                        "made_on": v.made_on.isoformat(),
                        "sent_on": v.sent_on.isoformat() if v.sent_on else None,
                        "replaced": v.withdrawn,
                        "snapshot": v.snapshot,
                    }
                    for v in views
                ]
            )
        elif not views:
            print(f"Case {args.case_id} has no proposals yet.")
        for v in [] if args.json else views:
            _print_proposal(v)
        return EXIT_OK
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        with store.transaction() as session:
            case = _case_or_fail(session, args.case_id)
            if action == "sent":
                current = proposals.current_proposal(session, case.id)
                if current is None:
                    raise CliError(f"Case {case.id} has no proposal to send.")
                event = proposals.mark_proposal_sent(
                    session, current.id, ctx, args.on or today, today=today
                )
                print(
                    f"Recorded that proposal {current.id} was sent ({event.kind}); the "
                    "`proposal` deadline is met."
                )
                return EXIT_OK
            if action == "arrangement":
                view = proposals.propose_arrangement(
                    session,
                    case,
                    today=today,
                    resume_rent_from=args.resume_rent_from,
                    first_instalment=args.first,
                    monthly=args.monthly,
                    arrears=args.arrears,
                )
            elif action == "settlement":
                view = proposals.propose_settlement(
                    session,
                    case,
                    today=today,
                    resume_rent_from=args.resume_rent_from,
                    months=args.months,
                )
            else:
                view = proposals.record_no_proposal(
                    session, case, today=today, resume_rent_from=args.resume_rent_from
                )
    except BudgetProblem as exc:
        raise CliError(f"No proposal made: {exc}.") from exc
    except ValueError as exc:  # EventProblem from mark_proposal_sent
        raise CliError(f"Not recorded: {exc}.") from exc
    _print_proposal(view)
    if view.kind == "none_possible":
        print(
            "  No proposal is possible yet: send the proposal letter to inform the corporation "
            "(H 6.3): vangnet letter CASE --kind proposal -o FILE.pdf"
        )
    return EXIT_OK


# --- troubleshooter ------------------------------------------------------------------------


def cmd_troubleshooter(args: argparse.Namespace) -> int:
    from app.services.troubleshooter_desk import eviction_cases

    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    with store.session() as session:
        rows = eviction_cases(session, ctx, today, include_past=args.include_past)
    if args.json:
        _print_json(
            [
                {
                    "case_id": r.case_id,
                    "naam": r.tenant_name,
                    "corporatie": r.corporation,
                    "referentie": r.reference,
                    "ontruimingsdatum": r.eviction_date.isoformat() if r.eviction_date else None,
                    "dagen": r.days_left,
                    "werkdagen": r.working_days_left,
                    # issue 16.4: how close, on the profile's own scale for the date
                    "nabijheid": r.proximity or None,
                    "deurwaarder": r.bailiff_date.isoformat() if r.bailiff_date else None,
                    "nabijheid_deurwaarder": r.bailiff_proximity or None,
                    # H 2.3: handed to the troubleshooter (on, reason code), or None
                    "ingeschakeld": (
                        {"datum": r.called_in.on.isoformat(), "reden": r.called_in.reason or None}
                        if r.called_in
                        else None
                    ),
                    "flags": list(r.flags),
                    "laatste_acties": [
                        {"datum": a.on.isoformat(), "soort": a.kind} for a in r.last_actions
                    ],
                    "geprobeerd": {
                        "contactpogingen": r.tried.contact_attempts,
                        "bereikt": r.tried.reached,
                        "voorstellen": r.tried.proposals,
                        "regelingen": r.tried.arrangements,
                        "weigeringen": r.tried.refusals,
                        "instrumenten": [
                            {"instrument": i, "datum": d.isoformat()}
                            for i, d in r.tried.instruments
                        ],
                    },
                    "contact_corporatie": r.contact.as_json() if r.contact else None,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("No open cases with an eviction date or handed to the troubleshooter.")
        return EXIT_OK
    for r in rows:
        if r.eviction_date is None or r.days_left is None:
            assert r.called_in is not None
            why = {"specifieke_vraag": "specific question (H 2.3a)", "stagnatie": "stuck (H 2.3b)"}
            print(
                f"#{r.case_id}  no eviction date; called in {r.called_in.on.isoformat()}: "
                f"{why.get(r.called_in.reason, 'handed over (H 2.3)')}  {r.corporation} "
                f"{r.reference}  {r.tenant_name}"
            )
        else:
            if r.days_left >= 0:
                when = (
                    f"in {r.days_left} days, {r.working_days_left} working days; {r.proximity}"
                )
            else:  # a fact now, not a missed term (issue 16.4)
                when = f"date was {-r.days_left} days ago"
            print(
                f"#{r.case_id}  eviction {r.eviction_date.isoformat()} ({when})  "
                f"{r.corporation} {r.reference}  {r.tenant_name}"
            )
        t = r.tried
        print(
            f"    tried: {t.contact_attempts} contact attempt(s), {t.reached} reached; "
            f"{t.proposals} proposal(s); {t.arrangements} arrangement(s); {t.refusals} refusal(s)"
            + (
                "; instruments: " + ", ".join(f"{i} {d.isoformat()}" for i, d in t.instruments)
                if t.instruments
                else ""
            )
        )
        if r.last_actions:
            last = ", ".join(f"{a.on.isoformat()} {a.kind}" for a in r.last_actions)
            print(f"    last: {last}")
        if r.flags:
            print(f"    flags: {', '.join(r.flags)}")
        if r.contact:
            reach = " / ".join(x for x in (r.contact.phone, r.contact.email) if x)
            print(f"    corporation contact: {r.contact.name} {reach}")
    return EXIT_OK


# --- handover ------------------------------------------------------------------------------


def _handover_passphrase() -> str:
    secret = os.environ.get(HANDOVER_PASSPHRASE_ENV)
    if secret:
        return secret
    if not _interactive():
        raise CliError(
            f"The package's passphrase is needed: set {HANDOVER_PASSPHRASE_ENV} or run in a "
            "terminal.",
            EXIT_KEY,
        )
    try:
        return getpass.getpass("Passphrase of the handover package: ")
    except (EOFError, KeyboardInterrupt):
        raise CliError("No passphrase given; nothing was imported.", EXIT_KEY) from None


def cmd_handover(args: argparse.Namespace) -> int:
    from app.services.handover.exchange import (
        HandoverProblem,
        export_handover,
        import_handover,
    )
    from app.services.handover.payload import PayloadProblem
    from app.services.handover.sealed import PackageProblem
    from app.services.letters.files import FolderProblem

    action = args.handover_command
    if action == "list":
        return _handover_list(args)
    if action == "export":
        target = Path(args.output).expanduser()
        if target.is_dir():
            raise CliError(f"{target} is a folder; give the name of the package file to write.")
        if not target.parent.is_dir():
            raise CliError(f"The folder {target.parent} does not exist.", EXIT_UNREACHABLE)
        if target.exists():
            raise CliError(f"{target} already exists; choose another name.")
        store = _open(args)
        ctx = _context(store)
        try:
            result = export_handover(
                store,
                args.case_ids,
                target,
                ctx,
                to_role=args.to,
                receiver=args.person,
                today=args.today or clock.today(),
                passphrase=os.environ.get(HANDOVER_PASSPHRASE_ENV) or None,
            )
        except HandoverProblem as exc:
            raise CliError(f"Nothing was handed over: {exc}.") from exc
        except FolderProblem as exc:
            raise CliError(f"Nothing was handed over: {exc}.", EXIT_UNREACHABLE) from exc
        ids = ", ".join(str(i) for i in result.case_ids)
        print(f"Wrote {result.path} ({len(result.case_ids)} case(s): {ids}).")
        print(f"Passphrase: {result.passphrase}")
        print(
            "Give the passphrase to the receiver by another channel (phone), never with the "
            "file. The cases are marked as handed over here."
        )
        return EXIT_OK
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"No file {source}.", EXIT_UNREACHABLE)
    store = _open(args)
    ctx = _context(store)
    secret = _handover_passphrase()
    try:
        outcome = import_handover(store, source, secret, ctx, today=args.today or clock.today())
    except PackageProblem as exc:
        code = EXIT_KEY if exc.code == "wrong_passphrase" else 1
        raise CliError(f"{source.name}: {exc}", code) from exc
    except (PayloadProblem, HandoverProblem) as exc:
        raise CliError(f"{source.name}: {exc}") from exc
    if outcome.already_imported_on is not None:
        print(
            f"This package was already imported on "
            f"{outcome.already_imported_on:%Y-%m-%d %H:%M}; nothing changed."
        )
        return EXIT_OK
    print(
        f"Imported the handover from {outcome.sender}: {len(outcome.created)} new case(s), "
        f"{len(outcome.merged)} merged ({outcome.rows_added} timeline/notes/consents/documents/"
        "proposals rows added)."
    )
    for cid in outcome.case_ids:
        print(f"  case {cid}")
    return EXIT_OK


def _handover_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import HandoverPackage

    store = _open(args)
    with store.session() as session:
        rows = list(session.scalars(select(HandoverPackage).order_by(HandoverPackage.at.desc())))
    if not rows:
        print("No handover packages made or received here yet.")
    for r in rows:
        arrow = "to" if r.direction == "export" else "from"
        print(
            f"{r.at:%Y-%m-%d %H:%M}  {r.direction:<6} {arrow} {r.counterpart:<24} "
            f"{r.case_count} case(s)  {r.file_name}"
        )
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "inventory": cmd_inventory,
    "budget": cmd_budget,
    "debt": cmd_debt,
    "norm": cmd_norm,
    "proposal": cmd_proposal,
    "troubleshooter": cmd_troubleshooter,
    "handover": cmd_handover,
}
