"""Nothing personal is readable in the database file or its -wal/-shm, at any moment."""

from __future__ import annotations

from pathlib import Path

from app.services.keys import DatabaseKey
from app.services.store import open_store, sidecar_paths
from tests.helpers import cli, signal_csv, signal_row

SECRETS = [
    b"Wilhelmina Zwanenburg",
    b"Kromhoutstraat",
    b"2034 XQ",
    b"ZW-778899",
    b"schuldenproblematiek na scheiding",
    b"0623456789",
]


def _scan(db: Path) -> list[str]:
    found = []
    for p in [db, *sidecar_paths(db)]:
        if not p.exists():
            continue
        data = p.read_bytes()
        for secret in SECRETS:
            for variant in (secret, secret.decode().encode("utf-16-le")):
                if variant in data:
                    found.append(f"{p.name}: {secret!r}")
    return found


def test_imported_personal_data_is_not_in_plaintext(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(
        signal_csv(
            signal_row(
                naam="Wilhelmina Zwanenburg",
                straat="Kromhoutstraat",
                postcode="2034XQ",
                referentie="ZW-778899",
                telefoon="06-23456789",
                # the corporation's free text is not kept at all (B2 step 1, issue 14)
                notitie="schuldenproblematiek na scheiding",
            )
        )
    )
    # another Vangnet keeps the database open, so the WAL stays after the import's command ends
    # (the last connection to close checkpoints it away)
    other = open_store(db_path, DatabaseKey(passphrase=passphrase_env))
    other.setting("office_name")
    assert cli("import", f, "--today", "2026-11-23").code == 0
    # while the WAL still holds the pages (no checkpoint yet)
    assert any(p.exists() for p in sidecar_paths(db_path))
    assert _scan(db_path) == []
    other.close()
    # the data really is there: the case view shows it
    detail = cli("case", "1", "--json", "--today", "2026-11-23").json()
    assert detail["naam"] == "Wilhelmina Zwanenburg"
    assert detail["telefoon"] == "0623456789" and detail["internal_notes"] == []
    assert _scan(db_path) == []
    backup = tmp_path / "backup.db"
    assert cli("backup", backup).code == 0
    assert _scan(backup) == []


def test_audit_trail_holds_no_personal_data(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    f = tmp_path / "in.csv"
    f.write_bytes(signal_csv(signal_row(naam="Wilhelmina Zwanenburg", referentie="ZW-778899")))
    assert cli("import", f, "--today", "2026-11-23").code == 0
    assert (
        cli("event", "1", "feedback_sent", "--on", "2026-11-05", "--today", "2026-11-23").code == 0
    )
    audit = cli("audit", "--json")
    assert audit.code == 0
    text = audit.out
    assert "import" in text and "case_event" in text
    for secret in ("Wilhelmina", "Zwanenburg", "ZW-778899", "Amsterdamstraat", "2032 PK"):
        assert secret not in text
