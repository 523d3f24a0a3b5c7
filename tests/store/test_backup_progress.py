"""Issue 13.4: backup and restore say how far they are and can be cancelled; a cancelled backup
leaves no file, a cancelled restore changes nothing. A restore can bring a backup made under
another key back under the database's current key. Bad destinations are named, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services.backup import (
    BackupCancelled,
    BackupProblem,
    backup,
    database_facts,
    database_snapshot,
    inspect_backup,
    restore,
)
from app.services.casework import load_context
from app.services.intake.importer import import_signals
from app.services.keycheck import keycheck_path
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import WrongKey, open_store, sidecar_paths
from tests.conftest import TEST_DAY
from tests.helpers import signal_csv, signal_row

KEY = DatabaseKey(passphrase="backup progress passphrase")
OTHER = DatabaseKey(passphrase="another office passphrase")


def _office(path: Path, key: DatabaseKey, cases: int, name: str = "Wijkteam Test") -> Path:
    rows = [
        signal_row(referentie=f"BK-{n}", naam=f"Persoon {n}", melddatum="02-11-2026")
        for n in range(cases)
    ]
    store = initialise(path, key, load_profile("haarlem"), name)
    with store.transaction() as session:
        report = import_signals(session, signal_csv(*rows), load_context(session), today=TEST_DAY)
        assert not report.errors, report.errors
    store.close()
    return path


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _office(tmp_path_factory.mktemp("tpl") / "vangnet.db", KEY, 200)


@pytest.fixture
def office(office_template: Path, tmp_path: Path) -> Path:
    """A copy of a 200-case office (made once per module: the demo takes a while)."""
    target = tmp_path / "data" / "vangnet.db"
    target.parent.mkdir()
    backup(office_template, KEY, target)
    return target


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class Recorder:
    """A progress callback that answers False from the first value at or past `stop_at`."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.stop_at = stop_at
        self.values: list[tuple[int, int]] = []
        self.after_stop = 0

    def __call__(self, done: int, total: int) -> bool:
        if self.stopped():
            self.after_stop += 1
        self.values.append((done, total))
        return self.stop_at is None or done < self.stop_at

    def stopped(self) -> bool:
        return self.stop_at is not None and any(d >= self.stop_at for d, _ in self.values)


