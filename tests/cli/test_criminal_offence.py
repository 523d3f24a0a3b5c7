"""Issue 14.6: the import sees criminal-offence evictions and refuses them as the window does.

Haarlem H 1.3: the covenant does not cover a (threatened) eviction that comes solely from a
criminal offence (fraud, cannabis growing, overcrowding). The corporation marks such a row with
``strafbaar_feit = ja`` (docs/formats/signal-csv.md).
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_minimisation import _all_text
from tests.helpers import HEADER, cli

TODAY = "2026-11-23"


def _file(tmp_path: Path) -> Path:
    from tests.helpers import signal_row

    header = HEADER + ";strafbaar_feit"
    rows = [
        signal_row(referentie="OK-1", naam="Gewone Melding") + ";nee",
        signal_row(referentie="H13-1", naam="Hennep Kweker") + ";ja",
    ]
    path = tmp_path / "meldingen.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


def test_a_marked_row_is_refused_and_the_file_changes_nothing(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    run = cli("import", _file(tmp_path), "--today", TODAY)
    assert run.code == 1
    assert "row 3, column strafbaar_feit: outside the covenant (H 1.3)" in run.err
    assert "Hennep" not in _all_text(db_path, passphrase_env)


def test_with_partial_the_rest_is_taken_and_the_refusal_is_on_record(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    run = cli("import", _file(tmp_path), "--today", TODAY, "--partial")
    assert run.code == 0, run.err
    stored = _all_text(db_path, passphrase_env)
    assert "Gewone Melding" in stored
    assert "Hennep" not in stored and "H13-1" not in stored
    assert "intake_refused" in stored and "reason=H 1.3" in stored
