"""Issue 16.4, the lists: eviction and bailiff dates on their own scale, closed cases count
nothing, and neither a closed case nor a passed fixed date is "overdue".

A real encrypted office database; Monday 23 November 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.models import Case
from app.services.case_detail import case_detail
from app.services.case_query import (
    CaseFilter,
    case_ids,
    count_cases,
    evictions_within,
    overdue_count,
    page,
    urgency_counts,
)
from app.services.casework import load_context
from app.services.events import record_event
from app.services.inbox import InboxRow, inbox, load_rows
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.troubleshooter_desk import desk_case_count, eviction_cases
from tests.helpers import signal_row
from tests.letters.conftest import TODAY, Office, make_office

ROWS = [
    # the case from the issue: everything done, the eviction 7 working days away (Wed 2 Dec)
    signal_row(referentie="EV7", naam="Zeven Werkdagen", melddatum="16-11-2026",
               ontruimingsdatum="02-12-2026"),
    # the bailiff came on Wed 18 Nov; the team's own terms fall due today, not before
    signal_row(referentie="BW-PAST", naam="Deurwaarder Geweest", melddatum="16-11-2026",
               deurwaarder_gepland="18-11-2026"),
    # closed before its eviction date
    signal_row(referentie="CLOSED-EV", naam="Gesloten Zaak", melddatum="16-11-2026",
               ontruimingsdatum="02-12-2026"),
    # a term the team really let pass: contact was due Mon 9 Nov
    signal_row(referentie="LATE", naam="Echt Te Laat", melddatum="02-11-2026"),
    # not taken on by the wijkteam, eviction Mon 7 Dec (10 working days)
    signal_row(referentie="NTO-EV", naam="Niet Genomen", melddatum="16-11-2026",
               ontruimingsdatum="07-12-2026"),
    # the bailiff comes Wed 25 Nov (2 working days); the eviction is far off (Fri 15 Jan)
    signal_row(referentie="BW-SOON", naam="Deurwaarder Komt", melddatum="16-11-2026",
               deurwaarder_gepland="25-11-2026", ontruimingsdatum="15-01-2027"),
]


def _event(office: Office, ref: str, kind: str, on: date, **detail: Any) -> None:
    with office.store.transaction() as s:
        case = s.get(Case, office.ids[ref])
        assert case is not None
        record_event(s, case, kind, on, office.ctx, detail, actor="test", today=TODAY)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    path: Path = tmp_path_factory.mktemp("urgency") / "office.db"
    office = make_office(path, ROWS, letterhead=False)
    on = date(2026, 11, 17)
    _event(office, "EV7", "contact_attempt", on, method="telefoon", reached=True)
    _event(office, "EV7", "feedback_sent", on)
    _event(office, "EV7", "proposal_sent", on)
    _event(office, "CLOSED-EV", "closed", TODAY, outcome="verhuisd")
    _event(office, "NTO-EV", "not_taken_on", on, reason="buiten de wijk", may_resume=False)
    yield office
    office.store.close()


def _rows(office: Office) -> dict[str, InboxRow]:
    with office.store.session() as s:
        return {r.reference: r for r in inbox(s, TODAY, office.ctx, limit=50)}


def _refs(office: Office, ids: list[int]) -> set[str]:
    by_id = {v: k for k, v in office.ids.items()}
    return {by_id[i] for i in ids}


def test_an_eviction_seven_working_days_away_is_urgent_not_open(office: Office) -> None:
    row = _rows(office)["EV7"]
    nxt = row.next_deadline
    assert nxt is not None and nxt.id == "eviction"
    assert (nxt.status, nxt.working_days_left, nxt.days_left) == ("open", 7, 9)
    assert (nxt.fixed, nxt.proximity) == ("eviction_date", "urgent")
    assert row.shown_eviction_date == date(2026, 12, 2)


def test_a_passed_bailiff_date_is_a_fact_not_overdue(office: Office) -> None:
    row = _rows(office)["BW-PAST"]
    bailiff = next(d for d in row.deadlines if d.id == "bailiff")
    assert (bailiff.status, bailiff.working_days_left) == ("passed", -3)
    assert bailiff.proximity == ""
    assert row.next_deadline is not None and row.next_deadline.id != "bailiff"
    # its rank's due date is the team's own term today, not the bailiff's date behind us
    with office.store.session() as s:
        due_key = s.execute(
            text(
                "SELECT due_key FROM rank_segments WHERE case_id = :id "
                "AND valid_from <= :day AND valid_to > :day"
            ),
            {"id": office.ids["BW-PAST"], "day": TODAY.isoformat()},
        ).scalar_one()
    assert due_key == TODAY.isoformat()


def test_the_overdue_filter_counts_only_terms_the_team_let_pass(office: Office) -> None:
    with office.store.session() as s:
        f = CaseFilter(view="inbox", overdue_only=True)
        assert _refs(office, case_ids(s, f, TODAY, 0, 50)) == {"LATE"}
        assert count_cases(s, f, TODAY) == 1
        assert overdue_count(s, TODAY) == 1
        # the other views with the filter on say the same
        for view in ("week", "troubleshooter"):
            ids = case_ids(s, CaseFilter(view=view, overdue_only=True), TODAY, 0, 50)
            assert _refs(office, ids) <= {"LATE"}


def test_a_closed_case_shows_no_eviction_badge_and_no_countdown(office: Office) -> None:
    assert "CLOSED-EV" not in _rows(office)  # not in the inbox at all
    with office.store.session() as s:
        closed = page(s, CaseFilter(view="closed"), TODAY, office.ctx, 0, 50)
    row = next(r for r in closed if r.reference == "CLOSED-EV")
    assert row.eviction_date == date(2026, 12, 2)  # kept on record ...
    assert row.shown_eviction_date is None  # ... but no badge
    assert row.next_deadline is None
    assert {d.status for d in row.deadlines} <= {"stopped", "met", "late"}
    assert all(d.working_days_left == 0 and d.proximity == "" for d in row.deadlines)
    with office.store.session() as s:
        detail = case_detail(s, office.ids["CLOSED-EV"], TODAY, office.ctx)
    assert detail is not None
    eviction = next(d for d in detail["deadlines"] if d["id"] == "eviction")
    assert (eviction["status"], eviction["working_days_left"]) == ("stopped", 0)
    assert eviction["proximity"] is None


def test_a_closed_case_is_not_on_the_desk_nor_counted(office: Office) -> None:
    with office.store.session() as s:
        desk = eviction_cases(s, office.ctx, TODAY, include_past=True)
        refs = [c.reference for c in desk]
        assert "CLOSED-EV" not in refs
        assert desk_case_count(s, TODAY) == len(
            [c for c in eviction_cases(s, office.ctx, TODAY)]
        )
        counts = urgency_counts(s, office.ctx, TODAY)
    assert refs == ["EV7", "NTO-EV", "BW-SOON"]  # soonest first
    ev7, nto, _ = desk
    assert (ev7.working_days_left, ev7.proximity) == (7, "urgent")
    # not taken on by the wijkteam, yet H 8.1: the troubleshooter acts on every eviction date
    assert (nto.working_days_left, nto.proximity) == (10, "urgent")
    assert counts.overdue == 1
    assert counts.scale == (5, 10, 20)
    assert (counts.eviction_critical, counts.eviction_urgent, counts.eviction_attention) == (
        0,
        2,
        2,
    )


def test_the_desk_shows_the_bailiff_on_its_scale(office: Office) -> None:
    with office.store.session() as s:
        soon = next(c for c in eviction_cases(s, office.ctx, TODAY) if c.reference == "BW-SOON")
        later = next(
            c for c in eviction_cases(s, office.ctx, date(2026, 11, 26)) if c.reference == "BW-SOON"
        )
    assert soon.bailiff_proximity == "critical"  # Wed 25 Nov: 2 working days
    assert soon.proximity == "planned"  # Fri 15 Jan: 37 working days, over Christmas
    assert later.bailiff_proximity == "passed"


def test_evictions_within_counts_a_weekend_like_the_scale_does(office: Office) -> None:
    """Within N working days means at most N working days in (today, date]: Wed 2 Dec is the
    7th working day after Mon 23 Nov (in at 7, out at 6), and the 5th after Wed 25 Nov."""
    with office.store.session() as s:
        assert evictions_within(s, office.ctx, TODAY, 7) == 1  # EV7, Wed 2 Dec
        assert evictions_within(s, office.ctx, TODAY, 6) == 0
        assert evictions_within(s, office.ctx, date(2026, 11, 25), 5) == 1  # Wed → Wed


def test_the_case_detail_carries_the_scale(office: Office) -> None:
    with office.store.session() as s:
        detail = case_detail(s, office.ids["EV7"], TODAY, office.ctx)
        rows = load_rows(s, [office.ids["EV7"]], TODAY, office.ctx)
    assert detail is not None
    eviction = next(d for d in detail["deadlines"] if d["id"] == "eviction")
    assert eviction["fixed"] == "eviction_date"
    assert eviction["proximity"] == "urgent"
    assert eviction["days_left"] == 9
    feedback = next(d for d in detail["deadlines"] if d["id"] == "feedback")
    assert "proximity" not in feedback  # a counted term keeps its old shape
    assert rows[0].as_json()["deadlines"] == [d.as_json() for d in rows[0].deadlines]


def test_the_navigation_counts_agree_with_each_list(tmp_path: Path) -> None:
    """`view_counts` counts in one pass what `count_cases` counts per view."""
    from app.services.case_query import CaseFilter, count_cases, view_counts
    from app.services.demo import fill_demo

    store = initialise(tmp_path / "nav.db", DatabaseKey(passphrase="nav counts 2026"),
                       load_profile("haarlem"), "Wijkteam")
    with store.transaction() as session:
        ctx = load_context(session)
        fill_demo(session, ctx, 120, TODAY)
    with store.session() as session:
        me = "a.jansen"
        one_pass = view_counts(session, TODAY, me)
        each = {
            "inbox": count_cases(session, CaseFilter(view="inbox"), TODAY),
            "mine": count_cases(session, CaseFilter(view="mine", assignee=me), TODAY),
            "week": count_cases(session, CaseFilter(view="week"), TODAY),
            "overdue": count_cases(session, CaseFilter(view="inbox", overdue_only=True), TODAY),
        }
        from app.services.navigation_counts import navigation_counts

        nav = navigation_counts(session, load_context(session), TODAY, me)
        assert nav.views["desk"] == desk_case_count(session, TODAY) > 0
        assert nav.urgency.overdue == each["overdue"]
    store.close()
    assert one_pass == each
    assert each["inbox"] > each["week"] > 0 and each["mine"] > 0 and each["overdue"] > 0
