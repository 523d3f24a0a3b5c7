"""The SDV, troubleshooter and handover commands, end to end through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"
SECOND_PASSPHRASE = "second laptop passphrase"


@pytest.fixture
def office(db_path: Path, passphrase_env: str, tmp_path: Path) -> Path:
    assert cli("init", "--office", "SWT Schalkwijk").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(referentie="YM-1", naam="Sanne Hoekstra", achterstand_bedrag="1.840,00"),
            signal_row(
                referentie="YM-2",
                naam="Karel Visser",
                melddatum="05-11-2026",
                ontruimingsdatum="15-12-2026",
                deurwaarder_gepland="01-12-2026",
            ),
        )
    )
    assert cli("import", f, "--today", TODAY).code == 0
    return db_path


def _inventory(case: int = 1) -> None:
    run = cli(
        "budget", case, "--household", "paar_met_kinderen", "--children", "2", "--rent",
        "712,40", "--income", "Loon=2.450,00", "--cost", "Zorgverzekering=290,00",
    )  # fmt: skip
    assert run.code == 0, run.err
    for creditor, kind, amount in (
        ("Ymere", "huurachterstand", "1.840,00"),
        ("Eneco", "energie", "1.200,00"),
        ("CZ", "zorgverzekering", "650,55"),
    ):
        run = cli("debt", "add", case, "--creditor", creditor, "--kind", kind, "--amount", amount)
        assert run.code == 0, run.err


def test_inventory_shows_the_capacity_with_its_derivation(office: Path) -> None:
    _inventory()
    run = cli("inventory", 1)
    assert run.code == 0, run.err
    assert "− € 712,40  Lopende huur" in run.out
    assert "− € 700,00  Leefgeld volgens norm (paar met kinderen, 2 kinderen)" in run.out
    assert "= € 747,60  Aflossingscapaciteit per maand" in run.out
    data = cli("inventory", 1, "--json").json()
    assert data["total_debt"] == "3690.55"
    assert data["capacity"] == "747.60"
    assert [d["creditor"] for d in data["debts"]] == ["Ymere", "Eneco", "CZ"]


def test_bad_amount_and_kind_are_refused_and_change_nothing(office: Path) -> None:
    _inventory()
    before = cli("inventory", 1, "--json").out
    run = cli("debt", "add", 1, "--creditor", "X", "--kind", "energie", "--amount", "12,345")
    assert run.code == 2 and "at most 2 decimals" in run.err
    run = cli("debt", "add", 1, "--creditor", "X", "--kind", "gas", "--amount", "12")
    assert run.code == 2 and "invalid choice: 'gas'" in run.err
    run = cli("debt", "add", 1, "--creditor", "  ", "--kind", "energie", "--amount", "12")
    assert run.code == 1 and "creditor is missing" in run.err
    run = cli("debt", "remove", 1, "9")
    assert run.code == 1 and "has 3 debt(s); no number 9" in run.err
    assert cli("inventory", 1, "--json").out == before


def test_arrangement_then_sent_meets_the_proposal_deadline(office: Path) -> None:
    _inventory()
    run = cli(
        "proposal", "arrangement", 1, "--resume-rent-from", "2026-12-01", "--first",
        "2026-12-01", "--today", TODAY,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert "12 termijnen van € 154,00 (laatste termijn € 146,00)" in run.out
    assert "12  2027-11-01      € 146,00  remaining € 0,00" in run.out
    case = cli("case", 1, "--today", TODAY, "--json").json()
    proposal = next(d for d in case["deadlines"] if d["id"] == "proposal")
    assert proposal["met_on"] is None
    run = cli("proposal", "sent", 1, "--today", TODAY)
    assert run.code == 0, run.err
    case = cli("case", 1, "--today", TODAY, "--json").json()
    proposal = next(d for d in case["deadlines"] if d["id"] == "proposal")
    assert proposal["met_on"] == TODAY
    run = cli("proposal", "sent", 1, "--today", TODAY)
    assert run.code == 1 and "already sent" in run.err


def test_settlement_shares_add_up_and_no_capacity_is_said_plainly(office: Path) -> None:
    _inventory()
    cli("norm", "--set", "paar_met_kinderen=2.000,00")  # nothing left: no capacity
    run = cli(
        "proposal", "arrangement", 1, "--resume-rent-from", "2026-12-01", "--first",
        "2026-12-01", "--today", TODAY,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert "none_possible" in run.out and "No proposal is possible yet" in run.out
    cli("norm", "--set", "paar_met_kinderen=1.200,00")  # + 2 x 100 per child: capacity 47,60
    run = cli("proposal", "settlement", 1, "--resume-rent-from", "2026-12-01", "--today", TODAY)
    assert run.code == 0, run.err
    shown = cli("proposal", "show", 1, "--json").json()
    assert [p["kind"] for p in shown] == ["settlement", "none_possible"]
    assert shown[1]["replaced"] is True  # the unsent one was replaced
    settlement = shown[0]["snapshot"]["settlement"]
    assert settlement["offered_total"] == "1713.60"  # 47,60 x 36
    cents = sum(round(float(s["share"]) * 100) for s in settlement["shares"])
    assert cents == 171360
    run = cli("proposal", "settlement", 1, "--resume-rent-from", "2026-12-01", "--months", "37")
    assert run.code == 1 and "36 months" in run.err


def test_troubleshooter_lists_eviction_dated_cases(office: Path) -> None:
    run = cli("troubleshooter", "--today", TODAY, "--json")
    assert run.code == 0, run.err
    rows = run.json()
    assert [r["referentie"] for r in rows] == ["YM-2"]
    assert rows[0]["dagen"] == 22 and rows[0]["ontruimingsdatum"] == "2026-12-15"


def test_handover_round_trip_between_two_databases(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _inventory()
    package = tmp_path / "overdracht.vangnet"
    run = cli(
        "handover", "export", 1, 2, "-o", package, "--to", "sdv", "--person", "J. de Vries",
        "--today", TODAY,
    )  # fmt: skip
    assert run.code == 0, run.err
    passphrase = next(
        line.split(": ", 1)[1] for line in run.out.splitlines() if line.startswith("Passphrase")
    )
    assert b"Hoekstra" not in package.read_bytes()
    assert cli("case", 1, "--json").json()["status"] == "overgedragen"

    monkeypatch.setenv("VANGNET_DB", str(tmp_path / "second" / "vangnet.db"))
    monkeypatch.setenv("VANGNET_PASSPHRASE", SECOND_PASSPHRASE)
    assert cli("init", "--office", "SDV Haarlem").code == 0
    monkeypatch.setenv("VANGNET_HANDOVER_PASSPHRASE", "not the passphrase")
    run = cli("handover", "import", package)
    assert run.code == 2 and "does not open this handover package" in run.err
    truncated = tmp_path / "kapot.vangnet"
    truncated.write_bytes(package.read_bytes()[:-100])
    run = cli("handover", "import", truncated)
    assert run.code == 1 and "incomplete" in run.err
    assert cli("inbox", "--json").json() == []

    monkeypatch.setenv("VANGNET_HANDOVER_PASSPHRASE", passphrase.lower().replace("-", " "))
    run = cli("handover", "import", package, "--today", TODAY)
    assert run.code == 0, run.err
    assert "2 new case(s), 0 merged" in run.out
    run = cli("handover", "import", package)
    assert run.code == 0 and "already imported" in run.out
    names = {c["naam"] for c in cli("inbox", "--today", TODAY, "--json").json()}
    assert names == {"Sanne Hoekstra", "Karel Visser"}
    assert "= € 747,60" in cli("inventory", 1).out
    assert "import" in cli("handover", "list").out


def test_handover_export_refuses_and_writes_nothing(office: Path, tmp_path: Path) -> None:
    target = tmp_path / "p.vangnet"
    run = cli("handover", "export", 99, "-o", target, "--to", "sdv", "--person", "X")
    assert run.code == 1 and "no case 99" in run.err
    assert not (tmp_path / "p.vangnet").exists()
    run = cli(
        "handover", "export", 1, "-o", tmp_path / "missing" / "p.vangnet", "--to", "sdv",
        "--person", "X",
    )  # fmt: skip
    assert run.code == 3
    assert cli("case", 1, "--json").json()["status"] == "nieuw"


def test_bad_norm_and_proposal_requests_are_refused_and_change_nothing(office: Path) -> None:
    before = cli("norm").out
    run = cli("norm", "--set", "eenpersoons=300")
    assert run.code == 1 and "expected TYPE=AMOUNT with TYPE one of alleenstaande" in run.err
    run = cli("norm", "--set", "paar=veel")
    assert run.code == 1 and "--set 'paar=veel'" in run.err
    assert cli("norm").out == before
    run = cli("proposal", "sent", 1, "--today", TODAY)
    assert run.code == 1 and "Case 1 has no proposal to send." in run.err
    run = cli("proposal", "arrangement", 1, "--resume-rent-from", "2026-12-01", "--first",
              "2026-12-01", "--today", TODAY)  # fmt: skip
    assert run.code == 1 and "no household budget yet" in run.err
    assert cli("proposal", "show", 1, "--json").json() == []


def test_handover_refuses_an_existing_target_a_missing_file_and_no_passphrase(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "bestaat.vangnet"
    taken.write_bytes(b"not ours")
    run = cli("handover", "export", 1, "-o", taken, "--to", "sdv", "--person", "X")
    assert run.code == 1 and "already exists; choose another name" in run.err
    assert taken.read_bytes() == b"not ours"
    assert cli("case", 1, "--json").json()["status"] == "nieuw"
    run = cli("handover", "import", tmp_path / "nergens.vangnet")
    assert run.code == 3 and "No file" in run.err
    monkeypatch.delenv("VANGNET_HANDOVER_PASSPHRASE", raising=False)
    run = cli("handover", "import", taken)
    assert run.code == 2 and "set VANGNET_HANDOVER_PASSPHRASE" in run.err
    monkeypatch.setenv("VANGNET_HANDOVER_PASSPHRASE", "anything")
    run = cli("handover", "import", taken)
    assert run.code == 1 and "not a Vangnet handover package" in run.err
    assert cli("inbox", "--json").json() != []  # the two imported signals, nothing more
    assert len(cli("inbox", "--json").json()) == 2
