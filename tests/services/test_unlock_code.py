"""The personal unlock code (issue 13.5): a slow salted hash in the database, wrong tries that
wait longer and longer, counted in the database so a restart does not reset them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.services import clock
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store, get_setting, open_store
from app.services.unlock_code import (
    CODE_SETTING,
    CodeCheck,
    UnlockCodeProblem,
    check_unlock_code,
    code_problem,
    has_unlock_code,
    set_unlock_code,
    wait_seconds,
)
from tests.conftest import PASSPHRASE, TEST_DAY

CODE = "tulp-4821"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = initialise(db_path, DatabaseKey(passphrase=PASSPHRASE), load_profile("haarlem"), "Team")
    with s.transaction() as session:
        set_unlock_code(session, CODE)
    return s


def _try(store: Store, code: str) -> CodeCheck:
    with store.transaction() as session:
        return check_unlock_code(session, code)


@pytest.mark.parametrize(
    ("code", "part"),
    [
        ("12345", "minstens 6"),
        ("x" * 65, "hoogstens 64"),
        (" tulp48", "spatie"),
        ("777777", "te makkelijk"),
        ("123456", "te makkelijk"),
        ("654321", "te makkelijk"),
        ("abcdef", "te makkelijk"),
        ("QWERTY", "te makkelijk"),
    ],
)
def test_easy_or_malformed_codes_are_refused(code: str, part: str) -> None:
    problem = code_problem(code)
    assert problem is not None and part in problem.dutch and str(problem)


def test_a_refused_code_changes_nothing(store: Store) -> None:
    with store.transaction() as session:
        before = get_setting(session, CODE_SETTING)
        with pytest.raises(UnlockCodeProblem):
            set_unlock_code(session, "123456")
        assert get_setting(session, CODE_SETTING) == before


def test_the_code_is_kept_as_a_salted_slow_hash(store: Store, db_path: Path) -> None:
    with store.session() as session:
        stored = get_setting(session, CODE_SETTING) or ""
        assert has_unlock_code(session)
    assert CODE not in stored and stored.startswith("scrypt$32768$8$1$")
    with store.transaction() as session:  # the same code again gets another salt
        set_unlock_code(session, CODE)
        assert get_setting(session, CODE_SETTING) != stored


def test_right_and_wrong_codes(store: Store) -> None:
    assert _try(store, CODE).ok
    wrong = _try(store, "tulp-4822")
    assert not wrong.ok and wrong.failures == 1 and wrong.wait_seconds == 0
    assert _try(store, CODE).ok
    assert _try(store, "tulp-4822").failures == 1  # a right code starts the count again


def test_repeated_wrong_tries_slow_down_and_survive_a_restart(
    store: Store, db_path: Path
) -> None:
    fixed = clock.FixedClock.on(TEST_DAY)
    with clock.using(fixed):
        for _ in range(3):
            assert _try(store, "verkeerd1").wait_seconds == 0
        fourth = _try(store, "verkeerd1")
        assert (fourth.failures, fourth.wait_seconds) == (4, 5)
        # during the wait even the right code is not taken, and the try is not counted
        early = _try(store, CODE)
        assert not early.ok and early.failures == 4 and 0 < early.wait_seconds <= 5
        store.close()
        reopened = open_store(db_path, DatabaseKey(passphrase=PASSPHRASE))
        with reopened.session() as session:
            assert wait_seconds(session) == 5  # quitting the app does not end the wait
        fixed.advance(timedelta(seconds=5))
        assert _try(reopened, "verkeerd1").wait_seconds == 10
        fixed.advance(timedelta(seconds=10))
        assert _try(reopened, "verkeerd1").wait_seconds == 20
        for _ in range(10):
            fixed.advance(timedelta(minutes=10))
            last = _try(reopened, "verkeerd1")
        assert last.wait_seconds == 300  # the longest wait
        fixed.advance(timedelta(minutes=5))
        assert _try(reopened, CODE).ok
        with reopened.session() as session:
            assert wait_seconds(session) == 0
        assert _try(reopened, "verkeerd1").wait_seconds == 0  # counting starts again
        reopened.close()


def test_a_clock_set_back_does_not_lock_out_forever(store: Store) -> None:
    fixed = clock.FixedClock.on(TEST_DAY)
    with clock.using(fixed):
        for _ in range(4):
            _try(store, "verkeerd1")
        fixed.advance(timedelta(days=-30))
        with store.session() as session:
            assert wait_seconds(session) <= 300
