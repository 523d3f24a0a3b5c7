"""The calls the letter, intake, import, contacts, norm and navigation screens make into the
services (issue 17.4), on a real encrypted database: each opens its own session, writes what the
screen wrote and hands back plain data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Case, ConsentRecord, InternalNote
from app.services.breaches import pending_terms
from app.services.casework import load_context
from app.services.contacts.overview import (
    change_folder,
    contacts_overview,
    find_contacts,
    stored_folder,
)
from app.services.events import add_note, record_consent
from app.services.intake.by_hand import corporation_lookup, refuse_signal, store_signal
from app.services.intake.importer import (
    AlreadyPresent,
    import_signals,
    read_and_preview,
    run_import,
)
from app.services.intake.signals import validate_signal_fields
from app.services.keys import DatabaseKey
from app.services.letters import LetterKind, LetterProblem, LetterRequest
from app.services.letters.letter_actions import (
    case_names,
    due_feedback_count,
    make_for_window,
    profile_missing,
    share_note,
    sharing_of,
)
from app.services.navigation_counts import counts_for
from app.services.office_settings import SettingsRefused, save_norm, stored_norm
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.troubleshooter_desk import desk_cases
from app.services.workspace import Workspace, open_workspace
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    """Case 1 (feedback long overdue) and case 2 with an eviction date in December."""
    store = initialise(db_path, DatabaseKey(passphrase="screen services test passphrase"),
                       load_profile("haarlem"), "Sociaal Wijkteam Test")
    with store.transaction() as session:
        report = import_signals(
            session,
            signal_csv(
                signal_row(referentie="A", naam="Anna Eerst", melddatum="02-11-2026"),
                signal_row(referentie="E", naam="Eva Evict", melddatum="20-11-2026",
                           ontruimingsdatum="15-12-2026"),
            ),
            load_context(session),
            today=TODAY,
        )
        assert not report.errors, report.errors
    workspace = open_workspace(store, clock=lambda: TODAY)
    yield workspace
    workspace.close()


def _audit_count(ws: Workspace, action: str, object_type: str) -> int:
    with ws.store.session() as session:
        return len(session.scalars(select(AuditEntry.id).where(
            AuditEntry.action == action, AuditEntry.object_type == object_type
        )).all())


# --- letters ----------------------------------------------------------------------------------


def test_sharing_follows_the_written_consent_and_the_marks(ws: Workspace) -> None:
    with ws.store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        note_id = add_note(session, case, "Werkt mee.", actor=ws.actor).id
    before = sharing_of(ws.store, 1, TODAY)
    assert before.consent is False
    assert [(n.id, n.text, n.shareable) for n in before.notes] == [(note_id, "Werkt mee.", False)]

    with ws.store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        record_consent(session, case, "delen_met_corporatie", TODAY, True, today=TODAY)
    share_note(ws, note_id, True)
    after = sharing_of(ws.store, 1, TODAY)
    assert after.consent is True and after.notes[0].shareable is True
    with ws.store.session() as session:
        assert session.scalars(select(ConsentRecord.id)).all() != []
        assert session.get(InternalNote, note_id).shareable is True  # type: ignore[union-attr]
    assert _audit_count(ws, "change", "internal_note") == 1


def test_the_letter_dialog_gets_the_letter_services_own_refusal(ws: Workspace) -> None:
    with pytest.raises(LetterProblem):  # no letterhead yet in a new office
        make_for_window(ws, LetterRequest(1, LetterKind.FEEDBACK), TODAY, None)


def test_profile_due_letters_and_names(ws: Workspace) -> None:
    assert profile_missing(ws) is True
    assert due_feedback_count(ws.store, TODAY) >= 1
    assert due_feedback_count(ws.store, date(2026, 11, 2)) == 0
    assert case_names(ws.store, [2, 1]) == {1: "Anna Eerst (A)", 2: "Eva Evict (E)"}
    assert case_names(ws.store, []) == {}


# --- intake and import --------------------------------------------------------------------------


def test_a_signal_by_hand_is_stored_once_and_a_refusal_is_audited(ws: Workspace) -> None:
    resolve, names = corporation_lookup(ws)
    assert "Ymere" in names and resolve("ymere") is not None
    values = dict(zip(
        signal_csv(signal_row()).decode("cp1252").splitlines()[0].split(";"),
        signal_row(referentie="HAND-1", naam="Hans Hand").split(";"),
        strict=True,
    ))
    record, errors = validate_signal_fields(values, 0, resolve, today=TODAY)
    assert record is not None and not errors, errors
    case_id = store_signal(ws, record)
    with ws.store.session() as session:
        assert session.get(Case, case_id).reference == "HAND-1"  # type: ignore[union-attr]
    with pytest.raises(AlreadyPresent):
        store_signal(ws, record)

    refuse_signal(ws, "H 1.3", resolve("Ymere"))
    with ws.store.session() as session:
        (detail,) = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.object_type == "signal")
        ).all()
    assert detail.startswith("reason=H 1.3 corporation=")


def test_the_import_jobs_check_then_import_in_their_own_sessions(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "signalen.csv"
    path.write_bytes(signal_csv(signal_row(referentie="NEW-1", naam="Nina Nieuw")))
    data, preview = read_and_preview(ws.store, path, TODAY, ws.ctx.profile)
    assert data == path.read_bytes() and not preview.report.errors
    assert [r.reference for r in preview.records] == ["NEW-1"]
    with ws.store.session() as session:
        assert len(session.scalars(select(Case.id)).all()) == 2  # the check wrote nothing
    report = run_import(
        ws.store, ws.ctx, data, partial=False, today=TODAY, progress=lambda _d, _t: True,
        source_name=path.name,
    )
    assert report.applied and len(report.created) == 1
    with ws.store.session() as session:
        assert len(session.scalars(select(Case.id)).all()) == 3


# --- contacts, norm, navigation, desk, breaches ------------------------------------------------


def test_contacts_without_a_list_and_the_folder(ws: Workspace, tmp_path: Path) -> None:
    overview = contacts_overview(ws.store)
    assert overview.pending == [] and overview.versions == [] and overview.organisations == []
    assert find_contacts(ws.store, "Ymere") == []
    assert stored_folder(ws.store) is None
    folder = tmp_path / "gedeeld"
    assert change_folder(ws.store, folder, actor=ws.actor) == folder.absolute()
    assert stored_folder(ws.store) == folder.absolute()
    assert contacts_overview(ws.store).status.folder == str(folder.absolute())


def test_the_norm_is_read_and_saved(ws: Workspace) -> None:
    norm, months = stored_norm(ws.store)
    assert save_norm(ws.store, norm, months) is False  # nothing changed
    assert save_norm(ws.store, None, 24) is True
    assert stored_norm(ws.store) == (norm, 24)
    with pytest.raises(SettingsRefused):
        save_norm(ws.store, None, 0)
    assert stored_norm(ws.store)[1] == 24


def test_counts_desk_and_breach_terms_are_plain_data(ws: Workspace) -> None:
    counts = counts_for(ws)
    assert counts.views["inbox"] == 2 and counts.views["desk"] == 1
    assert [c.case_id for c in desk_cases(ws, TODAY)] == [2]
    assert desk_cases(ws, date(2026, 12, 16)) == []
    assert pending_terms(ws.store) == []
