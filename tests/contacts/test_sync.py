"""Applying the list: versions, changes, rollback, e-mail confirmation, audit and atomicity."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, ContactListVersion
from app.services.contacts import sync as sync_module
from app.services.contacts import versions
from app.services.contacts.directory import all_contacts, corporation_contact
from app.services.contacts.sync import sync_folder, sync_status
from app.services.contacts.versions import (
    ContactsProblem,
    confirm_emails,
    history,
    pending_emails,
    rollback,
    version_changes,
)
from app.services.store import Store
from tests.contacts.helpers import (
    SAMPLE,
    SAMPLE_PERSONAL,
    base_rows,
    contact_csv,
    contact_row,
    contact_tables,
    write_list,
)

NOW = datetime(2026, 11, 23, 9, 30)


def sync(store: Store, share: Path, rows: list[dict[str, str]] | None = None, **kw: object):  # type: ignore[no-untyped-def]
    if rows is not None:
        write_list(share, contact_csv(rows))
    return sync_folder(store, share, settle_seconds=0, now=lambda: NOW, actor="tester", **kw)  # type: ignore[arg-type]


def audits(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_first_sync_applies_and_records_everything(store: Store, share: Path) -> None:
    write_list(share, SAMPLE.read_bytes())
    result = sync(store, share)
    assert (result.outcome, result.version, result.previous_version) == ("applied", 1, None)
    assert result.changes is not None and result.changes.counts() == {
        "added": 8,
        "removed": 0,
        "changed": 0,
        "email_changes": 0,
    }
    assert result.pending == []  # the very first list is trusted as a whole
    with store.session() as session:
        status = sync_status(session)
        info = history(session)[0]
    assert (status.last_synced, status.last_outcome, status.current_version) == (
        NOW,
        "applied",
        1,
    )
    assert (info.actor, info.source, info.file_name, info.row_count) == (
        "tester",
        "sync",
        "contactlijst.csv",
        8,
    )
    assert info.file_hash == result.file_hash and len(info.file_hash or "") == 64
    entry = audits(store)[-1]
    assert (entry.action, entry.object_type, entry.object_id, entry.result) == (
        "contacts_sync",
        "contact_list",
        "1",
        "applied",
    )
    assert "added=8" in entry.detail and "rows=8" in entry.detail


def test_same_file_again_is_unchanged_and_audited(store: Store, share: Path) -> None:
    sync(store, share, base_rows())
    result = sync(store, share)
    assert (result.outcome, result.version, result.changes) == ("unchanged", 1, None)
    resaved = contact_csv(base_rows(), delimiter=",", encoding="utf-8")  # other bytes, same rows
    write_list(share, resaved)
    assert sync(store, share).outcome == "unchanged"
    assert [a.result for a in audits(store) if a.action == "contacts_sync"] == [
        "applied",
        "unchanged",
        "unchanged",
    ]
    with store.session() as session:
        assert len(history(session)) == 1


def test_changes_are_added_removed_and_changed_with_email_highlighted(
    store: Store, share: Path
) -> None:
    rows = base_rows()
    sync(store, share, rows)
    rows[0]["email"] = "incasso@elan.example"  # e-mail changed
    rows[1]["telefoon"] = "088 000 0001"  # phone changed
    rows[2]["telefoon"] = "023 511 1111"  # only the spelling of the same number: no change
    del rows[3]  # removed
    rows.append(
        contact_row(
            organisatie="Pré Wonen",
            code="PRE",
            naam="Youssef Amrani",
            email="y.amrani@prewonen.example",
        )
    )  # added
    result = sync(store, share, rows)
    assert result.outcome == "applied" and result.changes is not None
    changes = result.changes
    assert [r.name for r in changes.added] == ["Youssef Amrani"]
    assert [r.name for r in changes.removed] == ["Nadia El Amrani"]
    assert [(c.after.name, c.columns, c.email_changed) for c in changes.changed] == [
        ("Karin Vermeulen", ("email",), True),
        ("Linda Groen", ("telefoon",), False),
    ]
    with store.session() as session:
        again = version_changes(session, 2)
        first = version_changes(session, 1)
    assert again.counts() == changes.counts()
    assert first.counts()["added"] == 6


def test_changed_email_is_not_used_for_letters_until_confirmed(store: Store, share: Path) -> None:
    rows = base_rows()
    sync(store, share, rows)
    rows[0]["email"] = "iemand@elders.example"
    result = sync(store, share, rows)
    assert [(p.name, p.email, p.previous_email, p.new_contact) for p in result.pending] == [
        ("Karin Vermeulen", "iemand@elders.example", "k.vermeulen@elan.example", False)
    ]
    with store.session() as session:
        person = corporation_contact(session, "ELAN", "Elan Wonen")
    assert person is not None
    assert (person.email, person.email_awaits_confirmation) == (None, True)
    assert person.phone == "023-5150000"  # the rest of the contact is usable

    with store.transaction() as session:
        done = confirm_emails(session, [result.pending[0].entry_id], actor="tester", now=NOW)
    assert done == [result.pending[0].entry_id]
    with store.session() as session:
        person = corporation_contact(session, "elan", "")
        assert pending_emails(session) == []
    assert person is not None
    assert (person.email, person.email_awaits_confirmation) == ("iemand@elders.example", False)
    entry = audits(store)[-1]
    assert (entry.action, entry.object_type, entry.object_id) == (
        "contacts_confirm_email",
        "contact_entry",
        str(done[0]),
    )


def test_which_addresses_wait(store: Store, share: Path) -> None:
    rows = base_rows()
    sync(store, share, rows)
    rows.append(contact_row(naam="Nieuwe Collega", email="incasso@elan.example"))  # new address
    rows.append(contact_row(naam="Tweede Collega"))  # the org's confirmed address: fine
    rows.append(contact_row(organisatie="Pré Wonen", naam="Youssef", email="y@pre.example"))
    rows.append(contact_row(naam="Alleen Telefoon", email=""))
    result = sync(store, share, rows)
    assert [(p.name, p.new_contact) for p in result.pending] == [
        ("Nieuwe Collega", True),
        ("Youssef", True),
    ]
    with pytest.raises(ContactsProblem), store.transaction() as session:
        confirm_emails(session, [99999], actor="tester", now=NOW)
    # the sync option confirms them all, as the CLI's --confirm-email-changes does
    result = sync(store, share, confirm_email_changes=True)
    assert result.outcome == "unchanged"
    assert len(result.confirmed) == 2 and result.pending == []


def test_a_pending_address_stays_pending_in_later_versions(store: Store, share: Path) -> None:
    rows = base_rows()
    sync(store, share, rows)
    rows[0]["email"] = "iemand@elders.example"
    sync(store, share, rows)
    rows[1]["functie"] = "teamleider incasso"
    result = sync(store, share, rows)
    assert result.version == 3
    assert [p.email for p in result.pending] == ["iemand@elders.example"]


def test_rollback_makes_an_earlier_version_current_as_a_new_version(
    store: Store, share: Path
) -> None:
    rows = base_rows()
    sync(store, share, rows)
    tampered = [dict(r) for r in rows]
    tampered[0]["email"] = "iemand@elders.example"
    del tampered[4]
    sync(store, share, tampered)
    with store.transaction() as session:
        version = rollback(session, 1, actor="tester", now=NOW)
        assert (version.id, version.source, version.restored_from) == (3, "rollback", 1)
    with store.session() as session:
        people = all_contacts(session)
        assert pending_emails(session) == []
        info = history(session)
    assert len(people) == 6 and people[0].email == "k.vermeulen@elan.example"
    assert [(v.id, v.source, v.current) for v in info] == [
        (3, "rollback", True),
        (2, "sync", False),
        (1, "sync", False),
    ]
    assert (info[0].added, info[0].changed, info[0].file_hash) == (1, 1, info[2].file_hash)
    entry = audits(store)[-1]
    assert (entry.action, entry.object_id) == ("contacts_rollback", "3")
    assert "restored_version=1" in entry.detail and "replaced_version=2" in entry.detail

    # the folder still holds the tampered file: it does not come straight back ...
    result = sync(store, share)
    assert (result.outcome, result.version) == ("unchanged", 3)
    # ... until the adviser saves a new file
    tampered[1]["functie"] = "klantadviseur"
    assert sync(store, share, tampered).outcome == "applied"

    with pytest.raises(ContactsProblem, match="current version already"), store.transaction() as s:
        rollback(s, 4, actor="tester", now=NOW)
    with (
        pytest.raises(ContactsProblem, match="no contact-list version 9"),
        store.transaction() as s,
    ):
        rollback(s, 9, actor="tester", now=NOW)


def test_apply_is_atomic(store: Store, share: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sync(store, share, base_rows())
    before = contact_tables(store)
    with store.session() as session:
        status = sync_status(session)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(versions, "insert_rows", broken)
    with pytest.raises(OSError):
        sync(store, share, base_rows()[:2])
    assert contact_tables(store) == before
    with store.session() as session:
        assert sync_status(session) == status


def test_rejected_file_keeps_the_list_and_records_the_attempt(store: Store, share: Path) -> None:
    sync(store, share, base_rows())
    before = contact_tables(store)
    result = sync(store, share, [*base_rows(), contact_row(rol="baas", naam="X")])
    assert (result.outcome, result.version) == ("rejected", 1)
    assert contact_tables(store) == before
    with store.session() as session:
        status = sync_status(session)
    assert (status.last_outcome, status.current_version) == ("rejected", 1)
    entry = audits(store)[-1]
    assert (entry.result, entry.object_id) == ("rejected", "1")
    assert "problems=1" in entry.detail


def test_the_audit_trail_holds_no_personal_data(store: Store, share: Path) -> None:
    write_list(share, SAMPLE.read_bytes())
    first = sync(store, share)
    data = SAMPLE.read_bytes().replace(b"k.vermeulen@elan.example", b"karin@elan.example")
    write_list(share, data)
    second = sync(store, share)
    with store.transaction() as session:
        confirm_emails(session, None, actor="tester", now=NOW)
        rollback(session, 1, actor="tester", now=NOW)
    write_list(share, data.replace(b"corporatie", b"Corporatie?", 1))
    assert sync(store, share).outcome == "rejected"
    (share / "contactlijst.csv").unlink()
    assert sync(store, share).outcome == "missing"
    assert first.outcome == second.outcome == "applied"
    text = " ".join(
        f"{a.actor} {a.action} {a.object_type} {a.object_id} {a.result} {a.detail}"
        for a in audits(store)
    ).casefold()
    for personal in [*SAMPLE_PERSONAL, "karin@elan.example", "elan", "ymere", "schalkwijk"]:
        assert personal.casefold() not in text, personal


def test_a_new_version_id_per_apply(store: Store, share: Path) -> None:
    rows = base_rows()
    for n in range(3):
        rows[0]["functie"] = f"functie {n}"
        assert sync(store, share, rows).version == n + 1
    with store.session() as session:
        count = len(list(session.scalars(select(ContactListVersion))))
    assert count == 3


def test_status_without_any_sync(store: Store) -> None:
    with store.session() as session:
        status = sync_status(session)
    assert status == sync_module.SyncStatus(None, None, None, None, None, 0)
