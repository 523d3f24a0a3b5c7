"""Settings → the office's living-cost norm per household type and the longest arrangement.

Both are office settings (the covenants leave them open); the SDV workbench and the CLI use
them for the repayment capacity and for arrears arrangements.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.money import (
    HOUSEHOLD_LABELS_NL,
    HOUSEHOLD_TYPES,
    AmountProblem,
    LivingCostNorm,
    parse_amount,
)
from app.services.office_settings import SettingsRefused, save_norm, stored_norm
from app.services.workspace import Workspace
from app.ui.i18n import fill
from app.ui.widgets import InlineMessage, wrap_label


def _dutch_amount(value: object) -> str:
    return f"{value:.2f}".replace(".", ",")


class NormEditor(QWidget):
    """The norm's fields; the settings window embeds it, :class:`NormDialog` wraps it."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        intro = wrap_label(
            self.tr(
                "What a household keeps each month for living costs, besides the rent and the "
                "fixed costs. The repayment capacity is what remains. These amounts are your "
                "office's choice; the covenant does not set them."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: dict[str, QLineEdit] = {}
        for kind in HOUSEHOLD_TYPES:
            field = QLineEdit()
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.fields[kind] = field
            form.addRow(HOUSEHOLD_LABELS_NL[kind].capitalize() + " (€)", field)
        self.per_child = QLineEdit()
        self.per_child.setAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Extra per child (€)"), self.per_child)
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Longest arrears arrangement"), self.months)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.reload()
        for field in (*self.fields.values(), self.per_child):
            field.textChanged.connect(self.changed)
        self.months.valueChanged.connect(self.changed)

    def reload(self) -> None:
        """Show what is stored now."""
        self._norm, self._months = stored_norm(self._ws.store)
        for kind, field in self.fields.items():
            field.setText(_dutch_amount(self._norm.monthly[kind]))
        self.per_child.setText(_dutch_amount(self._norm.per_child))
        self.months.setValue(self._months)
        self.message.clear()

    def collect(self) -> tuple[LivingCostNorm, int] | None:
        """The norm and the longest arrangement as typed, or None after saying (in the
        message) which amounts are not valid."""
        monthly = {}
        problems = []
        for kind, field in self.fields.items():
            try:
                monthly[kind] = parse_amount(field.text())
            except AmountProblem:
                problems.append(HOUSEHOLD_LABELS_NL[kind])
        try:
            per_child = parse_amount(self.per_child.text())
        except AmountProblem:
            problems.append(self.tr("extra per child"))
        if problems:
            self.message.show_error(
                fill(self.tr(
                    "Not a valid amount: %1. Type amounts like 1.234,56. Nothing was saved."
                ), ", ".join(problems))
            )
            return None
        self.message.clear()
        return replace(self._norm, monthly=monthly, per_child=per_child), self.months.value()

    def is_changed(self) -> bool:
        """Anything differs from what is stored (an amount that does not parse counts too)."""
        for kind, field in self.fields.items():
            if field.text() != _dutch_amount(self._norm.monthly[kind]):
                return True
        if self.per_child.text() != _dutch_amount(self._norm.per_child):
            return True
        return self.months.value() != self._months


class NormDialog(QDialog):
    """Edit the norm on its own; nothing is saved unless every amount is valid."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("Living-cost norm"))
        self.editor = NormEditor(workspace)
        self.fields = self.editor.fields
        self.per_child = self.editor.per_child
        self.months = self.editor.months
        self.message = self.editor.message
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        collected = self.editor.collect()
        if collected is None:
            return
        norm, months = collected
        try:
            save_norm(self._ws.store, norm, months)
        except SettingsRefused:
            self.message.show_error(self.tr("These amounts cannot be used. Nothing was saved."))
            return
        self.accept()
