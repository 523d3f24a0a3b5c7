"""Every letter is on the case's timeline and in the audit trail; "sent" meets the deadline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.models import AuditEntry, Case, CaseDeadline, CaseEvent, InternalNote
from app.services.events import EVENT_KINDS, add_note
from app.services.letters import (
    LetterKind,
    LetterRequest,
    mark_note_shareable,
    mark_sent,
    write_letter,
)
from tests.letters.conftest import TODAY, Office, SampleContacts

PERSONAL = ("Sanne", "Hoekstra", "Amsterdamstraat", "2032", "YM-1", "Linda", "Groen", "ymere.ex")


def _deadlines(office: Office, case_id: int) -> list[tuple[str, date, date | None]]:
    with office.session() as session:
        return [
            (d.term_id, d.due, d.met_on)
            for d in session.scalars(
                select(CaseDeadline)
                .where(CaseDeadline.case_id == case_id)
                .order_by(CaseDeadline.term_id)
            )
        ]


def test_letter_generated_is_on_the_timeline_and_changes_no_deadline(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    assert EVENT_KINDS["letter_generated"].needs == ("letter", "addressee", "file")
    case_id = office.ids["YM-1"]
    before = _deadlines(office, case_id)
    for kind, role in [
        (LetterKind.FEEDBACK, "corporatie"),
        (LetterKind.ANNOUNCEMENT, "huurder"),
    ]:
        target = tmp_path / f"{kind.value}.pdf"
        saved = write_letter(
            office.store,
            LetterRequest(case_id, kind),
            office.ctx,
            TODAY,
            target,
            contacts=contacts,
        )
        assert target.read_bytes().startswith(b"%PDF")
        with office.session() as session:
            event = session.get(CaseEvent, saved.event_id)
            assert event is not None
            assert event.kind == "letter_generated"
            assert event.occurred_on == TODAY
            assert json.loads(event.detail) == {
                "letter": kind.value,
                "addressee": role,
                "file": target.name,
            }
            case = session.get(Case, case_id)
            assert case is not None and case.status == "nieuw"  # a letter is no contact
    assert _deadlines(office, case_id) == before


def test_audit_holds_ids_and_counts_only(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    case_id = office.ids["YM-1"]
    saved = write_letter(
        office.store,
        LetterRequest(case_id, LetterKind.FEEDBACK),
        office.ctx,
        TODAY,
        tmp_path / "Sanne Hoekstra YM-1.pdf",
        contacts=contacts,
    )
    with office.session() as session:
        rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    export = [r for r in rows if r.action == "export" and r.object_type == "letter"]
    assert len(export) == 1
    assert export[0].object_id == str(saved.event_id)
    assert export[0].detail == f"case={case_id} kind=feedback pages=1"
    for row in rows:
        for word in PERSONAL:
            assert word not in f"{row.object_id} {row.detail}", (row.action, row.detail)


def test_marking_feedback_sent_meets_the_feedback_deadline(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    case_id = office.ids["YM-1"]
    request = LetterRequest(case_id, LetterKind.FEEDBACK)
    write_letter(office.store, request, office.ctx, TODAY, tmp_path / "t.pdf", contacts=contacts)
    feedback = next(d for d in _deadlines(office, case_id) if d[0] == "feedback")
    assert feedback[2] is None  # generating alone does not meet it
    with office.store.transaction() as session:
        event = mark_sent(session, request, office.ctx, TODAY, today=TODAY)
        assert event.kind == "feedback_sent"
    feedback = next(d for d in _deadlines(office, case_id) if d[0] == "feedback")
    assert feedback[2] == TODAY


def test_marking_announcement_and_notice_sent(office: Office) -> None:
    with office.store.transaction() as session:
        event = mark_sent(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.ANNOUNCEMENT, True),
            office.ctx,
            TODAY,
            today=TODAY,
        )
        assert event.kind == "contact_attempt"
        assert json.loads(event.detail) == {
            "method": "brief_met_afmelding",
            "reached": False,  # no channel said: none recorded (issue 16.5, never assumed)
        }
        event = mark_sent(
            session,
            LetterRequest(office.ids["PRE-3"], LetterKind.TROUBLESHOOTER),
            office.ctx,
            TODAY,
            today=TODAY,
            channel="email",
        )
        assert event.kind == "troubleshooter_informed"
        assert json.loads(event.detail)["channel"] == "email"


def test_marking_a_note_shareable_is_audited(office: Office) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        note = add_note(session, case, "Betaalt via budgetbeheer.")
        note_id = note.id
    with office.store.transaction() as session:
        mark_note_shareable(session, note_id, True, actor="tester")
        mark_note_shareable(session, note_id, True, actor="tester")  # no change, no entry
        mark_note_shareable(session, note_id, False, actor="tester")
    with office.session() as session:
        note_row = session.get(InternalNote, note_id)
        assert note_row is not None and note_row.shareable is False
        entries = list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.object_type == "internal_note", AuditEntry.action == "change"
                )
            )
        )
    assert [e.detail for e in entries] == [
        f"case={office.ids['YM-1']} shareable=yes",
        f"case={office.ids['YM-1']} shareable=no",
    ]
    assert all("budgetbeheer" not in e.detail for e in entries)
