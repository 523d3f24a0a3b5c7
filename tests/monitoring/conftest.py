"""A fixed set of cases over two quarters (2026Q2, 2026Q3) with every outcome, counted by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models import Case
from app.services.casework import load_context
from app.services.events import record_event
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import signal_csv, signal_row

TODAY = date(2026, 11, 23)

#: (corporation, reference, signal date, kind, occupants, birth, children, statushouder)
CASES = [
    ("Ymere", "Y1", "10-04-2026", "huurachterstand", "1", "01-01-1980", "", "nee"),
    ("Ymere", "Y2", "04-05-2026", "meer_dan_huurachterstand", "3", "01-01-1985", "1", "nee"),
    ("Elan Wonen", "E1", "01-06-2026", "huurachterstand", "2", "01-01-1950", "", "nee"),
    ("Pré Wonen", "P1", "15-06-2026", "zorgen_zonder_achterstand", "2", "01-01-1975", "", "ja"),
    ("Ymere", "Y3", "02-07-2026", "huurachterstand", "4", "01-01-1982", "2", "nee"),
    ("Elan Wonen", "E2", "20-07-2026", "huurachterstand", "1", "01-01-1990", "", "nee"),
    ("Elan Wonen", "E3", "05-08-2026", "meer_dan_huurachterstand", "2", "01-01-1985", "", "ja"),
    ("Pré Wonen", "P2", "10-09-2026", "huurachterstand", "2", "01-01-1970", "", "nee"),
    ("Ymere", "Y4", "28-09-2026", "huurachterstand", "2", "01-01-1970", "", "nee"),
]

#: reference → [(kind, date, detail)]
EVENTS: dict[str, list[tuple[str, date, dict[str, Any]]]] = {
    "Y1": [
        ("taken_on", date(2026, 4, 14), {"may_resume": False}),
        ("sdv_crisis_list_added", date(2026, 4, 20), {}),
        ("sdv_crisis_list_removed", date(2026, 6, 15), {}),
        ("closed", date(2026, 5, 20),
         {"outcome": "ontruimd", "eviction_reason": "huurachterstand"}),
    ],
    "Y2": [
        ("not_taken_on", date(2026, 5, 6), {"reason": "geen", "may_resume": True}),
        ("closed", date(2026, 6, 10), {"outcome": "niet_in_behandeling"}),
    ],
    "E1": [
        ("taken_on", date(2026, 6, 3), {"may_resume": False}),
        ("arrangement_made", date(2026, 6, 20), {"date": "2026-06-20"}),
        ("closed", date(2026, 6, 30), {"outcome": "voorkomen"}),
    ],
    "Y3": [
        ("taken_on", date(2026, 7, 3), {"may_resume": False}),
        ("eviction_date_set", date(2026, 8, 1), {"date": "2026-09-15"}),
        ("closed", date(2026, 9, 1), {"outcome": "ontruimd", "eviction_reason": "overlast"}),
    ],
    "E2": [
        ("taken_on", date(2026, 7, 21), {"may_resume": False}),
        ("sdv_crisis_list_added", date(2026, 7, 25), {}),
        ("closed", date(2026, 8, 15), {"outcome": "sleutels_ingeleverd"}),
    ],
    "E3": [
        ("taken_on", date(2026, 8, 6), {"may_resume": False}),
        ("settlement_started", date(2026, 8, 20), {}),
        ("closed", date(2026, 9, 20), {"outcome": "voorkomen"}),
    ],
    "P2": [("closed", date(2026, 9, 25), {"outcome": "ontruimd"})],
}


def _rows() -> list[str]:
    rows = []
    for corp, ref, day, kind, occupants, birth, children, statushouder in CASES:
        rows.append(signal_row(
            corporatie=corp, referentie=ref, melddatum=day, soort=kind,
            aantal_bewoners=occupants, geboortedatum=birth, kinderen_onder_18=children,
            statushouder=statushouder, achterstand_sinds="01-01-2026",
            toestemming="ja" if kind == "zorgen_zonder_achterstand" else "",
        ))
    return rows


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("monitoring") / "vangnet.db"
    store = initialise(path, DatabaseKey(passphrase="monitoring test 2026"),
                       load_profile("haarlem"), "Wijkteam Test")
    with store.transaction() as session:
        ctx = load_context(session)
        report = import_signals(session, signal_csv(*_rows()), ctx, today=TODAY)
        assert not report.errors, report.errors
    with store.transaction() as session:
        ctx = load_context(session)
        for ref, events in EVENTS.items():
            case = session.query(Case).filter(Case.reference == ref).one()
            for kind, on, detail in events:
                record_event(session, case, kind, on, ctx, detail, actor="tester", today=TODAY)
    yield store
    store.close()
