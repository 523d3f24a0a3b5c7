"""Desktop figures: cold start to a shown window, and a filter keystroke on a large inbox."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.services.keys import recovery_key_for
from benchmarks.data import RAW_KEY, TODAY


def cold_start_seconds(db: Path, runs: int = 3) -> float:
    """Process start → main window rendered to a PNG (Python, Qt, unlock, first page)."""
    assert RAW_KEY.raw is not None
    env = {
        **os.environ,
        "VANGNET_PASSPHRASE": recovery_key_for(RAW_KEY.raw),
        "VANGNET_DB": str(db),
        "QT_QPA_PLATFORM": "offscreen",
    }
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "gui",
                    "--screenshot",
                    f"{tmp}/{i}.png",
                    "--today",
                    TODAY.isoformat(),
                ],
                env=env,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def filter_keystroke_ms(db: Path) -> dict[str, float]:
    """Time from a filter change to the updated first page, per kind of filter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services.store import open_store
    from app.services.workspace import open_workspace
    from app.ui.main_window import MainWindow
    from app.ui.troubleshooter_page import TroubleshooterPage

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(open_store(db, RAW_KEY), clock=lambda: TODAY)
    window = MainWindow(ws, db)
    window.show()
    app.processEvents()
    page = window.current_list()
    results: dict[str, float] = {}

    def measure(name: str, change: object) -> None:
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            change()  # type: ignore[operator]
            page.refresh()
            app.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
        results[name] = statistics.median(samples)

    measure("search 'jansen'", lambda: page.search.setText("jansen"))
    measure("search '2034'", lambda: page.search.setText("2034"))
    page.search.setText("")
    measure("corporation", lambda: page.corporation.setCurrentIndex(1))
    page.corporation.setCurrentIndex(0)
    measure("priority reason", lambda: page.reason.setCurrentIndex(page.reason.findData("65plus")))
    page.reason.setCurrentIndex(0)
    measure("only overdue", lambda: page.overdue.setChecked(True))
    page.overdue.setChecked(False)
    start = time.perf_counter()
    window.show_view("desk")  # loads every open eviction-dated case into the desk
    app.processEvents()
    results["desk"] = (time.perf_counter() - start) * 1000
    desk = window.stack.currentWidget()
    assert isinstance(desk, TroubleshooterPage)
    results["desk_rows"] = float(desk.table.rowCount())
    window.close()
    return results


def filter_keystroke_ms_isolated(db: Path) -> dict[str, float]:
    """The same, in a child process (Qt's teardown at interpreter exit stays out of ours)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui", str(db)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


if __name__ == "__main__":
    print(json.dumps(filter_keystroke_ms(Path(sys.argv[1]))), flush=True)
    os._exit(0)  # skip PySide's interpreter-exit teardown
