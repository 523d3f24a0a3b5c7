"""Issue 16.4 on the command line: an eviction or bailiff date says what it is and how close it
is on its own scale; a closed case counts nothing and carries no eviction; a passed fixed date
is never "overdue"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.formatting import day_month, fixed_date
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"  # a Monday


@pytest.fixture
def office(tmp_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(referentie="EV7", naam="Zeven Werkdagen", melddatum="16-11-2026",
                       ontruimingsdatum="02-12-2026"),
            signal_row(referentie="CLOSED", naam="Gesloten Zaak", melddatum="16-11-2026",
                       ontruimingsdatum="02-12-2026"),
            signal_row(referentie="BW-PAST", naam="Deurwaarder Geweest", melddatum="16-11-2026",
                       deurwaarder_gepland="18-11-2026"),
        )
    )
    assert cli("import", f, "--today", TODAY).code == 0
    for kind, extra in (
        ("contact_attempt", ("--method", "telefoon", "--reached", "yes")),
        ("feedback_sent", ()),
        ("proposal_sent", ()),
    ):
        assert cli("event", "1", kind, *extra, "--on", "2026-11-17").code == 0
    assert cli("event", "2", "closed", "--outcome", "verhuisd", "--on", TODAY).code == 0


def _line(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_inbox_says_how_close_the_eviction_is(office: None) -> None:
    run = cli("inbox", "--today", TODAY)
    assert run.code == 0
    ev7 = _line(run.out, "EV7")
    assert "eviction in 7 working days (Wed 2 Dec); urgent" in ev7
    assert "EVICTION 2026-12-02" in ev7
    assert "CLOSED" not in run.out  # a closed case is in no inbox
    assert "overdue" not in _line(run.out, "BW-PAST")  # the bailiff date behind us is a fact
    data = {r["referentie"]: r for r in json.loads(cli("inbox", "--today", TODAY, "--json").out)}
    eviction = next(d for d in data["EV7"]["deadlines"] if d["id"] == "eviction")
    assert (eviction["proximity"], eviction["fixed"], eviction["days_left"]) == (
        "urgent",
        "eviction_date",
        9,
    )


def test_case_show_words_each_fixed_date_for_what_it_is(office: None) -> None:
    ev7 = cli("case", "1", "--today", TODAY).out
    assert "eviction in 7 working days (Wed 2 Dec) [urgent]" in _line(ev7, "eviction ")
    closed = cli("case", "2", "--today", TODAY).out
    line = _line(closed, "eviction ")
    assert "stopped" in line and "lapsed: case ended" in line
    assert "working days" not in line and "overdue" not in closed
    bailiff = _line(cli("case", "3", "--today", TODAY).out, "bailiff ")
    assert "passed" in bailiff and "bailiff date was Wed 18 Nov" in bailiff
    assert "overdue" not in bailiff


def test_the_desk_on_the_command_line(office: None) -> None:
    out = cli("troubleshooter", "--today", TODAY).out
    assert "in 9 days, 7 working days; urgent" in _line(out, "EV7")
    assert "CLOSED" not in out
    rows = json.loads(cli("troubleshooter", "--today", TODAY, "--json").out)
    assert [(r["referentie"], r["nabijheid"]) for r in rows] == [("EV7", "urgent")]
    later = cli("troubleshooter", "--today", "2026-12-04", "--include-past").out
    assert "date was 2 days ago" in _line(later, "EV7")


def test_the_words_for_fixed_dates() -> None:
    from datetime import date

    dec14 = date(2026, 12, 14)
    assert day_month(dec14) == "ma 14 dec"

    def english(*args: object) -> str:
        return fixed_date(*args, "en_GB").english()  # type: ignore[arg-type]

    assert english("eviction_date", dec14, "open", 7, 9) == (
        "eviction in 7 working days (Mon 14 Dec)"
    )
    assert english("eviction_date", dec14, "open", 1, 1) == "eviction in 1 working day (Mon 14 Dec)"
    assert english("bailiff_date", dec14, "open", 0, 0) == "bailiff today (Mon 14 Dec)"
    # a Saturday with no working day in between: calendar days, not "today"
    sat = date(2026, 12, 12)
    assert english("eviction_date", sat, "open", 0, 1) == "eviction in 1 day (Sat 12 Dec)"
    assert english("bailiff_date", dec14, "passed", -3, -4) == "bailiff date was Mon 14 Dec"
    assert english("eviction_date", dec14, "met", 0, 2) == "eviction averted"
    assert english("eviction_date", dec14, "stopped", 0, 2) == "lapsed: case ended"
    assert english("court_date", dec14, "open", 2, 2) == "date in 2 working days (Mon 14 Dec)"
    # the window's Dutch phrase gets the date spelled its way (its words: tests/ui)
    dutch = fixed_date("bailiff_date", dec14, "passed", -3, -4, "nl_NL")
    assert (dutch.code, dutch.params) == ("fixed.was.bailiff_date", {"when": "ma 14 dec"})
    words = english("bailiff_date", dec14, "passed", -3, -4)
    assert "overdue" not in words and "late" not in words
