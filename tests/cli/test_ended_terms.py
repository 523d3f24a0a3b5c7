"""Issue 16.4: a case that has ended stops counting — its open terms neither count down nor
run ever further 'overdue'; what was met stays met."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli, signal_csv, signal_row


@pytest.fixture
def one_case(tmp_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(signal_csv(signal_row(melddatum="02-11-2026")))
    assert cli("import", f, "--today", "2026-11-23").code == 0


def _terms(today: str) -> dict[str, tuple[str, int]]:
    data = json.loads(cli("case", "1", "--json", "--today", today).out)
    return {t["id"]: (t["status"], t["working_days_left"]) for t in data["deadlines"]}


def test_open_terms_of_an_ended_case_stop(one_case: None) -> None:
    assert _terms("2026-11-23")["contact"][0] == "overdue"
    assert cli("event", "1", "contact_attempt", "--method", "telefoon", "--reached", "yes",
               "--on", "2026-11-20").code == 0
    assert cli("event", "1", "closed", "--outcome", "verhuisd", "--on", "2026-11-23").code == 0
    later = _terms("2027-03-01")
    assert later["contact"][0] in ("met", "late")  # what was done stays on record
    stopped = [term for term, (status, _) in later.items() if status == "stopped"]
    assert stopped, later
    assert all(later[term][1] == 0 for term in stopped)  # no count running on
    assert all(status != "overdue" for status, _ in later.values())


def test_a_case_not_taken_on_stops_too(one_case: None) -> None:
    assert cli("event", "1", "not_taken_on", "--reason", "buiten_doelgroep",
               "--may-resume", "yes").code == 0
    assert all(status != "overdue" for status, _ in _terms("2027-03-01").values())


def test_a_bailiff_date_behind_us_is_a_fact_not_a_missed_term(one_case: None) -> None:
    assert cli("event", "1", "bailiff_date_set", "--date", "2026-12-01").code == 0
    assert _terms("2026-11-30")["bailiff"] == ("open", 1)
    status, days = _terms("2026-12-08")["bailiff"]
    assert (status, days) == ("passed", -5)
    text = cli("case", "1", "--today", "2026-12-08").out
    assert "passed" in text


def test_the_words_for_stopped_and_passed_terms() -> None:
    from app.services.formatting import countdown

    assert countdown(-5, "passed").english() == "date passed (5 working days ago)"
    assert countdown(-1, "passed").english() == "date passed (1 working day ago)"
    assert countdown(0, "stopped").english() == "lapsed: case ended"
    assert countdown(3, "open").english() == "3 working days left"
    assert countdown(-1, "overdue").english() == "1 working day overdue"
    assert countdown(0, "open").english() == "due today"
