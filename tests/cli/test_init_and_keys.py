"""init, unlocking and key problems through the real command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.keys import parse_recovery_key
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.helpers import cli


def test_init_with_passphrase_creates_encrypted_database(
    db_path: Path, passphrase_env: str
) -> None:
    run = cli("init", "--office", "Wijkteam Noord")
    assert run.code == 0, run.err
    assert db_path.exists()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert "passphrase" in run.out


def test_init_refuses_to_overwrite(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    before = db_path.read_bytes()
    run = cli("init")
    assert run.code == 1
    assert "already exists" in run.err and "will not overwrite" in run.err
    assert db_path.read_bytes() == before


def test_init_without_keyring_or_passphrase_says_so_and_creates_nothing(db_path: Path) -> None:
    run = cli("init")
    assert run.code == 2
    assert "No usable keyring" in run.err and "fail.Keyring" in run.err
    assert "VANGNET_PASSPHRASE" in run.err
    assert not db_path.exists()


def test_init_rejects_short_passphrase(db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VANGNET_PASSPHRASE", "kort")
    run = cli("init")
    assert run.code == 2 and "at least 12 characters" in run.err
    assert not db_path.exists()


def test_keyring_mode_shows_recovery_key_once_and_opens_from_keyring(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    run = cli("init")
    assert run.code == 0, run.err
    lines = [ln.strip() for ln in run.out.splitlines() if ln.strip().count("-") == 13]
    assert len(lines) == 1
    raw = parse_recovery_key(lines[0])
    assert raw is not None
    stored = next(iter(memory_keyring.entries.values()))
    assert bytes.fromhex(stored) == raw
    inbox = cli("inbox", "--json")
    assert inbox.code == 0 and inbox.json() == []


def test_recovery_key_opens_database_when_keyring_is_gone(
    db_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    run = cli("init")
    recovery = next(ln.strip() for ln in run.out.splitlines() if ln.strip().count("-") == 13)
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    locked = cli("inbox")
    assert locked.code == 2
    assert "fail.Keyring" in locked.err and "no keyring backend" in locked.err
    monkeypatch.setenv("VANGNET_PASSPHRASE", recovery)
    assert cli("inbox").code == 0


def test_wrong_passphrase_exit_2_one_line_no_traceback(db_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "VANGNET_PASSPHRASE": PASSPHRASE, "VANGNET_DB": str(db_path)}
    subprocess.run([sys.executable, "-m", "app", "init"], env=env, check=True, capture_output=True)
    before = db_path.read_bytes()
    env["VANGNET_PASSPHRASE"] = "this is the wrong passphrase"
    done = subprocess.run(
        [sys.executable, "-m", "app", "inbox"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "passphrase is wrong" in lines[0]
    assert "Traceback" not in done.stderr and "ERROR CORE" not in done.stderr
    assert db_path.read_bytes() == before


def test_version() -> None:
    run = cli("--version")
    assert run.code == 0 and run.out.startswith("vangnet ")


def test_missing_database_is_a_clear_message(db_path: Path, passphrase_env: str) -> None:
    run = cli("inbox")
    assert run.code == 1
    assert "No database" in run.err and "vangnet init" in run.err
    assert not db_path.exists()


def test_a_key_from_the_keyring_needs_the_unlock_code_on_the_command_line_too(
    db_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 13.5: the lock cannot be walked around with `vangnet inbox` at an unattended desk."""
    from app.services.unlock import unlock
    from app.services.unlock_code import set_unlock_code

    run = cli("init")
    recovery = next(ln.strip() for ln in run.out.splitlines() if ln.strip().count("-") == 13)
    store = unlock(db_path, ask=None)
    with store.transaction() as session:
        set_unlock_code(session, "beuk-en-eik")
    store.close()

    asked = cli("inbox", "--json")  # not a terminal: nothing can be asked
    assert asked.code == 2 and asked.out == ""
    assert "unlock code" in asked.err and "VANGNET_UNLOCK_CODE" in asked.err
    monkeypatch.setenv("VANGNET_UNLOCK_CODE", "beuk-en-ei")
    wrong = cli("inbox", "--json")
    assert (wrong.code, wrong.err.strip()) == (2, "The unlock code is wrong. Nothing was opened.")
    from app.services.keys import KeyProblem
    from app.ui.launch import _open_for_screenshot  # what `gui --screenshot` opens with

    with pytest.raises(KeyProblem, match="unlock code is wrong"):
        _open_for_screenshot(db_path)
    monkeypatch.setenv("VANGNET_UNLOCK_CODE", "beuk-en-eik")
    _open_for_screenshot(db_path).close()
    right = cli("inbox", "--json")
    assert right.code == 0 and right.json() == []
    # the recovery key is something only the office has: it needs no code
    monkeypatch.delenv("VANGNET_UNLOCK_CODE")
    monkeypatch.setenv("VANGNET_PASSPHRASE", recovery)
    assert cli("inbox", "--json").code == 0
    # wrong tries slow down here as in the window, counted in the database
    monkeypatch.delenv("VANGNET_PASSPHRASE")
    monkeypatch.setenv("VANGNET_UNLOCK_CODE", "nog-een-fout")
    said = [cli("inbox").err for _ in range(4)]
    assert "try again in 5 s" in said[-1], said
    monkeypatch.setenv("VANGNET_UNLOCK_CODE", "beuk-en-eik")
    assert "try again in" in cli("inbox").err  # even the right code waits its turn
    assert memory_keyring.entries  # the keyring kept the key all along
