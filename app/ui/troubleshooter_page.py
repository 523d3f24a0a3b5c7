"""The troubleshooter's desk (H 8): every open case with an eviction date, soonest first, then
the cases handed to the troubleshooter without one (H 2.3), with the reason.

A table of the cases (eviction date and time left, tenant, corporation and reference, bailiff
date, warnings) and, for the selected case, what was tried, the last actions and whom to call at
the corporation (from the shared contact list). Enter or a double click opens the case.

Under the Sluitende Aanpak (Amsterdam, A 1.13) a planned bailiff without any instrument deployed
is shown prominently: the bailiff may not be engaged yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.troubleshooter_desk import Action, EvictionCase, desk_cases
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.display import show_weekday_date
from app.ui.i18n import fill

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: the tone of the date cells ("critical", "urgent", "attention", "planned", "passed", "met",
#: "called_in"): what the colour and symbol say, as data
TONE_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("eviction", "left", "tenant", "corporation", "bailiff", "warnings")

# Colour always comes with a symbol and words (never colour alone). How close an eviction or
# bailiff date is follows the covenant profile's own scale for it (issue 16.4): red, orange,
# amber, then "planned" in blue — never the green of "all is well".
URGENT = (QColor("#b3261e"), QColor("#fde8e7"), "⚠")
CLOSE = (QColor("#8a3c00"), QColor("#ffe3c7"), "◆")
APPROACHING = (QColor("#7a5b00"), QColor("#fff8dc"), "◇")
PLANNED = (QColor("#1d3f66"), QColor("#e6eef8"), "◷")
PAST = (QColor("#ffffff"), QColor("#7a1f1a"), "✖")
AVERTED = (QColor("#3d4a52"), QColor("#eef1f3"), "✓")
CALLED_IN = (QColor("#1d3f66"), QColor("#e6eef8"), "➜")
BLOCKED_FG = QColor("#8c1d18")
TONES = {
    "critical": URGENT,
    "urgent": CLOSE,
    "attention": APPROACHING,
    "planned": PLANNED,
    "passed": PAST,
    "met": AVERTED,
    "called_in": CALLED_IN,
}


class DeskTable(QTableWidget):
    """Enter opens the current case."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.item(self.currentRow(), 0)
            if item is not None:
                self.open_requested.emit(int(item.data(CASE_ID_ROLE)))
                return
        super().keyPressEvent(event)


