"""H 2.3: the troubleshooter is called in for stuck cases too, not only when an eviction date is
set (H 8.1). On a real encrypted office: a case without an eviction date handed to the
troubleshooter with a reason is on the desk, after the eviction-dated cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models import Case
from app.services.events import EventProblem, record_event
from app.services.troubleshooter_desk import CalledIn, eviction_cases
from tests.helpers import signal_row
from tests.letters.conftest import TODAY, Office, make_office

ROWS = [
    signal_row(referentie="DATED", naam="Met Datum", ontruimingsdatum="15-12-2026"),
    signal_row(referentie="STUCK", naam="Loopt Vast", melddatum="09-11-2026"),
    signal_row(referentie="QUESTION", naam="Heeft Vraag", melddatum="09-11-2026"),
    signal_row(referentie="PLAIN", naam="Gewone Zaak", melddatum="09-11-2026"),
]


def _handover(office: Office, ref: str, on: date, **detail: Any) -> None:
    with office.store.transaction() as s:
        case = s.get(Case, office.ids[ref])
        assert case is not None
        record_event(s, case, "handover", on, office.ctx, detail, actor="swt", today=TODAY)


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[Office]:
    made = make_office(tmp_path / "call-in.db", ROWS, letterhead=False)
    yield made
    made.store.close()


def _desk(office: Office) -> list[tuple[str, date | None, CalledIn | None]]:
    refs = {v: k for k, v in office.ids.items()}
    with office.store.session() as s:
        return [
            (refs[c.case_id], c.eviction_date, c.called_in)
            for c in eviction_cases(s, office.ctx, TODAY)
        ]


def test_a_stuck_case_without_eviction_date_reaches_the_desk(office: Office) -> None:
    """H 2.3: "De troubleshooter kan worden ingeschakeld bij: a. Specifieke vragen waar het
    Sociaal Wijkteam en betrokken partijen geen oplossing voor weten. b. Stagneren van de
    voortgang [...] waardoor het risico ontstaat van huisuitzetting." """
    assert _desk(office) == [("DATED", date(2026, 12, 15), None)]

    _handover(office, "STUCK", date(2026, 11, 19), to="troubleshooter", reason="stagnatie")
    _handover(
        office, "QUESTION", date(2026, 11, 17), to="troubleshooter", reason="specifieke_vraag"
    )

    assert _desk(office) == [
        ("DATED", date(2026, 12, 15), None),
        # longest waiting first
        ("QUESTION", None, CalledIn(date(2026, 11, 17), "specifieke_vraag")),
        ("STUCK", None, CalledIn(date(2026, 11, 19), "stagnatie")),
    ]


def test_without_eviction_date_the_reason_is_required(office: Office) -> None:
    """H 2.3 names the two occasions; without an eviction date one of them must be given."""
    with pytest.raises(EventProblem, match="specifieke_vraag") as refused:
        _handover(office, "PLAIN", date(2026, 11, 19), to="troubleshooter")
    assert refused.value.code == "no_troubleshooter_reason"
    with pytest.raises(EventProblem) as unknown:
        _handover(office, "PLAIN", date(2026, 11, 19), to="troubleshooter", reason="iets")
    assert unknown.value.code == "bad_troubleshooter_reason"
    # nothing was recorded: the case is not handed over and not on the desk
    with office.store.session() as s:
        case = s.get(Case, office.ids["PLAIN"])
        assert case is not None and case.status != "overgedragen"
    assert [ref for ref, _, _ in _desk(office)] == ["DATED"]


def test_an_eviction_dated_case_needs_no_reason(office: Office) -> None:
    """H 8.1: with an eviction date the troubleshooter is informed anyway; no H 2.3 reason."""
    _handover(office, "DATED", date(2026, 11, 19), to="troubleshooter")
    assert _desk(office) == [("DATED", date(2026, 12, 15), CalledIn(date(2026, 11, 19), ""))]


def test_a_later_handover_elsewhere_takes_the_case_off_the_desk(office: Office) -> None:
    _handover(office, "STUCK", date(2026, 11, 18), to="troubleshooter", reason="stagnatie")
    assert "STUCK" in [ref for ref, _, _ in _desk(office)]
    _handover(office, "STUCK", date(2026, 11, 20), to="sdv")
    assert "STUCK" not in [ref for ref, _, _ in _desk(office)]
