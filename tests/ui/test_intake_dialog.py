"""The new-signal form on a real encrypted database, driven through its real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import AuditEntry, Case, HouseholdMember
from app.models.timeline import InternalNote
from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from app.ui.intake_dialog import FORM_COLUMNS, IntakeDialog
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)

#: a complete, valid rent-arrears signal as a worker would type it
GOOD: dict[str, str | bool] = {
    "corporatie": "Ymere",
    "referentie": "YM-4711",
    "melddatum": "02-11-2026",
    "soort": "huurachterstand",
    "naam": "Sanne Hoekstra",
    "straat": "Amsterdamstraat",
    "huisnummer": "41",
    "postcode": "2032 pk",
    "woonplaats": "Haarlem",
    "telefoon": "06-23456789",
    "email": "sanne@example.nl",
    "geboortedatum": "17-08-1988",
    "aantal_bewoners": "3",
    "kinderen_onder_18": "1",
    "geboortedata_bewoners": "01-02-1990, 03-04-2015",
    "statushouder": True,
    "bekend_bij_wijkteam": False,
    "achterstand_sinds": "01-09-2026",
    "achterstand_maanden": "2,5",
    "achterstand_bedrag": "€ 1.612,40",
    "maandhuur": "806,20",
    "notitie": "Buurvrouw helpt met post.",
}

PERSONAL = ("Sanne", "Hoekstra", "Amsterdamstraat", "2032", "YM-4711", "06-23456789", "sanne@")


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    store = initialise(
        db_path, DatabaseKey(passphrase="intake test passphrase"), load_profile("haarlem"), "Test"
    )
    workspace = open_workspace(store, clock=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def dialog(qtbot: QtBot, ws: Workspace) -> IntakeDialog:
    dlg = IntakeDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def fill(qtbot: QtBot, dlg: IntakeDialog, **overrides: str | bool) -> None:
    """Type the good signal into the real widgets; keyword arguments replace fields."""
    values = {**GOOD, **overrides}
    for column, value in values.items():
        widget = dlg.fields[column]
        if isinstance(widget, QComboBox):
            assert isinstance(value, str)
            index = widget.findData(value) if column == "soort" else widget.findText(value)
            widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            assert isinstance(value, str)
            widget.clear()
            if value.isascii():
                qtbot.keyClicks(widget, value)
            else:  # QTest types Latin-1 only; "€" arrives as if pasted
                widget.insert(value)
        elif isinstance(widget, QPlainTextEdit):
            assert isinstance(value, str)
            widget.setPlainText(value)


def count(ws: Workspace, model: type[object]) -> int:
    with ws.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_rows(ws: Workspace) -> list[AuditEntry]:
    with ws.store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def save(qtbot: QtBot, dlg: IntakeDialog) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def shown_errors(dlg: IntakeDialog) -> dict[str, str]:
    return {c: m.text() for c, m in dlg.field_errors.items() if m.text()}


# --------------------------------------------------------------------------------------------


def test_valid_form_saves_exactly_one_case_with_the_typed_values(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    audits_before = len(audit_rows(ws))
    fill(qtbot, dialog)
    save(qtbot, dialog)

    assert shown_errors(dialog) == {}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count(ws, Case) == 1
    with ws.store.session() as session:
        case = session.scalars(select(Case)).one()
        assert dialog.created_case_id == case.id
        assert case.corporation.code == "YMERE"
        assert (case.reference, case.signal_date, case.kind) == (
            "YM-4711",
            date(2026, 11, 2),
            "huurachterstand",
        )
        assert (case.tenant_name, case.street, case.house_number) == (
            "Sanne Hoekstra",
            "Amsterdamstraat",
            "41",
        )
        assert (case.postcode, case.city) == ("2032 PK", "Haarlem")
        # B2 step 1: the Haarlem covenant does not keep an e-mail address (not asked either)
        assert (case.phone, case.email) == ("0623456789", None)
        assert case.birth_date == date(1988, 8, 17)
        assert (case.occupants, case.children_under_18) == (3, 1)
        assert (case.statushouder, case.known) == (True, False)
        assert case.consent is None
        assert case.arrears_since == date(2026, 9, 1)
        assert (case.arrears_months_tenths, case.arrears_cents, case.monthly_rent_cents) == (
            25,
            161240,
            80620,
        )
        assert case.next_due is not None  # deadlines were computed at once
        members = session.scalars(select(HouseholdMember.birth_date).order_by(HouseholdMember.id))
        assert list(members) == [date(1990, 2, 1), date(2015, 4, 3)]
        note = session.scalars(select(InternalNote)).one()
        assert note.text == "Buurvrouw helpt met post." and note.shareable is False
    new_audit = audit_rows(ws)[audits_before:]
    assert [(a.action, a.object_type, a.object_id) for a in new_audit] == [
        ("create", "case", str(dialog.created_case_id))
    ]
    text = " ".join(f"{a.detail} {a.object_id}" for a in new_audit)
    assert not any(word in text for word in PERSONAL)


@pytest.mark.parametrize(
    ("column", "overrides", "dutch"),
    [
        ("postcode", {"postcode": "12AB"}, "geen geldige postcode (bijvoorbeeld 1234 AB)"),
        ("melddatum", {"melddatum": "01-12-2026"}, "01-12-2026 ligt in de toekomst"),
        ("naam", {"naam": ""}, "verplicht, maar niet ingevuld"),
        (
            "toestemming",
            {"soort": "zorgen_zonder_achterstand"},
            "mag alleen met toestemming van de huurder",
        ),
        ("aantal_bewoners", {"aantal_bewoners": "0"}, "moet minstens 1 zijn"),
        ("geboortedatum", {"geboortedatum": "31-02-1980"}, "deze datum bestaat niet"),
        (
            "geboortedata_bewoners",
            {"geboortedata_bewoners": "01-02-1990, gisteren"},
            "datum 2 'gisteren': geen geldige datum",
        ),
    ],
)
def test_bad_input_is_shown_in_dutch_at_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    dialog: IntakeDialog,
    ws: Workspace,
    column: str,
    overrides: dict[str, str],
    dutch: str,
) -> None:
    cases_before, audits_before = count(ws, Case), len(audit_rows(ws))
    fill(qtbot, dialog, **overrides)
    save(qtbot, dialog)

    errors = shown_errors(dialog)
    assert list(errors) == [column]
    assert dutch in errors[column]
    message = dialog.field_errors[column]
    assert message.isVisible()
    assert message._icon.pixmap() is not None and not message._icon.pixmap().isNull()
    assert dialog.focusWidget() is dialog.fields[column]  # the first bad field has the focus
    assert "1" in dialog.banner.text() or "marked" in dialog.banner.text()
    assert dialog.isVisible() and dialog.created_case_id is None
    assert count(ws, Case) == cases_before == 0
    assert len(audit_rows(ws)) == audits_before


def test_consent_box_appears_only_for_a_concern_without_arrears_and_makes_it_valid(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    consent = dialog.fields["toestemming"]
    assert not consent.isVisible()
    fill(qtbot, dialog, soort="zorgen_zonder_achterstand", achterstand_sinds="")
    assert consent.isVisible()
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)
    save(qtbot, dialog)
    assert shown_errors(dialog) == {}
    with ws.store.session() as session:
        case = session.scalars(select(Case)).one()
        assert (case.kind, case.consent) == ("zorgen_zonder_achterstand", True)


def test_every_problem_at_once_and_first_field_focused(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    save(qtbot, dialog)  # an empty form
    errors = shown_errors(dialog)
    required = {
        "corporatie",
        "referentie",
        "soort",
        "naam",
        "straat",
        "huisnummer",
        "postcode",
        "woonplaats",
        "geboortedatum",
        "aantal_bewoners",
    }
    assert set(errors) == required
    assert all(text == "verplicht, maar niet ingevuld" for text in errors.values())
    assert dialog.focusWidget() is dialog.fields["corporatie"]
    assert count(ws, Case) == 0
    # correcting the form clears the old messages
    fill(qtbot, dialog)
    save(qtbot, dialog)
    assert shown_errors(dialog) == {} and count(ws, Case) == 1


def test_duplicate_signal_is_refused_at_the_reference(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    with ws.store.transaction() as session:
        report = import_signals(
            session,
            signal_csv(signal_row(referentie="YM-4711", melddatum="02-11-2026")),
            ws.ctx,
            today=TODAY,
        )
        assert len(report.created) == 1
    audits_before = len(audit_rows(ws))
    fill(qtbot, dialog)
    save(qtbot, dialog)
    errors = shown_errors(dialog)
    assert list(errors) == ["referentie"]
    assert "deze melding is er al" in errors["referentie"]
    assert dialog.focusWidget() is dialog.fields["referentie"]
    assert count(ws, Case) == 1 and dialog.created_case_id is None
    assert len(audit_rows(ws)) == audits_before
    # another reference is a different signal
    fill(qtbot, dialog, referentie="YM-4712")
    save(qtbot, dialog)
    assert count(ws, Case) == 2


def test_out_of_scope_is_refused_with_h13_and_only_an_audit_row_is_written(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    audits_before = audit_rows(ws)
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.out_of_scope, Qt.MouseButton.LeftButton)
    assert dialog.out_of_scope.isChecked()
    group = dialog.out_of_scope.parentWidget()
    assert isinstance(group, QGroupBox) and "H 1.3" in group.title()
    assert dialog.scope_hint.isVisible()
    save(qtbot, dialog)

    assert dialog.refused and dialog.created_case_id is None
    assert "H 1.3" in dialog.banner.text() and "buiten het convenant" in dialog.banner.text()
    assert "Niets" in dialog.banner.text() or "niets" in dialog.banner.text()
    for model in (Case, HouseholdMember, InternalNote):
        assert count(ws, model) == 0
    added = audit_rows(ws)[len(audits_before) :]
    assert [(a.action, a.object_type, a.result) for a in added] == [
        ("intake_refused", "signal", "refused")
    ]
    assert "H 1.3" in added[0].detail and "YMERE" in added[0].detail
    everything = " ".join(f"{a.object_id} {a.detail} {a.actor}" for a in audit_rows(ws))
    assert not any(word in everything for word in PERSONAL)
    # nothing personal lingers in the window; saving again does nothing; closing needs no question
    assert not any(
        v
        for k, v in dialog.values().items()
        if k not in ("statushouder", "bekend_bij_wijkteam") and v != "nee"
    )
    assert not dialog.save_button.isVisible()
    dialog.save()
    assert len(audit_rows(ws)) == len(audits_before) + 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_never_submits_and_the_note_takes_new_lines(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    assert not dialog.save_button.isDefault()
    fill(qtbot, dialog)
    note = dialog.fields["notitie"]
    assert isinstance(note, QPlainTextEdit)
    note.setFocus()
    note.moveCursor(note.textCursor().MoveOperation.End)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "Tweede regel")
    assert note.toPlainText() == "Buurvrouw helpt met post.\nTweede regel"
    name = dialog.fields["naam"]
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.keyClick(name, Qt.Key.Key_Enter)
    assert dialog.isVisible() and count(ws, Case) == 0
    # Ctrl+S saves on purpose
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count(ws, Case) == 1
    with ws.store.session() as session:
        assert session.scalars(select(InternalNote.text)).one().endswith("\nTweede regel")


def test_the_form_asks_every_column_of_the_format(dialog: IntakeDialog) -> None:
    """The fields come from the format's one list of columns (columns.py), not a copy."""
    assert set(dialog.fields) == set(FORM_COLUMNS) == set(SIGNAL_COLUMNS) - {"strafbaar_feit"}


