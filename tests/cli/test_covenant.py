"""Issue 12.3: the covenant a database runs under is kept inside the encrypted database.

Reproduced: an office's own profile was re-read from its TOML file at every start — editing it
(contact term 5 -> 60) silently moved every deadline, deleting it made every command exit 70,
and a file whose `id` is `haarlem` was replaced by the built-in one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import AuditEntry
from app.services.keys import DatabaseKey
from app.services.rules.profile import covenants_dir
from app.services.store import open_store, set_setting
from tests.helpers import cli, signal_csv, signal_row

TODAY = "2026-11-23"
HAARLEM = (covenants_dir() / "haarlem.toml").read_text(encoding="utf-8")
CONTACT = 'id = "contact"\nlabel = "Contact met de huurder"\nlength = 5\n'


def _own(tmp_path: Path, *, contact: int = 5, profile_id: str = "eigen") -> Path:
    assert CONTACT in HAARLEM
    text = HAARLEM.replace('id = "haarlem"', f'id = "{profile_id}"', 1).replace(
        CONTACT, CONTACT.replace("length = 5", f"length = {contact}"), 1
    )
    path = tmp_path / "eigen-convenant.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _office(tmp_path: Path, profile: Path) -> None:
    assert cli("init", "--profile", profile, "--key-mode", "passphrase").code == 0
    rows = tmp_path / "meldingen.csv"
    rows.write_bytes(signal_csv(signal_row(referentie="C-1", melddatum="16-11-2026")))
    assert cli("import", rows, "--today", TODAY).code == 0


def _contact_due(case_id: int = 1) -> str:
    detail = cli("case", case_id, "--json", "--today", TODAY).json()
    return next(d["due"] for d in detail["deadlines"] if d["id"] == "contact")


def test_editing_or_removing_the_file_changes_nothing(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    profile = _own(tmp_path)
    _office(tmp_path, profile)
    assert _contact_due() == "2026-11-23"  # 5 working days from Monday 16 November
    profile.write_text(_own(tmp_path, contact=60).read_text(encoding="utf-8"), encoding="utf-8")
    assert _contact_due() == "2026-11-23"  # the edit did not move the deadline
    profile.unlink()
    run = cli("inbox", "--today", TODAY)
    assert run.code == 0, run.err  # and the office works without the file
    shown = cli("covenant", "show")
    assert shown.code == 0 and "eigen-convenant.toml" in shown.out


def test_an_own_file_with_the_id_haarlem_is_not_replaced_by_the_built_in_one(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    _office(tmp_path, _own(tmp_path, contact=7, profile_id="haarlem"))
    assert _contact_due() == "2026-11-25"  # its own 7 working days, not the built-in 5


def test_changing_the_covenant_shows_what_changes_then_is_audited_and_recomputes(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    _office(tmp_path, _own(tmp_path))
    (tmp_path / "nieuw").mkdir()
    longer = _own(tmp_path / "nieuw", contact=10)
    preview = cli("covenant", "update", longer)
    assert preview.code == 0
    assert "term contact: Contact met de huurder: 5 working_days" in preview.out
    assert "-> Contact met de huurder: 10 working_days" in preview.out
    assert "Nothing was changed. Run again with --yes" in preview.out
    assert _contact_due() == "2026-11-23"
    applied = cli("covenant", "update", longer, "--yes")
    assert applied.code == 0 and "every case was recomputed" in applied.out
    assert _contact_due() == "2026-11-30"  # 10 working days from 16 November
    store = open_store(db_path, DatabaseKey(passphrase=passphrase_env))
    with store.session() as session:
        audited = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.object_type == "covenant")
        ).all()
    store.close()
    assert audited == ["1 change(s); from eigen-convenant.toml"]
    again = cli("covenant", "update", longer, "--yes")
    assert "changes nothing" in again.out


def test_an_older_database_takes_its_file_in_once(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    profile = _own(tmp_path)
    _office(tmp_path, profile)
    store = open_store(db_path, DatabaseKey(passphrase=passphrase_env))
    with store.transaction() as session:  # as a database made before this change
        set_setting(session, "profile", str(profile.resolve()))
        set_setting(session, "profile_text", "")
    store.close()
    run = cli("inbox", "--today", TODAY)
    assert run.code == 0 and "now kept inside the database" in run.err
    profile.unlink()
    assert cli("inbox", "--today", TODAY).code == 0


def test_an_older_database_whose_file_is_gone_says_so(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    profile = _own(tmp_path)
    _office(tmp_path, profile)
    store = open_store(db_path, DatabaseKey(passphrase=passphrase_env))
    with store.transaction() as session:
        set_setting(session, "profile", str(profile.resolve()))
    store.close()
    profile.unlink()
    run = cli("inbox", "--today", TODAY)
    assert run.code == 1
    assert "The covenant profile this database was set up with cannot be read" in run.err
    assert "vangnet covenant update FILE --yes" in run.err and "Unexpected" not in run.err
    # and that is the way out
    (tmp_path / "x").mkdir()
    chosen = cli("covenant", "update", _own(tmp_path / "x"), "--yes")
    assert chosen.code == 0, chosen.err
    assert cli("inbox", "--today", TODAY).code == 0
