"""The data files travel with the package (a wheel, a frozen app), not with the source tree:
profiles, the calendar and the Dutch translation are found through importlib.resources, and the
wheel's package-data patterns take every one of them."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import app

PACKAGE = Path(app.__file__).resolve().parent
ROOT = PACKAGE.parent


def test_every_data_file_is_named_by_the_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["app"]
    data = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix in (".toml", ".qm", ".png")
    ]
    assert any(d.startswith("resources/covenants/") for d in data)
    assert "translations/vangnet_nl.qm" in data  # built by make before the tests
    assert "resources/icons/vangnet.png" in data
    for name in data:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_the_package_finds_its_data_outside_the_source_tree(tmp_path: Path) -> None:
    copy = tmp_path / "installed"
    shutil.copytree(PACKAGE, copy / "app", ignore=shutil.ignore_patterns("__pycache__"))
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import app\n"
        "from app.services.rules.profile import load_profile\n"
        "from app.services.rules.calendar import load_calendar\n"
        "from app.ui import i18n\n"
        "assert app.__file__.startswith(sys.argv[1]), app.__file__\n"
        "print(load_profile('haarlem').name)\n"
        "print(bool(load_calendar().decree_years))\n"
        "print((i18n.TRANSLATIONS / 'vangnet_nl.qm').is_file(), i18n.TRANSLATIONS)\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, str(copy)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Convenant Preventie huisuitzettingen Haarlem"
    assert lines[1] == "True"
    assert lines[2] == f"True {copy / 'app' / 'translations'}"
