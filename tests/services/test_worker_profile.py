"""The worker's own details (app.services.worker_profile): kept in the encrypted database per
login, checked like every other phone number and e-mail address, refused in English and Dutch
without changing anything, audited without the values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Setting
from app.services import worker_profile
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from app.services.worker_profile import (
    NAME_MAX,
    ProfileRefused,
    WorkerProfile,
    display_name,
    display_names,
    remove_profile,
    set_profile,
)
from app.services.worker_profile import (
    load_profile as load_worker,
)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    made = initialise(db_path, DatabaseKey(passphrase="profile test"), load_profile("haarlem"), "X")
    yield made
    made.close()


def _settings(store: Store) -> dict[str, str]:
    with store.session() as session:
        return {s.key: s.value for s in session.scalars(select(Setting))}


def test_a_profile_is_kept_per_login_inside_the_database(store: Store) -> None:
    with store.transaction() as session:
        assert load_worker(session, "mdeboer") is None
        saved = set_profile(
            session,
            login="mdeboer",
            name="  Marieke   de Boer ",
            phone="023 511 1234",
            email="m.deboer@haarlem.example",
            function="consulent",
        )
    assert saved == WorkerProfile(
        "mdeboer", "Marieke de Boer", "023 511 1234", "m.deboer@haarlem.example", "consulent"
    )
    with store.session() as session:
        assert load_worker(session, "mdeboer") == saved
        assert load_worker(session, "someone_else") is None
        # the login at the keyboard (VANGNET_USER=tester in the tests) has none
        assert load_worker(session) is None
    assert "worker_profile:mdeboer" in _settings(store)


def test_the_default_login_is_the_worker_at_the_keyboard(store: Store) -> None:
    with store.transaction() as session:
        set_profile(session, name="Tess Tester", email="t@haarlem.example")
    with store.session() as session:
        found = load_worker(session)
        assert found is not None and (found.login, found.name) == ("tester", "Tess Tester")


def test_a_part_not_given_stays_and_an_empty_one_is_cleared(store: Store) -> None:
    with store.transaction() as session:
        set_profile(session, login="a", name="Ann", phone="0235111234", email="a@b.example")
        kept = set_profile(session, login="a", email="ann@b.example")
        assert (kept.name, kept.phone, kept.email) == ("Ann", "0235111234", "ann@b.example")
        cleared = set_profile(session, login="a", phone="")
        assert (cleared.phone, cleared.email) == ("", "ann@b.example")


@pytest.mark.parametrize(
    ("given", "field", "english", "dutch"),
    [
        ({"name": "", "phone": "0235111234"}, "name", "the name is empty", "Uw naam is leeg"),
        (
            {"name": "X" * (NAME_MAX + 1), "phone": "0235111234"},
            "name",
            f"longer than {NAME_MAX} characters",
            f"langer dan {NAME_MAX} tekens",
        ),
        (
            {"name": "Ann", "phone": "023-51O"},
            "phone",
            "phone: not a phone number (contains letters)",
            "Uw telefoonnummer:",
        ),
        (
            {"name": "Ann", "email": "ann(at)haarlem"},
            "email",
            "e-mail: not an e-mail address",
            "Uw e-mailadres:",
        ),
        (
            {"name": "Ann", "phone": ""},  # the phone was the only way to reach Ann
            "phone",
            "give a phone number or an e-mail address",
            "Vul een telefoonnummer of een e-mailadres in",
        ),
    ],
)
def test_bad_input_is_refused_in_english_and_dutch_and_changes_nothing(
    store: Store, given: dict[str, str], field: str, english: str, dutch: str
) -> None:
    with store.transaction() as session:
        set_profile(session, login="ann", name="Ann Old", phone="0235111234")
    before = _settings(store)
    with store.session() as session:
        audits = len(list(session.scalars(select(AuditEntry))))
    with pytest.raises(ProfileRefused) as refused, store.transaction() as session:
        set_profile(session, login="ann", **given)
    assert field in refused.value.fields
    assert english in str(refused.value)
    assert dutch in refused.value.dutch()
    assert "not a" not in refused.value.dutch()  # the Dutch has no English left in it
    assert _settings(store) == before
    with store.session() as session:
        assert len(list(session.scalars(select(AuditEntry)))) == audits
        assert load_worker(session, "ann") == WorkerProfile("ann", "Ann Old", "0235111234")


def test_every_problem_is_named_at_once(store: Store) -> None:
    with pytest.raises(ProfileRefused) as refused, store.transaction() as session:
        set_profile(session, login="b", name="", phone="12", email="nope")
    assert set(refused.value.fields) == {"name", "phone", "email"}
    assert len(refused.value.dutch().splitlines()) == 3


def test_a_change_is_audited_with_the_parts_never_the_values(store: Store) -> None:
    with store.transaction() as session:
        set_profile(session, login="c", name="Cor Claassen", phone="0235111234", actor="c")
        set_profile(session, login="c", name="Cor Claassen", phone="0235111234")  # no change
        set_profile(session, login="c", email="cor@haarlem.example")
    with store.session() as session:
        rows = list(
            session.scalars(select(AuditEntry).where(AuditEntry.object_type == "worker_profile"))
        )
    assert [(r.action, r.object_id, r.detail) for r in rows] == [
        ("change", "c", "name,phone"),
        ("change", "c", "email"),
    ]
    text = " ".join(f"{r.detail} {r.object_id}" for r in rows)
    assert "Claassen" not in text and "511" not in text and "cor@" not in text


def test_display_names_fall_back_to_the_login(store: Store) -> None:
    with store.transaction() as session:
        set_profile(session, login="mdeboer", name="Marieke de Boer", phone="0235111234")
    with store.session() as session:
        assert display_names(session, ["mdeboer", "root", ""]) == {
            "mdeboer": "Marieke de Boer",
            "root": "root",
        }
        assert display_name(session, "root") == "root"


def test_a_very_long_login_still_gets_its_own_profile(store: Store) -> None:
    long_login = "DOMAIN\\" + "x" * 90
    with store.transaction() as session:
        set_profile(session, login=long_login, name="Lang", phone="0235111234")
        set_profile(session, login=long_login + "y", name="Ander", phone="0235111234")
    with store.session() as session:
        assert display_names(session, [long_login, long_login + "y"]) == {
            long_login: "Lang",
            long_login + "y": "Ander",
        }
    assert all(len(key) <= 64 for key in _settings(store))


def test_removing_a_profile(store: Store) -> None:
    with store.transaction() as session:
        set_profile(session, login="d", name="Dirk", phone="0235111234")
        assert remove_profile(session, "d") is True
        assert remove_profile(session, "d") is False
    with store.session() as session:
        assert worker_profile.load_profile(session, "d") is None