def _reading_place(dialog: IntakeDialog, widget: QWidget) -> tuple[int, int]:
    """Where a person reads a field: the left column top to bottom, then the right column,
    then what spans the whole width below them."""
    content = dialog._content
    if not content.isAncestorOf(widget):
        return (2, widget.mapTo(dialog, QPoint(0, 0)).y())
    at = widget.mapTo(content, QPoint(0, 0))
    return (0 if at.x() < content.width() // 2 else 1, at.y())


def test_tab_order_follows_the_form(dialog: IntakeDialog) -> None:
    fields = [w for w in dialog.fields.values() if w.isVisible()]
    assert fields == sorted(fields, key=lambda w: _reading_place(dialog, w))
    assert list(dialog.fields)[:4] == ["corporatie", "referentie", "melddatum", "soort"]
    widgets = list(fields)
    widgets += [dialog.out_of_scope, dialog.save_button, dialog.cancel_button]
    dialog.fields["corporatie"].setFocus()
    seen = [dialog.focusWidget()]
    for _ in range(len(widgets) - 1):
        dialog.focusNextChild()
        seen.append(dialog.focusWidget())
    assert seen == widgets


def test_escape_on_an_untouched_form_closes_at_once(qtbot: QtBot, dialog: IntakeDialog) -> None:
    assert not dialog.is_dirty()  # the default signal date is not "typing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_after_typing_asks_before_discarding(
    qtbot: QtBot, dialog: IntakeDialog, ws: Workspace
) -> None:
    qtbot.keyClicks(dialog.fields["naam"], "Sanne")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box()
    assert box is not None and dialog.isVisible()
    keep, discard = (
        next(b for b in box.buttons() if b.text() == text) for text in ("Keep editing", "Discard")
    )
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.discard_box() is None)
    assert dialog.isVisible()
    assert dialog.values()["naam"] == "Sanne"

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    box = dialog.discard_box()
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert count(ws, Case) == 0


