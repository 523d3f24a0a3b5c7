"""Office settings that move deadlines: closing days, terms the covenant leaves open."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


def _deadline(case_id: int, term: str) -> dict:  # type: ignore[type-arg]
    detail = cli("case", case_id, "--json", "--today", TODAY).json()
    return next(d for d in detail["deadlines"] if d["id"] == term)  # type: ignore[no-any-return]


def test_office_closing_day_moves_deadline_and_explains_it(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    f = tmp_path / "s.csv"
    f.write_bytes(signal_csv(signal_row(referentie="K-1", melddatum="16-11-2026")))
    assert cli("import", f, "--today", TODAY).code == 0
    assert _deadline(1, "contact")["due"] == "2026-11-23"  # Mon 16 + 5 working days
    run = cli("calendar", "add-closing-day", "2026-11-18")
    assert run.code == 0 and "recomputed 1 cases" in run.out
    moved = _deadline(1, "contact")
    assert moved["due"] == "2026-11-24"
    assert any(m["day"] == "2026-11-18" for m in moved["moved_by"])
    assert "2026-11-18" in cli("settings", "show").out
    assert cli("calendar", "remove-closing-day", "2026-11-18").code == 0
    assert _deadline(1, "contact")["due"] == "2026-11-23"
    missing = cli("calendar", "remove-closing-day", "2026-11-18")
    assert missing.code == 1 and "not an office closing day" in missing.err


def test_calendar_warns_for_a_year_without_decree(db_path: Path, passphrase_env: str) -> None:
    assert cli("init").code == 0
    run = cli("calendar", "show", "--year", "2030")
    assert run.code == 0
    assert "no Royal-Decree days loaded for 2030" in run.err
    shown = cli("calendar", "show", "--year", "2026").out
    assert "2026-01-02" in shown and "2026-05-05" in shown and "2026-05-15" in shown


def test_inbox_warns_when_deadlines_fall_in_a_year_without_decree(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    f = tmp_path / "s.csv"
    f.write_bytes(signal_csv(signal_row(referentie="F-1", melddatum="20-12-2029")))
    assert cli("import", f, "--today", "2030-01-02").code == 0
    run = cli("inbox", "--today", "2030-01-02")
    assert run.code == 0
    assert "no Royal-Decree days (Atw art. 3(3)) loaded for 2029, 2030" in run.err


def test_amsterdam_open_term_is_an_office_setting(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--profile", "amsterdam").code == 0
    f = tmp_path / "s.csv"
    f.write_bytes(signal_csv(signal_row(corporatie="Rochdale", melddatum="16-11-2026")))
    assert cli("import", f, "--today", TODAY).code == 0
    assert _deadline(1, "contact")["due"] == "2026-11-23"
    run = cli("settings", "term", "contact", "3")
    assert run.code == 0, run.err
    assert _deadline(1, "contact")["due"] == "2026-11-19"
    fixed = cli("settings", "term", "bailiff", "3")
    assert fixed.code == 1 and "fixed by the covenant" in fixed.err
    assert "office setting" in cli("settings", "show").out


def test_amsterdam_bailiff_blocked_until_an_instrument_is_recorded(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--profile", "amsterdam").code == 0
    f = tmp_path / "s.csv"
    f.write_bytes(
        signal_csv(
            signal_row(
                corporatie="Eigen Haard", melddatum="02-11-2026", deurwaarder_gepland="15-12-2026"
            )
        )
    )
    assert cli("import", f, "--today", TODAY).code == 0
    [row] = cli("inbox", "--today", TODAY, "--json").json()
    assert "bailiff_blocked" in row["flags"]
    wrong = cli("event", 1, "instrument_deployed", "--instrument", "toverstaf", "--today", TODAY)
    assert wrong.code == 1 and "vroeg_eropaf" in wrong.err
    ok = cli(
        "event",
        1,
        "instrument_deployed",
        "--instrument",
        "vroeg_eropaf",
        "--on",
        "2026-11-10",
        "--today",
        TODAY,
    )
    assert ok.code == 0, ok.err
    [row] = cli("inbox", "--today", TODAY, "--json").json()
    assert "bailiff_blocked" not in row["flags"]


def test_a_closing_day_that_changes_nothing_is_refused(db_path: Path, passphrase_env: str) -> None:
    """The command line and the settings window share the rules (app.services.office_settings)."""
    assert cli("init").code == 0
    weekend = cli("calendar", "add-closing-day", "2026-11-28")
    assert weekend.code == 1
    assert weekend.err.strip() == (
        "Not changed: 2026-11-28 is a Saturday; weekends never count as working days."
    )
    holiday = cli("calendar", "add-closing-day", "2026-12-25")
    assert holiday.code == 1 and "already a day off for everyone (Eerste kerstdag)" in holiday.err
    assert cli("calendar", "add-closing-day", "2026-12-24").code == 0
    twice = cli("calendar", "add-closing-day", "2026-12-24")
    assert twice.code == 1 and "2026-12-24 is already an office closing day" in twice.err
    assert "Office closing days: 2026-12-24" in cli("settings", "show").out


def test_office_name_and_term_refusals(db_path: Path, passphrase_env: str) -> None:
    assert cli("init", "--profile", "amsterdam").code == 0
    empty = cli("settings", "office", "  ")
    assert (empty.code, empty.err.strip()) == (1, "Not changed: the office name cannot be empty.")
    long = cli("settings", "term", "contact", "500")
    assert long.code == 1
    assert "term 'contact' must be between 1 and 130 working days" in long.err
    assert "Office:   Sociaal Wijkteam Amsterdam" in cli("settings", "show").out
