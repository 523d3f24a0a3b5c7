"""The case view's Privacy menu: correct a fact (AVG 16), restrict processing or lift the
restriction (AVG 18), and withdraw a consent (AVG 7(3)) with what stops spelled out.

The services decide and refuse (`correction`, `restriction`, `events.withdraw_consent`); these
dialogs show the refusal in Dutch under the field and change nothing on a refusal.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Case
from app.services.correction import (
    FACT_NAMES,
    CorrectionRefused,
    RequestChoice,
    correct_fact,
    corrections,
    current_value,
    open_requests,
)
from app.services.events import EventProblem, withdraw_consent
from app.services.restriction import RestrictionProblem, lift_restriction, restrict_case
from app.services.store import StoreError
from app.services.workspace import Workspace
from app.ui.event_dialog import pydate, qdate
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.widgets import InlineMessage, fit_to_screen, heading_label, store_refusal_nl, wrap_label

if TYPE_CHECKING:
    from app.ui.case_view import CaseView

translate = QCoreApplication.translate


def fact_label(field: str) -> str:
    return {
        "tenant_name": translate("CaseRights", "Name"),
        "street": translate("CaseRights", "Street"),
        "house_number": translate("CaseRights", "House number"),
        "postcode": translate("CaseRights", "Postcode"),
        "city": translate("CaseRights", "Town"),
        "phone": translate("CaseRights", "Phone number"),
        "email": translate("CaseRights", "E-mail address"),
        "birth_date": translate("CaseRights", "Date of birth"),
        "occupants": translate("CaseRights", "Number of occupants"),
        "children_under_18": translate("CaseRights", "Children under 18"),
        "statushouder": translate("CaseRights", "Statushouder"),
        "known": translate("CaseRights", "Known to the wijkteam or SDV"),
    }.get(field, field)


def _format_hint(field: str) -> str:
    if field == "birth_date":
        return translate("CaseRights", "Write the date as dd-mm-jjjj, for example 17-08-1988.")
    if field in ("statushouder", "known"):
        return translate("CaseRights", "Write ja or nee.")
    if field in ("phone", "email", "children_under_18"):
        return translate("CaseRights", "Leave empty to remove the value.")
    return ""


def consent_effect(purpose: str) -> str:
    """What stops when the tenant withdraws this consent (feedback letter, warm handover)."""
    return {
        "delen_met_corporatie": translate("CaseRights", 
            "Shared notes no longer go into the feedback to the corporation: from now on the "
            "feedback letter holds only what the covenant allows without consent (B2 step 6). "
            "Letters already sent stay as they were."
        ),
        "warme_overdracht": translate("CaseRights", 
            "A warm handover to other help can no longer be recorded for this case (B2 step 5). "
            "A handover already made stays on the timeline."
        ),
        "melding_zonder_achterstand": translate("CaseRights", 
            "This signal without rent arrears was taken on with this consent (article 3.3). "
            "Without it there is no ground to go on with the case: consider closing it."
        ),
    }.get(purpose, translate("CaseRights", "This consent no longer counts from the chosen date."))


def _request_choices(combo: QComboBox, requests: list[RequestChoice]) -> None:
    combo.addItem(
        translate("CaseRights", "No request (correction on the office's own initiative)"), None
    )
    for r in requests:
        combo.addItem(
            fill(
                translate("CaseRights", "Request %1, received %2"),
                str(r.id),
                r.received_on.strftime("%d-%m-%Y"),
            ),
            r.id,
        )


def _store_problem(error: StoreError) -> str:
    return store_refusal_nl(error) or translate(
        "CaseRights", "The database could not be changed. Nothing was changed."
    )


# --- correction ------------------------------------------------------------------------------


class CorrectionDialog(QDialog):
    """Choose the fact, see its current value, type the new one; the corrections made so far
    are listed with their old and new value."""

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id = case_id
        self.made = 0
        self.setWindowTitle(self.tr("Correct details"))
        intro = wrap_label(
            self.tr(
                "Correct a fact about the tenant (AVG article 16). The old value is kept with the "
                "correction and shown below; the audit trail only records that a correction was "
                "made, never the value."
            )
        )
        self.field = QComboBox()
        for name in FACT_NAMES:
            self.field.addItem(fact_label(name), name)
        self.current = wrap_label(selectable=True)
        self.new_value = QLineEdit()
        self.hint = wrap_label()
        self.hint.setObjectName("internalHint")
        self.message = InlineMessage()
        self.request = QComboBox()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Fact"), self.field)
        form.addRow(self.tr("Current value"), self.current)
        form.addRow(self.tr("Correct value"), self.new_value)
        form.addRow("", self.hint)
        form.addRow("", self.message)
        form.addRow(self.tr("Because of"), self.request)

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Corrections made before"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Fact"), self.tr("Old value"), self.tr("New value"),
             self.tr("By")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.correct_button = self.buttons.addButton(
            self.tr("Correct"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.correct_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Correct details")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(heading_label(self.tr("Corrections made")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.field.currentIndexChanged.connect(self._field_changed)
        self.new_value.textEdited.connect(lambda _text: self.message.clear())
        self.new_value.returnPressed.connect(self.apply)
        self._load(first=True)
        fit_to_screen(self, 820, 640)

    def chosen_field(self) -> str:
        return str(self.field.currentData())

    def _load(self, *, first: bool = False) -> None:
        with self._ws.store.session() as session:
            case = session.get(Case, self.case_id)
            assert case is not None
            self._values = {name: current_value(case, name) for name in FACT_NAMES}
            made = corrections(session, self.case_id)
            requests = open_requests(session, self.case_id) if first else []
        if first:
            _request_choices(self.request, requests)
        self.table.setRowCount(len(made))
        for row, c in enumerate(made):
            cells = [
                c.corrected_at.replace("T", " ")[:16],
                fact_label(c.field),
                c.old_value or "—",
                c.new_value or "—",
                c.corrected_by,
            ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self._field_changed()

    def _field_changed(self) -> None:
        field = self.chosen_field()
        self.current.setText(self._values.get(field) or self.tr("(empty)"))
        hint = _format_hint(field)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.message.clear()

    def apply(self) -> None:
        field = self.chosen_field()
        request_id = self.request.currentData()
        try:
            with self._ws.store.transaction() as session:
                case = session.get(Case, self.case_id)
                assert case is not None
                correct_fact(
                    session,
                    case,
                    field,
                    self.new_value.text(),
                    request_id=request_id,
                    actor=self._ws.actor,
                    ctx=self._ws.ctx,
                )
        except CorrectionRefused as refused:
            self.message.show_error(refused.dutch())
            self.new_value.setFocus()
            return
        except StoreError as error:
            self.message.show_error(_store_problem(error))
            return
        self.made += 1
        self.new_value.clear()
        self._load()
        self.message.show_ok(
            fill(self.tr("%1 is corrected. The old value is kept below."), fact_label(field))
        )


# --- restriction -----------------------------------------------------------------------------


class RestrictDialog(QDialog):
    """Since when processing is restricted, and the request it answers; the effect spelled out."""

    def __init__(
        self, today: date, requests: list[RequestChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restrict processing"))
        effect = wrap_label(
            self.tr(
                "The tenant asks that their data is not processed for now (AVG article 18), for "
                "example while a disputed fact is checked. The case stays in the lists and can be "
                "read, corrected and exported, but nothing else is done with it: no actions on "
                "the timeline, no notes or consents, no letters, no handover and no change to "
                "the debts or the proposal, until the restriction is lifted."
            )
        )
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setMaximumDate(qdate(today))
        self.request = QComboBox()
        _request_choices(self.request, requests)
        self.message = InlineMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Restricted since"), self.on)
        form.addRow(self.tr("Because of"), self.request)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("Restrict processing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(effect)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 340)

    def since(self) -> date:
        return pydate(self.on.date())

    def request_id(self) -> int | None:
        value = self.request.currentData()
        return int(value) if value is not None else None


def restrict(view: CaseView) -> None:
    if view.case_id is None:
        return
    ws = view._ws
    with ws.store.session() as session:
        requests = open_requests(session, view.case_id)
    dialog = RestrictDialog(ws.today(), requests, view)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            with ws.store.transaction() as session:
                case = session.get(Case, view.case_id)
                assert case is not None
                restrict_case(
                    session, case, on=dialog.since(), request_id=dialog.request_id(),
                    actor=ws.actor,
                )  # fmt: skip
        except RestrictionProblem as problem:
            dialog.message.show_error(shown(problem))
            continue
        except StoreError as error:
            dialog.message.show_error(_store_problem(error))
            continue
        view._after_change()
        return


def lift(view: CaseView) -> None:
    if view.case_id is None:
        return
    answer = QMessageBox.question(
        view,
        translate("CaseRights", "Lift restriction"),
        translate("CaseRights", 
            "Lift the restriction of this case? From now on actions, letters and handovers can "
            "be made for it again."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        with view._ws.store.transaction() as session:
            case = session.get(Case, view.case_id)
            assert case is not None
            lift_restriction(session, case, actor=view._ws.actor)
    except RestrictionProblem as problem:
        QMessageBox.warning(view, translate("CaseRights", "Lift restriction"), shown(problem))
        return
    except StoreError as error:
        title = translate("CaseRights", "Lift restriction")
        QMessageBox.warning(view, title, _store_problem(error))
        return
    view._after_change()


# --- consent withdrawal ----------------------------------------------------------------------


class WithdrawConsentDialog(QDialog):
    """Choose the standing consent and the date; what stops is shown before confirming."""

    def __init__(
        self, standing: list[dict[str, Any]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from app.ui.case_view import _purpose

        self.setWindowTitle(self.tr("Withdraw consent"))
        self._today = today
        self.consent = QComboBox()
        for c in standing:
            given = date.fromisoformat(c["given_on"])
            self.consent.addItem(
                fill(
                    self.tr("%1 (given on %2)"),
                    _purpose(self, c["purpose"]),
                    given.strftime("%d-%m-%Y"),
                ),
                (c["purpose"], given),
            )
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setMaximumDate(qdate(today))
        self.effect = wrap_label()
        self.effect.setObjectName("notice")
        self.message = InlineMessage()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Consent"), self.consent)
        form.addRow(self.tr("Withdrawn on"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("Withdraw consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "The tenant may withdraw a consent at any time (AVG article 7(3)). It no "
                    "longer counts from the date below; what was done before stays lawful."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(wrap_label(self.tr("What stops:")))
        layout.addWidget(self.effect)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.consent.currentIndexChanged.connect(self._chosen)
        self._chosen()
        fit_to_screen(self, 600, 380)

    def _chosen(self) -> None:
        purpose, given = self.choice()
        self.effect.setText(consent_effect(purpose))
        self.on.setMinimumDate(qdate(given))
        self.message.clear()

    def choice(self) -> tuple[str, date]:
        purpose, given = self.consent.currentData()
        return str(purpose), given

    def withdrawn_on(self) -> date:
        return pydate(self.on.date())


def withdraw(view: CaseView) -> None:
    if view.case_id is None:
        return
    from app.ui.case_view import problem_text

    standing = [c for c in view._detail.get("consents", []) if not c.get("withdrawn_on")]
    if not standing:
        QMessageBox.information(
            view,
            translate("CaseRights", "Withdraw consent"),
            translate("CaseRights", "This case has no consent that can be withdrawn."),
        )
        return
    ws = view._ws
    dialog = WithdrawConsentDialog(standing, ws.today(), view)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        purpose, _given = dialog.choice()
        try:
            with ws.store.transaction() as session:
                case = session.get(Case, view.case_id)
                assert case is not None
                withdraw_consent(
                    session, case, purpose, dialog.withdrawn_on(), actor=ws.actor,
                    today=ws.today(),
                )  # fmt: skip
        except EventProblem as problem:
            dialog.message.show_error(problem_text(dialog, problem))
            continue
        except StoreError as error:
            dialog.message.show_error(_store_problem(error))
            continue
        view._after_change()
        return


def correct(view: CaseView) -> None:
    if view.case_id is None:
        return
    dialog = CorrectionDialog(view._ws, view.case_id, view)
    dialog.exec()
    if dialog.made:
        view._after_change()


def add_actions(menu: QMenu, view: CaseView) -> None:
    correct_action = QAction(translate("CaseRights", "Correct details…"), menu)
    correct_action.setObjectName("correctDetailsAction")
    correct_action.triggered.connect(lambda _checked=False: correct(view))
    restrict_action = QAction(translate("CaseRights", "Restrict processing…"), menu)
    restrict_action.setObjectName("restrictAction")
    restrict_action.triggered.connect(lambda _checked=False: restrict(view))
    lift_action = QAction(translate("CaseRights", "Lift restriction…"), menu)
    lift_action.setObjectName("liftRestrictionAction")
    lift_action.triggered.connect(lambda _checked=False: lift(view))
    withdraw_action = QAction(translate("CaseRights", "Withdraw consent…"), menu)
    withdraw_action.setObjectName("withdrawConsentAction")
    withdraw_action.triggered.connect(lambda _checked=False: withdraw(view))
    for action in (correct_action, restrict_action, lift_action, withdraw_action):
        menu.addAction(action)

    def follow_the_case() -> None:
        """Offer restricting or lifting, whichever fits the case as it is now."""
        restricted = bool(view._detail.get("beperkt_sinds"))
        restrict_action.setVisible(not restricted)
        lift_action.setVisible(restricted)

    menu.aboutToShow.connect(follow_the_case)
    follow_the_case()
