"""The feedback letter's answer never contradicts the case's status (issue 16.5).

Found: the letter said "Nog niet besloten" while the case said "in behandeling" (a contact
attempt puts a new case in progress without a separate "taken on" event). The letter keeps to
the team's decision (B2 step 6: only whether the signal was taken on), and says why the case is
in progress while undecided; it never tells the corporation more (no "another party").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from app.models import Case
from app.services.case_status import STATUS_NL, status_nl
from app.services.events import record_event
from app.services.letters import LetterKind, LetterProblem, LetterRequest, make_letter
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_text

TS = Path(__file__).resolve().parents[2] / "translations" / "vangnet_nl.ts"
#: the English source of `app/ui/labels.status` for each code
WINDOW_SOURCE = {
    "nieuw": "new",
    "in_behandeling": "in progress",
    "niet_in_behandeling": "not taken on",
    "overgedragen": "handed over",
    "gesloten": "closed",
}
ON = date(2026, 11, 18)


def _window_dutch() -> dict[str, str]:
    found: dict[str, str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                found.setdefault(source, translation)
    return found


def test_the_letter_words_are_the_windows_words() -> None:
    window = _window_dutch()
    assert set(STATUS_NL) == set(WINDOW_SOURCE)
    for code, source in WINDOW_SOURCE.items():
        assert window[source] == status_nl(code), code


def _letter(office: Office, contacts: SampleContacts) -> tuple[str, str]:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            contacts,
        )
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        code = case.status
    return code, pdf_text(made.pdf)


#: events that bring the case to a status, and the answer the letter must give then
EVENTS: dict[str, tuple[str, list[tuple[str, dict[str, object]]], str]] = {
    "new": ("nieuw", [], "In behandeling genomen Nog niet besloten Incasso"),
    "contact sought": (
        "in_behandeling",
        [("contact_attempt", {"method": "telefoon", "reached": False})],
        "In behandeling genomen Nog niet besloten: het wijkteam heeft de melding opgepakt",
    ),
    "taken on": (
        "in_behandeling",
        [("taken_on", {"may_resume": False})],
        "In behandeling genomen Ja, de melding is in behandeling genomen",
    ),
    "not taken on": (
        "niet_in_behandeling",
        [("not_taken_on", {"reason": "buiten_doelgroep", "may_resume": True})],
        "In behandeling genomen Nee, de melding is niet in behandeling genomen",
    ),
    "handed over": (
        "overgedragen",
        [("taken_on", {"may_resume": False}), ("handover", {"to": "sdv"})],
        "In behandeling genomen Ja, de melding is in behandeling genomen",
    ),
}


@pytest.mark.parametrize("case", list(EVENTS))
def test_every_status_gets_an_answer_that_fits_it(
    case: str, office: Office, contacts: SampleContacts
) -> None:
    status, events, answer = EVENTS[case]
    with office.store.transaction() as session:
        row = session.get(Case, office.ids["YM-1"])
        assert row is not None
        for kind, detail in events:
            record_event(session, row, kind, ON, office.ctx, detail, today=TODAY)
    code, text = _letter(office, contacts)
    assert code == status
    assert answer in text, text
    if status == "in_behandeling":  # in progress in the window: never a bare "not decided"
        assert "In behandeling genomen Nog niet besloten Incasso" not in text
    # nothing beyond step 6: not who else has the case
    assert "andere partij" not in text and "SDV" not in text and "schuldhulp" not in text


def test_a_closed_case_gets_no_letter(office: Office, contacts: SampleContacts) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(session, case, "closed", ON, office.ctx, {"outcome": "voorkomen"}, today=TODAY)
    with office.session() as session, pytest.raises(LetterProblem) as caught:
        make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            contacts,
        )
    assert caught.value.codes == ("closed",)


def test_the_case_view_says_the_decision_is_still_open(
    office: Office, contacts: SampleContacts
) -> None:
    """The window's detail carries the decision, so the case view can say "in behandeling ·
    nog niet besloten" exactly when the letter says "Nog niet besloten"."""
    from app.services.case_detail import case_detail

    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(
            session, case, "contact_attempt", ON, office.ctx,
            {"method": "telefoon", "reached": False}, today=TODAY,
        )  # fmt: skip
    with office.session() as session:
        detail = case_detail(session, office.ids["YM-1"], TODAY, office.ctx)
    assert detail is not None
    assert detail["status"] == "in_behandeling" and detail["besluit"] is None
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(session, case, "taken_on", ON, office.ctx, {"may_resume": False}, today=TODAY)
    with office.session() as session:
        detail = case_detail(session, office.ids["YM-1"], TODAY, office.ctx)
    assert detail is not None and detail["besluit"] == "taken_on"
