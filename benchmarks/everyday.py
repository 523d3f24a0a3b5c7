"""Issue 16: the navigation's counts on a large office, and a workbook import against a CSV one.

The counts are read after every change in the window (four counts: inbox, mine, this week, the
troubleshooter's desk), so they must stay well under what a click feels like (<= 100 ms).
A corporation's export as .xlsx takes the same path as a CSV after reading; the reading itself
is what a workbook adds.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable
from pathlib import Path

from app.services.casework import load_context
from app.services.intake.importer import import_signals
from app.services.navigation_counts import navigation_counts
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from benchmarks.data import RAW_KEY, TODAY, demo_database, open_cached, signal_csv
from benchmarks.timing import timed

Say = Callable[[str, str, str], None]


def bench_navigation_counts(cases: int, say: Say) -> None:
    store = open_cached(demo_database(cases))
    with store.session() as session:
        ctx = load_context(session)
        navigation_counts(session, ctx, TODAY, "a.jansen")  # warm the page cache once
        ms = timed(lambda: navigation_counts(session, ctx, TODAY, "a.jansen"), 10)
    store.close()
    say(f"navigation counts (4 views + urgency), {cases:,} cases", f"{ms:.1f} ms", "<= 100 ms")


def _as_workbook(data: bytes) -> bytes:
    """The CSV's rows in a workbook's first sheet, as text cells (what an export holds)."""
    import openpyxl

    lines = data.decode("cp1252").splitlines()
    if lines and lines[0].lower().startswith("sep="):
        lines = lines[1:]
    delimiter = ";" if lines and lines[0].count(";") >= lines[0].count(",") else ","
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Meldingen")
    for row in csv.reader(lines, delimiter=delimiter):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bench_workbook_import(tmp: Path, rows: int, say: Say) -> None:
    data = signal_csv(rows)
    workbook = _as_workbook(data)
    results = {}
    for name, payload, source in (("CSV", data, "meldingen.csv"), ("xlsx", workbook, "m.xlsx")):
        path = tmp / f"import-{name}.db"
        store = initialise(path, RAW_KEY, load_profile("haarlem"), "Bench")
        start = time.perf_counter()
        with store.transaction() as session:
            rep = import_signals(
                session, payload, load_context(session), today=TODAY, source_name=source
            )
        results[name] = time.perf_counter() - start
        assert not rep.errors, rep.errors[:3]
        assert len(rep.created) == rows
        store.close()
    say("import of the same rows as CSV, for comparison", f"{results['CSV']:.2f} s", "(info)")
    say(
        f"import of a {rows:,}-row workbook (.xlsx, {len(workbook) / 1e6:.1f} MB)",
        f"{results['xlsx']:.2f} s",
        f"<= 2x the CSV (here {results['xlsx'] / results['CSV']:.2f}x)",
    )
