"""H 2.3 and H 3.9 from the command line: calling in the troubleshooter without an eviction date
(with a reason), and recording who reported a broken payment agreement."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"


def _office(tmp_path: Path) -> None:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(signal_csv(signal_row(referentie="STUCK", melddatum="09-11-2026")))
    assert cli("import", rows, "--today", TODAY).code == 0


def test_the_troubleshooter_is_called_in_with_a_reason(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    """H 2.3 b: "Stagneren van de voortgang [...] waardoor het risico ontstaat van
    huisuitzetting"."""
    _office(tmp_path)
    refused = cli("event", "1", "handover", "--to", "troubleshooter", "--today", TODAY)
    assert refused.code != 0
    assert "--reason stagnatie, H 2.3b" in refused.err and "Traceback" not in refused.err
    empty = cli("troubleshooter", "--json", "--today", TODAY)
    assert json.loads(empty.out) == []  # nothing was recorded
    taken = cli(
        "event", "1", "handover", "--to", "troubleshooter", "--reason", "stagnatie",
        "--today", TODAY,
    )  # fmt: skip
    assert taken.code == 0, taken.err
    listed = json.loads(cli("troubleshooter", "--json", "--today", TODAY).out)
    assert [(r["referentie"], r["ontruimingsdatum"]) for r in listed] == [("STUCK", None)]
    assert listed[0]["ingeschakeld"] == {"datum": TODAY, "reden": "stagnatie"}
    text = cli("troubleshooter", "--today", TODAY).out
    assert "no eviction date; called in 2026-11-23: stuck (H 2.3b)" in text


def test_a_broken_agreement_reported_by_the_corporation(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    _office(tmp_path)
    run = cli("event", "1", "arrangement_broken", "--by-corporation", "--today", TODAY)
    assert run.code == 0, run.err
    shown = json.loads(cli("case", "1", "--json", "--today", TODAY).out)
    assert shown["events"][0]["detail"] == {"by_corporation": True}
    assert shown["betaalafspraak_niet_gemeld"] is None
