"""The breach register in the window (issue 15.3, reglement article 9): the list with its two
countdowns (24 hours to tell the other parties, PR 9.1; 72 hours for the Autoriteit
Persoonsgegevens, AVG 33), and forms to record a breach, to note that the parties were told, to
record the decision on reporting, and to print the register.

Every change goes through :mod:`app.services.breaches`; a refusal is shown in Dutch under the
field it names and the form stays open, with nothing changed. After a change the main window's
banner is refreshed at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Breach
from app.services import audit, breaches
from app.services.breaches import TEMPLATES, BreachProblem, Term
from app.services.letters.files import FolderProblem, write_atomically
from app.services.workspace import Workspace
from app.ui.i18n import fill
from app.ui.problem_text import shown
from app.ui.widgets import (
    InlineMessage,
    action_button,
    fit_to_screen,
    heading_label,
    store_refusal_nl,
    wrap_label,
)

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

_FOLDER_SETTING = "breaches/folder"
_TIME_FORMAT = "dd-MM-yyyy HH:mm"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment is not None else "—"


def _datetime_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_TIME_FORMAT)
    return edit


def _moment(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0)


class _Form(QDialog):
    """A form whose OK runs `save`; a refusal is shown under the field it names and the form
    stays open. `messages` maps a service field name to the message under its widget."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.messages: dict[str, InlineMessage] = {}
        self.general = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *names: str) -> None:
        """A labelled field with its own message line, for the service's field `names`."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        message = InlineMessage()
        layout.addWidget(message)
        for name in names:
            self.messages[name] = message
        caption = wrap_label(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)

    def clear_messages(self) -> None:
        for message in (*self.messages.values(), self.general):
            message.clear()

    def show_problem(self, problem: BreachProblem) -> None:
        self.messages.get(problem.field, self.general).show_error(problem.dutch)

    def save(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_messages()
        try:
            self.save()
        except BreachProblem as problem:
            self.show_problem(problem)
            return
        except Exception as exc:  # a busy or damaged database: said, never a traceback
            known = store_refusal_nl(exc)
            if known is None:
                raise
            self.general.show_error(known)
            return
        self.accept()


class RecordBreachForm(_Form):
    """Fields a–j of PR 9.3; the three common cases come with a first text for every field,
    the same as `vangnet breach add --kind`."""

    TEXT_FIELDS = (
        "nature", "subjects", "data_kinds", "protection_note", "contact", "consequences",
        "measures",
    )

    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = ws
        self.breach_id = 0  # the breach recorded, once saved
        self.setWindowTitle(self.tr("Record a breach"))
        now = breaches.now_to_the_second()
        self.kind = QComboBox()
        for code, text in (
            ("lost_device", self.tr("Laptop or other device lost or stolen")),
            ("wrong_recipient", self.tr("Letter or e-mail sent to the wrong recipient")),
            ("damaged_database", self.tr("Database damaged (data not available)")),
            ("other", self.tr("Something else")),
        ):
            self.kind.addItem(text, code)
        self.discovered = _datetime_edit(now)
        self.occurred_known = QComboBox()
        self.occurred_known.addItem(self.tr("Not known"), False)
        self.occurred_known.addItem(self.tr("Known:"), True)
        self.occurred = _datetime_edit(now)
        self.occurred.setEnabled(False)
        self.occurred_known.currentIndexChanged.connect(
            lambda _i: self.occurred.setEnabled(bool(self.occurred_known.currentData()))
        )
        self.protection = QComboBox()
        for code, text in (
            ("encrypted", self.tr("Yes, encrypted")),
            ("not_encrypted", self.tr("No, not encrypted")),
            ("unknown", self.tr("Not known")),
        ):
            self.protection.addItem(text, code)
        self.texts: dict[str, QPlainTextEdit | QLineEdit] = {
            name: QLineEdit() if name == "contact" else QPlainTextEdit()
            for name in self.TEXT_FIELDS
        }
        for edit in self.texts.values():
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.texts["contact"].setPlaceholderText(
            self.tr("e.g. privacy officer, 023-511 00 00")
        )

        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_row(form, self.tr("What happened"), self.kind, "kind")
        self.add_row(form, self.tr("a. Nature, cause and extent"), self.texts["nature"],
                     "nature")
        occurred = QWidget()
        row = QVBoxLayout(occurred)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.occurred_known)
        row.addWidget(self.occurred)
        self.add_row(form, self.tr("b. When it happened"), occurred, "occurred")
        self.add_row(form, self.tr("c. When it was found"), self.discovered, "discovered")
        self.add_row(form, self.tr("d. People concerned"), self.texts["subjects"], "subjects")
        self.add_row(form, self.tr("e. Kinds of personal data"), self.texts["data_kinds"],
                     "data_kinds")
        self.add_row(form, self.tr("f. Was the data encrypted?"), self.protection, "protection")
        self.add_row(form, self.tr("f. How it was protected"), self.texts["protection_note"],
                     "protection_note")
        self.add_row(form, self.tr("g. Who can tell more"), self.texts["contact"], "contact")
        self.add_row(form, self.tr("h. Consequences"), self.texts["consequences"],
                     "consequences")
        self.add_row(form, self.tr("i. Measures taken or proposed"), self.texts["measures"],
                     "measures")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        outer = QVBoxLayout(self)
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Describe the incident; never name the tenants. The common cases come "
                    "with a first text for every field: check and correct each one. "
                    "j. (reporting to the Autoriteit Persoonsgegevens) is decided afterwards."
                )
            )
        )
        outer.addWidget(scroll, 1)
        outer.addWidget(self.general)
        outer.addWidget(self.buttons)
        self._filled: dict[str, str] = {}
        self.kind.currentIndexChanged.connect(lambda _i: self.fill_template())
        self.fill_template()
        fit_to_screen(self, 820, 760)

    def _text(self, name: str) -> str:
        edit = self.texts[name]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def fill_template(self) -> None:
        """The kind's first texts, in every field the user has not changed."""
        template = TEMPLATES[str(self.kind.currentData())]
        for name, edit in self.texts.items():
            if self._text(name) not in ("", self._filled.get(name, "")):
                continue  # typed by the user: kept
            value = template.get(name, "")
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
            self._filled[name] = value
        index = self.protection.findData(template.get("protection", "unknown"))
        self.protection.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        fields = {name: self._text(name) for name in self.TEXT_FIELDS}
        fields["protection"] = str(self.protection.currentData())
        occurred = _moment(self.occurred) if self.occurred_known.currentData() else None
        with self._ws.store.transaction() as session:
            breach = breaches.add_breach(
                session,
                kind=str(self.kind.currentData()),
                discovered_at=_moment(self.discovered),
                occurred_at=occurred,
                fields=fields,
                actor=self._ws.actor,
            )
            self.breach_id = breach.id


