"""The case list: a paged table model over `case_query`, and a delegate that draws badges.

The model never holds more than the pages the user has scrolled to; sorting and filtering are
new queries, not a proxy over all rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services import formatting
from app.services.case_query import CaseFilter, first_page, next_page
from app.services.inbox import DeadlineView, InboxRow
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.display import show_date
from app.ui.i18n import fill
from app.ui.problem_text import part

PAGE_SIZE = 100
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADGES_ROLE = Qt.ItemDataRole.UserRole + 2
#: the tone (a key of TONES) of the deadline cell: what its colour and symbol say, as data
TONE_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    "priority",
    "name",
    "deadline",
    "flags",
    "corporation",
    "signal",
    "reference",
    "status",
    "assignee",
)
SORTABLE = {"deadline": "due", "signal": "signal_date"}

# Colours always come with a text and an icon-like symbol: never colour alone.
TONES = {
    "overdue": (QColor("#b3261e"), QColor("#fde8e7"), "⚠"),
    "today": (QColor("#8a4b00"), QColor("#fff1d6"), "●"),
    "soon": (QColor("#7a5b00"), QColor("#fff8dc"), "◔"),
    "open": (QColor("#1f5130"), QColor("#e8f3ec"), "○"),
    "met": (QColor("#3d4a52"), QColor("#eef1f3"), "✓"),
    # no longer running: the case ended, or a fixed date set by others is behind us
    "past": (QColor("#3d4a52"), QColor("#eef1f3"), "–"),
    # a fixed date set by others (eviction, bailiff) on its own scale from the covenant
    # profile (issue 16.4): never the green of a term that is fine
    "critical": (QColor("#b3261e"), QColor("#fde8e7"), "▲"),
    "urgent": (QColor("#8a3c00"), QColor("#ffe3c7"), "◆"),
    "attention": (QColor("#7a5b00"), QColor("#fff8dc"), "◇"),
    "planned": (QColor("#1d3f66"), QColor("#e6eef8"), "◷"),
}
#: tones of a fixed date still ahead, nearest first
PROXIMITY_TONES = ("critical", "urgent", "attention", "planned")


def countdown(d: DeadlineView) -> str:
    """'nog 3 werkdagen' for a term; 'ontruiming over 7 werkdagen (ma 14 dec)' for a fixed
    date, which names itself."""
    if d.fixed:
        locale = i18n.babel_locale()  # the date inside in the window's language
        return part(
            formatting.fixed_date(
                d.fixed, d.due, d.status, d.working_days_left, d.days_left, locale
            )
        )
    return part(formatting.countdown(d.working_days_left, d.status))


def tone(d: DeadlineView | None) -> str:
    if d is None:
        return "met"
    if d.fixed and d.status == "open":
        return d.proximity if d.proximity in PROXIMITY_TONES else "planned"
    if d.status == "overdue":
        return "overdue"
    if d.status in ("stopped", "passed"):
        return "past"
    if d.status in ("met", "late"):
        return "met"
    if d.working_days_left == 0:
        return "today"
    return "soon" if d.working_days_left <= 2 else "open"


class CaseTableModel(QAbstractTableModel):
    """Rows of one view (inbox, mine, week, troubleshooter, closed), fetched 100 at a time."""

    def __init__(self, workspace: Workspace, case_filter: CaseFilter, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._filter = case_filter
        self._rows: list[InboxRow] = []
        self._total = 0
        self._exhausted = False
        self.on_reloaded: Callable[[int], None] | None = None
        self.reload()

    # --- loading -------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        today = self._ws.today()
        self._total, self._rows = first_page(self._ws, self._filter, today, PAGE_SIZE)
        self._exhausted = len(self._rows) >= self._total
        self.endResetModel()
        if self.on_reloaded:
            self.on_reloaded(self._total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        more = next_page(self._ws, self._filter, self._ws.today(), len(self._rows), PAGE_SIZE)
        if not more:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        self._exhausted = len(self._rows) >= self._total

    def row_at(self, row: int) -> InboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model contract ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in SORTABLE:
            return self.tr("Click to sort by this column; click again to reverse.")
        return None

    def _header(self, column: str) -> str:
        return {
            "priority": self.tr("Priority"),
            "name": self.tr("Tenant"),
            "deadline": self.tr("Next deadline"),
            "corporation": self.tr("Corporation"),
            "reference": self.tr("Reference"),
            "signal": self.tr("Signal date"),
            "flags": self.tr("Signals"),
            "status": self.tr("Status"),
            "assignee": self.tr("Assigned to"),
        }[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == BADGES_ROLE:
            if column == "priority":
                badges = [labels.reason(r) for r in row.priority_reasons]
                eviction = row.shown_eviction_date  # none once the case has ended
                if eviction:
                    badges.insert(0, fill(self.tr("eviction %1"), show_date(eviction)))
                return badges
            if column == "flags":
                return [labels.flag(f) for f in row.flags]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == TONE_ROLE and column == "deadline":
            return tone(row.next_deadline)
        if column == "deadline" and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            fg, bg, _ = TONES[tone(row.next_deadline)]
            return QBrush(fg if role == Qt.ItemDataRole.ForegroundRole else bg)
        if column == "deadline" and role == Qt.ItemDataRole.FontRole:
            nxt = row.next_deadline
            if nxt and tone(nxt) in ("overdue", "critical"):
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) or ", ".join(self.data(index, BADGES_ROLE) or [])
        return None

    def _display(self, row: InboxRow, column: str) -> str:
        if column == "priority":
            return ""  # drawn as badges
        if column == "name":
            return row.name + (self.tr(" (DEMO)") if row.is_demo else "")
        if column == "deadline":
            nxt = row.next_deadline
            if nxt is None:
                return self.tr("— no open deadline")
            symbol = TONES[tone(nxt)][2]
            if nxt.fixed:  # "ontruiming over 7 werkdagen (ma 14 dec)" names itself
                return f"{symbol} {countdown(nxt)}"
            return f"{symbol} {countdown(nxt)} · {labels.deadline_short(nxt.id)}"
        if column == "corporation":
            return row.corporation
        if column == "reference":
            return row.reference
        if column == "signal":
            return show_date(row.signal_date)
        if column == "flags":
            return ""
        if column == "status":
            return labels.status(row.status)
        if column == "assignee":
            return row.assignee or "—"
        return ""

    def _tooltip(self, row: InboxRow, column: str) -> str:
        if column == "deadline" and row.next_deadline:
            d = row.next_deadline
            if d.fixed:
                return self.fixed_date_tooltip(d)
            return fill(
                self.tr("%1, due %2 (%3): %4"),
                labels.deadline(d.id),
                show_date(d.due),
                d.article,
                countdown(d),
            )
        if column == "flags" and row.flags:
            return "\n".join(labels.flag_long(f) for f in row.flags)
        if column == "priority" and row.priority_reasons:  # every badge, also those cut off
            reasons = ", ".join(labels.reason_long(r) for r in row.priority_reasons)
            return fill(self.tr("Priority: %1"), reasons) + "\n\n" + self.why_here(row)
        return self.why_here(row)

    def fixed_date_tooltip(self, d: DeadlineView) -> str:
        """'Eviction date 14-12-2026 (H 8.1, 8.2): ontruiming over 7 werkdagen (ma 14 dec)' and,
        while ahead, where it stands on its scale and why the scale is what it is."""
        text = fill(
            self.tr("%1 %2 (%3): %4"),
            labels.deadline(d.id),
            show_date(d.due),
            d.article,
            countdown(d),
        )
        rule = self._ws.ctx.profile.term(d.id)
        if d.status == "open" and rule is not None and rule.proximity is not None:
            scale = rule.proximity
            text += "\n" + labels.proximity_long(
                tone(d), scale.critical, scale.urgent, scale.attention
            )
            text += "\n" + scale.basis
        return text

    def why_here(self, row: InboxRow) -> str:
        """Why the case is where it is in the inbox order (the ranking contract, in words)."""
        lines = [self.tr("Why this place in the list:")]
        if row.shown_eviction_date:
            lines.append(
                fill(self.tr(
                    "1. An eviction date is known (%1): these cases come first, "
                    "soonest eviction first."
                ), show_date(row.shown_eviction_date))
            )
        elif row.priority_reasons:
            reasons = ", ".join(labels.reason_long(r) for r in row.priority_reasons)
            lines.append(fill(self.tr("2. Priority (H 3.6): %1."), reasons))
        else:
            lines.append(self.tr("2. No priority reason: after the priority cases."))
        nxt = row.next_deadline
        if nxt:
            lines.append(
                fill(
                    self.tr("3. Earliest open deadline: %1 on %2."),
                    labels.deadline(nxt.id),
                    show_date(nxt.due),
                )
            )
        else:
            lines.append(self.tr("3. No open deadline."))
        lines.append(
            fill(self.tr("4. Then by signal date (%1)."), show_date(row.signal_date))
        )
        return "\n".join(lines)


class BadgeDelegate(QStyledItemDelegate):
    """Draws a list of short texts as rounded badges (text, never colour alone)."""

    COLOURS = {
        "default": (QColor("#e3ecf7"), QColor("#163a63")),
        "eviction": (QColor("#fde8e7"), QColor("#8c1d18")),
        "flag": (QColor("#fff1d6"), QColor("#6b3d00")),
    }

    def __init__(self, style: str = "default", parent: Any = None) -> None:
        super().__init__(parent)
        self._style = style

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BADGES_ROLE) or []
        super().paint(painter, option, index)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 4
        y = option.rect.y() + (option.rect.height() - height) // 2
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        for i, text in enumerate(badges):
            kind = self._style
            if self._style == "default" and i == 0 and index.data(CASE_ID_ROLE) is not None:
                kind = "eviction" if text.startswith(("ontruiming", "eviction")) else "default"
            bg, fg = self.COLOURS[kind]
            width = metrics.horizontalAdvance(text) + 12
            rect = QRect(x, y, width, height)
            rest = len(badges) - i - 1
            # never drop a badge silently: what does not fit is counted, "+2" (all in the tooltip);
            # the first (the eviction date, when known) is always drawn, shortened if need be
            more = metrics.horizontalAdvance(f"+{rest}") + 16 if rest else 0
            if i == 0 and rect.right() + more > option.rect.right() - 2:
                room = max(option.rect.right() - 2 - more - x, 24)
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - 12)
                width = min(width, room)
                rect = QRect(x, y, width, height)
            elif rect.right() + more > option.rect.right() - 2:
                hidden = f"+{len(badges) - i}"
                rect = QRect(x, y, metrics.horizontalAdvance(hidden) + 12, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#d5dce2"))
                painter.drawRoundedRect(rect, height / 2, height / 2)
                painter.setPen(QColor("#1d262d"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, hidden)
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg if not selected else option.palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(fg)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        badges = index.data(BADGES_ROLE) or []
        metrics = option.fontMetrics
        width = sum(metrics.horizontalAdvance(t) + 16 for t in badges) + 8
        return QSize(max(width, 40), metrics.height() + 12)
