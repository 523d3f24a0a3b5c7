"""Change the tenant's and the household's facts after intake (issue 16.2).

Every fact the covenant keeps, prefilled; the other occupants' dates of birth can be added,
corrected and removed. Saving checks everything first (`case_edit.edit_case`, the intake rules):
a wrong value changes nothing and its Dutch reason appears under the field it is about. After a
save the new priority and place in the inbox are shown, and the case view is refreshed when the
dialog closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.case_edit import (
    CaseEditRefused,
    EditOutcome,
    MemberEdit,
    edit_form,
    edit_requests,
    save_edit,
)
from app.services.correction import MEMBER_FIELD, RequestChoice, kept, shown
from app.services.errors import log_unexpected
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.i18n import fill
from app.ui.widgets import InlineMessage, fit_to_screen, heading_label, store_refusal_nl, wrap_label

if TYPE_CHECKING:
    from app.ui.case_view import CaseView

translate = QCoreApplication.translate

#: readable, quieter than the field text (not a disabled widget: screen readers skip those)
HINT_STYLE = "color: #3d4a52;"


@dataclass
class MemberRow:
    """One other occupant in the form: an existing one (``member_id``) or a new one."""

    member_id: int | None
    original: str
    box: QWidget
    edit: QLineEdit
    remove: QPushButton
    message: InlineMessage
    removed: bool = False


class CaseEditDialog(QDialog):
    """The facts of one case, prefilled; ``saved`` counts the saves (the view then refreshes)."""

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id = case_id
        self.saved = 0
        self.outcome: EditOutcome | None = None
        self.setWindowTitle(self.tr("Edit details"))
        self.setObjectName("caseEditDialog")
        #: fact -> input (QLineEdit or QCheckBox); only the facts the covenant keeps
        self.fields: dict[str, QLineEdit | QCheckBox] = {}
        self.field_errors: dict[str, InlineMessage] = {}
        self.member_rows: list[MemberRow] = []
        self._profile = workspace.ctx.profile
        self._build(edit_requests(workspace.store, case_id))
        self._load()
        fit_to_screen(self, 980, 700)

    # --- building --------------------------------------------------------------------------

    def _build(self, requests: list[RequestChoice]) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Edit details")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Change what you learned after the signal came in. Everything is checked "
                    "as at intake; if one value is wrong, nothing is changed. The old values are "
                    "kept with the corrections; the audit trail records only that something "
                    "changed, never the value."
                )
            )
        )
        self.banner = InlineMessage()
        self.banner.setObjectName("caseEditBanner")
        outer.addWidget(self.banner)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        tenant = self._group(left, self.tr("Tenant"))
        self._line(tenant, "tenant_name", self.tr("Name"), 200)
        self._line(tenant, "street", self.tr("Street"), 200)
        self._line(tenant, "house_number", self.tr("House number"), 20, narrow=True)
        self._line(tenant, "postcode", self.tr("Postcode"), 7, narrow=True, placeholder="1234 AB")
        self._line(tenant, "city", self.tr("Town"), 100)
        self._line(tenant, "phone", self.tr("Phone"), 32,
                   hint=self.tr("Leave empty to remove the number."))
        self._line(tenant, "email", self.tr("E-mail"), 254,
                   hint=self.tr("Leave empty to remove the address."))
        self._line(tenant, "birth_date", self.tr("Date of birth"), 10, narrow=True,
                   placeholder=self.tr("dd-mm-yyyy"))
        left.addStretch(1)

        household = self._group(right, self.tr("Household"))
        self._line(household, "occupants", self.tr("Registered occupants"), 3, narrow=True,
                   hint=self.tr("Including the tenant."))
        self._line(household, "children_under_18", self.tr("Children under 18"), 3, narrow=True,
                   hint=self.tr("On the signal date. Leave empty when not known."))
        self._check(household, "statushouder", self.tr("Has a residence permit (statushouder)"))
        self._check(household, "known", self.tr("Already known to the wijkteam or SDV"))
        self._members_box(household)

        arrears = self._group(right, self.tr("Arrears"))
        self._line(arrears, "arrears_since", self.tr("Arrears since"), 10, narrow=True,
                   placeholder=self.tr("dd-mm-yyyy"))
        self._line(arrears, "arrears_months_tenths", self.tr("Months in arrears"), 8,
                   narrow=True, placeholder=self.tr("e.g. 2,5"))
        self._line(arrears, "arrears_cents", self.tr("Amount in arrears"), 20, narrow=True,
                   placeholder="€ 1.234,56")
        self._line(arrears, "monthly_rent_cents", self.tr("Monthly rent"), 20, narrow=True,
                   placeholder="€ 806,20")
        right.addStretch(1)

        self.request = QComboBox()
        self.request.addItem(self.tr("No request (your own change)"), None)
        for r in requests:
            self.request.addItem(
                fill(self.tr("Request %1, received %2"), str(r.id), shown(r.received_on)),
                r.id,
            )
        self.request.setAccessibleName(self.tr("Because of"))
        self.request_message = InlineMessage()
        request_row = QWidget()
        request_form = QFormLayout(request_row)
        request_form.setContentsMargins(0, 0, 0, 0)
        request_label = wrap_label(self.tr("Because of"))
        request_label.setBuddy(self.request)
        stack = QVBoxLayout()
        stack.addWidget(self.request)
        stack.addWidget(self.request_message)
        request_form.addRow(request_label, stack)
        request_row.setVisible(bool(requests))  # a worker's own edit names no request

        whole = QWidget()
        whole_layout = QVBoxLayout(whole)
        whole_layout.setContentsMargins(0, 0, 0, 0)
        whole_layout.addWidget(content)
        whole_layout.addWidget(request_row)
        whole_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(whole)
        outer.addWidget(self._scroll, 1)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("caseEditSave")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field never saves half a change
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self._close)
        outer.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(box)
        return form

    def _hint(self, text: str) -> QLabel:
        hint = wrap_label(text)
        hint.setObjectName("fieldHint")
        hint.setStyleSheet(HINT_STYLE)
        return hint

    def _line(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        max_length: int,
        *,
        narrow: bool = False,
        placeholder: str = "",
        hint: str = "",
    ) -> None:
        if not kept(self._profile, field):  # B2 step 1: not asked when the covenant keeps none
            return
        edit = QLineEdit()
        edit.setObjectName(f"edit_{field}")
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        if narrow:
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 16 + 16)
        edit.textEdited.connect(lambda _text, f=field: self._clear(f))
        self._row(form, field, label, edit, hint)

    def _check(self, form: QFormLayout, field: str, label: str) -> None:
        if not kept(self._profile, field):
            return
        box = QCheckBox(label)
        box.setObjectName(f"edit_{field}")
        box.setAccessibleName(label)
        box.toggled.connect(lambda _on, f=field: self._clear(f))
        self._row(form, field, None, box, "")

    def _row(
        self,
        form: QFormLayout,
        field: str,
        label: str | None,
        widget: QLineEdit | QCheckBox,
        hint: str,
    ) -> None:
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        if hint:
            stack.addWidget(self._hint(hint))
        message = InlineMessage()
        stack.addWidget(message)
        if label is None:
            form.addRow(cell)
        else:
            caption = wrap_label(label)
            caption.setBuddy(widget)
            form.addRow(caption, cell)
        self.fields[field] = widget
        self.field_errors[field] = message

    def _members_box(self, form: QFormLayout) -> None:
        self.members_area = QWidget()
        self.members_area.setObjectName("otherOccupants")
        if not kept(self._profile, MEMBER_FIELD):
            return
        area = QVBoxLayout(self.members_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(2)
        self._member_list = QVBoxLayout()
        self._member_list.setSpacing(2)
        area.addLayout(self._member_list)
        area.addWidget(
            self._hint(
                self.tr(
                    "Dates of birth of the other occupants, as dd-mm-yyyy. A child under 18 "
                    "gives the case priority."
                )
            )
        )
        self.members_message = InlineMessage()
        area.addWidget(self.members_message)
        self.add_member_button = QPushButton(self.tr("Add occupant"))
        self.add_member_button.setObjectName("addOccupant")
        self.add_member_button.clicked.connect(lambda: self.add_member_row(focus=True))
        area.addWidget(self.add_member_button, 0, Qt.AlignmentFlag.AlignLeft)
        caption = wrap_label(self.tr("Other occupants"))
        caption.setBuddy(self.add_member_button)
        form.addRow(caption, self.members_area)

    def add_member_row(
        self, member_id: int | None = None, text: str = "", *, focus: bool = False
    ) -> MemberRow:
        number = len(self.member_rows) + 1
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text)
        edit.setMaxLength(10)
        edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 16 + 16)
        edit.setAccessibleName(
            fill(self.tr("Date of birth of occupant %1"), str(number))
        )
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(fill(self.tr("Remove occupant %1"), str(number)))
        message = InlineMessage()
        column = QVBoxLayout()
        column.setSpacing(2)
        row_line = QHBoxLayout()
        row_line.addWidget(edit)
        row_line.addWidget(remove)
        row_line.addStretch(1)
        column.addLayout(row_line)
        column.addWidget(message)
        line.addLayout(column)
        row = MemberRow(member_id, text, box, edit, remove, message)
        remove.clicked.connect(lambda: self.remove_member_row(row))
        edit.textEdited.connect(lambda _text: message.clear())
        self._member_list.addWidget(box)
        self.member_rows.append(row)
        self._tab_order()
        if focus:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _tab_order(self) -> None:
        """Tab follows the form as it reads, the occupants' rows (added later) included."""
        chain: list[QWidget] = []
        arrears = ("arrears_since", "arrears_months_tenths", "arrears_cents", "monthly_rent_cents")
        chain += [w for f, w in self.fields.items() if f not in arrears]
        for row in self.member_rows:
            chain += [row.edit, row.remove]
        if hasattr(self, "add_member_button"):
            chain.append(self.add_member_button)
        chain += [w for f, w in self.fields.items() if f in arrears]
        chain += [self.request, self.save_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def remove_member_row(self, row: MemberRow) -> None:
        row.removed = True
        row.box.hide()
        self.members_message.clear()
        self.add_member_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- values ----------------------------------------------------------------------------

    def _load(self) -> None:
        form = edit_form(self._ws.store, self.case_id, self.fields)
        values, members = form.values, form.members
        for field, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                widget.setChecked(values[field] == "ja")
            else:
                widget.setText(values[field])
        if hasattr(self, "_member_list"):
            for row in self.member_rows:
                self._member_list.removeWidget(row.box)
                row.box.deleteLater()
            self.member_rows = []
            for member in members:
                self.add_member_row(member.id, shown(member.birth_date))
        self._tab_order()
        self._clear_all()

    def values(self) -> dict[str, str]:
        """Every fact in the form as typed (unchanged ones are skipped by the service)."""
        return {
            field: ("ja" if widget.isChecked() else "nee")
            if isinstance(widget, QCheckBox)
            else widget.text()
            for field, widget in self.fields.items()
        }

    def member_edits(self) -> tuple[list[MemberEdit], list[MemberRow]]:
        """The changes to the other occupants, and the row each one comes from."""
        edits: list[MemberEdit] = []
        rows: list[MemberRow] = []
        for row in self.member_rows:
            typed = row.edit.text().strip()
            if row.member_id is None:
                if row.removed or not typed:
                    continue
                edits.append(MemberEdit(None, typed))
            elif row.removed:
                edits.append(MemberEdit(row.member_id, None))
            elif typed != row.original:
                edits.append(MemberEdit(row.member_id, typed))
            else:
                continue
            rows.append(row)
        return edits, rows

    # --- saving ----------------------------------------------------------------------------

    def _clear(self, field: str) -> None:
        message = self.field_errors.get(field)
        if message is not None:
            message.clear()
            self.fields[field].setAccessibleDescription("")

    def _clear_all(self) -> None:
        self.banner.clear()
        for field in self.fields:
            self._clear(field)
        for row in self.member_rows:
            row.message.clear()
        if hasattr(self, "members_message"):
            self.members_message.clear()
        self.request_message.clear()

    def save(self) -> None:
        self._clear_all()
        edits, rows = self.member_edits()
        request_id = self.request.currentData()
        try:
            outcome = save_edit(
                self._ws, self.case_id, self.values(), edits, request_id=request_id
            )
        except CaseEditRefused as refused:
            self._show_refusal(refused, rows)
            return
        except Exception as exc:  # the store said no (busy, disk full, ...): nothing changed
            known = store_refusal_nl(exc)
            if known is None:
                known = fill(self.tr(
                    "The changes could not be saved; nothing was changed. Reference: %1"
                ), log_unexpected(exc))
            self.banner.show_error(known)
            return
        self.outcome = outcome
        if outcome.changes:
            self.saved += 1
        self._load()
        self.banner.show_ok(self._outcome_text(outcome))
        self.close_button.setText(self.tr("Close"))

    def _outcome_text(self, outcome: EditOutcome) -> str:
        if not outcome.changes:
            return self.tr("Nothing to save: every value is the same as before.")
        reasons = ", ".join(labels.reason(r) for r in outcome.reasons_after) or self.tr("none")
        text = fill(self.tr("%n change(s) saved. Priority: %1.", "", len(outcome.changes)), reasons)
        after, before = outcome.position_after, outcome.position_before
        if after is not None and before is not None and after != before:
            text += " " + fill(self.tr("Place in the inbox: %1 (was %2)."), str(after), str(before))
        elif after is not None:
            text += " " + fill(self.tr("Place in the inbox: %1."), str(after))
        return text

    def _show_refusal(self, refused: CaseEditRefused, rows: list[MemberRow]) -> None:
        first: QWidget | None = None
        for problem in refused.problems:
            reason = problem.reason_nl[:1].upper() + problem.reason_nl[1:]
            widget: QWidget | None = None
            if problem.field == MEMBER_FIELD:
                if problem.item is not None and 0 < problem.item <= len(rows):
                    row = rows[problem.item - 1]
                    row.message.show_error(reason)
                    row.edit.setAccessibleDescription(reason)
                    widget = row.edit
                elif hasattr(self, "members_message"):
                    self.members_message.show_error(reason)
                    widget = self.add_member_button
            elif problem.field == "request":
                self.request_message.show_error(reason)
                widget = self.request
            elif problem.field in self.field_errors:
                self.field_errors[problem.field].show_error(reason)
                self.fields[problem.field].setAccessibleDescription(reason)
                widget = self.fields[problem.field]
            else:
                self.banner.show_error(problem.dutch())
            if first is None and widget is not None:
                first = widget
        if not self.banner.text():
            self.banner.show_error(
                self.tr("Please correct the marked fields. Nothing was changed.")
            )
        if first is not None:
            self._scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close(self) -> None:
        if self.saved:
            self.accept()
        else:
            self.reject()


def edit_details(view: CaseView) -> None:
    """Open the form for the case shown; refresh the view (priority, rank) after a save."""
    if view.case_id is None:
        return
    dialog = CaseEditDialog(view._ws, view.case_id, view)
    dialog.exec()
    if dialog.saved:
        view._after_change()


def edit_button(view: CaseView) -> QPushButton:
    """The case view's "Gegevens wijzigen…" button (also allowed on a restricted case: AVG 18
    stops processing, not correcting)."""
    button = QPushButton(translate("CaseEdit", "Edit details…"))
    button.setObjectName("editCaseButton")
    button.setToolTip(
        translate("CaseEdit", "Change the tenant's and the household's details (Ctrl+E)")
    )
    button.setShortcut(QKeySequence("Ctrl+E"))
    button.clicked.connect(lambda _checked=False: edit_details(view))
    return button
