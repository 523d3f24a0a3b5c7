"""Small widgets and text helpers shared by the first-run wizard and the unlock dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

ERROR_COLOUR = "#a4000f"  # dark red: readable on white, and never the only signal (icon + text)
ZERO_WIDTH_SPACE = "\u200b"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks a string for translation where it is defined; `_tr` translates it where shown."""
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


class WrapLabel(QLabel):
    """A word-wrapped label whose height follows its real width.

    A plain word-wrapped QLabel guesses its height for a narrow width, and layouts that do not
    ask for height-for-width (QWizard's page area is one) then leave big gaps under it, or clip
    long Dutch text. Once laid out, this label reports the height its text needs at its width.
    """

    def __init__(self, text: str = "", *, selectable: bool = False) -> None:
        super().__init__(text)
        self._laid_out = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self._laid_out:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self._laid_out:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width_changed = event.oldSize().width() != event.size().width()
        self._laid_out = True
        if width_changed:
            self.updateGeometry()


def wrap_label(text: str = "", *, selectable: bool = False) -> WrapLabel:
    """A plain-text label that wraps; Dutch runs long, so no label gets a fixed width."""
    return WrapLabel(text, selectable=selectable)


def heading_label(text: str) -> WrapLabel:
    label = wrap_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def breakable_path(path: Path | str) -> str:
    """A path a label can wrap: a zero-width space after every separator."""
    text = str(path)
    for sep in ("/", "\\"):
        text = text.replace(sep, sep + ZERO_WIDTH_SPACE)
    return text


def path_row(
    text: str, button_text: str, on_click: Callable[[], object]
) -> tuple[QHBoxLayout, WrapLabel, QPushButton]:
    """A file or folder on a form row: the (wrapping, selectable) path and a button to change it.

    The button never becomes the dialog's default, so Enter does not open a file chooser."""
    row = QHBoxLayout()
    label = wrap_label(text, selectable=True)
    row.addWidget(label, 1)
    button = action_button(button_text, on_click)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row, label, button


def action_button(text: str, on_click: Callable[[], object]) -> QPushButton:
    """A push button that runs `on_click` and is never the dialog's default by itself (Enter
    must not start a backup, an import or a file chooser by accident)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def available_area(widget: QWidget) -> QRect | None:
    """The desktop area the window of `widget` can use (screen minus task bar), or None.

    Asked of QGuiApplication rather than with ``widget.screen()``: PySide6 ties the QScreen
    wrapper that ``screen()`` returns to the widget's wrapper, and when a dialog that sat in a
    reference cycle is collected after Qt deleted it, the screen itself is deleted with it: the
    next window then crashes the process (seen with 6.11 in the test suite)."""
    centre = widget.mapToGlobal(widget.rect().center())
    screen = QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` × `height`, or less on a small screen (1366 × 768 with a task bar)."""
    area = available_area(widget)
    if area is not None:
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
    widget.resize(width, height)


def monospace_font(scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


class InlineMessage(QWidget):
    """A message under a field: an icon and words (never colour alone). Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = wrap_label()
        self._text.setParent(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.kind = ""
        self.hide()

    def text(self) -> str:
        return self._text.text() if self.kind else ""

    def show_error(self, text: str) -> None:
        self._show(text, "error", QStyle.StandardPixmap.SP_MessageBoxCritical, ERROR_COLOUR)

    def show_hint(self, text: str) -> None:
        self._show(text, "hint", QStyle.StandardPixmap.SP_MessageBoxInformation, "")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok", QStyle.StandardPixmap.SP_DialogApplyButton, "")

    def clear(self) -> None:
        self.kind = ""
        self._text.clear()
        self.hide()

    def _show(self, text: str, kind: str, icon: QStyle.StandardPixmap, colour: str) -> None:
        self.kind = kind
        size = self.fontMetrics().height()
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self._text.setStyleSheet(f"color: {colour};" if colour else "")
        self._text.setText(text)
        self.show()


class SecretField(QWidget):
    """A password line edit with a Show/Hide button, so people can check what they typed."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setClearButtonEnabled(False)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setText(QCoreApplication.translate("widgets", "Show"))
        self.toggle.setToolTip(QCoreApplication.translate("widgets", "Show or hide what you typed"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.returnPressed.connect(self.returnPressed)

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.line_edit.setText(text)

    def clear(self) -> None:
        self.line_edit.clear()

    def _set_visible(self, visible: bool) -> None:
        self.line_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )
        self.toggle.setText(
            QCoreApplication.translate("widgets", "Hide")
            if visible
            else QCoreApplication.translate("widgets", "Show")
        )


# --- keyring names in plain words --------------------------------------------------------------

_KEYRING_NAMES: tuple[tuple[str, str], ...] = (
    ("keyring.backends.fail", QT_TRANSLATE_NOOP("widgets", "no keyring")),
    ("keyring.backends.null", QT_TRANSLATE_NOOP("widgets", "no keyring")),
    ("keyring.backends.Windows", QT_TRANSLATE_NOOP("widgets", "Windows Credential Manager")),
    ("keyring.backends.macOS", QT_TRANSLATE_NOOP("widgets", "macOS Keychain")),
    (
        "keyring.backends.SecretService",
        QT_TRANSLATE_NOOP("widgets", "GNOME Keyring (Secret Service)"),
    ),
    ("keyring.backends.libsecret", QT_TRANSLATE_NOOP("widgets", "GNOME Keyring (libsecret)")),
    ("keyring.backends.kwallet", "KWallet"),
    ("keyring.backends.chainer", QT_TRANSLATE_NOOP("widgets", "the computer's keyring")),
)


def keyring_display_name(backend: str) -> str:
    """'Windows Credential Manager' for 'keyring.backends.Windows.WinVaultKeyring', etc."""
    for prefix, name in _KEYRING_NAMES:
        if backend.startswith(prefix):
            return _tr(name)
    return backend


def plain_keyring_reason(reason: str) -> str:
    """'keyring.backends.fail.Keyring: no keyring …' → 'the computer's keyring: no keyring …'.

    The technical backend name stays in brackets for whoever helps the user.
    """
    head, sep, rest = reason.partition(": ")
    if not sep or "." not in head or " " in head:
        return reason
    name = keyring_display_name(head)
    if name == head:
        return QCoreApplication.translate("widgets", "the keyring") + f" {head}: {rest}"
    if name == _tr("no keyring"):
        return _tr("the computer's keyring") + f" ({head}): {rest}"
    return f"{name} ({head}): {rest}"


def store_refusal_nl(error: object) -> str | None:
    """The Dutch sentence for a known refusal of the database (another Vangnet is busy, the
    disk is full, ...), or None for an unexpected error (which gets a logged reference)."""
    from app.services.store import StoreError

    return error.message_nl if isinstance(error, StoreError) else None
