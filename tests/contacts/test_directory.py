"""Looking contacts up for letters and the case view, and the wijk postcode ranges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.contacts.directory import (
    ContactPerson,
    all_contacts,
    corporation_contact,
    organisations,
    sdv_contact,
    troubleshooter_contact,
    wijkteam_contact,
)
from app.services.contacts.sync import sync_folder
from app.services.contacts.wijken import (
    parse_ranges,
    parse_wijk_ranges,
    set_wijk_ranges,
    wijk_for_postcode,
)
from app.services.intake.problems import ValueProblem
from app.services.store import Store
from tests.contacts.helpers import (
    SAMPLE,
    base_rows,
    contact_csv,
    contact_row,
    write_list,
)

TODAY = date(2026, 11, 23)


@pytest.fixture
def synced(store: Store, share: Path) -> Store:
    write_list(share, SAMPLE.read_bytes())
    assert sync_folder(store, share, settle_seconds=0).outcome == "applied"
    with store.transaction() as session:
        set_wijk_ranges(session, "Schalkwijk", "2031-2037")
        set_wijk_ranges(session, "Noord", "2021-2025,2030")
    return store


def test_no_list_yet(store: Store) -> None:
    with store.session() as session:
        assert all_contacts(session) == []
        assert corporation_contact(session, "ELAN", "Elan Wonen") is None
        assert wijkteam_contact(session, "2032 PK") is None
        assert troubleshooter_contact(session) is None
        assert sdv_contact(session) is None
        assert organisations(session) == []


def test_corporation_by_code_or_name_in_any_case(synced: Store) -> None:
    with synced.session() as session:
        by_code = corporation_contact(session, "elan", "Onbekende naam")
        by_name = corporation_contact(session, "", "PRÉ WONEN")
        assert corporation_contact(session, "SDV", "Schulddienstverlening") is None  # not a corp
    assert by_code == ContactPerson(
        organisation="Elan Wonen",
        code="ELAN",
        role="corporatie",
        name="Karin Vermeulen",
        function="medewerker incasso",
        phone="023-5150000",
        email="k.vermeulen@elan.example",
        wijk=None,
        email_awaits_confirmation=False,
        entry_id=by_code.entry_id if by_code else None,
        valid_from=date(2026, 1, 1),
    )
    assert by_name is not None and by_name.name == "Youssef Amrani"


@pytest.mark.parametrize(
    ("postcode", "name"),
    [
        ("2032 PK", "Bas Kramer"),
        ("2037AB", "Bas Kramer"),
        ("2023 AA", "Nadia El Amrani"),
        ("2030 XX", "Nadia El Amrani"),
        ("1011 AB", "Bas Kramer"),  # no wijk: the first wijkteam contact
        (None, "Bas Kramer"),
        ("onbekend", "Bas Kramer"),
    ],
)
def test_wijkteam_for_a_postcode(synced: Store, postcode: str | None, name: str) -> None:
    with synced.session() as session:
        person = wijkteam_contact(session, postcode)
    assert person is not None and person.name == name


def test_wijkteam_fallback_prefers_a_team_without_a_wijk(store: Store, share: Path) -> None:
    rows = base_rows()
    rows.append(
        contact_row(
            organisatie="Sociaal Wijkteam",
            rol="wijkteam",
            naam="Algemeen",
            email="swt@haarlem.example",
        )
    )
    write_list(share, contact_csv(rows))
    sync_folder(store, share, settle_seconds=0)
    with store.session() as session:
        person = wijkteam_contact(session, "1011 AB")
    assert person is not None and person.name == "Algemeen"


def test_troubleshooter_and_sdv(synced: Store) -> None:
    with synced.session() as session:
        troubleshooter = troubleshooter_contact(session)
        sdv = sdv_contact(session)
    assert troubleshooter is not None and troubleshooter.name == "Ingrid Vos"
    assert sdv is not None and sdv.email == "e.mulder@haarlem.example"


def test_a_row_that_applies_later_is_not_used_yet(store: Store, share: Path) -> None:
    rows = base_rows()
    rows.append(
        contact_row(naam="Opvolger", email="opvolger@elan.example", geldig_vanaf="01-02-2027")
    )
    rows.append(
        contact_row(
            organisatie="Gemeente Haarlem",
            rol="troubleshooter",
            naam="Later",
            geldig_vanaf="2027-03-01",
        )
    )
    write_list(share, contact_csv(rows))
    sync_folder(store, share, settle_seconds=0)
    with store.session() as session:
        now = corporation_contact(session, "ELAN", "", today=TODAY)
        later = corporation_contact(session, "ELAN", "", today=date(2027, 2, 1))
        ts_now = troubleshooter_contact(session, today=TODAY)
        ts_later = troubleshooter_contact(session, today=date(2027, 3, 1))
    assert now is not None and now.name == "Karin Vermeulen"
    assert later is not None and later.name == "Opvolger"  # the most recent start wins
    assert ts_now is not None and ts_now.name == "Ingrid Vos"
    assert ts_later is not None and ts_later.name == "Later"


def test_search_and_filters_in_sql(synced: Store) -> None:
    with synced.session() as session:
        everything = all_contacts(session)
        assert [p.name for p in everything][:2] == ["Karin Vermeulen", "Youssef Amrani"]
        assert [p.name for p in all_contacts(session, "PRÉ")] == ["Youssef Amrani"]
        assert [p.name for p in all_contacts(session, "0235111111")] == ["Bas Kramer"]
        assert [p.name for p in all_contacts(session, "haarlem vos")] == ["Ingrid Vos"]
        assert [p.name for p in all_contacts(session, "100%")] == []
        assert [p.name for p in all_contacts(session, organisation="gemeente haarlem")] == [
            "Ingrid Vos",
            "Tom Brouwer",
        ]
        assert [p.name for p in all_contacts(session, role="wijkteam")] == [
            "Bas Kramer",
            "Nadia El Amrani",
        ]
        assert all_contacts(session, "kramer", role="sdv") == []
        assert organisations(session)[:2] == ["Elan Wonen", "Gemeente Haarlem"]


def test_wijk_ranges_setting() -> None:
    assert parse_ranges("2031-2037, 2040") == [(2031, 2037), (2040, 2040)]
    assert parse_wijk_ranges("Schalkwijk=2031-2037;Noord=2021-2025") == {
        "Schalkwijk": [(2031, 2037)],
        "Noord": [(2021, 2025)],
    }
    for bad, message in [
        ("20a1", "'20a1' is not a postcode range (use four digits, e.g. 2031-2037 or 2040)"),
        ("2037-2031", "'2037-2031' runs backwards (the first number must be the lowest)"),
        ("", "no postcode range given (e.g. 2031-2037)"),
    ]:
        with pytest.raises(ValueProblem) as caught:
            parse_ranges(bad)
        assert caught.value.message == message


def test_setting_and_removing_a_wijk(store: Store) -> None:
    with store.transaction() as session:
        set_wijk_ranges(session, "Schalkwijk", "2031-2037")
        set_wijk_ranges(session, "schalkwijk", "2031-2036")  # the same wijk, any case
        assert wijk_for_postcode(session, "2037 AB") is None
        assert wijk_for_postcode(session, "2036 AB") == "schalkwijk"
        set_wijk_ranges(session, "Schalkwijk", None)
        assert wijk_for_postcode(session, "2036 AB") is None
        with pytest.raises(ValueProblem):
            set_wijk_ranges(session, "Noord=1", "2021")
