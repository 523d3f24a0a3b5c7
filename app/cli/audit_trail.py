"""`vangnet audit`: the audit trail and its hash chain."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, Handler, _open, _positive, _print_json
from app.services.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser(
        "audit",
        help="the audit trail (no personal data); `audit verify` checks its hash chain",
        description="List the newest audit entries, or `verify` the whole trail: every entry "
        "carries the hash of the one before it, so a changed, removed or moved entry is found. "
        "verify exits 0 when the trail is intact and 1 naming the first entry that is not.",
    )
    p.add_argument("what", nargs="?", choices=("list", "verify"), default="list")
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--json", action="store_true")


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import AuditEntry

    store = _open(args)
    if args.what == "verify":
        return _verify_audit(store, as_json=args.json)
    with store.session() as session:
        rows = list(
            session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(args.limit))
        )
    items = [
        {
            "at": r.at.isoformat(timespec="seconds"),
            "actor": r.actor,
            "action": r.action,
            "object_type": r.object_type,
            "object_id": r.object_id,
            "result": r.result,
            "detail": r.detail,
        }
        for r in rows
    ]
    if args.json:
        _print_json(items)
    else:
        for i in items:
            print(
                f"{i['at']} {i['actor']:<12} {i['action']:<10} {i['object_type']}:"
                f"{i['object_id']} {i['result']} {i['detail']}"
            )
    return EXIT_OK


def _verify_audit(store: Store, *, as_json: bool) -> int:
    from app.services.audit_chain import verify

    with store.session() as session:
        report = verify(session)
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head": report.head_seq,
                "broken_id": report.broken_id,
                "broken_number": report.broken_seq,
                "reason": report.reason,
            }
        )
    elif report.ok:
        print(
            f"The audit trail is intact: {report.entries} entries, each linked to the one before."
        )
    else:
        print(f"The audit trail is broken: {report.reason}.", file=sys.stderr)
    return EXIT_OK if report.ok else 1


COMMANDS: dict[str, Handler] = {
    "audit": cmd_audit,
}
