"""The right of access (AVG 15, issue 15.2): `vangnet subject export` writes every stored item
about one tenant — compared table by table against the database — and nothing of anyone else."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Base, Case
from app.services.case_documents import add_attachment
from app.services.events import add_note
from app.services.keys import DatabaseKey
from app.services.letters import addressing
from app.services.problems import problem
from app.services.store import Store, open_store
from app.services.subject_export import SubjectExportProblem, collect, write_export
from tests.conftest import PASSPHRASE
from tests.helpers import cli, signal_csv, signal_row
from tests.letters.conftest import SampleContacts

TODAY = "2026-11-23"
NAME = "Anaïs Öztürk"
NOTE = "Wil graag hulp bij het aanvragen van toeslagen"
OTHER_NAME = "Karel Visser"
OTHER_NOTE = "Geheim van de buren: niet delen"
ATTACHMENT = bytes(range(256)) * 40 + b"\x00end"


def _ok(*args: object) -> str:
    run = cli(*args)
    assert run.code == 0, run.err
    return run.out


def _store(db_path: Path) -> Store:
    return open_store(db_path, DatabaseKey(passphrase=PASSPHRASE))


@pytest.fixture(scope="module")
def built_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Built once for the module (each test writes its own export folder)."""
    folder = tmp_path_factory.mktemp("subject-export")
    with pytest.MonkeyPatch.context() as mp:
        from app.services import keycheck

        mp.setattr(keycheck, "ITERATIONS", 1_000)
        mp.setenv("VANGNET_DB", str(folder / "data" / "vangnet.db"))
        mp.setenv("VANGNET_PASSPHRASE", PASSPHRASE)
        mp.setenv("VANGNET_USER", "tester")
        mp.setattr(addressing, "default_contacts", SampleContacts.from_file)
        _build(folder / "data" / "vangnet.db", folder)
    yield folder / "data" / "vangnet.db"


@pytest.fixture
def rich_office(built_office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VANGNET_DB", str(built_office))
    monkeypatch.setenv("VANGNET_PASSPHRASE", PASSPHRASE)
    return built_office


def _build(db_path: Path, tmp_path: Path) -> None:
    """Case 1: a tenant with household, timeline, note, consent, inventory, proposal, letter,
    attachment, correction, requests and a handover. Case 2: someone else, with their own."""
    _ok("init", "--office", "Sociaal Wijkteam Schalkwijk")
    _ok("letterhead", "--address", "Postbus 511", "--address", "2003 PB Haarlem",
        "--signer", "Marieke de Boer", "--signer-function", "teamleider")  # fmt: skip
    signals = tmp_path / "in.csv"
    signals.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam=NAME, aantal_bewoners="3",
                       geboortedata_bewoners="01-01-2015|03-04-1950"),
            signal_row(referentie="YM-2", naam=OTHER_NAME, melddatum="05-11-2026",
                       straat="Kleine Houtstraat"),
        )  # fmt: skip
    )
    _ok("import", signals, "--today", TODAY)
    for case in (1, 2):
        _ok("event", case, "contact_attempt", "--method", "telefoon", "--reached", "yes",
            "--on", "2026-11-20", "--today", TODAY)  # fmt: skip
        _ok("event", case, "collection_answer", "--may-resume", "no", "--on", TODAY,
            "--today", TODAY)  # fmt: skip
    _ok("consent", 1, "warme_overdracht", "--written", "--on", "2026-11-20", "--today", TODAY)
    _ok("budget", 1, "--household", "paar_met_kinderen", "--children", "2", "--rent", "712,40",
        "--income", "Loon=2.450,00", "--cost", "Zorgverzekering=290,00")  # fmt: skip
    _ok("debt", "add", 1, "--creditor", "Eneco", "--kind", "energie", "--amount", "1.200,00")
    _ok("debt", "add", 2, "--creditor", "Vattenfall", "--kind", "energie", "--amount", "99,00")
    _ok("proposal", "arrangement", 1, "--resume-rent-from", "2026-12-01", "--first",
        "2026-12-01", "--today", TODAY)  # fmt: skip
    letters = tmp_path / "letters"
    letters.mkdir()
    _ok("letter", 1, "--kind", "feedback", "-o", letters / "feedback-1.pdf", "--today", TODAY)
    _ok("letter", 2, "--kind", "feedback", "-o", letters / "feedback-2.pdf", "--today", TODAY)
    _ok("event", 1, "feedback_sent", "--on", TODAY, "--today", TODAY)
    _ok("subject", "request", "add", "--kind", "access", "--case", 1, "--today", TODAY)
    _ok("legal-request", "add", "--requester", "Politie Kennemerland, agent 123",
        "--ground", "art. 126nd Sv", "--other-party", "Ymere", "--case", 1,
        "--today", TODAY)  # fmt: skip
    _ok("subject", "correct", 1, "phone", "06-11112222")
    _ok("case", 1, "--today", TODAY)  # a read, in the audit trail
    store = _store(db_path)
    try:
        with store.transaction() as session:
            for case_id, text in ((1, NOTE), (2, OTHER_NOTE)):
                case = session.get(Case, case_id)
                assert case is not None
                add_note(session, case, text)
            case = session.get(Case, 1)
            assert case is not None
            add_attachment(session, case, title="Loonstrook", file_name="../loon strook.bin",
                           content=ATTACHMENT)  # fmt: skip
    finally:
        store.close()
    _ok("handover", "export", 1, "-o", tmp_path / "pkg.vangnet", "--to", "sdv",
        "--person", "Jan Jansen", "--today", TODAY)  # fmt: skip