def test_backup_reports_progress_from_start_to_end(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out" / "b.vangnet"
    dest.parent.mkdir()
    seen = Recorder()
    snap = backup(office, KEY, dest, progress=seen)
    assert snap.counts["cases"] == 200
    values = [d for d, _ in seen.values]
    assert values == sorted(values) and values[-1] == 1000 and len(set(values)) > 5
    assert {t for _, t in seen.values} == {1000}
    assert database_snapshot(dest, KEY) == snap
    assert _leftovers(dest.parent) == ["b.vangnet"]  # one self-contained file, no -wal beside
    assert dest.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("stop_at", "stage"),
    [(1, "checking the database"), (400, "copying"), (800, "checking the copy")],
)
def test_a_cancelled_backup_stops_and_leaves_no_file(
    office: Path, tmp_path: Path, stop_at: int, stage: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    dest = folder / "b.vangnet"
    seen = Recorder(stop_at)
    with pytest.raises(BackupCancelled):
        backup(office, KEY, dest, progress=seen)
    assert seen.after_stop == 0, stage  # no more work after the answer "stop"
    assert max(d for d, _ in seen.values) < 1000
    assert _leftovers(folder) == []


def test_cancelling_keeps_an_existing_file_as_it_was(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.vangnet"
    dest.write_bytes(b"an earlier backup")
    with pytest.raises(BackupCancelled):
        backup(office, KEY, dest, force=True, progress=Recorder(600))
    assert dest.read_bytes() == b"an earlier backup"
    assert _leftovers(tmp_path) == ["b.vangnet", "data"]


@pytest.mark.parametrize("name", ["vangnet.db", "vangnet.db-wal", "vangnet.db.keycheck"])
def test_the_database_and_its_companions_are_never_a_destination(
    office: Path, name: str
) -> None:
    before = {p.name: p.read_bytes() for p in office.parent.iterdir()}
    with pytest.raises(BackupProblem) as caught:
        backup(office, KEY, office.parent / name, force=True)
    assert caught.value.code == "same_file"
    assert {p.name: p.read_bytes() for p in office.parent.iterdir()} == before


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write in: read-only for an ordinary user; as root (who may
    write anywhere) the kernel's /sys, which refuses new files even to root."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    for candidate in (folder, Path("/sys")):
        probe = candidate / "vangnet-probe"
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError:
            return candidate
        os.close(fd)
        probe.unlink()
    pytest.skip("no folder here refuses writing")


def test_an_unwritable_folder_is_named_and_nothing_is_written(
    office: Path, tmp_path: Path
) -> None:
    folder = _unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(BackupProblem) as caught:
        backup(office, KEY, folder / "b.vangnet")
    assert caught.value.code == "not_writable" and caught.value.path == folder
    assert str(folder) in str(caught.value) and str(folder) in caught.value.message_nl
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_full_disk_is_said_and_nothing_is_left(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy may not grow (SQLite's own size limit: it answers exactly as a full disk)."""
    from app.services import backup as backup_module
    from app.services.store import DiskFull

    connect = backup_module.raw_connect

    def small_disk(path: Path, key: DatabaseKey, **kwargs: bool) -> object:
        conn = connect(path, key, **kwargs)
        if path.name.endswith(".verify"):
            conn.execute("PRAGMA max_page_count = 20")
        return conn

    monkeypatch.setattr(backup_module, "raw_connect", small_disk)
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(DiskFull) as caught:
        backup(office, KEY, folder / "b.vangnet")
    assert str(folder) in str(caught.value)
    assert _leftovers(folder) == []


def test_inspect_tells_what_a_backup_holds(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.vangnet"
    backup(office, KEY, dest)
    info = inspect_backup(dest, KEY)
    assert info.facts.cases == 200 and info.facts.office_name == "Wijkteam Test"
    assert info.facts.last_change is not None and info.size == dest.stat().st_size
    assert database_facts(office, KEY).cases == 200
    with pytest.raises(WrongKey):
        inspect_backup(dest, OTHER)
    with pytest.raises(BackupCancelled):
        inspect_backup(dest, KEY, progress=Recorder(300))


def test_a_cancelled_restore_changes_nothing(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.vangnet"
    backup(office, KEY, dest)
    before = database_snapshot(office, KEY)
    files = _leftovers(office.parent)
    for stop_at in (1, 500, 900):
        with pytest.raises(BackupCancelled):
            restore(dest, KEY, office, force=True, progress=Recorder(stop_at))
        assert database_snapshot(office, KEY) == before
        assert _leftovers(office.parent) == files  # no copy set aside, nothing half-copied


def test_restore_reaches_its_total_before_the_swap(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.vangnet"
    backup(office, KEY, dest)
    seen = Recorder()
    result = restore(dest, KEY, office, force=True, progress=seen)
    assert seen.values[-1] == (1000, 1000)
    assert result.previous_kept_at is not None and result.previous_kept_at.exists()
    assert database_snapshot(result.previous_kept_at, KEY).counts["cases"] == 200


def test_a_backup_under_another_key_comes_back_under_the_current_key(
    office: Path, tmp_path: Path
) -> None:
    elsewhere = _office(tmp_path / "elders" / "vangnet.db", OTHER, 3, "Ander kantoor")
    dest = tmp_path / "elders.vangnet"
    backup(elsewhere, OTHER, dest)
    result = restore(dest, OTHER, office, force=True, into_key=KEY)
    assert result.snapshot.counts["cases"] == 3
    store = open_store(office, KEY)  # opens with the key the database had before
    try:
        assert store.setting("office_name") == "Ander kantoor"
    finally:
        store.close()
    with pytest.raises(WrongKey):
        open_store(office, OTHER)
    assert not any(p.exists() for p in sidecar_paths(office.with_name("vangnet.db.restoring")))
    assert keycheck_path(office).exists()