class TroubleshooterPage(QWidget):
    """The desk. ``open_case`` asks the window to open a case; ``handover_requested`` to hand
    the selected case over (see ``selected_cases``)."""

    open_case = Signal(int)
    handover_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.cases: list[EvictionCase] = []

        heading = QLabel(self.tr("Troubleshooter"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every open case with an eviction date, soonest first (H 8): the troubleshooter "
                "acts on each. Below them, the cases handed to the troubleshooter without an "
                "eviction date (H 2.3). Select a case to see what was tried and whom to call at "
                "the corporation; press Enter to open it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageIntro")

        self.show_past = QCheckBox(self.tr("Show &past eviction dates"))
        self.show_past.setToolTip(
            self.tr("Also list open cases whose eviction date has already passed.")
        )
        self.show_past.toggled.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        controls = QHBoxLayout()
        controls.addWidget(self.show_past)
        controls.addStretch(1)
        controls.addWidget(self.count)

        self.table = DeskTable(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self._header(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Cases for the troubleshooter"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # long Dutch warnings wrap onto a second line rather than being cut off
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(30)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setTabKeyNavigation(False)
        # dates and time left as wide as their words; names and warnings share the rest and
        # wrap, so nothing hides behind a horizontal scroll bar on a small laptop screen
        header = self.table.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if name in ("tenant", "corporation", "warnings")
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self.open_case)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("pageIntro")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.detail = QTextBrowser()
        self.detail.setObjectName("deskDetail")
        self.detail.setAccessibleName(self.tr("What was tried and whom to call"))
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumHeight(160)
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.clicked.connect(self._open_current)
        self.handover_button = QPushButton(self.tr("H&and over…"))
        self.handover_button.setToolTip(
            self.tr("Hand this case over to the wijkteam, SDV or troubleshooter on another laptop")
        )
        self.handover_button.clicked.connect(self._handover_current)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.open_button)
        detail_buttons.addWidget(self.handover_button)
        detail_buttons.addStretch(1)
        detail_side = QWidget()
        dl = QVBoxLayout(detail_side)
        dl.setContentsMargins(0, 6, 0, 0)
        dl.addWidget(self.detail, 1)
        dl.addLayout(detail_buttons)

        table_side = QWidget()
        tl = QVBoxLayout(table_side)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.empty, 1)

        # the table over the whole width (Dutch runs long), the selected case below it
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(detail_side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 390])

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)
        # Loaded when shown (MainWindow.show_view), not when the window is built: start-up stays
        # fast however many cases have an eviction date.

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the database, keeping the selected case selected if it is still there."""
        keep = self.current_case_id()
        today = self._ws.today()
        self.cases = desk_cases(self._ws, today, include_past=self.show_past.isChecked())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            for column, name in enumerate(COLUMNS):
                self.table.setItem(row, column, self._item(case, name))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.count.setText(self.tr("%n case(s)", "", len(self.cases)))
        has_rows = bool(self.cases)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(
            self.tr("No open case has an eviction date or was handed to the troubleshooter.")
            if self.show_past.isChecked()
            else self.tr(
                "No open case has an eviction date today or later or was handed to the "
                "troubleshooter. Tick “Show past eviction dates” to see cases whose date has "
                "passed."
            )
        )
        row = next((r for r, c in enumerate(self.cases) if c.case_id == keep), 0)
        if has_rows:
            self.table.selectRow(row)
        self._selection_changed()

    def current_case(self) -> EvictionCase | None:
        row = self.table.currentRow()
        if not self.cases or not 0 <= row < len(self.cases):
            return None
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.cases[row]

    def current_case_id(self) -> int | None:
        case = self.current_case() if hasattr(self, "table") else None
        return case.case_id if case else None

    def selected_cases(self) -> list[tuple[int, str]]:
        case = self.current_case()
        return [(case.case_id, case.tenant_name)] if case else []

    # --- the table -------------------------------------------------------------------------

    def _header(self, column: str) -> str:
        return {
            "eviction": self.tr("Eviction date"),
            "left": self.tr("Time left"),
            "tenant": self.tr("Tenant"),
            "corporation": self.tr("Corporation"),
            "bailiff": self.tr("Bailiff"),
            "warnings": self.tr("Signals"),
        }[column]

    def _item(self, case: EvictionCase, column: str) -> QTableWidgetItem:
        item = QTableWidgetItem(self._cell_text(case, column))
        item.setData(CASE_ID_ROLE, case.case_id)
        if column in ("eviction", "left"):
            fg, bg, _ = self._tone(case)
            item.setForeground(QBrush(fg))
            item.setBackground(QBrush(bg))
            item.setData(TONE_ROLE, self.tone_name(case))
            if self._tone(case) in (PAST, URGENT):
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(self._time_left_long(case))
        elif column == "bailiff" and case.bailiff_proximity:
            fg, bg, _ = TONES.get(case.bailiff_proximity, PLANNED)
            item.setForeground(QBrush(fg))
            item.setBackground(QBrush(bg))
            item.setData(TONE_ROLE, case.bailiff_proximity)
            item.setToolTip(self._bailiff_long(case))
        elif column == "warnings" and case.flags:
            item.setToolTip("\n".join(labels.flag_long(f) for f in case.flags))
            if "bailiff_blocked" in case.flags:
                item.setForeground(QBrush(BLOCKED_FG))
                font = QFont()
                font.setBold(True)
                item.setFont(font)
        elif column == "tenant":
            item.setToolTip(self.tr("Double-click or press Enter to open the case"))
        return item

    def _cell_text(self, case: EvictionCase, column: str) -> str:
        if column == "eviction":
            return show_weekday_date(case.eviction_date) if case.eviction_date else "—"
        if column == "left":
            return f"{self._tone(case)[2]} {self._time_left(case)}"
        if column == "tenant":
            return case.tenant_name
        if column == "corporation":
            return f"{case.corporation} · {case.reference}"
        if column == "bailiff":
            if case.bailiff_date is None:
                return "—"
            symbol = TONES.get(case.bailiff_proximity, PLANNED)[2]
            return f"{symbol} {show_weekday_date(case.bailiff_date)}"
        if column == "warnings":
            return " · ".join(self._flag_text(f, short=True) for f in case.flags)
        return ""

    def tone_name(self, case: EvictionCase) -> str:
        """How close the eviction date is on the profile's scale ("critical" … "planned"),
        "passed", "met" (averted), or "called_in" for a case without a date."""
        if case.days_left is None or case.working_days_left is None:
            return "called_in"
        if case.days_left < 0 and case.proximity != "met":
            return "passed"
        return case.proximity or "planned"

    def _tone(self, case: EvictionCase) -> tuple[QColor, QColor, str]:
        return TONES.get(self.tone_name(case), PLANNED)

    def _call_in_reason(self, case: EvictionCase) -> str:
        reason = case.called_in.reason if case.called_in else ""
        return {
            "specifieke_vraag": self.tr("specific question (H 2.3a)"),
            "stagnatie": self.tr("stuck case (H 2.3b)"),
        }.get(reason, self.tr("handed over (H 2.3)"))

    def _time_left(self, case: EvictionCase) -> str:
        """'in 22 days (16 working days)', 'today', 'passed 3 days ago'; for a case called in
        without an eviction date, why it was."""
        if case.days_left is None or case.working_days_left is None:
            return fill(self.tr("no eviction date: %1"), self._call_in_reason(case))
        if case.days_left == 0:
            return self.tr("today")
        days = self.tr("%n day(s)", "", abs(case.days_left))
        if case.days_left < 0:
            return fill(self.tr("passed %1 ago"), days)
        working = self.tr("%n working day(s)", "", case.working_days_left)
        return fill(self.tr("in %1 (%2)"), days, working)

    def _time_left_long(self, case: EvictionCase) -> str:
        if case.days_left is None or case.working_days_left is None:
            return self._called_in_text(case)
        if case.days_left < 0:
            return fill(self.tr("The eviction date has passed: %1."), self._time_left(case))
        return self._time_left(case) + "\n" + self._scale_text("eviction_date", case.proximity)

    def _bailiff_long(self, case: EvictionCase) -> str:
        if case.bailiff_proximity == "passed":
            return self.tr("The planned bailiff date is behind us: a fact, not a missed term.")
        if case.bailiff_proximity == "met":
            return self.tr("The bailiff was averted (arrangement made or bailiff cancelled).")
        return self._scale_text("bailiff_date", case.bailiff_proximity)

    def _scale_text(self, start: str, code: str) -> str:
        """Where the date stands on the covenant profile's scale, and why the scale is so."""
        if code == "met":
            return self.tr("Averted.")
        rule = next(
            (t for t in self._ws.ctx.profile.terms if t.unit == "fixed" and t.start == start),
            None,
        )
        if rule is None or rule.proximity is None:
            return labels.proximity(code)
        scale = rule.proximity
        return (
            labels.proximity_long(code, scale.critical, scale.urgent, scale.attention)
            + "\n"
            + scale.basis
        )

    def _flag_text(self, code: str, *, short: bool = False) -> str:
        if code == "bailiff_blocked":
            return "⚠ " + self.tr("No instrument deployed before the bailiff")
        return labels.flag(code) if short else labels.flag_long(code)

    # --- the detail pane -------------------------------------------------------------------

    def _selection_changed(self) -> None:
        case = self.current_case()
        self.open_button.setEnabled(case is not None)
        self.handover_button.setEnabled(case is not None)
        if case is None:
            self.detail.setHtml(
                "<p>" + escape(self.tr("Select a case to see its details here.")) + "</p>"
                if self.cases
                else ""
            )
            return
        self.detail.setHtml(self.detail_html(case))

    def detail_html(self, case: EvictionCase) -> str:
        parts: list[str] = []
        status = labels.status(case.status)
        who = case.assignee or self.tr("nobody")
        parts.append(f"<h2 style='margin-top:0; margin-bottom:2px'>{escape(case.tenant_name)}</h2>")
        parts.append(
            "<p style='margin-top:0'>"
            + escape(f"{case.corporation} · {case.reference} · ")
            + escape(
                fill(self.tr("Status: %1 · assigned to %2"), status, who)
            )
            + "</p>"
        )
        if "bailiff_blocked" in case.flags:
            parts.append(
                self._box(
                    "#fde8e7",
                    "#8c1d18",
                    self._flag_text("bailiff_blocked"),
                    labels.flag_long("bailiff_blocked")
                    + " "
                    + self.tr(
                        "Sluitende Aanpak (A 1.13): the bailiff may only be engaged once at "
                        "least one instrument has been deployed."
                    ),
                )
            )
        for code in case.flags:
            if code != "bailiff_blocked":
                parts.append(
                    self._box(
                        "#fff1d6", "#6b3d00", "ℹ " + labels.flag(code), labels.flag_long(code)
                    )
                )

        fg, _, symbol = self._tone(case)
        colour = PAST[1].name() if self._tone(case) is PAST else fg.name()
        if case.eviction_date is not None:
            eviction = (
                f"<b>{escape(show_weekday_date(case.eviction_date))}</b> — "
                f"<span style='color:{colour}; font-weight:600'>"
                f"{escape(symbol + ' ' + self._time_left(case))}</span>"
            )
        else:
            eviction = escape(self.tr("none"))
        rows = [(self.tr("Eviction date"), eviction)]
        if case.called_in is not None:
            rows.append(
                (
                    self.tr("Troubleshooter called in"),
                    f"<span style='color:{CALLED_IN[0].name()}; font-weight:600'>"
                    + escape(self._called_in_text(case))
                    + "</span>",
                )
            )
        rows += [
            (
                self.tr("Bailiff date"),
                escape(show_weekday_date(case.bailiff_date)) if case.bailiff_date else "—",
            ),
        ]
        left = [self._section(self.tr("Dates")), self._table(rows)]
        left.append(self._section(self.tr("What was tried")))
        left.append(self._table(self._tried_rows(case)))

        right = [self._section(self.tr("Last actions"))]
        if case.last_actions:
            right.append(self._table([self._action_row(a) for a in case.last_actions]))
        else:
            right.append("<p>" + escape(self.tr("Nothing recorded yet.")) + "</p>")
        right.append(self._section(fill(self.tr("Contact at %1"), case.corporation)))
        right.append(self._contact_html(case))
        # two columns side by side: the pane is wide and low
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='50%' valign='top' style='padding-right:16px'>{''.join(left)}</td>"
            f"<td width='50%' valign='top'>{''.join(right)}</td></tr></table>"
        )
        return "".join(parts)

    def _called_in_text(self, case: EvictionCase) -> str:
        assert case.called_in is not None
        return fill(
            self.tr("on %1: %2"), show_weekday_date(case.called_in.on), self._call_in_reason(case)
        )

    def _section(self, title: str) -> str:
        return f"<h3 style='margin-top:10px; margin-bottom:4px'>{escape(title)}</h3>"

    def _box(self, background: str, colour: str, title: str, text: str) -> str:
        return (
            f"<table width='100%' cellpadding='8' style='background:{background}; "
            f"margin-top:6px'><tr><td style='color:{colour}'><b>{escape(title)}</b><br>"
            f"{escape(text)}</td></tr></table>"
        )

    def _table(self, rows: Sequence[tuple[str, str]]) -> str:
        body = "".join(
            f"<tr><td style='color:#3d4a52; padding-right:12px' valign='top'>"
            f"{escape(label)}</td><td valign='top'>{value}</td></tr>"
            for label, value in rows
        )
        return f"<table cellspacing='0' cellpadding='2'>{body}</table>"

    def _tried_rows(self, case: EvictionCase) -> list[tuple[str, str]]:
        t = case.tried
        if t.contact_attempts:
            contact = self.tr("%n attempt(s)", "", t.contact_attempts)
            contact += ", " + self.tr("reached %n time(s)", "", t.reached)
            if t.last_contact:
                last = show_weekday_date(t.last_contact)
                contact += ", " + fill(self.tr("last on %1"), last)
        else:
            contact = self.tr("none yet")
        proposals = str(t.proposals)
        if t.latest_proposal:
            proposals += " " + fill(self.tr("(latest: %1)"), self._proposal(t.latest_proposal))
        if t.instruments:
            instruments = "<br>".join(
                escape(
                    fill(self.tr("%1 on %2"), labels.instrument(code), show_weekday_date(on))
                )
                for code, on in t.instruments
            )
        elif self._ws.ctx.profile.sluitende_aanpak:
            instruments = (
                f"<span style='color:{BLOCKED_FG.name()}; font-weight:600'>"
                + escape(self.tr("none deployed yet"))
                + "</span>"
            )
        else:
            instruments = escape(self.tr("none recorded"))
        informed = (
            fill(self.tr("on %1"), show_weekday_date(t.troubleshooter_informed))
            if t.troubleshooter_informed
            else self.tr("not yet")
        )
        return [
            (self.tr("Contact with the tenant"), escape(contact)),
            (self.tr("Payment proposals"), escape(proposals)),
            (self.tr("Payment arrangements"), escape(str(t.arrangements))),
            (self.tr("Refusals"), escape(str(t.refusals))),
            (self.tr("Instruments"), instruments),
            (self.tr("Troubleshooter informed"), escape(informed)),
        ]

    def _proposal(self, kind: str) -> str:
        return {
            "arrangement": self.tr("payment arrangement"),
            "settlement": self.tr("amicable settlement"),
            "none_possible": self.tr("no proposal possible"),
        }.get(kind, kind)

    def _action_row(self, action: Action) -> tuple[str, str]:
        text = labels.event(action.kind)
        detail = action.detail
        if action.kind == "contact_attempt":
            method = labels.contact_method(str(detail.get("method", "")))
            reached = self.tr("reached") if detail.get("reached") else self.tr("not reached")
            text += f" ({method}, {reached})"
        elif action.kind == "instrument_deployed":
            text += f": {labels.instrument(str(detail.get('instrument', '')))}"
        return show_weekday_date(action.on), escape(text)

    def _contact_html(self, case: EvictionCase) -> str:
        person = case.contact
        if person is None:
            return (
                "<p>"
                + escape(
                    fill(
                        self.tr("The shared contact list has no contact for %1."), case.corporation
                    )
                )
                + "</p>"
            )
        name = escape(person.name)
        if person.function:
            name += f" <span style='color:#3d4a52'>({escape(person.function)})</span>"
        rows = [(self.tr("Name"), name)]
        rows.append((self.tr("Phone"), escape(person.phone) if person.phone else "—"))
        if person.email:
            email = escape(person.email)
            rows.append((self.tr("E-mail"), f"<a href='mailto:{email}'>{email}</a>"))
        elif person.email_awaits_confirmation:
            rows.append(
                (self.tr("E-mail"), escape(self.tr("changed; waits for confirmation (Contacts)")))
            )
        else:
            rows.append((self.tr("E-mail"), "—"))
        rows.append((self.tr("Organisation"), escape(person.organisation)))
        return self._table(rows)

    # --- actions ---------------------------------------------------------------------------

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.open_case.emit(self.cases[row].case_id)

    def _open_current(self) -> None:
        case = self.current_case()
        if case is not None:
            self.open_case.emit(case.case_id)

    def _handover_current(self) -> None:
        case = self.current_case()
        if case is not None:
            self.handover_requested.emit()

    def context_menu(self) -> QMenu | None:
        """The table's context menu for the selected case: open it, hand it over."""
        if self.current_case() is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open case"), self._open_current)
        menu.addAction(self.tr("Hand over…"), self._handover_current)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()
