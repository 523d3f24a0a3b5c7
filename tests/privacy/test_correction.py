"""Correction of facts (AVG 16, issue 15.2): through the real command line on an encrypted
database. The old value is kept with the correction and nowhere in the audit trail; search finds
the new value and no longer the old one; priority follows a corrected fact at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models import AuditEntry, FactCorrection, SubjectRequest
from app.services import clock
from app.services.case_query import CaseFilter, case_ids
from app.services.correction import CorrectionRefused, correct_fact, old_value_digest
from app.services.keys import DatabaseKey
from app.services.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.helpers import cli, signal_csv, signal_row

TODAY = date(2026, 11, 23)


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam="Sanne Hoekstra", telefoon="06-23456789"),
            signal_row(referentie="YM-2", naam="Karel Visser", melddatum="05-11-2026",
                       straat="Zijlweg", huisnummer="7", postcode="2013 DK"),
        )
    )
    assert cli("import", f, "--today", TODAY.isoformat()).code == 0
    return db_path


def _store(path: Path) -> Store:
    return open_store(path, DatabaseKey(passphrase=PASSPHRASE))


def _found(store: Store, words: str) -> list[int]:
    with store.session() as session:
        return case_ids(session, CaseFilter(search=words), TODAY, 0, 50)


def _audit_text(store: Store) -> str:
    with store.session() as session:
        rows = session.scalars(select(AuditEntry)).all()
        return "\n".join(
            f"{r.actor} {r.action} {r.object_type} {r.object_id} {r.result} {r.detail}"
            for r in rows
        )


def test_a_corrected_name_is_found_by_its_new_value_only(office: Path) -> None:
    store = _store(office)
    try:
        assert _found(store, "Hoekstra") == [1]
    finally:
        store.close()

    run = cli("subject", "correct", "1", "tenant_name", "Sanne de Vries-Hoekstraat")
    assert run.code == 0, run.err
    assert "tenant_name corrected (correction 1)" in run.out
    run = cli("subject", "correct", "1", "street", "Kleine Houtstraat")
    assert run.code == 0, run.err

    store = _store(office)
    try:
        assert _found(store, "Hoekstraat") == [1]
        assert _found(store, "Sanne Hoekstra") == []  # the old name is gone from the index
        assert _found(store, "Amsterdamstraat") == []  # and so is the old street
        assert _found(store, "Houtstraat") == [1]
        with store.session() as session:
            kept = session.scalars(select(FactCorrection).order_by(FactCorrection.id)).all()
            assert [(k.field, k.old_value, k.new_value) for k in kept] == [
                ("tenant_name", "Sanne Hoekstra", "Sanne de Vries-Hoekstraat"),
                ("street", "Amsterdamstraat", "Kleine Houtstraat"),
            ]
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.seq == kept[0].audit_seq)
            ).one()
            assert entry.action == "correct" and entry.object_id == "1"
            assert entry.detail == (
                f"field=tenant_name correction={kept[0].id} "
                f"old_hmac={old_value_digest(session, 'Sanne Hoekstra')}"
            )
        trail = _audit_text(store)
    finally:
        store.close()
    for personal in ("Hoekstra", "Sanne", "Amsterdamstraat", "Houtstraat", "Vries"):
        assert personal not in trail
    assert cli("audit", "verify").code == 0

    listed = cli("subject", "corrections", "1", "--json")
    assert listed.code == 0, listed.err
    assert [(c["field"], c["old_value"], c["new_value"]) for c in listed.json()] == [
        ("tenant_name", "Sanne Hoekstra", "Sanne de Vries-Hoekstraat"),
        ("street", "Amsterdamstraat", "Kleine Houtstraat"),
    ]
    plain = cli("subject", "corrections", "1")
    assert "tenant_name: Sanne Hoekstra → Sanne de Vries-Hoekstraat" in plain.out


def test_phone_and_postcode_are_normalised_like_at_intake(office: Path) -> None:
    assert cli("subject", "correct", "1", "phone", "+31 (0)6 1234 5678").code == 0
    assert cli("subject", "correct", "1", "postcode", "2011zc").code == 0
    detail = cli("case", "1", "--json").json()
    assert detail["telefoon"] == "+31612345678"
    assert detail["adres"].endswith("2011 ZC Haarlem")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("postcode", "20111 ZC", "postcode: not a Dutch postcode (expected 1234 AB)"),
        ("phone", "06-1234", "phone number: phone number too short (at least 10 digits)"),
        ("email", "niet-een-adres", "e-mail address: not an e-mail address"),
        ("birth_date", "31-02-1980", "date of birth: no such date: 31-02-1980"),
        ("birth_date", "01-01-2020", "date of birth: tenant would be 6 at the signal date"),
        ("occupants", "0", "number of occupants: must be at least 1"),
        ("children_under_18", "3", "children under 18: 3 children under 18 but 3 occupants"),
        ("statushouder", "misschien", "statushouder: not yes/no (use ja or nee)"),
        ("house_number", "A", "house number: a house number starts with a number"),
        ("tenant_name", "   ", "name: required; it cannot be empty"),
        ("city", "Haarlem", "town: the new value is the same as the current one (Haarlem)"),
        ("bsn", "123", "bsn: not a fact that can be corrected"),
    ],
)
def test_a_bad_or_unchanged_value_is_refused_and_changes_nothing(
    office: Path, field: str, value: str, message: str
) -> None:
    before = cli("case", "1", "--json").json()
    run = cli("subject", "correct", "1", field, value)
    assert run.code == 1
    assert message in run.err
    assert "Nothing was changed" in run.err
    after = cli("case", "1", "--json").json()
    assert {k: after[k] for k in ("naam", "adres", "telefoon", "leeftijd", "aantal_bewoners")} == {
        k: before[k] for k in ("naam", "adres", "telefoon", "leeftijd", "aantal_bewoners")
    }
    assert cli("subject", "corrections", "1", "--json").json() == []


def test_the_refusal_has_dutch_naming_the_field(office: Path) -> None:
    store = _store(office)
    try:
        with store.session() as session:
            from app.models import Case

            case = session.get(Case, 1)
            assert case is not None
            with pytest.raises(CorrectionRefused) as refused:
                correct_fact(session, case, "postcode", "20111 ZC")
            assert refused.value.dutch() == (
                "Postcode: geen geldige postcode (bijvoorbeeld 1234 AB)"
            )
            with pytest.raises(CorrectionRefused) as same:
                correct_fact(session, case, "phone", "06 2345 6789")
            assert same.value.code == "unchanged"
            assert "gelijk aan de huidige" in same.value.reason_nl
    finally:
        store.close()


def test_children_and_date_of_birth_change_the_priority_at_once(office: Path) -> None:
    before = cli("case", "1", "--json").json()
    assert "children" not in before["priority_reasons"]
    assert cli("subject", "correct", "1", "children_under_18", "2").code == 0
    assert "children" in cli("case", "1", "--json").json()["priority_reasons"]
    assert cli("subject", "correct", "1", "birth_date", "01-03-1955").code == 0
    assert "65plus" in cli("case", "1", "--json").json()["priority_reasons"]


def test_a_correction_answers_a_request_of_that_case_only(office: Path) -> None:
    store = _store(office)
    try:
        with store.transaction() as session:
            for case_id in (1, 2):
                session.add(
                    SubjectRequest(
                        case_id=case_id,
                        kind="rectification",
                        received_on=TODAY,
                        due_on=date(2026, 12, 23),
                        recorded_at=clock.now(),
                        recorded_by="test",
                        updated_at=clock.now(),
                    )
                )
    finally:
        store.close()
    wrong = cli("subject", "correct", "1", "city", "Heemstede", "--request", "2")
    assert wrong.code == 1
    assert "request: request 2 is not about case 1" in wrong.err
    run = cli("subject", "correct", "1", "city", "Heemstede", "--request", "1", "--json")
    assert run.code == 0, run.err
    assert cli("subject", "corrections", "1", "--json").json()[0]["request_id"] == 1


def test_old_values_are_not_in_the_audit_table_on_disk(office: Path) -> None:
    """Read the audit table with plain SQL, every column, after a correction."""
    assert cli("subject", "correct", "2", "tenant_name", "Karel Jansen").code == 0
    store = _store(office)
    try:
        with store.session() as session:
            rows = session.execute(text("SELECT * FROM audit_log")).all()
    finally:
        store.close()
    assert rows
    assert not any("Visser" in str(value) for row in rows for value in row)


def test_no_such_case(office: Path) -> None:
    run = cli("subject", "correct", "99", "city", "Haarlem")
    assert run.code == 1
    assert "No case 99" in run.err
