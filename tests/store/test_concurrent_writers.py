"""Issue 12.1: writers queue. The window and the command line, or two windows, on one database
are normal; a writer waits for another instead of failing with "database is locked"."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.models import Case, CaseEvent
from app.services import store as store_module
from app.services.casework import load_context
from app.services.events import record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store, StoreBusy, open_store
from tests.helpers import HEADER, signal_row

KEY = DatabaseKey(passphrase="concurrent writers passphrase")
DAY = "2026-11-23"
ROOT = Path(__file__).resolve().parents[2]


def _signals(*rows: str) -> bytes:
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8")


@pytest.fixture
def office(db_path: Path) -> Iterator[Store]:
    store = initialise(db_path, KEY, load_profile("haarlem"), "Wijkteam")
    with store.transaction() as session:
        ctx = load_context(session)
        rows = [signal_row(referentie=f"W-{i}", melddatum="16-11-2026") for i in (1, 2)]
        report = import_signals(session, _signals(*rows), ctx)
        assert not report.errors
    yield store
    store.close()


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    """Another process's writer: BEGIN IMMEDIATE, hold the lock, commit."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = {KEY.pragma_value()}")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE settings SET value = value WHERE key = 'office_name'")
    started.set()
    threading.Event().wait(seconds)
    conn.execute("COMMIT")
    conn.close()


def _record(store: Store, case_id: int = 1) -> None:
    with store.transaction() as session:
        ctx = load_context(session)
        case = session.get(Case, case_id)
        assert case is not None
        record_event(session, case, "contact_attempt", case.signal_date, ctx,
                     {"method": "telefoon", "reached": True})  # fmt: skip


def _events(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(CaseEvent)) or 0)


def test_a_writer_waits_for_another_one(office: Store) -> None:
    """Reproduced: a 3-second write lock of another process made `vangnet event` fail after
    about a second ("database is locked"); the event must wait and land."""
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(office.path, 3.0, started))
    holder.start()
    assert started.wait(10)
    before = _events(office)
    _record(office)  # reads the case, then writes: queued behind the other writer
    holder.join()
    assert _events(office) == before + 1


def test_a_writer_that_waits_too_long_says_another_vangnet_is_busy(
    db_path: Path, office: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    impatient = open_store(db_path, KEY)
    before = _events(impatient)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 2.0, started))
    holder.start()
    assert started.wait(10)
    try:
        with pytest.raises(StoreBusy) as caught:
            _record(impatient)
    finally:
        holder.join()
    assert "Another Vangnet (a window or a command) is busy" in str(caught.value)
    assert "Een andere Vangnet" in caught.value.message_nl
    assert _events(impatient) == before  # nothing was changed
    impatient.close()


def _writer(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_process", str(db), KEY.passphrase or "", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_and_an_import_interleave_without_failures(
    office: Store, tmp_path: Path
) -> None:
    """Issue 12.1: two processes doing 500 writes each, interleaved with an import: 0 failures,
    every row present."""
    csv = tmp_path / "meldingen.csv"
    csv.write_bytes(
        _signals(*(signal_row(referentie=f"IMP-{i}", melddatum="16-11-2026") for i in range(3000)))
    )
    before = _events(office)
    writers = [_writer(office.path, "events", str(case_id), "500", DAY) for case_id in (1, 2)]
    importer = _writer(office.path, "import", str(csv), DAY)
    outcomes = [p.communicate(timeout=600) for p in [*writers, importer]]
    assert [(p.returncode, out.strip()) for p, (out, _) in zip(
        [*writers, importer], outcomes, strict=True
    )] == [(0, "0")] * 3, [err for _, err in outcomes]  # fmt: skip
    assert _events(office) == before + 1000
    with office.session() as session:
        imported = session.scalar(
            select(func.count()).select_from(Case).where(Case.reference.like("IMP-%"))
        )
    assert imported == 3000


def test_the_command_line_says_so_with_its_own_exit_status(
    db_path: Path, office: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import cli

    office.close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("VANGNET_DB", str(db_path))
    monkeypatch.setenv("VANGNET_PASSPHRASE", KEY.passphrase or "")
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 2.0, started))
    holder.start()
    assert started.wait(10)
    try:
        run = cli("event", "1", "contact_attempt", "--method", "telefoon", "--reached", "no")
    finally:
        holder.join()
    assert run.code == 4
    assert "Another Vangnet (a window or a command) is busy" in run.err
    assert "Unexpected" not in run.err and "Traceback" not in run.err
