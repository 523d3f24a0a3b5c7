"""Random bytes and random rows never produce a traceback: an import or row/column errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.casework import RulesContext, load_context
from app.services.intake.csv_reader import FileProblem
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import HEADER

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("fuzz") / "v.db"
    s = initialise(
        path, DatabaseKey(passphrase="fuzzing passphrase 123"), load_profile("haarlem"), "X"
    )
    yield s
    s.close()


@pytest.fixture(scope="module")
def ctx(store: Store) -> RulesContext:
    with store.session() as session:
        return load_context(session)


def _attempt(store: Store, ctx: RulesContext, data: bytes) -> None:
    session = store.session()
    try:
        report = import_signals(session, data, ctx, today=TODAY)
        assert report.applied or report.errors or report.rows_seen == 0
        for error in report.errors:
            assert str(error).startswith(f"row {error.row}, column ")
    except FileProblem as exc:
        assert str(exc)
    finally:
        session.rollback()
        session.close()


SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(data=st.binary(max_size=600))
def test_random_bytes(store: Store, ctx: RulesContext, data: bytes) -> None:
    _attempt(store, ctx, data)


cell = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab;,\"'\n\r\t 0123456789-€.|éÿ\x00")), max_size=14),
    st.sampled_from(["ja", "nee", "Ymere", "02-11-2026", "huurachterstand", "2032 PK", "3"]),
)


@SETTINGS
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=30), max_size=6))
def test_random_rows_under_a_real_header(
    store: Store, ctx: RulesContext, rows: list[list[str]]
) -> None:
    text = "\r\n".join([HEADER] + [";".join(r) for r in rows])
    for encoding in ("utf-8", "cp1252"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        _attempt(store, ctx, data)
