"""A real encrypted office database and a shared folder for the contact-list tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store

CONTACTS_PASSPHRASE = "contacts test passphrase"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = initialise(
        db_path, DatabaseKey(passphrase=CONTACTS_PASSPHRASE), load_profile("haarlem"), "Test"
    )
    yield opened
    opened.close()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "gedeelde map"
    folder.mkdir()
    return folder
