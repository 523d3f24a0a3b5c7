"""The services' one clock (issue 11): what they record as "now" comes from the clock in use."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.models import Case, CaseEvent
from app.services import clock
from app.services.clock import FixedClock, ShiftedClock, SystemClock
from app.services.events import add_note, record_event
from app.services.store import unused_name
from tests.letters.conftest import make_office


def test_tests_run_on_a_fixed_clock(test_clock: FixedClock) -> None:
    assert clock.current() is test_clock
    assert clock.today() == date(2026, 11, 23) and clock.now().time() == time(12, 0)
    test_clock.advance(timedelta(days=400))
    assert clock.today() == date(2027, 12, 28)


def test_using_restores_the_previous_clock(test_clock: FixedClock) -> None:
    other = FixedClock.on(date(2030, 1, 2))
    with clock.using(other):
        assert clock.today() == date(2030, 1, 2)
    assert clock.current() is test_clock


def test_shifted_clock_keeps_running_on_another_day() -> None:
    running = FixedClock(datetime(2026, 11, 23, 23, 59))  # the clock underneath, one minute
    shifted = ShiftedClock.to(date(2027, 3, 1), running)  # to midnight
    assert shifted.offset == date(2027, 3, 1) - date(2026, 11, 23)
    assert shifted.now() == datetime(2027, 3, 1, 23, 59) and shifted.today() == date(2027, 3, 1)
    running.advance(timedelta(minutes=2))  # time still runs, and the day turns with it
    assert shifted.now() == datetime(2027, 3, 2, 0, 1) and shifted.today() == date(2027, 3, 2)


def test_the_shifted_clock_of_the_cli_runs_on_the_system_clock() -> None:
    """`--today` moves the computer's own clock; no real date is compared here."""
    assert isinstance(ShiftedClock(timedelta(days=3)).base, SystemClock)
    assert isinstance(ShiftedClock.to(date(2027, 3, 1)).base, SystemClock)


def test_what_is_recorded_carries_the_clock_time(db_path: Path, test_clock: FixedClock) -> None:
    """recorded_at, created_at and updated_at come from the clock, never from the system."""
    office = make_office(db_path, answered=False)
    test_clock.moment = datetime(2026, 11, 23, 9, 41, 7)
    with office.store.transaction() as session:
        case = session.get(Case, next(iter(office.ids.values())))
        assert case is not None
        event = record_event(
            session,
            case,
            "contact_attempt",
            date(2026, 11, 23),
            office.ctx,
            {"method": "telefoon", "reached": False},
        )
        note = add_note(session, case, "gebeld, geen gehoor")
        assert isinstance(event, CaseEvent)
        assert event.recorded_at == note.created_at == case.updated_at == test_clock.moment
    office.store.close()


def test_a_copy_never_overwrites_one_made_in_the_same_second(tmp_path: Path) -> None:
    first = tmp_path / "vangnet.before-restore-20261123-120000.db"
    assert unused_name(first) == first
    first.write_bytes(b"x")
    second = unused_name(first)
    assert second.name == "vangnet.before-restore-20261123-120000-2.db"
    second.write_bytes(b"y")
    assert unused_name(first).name == "vangnet.before-restore-20261123-120000-3.db"
