"""Which wijk (neighbourhood) a postcode belongs to: an office setting of postcode ranges.

The setting ``contacts_wijk_ranges`` reads ``Schalkwijk=2031-2037;Noord=2021-2025,2030``: wijk
names with ranges of the four postcode digits. The wijk names match the ``wijk`` column of the
contact list (case-insensitively), so the wijkteam contact for a tenant follows from the
tenant's postcode.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.services.intake.problems import ValueProblem
from app.services.store import get_setting, set_setting

__all__ = [
    "WIJK_SETTING",
    "format_wijk_ranges",
    "parse_ranges",
    "parse_wijk_ranges",
    "set_wijk_ranges",
    "wijk_for_postcode",
    "wijk_ranges",
]

WIJK_SETTING = "contacts_wijk_ranges"

Ranges = list[tuple[int, int]]

_RANGE = re.compile(r"([1-9][0-9]{3})(?:\s*-\s*([1-9][0-9]{3}))?")
_POSTCODE_DIGITS = re.compile(r"\s*([1-9][0-9]{3})")


def parse_ranges(text: str) -> Ranges:
    """``2031-2037,2040`` → ``[(2031, 2037), (2040, 2040)]``."""
    ranges: Ranges = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        match = _RANGE.fullmatch(part)
        if match is None:
            raise ValueProblem(
                f"'{part}' is not a postcode range (use four digits, e.g. 2031-2037 or 2040)"
            )
        low = int(match[1])
        high = int(match[2]) if match[2] else low
        if high < low:
            raise ValueProblem(f"'{part}' runs backwards (the first number must be the lowest)")
        ranges.append((low, high))
    if not ranges:
        raise ValueProblem("no postcode range given (e.g. 2031-2037)")
    return ranges


def parse_wijk_ranges(text: str | None) -> dict[str, Ranges]:
    """The whole setting; a wijk name keeps the spelling it was given."""
    mapping: dict[str, Ranges] = {}
    for item in (text or "").split(";"):
        if not item.strip():
            continue
        name, sep, ranges = item.partition("=")
        if not sep or not name.strip():
            raise ValueProblem(f"'{item.strip()}' is not NAME=RANGES")
        mapping[" ".join(name.split())] = parse_ranges(ranges)
    return mapping


def _format(ranges: Ranges) -> str:
    return ",".join(str(low) if low == high else f"{low}-{high}" for low, high in ranges)


def format_wijk_ranges(mapping: dict[str, Ranges]) -> str:
    return ";".join(f"{name}={_format(ranges)}" for name, ranges in mapping.items())


def wijk_ranges(session: Session) -> dict[str, Ranges]:
    """The stored mapping; a damaged setting counts as empty (it is shown and can be reset)."""
    try:
        return parse_wijk_ranges(get_setting(session, WIJK_SETTING))
    except ValueProblem:
        return {}


def set_wijk_ranges(session: Session, name: str, ranges: str | None) -> dict[str, Ranges]:
    """Set (or with ``ranges=None`` remove) one wijk's postcode ranges; returns the mapping."""
    clean = " ".join(name.split())
    if not clean or any(c in clean for c in "=;"):
        raise ValueProblem("a wijk name must not be empty or contain '=' or ';'")
    mapping = {k: v for k, v in wijk_ranges(session).items() if k.casefold() != clean.casefold()}
    if ranges is not None:
        mapping[clean] = parse_ranges(ranges)
    set_setting(session, WIJK_SETTING, format_wijk_ranges(mapping))
    return mapping


def wijk_for_postcode(session: Session, postcode: str | None) -> str | None:
    """The wijk whose ranges hold the postcode's four digits (the first match), or None."""
    if not postcode:
        return None
    match = _POSTCODE_DIGITS.match(postcode)
    if match is None:
        return None
    digits = int(match[1])
    for name, ranges in wijk_ranges(session).items():
        if any(low <= digits <= high for low, high in ranges):
            return name
    return None
