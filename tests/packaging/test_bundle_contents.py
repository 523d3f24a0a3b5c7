"""What the frozen app takes along (packaging/build_support.py, used by packaging/vangnet.spec),
checked without a build: every package-data file, the migrations Alembic reads from a folder,
the letter font of last resort, and Babel/Qt data for the languages the app speaks."""

from __future__ import annotations

import fnmatch
import importlib.util
import re
from pathlib import Path, PurePosixPath

import pytest
from babel.core import get_global

import app
from app.services.formatting import LOCALE

ROOT = Path(app.__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "build_support", ROOT / "packaging" / "build_support.py"
)
assert _spec is not None and _spec.loader is not None
build_support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_support)

SPEC = (ROOT / "packaging" / "vangnet.spec").read_text(encoding="utf-8")


def _bundled() -> set[str]:
    """Every app file the spec adds, as its path inside the bundle."""
    return {
        (PurePosixPath(folder) / Path(source).name).as_posix()
        for source, folder in build_support.app_datas(ROOT)
    }


def test_the_spec_takes_its_data_from_build_support() -> None:
    assert "build_support.app_datas(ROOT)" in SPEC
    assert "build_support.reportlab_fonts()" in SPEC
    assert "build_support.keep_data(" in SPEC
    assert "excludes=build_support.EXCLUDES" in SPEC


def test_every_package_data_file_goes_into_the_bundle() -> None:
    patterns = build_support.package_data_patterns(ROOT)
    package = ROOT / "app"
    wanted = {
        f"app/{p.relative_to(package).as_posix()}"
        for p in package.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and any(fnmatch.fnmatch(p.relative_to(package).as_posix(), pat) for pat in patterns)
    }
    bundled = _bundled()
    assert wanted == bundled
    # the files the app cannot start or write without, whatever the patterns say
    for must in (
        "app/translations/vangnet_nl.qm",
        "app/resources/covenants/haarlem.toml",
        "app/resources/calendars/nl.toml",
        "app/migrations/env.py",
    ):
        assert must in bundled, must


def test_every_migration_is_in_the_bundle_as_a_file() -> None:
    """Alembic reads env.py and versions/*.py from MIGRATIONS_DIR: a migration missing from the
    bundle would leave a frozen app unable to create or upgrade a database."""
    from app.services.store import MIGRATIONS_DIR

    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert versions
    bundled = _bundled()
    for name in versions:
        assert f"app/migrations/versions/{name}" in bundled, name


def test_a_missing_translation_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.setuptools.package-data]\napp = ["translations/*.qm"]\n', encoding="utf-8"
    )
    with pytest.raises(FileNotFoundError, match=r"app/translations/\*\.qm.*make app/translations"):
        build_support.app_datas(tmp_path)


def test_the_letter_font_of_last_resort_is_the_one_fonts_py_looks_for() -> None:
    from app.services.letters import fonts

    bundled = {Path(source) for source, _ in build_support.reportlab_fonts()}
    last_resort = fonts._candidates()[-1]
    assert set(last_resort) == bundled
    assert all(p.is_file() for p in bundled)
    assert {folder for _, folder in build_support.reportlab_fonts()} == {"reportlab/fonts"}


def _babel_chain(locale: str) -> list[str]:
    """The locale and the parents Babel merges it with (babel.localedata.load)."""
    chain = [locale]
    exceptions = get_global("parent_exceptions")
    while locale != "root":
        parent = exceptions.get(locale)
        if parent is None:
            parts = locale.split("_")
            parent = "root" if len(parts) == 1 else "_".join(parts[:-1])
        chain.append(parent)
        locale = parent
    return chain


def test_babel_keeps_every_locale_the_app_formats_in() -> None:
    i18n = (ROOT / "app" / "ui" / "i18n.py").read_text(encoding="utf-8")
    used = {LOCALE, *re.findall(r'"([a-z]{2}_[A-Z]{2})"', i18n)}
    assert used >= {"nl_NL", "en_GB"}
    for locale in used:
        for name in _babel_chain(locale):
            assert build_support.keep_data(f"babel/locale-data/{name}.dat"), (locale, name)
    assert "en_001" in _babel_chain("en_GB")  # the chain is Babel's, not just the prefix


def test_other_languages_are_left_out() -> None:
    assert not build_support.keep_data("babel/locale-data/de.dat")
    assert not build_support.keep_data("babel/locale-data/tr_TR.dat")
    assert build_support.keep_data("babel/global.dat")
    assert build_support.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert build_support.keep_data("PySide6\\Qt\\translations\\qt_en.qm")
    assert not build_support.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not build_support.keep_data("PySide6/Qt/translations/assistant_nl.qm")
    assert build_support.keep_data("app/translations/vangnet_nl.qm")


def test_the_version_comes_from_the_package() -> None:
    assert build_support.app_version(ROOT) == app.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.0rc1", (1, 2, 0, 0)),
        ("2.3.4.5.6", (2, 3, 4, 5)),
        ("3.0.post1", (3, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert build_support.version_tuple(version) == numbers
