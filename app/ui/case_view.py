"""One case: who, the deadlines with their countdown and why, the timeline, notes, consents,
and the actions that record what happened (each updates deadlines and rank at once)."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.case_actions import (
    add_case_note,
    assign_case,
    detail_of,
    record_case_consent,
    record_case_event,
    record_opened,
    undo_case_event,
)
from app.services.events import CONSENT_PURPOSES, EventProblem
from app.services.inbox import DeadlineView
from app.services.restriction import CaseRestricted
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.case_privacy import populate_privacy_menu
from app.ui.case_table import TONE_ROLE, TONES, countdown, tone
from app.ui.display import show_date, show_moment, show_weekday_date
from app.ui.documents_panel import DocumentsPanel
from app.ui.event_dialog import EventDialog, pydate, qdate
from app.ui.flow_layout import FlowLayout
from app.ui.i18n import fill
from app.ui.sdv_panel import SdvPanel

ACTIONS = (
    "contact_attempt",
    "taken_on",
    "not_taken_on",
    "collection_answer",
    "cooperation_refused",
    "feedback_sent",
    "proposal_sent",
    "no_proposal_possible",
    "arrangement_made",
    "missed_rent_notice",
    "rent_resumed",
    "arrangement_broken",
    "bailiff_date_set",
    "eviction_date_set",
    "eviction_averted",
    "troubleshooter_informed",
    "instrument_deployed",
    "eviction_ground",
    "arrangement_in_place",
    "settlement_started",
    "settlement_feedback_sent",
    "settlement_accepted",
    "settlement_refused",
    "settlement_ended",
    "wsnp_requested",
    "trajectory_ended",
    "sdv_crisis_list_added",
    "sdv_crisis_list_removed",
    "handover",
    "closed",
)
QUICK = ("contact_attempt", "feedback_sent", "proposal_sent", "arrangement_made")
#: QSettings key: the worker folded the case header away
DETAILS_FOLDED_KEY = "case_view/details_folded"
#: below this window height a workbench tab folds the facts away while it is open (a
#: 1366 x 768 laptop, or 1920 x 1080 at 150 %)
LOW_WINDOW_HEIGHT = 800
#: the deadline table grows to show this many rows before it scrolls
DEADLINE_ROWS_SHOWN = 10


def problem_text(widget: QWidget, problem: EventProblem) -> str:
    """The service's problem in the user's language."""
    if isinstance(problem, CaseRestricted):  # AVG 18: says since when, in Dutch
        return problem.dutch()
    texts = {
        "future_date": QCoreApplication.translate("CaseView", "The date lies in the future."),
        "before_signal": QCoreApplication.translate(
            "CaseView", "The date lies before the signal was received."
        ),
        "closed": QCoreApplication.translate("CaseView", "This case is closed."),
        "no_consent": QCoreApplication.translate(
            "CaseView",
            "A warm handover needs the tenant's consent. Record the consent first (tab Consents).",
        ),
        "already_undone": QCoreApplication.translate("CaseView", "This was already undone."),
        "empty_note": QCoreApplication.translate("CaseView", "The note is empty."),
        "missing_fields": QCoreApplication.translate("CaseView", "Please fill in every field."),
        "not_eligible": QCoreApplication.translate(
            "CaseView",
            "Geregelde Betaling is only for tenants with a Participatiewet benefit (article 1.5). "
            "Choose another instrument.",
        ),
        "bad_ground": QCoreApplication.translate("CaseView", "Choose one of the grounds."),
        "no_sluitende_aanpak": QCoreApplication.translate(
            "CaseView", "This covenant has no Sluitende Aanpak."
        ),
        "bad_answer": QCoreApplication.translate("CaseView", "Please answer yes or no."),
        "no_troubleshooter_reason": QCoreApplication.translate(
            "CaseView",
            "This case has no eviction date. Say why the troubleshooter is called in: a specific "
            "question or a stuck case (article 2.3).",
        ),
        "bad_troubleshooter_reason": QCoreApplication.translate(
            "CaseView", "Choose why the troubleshooter is called in (article 2.3)."
        ),
    }
    return texts.get(problem.code) or problem.dutch()  # never the English str()


class CaseView(QWidget):
    back_requested = Signal()
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.case_id: int | None = None
        self._detail: dict[str, Any] = {}

        back = QPushButton(self.tr("← Back to the list"))
        back.setToolTip(self.tr("Esc"))
        back.clicked.connect(self.go_back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)

        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = FactGrid()
        self.badges = QLabel()
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        self.badges.setWordWrap(True)
        # H 7.6: the recovery term ran out unanswered -> ask whether the trajectory ends
        self.trajectory_prompt = QFrame()
        prompt_row = QHBoxLayout(self.trajectory_prompt)
        prompt_row.setContentsMargins(0, 4, 0, 0)
        self.trajectory_text = QLabel()
        self.trajectory_text.setWordWrap(True)
        self.trajectory_button = QPushButton(self.tr("End the trajectory…"))
        self.trajectory_button.clicked.connect(partial(self.record, "trajectory_ended"))
        prompt_row.addWidget(self.trajectory_text, 1)
        prompt_row.addWidget(self.trajectory_button, 0)
        self.trajectory_prompt.hide()
        # H 3.9: a payment agreement was not kept -> tell the corporation at once
        self.broken_prompt = QFrame()
        broken_row = QHBoxLayout(self.broken_prompt)
        broken_row.setContentsMargins(0, 4, 0, 0)
        self.broken_text = QLabel()
        self.broken_text.setWordWrap(True)
        self.broken_button = QPushButton(self.tr("Make the notice…"))
        self.broken_button.clicked.connect(partial(self.make_letter, "broken_arrangement"))
        broken_row.addWidget(self.broken_text, 1)
        broken_row.addWidget(self.broken_button, 0)
        self.broken_prompt.hide()

        self.assign_button = QPushButton(self.tr("Assign to me"))
        self.assign_button.clicked.connect(self._assign_to_me)
        # wraps onto a second line on a narrow screen instead of cutting the labels off
        quick_row = FlowLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for kind in QUICK:
            button = QPushButton(labels.event(kind) + "…")
            button.clicked.connect(partial(self.record, kind))
            quick_row.addWidget(button)
            self.quick_buttons[kind] = button
        more = QPushButton(self.tr("More actions"))
        menu = QMenu(more)
        self.actions_menu = menu
        profile = workspace.ctx.profile
        hidden = {
            "instrument_deployed": not profile.instruments,
            "eviction_ground": not profile.sluitende_aanpak,  # Amsterdam A 1.13 lid 3
        }
        for kind in ACTIONS:
            if kind not in QUICK and not hidden.get(kind, False):
                menu.addAction(labels.event(kind) + "…", partial(self.record, kind))
        more.setMenu(menu)
        quick_row.addWidget(more)
        letters = QPushButton(self.tr("Letter"))
        letter_menu = QMenu(letters)
        self.letter_menu = letter_menu
        letter_menu.addAction(
            self.tr("Feedback to the corporation…"), partial(self.make_letter, "feedback")
        )
        letter_menu.addAction(
            self.tr("Announcement to the tenant…"), partial(self.make_letter, "announcement")
        )
        letter_menu.addAction(
            self.tr("Notice to the troubleshooter…"), partial(self.make_letter, "troubleshooter")
        )
        letter_menu.addAction(
            self.tr("Payment agreement not kept, to the corporation…"),
            partial(self.make_letter, "broken_arrangement"),
        )
        letters.setMenu(letter_menu)
        quick_row.addWidget(letters)
        privacy = QPushButton(self.tr("Privacy"))
        privacy.setObjectName("casePrivacyButton")
        self.privacy_menu = QMenu(privacy)
        populate_privacy_menu(self.privacy_menu, self)
        privacy.setMenu(self.privacy_menu)
        quick_row.addWidget(privacy)
        from app.ui.case_edit_dialog import edit_button  # issue 16.2: facts after intake

        quick_row.addWidget(edit_button(self))

        self.deadlines = QTableWidget(0, 6)
        self.deadlines.setAccessibleName(self.tr("Deadlines"))
        self.deadlines.setHorizontalHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Article"),
                self.tr("Due"),
                self.tr("Countdown"),
                self.tr("Status"),
                self.tr("Moved by"),
            ]
        )
        self.deadlines.verticalHeader().setVisible(False)
        self.deadlines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.deadlines.setWordWrap(True)
        dh = self.deadlines.horizontalHeader()
        dh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.calendar_notice = QLabel()
        self.calendar_notice.setWordWrap(True)
        self.calendar_notice.setObjectName("notice")
        self.calendar_notice.hide()

        self.timeline = QTableWidget(0, 4)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What happened"), self.tr("Details"), self.tr("By")]
        )
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        th = self.timeline.horizontalHeader()
        th.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        undo = QPushButton(self.tr("Undo selected action…"))
        undo.clicked.connect(self._undo_selected)
        timeline_page = QWidget()
        tl = QVBoxLayout(timeline_page)
        tl.addWidget(self.timeline)
        tl.addWidget(undo, 0, Qt.AlignmentFlag.AlignRight)

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Internal notes"))
        self.notes.setReadOnly(True)
        notes_hint = QLabel(
            self.tr(
                "Internal notes stay inside Vangnet. They never go into a "
                "letter without the tenant's written consent."
            )
        )
        notes_hint.setWordWrap(True)
        notes_hint.setObjectName("internalHint")
        add = QPushButton(self.tr("Add internal note…"))
        add.clicked.connect(self._add_note)
        notes_page = QWidget()
        nl = QVBoxLayout(notes_page)
        nl.addWidget(notes_hint)
        nl.addWidget(self.notes)
        nl.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)

        self.consents = QTableWidget(0, 4)
        self.consents.setAccessibleName(self.tr("Consents"))
        self.consents.setHorizontalHeaderLabels(
            [self.tr("For"), self.tr("Given on"), self.tr("In writing"), self.tr("Recorded by")]
        )
        self.consents.verticalHeader().setVisible(False)
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.horizontalHeader().setStretchLastSection(True)
        add_consent = QPushButton(self.tr("Record consent…"))
        add_consent.clicked.connect(self._record_consent)
        consent_page = QWidget()
        cl = QVBoxLayout(consent_page)
        cl.addWidget(self.consents)
        cl.addWidget(add_consent, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.addTab(timeline_page, self.tr("Timeline"))
        self.tabs.addTab(notes_page, self.tr("Internal notes"))
        self.tabs.addTab(consent_page, self.tr("Consents"))
        self.sdv = SdvPanel(workspace)
        self.sdv.changed.connect(self._after_change)
        self.sdv.letter_requested.connect(lambda kind: self.make_letter(kind))
        self.tabs.addTab(self.sdv, self.tr("Debts and proposal"))
        self.documents = DocumentsPanel(workspace)
        self.tabs.addTab(self.documents, self.tr("Documents"))

        # The header is compact (facts in columns) and can be folded away, so the deadlines
        # and the tabs keep their room on a 1366 x 768 laptop (issue 16.1).
        self.details_toggle = QToolButton()
        self.details_toggle.setObjectName("caseDetailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setShortcut(QKeySequence("Ctrl+D"))
        self.details_toggle.toggled.connect(self._show_details)
        head = QFrame()
        head.setObjectName("caseHeader")
        hl = QGridLayout(head)
        hl.setContentsMargins(10, 6, 10, 6)
        hl.setVerticalSpacing(4)
        title_row = QHBoxLayout()
        title_row.addWidget(back, 0)
        title_row.addSpacing(6)
        title_row.addWidget(self.title, 0)
        title_row.addWidget(self.badges, 1)
        title_row.addWidget(self.assign_button, 0)
        title_row.addWidget(self.details_toggle, 0)
        hl.addLayout(title_row, 0, 0)
        hl.addWidget(self.facts, 2, 0)
        hl.addWidget(self.trajectory_prompt, 3, 0)
        hl.addWidget(self.broken_prompt, 4, 0)
        # AVG 18: a restricted case is shown, but its processing buttons are off
        self.restriction_notice = QLabel()
        self.restriction_notice.setObjectName("notice")
        self.restriction_notice.setWordWrap(True)
        self.restriction_notice.hide()
        hl.addWidget(self.restriction_notice, 5, 0)
        self.processing_buttons = [
            *self.quick_buttons.values(), more, letters, undo, add, add_consent,
            self.trajectory_button, self.broken_button, self.documents.add_button,
        ]  # fmt: skip

        deadlines_title = QLabel(self.tr("Deadlines"))
        deadlines_title.setObjectName("sectionTitle")
        deadlines_box = QWidget()
        dl = QVBoxLayout(deadlines_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(deadlines_title)
        dl.addWidget(self.calendar_notice)
        dl.addWidget(self.deadlines, 1)
        # The deadlines and the tabs share the height; the border between them can be dragged,
        # and the workbench tabs take most of it while they are open.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.addWidget(deadlines_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self._wide_tabs = (self.sdv, self.documents)
        self._sizes_before: list[int] | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(head)
        layout.addLayout(quick_row)
        layout.addWidget(self.splitter, 1)
        self._folded_for_tab = False
        collapsed = QSettings("Vangnet", "Vangnet").value(DETAILS_FOLDED_KEY, False, type=bool)
        self.details_toggle.setChecked(not collapsed)
        self._show_details(not collapsed)

    def _fit_deadlines(self) -> None:
        """The deadline table is as tall as its rows (up to DEADLINE_ROWS_SHOWN): every term is
        in sight without scrolling, and the tabs below get the rest of the height."""
        table = self.deadlines
        rows = min(table.rowCount(), DEADLINE_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(i) for i in range(rows)
        )
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(max(height, 60))
        table.setMaximumHeight(max(height, 60) if table.rowCount() <= rows else 16_777_215)
        box = table.parentWidget()
        if box is not None and self.splitter.sizes() and self._sizes_before is None:
            need = box.sizeHint().height()
            sizes = self.splitter.sizes()
            total = sum(sizes)
            if total > need:
                self.splitter.setSizes([need, total - need])

    def _show_details(self, shown: bool) -> None:
        """Fold the tenant's facts away (the choice is kept for the next case and session)."""
        self._folded_for_tab = False
        self._fold(shown)
        QSettings("Vangnet", "Vangnet").setValue(DETAILS_FOLDED_KEY, not shown)

    def _fold(self, shown: bool) -> None:
        self.facts.setVisible(shown)
        self.details_toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.details_toggle.setArrowType(
            Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow
        )
        self.details_toggle.setToolTip(
            self.tr("Fold the tenant's details away to give the deadlines more room (Ctrl+D)")
            if shown
            else self.tr("Show the tenant's details (Ctrl+D)")
        )

    def _tab_changed(self, index: int) -> None:
        """The SDV workbench needs room: give it most of the height while it is open, and fold
        the tenant's facts away meanwhile on a low screen (the choice itself is not changed)."""
        wide = self.tabs.widget(index) in self._wide_tabs
        low = self.window().height() < LOW_WINDOW_HEIGHT
        toggle = self.details_toggle
        if wide and low and toggle.isChecked():  # folded for the tab, not remembered
            toggle.blockSignals(True)
            toggle.setChecked(False)
            toggle.blockSignals(False)
            self._fold(False)
            self._folded_for_tab = True
        elif not wide and self._folded_for_tab:
            toggle.blockSignals(True)
            toggle.setChecked(True)
            toggle.blockSignals(False)
            self._fold(True)
            self._folded_for_tab = False
        sizes = self.splitter.sizes()
        if wide and self._sizes_before is None and sum(sizes) > 0:
            self._sizes_before = sizes
            top = min(sizes[0], self.deadlines.minimumHeight() + 60)
            self.splitter.setSizes([top, sum(sizes) - top])
        elif not wide and self._sizes_before is not None:
            self.splitter.setSizes(self._sizes_before)
            self._sizes_before = None

    # --- showing -------------------------------------------------------------------------

    def go_back(self) -> None:
        if self.resolve_unsaved():
            self.back_requested.emit()

    def resolve_unsaved(self) -> bool:
        """Before leaving a case with unsaved inventory edits: save them, discard them, or stay.

        True when it is fine to leave."""
        if not self.sdv.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The budget and debts of this case have changes that are not saved yet. Save "
                "them now?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.sdv.dirty = False
            return True
        if answer == QMessageBox.StandardButton.Save:
            if self.sdv.save_inventory():
                return True
            self.tabs.setCurrentWidget(self.sdv)
            if not self.isVisible():
                QMessageBox.warning(
                    self,
                    self.tr("Unsaved changes"),
                    self.tr(
                        "The changes could not be saved because some fields are not valid. "
                        "Open the case again to correct them, or discard the changes."
                    ),
                )
        return False

    def show_case(self, case_id: int) -> bool:
        if case_id != self.case_id and not self.resolve_unsaved():
            return False
        today = self._ws.today()
        detail = detail_of(self._ws, case_id, today)
        if detail is None:
            return False
        if case_id != self.case_id:  # BIO: who looked at whose data, once per opening
            record_opened(self._ws, case_id)
        self.case_id = case_id
        self._detail = detail
        self._fill(detail, today)
        self.sdv.show_case(case_id)
        self.documents.show_case(case_id)
        return True

    def refresh(self) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)

    def _fill(self, d: dict[str, Any], today: date) -> None:
        demo = self.tr(" — DEMO") if d["demo"] else ""
        self.title.setText(d["naam"] + demo)
        ages = d["leeftijden_bewoners"]
        household = self.tr("%n occupant(s)", "", d["aantal_bewoners"])
        if ages:
            household += fill(self.tr("; other occupants aged %1"), ", ".join(str(a) for a in ages))
        rows = [
            (self.tr("Address"), d["adres"]),
            (self.tr("Phone"), d["telefoon"] or "—"),
            (self.tr("Tenant"), fill(self.tr("aged %1"), str(d["leeftijd"]))),
            (self.tr("Household"), household),
            (
                self.tr("Corporation"),
                f"{d['corporatie']} · " + self.tr("reference") + f" {d['referentie']}",
            ),
            (
                self.tr("Signal"),
                f"{labels.kind(d['soort'])} · {show_date(date.fromisoformat(d['melddatum']))}",
            ),
            (
                self.tr("Status"),
                labels.status(d["status"])
                + (
                    " · " + self.tr("not yet decided whether it is taken on")
                    if d["status"] == "in_behandeling" and d.get("besluit") is None
                    else ""
                )
                + (
                    " · " + self.tr("assigned to") + f" {d['toegewezen_aan']}"
                    if d.get("toegewezen_aan")
                    else ""
                ),
            ),
        ]
        if d.get("email"):
            rows.insert(2, (self.tr("E-mail"), d["email"]))
        arrears = d.get("achterstand_bedrag")
        if arrears or d.get("achterstand_maanden") or d.get("achterstand_sinds"):
            parts = [arrears] if arrears else []
            if d.get("achterstand_maanden"):
                parts.append(fill(self.tr("%1 months"), d["achterstand_maanden"]))
            if d.get("achterstand_sinds"):
                parts.append(fill(self.tr("since %1"), d["achterstand_sinds"]))
            rows.append((self.tr("Rent arrears"), " · ".join(parts)))
        if d.get("maandhuur"):
            rows.append((self.tr("Monthly rent"), d["maandhuur"]))
        answer = d.get("incasso_mag_hervatten")
        rows.append(
            (
                self.tr("Collection may resume"),
                self.tr("not answered yet")
                if answer is None
                else self.tr("yes")
                if answer
                else self.tr("no, not yet"),
            )
        )
        if d["deurwaarder_gepland"]:
            rows.append(
                (
                    self.tr("Planned bailiff"),
                    show_date(date.fromisoformat(d["deurwaarder_gepland"])),
                )
            )
        if d["ontruimingsdatum"]:
            rows.append(
                (self.tr("Eviction date"), show_date(date.fromisoformat(d["ontruimingsdatum"])))
            )
        contacts = d.get("contacten", {})
        people = [
            (self.tr("Contact at the corporation"), self._person(contacts.get("corporatie"))),
            (self.tr("Wijkteam contact"), self._person(contacts.get("wijkteam"))),
        ]
        self.facts.set_rows(rows, people)
        chips = [labels.reason_long(r) for r in d["priority_reasons"]]
        chips += [labels.flag(f) for f in d["flags"]]
        self.badges.setText(
            " ".join(
                f"<span style='background:#e3ecf7;color:#163a63;border-radius:8px;"
                f"padding:2px 8px'>&nbsp;{escape(c, quote=False)}&nbsp;</span>"
                for c in chips
            )
            or self.tr("No priority reason")
        )
        self.assign_button.setEnabled(d.get("toegewezen_aan") != self._ws.actor)
        restricted = d.get("beperkt_sinds")
        self.restriction_notice.setText(
            "⚠ "
            + fill(self.tr(
                "Processing restricted since %1 (AVG article 18): the case is kept and can be "
                "read, but nothing is done with it until the restriction is lifted (Privacy menu)."
            ), show_date(date.fromisoformat(restricted)) if restricted else "")
        )
        self.restriction_notice.setVisible(bool(restricted))
        for button in self.processing_buttons:
            button.setEnabled(not restricted)
        self.sdv.setEnabled(not restricted)
        lapsed = d.get("hersteltermijn_verstreken")
        if lapsed and d["status"] != "gesloten":
            self.trajectory_text.setText(
                "⚠ "
                + fill(self.tr(
                    "The 14-day recovery term passed on %1 without the current rent being paid. "
                    "Under article 7.6 the debt-help trajectory then ends."
                ), show_date(date.fromisoformat(lapsed)))
            )
        self.trajectory_prompt.setVisible(bool(lapsed) and d["status"] != "gesloten")
        untold = d.get("betaalafspraak_niet_gemeld")
        if untold and d["status"] != "gesloten":
            self.broken_text.setText(
                "⚠ "
                + fill(self.tr(
                    "The payment agreement was not kept (%1). Under article 3.9 the corporation "
                    "is told at once: make the notice and send it."
                ), show_date(date.fromisoformat(untold)))
            )
        self.broken_prompt.setVisible(bool(untold) and d["status"] != "gesloten")

        self.deadlines.setRowCount(len(d["deadlines"]))
        missing: set[int] = set()
        for i, item in enumerate(d["deadlines"]):
            view = DeadlineView.from_json(item)  # a fixed date keeps its own scale (16.4)
            moved = "; ".join(
                f"{show_weekday_date(date.fromisoformat(m['day']))} "
                f"{m['name']}"
                for m in item["moved_by"]
                if m["basis"] != "weekend"
            )
            weekend = sum(1 for m in item["moved_by"] if m["basis"] == "weekend")
            if weekend:
                moved = (moved + "; " if moved else "") + self.tr("%n weekend day(s)", "", weekend)
            fg, bg, symbol = TONES[tone(view)]
            cells = [
                labels.deadline(view.id),
                view.article,
                show_date(view.due),
                f"{symbol} {countdown(view)}",
                # a fixed date ahead is not "open": it says how close it is (issue 16.4)
                labels.proximity(view.proximity)
                if view.fixed and view.proximity
                else labels.deadline_status(view.status),
                moved or "—",
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item["explanation"])
                if col in (3, 4):
                    cell.setForeground(fg)
                    cell.setBackground(bg)
                    cell.setData(TONE_ROLE, tone(view))
                self.deadlines.setItem(i, col, cell)
            if view.due.year not in self._ws.ctx.calendar.decree_years:
                missing.add(view.due.year)
        if missing:
            self.calendar_notice.setText(
                "ℹ "
                + fill(self.tr(
                    "No Royal-Decree holidays are loaded for %1: deadlines in that year may be off "
                    "by a day. Check them against the official calendar."
                ), ", ".join(str(y) for y in sorted(missing)))
            )
            self.calendar_notice.show()
        else:
            self.calendar_notice.hide()
        self.deadlines.resizeRowsToContents()
        self._fit_deadlines()

        events = d["events"]
        self.timeline.setRowCount(len(events))
        for i, ev in enumerate(events):
            text = labels.event(ev["kind"])
            if ev["undone"]:
                text += self.tr(" (undone)")
            cells = [
                show_date(date.fromisoformat(ev["on"])),
                text,
                self._describe(ev["kind"], ev["detail"]),
                ev.get("by_name", ev["by"]),
            ]
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, ev["id"])
                if ev["undone"]:
                    cell.setForeground(QColor("#777777"))
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
                self.timeline.setItem(i, col, cell)

        notes = d["internal_notes"]
        self.notes.setPlainText(
            "\n\n".join(
                "[" + self.tr("INTERNAL") + "] " + _note_heading(n) + f":\n{n['text']}"
                for n in notes
            )
            or self.tr("No internal notes.")
        )
        consents = d["consents"]
        self.consents.setRowCount(len(consents))
        for i, c in enumerate(consents):
            withdrawn = c.get("withdrawn_on")
            values = [
                _purpose(self, c["purpose"]),
                show_date(date.fromisoformat(c["given_on"]))
                + (
                    fill(self.tr(" · withdrawn on %1"), show_date(date.fromisoformat(withdrawn)))
                    if withdrawn
                    else ""
                ),
                self.tr("yes") if c["written"] else self.tr("no"),
                c.get("recorded_by_name", c["recorded_by"]),
            ]
            for col, value in enumerate(values):
                self.consents.setItem(i, col, QTableWidgetItem(value))

    def _person(self, person: dict[str, Any] | None) -> str:
        if not person:
            return self.tr("not in the contact list")
        parts = [person["naam"]]
        if person.get("functie"):
            parts.append(person["functie"])
        if person.get("telefoon"):
            parts.append(person["telefoon"])
        if person.get("email"):
            parts.append(person["email"])
        elif person.get("email_wacht_op_bevestiging"):
            parts.append(self.tr("new e-mail address awaits confirmation"))
        return " · ".join(parts)

    def _describe(self, kind: str, detail: dict[str, Any]) -> str:
        parts = []
        if "method" in detail:
            parts.append(labels.contact_method(detail["method"]))
        if "reached" in detail:
            parts.append(self.tr("reached") if detail["reached"] else self.tr("not reached"))
        if "date" in detail:
            parts.append(show_date(date.fromisoformat(detail["date"])))
        for key in ("plan", "reason"):
            if detail.get(key):
                parts.append(str(detail[key]))
        if "instrument" in detail:
            parts.append(labels.instrument(detail["instrument"]))
        if "ground" in detail:
            parts.append(labels.eviction_ground(str(detail["ground"])))
        if isinstance(detail.get("may_resume"), bool):
            parts.append(
                self.tr("collection may resume")
                if detail["may_resume"]
                else self.tr("collection may not resume yet")
            )
        if "to" in detail:
            parts.append(
                {"sdv": self.tr("to SDV"), "troubleshooter": self.tr("to troubleshooter")}.get(
                    detail["to"], detail["to"]
                )
            )
            if detail.get("warm"):
                parts.append(self.tr("warm handover"))
        if "outcome" in detail:
            parts.append(labels.outcome(detail["outcome"]))
        if detail.get("channel"):  # how the letter went out, as the worker said (issue 16.5)
            parts.append(
                {
                    "email": self.tr("sent by e-mail"),
                    "post": self.tr("sent by post"),
                    "saved": self.tr("saved by the worker"),
                }.get(str(detail["channel"]), str(detail["channel"]))
            )
        if "proposal_kind" in detail:
            parts.append(
                {
                    "arrangement": self.tr("arrears arrangement"),
                    "settlement": self.tr("settlement offer"),
                    "none_possible": self.tr("no proposal possible yet"),
                }.get(str(detail["proposal_kind"]), str(detail["proposal_kind"]))
            )
        if kind == "letter_generated":
            letter = {
                "feedback": self.tr("feedback to the corporation"),
                "announcement": self.tr("announcement to the tenant"),
                "troubleshooter": self.tr("notice to the troubleshooter"),
                "proposal": self.tr("proposal to the corporation"),
            }.get(str(detail.get("letter")), str(detail.get("letter", "")))
            parts.append(letter)
            if detail.get("file"):
                parts.append(str(detail["file"]))
        return ", ".join(parts)

    # --- acting --------------------------------------------------------------------------

    def record(self, kind: str) -> None:
        if self.case_id is None:
            return
        dialog = EventDialog(kind, self._ws.today(), self._ws.ctx.profile.instruments, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                record_case_event(
                    self._ws, self.case_id, kind, dialog.occurred_on(), dialog.detail()
                )
            except EventProblem as problem:
                dialog.show_problem(problem_text(self, problem))
                continue
            self._after_change()
            return

    def make_letter(self, kind: str) -> None:
        """Preview, save and (for feedback) mark as sent; the timeline records each letter."""
        if self.case_id is None:
            return
        from app.ui.letter_dialog import open_letter_dialog

        open_letter_dialog(self._ws, self.case_id, kind, self, on_changed=self._after_change)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _assign_to_me(self) -> None:
        if self.case_id is None:
            return
        assign_case(self._ws, self.case_id, self._ws.actor)
        self._after_change()

    def _undo_selected(self) -> None:
        row = self.timeline.currentRow()
        if self.case_id is None or row < 0:
            QMessageBox.information(
                self, self.tr("Undo"), self.tr("First select the action to undo in the timeline.")
            )
            return
        first, what = self.timeline.item(row, 0), self.timeline.item(row, 1)
        if first is None or what is None:
            return
        event_id = int(first.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.tr("Undo"),
            fill(self.tr(
                "Undo “%1”? It stays visible as undone, and the deadlines are recomputed."
            ), what.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_case_event(self._ws, self.case_id, event_id)
        except EventProblem as problem:
            QMessageBox.warning(self, self.tr("Undo"), problem_text(self, problem))
            return
        self._after_change()

    def _add_note(self) -> None:
        if self.case_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Internal note"), self.tr("Internal note (stays inside Vangnet):")
        )
        if not ok or not text.strip():
            return
        try:
            add_case_note(self._ws, self.case_id, text)
        except EventProblem as problem:
            QMessageBox.warning(self, self.tr("Internal note"), problem_text(self, problem))
            return
        self._after_change()

    def _record_consent(self) -> None:
        if self.case_id is None:
            return
        dialog = ConsentDialog(self._ws.today(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                record_case_consent(
                    self._ws, self.case_id, dialog.purpose(), dialog.given_on(), dialog.written()
                )
            except EventProblem as problem:
                QMessageBox.warning(self, self.tr("Consent"), problem_text(self, problem))
                continue
            self._after_change()
            return


class ConsentDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self._purpose = QComboBox()
        for code in CONSENT_PURPOSES:
            self._purpose.addItem(_purpose(self, code), code)
        self._on = QDateEdit(qdate(today))
        self._on.setCalendarPopup(True)
        self._on.setDisplayFormat("dd-MM-yyyy")
        self._on.setMaximumDate(qdate(today))
        self._written = QCheckBox(self.tr("Given in writing"))
        form = QFormLayout()
        form.addRow(self.tr("Consent for"), self._purpose)
        form.addRow(self.tr("Given on"), self._on)
        form.addRow("", self._written)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def purpose(self) -> str:
        return str(self._purpose.currentData())

    def given_on(self) -> date:
        return pydate(self._on.date())

    def written(self) -> bool:
        return self._written.isChecked()


def _purpose(widget: QWidget, code: str) -> str:
    return {
        "warme_overdracht": QCoreApplication.translate("CaseView", "warm handover to other help"),
        "delen_met_corporatie": QCoreApplication.translate(
            "CaseView", "sharing more with the corporation"
        ),
        "melding_zonder_achterstand": QCoreApplication.translate(
            "CaseView", "signal without arrears"
        ),
    }.get(code, code)


class FactGrid(QWidget):
    """The tenant's facts as label-value pairs side by side, three to a line (the contact persons
    two to a line): a third of the height of one pair per line, so the header leaves room for
    the deadlines on a laptop screen. Each value can be selected and copied."""

    PER_LINE = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFacts")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        self._grid = QGridLayout()
        self._people = QGridLayout()  # own columns: long labels do not widen the facts' ones
        for grid, pairs in ((self._grid, self.PER_LINE), (self._people, 2)):
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(1)
            for column in range(pairs):
                grid.setColumnStretch(2 * column + 1, 1)
            outer.addLayout(grid)
        self._pairs: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]], people: list[tuple[str, str]]) -> None:
        for grid in (self._grid, self._people):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        self._pairs = [*rows, *people]
        # column by column, so that each column's labels set their own width
        lines = -(-len(rows) // self.PER_LINE)
        for n, (label, value) in enumerate(rows):
            self._place(self._grid, n % lines, 2 * (n // lines), label, value)
        for n, (label, value) in enumerate(people):  # the contact persons: a line of their own
            self._place(self._people, 0, 2 * n, label, value)

    @staticmethod
    def _place(grid: QGridLayout, line: int, column: int, label: str, value: str) -> None:
        name = QLabel(label)
        name.setObjectName("factLabel")
        shown = QLabel(value)
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(label)
        name.setBuddy(shown)
        grid.addWidget(name, line, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(shown, line, column + 1, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        """Every label and value, one pair per line (what a screen reader or a test reads)."""
        return "\n".join(f"{label}: {value}" for label, value in self._pairs)


def _note_heading(note: dict[str, Any]) -> str:
    """ "4-12-2026 14:05 · Marieke de Boer": when the note was written and by whom (the name
    from the worker's profile, else the login)."""
    who = str(note.get("author_name") or note.get("author") or "")
    written = note.get("created_at")
    if not written:
        return who
    moment = datetime.fromisoformat(str(written))
    return f"{show_moment(moment)} · {who}"
