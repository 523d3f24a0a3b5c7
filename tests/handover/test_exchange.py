"""A handover between two real encrypted databases, each with its own key.

Office A (passphrase 1) hands two cases to office B (passphrase 2) through a sealed package;
then every way the package can be wrong is tried against B, which must stay exactly as it was.
Finally B hands the case back and A merges only what is new.

One A/B pair is shared by the tests that only read it or whose attempt must change nothing
(each checks the whole database before and after); the merge-back tests build their own.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Case,
    CaseDeadline,
    CaseDocument,
    CaseEvent,
    ConsentRecord,
    HandoverPackage,
    InternalNote,
    Proposal,
)
from app.services.backup import Snapshot, database_snapshot, snapshot
from app.services.case_query import CaseFilter, case_ids
from app.services.casework import RulesContext, load_context
from app.services.clock import FixedClock
from app.services.events import add_note, record_consent, record_event, undo_event
from app.services.handover.exchange import (
    ExportResult,
    HandoverCancelled,
    HandoverProblem,
    ImportResult,
    export_handover,
    import_handover,
    open_package,
)
from app.services.handover.payload import FACT_COLUMNS, PayloadProblem, parse_package
from app.services.handover.sealed import PackageProblem, seal, unseal
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters.files import FolderProblem
from app.services.money import Budget
from app.services.money import BudgetLine as Line
from app.services.rules.profile import load_profile
from app.services.sdv.inventory import DebtEntry, Inventory, load_inventory, save_inventory
from app.services.sdv.proposals import (
    mark_proposal_sent,
    proposals_of,
    propose_arrangement,
    propose_settlement,
)
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import HEADER, signal_row
from tests.letters.conftest import LETTERS_PASSPHRASE, OFFICE, TODAY, Office, make_office

D = Decimal
B_KEY = DatabaseKey(passphrase="tweede kantoor, andere sleutel")
B_OFFICE = "Schulddienstverlening Haarlem"
PACKAGE_PASSPHRASE = "7K3M-9QXD-2HTR-4VWB-8NZC-5PJE"
NOTE_A = "Huurder vertelde over een schuld bij zwager Kees van Dalen"
NOTE_ELAN = "Gesprek met meneer Yılmaz-Łukasiewicz over de verhuizing"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 12 + b"\n%%EOF\n"

A_ROWS = [
    signal_row(
        referentie="YM-1",
        naam="Sanne Hoekstra",
        melddatum="16-11-2026",
        aantal_bewoners="3",
        kinderen_onder_18="1",
        geboortedata_bewoners="03-04-2015|21-06-1986",
        telefoon="06-23456789",
    ),
    signal_row(
        referentie="ELAN-7",
        corporatie="Elan Wonen",
        naam="Şükrü Yılmaz-Łukasiewicz",
        melddatum="13-11-2026",
        straat="Floris van Adrichemlaan",
        huisnummer="112 A",
        postcode="2035 AB",
        deurwaarder_gepland="04-12-2026",
    ),
    signal_row(
        referentie="PRE-3",
        corporatie="Pré Wonen",
        naam="Eva Evict",
        melddatum="02-11-2026",
        ontruimingsdatum="15-12-2026",
    ),
    signal_row(referentie="DICHT-1", naam="Gesloten Zaak", melddatum="09-11-2026"),
]

BUDGET = Budget(
    household_type="paar_met_kinderen",
    children=1,
    incomes=(Line("Loon", D("2450.00")), Line("Kinderbijslag", D("120.50"))),
    fixed_costs=(Line("Zorgverzekering", D("310.00")),),
    rent=D("806.20"),
)
DEBTS = (
    DebtEntry("Ymere", "huurachterstand", D("1612.40"), established_on=date(2026, 9, 1)),
    DebtEntry("Eneco", "energie", D("412.37"), preferential=False),
    DebtEntry("Belastingdienst", "overig", D("950.00"), preferential=True),
)

#: the tables whose rows belong to one case and travel in a package
CASE_TABLES: dict[str, Any] = {
    "events": CaseEvent,
    "notes": InternalNote,
    "consents": ConsentRecord,
    "documents": CaseDocument,
    "proposals": Proposal,
}


# --- building the offices ------------------------------------------------------------------


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    assert case is not None
    return case


def _fill_office_a(a: Office) -> None:
    """Everything a case can carry: inventory, proposals, consent, notes, documents, events."""
    ctx = a.ctx
    with a.store.transaction() as s:
        ym = _case(s, a.ids["YM-1"])
        save_inventory(s, ym, BUDGET, DEBTS, actor="anna")
        propose_settlement(s, ym, today=TODAY, resume_rent_from=date(2026, 12, 1), actor="anna")
        sent = propose_arrangement(
            s,
            ym,
            today=TODAY,
            resume_rent_from=date(2026, 12, 1),
            first_instalment=date(2026, 12, 1),
            actor="anna",
        )
        mark_proposal_sent(s, sent.id, ctx, TODAY, today=TODAY, actor="anna")
        record_consent(
            s, ym, "warme_overdracht", date(2026, 11, 18), True, actor="anna", today=TODAY
        )
        add_note(s, ym, NOTE_A, actor="anna")
        record_event(
            s,
            ym,
            "contact_attempt",
            date(2026, 11, 17),
            ctx,
            {"method": "telefoon", "reached": True},
            actor="anna",
            today=TODAY,
        )
        mistake = record_event(
            s, ym, "feedback_sent", date(2026, 11, 18), ctx, actor="anna", today=TODAY
        )
        undo_event(s, mistake, ym, ctx, actor="anna")
        s.add(
            CaseDocument(
                case_id=ym.id,
                source="brief",
                title="Voorstel betalingsregeling",
                file_name="voorstel-YM-1.pdf",
                media_type="application/pdf",
                size=len(PDF),
                sha256=hashlib.sha256(PDF).hexdigest(),
                content=PDF,
                added_at=datetime(2026, 11, 23, 9, 15, 0, 123456),
                added_by="anna",
            )
        )
        elan = _case(s, a.ids["ELAN-7"])
        add_note(s, elan, NOTE_ELAN, actor="anna")
        record_consent(s, elan, "delen_met_corporatie", TODAY, False, actor="anna", today=TODAY)
        record_event(
            s,
            elan,
            "contact_attempt",
            TODAY,
            ctx,
            {"method": "huisbezoek", "reached": False},
            actor="anna",
            today=TODAY,
        )
        dicht = _case(s, a.ids["DICHT-1"])
        record_event(
            s, dicht, "closed", TODAY, ctx, {"outcome": "voorkomen"}, actor="anna", today=TODAY
        )


def _office_b(path: Path) -> tuple[Store, RulesContext]:
    store = initialise(path, B_KEY, load_profile("haarlem"), B_OFFICE)
    with store.session() as session:
        return store, load_context(session)


def _typed(passphrase: str) -> str:
    """As someone types it from a phone call: lower case, spaces instead of dashes."""
    return " ".join(passphrase.lower().split("-"))


def _rows(store: Store, case_id: int) -> dict[str, Any]:
    """What one case holds, keyed by uid and free of local ids, for comparing two databases."""
    with store.session() as s:
        case = _case(s, case_id)
        out: dict[str, Any] = {
            "facts": {name: getattr(case, name) for name in FACT_COLUMNS},
            "dates": (case.signal_date, case.bailiff_date, case.eviction_date, case.created_at),
            "members": sorted(m.birth_date for m in case.members),
            "inventory": _inventory_key(load_inventory(s, case_id)),
        }
        for name, model in CASE_TABLES.items():
            rows = s.scalars(select(model).where(model.case_id == case_id)).all()
            out[name] = {r.uid: _plain(r) for r in rows}
        return out


def _plain(row: Any) -> dict[str, Any]:
    values = {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs}
    values.pop("id")
    values.pop("case_id")
    if isinstance(row, Proposal):
        values["snapshot"] = json.loads(values["snapshot"])
    return values


def _inventory_key(inv: Inventory) -> tuple[Any, ...]:
    return (inv.budget, inv.debts, inv.updated_at, inv.updated_by)


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            table: s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (
                "cases",
                "case_events",
                "internal_notes",
                "consent_records",
                "case_documents",
                "proposals",
                "debts",
                "budget_lines",
                "case_budgets",
                "household_members",
                "handover_packages",
                "audit_log",
            )
        }


def _snapshot(store: Store) -> Snapshot:
    """Every row of every table (backup.snapshot), over one of the store's keyed connections."""
    raw = store.engine.raw_connection()
    try:
        return snapshot(raw.driver_connection)
    finally:
        raw.close()


