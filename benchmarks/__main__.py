"""`make bench`: the speed targets of the foundation and rules-engine issues, as figures.

Timed assertions stay out of the test suite (noisy machines); this prints medians and the
target next to each, and exits non-zero only if something crashes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.services.casework import load_context, recompute_all, set_office_closures
from app.services.inbox import RANKED_IDS_SQL, inbox
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import open_store, raw_connect
from benchmarks.cli_start import bench_cli_start
from benchmarks.data import RAW_KEY, TODAY, demo_database, open_cached, signal_csv
from benchmarks.everyday import bench_navigation_counts, bench_workbook_import
from benchmarks.monitoring import bench_monitoring
from benchmarks.privacy import bench_privacy
from benchmarks.timing import timed

RESULTS: list[tuple[str, str, str]] = []


def report(name: str, value: str, target: str) -> None:
    RESULTS.append((name, value, target))
    print(f"{name:<58} {value:>14}   target {target}", flush=True)


def bench_open(tmp: Path) -> None:
    path = tmp / "open.db"
    initialise(path, RAW_KEY, load_profile("haarlem"), "Bench").close()
    ms = timed(lambda: open_store(path, RAW_KEY).close(), 30)
    report("open with a raw key (incl. schema check)", f"{ms:.1f} ms", "<= 50 ms")
    pp = tmp / "open-pass.db"
    key = DatabaseKey(passphrase="benchmark passphrase 2026")
    initialise(pp, key, load_profile("haarlem"), "Bench").close()
    ms = timed(lambda: open_store(pp, key).close(), 5)
    report("open with a passphrase (PBKDF2, for comparison)", f"{ms:.1f} ms", "(info)")


def bench_inbox(cases: int) -> float:
    path = demo_database(cases)
    store = open_cached(path)
    with store.session() as session:
        ctx = load_context(session)
        inbox(session, TODAY, ctx, limit=50)  # warm the page cache once
        ms = timed(lambda: inbox(session, TODAY, ctx, limit=50), 30)
        later = timed(lambda: inbox(session, date(2027, 3, 1), ctx, limit=50), 10)
    store.close()
    report(f"inbox top-50 on {cases:,} cases (today)", f"{ms:.1f} ms", "<= 50 ms")
    report(f"inbox top-50 on {cases:,} cases (as of 2027-03-01)", f"{later:.1f} ms", "(info)")
    size = path.stat().st_size
    report(
        f"database size, {cases:,} cases",
        f"{size / 1e6:.0f} MB",
        f"{size / 1e6 * 100_000 / cases:.0f} MB per 100,000",
    )
    return ms


def bench_plain_vs_cipher(cases: int, tmp: Path) -> None:
    path = demo_database(cases)
    plain = tmp / "plain.db"
    conn = raw_connect(path, RAW_KEY, configure=False)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    params = {"day": TODAY.isoformat(), "limit": 50, "offset": 0}

    def run(c: object) -> None:
        c.execute(RANKED_IDS_SQL, params).fetchall()  # type: ignore[attr-defined]

    run(conn)
    cipher_ms = timed(lambda: run(conn), 50)
    conn.close()
    pconn = sqlite3.connect(plain)
    run(pconn)
    plain_ms = timed(lambda: run(pconn), 50)
    pconn.close()
    report(f"ranking query, SQLCipher, {cases:,} cases", f"{cipher_ms:.2f} ms", "(info)")
    report(f"ranking query, plain SQLite, {cases:,} cases", f"{plain_ms:.2f} ms", "(info)")
    report("SQLCipher / plain SQLite", f"{cipher_ms / plain_ms:.2f}x", "(info)")


def bench_import(tmp: Path, rows: int) -> None:
    data = signal_csv(rows)
    path = tmp / "import.db"
    store = initialise(path, RAW_KEY, load_profile("haarlem"), "Bench")
    start = time.perf_counter()
    with store.transaction() as session:
        rep = import_signals(session, data, load_context(session), today=TODAY)
    secs = time.perf_counter() - start
    assert not rep.errors, rep.errors[:3]
    assert len(rep.created) == rows
    report(f"import of a {rows:,}-row CSV ({len(data) / 1e6:.1f} MB)", f"{secs:.2f} s", "<= 5 s")
    store.close()


def bench_recompute(cases: int, tmp: Path) -> None:
    source = demo_database(cases)
    copy = tmp / "recompute.db"
    conn = raw_connect(source, RAW_KEY, configure=False)
    conn.execute("ATTACH DATABASE ? AS c KEY ?", (str(copy), f"x'{bytes(range(32)).hex()}'"))
    conn.execute("SELECT sqlcipher_export('c')")
    conn.execute("DETACH DATABASE c")
    conn.close()
    store = open_store(copy, RAW_KEY)
    start = time.perf_counter()
    with store.transaction() as session:
        set_office_closures(session, [date(2026, 11, 25), date(2026, 12, 24)])
        n = recompute_all(session, load_context(session))
    secs = time.perf_counter() - start
    report(f"recompute all deadlines after a calendar change ({n:,})", f"{secs:.2f} s", "<= 10 s")
    with store.transaction() as session:
        for table in ("case_deadlines", "priority_periods", "rank_segments"):
            session.execute(text(f"DELETE FROM {table}"))
    start = time.perf_counter()
    with store.transaction() as session:
        recompute_all(session, load_context(session))
    secs = time.perf_counter() - start
    report(f"recompute from scratch, every row rewritten ({n:,})", f"{secs:.2f} s", "(info)")
    store.close()


def bench_gui(cases: int) -> None:
    from benchmarks.gui import cold_start_seconds, filter_keystroke_ms_isolated

    db = demo_database(cases)
    report(
        "window shown from a cold start (process start to PNG)",
        f"{cold_start_seconds(db):.2f} s",
        "<= 2 s",
    )
    figures = filter_keystroke_ms_isolated(db)
    desk_ms, desk_rows = figures.pop("desk"), figures.pop("desk_rows")
    report(
        f"troubleshooter desk opened ({desk_rows:,.0f} eviction-dated of {cases:,})",
        f"{desk_ms:.0f} ms",
        "(info)",
    )
    for name, ms in figures.items():
        report(
            f"filter keystroke to updated inbox, {name} ({cases:,})", f"{ms:.0f} ms", "<= 100 ms"
        )


def bench_letters_and_contacts() -> None:
    from benchmarks.contacts import contacts_sync_seconds
    from benchmarks.letters import batch_seconds, one_letter_ms

    report(
        "one feedback letter, in-process (PDF + timeline + audit)",
        f"{one_letter_ms():.1f} ms",
        "<= 100 ms",
    )
    report(
        "500 feedback letters in a batch (+ combined PDF)", f"{batch_seconds(500):.1f} s", "<= 30 s"
    )
    report("contact list sync, 5,000 rows", f"{contacts_sync_seconds(5000):.2f} s", "<= 2 s")


def bench_handover() -> None:
    from benchmarks.handover import handover_seconds

    exported, imported, size, merged = handover_seconds(1000)
    report("handover export, 1,000 cases (sealed package)", f"{exported:.2f} s", "(info)")
    report("handover import, 1,000 cases (new on this laptop)", f"{imported:.2f} s", "(info)")
    report(
        "handover export + import, 1,000 cases", f"{exported + imported:.2f} s", "<= 10 s"
    )
    report("handover package size, 1,000 cases", f"{size / 1e6:.1f} MB", "(info)")
    report("handover back: import merging 1,000 known cases", f"{merged:.2f} s", "(info)")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="10k/100k instead of 100k/1M")
    parser.add_argument(
        "--only",
        choices=("handover", "privacy", "everyday", "cli", "monitoring"),
        help="run just this group",
    )
    args = parser.parse_args()
    if args.only == "handover":
        bench_handover()
        return 0
    if args.only == "privacy":
        with tempfile.TemporaryDirectory(prefix="vangnet-bench-") as tmp_name:
            bench_privacy(Path(tmp_name), report)
        return 0
    if args.only == "cli":
        with tempfile.TemporaryDirectory(prefix="vangnet-bench-") as tmp_name:
            bench_cli_start(Path(tmp_name), report)
        return 0
    small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    if args.only == "monitoring":
        bench_monitoring(small, report)
        return 0
    if args.only == "everyday":
        with tempfile.TemporaryDirectory(prefix="vangnet-bench-") as tmp_name:
            bench_navigation_counts(small, report)
            bench_workbook_import(Path(tmp_name), 10_000, report)
        return 0
    print(f"Vangnet benchmarks on {os.cpu_count()} cores (medians)\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="vangnet-bench-") as tmp_name:
        tmp = Path(tmp_name)
        bench_open(tmp)
        bench_import(tmp, 10_000)
        base = bench_inbox(small)
        big = bench_inbox(large)
        report(f"inbox ratio {large:,} / {small:,}", f"{big / base:.2f}x", "<= 1.5x")
        bench_plain_vs_cipher(small, tmp)
        bench_recompute(small, tmp)
        bench_gui(small)
        bench_letters_and_contacts()
        bench_handover()
        bench_privacy(tmp, report)
        bench_navigation_counts(small, report)
        bench_workbook_import(tmp, 10_000, report)
        bench_cli_start(tmp, report)
        bench_monitoring(small, report)
        with contextlib.suppress(OSError):
            (tmp / "plain.db").unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
