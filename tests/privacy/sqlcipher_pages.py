"""Decrypting every page of a SQLCipher 4 file independently of SQLite, to check that freed
pages hold nothing about an erased tenant (issue 15.1).

SQLCipher 4 defaults: the key is PBKDF2-HMAC-SHA512 of the passphrase over the file's first 16
bytes (the salt), 256 000 rounds, 32 bytes; each 4096-byte page ends in 80 reserved bytes (a
16-byte IV, then a 64-byte HMAC) and the rest is AES-256-CBC; page 1 starts with the salt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
ROUNDS = 256_000


def page_key(path: Path, passphrase: str) -> bytes:
    salt = path.read_bytes()[:16]
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, ROUNDS, 32)


def decrypted_pages(path: Path, passphrase: str) -> Iterator[bytes]:
    """Every page of the file, decrypted (free pages and the freelist included)."""
    key = page_key(path, passphrase)
    data = path.read_bytes()
    assert len(data) % PAGE == 0, "not a whole number of pages"
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        start = 16 if n == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def pages_holding(path: Path, passphrase: str, needles: list[bytes]) -> dict[bytes, int]:
    """How many decrypted pages hold each needle (as written, lower case, or UTF-16)."""
    found: dict[bytes, int] = {}
    variants = {
        n: {n, n.lower(), n.decode().encode("utf-16-le"), n.decode().encode("utf-16-be")}
        for n in needles
    }
    for page in decrypted_pages(path, passphrase):
        for needle, forms in variants.items():
            if any(form in page for form in forms):
                found[needle] = found.get(needle, 0) + 1
    return found
