"""A separate Vangnet process for the concurrency tests: records events or imports signals.

    python -m tests.store.writer_process DB PASSPHRASE events CASE_ID COUNT DAY
    python -m tests.store.writer_process DB PASSPHRASE import CSV_FILE DAY

Prints the number of failed writes (and each failure's type on stderr); exit status 0.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.models import Case
from app.services.casework import load_context
from app.services.events import record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.store import open_store


def main(argv: list[str]) -> int:
    db, passphrase, what, *rest = argv
    store = open_store(Path(db), DatabaseKey(passphrase=passphrase))
    with store.session() as session:
        ctx = load_context(session)
    failures = 0
    try:
        if what == "events":
            case_id, count, day = int(rest[0]), int(rest[1]), date.fromisoformat(rest[2])
            for _ in range(count):
                try:
                    with store.transaction() as session:
                        case = session.get(Case, case_id)
                        assert case is not None
                        detail = {"method": "telefoon", "reached": False}
                        record_event(
                            session, case, "contact_attempt", day, ctx, detail, today=day
                        )
                except Exception as exc:  # counted: the test expects none
                    failures += 1
                    print(type(exc).__name__, file=sys.stderr)
        else:
            data, day = Path(rest[0]).read_bytes(), date.fromisoformat(rest[1])
            try:
                with store.transaction() as session:
                    report = import_signals(session, data, ctx, today=day)
                    failures += len(report.errors)
            except Exception as exc:
                failures += 1
                print(type(exc).__name__, file=sys.stderr)
    finally:
        store.close()
    print(failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
