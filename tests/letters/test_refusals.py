"""A letter that cannot be made says exactly what is missing and leaves nothing on disk."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Case, CaseEvent
from app.services.events import record_event
from app.services.letters import (
    FolderProblem,
    LetterKind,
    LetterProblem,
    LetterRequest,
    set_letterhead,
    write_letter,
)
from app.services.letters.addressing import NoContactList
from app.services.problems import problem as problem_
from app.services.store import set_setting
from tests.helpers import signal_row
from tests.letters.conftest import TODAY, Office, SampleContacts, make_office


def _refused(
    office: Office, contacts: object, ref: str | int, kind: LetterKind, folder: Path, **kw: object
) -> LetterProblem:
    case_id = office.ids[ref] if isinstance(ref, str) else ref
    with office.session() as session:
        before = session.scalar(select(func.count()).select_from(CaseEvent))
    with pytest.raises(LetterProblem) as caught:
        write_letter(
            office.store,
            LetterRequest(case_id, kind, **kw),  # type: ignore[arg-type]
            office.ctx,
            TODAY,
            folder / "brief.pdf",
            contacts=contacts,  # type: ignore[arg-type]
        )
    assert list(folder.iterdir()) == []  # no file, no temporary file
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == before
    return caught.value


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "brieven"
    out.mkdir()
    return out


def test_no_corporation_contact(office: Office, contacts: SampleContacts, folder: Path) -> None:
    problem = _refused(
        office, contacts.without("corporatie", "YMERE"), "YM-1", LetterKind.FEEDBACK, folder
    )
    assert problem.problems == (problem_("letter.no_contact_corporatie", organisation="Ymere"),)
    assert str(problem) == "there is no contact person of Ymere in the contact list"


def test_no_contact_list_at_all(office: Office, folder: Path) -> None:
    problem = _refused(office, NoContactList(), "ELAN-7", LetterKind.FEEDBACK, folder)
    assert problem.first == problem_("letter.no_contact_corporatie", organisation="Elan Wonen")


def test_no_wijkteam_contact(office: Office, contacts: SampleContacts, folder: Path) -> None:
    problem = _refused(
        office,
        contacts.without("wijkteam"),
        "YM-1",
        LetterKind.ANNOUNCEMENT,
        folder,
        with_opt_out=True,
    )
    assert problem.first == problem_("letter.no_contact_wijkteam.postcode", postcode="2032 PK")
    assert problem.codes == ("no_contact_wijkteam",)
    assert str(problem) == (
        "there is no contact person of the Sociaal Wijkteam for postcode 2032 PK in the "
        "contact list"
    )


def test_wijkteam_contact_without_phone_or_email(
    office: Office, contacts: SampleContacts, folder: Path
) -> None:
    unreachable = contacts.changed("wijkteam", phone="", email="")
    problem = _refused(
        office, unreachable, "YM-1", LetterKind.ANNOUNCEMENT, folder, with_opt_out=True
    )
    assert problem.codes == ("contact_unreachable",)
    assert "neither a phone number nor an e-mail address" in str(problem)


def test_no_troubleshooter_and_no_eviction_date_at_once(
    office: Office, contacts: SampleContacts, folder: Path
) -> None:
    problem = _refused(
        office, contacts.without("troubleshooter"), "YM-1", LetterKind.TROUBLESHOOTER, folder
    )
    assert problem.codes == ("no_eviction_date", "no_contact_troubleshooter")
    assert problem.heading == problem_("letter.refused")  # the window lists them under it
    assert str(problem) == (
        "no eviction date is known for this case (record the court verdict first); "
        "there is no troubleshooter in the contact list"
    )


def test_incomplete_tenant_address(db_path: Path, contacts: SampleContacts, folder: Path) -> None:
    office = make_office(db_path, [signal_row(referentie="NA-1")])
    try:
        with office.store.transaction() as session:
            case = session.get(Case, office.ids["NA-1"])
            assert case is not None
            case.street, case.postcode = "", " "
        problem = _refused(office, contacts, "NA-1", LetterKind.ANNOUNCEMENT, folder)
    finally:
        office.store.close()
    assert problem.codes == ("address_incomplete",)
    assert str(problem) == "the tenant's address is incomplete: street and postcode are missing"


def test_incomplete_letterhead(db_path: Path, contacts: SampleContacts, folder: Path) -> None:
    office = make_office(db_path, letterhead=False)
    try:
        problem = _refused(office, contacts, "YM-1", LetterKind.FEEDBACK, folder)
        # the window's text names both settings pages; the command line names the command
        assert problem.first.code == "letter.letterhead_incomplete.both"
        assert str(problem) == (
            "the letterhead is incomplete: office address, signer's name and signer's function "
            "are missing (set with `vangnet letterhead`)"
        )
        with office.store.transaction() as session:
            set_letterhead(session, address_lines=["Postbus 1"], signer="A. Bakker")
        problem = _refused(office, contacts, "YM-1", LetterKind.FEEDBACK, folder)
        assert problem.first.code == "letter.letterhead_incomplete.letterhead"
        assert str(problem) == (
            "the letterhead is incomplete: signer's function is missing "
            "(set with `vangnet letterhead`)"
        )
    finally:
        office.store.close()


def test_closed_case_and_unknown_case(
    office: Office, contacts: SampleContacts, folder: Path
) -> None:
    unknown = _refused(office, contacts, 999, LetterKind.FEEDBACK, folder)
    assert unknown.problems == (problem_("letter.no_case", case=999),)
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(
            session, case, "closed", TODAY, office.ctx, {"outcome": "voorkomen"}, today=TODAY
        )
    problem = _refused(office, contacts, "YM-1", LetterKind.FEEDBACK, folder)
    assert problem.codes == ("closed",)


def test_visit_in_the_past(office: Office, contacts: SampleContacts, folder: Path) -> None:
    problem = _refused(
        office, contacts, "YM-1", LetterKind.ANNOUNCEMENT, folder, visit=datetime(2026, 11, 20, 10)
    )
    assert problem.codes == ("visit_in_past",)


def test_letter_dated_before_the_signal_is_not_put_on_the_timeline(
    office: Office, contacts: SampleContacts, folder: Path
) -> None:
    # (an announcement: a feedback dated then would first lack the team's answer, B2 step 6)
    with pytest.raises(LetterProblem) as caught:
        write_letter(
            office.store,
            LetterRequest(
                office.ids["YM-1"], LetterKind.ANNOUNCEMENT, visit=datetime(2026, 11, 12, 10)
            ),
            office.ctx,
            date(2026, 11, 10),
            folder / "brief.pdf",
            contacts=contacts,
        )
    assert caught.value.codes == ("before_signal",)
    assert list(folder.iterdir()) == []


def test_missing_folder(office: Office, contacts: SampleContacts, tmp_path: Path) -> None:
    with pytest.raises(FolderProblem) as caught:
        write_letter(
            office.store,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            tmp_path / "bestaat-niet" / "brief.pdf",
            contacts=contacts,
        )
    assert caught.value.first == problem_(
        "letter.folder_missing", folder=str(tmp_path / "bestaat-niet")
    )


def test_failure_while_recording_leaves_no_file(
    office: Office, contacts: SampleContacts, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file appears only once the timeline entry is in; a failure there removes it."""
    from app.services.letters import service

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full while auditing")

    monkeypatch.setattr(service.audit, "record", broken)
    with pytest.raises(RuntimeError):
        write_letter(
            office.store,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            folder / "brief.pdf",
            contacts=contacts,
        )
    assert list(folder.iterdir()) == []
    with office.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(CaseEvent)
                .where(CaseEvent.kind == "letter_generated")
            )
            == 0
        )


def test_failed_commit_removes_the_new_file(
    office: Office, contacts: SampleContacts, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm.session import SessionTransaction

    def failing_commit(self: SessionTransaction, *_a: object) -> None:
        raise OSError("database is locked")

    monkeypatch.setattr(SessionTransaction, "commit", failing_commit)
    with pytest.raises(OSError):
        write_letter(
            office.store,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            folder / "brief.pdf",
            contacts=contacts,
        )
    assert list(folder.iterdir()) == []


def test_refusal_is_not_audited_as_an_export(
    office: Office, contacts: SampleContacts, folder: Path
) -> None:
    _refused(office, NoContactList(), "YM-1", LetterKind.FEEDBACK, folder)
    with office.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.object_type == "letter")
            )
            == 0
        )


def test_office_name_missing(office: Office, contacts: SampleContacts, folder: Path) -> None:
    with office.store.transaction() as session:
        set_setting(session, "office_name", " ")
    problem = _refused(office, contacts, "YM-1", LetterKind.FEEDBACK, folder)
    assert problem.first.code == "letter.letterhead_incomplete.office"
    assert "office name is missing" in str(problem)
    assert os.listdir(folder) == []
