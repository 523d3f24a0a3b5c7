"""Issue 14.3: only what the covenant lists is stored (B2 step 1).

Haarlem B2 step 1: "naam; adres; telefoonnummer; geboortedatum; aantal geregistreerde bewoners;
datum waarop de achterstand is ontstaan; periode van de achterstand" — and, at the top of the
appendix, only the data that are necessary may be processed. The profile declares every other
column it keeps, with the reason; the import drops the rest and says which.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from app.services.rules.profile import load_profile
from app.services.rules.vocabulary import OPTIONAL_SIGNAL_FIELDS
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"
SECRET_NOTE = "vertrouwelijk medisch: opgenomen geweest"
SECRET_MAIL = "sanne.hoekstra@prive-mail.example"


def _all_text(db: Path, passphrase: str) -> str:
    """Every value in every table, read with a plain SQLCipher client (not through Vangnet)."""
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        cells: list[str] = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                cells.extend(str(v) for v in row if v is not None)
    finally:
        conn.close()
    return "\n".join(cells)


def test_every_optional_column_is_declared_with_a_reason() -> None:
    for name in ("haarlem", "amsterdam"):
        profile = load_profile(name)
        for column, why in profile.signal_fields:
            assert column in OPTIONAL_SIGNAL_FIELDS and len(why) > 10, (name, column)
        # neither covenant keeps the corporation's free text or an e-mail address
        assert not profile.stores("notitie") and not profile.stores("email")


def test_the_import_drops_undeclared_columns_and_names_them(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(
        signal_csv(
            signal_row(referentie="MIN-1", notitie=SECRET_NOTE, email=SECRET_MAIL),
            signal_row(referentie="MIN-2"),
        )
    )
    run = cli("import", rows, "--today", TODAY)
    assert run.code == 0, run.err
    said = run.out + run.err
    assert "email, notitie" in said and "dropped" in said
    stored = _all_text(db_path, passphrase_env)
    assert "Sanne Hoekstra" in stored  # the plain client does read the database
    assert "vertrouwelijk" not in stored and "medisch" not in stored
    assert "prive-mail" not in stored


def test_without_undeclared_values_there_is_no_warning(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(signal_csv(signal_row(referentie="MIN-3")))
    run = cli("import", rows, "--today", TODAY)
    assert run.code == 0, run.err
    assert "dropped" not in run.out + run.err


def test_a_column_that_is_not_kept_is_not_checked_either(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    """What the covenant does not let the office keep is not read: a malformed e-mail address
    cannot refuse a signal, and a malformed kept value still does."""
    assert cli("init", "--office", "Sociaal Wijkteam Schalkwijk").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(signal_csv(signal_row(referentie="MIN-4", email="geen adres @ ymere")))
    run = cli("import", rows, "--today", TODAY)
    assert run.code == 0, run.err
    said = run.out + run.err
    assert "imported 1 signal(s)" in said, said
    assert "column(s) email" in said and "dropped" in said
    assert "geen adres" not in _all_text(db_path, passphrase_env)
    kept = tmp_path / "telefoon.csv"
    kept.write_bytes(signal_csv(signal_row(referentie="MIN-5", telefoon="bel maar")))
    refused = cli("import", kept, "--today", TODAY)
    assert refused.code != 0 and "telefoon" in refused.out + refused.err
