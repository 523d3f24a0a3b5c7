"""Handing cases over between two real encrypted databases, through the dialogs' widgets."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Case, CaseEvent
from app.services.casework import load_context
from app.services.contacts.sync import FOLDER_SETTING
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import set_setting
from app.services.workspace import Workspace, open_workspace
from app.ui.case_table import CASE_ID_ROLE, COLUMNS
from app.ui.handover_dialogs import (
    HandoverExportDialog,
    HandoverImportDialog,
    default_target,
)
from app.ui.main_window import MainWindow
from app.ui.troubleshooter_page import TroubleshooterPage
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)
WAIT = 20_000
PASSPHRASE_FORMAT = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")


def make(path: Path, passphrase: str, office: str, rows: list[str]) -> Workspace:
    store = initialise(path, DatabaseKey(passphrase=passphrase), load_profile("haarlem"), office)
    if rows:
        with store.transaction() as session:
            report = import_signals(session, signal_csv(*rows), load_context(session), today=TODAY)
            assert not report.errors, report.errors
    return open_workspace(store, clock=lambda: TODAY)


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[Workspace]:
    ws = make(
        tmp_path / "afzender" / "vangnet.db",
        "sender passphrase, long enough",
        "Wijkteam Noord",
        [
            signal_row(
                referentie="EVICT",
                naam="Eva Evict",
                melddatum="10-11-2026",
                ontruimingsdatum="15-12-2026",
            ),
            signal_row(referentie="PLAIN", naam="Piet Plain", melddatum="02-11-2026"),
        ],
    )
    yield ws
    ws.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Workspace]:
    ws = make(tmp_path / "ontvanger" / "vangnet.db", "another passphrase, for the SDV", "SDV", [])
    ws.actor = "erik"
    yield ws
    ws.close()


def case_id(ws: Workspace, reference: str) -> int:
    with ws.store.session() as session:
        return int(session.scalars(select(Case.id).where(Case.reference == reference)).one())


def status(ws: Workspace, reference: str) -> str:
    with ws.store.session() as session:
        return str(session.scalars(select(Case.status).where(Case.reference == reference)).one())


def case_count(ws: Workspace) -> int:
    with ws.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def event_kinds(ws: Workspace, reference: str) -> list[str]:
    with ws.store.session() as session:
        return list(
            session.scalars(
                select(CaseEvent.kind)
                .join(Case, Case.id == CaseEvent.case_id)
                .where(Case.reference == reference)
                .order_by(CaseEvent.id)
            )
        )


def export(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ws: Workspace, ids: list[int], target: Path
) -> HandoverExportDialog:
    """Hand the cases over through the dialog, as a user would; returns the dialog."""
    dialog = HandoverExportDialog(ws, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), "")
    )
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.target == target  # the .vangnet suffix is added when left out
    assert not dialog.handover_button.isEnabled()  # no role or receiver yet
    dialog.role_buttons["sdv"].click()
    qtbot.keyClicks(dialog.receiver, "Erik Mulder")
    assert dialog.handover_button.isEnabled()
    qtbot.mouseClick(dialog.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    return dialog


def receive(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ws: Workspace, source: Path, passphrase: str
) -> HandoverImportDialog:
    """Choose the file and type the passphrase, then Open (the preview); nothing written yet."""
    dialog = HandoverImportDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path == source
    assert not dialog.open_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter in the field opens
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    return dialog


@pytest.fixture
def handed_over(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> tuple[Path, str]:
    target = tmp_path / "gedeeld" / "overdracht.vangnet"
    target.parent.mkdir()
    dialog = export(qtbot, monkeypatch, sender, [case_id(sender, "EVICT")], target)
    assert dialog.result_export is not None
    return target, dialog.result_export.passphrase


# --- handing over ------------------------------------------------------------------------------


def test_export_writes_the_file_shows_the_passphrase_once_and_marks_the_case(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "overdracht-2026-11-23.vangnet"
    evict = case_id(sender, "EVICT")
    dialog = export(qtbot, monkeypatch, sender, [evict], target)
    assert dialog.case_list.count() == 1 and "Eva Evict" in dialog.case_list.item(0).text()
    result = dialog.result_export
    assert result is not None and result.case_ids == (evict,)
    assert target.is_file() and target.stat().st_size == result.size
    assert dialog.done_page.isVisible() and not dialog.form_page.isVisible()
    shown = dialog.passphrase_label.text()
    assert shown == result.passphrase and PASSPHRASE_FORMAT.match(shown)
    flags = dialog.passphrase_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "e-mail" in dialog.channel_warning.text()
    assert str(target.name) in dialog.done_text.text().replace("\u200b", "")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == shown
    assert not dialog.handover_button.isVisible()
    assert status(sender, "EVICT") == "overgedragen"
    assert event_kinds(sender, "EVICT")[-1] == "handover"
    assert status(sender, "PLAIN") == "nieuw"  # only the chosen case


def test_export_error_is_said_in_dutch_and_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "bestaat niet" / "overdracht.vangnet"
    dialog = export(qtbot, monkeypatch, sender, [case_id(sender, "EVICT")], target)
    assert dialog.result_export is None
    assert dialog.message.kind == "error"
    assert "bestaat niet" in dialog.message.text()  # the service's Dutch words
    assert not target.exists()
    assert status(sender, "EVICT") == "nieuw"
    assert "handover" not in event_kinds(sender, "EVICT")
    assert dialog.handover_button.isEnabled()  # the user can choose another place and retry


def test_default_file_goes_to_the_shared_folder_when_there_is_one(
    sender: Workspace, tmp_path: Path
) -> None:
    share = tmp_path / "gedeelde map"
    share.mkdir()
    with sender.store.transaction() as session:
        set_setting(session, FOLDER_SETTING, str(share))
    first = default_target(sender.store, TODAY)
    assert first == share / "overdracht-2026-11-23.vangnet"
    first.write_bytes(b"x")
    assert default_target(sender.store, TODAY) == share / "overdracht-2026-11-23-2.vangnet"
    first.unlink()
    share.rmdir()  # offline: the shared folder is gone, so Documents (or home) instead
    assert default_target(sender.store, TODAY).parent != share


# --- receiving ---------------------------------------------------------------------------------


def test_import_previews_without_writing_then_imports(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    receiver: Workspace,
    handed_over: tuple[Path, str],
) -> None:
    source, passphrase = handed_over
    forgiving = passphrase.lower().replace("-", " ")  # as typed while on the phone
    dialog = receive(qtbot, monkeypatch, receiver, source, forgiving)
    assert dialog.preview is not None, dialog.message.text()
    assert dialog.preview_area.isVisible()
    assert dialog.sender_label.text() == "tester (Wijkteam Noord)"
    assert "Erik Mulder" in dialog.receiver_label.text()
    assert dialog.preview_table.rowCount() == 1
    assert dialog.preview_table.item(0, 0).text() == "Eva Evict"
    assert dialog.preview_table.item(0, 2).text() == "EVICT"
    assert case_count(receiver) == 0  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    result = dialog.result_import
    assert result is not None and len(result.created) == 1 and result.merged == []
    assert dialog.message.kind == "ok"
    assert "1" in dialog.message.text()
    assert case_count(receiver) == 1
    assert event_kinds(receiver, "EVICT")[-1] == "handover_received"
    with receiver.store.session() as session:
        assert session.scalars(select(Case.assignee)).one() == "erik"


def test_importing_again_says_so_and_changes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    receiver: Workspace,
    handed_over: tuple[Path, str],
) -> None:
    source, passphrase = handed_over
    first = receive(qtbot, monkeypatch, receiver, source, passphrase)
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.result_import is not None, timeout=WAIT)
    events = event_kinds(receiver, "EVICT")

    again = receive(qtbot, monkeypatch, receiver, source, passphrase)
    assert again.preview is not None and again.preview.already_imported_on is not None
    assert again.message.kind == "hint"
    assert "already imported" in again.message.text() or "al geïmporteerd" in again.message.text()
    assert again.preview_table.item(0, 4).text() in ("already here", "al aanwezig")
    assert not again.preview_note.isVisible()
    assert not again.import_button.isEnabled()
    again.start_import()  # even when asked directly: nothing happens
    assert not again.is_busy()
    assert case_count(receiver) == 1 and event_kinds(receiver, "EVICT") == events


def test_wrong_passphrase_is_said_in_dutch_and_kept_for_a_retry(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    receiver: Workspace,
    handed_over: tuple[Path, str],
) -> None:
    source, passphrase = handed_over
    dialog = receive(qtbot, monkeypatch, receiver, source, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert dialog.preview is None and not dialog.preview_area.isVisible()
    assert dialog.message.kind == "error"
    assert "wachtwoordzin" in dialog.message.text()
    assert dialog.passphrase.text() == "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"  # kept, to correct it
    assert not dialog.import_button.isEnabled()
    assert case_count(receiver) == 0
    dialog.passphrase.selectAll()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert dialog.preview is not None and dialog.message.kind == ""


def test_truncated_file_is_said_in_dutch(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    receiver: Workspace,
    handed_over: tuple[Path, str],
    tmp_path: Path,
) -> None:
    source, passphrase = handed_over
    data = source.read_bytes()
    short = tmp_path / "half.vangnet"
    short.write_bytes(data[: len(data) // 2])
    dialog = receive(qtbot, monkeypatch, receiver, short, passphrase)
    assert dialog.preview is None and dialog.message.kind == "error"
    assert "onvolledig" in dialog.message.text()
    assert case_count(receiver) == 0


def test_own_package_cannot_be_imported_by_the_sender(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sender: Workspace,
    handed_over: tuple[Path, str],
) -> None:
    source, passphrase = handed_over
    dialog = receive(qtbot, monkeypatch, sender, source, passphrase)
    assert dialog.preview is not None and dialog.preview.made_here
    assert dialog.message.kind == "error" and not dialog.import_button.isEnabled()


# --- the main window ---------------------------------------------------------------------------


def test_window_hands_over_the_selected_cases(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    window = MainWindow(sender, tmp_path / "afzender" / "vangnet.db")
    qtbot.addWidget(window)
    window.show()
    seen: list[list[int]] = []

    def fake_exec(dialog: HandoverExportDialog) -> int:
        seen.append([line.case_id for line in dialog.cases])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoverExportDialog, "exec", fake_exec)
    page = window.current_list()
    model = page.model
    page.table.selectRow(0)
    page.table.selectionModel().select(
        model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    ids = [model.index(r, 0).data(CASE_ID_ROLE) for r in (0, 1)]
    assert window.selected_case_ids() == ids
    window.hand_over()
    assert seen == [ids]
    window.open_case(ids[0])  # in the case view: that case
    window.hand_over()
    assert seen[-1] == [ids[0]]
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert any("over" in a for a in actions)


def test_window_lists_the_received_case_after_an_import(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    receiver: Workspace,
    handed_over: tuple[Path, str],
    tmp_path: Path,
) -> None:
    source, passphrase = handed_over
    window = MainWindow(receiver, tmp_path / "ontvanger" / "vangnet.db")
    qtbot.addWidget(window)
    window.show()
    assert window.current_list().model.rowCount() == 0

    def run(dialog: HandoverImportDialog) -> int:
        dialog.set_path(source)
        dialog.passphrase.setText(passphrase)
        dialog.open_preview()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.result_import is not None, timeout=WAIT)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoverImportDialog, "exec", run)
    window.receive_handover()
    model = window.current_list().model
    names = [model.index(r, COLUMNS.index("name")).data() for r in range(model.rowCount())]
    assert names == ["Eva Evict"]


def test_locking_stops_a_running_handover_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    from app.services.handover.exchange import HandoverCancelled
    from app.ui import handover_dialogs

    def slow_export(*_args: object, progress: Any, **_kwargs: object) -> None:
        while progress(0, 1):  # until the user (here: the lock) cancels
            time.sleep(0.01)
        raise HandoverCancelled

    monkeypatch.setattr(handover_dialogs, "export_handover", slow_export)
    window = MainWindow(sender, tmp_path / "afzender" / "vangnet.db")
    qtbot.addWidget(window)
    window.show()
    dialog = HandoverExportDialog(sender, [case_id(sender, "EVICT")], window)
    dialog.show()
    dialog.role_buttons["wijkteam"].click()
    dialog.receiver.setText("Bas")
    dialog.start_export()
    assert dialog.is_busy()
    task = dialog._task
    assert task is not None
    window.lock()
    assert task._thread.isFinished()  # the thread ended before the store was closed
    assert not dialog.isVisible() and window.is_locked
    qtbot.waitUntil(lambda: not task.is_running(), timeout=WAIT)


def test_closing_during_a_handover_that_completes_still_shows_the_passphrase(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    from app.services.handover.exchange import ExportResult
    from app.ui import handover_dialogs

    started = threading.Event()

    def late_export(*_args: object, progress: Any, **_kwargs: object) -> ExportResult:
        started.set()
        time.sleep(0.3)  # sealing and writing: past the last point where a cancel is seen
        return ExportResult(tmp_path / "x.vangnet", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2", "p", (1,), 9)

    monkeypatch.setattr(handover_dialogs, "export_handover", late_export)
    dialog = HandoverExportDialog(sender, [case_id(sender, "EVICT")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role_buttons["troubleshooter"].click()
    dialog.receiver.setText("Ingrid Vos")
    dialog.start_export()
    started.wait(5)
    dialog.reject()  # Escape or Cancel while it runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert dialog.isVisible() and dialog.passphrase_label.text() == "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2"
    dialog.reject()
    assert not dialog.isVisible()


def test_a_closed_case_is_not_offered_for_handover(qtbot: QtBot, sender: Workspace) -> None:
    from app.services.events import record_event

    with sender.store.transaction() as session:
        plain = session.get(Case, case_id(sender, "PLAIN"))
        assert plain is not None
        record_event(session, plain, "closed", TODAY, sender.ctx, {"outcome": "voorkomen"},
                     today=TODAY)
    dialog = HandoverExportDialog(sender, [case_id(sender, "EVICT"), case_id(sender, "PLAIN")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role_buttons["sdv"].click()
    dialog.receiver.setText("Erik")
    assert "(closed" in dialog.case_list.item(1).text() or "gesloten" in (
        dialog.case_list.item(1).text()
    )
    assert dialog.message.kind == "error"
    assert not dialog.handover_button.isEnabled()


def test_context_menus_offer_open_and_hand_over(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sender: Workspace, tmp_path: Path
) -> None:
    window = MainWindow(sender, tmp_path / "afzender" / "vangnet.db")
    qtbot.addWidget(window)
    window.show()
    handed: list[list[int]] = []
    monkeypatch.setattr(
        HandoverExportDialog,
        "exec",
        lambda d: handed.append([line.case_id for line in d.cases]) or 0,
    )
    page = window.current_list()
    page.table.selectRow(0)
    rect = page.table.visualRect(page.model.index(0, COLUMNS.index("name")))
    menu = window.list_menu(page, rect.center())
    assert menu is not None and len(menu.actions()) == 2  # open, hand over
    menu.actions()[-1].trigger()
    assert handed[-1] == [page.model.index(0, 0).data(CASE_ID_ROLE)]
    menu.actions()[0].trigger()
    assert window.stack.currentWidget() is window.case_view

    window.show_view("desk")
    desk = window._pages["desk"]
    assert isinstance(desk, TroubleshooterPage)
    desk.table.selectRow(0)  # Eva Evict: the one case with an eviction date
    menu = desk.context_menu()
    assert menu is not None and len(menu.actions()) == 2
    menu.actions()[-1].trigger()
    assert handed[-1] == [case_id(sender, "EVICT")]