@dataclass
class World:
    a: Office
    a_path: Path
    b: Store
    b_ctx: RulesContext
    b_path: Path
    folder: Path
    before_export: dict[str, dict[str, Any]]  # A's rows of the exported cases, before
    a_counts_before: dict[str, int]
    export: ExportResult
    imported: ImportResult
    b_ids: dict[str, int]
    payload: dict[str, Any]

    def b_snapshot(self) -> Snapshot:
        return _snapshot(self.b)

    def a_snapshot(self) -> Snapshot:
        return _snapshot(self.a.store)

    def package(
        self, payload: dict[str, Any], name: str, passphrase: str = PACKAGE_PASSPHRASE
    ) -> Path:
        """A correctly sealed package around hand-made content."""
        path = self.folder / name
        path.write_bytes(seal(json.dumps(payload).encode("utf-8"), passphrase))
        return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("handover")
    a_path = folder / "a" / "vangnet.db"
    a = make_office(a_path, A_ROWS, letterhead=False)
    _fill_office_a(a)
    exported = ("YM-1", "ELAN-7")
    before = {ref: _rows(a.store, a.ids[ref]) for ref in exported}
    a_counts = _counts(a.store)
    export = export_handover(
        a.store,
        [a.ids[ref] for ref in exported],
        folder / "overdracht.vgo",
        a.ctx,
        to_role="sdv",
        receiver="Piet Jansen (SDV)",
        today=TODAY,
        actor="anna",
    )
    b_path = folder / "b" / "vangnet.db"
    b, b_ctx = _office_b(b_path)
    imported = import_handover(
        b, export.path, _typed(export.passphrase), b_ctx, today=TODAY, actor="piet"
    )
    with b.session() as s:
        b_ids = {ref: cid for ref, cid in s.execute(select(Case.reference, Case.id))}
    payload = json.loads(unseal(export.path.read_bytes(), export.passphrase))
    yield World(
        a, a_path, b, b_ctx, b_path, folder, before, a_counts, export, imported, b_ids, payload
    )
    a.store.close()
    b.close()


# --- the round trip ------------------------------------------------------------------------


def test_export_result_and_file(world: World) -> None:
    ex = world.export
    assert ex.path.is_file() and ex.size == ex.path.stat().st_size
    assert ex.case_ids == (world.a.ids["YM-1"], world.a.ids["ELAN-7"])
    assert len(ex.package_id) == 32
    assert len(ex.passphrase) == 29 and ex.passphrase.count("-") == 5
    assert not list(ex.path.parent.glob(".vangnet-*"))  # no staging file left behind


def test_sender_marks_the_cases_handed_over_and_deletes_nothing(world: World) -> None:
    a = world.a
    with a.store.session() as s:
        for ref in ("YM-1", "ELAN-7"):
            case = _case(s, a.ids[ref])
            assert case.status == "overgedragen"
            handover = s.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.kind == "handover")
            ).one()
            assert json.loads(handover.detail) == {
                "to": "sdv",
                "receiver": "Piet Jansen (SDV)",
                "package": world.export.package_id,
            }
            assert handover.occurred_on == TODAY and handover.recorded_by == "anna"
        assert _case(s, a.ids["PRE-3"]).status == "nieuw"
        log = s.scalars(select(HandoverPackage)).one()
        assert (log.package_id, log.direction, log.case_count) == (
            world.export.package_id,
            "export",
            2,
        )
        assert log.counterpart == "Piet Jansen (SDV)" and log.file_name == "overdracht.vgo"
        assert log.file_sha256 == hashlib.sha256(world.export.path.read_bytes()).hexdigest()
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "export", AuditEntry.object_type == "handover"
            )
        ).one()
        assert audit.detail == "cases=2 to=sdv" and audit.actor == "anna"
    counts = _counts(a.store)
    before = world.a_counts_before
    assert counts["case_events"] == before["case_events"] + 2
    for table in (
        "cases",
        "internal_notes",
        "consent_records",
        "case_documents",
        "proposals",
        "debts",
        "budget_lines",
    ):
        assert counts[table] == before[table], table
    for ref, rows in world.before_export.items():
        now = _rows(a.store, a.ids[ref])
        for part in (
            "facts",
            "members",
            "inventory",
            "notes",
            "consents",
            "documents",
            "proposals",
        ):
            assert now[part] == rows[part], (ref, part)
        assert set(now["events"]) - set(rows["events"]) == {
            uid for uid, e in now["events"].items() if e["kind"] == "handover"
        }


