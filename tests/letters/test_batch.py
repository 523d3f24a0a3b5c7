"""Every feedback letter due today or overdue: one PDF each, one combined, failures listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Case, CaseDeadline, CaseEvent
from app.services.events import record_event
from app.services.letters import (
    FolderProblem,
    due_feedback_case_ids,
    mark_batch_sent,
    run_feedback_batch,
)
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_pages, pdf_text


def test_due_means_today_or_overdue_and_unmet(office: Office) -> None:
    with office.session() as session:
        # PRE-3 due 9 Nov, ELAN-7 due 20 Nov, YM-1 due today (23 Nov)
        assert due_feedback_case_ids(session, TODAY) == [
            office.ids["PRE-3"],
            office.ids["ELAN-7"],
            office.ids["YM-1"],
        ]
        assert due_feedback_case_ids(session, date(2026, 11, 20)) == [
            office.ids["PRE-3"],
            office.ids["ELAN-7"],
        ]
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["ELAN-7"])
        assert case is not None
        record_event(
            session, case, "feedback_sent", date(2026, 11, 19), office.ctx, {}, today=TODAY
        )
    with office.session() as session:
        assert office.ids["ELAN-7"] not in due_feedback_case_ids(session, TODAY)


def test_batch_writes_each_letter_and_a_combined_pdf(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    folder = tmp_path / "afdrukken"
    folder.mkdir()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    # Pré Wonen has no contact person: that letter fails, the others are made
    report = run_feedback_batch(
        office.store,
        office.ctx,
        folder,
        TODAY,
        progress=progress,
        contacts=contacts.without("corporatie", "PRE"),
    )
    assert report.total == 3 and not report.cancelled
    assert [m.case_id for m in report.made] == [office.ids["ELAN-7"], office.ids["YM-1"]]
    assert [(f.case_id, f.refusal.codes, f.english) for f in report.failed] == [
        (
            office.ids["PRE-3"],
            ("no_contact_corporatie",),
            "there is no contact person of Pré Wonen in the contact list",
        )
    ]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        [
            "2026-11-23-alle-terugkoppelingen.pdf",
            f"2026-11-23-zaak-{office.ids['ELAN-7']}-terugkoppeling.pdf",
            f"2026-11-23-zaak-{office.ids['YM-1']}-terugkoppeling.pdf",
        ]
    )
    assert report.combined == folder / "2026-11-23-alle-terugkoppelingen.pdf"
    combined = report.combined.read_bytes()
    assert pdf_pages(combined) == sum(m.pages for m in report.made)
    text = pdf_text(combined)
    assert text.index("Uw kenmerk ELAN-7") < text.index("Uw kenmerk YM-1")
    assert "Şükrü Yılmaz-Łukasiewicz" in text and "Sanne Hoekstra" in text
    # each made letter is on its timeline; nothing for the failed one
    with office.session() as session:
        kinds = {
            case_id: [
                e.kind
                for e in session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id))
            ]
            for case_id in office.ids.values()
        }
    assert "letter_generated" in kinds[office.ids["YM-1"]]
    assert "letter_generated" not in kinds[office.ids["PRE-3"]]


def test_cancel_keeps_what_was_made(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    def progress(done: int, total: int) -> bool:
        return done < 1  # stop after the first letter

    report = run_feedback_batch(
        office.store, office.ctx, tmp_path, TODAY, progress=progress, contacts=contacts
    )
    assert report.cancelled
    assert len(report.made) == 1
    assert report.combined is not None and pdf_pages(report.combined.read_bytes()) == 1
    assert not list(tmp_path.glob(".vangnet-*"))


def test_marking_the_batch_sent_meets_the_deadlines(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    report = run_feedback_batch(office.store, office.ctx, tmp_path, TODAY, contacts=contacts)
    assert len(report.made) == 3
    failed = mark_batch_sent(
        office.store, office.ctx, [m.case_id for m in report.made], TODAY, today=TODAY
    )
    assert failed == []
    with office.session() as session:
        met = session.scalars(
            select(CaseDeadline.met_on).where(CaseDeadline.term_id == "feedback")
        ).all()
        assert met == [TODAY, TODAY, TODAY]
        assert due_feedback_case_ids(session, TODAY) == []


def test_a_missing_folder_stops_the_batch(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    with pytest.raises(FolderProblem):
        run_feedback_batch(office.store, office.ctx, tmp_path / "weg", TODAY, contacts=contacts)
