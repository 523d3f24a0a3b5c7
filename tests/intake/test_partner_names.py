"""Issue 14.5: the Amsterdam Partners by the names the covenant writes, short forms accepted.

Amsterdam preamble: "Partner 1: De Alliantie regio Amsterdam; Partner 2: Woningstichting Eigen
Haard; Partner 3: Woonstichting De Key; [...] Partner 7: Woningcorporatie Ymere".
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Case, Organisation
from app.services.casework import load_context
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.organisations import ensure_profile_organisations
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from tests.helpers import HEADER, signal_row
from tests.letters.conftest import TODAY


def test_full_names_short_names_and_codes_all_find_the_partner(tmp_path: Path) -> None:
    store = initialise(
        tmp_path / "a.db", DatabaseKey(passphrase="amsterdam namen"), load_profile("amsterdam"), "x"
    )
    rows = [
        signal_row(referentie=f"EH-{i}", corporatie=name, woonplaats="Amsterdam")
        for i, name in enumerate(("Woningstichting Eigen Haard", "Eigen Haard", "eigenhaard"))
    ]
    with store.transaction() as session:
        ctx = load_context(session)
        data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8")
        report = import_signals(session, data, ctx, today=TODAY)
        assert not report.errors, report.errors
        names = set(session.scalars(select(Organisation.name).join(Case)).all())
    store.close()
    assert names == {"Woningstichting Eigen Haard"}


def test_an_office_made_with_the_short_names_gets_the_full_ones(tmp_path: Path) -> None:
    profile = load_profile("amsterdam")
    store = initialise(tmp_path / "b.db", DatabaseKey(passphrase="amsterdam oud"), profile, "x")
    with store.transaction() as session:  # as an office created before this change
        org = session.scalars(select(Organisation).where(Organisation.code == "DEKEY")).one()
        org.name = "De Key"
    with store.transaction() as session:
        assert ensure_profile_organisations(session, profile) == 0
        org = session.scalars(select(Organisation).where(Organisation.code == "DEKEY")).one()
        assert org.name == "Woonstichting De Key"
    store.close()
