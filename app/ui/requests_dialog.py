"""The requests window for the privacy officer (issue 15.2, 15.4): tenants' requests (AVG 15–22,
PR 10) and legally binding requests for data (PR 8), each with its terms counted down in the
colours of the case list. A refusal is said in the form and changes nothing. The text for the
other party goes to the clipboard; Vangnet never sends it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.models.privacy import SUBJECT_REQUEST_KINDS
from app.services import privacy_requests as pr
from app.services.workspace import Workspace
from app.ui.case_table import TONES, countdown, tone
from app.ui.display import show_date
from app.ui.i18n import fill
from app.ui.requests_forms import RequestForm
from app.ui.widgets import (
    InlineMessage,
    action_button,
    fit_to_screen,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RequestsDialog(QDialog):
    """Both registers in tabs; the buttons act on the selected row."""

    #: something was recorded (the main window's term banner refreshes)
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("Requests"))
        self.form: RequestForm | None = None  # the form that is open (for tests)
        self._build()
        self.reload()
        fit_to_screen(self, 1120, 680)

    # --- labels ----------------------------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        return {
            "access": self.tr("Access (AVG 15)"),
            "rectification": self.tr("Rectification (AVG 16)"),
            "erasure": self.tr("Erasure (AVG 17)"),
            "restriction": self.tr("Restriction (AVG 18)"),
            "portability": self.tr("Portability (AVG 20)"),
            "objection": self.tr("Objection (AVG 21)"),
            "withdraw_consent": self.tr("Withdrawal of consent (AVG 7(3))"),
        }.get(kind, kind)

    def outcome_label(self, outcome: str) -> str:
        return {
            "open": self.tr("open"),
            "granted": self.tr("granted"),
            "partly": self.tr("partly granted"),
            "refused": self.tr("refused"),
            "forwarded": self.tr("forwarded"),
        }.get(outcome, outcome)

    def decision_label(self, decision: str) -> str:
        return {
            "open": self.tr("open"),
            "provided": self.tr("provided"),
            "partly": self.tr("partly provided"),
            "refused": self.tr("refused"),
        }.get(decision, decision)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Requests")))
        outer.addWidget(wrap_label(self.tr(
            "Answer a tenant's request within one month (AVG 12(3)); forward a request meant for "
            "another party within 5 working days (reglement art. 10.3). Tell the other party of "
            "a legally binding request for data within 5 working days (art. 8.2). Vangnet sends "
            "nothing itself: copy the text for the other party into an e-mail."
        )))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Registers of requests"))
        self.subject_table = self._table([
            self.tr("No."), self.tr("Right"), self.tr("Case"), self.tr("Received"),
            self.tr("Forward to"), self.tr("Forward (art. 10.3)"),
            self.tr("Answer (AVG 12(3))"), self.tr("Outcome"),
        ], stretch=4)
        self.subject_table.setAccessibleName(self.tr("Requests from data subjects"))
        self.subject_add = action_button(self.tr("&New request…"), self.add_subject)
        self.subject_forward = action_button(self.tr("&Forwarded…"), self.forwarded)
        self.subject_extend = action_button(self.tr("E&xtend…"), self.extend)
        self.subject_done = action_button(self.tr("&Answered…"), self.answered)
        self.subject_copy = action_button(
            self.tr("Copy text for the other party"), self.copy_subject_text
        )
        self.tabs.addTab(
            self._page(self.subject_table, [self.subject_add, self.subject_forward,
                                            self.subject_extend, self.subject_done,
                                            self.subject_copy]),
            self.tr("Requests from data subjects"),
        )
        self.legal_table = self._table([
            self.tr("No."), self.tr("Requester"), self.tr("Legal ground"), self.tr("Received"),
            self.tr("Checked (art. 8.1)"), self.tr("Other party"),
            self.tr("Inform (art. 8.2)"), self.tr("Decision"),
        ], stretch=2)
        self.legal_table.setAccessibleName(self.tr("Legal requests"))
        self.legal_add = action_button(self.tr("N&ew legal request…"), self.add_legal)
        self.legal_checks = action_button(self.tr("&Checks done…"), self.checks_done)
        self.legal_informed = action_button(self.tr("&Informed…"), self.informed)
        self.legal_decide = action_button(self.tr("&Decide…"), self.decide)
        self.legal_copy = action_button(
            self.tr("Copy text for the other party"), self.copy_legal_text
        )
        self.tabs.addTab(
            self._page(self.legal_table, [self.legal_add, self.legal_checks,
                                          self.legal_informed, self.legal_decide,
                                          self.legal_copy]),
            self.tr("Legal requests for data"),
        )
        outer.addWidget(self.tabs, 1)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(action_button(self.tr("Close"), self.reject),
                          QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)
        self.subject_table.itemSelectionChanged.connect(self._enable)
        self.legal_table.itemSelectionChanged.connect(self._enable)

    def _table(self, headers: list[str], *, stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _page(self, table: QTableWidget, buttons: list[Any]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- the lists -----------------------------------------------------------------------------

    def today(self) -> date:
        return self._ws.today()

    def reload(self) -> None:
        calendar = self._ws.ctx.calendar
        today = self.today()
        with self._ws.store.session() as session:
            subjects = [(r, pr.subject_terms(r, today, calendar))
                        for r in pr.subject_requests(session)]
            self._fill_subjects(subjects)
            legals = [(r, pr.legal_terms(r, today, calendar))
                      for r in pr.legal_requests(session)]
            self._fill_legals(legals)
        self._enable()

    def _item(self, text: str, request_id: int | None = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if request_id is not None:
            item.setData(ID_ROLE, request_id)
        return item

    def _term_item(self, term: pr.RequestTerm | None, empty: str) -> QTableWidgetItem:
        if term is None:
            return self._item(empty)
        view = term.view()
        fg, bg, symbol = TONES[tone(view)]
        item = self._item(f"{symbol} {countdown(view)} · {show_date(term.due)}")
        item.setForeground(QBrush(fg))
        item.setBackground(QBrush(bg))
        tip = fill(self.tr("Due %1 (%2)"), show_date(term.due), term.deadline.article)
        skipped = pr.explain_skipped(term)
        if skipped:
            tip += "\n" + fill(self.tr("Not counted: %1"), skipped)
        if term.done is not None:
            tip += "\n" + fill(self.tr("Done on %1"), show_date(term.done))
        item.setToolTip(tip)
        return item

    def _fill_subjects(self, rows: list[tuple[Any, list[pr.RequestTerm]]]) -> None:
        table = self.subject_table
        chosen = self.selected(table)
        table.setRowCount(len(rows))
        for row, (request, terms) in enumerate(rows):
            by_id = {t.term: t for t in terms}
            answer_text = self.outcome_label(request.outcome)
            if request.outcome_reason:
                answer_text += f": {request.outcome_reason}"
            cells = [
                self._item(str(request.id), request.id),
                self._item(self.kind_label(request.kind)),
                self._item(str(request.case_id) if request.case_id else "—"),
                self._item(show_date(request.received_on)),
                self._item(request.forward_to or "—"),
                self._term_item(by_id.get(pr.FORWARD_TERM), self.tr("not needed")),
                self._term_item(by_id.get(pr.ANSWER_TERM), "—"),
                self._item(answer_text),
            ]
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        self._select(table, chosen)

    def _fill_legals(self, rows: list[tuple[Any, list[pr.RequestTerm]]]) -> None:
        table = self.legal_table
        chosen = self.selected(table)
        table.setRowCount(len(rows))
        for row, (request, terms) in enumerate(rows):
            checks = [
                self.tr("requester") if request.requester_verified else "",
                self.tr("ground") if request.ground_checked else "",
            ]
            done = ", ".join(c for c in checks if c) or self.tr("not yet")
            party = (
                self.tr("confidential — not told") if request.confidential
                else request.other_party
            )
            decision = self.decision_label(request.decision)
            if request.data_provided:
                decision += f": {request.data_provided}"
            cells = [
                self._item(str(request.id), request.id),
                self._item(request.requester),
                self._item(request.legal_ground),
                self._item(show_date(request.received_on)),
                self._item(done),
                self._item(party),
                self._term_item(terms[0] if terms else None, self.tr("no term (exception)")),
                self._item(decision),
            ]
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        self._select(table, chosen)

    def selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def _select(self, table: QTableWidget, request_id: int | None) -> None:
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == request_id:
                table.selectRow(row)
                return

    def select_request(self, table: QTableWidget, request_id: int) -> None:
        self._select(table, request_id)

    def _enable(self) -> None:
        has_subject = self.selected(self.subject_table) is not None
        for button in (self.subject_forward, self.subject_extend, self.subject_done,
                       self.subject_copy):
            button.setEnabled(has_subject)
        has_legal = self.selected(self.legal_table) is not None
        for button in (self.legal_checks, self.legal_informed, self.legal_decide,
                       self.legal_copy):
            button.setEnabled(has_legal)

    # --- saving --------------------------------------------------------------------------------

    def _save(self, change: Callable[[Session], object], done: str) -> str | None:
        """Run `change` in one transaction; the Dutch refusal, or None when it was saved."""
        try:
            with self._ws.store.transaction() as session:
                change(session)
        except pr.RequestProblem as problem:
            return problem.dutch
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is None:
                raise
            return known
        self.reload()
        self.message.show_ok(done)
        self.changed.emit()
        return None

    def _open_form(self, form: RequestForm) -> bool:
        form.fit()
        self.form = form
        try:
            return form.exec() == QDialog.DialogCode.Accepted
        finally:
            self.form = None
            form.deleteLater()

    # --- subject requests --------------------------------------------------------------------

    def add_subject(self) -> None:
        calendar, actor = self._ws.ctx.calendar, self._ws.actor

        def submit(form: RequestForm) -> str | None:
            case_text = form.text("case")
            if case_text and not case_text.isdigit():
                return self.tr("Enter the case number as digits only, or leave it empty.")

            def change(session: Session) -> None:
                pr.add_subject_request(
                    session, calendar, kind=str(form.value("kind")),
                    case_id=int(case_text) if case_text else None,
                    received_on=form.day("received"), forward_to=form.text("forward_to"),
                    actor=actor,
                )

            return self._save(change, self.tr("The request was recorded with its terms."))

        form = RequestForm(
            self.tr("New request from a data subject"),
            self.tr("Record the request on the day it came in; the month to answer starts "
                    "then. If it is about another party's processing, name that party: the "
                    "request must go there within 5 working days (reglement art. 10.3). Do not "
                    "type the tenant's name here; link the case by its number."),
            submit, self,
        )
        form.add_combo("kind", self.tr("Right"),
                       [(self.kind_label(k), k) for k in SUBJECT_REQUEST_KINDS])
        form.add_line("case", self.tr("Case number (optional)"), placeholder=self.tr("e.g. 12"))
        form.add_date("received", self.tr("Received on"), self.today(), latest=self.today())
        form.add_line("forward_to", self.tr("Meant for another party (optional)"),
                      placeholder=self.tr("e.g. Elan Wonen"))
        self._open_form(form)

    def _subject_or_say(self) -> int | None:
        found = self.selected(self.subject_table)
        if found is None:
            self.message.show_error(self.tr("Select a request first."))
        return found

    def forwarded(self) -> None:
        request_id = self._subject_or_say()
        if request_id is None:
            return
        calendar, actor = self._ws.ctx.calendar, self._ws.actor
        with self._ws.store.session() as session:
            party = pr.get_subject_request(session, request_id).forward_to

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.record_forwarded(
                    session, calendar, request_id, on=form.day("on"),
                    forward_to=form.text("party"), actor=actor,
                ),
                self.tr("Recorded: the request was forwarded."),
            )

        form = RequestForm(
            fill(self.tr("Request %1 forwarded"), str(request_id)),
            self.tr("Record when the request, with a copy of it, went to the other party "
                    "(reglement art. 10.3)."),
            submit, self,
        )
        form.add_date("on", self.tr("Forwarded on"), self.today(), latest=self.today())
        edit = form.add_line("party", self.tr("To"), party)
        edit.setReadOnly(bool(party))
        self._open_form(form)

    def extend(self) -> None:
        request_id = self._subject_or_say()
        if request_id is None:
            return
        calendar, actor = self._ws.ctx.calendar, self._ws.actor
        with self._ws.store.session() as session:
            request = pr.get_subject_request(session, request_id)
            due, received = request.due_on, request.received_on
        longest = pr.due_date(pr.LONGEST_RULE, received, calendar)

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.extend(session, calendar, request_id, to=form.day("to"),
                                          reason=form.text("reason"), actor=actor),
                self.tr("The term was extended."),
            )

        form = RequestForm(
            fill(self.tr("Extend request %1"), str(request_id)),
            fill(
                self.tr(
                    "Once, by at most two more months, when the request is complex or there "
                    "are many (AVG 12(3)). Tell the tenant within the first month, with the "
                    "reason. The first month ends on %1; the latest possible date is %2."
                ),
                show_date(due),
                show_date(longest),
            ),
            submit,
            self,
        )
        form.add_date("to", self.tr("New date"), longest)
        form.add_text("reason", self.tr("Reason (told to the tenant)"))
        self._open_form(form)

    def answered(self) -> None:
        request_id = self._subject_or_say()
        if request_id is None:
            return
        actor = self._ws.actor

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.close_subject_request(
                    session, request_id, outcome=str(form.value("outcome")),
                    reason=form.text("reason"), on=form.day("on"), actor=actor,
                ),
                self.tr("The request was closed."),
            )

        form = RequestForm(
            fill(self.tr("Request %1 answered"), str(request_id)),
            self.tr("Record the answer the tenant received. A refusal, in whole or in part, "
                    "needs its reason: the tenant must hear why and that they may complain to "
                    "the Autoriteit Persoonsgegevens (AVG 12(4))."),
            submit, self,
        )
        form.add_combo("outcome", self.tr("Outcome"), [
            (self.outcome_label(o), o) for o in ("granted", "partly", "refused", "forwarded")
        ])
        form.add_text("reason", self.tr("Reason"))
        form.add_date("on", self.tr("Answered on"), self.today(), latest=self.today())
        self._open_form(form)

    def copy_subject_text(self) -> None:
        request_id = self._subject_or_say()
        if request_id is None:
            return
        self._copy(lambda session: pr.subject_message(session, request_id))

    def _copy(self, make: Callable[[Session], str]) -> None:
        try:
            with self._ws.store.session() as session:
                text = make(session)
        except pr.RequestProblem as problem:
            self.message.show_error(problem.dutch)
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.message.show_ok(self.tr(
            "The text is on the clipboard: paste it into an e-mail to the other party and "
            "send it through a secure connection. Vangnet sends nothing itself."
        ))

    # --- legal requests ----------------------------------------------------------------------

    def _legal_or_say(self) -> int | None:
        found = self.selected(self.legal_table)
        if found is None:
            self.message.show_error(self.tr("Select a request first."))
        return found

    def add_legal(self) -> None:
        calendar, actor = self._ws.ctx.calendar, self._ws.actor

        def submit(form: RequestForm) -> str | None:
            confidential = form.flag("confidential")
            return self._save(
                lambda session: pr.add_legal_request(
                    session, calendar, requester=form.text("requester"),
                    legal_ground=form.text("ground"), received_on=form.day("received"),
                    requester_verified=form.flag("verified"),
                    ground_checked=form.flag("checked"),
                    other_party="" if confidential else form.text("party"),
                    confidential=confidential, confidential_reason=form.text("why"),
                    actor=actor,
                ),
                self.tr("The legal request was recorded."),
            )

        form = RequestForm(
            self.tr("New legal request for data"),
            self.tr("An authority asks for personal data on a legal ground (reglement art. 8). "
                    "Verify who asks and the legal ground before providing anything (art. 8.1). "
                    "Tell the other party within 5 working days (art. 8.2), unless the law "
                    "forbids it, for example to keep an investigation confidential."),
            submit, self,
        )
        form.add_line("requester", self.tr("Requester (authority, officer)"))
        form.add_line("ground", self.tr("Legal ground (law and article)"))
        form.add_date("received", self.tr("Received on"), self.today(), latest=self.today())
        form.add_check("verified", self.tr("The requester's identity was verified"))
        form.add_check("checked", self.tr("The legal ground was checked"))
        form.add_line("party", self.tr("Other party to inform"))
        secret = form.add_check("confidential",
                                self.tr("The law forbids telling the other party"))
        why = form.add_line("why", self.tr("Why (the order or the law)"))
        why.setEnabled(False)
        party = form.fields["party"]
        secret.toggled.connect(why.setEnabled)
        secret.toggled.connect(lambda on: party.setEnabled(not on))
        self._open_form(form)

    def checks_done(self) -> None:
        request_id = self._legal_or_say()
        if request_id is None:
            return
        actor = self._ws.actor
        with self._ws.store.session() as session:
            request = pr.get_legal_request(session, request_id)
            verified, checked = request.requester_verified, request.ground_checked

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.record_checks(
                    session, request_id, requester_verified=form.flag("verified"),
                    ground_checked=form.flag("checked"), actor=actor,
                ),
                self.tr("The checks were recorded."),
            )

        form = RequestForm(
            fill(self.tr("Checks for legal request %1"), str(request_id)),
            self.tr("Reglement art. 8.1: verify the identity of the requester and the legal "
                    "ground before any data is provided."),
            submit, self,
        )
        box = form.add_check("verified", self.tr("The requester's identity was verified"),
                             verified)
        box.setEnabled(not verified)
        box = form.add_check("checked", self.tr("The legal ground was checked"), checked)
        box.setEnabled(not checked)
        self._open_form(form)

    def informed(self) -> None:
        request_id = self._legal_or_say()
        if request_id is None:
            return
        actor = self._ws.actor

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.record_informed(session, request_id, on=form.day("on"),
                                                   actor=actor),
                self.tr("Recorded: the other party was informed."),
            )

        form = RequestForm(
            fill(self.tr("Legal request %1: other party informed"), str(request_id)),
            self.tr("Record when the other party was told of the request (reglement art. 8.2)."),
            submit, self,
        )
        form.add_date("on", self.tr("Informed on"), self.today(), latest=self.today())
        self._open_form(form)

    def decide(self) -> None:
        request_id = self._legal_or_say()
        if request_id is None:
            return
        actor = self._ws.actor

        def submit(form: RequestForm) -> str | None:
            return self._save(
                lambda session: pr.decide_legal_request(
                    session, request_id, decision=str(form.value("decision")),
                    on=form.day("on"), data_provided=form.text("data"), actor=actor,
                ),
                self.tr("The decision was recorded."),
            )

        form = RequestForm(
            fill(self.tr("Decide on legal request %1"), str(request_id)),
            self.tr("Data is provided only after the requester and the legal ground were "
                    "verified (reglement art. 8.1). Summarise what was provided, without names."),
            submit, self,
        )
        form.add_combo("decision", self.tr("Decision"), [
            (self.decision_label(d), d) for d in ("provided", "partly", "refused")
        ])
        form.add_text("data", self.tr("Data provided (summary)"))
        form.add_date("on", self.tr("Decided on"), self.today(), latest=self.today())
        self._open_form(form)

    def copy_legal_text(self) -> None:
        request_id = self._legal_or_say()
        if request_id is None:
            return
        self._copy(lambda session: pr.legal_message(session, request_id))
