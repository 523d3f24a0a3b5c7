"""Database keys: a raw 256-bit key in the OS keyring (with a recovery key), or a passphrase.

A raw key opens instantly (no key derivation); a passphrase goes through SQLCipher's own PBKDF2,
so any SQLCipher 4 client can open the file. Where no usable keyring exists we say which one was
tried and ask for the passphrase or recovery key — never plaintext, never a new empty database.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import GENERIC_REFUSAL_NL

KEYRING_SERVICE = "Vangnet"
#: how a key that came from the OS keyring is marked (`DatabaseKey.origin`)
KEYRING_ORIGIN = "key in the keyring"
PASSPHRASE_ENV = "VANGNET_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 12
_RECOVERY_GROUP = 4


class KeyProblem(Exception):
    """A key could not be obtained or does not open the database. The message is user-facing
    (English); `message_nl` is the Dutch for the window, where one is given."""

    def __init__(self, message: str, message_nl: str | None = None) -> None:
        super().__init__(message)
        # without a Dutch text the window gets a general Dutch sentence, never the English
        self.message_nl = message_nl or GENERIC_REFUSAL_NL


@dataclass(frozen=True)
class DatabaseKey:
    """What to hand SQLCipher: either a raw key (32 bytes) or a passphrase."""

    raw: bytes | None = None
    passphrase: str | None = None
    origin: str = ""  # how the key was obtained, for messages: "keyring", "recovery key", ...

    def __post_init__(self) -> None:
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("exactly one of raw or passphrase")
        if self.raw is not None and len(self.raw) != 32:
            raise ValueError("a raw key is 32 bytes")

    @property
    def described(self) -> str:
        if self.origin:
            return self.origin
        return "key" if self.raw is not None else "passphrase"

    @property
    def mode(self) -> str:
        return "keyring" if self.raw is not None else "passphrase"

    def pragma_value(self) -> str:
        """The literal for `PRAGMA key = ...` (quotes doubled; raw keys as x'..' blobs)."""
        if self.raw is not None:
            return "\"x'" + self.raw.hex() + "'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print key material
        return f"DatabaseKey(mode={self.mode})"


def new_raw_key() -> DatabaseKey:
    return DatabaseKey(raw=secrets.token_bytes(32), origin="key")


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is not acceptable, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"the passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters"
    if len(set(passphrase)) < 4:
        return "the passphrase is too repetitive"
    return None


# --- recovery keys ---------------------------------------------------------------------------


def recovery_key_for(raw: bytes) -> str:
    """The raw key as 13 groups of 4 base32 characters plus a 4-character check group."""
    body = base64.b32encode(raw).decode("ascii").rstrip("=")
    check = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:4]
    text = body + check
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key if `text` is a well-formed recovery key (typos caught by the check group)."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(compact) != 56:
        return None
    body, check = compact[:52], compact[52:]
    try:
        raw = base64.b32decode(body + "====")
    except ValueError:
        return None
    if len(raw) != 32:
        return None
    expected = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:4]
    return raw if secrets.compare_digest(check, expected) else None


def looks_like_recovery_key(text: str) -> bool:
    """Shaped like a recovery key (14 groups of 4) even if the check group does not match."""
    groups = [g for g in text.strip().replace(" ", "-").split("-") if g]
    return len(groups) == 14 and all(len(g) == 4 and g.isalnum() for g in groups)


#: what to say when a recovery key with a typing error was taken as a passphrase and failed
RECOVERY_TYPO = (
    "This looks like a recovery key, but one of its groups has a typing error (its check group "
    "does not match). Check each group against the printed sheet and try again."
)
RECOVERY_TYPO_NL = (
    "Dit lijkt een herstelsleutel, maar in een van de groepen zit een typefout (de controlegroep "
    "klopt niet). Vergelijk elke groep met het afgedrukte blad en probeer het opnieuw."
)
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def recovery_typo_group(text: str) -> int | None:
    """The group (1-14) holding the one mistyped character of a recovery key, or None when no
    single character explains it. The check group covers the whole key, so each place is tried
    with every character (56 x 32 checks, instantly)."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(compact) != 56:
        return None
    for place in range(56):
        for char in _B32:
            if char == compact[place]:
                continue
            candidate = compact[:place] + char + compact[place + 1 :]
            if parse_recovery_key(candidate) is not None:
                return place // _RECOVERY_GROUP + 1
    return None


def recovery_typo_message(text: str) -> tuple[str, str]:
    """English and Dutch: which group has the typing error, when one character explains it."""
    group = recovery_typo_group(text)
    if group is None:
        return RECOVERY_TYPO, RECOVERY_TYPO_NL
    return (
        f"This looks like a recovery key with a typing error in group {group} (of 14). Check "
        "that group against the printed sheet and try again.",
        f"Dit lijkt een herstelsleutel met een typefout in groep {group} (van de 14). "
        "Vergelijk die groep met het afgedrukte blad en probeer het opnieuw.",
    )


def key_from_secret(text: str) -> DatabaseKey:
    """Something a person typed: a recovery key if it looks like one, else a passphrase."""
    raw = parse_recovery_key(text)
    if raw is not None:
        return DatabaseKey(raw=raw, origin="recovery key")
    return DatabaseKey(passphrase=text, origin="passphrase")


def key_from_environment() -> DatabaseKey | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return key_from_secret(value) if value else None