def _export(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "inzage"
    out.mkdir(exist_ok=True)
    run = cli("subject", "export", 1, "-o", out)
    assert run.code == 0, run.err
    target = out / f"inzage-1-{TODAY}.json"
    assert str(target) in run.out and str(out / f"inzage-1-{TODAY}.pdf") in run.out
    return out, json.loads(target.read_text("utf-8"))


def test_every_case_table_is_exported_row_for_row(rich_office: Path, tmp_path: Path) -> None:
    _out, data = _export(tmp_path)
    assert data["schema_version"] == 1 and data["exported_on"] == TODAY
    sections = data["sections"]
    tables = [t for t in Base.metadata.tables.values() if "case_id" in t.c]
    assert len(tables) >= 14
    store = _store(rich_office)
    try:
        with store.session() as session:
            for table in tables:
                count = session.scalar(
                    select(func.count()).select_from(table).where(table.c.case_id == 1)
                )
                assert table.name in sections, f"{table.name} is not in the export"
                assert len(sections[table.name]) == count, table.name
                for row in sections[table.name]:
                    assert row["case_id"] == 1
                    assert set(row) == set(table.c.keys()), table.name
            audit_about_case = session.scalars(
                select(AuditEntry).where(AuditEntry.detail.like("%case=1 %"))
            ).all()
    finally:
        store.close()
    for name in ("household_members", "case_events", "internal_notes", "consent_records",
                 "case_budgets", "budget_lines", "debts", "proposals", "case_documents",
                 "case_deadlines", "priority_periods", "fact_corrections", "subject_requests",
                 "legal_requests"):  # fmt: skip
        assert sections[name], f"the rich case has no {name}: the test would prove nothing"
    case = sections["cases"][0]
    assert case["tenant_name"] == NAME and case["birth_date"] == "1988-08-17"
    assert [m["birth_date"] for m in sections["household_members"]] == [
        "2015-01-01", "1950-04-03",
    ]  # fmt: skip
    assert [n["text"] for n in sections["internal_notes"]] == [NOTE]
    assert sections["fact_corrections"][0]["old_value"] == "0623456789"
    assert sections["handover_packages"][0]["direction"] == "export"
    # the audit trail: who read and changed it, including every line naming case=1
    exported_audit = {row["id"] for row in sections["audit_log"]}
    assert {e.id for e in audit_about_case} <= exported_audit
    assert any(r["action"] == "read" and r["object_type"] == "case"
               for r in sections["audit_log"])  # fmt: skip
    # where the data went: the feedback letter, its sending, the handover
    recipients = data["recipients"]
    assert any(r["channel"] == "brief" and "Ymere" in r["party"] for r in recipients)
    assert any(r["what"] == "Terugkoppeling verstuurd" for r in recipients)
    assert any(r["channel"] == "overdracht" and "Jan Jansen" in r["party"] for r in recipients)


def test_the_documents_are_written_byte_for_byte(rich_office: Path, tmp_path: Path) -> None:
    out, data = _export(tmp_path)
    store = _store(rich_office)
    try:
        with store.session() as session:
            export = collect(session, 1)
    finally:
        store.close()
    rows = data["sections"]["case_documents"]
    assert {r["source"] for r in rows} == {"brief", "bijlage"}
    written = sorted((out / "documenten").iterdir())
    assert len(written) == len(rows) == len(export.documents)
    for row in rows:
        path = out / row["content"]
        assert path.parent == out / "documenten"  # "../loon strook.bin" stays inside
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
    attachment = next(r for r in rows if r["source"] == "bijlage")
    assert (out / attachment["content"]).read_bytes() == ATTACHMENT
    assert attachment["content"].endswith("loon strook.bin")


def test_the_pdf_reads_as_dutch_for_the_tenant(rich_office: Path, tmp_path: Path) -> None:
    out, _data = _export(tmp_path)
    pdf = out / f"inzage-1-{TODAY}.pdf"
    text = " ".join(
        subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                       capture_output=True, text=True).stdout.split()
    )  # fmt: skip
    for wanted in (NAME, NOTE, "Eneco", "€ 1.200,00", "17 augustus 1988", "Inzage in uw gegevens",
                   "Waar uw gegevens naartoe gingen", "Jan Jansen", "Autoriteit Persoonsgegevens",
                   "Wie uw gegevens bekeek of wijzigde", "Sociaal Wijkteam Schalkwijk"):
        assert wanted in text, wanted
    assert text.index("Waar uw gegevens naartoe gingen") > text.index("Eneco")


