"""Restriction of processing (AVG 18, issue 15.2): a restricted case is kept and listed, but no
event, consent, note, letter, handover or SDV change is made for it until it is lifted —
through the real command line on an encrypted database. Correction stays allowed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Case
from app.services.casework import load_context
from app.services.events import EventProblem, add_note
from app.services.keys import DatabaseKey
from app.services.letters.batch import run_feedback_batch
from app.services.problems import problem
from app.services.restriction import CaseRestricted
from app.services.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"
REFUSED = "case 1 is restricted since 2026-11-23 (AVG art. 18): nothing may be done with it"


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam="Sanne Hoekstra", melddatum="02-11-2026"),
            signal_row(referentie="YM-2", naam="Karel Visser", melddatum="05-11-2026"),
        )
    )
    assert cli("import", f, "--today", TODAY).code == 0
    return db_path


@pytest.fixture
def restricted(office: Path) -> Path:
    run = cli("subject", "restrict", "1")
    assert run.code == 0, run.err
    assert "Case 1 is restricted since 2026-11-23" in run.out
    return office


def _store(path: Path) -> Store:
    return open_store(path, DatabaseKey(passphrase=PASSPHRASE))


def _timeline(case_id: int) -> list[str]:
    return [e["kind"] for e in cli("case", case_id, "--json").json()["events"]]


def test_a_restricted_case_refuses_an_event_and_says_why(restricted: Path) -> None:
    before = _timeline(1)
    run = cli("event", "1", "contact_attempt", "--method", "telefoon", "--reached", "no")
    assert run.code == 1
    assert REFUSED in run.err
    assert "Traceback" not in run.err
    assert _timeline(1) == before
    # the other case is not touched by it
    assert cli("event", "2", "contact_attempt", "--method", "telefoon", "--reached", "no").code == 0


def test_consent_and_note_are_refused_too(restricted: Path) -> None:
    run = cli("consent", "1", "delen_met_corporatie", "--written")
    assert run.code == 1 and REFUSED in run.err
    assert cli("case", "1", "--json").json()["consents"] == []
    store = _store(restricted)
    try:
        with store.session() as session:
            case = session.get(Case, 1)
            assert case is not None
            with pytest.raises(CaseRestricted) as refused:
                add_note(session, case, "gesprek gehad")
            assert isinstance(refused.value, EventProblem)  # what every caller already catches
            assert refused.value.dutch() == (
                "Deze zaak is beperkt sinds 23 november 2026: er mag niets mee gebeuren tot de "
                "beperking is opgeheven."
            )
    finally:
        store.close()


def test_a_restricted_case_gets_no_letter(restricted: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    run = cli("letter", "1", "--kind", "feedback", "-o", target)
    assert run.code == 1
    assert REFUSED in run.err
    assert not target.exists()


def test_the_feedback_batch_skips_a_restricted_case_and_says_so(
    restricted: Path, tmp_path: Path
) -> None:
    store = _store(restricted)
    try:
        with store.session() as session:
            ctx = load_context(session)
        report = run_feedback_batch(store, ctx, tmp_path, date(2026, 11, 23))
    finally:
        store.close()
    assert report.total == 2
    skipped = [f for f in report.failed if f.case_id == 1]
    assert len(skipped) == 1
    assert REFUSED in skipped[0].english
    restricted_on = date(2026, 11, 23)
    assert skipped[0].refusal.first == problem("letter.restricted", case=1, since=restricted_on)
    assert all(letter.case_id != 1 for letter in report.made)


def test_a_restricted_case_is_not_handed_over(restricted: Path, tmp_path: Path) -> None:
    target = tmp_path / "overdracht.vgo"
    run = cli("handover", "export", "1", "2", "-o", target, "--to", "sdv", "--person", "Ben")
    assert run.code == 1
    assert REFUSED in run.err
    assert not target.exists()
    assert cli("case", "2", "--json").json()["status"] != "overgedragen"


def test_no_sdv_change_on_a_restricted_case(restricted: Path) -> None:
    run = cli("proposal", "none", "1")
    assert run.code == 1
    assert REFUSED in run.err
    run = cli(
        "budget", "1", "--household", "alleenstaande", "--rent", "712,40",
        "--income", "Loon=2.450,00",
    )  # fmt: skip
    assert run.code == 1
    assert REFUSED in run.err


def test_a_restricted_case_is_still_listed_shown_and_correctable(restricted: Path) -> None:
    inbox = cli("inbox", "--json", "--today", TODAY)
    assert 1 in [row["case_id"] for row in inbox.json()]
    shown = cli("case", "1")
    assert shown.code == 0
    assert "RESTRICTED since 2026-11-23" in shown.out
    assert cli("case", "1", "--json").json()["beperkt_sinds"] == "2026-11-23"
    assert cli("subject", "correct", "1", "city", "Heemstede").code == 0  # AVG 16 still applies


def test_lifting_allows_processing_again(restricted: Path) -> None:
    assert cli("event", "1", "contact_attempt", "--method", "telefoon", "--reached", "no").code == 1
    run = cli("subject", "lift", "1")
    assert run.code == 0, run.err
    assert "restriction is lifted" in run.out
    run = cli("event", "1", "contact_attempt", "--method", "telefoon", "--reached", "no")
    assert run.code == 0, run.err
    assert "contact_attempt" in _timeline(1)
    assert "RESTRICTED" not in cli("case", "1").out
    assert cli("audit", "verify").code == 0


def test_restricting_twice_lifting_an_open_case_and_a_future_date_are_refused(
    restricted: Path,
) -> None:
    again = cli("subject", "restrict", "1")
    assert again.code == 1
    assert "case 1 is already restricted since 2026-11-23" in again.err
    not_restricted = cli("subject", "lift", "2")
    assert not_restricted.code == 1
    assert "case 2 is not restricted" in not_restricted.err
    future = cli("subject", "restrict", "2", "--on", "2026-11-30")
    assert future.code == 1
    assert "a restriction cannot start in the future" in future.err
    assert cli("case", "2", "--json").json()["beperkt_sinds"] is None
    unknown = cli("subject", "restrict", "2", "--request", "7")
    assert unknown.code == 1 and "there is no request 7" in unknown.err
    assert cli("subject", "restrict", "99").code == 1


def test_restriction_and_lifting_are_audited_without_personal_data(restricted: Path) -> None:
    assert cli("subject", "lift", "1").code == 0
    store = _store(restricted)
    try:
        with store.session() as session:
            rows = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.object_type == "case", AuditEntry.object_id == "1"
                )
            ).all()
            actions = [(r.action, r.detail) for r in rows if r.action != "read"]
    finally:
        store.close()
    assert ("restrict", "request=-") in actions
    assert ("lift_restriction", "") in actions
