"""Erasure on the tenant's request, from the case view's Privacy menu (AVG 17, issue 15.2).

The worker picks the erasure request from the register (or records the one that came in
today), types the case's reference to confirm — erasing cannot be undone — and the case goes
the same way as under retention. The view then returns to the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from app.models import Case, SubjectRequest
from app.services import audit, errors
from app.services.casework import load_context
from app.services.erasure import ErasureRefused
from app.services.privacy_erasure import erase_on_request
from app.services.privacy_requests import RequestProblem, add_subject_request
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

if TYPE_CHECKING:
    from app.ui.case_view import CaseView

NEW_REQUEST = -1


def add_actions(menu: QMenu, view: CaseView) -> None:
    text = QCoreApplication.translate("ErasureActions", "Erase on the tenant's request…")
    action = menu.addAction(text)
    action.setObjectName("eraseOnRequest")
    action.triggered.connect(lambda _checked=False: open_erasure(view))


def open_erasure(view: CaseView) -> ErasureDialog | None:
    if view.case_id is None:
        return None
    dialog = ErasureDialog(view._ws, view.case_id, view)
    dialog.erased.connect(lambda: _after_erasure(view))
    view.erasure_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _after_erasure(view: CaseView) -> None:
    view.case_id = None
    view.changed.emit()
    view.back_requested.emit()


class ErasureDialog(TaskDialog):
    """Choose the request, confirm with the reference, erase in the background."""

    erased = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id = case_id
        with workspace.store.session() as session:
            case = session.get(Case, case_id)
            assert case is not None
            self.reference, name = case.reference, case.tenant_name
            requests = session.scalars(
                select(SubjectRequest)
                .where(
                    SubjectRequest.kind == "erasure",
                    SubjectRequest.outcome == "open",
                    or_(SubjectRequest.case_id == case_id, SubjectRequest.case_id.is_(None)),
                )
                .order_by(SubjectRequest.received_on)
            ).all()
            choices = [(r.id, r.received_on) for r in requests]
        self.setWindowTitle(self.tr("Erase on request"))
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(fill(self.tr("Erase %1 (%2)"), name, self.reference)))
        outer.addWidget(wrap_label(self.tr(
            "The tenant asked to have their data erased (AVG article 17). Everything about them "
            "and their household goes: facts, timeline, notes, consents, debts, proposals and "
            "documents. Only a line without personal data stays in the audit trail. This cannot "
            "be undone; backups made before still hold the case."
        )))
        form = QFormLayout()
        self.request = QComboBox()
        for request_id, received in choices:
            self.request.addItem(
                fill(self.tr("Request %1, received %2"), str(request_id), show_date(received)),
                request_id,
            )
        self.request.addItem(self.tr("The request came in today: record it now"), NEW_REQUEST)
        form.addRow(self.tr("&Request"), self.request)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Type the reference to confirm"))
        self.confirm.textChanged.connect(self._typed)
        form.addRow(fill(self.tr("Type the reference %1 to confirm"), self.reference),
                    self.confirm)
        outer.addLayout(form)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        outer.addStretch(1)
        buttons = QDialogButtonBox()
        self.erase_button = action_button(self.tr("&Erase for good"), self.erase)
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(action_button(self.tr("Cancel"), self.reject),
                          QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)
        fit_to_screen(self, 640, 360)

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.reference and not self.is_busy())

    def erase(self) -> None:
        if self.is_busy() or self.confirm.text().strip() != self.reference:
            return
        request_id = int(self.request.currentData())
        if request_id == NEW_REQUEST:
            try:
                with self._ws.store.transaction() as session:
                    request_id = add_subject_request(
                        session, load_context(session).calendar, kind="erasure",
                        case_id=self.case_id, actor=audit.current_actor(),
                    ).id
            except RequestProblem as problem:
                self.message.show_error(problem.dutch)
                return
            except Exception as exc:  # noqa: BLE001 - the window never shows a traceback
                self._failed(exc)
                return
        store, case_id = self._ws.store, self.case_id

        def work(_context: TaskContext) -> None:
            erase_on_request(store, case_id, request_id, actor=audit.current_actor())

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_finished)
        self._task = task
        self.erase_button.setEnabled(False)
        self.message.show_hint(self.tr("Erasing and overwriting the freed space…"))
        task.start()

    def _done(self, _result: object) -> None:
        self.erased.emit()
        self.accept()

    def _failed(self, error: object) -> None:
        if isinstance(error, ErasureRefused):
            self.message.show_error(shown(error))
            return
        known = store_refusal_nl(error)
        if known is None and isinstance(error, BaseException):
            reference = errors.log_unexpected(error)
            known = fill(self.tr("Nothing was erased (reference %1)."), reference)
        self.message.show_error(known or self.tr("Nothing was erased."))

    def _task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self._typed(self.confirm.text())
