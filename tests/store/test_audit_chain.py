"""The audit trail proves itself (issue 15.6): `vangnet audit verify` finds a changed, a removed,
a moved and a foreign entry, made with a plain SQLCipher client that holds the key, and the
removal of the newest entries. Older databases get their trail chained by the migration."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import audit
from app.services.audit_chain import verify
from app.services.keys import DatabaseKey
from app.services.store import open_store, raw_connect
from tests.conftest import PASSPHRASE, SAMPLE_SIGNALS
from tests.helpers import cli, database_at_revision


@pytest.fixture
def trail(db_path: Path, passphrase_env: str) -> Path:
    """A database with a dozen audit entries of ordinary work."""
    assert cli("init", "--office", "Wijkteam Keten").code == 0
    store = open_store(db_path, DatabaseKey(passphrase=PASSPHRASE))
    with store.transaction() as session:
        for n in range(10):
            audit.record(session, "change", "setting", f"test-{n}", detail=f"stap {n}")
    store.close()
    intact = cli("audit", "verify")
    assert intact.code == 0, intact.err
    assert "intact" in intact.out
    return db_path


def _plain(db_path: Path, *statements: str) -> None:
    """What someone with the key and a plain SQLCipher tool could do."""
    conn = raw_connect(db_path, DatabaseKey(passphrase=PASSPHRASE))
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _ids(db_path: Path) -> list[int]:
    conn = raw_connect(db_path, DatabaseKey(passphrase=PASSPHRASE))
    ids = [row[0] for row in conn.execute("SELECT id FROM audit_log ORDER BY seq")]
    conn.close()
    return ids


def test_a_changed_entry_is_named(trail: Path) -> None:
    victim = _ids(trail)[4]
    _plain(trail, f"UPDATE audit_log SET actor = 'iemand anders' WHERE id = {victim}")
    run = cli("audit", "verify")
    assert run.code == 1
    assert f"entry {victim} (number 5) was changed after it was written" in run.err


def test_a_changed_moment_is_named(trail: Path) -> None:
    victim = _ids(trail)[2]
    _plain(trail, f"UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = {victim}")
    assert f"entry {victim} " in cli("audit", "verify").err


def test_a_removed_entry_is_found(trail: Path) -> None:
    ids = _ids(trail)
    _plain(trail, f"DELETE FROM audit_log WHERE id = {ids[3]}")
    run = cli("audit", "verify", "--json")
    assert run.code == 1
    report = run.json()
    assert report["broken_id"] == ids[4] and report["broken_number"] == 5
    assert "number 4 is missing" in report["reason"]


def test_a_removed_entry_with_the_numbers_closed_up_is_found(trail: Path) -> None:
    ids = _ids(trail)
    _plain(
        trail,
        f"DELETE FROM audit_log WHERE id = {ids[3]}",
        "UPDATE audit_log SET seq = seq - 1 WHERE seq > 4",
    )
    run = cli("audit", "verify")
    assert run.code == 1 and "does not follow the entry before it" in run.err


def test_entries_put_in_another_order_are_found(trail: Path) -> None:
    ids = _ids(trail)
    a, b = ids[5], ids[6]
    _plain(
        trail,
        f"UPDATE audit_log SET seq = -1 WHERE id = {a}",
        f"UPDATE audit_log SET seq = 6 WHERE id = {b}",
        f"UPDATE audit_log SET seq = 7 WHERE id = {a}",
    )
    run = cli("audit", "verify")
    assert run.code == 1 and f"entry {b} (number 6)" in run.err


def test_removing_the_newest_entries_is_found(trail: Path) -> None:
    ids = _ids(trail)
    _plain(trail, f"DELETE FROM audit_log WHERE id IN ({ids[-1]}, {ids[-2]})")
    run = cli("audit", "verify")
    assert run.code == 1 and "the newest entries are missing" in run.err


def test_an_entry_written_past_vangnet_is_found(trail: Path) -> None:
    _plain(
        trail,
        "INSERT INTO audit_log (at, actor, action, object_type, object_id, result, detail, "
        "prev_hash, entry_hash) VALUES ('2026-11-23 10:00:00.000000', 'x', 'read', 'case', '1', "
        "'ok', '', '', '')",
    )
    run = cli("audit", "verify")
    assert run.code == 1 and "is not part of the chain" in run.err


def test_ordinary_work_keeps_the_chain_whole(trail: Path) -> None:
    """Every command that writes moves the head in the same transaction as its entry."""
    assert cli("settings", "office", "Wijkteam Keten Noord").code == 0
    assert cli("backup", trail.parent / "kopie.vangnet").code == 0
    run = cli("audit", "verify", "--json")
    assert run.code == 0 and run.json()["ok"] is True
    assert run.json()["entries"] == run.json()["head"] >= 12


def test_the_migration_chains_an_older_trail(db_path: Path) -> None:
    key = DatabaseKey(passphrase="migration passphrase 1")
    database_at_revision(db_path, key, "0005")
    conn = raw_connect(db_path, key)
    for n in range(3):
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, object_type, object_id, result, detail) "
            f"VALUES ('2026-11-0{n + 1} 09:30:00.000000', 'wijkteam', 'create', 'case', '{n}', "
            "'ok', '')"
        )
    conn.commit()
    conn.close()
    store = open_store(db_path, key)  # migrates to the newest schema
    with store.session() as session:
        report = verify(session)
    store.close()
    assert report.ok and report.entries >= 3, report


def test_reading_a_case_is_logged_without_personal_data(trail: Path) -> None:
    assert cli("import", SAMPLE_SIGNALS, "--today", "2026-11-09").code == 0
    shown = cli("case", "1")
    assert shown.code == 0
    lines = cli("audit", "--json", "--limit", "3").json()
    read = lines[0]
    assert (read["action"], read["object_type"], read["object_id"], read["detail"]) == (
        "read", "case", "1", "cli"
    )
    assert "Hoekstra" not in str(lines) and "Hoekstra" in shown.out
    assert cli("audit", "verify").code == 0
