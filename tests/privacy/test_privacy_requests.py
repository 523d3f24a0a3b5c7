"""The request registers (issue 15.2, 15.4): a tenant's request gets one month (AVG 12(3)) and,
when meant for another party, 5 working days to forward it (PR 10.3); a legal request gets 5
working days to tell the other party (PR 8.2) unless confidential; every refusal names its
field in English and Dutch and changes nothing — on a real encrypted database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.privacy import LegalRequest, SubjectRequest
from app.services import privacy_requests as pr
from app.services.casework import load_context, set_office_closures
from app.services.keys import DatabaseKey
from app.services.rules.calendar import WorkingDayCalendar
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)  # the test clock: a Monday


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    from app.services.intake.importer import import_signals

    opened = initialise(db_path, DatabaseKey(passphrase="requests test passphrase"),
                        load_profile("haarlem"), "Sociaal Wijkteam Test")
    with opened.transaction() as session:
        report = import_signals(session, signal_csv(signal_row(referentie="REQ-7")),
                                load_context(session), today=TODAY)
        assert not report.errors
    yield opened
    opened.close()


def _calendar(session: Session) -> WorkingDayCalendar:
    return load_context(session).calendar


def _audit_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _add(store: Store, **kwargs: object) -> int:
    with store.transaction() as session:
        request = pr.add_subject_request(session, _calendar(session), actor="tester",
                                         **kwargs)  # type: ignore[arg-type]
        return request.id


# --- terms ---------------------------------------------------------------------------------


def test_a_request_gets_one_month_and_a_month_ending_on_a_weekend_moves(store: Store) -> None:
    plain = _add(store, kind="access", case_id=1, received_on=date(2026, 11, 2))
    saturday = _add(store, kind="erasure", received_on=date(2026, 10, 21))
    with store.session() as session:
        assert pr.get_subject_request(session, plain).due_on == date(2026, 12, 2)
        moved = pr.get_subject_request(session, saturday)
        assert moved.due_on == date(2026, 11, 23)  # 21-11 is a Saturday
        assert moved.forward_due_on is None
        (answer,) = pr.subject_terms(moved, TODAY, _calendar(session))
        assert (answer.term, answer.state.status, answer.state.working_days_left) == (
            pr.ANSWER_TERM, "open", 0
        )
        assert answer.urgent


def test_forwarding_takes_5_working_days_skipping_a_weekend_and_a_holiday(store: Store) -> None:
    # Thursday 23-04-2026: Fri 24 is day 1, the weekend and Koningsdag (Mon 27-04) do not count
    request_id = _add(store, kind="access", received_on=date(2026, 4, 23),
                      forward_to="Woningcorporatie Elan Wonen")
    with store.session() as session:
        request = pr.get_subject_request(session, request_id)
        assert request.forward_due_on == date(2026, 5, 1)
        forward, answer = pr.subject_terms(request, TODAY, _calendar(session))
        assert forward.term == pr.FORWARD_TERM and forward.state.status == "overdue"
        assert [c.day for c in forward.skipped if c.basis != "weekend"] == [date(2026, 4, 27)]
        assert "Koningsdag" in pr.explain_skipped(forward)
        # a month later is Saturday 23-05; Sunday and tweede pinksterdag (Mon 25-05) move it
        assert answer.due == date(2026, 5, 26) and answer.deadline.moved_from == date(2026, 5, 23)


def test_an_office_closing_day_moves_the_forward_term(store: Store) -> None:
    with store.transaction() as session:
        set_office_closures(session, [date(2026, 11, 19)])
    request_id = _add(store, kind="objection", received_on=date(2026, 11, 16), forward_to="SDV")
    with store.session() as session:
        # Mon 16: Tue 17 (1), Wed 18 (2), Thu 19 closed, Fri 20 (3), Mon 23 (4), Tue 24 (5)
        request = pr.get_subject_request(session, request_id)
        assert request.forward_due_on == date(2026, 11, 24)
        terms = pr.open_terms(session, TODAY, _calendar(session))
        assert [(t.term, t.state.working_days_left) for t in terms] == [
            (pr.FORWARD_TERM, 1), (pr.ANSWER_TERM, 17)
        ]
        assert [t.term for t in pr.urgent_terms(session, TODAY, _calendar(session))] == [
            pr.FORWARD_TERM
        ]


def test_forwarded_closes_the_forward_term_and_the_audit_has_no_party_name(store: Store) -> None:
    request_id = _add(store, kind="access", case_id=1, received_on=date(2026, 11, 19),
                      forward_to="Woningcorporatie Elan Wonen")
    with store.transaction() as session:
        pr.record_forwarded(session, _calendar(session), request_id, on=date(2026, 11, 20),
                            actor="tester")
    with store.session() as session:
        terms = pr.open_terms(session, TODAY, _calendar(session))
        assert [t.term for t in terms] == [pr.ANSWER_TERM]
        details = [e.detail for e in session.scalars(select(AuditEntry).where(
            AuditEntry.object_type == "subject_request"))]
    assert details == ["kind=access case=1 forward", "forwarded"]
    assert not any("Elan" in d for d in details)


def test_a_request_found_later_to_be_for_another_party_gets_its_term_when_forwarded(
    store: Store,
) -> None:
    request_id = _add(store, kind="rectification", received_on=date(2026, 11, 16))
    with store.transaction() as session:
        request = pr.record_forwarded(session, _calendar(session), request_id,
                                      forward_to="Pre Wonen", actor="tester")
        assert request.forward_due_on == date(2026, 11, 23)
        assert request.forwarded_on == TODAY


def test_the_month_is_extended_once_by_at_most_two_more_months(store: Store) -> None:
    request_id = _add(store, kind="access", received_on=date(2026, 11, 2))
    with store.transaction() as session:
        with pytest.raises(pr.RequestProblem) as too_far:
            pr.extend(session, _calendar(session), request_id, to=date(2027, 2, 3),
                      reason="veel stukken", actor="tester")
        assert too_far.value.field == "extended_to"
        assert "02-02-2027" in too_far.value.dutch
    with store.transaction() as session:
        pr.extend(session, _calendar(session), request_id, to=date(2027, 2, 2),
                  reason="veel stukken", actor="tester")
    with store.session() as session:
        request = pr.get_subject_request(session, request_id)
        (answer,) = pr.subject_terms(request, TODAY, _calendar(session))
        assert answer.due == date(2027, 2, 2) and request.due_on == date(2026, 12, 2)
    with store.transaction() as session, pytest.raises(pr.RequestProblem) as twice:
        pr.extend(session, _calendar(session), request_id, to=date(2027, 1, 15),
                  reason="nog meer", actor="tester")
    assert "one extension" in str(twice.value) and "één verlenging" in twice.value.dutch


def test_an_extension_after_the_month_is_refused(store: Store) -> None:
    request_id = _add(store, kind="access", received_on=date(2026, 10, 1))  # due Mon 2-11
    with store.transaction() as session, pytest.raises(pr.RequestProblem) as late:
        pr.extend(session, _calendar(session), request_id, to=date(2026, 12, 15),
                  reason="druk", actor="tester")
    assert late.value.field == "extended_to" and "AVG 12(3)" in str(late.value)


def test_answers_close_the_request_and_a_refusal_needs_its_reason(store: Store) -> None:
    refused = _add(store, kind="erasure", received_on=date(2026, 11, 10))
    forwarded = _add(store, kind="access", received_on=date(2026, 11, 10), forward_to="SDV")
    with store.transaction() as session:
        pr.close_subject_request(session, refused, outcome="refused",
                                 reason="wettelijke bewaarplicht", actor="tester")
        pr.record_forwarded(session, _calendar(session), forwarded, on=date(2026, 11, 12),
                            actor="tester")
        pr.close_subject_request(session, forwarded, outcome="forwarded",
                                 on=date(2026, 11, 12), actor="tester")
    with store.session() as session:
        assert pr.open_terms(session, TODAY, _calendar(session)) == []
        assert pr.subject_requests(session, open_only=True) == []
        assert pr.get_subject_request(session, refused).done_on == TODAY


# --- legal requests ------------------------------------------------------------------------


def _legal(session: Session, **kwargs: object) -> LegalRequest:
    values: dict[str, object] = {
        "requester": "Politie Kennemerland, recherche",
        "legal_ground": "art. 126nd Wetboek van Strafvordering",
        "received_on": date(2026, 11, 19),
        "other_party": "Woningcorporatie Pre Wonen",
    }
    values.update(kwargs)
    return pr.add_legal_request(session, _calendar(session), actor="tester",
                                **values)  # type: ignore[arg-type]


def test_a_legal_request_has_5_working_days_to_inform_the_other_party(store: Store) -> None:
    with store.transaction() as session:
        request = _legal(session)
        # Thu 19-11: Fri (1), Mon 23 (2), Tue (3), Wed (4), Thu 26 (5)
        assert request.inform_due_on == date(2026, 11, 26)
        (term,) = pr.legal_terms(request, TODAY, _calendar(session))
        assert (term.term, term.state.working_days_left, term.urgent) == (
            pr.INFORM_TERM, 3, False
        )
        pr.record_informed(session, request.id, on=date(2026, 11, 20), actor="tester")
        assert pr.open_terms(session, TODAY, _calendar(session)) == []
        text = pr.legal_message(session, request.id)
    assert "artikel 8 lid 2" in text and "Woningcorporatie Pre Wonen" in text
    assert "WV-1" in text


def test_the_confidential_exception_has_no_term_and_needs_a_reason(store: Store) -> None:
    with store.transaction() as session, pytest.raises(pr.RequestProblem) as no_reason:
        _legal(session, other_party="", confidential=True)
    assert no_reason.value.field == "confidential_reason"
    with store.transaction() as session:
        request = _legal(session, other_party="", confidential=True,
                         confidential_reason="Bevel tot geheimhouding van de officier")
        assert request.inform_due_on is None
        assert pr.legal_terms(request, TODAY, _calendar(session)) == []
        with pytest.raises(pr.RequestProblem) as tell:
            pr.record_informed(session, request.id, actor="tester")
        assert tell.value.field == "confidential"
        with pytest.raises(pr.RequestProblem):
            pr.legal_message(session, request.id)


def test_data_is_provided_only_after_both_checks(store: Store) -> None:
    with store.transaction() as session:
        request_id = _legal(session, requester_verified=True).id
    with store.transaction() as session, pytest.raises(pr.RequestProblem) as unchecked:
        pr.decide_legal_request(session, request_id, decision="provided",
                                data_provided="adres en achterstand", actor="tester")
    assert unchecked.value.field == "checks"
    assert "the legal ground" in str(unchecked.value) and "de grondslag" in unchecked.value.dutch
    assert "identity" not in str(unchecked.value)
    with store.transaction() as session:
        pr.record_checks(session, request_id, requester_verified=False, ground_checked=True,
                         actor="tester")
        pr.decide_legal_request(session, request_id, decision="partly",
                                data_provided="adres", actor="tester")
    with store.session() as session:
        request = pr.get_legal_request(session, request_id)
        assert (request.decision, request.decided_on, request.requester_verified) == (
            "partly", TODAY, True
        )


# --- refusals change nothing ---------------------------------------------------------------


SUBJECT_REFUSALS = [
    ("kind", lambda s, c: pr.add_subject_request(s, c, kind="complaint", actor="t")),
    ("case", lambda s, c: pr.add_subject_request(s, c, kind="access", case_id=99, actor="t")),
    ("received", lambda s, c: pr.add_subject_request(
        s, c, kind="access", received_on=date(2026, 11, 24), actor="t")),
    ("forward_to", lambda s, c: pr.add_subject_request(
        s, c, kind="access", forward_to="x" * 201, actor="t")),
    ("id", lambda s, c: pr.record_forwarded(s, c, 42, actor="t")),
    ("forward_to", lambda s, c: pr.record_forwarded(s, c, 1, actor="t")),
    ("forwarded", lambda s, c: pr.record_forwarded(s, c, 2, on=date(2026, 11, 1), actor="t")),
    ("extension_reason", lambda s, c: pr.extend(s, c, 1, to=date(2027, 1, 5), reason=" ",
                                                actor="t")),
    ("outcome", lambda s, c: pr.close_subject_request(s, 1, outcome="open", actor="t")),
    ("outcome_reason", lambda s, c: pr.close_subject_request(s, 1, outcome="partly",
                                                             actor="t")),
    ("forwarded", lambda s, c: pr.close_subject_request(s, 1, outcome="forwarded",
                                                        actor="t")),
    ("forwarded", lambda s, c: pr.close_subject_request(s, 2, outcome="granted", actor="t")),
    ("done", lambda s, c: pr.close_subject_request(s, 1, outcome="granted",
                                                   on=date(2026, 11, 30), actor="t")),
    ("requester", lambda s, c: pr.add_legal_request(s, c, requester=" ", legal_ground="x",
                                                    other_party="y", actor="t")),
    ("legal_ground", lambda s, c: pr.add_legal_request(s, c, requester="OM", legal_ground="",
                                                       other_party="y", actor="t")),
    ("other_party", lambda s, c: pr.add_legal_request(s, c, requester="OM", legal_ground="x",
                                                      actor="t")),
    ("checks", lambda s, c: pr.record_checks(s, 1, requester_verified=False,
                                             ground_checked=False, actor="t")),
    ("decision", lambda s, c: pr.decide_legal_request(s, 1, decision="open", actor="t")),
    ("checks", lambda s, c: pr.decide_legal_request(s, 1, decision="provided",
                                                    data_provided="adres", actor="t")),
    ("informed", lambda s, c: pr.record_informed(s, 1, on=date(2026, 11, 2), actor="t")),
]


@pytest.mark.parametrize(("field", "attempt"), SUBJECT_REFUSALS)
def test_every_refusal_names_its_field_in_both_languages_and_changes_nothing(
    store: Store, field: str, attempt: object
) -> None:
    _add(store, kind="access", received_on=date(2026, 11, 16))
    _add(store, kind="access", received_on=date(2026, 11, 16), forward_to="SDV")
    with store.transaction() as session:
        _legal(session, received_on=date(2026, 11, 16))

    def snapshot() -> tuple[object, ...]:
        with store.session() as session:
            rows = [
                tuple(getattr(r, c.key) for c in SubjectRequest.__table__.columns)
                for r in session.scalars(select(SubjectRequest).order_by(SubjectRequest.id))
            ] + [
                tuple(getattr(r, c.key) for c in LegalRequest.__table__.columns)
                for r in session.scalars(select(LegalRequest).order_by(LegalRequest.id))
            ]
            return (tuple(rows), _audit_count(session))

    before = snapshot()
    with pytest.raises(pr.RequestProblem) as refused, store.transaction() as session:
        attempt(session, _calendar(session))  # type: ignore[operator]
    assert refused.value.field == field
    assert str(refused.value) and refused.value.dutch
    assert refused.value.dutch != str(refused.value)
    assert snapshot() == before


def test_the_forward_text_names_no_tenant_only_the_reference(store: Store) -> None:
    request_id = _add(store, kind="erasure", case_id=1, received_on=date(2026, 11, 20),
                      forward_to="Woningcorporatie Elan Wonen")
    not_forwarded = _add(store, kind="access")
    with store.session() as session:
        text = pr.subject_message(session, request_id)
        with pytest.raises(pr.RequestProblem) as nothing:
            pr.subject_message(session, not_forwarded)
    assert nothing.value.field == "forward_to"
    assert "Sanne" not in text and "Hoekstra" not in text and "Amsterdamstraat" not in text
    assert "BV-1, zaak 1, referentie REQ-7" in text
    assert "gegevenswissing (artikel 17 AVG)" in text and "21 december 2026" in text
    assert "Aan: Woningcorporatie Elan Wonen" in text
