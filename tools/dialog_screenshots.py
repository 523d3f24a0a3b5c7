"""Render the event dialogs, in Dutch, to PNG files (called by tools/screenshots.sh).

    python tools/dialog_screenshots.py OUTDIR [SUFFIX]

Set QT_SCALE_FACTOR=1.5 to draw them as on a 1920 x 1080 screen at 150 %.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

KINDS = (
    "contact_attempt",
    "taken_on",
    "closed",
    "eviction_date_set",
    "bailiff_date_set",
    "handover",
    "instrument_deployed",
)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n
    from app.ui.event_dialog import EventDialog
    from app.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet(STYLE)
    i18n.install(app, "nl")
    out = Path(argv[0])
    suffix = argv[1] if len(argv) > 1 else ""
    out.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        dialog = EventDialog(kind, date(2026, 11, 23), ("budgetbeheer", "beschermingsbewind"))
        dialog.show()
        for _ in range(5):
            app.processEvents()
        target = out / f"event-{kind.replace('_', '-')}{suffix}.png"
        dialog.grab().save(str(target))
        dialog.close()
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
