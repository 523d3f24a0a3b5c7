"""`vangnet gui --screenshot` renders a real window of the current database to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import PASSPHRASE
from tests.helpers import cli


@pytest.mark.parametrize("view", ["inbox", "troubleshooter", "case:1"])
def test_screenshot_of_each_view(
    db_path: Path, passphrase_env: str, tmp_path: Path, view: str
) -> None:
    assert cli("init", "--office", "Wijkteam Schermafdruk").code == 0
    assert cli("demo", "--cases", "40", "--today", "2026-11-23").code == 0
    target = tmp_path / f"{view.replace(':', '-')}.png"
    env = {
        **os.environ,
        "VANGNET_PASSPHRASE": PASSPHRASE,
        "VANGNET_DB": str(db_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "gui",
            "--screenshot",
            str(target),
            "--view",
            view,
            "--today",
            "2026-11-23",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(target))
    assert image.width() >= 1100 and image.height() >= 700
    # issue 12.9: the picture shows personal data, so only the user may read it
    assert target.stat().st_mode & 0o777 == 0o600


def test_screenshot_of_unknown_view_is_a_clear_error(
    db_path: Path, passphrase_env: str, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    env = {
        **os.environ,
        "VANGNET_PASSPHRASE": PASSPHRASE,
        "VANGNET_DB": str(db_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "gui",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--view",
            "nonsense",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "unknown view" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_settings_page(db_path: Path, passphrase_env: str, tmp_path: Path) -> None:
    assert cli("init", "--office", "Wijkteam Schermafdruk").code == 0
    env = {
        **os.environ,
        "VANGNET_PASSPHRASE": PASSPHRASE,
        "VANGNET_DB": str(db_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    target = tmp_path / "settings.png"
    command = [sys.executable, "-m", "app", "gui", "--screenshot", str(target), "--view"]
    done = subprocess.run(
        [*command, "settings:letterhead"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    wrong = subprocess.run(
        [*command, "settings:nonsense"], env=env, capture_output=True, text=True, timeout=120
    )
    assert wrong.returncode == 1 and "unknown settings page 'nonsense'" in wrong.stderr


def _render(db_path: Path, target: Path, view: str, size: str = "1366x700") -> QImage:
    env = {
        **os.environ,
        "VANGNET_PASSPHRASE": PASSPHRASE,
        "VANGNET_DB": str(db_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "app", "gui", "--screenshot", str(target), "--view", view]
    done = subprocess.run(
        [*command, "--size", size, "--today", "2026-11-23"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return QImage(str(target))


def _differing_rows(one: QImage, other: QImage, top: int, bottom: int) -> int:
    """How many pixel rows between `top` and `bottom` differ between the two pictures."""
    return sum(
        1
        for y in range(top, bottom)
        if any(one.pixel(x, y) != other.pixel(x, y) for x in range(220, one.width(), 3))
    )


def test_a_laptop_screenshot_shows_the_cases_not_just_a_window(
    tmp_path: Path, passphrase_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16.1: at 1366 x 768 the inbox shows rows of cases; the same picture of an empty
    database shows none (so the picture's content is checked, not only its size)."""
    empty_db, demo_db = tmp_path / "empty.db", tmp_path / "demo.db"
    monkeypatch.setenv("VANGNET_DB", str(empty_db))
    assert cli("init", "--office", "Wijkteam Leeg").code == 0
    monkeypatch.setenv("VANGNET_DB", str(demo_db))
    assert cli("init", "--office", "Wijkteam Leeg").code == 0
    assert cli("demo", "--cases", "40", "--today", "2026-11-23").code == 0
    empty = _render(empty_db, tmp_path / "empty.png", "inbox")
    full = _render(demo_db, tmp_path / "demo.png", "inbox")
    assert (full.width(), full.height()) == (1366, 700) == (empty.width(), empty.height())
    # the list area: most pixel rows differ (rows of cases against the empty-state message)
    differing = _differing_rows(full, empty, 220, 640)
    assert differing > 300, differing
    # the eviction badges' red is in the picture of the cases, not in the empty one
    red = QColor("#fde8e7").rgb()

    def has_red(image: QImage) -> bool:
        return any(
            image.pixel(x, y) == red
            for y in range(200, 640, 2)
            for x in range(220, 700, 2)
        )

    assert has_red(full) and not has_red(empty)
    # a case at laptop size: three deadline rows or more in sight
    case = _render(demo_db, tmp_path / "case.png", "case:1")
    assert (case.width(), case.height()) == (1366, 700)
