"""The breach register (issue 15.3, PR 9): every field a-j, the 24-hour and 72-hour terms
counted from discovery, the decision on the Autoriteit Persoonsgegevens with its reason, the
printable register — through the real command line on an encrypted database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.services import breaches
from app.services.keys import DatabaseKey
from app.services.store import open_store
from tests.conftest import PASSPHRASE
from tests.helpers import cli
from tests.letters.conftest import pdf_text

NOON = "2026-11-23T12:00"  # the test clock


@pytest.fixture
def office(db_path: Path, passphrase_env: str) -> Path:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    return db_path


def test_a_lost_laptop_is_recorded_with_every_field_and_both_terms(office: Path) -> None:
    run = cli("breach", "add", "--kind", "lost_device", "--discovered", "2026-11-23T09:30",
              "--occurred", "2026-11-22T18:00", "--contact", "Privacyfunctionaris, 023-5110000",
              "--json")
    assert run.code == 0, run.err
    item = run.json()
    assert item["nature"].startswith("Laptop met Vangnet verloren")  # the kind's first text
    assert item["protection"] == "encrypted" and "SQLCipher" in item["protection_note"]
    assert item["contact"] == "Privacyfunctionaris, 023-5110000"
    assert item["occurred_at"] == "2026-11-22T18:00"
    parties, ap = item["terms"]
    assert (parties["term"], parties["due"], parties["hours_left"]) == (
        "parties", "2026-11-24T09:30", 21.5
    )
    assert (ap["term"], ap["due"], ap["hours_left"]) == ("ap", "2026-11-26T09:30", 69.5)
    shown = cli("breach", "show", "1")
    for letter in "abcdefghij":
        assert f"  {letter}. " in shown.out
    assert "21.5 h left" in shown.out


def test_the_terms_close_when_met_and_say_overdue_when_not(office: Path) -> None:
    assert cli("breach", "add", "--kind", "wrong_recipient", "--discovered",
               "2026-11-21T10:00").code == 0
    listed = cli("breach", "list").out
    assert "OVERDUE by 26.0 h" in listed  # 24 h from Saturday 10:00, now Monday noon
    told = cli("breach", "informed", "1", "--at", "2026-11-22T09:00", "--note", "per e-mail")
    assert told.code == 0
    no_reason = cli("breach", "decide", "1", "--ap", "not_notified", "--reason", " ")
    assert no_reason.code == 1 and "say why" in no_reason.err
    decided = cli("breach", "decide", "1", "--ap", "notified", "--reason",
                  "Gegevens over huurachterstand bij een onbevoegde", "--at", "2026-11-23T11:00")
    assert decided.code == 0
    item = cli("breach", "show", "1", "--json").json()
    assert [t["done"] for t in item["terms"]] == ["2026-11-22T09:00", "2026-11-23T11:00"]
    assert item["ap_decision"] == "notified" and item["ap_notified_at"] == "2026-11-23T11:00"


def test_not_notified_needs_no_ap_term(office: Path) -> None:
    assert cli("breach", "add", "--kind", "damaged_database").code == 0
    assert cli("breach", "decide", "1", "--ap", "not_notified", "--reason",
               "Alleen beschikbaarheid; back-up teruggezet binnen een uur").code == 0
    item = cli("breach", "show", "1", "--json").json()
    assert [t["term"] for t in item["terms"]] == ["parties"]
    assert item["discovered_at"] == NOON  # default: now


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--kind", "other"], "say what happened"),
        (["--kind", "other", "--nature", "x", "--discovered", "2026-11-25T10:00"],
         "is in the future"),
        (["--kind", "lost_device", "--discovered", "2026-11-22T10:00", "--occurred",
          "2026-11-22T11:00"], "cannot have happened after it was found"),
        (["--kind", "other", "--nature", "x" * 2001], "at most 2000 characters"),
    ],
)
def test_a_refused_entry_names_the_field_and_changes_nothing(
    office: Path, args: list[str], said: str
) -> None:
    run = cli("breach", "add", *args)
    assert run.code == 1 and said in run.err and "Nothing was changed" in run.err
    assert cli("breach", "list", "--json").json() == []


def test_the_printable_register_has_fields_a_to_j(office: Path, tmp_path: Path) -> None:
    assert cli("breach", "add", "--kind", "lost_device", "--discovered",
               "2026-11-23T09:30").code == 0
    assert cli("breach", "add", "--kind", "wrong_recipient", "--discovered",
               "2026-11-23T10:00").code == 0
    target = tmp_path / "register.pdf"
    assert cli("breach", "register", "-o", target).code == 0
    text = pdf_text(target.read_bytes())
    for label in ("a. Aard, oorzaak, omvang", "b. Plaatsgevonden", "c. Bekend geworden",
                  "d. Betrokkenen", "e. Soort persoonsgegevens", "f. Versleuteld",
                  "g. Meer informatie bij", "h. Gevolgen", "i. Maatregelen",
                  "j. Autoriteit Persoonsgegevens"):
        assert text.count(label) == 2, label
    assert "Termijn: Partijen informeren" in text and "nog 21 uur 30 min" in text
    again = cli("breach", "register", "-o", target)
    assert again.code == 1 and "already exists" in again.err
    log = cli("audit", "--json", "--limit", "1").json()[0]
    assert (log["action"], log["object_type"]) == ("export", "breach_register")
    assert cli("audit", "verify").code == 0


def test_open_terms_come_soonest_first(office: Path) -> None:
    store = open_store(office, DatabaseKey(passphrase=PASSPHRASE))
    try:
        with store.transaction() as session:
            late = breaches.add_breach(session, kind="other", fields={"nature": "later"},
                                       discovered_at=datetime(2026, 11, 23, 11, 0), actor="t")
            soon = breaches.add_breach(session, kind="other", fields={"nature": "eerder"},
                                       discovered_at=datetime(2026, 11, 23, 8, 0), actor="t")
            pending = breaches.open_terms(session)
        assert [(b.id, t.name) for b, t in pending] == [
            (soon.id, "parties"), (late.id, "parties"), (soon.id, "ap"), (late.id, "ap")
        ]
        assert pending[0][1].due == datetime(2026, 11, 23, 8, 0) + timedelta(hours=24)
    finally:
        store.close()


def test_impossible_follow_ups_are_refused_and_change_nothing(office: Path) -> None:
    assert cli("breach", "add", "--kind", "wrong_recipient", "--discovered",
               "2026-11-23T10:00").code == 0
    before = cli("breach", "show", "1", "--json").json()
    early = cli("breach", "informed", "1", "--at", "2026-11-23T09:00")
    assert early.code == 1 and "before the breach was found" in early.err
    unknown = cli("breach", "informed", "9")
    assert unknown.code == 1 and "no breach 9 in the register" in unknown.err
    undecided = cli("breach", "decide", "9", "--ap", "notified", "--reason", "x")
    assert undecided.code == 1 and "no breach 9" in undecided.err
    assert cli("breach", "show", "1", "--json").json() == before
