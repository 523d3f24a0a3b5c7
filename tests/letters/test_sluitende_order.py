"""Issue 14.2: the Sluitende Aanpak follows the order of events, and names the eviction ground.

Amsterdam A 1.13 lid 1: "dat een Amsterdammer vanwege Huurschulden slechts dan bij de
deurwaarder terecht komt, wanneer de Partner of een van de andere Deelnemers aantoonbaar een of
meerdere van de instrumenten van de Sluitende Aanpak heeft ingezet". Lid 3: "dat Amsterdammers
niet op basis van Huurschulden worden ontruimd, met uitzondering van die gevallen waar sprake is
van (herhaaldelijke) weigering tot meewerken of niet nakoming van gemaakte afspraken [...]
bijv. in geval van Woonfraude of langlopende overlast dossiers". A 1.5: Geregelde Betaling is
"ten behoeve van Uitkeringsgerechtigden" (A 1.9: a Participatiewet benefit).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models import Case
from app.services.clock import FixedClock
from app.services.events import EventProblem, record_event
from app.services.letters import LetterKind, LetterRequest, make_letter
from app.services.letters.problems import LetterProblem
from tests.letters.conftest import Office, SampleContacts, make_office, pdf_text
from tests.letters.test_sluitende_aanpak_letter import make_amsterdam_office


@pytest.fixture
def amsterdam(db_path: Path, test_clock: FixedClock) -> Iterator[Office]:
    test_clock.moment = test_clock.moment.replace(month=11, day=26)  # a Thursday
    made = make_amsterdam_office(db_path)
    yield made
    made.store.close()


def _record(office: Office, kind: str, on: date, **detail: Any) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-A1"])
        assert case is not None
        record_event(session, case, kind, on, office.ctx, detail)


def _flags(office: Office) -> list[str]:
    with office.session() as session:
        case = session.get(Case, office.ids["YM-A1"])
        assert case is not None
        return list(case.flag_list)


def _statement(office: Office, contacts: SampleContacts, on: date) -> str:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-A1"], LetterKind.SLUITENDE_AANPAK),
            office.ctx,
            on,
            contacts,
        )
    return pdf_text(made.pdf)


def test_an_instrument_recorded_after_the_bailiff_date_does_not_unblock(
    amsterdam: Office,
) -> None:
    """Lid 1: bailiff on 10 November, budgetbeheer on 25 November: still blocked."""
    _record(amsterdam, "bailiff_date_set", date(2026, 11, 3), date="2026-11-10")
    assert "bailiff_blocked" in _flags(amsterdam)
    _record(amsterdam, "instrument_deployed", date(2026, 11, 25), instrument="budgetbeheer")
    assert "bailiff_blocked" in _flags(amsterdam)
    _record(amsterdam, "instrument_deployed", date(2026, 11, 5), instrument="vroeg_eropaf")
    assert "bailiff_blocked" not in _flags(amsterdam)


def test_an_eviction_date_without_a_ground_is_flagged_and_the_statement_waits(
    amsterdam: Office, contacts: SampleContacts
) -> None:
    """Lid 3: an eviction for rent arrears needs a ground; the statement names it."""
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="vroeg_eropaf")
    _record(amsterdam, "eviction_date_set", date(2026, 11, 24), date="2027-01-12")
    assert "eviction_without_ground" in _flags(amsterdam)
    with pytest.raises(LetterProblem) as refused:
        _statement(amsterdam, contacts, date(2026, 11, 26))
    assert refused.value.codes == ("no_eviction_ground",)

    _record(amsterdam, "eviction_ground", date(2026, 11, 25), ground="woonfraude")
    assert "eviction_without_ground" not in _flags(amsterdam)
    text = _statement(amsterdam, contacts, date(2026, 11, 26))
    assert "Grond voor de ontruiming" in text
    assert "12 januari 2027" in text and "woonfraude (vastgelegd op 25 november 2026)" in text


def test_a_ground_must_be_one_of_the_three(amsterdam: Office) -> None:
    with pytest.raises(EventProblem) as refused:
        _record(amsterdam, "eviction_ground", date(2026, 11, 25), ground="huurschuld")
    assert refused.value.code == "bad_ground"


def test_haarlem_records_no_eviction_ground(db_path: Path) -> None:
    """The Haarlem covenant has no Sluitende Aanpak, so no lid 3 ground either."""
    office = make_office(db_path)
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        with pytest.raises(EventProblem) as refused:
            record_event(
                session,
                case,
                "eviction_ground",
                case.signal_date,
                office.ctx,
                {"ground": "overlast"},
            )
    assert refused.value.code == "no_sluitende_aanpak"
    office.store.close()


def test_geregelde_betaling_needs_a_participatiewet_benefit(amsterdam: Office) -> None:
    """A 1.5 / 1.9: refused when there is no benefit; flagged while it is not recorded."""
    with pytest.raises(EventProblem) as refused:
        _record(
            amsterdam,
            "instrument_deployed",
            date(2026, 11, 18),
            instrument="geregelde_betaling",
            participatiewet=False,
        )
    assert refused.value.code == "not_eligible"
    _record(amsterdam, "instrument_deployed", date(2026, 11, 18), instrument="geregelde_betaling")
    assert "benefit_unrecorded" in _flags(amsterdam)


def test_geregelde_betaling_with_a_benefit_is_not_flagged(amsterdam: Office) -> None:
    _record(
        amsterdam,
        "instrument_deployed",
        date(2026, 11, 18),
        instrument="geregelde_betaling",
        participatiewet=True,
    )
    assert "benefit_unrecorded" not in _flags(amsterdam)
    assert "bailiff_blocked" not in _flags(amsterdam)
