"""Random bytes and random rows: never a traceback, and the import's promises hold.

Every attempt goes the real way (the store's write transaction, as the CLI and the window do)
and is checked against invariants, not just "it did not crash": a rejected file writes nothing
(the cases, their household and the audit trail are as they were), an applied file writes
exactly the cases it reports, and every error names a row of the file and a column of the
format ("-" only for a problem of the row as a whole).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models import AuditEntry, Case, HouseholdMember
from app.services.casework import RulesContext, load_context
from app.services.intake.columns import SIGNAL_COLUMNS
from app.services.intake.csv_reader import FileProblem
from app.services.intake.importer import ImportReport, import_signals
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import HEADER, signal_row

TODAY = date(2026, 11, 23)
#: the catch-all for a row that broke validation itself: a bug, never a user's problem
SWALLOWED = "cannot read this row"


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


@dataclass(frozen=True)
class Snapshot:
    cases: list[tuple[Any, ...]]  # every column of every case, in id order
    members: int
    audit: int


def snapshot(store: Store) -> Snapshot:
    with store.session() as session:
        cases = session.execute(select(Case.__table__).order_by(Case.id)).all()
        return Snapshot(
            [tuple(row) for row in cases],
            session.scalar(select(func.count()).select_from(HouseholdMember)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def _attempt(store: Store, ctx: RulesContext, data: bytes) -> ImportReport | None:
    before = snapshot(store)
    try:
        with store.transaction() as session:
            report = import_signals(session, data, ctx, today=TODAY)
    except FileProblem as exc:
        assert str(exc).strip()
        assert snapshot(store) == before  # a file that cannot be read changes nothing
        return None
    after = snapshot(store)

    lines = data.count(b"\n") + data.count(b"\r") + 1
    for error in report.errors:
        assert 1 <= error.row <= lines + 1, error  # a row of this file (the header is 1)
        assert error.column in SIGNAL_COLUMNS or error.column == "-", error
        assert error.message.strip() and SWALLOWED not in error.message, error
        assert str(error).startswith(f"row {error.row}, column {error.column}: ")

    if report.errors:
        assert not report.applied and not report.created
        assert after == before  # rejected: not a case, a member nor an audit line written
    elif report.rows_seen == 0 or not report.new_signals:
        assert after.cases == before.cases
    else:
        assert report.applied
        new_ids = [row[0] for row in after.cases[len(before.cases):]]
        assert after.cases[: len(before.cases)] == before.cases  # nothing else touched
        assert new_ids == report.created and len(new_ids) == report.new_signals
        assert after.audit > before.audit
    return report


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


_references = itertools.count(1)


@st.composite
def good_row(draw: st.DrawFn) -> str:
    """A valid signal nobody imported before (a fresh reference each time)."""
    return signal_row(referentie=f"GOED-{next(_references)}", naam=draw(st.sampled_from(
        ["Sanne Hoekstra", "Piet de Vries", "Ayşe Yılmaz"]
    )))


@st.composite
def spoiled_row(draw: st.DrawFn) -> str:
    """A valid signal with one cell made wrong."""
    column = draw(st.sampled_from(["melddatum", "postcode", "aantal_bewoners", "soort", "naam"]))
    bad = {"melddatum": "31-02-2026", "postcode": "12", "aantal_bewoners": "drie",
           "soort": "onbekend", "naam": ""}[column]
    return signal_row(referentie=f"FOUT-{next(_references)}", **{column: bad})


@SETTINGS
@given(rows=st.lists(st.one_of(good_row(), spoiled_row()), min_size=1, max_size=5))
def test_one_bad_row_keeps_the_good_ones_out_too(
    store: Store, ctx: RulesContext, rows: list[str]
) -> None:
    """All or nothing: a file with a spoiled row is refused whole, naming that row's cell."""
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8")
    report = _attempt(store, ctx, data)
    assert report is not None
    spoiled = [n for n, row in enumerate(rows, start=2) if ";FOUT-" in row]
    assert sorted({e.row for e in report.errors}) == spoiled
    assert all(e.column in SIGNAL_COLUMNS for e in report.errors)
    assert report.applied == (not spoiled)
    assert len(report.created) == (0 if spoiled else len(rows))
