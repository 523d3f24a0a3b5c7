"""A saved letter as an e-mail draft (.eml), and how a letter went out kept with "sent".

The draft is read back with the `email` parser: it must open in Outlook as a message to send
(`X-Unsent: 1`), go to the corporation's address from the contact list, carry the case reference
and never the tenant's name in its subject, and hold the saved PDF byte for byte.
"""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import CaseEvent
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    make_letter,
    mark_sent,
    store_letter,
)
from app.services.letters.batch import mark_batch_sent, run_feedback_batch, write_batch_drafts
from app.services.letters.email_draft import CHANNELS, draft_path, email_in
from app.services.letters.service import sent_channel, write_draft_for
from app.services.problems import Problem
from tests.letters.conftest import TODAY, Office, SampleContacts


def _read(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _saved_feedback(office: Office, contacts: SampleContacts, folder: Path) -> tuple[Path, Path]:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            contacts,
        )
    saved = store_letter(office.store, made, folder / made.file_name, office.ctx, TODAY)
    return saved.path, write_draft_for(made, saved.path)


def test_the_draft_parses_with_the_pdf_to_and_subject(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    pdf, eml = _saved_feedback(office, contacts, tmp_path)
    assert eml == draft_path(pdf) == pdf.with_suffix(".eml")
    assert eml.parent == tmp_path  # next to the PDF, in the folder chosen; not a temp dir
    message = _read(eml)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "l.groen@ymere.example"
    assert message["To"].addresses[0].display_name == "Ymere"
    case_id = office.ids["YM-1"]
    assert message["Subject"] == f"Terugkoppeling aan de corporatie – ons kenmerk VN-{case_id}"
    assert "Hoekstra" not in message["Subject"] and "Sanne" not in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert f"VN-{case_id}" in text and "Hoekstra" not in text
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    attachment = attachments[0]
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == pdf.name
    assert attachment.get_content() == pdf.read_bytes()


def test_no_address_known_leaves_to_empty(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    no_mail = contacts.changed("corporatie", email="")
    pdf, eml = _saved_feedback(office, no_mail, tmp_path)
    message = _read(eml)
    assert message["To"] is None  # the worker fills it in; the draft is still complete
    assert next(message.iter_attachments()).get_content() == pdf.read_bytes()


def test_email_in_finds_the_address_in_the_addressee_block() -> None:
    assert email_in(("Ymere", "t.a.v. Linda Groen", "per e-mail: l.groen@ymere.example")) == (
        "l.groen@ymere.example"
    )
    assert email_in(("Sanne Hoekstra", "Dorpsstraat 1", "2000 AA  HAARLEM")) == ""


def test_the_channel_is_kept_with_the_sent_record(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    request = LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK)
    with office.store.transaction() as session:
        event = mark_sent(session, request, office.ctx, TODAY, today=TODAY, channel="email")
        assert event.kind == "feedback_sent"
        assert json.loads(event.detail)["channel"] == "email"
        assert sent_channel(event) == "email"
        assert CHANNELS["email"] == "e-mail (concept geopend)"
    # an unknown channel is refused and records nothing
    elan = LetterRequest(office.ids["ELAN-7"], LetterKind.FEEDBACK)
    with office.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(session, elan, office.ctx, TODAY, today=TODAY, channel="pigeon")
    assert caught.value.codes == ("bad_channel",)
    with office.session() as session:
        sent = session.scalars(
            select(CaseEvent).where(
                CaseEvent.kind == "feedback_sent", CaseEvent.case_id == office.ids["ELAN-7"]
            )
        ).all()
    assert sent == []


def test_batch_lists_then_marks_only_the_ticked_with_their_channel(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    report = run_feedback_batch(office.store, office.ctx, tmp_path, TODAY, contacts=contacts)
    assert len(report.made) == 3
    with office.session() as session:  # making the letters marks nothing
        assert (
            session.scalars(select(CaseEvent).where(CaseEvent.kind == "feedback_sent")).all() == []
        )
    ymere = next(item for item in report.made if item.case_id == office.ids["YM-1"])
    assert ymere.recipient == "Ymere" and ymere.email == "l.groen@ymere.example"
    assert ymere.reference == f"VN-{ymere.case_id} / YM-1"
    drafts = write_batch_drafts([ymere])
    assert drafts[0].draft == ymere.path.with_suffix(".eml")
    assert next(_read(ymere.path.with_suffix(".eml")).iter_attachments()).get_content() == (
        ymere.path.read_bytes()
    )
    failed = mark_batch_sent(
        office.store, office.ctx, [ymere.case_id], TODAY, today=TODAY, channel="email"
    )
    assert failed == []
    with office.session() as session:
        events = session.scalars(select(CaseEvent).where(CaseEvent.kind == "feedback_sent")).all()
        assert [(e.case_id, sent_channel(e)) for e in events] == [(ymere.case_id, "email")]


def test_a_letter_moved_away_gives_a_clear_problem_and_no_draft(tmp_path: Path) -> None:
    from app.services.letters.email_draft import DraftContent, write_draft
    from app.services.letters.files import FolderProblem

    gone = tmp_path / "2026-11-23-zaak-1-terugkoppeling.pdf"  # never written, or moved since
    content = DraftContent("Ymere", "l.groen@ymere.example", "Terugkoppeling", "Zie bijlage.",
                           gone.name)
    with pytest.raises(FolderProblem) as caught:
        write_draft(gone, content)
    assert gone.name in str(caught.value) and "make the letter again" in str(caught.value)
    assert caught.value.first.code == "letter.pdf_unreadable"
    assert caught.value.first.params["reason"] == Problem("os.not_found")
    assert not draft_path(gone).exists()
