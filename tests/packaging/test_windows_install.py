"""Where Vangnet keeps its data on Windows, and that the installer can never delete it.

The Windows branch of platformdirs runs here: only the question it puts to Windows (the known
folder behind CSIDL_LOCAL_APPDATA) is answered by the test, everything after it (the app name,
``appauthor=False``, local rather than roaming, the Logs folder) is platformdirs' own code.
The installer script (packaging/windows/vangnet.iss) is then read for every folder it installs
to, creates or deletes, and each is checked against that data folder.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

import app
from app.services.errors import log_path
from app.services.store import default_db_path

ROOT = Path(app.__file__).resolve().parent.parent
ISS = ROOT / "packaging" / "windows" / "vangnet.iss"

PROFILE = PureWindowsPath(r"C:\Users\ayse.yilmaz")
KNOWN_FOLDERS = {
    "CSIDL_LOCAL_APPDATA": str(PROFILE / "AppData" / "Local"),
    "CSIDL_APPDATA": str(PROFILE / "AppData" / "Roaming"),
}
#: Inno Setup's constants for a per-user install (PrivilegesRequired=lowest)
INNO_CONSTANTS = {
    "{localappdata}": KNOWN_FOLDERS["CSIDL_LOCAL_APPDATA"],
    "{userappdata}": KNOWN_FOLDERS["CSIDL_APPDATA"],
    "{userpf}": str(PROFILE / "AppData" / "Local" / "Programs"),
    "{autopf}": str(PROFILE / "AppData" / "Local" / "Programs"),
    "{userprograms}": str(
        PROFILE / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    ),
    "{autoprograms}": str(
        PROFILE / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    ),
    "{userdesktop}": str(PROFILE / "Desktop"),
    "{autodesktop}": str(PROFILE / "Desktop"),
}


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs as on a Windows laptop: its Windows class, and Windows' answer about the
    user's known folders."""
    monkeypatch.delenv("VANGNET_DB", raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", KNOWN_FOLDERS.__getitem__)


def _win(path: Path | str) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def _data_folder() -> PureWindowsPath:
    return _win(default_db_path()).parent


def test_the_data_folder_on_windows_is_local_appdata_vangnet(on_windows: None) -> None:
    # local, not roaming: a roaming profile would copy the database to the server at log-off
    assert _win(default_db_path()) == PROFILE / "AppData" / "Local" / "Vangnet" / "vangnet.db"
    assert _win(log_path()) == PROFILE / "AppData" / "Local" / "Vangnet" / "Logs" / "vangnet.log"


def test_vangnet_db_still_wins_on_windows(
    on_windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VANGNET_DB", r"D:\Vangnet\kantoor.db")
    assert _win(default_db_path()) == PureWindowsPath(r"D:\Vangnet\kantoor.db")


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setting(sections: dict[str, list[str]], name: str) -> str:
    for line in sections["setup"]:
        key, _, value = line.partition("=")
        if key.strip().lower() == name.lower():
            return value.strip()
    raise AssertionError(f"{name} is not set in [Setup]")


def _resolve(text: str, app_dir: PureWindowsPath) -> PureWindowsPath:
    """An Inno Setup path with its constants replaced for this per-user install."""
    value = text.replace("{app}", str(app_dir))
    for constant, folder in INNO_CONSTANTS.items():
        value = value.replace(constant, folder)
    assert "{" not in value.replace("{{", ""), f"unknown constant in {text}"
    return PureWindowsPath(value)


def _entries(lines: list[str], field: str) -> list[str]:
    """The value of ``Name:`` / ``DestDir:`` / ... in every entry of a section."""
    found = []
    for line in lines:
        match = re.search(rf'\b{field}:\s*"([^"]*)"', line, re.IGNORECASE)
        if match:
            found.append(match.group(1))
    return found


def _overlaps(a: PureWindowsPath, b: PureWindowsPath) -> bool:
    """The same folder, or one inside the other (Windows paths compare without case)."""
    la, lb = str(a).lower().rstrip("\\"), str(b).lower().rstrip("\\")
    return la == lb or la.startswith(lb + "\\") or lb.startswith(la + "\\")


def test_a_per_user_install_without_admin_rights() -> None:
    sections = _iss_sections()
    assert _setting(sections, "PrivilegesRequired") == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in "\n".join(sections["setup"])
    app_dir = _resolve(_setting(sections, "DefaultDirName"), PureWindowsPath("C:\\"))
    assert app_dir == PROFILE / "AppData" / "Local" / "Programs" / "Vangnet"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", _setting(sections, "AppId"))
    menu = [_resolve(n, app_dir) for n in _entries(sections["icons"], "Name")]
    assert _resolve("{userprograms}", app_dir) / "Vangnet" in menu
    assert {"dutch", "english"} <= {
        m.group(1) for m in re.finditer(r'Name:\s*"(\w+)"', "\n".join(sections["languages"]))
    }


def test_the_installer_never_touches_the_data_folder(on_windows: None) -> None:
    sections = _iss_sections()
    data = _data_folder()
    app_dir = _resolve(_setting(sections, "DefaultDirName"), PureWindowsPath("C:\\"))
    assert not _overlaps(app_dir, data), (app_dir, data)
    assert not _overlaps(app_dir, _win(log_path()).parent)
    touched = {
        "files": _entries(sections.get("files", []), "DestDir"),
        "dirs": _entries(sections.get("dirs", []), "Name"),
        "installdelete": _entries(sections.get("installdelete", []), "Name"),
        "uninstalldelete": _entries(sections.get("uninstalldelete", []), "Name"),
    }
    assert touched["files"] == ["{app}"]
    for section, names in touched.items():
        for name in names:
            where = _resolve(name, app_dir)
            assert not _overlaps(where, data), f"[{section}] {name} reaches the data folder"
            assert _overlaps(where, app_dir), f"[{section}] {name} is outside the program folder"
    # window settings (QSettings("Vangnet", "Vangnet")) live in HKCU\Software\Vangnet
    assert "registry" not in sections


def test_the_data_folder_guard_would_catch_a_bad_script(on_windows: None) -> None:
    """The checks above are not vacuous: an uninstall entry for the data folder is caught."""
    app_dir = PROFILE / "AppData" / "Local" / "Programs" / "Vangnet"
    bad = _resolve("{localappdata}\\Vangnet", app_dir)
    assert _overlaps(bad, _data_folder())
    assert _overlaps(_resolve("{localappdata}", app_dir), _data_folder())
    assert not _overlaps(_resolve("{app}\\_internal", app_dir), _data_folder())


def test_silent_switches_are_documented() -> None:
    text = ISS.read_text(encoding="utf-8")
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR="):
        assert switch in text and switch in readme, switch
