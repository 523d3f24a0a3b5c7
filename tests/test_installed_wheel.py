"""Vangnet as an office gets it (issue 13.1): the wheel, installed into a fresh venv, used from a
folder that is not the checkout.

The wheel is built from this tree (`pip wheel --no-deps`) and installed into a new virtual
environment with `--no-deps`; the libraries it depends on (PySide6, SQLCipher, reportlab ...)
are lent from the development venv through a path file, so the test needs no network and takes
seconds, while `app` itself can only come from the wheel: the checkout is never on the path
(the commands run from a temporary folder, and the test asserts where `app` was loaded from).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import app

ROOT = Path(app.__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "meldingen-voorbeeld.csv"
CONTACTS = ROOT / "tests" / "data" / "contactlijst-voorbeeld.csv"
PASSPHRASE = "wheel test passphrase 2026"


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 180) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args[1:]} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the venv's bin folder, a working folder outside the checkout)."""
    if not ROOT.joinpath("pyproject.toml").is_file():
        pytest.skip("runs from a source tree (it builds the wheel)")
    base = tmp_path_factory.mktemp("wheel")
    wheels = base / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("vangnet-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    # the dependencies: the development venv's site-packages as a plain path (its own .pth
    # files, among them the editable install of the checkout, are not processed that way)
    (purelib / "vangnet-test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    work = base / "office"
    work.mkdir()
    return bin_dir, work


def _env(work: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("VANGNET_", "PYTHON"))
    }
    env.update(
        VANGNET_DB=str(work / "data" / "vangnet.db"),
        VANGNET_PASSPHRASE=PASSPHRASE,
        HOME=str(work / "home"),
        XDG_DATA_HOME=str(work / "home" / "data"),
        XDG_CONFIG_HOME=str(work / "home" / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_the_wheel_holds_the_data_files(installed: tuple[Path, Path]) -> None:
    (wheel,) = installed[0].parent.parent.glob("wheels/vangnet-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "app/resources/covenants/haarlem.toml",
        "app/resources/covenants/amsterdam.toml",
        "app/resources/calendars/nl.toml",
        "app/resources/demo/contactlijst.csv",
        "app/translations/vangnet_nl.qm",
        "app/migrations/env.py",
    ):
        assert expected in names, expected
    assert not any(name.startswith(("tests/", "resources/")) for name in names)


def test_the_sdist_holds_them_and_builds_a_complete_wheel(tmp_path: Path) -> None:
    """The source archive carries the same data, and a wheel built from it (as a packager
    would, from the unpacked sdist, not from the checkout) still has every file."""
    if not ROOT.joinpath("pyproject.toml").is_file():
        pytest.skip("runs from a source tree (it builds the sdist)")
    out = tmp_path / "sdist"
    out.mkdir()
    built = subprocess.run(
        [sys.executable, "-c",
         "import sys; from setuptools import build_meta as m; print(m.build_sdist(sys.argv[1]))",
         str(out)],
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=300,
    )
    archive = out / built.stdout.strip().splitlines()[-1]
    with tarfile.open(archive) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
        tar.extractall(tmp_path / "unpacked", filter="data")
    for expected in (
        "app/resources/covenants/haarlem.toml",
        "app/resources/calendars/nl.toml",
        "app/resources/icons/vangnet.png",
        "app/translations/vangnet_nl.qm",
        "app/migrations/env.py",
        "pyproject.toml",
    ):
        assert expected in names, expected
    (source,) = (tmp_path / "unpacked").iterdir()
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(wheels), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = wheels.glob("vangnet-*.whl")
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    assert {"app/resources/covenants/amsterdam.toml", "app/translations/vangnet_nl.qm"} <= in_wheel


def test_an_office_works_with_the_installed_wheel(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed
    env = _env(work)
    vangnet = str(bin_dir / "vangnet")
    python = str(bin_dir / "python")

    where = _run([python, "-c", "import app; print(app.__file__)"], work, env).strip()
    assert Path(where).is_relative_to(bin_dir.parent), where
    assert _run([vangnet, "--version"], work, env).strip().endswith(app.__version__)

    _run([vangnet, "init", "--profile", "haarlem", "--office", "Wijkteam Test",
          "--key-mode", "passphrase"], work, env)
    csv = work / "meldingen.csv"
    shutil.copyfile(SAMPLE, csv)
    _run([vangnet, "import", str(csv)], work, env)
    cases = json.loads(_run([vangnet, "inbox", "--json"], work, env))
    assert len(cases) >= 3
    _run([vangnet, "letterhead", "--address", "Postbus 1", "--address", "2000 AA Haarlem",
          "--signer", "A. Jansen", "--signer-function", "Coördinator"], work, env)
    share = work / "share"
    share.mkdir()
    shutil.copyfile(CONTACTS, share / "contactlijst.csv")
    _run([vangnet, "contacts", "sync", str(share)], work, env)
    case_id = str(cases[0]["case_id"])
    _run([vangnet, "event", case_id, "contact_attempt", "--method", "telefoon", "--reached", "yes"],
         work, env)
    _run([vangnet, "event", case_id, "collection_answer", "--may-resume", "no"], work, env)
    letter = work / "terugkoppeling.pdf"
    _run([vangnet, "letter", case_id, "--kind", "feedback", "-o", str(letter)],
         work, env)
    assert letter.read_bytes().startswith(b"%PDF")

    shot = work / "inbox.png"
    _run([vangnet, "gui", "--screenshot", str(shot)], work, env)
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000

    # the Dutch catalogue came with the wheel and loads: the menus are Dutch
    check = (
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui import i18n\n"
        "a = QApplication([])\n"
        "i18n.install(a)\n"
        "print(i18n.current_language(), i18n.TRANSLATIONS)\n"
        "print(QApplication.translate('MainWindow', '&File'))\n"
    )
    lines = _run([python, "-c", check], work, env).splitlines()
    assert lines[0].startswith("nl "), lines
    assert Path(lines[0].split(" ", 1)[1]).is_relative_to(bin_dir.parent)
    assert lines[1] == "&Bestand"