class PartiesInformedForm(_Form):
    """PR 9.1: when the other parties were told, and whom and how."""

    def __init__(self, ws: Workspace, breach_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = ws
        self._breach_id = breach_id
        self.setWindowTitle(self.tr("The other parties were told"))
        self.at = _datetime_edit(breaches.now_to_the_second())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. by e-mail to the privacy officers of the "
                                             "corporations and SDV"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_row(form, self.tr("When"), self.at, "informed")
        self.add_row(form, self.tr("Whom and how"), self.note, "parties_note")
        outer = QVBoxLayout(self)
        outer.addWidget(
            wrap_label(
                fill(self.tr("Breach %1: the privacy reglement (art. 9.1) asks to tell the other "
                        "parties within 24 hours of finding it."), str(breach_id))
            )
        )
        outer.addLayout(form)
        outer.addWidget(self.general)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 620, 300)

    def save(self) -> None:
        with self._ws.store.transaction() as session:
            breaches.parties_informed(
                session, self._breach_id, at=_moment(self.at), note=self.note.text(),
                actor=self._ws.actor,
            )


class ApDecisionForm(_Form):
    """j: reported to the Autoriteit Persoonsgegevens or not, and why (the why is required)."""

    def __init__(self, ws: Workspace, breach_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = ws
        self._breach_id = breach_id
        self.setWindowTitle(self.tr("Decision on reporting to the Autoriteit Persoonsgegevens"))
        self.notified = QRadioButton(self.tr("Reported to the Autoriteit Persoonsgegevens"))
        self.not_notified = QRadioButton(self.tr("Not reported"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.notified)
        self.choice.addButton(self.not_notified)
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notified)
        column.addWidget(self.not_notified)
        self.notified_at = _datetime_edit(breaches.now_to_the_second())
        self.notified_at.setEnabled(False)
        self.notified.toggled.connect(self.notified_at.setEnabled)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_row(form, self.tr("Decision"), choices, "ap")
        self.add_row(form, self.tr("Reported on"), self.notified_at, "ap_notified_at")
        self.add_row(form, self.tr("Reason"), self.reason, "ap_reason")
        outer = QVBoxLayout(self)
        outer.addWidget(
            wrap_label(
                fill(self.tr("Breach %1: a breach that must be reported goes to the Autoriteit "
                        "Persoonsgegevens within 72 hours of finding it (AVG art. 33). Record "
                        "the decision and why, also when you do not report it."), str(breach_id))
            )
        )
        outer.addLayout(form)
        outer.addWidget(self.general)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 640, 420)

    def save(self) -> None:
        decision = (
            "notified" if self.notified.isChecked()
            else "not_notified" if self.not_notified.isChecked()
            else "undecided"
        )
        with self._ws.store.transaction() as session:
            breaches.decide_ap(
                session,
                self._breach_id,
                decision=decision,
                reason=self.reason.toPlainText(),
                notified_at=_moment(self.notified_at) if decision == "notified" else None,
                actor=self._ws.actor,
            )


