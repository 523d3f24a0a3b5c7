"""`vangnet case edit CASE_ID --FIELD VALUE …` (issue 16.2) through the real command line on an
encrypted database: several facts at once with old → new and the new priority and place in the
inbox; a refusal exits 1, names the option and changes nothing; `vangnet case CASE_ID` still
shows a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam="Sanne Hoekstra", melddatum="02-11-2026"),
            signal_row(referentie="YM-2", naam="Karel Visser", melddatum="05-11-2026",
                       aantal_bewoners="1", telefoon="06-11112222"),
        )
    )
    assert cli("import", f, "--today", TODAY).code == 0
    return db_path


def test_edit_several_facts_and_see_the_new_priority_and_place(office: Path) -> None:
    assert cli("inbox", "--today", TODAY, "--json").json()[1]["case_id"] == 2
    run = cli(
        "case", "edit", "2", "--phone", "0612345678", "--statushouder", "ja", "--known", "ja",
        "--birth-date", "1950-02-03", "--add-child", "2019-05-01", "--arrears", "1234,50",
        "--rent", "806,20", "--today", TODAY,
    )  # fmt: skip
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == "Case 2 changed:"
    assert "  phone number: 0611112222 → 0612345678" in lines
    assert "  date of birth: 17-08-1988 → 03-02-1950" in lines
    assert "  statushouder: nee → ja" in lines
    assert "  amount in arrears: 1612,40 → 1234,50" in lines
    assert "  other occupant added: born 01-05-2019" in lines
    assert "  number of occupants: 1 → 2 (raised to count the added occupant)" in lines
    assert not any("monthly rent" in line for line in lines)  # 806,20 already: skipped
    assert "Priority: children, 65plus, statushouder, known (was none)." in lines
    assert f"Place in the inbox on {TODAY}: 1 (was 2)." in lines

    assert cli("inbox", "--today", TODAY, "--json").json()[0]["case_id"] == 2
    shown = cli("case", "2", "--json", "--today", TODAY).json()
    assert shown["telefoon"] == "0612345678"
    assert shown["priority_reasons"] == ["children", "65plus", "statushouder", "known"]
    assert shown["achterstand_bedrag"] == "€\u00a01.234,50"
    assert shown["maandhuur"] == "€\u00a0806,20"
    assert shown["achterstand_sinds"] == "01-09-2026"
    kept = cli("subject", "corrections", "2", "--json").json()
    assert ("household_member", "", "01-05-2019") in [
        (c["field"], c["old_value"], c["new_value"]) for c in kept
    ]
    assert all(c["request_id"] is None for c in kept)  # a worker's own edit
    trail = cli("audit", "--json", "--limit", "200").out
    for value in ("0612345678", "0611112222", "1234,50", "01-05-2019", "1950"):
        assert value not in trail
    assert cli("audit", "verify").code == 0


def test_a_refusal_exits_1_names_the_options_and_changes_nothing(office: Path) -> None:
    before = cli("case", "2", "--json", "--today", TODAY).json()
    run = cli(
        "case", "edit", "2", "--phone", "06-12", "--statushouder", "misschien",
        "--known", "ja", "--add-child", "2030-01-01", "--today", TODAY,
    )  # fmt: skip
    assert run.code == 1
    assert run.out == ""
    assert "Case 2 not changed; nothing was changed:" in run.err
    assert "--phone: phone number: phone number too short (at least 10 digits)" in run.err
    assert "--statushouder: statushouder: not yes/no (use ja or nee)" in run.err
    assert "--add-child/--remove-member/--change-member: date of birth of another occupant: " \
        "date 1 01-01-2030 is in the future" in run.err
    assert "Traceback" not in run.err
    after = cli("case", "2", "--json", "--today", TODAY).json()
    assert after == before  # --known ja was fine, but nothing was saved
    assert cli("subject", "corrections", "2", "--json").json() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "edit", "2"], "Say what to change"),
        (["case", "edit", "--phone", "0612345678"], "Say which case"),
        (["case", "2", "--phone", "0612345678"], "use `vangnet case edit 2 --FIELD VALUE"),
        (["case", "edit", "9", "--known", "ja"], "No case 9."),
        (["case", "edit", "2", "--remove-member", "01-01-2000"],
         "no other occupant born on 01-01-2000"),
        (["case", "edit", "2", "--email", "k@example.org"], "not kept under this covenant"),
    ],
)
def test_wrong_use_is_refused_with_a_message(office: Path, args: list[str], message: str) -> None:
    run = cli(*args)
    assert run.code == 1, run.out
    assert message in run.err
    assert "Traceback" not in run.err
    assert cli("subject", "corrections", "2", "--json").json() == []


def test_nothing_to_change_is_no_error_and_showing_a_case_still_works(office: Path) -> None:
    run = cli("case", "edit", "1", "--city", "Haarlem", "--known", "nee")
    assert run.code == 0, run.err
    assert "nothing to change" in run.out
    shown = cli("case", "1", "--today", TODAY)
    assert shown.code == 0 and shown.out.startswith("Case #1")
    assert cli("case", "abc").code == 2  # argparse: not a case number
