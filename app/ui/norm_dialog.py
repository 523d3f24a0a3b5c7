"""Settings → the office's living-cost norm per household type and the longest arrangement.

Both are office settings (the covenants leave them open); the SDV workbench and the CLI use
them for the repayment capacity and for arrears arrangements.
"""

from __future__ import annotations

from dataclasses import replace

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
    BudgetProblem,
    parse_amount,
)
from app.services.sdv.inventory import (
    living_cost_norm,
    max_arrangement_months,
    set_living_cost_norm,
    set_max_arrangement_months,
)
from app.services.workspace import Workspace
from app.ui.widgets import InlineMessage, wrap_label


def _dutch_amount(value: object) -> str:
    return f"{value:.2f}".replace(".", ",")


class NormDialog(QDialog):
    """Edit the norm; nothing is saved unless every amount is valid."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("Living-cost norm"))
        with workspace.store.session() as session:
            self._norm = living_cost_norm(session)
            months = max_arrangement_months(session)
        intro = wrap_label(
            self.tr(
                "What a household keeps each month for living costs, besides the rent and the "
                "fixed costs. The repayment capacity is what remains. These amounts are your "
                "office's choice; the covenant does not set them."
            )
        )
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for kind in HOUSEHOLD_TYPES:
            field = QLineEdit(_dutch_amount(self._norm.monthly[kind]))
            self.fields[kind] = field
            form.addRow(HOUSEHOLD_LABELS_NL[kind].capitalize() + " (€)", field)
        self.per_child = QLineEdit(_dutch_amount(self._norm.per_child))
        form.addRow(self.tr("Extra per child (€)"), self.per_child)
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Longest arrears arrangement"), self.months)
        self.message = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
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
                self.tr("Not a valid amount: %1. Type amounts like 1.234,56. Nothing was saved.")
                .replace("%1", ", ".join(problems))
            )
            return
        norm = replace(self._norm, monthly=monthly, per_child=per_child)
        try:
            with self._ws.store.transaction() as session:
                set_living_cost_norm(session, norm)
                set_max_arrangement_months(session, self.months.value())
        except BudgetProblem:
            self.message.show_error(self.tr("These amounts cannot be used. Nothing was saved."))
            return
        self.accept()
