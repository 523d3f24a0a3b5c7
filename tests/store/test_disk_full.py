"""Issue 12.5: a full disk is said as such ("the disk is full", exit 6), nothing is
half-written, and the database works again once there is room.

The full disk is made with SQLite's own limit on the file's size (`PRAGMA max_page_count`):
SQLite then answers exactly as on a full disk (SQLITE_FULL, "database or disk is full")."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from app import cli as cli_module
from app.services import store as store_module
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


def _rows(count: int) -> bytes:
    return signal_csv(
        *(signal_row(referentie=f"VOL-{i}", melddatum="16-11-2026") for i in range(count))
    )


def _no_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new connection may not grow the file: the disk is full."""
    configure = store_module._configure

    def full(conn: Any) -> None:
        configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(store_module, "_configure", full)


def test_an_import_on_a_full_disk_says_so_and_changes_nothing(
    db_path: Path, passphrase_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", "--office", "Wijkteam").code == 0
    signals = tmp_path / "meldingen.csv"
    signals.write_bytes(_rows(3000))
    with monkeypatch.context() as full:
        _no_room(full)
        run = cli("import", signals, "--today", TODAY)
        assert run.code == 6, run.err
        assert "The disk is full" in run.err and "nothing was changed" in run.err
        assert "Unexpected" not in run.err and "Traceback" not in run.err
        inbox = cli("inbox", "--json", "--today", TODAY)
        assert inbox.code == 0 and inbox.json() == []  # nothing half-written
    # room again: the same import works
    again = cli("import", signals, "--today", TODAY)
    assert again.code == 0, again.err
    assert "imported 3000 signal(s); 0 already present" in again.out


def test_a_full_disk_outside_the_database_says_so(
    db_path: Path, passphrase_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup or a letter written to a full disk: the OSError (ENOSPC) is named."""
    assert cli("init", "--office", "Wijkteam").code == 0

    def no_space(_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/backup.vangnet")

    monkeypatch.setitem(cli_module.COMMANDS, "backup", no_space)
    run = cli("backup", "/media/usb/backup.vangnet")
    assert run.code == 6
    assert run.err.strip() == (
        "The disk is full (/media/usb); nothing was changed. Make room on the disk and try again."
    )
