"""`vangnet demo` and `vangnet import` keep demo and real apart (issue 13.6).

Demo cases go only into an empty or a demo database, which then says it is one; a signal file
never goes into a demo database. Every refusal names the file, says what to do, changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_SIGNALS
from tests.helpers import cli

DAY = "2026-11-23"


def _state() -> tuple[int, str]:
    """The number of cases in the inbox listing, and what `settings show` says."""
    listing = cli("inbox", "--limit", "500", "--json", "--today", DAY)
    assert listing.code == 0, listing.err
    return len(listing.json()), cli("settings", "show").out


def test_demo_refuses_a_database_with_real_cases(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    assert cli("import", SAMPLE_SIGNALS, "--today", DAY).code == 0
    before = _state()
    run = cli("demo", "--cases", "20", "--today", DAY)
    assert run.code == 1
    assert str(db_path) in run.err and "real cases" in run.err
    assert "nothing was changed" in run.err and "vangnet --db demo.db init" in run.err
    assert "Traceback" not in run.err and run.out == ""
    assert _state() == before
    assert "DEMO" not in before[1]


def test_demo_in_an_empty_database_marks_it_and_says_so(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    run = cli("demo", "--cases", "20", "--today", DAY)
    assert run.code == 0, run.err
    assert str(db_path) in run.out and "marked as a demo database" in run.out
    assert "DEMO:" in cli("settings", "show").out
    assert cli("demo", "--cases", "5", "--today", DAY).code == 0  # more demo: fine
    assert _state()[0] > 20


def test_import_into_a_demo_database_is_refused(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    assert cli("demo", "--cases", "20", "--today", DAY).code == 0
    before = _state()
    for extra in ((), ("--dry-run",), ("--partial",)):
        run = cli("import", SAMPLE_SIGNALS, *extra, "--today", DAY)
        assert run.code == 1
        assert str(db_path) in run.err and "is a demo database" in run.err
        assert "Nothing was imported" in run.err and "vangnet --db FILE init" in run.err
        assert "Traceback" not in run.err
    assert _state() == before
    # the sample file holds invented people: said so, it goes in (screenshots use this)
    run = cli("import", SAMPLE_SIGNALS, "--invented", "--today", DAY)
    assert run.code == 0, run.err
    assert _state()[0] > before[0]


def test_invented_people_are_refused_in_a_real_database(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    run = cli("import", SAMPLE_SIGNALS, "--invented", "--today", DAY)
    assert run.code == 1 and str(db_path) in run.err and "real database" in run.err
    assert _state()[0] == 0
