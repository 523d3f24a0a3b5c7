"""The new-signal form: one signal typed in by a worker, checked by the same rules as the import.

Every field maps to a column of the import format (docs/formats/signal-csv.md), so the form
builds the same ``{column: text}`` mapping a CSV row gives and calls `validate_signal_fields`.
Problems appear in Dutch under the field they are about (icon and words, not colour alone), and
nothing is stored until the whole form is valid. A signal outside the covenant (H 1.3) is
refused: only an audit entry without personal data is written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import log_unexpected
from app.services.formatting import short_date
from app.services.intake.by_hand import corporation_lookup, refuse_signal, store_signal
from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.importer import AlreadyPresent
from app.services.intake.messages_nl import already_present_nl, out_of_scope_nl, to_dutch
from app.services.intake.minimise import not_stored
from app.services.intake.signals import CONSENT_KIND, RowError, validate_signal_fields
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.i18n import fill
from app.ui.widgets import InlineMessage, fit_to_screen, heading_label, store_refusal_nl, wrap_label

#: the H 1.3 refusal reason as the audit trail records it
OUT_OF_SCOPE_REASON = "H 1.3"

#: the columns of the signal format the form asks, from the format's own list; the H 1.3
#: criminal-offence column is not a field but the scope check box below the form (it refuses
#: the signal instead of storing it)
FORM_COLUMNS: tuple[str, ...] = tuple(c for c in SIGNAL_COLUMNS if c != "strafbaar_feit")

_DATE_SEPARATORS = re.compile(r"[\s,;|]+")


class IntakeDialog(QDialog):
    """Record one new signal. ``created_case_id`` is set when it was stored."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.created_case_id: int | None = None
        self.refused = False
        self._resolve, self._corporation_names = corporation_lookup(workspace)
        self._kinds = tuple(workspace.ctx.profile.signal_kinds)

        self.setWindowTitle(self.tr("New signal"))
        self.setModal(True)

        #: column -> input widget (QLineEdit, QComboBox, QCheckBox or QPlainTextEdit)
        self.fields: dict[str, QWidget] = {}
        #: column -> the message shown under that field
        self.field_errors: dict[str, InlineMessage] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._rows: dict[str, QWidget] = {}
        self._forms_by_column: dict[str, QFormLayout] = {}
        self._not_asked: set[str] = set()

        self._build()
        # every column of the format has its field: a new column in columns.py needs one here
        assert set(self.fields) == set(FORM_COLUMNS), set(self.fields) ^ set(FORM_COLUMNS)
        # B2 step 1: a column the covenant does not keep is not asked for (the worker's own
        # note is kept: it is written here, not sent by the corporation)
        profile = workspace.ctx.profile
        self._not_asked = {c for c in not_stored(profile) if c in self._rows and c != "notitie"}
        for column in self._not_asked:
            self._forms_by_column[column].setRowVisible(self._rows[column], False)
        self._initial_values = self.values()
        self._discard_box: QMessageBox | None = None
        self._closing_confirmed = False

    # ------------------------------------------------------------------------------------
    # building the form

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self._outer = outer
        self._heading = heading_label(self.tr("New signal"))
        outer.addWidget(self._heading)
        intro = wrap_label(
            self.tr(
                "Type the signal as the corporation sent it. Fields marked * are required. "
                "Dates as dd-mm-yyyy."
            )
        )
        outer.addWidget(intro)
        self._intro = intro
        #: problems that belong to no single field, and the outcome of a refusal
        self.banner = InlineMessage(self)
        outer.addWidget(self.banner)

        self._content = QWidget()
        columns = QHBoxLayout(self._content)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # --- Melding
        signal = self._group(left, self.tr("Signal"), "signal")
        corporation = QComboBox()
        corporation.addItems(self._corporation_names)
        corporation.setCurrentIndex(-1)
        corporation.setPlaceholderText(self.tr("Choose the corporation"))
        self._add(signal, "corporatie", self.tr("Corporation *"), corporation)
        self._add(signal, "referentie", self.tr("Reference *"), self._line(64))
        signal_date = self._date_edit()
        signal_date.setText(short_date(self._ws.today()))
        self._add(signal, "melddatum", self.tr("Signal date *"), signal_date)
        kind = QComboBox()
        for code in self._kinds:
            text = labels.kind(code)
            kind.addItem(text[:1].upper() + text[1:], code)
        kind.setCurrentIndex(-1)
        kind.setPlaceholderText(self.tr("Choose the kind of signal"))
        kind.currentIndexChanged.connect(self._kind_changed)
        self._add(signal, "soort", self.tr("Kind of signal *"), kind)
        consent = QCheckBox(self.tr("The tenant consented to this signal"))
        self._add(
            signal,
            "toestemming",
            self.tr("Consent *"),
            consent,
            hint=self.tr("A concern without rent arrears may only be signalled with consent."),
        )

        # --- Huurder
        tenant = self._group(left, self.tr("Tenant"), "tenant")
        self._add(tenant, "naam", self.tr("Name *"), self._line(200))
        self._add(tenant, "straat", self.tr("Street *"), self._line(200))
        self._add(tenant, "huisnummer", self.tr("House number *"), self._line(20, narrow=True))
        postcode = self._line(7, narrow=True)
        postcode.setPlaceholderText("1234 AB")
        self._add(tenant, "postcode", self.tr("Postcode *"), postcode)
        self._add(tenant, "woonplaats", self.tr("Town *"), self._line(100))
        self._add(tenant, "telefoon", self.tr("Phone"), self._line(32))
        self._add(tenant, "email", self.tr("E-mail"), self._line(254))
        self._add(tenant, "geboortedatum", self.tr("Date of birth *"), self._date_edit())
        left.addStretch(1)

        # --- Huishouden
        household = self._group(right, self.tr("Household"), "household")
        self._add(
            household,
            "aantal_bewoners",
            self.tr("Registered occupants *"),
            self._line(3, narrow=True),
            hint=self.tr("Including the tenant."),
        )
        self._add(
            household,
            "kinderen_onder_18",
            self.tr("Children under 18"),
            self._line(3, narrow=True),
        )
        others = self._line(400)
        others.setPlaceholderText(self.tr("dd-mm-yyyy, dd-mm-yyyy"))
        self._add(
            household,
            "geboortedata_bewoners",
            self.tr("Other occupants' dates of birth"),
            others,
            hint=self.tr("Separate the dates with a comma."),
        )
        self._add(
            household,
            "statushouder",
            None,
            QCheckBox(self.tr("Has a residence permit (statushouder)")),
        )
        self._add(
            household,
            "bekend_bij_wijkteam",
            None,
            QCheckBox(self.tr("Already known to the wijkteam or SDV")),
        )

        # --- Achterstand
        arrears = self._group(right, self.tr("Arrears"), "arrears")
        self._add(
            arrears,
            "achterstand_sinds",
            self.tr("Arrears since"),
            self._date_edit(),
            hint=self.tr("Required for rent arrears."),
        )
        months = self._line(8, narrow=True)
        months.setPlaceholderText(self.tr("e.g. 2,5"))
        self._add(arrears, "achterstand_maanden", self.tr("Months in arrears"), months)
        amount = self._line(20, narrow=True)
        amount.setPlaceholderText("€ 1.234,56")
        self._add(arrears, "achterstand_bedrag", self.tr("Amount in arrears"), amount)
        rent = self._line(20, narrow=True)
        rent.setPlaceholderText("€ 806,20")
        self._add(arrears, "maandhuur", self.tr("Monthly rent"), rent)
        self._add(
            arrears, "deurwaarder_gepland", self.tr("Planned bailiff date"), self._date_edit()
        )
        self._add(arrears, "ontruimingsdatum", self.tr("Eviction date"), self._date_edit())
        right.addStretch(1)

        # --- internal note, full width
        note_box = QGroupBox(self.tr("Internal note"))
        note_layout = QVBoxLayout(note_box)
        warning = QWidget()
        warning_row = QHBoxLayout(warning)
        warning_row.setContentsMargins(0, 0, 0, 0)
        lock = QLabel()
        size = self.fontMetrics().height()
        lock.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        warning_row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        note_label = wrap_label(
            self.tr(
                "Internal — never shared without the tenant's consent. Write only what the "
                "work needs."
            )
        )
        warning_row.addWidget(note_label, 1)
        note_layout.addWidget(warning)
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)  # Tab leaves the note; Enter is a new line, never "save"
        note.setPlaceholderText(self.tr("Working note (optional)"))
        note.setFixedHeight(note.fontMetrics().lineSpacing() * 4 + 12)
        note_label.setBuddy(note)
        note_layout.addWidget(note)
        self.fields["notitie"] = note
        self.field_errors["notitie"] = InlineMessage()
        note_layout.addWidget(self.field_errors["notitie"])

        # --- H 1.3, full width
        scope_box = QGroupBox(self.tr("Covenant scope (H 1.3)"))
        scope_layout = QVBoxLayout(scope_box)
        self.out_of_scope = QCheckBox(
            self.tr(
                "Threatened eviction solely because of a criminal offence "
                "(fraud, cannabis growing, overcrowding)"
            )
        )
        scope_layout.addWidget(self.out_of_scope)
        self.scope_hint = InlineMessage()
        scope_layout.addWidget(self.scope_hint)
        self.out_of_scope.toggled.connect(self._scope_toggled)

        whole = QWidget()
        whole_layout = QVBoxLayout(whole)
        whole_layout.setContentsMargins(0, 0, 0, 0)
        whole_layout.addWidget(self._content)
        whole_layout.addWidget(note_box)
        whole_layout.addWidget(scope_box)
        whole_layout.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(whole)
        outer.addWidget(self._scroll, 1)

        self._buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save signal"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self._buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.save_button, self.cancel_button):
            # Enter in a field must never submit a half-filled form by accident
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(self._buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        self._kind_changed()
        self._set_tab_order()
        self.resize(1040, 760)
        fit_to_screen(self, 1040, 760)

    def _group(self, column: QVBoxLayout, title: str, key: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(box)
        self._forms[key] = form
        return form

    def _line(self, max_length: int, *, narrow: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        if narrow:
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 16 + 16)
        return edit

    def _date_edit(self) -> QLineEdit:
        edit = self._line(10, narrow=True)
        edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        return edit

    def _add(
        self,
        form: QFormLayout,
        column: str,
        label: str | None,
        widget: QWidget,
        *,
        hint: str | None = None,
    ) -> None:
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        if hint:
            hint_label = wrap_label(hint)
            hint_label.setObjectName("pageIntro")  # readable secondary colour, not disabled
            widget.setAccessibleDescription(hint)
            stack.addWidget(hint_label)
        message = InlineMessage()
        stack.addWidget(message)
        if label is None:  # a check box says it all; it spans the row
            form.addRow(box)
        else:
            label_widget = wrap_label(label)
            label_widget.setBuddy(widget)
            form.addRow(label_widget, box)
            widget.setAccessibleName(label.rstrip(" *"))
        self._rows[column] = box
        self._forms_by_column[column] = form
        self.fields[column] = widget
        self.field_errors[column] = message

    def _set_tab_order(self) -> None:
        """Tab follows the form as it reads: the fields in the order `_build` lays them out."""
        chain: list[QWidget] = list(self.fields.values())
        chain += [self.out_of_scope, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------------------------
    # reacting to the form

    def _kind(self) -> str:
        combo = self.fields["soort"]
        assert isinstance(combo, QComboBox)
        data = combo.currentData()
        return data if isinstance(data, str) else ""

    def _kind_changed(self) -> None:
        needs_consent = self._kind() == CONSENT_KIND
        form = self._forms["signal"]
        form.setRowVisible(self._rows["toestemming"], needs_consent)
        if not needs_consent:
            self.field_errors["toestemming"].clear()

    def _scope_toggled(self, checked: bool) -> None:
        if checked:
            self.scope_hint.show_hint(
                self.tr(
                    "This signal falls outside the covenant. Saving refuses it: nothing about "
                    "the tenant is stored, only that a signal was refused (without personal "
                    "data)."
                )
            )
            self.save_button.setText(self.tr("Refuse signal"))
        else:
            self.scope_hint.clear()
            self.save_button.setText(self.tr("Save signal"))

    # ------------------------------------------------------------------------------------
    # values

    def values(self) -> dict[str, str]:
        """The form as ``{column: text}``, exactly as a CSV row of the import format."""
        values: dict[str, str] = {}
        for column, widget in self.fields.items():
            if column in self._not_asked:
                values[column] = ""  # not kept under this covenant: never read
            elif isinstance(widget, QLineEdit):
                values[column] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[column] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                values[column] = widget.currentText() if widget.currentIndex() >= 0 else ""
            elif isinstance(widget, QCheckBox):
                values[column] = "ja" if widget.isChecked() else "nee"
        values["soort"] = self._kind()
        # consent only means something for the kind that needs it (H 3.3)
        if values["soort"] != CONSENT_KIND or values["toestemming"] == "nee":
            values["toestemming"] = ""
        # people separate dates with commas or spaces; the format uses '|'
        parts = _DATE_SEPARATORS.split(values["geboortedata_bewoners"].strip())
        values["geboortedata_bewoners"] = "|".join(part for part in parts if part)
        return values

    def is_dirty(self) -> bool:
        """True when the worker typed or chose something (so closing would lose it)."""
        return not self.refused and self.values() != self._initial_values

    # ------------------------------------------------------------------------------------
    # saving

    def clear_errors(self) -> None:
        self.banner.clear()
        for column, message in self.field_errors.items():
            message.clear()
            self.fields[column].setAccessibleDescription("")

    def save(self) -> None:
        """Check the form; store it when valid, or refuse it when outside the covenant."""
        if self.refused or self.created_case_id is not None:
            return
        self.clear_errors()
        if self.out_of_scope.isChecked():
            self._refuse()
            return
        values = self.values()
        record, errors = validate_signal_fields(values, 0, self._resolve, today=self._ws.today())
        if errors or record is None:
            self._show_errors(errors)
            return
        try:
            case_id = store_signal(self._ws, record)
        except AlreadyPresent:
            self._show_errors([], extra={"referentie": already_present_nl()})
            return
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is not None:
                self.banner.show_error(known)
                return
            reference = log_unexpected(exc)
            self.banner.show_error(
                fill(self.tr(
                    "The signal could not be saved; nothing was stored. Please try again. "
                    "If it keeps happening, give your administrator this reference: %1"
                ), reference)
            )
            return
        self.created_case_id = case_id
        self.accept()

    def _show_errors(self, errors: list[RowError], extra: dict[str, str] | None = None) -> None:
        by_column: dict[str, list[str]] = {}
        for error in errors:
            column = error.column if error.column in self.field_errors else "-"
            by_column.setdefault(column, []).append(to_dutch(error))
        for column, text in (extra or {}).items():
            by_column.setdefault(column, []).append(text)
        for column, messages in by_column.items():
            if column == "-":
                continue
            self.field_errors[column].show_error("\n".join(messages))
            self.fields[column].setAccessibleDescription("\n".join(messages))
        count = len([column for column in by_column if column != "-"])
        summary = (
            self.tr("Please correct the marked field.")
            if count == 1
            else self.tr("Please correct the %n marked fields.", "", count)
        )
        general = by_column.get("-", [])
        self.banner.show_error("\n".join([summary, *general]) if count else "\n".join(general))
        first = next((c for c in self.fields if c in by_column), None)
        if first is not None:
            widget = self.fields[first]
            self._scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refuse(self) -> None:
        corporation = self.values()["corporatie"]
        code = self._resolve(corporation) if corporation else None
        try:
            refuse_signal(self._ws, OUT_OF_SCOPE_REASON, code)
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is not None:
                self.banner.show_error(known)
                return
            reference = log_unexpected(exc)
            self.banner.show_error(
                fill(self.tr("The refusal could not be recorded. Reference: %1"), reference)
            )
            return
        self.refused = True
        # nothing personal lingers in the window either
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(-1)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
        self.scope_hint.clear()
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.out_of_scope.setEnabled(False)
        self._scroll.hide()  # the refusal is all there is left to read
        self._intro.hide()
        self._outer.insertStretch(self._outer.indexOf(self._buttons), 1)
        self._heading.setText(self.tr("Signal refused"))
        self.banner.show_hint(out_of_scope_nl())
        self.setMinimumSize(0, 0)
        self.adjustSize()
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    # ------------------------------------------------------------------------------------
    # closing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # the button box makes its accept button the default when shown; Enter must not submit
        self.save_button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Enter presses only the button that has the focus; it never submits by default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something was typed."""
        if self._closing_confirmed or not self.is_dirty():
            super().reject()
            return
        if self._discard_box is not None and self._discard_box.isVisible():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard this signal?"))
        box.setText(self.tr("Discard this signal? What you typed will not be saved."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self._discard_box = box

        def decided() -> None:
            if box.clickedButton() is discard:
                self._closing_confirmed = True
                super(IntakeDialog, self).reject()

        box.finished.connect(decided)
        box.open()

    def discard_box(self) -> QMessageBox | None:
        """The open "discard?" question, if any (for tests and the main window)."""
        box = self._discard_box
        return box if box is not None and box.isVisible() else None
