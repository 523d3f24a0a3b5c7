"""`vangnet subject request …` and `vangnet legal-request …` (issue 15.2, 15.4) through the real
command line on an encrypted database: exit 0 when done, 1 when refused (nothing changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, signal_csv, signal_row


@pytest.fixture
def office(tmp_path: Path, db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    signals = tmp_path / "in.csv"
    signals.write_bytes(signal_csv(signal_row(referentie="YM-77")))
    assert cli("import", signals, "--today", "2026-11-23").code == 0
    return db_path


def test_a_forwarded_request_from_add_to_done(office: Path) -> None:
    added = cli("subject", "request", "add", "--kind", "access", "--case", "1", "--received",
                "2026-11-19", "--forward-to", "Woningcorporatie Ymere", "--json")
    assert added.code == 0, added.err
    item = added.json()
    assert (item["due_on"], item["forward_due_on"]) == ("2026-12-21", "2026-11-26")
    listed = cli("subject", "request", "list", "--open")
    assert listed.code == 0
    assert "forward to the other party (PR 10.3): due 2026-11-26 (3 working days left)" \
        in listed.out
    late = cli("subject", "request", "list", "--today", "2026-11-27")
    assert "OVERDUE by 1 working day" in late.out
    message = cli("subject", "request", "message", "1")
    assert message.code == 0 and "referentie YM-77" in message.out
    assert "Sanne" not in message.out  # the tenant's name never goes into the text
    closed_early = cli("subject", "request", "done", "1", "--outcome", "granted")
    assert closed_early.code == 1 and "forward the request" in closed_early.err
    assert cli("subject", "request", "forward", "1", "--on", "2026-11-20").code == 0
    extended = cli("subject", "request", "extend", "1", "--to", "2027-01-19", "--reason",
                   "Veel stukken bij verschillende afdelingen")
    assert extended.code == 0, extended.err
    assert "due 2027-01-19" in extended.out and "skipped 2026-12-25" in extended.out
    no_reason = cli("subject", "request", "done", "1", "--outcome", "refused")
    assert no_reason.code == 1 and "needs its reason" in no_reason.err
    assert cli("subject", "request", "done", "1", "--outcome", "partly", "--reason",
               "Interne notities vallen onder een uitzondering").code == 0
    shown = cli("subject", "request", "show", "1", "--json").json()
    assert (shown["outcome"], shown["done_on"], shown["forwarded_on"]) == (
        "partly", "2026-11-23", "2026-11-20"
    )
    assert cli("subject", "request", "list", "--open").out.strip() == "No open requests."


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "--kind", "access", "--case", "9"], "no case 9"),
        (["add", "--kind", "access", "--received", "2026-11-24"], "is in the future"),
        (["show", "5"], "no subject request 5"),
        (["message", "1"], "nothing to forward"),
        (["extend", "1", "--to", "2027-06-01", "--reason", "druk"], "at most two more months"),
    ],
)
def test_subject_refusals_exit_1_and_change_nothing(
    office: Path, args: list[str], said: str
) -> None:
    assert cli("subject", "request", "add", "--kind", "erasure").code == 0
    before = cli("subject", "request", "list", "--json").out
    run = cli("subject", "request", *args)
    assert run.code == 1 and said in run.err, run.err
    assert cli("subject", "request", "list", "--json").out == before


def test_a_legal_request_with_its_checks_term_and_decision(office: Path) -> None:
    added = cli("legal-request", "add", "--requester", "Politie Kennemerland",
                "--ground", "art. 126nd Sv", "--received", "2026-11-19",
                "--other-party", "Woningcorporatie Ymere", "--case", "1")
    assert added.code == 0, added.err
    assert "tell the other party (PR 8.2): due 2026-11-26 (3 working days left)" in added.out
    unchecked = cli("legal-request", "decide", "1", "--decision", "provided", "--data", "adres")
    assert unchecked.code == 1 and "PR 8.1" in unchecked.err
    assert cli("legal-request", "checked", "1", "--verified", "--ground-checked").code == 0
    assert cli("legal-request", "decide", "1", "--decision", "provided", "--data",
               "adres en huurachterstand").code == 0
    message = cli("legal-request", "message", "1")
    assert message.code == 0 and "Wij hebben de gevraagde gegevens verstrekt." in message.out
    assert cli("legal-request", "informed", "1", "--on", "2026-11-20").code == 0
    assert cli("legal-request", "informed", "1").code == 1  # once
    item = cli("legal-request", "show", "1", "--json").json()
    assert item["terms"][0]["done"] == "2026-11-20" and item["decision"] == "provided"
    assert cli("legal-request", "list", "--open").out.strip() == "No open requests."


def test_a_confidential_legal_request_has_no_term_and_no_message(office: Path) -> None:
    no_reason = cli("legal-request", "add", "--requester", "OM", "--ground", "art. 126nf Sv",
                    "--confidential", " ")
    assert no_reason.code == 1 and "may not be told" in no_reason.err
    added = cli("legal-request", "add", "--requester", "OM", "--ground", "art. 126nf Sv",
                "--confidential", "Geheimhoudingsbevel van de officier van justitie")
    assert added.code == 0 and "no term to tell the other party" in added.out
    message = cli("legal-request", "message", "1")
    assert message.code == 1 and "confidentiality exception" in message.err
    assert message.out == ""


def test_no_action_or_no_database_is_said_plainly(tmp_path: Path, passphrase_env: str) -> None:
    bare = cli("legal-request")
    assert bare.code == 1 and "add|list|show" in bare.err
    assert cli("init").code == 0
    missing = cli("subject", "request")
    assert missing.code == 1 and "Say what to do" in missing.err
