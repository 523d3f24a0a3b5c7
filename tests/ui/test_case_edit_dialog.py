"""The case view's "edit details" form (issue 16.2): prefilled with every fact the covenant
keeps; a wrong value is shown under its own field and changes nothing; a child's date of birth
gives the case priority and moves it up in the inbox as soon as it is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from app.models import Case, FactCorrection
from app.services.case_edit import inbox_position, members_of
from app.services.correction import MEMBER_FIELD
from app.services.workspace import Workspace
from app.ui.case_edit_dialog import CaseEditDialog
from app.ui.case_view import CaseView
from app.ui.main_window import MainWindow
from tests.ui.modal import answer

TODAY = date(2026, 11, 23)


def _open_plain_case(window: MainWindow) -> CaseView:
    window.open_case(1)  # Piet Plain: no priority, last in the inbox
    view = window.case_view
    assert view.case_id == 1
    return view


def _button(view: CaseView) -> QPushButton:
    button = view.findChild(QPushButton, "editCaseButton")
    assert button is not None
    return button


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next widget in the chain that takes focus by Tab."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def _position(office: Workspace, case_id: int) -> int | None:
    with office.store.session() as session:
        return inbox_position(session, case_id, TODAY)


def test_edit_in_the_window_adds_a_child_and_moves_the_case_up(
    window: MainWindow, office: Workspace
) -> None:
    view = _open_plain_case(window)
    assert view._detail["priority_reasons"] == []
    before = _position(office, 1)
    assert before == 4
    seen: dict[str, object] = {}

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseEditDialog)
        phone = dialog.fields["phone"]
        assert isinstance(phone, QLineEdit)
        seen["prefilled"] = (phone.text(), dialog.fields["tenant_name"].text())  # type: ignore[union-attr]
        seen["email_asked"] = "email" in dialog.fields  # Haarlem keeps no e-mail (B2 step 1)
        phone.setText("06 9876 5432")
        known = dialog.fields["known"]
        assert isinstance(known, QCheckBox)
        known.setChecked(True)
        dialog.add_member_button.click()
        dialog.member_rows[-1].edit.setText("01-05-2019")
        dialog.save_button.click()
        seen["banner"] = dialog.banner.kind
        seen["outcome"] = dialog.outcome
        seen["reloaded_phone"] = phone.text()
        seen["rows"] = [r.edit.text() for r in dialog.member_rows]
        dialog.close_button.click()

    for _ in answer([edit]):
        _button(view).click()

    assert seen["prefilled"] == ("0623456789", "Piet Plain")
    assert seen["email_asked"] is False
    assert seen["banner"] == "ok"
    assert seen["reloaded_phone"] == "0698765432"  # normalised, as at intake
    assert seen["rows"] == ["01-05-2019"]
    outcome = seen["outcome"]
    assert outcome is not None
    assert outcome.reasons_after == ("children", "known")  # type: ignore[attr-defined]
    after = _position(office, 1)
    assert after is not None and after < before
    assert outcome.position_after == after  # type: ignore[attr-defined]
    # the case view was refreshed: the priority is shown at once
    assert view._detail["priority_reasons"] == ["children", "known"]
    assert view._detail["telefoon"] == "0698765432"
    with office.store.session() as session:
        rows = session.scalars(select(FactCorrection))
        kept = {(k.field, k.old_value, k.new_value) for k in rows}
        assert [m.birth_date for m in members_of(session, 1)] == [date(2019, 5, 1)]
    assert kept == {
        ("phone", "0623456789", "0698765432"),
        ("known", "nee", "ja"),
        (MEMBER_FIELD, "", "01-05-2019"),
    }


def test_a_refusal_is_shown_under_the_field_and_changes_nothing(
    window: MainWindow, office: Workspace
) -> None:
    view = _open_plain_case(window)
    seen: dict[str, object] = {}

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseEditDialog)
        dialog.fields["phone"].setText("06-12")  # type: ignore[union-attr]
        dialog.fields["arrears_since"].setText("01-12-2026")  # type: ignore[union-attr]
        dialog.fields["city"].setText("Heemstede")  # fine, but nothing may be saved
        dialog.add_member_button.click()
        dialog.member_rows[-1].edit.setText("31-02-2019")
        dialog.save_button.click()
        seen["phone"] = dialog.field_errors["phone"].text()
        seen["phone_described"] = dialog.fields["phone"].accessibleDescription()
        seen["arrears"] = dialog.field_errors["arrears_since"].text()
        seen["city"] = dialog.field_errors["city"].text()
        seen["member"] = dialog.member_rows[-1].message.text()
        seen["banner"] = dialog.banner.kind
        seen["focus"] = dialog.focusWidget() is dialog.fields["phone"]
        seen["outcome"] = dialog.outcome
        dialog.close_button.click()

    for _ in answer([edit]):
        _button(view).click()

    assert seen["phone"] == "Telefoonnummer is te kort (minstens 10 cijfers)"
    assert seen["phone_described"] == seen["phone"]
    assert str(seen["arrears"]).startswith("01-12-2026 ligt in de toekomst")
    assert seen["city"] == ""
    assert "31-02-2019" in str(seen["member"])
    assert seen["banner"] == "error"
    assert seen["focus"] is True
    assert seen["outcome"] is None
    with office.store.session() as session:
        case = session.get(Case, 1)
        assert case is not None
        assert (case.phone, case.city) == ("0623456789", "Haarlem")
        assert session.scalars(select(FactCorrection)).all() == []
        assert members_of(session, 1) == []
    assert _position(office, 1) == 4


def test_every_field_has_a_name_and_the_form_fits_a_laptop(
    window: MainWindow, office: Workspace
) -> None:
    dialog = CaseEditDialog(office, 2, window)  # Karin Kind: two dated children
    try:
        assert [r.edit.text() for r in dialog.member_rows] == ["01-01-2015", "01-01-2017"]
        shortcuts = [sc.key() for sc in dialog.findChildren(QShortcut)]
        assert QKeySequence(QKeySequence.StandardKey.Save) in shortcuts  # Ctrl+S saves
        # Tab goes from the household's check boxes through the occupants, as the form reads
        assert _next_tab_stop(dialog.fields["known"]) is dialog.member_rows[0].edit
        assert _next_tab_stop(dialog.member_rows[0].edit) is dialog.member_rows[0].remove
        assert _next_tab_stop(dialog.member_rows[1].remove) is dialog.add_member_button
        assert _next_tab_stop(dialog.add_member_button) is dialog.fields["arrears_since"]
        inputs = [
            *dialog.findChildren(QLineEdit),
            *dialog.findChildren(QCheckBox),
            *dialog.findChildren(QComboBox),
        ]
        assert len(inputs) >= 17
        unnamed = [w.objectName() for w in inputs if not w.accessibleName()]
        assert unnamed == []
        hints = [w for w in dialog.findChildren(QLabel) if w.objectName() == "fieldHint"]
        assert len(hints) >= 4 and all(w.isEnabled() for w in hints)  # readable, not greyed
        dialog.resize(1366 - 40, 768 - 60)
        dialog.show()
        assert dialog.width() <= 1366 and dialog.height() <= 768
        whole = dialog._scroll.widget()
        assert whole.minimumSizeHint().width() <= dialog._scroll.viewport().width()
    finally:
        dialog.close()
