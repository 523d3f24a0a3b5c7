"""`vangnet gui --screenshot` renders a real window of the current database to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

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
