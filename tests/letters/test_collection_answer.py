"""Issue 14.1: "may collection resume?" is the team's recorded answer, never a default.

H 3.7: "Het Sociaal Wijkteam koppelt binnen 5 werkdagen terug aan de woningcorporatie of de
melding (nog) niet in behandeling is genomen" — a case may be not (yet) taken on, e.g. a family
on the waiting list of H 3.6; B2 step 6 asks the team's actual answer on whether collection
may resume.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.case_detail import case_detail
from app.services.events import EventProblem, record_event
from app.services.letters import LetterKind, LetterRequest, make_letter
from app.services.letters.problems import LetterProblem
from tests.helpers import signal_row
from tests.letters.conftest import TODAY, Office, SampleContacts, make_office, pdf_text

WAITING_FAMILY = signal_row(
    referentie="WL-1", naam="Familie Wachtlijst", melddatum="16-11-2026", kinderen_onder_18="2"
)


@pytest.fixture
def unanswered(db_path: Path) -> Office:
    return make_office(db_path, [WAITING_FAMILY], answered=False)


def _record(office: Office, kind: str, detail: dict[str, object]) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["WL-1"])
        assert case is not None
        record_event(session, case, kind, TODAY, office.ctx, detail, today=TODAY)


def _feedback(office: Office, contacts: SampleContacts) -> str:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["WL-1"], LetterKind.FEEDBACK),
            office.ctx,
            TODAY,
            contacts,
        )
    return pdf_text(made.pdf)


def _answer_shown(office: Office) -> bool | None:
    with office.session() as session:
        detail = case_detail(session, office.ids["WL-1"], TODAY, office.ctx)
    assert detail is not None
    return detail["incasso_mag_hervatten"]


def test_not_taken_on_needs_the_answer_with_the_decision(unanswered: Office) -> None:
    """B2 step 6: the decision and the answer are recorded together; neither is assumed."""
    with pytest.raises(EventProblem) as refused:
        _record(unanswered, "not_taken_on", {"reason": "wachtlijst (H 3.6)"})
    assert refused.value.code == "missing_fields" and "may_resume" in str(refused.value)
    with pytest.raises(EventProblem):
        _record(unanswered, "taken_on", {})
    with pytest.raises(EventProblem) as bad:
        _record(unanswered, "collection_answer", {"may_resume": "ja"})
    assert bad.value.code == "bad_answer"


def test_a_family_on_the_waiting_list_is_not_told_collection_may_resume(
    unanswered: Office, contacts: SampleContacts
) -> None:
    """H 3.7 '(nog) niet in behandeling': not taken on is not 'yes, collection may resume'."""
    _record(unanswered, "not_taken_on", {"reason": "wachtlijst (H 3.6)", "may_resume": False})
    text = _feedback(unanswered, contacts)
    assert "In behandeling genomen Nee, de melding is niet in behandeling genomen" in text
    assert "Incasso hervatten Nee, nog niet" in text
    assert "de incasso kan worden hervat" not in text
    assert _answer_shown(unanswered) is False


def test_the_feedback_is_refused_while_the_question_is_unanswered(
    unanswered: Office, contacts: SampleContacts
) -> None:
    """B2 step 6: without the team's answer there is no feedback letter, and nothing is filed."""
    assert _answer_shown(unanswered) is None
    with pytest.raises(LetterProblem) as refused:
        _feedback(unanswered, contacts)
    assert refused.value.codes == ("no_collection_answer",)
    with unanswered.session() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.case_id == unanswered.ids["WL-1"])
        ).all()
    assert kinds == []


def test_the_answer_can_be_changed_later(unanswered: Office, contacts: SampleContacts) -> None:
    """The latest recorded answer counts (changeable, as B2 step 6 asks the current answer)."""
    _record(unanswered, "not_taken_on", {"reason": "wachtlijst", "may_resume": False})
    _record(unanswered, "collection_answer", {"may_resume": True})
    assert "Incasso hervatten Ja, de incasso kan worden hervat" in _feedback(unanswered, contacts)
    assert _answer_shown(unanswered) is True
