"""The one place the services ask what day and time it is.

Every "now" the services store (when an event was recorded, a note written, a backup named)
and every default "today" (which events may be dated, which deadlines have passed) comes from
the clock set here. The application runs on the system clock; a test sets a `FixedClock` so
that what it records and what it compares against come from the same day, whatever the day it
runs on (design.md: the clock is a parameter).

The clock is process-wide on purpose: a background thread that records an event must use the
same clock as the window that started it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol, TypeVar


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The computer's local time (naive, as the database stores it)."""

    def now(self) -> datetime:
        return datetime.now()

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """A clock that stands still until told to move: for tests and for ``--today``."""

    moment: datetime

    @classmethod
    def on(cls, day: date, at: time = time(12, 0)) -> FixedClock:
        return cls(datetime.combine(day, at))

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@dataclass(frozen=True)
class ShiftedClock:
    """The system clock moved to another day (``--today``): time still runs, so events
    recorded one after another keep their order. ``base`` is the clock that runs (the
    system's; a test gives a fixed one)."""

    offset: timedelta
    base: Clock = field(default_factory=SystemClock)

    @classmethod
    def to(cls, day: date, base: Clock | None = None) -> ShiftedClock:
        running = base if base is not None else SystemClock()
        return cls(day - running.today(), running)

    def now(self) -> datetime:
        return self.base.now() + self.offset

    def today(self) -> date:
        return self.now().date()


AnyClock = TypeVar("AnyClock", bound=Clock)

_current: Clock = SystemClock()


def current() -> Clock:
    return _current


def now() -> datetime:
    """The current local time, from the clock in use."""
    return _current.now()


def today() -> date:
    """Today's date, from the clock in use."""
    return _current.today()


def set_clock(clock: Clock) -> Clock:
    """Use ``clock`` from now on; returns the one it replaces."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def using(clock: AnyClock) -> Iterator[AnyClock]:
    """Use ``clock`` inside the block, then the previous one again."""
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)
