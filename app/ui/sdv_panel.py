"""The "Debts and proposal" tab: the SDV workbench of one case (H 6.1–6.3, H 7.3).

The household budget and the debts are edited in a form and saved as a whole ("Save
inventory"); nothing is written while any amount is invalid. The repayment capacity and how it
was reached follow every edit. From the saved inventory the worker makes a proposal: an
arrears arrangement, an amicable settlement offer, or "not possible yet"; the stored proposal is
shown with its schedule or shares, and the proposal letter is made from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Case
from app.services.intake.values import ValueProblem, parse_date
from app.services.money import (
    DEBT_KINDS,
    HOUSEHOLD_TYPES,
    MAX_SETTLEMENT_MONTHS,
    AmountProblem,
    Budget,
    BudgetLine,
    BudgetProblem,
    Capacity,
    LivingCostNorm,
    add_months,
    capacity,
    cents,
    format_eur,
    from_cents,
    parse_amount,
)
from app.services.sdv.inventory import (
    DebtEntry,
    Inventory,
    living_cost_norm,
    load_inventory,
    max_arrangement_months,
    save_inventory,
    suggested_budget,
)
from app.services.sdv.proposals import (
    ProposalProblem,
    ProposalView,
    proposals_of,
    propose_arrangement,
    propose_settlement,
    record_no_proposal,
)
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.display import show_date
from app.ui.event_dialog import pydate, qdate
from app.ui.i18n import fill
from app.ui.widgets import ERROR_COLOUR, InlineMessage, wrap_label

LABEL_MAX = 120
RESULT_ROWS = 14
CREDITOR_MAX = 200
BAD_CELL = QColor("#fde2e1")
AMOUNT_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# debts table columns
D_CREDITOR, D_KIND, D_AMOUNT, D_PREFERENTIAL, D_ESTABLISHED = range(5)


def amount_text(value: Decimal) -> str:
    """An amount as it is typed: ``1.234,56`` (no euro sign)."""
    return format_eur(value).replace("€ ", "")


@dataclass
class FormValues:
    """What the form holds right now, and what is wrong with it (in the user's language)."""

    budget: Budget | None = None
    debts: list[DebtEntry] = field(default_factory=list)
    budget_problems: list[str] = field(default_factory=list)
    debt_problems: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return self.budget_problems + self.debt_problems


class _Problem(Exception):
    """A problem already worded for the user."""


class SdvPanel(QWidget):
    """Inventory (budget and debts), repayment capacity, and proposals of one case."""

    changed = Signal()
    letter_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id: int | None = None
        self.dirty = False
        self._loading = False
        self._norm: LivingCostNorm | None = None
        self._max_months = 12
        self._current: ProposalView | None = None
        self._case_open = True
        self.current_capacity: Capacity | None = None

        content = QWidget()
        content.setObjectName("sdvContent")
        page = QVBoxLayout(content)
        page.setSpacing(10)

        intro = wrap_label(
            self.tr(
                "Fill in the household budget and the debts, then save the inventory. The "
                "repayment capacity is worked out as you type. From the saved inventory you make "
                "a proposal for the corporation (H 6.2, H 6.3, H 7.3)."
            )
        )
        intro.setObjectName("pageIntro")
        page.addWidget(intro)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self._build_budget(), 3)
        top.addWidget(self._build_capacity(), 2)
        page.addLayout(top)
        page.addWidget(self._build_debts())
        page.addLayout(self._build_save_row())
        self.form_message = InlineMessage()
        page.addWidget(self.form_message)
        page.addWidget(self._build_proposal())
        page.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # --- building -------------------------------------------------------------------------

    def _household_label(self, code: str) -> str:
        return {
            "alleenstaande": self.tr("single person"),
            "alleenstaande_ouder": self.tr("single parent"),
            "paar": self.tr("couple"),
            "paar_met_kinderen": self.tr("couple with children"),
        }.get(code, code)

    def _debt_kind_label(self, code: str) -> str:
        return {
            "huurachterstand": self.tr("Rent arrears"),
            "energie": self.tr("Energy"),
            "water": self.tr("Water"),
            "zorgverzekering": self.tr("Health insurance"),
            "overig": self.tr("Other"),
        }.get(code, code)

    def _build_budget(self) -> QGroupBox:
        box = QGroupBox(self.tr("Household budget (per month)"))
        self.household = QComboBox()
        for code in HOUSEHOLD_TYPES:
            self.household.addItem(self._household_label(code), code)
        self.household.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.children_count = QSpinBox()
        self.children_count.setRange(0, 20)
        self.rent = QLineEdit()
        self.rent.setPlaceholderText(self.tr("e.g. 806,20"))
        self.rent.setAlignment(AMOUNT_ALIGN)
        self.rent.setMaximumWidth(160)
        self.household.currentIndexChanged.connect(self._edited)
        self.children_count.valueChanged.connect(self._edited)
        self.rent.textChanged.connect(self._edited)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Household"), self.household)
        form.addRow(self.tr("Children living at home"), self.children_count)
        form.addRow(self.tr("Current rent (€)"), self.rent)

        self.incomes = self._line_table()
        self.incomes.setAccessibleName(self.tr("Incomes"))
        self.costs = self._line_table()
        self.costs.setAccessibleName(self.tr("Fixed costs (besides rent)"))
        add_income = QPushButton(self.tr("Add income"))
        add_income.clicked.connect(lambda: self.add_income_row())
        remove_income = QPushButton(self.tr("Remove row"))
        remove_income.clicked.connect(lambda: self._remove_selected(self.incomes))
        add_cost = QPushButton(self.tr("Add fixed cost"))
        add_cost.clicked.connect(lambda: self.add_cost_row())
        remove_cost = QPushButton(self.tr("Remove row"))
        remove_cost.clicked.connect(lambda: self._remove_selected(self.costs))
        self.add_income_button, self.add_cost_button = add_income, add_cost

        lines = QGridLayout()
        lines.setHorizontalSpacing(12)
        lines.addWidget(self._caption(self.tr("Incomes")), 0, 0)
        lines.addWidget(self._caption(self.tr("Fixed costs (besides rent)")), 0, 1)
        lines.addWidget(self.incomes, 1, 0)
        lines.addWidget(self.costs, 1, 1)
        lines.addLayout(self._buttons(add_income, remove_income), 2, 0)
        lines.addLayout(self._buttons(add_cost, remove_cost), 2, 1)
        lines.setColumnStretch(0, 1)
        lines.setColumnStretch(1, 1)

        hint = wrap_label(
            self.tr(
                "Type amounts the Dutch way, e.g. 1.234,56. Leave a row empty to skip it. "
                "Living money is not a fixed cost: the office norm is subtracted for you."
            )
        )
        hint.setObjectName("pageIntro")
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(lines)
        layout.addWidget(hint)
        return box

    def _caption(self, text: str) -> QLabel:
        label = wrap_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _line_table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Amount (€)")])
        table.verticalHeader().setVisible(False)
        # No selection highlight: it would hide the mark on a wrong cell. "Remove row" removes
        # the row with the cursor.
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.itemChanged.connect(self._edited)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit(table)
        return table

    def _build_capacity(self) -> QGroupBox:
        box = QGroupBox(self.tr("Repayment capacity"))
        box.setMinimumWidth(330)
        self.capacity_amount = QLabel()
        font = self.capacity_amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.capacity_amount.setFont(font)
        self.capacity_verdict = wrap_label()
        self.derivation = QLabel()
        self.derivation.setTextFormat(Qt.TextFormat.RichText)
        self.derivation.setWordWrap(True)
        self.derivation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.derivation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.norm_note = wrap_label()
        self.norm_note.setObjectName("pageIntro")
        layout = QVBoxLayout(box)
        layout.addWidget(self.capacity_amount)
        layout.addWidget(self.capacity_verdict)
        layout.addWidget(self.derivation)
        layout.addWidget(self.norm_note)
        layout.addStretch(1)
        return box

    def _build_debts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Debts"))
        self.debts = QTableWidget(0, 5)
        self.debts.setAccessibleName(self.tr("Debts"))
        self.debts.setHorizontalHeaderLabels(
            [
                self.tr("Creditor"),
                self.tr("Kind"),
                self.tr("Amount (€)"),
                self.tr("Preferential"),
                self.tr("Date established (optional)"),
            ]
        )
        self.debts.verticalHeader().setVisible(False)
        self.debts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.debts.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.debts.horizontalHeader()
        header.setSectionResizeMode(D_CREDITOR, QHeaderView.ResizeMode.Stretch)
        for col in (D_KIND, D_AMOUNT, D_PREFERENTIAL, D_ESTABLISHED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.debts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.debts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.debts.itemChanged.connect(self._edited)
        self._fit(self.debts)
        add = QPushButton(self.tr("Add debt"))
        add.clicked.connect(lambda: self.add_debt_row())
        self.add_debt_button = add
        remove = QPushButton(self.tr("Remove row"))
        remove.clicked.connect(lambda: self._remove_selected(self.debts))
        self.debt_total = QLabel()
        self.debt_total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.debt_total.font()
        font.setBold(True)
        self.debt_total.setFont(font)
        row = self._buttons(add, remove)
        row.addWidget(self.debt_total)
        hint = wrap_label(
            self.tr(
                "Add the rent arrears as a debt of kind “Rent arrears”: the arrangement is made "
                "for that amount. Dates are typed as dd-mm-yyyy."
            )
        )
        hint.setObjectName("pageIntro")
        layout = QVBoxLayout(box)
        layout.addWidget(self.debts)
        layout.addLayout(row)
        layout.addWidget(hint)
        return box

    def _build_save_row(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save inventory"))
        self.save_button.clicked.connect(self.save_inventory)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self._discard)
        self.saved_state = wrap_label()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.saved_state, 1)
        return row

    def _build_proposal(self) -> QGroupBox:
        box = QGroupBox(self.tr("Proposal"))
        self.choice_arrangement = QRadioButton(self.tr("Arrears arrangement (H 6.2)"))
        self.choice_settlement = QRadioButton(self.tr("Amicable settlement offer (H 7.3)"))
        self.choice_none = QRadioButton(self.tr("Not possible yet (H 6.3)"))
        self.choice_arrangement.setChecked(True)
        self._choices = QButtonGroup(self)
        for button in (self.choice_arrangement, self.choice_settlement, self.choice_none):
            self._choices.addButton(button)
            button.toggled.connect(self._update_choice)
        choices = QVBoxLayout()
        choices.addWidget(self.choice_arrangement)
        choices.addWidget(self.choice_settlement)
        choices.addWidget(self.choice_none)
        choices.addStretch(1)

        today = self._ws.today()
        next_month = add_months(today.replace(day=1), 1)
        self.resume_rent = self._date_edit(next_month)
        self.first_instalment = self._date_edit(next_month)
        self.first_instalment.setMinimumDate(qdate(today))
        self.monthly = QLineEdit()
        self.monthly.setPlaceholderText(self.tr("empty = lowest amount that fits"))
        self.monthly.setMinimumWidth(240)
        self.settlement_months = QSpinBox()
        self.settlement_months.setRange(1, MAX_SETTLEMENT_MONTHS)
        self.settlement_months.setValue(MAX_SETTLEMENT_MONTHS)
        self.settlement_months.setSuffix(self.tr(" months"))
        self.monthly_hint = wrap_label()
        self.monthly_hint.setObjectName("pageIntro")
        self.arrears_info = wrap_label()
        self.none_hint = wrap_label(
            self.tr(
                "Records that no proposal can be made yet because the inventory of the debts "
                "is not complete (H 6.3). Tell the corporation with the proposal letter."
            )
        )
        self.none_hint.setObjectName("pageIntro")

        # Captions do not wrap (a wrapped caption next to a one-line field gets clipped); the
        # caption column takes the width of the longest one, Dutch included.
        self._resume_caption = QLabel(self.tr("Tenant pays the current rent again from"))
        self._first_caption = QLabel(self.tr("First instalment on"))
        self._monthly_caption = QLabel(self.tr("Monthly amount (€, optional)"))
        self._months_caption = QLabel(self.tr("Settlement term"))
        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        left = Qt.AlignmentFlag.AlignLeft
        for row, (caption, widget) in enumerate(
            (
                (self._resume_caption, self.resume_rent),
                (self._first_caption, self.first_instalment),
                (self._monthly_caption, self.monthly),
            )
        ):
            fields.addWidget(caption, row, 0)
            caption.setBuddy(widget)
            fields.addWidget(widget, row, 1, left)
        fields.addWidget(self.monthly_hint, 3, 0, 1, 2)
        fields.addWidget(self._months_caption, 4, 0)
        self._months_caption.setBuddy(self.settlement_months)
        fields.addWidget(self.settlement_months, 4, 1, left)
        fields.setColumnStretch(1, 1)

        self.make_button = QPushButton(self.tr("Make proposal"))
        self.make_button.clicked.connect(self.make_proposal)
        self.proposal_message = InlineMessage()

        top = QHBoxLayout()
        top.addLayout(choices, 2)
        right = QVBoxLayout()
        right.addWidget(self.arrears_info)
        right.addLayout(fields)
        right.addWidget(self.none_hint)
        right.addStretch(1)
        top.addLayout(right, 3)

        # the current proposal
        self.current_title = QLabel(self.tr("Current proposal"))
        self.current_title.setObjectName("sectionTitle")
        self.current_status = wrap_label(selectable=True)
        self.current_summary = wrap_label(selectable=True)
        self.result_table = QTableWidget(0, 4)
        self.result_table.setAccessibleName(self.tr("Current proposal"))
        self.result_table.verticalHeader().setVisible(False)
        self.result_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.result_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.result_table.hide()
        self.letter_button = QPushButton(self.tr("Proposal letter…"))
        self.letter_button.clicked.connect(lambda: self.letter_requested.emit("proposal"))
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter_button)
        letter_hint = wrap_label(
            self.tr(
                "The proposal deadline is met when the letter is marked as sent to the corporation."
            )
        )
        letter_hint.setObjectName("pageIntro")
        letter_row.addWidget(letter_hint, 1)

        history_title = QLabel(self.tr("All proposals for this case"))
        history_title.setObjectName("sectionTitle")
        self.history = QTableWidget(0, 4)
        self.history.setAccessibleName(self.tr("All proposals for this case"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Kind"), self.tr("Summary"), self.tr("Status")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hh = self.history.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.proposal_message)
        layout.addWidget(self.current_title)
        layout.addWidget(self.current_status)
        layout.addWidget(self.current_summary)
        layout.addWidget(self.result_table)
        layout.addLayout(letter_row)
        layout.addWidget(history_title)
        layout.addWidget(self.history)
        self._update_choice()
        return box

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    # --- rows -----------------------------------------------------------------------------

    def add_income_row(self, label: str = "", amount: str = "") -> int:
        return self._add_line(self.incomes, label, amount)

    def add_cost_row(self, label: str = "", amount: str = "") -> int:
        return self._add_line(self.costs, label, amount)

    def _add_line(self, table: QTableWidget, label: str, amount: str) -> int:
        was = self._loading
        self._loading = True
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(label))
        cell = QTableWidgetItem(amount)
        cell.setTextAlignment(AMOUNT_ALIGN)
        table.setItem(row, 1, cell)
        self._loading = was
        self._fit(table)
        if not was:
            table.setCurrentCell(row, 0)
            self._edited()
        return row

    def add_debt_row(
        self,
        creditor: str = "",
        kind: str = "overig",
        amount: str = "",
        preferential: bool = False,
        established: str = "",
    ) -> int:
        was = self._loading
        self._loading = True
        row = self.debts.rowCount()
        self.debts.insertRow(row)
        self.debts.setItem(row, D_CREDITOR, QTableWidgetItem(creditor))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Kind of debt"))
        for code in DEBT_KINDS:
            combo.addItem(self._debt_kind_label(code), code)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        combo.currentIndexChanged.connect(self._edited)
        self.debts.setCellWidget(row, D_KIND, combo)
        cell = QTableWidgetItem(amount)
        cell.setTextAlignment(AMOUNT_ALIGN)
        self.debts.setItem(row, D_AMOUNT, cell)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if preferential else Qt.CheckState.Unchecked)
        self.debts.setItem(row, D_PREFERENTIAL, check)
        self.debts.setItem(row, D_ESTABLISHED, QTableWidgetItem(established))
        self._loading = was
        self._fit(self.debts)
        if not was:
            self.debts.setCurrentCell(row, D_CREDITOR)
            self._edited()
        return row

    def debt_kind_combo(self, row: int) -> QComboBox:
        widget = self.debts.cellWidget(row, D_KIND)
        assert isinstance(widget, QComboBox)
        return widget

    def _remove_selected(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            self.form_message.show_hint(self.tr("First click in the row to remove."))
            return
        table.removeRow(row)
        self._fit(table)
        self._edited()

    def _fit(self, table: QTableWidget, min_rows: int = 2, max_rows: int = 14) -> None:
        """Tables in a scrolling page show their rows instead of scrolling themselves."""
        rows = table.rowCount()
        shown = min(max(rows, min_rows), max_rows)
        row_height = table.verticalHeader().defaultSectionSize()
        height = sum(table.rowHeight(r) for r in range(min(rows, shown)))
        height += row_height * max(shown - rows, 0)
        height += table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        table.setFixedHeight(height)

    # --- showing --------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Show a case; unsaved edits of the same case are kept (a refresh must not lose them)."""
        keep_form = case_id == self.case_id and self.dirty
        if case_id != self.case_id:
            self.form_message.clear()
            self.proposal_message.clear()
        self.case_id = case_id
        with self._ws.store.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                return
            self._norm = living_cost_norm(session)
            self._max_months = max_arrangement_months(session)
            inventory = load_inventory(session, case_id)
            suggestion = suggested_budget(case)
            proposals = proposals_of(session, case_id)
            signal_arrears = from_cents(case.arrears_cents or 0)
            self._case_open = case.status != "gesloten"
        if not keep_form:
            self._load_form(inventory, suggestion)
        self._show_saved_state(inventory)
        self._show_arrears(inventory, signal_arrears)
        self._show_proposals(proposals)
        self._update_choice()

    def _load_form(self, inventory: Inventory, suggestion: Budget) -> None:
        self._loading = True
        try:
            budget = inventory.budget or suggestion
            self.household.setCurrentIndex(max(self.household.findData(budget.household_type), 0))
            self.children_count.setValue(budget.children)
            self.rent.setText(amount_text(budget.rent))
            for table, lines in ((self.incomes, budget.incomes), (self.costs, budget.fixed_costs)):
                table.setRowCount(0)
                for line in lines:
                    self._add_line(table, line.label, amount_text(line.monthly))
                self._fit(table)
            self.debts.setRowCount(0)
            for debt in inventory.debts:
                self.add_debt_row(
                    debt.creditor,
                    debt.kind,
                    amount_text(debt.amount),
                    debt.preferential,
                    show_date(debt.established_on) if debt.established_on else "",
                )
            self._fit(self.debts)
        finally:
            self._loading = False
        self.dirty = False
        self._recompute()

    def _show_saved_state(self, inventory: Inventory) -> None:
        if self.dirty:
            text = self.tr("● Changes not saved yet.")
            self.saved_state.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        elif inventory.updated_at is None:
            text = self.tr(
                "Nothing saved yet. The household and the rent are suggested from the signal."
            )
            self.saved_state.setStyleSheet("")
        else:
            text = fill(
                self.tr("Saved on %1 by %2."),
                show_date(inventory.updated_at.date()),
                inventory.updated_by or "—",
            )
            self.saved_state.setStyleSheet("")
        self.saved_state.setText(text)
        self.discard_button.setEnabled(self.dirty)

    def _show_arrears(self, inventory: Inventory, signal_arrears: Decimal) -> None:
        if inventory.rent_arrears > 0:
            text = fill(
                self.tr("Rent arrears to arrange: %1 (from the saved debts)."),
                format_eur(inventory.rent_arrears),
            )
        elif signal_arrears > 0:
            text = fill(self.tr(
                "Rent arrears to arrange: %1 (from the signal; no rent arrears in the saved debts)."
            ), format_eur(signal_arrears))
        else:
            text = self.tr("No rent arrears known: add them as a debt of kind “Rent arrears”.")
        self.arrears_info.setText(text)
        self.monthly_hint.setText(
            fill(self.tr(
                "Leave empty for the lowest amount that pays off the arrears within %1 months "
                "(the office maximum)."
            ), str(self._max_months))
        )

    # --- editing --------------------------------------------------------------------------

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        if not self.dirty:
            self.dirty = True
            self.saved_state.setText(self.tr("● Changes not saved yet."))
            self.saved_state.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
            self.discard_button.setEnabled(True)
        self._recompute()

    def _discard(self) -> None:
        if self.case_id is None:
            return
        self.dirty = False
        self.form_message.clear()
        self.show_case(self.case_id)

    def _recompute(self) -> FormValues:
        values = self.form_values()
        self._show_capacity(values)
        self._show_debt_total(values)
        if values.problems:
            self.form_message.show_error(
                self.tr("Please correct the marked fields:") + "\n• " + "\n• ".join(values.problems)
            )
        elif self.form_message.kind == "error":
            self.form_message.clear()
        return values

    def form_values(self) -> FormValues:
        """Read and check every field; mark the cells that are wrong."""
        out = FormValues()
        rent: Decimal | None = None
        try:
            rent = parse_amount(self.rent.text())
            self.rent.setStyleSheet("")
            self.rent.setToolTip("")
        except AmountProblem:
            problem = (
                self.tr("Current rent: fill in the rent (0 if there is none).")
                if not self.rent.text().strip()
                else fill(
                    self.tr("Current rent: “%1” is not an amount; type it like 1.234,56."),
                    self.rent.text().strip(),
                )
            )
            out.budget_problems.append(problem)
            self.rent.setStyleSheet(f"background: {BAD_CELL.name()};")
            self.rent.setToolTip(problem)
        incomes = self._read_lines(self.incomes, self.tr("Income"), out.budget_problems)
        costs = self._read_lines(self.costs, self.tr("Fixed cost"), out.budget_problems)
        if not out.budget_problems and rent is not None:
            try:
                out.budget = Budget(
                    household_type=str(self.household.currentData()),
                    children=self.children_count.value(),
                    incomes=tuple(incomes),
                    fixed_costs=tuple(costs),
                    rent=rent,
                )
            except BudgetProblem:
                out.budget_problems.append(self.tr("The budget cannot be used as filled in."))
        out.debts = self._read_debts(out.debt_problems)
        return out

    def _read_lines(self, table: QTableWidget, what: str, problems: list[str]) -> list[BudgetLine]:
        lines: list[BudgetLine] = []
        table.blockSignals(True)
        try:
            for row in range(table.rowCount()):
                label_item, amount_item = table.item(row, 0), table.item(row, 1)
                label = label_item.text().strip() if label_item else ""
                text = amount_item.text().strip() if amount_item else ""
                where = fill(self.tr("%1 row %2"), what, str(row + 1))
                label_problem = amount_problem = ""
                amount: Decimal | None = None
                if not label and not text:
                    pass
                else:
                    if not label:
                        label_problem = fill(self.tr("%1: the description is missing."), where)
                    elif len(label) > LABEL_MAX:
                        label_problem = fill(
                            self.tr("%1: the description is longer than %2 characters."),
                            where,
                            str(LABEL_MAX),
                        )
                    if not text:
                        amount_problem = fill(self.tr("%1: the amount is missing."), where)
                    else:
                        try:
                            amount = parse_amount(text)
                        except AmountProblem:
                            amount_problem = self._not_an_amount(where, text)
                self._mark(label_item, label_problem)
                self._mark(amount_item, amount_problem)
                problems.extend(p for p in (label_problem, amount_problem) if p)
                if label and amount is not None and not label_problem:
                    lines.append(BudgetLine(label, amount))
        finally:
            table.blockSignals(False)
        return lines

    def _not_an_amount(self, where: str, text: str) -> str:
        return (
            fill(self.tr("%1: “%2” is not an amount; type it like 1.234,56."), where, text)
        )

    def _read_debts(self, problems: list[str]) -> list[DebtEntry]:
        debts: list[DebtEntry] = []
        table = self.debts
        table.blockSignals(True)
        try:
            for row in range(table.rowCount()):
                items = {col: table.item(row, col) for col in (D_CREDITOR, D_AMOUNT, D_ESTABLISHED)}
                creditor, text, day_text = (
                    _cell_text(items[col]) for col in (D_CREDITOR, D_AMOUNT, D_ESTABLISHED)
                )
                where = fill(self.tr("Debt row %1"), str(row + 1))
                creditor_problem = amount_problem = day_problem = ""
                amount: Decimal | None = None
                established: date | None = None
                if creditor or text or day_text:
                    if not creditor:
                        creditor_problem = fill(self.tr("%1: the creditor is missing."), where)
                    elif len(creditor) > CREDITOR_MAX:
                        creditor_problem = fill(
                            self.tr("%1: the creditor's name is longer than %2 characters."),
                            where,
                            str(CREDITOR_MAX),
                        )
                    if not text:
                        amount_problem = fill(self.tr("%1: the amount is missing."), where)
                    else:
                        try:
                            amount = parse_amount(text)
                        except AmountProblem:
                            amount_problem = self._not_an_amount(where, text)
                        else:
                            if amount <= 0:
                                amount_problem = fill(self.tr(
                                    "%1: the amount must be more than € 0,00."
                                ), where)
                    if day_text:
                        try:
                            established = parse_date(day_text)
                        except ValueProblem:
                            day_problem = fill(
                                self.tr("%1: “%2” is not a date; type it like 15-03-2026."),
                                where,
                                day_text,
                            )
                        else:
                            if established > self._ws.today():
                                day_problem = fill(self.tr(
                                    "%1: the date established lies in the future."
                                ), where)
                self._mark(items[D_CREDITOR], creditor_problem)
                self._mark(items[D_AMOUNT], amount_problem)
                self._mark(items[D_ESTABLISHED], day_problem)
                found = [p for p in (creditor_problem, amount_problem, day_problem) if p]
                problems.extend(found)
                if creditor and amount is not None and not found:
                    pref = table.item(row, D_PREFERENTIAL)
                    debts.append(
                        DebtEntry(
                            creditor,
                            str(self.debt_kind_combo(row).currentData()),
                            amount,
                            pref is not None and pref.checkState() == Qt.CheckState.Checked,
                            established,
                        )
                    )
        finally:
            table.blockSignals(False)
        return debts

    def _mark(self, item: QTableWidgetItem | None, problem: str) -> None:
        if item is None:
            return
        item.setBackground(QBrush(BAD_CELL) if problem else QBrush())
        item.setToolTip(problem)

    def _show_debt_total(self, values: FormValues) -> None:
        total = sum((d.amount for d in values.debts), Decimal("0.00"))
        arrears = sum(
            (d.amount for d in values.debts if d.kind == "huurachterstand"), Decimal("0.00")
        )
        text = fill(self.tr("Total debts: %1"), format_eur(total))
        if arrears:
            text += " · " + fill(self.tr("of which rent arrears: %1"), format_eur(arrears))
        if values.debt_problems:
            text += " " + self.tr("(rows with a problem are not counted)")
        self.debt_total.setText(text)

    def _show_capacity(self, values: FormValues) -> None:
        if values.budget is None or self._norm is None:
            self.capacity_amount.setText("—")
            self.capacity_amount.setStyleSheet("")
            self.capacity_verdict.setStyleSheet("")
            self.capacity_verdict.setText(
                self.tr("The capacity is shown again once every amount in the budget is valid.")
            )
            self.derivation.setText("")
            return
        result = capacity(values.budget, self._norm)
        self.current_capacity = result
        self.capacity_amount.setText(
            fill(self.tr("%1 per month"), format_eur(result.monthly))
        )
        if not values.budget.incomes:
            # nothing entered yet: no alarm, just what is missing
            self.capacity_amount.setStyleSheet("")
            self.capacity_verdict.setStyleSheet("")
            self.capacity_verdict.setText(
                self.tr("Enter the household's monthly incomes to see the repayment capacity.")
            )
        elif result.has_room:
            self.capacity_amount.setStyleSheet("color: #14532d;")
            self.capacity_verdict.setStyleSheet("")
            self.capacity_verdict.setText(
                self.tr("✓ This much can go to repaying debts each month.")
            )
        else:
            self.capacity_amount.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.capacity_verdict.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
            self.capacity_verdict.setText(
                self.tr(
                    "⚠ There is no room to repay. Check the incomes and costs; without room no "
                    "arrangement or settlement can be proposed yet."
                )
            )
        self.derivation.setText(self._derivation_html(result))
        self.norm_note.setText(
            fill(
                self.tr(
                    "Living money by the office norm: %1 for this household type, "
                    "plus %2 per child."
                ),
                format_eur(self._norm.monthly[values.budget.household_type]),
                format_eur(self._norm.per_child),
            )
        )

    def _derivation_label(self, kind: str, label: str) -> str:
        if kind == "rent":
            return self.tr("Current rent")
        if kind == "norm":
            return fill(
                self.tr("Living money by the norm (%1; children: %2)"),
                self._household_label(str(self.household.currentData())),
                str(self.children_count.value()),
            )
        if kind == "total":
            return self.tr("Repayment capacity per month")
        return label

    def _derivation_html(self, result: Capacity) -> str:
        rows = []
        for line in result.derivation:
            total = line.kind == "total"
            if total:
                symbol, shown = "=", format_eur(line.signed_amount)
            else:
                symbol, shown = ("+" if line.sign > 0 else "\u2212"), format_eur(line.amount)
            style = " style='font-weight:600; border-top:1px solid #888'" if total else ""
            colour = f" style='color:{ERROR_COLOUR}'" if total and result.monthly <= 0 else ""
            label = self._derivation_label(line.kind, line.label_nl)
            rows.append(
                f"<tr><td{style}>{symbol}</td>"
                f"<td align='right'{style}><span{colour}>{escape(shown, quote=False)}</span></td>"
                f"<td{style}>&nbsp;&nbsp;{escape(label, quote=False)}"
                "</td></tr>"
            )
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    # --- saving ---------------------------------------------------------------------------

    def save_inventory(self) -> bool:
        """Save the form as the case's inventory; False (and nothing saved) when it is wrong."""
        if not self._save():
            return False
        self.changed.emit()
        self.form_message.show_ok(self.tr("The inventory is saved."))
        return True

    def _save(self) -> bool:
        if self.case_id is None:
            return False
        values = self._recompute()
        if values.problems or values.budget is None:
            self.scroll_area.ensureWidgetVisible(self.form_message)
            return False
        try:
            with self._ws.store.transaction() as session:
                case = session.get(Case, self.case_id)
                assert case is not None
                save_inventory(session, case, values.budget, values.debts, actor=self._ws.actor)
        except BudgetProblem:
            self.form_message.show_error(
                self.tr("The inventory could not be saved: a value is not valid. Check the form.")
            )
            return False
        self.dirty = False
        self.form_message.clear()
        self.show_case(self.case_id)
        return True

    # --- proposals ------------------------------------------------------------------------

    def choice(self) -> str:
        if self.choice_settlement.isChecked():
            return "settlement"
        if self.choice_none.isChecked():
            return "none_possible"
        return "arrangement"

    def _update_choice(self, *_: Any) -> None:
        kind = self.choice()
        arrangement, settlement = kind == "arrangement", kind == "settlement"
        for widget in (self._first_caption, self.first_instalment, self._monthly_caption):
            widget.setVisible(arrangement)
        self.monthly.setVisible(arrangement)
        self.monthly_hint.setVisible(arrangement)
        self.arrears_info.setVisible(arrangement)
        self._resume_caption.setVisible(kind != "none_possible")
        self.resume_rent.setVisible(kind != "none_possible")
        self._months_caption.setVisible(settlement)
        self.settlement_months.setVisible(settlement)
        self.none_hint.setVisible(kind == "none_possible")
        self._fit_content_later()
        self.make_button.setEnabled(self._case_open)

    def make_proposal(self) -> bool:
        if self.case_id is None:
            return False
        self.proposal_message.clear()
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Make proposal"),
                self.tr(
                    "The inventory has changes that are not saved yet. A proposal is made from "
                    "the saved inventory. Save the changes now and make the proposal?"
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            if not self._save():
                self.proposal_message.show_error(
                    self.tr("The inventory has problems, so no proposal was made.")
                )
                return False
        kind = self.choice()
        today = self._ws.today()
        resume = pydate(self.resume_rent.date())
        try:
            monthly = self._monthly_amount() if kind == "arrangement" else None
            with self._ws.store.transaction() as session:
                case = session.get(Case, self.case_id)
                assert case is not None
                if kind == "arrangement":
                    self._check_monthly(session, case, monthly)
                    propose_arrangement(
                        session,
                        case,
                        today=today,
                        resume_rent_from=resume,
                        first_instalment=pydate(self.first_instalment.date()),
                        monthly=monthly,
                        actor=self._ws.actor,
                    )
                elif kind == "settlement":
                    propose_settlement(
                        session,
                        case,
                        today=today,
                        resume_rent_from=resume,
                        months=self.settlement_months.value(),
                        actor=self._ws.actor,
                    )
                else:
                    record_no_proposal(session, case, today=today, actor=self._ws.actor)
        except _Problem as problem:
            self.proposal_message.show_error(str(problem))
            return False
        except ProposalProblem as problem:
            self.proposal_message.show_error(self._proposal_problem(problem.code))
            return False
        except BudgetProblem:
            self.proposal_message.show_error(
                self.tr(
                    "No proposal was made: the amounts do not fit together. Check the monthly "
                    "amount and the inventory."
                )
            )
            return False
        self.changed.emit()
        if self.case_id is not None:
            self.show_case(self.case_id)
        self.scroll_area.ensureWidgetVisible(self.current_summary)
        return True

    def _monthly_amount(self) -> Decimal | None:
        text = self.monthly.text().strip()
        if not text:
            return None
        try:
            amount = parse_amount(text)
        except AmountProblem:
            raise _Problem(
                fill(self.tr("Monthly amount: “%1” is not an amount; type it like 75,00."), text)
            ) from None
        if amount <= 0:
            raise _Problem(self.tr("The monthly amount must be more than € 0,00."))
        return amount

    def _check_monthly(self, session: Any, case: Case, monthly: Decimal | None) -> None:
        """Say in plain words why a named monthly amount cannot work (the service says so in
        English only)."""
        if monthly is None or self._norm is None:
            return
        inventory = load_inventory(session, case.id)
        if inventory.budget is None:
            return  # the service answers no_budget
        room = capacity(inventory.budget, living_cost_norm(session)).monthly
        if room <= 0:
            return  # the service stores "no proposal possible" with its explanation
        if monthly > room:
            raise _Problem(
                fill(self.tr(
                    "The monthly amount %1 is more than the repayment capacity of %2 per month."
                ), format_eur(monthly), format_eur(room))
            )
        owed = inventory.rent_arrears or from_cents(case.arrears_cents or 0)
        if owed > 0:
            months = -(-cents(owed) // cents(monthly))
            limit = max_arrangement_months(session)
            if months > limit:
                raise _Problem(
                    fill(self.tr(
                        "At %1 per month the arrears take %2 months; the office allows at most "
                        "%3 months. Choose a higher amount or leave the field empty."
                    ), format_eur(monthly), str(int(months)), str(limit))
                )

    def _proposal_problem(self, code: str) -> str:
        return {
            "no_budget": self.tr(
                "There is no saved household budget yet. Fill in the budget and save the "
                "inventory first."
            ),
            "no_arrears": self.tr(
                "No rent arrears are known. Add the arrears as a debt of kind “Rent arrears” and "
                "save the inventory."
            ),
            "no_debts": self.tr(
                "A settlement offer needs the debts. Add them and save the inventory first."
            ),
            "past_date": self.tr("The first instalment cannot lie in the past."),
            "closed": self.tr("This case is closed; no proposal can be made."),
        }.get(code, self.tr("The proposal could not be made."))

    def _kind_label(self, kind: str) -> str:
        return {
            "arrangement": self.tr("Arrears arrangement"),
            "settlement": self.tr("Settlement offer"),
            "none_possible": self.tr("Not possible yet"),
        }.get(kind, kind)

    def _show_proposals(self, proposals: list[ProposalView]) -> None:
        current = next((p for p in proposals if not p.withdrawn), None)
        self._current = current
        self.letter_button.setEnabled(current is not None)
        if current is None:
            self.current_status.setText(
                self.tr(
                    "No proposal made yet. Choose what to propose above and press “Make proposal”."
                )
            )
            self.current_summary.setText("")
            self.current_summary.hide()
            self.result_table.hide()
        else:
            self._show_current(current)
        self.history.setRowCount(len(proposals))
        for row, proposal in enumerate(proposals):
            if proposal.sent_on is not None:
                status = fill(self.tr("sent on %1"), show_date(proposal.sent_on))
            elif proposal.withdrawn:
                status = self.tr("replaced by a newer proposal")
            else:
                status = self.tr("current, not sent yet")
            cells = [
                show_date(proposal.made_on),
                self._kind_label(proposal.kind),
                proposal.summary_nl,
                status,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if proposal.withdrawn:
                    item.setForeground(QColor("#666666"))
                self.history.setItem(row, col, item)
        self.history.resizeRowsToContents()
        self._fit(self.history, min_rows=1, max_rows=8)

    def _fit_content_later(self) -> None:
        """Let the scroll area shrink its content when fields or tables were hidden (it only
        grows it by itself, which left an empty band in the proposal box)."""
        QTimer.singleShot(0, self._fit_content)

    def _fit_content(self) -> None:
        content = self.scroll_area.widget()
        if content is None:
            return
        height = max(content.minimumSizeHint().height(), self.scroll_area.viewport().height())
        if content.height() > height:
            content.resize(content.width(), height)

    def _show_current(self, proposal: ProposalView) -> None:
        self._fit_content_later()  # runs after the result below is laid out
        made = fill(
            self.tr("%1, made on %2 by %3"),
            self._kind_label(proposal.kind),
            show_date(proposal.made_on),
            proposal.made_by,
        )
        if proposal.sent_on is not None:
            sent = fill(self.tr("sent to the corporation on %1"), show_date(proposal.sent_on))
        else:
            sent = self.tr("not sent yet")
        self.current_status.setText(made + " — " + sent + ".")
        snap = proposal.snapshot
        table = self.result_table
        table.clearContents()
        if proposal.kind == "arrangement":
            plan = snap["arrangement"]
            if plan["months"] == 1:
                text = self.tr("Arrears of %1 in one instalment; current rent paid again from %4.")
            else:
                text = self.tr(
                    "Arrears of %1 in %2 monthly instalments of %3; current rent paid again "
                    "from %4."
                )
            self.current_summary.setText(
                fill(
                    text,
                    format_eur(Decimal(plan["arrears"])),
                    str(plan["months"]),
                    format_eur(Decimal(plan["monthly"])),
                    show_date(date.fromisoformat(snap["resume_rent_from"])),
                )
            )
            headers = [self.tr("No."), self.tr("Due on"), self.tr("Amount"), self.tr("Remaining")]
            rows = [
                [
                    str(n),
                    show_date(date.fromisoformat(due)),
                    format_eur(Decimal(amount)),
                    format_eur(Decimal(left)),
                ]
                for n, due, amount, left in plan["schedule"]
            ]
            self._fill_result(headers, rows, right=(0, 2, 3))
        elif proposal.kind == "settlement":
            offer = snap["settlement"]
            percentage = Decimal(offer["percentage"])
            shown_pct = f"{percentage:.2f}"
            if i18n.babel_locale().startswith("nl"):
                shown_pct = shown_pct.replace(".", ",")
            if offer["months"] == 1:
                text = self.tr(
                    "Offer of %1% of the total debt of %2 against final discharge: %3 in one month."
                )
            else:
                text = self.tr(
                    "Offer of %1% of the total debt of %2 against final discharge: %3 in %4 months."
                )
            summary = fill(
                text,
                shown_pct,
                format_eur(Decimal(offer["total_debt"])),
                format_eur(Decimal(offer["offered_total"])),
                str(offer["months"]),
            )
            if offer.get("full_payment"):
                summary += " " + self.tr(
                    "The capacity pays the whole debt: this is a repayment, not a settlement."
                )
            self.current_summary.setText(summary)
            headers = [
                self.tr("Creditor"),
                self.tr("Kind"),
                self.tr("Preferential"),
                self.tr("Debt"),
                self.tr("Share offered"),
            ]
            rows = [
                [
                    s["creditor"],
                    self._debt_kind_label(s["kind"]),
                    self.tr("yes") if s["preferential"] else "",
                    format_eur(Decimal(s["debt"])),
                    format_eur(Decimal(s["share"])),
                ]
                for s in offer["shares"]
            ]
            total_share = sum((Decimal(s["share"]) for s in offer["shares"]), Decimal("0.00"))
            rows.append(
                [
                    self.tr("Total"),
                    "",
                    "",
                    format_eur(Decimal(offer["total_debt"])),
                    format_eur(total_share),
                ]
            )
            self._fill_result(headers, rows, right=(3, 4), bold_last=True)
        else:
            explanation = snap.get("no_proposal", {}).get("explanation_nl", "")
            self.current_summary.setText(fill(self.tr("Not possible yet: %1"), explanation))
            table.hide()
        self.current_summary.show()

    def _fill_result(
        self,
        headers: list[str],
        rows: list[list[str]],
        *,
        right: tuple[int, ...] = (),
        bold_last: bool = False,
    ) -> None:
        table = self.result_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in right:
                    item.setTextAlignment(AMOUNT_ALIGN)
                if bold_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(len(headers))) + 2 * table.frameWidth()
        if len(rows) > RESULT_ROWS:
            width += table.verticalScrollBar().sizeHint().width()
        table.setMaximumWidth(width + 2)
        self._fit(table, min_rows=1, max_rows=RESULT_ROWS)
        table.show()

    def result_rows(self) -> list[list[str]]:
        """The cells of the result table (for tests and for checking by eye)."""
        table = self.result_table
        return [
            [
                (item.text() if (item := table.item(r, c)) is not None else "")
                for c in range(table.columnCount())
            ]
            for r in range(table.rowCount())
        ]


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""
