"""Retention and erasure (issue 15.1): terms with sources, the plan, and erasure that is real —
no row, index entry or freed page keeps the tenant, and one anonymous audit line stays."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.models import SubjectRequest
from app.services import clock, retention
from app.services.case_documents import add_attachment
from app.services.events import add_note, record_consent
from app.services.keys import DatabaseKey
from app.services.store import open_store, sidecar_paths
from tests.helpers import cli, signal_csv, signal_row
from tests.privacy.sqlcipher_pages import pages_holding

NAME = b"Wilhelmina Zwanenburg"
REFERENCE = b"ZW-778899"
NOTE = b"afspraak bij de voedselbank op dinsdag"
DOCUMENT = b"loonstrook oktober Zwanenburg"
SECRETS = [NAME, REFERENCE, NOTE, DOCUMENT, b"Kromhoutstraat"]
FAR_LATER = "2028-06-01"


def _import(tmp_path: Path, *rows: str) -> None:
    assert cli("init").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(signal_csv(*rows))
    run = cli("import", f, "--today", "2026-11-23")
    assert run.code == 0, run.err


def _rich_case(tmp_path: Path, passphrase: str) -> Path:
    """Case 1 is the tenant to erase (note, consent, debt, document, events); case 2 stays."""
    _import(
        tmp_path,
        signal_row(naam="Wilhelmina Zwanenburg", straat="Kromhoutstraat", referentie="ZW-778899"),
        signal_row(naam="Pieter Blijft", referentie="BL-1", straat="Blijfstraat"),
    )
    db = tmp_path / "data" / "vangnet.db"
    store = open_store(db, DatabaseKey(passphrase=passphrase))
    from app.models import Case

    with store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        add_note(session, case, NOTE.decode())
        record_consent(session, case, "delen_met_corporatie", date(2026, 11, 20), True)
        add_attachment(session, case, title="Loonstrook", file_name="loon.txt",
                       content=DOCUMENT * 200)
    store.close()
    assert cli("debt", "add", "1", "--creditor", "Eneco", "--kind", "energie",
               "--amount", "310,50").code == 0
    assert cli("event", "1", "not_taken_on", "--reason", "buiten_doelgroep",
               "--may-resume", "yes", "--on", "2026-11-23").code == 0
    return db


def _all_rows_text(db: Path, passphrase: str) -> str:
    """Every row of every table, shadow tables included, as a plain SQLCipher client reads."""
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{passphrase}'")
    parts = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            parts.append(repr(row))
    conn.close()
    return "\n".join(parts)


def test_each_default_term_names_its_source_and_the_office_can_change_it(
    db_path: Path, passphrase_env: str
) -> None:
    assert cli("init").code == 0
    shown = json.loads(cli("retention", "show", "--json").out)
    assert [r["rule"] for r in shown["rules"]] == list(retention.RULE_KEYS)
    for rule in shown["rules"]:
        assert rule["source"], rule
    sources = {r["rule"]: r["source"] for r in shown["rules"]}
    assert "schuldhulpverlening" in sources["not_taken_on"]
    assert sources["closed_after_help"].startswith("Office choice")

    assert cli("retention", "set", "eviction", "36").code == 0
    again = json.loads(cli("retention", "show", "--json").out)
    assert {r["rule"]: r["months"] for r in again["rules"]}["eviction"] == 36
    for bad in ("0", "121"):
        run = cli("retention", "set", "eviction", bad)
        assert run.code == 1 and "1 to 120 months" in run.err
    after = json.loads(cli("retention", "show", "--json").out)
    assert {r["rule"]: r["months"] for r in after["rules"]}["eviction"] == 36


@pytest.mark.parametrize(
    ("events", "rule", "due"),
    [
        # not taken on: 12 months from the signal (2026-11-02)
        ([("not_taken_on", ["--reason", "buiten_doelgroep", "--may-resume", "yes"])],
         "not_taken_on", "2027-11-02"),
        # closed without ever being taken on: 12 months from the signal
        ([("closed", ["--outcome", "verhuisd"])], "closed_without_help", "2027-11-02"),
        # taken on, then closed: 24 months from the end
        ([("taken_on", ["--may-resume", "no"]), ("closed", ["--outcome", "voorkomen"])],
         "closed_after_help", "2028-11-23"),
        ([("taken_on", ["--may-resume", "no"]), ("closed", ["--outcome", "ontruimd"])],
         "eviction", "2028-11-23"),
    ],
)
def test_the_kind_of_ending_chooses_the_rule_and_the_day(
    tmp_path: Path, passphrase_env: str, events: list[tuple[str, list[str]]], rule: str, due: str
) -> None:
    _import(tmp_path, signal_row())
    for kind, extra in events:
        assert cli("event", "1", kind, *extra, "--on", "2026-11-23").code == 0
    plan = json.loads(cli("retention", "show", "--json").out)["plan"]
    assert [(p["case_id"], p["rule"], p["due_on"]) for p in plan] == [(1, rule, due)]


def test_an_open_case_is_never_due(tmp_path: Path, passphrase_env: str) -> None:
    _import(tmp_path, signal_row())
    run = cli("retention", "run", "--today", "2040-01-01", "--json")
    assert run.code == 0 and json.loads(run.out)["erased"] == []
    assert "Sanne Hoekstra" in cli("inbox").out


def test_erasure_leaves_no_trace_in_rows_indexes_or_freed_pages(
    tmp_path: Path, passphrase_env: str
) -> None:
    db = _rich_case(tmp_path, passphrase_env)
    # the scanner finds the tenant before: so finding nothing afterwards means something
    before = pages_holding(db, passphrase_env, SECRETS)
    assert before.get(NAME) and before.get(NOTE) and before.get(DOCUMENT)
    assert cli("retention", "run", "--dry-run", "--today", FAR_LATER).code == 0
    assert "Wilhelmina" in _all_rows_text(db, passphrase_env)  # a dry run changes nothing

    run = cli("retention", "run", "--today", FAR_LATER)
    assert run.code == 0, run.err
    assert "Erased 1 case(s)" in run.out and "case 1 (ZW-778899)" in run.out

    rows = _all_rows_text(db, passphrase_env).lower()
    for secret in SECRETS:
        assert secret.decode().lower() not in rows, secret
    assert "zwanenburg" not in rows and "pieter blijft" in rows  # the other case stays
    assert pages_holding(db, passphrase_env, SECRETS) == {}
    for side in sidecar_paths(db):
        assert not side.exists() or side.stat().st_size == 0 or side.name.endswith("-shm")

    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{passphrase_env}'")
    # search finds nothing of the tenant; the other case is still found
    search = "SELECT rowid FROM case_search WHERE case_search MATCH ?"
    assert conn.execute(search, ("zwanenburg",)).fetchall() == []
    assert conn.execute(search, ("blijft",)).fetchall() == [(2,)]
    # one anonymous audit line, and the chain still holds
    erased = conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'erase' AND object_type = 'case'"
    ).fetchall()
    conn.close()
    assert erased == [("rule=not_taken_on due=2027-11-02 created=2026-11-23",)]
    assert cli("audit", "verify").code == 0


def test_a_restricted_case_or_an_open_request_holds_the_case(
    tmp_path: Path, passphrase_env: str
) -> None:
    _import(tmp_path, signal_row(), signal_row(referentie="YM-2", naam="Tweede Huurder"))
    for case in ("1", "2"):
        assert cli("event", case, "not_taken_on", "--reason", "buiten_doelgroep",
                   "--may-resume", "yes").code == 0
    db = tmp_path / "data" / "vangnet.db"
    store = open_store(db, DatabaseKey(passphrase=passphrase_env))
    from app.models import Case

    with store.transaction() as session:
        case = session.get(Case, 1)
        assert case is not None
        case.restricted_since = date(2026, 11, 23)
        session.add(_request(2, "access"))
    store.close()
    run = json.loads(cli("retention", "run", "--today", FAR_LATER, "--json").out)
    assert run["erased"] == []
    assert {(h["case_id"], h["hold"]) for h in run["held"]} == {
        (1, "restricted"), (2, "open_request"),
    }
    assert "Sanne Hoekstra" in cli("case", "1").out


def _request(case_id: int | None, kind: str, outcome: str = "open") -> SubjectRequest:
    now = clock.now()
    return SubjectRequest(
        case_id=case_id, kind=kind, received_on=date(2026, 11, 20), due_on=date(2026, 12, 20),
        outcome=outcome, recorded_at=now, recorded_by="tester", updated_at=now,
    )


def test_erasure_on_request_erases_at_once_and_closes_the_request(
    tmp_path: Path, passphrase_env: str
) -> None:
    db = _rich_case(tmp_path, passphrase_env)
    store = open_store(db, DatabaseKey(passphrase=passphrase_env))
    with store.transaction() as session:
        session.add_all([_request(1, "erasure"), _request(1, "access"),
                         _request(1, "erasure", outcome="refused"), _request(2, "erasure")])
    store.close()
    for request, why in (("2", "not a request for erasure"), ("3", "already closed"),
                         ("4", "is about case 2"), ("9", "no request 9")):
        run = cli("subject", "erase", "1", "--request", request, "--yes")
        assert run.code == 1 and why in run.err, run.err
    assert "Wilhelmina" in _all_rows_text(db, passphrase_env)
    assert cli("subject", "erase", "1", "--request", "1").code == 1  # no --yes, no terminal

    run = cli("subject", "erase", "1", "--request", "1", "--yes")
    assert run.code == 0, run.err
    assert "wilhelmina" not in _all_rows_text(db, passphrase_env).lower()
    assert pages_holding(db, passphrase_env, SECRETS) == {}
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{passphrase_env}'")
    request = conn.execute(
        "SELECT case_id, outcome, done_on FROM subject_requests WHERE id = 1"
    ).fetchone()
    conn.close()
    assert request == (None, "granted", "2026-11-23")
    assert cli("subject", "erase", "1", "--request", "1", "--yes").code == 1  # already gone
    assert cli("audit", "verify").code == 0


def test_backups_made_before_are_listed_with_the_day_they_hold_expired_data(
    tmp_path: Path, passphrase_env: str
) -> None:
    _import(tmp_path, signal_row(), signal_row(referentie="YM-2", naam="Tweede Huurder"))
    assert cli("event", "1", "not_taken_on", "--reason", "buiten_doelgroep",
               "--may-resume", "yes").code == 0
    assert cli("backup", tmp_path / "before.db").code == 0
    shown = json.loads(cli("retention", "show", "--json").out)
    assert [b["expired_data_from"] for b in shown["backups"]] == ["2027-11-02"]
    assert cli("retention", "run", "--today", FAR_LATER).code == 0
    # the case is gone here, but the backup made before still holds it
    after = json.loads(cli("retention", "show", "--json", "--today", FAR_LATER).out)
    assert [b["expired_data_from"] for b in after["backups"]] == ["2027-11-02"]
    text = cli("retention", "show", "--today", FAR_LATER).out
    assert "holds expired data since 2027-11-02" in text
