"""The sealed container of a handover package: bytes in, bytes out (no database, no Qt).

A handover package moves cases from one laptop to another. The sender seals the exported
payload with a passphrase of its own (:func:`new_package_passphrase`) and passes that
passphrase on by another channel (phone). :func:`unseal` tells a wrong passphrase, a changed
or damaged file, and an incomplete file apart, each with its own :class:`PackageProblem`, and
never hands out any plaintext that was not authenticated.

File format, version 1 (all integers big-endian)::

    offset  size  field
         0    19  magic  b"VANGNET-OVERDRACHT\\n"
        19     1  format version (1)
        20     1  KDF id (1 = scrypt)
        21     1  scrypt log2(n)   (written: 15)
        22     1  scrypt r         (written: 8)
        23     1  scrypt p         (written: 1)
        24    16  salt (random)
        40    12  AES-GCM nonce (random)
        52    16  key check
        68     8  ciphertext length L (unsigned)
        76     8  creation time, unix seconds (signed, UTC)
        84     L  ciphertext: AES-256-GCM(zlib.compress(payload, 1)), 16-byte tag at the end

- Keys: ``scrypt(normalize_package_passphrase(passphrase).encode("utf-8"), salt, n, r, p,
  length=64)``; bytes 0-31 are the AES-256-GCM key, bytes 32-63 the check key.
- Key check: ``HMAC-SHA256(check_key, b"vangnet-handover-check")[:16]``. It only tells a wrong
  passphrase from a right one; it proves nothing about the rest of the file.
- The associated data of AES-GCM is the whole 84-byte header, so any change to the header or
  the ciphertext makes decryption fail (reported as ``damaged``). A change to the salt, the
  scrypt parameters or the key check itself shows up as ``wrong_passphrase``: without the
  passphrase-derived key those cannot be told apart from a wrong passphrase.
- The file ends exactly after the ciphertext; trailing bytes are ``damaged``.
- Before any key derivation the scrypt parameters must lie within 14 <= log2(n) <= 20,
  1 <= r <= 16, 1 <= p <= 4, with at most 256 MiB of memory (128 * n * r) and n * r * p <=
  2**22 (about a second), so a crafted file cannot make the receiver burn memory or time.
- The decompressed payload is produced in steps and stops at ``max_size`` (zip bombs).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.services import clock

__all__ = [
    "FORMAT_VERSION",
    "HEADER_SIZE",
    "MAGIC",
    "PackageHeader",
    "PackageProblem",
    "new_package_passphrase",
    "normalize_package_passphrase",
    "peek",
    "seal",
    "unseal",
]

MAGIC = b"VANGNET-OVERDRACHT\n"
FORMAT_VERSION = 1

KDF_SCRYPT = 1
SCRYPT_LOG2_N = 15
SCRYPT_R = 8
SCRYPT_P = 1

SALT_SIZE = 16
NONCE_SIZE = 12
CHECK_SIZE = 16
TAG_SIZE = 16
COMPRESS_LEVEL = 1  # fast: documents (PDFs) in the payload hardly compress anyway
CHECK_LABEL = b"vangnet-handover-check"

# version, kdf id, log2 n, r, p, salt, nonce, key check, ciphertext length, created
_FIXED = struct.Struct(f">BBBBB{SALT_SIZE}s{NONCE_SIZE}s{CHECK_SIZE}sQq")
HEADER_SIZE = len(MAGIC) + _FIXED.size  # 84

_LOG2_N_RANGE = range(14, 21)
_R_RANGE = range(1, 17)
_P_RANGE = range(1, 5)
_MAX_SCRYPT_MEMORY = 2**28  # bytes: 128 * n * r
_MAX_SCRYPT_WORK = 2**22  # n * r * p

# AESGCM refuses to process more than this in one call.
_MAX_CIPHERTEXT = 2**31 - 1

# 0001-01-01 .. 9999-12-31 in unix seconds: what datetime can show.
_MIN_TIME = -62135596800
_MAX_TIME = 253402300799

# Crockford base32 without I, L, O, U: read aloud without doubt.
PASSPHRASE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_SIZE = 4
_PASSPHRASE_LENGTH = PASSPHRASE_GROUPS * PASSPHRASE_GROUP_SIZE
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Spaces of any kind, and the dashes and underscores people type or paste between groups.
_SEPARATORS = re.compile(r"[\s\-_\u2010-\u2015\u2212]+")


# --- problems ---------------------------------------------------------------------------


def _en_number(n: int) -> str:
    return f"{n:,}"


def _nl_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class PackageProblem(Exception):
    """A handover package that cannot be opened; ``str(exc)`` is English (CLI).

    ``code`` is one of ``not_a_package``, ``unsupported_version``, ``truncated``,
    ``wrong_passphrase``, ``damaged``, ``too_large``; ``message_nl`` is the Dutch text for the
    screen; ``detail`` is a short English note for logs and tests. None of them ever holds the
    passphrase or any of the payload. The caller adds the file name.
    """

    CODES = frozenset(
        {
            "not_a_package",
            "unsupported_version",
            "truncated",
            "wrong_passphrase",
            "damaged",
            "too_large",
        }
    )

    def __init__(self, code: str, message_en: str, message_nl: str, detail: str = "") -> None:
        if code not in self.CODES:
            raise ValueError(f"unknown package problem code {code!r}")
        super().__init__(message_en)
        self.code = code
        self.message_en = message_en
        self.message_nl = message_nl
        self.detail = detail

    def __str__(self) -> str:
        return self.message_en

    def __repr__(self) -> str:
        return f"PackageProblem(code={self.code!r}, detail={self.detail!r})"

    def __reduce__(self) -> tuple[type[PackageProblem], tuple[str, str, str, str]]:
        return (type(self), (self.code, self.message_en, self.message_nl, self.detail))


def _not_a_package(detail: str) -> PackageProblem:
    return PackageProblem(
        "not_a_package",
        "This is not a Vangnet handover package.",
        "Dit is geen overdrachtspakket van Vangnet.",
        detail,
    )


def _unsupported(version: int) -> PackageProblem:
    return PackageProblem(
        "unsupported_version",
        f"This handover package was made by a newer Vangnet (package format {version}); "
        "update Vangnet on this computer to open it.",
        f"Dit overdrachtspakket is gemaakt met een nieuwere Vangnet (pakketformaat {version}); "
        "werk Vangnet op deze computer bij om het te openen.",
        f"format version {version}",
    )


def _truncated(have: int, expected: int, *, at_least: bool) -> PackageProblem:
    of_en = "at least " if at_least else ""
    of_nl = "minstens " if at_least else ""
    return PackageProblem(
        "truncated",
        f"This file is incomplete (it ends after {_en_number(have)} of {of_en}"
        f"{_en_number(expected)} bytes); ask the sender to export it again.",
        f"Dit bestand is onvolledig (het houdt op na {_nl_number(have)} van {of_nl}"
        f"{_nl_number(expected)} bytes); vraag de afzender het opnieuw te exporteren.",
        f"{have} of {of_en}{expected} bytes",
    )


def _wrong_passphrase() -> PackageProblem:
    return PackageProblem(
        "wrong_passphrase",
        "The passphrase does not open this handover package. Check it with the sender "
        "(it was shown when the package was made).",
        "Met deze wachtwoordzin gaat dit overdrachtspakket niet open. Controleer de "
        "wachtwoordzin bij de afzender (die werd getoond toen het pakket werd gemaakt).",
        "key check mismatch",
    )


def _damaged(detail: str) -> PackageProblem:
    return PackageProblem(
        "damaged",
        "This handover package has been changed or damaged after it was made; it cannot be "
        "trusted. Nothing was imported. Ask the sender to export it again.",
        "Dit overdrachtspakket is na het maken veranderd of beschadigd; het is niet te "
        "vertrouwen. Er is niets geïmporteerd. Vraag de afzender het opnieuw te exporteren.",
        detail,
    )


def _too_large(max_size: int) -> PackageProblem:
    return PackageProblem(
        "too_large",
        f"This handover package is too large to open here (it unpacks to more than "
        f"{_en_number(max_size)} bytes). Ask the sender to put fewer cases in one package.",
        f"Dit overdrachtspakket is te groot om hier te openen (uitgepakt meer dan "
        f"{_nl_number(max_size)} bytes). Vraag de afzender minder dossiers in één pakket "
        "te zetten.",
        f"more than {max_size} bytes",
    )


# --- passphrase ---------------------------------------------------------------------------


def new_package_passphrase() -> str:
    """A fresh random passphrase: 6 groups of 4 characters, 120 bits, e.g. ``7K3M-...``."""
    groups = (
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_SIZE))
        for _ in range(PASSPHRASE_GROUPS)
    )
    return "-".join(groups)


def normalize_package_passphrase(text: str) -> str:
    """The form that goes into the key derivation.

    Text in the generated format (24 characters from :data:`PASSPHRASE_ALPHABET` once spaces
    and dashes are gone, any case, O read as 0, I and L as 1) becomes the canonical
    ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX``. Any other text is used as typed, only stripped of
    surrounding spaces and put in Unicode NFC (so an accented letter typed on another system
    gives the same bytes).
    """
    compact = _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    if len(compact) == _PASSPHRASE_LENGTH and all(c in PASSPHRASE_ALPHABET for c in compact):
        size = PASSPHRASE_GROUP_SIZE
        return "-".join(compact[i : i + size] for i in range(0, _PASSPHRASE_LENGTH, size))
    return unicodedata.normalize("NFC", text.strip())


# --- header -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageHeader:
    """What a package shows without its passphrase.

    ``encrypted_size`` is the size of the sealed payload (compressed, plus the 16-byte tag);
    the size after unpacking is only known once the package is opened.
    """

    version: int
    created: datetime  # UTC, whole seconds
    kdf: str
    scrypt_log2_n: int
    scrypt_r: int
    scrypt_p: int
    encrypted_size: int
    total_size: int


@dataclass(frozen=True)
class _Parsed:
    header: PackageHeader
    header_bytes: bytes
    salt: bytes
    nonce: bytes
    key_check: bytes
    ciphertext: bytes


def _check_scrypt_params(log2_n: int, r: int, p: int) -> None:
    if log2_n not in _LOG2_N_RANGE or r not in _R_RANGE or p not in _P_RANGE:
        raise _damaged(f"scrypt parameters out of range (log2 n={log2_n}, r={r}, p={p})")
    n = 1 << log2_n
    if 128 * n * r > _MAX_SCRYPT_MEMORY or n * r * p > _MAX_SCRYPT_WORK:
        raise _damaged(f"scrypt parameters too costly (log2 n={log2_n}, r={r}, p={p})")


def _parse(data: bytes) -> _Parsed:
    size = len(data)
    if size < len(MAGIC):
        if MAGIC.startswith(data):
            raise _truncated(size, HEADER_SIZE, at_least=True)
        raise _not_a_package("file shorter than the magic")
    if not data.startswith(MAGIC):
        raise _not_a_package("magic mismatch")
    if size == len(MAGIC):
        raise _truncated(size, HEADER_SIZE, at_least=True)
    version = data[len(MAGIC)]
    if version > FORMAT_VERSION:
        raise _unsupported(version)
    if version != FORMAT_VERSION:
        raise _damaged(f"format version {version}")
    if size < HEADER_SIZE:
        raise _truncated(size, HEADER_SIZE, at_least=True)

    header_bytes = data[:HEADER_SIZE]
    (_, kdf_id, log2_n, r, p, salt, nonce, key_check, length, created) = _FIXED.unpack(
        header_bytes[len(MAGIC) :]
    )
    if kdf_id != KDF_SCRYPT:
        raise _damaged(f"unknown KDF id {kdf_id}")
    _check_scrypt_params(log2_n, r, p)
    if length < TAG_SIZE:
        raise _damaged(f"ciphertext length {length} shorter than the tag")
    expected = HEADER_SIZE + length
    if size < expected:
        raise _truncated(size, expected, at_least=False)
    if size > expected:
        raise _damaged(f"{size - expected} bytes after the end of the package")
    if not _MIN_TIME <= created <= _MAX_TIME:
        raise _damaged("creation time out of range")

    header = PackageHeader(
        version=version,
        created=datetime.fromtimestamp(created, UTC),
        kdf="scrypt",
        scrypt_log2_n=log2_n,
        scrypt_r=r,
        scrypt_p=p,
        encrypted_size=length,
        total_size=expected,
    )
    return _Parsed(header, header_bytes, salt, nonce, key_check, data[HEADER_SIZE:])


def peek(data: bytes) -> PackageHeader:
    """The public header, without the passphrase.

    Checks everything that can be checked without it: magic, version, header, scrypt
    parameters and the file's length (``not_a_package``, ``unsupported_version``,
    ``truncated``, ``damaged``). Nothing here is authenticated yet; :func:`unseal` is.
    """
    return _parse(bytes(data)).header


# --- seal / unseal ------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    secret = normalize_package_passphrase(passphrase).encode("utf-8")
    keys = Scrypt(salt=salt, length=64, n=1 << log2_n, r=r, p=p).derive(secret)
    return keys[:32], keys[32:]


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, CHECK_LABEL, hashlib.sha256).digest()[:CHECK_SIZE]


def seal(payload: bytes, passphrase: str, *, created: datetime | None = None) -> bytes:
    """Compress and encrypt ``payload`` under ``passphrase``; the package as bytes.

    ``created`` defaults to now; a naive datetime is taken as local time.
    """
    if not normalize_package_passphrase(passphrase):
        raise ValueError("the package passphrase must not be empty")
    when = clock.now().astimezone(UTC) if created is None else created
    timestamp = int(when.timestamp())
    compressed = zlib.compress(bytes(payload), COMPRESS_LEVEL)
    length = len(compressed) + TAG_SIZE
    if length > _MAX_CIPHERTEXT:
        raise ValueError("the payload is too large for one handover package")

    salt = secrets.token_bytes(SALT_SIZE)
    nonce = secrets.token_bytes(NONCE_SIZE)
    aead_key, check_key = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    header = MAGIC + _FIXED.pack(
        FORMAT_VERSION,
        KDF_SCRYPT,
        SCRYPT_LOG2_N,
        SCRYPT_R,
        SCRYPT_P,
        salt,
        nonce,
        _key_check(check_key),
        length,
        timestamp,
    )
    return header + AESGCM(aead_key).encrypt(nonce, compressed, header)


def _decompress(compressed: bytes, max_size: int) -> bytes:
    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    total = 0
    pending = compressed
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, max_size - total + 1)
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break  # no input left and no output: the stream stops early
            total += len(chunk)
            if total > max_size:
                raise _too_large(max_size)
            chunks.append(chunk)
    except zlib.error:
        raise _damaged("zlib stream invalid") from None
    if not inflater.eof:
        raise _damaged("zlib stream incomplete")
    if inflater.unused_data:
        raise _damaged("data after the zlib stream")
    return b"".join(chunks)


def unseal(data: bytes, passphrase: str, *, max_size: int = 2**31) -> bytes:
    """The payload of a package made by :func:`seal`, or a :class:`PackageProblem`.

    ``max_size`` bounds the unpacked payload (``too_large`` above it).
    """
    if max_size < 0:
        raise ValueError("max_size must not be negative")
    parsed = _parse(bytes(data))
    if len(parsed.ciphertext) > _MAX_CIPHERTEXT:
        raise _too_large(max_size)
    h = parsed.header
    aead_key, check_key = _derive(passphrase, parsed.salt, h.scrypt_log2_n, h.scrypt_r, h.scrypt_p)
    if not hmac.compare_digest(_key_check(check_key), parsed.key_check):
        raise _wrong_passphrase()
    try:
        compressed = AESGCM(aead_key).decrypt(parsed.nonce, parsed.ciphertext, parsed.header_bytes)
    except InvalidTag:
        raise _damaged("authentication failed") from None
    return _decompress(compressed, max_size)
