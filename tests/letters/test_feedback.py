"""Feedback to the corporation: the allowed facts, in Dutch, and nothing else."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.models import Case, InternalNote
from app.services.casework import load_context
from app.services.events import add_note, record_consent, record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters import (
    LetterKind,
    LetterRequest,
    make_letter,
    mark_note_shareable,
    set_letterhead,
)
from app.services.letters.feedback import build_feedback, feedback_facts, render_feedback
from app.services.letters.fields import FEEDBACK_FIELDS, Decision, FeedbackFacts
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from tests.helpers import HEADER, signal_row
from tests.letters.conftest import TODAY, Office, SampleContacts, make_office, pdf_text


def _feedback_text(office: Office, contacts: SampleContacts, ref: str = "YM-1") -> str:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids[ref], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            contacts,
        )
    return pdf_text(made.pdf)


def _event(office: Office, ref: str, kind: str, on: date, **detail: object) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        record_event(session, case, kind, on, office.ctx, detail, today=TODAY)


def test_the_allow_list_is_exactly_step_6() -> None:
    """The dataclass has one field per item the covenant allows, and no other way in."""
    names = [f.name for f in dataclasses.fields(FeedbackFacts)]
    # `contact_sought` only words the `taken_on` item while undecided (no new item)
    assert names == ["included", *FEEDBACK_FIELDS, "shared_text", "contact_sought"]
    assert FeedbackFacts.__dataclass_params__.frozen  # type: ignore[attr-defined]
    # every profile's list is a subset of what Vangnet knows how to fill
    for profile in ("haarlem", "amsterdam"):
        assert set(load_profile(profile).feedback_fields) <= set(FEEDBACK_FIELDS)


def test_new_signal_feedback_holds_the_allowed_facts_in_dutch(
    office: Office, contacts: SampleContacts
) -> None:
    text = _feedback_text(office, contacts)
    # letterhead, addressee from the contact list, date line and references
    assert "Sociaal Wijkteam Schalkwijk" in text
    assert "Postbus 511" in text
    assert "Ymere" in text and "t.a.v. Linda Groen, klantadviseur betalingen" in text
    assert "per e-mail: l.groen@ymere.example" in text
    assert "Haarlem, 23 november 2026" in text
    assert f"Ons kenmerk VN-{office.ids['YM-1']}" in text
    assert "Uw kenmerk YM-1" in text
    assert "Betreft Terugkoppeling melding YM-1 van 16 november 2026" in text
    assert "Geachte heer/mevrouw," in text  # the sample list gives no aanhef
    # the identifying data the corporation supplied
    assert "Huurder Sanne Hoekstra" in text
    assert "Adres Amsterdamstraat 41, 2032 PK Haarlem" in text
    assert "Geboortedatum 17 augustus 1988" in text
    assert "Datum van de melding 16 november 2026" in text
    # the four questions of step 6, not yet answered
    assert "Contact met de huurder Nee, nog niet" in text
    assert "In behandeling genomen Nog niet besloten" in text
    assert "Incasso hervatten Nee, nog niet" in text
    assert "aflossing achterstand Nog niet afgesproken" in text
    # closing and signer
    assert "Met vriendelijke groet, Marieke de Boer teamleider Sociaal Wijkteam" in text
    # not in a feedback letter: phone, arrears amount, occupants (not identifying data)
    assert "06-23456789" not in text and "0623456789" not in text
    assert "1.612,40" not in text
    assert "bewoners" not in text


def test_answers_follow_the_timeline(office: Office, contacts: SampleContacts) -> None:
    _event(office, "YM-1", "contact_attempt", date(2026, 11, 17), method="telefoon", reached=False)
    text = _feedback_text(office, contacts)
    assert "Contact met de huurder Nee, nog niet" in text
    # issue 16.5: the case is "in behandeling" in the window now; the letter says why, without
    # claiming a decision nobody made (B2 step 6)
    assert "In behandeling genomen Nog niet besloten: het wijkteam heeft de melding opgepakt" in (
        text
    )
    _event(office, "YM-1", "contact_attempt", date(2026, 11, 18), method="huisbezoek", reached=True)
    _event(office, "YM-1", "taken_on", date(2026, 11, 18), may_resume=False)
    _event(office, "YM-1", "arrangement_made", date(2026, 11, 20), date="2026-12-01")
    text = _feedback_text(office, contacts)
    assert "Contact met de huurder Ja, er is contact gelegd" in text
    assert "In behandeling genomen Ja, de melding is in behandeling genomen" in text
    assert "Incasso hervatten Ja, de incasso kan worden hervat" in text
    assert "aflossing achterstand 1 december 2026" in text
    # a missed rent notice after the arrangement: collection may not resume (yet)
    _event(office, "YM-1", "missed_rent_notice", date(2026, 11, 23))
    assert "Incasso hervatten Nee, nog niet" in _feedback_text(office, contacts)


def test_not_taken_on_says_so_but_never_why(office: Office, contacts: SampleContacts) -> None:
    reason = "huurder heeft een burn-out en schulden bij familie"
    _event(office, "YM-1", "not_taken_on", date(2026, 11, 19), reason=reason, may_resume=True)
    text = _feedback_text(office, contacts)
    assert "In behandeling genomen Nee, de melding is niet in behandeling genomen" in text
    assert "Incasso hervatten Ja, de incasso kan worden hervat" in text
    assert "burn-out" not in text and "familie" not in text


def test_undone_and_later_events_do_not_count(office: Office, contacts: SampleContacts) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        event = record_event(
            session,
            case,
            "taken_on",
            date(2026, 11, 18),
            office.ctx,
            {"may_resume": True},
            today=TODAY,
        )
        from app.services.events import undo_event

        undo_event(session, event, case, office.ctx)
    assert "In behandeling genomen Nog niet besloten" in _feedback_text(office, contacts)


def test_shared_notes_need_written_consent_and_a_mark(
    office: Office, contacts: SampleContacts
) -> None:
    shared = "De huurder betaalt voortaan via budgetbeheer bij de Kredietbank."
    internal = "Huurder vertelde over ziekte in het gezin."
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        note = add_note(session, case, shared)
        add_note(session, case, internal)
        note_id = note.id
    # marked, but no consent: not in the letter
    with office.store.transaction() as session:
        mark_note_shareable(session, note_id)
    assert shared not in _feedback_text(office, contacts)
    # oral consent is not enough (B2 step 6: written)
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_consent(session, case, "delen_met_corporatie", TODAY, False, today=TODAY)
    assert shared not in _feedback_text(office, contacts)
    # written consent: the marked note, and only that one
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_consent(session, case, "delen_met_corporatie", TODAY, True, today=TODAY)
    text = _feedback_text(office, contacts)
    assert "Met schriftelijke toestemming van de huurder delen wij ook het volgende:" in text
    assert shared in text
    assert internal not in text
    # unmarking takes it out again
    with office.store.transaction() as session:
        mark_note_shareable(session, note_id, False)
    assert shared not in _feedback_text(office, contacts)


def test_a_corporation_note_from_the_import_is_not_kept_at_all(
    db_path: Path, contacts: SampleContacts
) -> None:
    """B2 step 1: the corporation's free text is not among what the covenant lets us keep."""
    office = make_office(
        db_path, [signal_row(referentie="N-1", notitie="Huurder is depressief volgens buren")]
    )
    try:
        text = _feedback_text(office, contacts, "N-1")
        with office.session() as session:
            notes = session.scalars(select(InternalNote.text)).all()
    finally:
        office.store.close()
    assert "depressief" not in text
    assert notes == []


