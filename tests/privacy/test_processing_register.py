"""The register of processing (AVG art. 30, issue 15.7): built from the live office settings,
covenant profile, retention terms and the columns the models really have, printed through the
real command line on an encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, select

from app.models import AuditEntry, Base
from app.services import retention
from app.services.keys import DatabaseKey
from app.services.letters.letterhead import set_letterhead
from app.services.processing_register import (
    case_tables,
    stored_categories,
    undescribed_columns,
)
from app.services.store import open_store
from tests.conftest import PASSPHRASE
from tests.helpers import cli
from tests.letters.conftest import pdf_text

OFFICE = "Sociaal Wijkteam Schalkwijk"


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--office", OFFICE).code == 0
    store = open_store(db_path, DatabaseKey(passphrase=PASSPHRASE))
    with store.transaction() as session:
        set_letterhead(session, address_lines=["Postbus 511", "2003 PB Haarlem"],
                       signer="M. de Boer", signer_function="teamleider")
    store.close()
    return db_path


def _set_term(db_path: Path, key: str, months: int) -> None:
    store = open_store(db_path, DatabaseKey(passphrase=PASSPHRASE))
    with store.transaction() as session:
        retention.set_retention_months(session, key, months)
    store.close()


def test_the_pdf_names_the_office_every_term_with_its_source_and_every_recipient(
    office: Path, tmp_path: Path
) -> None:
    target = tmp_path / "register.pdf"
    run = cli("processing-register", "-o", target)
    assert run.code == 0, run.err
    assert str(target) in run.out
    text = pdf_text(target)
    assert "Register van verwerkingsactiviteiten (AVG artikel 30)" in text
    assert OFFICE in text and "Postbus 511, 2003 PB Haarlem" in text
    for rule in retention.DEFAULT_RULES:
        assert " ".join(rule.source_nl.split()) in text, rule.key
    assert "12 maanden na de melding" in text
    assert "2 jaar na het einde van de zaak" in text
    for recipient in ("De woningcorporatie die de melding deed (Elan Wonen, Pré Wonen, Ymere)",
                      "De huurder", "Schulddienstverlening, de troubleshooter of een ander",
                      "De troubleshooter"):
        assert recipient in text
    # the corporation hears the feedback fields, nothing from the conversations
    assert "of de incasso kan worden hervat" in text and "Niets uit de gesprekken" in text
    for claim in ("SQLCipher 4 (AES-256)", "hashketen", "Automatische vergrendeling",
                  "Geen. Vangnet slaat gegevens lokaal op", "PR art. 2.1a", "PR art. 2.1b",
                  "AVG art. 6 lid 1 onder e", "B2 stap 2", "B2 stap 5", "naam van de huurder",
                  "geboortedata van huisgenoten"):
        assert claim in text, claim
    store = open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    with store.session() as session:
        exports = session.execute(
            select(AuditEntry.object_type, AuditEntry.detail).where(AuditEntry.action == "export")
        ).all()
    store.close()
    assert ("processing_register", "pdf") in exports


def test_a_changed_retention_term_changes_the_register(office: Path, tmp_path: Path) -> None:
    before = cli("processing-register", "--json")
    assert before.code == 0, before.err
    terms = {t["key"]: t for t in before.json()["retention"]}
    assert terms["closed_after_help"]["months"] == 24
    _set_term(office, "closed_after_help", 36)
    after = cli("processing-register", "--json").json()
    changed = {t["key"]: t for t in after["retention"]}
    assert changed["closed_after_help"]["months"] == 36
    assert changed["not_taken_on"] == terms["not_taken_on"]
    assert cli("processing-register", "-o", tmp_path / "r.pdf").code == 0
    text = pdf_text(tmp_path / "r.pdf")
    assert "3 jaar na het einde van de zaak" in text and "Gesloten na hulp" in text


def test_the_json_holds_every_section(office: Path) -> None:
    data = cli("processing-register", "--json").json()
    assert data["office"] == OFFICE and data["covenant"].startswith("Convenant")
    assert set(data) >= {"controller", "purposes", "subjects", "data", "legal_grounds",
                         "recipients", "transfers", "retention", "security"}
    categories = {c["name"]: c["items"] for c in data["data"]}
    assert "naam van de huurder" in categories["Identificatie en contact"]
    assert {f["field"] for f in data["signal_fields"]} >= {"telefoon", "statushouder"}
    assert len(data["recipients"]) == 4


def test_exit_codes(office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.pdf"
    assert cli("processing-register", "-o", target).code == 0
    again = cli("processing-register", "-o", target)
    assert again.code == 1 and "already exists" in again.err
    assert cli("processing-register", "-o", target, "--force").code == 0
    neither = cli("processing-register")
    assert neither.code == 1 and "-o FILE.pdf" in neither.err
    assert cli("processing-register", "-o", tmp_path / "x.pdf", "--json").code == 1
    assert not (tmp_path / "x.pdf").exists()
    monkeypatch.setenv("VANGNET_PASSPHRASE", "not the passphrase")
    wrong = cli("processing-register", "--json")
    assert wrong.code == 2 and "Traceback" not in wrong.err


def test_every_column_of_a_case_table_is_described() -> None:
    """Fails when a model gets a column the register does not describe: add it to
    `processing_register.STORED_DATA` (a description and category, or None when computed)."""
    assert {t.name for t in case_tables()} >= {"cases", "household_members", "internal_notes"}
    assert undescribed_columns() == []


def test_an_undescribed_column_or_table_is_caught() -> None:
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    copy.tables["cases"].append_column(Column("nickname", String))
    Table("pets", copy, Column("id", Integer, primary_key=True), Column("case_id", Integer),
          Column("name", String))
    assert sorted(undescribed_columns(copy)) == ["cases.nickname", "pets.name"]
    # and the printed register says so rather than leaving them out
    shown = [item for c in stored_categories(copy) for item in c.items]
    assert any("nog niet beschreven" in item and "cases.nickname" in item for item in shown)
