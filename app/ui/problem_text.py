"""What the window says for a service's refusal: the catalogue's text through Qt's translation.

Services raise `Refusal`s holding `Problem`s (code + parameters); the command line prints their
English. Here the same catalogue texts are looked up in the "Problems" context of the loaded
translation, so the window speaks Dutch (or English, if the user chose it) from one source.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.services.formatting import long_date
from app.services.problems import Problem, Refusal
from app.services.problems import render as _render
from app.ui.i18n import babel_locale


def _translate(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def _spell_date(day: date) -> str:
    """'23 november 2026' in the Dutch window, '23 November 2026' in the English one."""
    return long_date(day, babel_locale())


def render(item: Problem) -> str:
    """The problem in the window's language, its dates written out."""
    return _render(item, _translate, _spell_date)


def shown(item: Problem | Refusal) -> str:
    """The problem or refusal in the window's language, with a capital and a full stop when it
    stands alone (catalogue texts are also used inside sentences)."""
    if isinstance(item, Problem):
        return sentence(render(item))
    lines = [sentence(render(one)) for one in item.problems]
    if item.heading is None:
        return "\n".join(lines)
    heading = render(item.heading).rstrip(" .:")
    return sentence(heading)[:-1] + ":\n" + "\n".join("• " + line for line in lines)


def part(item: Problem) -> str:
    """The problem as a part of a sentence, in the window's language (no capital, no stop)."""
    return render(item)


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?:" else text + "."
