"""Taking the file only when it is complete; the folder going away; Excel's lock files.

A file still being written, empty, locked or open in Excel is "busy": not an error, nothing
changes, try again shortly. A folder that disappears is "unreachable": the last list stays.
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.services.clock import FixedClock
from app.services.contacts.folder import NotTaken, TakenFile, take_file
from app.services.contacts.sync import sync_folder, sync_status
from app.services.store import Store
from tests.contacts.helpers import (
    base_rows,
    contact_csv,
    contact_tables,
    contact_xlsx,
    write_list,
)

GOOD = contact_csv(base_rows())


def _last_audit(store: Store) -> AuditEntry:
    with store.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    return entry


def test_a_complete_file_is_taken(share: Path) -> None:
    write_list(share, GOOD)
    taken = take_file(share, settle_seconds=0)
    assert isinstance(taken, TakenFile)
    assert taken.data == GOOD and taken.name == "contactlijst.csv" and len(taken.sha256) == 64


def test_a_file_still_growing_is_not_taken(store: Store, share: Path) -> None:
    path = write_list(share, GOOD[:40])
    looks: list[float] = []

    def still_saving(seconds: float) -> None:  # the adviser's Excel writes more meanwhile
        looks.append(seconds)
        path.write_bytes(GOOD)

    result = sync_folder(store, share, settle_seconds=0.25, pause=still_saving)
    assert looks == [0.25]
    assert (result.outcome, result.reason, result.version) == ("busy", "changing", None)
    assert "still being written" in (result.problem or "")
    assert contact_tables(store)["contact_list_versions"] == []
    # a moment later the file is complete and is taken
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"


def test_a_file_whose_time_changes_is_not_taken(share: Path) -> None:
    path = write_list(share, GOOD)

    def touched(_seconds: float) -> None:
        info = path.stat()
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))

    taken = take_file(share, settle_seconds=0, pause=touched)
    assert isinstance(taken, NotTaken) and (taken.outcome, taken.reason) == ("busy", "changing")


def test_a_file_that_changes_while_it_is_read_is_not_taken(share: Path) -> None:
    path = write_list(share, GOOD)

    def read_while_saving(p: Path) -> bytes:
        data = p.read_bytes()
        path.write_bytes(GOOD + GOOD[-30:])
        return data

    taken = take_file(share, settle_seconds=0, reader=read_while_saving)
    assert isinstance(taken, NotTaken) and taken.reason == "changing"


def test_a_zero_byte_file_is_not_taken(store: Store, share: Path) -> None:
    write_list(share, b"")
    result = sync_folder(store, share, settle_seconds=0)
    assert (result.outcome, result.reason) == ("busy", "empty")
    assert _last_audit(store).result == "busy"


def test_an_unreadable_file_is_not_taken(store: Store, share: Path) -> None:
    write_list(share, GOOD)

    def locked(_path: Path) -> bytes:
        raise PermissionError(13, "The process cannot access the file")

    result = sync_folder(store, share, settle_seconds=0, reader=locked)
    assert (result.outcome, result.reason) == ("busy", "unreadable")
    assert contact_tables(store)["contact_list_versions"] == []


@pytest.mark.parametrize("lock_name", ["~$contactlijst.xlsx", "~$ntactlijst.xlsx"])
def test_excel_lock_file_means_busy_and_is_never_read(
    store: Store, share: Path, lock_name: str
) -> None:
    write_list(
        share, contact_xlsx([["Ymere", "Y", "sdv", "A", None, "0235111111"]]), "contactlijst.xlsx"
    )
    (share / lock_name).write_bytes(b"owner file")
    read: list[str] = []

    def reader(path: Path) -> bytes:
        read.append(path.name)
        return path.read_bytes()

    result = sync_folder(store, share, settle_seconds=0, reader=reader)
    assert (result.outcome, result.reason) == ("busy", "lock_file")
    assert read == []
    (share / lock_name).unlink()
    assert sync_folder(store, share, settle_seconds=0, reader=reader).outcome == "applied"
    assert read == ["contactlijst.xlsx"]


def test_a_lock_file_alone_is_no_contact_list(store: Store, share: Path) -> None:
    (share / "~$contactlijst.xlsx").write_bytes(GOOD)
    result = sync_folder(store, share, settle_seconds=0)
    assert (result.outcome, result.reason) == ("missing", "no_file")


def test_the_newest_of_workbook_and_csv_is_taken(share: Path) -> None:
    old = write_list(
        share, contact_xlsx([["Ymere", "Y", "sdv", "A", None, "0235111111"]]), "contactlijst.xlsx"
    )
    os.utime(old, (1_700_000_000, 1_700_000_000))
    write_list(share, GOOD, "Contactlijst.CSV")  # any case, as on a Windows share
    taken = take_file(share, settle_seconds=0)
    assert isinstance(taken, TakenFile)
    assert (taken.name, taken.ignored) == ("Contactlijst.CSV", ("contactlijst.xlsx",))


def test_no_contact_list_in_the_folder(store: Store, share: Path) -> None:
    (share / "andere lijst.csv").write_bytes(GOOD)
    result = sync_folder(store, share, settle_seconds=0)
    assert (result.outcome, result.reason) == ("missing", "no_file")


def test_unreachable_folder_keeps_the_last_list(store: Store, share: Path) -> None:
    write_list(share, GOOD)
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"
    before = contact_tables(store)
    with store.session() as session:
        synced = sync_status(session).last_synced
    shutil.rmtree(share)
    result = sync_folder(store, share, settle_seconds=0)
    assert (result.outcome, result.reason, result.version) == ("unreachable", "folder", 1)
    assert contact_tables(store) == before
    with store.session() as session:
        status = sync_status(session)
    assert status.last_synced == synced  # "laatst bijgewerkt op" stays the last good sync
    assert status.last_outcome == "unreachable"
    entry = _last_audit(store)
    assert (entry.action, entry.result, entry.detail) == (
        "contacts_sync",
        "unreachable",
        "reason=folder",
    )


def test_folder_disappearing_between_the_look_and_the_read(store: Store, share: Path) -> None:
    write_list(share, GOOD)
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"
    before = contact_tables(store)
    write_list(share, contact_csv(base_rows()[:3]))

    def share_goes_offline(path: Path) -> bytes:
        shutil.rmtree(share)
        return path.read_bytes()

    result = sync_folder(store, share, settle_seconds=0, reader=share_goes_offline)
    assert (result.outcome, result.version) == ("unreachable", 1)
    assert contact_tables(store) == before


def test_file_replaced_between_the_look_and_the_read(share: Path) -> None:
    write_list(share, GOOD)

    def replaced(path: Path) -> bytes:
        path.unlink()  # Excel saves to a temporary file and renames it over the old one
        return path.read_bytes()

    taken = take_file(share, settle_seconds=0, reader=replaced)
    assert isinstance(taken, NotTaken) and (taken.outcome, taken.reason) == ("busy", "vanished")


def test_a_file_instead_of_a_folder_is_unreachable(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "contactlijst.csv"
    not_a_folder.write_bytes(GOOD)
    taken = take_file(not_a_folder, settle_seconds=0)
    assert isinstance(taken, NotTaken) and taken.outcome == "unreachable"


@pytest.mark.parametrize("skew_days", [-400, 400])
def test_clock_skew_between_share_and_computer_does_not_matter(
    store: Store, share: Path, skew_days: int, test_clock: FixedClock
) -> None:
    """A network share's clock may be minutes or years off this computer's (issue 11): a file
    is judged complete by two looks at its size and time, compared with each other only."""
    path = write_list(share, GOOD)
    stamp = int((test_clock.now() + timedelta(days=skew_days)).timestamp() * 1e9)
    os.utime(path, ns=(stamp, stamp))
    assert isinstance(take_file(share, settle_seconds=0), TakenFile)
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"

    def still_saving(_seconds: float) -> None:  # a new save keeps the skewed time
        path.write_bytes(GOOD + b"\r\n")
        os.utime(path, ns=(stamp, stamp))

    changed = take_file(share, settle_seconds=0, pause=still_saving)
    assert isinstance(changed, NotTaken) and changed.reason == "changing"

