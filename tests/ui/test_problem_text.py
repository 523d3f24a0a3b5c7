"""The window shows a service's problems in Dutch, from the catalogue through Qt's translation."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.services.errors import os_reason
from app.services.problems import Problem, Refusal, problem
from app.services.problems.catalogue import CATALOGUE
from app.ui.i18n import TRANSLATIONS
from app.ui.problem_text import part, shown

#: catalogue texts that are the same word in Dutch (the check cannot tell them from missing ones)
SAME_IN_DUTCH = {"postcode"}


def _dutch(qapp: QCoreApplication) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(Path(TRANSLATIONS) / "vangnet_nl.qm"))
    qapp.installTranslator(translator)
    return translator


def test_a_problem_in_the_window_is_a_dutch_sentence(qapp: QCoreApplication) -> None:
    translator = _dutch(qapp)
    try:
        reason = os_reason(OSError(errno.ENOSPC, "No space left on device"))
        assert shown(reason) == "De schijf is vol."
        assert part(reason) == "de schijf is vol"
        nested = problem("file.unreadable", name="lijst.csv", reason=reason)
        assert shown(nested) == "Het bestand lijst.csv kan niet worden gelezen (de schijf is vol)."
        several = Refusal(Problem("os.busy"), reason, heading=Problem("general.refused"))
        lines = shown(several).splitlines()
        assert lines[1:] == ["• Het bestand is in gebruik.", "• De schijf is vol."]
    finally:
        qapp.removeTranslator(translator)


def test_every_catalogue_text_has_its_dutch(qapp: QCoreApplication) -> None:
    translator = _dutch(qapp)
    try:
        same = [
            code
            for code, text in CATALOGUE.items()
            if QCoreApplication.translate("Problems", text) == text and text not in SAME_IN_DUTCH
        ]
        assert not same, f"no Dutch for: {same}"
    finally:
        qapp.removeTranslator(translator)