def test_amsterdam_feedback_follows_its_own_list(tmp_path: Path, contacts: SampleContacts) -> None:
    """Another covenant, another list: the builder reads the profile, not a fixed set."""
    store = initialise(
        tmp_path / "a.db",
        DatabaseKey(passphrase="amsterdam test pass"),
        load_profile("amsterdam"),
        "Buurtteam Amsterdam-Oost",
    )
    try:
        row = signal_row(corporatie="Eigen Haard", referentie="EH-9", melddatum="16-11-2026")
        with store.transaction() as session:
            ctx = load_context(session)
            report = import_signals(session, f"{HEADER}\r\n{row}\r\n".encode(), ctx, today=TODAY)
            assert not report.errors, report.errors
            set_letterhead(
                session,
                address_lines=["Postbus 1", "1000 AA Amsterdam"],
                signer="A",
                signer_function="B",
            )
            case = session.scalars(select(Case)).one()
            record_event(
                session,
                case,
                "instrument_deployed",
                date(2026, 11, 18),
                ctx,
                {"instrument": "vroeg_eropaf"},
                today=TODAY,
            )
            record_event(session, case, "taken_on", date(2026, 11, 18), ctx, {"may_resume": False})
            facts = feedback_facts(session, case.id, ctx, TODAY)
            assert "payment_resumption_date" not in facts.included
            assert facts.payment_resumption_date is None
            assert facts.instrument_deployed == ("Vroeg Eropaf",)
            contacts_with_eh = SampleContacts(
                [
                    *contacts.contacts,
                    dataclasses.replace(
                        contacts.contacts[0],
                        organisation="Woningstichting Eigen Haard",
                        code="EIGENHAARD",
                        name="Piet Post",
                    ),
                ]
            )
            text = pdf_text(
                render_feedback(build_feedback(session, case.id, ctx, TODAY, contacts_with_eh)).pdf
            )
    finally:
        store.close()
    assert "Amsterdam, 23 november 2026" in text
    assert "Ingezet instrument Vroeg Eropaf" in text
    assert "Afgesproken hervatting" not in text


def test_facts_are_typed_values(office: Office) -> None:
    with office.session() as session:
        facts = feedback_facts(session, office.ids["YM-1"], office.ctx, TODAY)
    assert facts.taken_on is Decision.UNDECIDED
    assert facts.contact_made is False
    assert facts.shared_text == ()
    assert facts.signal_date == date(2026, 11, 16)
