"""The *Rapportage* view: figures of a period with charts and numbers, and the pack in one click."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui.report_charts import ChartWidget
from app.ui.report_view import ReportView


def _shown(qtbot: QtBot, ws: Workspace) -> ReportView:
    view = ReportView(ws)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.kind.setCurrentIndex(view.kind.findData("month"))
    view.year.setValue(2026)
    view.part.setCurrentIndex(view.part.findData("-11"))
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and view.show_button.isEnabled(),
                    timeout=10_000)
    return view


def test_the_figures_of_a_month_with_charts_and_numbers(
    qtbot: QtBot, office: Workspace, qtmodeltester: object, shots: Path
) -> None:
    view = _shown(qtbot, office)
    report = view.report
    assert report is not None and report.period.code == "2026-11"
    signals = report.table("signals_received")
    assert signals.grand_total() == 4  # the office fixture's four signals of November
    tables = view.content.findChildren(QTableView)
    assert len(tables) == len(report.tables)
    for table in tables:
        qtmodeltester.check(table.model(), force_py=True)  # type: ignore[attr-defined]
    charts = view.content.findChildren(ChartWidget)
    assert [c.chart.figure_id for c in charts] == [
        "signals_per_month", "terms_per_month", "outcomes"
    ]
    assert "nov 2026" in charts[0].accessibleDescription()
    assert view.pack_button.isEnabled()
    view.grab().save(str(shots / "report-view.png"))


def test_small_numbers_are_hidden_in_the_window(qtbot: QtBot, office: Workspace) -> None:
    view = _shown(qtbot, office)
    tables = view.content.findChildren(QTableView)
    texts = {
        tables[i].model().index(r, c).data()
        for i in range(len(tables))
        for r in range(tables[i].model().rowCount())
        for c in range(tables[i].model().columnCount())
    }
    assert "< 5" in texts  # four signals over corporations: each cell below the threshold
    assert not any(t in texts for t in ("1", "2", "3", "4"))


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_is_counted(
    qtbot: QtBot, office: Workspace
) -> None:
    view = ReportView(office)
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("custom"))
    view.start.setDate(view.end.date().addDays(10))
    view.refresh()
    assert view.message.kind == "error"
    assert "(" in view.message.text()  # the two dates are named
    assert view.report is None and view._task is None


def test_the_pack_is_written_where_the_worker_chooses(
    qtbot: QtBot, office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _shown(qtbot, office)
    target = tmp_path / "evaluatie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    written = view.export("pdf")
    assert written == tmp_path / "evaluatie.pdf" and written.exists()
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Monitoring vangnetconvenant" in text and "november 2026" in text
    assert view.message.kind == "ok"


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_left(
    qtbot: QtBot, office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _shown(qtbot, office)
    target = tmp_path / "missing" / "m.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert view.export("xlsx") is None
    assert view.message.kind == "error" and str(target.parent) in view.message.text()
    assert not target.parent.exists()
