"""The small forms of the requests window (issue 15.2, 15.4): one field per row, a word-wrapped
explanation on top, and the service's refusal shown in the form itself, which then stays open
with everything the worker typed (nothing was changed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.event_dialog import pydate, qdate
from app.ui.widgets import InlineMessage, fit_to_screen, wrap_label

#: gets the form, saves; returns the Dutch refusal, or None when saved
Submit = Callable[["RequestForm"], "str | None"]


class RequestForm(QDialog):
    """A form whose OK button saves through `submit`; a refusal keeps it open."""

    def __init__(self, title: str, intro: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(wrap_label(intro))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # Dutch runs long
        outer.addLayout(self.form)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label)  # on its own row above the field: the whole width is its own
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self.fields[key] = widget

    def add_date(self, key: str, label: str, value: date, *, latest: date | None = None,
                 earliest: date | None = None) -> QDateEdit:
        edit = QDateEdit(qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        if latest is not None:
            edit.setMaximumDate(qdate(latest))
        if earliest is not None:
            edit.setMinimumDate(qdate(earliest))
        self._row(key, label, edit)
        return edit

    def add_line(self, key: str, label: str, value: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        self._row(key, label, edit)
        return edit

    def add_text(self, key: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self._row(key, label, edit)
        return edit

    def add_combo(self, key: str, label: str, choices: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in choices:
            combo.addItem(text, data)
        self._row(key, label, combo)
        return combo

    def add_check(self, key: str, text: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        self.form.addRow(box)
        self.fields[key] = box
        return box

    def value(self, key: str) -> object:
        """The field's value: a date, a stripped text, the combo's data or a bool."""
        widget = self.fields[key]
        if isinstance(widget, QDateEdit):
            return pydate(widget.date())
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise KeyError(key)

    def text(self, key: str) -> str:
        return str(self.value(key))

    def day(self, key: str) -> date:
        found = self.value(key)
        assert isinstance(found, date)
        return found

    def flag(self, key: str) -> bool:
        return bool(self.value(key))

    def save(self) -> None:
        refusal = self._submit(self)
        if refusal is None:
            self.accept()
        else:
            self.message.show_error(refusal)

    def fit(self) -> None:
        fit_to_screen(self, 560, max(260, self.sizeHint().height() + 40))
