"""Issue 15: the audit chain (writing and verifying) and a key change, on 10,000 cases."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from app.services import audit
from app.services.audit_chain import verify
from app.services.casework import load_context
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rekey import change_key
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from benchmarks.data import TODAY, signal_csv

ENTRIES = 10_000


def bench_privacy(tmp: Path, say: Callable[[str, str, str], None]) -> None:
    """`say(name, value, target)` prints one line (benchmarks.__main__.report)."""
    path = tmp / "privacy.db"
    old = DatabaseKey(passphrase="bench passphrase old 1")
    store = initialise(path, old, load_profile("haarlem"), "Bench")
    with store.transaction() as session:
        import_signals(session, signal_csv(10_000), load_context(session), today=TODAY)
    start = time.perf_counter()
    with store.transaction() as session:
        for n in range(ENTRIES):
            audit.record(session, "read", "case", n, detail="window")
    per = (time.perf_counter() - start) / ENTRIES * 1000
    say("audit entry written (hash chain), per entry", f"{per:.2f} ms", "<= 1 ms")
    start = time.perf_counter()
    with store.session() as session:
        checked = verify(session)
    secs = time.perf_counter() - start
    assert checked.ok
    say(f"audit verify, {checked.entries:,} entries", f"{secs:.2f} s", "<= 2 s")
    store.close()
    size = path.stat().st_size / 1e6
    start = time.perf_counter()
    change_key(path, old, DatabaseKey(passphrase="bench passphrase new 2"), actor="bench")
    say(f"key change, 10,000 cases ({size:.0f} MB)", f"{time.perf_counter() - start:.2f} s",
        "<= 30 s")
    _bench_retention(path, DatabaseKey(passphrase="bench passphrase new 2"), say)


ERASED = 1_000


def _bench_retention(path: Path, key: DatabaseKey, say: Callable[[str, str, str], None]) -> None:
    """Issue 15.1: 1,000 of the 10,000 cases ended long ago; erase them for real (cascade, FTS
    merge, secure_delete) and rebuild the file (VACUUM)."""
    from datetime import timedelta

    from app.services.retention import retention_plan, run_retention
    from app.services.store import open_store

    store = open_store(path, key)
    with store.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE cases SET status = 'niet_in_behandeling' "
            f"WHERE id IN (SELECT id FROM cases ORDER BY id LIMIT {ERASED})"
        )
    later = TODAY + timedelta(days=3 * 365)
    start = time.perf_counter()
    with store.session() as session:
        plan = retention_plan(session)
    millis = (time.perf_counter() - start) * 1000
    say(f"retention plan, {len(plan):,} ended cases", f"{millis:.0f} ms", "<= 500 ms")
    size = path.stat().st_size / 1e6
    start = time.perf_counter()
    run = run_retention(store, later)
    secs = time.perf_counter() - start
    assert len(run.erased) == ERASED and run.compacted
    say(f"retention run: erase {ERASED:,} of 10,000 cases + VACUUM ({size:.0f} MB)",
        f"{secs:.2f} s", "<= 30 s")
    store.close()