def test_receiver_gets_both_cases_with_identical_content(world: World) -> None:
    assert sorted(world.imported.created) == sorted(world.b_ids[r] for r in ("YM-1", "ELAN-7"))
    assert world.imported.merged == [] and world.imported.already_imported_on is None
    assert world.imported.sender == "anna"
    assert "PRE-3" not in world.b_ids and "DICHT-1" not in world.b_ids
    for ref in ("YM-1", "ELAN-7"):
        sent = _rows(world.a.store, world.a.ids[ref])
        got = _rows(world.b, world.b_ids[ref])
        assert got["facts"] == sent["facts"]
        assert got["dates"] == sent["dates"]
        assert got["members"] == sent["members"]
        assert got["inventory"] == sent["inventory"]
        for part in ("notes", "consents", "documents", "proposals"):
            assert got[part] == sent[part], (ref, part)
        received = {u: e for u, e in got["events"].items() if e["kind"] == "handover_received"}
        assert len(received) == 1
        assert {u: e for u, e in got["events"].items() if u not in received} == sent["events"]
    ym = _rows(world.b, world.b_ids["YM-1"])
    assert ym["members"] == [date(1986, 6, 21), date(2015, 4, 3)]
    assert [d["content"] for d in ym["documents"].values()] == [PDF]
    assert [n["text"] for n in ym["notes"].values()] == [NOTE_A]
    assert sorted(p["kind"] for p in ym["proposals"].values()) == ["arrangement", "settlement"]
    assert sum(e["undone_at"] is not None for e in ym["events"].values()) == 1
    assert ym["inventory"][0] == BUDGET and ym["inventory"][1] == DEBTS
    elan = _rows(world.b, world.b_ids["ELAN-7"])
    assert elan["facts"]["tenant_name"] == "Şükrü Yılmaz-Łukasiewicz"
    assert elan["inventory"] == (None, (), None, None)
    assert [n["text"] for n in elan["notes"].values()] == [NOTE_ELAN]


def test_receiver_takes_the_cases_on(world: World) -> None:
    with world.b.session() as s:
        for ref in ("YM-1", "ELAN-7"):
            case = _case(s, world.b_ids[ref])
            assert case.status == "in_behandeling"
            assert case.assignee == "piet"
            received = s.scalars(
                select(CaseEvent).where(
                    CaseEvent.case_id == case.id, CaseEvent.kind == "handover_received"
                )
            ).one()
            assert json.loads(received.detail) == {
                "from": "anna",
                "office": OFFICE,
                "package": world.export.package_id,
            }
            assert received.recorded_by == "piet" and received.occurred_on == TODAY
        log = s.scalars(select(HandoverPackage)).one()
        assert (log.direction, log.package_id, log.counterpart, log.case_count) == (
            "import",
            world.export.package_id,
            "anna",
            2,
        )
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "import", AuditEntry.object_type == "handover"
            )
        ).one()
        assert audit.detail == "created=2 merged=0" and audit.actor == "piet"


def test_received_cases_are_searchable_and_have_their_deadlines(world: World) -> None:
    with world.b.session() as s:
        found = case_ids(s, CaseFilter(search="hoekstra"), TODAY, 0, 50)
        assert found == [world.b_ids["YM-1"]]
        found = case_ids(s, CaseFilter(search="Łukasiewicz"), TODAY, 0, 50)
        assert found == [world.b_ids["ELAN-7"]]
        mine = case_ids(s, CaseFilter(view="mine", assignee="piet"), TODAY, 0, 50)
        assert sorted(mine) == sorted(world.b_ids.values())
        for ref in ("YM-1", "ELAN-7"):
            b_deadlines = _deadlines(s, world.b_ids[ref])
            assert b_deadlines  # computed
            with world.a.store.session() as sa:
                assert b_deadlines == _deadlines(sa, world.a.ids[ref])
        ym = _deadlines(s, world.b_ids["YM-1"])
        assert ym["proposal"][1] == TODAY  # met by the proposal sent at A
        assert ym["contact"][1] == date(2026, 11, 17)
        assert ym["feedback"][1] is None  # the feedback event was undone at A
        assert _deadlines(s, world.b_ids["ELAN-7"])["bailiff"][0] == date(2026, 12, 4)
        assert _case(s, world.b_ids["ELAN-7"]).bailiff_date == date(2026, 12, 4)


def _deadlines(s: Session, case_id: int) -> dict[str, tuple[date, date | None]]:
    rows = s.scalars(select(CaseDeadline).where(CaseDeadline.case_id == case_id)).all()
    return {r.term_id: (r.due, r.met_on) for r in rows}


def test_received_proposals_still_read_back(world: World) -> None:
    with world.b.session() as s:
        views = proposals_of(s, world.b_ids["YM-1"])
    with world.a.store.session() as s:
        originals = proposals_of(s, world.a.ids["YM-1"])
    assert [(v.uid, v.kind, v.sent_on, v.withdrawn, v.snapshot) for v in views] == [
        (v.uid, v.kind, v.sent_on, v.withdrawn, v.snapshot) for v in originals
    ]
    assert views[0].sent_on == TODAY and views[1].withdrawn