class BreachDialog(QDialog):
    """The register, newest discovery first, with the open terms counted down."""

    COLUMNS = 6

    def __init__(self, ws: Workspace, window: MainWindow) -> None:
        super().__init__(window)
        self._ws = ws
        self._window = window
        self.ids: list[int] = []
        self.setWindowTitle(self.tr("Breach register"))
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.tr("Breach register")))
        outer.addWidget(
            wrap_label(
                self.tr(
                    "Every breach of personal data, with fields a–j of the privacy reglement "
                    "(art. 9.3). Tell the other parties within 24 hours of finding a breach; "
                    "report a breach that must be reported to the Autoriteit "
                    "Persoonsgegevens within 72 hours."
                )
            )
        )
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Found"),
                self.tr("Tell the parties\n(24 h)"),
                self.tr("Autoriteit\nPersoonsgegevens (72 h)"),
                self.tr("Decision"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Breaches"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        outer.addWidget(self.table, 1)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.add_button = action_button(self.tr("&Record a breach…"), self.record_breach)
        self.informed_button = action_button(self.tr("&Parties informed…"), self.parties_informed)
        self.decide_button = action_button(self.tr("&Decision on reporting…"), self.decide_ap)
        self.print_button = action_button(self.tr("Print the &register…"), self.choose_and_print)
        close = action_button(self.tr("Close"), self.reject)
        for button in (self.add_button, self.informed_button, self.decide_button,
                       self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(buttons)
        self.reload()
        fit_to_screen(self, 1100, 600)

    # --- the list ----------------------------------------------------------------------------

    def kind_text(self, kind: str) -> str:
        return {
            "lost_device": self.tr("Device lost or stolen"),
            "wrong_recipient": self.tr("Sent to the wrong recipient"),
            "damaged_database": self.tr("Database damaged"),
            "other": self.tr("Something else"),
        }.get(kind, kind)

    def decision_text(self, breach: Breach) -> str:
        if breach.ap_decision == "notified":
            return fill(self.tr("Reported on %1"), _when(breach.ap_notified_at))
        if breach.ap_decision == "not_notified":
            return self.tr("Not reported")
        return self.tr("Not yet decided")

    def term_text(self, term: Term | None, now: datetime) -> str:
        if term is None:
            return self.tr("Not needed (not reported)")
        if term.done is not None:
            return fill(self.tr("Done %1"), _when(term.done))
        minutes = int(term.hours_left(now) * 60)
        span = fill(self.tr("%1 h %2 min"), str(abs(minutes) // 60), str(abs(minutes) % 60))
        text = (
            self.tr("%1 left\n(by %2)") if minutes >= 0 else self.tr("%1 OVERDUE\n(was %2)")
        )
        return fill(text, span, _when(term.due))

    def reload(self) -> None:
        now = breaches.now_to_the_second()
        chosen = self.selected_id()
        with self._ws.store.session() as session:
            rows = []
            for breach in breaches.register(session):
                terms = {t.name: t for t in breaches.terms(breach)}
                rows.append((
                    breach.id,
                    (
                        str(breach.id),
                        self.kind_text(breach.kind),
                        _when(breach.discovered_at),
                        self.term_text(terms.get("parties"), now),
                        self.term_text(terms.get("ap"), now),
                        self.decision_text(breach),
                    ),
                    {
                        column: term.is_open() and term.due < now
                        for column, term in ((3, terms.get("parties")), (4, terms.get("ap")))
                        if term is not None
                    },
                ))
        self.ids = [breach_id for breach_id, _, _ in rows]
        self.table.setRowCount(len(rows))
        for row, (_, cells, overdue) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if overdue.get(column):  # past its term: not to be missed
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if chosen in self.ids:
            self.table.selectRow(self.ids.index(chosen))
        elif self.ids:
            self.table.selectRow(0)
        self.print_button.setEnabled(True)
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows or not self.ids:
            return None
        return self.ids[min(rows)]

    def select(self, breach_id: int) -> None:
        self.table.selectRow(self.ids.index(breach_id))

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.informed_button.setEnabled(chosen)
        self.decide_button.setEnabled(chosen)

    # --- changes -------------------------------------------------------------------------------

    def _changed(self, text: str, breach_id: int | None = None) -> None:
        self.reload()
        if breach_id is not None:
            self.select(breach_id)
        self.message.show_ok(text)
        self._window.show_breach_terms()

    def _run(self, form: _Form, done: Callable[[], None]) -> None:
        if form.exec() == QDialog.DialogCode.Accepted:
            done()
        form.deleteLater()

    def record_form(self) -> RecordBreachForm:
        return RecordBreachForm(self._ws, self)

    def record_breach(self) -> None:
        form = self.record_form()
        self._run(
            form,
            lambda: self._changed(
                fill(
                    self.tr("Breach %1 recorded. Tell the other parties within 24 hours."),
                    str(form.breach_id),
                ),
                form.breach_id,
            ),
        )

    def parties_informed(self) -> None:
        breach_id = self.selected_id()
        if breach_id is None:
            return
        self._run(
            PartiesInformedForm(self._ws, breach_id, self),
            lambda: self._changed(
                fill(self.tr("Breach %1: the other parties were told."), str(breach_id)),
                breach_id,
            ),
        )

    def decide_ap(self) -> None:
        breach_id = self.selected_id()
        if breach_id is None:
            return
        self._run(
            ApDecisionForm(self._ws, breach_id, self),
            lambda: self._changed(
                fill(
                    self.tr("Breach %1: the decision on the Autoriteit Persoonsgegevens is kept."),
                    str(breach_id),
                ),
                breach_id,
            ),
        )

    # --- printing ------------------------------------------------------------------------------

    def choose_and_print(self) -> None:
        settings = QSettings("Vangnet", "Vangnet")
        folder = str(settings.value(_FOLDER_SETTING, str(Path.home())))
        name = f"datalekregister-{self._ws.today().isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print the breach register"), str(Path(folder) / name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if self.print_to(path):
            settings.setValue(_FOLDER_SETTING, str(path.parent))

    def print_to(self, path: Path) -> bool:
        from app.services.breach_register import register_pdf

        now = breaches.now_to_the_second()
        try:
            with self._ws.store.session() as session:
                pdf = register_pdf(breaches.register(session), office=self._ws.office_name,
                                   printed_at=now)
            write_atomically(path, pdf)
            with self._ws.store.transaction() as session:
                audit.record(session, "export", "breach_register", "-", detail="pdf",
                             actor=self._ws.actor)
        except FolderProblem as problem:
            self.message.show_error(shown(problem))
            return False
        except Exception as exc:
            known = store_refusal_nl(exc)
            if known is None:
                raise
            self.message.show_error(known)
            return False
        self.message.show_ok(fill(self.tr("The register was saved as %1."), str(path)))
        return True
