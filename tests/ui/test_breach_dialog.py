"""The breach register in the window (issue 15.3) and the register of processing from the
Privacy menu (issue 15.7): a lost laptop recorded through the form with the kind's first texts,
its countdown in the list and the banner, the parties informed, the decision on the Autoriteit
Persoonsgegevens, a refusal that changes nothing, the printed registers, and a lock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import func, select

from app.models import AuditEntry, Breach
from app.services.breaches import TEMPLATES
from app.services.workspace import Workspace
from app.ui.breach_dialog import ApDecisionForm, BreachDialog, PartiesInformedForm, RecordBreachForm
from app.ui.main_window import MainWindow
from tests.letters.conftest import pdf_text
from tests.ui.modal import answer


def _action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, [a.text() for a in window.actions()]
    return found[0]


def _open(window: MainWindow) -> BreachDialog:
    _action(window, "Data breaches…").trigger()
    dialog = window.findChild(BreachDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _cells(dialog: BreachDialog, row: int = 0) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def _breaches(office: Workspace) -> list[tuple[str, str | None, str, datetime | None]]:
    with office.store.session() as session:
        return [
            (b.kind, b.ap_decision, b.nature, b.parties_informed_at)
            for b in session.scalars(select(Breach))
        ]


def _record_lost_laptop(form: QDialog) -> None:
    assert isinstance(form, RecordBreachForm)
    form.kind.setCurrentIndex(form.kind.findData("lost_device"))
    # prefilled exactly as `vangnet breach add --kind lost_device` fills an empty field
    for name in RecordBreachForm.TEXT_FIELDS:
        assert form._text(name) == TEMPLATES["lost_device"].get(name, "")
    assert form.protection.currentData() == "encrypted"
    form.texts["contact"].setText("Privacyfunctionaris, 023-511 00 00")
    form.discovered.setDateTime(QDateTime(QDate(2026, 11, 23), QTime(9, 30)))
    form.ok_button.click()


def test_a_lost_laptop_through_the_window_from_record_to_decision(
    window: MainWindow, office: Workspace
) -> None:
    dialog = _open(window)
    assert dialog.table.rowCount() == 0 and not dialog.informed_button.isEnabled()
    assert window.breach_banner.isHidden()
    for _ in answer([_record_lost_laptop]):
        dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    assert _cells(dialog) == [
        "1",
        "Device lost or stolen",
        "23-11-2026 09:30",
        "21 h 30 min left\n(by 24-11-2026 09:30)",  # 24 h from discovery; the clock is at noon
        "69 h 30 min left\n(by 26-11-2026 09:30)",
        "Not yet decided",
    ]
    [(kind, decision, nature, informed)] = _breaches(office)
    assert (kind, decision, informed) == ("lost_device", "undecided", None)
    assert nature == TEMPLATES["lost_device"]["nature"]
    assert not window.breach_banner.isHidden()  # refreshed at once, not after a minute
    assert "Breach 1" in window.breach_banner.text()

    def told(form: QDialog) -> None:
        assert isinstance(form, PartiesInformedForm)
        form.note.setText("per e-mail aan de privacyfunctionarissen")
        form.ok_button.click()

    for _ in answer([told]):
        dialog.informed_button.click()
    assert _cells(dialog)[3] == "Done 23-11-2026 12:00"
    assert _breaches(office)[0][3] == datetime(2026, 11, 23, 12, 0)

    def decided(form: QDialog) -> None:
        assert isinstance(form, ApDecisionForm)
        form.not_notified.setChecked(True)
        form.reason.setPlainText("Versleuteld met AES-256; de wachtzin is niet bekend.")
        form.ok_button.click()

    for _ in answer([decided]):
        dialog.decide_button.click()
    assert _cells(dialog)[4:] == ["Not needed (not reported)", "Not reported"]
    assert _breaches(office)[0][1] == "not_notified"
    assert window.breach_banner.isHidden()  # no open term left
    assert dialog.message.kind == "ok"


def test_a_refusal_is_shown_at_its_field_and_changes_nothing(
    window: MainWindow, office: Workspace
) -> None:
    dialog = _open(window)
    for _ in answer([_record_lost_laptop]):
        dialog.add_button.click()
    seen: list[str] = []

    def no_reason(form: QDialog) -> None:
        assert isinstance(form, ApDecisionForm)
        form.notified.setChecked(True)
        form.ok_button.click()
        assert form.isVisible()  # the form stays open
        seen.append(form.messages["ap_reason"].text())
        seen.append(form.messages["ap"].text())
        form.reject()

    with office.store.session() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
    for _ in answer([no_reason]):
        dialog.decide_button.click()
    assert seen[0].startswith("Geef de reden") and seen[1] == ""
    assert _breaches(office)[0][1] == "undecided"
    assert _cells(dialog)[5] == "Not yet decided"
    with office.store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited

    def in_the_future(form: QDialog) -> None:
        assert isinstance(form, RecordBreachForm)
        form.discovered.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(9, 0)))
        form.ok_button.click()
        assert form.isVisible()
        seen.append(form.messages["discovered"].text())
        form.reject()

    for _ in answer([in_the_future]):
        dialog.add_button.click()
    assert seen[2] == "24-11-2026 09:00 ligt in de toekomst."
    assert len(_breaches(office)) == 1 and dialog.table.rowCount() == 1


def test_the_registers_are_printed_to_pdf(
    window: MainWindow, office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window)
    for _ in answer([_record_lost_laptop]):
        dialog.add_button.click()
    target = tmp_path / "datalekken"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.print_button.click()
    written = target.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert "Laptop met Vangnet verloren" in pdf_text(written)
    assert dialog.message.kind == "ok"

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: said.append(text))
    processing = tmp_path / "verwerkingsregister.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(processing), ""))
    _action(window, "Print the register of processing…").trigger()
    text = pdf_text(processing)
    assert "Register van verwerkingsactiviteiten" in text and "Sociaal Wijkteam Test" in text
    assert said and str(processing) in said[0]
    with office.store.session() as session:
        exported = set(
            session.scalars(select(AuditEntry.object_type).where(AuditEntry.action == "export"))
        )
    assert {"breach_register", "processing_register"} <= exported


def test_a_lock_closes_the_register_and_disables_the_actions(window: MainWindow) -> None:
    dialog = _open(window)
    window.lock()
    assert not dialog.isVisible()
    assert not _action(window, "Data breaches…").isEnabled()
    assert not _action(window, "Print the register of processing…").isEnabled()
