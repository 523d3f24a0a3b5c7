"""Changing the key (issue 15.5): a new passphrase, keyring <-> passphrase, a new recovery key
(the old one stops working), each with a verified backup under the old key first; killed after
any step, the database opens with the old key or with the new one and holds every row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app.services.backup import database_snapshot
from app.services.keys import DatabaseKey, key_from_secret, parse_recovery_key
from app.services.rekey import STEPS, rekeying_path
from app.services.store import WrongKey, open_store
from tests.conftest import PASSPHRASE, SAMPLE_SIGNALS, MemoryKeyring
from tests.helpers import cli

ROOT = Path(app.__file__).resolve().parent.parent
NEW = "een heel andere wachtzin 2026"


def _recovery(out: str) -> str:
    return next(ln.strip() for ln in out.splitlines() if ln.strip().count("-") == 13)


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--office", "Wijkteam Sleutel").code == 0
    assert cli("import", SAMPLE_SIGNALS, "--today", "2026-11-09").code == 0
    return db_path


def test_a_new_passphrase(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = database_snapshot(office, DatabaseKey(passphrase=PASSPHRASE))
    monkeypatch.setenv("VANGNET_NEW_PASSPHRASE", NEW)
    run = cli("key", "change")
    assert run.code == 0, run.err
    assert "encrypted with a new passphrase" in run.out
    with pytest.raises(WrongKey):
        open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    after = database_snapshot(office, DatabaseKey(passphrase=NEW))
    assert after.counts["cases"] == before.counts["cases"] == 4
    (kept,) = office.parent.glob("vangnet.before-keychange-*.db")
    assert database_snapshot(kept, DatabaseKey(passphrase=PASSPHRASE)) == before  # old key
    assert not rekeying_path(office).exists()
    monkeypatch.setenv("VANGNET_PASSPHRASE", NEW)
    assert cli("audit", "verify").code == 0
    assert cli("inbox", "--json").json()


def test_a_too_short_or_the_same_passphrase_changes_nothing(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = office.read_bytes()
    monkeypatch.setenv("VANGNET_NEW_PASSPHRASE", "kort")
    short = cli("key", "change")
    assert short.code == 2 and "at least 12 characters" in short.err
    monkeypatch.setenv("VANGNET_NEW_PASSPHRASE", PASSPHRASE)
    same = cli("key", "change")
    assert same.code == 2 and "same as the current one" in same.err
    assert office.read_bytes() == before
    assert not list(office.parent.glob("vangnet.before-keychange-*"))


def test_from_a_passphrase_to_the_keyring_and_a_new_recovery_key(
    office: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_keyring = cli("key", "change", "--to", "keyring")
    assert to_keyring.code == 0, to_keyring.err
    first = _recovery(to_keyring.out)
    monkeypatch.delenv("VANGNET_PASSPHRASE")
    assert cli("inbox", "--json").code == 0  # the key comes from the keyring now
    assert cli("settings", "show").out.count("keyring") >= 1
    renewed = cli("key", "recovery-new")
    assert renewed.code == 0, renewed.err
    second = _recovery(renewed.out)
    assert second != first
    with pytest.raises(WrongKey):  # the old recovery key stops working
        open_store(office, key_from_secret(first))
    open_store(office, key_from_secret(second)).close()
    assert list(memory_keyring.entries) == [("Vangnet", str(office.resolve()))]
    raw = parse_recovery_key(second)
    assert raw is not None and bytes.fromhex(next(iter(memory_keyring.entries.values()))) == raw
    back = cli("key", "change", "--to", "passphrase")
    assert back.code == 2 and "No new passphrase" in back.err  # nothing to ask here
    monkeypatch.setenv("VANGNET_NEW_PASSPHRASE", NEW)
    assert cli("key", "change", "--to", "passphrase").code == 0
    assert memory_keyring.entries == {}  # the raw key does not stay behind


def test_another_vangnet_with_the_database_open_stops_the_change(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    try:
        with store.session() as session:  # a window, reading
            session.connection().exec_driver_sql("SELECT count(*) FROM cases").fetchone()
            monkeypatch.setenv("VANGNET_NEW_PASSPHRASE", NEW)
            run = cli("key", "change")
    finally:
        store.close()
    assert run.code != 0 and "open in another Vangnet" in run.err
    open_store(office, DatabaseKey(passphrase=PASSPHRASE)).close()


def _killed_change(db: Path, step: str, keyring_file: Path, to: str) -> None:
    env = {
        **os.environ,
        "VANGNET_DB": str(db),
        "VANGNET_PASSPHRASE": PASSPHRASE,
        "VANGNET_NEW_PASSPHRASE": NEW,
        "VANGNET_KILL_AT": step,
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "VANGNET_TEST_KEYRING": str(keyring_file),
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "key", "change", "--to", to],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 137, (step, done.returncode, done.stderr)


@pytest.mark.parametrize("to", ["passphrase", "keyring"])
@pytest.mark.parametrize("step", STEPS)
def test_killed_after_any_step_nothing_is_lost(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, to: str
) -> None:
    before = database_snapshot(office, DatabaseKey(passphrase=PASSPHRASE))
    keyring_file = tmp_path / "keyring.json"
    _killed_change(office, step, keyring_file, to)
    swapped = STEPS.index(step) >= STEPS.index("swap")
    if not swapped:
        key = DatabaseKey(passphrase=PASSPHRASE)
    elif to == "passphrase":
        key = DatabaseKey(passphrase=NEW)
    else:
        entries = json.loads(keyring_file.read_text(encoding="utf-8"))
        (stored,) = entries.values()  # the next key, promoted or not yet
        key = DatabaseKey(raw=bytes.fromhex(stored))
    after = database_snapshot(office, key)
    assert after.counts["cases"] == before.counts["cases"]
    assert {k: v for k, v in after.counts.items() if k not in ("audit_log", "settings")} == {
        k: v for k, v in before.counts.items() if k not in ("audit_log", "settings")
    }
    # the next start settles what the kill left: the app opens with the key it should
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    monkeypatch.setenv("VANGNET_TEST_KEYRING", str(keyring_file))
    env = {**os.environ, "VANGNET_DB": str(office)}
    env.pop("VANGNET_PASSPHRASE", None)
    if key.passphrase is not None:
        env["VANGNET_PASSPHRASE"] = key.passphrase
    done = subprocess.run(
        [sys.executable, "-m", "app", "inbox", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, (step, to, done.stderr)
    assert len(json.loads(done.stdout)) == 4
    if keyring_file.exists():
        names = list(json.loads(keyring_file.read_text(encoding="utf-8")))
        assert not any(name.endswith("#next") for name in names), names  # settled
        if to == "passphrase" or not swapped:
            assert names == []
    assert not list(office.parent.glob("*.rekeying")) or not swapped


def test_a_write_between_the_copy_and_the_swap_stops_the_change(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Vangnet that opened, wrote and closed meanwhile: its write is not lost."""
    from app.services import audit, rekey
    from app.services.backup import BackupProblem

    old = DatabaseKey(passphrase=PASSPHRASE)
    real_step = rekey._step_done

    def someone_writes(name: str) -> None:
        real_step(name)
        if name == "next":
            store = open_store(office, old)
            with store.transaction() as session:
                audit.record(session, "read", "case", 1, detail="window")
            store.close()

    monkeypatch.setattr(rekey, "_step_done", someone_writes)
    with pytest.raises(BackupProblem, match="changed while the copy was made"):
        rekey.change_key(office, old, DatabaseKey(passphrase=NEW), actor="test")
    assert not rekeying_path(office).exists()
    store = open_store(office, old)  # still the old key, with the write
    with store.session() as session:
        from app.services.audit_chain import verify

        assert verify(session).ok
    store.close()


