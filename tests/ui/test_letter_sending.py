"""Letters that go out (issue 16.5): e-mail drafts, the channel, another creditor, the batch list.

Real widgets on a real encrypted database. The one seam is the hand-over to the mail program
(`open_url`), recorded instead of opening Outlook. Screenshots go to the `shots` folder
(tests/ui/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.letters import LetterKind, set_letterhead
from app.services.letters.proposal import current_proposal
from app.services.sdv.inventory import DebtEntry, save_inventory
from app.services.sdv.proposals import propose_arrangement
from app.services.workspace import Workspace
from app.ui.letter_batch_dialog import LetterBatchDialog
from app.ui.letter_dialog import LetterDialog
from tests.letters.conftest import SampleContacts, answer_collection, logo_png
from tests.letters.test_proposal_letter import RESUME, _budget
from tests.ui.conftest import TODAY
from tests.ui.test_letter_dialog import WAIT, _case_id, _shot


@pytest.fixture(autouse=True)
def no_remembered_folders() -> Iterator[None]:
    QSettings("Vangnet", "Vangnet").remove("letters")
    yield
    QSettings("Vangnet", "Vangnet").remove("letters")


@pytest.fixture
def ws(office: Workspace) -> Workspace:
    with office.store.transaction() as session:
        set_letterhead(
            session,
            address_lines=["Postbus 511", "2003 PB Haarlem"],
            signer="Marieke de Boer",
            signer_function="teamleider Sociaal Wijkteam",
            logo=logo_png(),
        )
        answer_collection(session, office.ctx, may_resume=False)
    return office


@pytest.fixture
def contacts() -> SampleContacts:
    return SampleContacts.from_file()


def _opened(dialog: LetterDialog | LetterBatchDialog) -> list[Path]:
    opened: list[Path] = []

    def record(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    dialog.open_url = record
    return opened


def _events(ws: Workspace, kind: str) -> list[CaseEvent]:
    with ws.store.session() as session:
        return list(session.scalars(select(CaseEvent).where(CaseEvent.kind == kind)))


def test_send_by_email_writes_the_draft_next_to_the_pdf_and_keeps_the_channel(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path, shots: Path
) -> None:
    dialog = LetterDialog(ws, _case_id(ws, "PLAIN"), LetterKind.FEEDBACK, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = _opened(dialog)
    assert dialog.email_button.isEnabled() and dialog.email_hint.isVisible()
    assert dialog.made is not None
    target = tmp_path / dialog.made.file_name
    draft = dialog.send_by_email(target)
    assert draft == target.with_suffix(".eml") and opened == [draft]
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and "l.groen@ymere.example" in message["To"]
    assert "Piet" not in message["Subject"] and "Plain" not in message["Subject"]
    attachment = next(message.iter_attachments())
    assert attachment.get_content() == target.read_bytes()  # type: ignore[attr-defined]
    assert dialog.channel.currentData() == "email"
    assert dialog.message.kind == "ok" and "l.groen@ymere.example" in dialog.message.text()
    _shot(dialog, shots / "letter-email-draft.png")
    assert dialog.mark_sent()
    [sent] = _events(ws, "feedback_sent")
    assert json.loads(sent.detail)["channel"] == "email"


def test_no_channel_is_assumed_the_worker_chooses_it(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path
) -> None:
    dialog = LetterDialog(ws, _case_id(ws, "KIDS"), LetterKind.FEEDBACK, contacts=contacts)
    qtbot.addWidget(dialog)
    assert dialog.made is not None
    assert dialog.save_to(tmp_path / dialog.made.file_name)
    assert dialog.channel.currentData() is None  # '— kies —': nothing recorded unchosen
    assert dialog.mark_sent() is False
    assert dialog.message.kind == "error" and _events(ws, "feedback_sent") == []
    dialog.channel.setCurrentIndex(dialog.channel.findData("saved"))
    assert dialog.mark_sent()
    [sent] = _events(ws, "feedback_sent")
    assert json.loads(sent.detail)["channel"] == "saved"
    assert not list(tmp_path.glob("*.eml"))  # no draft unless asked


OWN = DebtEntry("Ymere", "huurachterstand", Decimal("1612.40"))
FOREIGN = DebtEntry("Pré Wonen", "huurachterstand", Decimal("987.65"))


def _proposal_with_foreign_debt(ws: Workspace) -> int:
    case_id = _case_id(ws, "PLAIN")
    with ws.store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        save_inventory(session, case, _budget(), (OWN, FOREIGN))
        propose_arrangement(
            session, case, today=TODAY, resume_rent_from=RESUME, first_instalment=RESUME
        )
    return case_id


def test_a_debt_of_another_creditor_is_asked_before_the_letter_is_made(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, shots: Path
) -> None:
    case_id = _proposal_with_foreign_debt(ws)
    dialog = LetterDialog(ws, case_id, LetterKind.PROPOSAL, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.made is None and not dialog.save_button.isEnabled()
    assert not dialog.email_button.isEnabled()
    assert dialog.leave_out_button.isVisible() and dialog.include_button.isVisible()
    assert dialog.message.kind == "error" and "Pré Wonen" in dialog.message.text()
    _shot(dialog, shots / "letter-proposal-other-creditor.png")
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.made is not None and changed == [True]
    assert not dialog.leave_out_button.isVisible()
    with ws.store.session() as session:
        proposal = current_proposal(session, case_id)
        assert proposal is not None
        assert Decimal(proposal.snapshot["arrangement"]["arrears"]) == OWN.amount


def test_include_it_anyway_makes_the_letter_with_the_debt(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts
) -> None:
    case_id = _proposal_with_foreign_debt(ws)
    dialog = LetterDialog(ws, case_id, LetterKind.PROPOSAL, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.include_button, Qt.MouseButton.LeftButton)
    assert dialog.made is not None and dialog.made.request.other_creditors == "include"
    assert dialog.save_button.isEnabled()


def test_batch_lists_every_letter_then_marks_only_the_ticked(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path, shots: Path
) -> None:
    dialog = LetterBatchDialog(ws, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = _opened(dialog)
    dialog.set_folder(tmp_path)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.report is not None, timeout=WAIT)
    report = dialog.report
    assert report is not None and len(report.made) == 3
    # the list first: reference, addressee, kind, file for every letter; nothing marked yet
    assert dialog.letters.isVisible() and dialog.letters.rowCount() == 3
    files = {dialog.letters.item(row, 3).text() for row in range(3)}
    assert files == {item.path.name for item in report.made}
    first = report.made[0]
    assert dialog.letters.item(0, 0).text() == first.reference
    assert "l.groen@ymere.example" in dialog.letters.item(0, 1).text()
    assert _events(ws, "feedback_sent") == []
    assert dialog.sent_button.isEnabled()
    _shot(dialog, shots / "letter-batch-list.png")
    # leave one out; e-mail the other two; mark them
    dialog.set_ticked(first.case_id, False)
    assert first.case_id not in dialog.ticked_case_ids()
    drafts = dialog.send_by_email()
    assert len(drafts) == 2 and opened == drafts
    assert all(p.parent == tmp_path and p.suffix == ".eml" for p in drafts)
    assert dialog.channel.currentData() == "email"
    assert dialog.mark_sent()
    sent = _events(ws, "feedback_sent")
    assert sorted(e.case_id for e in sent) == sorted(dialog.ticked_case_ids())
    assert first.case_id not in {e.case_id for e in sent}
    assert {json.loads(e.detail)["channel"] for e in sent} == {"email"}
    assert "2" in dialog.message.text() and not dialog.sent_button.isEnabled()


def test_batch_with_nothing_ticked_marks_nothing(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path
) -> None:
    dialog = LetterBatchDialog(ws, contacts=contacts)
    qtbot.addWidget(dialog)
    dialog.set_folder(tmp_path)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.report is not None, timeout=WAIT)
    assert dialog.report is not None
    for item in dialog.report.made:
        dialog.set_ticked(item.case_id, False)
    assert not dialog.sent_button.isEnabled() and not dialog.email_button.isEnabled()
    assert dialog.mark_sent() is False
    assert _events(ws, "feedback_sent") == []


def test_the_timeline_says_how_a_letter_went_out(
    qtbot: QtBot, ws: Workspace, contacts: SampleContacts, tmp_path: Path
) -> None:
    from app.ui.case_view import CaseView

    dialog = LetterDialog(ws, _case_id(ws, "KIDS"), LetterKind.FEEDBACK, contacts=contacts)
    qtbot.addWidget(dialog)
    assert dialog.made is not None and dialog.save_to(tmp_path / dialog.made.file_name)
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert dialog.mark_sent()
    view = CaseView(ws)
    qtbot.addWidget(view)
    assert view.show_case(_case_id(ws, "KIDS"))
    rows = [
        (view.timeline.item(r, 1).text(), view.timeline.item(r, 2).text())
        for r in range(view.timeline.rowCount())
    ]
    assert any("e-mail" in details for _what, details in rows), rows
