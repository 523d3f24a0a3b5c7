"""The case view's Privacy menu (issue 15.2): correct a fact in the dialog (a refusal shown
under the field, the correction listed old → new), restrict processing (a notice, the
processing buttons off), withdraw a consent with what stops spelled out, and lift again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from app.models import Case, ConsentRecord, FactCorrection
from app.services.events import record_consent
from app.services.workspace import Workspace
from app.ui.case_rights_actions import CorrectionDialog, WithdrawConsentDialog
from app.ui.case_view import CaseView
from app.ui.main_window import MainWindow
from tests.ui.modal import answer

TODAY = date(2026, 11, 23)


def _action(view: CaseView, name: str) -> QAction:
    action = view.privacy_menu.findChild(QAction, name)
    assert action is not None, name
    return action


def _open_first_case(window: MainWindow) -> CaseView:
    window.open_case(1)
    view = window.case_view
    assert view.case_id == 1
    return view


def test_correct_the_phone_in_the_dialog(window: MainWindow, office: Workspace) -> None:
    view = _open_first_case(window)
    seen: dict[str, str] = {}

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectionDialog)
        dialog.field.setCurrentIndex(dialog.field.findData("phone"))
        seen["current"] = dialog.current.text()
        dialog.new_value.setText("06-12")
        dialog.correct_button.click()
        seen["refusal"] = dialog.message.text()
        seen["rows_after_refusal"] = str(dialog.table.rowCount())
        dialog.new_value.setText("06 9876 5432")
        dialog.correct_button.click()
        seen["rows"] = str(dialog.table.rowCount())
        seen["old"] = dialog.table.item(0, 2).text()
        seen["new"] = dialog.table.item(0, 3).text()
        seen["current_after"] = dialog.current.text()
        dialog.accept()

    for _ in answer([correct]):
        _action(view, "correctDetailsAction").trigger()

    assert seen["current"] == "0623456789"
    assert seen["refusal"] == "Telefoonnummer: telefoonnummer is te kort (minstens 10 cijfers)"
    assert seen["rows_after_refusal"] == "0"
    assert (seen["rows"], seen["old"], seen["new"]) == ("1", "0623456789", "0698765432")
    assert seen["current_after"] == "0698765432"
    assert "0698765432" in view.facts.text()  # the case view was refreshed
    with office.store.session() as session:
        kept = session.scalars(select(FactCorrection)).one()
        assert (kept.field, kept.old_value, kept.new_value) == ("phone", "0623456789", "0698765432")


def test_restrict_shows_the_notice_and_turns_processing_off_until_lifted(
    window: MainWindow, office: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open_first_case(window)
    assert not view.restriction_notice.isVisibleTo(view)
    assert all(b.isEnabled() for b in view.processing_buttons)

    for _ in answer([lambda dialog: dialog.ok.click()]):  # type: ignore[attr-defined]
        _action(view, "restrictAction").trigger()

    assert view.restriction_notice.isVisibleTo(view)
    assert "23-11-2026" in view.restriction_notice.text()
    assert view.processing_buttons and not any(b.isEnabled() for b in view.processing_buttons)
    assert not view.sdv.isEnabled()
    view.privacy_menu.aboutToShow.emit()
    assert _action(view, "liftRestrictionAction").isVisible()
    assert not _action(view, "restrictAction").isVisible()
    with office.store.session() as session:
        case = session.get(Case, 1)
        assert case is not None and case.restricted_since == TODAY

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _action(view, "liftRestrictionAction").trigger()
    assert not view.restriction_notice.isVisibleTo(view)
    assert all(b.isEnabled() for b in view.processing_buttons)
    assert view.sdv.isEnabled()
    with office.store.session() as session:
        case = session.get(Case, 1)
        assert case is not None and case.restricted_since is None


def test_withdraw_a_consent_with_its_effect_spelled_out(
    window: MainWindow, office: Workspace
) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        record_consent(session, case, "delen_met_corporatie", date(2026, 11, 10), True,
                       today=TODAY)
    view = _open_first_case(window)
    seen: dict[str, str] = {}

    def withdraw(dialog: QDialog) -> None:
        assert isinstance(dialog, WithdrawConsentDialog)
        assert dialog.consent.count() == 1
        seen["effect"] = dialog.effect.text()
        dialog.ok.click()

    for _ in answer([withdraw]):
        _action(view, "withdrawConsentAction").trigger()

    effect = seen["effect"].lower()
    assert "feedback" in effect or "terugkoppeling" in effect
    with office.store.session() as session:
        record = session.scalars(select(ConsentRecord)).one()
        assert record.withdrawn_on == TODAY
    assert "23-11-2026" in view.consents.item(0, 1).text()  # shown as withdrawn on that day


def test_no_standing_consent_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open_first_case(window)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: told.append(text)
    )
    _action(view, "withdrawConsentAction").trigger()
    assert len(told) == 1
