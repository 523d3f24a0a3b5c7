"""Shared fixtures: the shipped calendar and profiles, loaded once per session."""

from __future__ import annotations

import pytest

from app.services.rules.calendar import WorkingDayCalendar, load_calendar
from app.services.rules.profile import CovenantProfile, load_profile


@pytest.fixture(scope="session")
def nl() -> WorkingDayCalendar:
    return load_calendar()


@pytest.fixture(scope="session")
def haarlem() -> CovenantProfile:
    return load_profile("haarlem")


@pytest.fixture(scope="session")
def amsterdam() -> CovenantProfile:
    return load_profile("amsterdam")
