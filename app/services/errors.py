"""Logging unexpected errors without personal data: exception type and code locations only.

Exception messages are left out on purpose: database errors quote parameters, and parameters
are names and addresses.
"""

from __future__ import annotations

import secrets
import traceback
from pathlib import Path

from app.services import clock


def log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Vangnet", appauthor=False)) / "vangnet.log"


def scrub(exc: BaseException) -> str:
    """The stack as file:line in function, plus the exception's type — nothing else."""
    lines = []
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n" + "\n".join(lines)


def log_unexpected(exc: BaseException) -> str:
    ref = secrets.token_hex(4).upper()
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"{clock.now().isoformat(timespec='seconds')} [{ref}] {scrub(exc)}\n")
    except OSError:
        pass
    return ref
