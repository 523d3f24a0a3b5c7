from __future__ import annotations

from datetime import date

import pytest

from tests.intake.helpers import TODAY


@pytest.fixture
def today() -> date:
    return TODAY