def test_importing_the_same_package_again_changes_nothing(world: World) -> None:
    before = world.b_snapshot()
    again = import_handover(
        world.b, world.export.path, world.export.passphrase, world.b_ctx, today=TODAY, actor="piet"
    )
    assert again.already_imported_on is not None
    assert again.created == [] and again.merged == [] and again.rows_added == 0
    assert world.b_snapshot() == before


def test_the_package_holds_no_plaintext(world: World) -> None:
    data = world.export.path.read_bytes()
    hidden = [
        "Sanne Hoekstra",
        "Hoekstra",
        "Şükrü Yılmaz-Łukasiewicz",
        "Łukasiewicz",
        "Amsterdamstraat",
        "06-23456789",
        NOTE_A,
        "zwager",
        NOTE_ELAN,
        "Belastingdienst",
        "Kinderbijslag",
        world.export.passphrase,
    ]
    for secret in hidden:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in data, (secret, encoding)
    assert PDF[:200] not in data
    # ... while the opened payload does hold them (so the test above is not vacuous)
    plain = json.dumps(world.payload, ensure_ascii=False)
    assert "Sanne Hoekstra" in plain and NOTE_A in plain


# --- packages that must be refused ---------------------------------------------------------


def _refused(world: World, path: Path, passphrase: str, error: type[Exception]) -> Exception:
    before = world.b_snapshot()
    with pytest.raises(error) as info:
        import_handover(world.b, path, passphrase, world.b_ctx, today=TODAY, actor="piet")
    assert world.b_snapshot() == before
    return info.value


def test_wrong_passphrase(world: World) -> None:
    wrong = world.export.passphrase[:-1] + ("0" if world.export.passphrase[-1] != "0" else "1")
    problem = _refused(world, world.export.path, wrong, PackageProblem)
    assert isinstance(problem, PackageProblem) and problem.code == "wrong_passphrase"
    problem = _refused(world, world.export.path, LETTERS_PASSPHRASE, PackageProblem)
    assert isinstance(problem, PackageProblem) and problem.code == "wrong_passphrase"


