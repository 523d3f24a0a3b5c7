"""Logging unexpected errors without personal data: exception type and code locations only.

Exception messages are left out on purpose: database errors quote parameters, and parameters
are names and addresses.
"""

from __future__ import annotations

import errno
import secrets
import traceback
from pathlib import Path

from app.services import clock
from app.services.problems import Problem

#: what the window says for a refusal a service gave no Dutch for (issue 16.8: never English)
GENERIC_REFUSAL_NL = (
    "Vangnet kon dit niet doen. Probeer het opnieuw; lukt het weer niet, vraag dan uw "
    "beheerder om hulp."
)

#: the window's Dutch for why the operating system refused a file (its `strerror` is English)
OS_REASONS_NL = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "Vangnet heeft daar geen toegang",
    errno.EPERM: "Vangnet heeft daar geen toegang",
    errno.EROFS: "daar kan alleen gelezen worden, niet geschreven",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van de plek is geen map",
    errno.EEXIST: "er staat daar al iets met die naam",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
    errno.EINVAL: "de naam of plek is niet geldig",
}
OS_REASON_UNKNOWN_NL = "het besturingssysteem weigerde"

#: why the operating system refused a file, as a problem code of the catalogue
_OS_REASON_CODES = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.no_access",
    errno.EPERM: "os.no_access",
    errno.EROFS: "os.read_only",
    errno.ENOSPC: "os.disk_full",
    errno.EDQUOT: "os.disk_full",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_a_folder",
    errno.EEXIST: "os.exists",
    errno.EBUSY: "os.busy",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EIO: "os.io_error",
    errno.EINVAL: "os.invalid_name",
}


def os_reason(exc: BaseException) -> Problem:
    """Why a file action failed, as a problem (the system's own `strerror` is English only)."""
    code = _OS_REASON_CODES.get(exc.errno or 0) if isinstance(exc, OSError) else None
    return Problem(code or "os.refused")


def os_reason_nl(exc: BaseException) -> str:
    """Why a file action failed, in Dutch, for the window (never the system's English)."""
    if isinstance(exc, OSError) and exc.errno in OS_REASONS_NL:
        return OS_REASONS_NL[exc.errno]
    return OS_REASON_UNKNOWN_NL


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
