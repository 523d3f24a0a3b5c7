"""The code that differs per platform, run here on its Windows branches where it can be.

- the keyring: Windows' Credential Manager backend, as the frozen app finds it when its
  Windows helper (pywin32-ctypes) is missing: keyring says so by raising from ``priority``;
- the letter font: Arial from %WINDIR%\\Fonts on a machine without DejaVu, and Bitstream Vera
  from inside reportlab (what the frozen app carries) where there is neither.

What only Windows can run (the Credential Manager itself, SQLite's file locks, the installer)
runs in .github/workflows/windows.yml; packaging/README.md lists it.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.Windows import WinVaultKeyring
from reportlab.pdfbase import pdfmetrics

from app.services.keys import keyring_load, keyring_status
from app.services.letters import fonts
from tests.conftest import PASSPHRASE
from tests.helpers import cli

not_on_windows = pytest.mark.skipif(
    sys.platform == "win32", reason="on Windows the Credential Manager backend is usable"
)


@not_on_windows
def test_a_windows_keyring_that_cannot_run_is_reported_not_raised() -> None:
    keyring.set_keyring(WinVaultKeyring())
    status = keyring_status()
    assert not status.usable
    assert status.backend == "keyring.backends.Windows.WinVaultKeyring"
    assert "cannot run here" in status.reason and "pywin32" in status.reason
    key, why = keyring_load(Path("vangnet.db"))
    assert key is None and why.startswith("keyring.backends.Windows.WinVaultKeyring: ")


@not_on_windows
def test_init_and_unlock_with_that_keyring_ask_for_a_passphrase(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(WinVaultKeyring())
    run = cli("init", "--key-mode", "keyring")
    assert run.code == 2
    assert "No usable keyring (keyring.backends.Windows.WinVaultKeyring: " in run.err
    assert "Traceback" not in run.err and not db_path.exists()

    monkeypatch.setenv("VANGNET_PASSPHRASE", PASSPHRASE)
    assert cli("init").code == 0  # auto: the passphrase
    monkeypatch.delenv("VANGNET_PASSPHRASE")
    run = cli("inbox")
    assert run.code == 2
    assert "No key from the keyring (keyring.backends.Windows.WinVaultKeyring: " in run.err
    assert len(run.err.strip().splitlines()) == 1


def _forget_letter_font() -> None:
    """As in a new process: reportlab registers a font name once and keeps the first file
    (a later registerFont under the same name is ignored), so earlier letters in this test
    process would otherwise decide which file these tests see."""
    fonts.letter_fonts.cache_clear()
    fonts._printable_char.cache_clear()
    names = (fonts.REGULAR, fonts.BOLD)
    for name in names:
        pdfmetrics._fonts.pop(name, None)
    for face, font in list(pdfmetrics._dynFaceNames.items()):
        if getattr(font, "fontName", None) in names:
            del pdfmetrics._dynFaceNames[face]


@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    """Each test registers the letter font anew; afterwards the machine's own again."""
    _forget_letter_font()
    yield
    _forget_letter_font()
    fonts.letter_fonts()


def _only(monkeypatch: pytest.MonkeyPatch, keep: str) -> None:
    """A machine whose only fonts are those under `keep` (the candidates' own paths, from
    WINDIR or reportlab, stay exactly as fonts.py makes them)."""
    every = fonts._candidates
    monkeypatch.setattr(
        fonts, "_candidates", lambda: [c for c in every() if str(c[0]).startswith(keep)]
    )


def test_letters_use_arial_from_windir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_fonts: None
) -> None:
    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not (dejavu / "DejaVuSans.ttf").is_file():
        pytest.skip("needs a TrueType font to stand in for Arial (fonts-dejavu-core)")
    shutil.copy(dejavu / "DejaVuSans.ttf", windir / "Fonts" / "arial.ttf")
    shutil.copy(dejavu / "DejaVuSans-Bold.ttf", windir / "Fonts" / "arialbd.ttf")
    monkeypatch.setenv("WINDIR", str(windir))
    _only(monkeypatch, str(windir))

    chosen = fonts.letter_fonts()
    assert chosen.source == "arial.ttf"
    face = pdfmetrics.getFont(chosen.regular).face
    assert Path(face.filename) == windir / "Fonts" / "arial.ttf"
    assert fonts.printable("Şükrü Yılmaz") == "Şükrü Yılmaz"


def test_without_windir_the_fonts_are_looked_for_in_c_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WINDIR", raising=False)
    assert any(
        str(regular).replace("/", "\\").endswith(r"C:\Windows\Fonts\arial.ttf")
        for regular, _bold in fonts._candidates()
    )


def test_with_no_system_font_letters_use_vera_from_reportlab(
    monkeypatch: pytest.MonkeyPatch, fresh_fonts: None
) -> None:
    import reportlab

    _only(monkeypatch, str(Path(reportlab.__file__).resolve().parent))
    chosen = fonts.letter_fonts()
    assert chosen.source == "Vera.ttf"
    assert fonts.printable("Şükrü Yılmaz") == "Şükrü Yılmaz"
    # Vera has no ő, ę or ń: printed without the accent, never as an empty box
    assert fonts.printable("Erdős Bęńko") == "Erdos Benko"
