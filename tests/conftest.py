"""Shared test set-up: offscreen Qt, an isolated environment, a replaceable keyring.

The OS keyring is the one seam tests may replace (design.md); everything else is real: real
SQLCipher files in tmp_path, real CSV files, the real CLI.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date, time  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402

from app.services import clock  # noqa: E402

# Copies of ../shared/samples (Windows-1252, as Dutch Excel writes), so tests run anywhere.
DATA = Path(__file__).resolve().parent / "data"
SAMPLE_SIGNALS = DATA / "meldingen-voorbeeld.csv"
PASSPHRASE = "correct horse battery staple"
# The day every test runs on, whatever the real date (a Monday; the fixtures' signals are
# dated around it). Tests that need another day or time move `test_clock`.
TEST_DAY = date(2026, 11, 23)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend: the one seam tests may replace."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the real keyring, the user's data folder or the user's log."""
    monkeypatch.delenv("VANGNET_PASSPHRASE", raising=False)
    monkeypatch.delenv("VANGNET_DEBUG", raising=False)
    monkeypatch.setenv("VANGNET_DB", str(tmp_path / "data" / "vangnet.db"))
    monkeypatch.setenv("VANGNET_USER", "tester")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "vangnet.db"


@pytest.fixture
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("VANGNET_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture(autouse=True)
def cheap_keycheck(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key check costs as much as SQLCipher's own key derivation (256,000 rounds) on
    purpose; hundreds of test databases need not pay it. The rounds are stored with the check."""
    from app.services import keycheck

    monkeypatch.setattr(keycheck, "ITERATIONS", 1_000)


@pytest.fixture(scope="session", autouse=True)
def fixture_clock() -> Iterator[None]:
    """Module- and session-wide fixtures (a handover "world", an office built once per module)
    record on the same fixed day as the tests that use them, not on the real one."""
    with clock.using(clock.FixedClock.on(TEST_DAY, time(12, 0))):
        yield


@pytest.fixture(autouse=True)
def test_clock() -> Iterator[clock.FixedClock]:
    """The services' clock stands at noon on TEST_DAY: what a test records and what it compares
    against come from one clock, so no test depends on the day it runs (issue 11)."""
    with clock.using(clock.FixedClock.on(TEST_DAY, time(12, 0))) as fixed:
        yield fixed
