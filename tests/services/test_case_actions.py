"""The case screen's calls into the services (issue 17.4) on a real encrypted database: each opens
its own session, writes what the screen wrote (with its audit line) and hands back plain data,
never a database row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Case, CaseEvent, ConsentRecord, InternalNote
from app.services.case_actions import (
    add_case_note,
    assign_case,
    detail_of,
    record_case_consent,
    record_case_event,
    record_opened,
    undo_case_event,
)
from app.services.case_documents import (
    DocumentInfo,
    DocumentProblem,
    attach_to_case,
    case_documents,
    save_document_copy,
)
from app.services.case_edit import EditForm, MemberEdit, edit_form, edit_requests, save_edit
from app.services.case_query import CaseFilter, corporation_choices, first_page, next_page
from app.services.casework import load_context
from app.services.events import EventProblem
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.workspace import Workspace, open_workspace
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    """Three cases (ids 1, 2, 3) of Ymere, opened as the window opens them."""
    store = initialise(db_path, DatabaseKey(passphrase="case actions test passphrase"),
                       load_profile("haarlem"), "Sociaal Wijkteam Test")
    with store.transaction() as session:
        report = import_signals(
            session,
            signal_csv(
                signal_row(referentie="A", naam="Anna Eerst", melddatum="02-11-2026"),
                signal_row(referentie="B", naam="Bram Tweede", melddatum="03-11-2026"),
                signal_row(referentie="C", naam="Cor Derde", melddatum="04-11-2026"),
            ),
            load_context(session),
            today=TODAY,
        )
        assert not report.errors, report.errors
    workspace = open_workspace(store, clock=lambda: TODAY)
    yield workspace
    workspace.close()


def _audit(ws: Workspace, action: str, object_type: str) -> list[tuple[str, str, str]]:
    with ws.store.session() as session:
        rows = session.execute(
            select(AuditEntry.object_id, AuditEntry.actor, AuditEntry.detail).where(
                AuditEntry.action == action, AuditEntry.object_type == object_type
            )
        )
        return [(str(o), str(a), str(d)) for o, a, d in rows]


def test_detail_of_is_plain_data_and_none_for_a_missing_case(ws: Workspace) -> None:
    detail = detail_of(ws, 1, TODAY)
    assert detail is not None and detail["naam"] == "Anna Eerst"
    assert detail_of(ws, 999, TODAY) is None


def test_record_opened_writes_one_read_line_by_the_worker(ws: Workspace) -> None:
    record_opened(ws, 2)
    assert _audit(ws, "read", "case") == [("2", ws.actor, "window")]


def test_an_event_assignment_and_undo_are_stored_for_the_case(ws: Workspace) -> None:
    record_case_event(ws, 1, "contact_attempt", TODAY, {"method": "telefoon", "reached": False})
    with ws.store.session() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.case_id == 1)).one()
        event_id, kind, actor = event.id, event.kind, event.recorded_by
    assert (kind, actor) == ("contact_attempt", ws.actor)

    assign_case(ws, 1, ws.actor)
    with ws.store.session() as session:
        assert session.get(Case, 1).assignee == ws.actor  # type: ignore[union-attr]
    assert ("1", ws.actor, "assignee") in _audit(ws, "change", "case")

    undo_case_event(ws, 1, event_id)
    with ws.store.session() as session:
        assert session.get(CaseEvent, event_id).undone_at is not None  # type: ignore[union-attr]
    assert [o for o, _, _ in _audit(ws, "undo", "case_event")] == [str(event_id)]
    with pytest.raises(EventProblem):  # the events service's refusal reaches the window as is
        undo_case_event(ws, 1, event_id)


def test_an_invalid_event_is_refused_and_writes_nothing(ws: Workspace) -> None:
    with pytest.raises(EventProblem):
        record_case_event(ws, 1, "contact_attempt", TODAY, {"method": "duif", "reached": False})
    with ws.store.session() as session:
        assert session.scalars(select(CaseEvent)).all() == []


def test_a_note_returns_its_id_and_an_empty_one_is_refused(ws: Workspace) -> None:
    note_id = add_case_note(ws, 3, "  Belt morgen terug.  ")
    with ws.store.session() as session:
        note = session.get(InternalNote, note_id)
        assert note is not None
        assert (note.case_id, note.text, note.author) == (3, "Belt morgen terug.", ws.actor)
    with pytest.raises(EventProblem):
        add_case_note(ws, 3, "   ")


def test_a_consent_is_kept_with_the_case(ws: Workspace) -> None:
    record_case_consent(ws, 2, "delen_met_corporatie", TODAY, True)
    with ws.store.session() as session:
        consent = session.scalars(select(ConsentRecord)).one()
        assert (consent.case_id, consent.purpose, consent.written) == (
            2, "delen_met_corporatie", True
        )


def test_a_missing_case_is_a_lookup_error_not_a_crash_in_a_session(ws: Workspace) -> None:
    with pytest.raises(LookupError):
        add_case_note(ws, 999, "x")


def test_documents_are_attached_listed_and_copied(ws: Workspace, tmp_path: Path) -> None:
    info = attach_to_case(ws.store, 1, title="Brief", file_name="brief.txt", content=b"hallo",
                          actor=ws.actor)
    assert isinstance(info, DocumentInfo) and info.title == "Brief"
    assert [d.id for d in case_documents(ws.store, 1)] == [info.id]
    assert case_documents(ws.store, 2) == []
    target = tmp_path / "out" / "kopie.txt"
    target.parent.mkdir()
    save_document_copy(ws.store, info.id, target, actor=ws.actor)
    assert target.read_bytes() == b"hallo"
    assert [o for o, _, _ in _audit(ws, "export", "document")] == [str(info.id)]
    with pytest.raises(DocumentProblem):
        attach_to_case(ws.store, 1, title="Leeg", file_name="leeg.txt", content=b"",
                       actor=ws.actor)


def test_the_edit_form_reads_and_saves_in_sessions_of_its_own(ws: Workspace) -> None:
    assert edit_requests(ws.store, 1) == []
    form = edit_form(ws.store, 1, ["tenant_name", "phone"])
    assert form == EditForm({"tenant_name": "Anna Eerst", "phone": "0623456789"}, [])
    outcome = save_edit(ws, 1, {"phone": "06-11112222"}, [MemberEdit(None, "01-01-2016")])
    assert "phone" in [c.field for c in outcome.changes]
    again = edit_form(ws.store, 1, ["phone"])
    assert again.values == {"phone": "0611112222"}
    assert [m.birth_date for m in again.members] == [date(2016, 1, 1)]


def test_the_list_pages_and_the_corporations(ws: Workspace) -> None:
    names = [name for _, name in corporation_choices(ws.store)]
    assert "Ymere" in names and names == sorted(names)
    total, rows = first_page(ws, CaseFilter(), TODAY, 2)
    assert total == 3 and len(rows) == 2
    rest = next_page(ws, CaseFilter(), TODAY, 2, 2)
    assert len(rest) == 1
    assert {r.case_id for r in rows + rest} == {1, 2, 3}
