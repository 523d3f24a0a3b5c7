"""The statement on the Sluitende Aanpak (Amsterdam A 1.13): instruments and dates, nothing more.

Under the Amsterdam covenant a tenant reaches the bailiff for rent arrears only after at least
one instrument was demonstrably deployed. The statement lists them with Dutch dates, and the
recorded refusals to cooperate by kind and date only. It is refused under a covenant without a
Sluitende Aanpak (Haarlem) and while no instrument is recorded (the case is `bailiff_blocked`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from app.models import Case, CaseDocument, CaseEvent
from app.services.casework import load_context
from app.services.events import add_note, record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    make_letter,
    mark_sent,
    write_letter,
)
from app.services.letters.fonts import printable
from app.services.letters.letterhead import set_letterhead
from app.services.letters.sluitende import build_sluitende_aanpak, render_sluitende_aanpak
from app.services.money import Budget, BudgetLine
from app.services.rules.profile import load_profile
from app.services.sdv.inventory import DebtEntry, save_inventory
from app.services.setup import initialise
from tests.helpers import HEADER, signal_row
from tests.letters.conftest import (
    LETTERS_PASSPHRASE,
    TODAY,
    Office,
    SampleContacts,
    logo_png,
    make_office,
    pdf_text,
)
from tests.letters.test_no_leak import secret

AMSTERDAM_ROWS = [
    signal_row(
        referentie="YM-A1",
        naam="Fatima Bouzid",
        melddatum="16-11-2026",
        straat="Javastraat",
        huisnummer="12",
        postcode="1094 HB",
        woonplaats="Amsterdam",
        deurwaarder_gepland="15-12-2026",
    ),
]


def make_amsterdam_office(path: Path) -> Office:
    """An office under the Amsterdam covenant (A 1.13), with a Ymere case and a letterhead."""
    store = initialise(
        path, DatabaseKey(passphrase=LETTERS_PASSPHRASE), load_profile("amsterdam"), "Civic"
    )
    with store.transaction() as session:
        ctx = load_context(session)
        data = ("\r\n".join([HEADER, *AMSTERDAM_ROWS]) + "\r\n").encode("utf-8")
        report = import_signals(session, data, ctx, today=TODAY)
        assert not report.errors, report.errors
        set_letterhead(
            session,
            address_lines=("Postbus 1234", "1000 BE Amsterdam"),
            signer="Joost Verhoeven",
            signer_function="schuldhulpverlener",
            logo=logo_png("CIVIC"),
        )
    with store.session() as session:
        ids = {ref: cid for ref, cid in session.execute(select(Case.reference, Case.id))}
    return Office(store, ctx, ids)


@pytest.fixture
def amsterdam(db_path: Path) -> Iterator[Office]:
    made = make_amsterdam_office(db_path)
    yield made
    made.store.close()


def _record(office: Office, kind: str, on: date, **detail: object) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-A1"])
        assert case is not None
        record_event(session, case, kind, on, office.ctx, detail, today=TODAY)


def _flags(office: Office) -> list[str]:
    with office.session() as session:
        case = session.get(Case, office.ids["YM-A1"])
        assert case is not None
        return list(case.flag_list)


def _make(office: Office, contacts: SampleContacts, ref: str = "YM-A1") -> bytes:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids[ref], LetterKind.SLUITENDE_AANPAK),
            office.ctx,
            TODAY,
            contacts,
        )
    assert made.file_name.endswith("-sluitende-aanpak.pdf")
    return made.pdf


def test_the_statement_lists_instruments_and_refusals_with_dutch_dates(
    amsterdam: Office, contacts: SampleContacts
) -> None:
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="vroeg_eropaf")
    _record(amsterdam, "cooperation_refused", date(2026, 11, 19), reason="Wil geen hulp van Civic")
    _record(amsterdam, "instrument_deployed", date(2026, 11, 20), instrument="budgetbeheer")
    text = pdf_text(_make(amsterdam, contacts))
    assert "Amsterdam, 23 november 2026" in text
    assert "Ymere" in text and "t.a.v. Linda Groen" in text
    assert "Uw kenmerk YM-A1" in text
    assert "Betreft Verklaring Sluitende Aanpak – melding YM-A1 van 16 november 2026" in text
    assert "artikel 1.13" in text
    assert "Huurder Fatima Bouzid" in text
    assert "Adres Javastraat 12, 1094 HB Amsterdam" in text
    assert "Instrument Ingezet op" in text
    assert "Vroeg Eropaf 18 november 2026" in text
    assert "Budgetbeheer 20 november 2026" in text
    assert "Vastgelegde weigeringen" in text
    assert "Weigering om mee te werken 19 november 2026" in text
    assert "Wil geen hulp" not in text  # kind and date only
    assert text.index("Vroeg Eropaf") < text.index("Budgetbeheer")


def test_without_refusals_there_is_no_refusal_section(
    amsterdam: Office, contacts: SampleContacts
) -> None:
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="geregelde_betaling")
    text = pdf_text(_make(amsterdam, contacts))
    assert "Geregelde Betaling 18 november 2026" in text
    assert "weigering" not in text.casefold()


def test_no_instrument_is_refused_while_the_bailiff_is_blocked(
    amsterdam: Office, contacts: SampleContacts
) -> None:
    assert "bailiff_blocked" in _flags(amsterdam)
    _record(amsterdam, "cooperation_refused", date(2026, 11, 19))  # a refusal is no instrument
    with pytest.raises(LetterProblem) as caught:
        _make(amsterdam, contacts)
    assert caught.value.codes == ("no_instrument",)
    assert str(caught.value) == (
        "no instrument of the Sluitende Aanpak has been recorded; record one first (A 1.13)"
    )
    _record(amsterdam, "instrument_deployed", date(2026, 11, 20), instrument="vroeg_eropaf")
    assert "bailiff_blocked" not in _flags(amsterdam)
    assert "Vroeg Eropaf 20 november 2026" in pdf_text(_make(amsterdam, contacts))


def test_an_undone_instrument_does_not_count(amsterdam: Office, contacts: SampleContacts) -> None:
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="vroeg_eropaf")
    with amsterdam.store.transaction() as session:
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.kind == "instrument_deployed")
        ).one()
        event.undone_at = event.recorded_at
    with pytest.raises(LetterProblem) as caught:
        _make(amsterdam, contacts)
    assert caught.value.codes == ("no_instrument",)


def test_every_missing_thing_is_listed_at_once(amsterdam: Office, contacts: SampleContacts) -> None:
    with pytest.raises(LetterProblem) as caught:
        _make(amsterdam, contacts.without("corporatie", "YMERE"))
    assert caught.value.codes == ("no_contact_corporatie", "no_instrument")


def test_refused_under_a_covenant_without_a_sluitende_aanpak(
    db_path: Path, contacts: SampleContacts
) -> None:
    haarlem = make_office(db_path)
    try:
        with pytest.raises(LetterProblem) as caught:
            _make(haarlem, contacts, "YM-1")
    finally:
        haarlem.store.close()
    assert caught.value.codes == ("no_sluitende_aanpak",)
    assert "only under a covenant with a Sluitende Aanpak (A 1.13)" in str(caught.value)
    assert caught.value.first.params == {"covenant": "Convenant Preventie huisuitzettingen Haarlem"}


def test_saving_records_it_and_there_is_nothing_to_mark(
    amsterdam: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="vroeg_eropaf")
    case_id = amsterdam.ids["YM-A1"]
    request = LetterRequest(case_id, LetterKind.SLUITENDE_AANPAK)
    target = tmp_path / "verklaring.pdf"
    saved = write_letter(amsterdam.store, request, amsterdam.ctx, TODAY, target, contacts=contacts)
    assert target.read_bytes() == saved.pdf
    with amsterdam.session() as session:
        event = session.get(CaseEvent, saved.event_id)
        assert event is not None and event.kind == "letter_generated"
        assert json.loads(event.detail) == {
            "letter": "sluitende_aanpak",
            "addressee": "corporatie",
            "file": "verklaring.pdf",
        }
        document = session.scalars(
            select(CaseDocument).where(CaseDocument.case_id == case_id)
        ).one()
        assert document.title == "Verklaring Sluitende Aanpak"
        assert document.content == saved.pdf
        before = session.scalar(select(CaseEvent.id).order_by(CaseEvent.id.desc()).limit(1))
    with amsterdam.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(session, request, amsterdam.ctx, TODAY, today=TODAY)
    assert caught.value.codes == ("nothing_to_mark",)
    with amsterdam.session() as session:
        after = session.scalar(select(CaseEvent.id).order_by(CaseEvent.id.desc()).limit(1))
    assert after == before  # nothing recorded


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(note=secret("N"), reason=secret("R"), extra=secret("E"), creditor=secret("C"))
def test_nothing_but_instruments_and_dates_reaches_the_statement(
    amsterdam: Office,
    contacts: SampleContacts,
    note: str,
    reason: str,
    extra: str,
    creditor: str,
) -> None:
    """Notes, reasons, free text in event details and the inventory never appear."""
    ctx, case_id = amsterdam.ctx, amsterdam.ids["YM-A1"]
    with amsterdam.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        add_note(session, case, note)
        record_event(
            session,
            case,
            "instrument_deployed",
            date(2026, 11, 18),
            ctx,
            {"instrument": "vroeg_eropaf", "notitie": extra},
            today=TODAY,
        )
        record_event(
            session, case, "cooperation_refused", TODAY, ctx, {"reason": reason}, today=TODAY
        )
        record_event(
            session,
            case,
            "not_taken_on",
            TODAY,
            ctx,
            {"reason": reason, "may_resume": False},
            today=TODAY,
        )
        budget = Budget(
            "alleenstaande", 0, (BudgetLine(extra, Decimal("1234.56")),), (), Decimal("654.32")
        )
        save_inventory(session, case, budget, [DebtEntry(creditor, "overig", Decimal("987.65"))])
        session.flush()
        text = pdf_text(
            render_sluitende_aanpak(
                build_sluitende_aanpak(session, case_id, ctx, TODAY, contacts)
            ).pdf
        )
        session.rollback()
    flat = "".join(text.split())
    for hidden in (note, reason, extra, creditor):
        squeezed = "".join(hidden.split())
        assert squeezed not in flat and "".join(printable(hidden).split()) not in flat
    for amount in ("1.234,56", "654,32", "987,65", "€"):
        assert amount not in text
    assert "Vroeg Eropaf 18 november 2026" in text  # the statement was made
    assert "Niet in behandeling genomen 23 november 2026" in text
