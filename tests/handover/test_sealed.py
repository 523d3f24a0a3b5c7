"""The sealed handover container: round trips, passphrases, and every way a file can go wrong.

The real scrypt parameters are used (about 0.1 s per seal or unseal), so the property tests
that reach the key derivation are limited to a few dozen examples.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import struct
import zlib
from datetime import UTC, datetime
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.services.clock import FixedClock
from app.services.handover import sealed
from app.services.handover.sealed import (
    COMPRESS_LEVEL,
    HEADER_SIZE,
    MAGIC,
    PackageHeader,
    PackageProblem,
    new_package_passphrase,
    normalize_package_passphrase,
    peek,
    seal,
    unseal,
)

PASSPHRASE = "0123-4567-89AB-CDEF-GHJK-MNPQ"
PAYLOAD = json.dumps(
    {"case": "Hoekstra Jansen", "postcode": "2034AB", "notes": "huurachterstand € 1.234"}
).encode("utf-8")

# Field offsets of format version 1 (see the module docstring).
VERSION_AT = len(MAGIC)
KDF_AT = VERSION_AT + 1
LOG2_N_AT, R_AT, P_AT = KDF_AT + 1, KDF_AT + 2, KDF_AT + 3
SALT_AT = KDF_AT + 4
NONCE_AT = SALT_AT + 16
CHECK_AT = NONCE_AT + 12
LENGTH_AT = CHECK_AT + 16
CREATED_AT = LENGTH_AT + 8


@cache
def _package() -> bytes:
    return seal(PAYLOAD, PASSPHRASE, created=datetime(2025, 3, 14, 9, 30, tzinfo=UTC))


def _problem(data: bytes, passphrase: str = PASSPHRASE, **kwargs: int) -> PackageProblem:
    with pytest.raises(PackageProblem) as info:
        unseal(data, passphrase, **kwargs)
    problem = info.value
    assert problem.code in PackageProblem.CODES
    return problem


def _assert_clean(problem: PackageProblem, *secrets: bytes | str) -> None:
    """No passphrase or payload in anything the exception shows."""
    shown = [str(problem), repr(problem), problem.message_nl, problem.detail]
    shown += [str(a) for a in problem.args]
    for secret in secrets:
        text = secret.decode("utf-8", "replace") if isinstance(secret, bytes) else secret
        for s in shown:
            assert text not in s


def _with(data: bytes, at: int, value: bytes) -> bytes:
    return data[:at] + value + data[at + len(value) :]


# --- round trips --------------------------------------------------------------------------


def test_layout_matches_the_documented_offsets() -> None:
    assert HEADER_SIZE == 84 == CREATED_AT + 8
    data = _package()
    assert len(data) == _DATA_LEN
    assert data.startswith(b"VANGNET-OVERDRACHT\n\x01\x01\x0f\x08\x01")
    (length,) = struct.unpack(">Q", data[LENGTH_AT : LENGTH_AT + 8])
    assert len(data) == HEADER_SIZE + length


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        os.urandom(1024 * 1024),
        json.dumps({"naam": "Ünal Çelik-de Vries", "tekst": "☂ €5 ∑ 😀" * 50}).encode("utf-8"),
    ],
    ids=["empty", "1mb-random", "unicode-json"],
)
def test_round_trip(payload: bytes) -> None:
    data = seal(payload, PASSPHRASE)
    assert unseal(data, PASSPHRASE) == payload


def test_two_seals_of_the_same_payload_differ() -> None:
    first = seal(PAYLOAD, PASSPHRASE, created=datetime(2025, 1, 1, tzinfo=UTC))
    second = seal(PAYLOAD, PASSPHRASE, created=datetime(2025, 1, 1, tzinfo=UTC))
    assert first != second
    assert first[SALT_AT:NONCE_AT] != second[SALT_AT:NONCE_AT]
    assert first[NONCE_AT:CHECK_AT] != second[NONCE_AT:CHECK_AT]
    assert unseal(first, PASSPHRASE) == unseal(second, PASSPHRASE) == PAYLOAD


def test_plaintext_is_not_in_the_sealed_bytes() -> None:
    payload = b"Hoekstra Jansen 2034AB" * 100
    data = seal(payload, PASSPHRASE)
    assert b"Hoekstra" not in data
    assert b"2034AB" not in data
    assert len(data) < len(payload)  # compressed before encryption
    assert PASSPHRASE.encode() not in data


def test_peek_without_passphrase() -> None:
    data = _package()
    header = peek(data)
    assert isinstance(header, PackageHeader)
    assert header.version == 1
    assert header.created == datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    assert header.kdf == "scrypt"
    assert (header.scrypt_log2_n, header.scrypt_r, header.scrypt_p) == (15, 8, 1)
    assert header.encrypted_size == len(data) - HEADER_SIZE
    assert header.total_size == len(data)


def test_created_defaults_to_now(test_clock: FixedClock) -> None:
    test_clock.moment = datetime(2027, 2, 1, 9, 15, 30)
    header = peek(seal(b"", PASSPHRASE))
    assert header.created == test_clock.moment.astimezone(UTC)


# --- passphrases --------------------------------------------------------------------------


def test_generated_passphrase_shape() -> None:
    seen = set()
    for _ in range(50):
        phrase = new_package_passphrase()
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}", phrase)
        assert not set(phrase) & set("ILOU")
        assert normalize_package_passphrase(phrase) == phrase
        seen.add(phrase)
    assert len(seen) == 50
    # 6 groups of 4 characters from 32 = 120 bits.
    assert len(sealed.PASSPHRASE_ALPHABET) == 32
    assert sealed.PASSPHRASE_GROUPS * sealed.PASSPHRASE_GROUP_SIZE * 5 >= 100


@pytest.mark.parametrize(
    "typed",
    [
        "0123-4567-89ab-cdef-ghjk-mnpq",
        "0123 4567 89AB CDEF GHJK MNPQ",
        " o123 4567 89ab cdef ghjk mnpq ",
        "OI23-4567-89AB-CDEF-GHJK-MNPQ",
        "oL23456789abcdefghjkmnpq",
        "0123–4567–89AB–CDEF–GHJK–MNPQ",  # en dashes, as a word processor makes them
        "0123\t4567\n89AB_CDEF GHJK  MNPQ",
    ],
)
def test_typed_variants_normalize_to_the_generated_form(typed: str) -> None:
    assert normalize_package_passphrase(typed) == PASSPHRASE


def test_typed_lowercase_with_spaces_and_o_for_zero_opens() -> None:
    assert unseal(_package(), "o123 4567 89ab cdef ghjk mnpq") == PAYLOAD


@pytest.mark.parametrize(
    ("typed", "used"),
    [
        ("  mijn geheime zin  ", "mijn geheime zin"),
        ("Mijn Geheime Zin", "Mijn Geheime Zin"),  # free text keeps its case
        ("0123-4567-89AB-CDEF-GHJK-MNPU", "0123-4567-89AB-CDEF-GHJK-MNPU"),  # U: not generated
        ("0123-4567-89AB-CDEF-GHJK-MNP", "0123-4567-89AB-CDEF-GHJK-MNP"),  # 23 characters
        ("cafe\u0301", "caf\u00e9"),  # NFC
    ],
)
def test_free_text_passphrase_is_only_stripped(typed: str, used: str) -> None:
    assert normalize_package_passphrase(typed) == used


def test_free_text_passphrase_round_trip() -> None:
    data = seal(PAYLOAD, "  Mijn geheime zin  ")
    assert unseal(data, "Mijn geheime zin") == PAYLOAD
    assert _problem(data, "mijn geheime zin").code == "wrong_passphrase"


def test_empty_passphrase_cannot_seal() -> None:
    with pytest.raises(ValueError):
        seal(PAYLOAD, "   ")


def test_wrong_passphrase() -> None:
    wrong = new_package_passphrase()
    problem = _problem(_package(), wrong)
    assert problem.code == "wrong_passphrase"
    assert str(problem).startswith("The passphrase does not open this handover package.")
    assert "wachtwoordzin" in problem.message_nl
    _assert_clean(problem, wrong, PASSPHRASE, PAYLOAD, b"Hoekstra")


# --- damage -------------------------------------------------------------------------------

# The package's length, known without sealing at import time.
_DATA_LEN = HEADER_SIZE + len(zlib.compress(PAYLOAD, COMPRESS_LEVEL)) + 16


def _allowed_codes(position: int) -> set[str]:
    if position < VERSION_AT:
        return {"not_a_package"}
    if position == VERSION_AT:
        return {"unsupported_version", "damaged"}
    if position < SALT_AT:  # KDF id and scrypt parameters
        return {"damaged", "wrong_passphrase"}
    if position < NONCE_AT:  # salt
        return {"wrong_passphrase"}
    if position < CHECK_AT:  # nonce
        return {"damaged"}
    if position < LENGTH_AT:  # key check
        return {"wrong_passphrase"}
    if position < CREATED_AT:  # ciphertext length: longer reads as cut off, shorter as extra
        return {"damaged", "truncated"}
    return {"damaged"}  # creation time and ciphertext


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.one_of(st.integers(0, HEADER_SIZE - 1), st.integers(HEADER_SIZE, _DATA_LEN - 1)),
    mask=st.integers(1, 255),
)
@example(position=0, mask=1)
@example(position=VERSION_AT, mask=0x03)
@example(position=KDF_AT, mask=0x02)
@example(position=LOG2_N_AT, mask=0x01)
@example(position=R_AT, mask=0x01)
@example(position=SALT_AT + 3, mask=0x80)
@example(position=NONCE_AT, mask=0x01)
@example(position=CHECK_AT + 15, mask=0x01)
@example(position=LENGTH_AT + 7, mask=0x01)
@example(position=CREATED_AT + 7, mask=0x01)
@example(position=HEADER_SIZE, mask=0x01)
@example(position=_DATA_LEN - 1, mask=0x01)
def test_single_byte_flip_never_opens(position: int, mask: int) -> None:
    data = bytearray(_package())
    data[position] ^= mask
    problem = _problem(bytes(data))
    assert problem.code in _allowed_codes(position), (position, mask, problem.code)
    _assert_clean(problem, PASSPHRASE, PAYLOAD, b"Hoekstra")


@pytest.mark.parametrize("at", [NONCE_AT, CREATED_AT + 7, HEADER_SIZE + 5, _DATA_LEN - 1])
def test_changed_header_or_body_is_damaged(at: int) -> None:
    data = bytearray(_package())
    data[at] ^= 0x01
    problem = _problem(bytes(data))
    assert problem.code == "damaged"
    assert str(problem) == (
        "This handover package has been changed or damaged after it was made; it cannot be "
        "trusted. Nothing was imported. Ask the sender to export it again."
    )
    assert "niets geïmporteerd" in problem.message_nl


def test_truncation_at_every_length() -> None:
    data = _package()
    for length in range(len(data)):
        cut = data[:length]
        with pytest.raises(PackageProblem) as info:
            peek(cut)
        assert info.value.code == "truncated", length
        # unseal fails the same way, before any key derivation.
        problem = _problem(cut)
        assert problem.code == "truncated", length
        assert f"ends after {length:,} of " in str(problem)
        _assert_clean(problem, PASSPHRASE, PAYLOAD)


def test_truncated_message_gives_sizes() -> None:
    payload = os.urandom(5000)
    data = seal(payload, PASSPHRASE)
    problem = _problem(data[:1234])
    assert problem.code == "truncated"
    assert str(problem) == (
        f"This file is incomplete (it ends after 1,234 of {len(data):,} bytes); "
        "ask the sender to export it again."
    )
    nl_total = f"{len(data):,}".replace(",", ".")
    assert problem.message_nl == (
        f"Dit bestand is onvolledig (het houdt op na 1.234 van {nl_total} bytes); "
        "vraag de afzender het opnieuw te exporteren."
    )
    header_cut = _problem(data[:50])
    assert "ends after 50 of at least 84 bytes" in str(header_cut)


@pytest.mark.parametrize("extra", [b"\x00", b"trailing garbage" * 10])
def test_appended_bytes_are_damage(extra: bytes) -> None:
    data = _package() + extra
    assert _problem(data).code == "damaged"
    with pytest.raises(PackageProblem) as info:
        peek(data)
    assert info.value.code == "damaged"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"x" * 200,
        b"PK\x03\x04",
        b"W",
        b"vangnet-overdracht\n\x01" + b"\x00" * 100,
        b"\x00" * 100,
    ],
)
def test_not_a_package(data: bytes) -> None:
    problem = _problem(data)
    assert problem.code == "not_a_package"
    assert str(problem) == "This is not a Vangnet handover package."
    with pytest.raises(PackageProblem):
        peek(data)


def test_newer_version_is_unsupported() -> None:
    data = _with(_package(), VERSION_AT, b"\x02")
    problem = _problem(data)
    assert problem.code == "unsupported_version"
    assert "newer Vangnet" in str(problem)
    assert "nieuwere Vangnet" in problem.message_nl
    # A newer format may have another header: even a short file says "update".
    assert _problem(data[: VERSION_AT + 1]).code == "unsupported_version"
    assert _problem(_with(_package(), VERSION_AT, b"\x00")).code == "damaged"


@pytest.mark.parametrize(
    ("at", "value"),
    [
        (KDF_AT, 2),
        (LOG2_N_AT, 13),
        (LOG2_N_AT, 21),
        (LOG2_N_AT, 255),
        (R_AT, 0),
        (R_AT, 17),
        (P_AT, 0),
        (P_AT, 5),
    ],
)
def test_bad_scrypt_params_are_rejected_before_deriving(
    at: int, value: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_scrypt(*args: object, **kwargs: object) -> None:
        raise AssertionError("scrypt must not run for a damaged header")

    monkeypatch.setattr(sealed, "Scrypt", no_scrypt)
    data = _with(_package(), at, bytes([value]))
    assert _problem(data).code == "damaged"


def test_costly_scrypt_params_in_range_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scrypt(*args: object, **kwargs: object) -> None:
        raise AssertionError("scrypt must not run for a damaged header")

    monkeypatch.setattr(sealed, "Scrypt", no_scrypt)
    # log2 n = 20 with r = 16 would need 2 GiB; p = 4 with that would take many seconds.
    data = _with(_package(), LOG2_N_AT, bytes([20, 16, 4]))
    assert _problem(data).code == "damaged"
    with pytest.raises(PackageProblem):
        peek(data)


def test_huge_declared_length_is_truncated_not_a_crash() -> None:
    data = _with(_package(), LENGTH_AT, b"\xff" * 8)
    problem = _problem(data)
    assert problem.code == "truncated"


def test_declared_length_shorter_than_the_tag_is_damaged() -> None:
    data = _with(_package(), LENGTH_AT, struct.pack(">Q", 3))[: HEADER_SIZE + 3]
    assert _problem(data).code == "damaged"


def test_out_of_range_creation_time_is_damaged_in_peek() -> None:
    data = _with(_package(), CREATED_AT, struct.pack(">q", 2**62))
    with pytest.raises(PackageProblem) as info:
        peek(data)
    assert info.value.code == "damaged"


# --- size limits --------------------------------------------------------------------------


def test_zip_bomb_is_too_large() -> None:
    data = seal(bytes(50 * 1024 * 1024), PASSPHRASE)
    assert len(data) < 1024 * 1024
    problem = _problem(data, max_size=1024 * 1024)
    assert problem.code == "too_large"
    assert "1,048,576 bytes" in str(problem)
    assert "1.048.576 bytes" in problem.message_nl


def test_max_size_is_inclusive() -> None:
    data = seal(b"x" * 1000, PASSPHRASE)
    assert unseal(data, PASSPHRASE, max_size=1000) == b"x" * 1000
    assert _problem(data, max_size=999).code == "too_large"
    assert unseal(seal(b"", PASSPHRASE), PASSPHRASE, max_size=0) == b""


# --- the exception itself -----------------------------------------------------------------


def test_problem_survives_pickling() -> None:
    problem = _problem(_package(), "verkeerd")
    again = pickle.loads(pickle.dumps(problem))
    assert isinstance(again, PackageProblem)
    assert (again.code, str(again), again.message_nl) == (
        problem.code,
        str(problem),
        problem.message_nl,
    )


def test_unknown_code_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        PackageProblem("oops", "en", "nl")


# --- unpacking (after authentication; tested directly, no key derivation) -----------------


@settings(max_examples=60, deadline=None)
@given(payload=st.binary(max_size=5000) | st.just(bytes(300_000)), max_size=st.integers(0, 6000))
def test_unpacking_stops_exactly_at_max_size(payload: bytes, max_size: int) -> None:
    compressed = zlib.compress(payload, 6)
    if len(payload) <= max_size:
        assert sealed._decompress(compressed, max_size) == payload
    else:
        with pytest.raises(PackageProblem) as info:
            sealed._decompress(compressed, max_size)
        assert info.value.code == "too_large"


@pytest.mark.parametrize(
    "compressed",
    [
        b"",
        b"not zlib at all",
        zlib.compress(b"abc" * 1000)[:-5],  # stream cut short
        zlib.compress(b"abc") + b"extra",  # data after the stream
    ],
    ids=["empty", "garbage", "incomplete", "trailing"],
)
def test_bad_compressed_stream_is_damaged(compressed: bytes) -> None:
    with pytest.raises(PackageProblem) as info:
        sealed._decompress(compressed, 2**20)
    assert info.value.code == "damaged"


def test_an_opened_package_may_unpack_only_so_far() -> None:
    """Issue 12.6: a 1.1 MB package that unpacked to 1.2 GB was accepted (2.4 GB of memory).
    Opening a package caps it by ratio and absolute size before anything is parsed."""
    from app.services.handover.exchange import (
        UNPACK_CEILING,
        UNPACK_FLOOR,
        open_package,
        unpack_limit,
    )

    assert unpack_limit(1_100_000) == 55_000_000
    assert unpack_limit(1_000) == UNPACK_FLOOR and unpack_limit(10**9) == UNPACK_CEILING
    bomb = seal(b" " * (UNPACK_FLOOR + 1), PASSPHRASE)  # packs to a few KB
    with pytest.raises(PackageProblem) as caught:
        open_package(bomb, PASSPHRASE)
    assert caught.value.code == "too_large"
