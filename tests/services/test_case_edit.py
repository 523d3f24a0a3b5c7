"""Editing a case's facts after intake (issue 16.2) on a real encrypted database: several facts
at once or none, a child's date of birth that gives priority and moves the case up in the
inbox at once, the old values kept with the corrections and an audit trail without them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Case, FactCorrection, HouseholdMember
from app.services.case_detail import case_detail
from app.services.case_edit import (
    CaseEditRefused,
    EditOutcome,
    MemberEdit,
    edit_case,
    inbox_position,
    member_edits_by_date,
    members_of,
)
from app.services.casework import load_context
from app.services.correction import MEMBER_FIELD, old_value_digest
from app.services.inbox import ranked_case_ids
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """Three cases without priority; case 3 ("Last") comes last in the inbox."""
    opened = initialise(db_path, DatabaseKey(passphrase="case edit test passphrase"),
                        load_profile("haarlem"), "Sociaal Wijkteam Test")
    with opened.transaction() as session:
        report = import_signals(
            session,
            signal_csv(
                signal_row(referentie="A", naam="Anna Eerst", melddatum="02-11-2026"),
                signal_row(referentie="B", naam="Bram Tweede", melddatum="03-11-2026"),
                signal_row(referentie="C", naam="Cor Last", melddatum="06-11-2026",
                           aantal_bewoners="1", telefoon="06-11112222"),
            ),
            load_context(session),
            today=TODAY,
        )
        assert not report.errors, report.errors
    yield opened
    opened.close()


def _facts(store: Store, case_id: int) -> dict[str, object]:
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return {
            "phone": case.phone,
            "statushouder": case.statushouder,
            "known": case.known,
            "occupants": case.occupants,
            "arrears_cents": case.arrears_cents,
            "monthly_rent_cents": case.monthly_rent_cents,
            "arrears_since": case.arrears_since,
            "members": [m.birth_date for m in members_of(session, case_id)],
            "updated_at": case.updated_at,
        }


def _edit(
    store: Store, case_id: int, values: dict[str, str], members: Sequence[MemberEdit] = ()
) -> EditOutcome:
    with store.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return edit_case(session, case, values, members, actor="tester", today=TODAY)


def _audit(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "correct")))


def test_several_facts_change_at_once_and_unchanged_ones_are_skipped(store: Store) -> None:
    outcome = _edit(
        store, 3,
        {"phone": "06 9876 5432", "statushouder": "ja", "known": "nee", "city": "Haarlem",
         "arrears_cents": "€ 1.234,50", "monthly_rent_cents": "806,20",
         "arrears_since": "2026-08-15"},
    )  # fmt: skip
    # known, city and the rent were already so: skipped, not refused
    assert [c.field for c in outcome.changes] == [
        "phone", "statushouder", "arrears_since", "arrears_cents"
    ]
    facts = _facts(store, 3)
    assert facts["phone"] == "0698765432"
    assert facts["statushouder"] is True
    assert facts["arrears_cents"] == 123450
    assert facts["monthly_rent_cents"] == 80620
    assert facts["arrears_since"] == date(2026, 8, 15)
    assert outcome.reasons_before == () and outcome.reasons_after == ("statushouder",)
    with store.session() as session:
        kept = {
            c.field: (c.old_value, c.new_value, c.request_id, c.corrected_by)
            for c in session.scalars(select(FactCorrection))
        }
    assert kept == {
        "phone": ("0611112222", "0698765432", None, "tester"),
        "statushouder": ("nee", "ja", None, "tester"),
        "arrears_cents": ("1612,40", "1234,50", None, "tester"),
        "arrears_since": ("01-09-2026", "15-08-2026", None, "tester"),
    }


def test_one_bad_value_changes_nothing_and_every_wrong_field_is_named(store: Store) -> None:
    before = _facts(store, 3)
    with pytest.raises(CaseEditRefused) as refused:
        _edit(
            store, 3,
            {"phone": "0612345678", "statushouder": "ja", "arrears_cents": "-12,34",
             "arrears_since": "01-12-2026"},
            [MemberEdit(None, "31-02-2019")],
        )  # fmt: skip
    problems = {(p.field, p.item): p for p in refused.value.problems}
    assert set(problems) == {("arrears_cents", None), ("arrears_since", None), (MEMBER_FIELD, 1)}
    assert str(problems[("arrears_cents", None)]) == (
        "amount in arrears: negative amount not allowed"
    )
    assert problems[("arrears_since", None)].reason_nl.startswith("01-12-2026 ligt in de toekomst")
    assert "31-02-2019" in problems[(MEMBER_FIELD, 1)].reason_en
    assert _facts(store, 3) == before  # the good phone number and statushouder were not saved
    with store.session() as session:
        assert session.scalars(select(FactCorrection)).all() == []
    assert _audit(store) == []


def test_household_checks_use_the_values_after_the_edit(store: Store) -> None:
    # 2 children need 3 occupants: refused alone, accepted together with the occupants
    with pytest.raises(CaseEditRefused) as refused:
        _edit(store, 3, {"children_under_18": "2"})
    assert [p.field for p in refused.value.problems] == ["children_under_18"]
    assert "at most 0" in str(refused.value)
    outcome = _edit(store, 3, {"children_under_18": "2", "occupants": "3"})
    assert {c.field for c in outcome.changes} == {"children_under_18", "occupants"}
    assert "children" in outcome.reasons_after


def test_an_added_child_gives_priority_and_moves_the_case_up_at_once(store: Store) -> None:
    with store.session() as session:
        assert ranked_case_ids(session, TODAY, 10) == [1, 2, 3]
        assert inbox_position(session, 3, TODAY) == 3
    outcome = _edit(store, 3, {}, [MemberEdit(None, "01-05-2019")])
    assert outcome.reasons_before == () and outcome.reasons_after == ("children",)
    assert (outcome.position_before, outcome.position_after) == (3, 1)
    with store.session() as session:
        assert ranked_case_ids(session, TODAY, 10) == [3, 1, 2]  # the inbox itself
        detail = case_detail(session, 3, TODAY, load_context(session))
        assert detail is not None and detail["priority_reasons"] == ["children"]
    facts = _facts(store, 3)
    assert facts["members"] == [date(2019, 5, 1)]
    # the household had 1 occupant: the child counts, so the number went up with it
    assert facts["occupants"] == 2
    occupants = next(c for c in outcome.changes if c.field == "occupants")
    assert (occupants.old_value, occupants.new_value, occupants.automatic) == ("1", "2", True)


def test_members_are_changed_and_removed_by_their_date_of_birth(store: Store) -> None:
    _edit(store, 1, {}, [MemberEdit(None, "01-05-2019"), MemberEdit(None, "12-12-1990")])
    with store.transaction() as session:
        edits = member_edits_by_date(
            session, 1, remove=["01-05-2019"], change=[("12-12-1990", "13-12-1990")]
        )
        case = session.get(Case, 1)
        assert case is not None
        outcome = edit_case(session, case, {}, edits, actor="tester", today=TODAY)
    assert [(c.old_value, c.new_value) for c in outcome.changes] == [
        ("01-05-2019", ""), ("12-12-1990", "13-12-1990")
    ]
    assert outcome.reasons_after == ()
    assert _facts(store, 1)["members"] == [date(1990, 12, 13)]
    with store.session() as session, pytest.raises(CaseEditRefused) as refused:
        member_edits_by_date(session, 1, remove=["02-02-2002"])
    assert refused.value.problems[0].reason_en == "no other occupant born on 02-02-2002"


def test_old_values_are_kept_and_the_audit_line_holds_no_value(store: Store) -> None:
    outcome = _edit(store, 3, {"phone": "0698765432", "tenant_name": "Cor de Laatste"},
                    [MemberEdit(None, "01-05-2019")])
    entries = _audit(store)
    assert len(entries) == len(outcome.changes) == 4  # name, phone, occupants, the child
    with store.session() as session:
        kept = session.scalars(select(FactCorrection).order_by(FactCorrection.id)).all()
        assert all(k.audit_seq is not None for k in kept)
        by_seq = {e.seq: e for e in entries}
        for k in kept:
            assert by_seq[k.audit_seq].detail == (  # type: ignore[index]
                f"field={k.field} correction={k.id} "
                f"old_hmac={old_value_digest(session, k.old_value)}"
            )
        member = next(k for k in kept if k.field == MEMBER_FIELD)
        assert (member.old_value, member.new_value) == ("", "01-05-2019")
        assert session.scalars(select(HouseholdMember)).one().case_id == 3
    trail = " ".join(f"{e.detail} {e.object_id}" for e in entries)
    for personal in ("Cor", "Last", "Laatste", "0698765432", "0611112222", "2019"):
        assert personal not in trail


def test_a_fact_the_covenant_does_not_keep_is_refused(store: Store) -> None:
    # Haarlem keeps no e-mail address (B2 step 1): not through an edit either
    with pytest.raises(CaseEditRefused) as refused:
        _edit(store, 3, {"email": "cor@example.org", "phone": "0698765432"})
    assert [(p.field, p.code) for p in refused.value.problems] == [("email", "not_kept")]
    assert _facts(store, 3)["phone"] == "0611112222"
    # emptying it (it is empty) is no change at all
    assert _edit(store, 3, {"email": ""}).changes == ()


def test_a_rent_arrears_case_keeps_its_arrears_date(store: Store) -> None:
    with pytest.raises(CaseEditRefused) as refused:
        _edit(store, 3, {"arrears_since": ""})
    assert "required for soort huurachterstand" in str(refused.value)
    assert _facts(store, 3)["arrears_since"] == date(2026, 9, 1)