def test_truncated_packages(world: World) -> None:
    data = world.export.path.read_bytes()
    for cut in (0, 5, 19, 20, 60, 84, 85, len(data) // 2, len(data) - 16, len(data) - 1):
        path = world.folder / f"cut-{cut}.vgo"
        path.write_bytes(data[:cut])
        problem = _refused(world, path, world.export.passphrase, PackageProblem)
        assert isinstance(problem, PackageProblem) and problem.code == "truncated", cut


def test_changed_packages(world: World) -> None:
    data = world.export.path.read_bytes()
    for at in (90, len(data) // 2, len(data) - 1, 76):  # ciphertext, tag, creation time
        changed = bytearray(data)
        changed[at] ^= 0x01
        path = world.folder / f"flip-{at}.vgo"
        path.write_bytes(bytes(changed))
        problem = _refused(world, path, world.export.passphrase, PackageProblem)
        assert isinstance(problem, PackageProblem) and problem.code == "damaged", at
    path = world.folder / "longer.vgo"
    path.write_bytes(data + b"\x00")
    problem = _refused(world, path, world.export.passphrase, PackageProblem)
    assert isinstance(problem, PackageProblem) and problem.code == "damaged"
    path = world.folder / "not-a-package.vgo"
    path.write_bytes(b"PK\x03\x04" + os.urandom(200))
    problem = _refused(world, path, world.export.passphrase, PackageProblem)
    assert isinstance(problem, PackageProblem) and problem.code == "not_a_package"


def test_missing_file(world: World) -> None:
    problem = _refused(world, world.folder / "nergens.vgo", "x", HandoverProblem)
    assert isinstance(problem, HandoverProblem) and problem.code == "unreadable"


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """Set (or with value ... delete) the item at a dotted path like 'cases.0.facts.kind'."""

    def mutate(payload: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = payload
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is ...:
            del node[key]
        else:
            node[key] = value

    return mutate


def _dupe_case(payload: dict[str, Any]) -> None:
    payload["cases"].append(copy.deepcopy(payload["cases"][0]))


def _dupe_event_uid(payload: dict[str, Any]) -> None:
    events = payload["cases"][0]["events"]
    events[1]["uid"] = events[0]["uid"]


def _dupe_uid_across_cases(payload: dict[str, Any]) -> None:
    payload["cases"][1]["notes"][0]["uid"] = payload["cases"][0]["notes"][0]["uid"]


def _bailiff_event_without_date(payload: dict[str, Any]) -> None:
    event = copy.deepcopy(payload["cases"][0]["events"][0])
    event.update(uid="ab" * 16, kind="bailiff_date_set", detail={})
    payload["cases"][0]["events"].append(event)


def _eviction_event_with_bad_date(payload: dict[str, Any]) -> None:
    event = copy.deepcopy(payload["cases"][0]["events"][0])
    event.update(uid="cd" * 16, kind="eviction_date_set", detail={"date": "morgen"})
    payload["cases"][0]["events"].append(event)


def _closed_without_outcome(payload: dict[str, Any]) -> None:
    event = copy.deepcopy(payload["cases"][0]["events"][0])
    event.update(uid="ef" * 16, kind="closed", detail={})
    payload["cases"][0]["events"].append(event)


BAD_CONTENT: list[Any] = [
    pytest.param(_set("format", "iets-anders"), "not a handover", id="format"),
    pytest.param(_set("version", 99), "version 99", id="version"),
    pytest.param(_set("package_id", ...), "'package_id' is missing", id="no-package-id"),
    pytest.param(_set("cases", []), "no cases", id="no-cases"),
    pytest.param(_set("to_role", "deurwaarder"), "unknown role", id="role"),
    pytest.param(_set("cases.0.facts.tenant_name", ...), "'tenant_name' is missing", id="no-name"),
    pytest.param(
        _set("cases.0.facts.tenant_name", "Sanne \x1b[2J\x1b[31mHoekstra"),
        "'tenant_name' contains control characters",
        id="terminal-escape",
    ),
    pytest.param(_set("cases.0.facts.occupants", "drie"), "'occupants'", id="occupants-text"),
    pytest.param(_set("cases.0.facts.occupants", 0), "'occupants'", id="occupants-zero"),
    pytest.param(_set("cases.0.facts.birth_date", "17-08-1988"), "'birth_date'", id="birth-date"),
    pytest.param(_set("cases.0.key", ...), "key: expected an object", id="no-key"),
    pytest.param(_set("cases.0.events", ...), "'events' is missing", id="no-events"),
    pytest.param(_set("cases.0.events.0.kind", "ontploft"), "unknown event kind", id="event-kind"),
    pytest.param(_set("cases.0.events.0.uid", "1234"), "'uid' is not a row id", id="short-uid"),
    pytest.param(_set("cases.0.events.0.uid", "Z" * 32), "'uid' is not a row id", id="bad-uid"),
    pytest.param(_set("cases.0.events.0.occurred_on", "gisteren"), "'occurred_on'", id="event-day"),
    pytest.param(_dupe_case, "a case appears twice", id="duplicate-case"),
    pytest.param(_dupe_event_uid, "appears twice", id="duplicate-event-uid"),
    pytest.param(_dupe_uid_across_cases, "appears twice", id="duplicate-uid-across-cases"),
    pytest.param(_bailiff_event_without_date, "needs: date", id="event-detail-missing"),
    pytest.param(_eviction_event_with_bad_date, "'date' is not a date", id="event-detail-date"),
    pytest.param(_closed_without_outcome, "needs: outcome", id="closed-no-outcome"),
    pytest.param(
        _set("cases.0.documents.0.sha256", "0" * 64), "does not match its checksum", id="checksum"
    ),
    pytest.param(_set("cases.0.documents.0.content", "***"), "content is not valid", id="base64"),
    pytest.param(_set("cases.0.consents.0.purpose", "alles"), "consent purpose", id="purpose"),
    pytest.param(
        _set("cases.0.inventory.household_type", "studentenhuis"),
        "household type",
        id="household-type",
    ),
    pytest.param(_set("cases.0.inventory.children", -2), "'children'", id="children"),
    pytest.param(_set("cases.0.inventory.lines.0.monthly_cents", -100), "monthly", id="line"),
    pytest.param(_set("cases.0.inventory.debts.0.amount_cents", 0), "more than zero", id="debt"),
    pytest.param(_set("cases.0.inventory.debts.0.kind", "gokken"), "unknown kind", id="debt-kind"),
    pytest.param(_set("cases.0.proposals.0.kind", "cadeau"), "unknown kind", id="proposal-kind"),
    pytest.param(_set("cases.0.proposals.0.snapshot", "{}"), "'snapshot'", id="snapshot"),
    pytest.param(_set("cases.0.members.0", "gisteren"), "birth date", id="member"),
]


#: these go the whole way (sealed, imported into B); the others are checked on the content
THROUGH_THE_SEAL = {
    "no-name",
    "no-events",
    "event-kind",
    "bad-uid",
    "duplicate-case",
    "duplicate-event-uid",
    "event-detail-missing",
    "checksum",
    "household-type",
    "occupants-zero",
}


@pytest.mark.parametrize(("mutate", "says"), BAD_CONTENT)
def test_invalid_content_is_named(world: World, mutate: Mutation, says: str) -> None:
    payload = copy.deepcopy(world.payload)
    mutate(payload)
    with pytest.raises(PayloadProblem) as info:
        parse_package(json.dumps(payload).encode("utf-8"))
    assert says in str(info.value) and says in info.value.message_nl


@pytest.mark.parametrize(("mutate", "says"), [p for p in BAD_CONTENT if p.id in THROUGH_THE_SEAL])
def test_invalid_content_in_a_valid_seal_is_refused_whole(
    world: World, mutate: Mutation, says: str
) -> None:
    payload = copy.deepcopy(world.payload)
    payload["package_id"] = secrets.token_hex(16)  # not a package B already took in
    mutate(payload)
    path = world.package(payload, "bad.vgo")
    problem = _refused(world, path, PACKAGE_PASSPHRASE, PayloadProblem)
    assert says in str(problem)
    assert isinstance(problem, PayloadProblem) and says in problem.message_nl


def test_the_unchanged_payload_is_valid(world: World) -> None:
    """The mutations above start from content that parses (so each fails for its own reason)."""
    parsed = parse_package(json.dumps(world.payload).encode("utf-8"))
    assert len(parsed.cases) == 2
    assert len(parsed.cases[0].events) >= 4 and parsed.cases[0].inventory is not None
    assert len(parsed.cases[0].documents) == 1 and len(parsed.cases[0].proposals) == 2


def test_a_document_name_is_reduced_to_a_bare_name(world: World) -> None:
    """Issue 12.6: `../../../../root/.bashrc` was stored as given, and the save dialog proposed
    it as the path."""
    payload = copy.deepcopy(world.payload)
    payload["cases"][0]["documents"][0]["file_name"] = "../../../../root/.bashrc"
    parsed = parse_package(json.dumps(payload).encode("utf-8"))
    assert parsed.cases[0].documents[0]["file_name"] == "bashrc"
    payload["cases"][0]["documents"][0]["file_name"] = "..\\..\\Windows\\brief.pdf"
    parsed = parse_package(json.dumps(payload).encode("utf-8"))
    assert parsed.cases[0].documents[0]["file_name"] == "brief.pdf"


def test_content_that_is_not_json_is_refused(world: World) -> None:
    for content in (b"niet eens json", b"\xff\xfe\x00", b"[1, 2, 3]", b'"tekst"'):
        with pytest.raises(PayloadProblem):
            parse_package(content)
    path = world.folder / "garbage.vgo"
    path.write_bytes(seal(b"niet eens json", PACKAGE_PASSPHRASE))
    problem = _refused(world, path, PACKAGE_PASSPHRASE, PayloadProblem)
    assert "not readable as JSON" in str(problem)


def test_unknown_corporation_is_refused(world: World) -> None:
    payload = copy.deepcopy(world.payload)
    payload["package_id"] = "e" * 32
    payload["cases"][1]["key"]["corporation_code"] = "NOGIETS"
    payload["cases"][1]["key"]["corporation_name"] = "Woonbedrijf Nergens"
    problem = _refused(
        world, world.package(payload, "unknown.vgo"), PACKAGE_PASSPHRASE, HandoverProblem
    )
    assert isinstance(problem, HandoverProblem) and problem.code == "unknown_corporation"
    assert "Woonbedrijf Nergens" in str(problem)


def test_row_ids_of_another_case_are_refused(world: World) -> None:
    """The same event ids under a case this database does not know yet: refused as a whole."""
    payload = copy.deepcopy(world.payload)
    payload["package_id"] = secrets.token_hex(16)
    payload["cases"][0]["key"]["reference"] = "YM-1-KOPIE"
    payload["cases"] = payload["cases"][:1]
    problem = _refused(
        world, world.package(payload, "copy.vgo"), PACKAGE_PASSPHRASE, PayloadProblem
    )
    assert "belongs to another case" in str(problem)


def test_open_package_checks_without_writing(world: World) -> None:
    parsed = open_package(world.export.path.read_bytes(), _typed(world.export.passphrase))
    assert parsed.package_id == world.export.package_id
    assert parsed.profile == "haarlem" and parsed.to_role == "sdv"
    assert parsed.sender_actor == "anna" and parsed.sender_office == OFFICE
    assert parsed.receiver == "Piet Jansen (SDV)"
    assert [c.reference for c in parsed.cases] == ["YM-1", "ELAN-7"]


def test_a_package_from_another_covenant(world: World, tmp_path: Path) -> None:
    amsterdam = initialise(
        tmp_path / "ams.db",
        DatabaseKey(passphrase="amsterdamse sleutel 1"),
        load_profile("amsterdam"),
        "Uitvoerder Zuid",
    )
    try:
        with amsterdam.transaction() as s:
            ctx = load_context(s)
            data = "\r\n".join(
                [
                    HEADER,
                    signal_row(
                        referentie="YM-1",
                        corporatie="Ymere",
                        woonplaats="Amsterdam",
                        postcode="1011 AB",
                        melddatum="16-11-2026",
                    ),
                ]
            ).encode("utf-8")
            report = import_signals(s, data, ctx, today=TODAY)
            assert not report.errors, report.errors
            ams_id = report.created[0]
        made = export_handover(
            amsterdam,
            [ams_id],
            tmp_path / "ams.vgo",
            ctx,
            to_role="troubleshooter",
            receiver="Haarlem",
            today=TODAY,
            actor="ams",
        )
    finally:
        amsterdam.close()
    problem = _refused(world, made.path, made.passphrase, HandoverProblem)
    assert isinstance(problem, HandoverProblem) and problem.code == "other_covenant"
    assert "amsterdam" in str(problem) and "haarlem" in str(problem)


def test_importing_your_own_export_is_refused(world: World) -> None:
    before = world.a_snapshot()
    with pytest.raises(HandoverProblem) as info:
        import_handover(
            world.a.store,
            world.export.path,
            world.export.passphrase,
            world.a.ctx,
            today=TODAY,
            actor="anna",
        )
    assert info.value.code == "own_package"
    assert world.a_snapshot() == before


def test_cancelling_an_import_changes_nothing(world: World) -> None:
    payload = copy.deepcopy(world.payload)
    payload["package_id"] = "d" * 32
    path = world.package(payload, "cancel.vgo")
    before = world.b_snapshot()
    with pytest.raises(HandoverCancelled):
        import_handover(
            world.b,
            path,
            PACKAGE_PASSPHRASE,
            world.b_ctx,
            today=TODAY,
            actor="piet",
            progress=lambda done, total: done < 2,
        )
    assert world.b_snapshot() == before


# --- exports that must not happen ----------------------------------------------------------


def _export_refused(
    world: World, ids: list[int], target: Path, error: type[Exception], **kwargs: Any
) -> Exception:
    before = world.a_snapshot()
    options: dict[str, Any] = {
        "to_role": "sdv",
        "receiver": "Piet",
        "today": TODAY,
        "actor": "anna",
    }
    options.update(kwargs)
    with pytest.raises(error) as info:
        export_handover(world.a.store, ids, target, world.a.ctx, **options)
    assert world.a_snapshot() == before
    assert not target.exists()
    assert not list(target.parent.glob(".vangnet-*")) if target.parent.exists() else True
    return info.value


def test_export_of_a_closed_or_unknown_case_writes_nothing(world: World) -> None:
    ids = world.a.ids
    target = world.folder / "nee.vgo"
    problem = _export_refused(world, [ids["PRE-3"], ids["DICHT-1"]], target, HandoverProblem)
    assert isinstance(problem, HandoverProblem) and problem.code == "closed"
    problem = _export_refused(world, [ids["PRE-3"], 9999], target, HandoverProblem)
    assert isinstance(problem, HandoverProblem) and problem.code == "no_case"
    assert "9999" in str(problem)
    for kwargs, code in (
        ({"to_role": "deurwaarder"}, "bad_role"),
        ({"receiver": "   "}, "no_receiver"),
    ):
        problem = _export_refused(world, [ids["PRE-3"]], target, HandoverProblem, **kwargs)
        assert isinstance(problem, HandoverProblem) and problem.code == code
    problem = _export_refused(world, [], target, HandoverProblem)
    assert isinstance(problem, HandoverProblem) and problem.code == "no_cases"


def test_export_into_a_missing_folder_rolls_everything_back(world: World) -> None:
    target = world.folder / "bestaat-niet" / "pakket.vgo"
    problem = _export_refused(world, [world.a.ids["PRE-3"]], target, FolderProblem)
    assert "does not exist" in str(problem)
    with world.a.store.session() as s:
        assert _case(s, world.a.ids["PRE-3"]).status == "nieuw"
        assert s.scalar(select(func.count()).select_from(HandoverPackage)) == 1


def test_a_failed_commit_leaves_no_package(world: World) -> None:
    """The file is written last inside the transaction; if the commit still fails, it goes."""

    def refuse(session: Session) -> None:
        raise RuntimeError("disk full while committing")

    sessions = world.a.store._sessions
    event.listen(sessions, "before_commit", refuse)
    try:
        _export_refused(world, [world.a.ids["PRE-3"]], world.folder / "half.vgo", RuntimeError)
    finally:
        event.remove(sessions, "before_commit", refuse)


def test_cancelling_an_export_writes_nothing(world: World) -> None:
    target = world.folder / "gestopt.vgo"
    _export_refused(
        world, [world.a.ids["PRE-3"]], target, HandoverCancelled, progress=lambda done, total: False
    )


# --- handing back: merging ------------------------------------------------------------------


@dataclass
class Pair:
    a: Office
    b: Store
    b_ctx: RulesContext
    folder: Path
    first: ExportResult

    @property
    def a_id(self) -> int:
        return self.a.ids["YM-1"]

    def b_id(self) -> int:
        with self.b.session() as s:
            return s.scalars(select(Case.id).where(Case.reference == "YM-1")).one()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    a = make_office(tmp_path / "a.db", A_ROWS[:1], letterhead=False)
    with a.store.transaction() as s:
        ym = _case(s, a.ids["YM-1"])
        save_inventory(s, ym, BUDGET, DEBTS, actor="anna", at=datetime(2026, 11, 23, 9, 0))
        add_note(s, ym, NOTE_A, actor="anna")
        record_event(
            s,
            ym,
            "contact_attempt",
            TODAY,
            a.ctx,
            {"method": "telefoon", "reached": False},
            actor="anna",
            today=TODAY,
        )
        propose_settlement(s, ym, today=TODAY, resume_rent_from=date(2026, 12, 1), actor="anna")
    first = export_handover(
        a.store,
        [a.ids["YM-1"]],
        tmp_path / "heen.vgo",
        a.ctx,
        to_role="sdv",
        receiver="Piet",
        today=TODAY,
        actor="anna",
    )
    b, b_ctx = _office_b(tmp_path / "b.db")
    import_handover(b, first.path, first.passphrase, b_ctx, today=TODAY, actor="piet")
    yield Pair(a, b, b_ctx, tmp_path, first)
    a.store.close()
    b.close()


def _uids(store: Store, model: Any, case_id: int) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(model.uid).where(model.case_id == case_id)))


def test_handing_back_merges_only_what_is_new(pair: Pair, test_clock: FixedClock) -> None:
    a, b = pair.a, pair.b
    test_clock.advance(timedelta(hours=2))  # B works on the case after A handed it over
    b_id = pair.b_id()
    new_inventory = (DebtEntry("Ymere", "huurachterstand", D("1400.00")),)
    with b.transaction() as s:
        case = _case(s, b_id)
        record_event(
            s,
            case,
            "contact_attempt",
            TODAY,
            pair.b_ctx,
            {"method": "huisbezoek", "reached": True},
            actor="piet",
            today=TODAY,
        )
        add_note(s, case, "Notitie van Piet", actor="piet")
        record_consent(s, case, "warme_overdracht", TODAY, True, actor="piet", today=TODAY)
        save_inventory(
            s, case, BUDGET, new_inventory, actor="piet", at=datetime(2026, 11, 23, 15, 0)
        )
        # the contact attempt A recorded turns out to be a mistake
        mistake = s.scalars(
            select(CaseEvent).where(
                CaseEvent.case_id == b_id,
                CaseEvent.recorded_by == "anna",
                CaseEvent.kind == "contact_attempt",
            )
        ).one()
        undo_event(s, mistake, case, pair.b_ctx, actor="piet")
        case.phone = "06-99990000"
        case.updated_at = test_clock.now()
        # B replaces A's unsent proposal by its own and sends that one
        own = propose_arrangement(
            s,
            case,
            today=TODAY,
            resume_rent_from=date(2026, 12, 1),
            first_instalment=date(2026, 12, 1),
            actor="piet",
        )
        mark_proposal_sent(s, own.id, pair.b_ctx, TODAY, today=TODAY, actor="piet")
    a_events_before = set(_uids(a.store, CaseEvent, pair.a_id))
    back = export_handover(
        b,
        [b_id],
        pair.folder / "terug.vgo",
        pair.b_ctx,
        to_role="wijkteam",
        receiver="Anna",
        today=TODAY,
        actor="piet",
    )
    assert back.package_id != pair.first.package_id

    result = import_handover(a.store, back.path, back.passphrase, a.ctx, today=TODAY, actor="anna")
    assert result.created == [] and result.merged == [pair.a_id]
    # B's events: handover_received, contact attempt, proposal_sent, handover back; B's note,
    # consent and proposal (A's own handover_received is not counted)
    assert result.rows_added == 7
    a_rows, b_rows = _rows(a.store, pair.a_id), _rows(b, b_id)
    for part in ("notes", "consents", "documents", "proposals"):
        assert a_rows[part] == b_rows[part], part
    assert set(a_rows["events"]) == set(b_rows["events"]) | {
        u
        for u, e in a_rows["events"].items()
        if e["kind"] == "handover_received" and e["recorded_by"] == "anna"
    }
    assert a_events_before < set(a_rows["events"])
    for uid in a_events_before:  # the rows A had are not duplicated or replaced
        assert a_rows["events"][uid]["recorded_at"] == b_rows["events"][uid]["recorded_at"]
    for model in (CaseEvent, InternalNote, ConsentRecord):
        uids = _uids(a.store, model, pair.a_id)
        assert len(uids) == len(set(uids))
    assert sorted(n["text"] for n in a_rows["notes"].values()) == sorted(
        [NOTE_A, "Notitie van Piet"]
    )
    # the undo made at B carries over
    undone = [e for e in a_rows["events"].values() if e["undone_at"] is not None]
    assert [(e["kind"], e["recorded_by"]) for e in undone] == [("contact_attempt", "anna")]
    # the newer inventory (B's) wins as a whole, and the newer facts too
    assert a_rows["inventory"] == (BUDGET, new_inventory, datetime(2026, 11, 23, 15, 0), "piet")
    assert a_rows["facts"]["phone"] == "06-99990000"
    # A's unsent proposal is withdrawn, B's sent one is there and current
    with a.store.session() as s:
        views = proposals_of(s, pair.a_id)
    assert [(v.kind, v.made_by, v.withdrawn, v.sent_on) for v in views] == [
        ("arrangement", "piet", False, TODAY),
        ("settlement", "anna", True, None),
    ]
    with a.store.session() as s:
        case = _case(s, pair.a_id)
        assert case.status == "in_behandeling" and case.assignee == "anna"
        assert _deadlines(s, pair.a_id)["contact"][1] == TODAY  # met by B's attempt
        assert _deadlines(s, pair.a_id)["proposal"][1] == TODAY  # met by B's proposal
        assert case_ids(s, CaseFilter(search="99990000"), TODAY, 0, 10) == [pair.a_id]
    # and once more: nothing
    before = database_snapshot(a.store.path, a.store.key)
    again = import_handover(a.store, back.path, back.passphrase, a.ctx, today=TODAY, actor="anna")
    assert again.already_imported_on is not None
    assert database_snapshot(a.store.path, a.store.key) == before


def test_handing_back_keeps_the_newer_inventory_at_home(pair: Pair) -> None:
    a, b = pair.a, pair.b
    mine = (DebtEntry("Ymere", "huurachterstand", D("99.99")),)
    with a.store.transaction() as s:
        save_inventory(
            s, _case(s, pair.a_id), None, mine, actor="anna", at=datetime(2026, 11, 23, 18, 0)
        )
    back = export_handover(
        b,
        [pair.b_id()],
        pair.folder / "terug.vgo",
        pair.b_ctx,
        to_role="wijkteam",
        receiver="Anna",
        today=TODAY,
        actor="piet",
    )
    import_handover(a.store, back.path, back.passphrase, a.ctx, today=TODAY, actor="anna")
    with a.store.session() as s:
        inv = load_inventory(s, pair.a_id)
    assert (inv.budget, inv.debts, inv.updated_by) == (None, mine, "anna")
    with b.session() as s:
        assert load_inventory(s, pair.b_id()).debts == DEBTS  # B kept what it had


def test_a_case_closed_at_home_stays_closed(pair: Pair) -> None:
    """A closed the case the day after B last touched it: B's package adds its rows but does
    not reopen the case, and no handover_received is recorded on a closed case."""
    a, b = pair.a, pair.b
    tomorrow = date(2026, 11, 24)
    with b.transaction() as s:
        add_note(s, _case(s, pair.b_id()), "Nog een notitie", actor="piet")
    back = export_handover(
        b,
        [pair.b_id()],
        pair.folder / "terug.vgo",
        pair.b_ctx,
        to_role="wijkteam",
        receiver="Anna",
        today=TODAY,
        actor="piet",
    )
    with a.store.transaction() as s:
        record_event(
            s,
            _case(s, pair.a_id),
            "closed",
            tomorrow,
            a.ctx,
            {"outcome": "verhuisd"},
            actor="anna",
            today=tomorrow,
        )
    result = import_handover(
        a.store, back.path, back.passphrase, a.ctx, today=tomorrow, actor="anna"
    )
    assert result.merged == [pair.a_id]
    with a.store.session() as s:
        case = _case(s, pair.a_id)
        assert (case.status, case.outcome, case.closed_on) == ("gesloten", "verhuisd", tomorrow)
        kinds = list(
            s.scalars(
                select(CaseEvent.kind).where(
                    CaseEvent.case_id == pair.a_id, CaseEvent.recorded_by == "anna"
                )
            )
        )
        assert "handover_received" not in kinds
        notes = s.scalars(select(InternalNote.text).where(InternalNote.case_id == pair.a_id))
        assert "Nog een notitie" in list(notes)


def test_a_package_dated_in_the_future_does_not_win_merges(world: World) -> None:
    """Issue 12.6: "the newer one wins" in a merge; a package (or a change in it) dated ahead of
    this computer by more than a day is refused before anything is written."""
    for where, value, says in (
        (("created_at",), "2031-01-01T09:00:00", "it is dated in the future (01-01-2031 09:00)"),
        (("cases", 0, "updated_at"), "2031-01-01T09:00:00", "case 1: a change is dated"),
        (("cases", 0, "events", 0, "recorded_at"), "2031-01-01T09:00:00", "case 1: a change"),
        (("created_at",), "2026-11-23T09:00:00+05:00", "'created_at' is not a local date"),
        (("cases", 0, "events", 0, "occurred_on"), "2099-01-01", "an event is dated 01-01-2099"),
        (("cases", 0, "events", 0, "occurred_on"), "1066-10-14", "an event is dated 14-10-1066"),
    ):
        payload = copy.deepcopy(world.payload)
        payload["package_id"] = secrets.token_hex(16)
        target: Any = payload
        for step in where[:-1]:
            target = target[step]
        target[where[-1]] = value
        path = world.package(payload, "toekomst.vgo")
        problem = _refused(world, path, PACKAGE_PASSPHRASE, PayloadProblem)
        assert says in str(problem), str(problem)


def test_no_handover_into_or_out_of_the_demo(world: World, tmp_path: Path) -> None:
    """Handovers carry real people: a demo database neither receives nor sends one."""
    from app.services.demo import fill_demo
    from app.services.demo_mark import mark_as_demo

    demo, demo_ctx = _office_b(tmp_path / "demo" / "vangnet.db")
    with demo.transaction() as s:
        mark_as_demo(s)
        fill_demo(s, demo_ctx, 5, TODAY)
    before = _snapshot(demo)
    with pytest.raises(HandoverProblem) as info:
        import_handover(
            demo, world.export.path, world.export.passphrase, demo_ctx, today=TODAY, actor="x"
        )
    assert info.value.code == "demo_database" and "demo" in str(info.value)
    with demo.session() as s:
        some = list(s.scalars(select(Case.id).limit(2)))
    target = tmp_path / "uit-demo.vgo"
    with pytest.raises(HandoverProblem) as info:
        export_handover(
            demo, some, target, demo_ctx, to_role="sdv", receiver="Piet", today=TODAY, actor="x"
        )
    assert info.value.code == "demo_database"
    assert not target.exists() and _snapshot(demo) == before
    demo.close()
