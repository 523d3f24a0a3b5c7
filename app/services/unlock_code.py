"""The personal unlock code: what only the worker knows when the key itself sits in the keyring.

In keyring mode the database key comes back from the OS keyring without a question, so a lock
would only hide the screen. The window therefore asks for this code at start and after every
lock. It is kept inside the encrypted database as a slow salted hash (scrypt), never as text,
and wrong tries are counted in the database too, so quitting and restarting the app does not
reset the wait: from the fourth wrong try in a row each try waits longer (5 s, 10 s, 20 s ... up
to 5 minutes). The recovery key still opens everything; after using it the worker sets a new
code.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.services import audit, clock
from app.services.store import get_setting, set_setting

CODE_SETTING = "unlock_code"
FAILURES_SETTING = "unlock_code_failures"
WAIT_SETTING = "unlock_code_wait_until"
MIN_LENGTH = 6
MAX_LENGTH = 64
FREE_TRIES = 3
FIRST_WAIT_S = 5
LONGEST_WAIT_S = 300
# scrypt with 32 MiB of memory: about 0.1 s per try on an office laptop
_N, _R, _P = 2**15, 8, 1


class UnlockCodeProblem(ValueError):
    """A code that is refused as a new code. `str()` is English; `dutch` for the window."""

    def __init__(self, en: str, nl: str) -> None:
        super().__init__(en)
        self.dutch = nl


@dataclass(frozen=True)
class CodeCheck:
    ok: bool
    #: seconds to wait before the next try is taken (0: try now)
    wait_seconds: int = 0
    #: wrong tries in a row so far (0 after a right one)
    failures: int = 0


def code_problem(code: str) -> UnlockCodeProblem | None:
    """Why `code` cannot be a new unlock code, or None."""
    if len(code) < MIN_LENGTH:
        return UnlockCodeProblem(
            f"the unlock code needs at least {MIN_LENGTH} characters",
            f"De ontgrendelcode moet minstens {MIN_LENGTH} tekens hebben.",
        )
    if len(code) > MAX_LENGTH:
        return UnlockCodeProblem(
            f"the unlock code can have at most {MAX_LENGTH} characters",
            f"De ontgrendelcode mag hoogstens {MAX_LENGTH} tekens hebben.",
        )
    if code != code.strip():
        return UnlockCodeProblem(
            "the unlock code cannot start or end with a space",
            "De ontgrendelcode mag niet met een spatie beginnen of eindigen.",
        )
    if len(set(code)) == 1 or code in _sequences(len(code)):
        return UnlockCodeProblem(
            "the unlock code is too easy to guess (one character repeated, or a run like 123456)",
            "Deze ontgrendelcode is te makkelijk te raden (steeds hetzelfde teken, of een reeks "
            "zoals 123456). Kies een andere.",
        )
    return None


def _sequences(length: int) -> set[str]:
    runs = set()
    for alphabet in ("0123456789" * 2, "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "azertyuiop"):
        for start in range(len(alphabet) - length + 1):
            run = alphabet[start : start + length]
            runs.update({run, run[::-1], run.upper(), run[::-1].upper()})
    return runs


def _hash(code: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> bytes:
    return hashlib.scrypt(
        code.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )


def has_unlock_code(session: Session) -> bool:
    return bool(get_setting(session, CODE_SETTING))


def set_unlock_code(session: Session, code: str) -> None:
    """Keep a new code (replacing the old one); UnlockCodeProblem when it is refused."""
    problem = code_problem(code)
    if problem is not None:
        raise problem
    salt = secrets.token_bytes(16)
    stored = f"scrypt${_N}${_R}${_P}${salt.hex()}${_hash(code, salt).hex()}"
    replaced = has_unlock_code(session)
    set_setting(session, CODE_SETTING, stored)
    set_setting(session, FAILURES_SETTING, "0")
    set_setting(session, WAIT_SETTING, "")
    audit.record(session, "change" if replaced else "create", "setting", CODE_SETTING)


def _now() -> datetime:
    return clock.now().replace(tzinfo=None)


def wait_seconds(session: Session) -> int:
    """Seconds before the next try is taken (0: now)."""
    until = get_setting(session, WAIT_SETTING) or ""
    if not until:
        return 0
    try:
        moment = datetime.fromisoformat(until)
    except ValueError:
        return 0
    left = (moment - _now()).total_seconds()
    # a clock set far back must not lock the worker out for longer than the longest wait
    return max(0, min(LONGEST_WAIT_S, int(left + 0.999)))


def _failures(session: Session) -> int:
    value = get_setting(session, FAILURES_SETTING) or "0"
    return int(value) if value.isdigit() else 0


def check_unlock_code(session: Session, code: str) -> CodeCheck:
    """Try `code`. A try during the wait is not taken (and not counted)."""
    stored = get_setting(session, CODE_SETTING) or ""
    waiting = wait_seconds(session)
    if waiting:
        return CodeCheck(False, waiting, _failures(session))
    if _matches(stored, code):
        if _failures(session) or get_setting(session, WAIT_SETTING):
            set_setting(session, FAILURES_SETTING, "0")
            set_setting(session, WAIT_SETTING, "")
        return CodeCheck(True)
    failures = _failures(session) + 1
    set_setting(session, FAILURES_SETTING, str(failures))
    wait = 0
    if failures > FREE_TRIES:
        wait = min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES - 1))
        set_setting(session, WAIT_SETTING, (_now() + timedelta(seconds=wait)).isoformat())
    audit.record(session, "unlock", "session", "window", result="refused",
                 detail=f"wrong unlock code, {failures} in a row")
    return CodeCheck(False, wait, failures)


def _matches(stored: str, code: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return False
    return hmac.compare_digest(_hash(code, salt, n, r, p), expected)