def test_a_passphrase_database_has_no_recovery_key_to_renew(office: Path) -> None:
    before = office.read_bytes()
    run = cli("key", "recovery-new")
    assert run.code == 1 and "has no recovery key" in run.err
    nothing = cli("key")
    assert nothing.code == 1 and "key change" in nothing.err
    assert office.read_bytes() == before
    assert not list(office.parent.glob("vangnet.before-keychange-*"))


def test_an_ordinary_start_does_not_ask_the_keyring_about_a_key_change(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import rekey

    asked: list[bool] = []
    monkeypatch.setattr(rekey, "keyring_load", lambda *a, **k: asked.append(True) or (None, ""))
    assert not rekey.change_marker(office).exists()
    assert rekey.finish_interrupted_change(office) is False
    assert asked == []  # no marker: nothing to settle, and no keyring probe on every start


def test_a_change_cut_off_without_its_marker_is_still_settled(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change cut off after its swap by a version that wrote no marker: the keyring's own key
    no longer opens the database, so the next key is tried after all."""
    keyring_file = tmp_path / "keyring.json"
    _killed_change(office, "swap", keyring_file, "keyring")
    from app.services.rekey import change_marker

    change_marker(office).unlink()
    entries = json.loads(keyring_file.read_text(encoding="utf-8"))
    (name,) = entries
    entries[name.removesuffix("#next")] = "00" * 32  # what an old keyring entry looks like
    keyring_file.write_text(json.dumps(entries), encoding="utf-8")
    env = {
        **os.environ,
        "VANGNET_DB": str(office),
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "VANGNET_TEST_KEYRING": str(keyring_file),
    }
    env.pop("VANGNET_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", "inbox", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    names = list(json.loads(keyring_file.read_text(encoding="utf-8")))
    assert not any(n.endswith("#next") for n in names)
