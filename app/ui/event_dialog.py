"""The dialog behind every case action: what happened, when, and the facts that go with it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.events import CONTACT_METHODS, EVICTION_GROUNDS, EVICTION_REASONS, OUTCOMES
from app.services.intake.values import ValueProblem, parse_date
from app.ui import labels
from app.ui.i18n import fill
from app.ui.widgets import available_area


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DayField(QLineEdit):
    """A date the worker types (dd-mm-jjjj): empty until they do, so no day is assumed."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText("dd-mm-jjjj")

    def day(self) -> date | None:
        try:
            return parse_date(self.text())
        except ValueProblem:
            return None


class EventDialog(QDialog):
    """Asks for the details of one event kind; `detail()` and `occurred_on()` give the answers."""

    def __init__(
        self,
        kind: str,
        today: date,
        instruments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(labels.event(kind))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setMaximumDate(qdate(today))
        form.addRow(self.tr("When did it happen?"), self.on)
        self._fields: dict[str, QWidget] = {}
        if kind == "contact_attempt":
            # issue 16.3: nothing is chosen for the worker — a default "reached" would tell the
            # corporation contact was made when it was not
            method = QComboBox()
            method.addItem(self.tr("— choose —"), None)
            for code in CONTACT_METHODS:
                method.addItem(labels.contact_method(code), code)
            form.addRow(self.tr("How"), method)
            reached = QComboBox()
            reached.addItem(self.tr("— choose —"), None)
            reached.addItem(self.tr("Tenant reached"), True)
            reached.addItem(self.tr("Tenant not reached"), False)
            form.addRow(self.tr("Result"), reached)
            self._fields.update(method=method, reached=reached)
        if kind in ("not_taken_on",):
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("e.g. already helped elsewhere"))
            form.addRow(self.tr("Reason"), reason)
            self._fields["reason"] = reason
        if kind in ("taken_on", "not_taken_on", "collection_answer"):
            # B2 step 6: the team's own answer; nothing is chosen for the worker
            answer = QComboBox()
            answer.addItem(self.tr("— choose —"), None)
            answer.addItem(self.tr("Yes, collection may resume"), True)
            answer.addItem(self.tr("No, not yet"), False)
            caption = QLabel(self.tr("May the corporation resume collection?"))
            caption.setWordWrap(True)
            form.addRow(caption, answer)
            self._fields["may_resume"] = answer
        if kind in ("arrangement_made", "bailiff_date_set", "eviction_date_set"):
            label = {
                "arrangement_made": self.tr("Current rent and arrears payments resume on"),
                "bailiff_date_set": self.tr("Planned bailiff date"),
                "eviction_date_set": self.tr("Eviction date in the verdict"),
            }[kind]
            when = DayField()  # a verdict's or a bailiff's date is never "today" by default
            caption = QLabel(label)
            caption.setWordWrap(True)
            form.addRow(caption, when)
            caption.setBuddy(when)
            self._fields["date"] = when
        if kind == "arrangement_made":
            plan = QLineEdit()
            plan.setPlaceholderText(self.tr("e.g. € 75 a month for 20 months"))
            form.addRow(self.tr("Arrears plan"), plan)
            self._fields["plan"] = plan
        if kind == "arrangement_broken":
            # H 3.9: whoever learns it first tells the other side at once
            told = QCheckBox(self.tr("The corporation reported it (it already knows)"))
            form.addRow("", told)
            self._fields["by_corporation"] = told
        if kind == "instrument_deployed":
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for code in instruments:
                combo.addItem(labels.instrument(code), code)
            form.addRow(self.tr("Instrument"), combo)
            self._fields["instrument"] = combo
            if "geregelde_betaling" in instruments:
                benefit = QComboBox()
                benefit.addItem(self.tr("Not checked"), None)
                benefit.addItem(self.tr("Yes"), True)
                benefit.addItem(self.tr("No"), False)
                caption = QLabel(self.tr("Participatiewet benefit (for Geregelde Betaling)"))
                caption.setWordWrap(True)
                form.addRow(caption, benefit)
                self._fields["participatiewet"] = benefit
        if kind == "eviction_ground":
            ground = QComboBox()
            ground.addItem(self.tr("— choose —"), None)
            for code in EVICTION_GROUNDS:
                ground.addItem(labels.eviction_ground(code), code)
            form.addRow(self.tr("Ground"), ground)
            self._fields["ground"] = ground
        if kind == "handover":
            to = QComboBox()
            to.addItem(self.tr("Debt services (SDV)"), "sdv")
            to.addItem(self.tr("Troubleshooter"), "troubleshooter")
            form.addRow(self.tr("Hand over to"), to)
            warm = QCheckBox(self.tr("Warm handover (the tenant's consent must be recorded)"))
            form.addRow("", warm)
            self._fields.update(to=to, warm=warm)
            # H 2.3: without an eviction date the troubleshooter is called in for a reason
            why = QComboBox()
            why.addItem(self.tr("— choose —"), None)
            for code, text, explained in (
                (
                    "specifieke_vraag",
                    self.tr("Specific question (H 2.3a)"),
                    self.tr("A question the wijkteam and the parties involved cannot solve"),
                ),
                (
                    "stagnatie",
                    self.tr("Stuck case (H 2.3b)"),
                    self.tr(
                        "Progress stalls: the parties disagree or the tenant will not cooperate, "
                        "and an eviction threatens"
                    ),
                ),
            ):
                why.addItem(text, code)
                why.setItemData(why.count() - 1, explained, Qt.ItemDataRole.ToolTipRole)
            caption = QLabel(self.tr("Why the troubleshooter"))
            caption.setWordWrap(True)
            form.addRow(caption, why)
            caption.setBuddy(why)
            self._fields["reason"] = why

            def for_troubleshooter() -> None:
                chosen = to.currentData() == "troubleshooter"
                why.setEnabled(chosen)
                if not chosen:
                    why.setCurrentIndex(0)

            to.currentIndexChanged.connect(for_troubleshooter)
            for_troubleshooter()
        if kind == "closed":
            outcome = QComboBox()
            outcome.addItem(self.tr("— choose —"), None)
            for code in OUTCOMES:
                outcome.addItem(labels.outcome(code), code)
            form.addRow(self.tr("Outcome"), outcome)
            # H 9.5.3a: an eviction is counted per reason in the monitoring
            why_evicted = QComboBox()
            why_evicted.addItem(self.tr("— choose —"), None)
            for code in EVICTION_REASONS:
                why_evicted.addItem(labels.eviction_reason(code), code)
            why_caption = QLabel(self.tr("Reason for the eviction"))
            why_caption.setWordWrap(True)
            why_caption.setBuddy(why_evicted)
            form.addRow(why_caption, why_evicted)
            reason = QLineEdit()
            form.addRow(self.tr("Explanation (optional, no personal details)"), reason)
            self._fields.update(outcome=outcome, eviction_reason=why_evicted, reason=reason)

            def for_eviction() -> None:
                evicted = outcome.currentData() == "ontruimd"
                why_evicted.setEnabled(evicted)
                if not evicted:
                    why_evicted.setCurrentIndex(0)

            outcome.currentIndexChanged.connect(for_eviction)
            for_eviction()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # the fields settle their size on first show; grow to it so no text is cut off
        wanted = self.sizeHint().expandedTo(self.size())
        area = available_area(self)
        if area is not None:
            wanted = wanted.boundedTo(area.size())
        self.resize(wanted)

    def occurred_on(self) -> date:
        return pydate(self.on.date())

    def detail(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, QComboBox):
                if widget.currentData() is not None:  # "— choose —" leaves the field empty
                    out[name] = widget.currentData()
            elif isinstance(widget, DayField):
                day = widget.day()
                if day is not None:
                    out[name] = day.isoformat()
            elif isinstance(widget, QDateEdit):
                out[name] = pydate(widget.date()).isoformat()
            elif isinstance(widget, QCheckBox):
                if widget.isChecked():
                    out[name] = True
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                out[name] = widget.text().strip()
        return out

    #: the choices an event cannot be saved without (the service refuses them too)
    REQUIRED = (
        "method", "reached", "may_resume", "outcome", "eviction_reason", "ground", "instrument",
        "date",
    )

    def missing_choice(self) -> str | None:
        """The Dutch sentence for the first required answer still open, or None."""
        names = {
            "method": self.tr("how the contact was tried"),
            "reached": self.tr("whether the tenant was reached"),
            "may_resume": self.tr("whether the corporation may resume collection"),
            "outcome": self.tr("the outcome"),
            "eviction_reason": self.tr("the reason for the eviction"),
            "ground": self.tr("the ground"),
            "instrument": self.tr("the instrument"),
        }
        for name in self.REQUIRED:
            widget = self._fields.get(name)
            open_choice = isinstance(widget, QComboBox) and widget.currentData() is None
            if open_choice and widget is not None and widget.isEnabled():
                return fill(self.tr("Choose %1 first."), names[name])
            if isinstance(widget, DayField) and widget.day() is None:
                if not widget.text().strip():
                    return self.tr("Fill in the date (dd-mm-jjjj).")
                return fill(self.tr("%1 is not a date; write it as dd-mm-jjjj, for example "
                               "15-01-2027."), widget.text().strip())
        return None

    def accept(self) -> None:
        problem = self.missing_choice()
        if problem is not None:
            self.show_problem(problem)
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.show()
