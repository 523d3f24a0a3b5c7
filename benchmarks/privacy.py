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
