"""Qt translations: Dutch by default, English selectable; Qt's own strings in Dutch too."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

#: the compiled translation is package data (built by `make` from translations/vangnet_nl.ts)
TRANSLATIONS = Path(str(resources.files("app") / "translations"))
LANGUAGES = {"nl": "Nederlands", "en": "English"}
_installed: list[QTranslator] = []


def current_language() -> str:
    value = QSettings("Vangnet", "Vangnet").value("language", "nl")
    return value if value in LANGUAGES else "nl"


def set_language(language: str) -> None:
    QSettings("Vangnet", "Vangnet").setValue("language", language)


def babel_locale() -> str:
    return "nl_NL" if current_language() == "nl" else "en_GB"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load our translation and Qt's own (qtbase_nl) for the chosen language."""
    lang = language or current_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "vangnet_nl.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_nl", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return lang


def fill(template: str, *values: object) -> str:
    """Put values into a translated text's %1, %2, … in one pass.

    One pass matters: replacing %1 and then %2 one after the other also replaces a "%2"
    that happens to be inside the first value (a name, a file name).
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 1 <= index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


_PLACEHOLDER = re.compile(r"%(\d+)")
