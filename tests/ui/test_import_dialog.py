"""The import dialog on a real encrypted database with real files, driven through its widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import AuditEntry, Case, HouseholdMember
from app.services.intake import importer
from app.services.intake.importer import ImportCancelled, import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from app.ui import import_dialog
from app.ui.background import BackgroundTask, TaskContext
from app.ui.import_dialog import ImportDialog
from tests.conftest import SAMPLE_SIGNALS
from tests.helpers import signal_csv, signal_row
from tests.intake.helpers import signal_xlsx, typed_row

TODAY = date(2026, 11, 23)
WAIT = 20_000  # ms; a 3,000-row import on a slow CI machine


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    store = initialise(
        db_path, DatabaseKey(passphrase="import test passphrase"), load_profile("haarlem"), "Test"
    )
    workspace = open_workspace(store, clock=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def open_dialog(qtbot: QtBot, ws: Workspace) -> Callable[[Path | None], ImportDialog]:
    def make(path: Path | None) -> ImportDialog:
        dlg = ImportDialog(ws, path=path)
        qtbot.addWidget(dlg)
        dlg.show()
        if path is not None:
            qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
        return dlg

    return make


def cases(ws: Workspace) -> int:
    with ws.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def audits(ws: Workspace) -> list[AuditEntry]:
    with ws.store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def counts(dlg: ImportDialog) -> dict[str, int]:
    return {key: int(label.text()) for key, label in dlg.count_labels.items()}


def click_import(qtbot: QtBot, dlg: ImportDialog) -> None:
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)


def big_file(tmp_path: Path, rows: int = 3000) -> Path:
    path = tmp_path / "groot.csv"
    path.write_bytes(
        signal_csv(
            *(signal_row(referentie=f"YM-{n:05d}", naam=f"Huurder {n}") for n in range(rows))
        )
    )
    return path


# --------------------------------------------------------------------------------------------
# a good file


def test_good_file_previews_four_and_imports_four(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace
) -> None:
    dlg = open_dialog(SAMPLE_SIGNALS)
    assert counts(dlg) == {"rows": 4, "new": 4, "present": 0, "problems": 0}
    table = dlg.preview_table
    assert table.rowCount() == 4
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first[:5] == ["2", "Sanne Hoekstra", "YM-20931", "Ymere", "02-11-2026"]
    assert table.item(2, 3).text() == "Pré Wonen"  # read from a Windows-1252 file
    assert not dlg.problems_view.isVisible()
    assert not dlg.partial_checkbox.isVisible()
    assert dlg.import_button.isEnabled()
    assert cases(ws) == 0  # the preview changes nothing, not even the audit trail
    audits_before = len(audits(ws))

    click_import(qtbot, dlg)
    assert len(dlg.imported_ids) == 4
    assert cases(ws) == 4
    assert "Imported: 4" in dlg.message.text() and "Left out: 0" in dlg.message.text()
    assert not dlg.import_button.isEnabled()  # one import per file
    assert table.item(0, 6).text() == "imported"
    added = audits(ws)[audits_before:]
    assert [(a.action, a.result) for a in added] == [("import", "ok")]

    # the same file again: everything is already present, nothing to import
    again = open_dialog(SAMPLE_SIGNALS)
    assert counts(again) == {"rows": 4, "new": 0, "present": 4, "problems": 0}
    assert not again.import_button.isEnabled()
    assert "nothing new" in again.import_hint.text()
    assert {again.preview_table.item(r, 6).text() for r in range(4)} == {"already present"}


# --------------------------------------------------------------------------------------------
# a file with problems


BAD_ROWS = (
    signal_row(referentie="OK-1"),
    signal_row(referentie="OK-2", naam="Piet Goed"),
    signal_row(referentie="B-3", postcode="12"),
    signal_row(referentie="B-4", naam="", geboortedatum="01-01-2030", aantal_bewoners="0"),
    signal_row(referentie="B-5", corporatie="Woonbron"),
    signal_row(referentie="B-6", soort="zorgen_zonder_achterstand", email="piet@"),
)
EXPECTED_LINES = [
    "Rij 4, kolom postcode: geen geldige postcode (bijvoorbeeld 1234 AB)",
    "Rij 5, kolom naam: verplicht, maar niet ingevuld",
    "Rij 5, kolom geboortedatum: 01-01-2030 ligt in de toekomst",
    "Rij 5, kolom aantal_bewoners: moet minstens 1 zijn (de huurder telt ook mee)",
    "Rij 6, kolom corporatie: onbekende corporatie 'Woonbron'",
    "Rij 7, kolom toestemming: een melding zonder huurachterstand mag alleen met toestemming "
    "van de huurder (toestemming = ja)",
    # no line for B-6's e-mail "piet@": Haarlem does not keep e-mail addresses, so the column
    # is not read at all (B2 step 1), and the warnings say it was left out
]


def test_bad_file_lists_every_problem_in_dutch_and_import_stays_disabled(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "fouten.csv"
    path.write_bytes(signal_csv(*BAD_ROWS))
    dlg = open_dialog(path)
    assert counts(dlg) == {"rows": 6, "new": 2, "present": 0, "problems": 4}
    assert dlg.problems_view.isVisible()
    assert dlg.problems_view.toPlainText().splitlines() == EXPECTED_LINES
    assert "(6)" in dlg.problems_caption.text()
    assert "Bekende corporaties: Elan Wonen, Pré Wonen, Ymere." in dlg.warnings_label.text()
    assert "kolom(men) email. Wat daarin stond, is weggelaten" in dlg.warnings_label.text()
    assert dlg.preview_table.rowCount() == 2
    assert not dlg.import_button.isEnabled()
    assert dlg.import_hint.isVisible()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    dlg.problems_view.setFocus()
    qtbot.keyClick(dlg.problems_view, Qt.Key.Key_Return)  # Enter never imports by accident
    assert not dlg.is_busy() and dlg.report is None
    assert cases(ws) == 0


def test_partial_checkbox_imports_only_the_valid_rows(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "fouten.csv"
    path.write_bytes(signal_csv(*BAD_ROWS))
    dlg = open_dialog(path)
    assert dlg.partial_checkbox.isVisible() and dlg.partial_checkbox.isEnabled()
    box = dlg.partial_checkbox
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert dlg.import_button.isEnabled()
    assert not dlg.import_hint.isVisible()
    click_import(qtbot, dlg)
    assert len(dlg.imported_ids) == 2 and cases(ws) == 2
    assert "Imported: 2" in dlg.message.text() and "Left out: 4" in dlg.message.text()
    with ws.store.session() as session:
        refs = set(session.scalars(select(Case.reference)))
    assert refs == {"OK-1", "OK-2"}
    assert [(a.action, a.result) for a in audits(ws)][-1] == ("import", "partial")
    # the problems stay listed for correction
    assert dlg.problems_view.toPlainText().splitlines() == EXPECTED_LINES


def test_binary_file_shows_one_clear_dutch_message(
    open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(bytes(range(256)) * 8)
    dlg = open_dialog(path)
    assert dlg.message.kind == "error"
    assert dlg.message.text().startswith("Dit is geen tekstbestand")
    assert "CSV UTF-8" in dlg.message.text()
    assert not dlg.preview_area.isVisible()
    assert not dlg.import_button.isEnabled()
    assert cases(ws) == 0


def test_damaged_workbook_and_missing_file(
    open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    workbook = tmp_path / "meldingen.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    dlg = open_dialog(workbook)
    assert dlg.message.kind == "error"
    assert dlg.message.text().startswith("Deze Excel-werkmap kan niet worden gelezen")
    assert "zonder wachtwoord" in dlg.message.text()
    assert not dlg.preview_area.isVisible() and not dlg.import_button.isEnabled()
    assert cases(ws) == 0
    gone = open_dialog(tmp_path / "bestaat-niet.csv")
    assert gone.message.text().startswith("Het bestand kan niet worden geopend")
    assert not gone.import_button.isEnabled()


def test_the_file_dialog_offers_workbooks_with_the_csv_files(
    open_dialog: Callable[[Path | None], ImportDialog],
) -> None:
    first_choice = open_dialog(None).file_filter().split(";;")[0]
    assert "*.xlsx" in first_choice and "*.csv" in first_choice


def test_a_workbook_with_typed_cells_previews_and_imports(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "export oktober.xlsx"
    path.write_bytes(
        signal_xlsx(
            [
                typed_row(referentie="YM-1", achterstand_bedrag=1234.5),
                None,
                typed_row(referentie="YM-3", postcode="12"),
                typed_row(referentie="YM-4", naam="Fatima Benali"),
            ],
            before=["Toelichting"],
        )
    )
    dlg = open_dialog(path)
    assert counts(dlg) == {"rows": 3, "new": 2, "present": 0, "problems": 1}
    table = dlg.preview_table
    rows = [[table.item(r, c).text() for c in (0, 1, 2, 4)] for r in range(table.rowCount())]
    assert rows == [
        ["2", "Sanne Hoekstra", "YM-1", "02-11-2026"],  # the typed date
        ["5", "Fatima Benali", "YM-4", "02-11-2026"],  # Excel's row number
    ]
    assert dlg.problems_view.toPlainText().startswith("Rij 4, kolom postcode: ")
    assert "Toelichting" in dlg.warnings_label.text()
    assert not dlg.import_button.isEnabled()  # all or nothing until the worker ticks the box

    dlg.partial_checkbox.setChecked(True)
    click_import(qtbot, dlg)
    assert len(dlg.imported_ids) == 2 == cases(ws)
    with ws.store.session() as session:
        amounts = session.scalars(select(Case.arrears_cents).order_by(Case.reference)).all()
    assert amounts == [123450, 161240]  # 1234.5 typed as a number, to the cent


# --------------------------------------------------------------------------------------------
# cancelling rolls everything back


def test_cancel_from_the_progress_callback_rolls_back_everything(
    ws: Workspace, tmp_path: Path
) -> None:
    data = big_file(tmp_path).read_bytes()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000  # stop after the second chunk has been written

    audits_before = len(audits(ws))
    with pytest.raises(ImportCancelled), ws.store.transaction() as session:
        import_signals(session, data, ws.ctx, today=TODAY, progress=progress)
    assert seen == [(0, 3000), (500, 3000), (1000, 3000)]
    assert cases(ws) == 0
    with ws.store.session() as session:
        assert session.scalar(select(func.count()).select_from(HouseholdMember)) == 0
    assert len(audits(ws)) == audits_before


def test_progress_reports_every_chunk_and_the_result_is_the_same(
    ws: Workspace, tmp_path: Path
) -> None:
    data = big_file(tmp_path, 1201).read_bytes()
    seen: list[tuple[int, int]] = []
    with ws.store.transaction() as session:
        report = import_signals(
            session, data, ws.ctx, today=TODAY, progress=lambda d, t: seen.append((d, t)) is None
        )
    assert seen == [(0, 1201), (500, 1201), (1000, 1201), (1201, 1201)]
    assert len(report.created) == 1201 == cases(ws)
    assert report.created == sorted(report.created)


def test_clicking_cancel_mid_import_leaves_nothing(
    qtbot: QtBot,
    open_dialog: Callable[[Path | None], ImportDialog],
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shots: Path,
) -> None:
    dlg = open_dialog(big_file(tmp_path))
    assert counts(dlg)["new"] == 3000
    first_chunk_written = threading.Event()
    user_clicked = threading.Event()
    real_import = importer.import_signals

    def import_that_pauses(*args: Any, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def paused(done: int, total: int) -> bool:
            if done > 0 and not first_chunk_written.is_set():
                progress(done, total)  # the bar moves
                first_chunk_written.set()
                assert user_clicked.wait(WAIT / 1000)  # hold the worker until Cancel is clicked
            return bool(progress(done, total))

        return real_import(*args, progress=paused, **kwargs)

    # the real import, paused after its first chunk so the click lands mid-import every time
    monkeypatch.setattr(importer, "import_signals", import_that_pauses)  # run_import uses it
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.is_busy()
    assert dlg.progress_row.isVisible() and dlg.cancel_button.isVisible()
    assert not dlg.import_button.isEnabled() and not dlg.choose_button.isEnabled()
    assert not dlg.partial_checkbox.isEnabled()
    qtbot.waitUntil(first_chunk_written.is_set, timeout=WAIT)
    # the window still answers while the worker is busy
    qtbot.waitUntil(lambda: dlg.progress_bar.value() == 500, timeout=WAIT)
    assert dlg.progress_bar.maximum() == 3000
    assert dlg.grab().save(str(shots / "import-progress.png"))
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert not dlg.cancel_button.isEnabled()
    user_clicked.set()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)

    assert cases(ws) == 0  # the 500 written rows were rolled back
    assert dlg.imported_ids == [] and dlg.report is None
    assert dlg.message.text() == "Import cancelled. Nothing was imported."
    assert not dlg.progress_row.isVisible()
    assert dlg.import_button.isEnabled()  # the worker can try again
    assert [a.action for a in audits(ws)] == ["create"]  # only the database creation


def test_closing_the_window_mid_import_cancels_and_leaves_nothing(
    qtbot: QtBot,
    open_dialog: Callable[[Path | None], ImportDialog],
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dlg = open_dialog(big_file(tmp_path, 1200))
    started = threading.Event()
    go_on = threading.Event()
    real_import = importer.import_signals

    def import_that_pauses(*args: Any, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def paused(done: int, total: int) -> bool:
            if done > 0 and not started.is_set():
                started.set()
                go_on.wait(WAIT / 1000)
            return bool(progress(done, total))

        return real_import(*args, progress=paused, **kwargs)

    monkeypatch.setattr(importer, "import_signals", import_that_pauses)  # run_import uses it
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()  # it waits for the worker to stop
    go_on.set()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert cases(ws) == 0


def test_a_full_big_import_shows_progress_and_finishes(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], ws: Workspace, tmp_path: Path
) -> None:
    dlg = open_dialog(big_file(tmp_path))
    values: list[int] = []
    dlg.progress_bar.valueChanged.connect(values.append)
    click_import(qtbot, dlg)
    assert len(dlg.imported_ids) == 3000 == cases(ws)
    assert values and values[-1] == 3000
    assert dlg.preview_table.rowCount() == import_dialog.PREVIEW_ROWS
    assert "100" in dlg.table_caption.text() and "3000" in dlg.table_caption.text()


# --------------------------------------------------------------------------------------------
# the background helper on its own


def test_background_task_outcomes(qtbot: QtBot) -> None:
    results: list[object] = []

    ok = BackgroundTask(lambda _c: 42)
    ok.succeeded.connect(results.append)
    with qtbot.waitSignal(ok.finished, timeout=WAIT):
        ok.start()
    assert results == [42] and not ok.is_running()

    def broken(_context: TaskContext) -> None:
        raise ValueError("kapot")

    bad = BackgroundTask(broken)
    bad.failed.connect(results.append)
    with qtbot.waitSignal(bad.finished, timeout=WAIT):
        bad.start()
    assert isinstance(results[-1], ValueError)

    release = threading.Event()
    progress: list[tuple[int, int]] = []

    def long_work(context: TaskContext) -> str:
        release.wait(WAIT / 1000)
        for step in range(1, 1000):
            if not context.progress(step, 1000):
                raise ImportCancelled
        return "klaar"

    stopped: list[bool] = []
    long = BackgroundTask(long_work)
    long.progressed.connect(lambda d, t: progress.append((d, t)))
    long.cancelled.connect(lambda: stopped.append(True))
    long.succeeded.connect(results.append)
    long.start()
    assert long.is_running()
    long.cancel()
    release.set()
    qtbot.waitUntil(lambda: not long.is_running(), timeout=WAIT)
    assert stopped == [True] and results[-1] != "klaar"
    with pytest.raises(RuntimeError):
        long.start()


# --------------------------------------------------------------------------------------------


def test_screenshots(
    qtbot: QtBot, open_dialog: Callable[[Path | None], ImportDialog], tmp_path: Path, shots: Path
) -> None:
    """Rendered for a person to look at (nothing clipped); see the `shots` fixture."""
    path = tmp_path / "fouten.csv"
    path.write_bytes(signal_csv(*BAD_ROWS))
    for name, source in (
        ("import-empty", None),
        ("import-good", SAMPLE_SIGNALS),
        ("import-problems", path),
    ):
        dlg = open_dialog(source)
        dlg.resize(940, 720)
        assert dlg.grab().save(str(shots / f"{name}.png"))
        dlg.close()


def test_a_busy_database_or_a_full_disk_is_said_in_dutch(
    qtbot: QtBot,
    open_dialog: Callable[[Path | None], ImportDialog],
    ws: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12.1 and 12.5: not "an unexpected error" with a reference, but what happened."""
    from app.services.store import DiskFull, StoreBusy

    for problem, words in (
        (StoreBusy(ws.store.path, 30_000), "Een andere Vangnet"),
        (DiskFull(ws.store.path), "De schijf is vol"),
    ):

        def refuse(*_args: Any, _problem: Exception = problem, **_kw: Any) -> Any:
            raise _problem

        monkeypatch.setattr(importer, "store_records", refuse)
        dlg = open_dialog(SAMPLE_SIGNALS)
        click_import(qtbot, dlg)
        text = dlg.message.text()
        assert words in text and text.endswith("Nothing was imported."), text
        assert "Referentie" not in text and "referentie" not in text
    assert cases(ws) == 0


def test_the_demo_takes_no_signal_file_and_says_so_in_dutch(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 13.6: real people never end up under the demo's "Niets hiervan is echt"."""
    from app.services.demo_setup import open_or_create_demo

    demo_path = tmp_path / "vangnet-demo.db"
    workspace = open_workspace(
        open_or_create_demo(demo_path, today=TODAY, cases=10), clock=lambda: TODAY
    )
    try:
        before = cases(workspace)
        dlg = ImportDialog(workspace)
        qtbot.addWidget(dlg)
        dlg.show()
        # before any file is chosen: why not, and what to do instead; nothing to click
        assert dlg.message.kind == "error"
        assert "vangnet-demo.db is de demo" in dlg.message.text()
        assert "eigen database" in dlg.message.text()
        assert not dlg.choose_button.isEnabled() and not dlg.import_button.isEnabled()
        # a file handed to it anyway (as a drop would) is refused by the import service itself
        dlg.load(SAMPLE_SIGNALS)
        qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
        assert dlg.message.kind == "error" and "Er is niets ingelezen" in dlg.message.text()
        assert dlg.preview is None and not dlg.import_button.isEnabled()
        assert cases(workspace) == before
    finally:
        workspace.close()
