"""What the frozen app takes along, kept apart from the spec so tests can check it without a build.

packaging/vangnet.spec imports this module. Nothing here imports PyInstaller at module level,
so tests/packaging/ runs with the test dependencies alone.
"""

from __future__ import annotations

import ast
import glob
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

#: the locales the app formats in (app/services/formatting.py: nl_NL; app/ui/i18n.py: en_GB for
#: the English window) and the languages of the window; Babel and Qt data for others is dropped
LANGUAGES = ("nl", "en")

#: standard-library and third-party modules nothing in Vangnet imports at run time, left out
#: to keep the bundle small (PyInstaller's analysis would pull some in through optional imports)
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "test",
    "pytest",
    "_pytest",
    "hypothesis",
    "pypdf",
    "mypy",
    "ruff",
    "IPython",
    "numpy",
    "PIL.ImageQt",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
]


def app_version(root: Path) -> str:
    """``app.__version__``, read from the source without importing the package."""
    tree = ast.parse((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"no __version__ in {root / 'app' / '__init__.py'}")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: ``0.1.0`` -> (0, 1, 0, 0); ``1.2.0rc1`` -> (1, 2, 0, 0)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(int(digits or 0))
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def package_data_patterns(root: Path) -> list[str]:
    """The wheel's package-data patterns for ``app`` (pyproject.toml): the frozen app takes the
    same files, so the two cannot drift apart."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns: list[str] = config["tool"]["setuptools"]["package-data"]["app"]
    return patterns


def app_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file the package-data patterns name.

    The migrations are among them as .py files: Alembic reads env.py and versions/ from a
    folder (app/services/store.py MIGRATIONS_DIR), not from the frozen module archive."""
    package = root / "app"
    datas: list[tuple[str, str]] = []
    for pattern in package_data_patterns(root):
        matches = sorted(glob.glob(str(package / pattern)))
        if not matches:
            raise FileNotFoundError(
                f"no file matches app/{pattern}"
                + (" (run `make app/translations/vangnet_nl.qm` first)" if ".qm" in pattern else "")
            )
        for match in matches:
            source = Path(match)
            folder = PurePosixPath("app", *source.parent.relative_to(package).parts)
            datas.append((str(source), str(folder)))
    return datas


def reportlab_fonts() -> list[tuple[str, str]]:
    """Bitstream Vera from inside reportlab: the letter font of last resort
    (app/services/letters/fonts.py) when neither DejaVu nor Arial is on the machine."""
    import reportlab

    fonts = Path(reportlab.__file__).resolve().parent / "fonts"
    return [(str(fonts / name), "reportlab/fonts") for name in ("Vera.ttf", "VeraBd.ttf")]


def keep_data(dest: str) -> bool:
    """Whether a collected data file (its path in the bundle) is kept: Babel locale data and
    Qt's own translations only for Dutch and English (Babel alone is 35 MB for every locale)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) == 3 and parts[:2] == ("babel", "locale-data") and parts[2].endswith(".dat"):
        locale = parts[2][: -len(".dat")]
        return locale == "root" or locale.split("_")[0] in LANGUAGES
    if parts[:3] == ("PySide6", "Qt", "translations") and parts[-1].endswith(".qm"):
        catalogue, _, language = parts[-1][: -len(".qm")].rpartition("_")
        return catalogue in ("qt", "qtbase") and language in LANGUAGES
    return True


def windows_version_info(version: str, filename: str) -> Any:
    """The version resource of the Windows executables (Explorer's Details tab, the installer)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = [
        vi.StringStruct("CompanyName", "Vangnet"),
        vi.StringStruct("FileDescription", "Vangnet"),
        vi.StringStruct("FileVersion", dotted),
        vi.StringStruct("InternalName", filename.removesuffix(".exe")),
        vi.StringStruct("LegalCopyright", "EUPL-1.2"),
        vi.StringStruct("OriginalFilename", filename),
        vi.StringStruct("ProductName", "Vangnet"),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("041304B0", strings)]),  # Dutch (NL), Unicode
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0413, 1200])]),
        ],
    )
