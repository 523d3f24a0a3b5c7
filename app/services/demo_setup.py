"""The demo database: a separate file with invented people, for a first look at Vangnet.

The demo lives next to the real database (``vangnet-demo.db``) and never touches it. It is
still an encrypted SQLCipher file, but its passphrase is fixed and public (`DEMO_KEY`): every
person, address and phone number in it is invented by `app.services.demo`, so there is nothing
to protect, and a fixed key means nobody has to invent or remember a passphrase to look around.
Never put real cases in it: it is marked as a demo database in its own settings from the moment
it is created (`app.services.demo_mark`), so signal files are refused and its letters say DEMO.
It gets an invented letterhead too, so its letters can be made and looked at.
"""

from __future__ import annotations

import contextlib
from datetime import date
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case
from app.services import clock
from app.services.casework import load_context
from app.services.contacts.contact_file import parse_contact_list
from app.services.contacts.versions import compare, write_version
from app.services.contacts.wijken import set_wijk_ranges
from app.services.demo import fill_demo
from app.services.demo_mark import DEMO_SETTING, mark_as_demo
from app.services.keys import DatabaseKey
from app.services.letters.letterhead import set_letterhead
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import (
    Store,
    StoreError,
    default_db_path,
    open_store,
    remove_database_files,
)

DEMO_KEY = "vangnet-demo-gegevens"
"""The fixed, documented demo passphrase. Acceptable only because the demo holds no real people."""

DEMO_FILENAME = "vangnet-demo.db"
DEMO_OFFICE = "DEMO — Sociaal Wijkteam Haarlem"
DEMO_PROFILE = "haarlem"
#: the demo office's invented letterhead (address, signer and function)
DEMO_ADDRESS = ("Voorbeeldstraat 1", "2011 AA  HAARLEM", "023 - 000 00 00")
DEMO_SIGNER = ("J. Voorbeeld", "Consulent (demo)")


def demo_db_path() -> Path:
    """``vangnet-demo.db`` in the same folder as the real database."""
    return default_db_path().with_name(DEMO_FILENAME)


def demo_key() -> DatabaseKey:
    return DatabaseKey(passphrase=DEMO_KEY, origin="demo passphrase")


def open_or_create_demo(
    path: Path | None = None, today: date | None = None, cases: int = 150
) -> Store:
    """Open the demo database, creating and filling it first if it does not exist yet.

    A demo file whose filling was interrupted (it exists but holds no cases) is filled now. A
    file at `path` that is not a demo database is refused, never filled.
    """
    path = demo_db_path() if path is None else path
    day = clock.today() if today is None else today
    if path.exists():
        store = open_store(path, demo_key())
        try:
            if (
                store.setting("office_name") != DEMO_OFFICE
                and store.setting(DEMO_SETTING) != "true"
            ):
                raise StoreError(
                    f"{path} is not a Vangnet demo database; it was not changed.",
                    f"{path.name} is geen demodatabase van Vangnet; er is niets veranderd.",
                )
            if store.setting(DEMO_SETTING) != "true" or not _has_cases(store):
                _fill(store, day, cases)
        except BaseException:
            store.close()
            raise
        return store
    store = initialise(path, demo_key(), load_profile(DEMO_PROFILE), DEMO_OFFICE)
    try:
        with store.transaction() as session:
            mark_as_demo(session)
            set_letterhead(
                session,
                address_lines=DEMO_ADDRESS,
                signer=DEMO_SIGNER[0],
                signer_function=DEMO_SIGNER[1],
                actor="demo",
            )
            add_demo_contacts(session)
        _fill(store, day, cases)
    except BaseException:
        store.close()
        with contextlib.suppress(OSError):
            remove_database_files(path)
        raise
    return store


#: which postcodes belong to which wijk in the demo (the wijk column of its contact list)
DEMO_WIJKEN = {
    "Centrum": "2011-2015",
    "Noord": "2021-2025",
    "West": "2026-2030",
    "Schalkwijk": "2031-2037",
}


def add_demo_contacts(session: Session) -> None:
    """The demo's invented contact list (package data), so its letters can be made at once:
    every corporation, a wijkteam for each demo postcode, SDV and the troubleshooter."""
    data = (resources.files("app") / "resources" / "demo" / "contactlijst.csv").read_bytes()
    parsed = parse_contact_list(data, "contactlijst.csv")
    assert parsed.ok, parsed.errors  # shipped with the app; a test reads it
    write_version(
        session,
        parsed.records,
        compare([], parsed.records),
        source="sync",  # as if taken from a shared folder
        actor="demo",
        now=clock.now(),
        file_name="contactlijst.csv",
        file_hash=None,
    )
    for wijk, ranges in DEMO_WIJKEN.items():
        set_wijk_ranges(session, wijk, ranges)


def _has_cases(store: Store) -> bool:
    with store.session() as session:
        return session.scalar(select(Case.id).limit(1)) is not None


def _fill(store: Store, today: date, cases: int) -> None:
    with store.transaction() as session:
        fill_demo(session, load_context(session), cases, today)