def test_kind_combo_uses_readable_labels_from_the_profile(dialog: IntakeDialog) -> None:
    combo = dialog.fields["soort"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "huurachterstand",
        "meer_dan_huurachterstand",
        "zorgen_zonder_achterstand",
    ]
    assert all("_" not in combo.itemText(i) for i in range(combo.count()))
    corporations = dialog.fields["corporatie"]
    assert isinstance(corporations, QComboBox)
    assert [corporations.itemText(i) for i in range(corporations.count())] == [
        "Elan Wonen",
        "Pré Wonen",
        "Ymere",
    ]
    melddatum = dialog.fields["melddatum"]
    assert isinstance(melddatum, QLineEdit) and melddatum.text() == "23-11-2026"


def test_screenshots(qtbot: QtBot, dialog: IntakeDialog, shots: Path) -> None:
    """Rendered for a person to look at (nothing clipped); see the `shots` fixture."""
    dialog.resize(1040, 760)
    assert dialog.grab().save(str(shots / "intake-empty.png"))
    fill(qtbot, dialog, postcode="12", soort="zorgen_zonder_achterstand")
    save(qtbot, dialog)
    assert dialog.grab().save(str(shots / "intake-errors.png"))
    dialog.resize(760, 600)  # a small laptop screen: the form scrolls, nothing overlaps
    assert dialog.grab().save(str(shots / "intake-small.png"))


def test_a_column_the_covenant_does_not_keep_is_not_asked(dialog: IntakeDialog) -> None:
    """B2 step 1 ("alleen noodzakelijke gegevens"): Haarlem keeps no e-mail address, so the
    window does not ask for one; the worker's own note is still offered."""
    dialog.show()
    assert not dialog.fields["email"].isVisible()
    assert dialog.fields["telefoon"].isVisible() and dialog.fields["notitie"].isVisible()
    assert dialog.values()["email"] == ""

