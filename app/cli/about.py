"""`vangnet about`: what this installation runs on, for IT support and the frozen-app smoke test.

It opens no database and shows nothing personal: the version, whether this is the frozen app,
where the data and the log live, which keyring is used, the letter font, the SQLCipher and Qt
versions, and whether the Dutch window text (and Qt's own Dutch) can be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import __version__
from app.cli.common import Handler


def _keyring() -> dict[str, Any]:
    from importlib.metadata import entry_points

    from app.services.keys import keyring_status

    status = keyring_status()
    # the backends keyring can choose from (its entry points: a frozen app must carry them)
    known = []
    for point in entry_points(group="keyring.backends"):
        try:
            point.load()
        except Exception:  # a backend for another system may not import here
            continue
        known.append(point.name)
    return {
        "backend": status.backend,
        "usable": status.usable,
        "reason": status.reason,
        "known": sorted(known),
    }


def _sqlcipher() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else "unknown"


def _translations() -> dict[str, Any]:
    """Loads the catalogues the way the window does (app/ui/i18n.py), without a window."""
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion

    from app.ui import i18n

    ours = QTranslator()
    path = i18n.TRANSLATIONS / "vangnet_nl.qm"
    loaded = ours.load(str(path)) and not ours.isEmpty()
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return {
        "qt": qVersion(),
        "dutch_catalogue": str(path),
        "dutch_loaded": loaded,
        "dutch_language": ours.language() if loaded else "",
        "qt_dutch_loaded": qt.load("qtbase_nl", qt_dir),
    }


def about() -> dict[str, Any]:
    from app.services.errors import log_path
    from app.services.letters.fonts import letter_fonts
    from app.services.store import default_db_path

    db = default_db_path()
    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "platform": sys.platform,
        "utf8_mode": bool(sys.flags.utf8_mode),
        "database": str(db),
        "database_exists": db.exists(),
        "log": str(log_path()),
        "keyring": _keyring(),
        "letter_font": letter_fonts().source,
        "sqlcipher": _sqlcipher(),
        **_translations(),
    }


def cmd_about(args: argparse.Namespace) -> int:
    info = about()
    if args.db:  # `vangnet --db FILE about`: the database this command line would open
        db = Path(args.db).expanduser()
        info["database"], info["database_exists"] = str(db), db.exists()
    code = 0 if info["dutch_loaded"] else 1  # a script can tell a broken installation
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return code
    ring = info["keyring"]
    lines = [
        f"Vangnet {info['version']}" + (" (frozen app)" if info["frozen"] else ""),
        f"Program:     {info['executable']}",
        f"Database:    {info['database']}"
        + ("" if info["database_exists"] else "  (not created yet)"),
        f"Log:         {info['log']}",
        f"Keyring:     {ring['backend']}"
        + ("" if ring["usable"] else f"  (not usable: {ring['reason']})"),
        f"             known backends: {', '.join(ring['known']) or 'none'}",
        f"Letter font: {info['letter_font']}",
        f"SQLCipher:   {info['sqlcipher']}",
        f"Qt:          {info['qt']}",
        "Dutch text:  "
        + (
            f"{info['dutch_catalogue']} ({info['dutch_language']})"
            if info["dutch_loaded"]
            else f"MISSING: {info['dutch_catalogue']} cannot be loaded"
        ),
        "Qt in Dutch: "
        + ("yes" if info["qt_dutch_loaded"] else "no (Qt's own buttons in English)"),
    ]
    print("\n".join(lines))
    return code


def register(sub: Any) -> None:
    p = sub.add_parser(
        "about",
        help="version, data folder, keyring, fonts and translations of this installation",
        description="What this installation runs on (no personal data; opens no database). "
        "Exit status 1 when the Dutch window text cannot be loaded.",
    )
    p.add_argument("--json", action="store_true")


COMMANDS: dict[str, Handler] = {"about": cmd_about}
