"""Retention in the window (issue 15.1): the terms with their sources, what goes when, the
backups that still hold expired data, and erasing what has passed its term — after a
confirmation that says it cannot be undone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import errors, retention
from app.services.retention import BackupExposure, PlanItem, RetentionRule, RetentionRun
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask, TaskContext
from app.ui.display import show_date
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.task_dialog import TaskDialog
from app.ui.widgets import (
    InlineMessage,
    action_button,
    fit_to_screen,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

DUE_COLOUR = QColor("#fde2e1")


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    # rows follow their wrapped text whatever width the window gets
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class RetentionDialog(TaskDialog):
    """Terms, plan and backups in three tabs; erasing runs in the background."""

    #: cases were erased: the lists behind the dialog must reload
    erased = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.rules: list[RetentionRule] = []
        self.plan: list[PlanItem] = []
        self.setWindowTitle(self.tr("Retention and erasure"))
        self._build()
        self.reload()
        fit_to_screen(self, 1100, 680)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Retention and erasure")))
        outer.addWidget(wrap_label(self.tr(
            "A case that has ended is kept for the term of its kind of ending, and then erased "
            "for good: everything about the tenant goes, and only a line without personal data "
            "stays in the audit trail. A case whose processing is restricted, or with a request "
            "still open, is kept until that is settled."
        )))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Retention"))
        outer.addWidget(self.tabs, 1)

        terms_page = QWidget()
        terms_layout = QVBoxLayout(terms_page)
        self.terms = _table(
            [self.tr("Kind of ending"), self.tr("Months"), self.tr("Counted from"),
             self.tr("Source")],
            3,
        )
        self.terms.setAccessibleName(self.tr("Retention terms"))
        terms_layout.addWidget(self.terms, 1)
        self.save_terms_button = action_button(self.tr("&Save the terms"), self.save_terms)
        self.save_terms_button.setEnabled(False)
        terms_layout.addWidget(self.save_terms_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(terms_page, self.tr("Terms"))

        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        self.summary = wrap_label()
        plan_layout.addWidget(self.summary)
        self.plan_table = _table(
            [self.tr("Case"), self.tr("Reference"), self.tr("Tenant"), self.tr("Kind of ending"),
             self.tr("Ended"), self.tr("Erase on"), self.tr("State")],
            6,
        )
        self.plan_table.setAccessibleName(self.tr("Cases that have ended"))
        plan_layout.addWidget(self.plan_table, 1)
        self.tabs.addTab(plan_page, self.tr("What goes when"))

        backups_page = QWidget()
        backups_layout = QVBoxLayout(backups_page)
        backups_layout.addWidget(wrap_label(self.tr(
            "A backup keeps what the database held when it was made, also after a case is "
            "erased here. Destroy a backup once it holds expired data, unless your backup "
            "policy says to keep it longer."
        )))
        self.backups = _table([self.tr("Backup made"), self.tr("Holds expired data")], 1)
        self.backups.setAccessibleName(self.tr("Backups"))
        backups_layout.addWidget(self.backups, 1)
        self.tabs.addTab(backups_page, self.tr("Backups"))

        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.erase_button = action_button(self.tr("&Erase now…"), self.confirm_and_erase)
        self.close_button = action_button(self.tr("Close"), self.reject)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        today = self._ws.today()
        with self._ws.store.session() as session:
            self.rules = retention.retention_rules(session)
            self.plan = retention.retention_plan(session)
            backups = retention.backup_exposures(session, self.plan)
        self._show_rules()
        self._show_plan(today)
        self._show_backups(backups, today)

    def _show_rules(self) -> None:
        self.terms.setRowCount(len(self.rules))
        self.spins: dict[str, QSpinBox] = {}
        for row, rule in enumerate(self.rules):
            self.terms.setItem(row, 0, QTableWidgetItem(self._rule_label(rule.key)))
            spin = QSpinBox()
            spin.setRange(retention.MONTHS_MIN, retention.MONTHS_MAX)
            spin.setValue(rule.months)
            spin.setAccessibleName(self._rule_label(rule.key))
            spin.valueChanged.connect(self._terms_edited)
            self.spins[rule.key] = spin
            self.terms.setCellWidget(row, 1, spin)
            start = self.tr("the signal") if rule.counted_from == "signal" else self.tr(
                "the end of the case"
            )
            self.terms.setItem(row, 2, QTableWidgetItem(start))
            self.terms.setItem(row, 3, QTableWidgetItem(rule.source_nl))
        self.save_terms_button.setEnabled(False)

    def _rule_label(self, key: str) -> str:
        return {
            "not_taken_on": self.tr("Signal not taken on"),
            "closed_without_help": self.tr("Closed without help"),
            "closed_after_help": self.tr("Closed after help"),
            "eviction": self.tr("Eviction"),
        }[key]

    def _state(self, item: PlanItem, today: date) -> str:
        if item.hold == retention.HOLD_RESTRICTED:
            return self.tr("Kept: processing restricted")
        if item.hold == retention.HOLD_OPEN_REQUEST:
            return self.tr("Kept: a request is still open")
        if item.due_on <= today:
            return self.tr("Past its term: will be erased")
        return self.tr("In %n day(s)", "", (item.due_on - today).days)

    def _show_plan(self, today: date) -> None:
        self.plan_table.setRowCount(len(self.plan))
        for row, item in enumerate(self.plan):
            cells = (
                str(item.case_id), item.reference, item.tenant_name,
                self._rule_label(item.rule.key), show_date(item.ended_on),
                show_date(item.due_on), self._state(item, today),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.is_due(today):
                    cell.setBackground(DUE_COLOUR)
                self.plan_table.setItem(row, column, cell)
        due = sum(1 for i in self.plan if i.is_due(today))
        if due:
            self.summary.setText(self.tr(
                "%n case(s) have passed their term and will be erased by “Erase now”.", "", due
            ))
        elif self.plan:
            self.summary.setText(self.tr("No case has passed its term today."))
        else:
            self.summary.setText(self.tr("No case has ended yet."))
        self.erase_button.setEnabled(due > 0)
        self.erase_button.setText(self.tr("&Erase now (%n case(s))…", "", due))

    def _show_backups(self, backups: list[BackupExposure], today: date) -> None:
        self.backups.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            self.backups.setItem(
                row, 0, QTableWidgetItem(backup.made_at.strftime("%d-%m-%Y %H:%M"))
            )
            if backup.expired_from is None:
                text = self.tr("Nothing yet")
            elif backup.expired_from <= today:
                text = fill(self.tr("Since %1: destroy it"), show_date(backup.expired_from))
            else:
                text = fill(self.tr("From %1"), show_date(backup.expired_from))
            self.backups.setItem(row, 1, QTableWidgetItem(text))

    # --- terms ---------------------------------------------------------------------------------

    def _terms_edited(self) -> None:
        changed = any(self.spins[r.key].value() != r.months for r in self.rules)
        self.save_terms_button.setEnabled(changed)

    def save_terms(self) -> None:
        try:
            with self._ws.store.transaction() as session:
                for rule in self.rules:
                    months = self.spins[rule.key].value()
                    if months != rule.months:
                        retention.set_retention_months(session, rule.key, months)
        except retention.RetentionRefused as refused:
            self.message.show_error(shown(refused))
            return
        except Exception as exc:  # noqa: BLE001 - the window never shows a traceback
            self._show_failure(exc)
            return
        self.reload()
        self.message.show_ok(self.tr("The terms were saved; the dates below follow them."))

    # --- erasing -------------------------------------------------------------------------------

    def confirm_and_erase(self) -> None:
        if self.is_busy():
            return
        today = self._ws.today()
        due = [i for i in self.plan if i.is_due(today)]
        if not due:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase for good?"))
        box.setText(self.tr(
            "Erase %n case(s) for good? Everything about these tenants goes: facts, timeline, "
            "notes, consents, debts, proposals and documents. This cannot be undone.", "",
            len(due),
        ))
        box.setInformativeText(self.tr(
            "Backups made before still hold these cases; the Backups tab says which."
        ))
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.exec()
        if box.clickedButton() is not erase:
            return
        store = self._ws.store

        def work(_context: TaskContext) -> RetentionRun:
            return retention.run_retention(store, today)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._erased)
        task.failed.connect(self._show_failure)
        task.finished.connect(self._task_finished)
        self._task = task
        self.erase_button.setEnabled(False)
        self.message.show_hint(self.tr("Erasing and overwriting the freed space…"))
        task.start()

    def _erased(self, result: object) -> None:
        assert isinstance(result, RetentionRun)  # the lists reload when the task has finished
        count = len(result.erased)
        self.message.show_ok(self.tr(
            "%n case(s) erased. The audit trail keeps one line per case, without personal data.",
            "", count,
        ))
        self.erased.emit(count)

    def _show_failure(self, error: object) -> None:
        known = store_refusal_nl(error)
        if known is None and isinstance(error, BaseException):
            reference = errors.log_unexpected(error)
            known = fill(self.tr("Nothing was erased (reference %1)."), reference)
        self.message.show_error(known or self.tr("Nothing was erased."))

    def _task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.reload()