# --- OS keyring ------------------------------------------------------------------------------


#: the window's Dutch for why the keyring cannot be used or gave no key, by code (issue 16.8);
#: each fits "Vangnet probeerde de sleutelbos ({backend}), maar {reason}, ..." and stands alone
KEYRING_REASONS_NL = {
    "no_package": "het keyring-onderdeel van Vangnet laadt niet",
    "no_backend": "op deze computer is geen sleutelbos geïnstalleerd",
    "cannot_run": "de sleutelbos kan hier niet werken",
    "not_usable": "de sleutelbos is hier niet bruikbaar",
    "refused": "de sleutelbos is vergrendeld of weigerde de toegang",
    "no_entry": "er is voor dit gegevensbestand geen sleutel bewaard",
    "not_a_key": "wat er bewaard is, is geen sleutel van Vangnet",
    "other_key": "de sleutelbos gaf een andere sleutel terug",
    "": "de sleutelbos gaf geen sleutel",
}


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str  # English, for the command line
    code: str = ""  # which reason, for the window: see `KEYRING_REASONS_NL`

    def dutch_reason(self) -> str:
        return KEYRING_REASONS_NL.get(self.code, KEYRING_REASONS_NL[""])


def keyring_status() -> KeyringStatus:
    """Which keyring backend is active and whether it can hold a key."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception as exc:  # pragma: no cover - keyring is a hard dependency
        return KeyringStatus(
            False, "keyring", f"the keyring package cannot load ({exc})", "no_package"
        )
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return KeyringStatus(
            False, name, "no keyring backend is installed on this machine", "no_backend"
        )
    try:
        priority = getattr(backend, "priority", 1)
    except Exception as exc:  # keyring's way to say a backend cannot run here: its priority raises
        # (Windows' Credential Manager backend without pywin32-ctypes, e.g. in a broken bundle)
        return KeyringStatus(
            False, name, f"the keyring backend cannot run here ({exc})", "cannot_run"
        )
    if isinstance(priority, int | float) and priority <= 0:
        return KeyringStatus(False, name, "the keyring backend is not usable here", "not_usable")
    return KeyringStatus(True, name, "")


@dataclass(frozen=True)
class KeyringLoad:
    """What the keyring gave for a database: the key, or why not (English `reason` for the
    command line, `code` for the window's :meth:`dutch`)."""

    key: DatabaseKey | None
    reason: str
    code: str = ""
    backend: str = ""

    def dutch(self) -> str:
        """Why there is no key, in Dutch ("" when there is one)."""
        if self.key is not None:
            return ""
        return KEYRING_REASONS_NL.get(self.code, KEYRING_REASONS_NL[""])


#: the keyring entry that holds a new key while the database is being re-encrypted with it
NEXT_SUFFIX = "#next"


def _entry_name(db_path: Path, *, next_key: bool = False) -> str:
    return str(db_path.resolve()) + (NEXT_SUFFIX if next_key else "")


def keyring_load(db_path: Path, *, next_key: bool = False) -> tuple[DatabaseKey | None, str]:
    """The stored raw key for this database (with `next_key`: the key of a key change that was
    started), or None with the reason it is not available (English; the window uses
    :func:`keyring_probe` for the Dutch)."""
    loaded = keyring_probe(db_path, next_key=next_key)
    return loaded.key, loaded.reason


def keyring_probe(db_path: Path, *, next_key: bool = False) -> KeyringLoad:
    """As :func:`keyring_load`, with a code for the reason (see `KEYRING_REASONS_NL`)."""
    status = keyring_status()
    if not status.usable:
        return KeyringLoad(None, f"{status.backend}: {status.reason}", status.code, status.backend)
    import keyring
    from keyring.errors import KeyringError

    backend = status.backend
    try:
        stored = keyring.get_password(KEYRING_SERVICE, _entry_name(db_path, next_key=next_key))
    except KeyringError as exc:
        why = f"{backend}: the keyring is locked or refused access ({exc})"
        return KeyringLoad(None, why, "refused", backend)
    if not stored:
        return KeyringLoad(None, f"{backend}: no key stored for this database", "no_entry", backend)
    try:
        raw = bytes.fromhex(stored)
        return KeyringLoad(DatabaseKey(raw=raw, origin=KEYRING_ORIGIN), "", "", backend)
    except ValueError:
        why = f"{backend}: the stored entry is not a Vangnet key"
        return KeyringLoad(None, why, "not_a_key", backend)


def keyring_store(db_path: Path, key: DatabaseKey, *, next_key: bool = False) -> None:
    if key.raw is None:
        raise ValueError("only raw keys live in the keyring")
    status = keyring_status()
    if not status.usable:
        raise KeyProblem(
            f"No keyring available ({status.backend}: {status.reason}).",
            f"Er is geen sleutelbos beschikbaar ({status.backend}: {status.dutch_reason()}).",
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(
            KEYRING_SERVICE, _entry_name(db_path, next_key=next_key), key.raw.hex()
        )
    except KeyringError as exc:
        raise KeyProblem(
            f"The keyring refused to store the key ({status.backend}: {exc}).",
            f"De sleutelbos weigerde de sleutel te bewaren ({status.backend}).",
        ) from exc


def keyring_forget(db_path: Path, *, next_key: bool = False) -> None:
    status = keyring_status()
    if not status.usable:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _entry_name(db_path, next_key=next_key))
