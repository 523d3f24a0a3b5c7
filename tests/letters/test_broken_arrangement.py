"""H 3.9: "Wanneer de huurder gemaakte betaalafspraken niet nakomt wordt het Sociaal Wijkteam
direct geïnformeerd en vica versa." The notice to the corporation, and the case view's prompt."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.case_detail import broken_arrangement_untold, case_detail
from app.services.events import add_note, record_event
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    make_letter,
    mark_sent,
    write_letter,
)
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_text

NOTE = "Vertelt dat de uitkering is gestopt door ziekte"


def _record(office: Office, kind: str, on: date, **detail: Any) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(session, case, kind, on, office.ctx, detail, actor="swt", today=TODAY)


def _request(office: Office) -> LetterRequest:
    return LetterRequest(office.ids["YM-1"], LetterKind.BROKEN_ARRANGEMENT)


def _untold(office: Office) -> str | None:
    with office.session() as session:
        detail = case_detail(session, office.ids["YM-1"], TODAY, office.ctx)
    assert detail is not None
    value = detail["betaalafspraak_niet_gemeld"]
    assert value is None or isinstance(value, str)
    return value


def test_refused_while_no_broken_agreement_is_recorded(
    office: Office, contacts: SampleContacts
) -> None:
    with office.session() as session, pytest.raises(LetterProblem) as caught:
        make_letter(session, _request(office), office.ctx, TODAY, contacts)
    assert caught.value.codes == ("no_broken_arrangement",)
    assert "record arrangement_broken first (H 3.9)" in str(caught.value)


def test_the_notice_says_that_and_when_and_nothing_else(
    office: Office, contacts: SampleContacts
) -> None:
    _record(office, "arrangement_made", date(2026, 11, 17), date="2026-12-01", plan="€ 75 p/m")
    _record(office, "arrangement_broken", date(2026, 11, 20))
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        add_note(session, case, NOTE)
    with office.session() as session:
        made = make_letter(session, _request(office), office.ctx, TODAY, contacts)
    text = pdf_text(made.pdf)
    case_id = office.ids["YM-1"]
    assert made.file_name == f"2026-11-23-zaak-{case_id}-betaalafspraak-niet-nagekomen.pdf"
    assert "Betreft Betaalafspraak niet nagekomen – melding YM-1" in text
    assert "Woningcorporatie Ymere" in text or "Ymere" in text
    assert "gemaakte betaalafspraken niet nakomt" in text
    assert "Sanne Hoekstra" in text and "Amsterdamstraat 41" in text
    assert "Afspraak gemaakt op 17 november 2026" in text
    assert "Niet nagekomen sinds 20 november 2026" in text
    # no reason, no amounts, no note: the notice has no field for them
    for leak in ("ziekte", "uitkering", "€", "75", "1.612"):
        assert leak not in text


def test_saving_ends_the_prompt_and_there_is_nothing_to_mark(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    assert _untold(office) is None
    _record(office, "arrangement_broken", date(2026, 11, 20))
    assert _untold(office) == "2026-11-20"  # H 3.9: "direct": the window asks for the notice
    request = _request(office)
    saved = write_letter(
        office.store, request, office.ctx, TODAY, tmp_path / "melding.pdf", contacts=contacts
    )
    with office.session() as session:
        event = session.get(CaseEvent, saved.event_id)
        assert event is not None
        assert json.loads(event.detail)["letter"] == "broken_arrangement"
    assert _untold(office) is None
    with office.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(session, request, office.ctx, TODAY, today=TODAY)
    assert caught.value.codes == ("nothing_to_mark",)
    assert caught.value.first.code == "letter.nothing_to_mark.broken_arrangement"
    with office.session() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.case_id == office.ids["YM-1"])
        ).all()
    assert "feedback_sent" not in kinds  # the notice meets no feedback deadline


def test_no_prompt_when_the_corporation_reported_it(office: Office) -> None:
    """"... en vica versa": the corporation told the team, so it already knows."""
    _record(office, "arrangement_broken", date(2026, 11, 20), by_corporation=True)
    assert _untold(office) is None


def test_a_new_break_after_a_notice_asks_again() -> None:
    notice = {"letter": "broken_arrangement"}
    events = [
        ("arrangement_broken", date(2026, 11, 2), {}),
        ("letter_generated", date(2026, 11, 3), notice),
        ("letter_generated", date(2026, 11, 10), {"letter": "feedback"}),
        ("arrangement_broken", date(2026, 11, 12), {}),
    ]
    assert broken_arrangement_untold(events) == date(2026, 11, 12)
    assert broken_arrangement_untold(events[:3]) is None
