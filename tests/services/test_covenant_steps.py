"""Issue 14.4: the steps the covenants name can be recorded (each test quotes its article)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services.events import (
    EventProblem,
    has_consent,
    record_consent,
    record_event,
    withdraw_consent,
)
from tests.helpers import cli, signal_csv, signal_row
from tests.letters.conftest import TODAY, Office, make_office


@pytest.fixture
def office(db_path: Path) -> Office:
    return make_office(db_path)


def _record(office: Office, kind: str, **detail: object) -> list[str]:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_event(session, case, kind, TODAY, office.ctx, dict(detail))
        return list(case.flag_list)


@pytest.mark.parametrize(
    "kind",
    [
        "wsnp_requested",  # H 7.5 "wordt bij de rechtbank een verzoek om toelating tot de Wsnp"
        "settlement_accepted",  # H 7.3 "beoordeelt of ze akkoord gaat met een [...] aanbod"
        "settlement_refused",  # H 7.3
        "settlement_feedback_sent",  # H 7.2 "koppelt terug aan de woningcorporatie en het SWT"
        "arrangement_broken",  # H 3.9 "gemaakte betaalafspraken niet nakomt"
        "trajectory_ended",  # H 7.6 "wordt het schuldhulpverleningstraject [...] beëindigd"
    ],
)
def test_each_step_of_the_seed_can_be_recorded(office: Office, kind: str) -> None:
    _record(office, kind)
    with office.session() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.case_id == office.ids["YM-1"])
        ).all()
    assert kind in kinds


@pytest.mark.parametrize("instrument", ["budgetbeheer", "beschermingsbewind"])
def test_haarlem_knows_budgetbeheer_and_beschermingsbewind(office: Office, instrument: str) -> None:
    """H 7.4: "[...] of er een noodzaak is om de huurder op te laten nemen in budgetbeheer
    en/of beschermingsbewind" — recordable, and without a Sluitende Aanpak nothing is blocked."""
    flags = _record(office, "instrument_deployed", instrument=instrument)
    assert "bailiff_blocked" not in flags
    with pytest.raises(EventProblem):
        _record(office, "instrument_deployed", instrument="vroeg_eropaf")  # Amsterdam's


def test_a_consent_can_be_withdrawn(office: Office) -> None:
    """AVG art. 7(3) (privacy reglement): a consent can be withdrawn; from then on it does not
    count — a warm handover needs a standing consent again."""
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_consent(session, case, "warme_overdracht", date(2026, 11, 17), True)
        assert has_consent(session, case.id, "warme_overdracht", TODAY)
        withdraw_consent(session, case, "warme_overdracht", date(2026, 11, 20))
        assert has_consent(session, case.id, "warme_overdracht", date(2026, 11, 19))
        assert not has_consent(session, case.id, "warme_overdracht", TODAY)
        with pytest.raises(EventProblem) as refused:
            record_event(session, case, "handover", TODAY, office.ctx, {"to": "sdv", "warm": True})
        assert refused.value.code == "no_consent"
        with pytest.raises(EventProblem) as nothing:
            withdraw_consent(session, case, "delen_met_corporatie", TODAY)
        assert nothing.value.code == "no_consent"


def test_withdrawal_from_the_command_line(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "m.csv"
    rows.write_bytes(signal_csv(signal_row(referentie="W-1", melddatum="16-11-2026")))
    assert cli("import", rows, "--today", "2026-11-23").code == 0
    given = cli("consent", 1, "warme_overdracht", "--written", "--on", "2026-11-17")
    assert given.code == 0, given.err
    run = cli("consent", 1, "warme_overdracht", "--withdraw", "--on", "2026-11-20")
    assert run.code == 0, run.err
    assert "withdrawn" in run.out
    again = cli("consent", 1, "warme_overdracht", "--withdraw")
    assert again.code != 0 and "Consent not withdrawn" in again.err
