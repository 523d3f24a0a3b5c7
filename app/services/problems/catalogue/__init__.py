"""The one catalogue of problem texts: code → English text with ``{name}`` placeholders.

Each area keeps its texts in a module of its own here (`general`, `intake`, ...), marked with
`QT_TRANSLATE_NOOP("Problems", ...)` so that `tools/translations.py update` takes them into the
Dutch translation file. The codes of all areas together form one namespace; a code defined twice
is an error at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from app.services.problems.catalogue import countdown, general, letters, monitoring, privacy

_AREAS: tuple[Mapping[str, str], ...] = (
    countdown.TEXTS,
    general.TEXTS,
    letters.TEXTS,
    monitoring.TEXTS,
    privacy.TEXTS,
)


def _merge(areas: tuple[Mapping[str, str], ...]) -> Mapping[str, str]:
    merged: dict[str, str] = {}
    for texts in areas:
        for code, text in texts.items():
            if code in merged:
                raise ValueError(f"problem code {code!r} is defined twice")
            merged[code] = text
    return MappingProxyType(merged)


CATALOGUE: Mapping[str, str] = _merge(_AREAS)