def test_nothing_of_another_case_is_in_the_export(rich_office: Path, tmp_path: Path) -> None:
    out, data = _export(tmp_path)
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    pdf_text = subprocess.run(["pdftotext", str(out / f"inzage-1-{TODAY}.pdf"), "-"],
                              check=True, capture_output=True, text=True).stdout
    for foreign in (OTHER_NAME, OTHER_NOTE, "Vattenfall", "Kleine Houtstraat", "YM-2"):
        assert foreign.encode() not in everything, foreign
        assert foreign not in pdf_text, foreign
    assert all(row.get("case_id", 1) == 1 for rows in data["sections"].values()
               for row in rows if "case_id" in row)  # fmt: skip


def test_cli_refusals_change_nothing(rich_office: Path, tmp_path: Path) -> None:
    out, _data = _export(tmp_path)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    again = cli("subject", "export", 1, "-o", out)
    assert again.code == 1
    assert "already exists" in again.err and "--force" in again.err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    unknown = cli("subject", "export", 99, "-o", out)
    assert unknown.code == 1 and unknown.err.strip() == (
        "Not exported: there is no case 99. Nothing was written."
    )
    missing = cli("subject", "export", 1, "-o", tmp_path / "nowhere")
    assert missing.code == 1 and "does not exist" in missing.err
    assert "Traceback" not in again.err + unknown.err + missing.err
    assert not (tmp_path / "nowhere").exists()
    before_lines = _export_lines(rich_office)
    forced = cli("subject", "export", 1, "-o", out, "--force")
    assert forced.code == 0, forced.err
    files = 2 + len(list((out / "documenten").iterdir()))
    assert _export_lines(rich_office) == [
        *before_lines, ("export", "1", f"json+pdf files={files}")
    ]
    assert all(line == ("export", "1", f"json+pdf files={files}") for line in before_lines)


def _export_lines(db_path: Path) -> list[tuple[str, str, str]]:
    store = _store(db_path)
    try:
        with store.session() as session:
            lines = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.object_type == "subject_access")
                .order_by(AuditEntry.id)
            ).all()
            return [(e.action, e.object_id, e.detail) for e in lines]
    finally:
        store.close()


def test_a_folder_that_cannot_take_the_files_is_refused(
    rich_office: Path, tmp_path: Path
) -> None:
    out = tmp_path / "blocked"
    out.mkdir()
    (out / "documenten").write_bytes(b"a file where the documents folder should go")
    run = cli("subject", "export", 1, "-o", out)
    assert run.code == 1 and run.err.startswith("Not exported: ")
    assert "documenten" in run.err and "Traceback" not in run.err
    assert sorted(p.name for p in out.iterdir()) == ["documenten"]  # nothing else written
    not_a_folder = cli("subject", "export", 1, "-o", out / "documenten")
    assert not_a_folder.code == 1 and "is not a folder" in not_a_folder.err


def test_the_service_refuses_an_unknown_case(rich_office: Path, tmp_path: Path) -> None:
    store = _store(rich_office)
    try:
        with store.session() as session, pytest.raises(SubjectExportProblem) as caught:
            write_export(session, 42, tmp_path)
    finally:
        store.close()
    assert caught.value.code == "no_case"
    assert caught.value.problems == (problem("letter.no_case", case=42),)
    assert list(tmp_path.glob("inzage-*")) == []
