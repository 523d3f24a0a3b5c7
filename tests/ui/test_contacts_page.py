"""The Contacts screen and the background sync, on a real encrypted database and real folders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.contacts.directory import corporation_contact
from app.services.contacts.sync import SyncResult, sync_folder
from app.services.workspace import Workspace
from app.ui.contacts_page import (
    ITEM_ROLE,
    ContactsPage,
    ContactTableModel,
    HistoryModel,
    PendingEmailModel,
)
from app.ui.contacts_sync import ContactsSync
from tests.conftest import DATA
from tests.contacts.helpers import base_rows, contact_csv, write_list
from tests.ui.conftest import make_workspace

SAMPLE = DATA / "contactlijst-voorbeeld.csv"
WAIT = 10_000


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(db_path, [])
    yield workspace
    workspace.close()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    write_list(folder, SAMPLE.read_bytes())
    return folder


@pytest.fixture
def sync(ws: Workspace) -> Iterator[ContactsSync]:
    syncer = ContactsSync(ws, settle_seconds=0, debounce_ms=150, retry_ms=150, probe_ms=150)
    yield syncer
    syncer.stop()
    _delete_here(syncer)


def _delete_here(obj: QObject) -> None:
    """Delete a parentless QObject now, in this (the GUI) thread. Left to Python's cyclic
    garbage collector it could be deleted in whichever thread collects next, such as a sync's
    worker thread, and deleting Qt objects from another thread corrupts memory."""
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def page(qtbot: QtBot, ws: Workspace, sync: ContactsSync) -> ContactsPage:
    widget = ContactsPage(ws, sync)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def run_sync(qtbot: QtBot, sync: ContactsSync, start: bool = True) -> SyncResult:
    with qtbot.waitSignal(sync.synced, timeout=WAIT) as blocker:
        if start:
            assert sync.sync_now()
    qtbot.waitUntil(lambda: not sync.is_running(), timeout=WAIT)
    result = blocker.args[0]
    assert isinstance(result, SyncResult)
    return result


def names(page: ContactsPage) -> list[str]:
    model = page.contact_model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def no_dialogs() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_models_pass_the_model_tester(qtmodeltester, ws: Workspace, share: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts.directory import all_contacts
    from app.services.contacts.versions import history, pending_emails

    sync_folder(ws.store, share, settle_seconds=0)
    write_list(share, SAMPLE.read_bytes().replace(b"y.amrani@", b"youssef@"))
    sync_folder(ws.store, share, settle_seconds=0)
    with ws.store.session() as session:
        people, pending, versions = all_contacts(session), pending_emails(session), history(session)
    for model, items in (
        (ContactTableModel(), people),
        (PendingEmailModel(), pending),
        (HistoryModel(), versions),
    ):
        qtmodeltester.check(model, force_py=True)  # empty
        model.set_items(items)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(items) > 0
        assert model.index(0, 0).data(ITEM_ROLE) is items[0]


def test_update_now_takes_the_list(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, share: Path
) -> None:
    assert page.contact_model.rowCount() == 0
    assert not page.update_button.isHidden()
    page.update_now()  # no folder yet: a hint, no sync
    assert page.message.kind == "hint" and not sync.is_running()
    with qtbot.waitSignal(sync.synced, timeout=WAIT):
        sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    assert page.message.kind == "ok"
    assert str(share) in page.folder_label.text().replace("\u200b", "")
    assert "2026" in page.status_label.text() or "20" in page.status_label.text()
    assert page.organisation.count() == 1 + 7  # "all" and seven organisations
    # the button runs the same sync again, off the GUI thread
    with qtbot.waitSignal(sync.synced, timeout=WAIT) as blocker:
        qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
        assert not page.update_button.isEnabled()
    assert blocker.args[0].outcome == "unchanged"
    qtbot.waitUntil(page.update_button.isEnabled, timeout=WAIT)


def test_search_and_filters(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, share: Path
) -> None:
    sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    page.search.setText("amrani")
    qtbot.waitUntil(lambda: names(page) == ["Youssef Amrani", "Nadia El Amrani"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(names(page)) == 8, timeout=2000)
    page.organisation.setCurrentIndex(page.organisation.findData("Gemeente Haarlem"))
    assert names(page) == ["Ingrid Vos", "Tom Brouwer"]
    page.role.setCurrentIndex(page.role.findData("beleidsadviseur"))
    assert names(page) == ["Tom Brouwer"]
    page.organisation.setCurrentIndex(0)
    page.role.setCurrentIndex(page.role.findData("wijkteam"))
    assert names(page) == ["Bas Kramer", "Nadia El Amrani"]
    assert page.count_label.text().startswith("2")


def test_changed_email_needs_confirmation_in_the_gui(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, ws: Workspace, share: Path
) -> None:
    sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    assert page.notice_box.isHidden()
    write_list(
        share, SAMPLE.read_bytes().replace(b"k.vermeulen@elan.example", b"nieuw@elan.example")
    )
    result = run_sync(qtbot, sync)
    assert result.outcome == "applied"
    # the change is shown and the new address is highlighted, not used
    assert "nieuw@elan.example" in page.details.toPlainText()
    assert "⚠" in page.details.toPlainText()
    assert not page.notice_box.isHidden()
    assert page.pending_model.rowCount() == 1
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.pending_tab))
    email_cell = page.contact_model.index(0, 5)
    assert "⚠" in email_cell.data() and "nieuw@" not in email_cell.data()
    assert email_cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    with ws.store.session() as session:
        person = corporation_contact(session, "ELAN", "Elan Wonen")
    assert person is not None and person.email is None and person.email_awaits_confirmation

    questions: list[str] = []
    page.ask = lambda title, text: questions.append(text) is not None and False  # "No"
    page.show_pending()
    page.pending_table.selectionModel().select(
        page.pending_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.confirm_selected_button.isEnabled()
    qtbot.mouseClick(page.confirm_selected_button, Qt.MouseButton.LeftButton)
    assert "nieuw@elan.example" in questions[0]
    assert page.pending_model.rowCount() == 1  # said no: nothing confirmed

    page.ask = lambda title, text: True
    page.pending_table.selectionModel().select(
        page.pending_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(page.confirm_selected_button, Qt.MouseButton.LeftButton)
    assert page.pending_model.rowCount() == 0 and page.notice_box.isHidden()
    assert page.contact_model.index(0, 5).data() == "nieuw@elan.example"
    with ws.store.session() as session:
        person = corporation_contact(session, "ELAN", "Elan Wonen")
    assert person is not None and person.email == "nieuw@elan.example"


def test_rollback_from_the_history(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, share: Path
) -> None:
    sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    write_list(share, contact_csv(base_rows()[:2]))
    assert run_sync(qtbot, sync).outcome == "applied"
    assert page.contact_model.rowCount() == 2
    page.tabs.setCurrentWidget(page.history_tab)
    assert page.history_model.rowCount() == 2
    assert not page.rollback_button.isEnabled()
    page.history_table.selectRow(0)  # the current version
    assert not page.rollback_button.isEnabled()
    assert page.changes_view.toPlainText()  # what version 2 changed
    page.history_table.selectRow(1)
    assert page.rollback_button.isEnabled()
    page.ask = lambda title, text: True
    qtbot.mouseClick(page.rollback_button, Qt.MouseButton.LeftButton)
    assert page.contact_model.rowCount() == 8
    assert page.history_model.rowCount() == 3
    assert page.history_model.item(0).restored_from == 1
    # the two-row file still in the folder does not come back by itself
    assert run_sync(qtbot, sync).outcome == "unchanged"
    assert page.contact_model.rowCount() == 8


def test_rejected_file_lists_problems_in_dutch_without_a_dialog(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, share: Path
) -> None:
    sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    write_list(share, SAMPLE.read_bytes().replace(b";sdv;", b";schuldhulp;"))
    assert run_sync(qtbot, sync).outcome == "rejected"
    assert page.message.kind == "error"
    assert page.details.toPlainText() == (
        "Rij 7, kolom rol: onbekende rol 'schuldhulp' (gebruik corporatie, wijkteam, sdv, "
        "troubleshooter, beleidsadviseur of uitvoerder)"
    )
    assert page.contact_model.rowCount() == 8 and no_dialogs()


def test_unreachable_folder_only_changes_the_status_line(
    qtbot: QtBot, page: ContactsPage, sync: ContactsSync, share: Path
) -> None:
    sync.set_folder(share)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 8, timeout=WAIT)
    before = page.status_label.text()
    shutil.rmtree(share)
    result = run_sync(qtbot, sync)
    assert result.outcome == "unreachable"
    assert page.message.kind == "hint" and "niet bereikbaar" in page.message.text()
    assert page.status_label.text().startswith(before.rstrip("."))  # still "last updated on …"
    assert len(page.status_label.text()) > len(before)
    assert page.contact_model.rowCount() == 8 and no_dialogs()
    # the folder comes back: a background check notices and syncs by itself
    write_list(share, SAMPLE.read_bytes())
    result = run_sync(qtbot, sync, start=False)
    assert result.outcome == "unchanged"


def test_folder_changes_are_synced_by_themselves(
    qtbot: QtBot, sync: ContactsSync, ws: Workspace, share: Path
) -> None:
    with qtbot.waitSignal(sync.synced, timeout=WAIT):
        sync.set_folder(share)
    qtbot.waitUntil(lambda: len(sync.watched_paths()) == 2, timeout=WAIT)
    seen: list[SyncResult] = []
    sync.synced.connect(seen.append)
    rows = base_rows()
    for n in range(3):  # three quick saves: one sync after the last
        rows[0]["functie"] = f"functie {n}"
        write_list(share, contact_csv(rows))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT)
    qtbot.wait(400)
    assert [r.outcome for r in seen] == ["applied"]
    with ws.store.session() as session:
        person = corporation_contact(session, "ELAN", "")
    assert person is not None and person.function == "functie 2"


def test_a_file_open_in_excel_is_tried_again(qtbot: QtBot, sync: ContactsSync, share: Path) -> None:
    (share / "~$contactlijst.csv").write_bytes(b"owner")
    with qtbot.waitSignal(sync.synced, timeout=WAIT) as blocker:
        sync.set_folder(share)
    assert blocker.args[0].outcome == "busy"
    seen: list[str] = []
    sync.synced.connect(lambda r: seen.append(r.outcome))
    (share / "~$contactlijst.csv").unlink()
    qtbot.waitUntil(lambda: "applied" in seen, timeout=WAIT)


def test_stop_waits_for_a_running_sync(qtbot: QtBot, ws: Workspace, share: Path) -> None:
    syncer = ContactsSync(ws, settle_seconds=0.3)
    syncer.set_folder(share)
    assert syncer.is_running()
    syncer.stop()
    assert not syncer.sync_now()  # stopped: nothing new starts
    qtbot.waitUntil(lambda: not syncer.is_running(), timeout=WAIT)
    _delete_here(syncer)
