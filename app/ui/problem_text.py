"""What the window says for a service's refusal: the catalogue's text through Qt's translation.

Services raise `Refusal`s holding `Problem`s (code + parameters); the command line prints their
English. Here the same catalogue texts are looked up in the "Problems" context of the loaded
translation, so the window speaks Dutch (or English, if the user chose it) from one source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.problems import Problem, Refusal, render


def _translate(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def shown(item: Problem | Refusal) -> str:
    """The problem or refusal in the window's language, with a capital and a full stop when it
    stands alone (catalogue texts are also used inside sentences)."""
    if isinstance(item, Problem):
        return sentence(render(item, _translate))
    lines = [sentence(render(one, _translate)) for one in item.problems]
    if item.heading is None:
        return "\n".join(lines)
    heading = render(item.heading, _translate).rstrip(" .:")
    return sentence(heading)[:-1] + ":\n" + "\n".join("• " + line for line in lines)


def part(item: Problem) -> str:
    """The problem as a part of a sentence, in the window's language (no capital, no stop)."""
    return render(item, _translate)


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?:" else text + "."
