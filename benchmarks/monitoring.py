"""Issue 18: the monitoring report over a large office, from SQL aggregates (target <= 2 s).

Every figure of the half year over 100,000 demo cases, then the evaluation pack (PDF) and the
workbook from that report — the writing is shown for information.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from app.services.casework import load_context
from app.services.letters.letterhead import load_letterhead
from app.services.monitoring import export
from app.services.monitoring.pdf import write_pack
from app.services.monitoring.period import parse_period
from app.services.monitoring.report import build_report
from benchmarks.data import TODAY, demo_database, open_cached
from benchmarks.timing import timed

Say = Callable[[str, str, str], None]


def bench_monitoring(cases: int, say: Say) -> None:
    store = open_cached(demo_database(cases))
    period = parse_period("2026H2")
    with store.session() as session:
        ctx = load_context(session)

        def build() -> object:
            return build_report(session, ctx, period, made_on=TODAY)

        build()  # warm the page cache once
        ms = timed(build, 3)
        report = build_report(session, ctx, period, made_on=TODAY)
        letterhead = load_letterhead(session, "")
    store.close()
    say(f"monitoring report, half year, {cases:,} cases", f"{ms / 1000:.2f} s", "<= 2 s")
    with tempfile.TemporaryDirectory(prefix="vangnet-bench-") as tmp_name:
        tmp = Path(tmp_name)
        pdf = timed(lambda: write_pack(report, letterhead, tmp / "pack.pdf"), 3)
        xlsx = timed(lambda: export.write_xlsx(report, tmp / "m.xlsx"), 3)
    say("evaluation pack (PDF) from that report", f"{pdf:.0f} ms", "(info)")
    say("workbook (XLSX) from that report", f"{xlsx:.0f} ms", "(info)")
