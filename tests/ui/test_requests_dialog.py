"""The requests window (issue 15.2, 15.4): a tenant's request meant for another party shows both
its terms, forwarding it closes one, a term due soon is in the main window's banner, a refusal
is said in Dutch in the form and changes nothing, and the text for the other party goes to the
clipboard. A lock closes the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.privacy import LegalRequest, SubjectRequest
from app.services.workspace import Workspace
from app.ui.main_window import MainWindow
from app.ui.requests_actions import open_requests
from app.ui.requests_dialog import RequestsDialog
from app.ui.requests_forms import RequestForm
from tests.ui.modal import answer


def _dialog(window: MainWindow) -> RequestsDialog:
    open_requests(window)
    dialog: RequestsDialog = window.requests_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    return dialog


def _fill(**values: object) -> object:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, RequestForm)
        for key, value in values.items():
            widget = dialog.fields[key]
            if isinstance(widget, QDateEdit):
                assert isinstance(value, date)
                widget.setDate(QDate(value.year, value.month, value.day))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
            else:
                index = widget.findData(value)  # type: ignore[attr-defined]
                assert index >= 0
                widget.setCurrentIndex(index)  # type: ignore[attr-defined]
        dialog.save()
        assert not dialog.isVisible(), dialog.message.text()

    return step


def _count(office: Workspace, model: type) -> int:
    with office.store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_request_for_another_party_shows_both_terms_and_the_banner(
    qtbot: QtBot, window: MainWindow, office: Workspace
) -> None:
    assert not window.breach_banner.isVisible()
    dialog = _dialog(window)
    for _ in answer([_fill(kind="access", case="1", received=date(2026, 11, 18),
                           forward_to="Woningcorporatie Elan Wonen")]):
        dialog.add_subject()
    table = dialog.subject_table
    assert table.rowCount() == 1
    forward, answer_term = table.item(0, 5).text(), table.item(0, 6).text()
    # Wed 18-11: five working days end on Wed 25-11, two working days from Monday 23-11
    assert "25-11-2026" in forward and "2" in forward
    assert "18-12-2026" in answer_term
    assert table.item(0, 5).background().color().name() == "#fff8dc"  # "soon", as in the list
    assert window.breach_banner.isVisible()
    assert "Request 1" in window.breach_banner.text()
    assert "10.3" in window.breach_banner.text()

    dialog.select_request(table, 1)
    for _ in answer([_fill(on=date(2026, 11, 20))]):
        dialog.forwarded()
    assert "✓" in table.item(0, 5).text()
    assert not window.breach_banner.isVisible()  # the answer term is weeks away

    dialog.subject_copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "Aan: Woningcorporatie Elan Wonen" in copied and "BV-1, zaak 1" in copied
    assert "Piet" not in copied  # the tenant of case 1 is never named


def test_a_refusal_is_said_in_the_form_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, office: Workspace
) -> None:
    dialog = _dialog(window)
    said: list[str] = []

    def try_unknown_case(form: QDialog) -> None:
        assert isinstance(form, RequestForm)
        form.fields["case"].setText("999")  # type: ignore[attr-defined]
        form.save()
        assert form.isVisible()  # stays open with what was typed
        said.append(form.message.text())
        form.reject()

    for _ in answer([try_unknown_case]):
        dialog.add_subject()
    assert said == ["Zaak 999 bestaat niet."]
    assert _count(office, SubjectRequest) == 0

    def legal_without_checks(form: QDialog) -> None:
        _fill(requester="Politie Kennemerland", ground="art. 126nd Sv",
              party="Woningcorporatie Elan Wonen")(form)

    for _ in answer([legal_without_checks]):
        dialog.tabs.setCurrentIndex(1)
        dialog.add_legal()
    assert dialog.legal_table.rowCount() == 1
    dialog.select_request(dialog.legal_table, 1)

    def provide(form: QDialog) -> None:
        assert isinstance(form, RequestForm)
        form.fields["data"].setPlainText("adres")  # type: ignore[attr-defined]
        form.save()
        said.append(form.message.text())
        form.reject()

    for _ in answer([provide]):
        dialog.decide()
    assert "PR 8.1" in said[-1] and "Controleer eerst" in said[-1]
    with office.store.session() as session:
        assert session.scalar(select(LegalRequest.decision)) == "open"


def test_a_lock_closes_the_requests_window(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(window)
    window.lock()
    assert not dialog.isVisible()
