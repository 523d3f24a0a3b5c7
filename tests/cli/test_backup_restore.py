"""Encrypted backup and verified restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.backup import database_snapshot
from app.services.keys import DatabaseKey
from tests.conftest import PASSPHRASE, SAMPLE_SIGNALS
from tests.helpers import cli

KEY = DatabaseKey(passphrase=PASSPHRASE)


@pytest.fixture
def filled(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init").code == 0
    # demo cases go only into an empty (or demo) database, and then only files of invented
    # people (the sample) go in after them: demo and real never mix (issue 13.6)
    assert cli("demo", "--cases", "30", "--today", "2026-11-23").code == 0
    assert cli("import", SAMPLE_SIGNALS, "--invented", "--today", "2026-11-23").code == 0
    return db_path


def test_backup_then_restore_round_trip(filled: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.vangnet"
    run = cli("backup", backup)
    assert run.code == 0, run.err
    assert "verified" in run.out
    original = database_snapshot(filled, KEY)
    backed_up = database_snapshot(backup, KEY)
    # the backup holds everything except the audit entry written about the backup itself
    assert backed_up.counts["cases"] == original.counts["cases"] == 34
    # change the live database, then restore
    assert (
        cli("event", "31", "feedback_sent", "--on", "2026-11-10", "--today", "2026-11-23").code
        == 0
    )
    refused = cli("restore", backup)
    assert refused.code == 1 and "--force" in refused.err
    run = cli("restore", backup, "--force")
    assert run.code == 0, run.err
    assert "kept at" in run.out
    restored = database_snapshot(filled, KEY)
    assert restored.counts["cases"] == backed_up.counts["cases"]
    assert restored.counts["case_events"] == backed_up.counts["case_events"]
    # the restore itself is audited; everything else is identical to the backup
    assert restored.counts["audit_log"] == backed_up.counts["audit_log"] + 1
    without_audit = {k: v for k, v in restored.counts.items() if k != "audit_log"}
    assert without_audit == {k: v for k, v in backed_up.counts.items() if k != "audit_log"}


def test_restore_into_empty_place_is_exactly_the_backup(
    filled: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.vangnet"
    assert cli("backup", backup).code == 0
    expected = database_snapshot(backup, KEY)
    elsewhere = tmp_path / "laptop2" / "vangnet.db"
    run = cli("--db", elsewhere, "restore", backup)
    assert run.code == 0, run.err
    got = database_snapshot(elsewhere, KEY)
    assert got.counts["cases"] == expected.counts["cases"]
    assert {k: v for k, v in got.counts.items() if k != "audit_log"} == {
        k: v for k, v in expected.counts.items() if k != "audit_log"
    }


def test_backup_content_hash_equals_source(filled: Path, tmp_path: Path) -> None:
    from app.services.backup import backup

    dest = tmp_path / "hash.vangnet"
    snap = backup(filled, KEY, dest)
    assert snap == database_snapshot(filled, KEY) == database_snapshot(dest, KEY)


def test_backup_refuses_existing_destination(filled: Path, tmp_path: Path) -> None:
    dest = tmp_path / "exists.vangnet"
    dest.write_bytes(b"something precious")
    run = cli("backup", dest)
    assert run.code == 1 and "already exists" in run.err
    assert dest.read_bytes() == b"something precious"


def test_restore_of_damaged_file_changes_nothing(filled: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.vangnet"
    assert cli("backup", backup).code == 0
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0xFF  # flip bits inside an encrypted page
    backup.write_bytes(bytes(data))
    before = database_snapshot(filled, KEY)
    run = cli("restore", backup, "--force")
    assert run.code in (1, 2)
    assert "Traceback" not in run.err and run.err.strip()
    assert database_snapshot(filled, KEY) == before


def test_restore_with_wrong_key_is_a_key_error(filled: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.vangnet"
    assert cli("backup", backup).code == 0
    monkeypatch.setenv("VANGNET_PASSPHRASE", "some other passphrase")
    run = cli("--db", tmp_path / "new" / "v.db", "restore", backup)
    assert run.code == 2 and "passphrase is wrong" in run.err
    assert not (tmp_path / "new" / "v.db").exists()


def test_restore_refuses_while_another_vangnet_has_the_database_open(
    filled: Path, tmp_path: Path
) -> None:
    """Issue 12.2: `restore --force` while another process had the database open lost that
    process's later writes (they landed in the file set aside, not in the restored one)."""
    import subprocess
    import sys

    backup = tmp_path / "backup.vangnet"
    assert cli("backup", backup).code == 0
    before = database_snapshot(filled, KEY)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from app.services.keys import DatabaseKey\n"
            "from app.services.store import open_store\n"
            "store = open_store(Path(sys.argv[1]), DatabaseKey(passphrase=sys.argv[2]))\n"
            "store.setting('office_name'); print('open', flush=True); sys.stdin.readline()\n"
            "store.close()\n",
            str(filled),
            PASSPHRASE,
        ],
        cwd=Path(__file__).resolve().parents[2],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        run = cli("restore", backup, "--force")
        assert run.code == 1
        assert "is open in another Vangnet (a window or a command); close it first" in run.err
        assert list(filled.parent.glob("*before-restore*")) == []
        assert not filled.with_name(filled.name + ".restoring").exists()
    finally:
        holder.communicate("\n", timeout=60)
    assert database_snapshot(filled, KEY) == before  # nothing was replaced
    run = cli("restore", backup, "--force")  # closed now: the restore goes ahead
    assert run.code == 0, run.err


def test_restore_with_a_locked_keyring_restores_and_says_so(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    """Issue 12.8: with a locked keyring `restore` restored, then failed to store the key and
    exited 2; a retry then said the database exists."""
    from app.services import keys

    monkeypatch.delenv("VANGNET_PASSPHRASE", raising=False)
    made = cli("init", "--key-mode", "keyring")
    assert made.code == 0, made.err
    recovery = next(
        line.strip() for line in made.out.splitlines() if line.strip().count("-") == 13
    )
    backup = tmp_path / "b.vangnet"
    assert cli("backup", backup).code == 0

    def locked(*_args: object) -> None:
        raise keys.KeyProblem("the keyring is locked")

    monkeypatch.setattr(keys, "keyring_store", locked)
    monkeypatch.setenv("VANGNET_PASSPHRASE", recovery)
    target = tmp_path / "elders" / "vangnet.db"
    run = cli("--db", target, "restore", backup)
    assert run.code == 0, run.err
    assert "could not be put in the system keyring (the keyring is locked)" in run.err
    assert run.out.startswith(f"Restored {target}")
    assert cli("--db", target, "inbox").code == 0  # opens with the recovery key
