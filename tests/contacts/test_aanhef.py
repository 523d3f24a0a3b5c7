"""The contact list's ``aanhef`` column (issue 16.6): read from CSV and workbook alike, kept in
each version, handed to letters, checked like every other column, and a change is a change."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.contacts.contact_file import parse_contact_list
from app.services.contacts.directory import corporation_contact
from app.services.contacts.sync import sync_folder
from app.services.letters.addressing import as_contact
from app.services.letters.common import organisation_addressee
from app.services.store import Store
from tests.conftest import TEST_DAY
from tests.contacts.helpers import (
    base_rows,
    contact_csv,
    contact_tables,
    contact_xlsx,
    write_list,
)

C_WITHOUT = [
    "organisatie",
    "code",
    "rol",
    "naam",
    "functie",
    "telefoon",
    "email",
    "wijk",
    "geldig_vanaf",
]


def _rows(aanhef: str) -> list[dict[str, str]]:
    rows = base_rows()
    rows[1]["aanhef"] = aanhef  # Linda Groen of Ymere
    return rows


def _sync(store: Store, share: Path) -> str:
    result = sync_folder(store, share, settle_seconds=0, pause=lambda _s: None)
    return result.outcome


def _greeting(store: Store) -> str:
    with store.session() as session:
        person = corporation_contact(session, "YMERE", "Ymere", today=TEST_DAY)
    contact = as_contact(person)
    assert contact is not None
    return organisation_addressee(contact, "corporatie", "Geachte").salutation


def test_a_csv_list_with_aanhef_reaches_the_letter(store: Store, share: Path) -> None:
    write_list(share, contact_csv(_rows("mevrouw")))
    assert _sync(store, share) == "applied"
    assert _greeting(store) == "Geachte mevrouw Groen,"


def test_a_workbook_with_aanhef_reaches_the_letter(store: Store, share: Path) -> None:
    rows = [[row.get(c, "") for c in (*C_WITHOUT, "aanhef")] for row in _rows("mevr.")]
    write_list(share, contact_xlsx(rows), "contactlijst.xlsx")
    assert _sync(store, share) == "applied"
    assert _greeting(store) == "Geachte mevrouw Groen,"


def test_a_list_without_the_column_is_still_taken_and_greets_neutrally(
    store: Store, share: Path
) -> None:
    write_list(share, contact_csv(base_rows(), columns=C_WITHOUT))
    assert _sync(store, share) == "applied"
    assert _greeting(store) == "Geachte heer/mevrouw,"


def test_a_new_aanhef_is_a_change_in_a_new_version(store: Store, share: Path) -> None:
    write_list(share, contact_csv(base_rows(), columns=C_WITHOUT))
    assert _sync(store, share) == "applied"
    write_list(share, contact_csv(_rows("Geachte mevrouw Groen")))
    result = sync_folder(store, share, settle_seconds=0, pause=lambda _s: None)
    assert result.outcome == "applied"
    assert result.changes is not None
    assert [(c.after.name, c.columns) for c in result.changes.changed] == [
        ("Linda Groen", ("aanhef",))
    ]
    assert _greeting(store) == "Geachte mevrouw Groen,"


@pytest.mark.parametrize("name", ["contactlijst.csv", "contactlijst.xlsx"])
def test_an_aanhef_that_is_no_salutation_is_refused_and_nothing_changes(
    store: Store, share: Path, name: str
) -> None:
    write_list(share, contact_csv(_rows("mevrouw")))
    assert _sync(store, share) == "applied"
    before = contact_tables(store)
    (share / "contactlijst.csv").unlink()
    rows = _rows("Beste Linda")
    if name.endswith(".xlsx"):
        data = contact_xlsx([[row.get(c, "") for c in (*C_WITHOUT, "aanhef")] for row in rows])
    else:
        data = contact_csv(rows)
    write_list(share, data, name)
    parsed = parse_contact_list(data, name)
    assert [(e.row, e.column) for e in parsed.errors] == [(3, "aanhef")]
    assert "Geachte mevrouw Groen" in parsed.errors[0].message
    assert _sync(store, share) == "rejected"
    assert contact_tables(store) == before
    assert _greeting(store) == "Geachte mevrouw Groen,"
