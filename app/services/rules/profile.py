"""Covenant profiles: a municipality's covenant as data (parties, signal kinds, terms, priority).

One TOML file per covenant in ``app/resources/covenants/``; a third municipality needs a new file,
not new code. The loader is strict because a typo in a term would silently drop a deadline: every
problem is reported as one line ``<file>:<line>: <what is wrong>`` that an administrator can act
on.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .resources import resource_dir
from .vocabulary import (
    EVENT_KINDS,
    OPTIONAL_SIGNAL_FIELDS,
    ORGANISATION_KINDS,
    PRIORITY_GROUPS,
    TERM_STARTS,
    TERM_UNITS,
)

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_PROFILE_NAME_RE = re.compile(r"^[A-Za-z0-9_-]+$")


class ProfileError(Exception):
    """A covenant profile that cannot be used; ``str()`` is ``<file>:<line>: <problem>``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Organisation:
    """A party to the covenant; ``code`` is the short key used in imports and the contact list."""

    name: str
    code: str
    kind: str
    #: other names it goes by (a short form, e.g. "Eigen Haard"); imports accept them too
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProximityScale:
    """How close a fixed date set by others (an eviction, a bailiff's visit) is, in working days.

    Not a term with a warning window: the team cannot miss it, only run out of time before it.
    Within ``critical`` working days it is red, within ``urgent`` orange, within ``attention``
    amber; further away it is "planned" (never the green of a term that is fine). ``basis`` says
    where the numbers come from (the covenant article, or an office setting).
    """

    critical: int
    urgent: int
    attention: int
    basis: str

    def level(self, working_days_left: int) -> str:
        """``critical``, ``urgent``, ``attention`` or ``planned`` for a date still ahead."""
        if working_days_left <= self.critical:
            return "critical"
        if working_days_left <= self.urgent:
            return "urgent"
        if working_days_left <= self.attention:
            return "attention"
        return "planned"


#: the scale for a fixed date whose profile names none: a week, two weeks (H 3.4: the signal
#: comes two weeks before the bailiff), four weeks (B4: four weeks after the verdict the home
#: is cleared)
DEFAULT_PROXIMITY = ProximityScale(
    5, 10, 20, "standaardschaal (het profiel noemt er geen): 1, 2 en 4 weken (H 3.4, B4)"
)


@dataclass(frozen=True)
class TermRule:
    """One covenant term: how long, counted from what, for which signals, met by which events."""

    id: str
    label: str
    length: int
    unit: str
    start: str
    applies_to: tuple[str, ...]
    article: str
    met_by: tuple[str, ...]
    roll_forward: bool
    is_default: bool = False
    #: for a fixed date only: how close it is, on its own scale (issue 16.4)
    proximity: ProximityScale | None = None

    def applies(self, signal_kind: str) -> bool:
        """An empty ``applies_to`` means every kind of signal."""
        return not self.applies_to or signal_kind in self.applies_to


@dataclass(frozen=True)
class CovenantProfile:
    """Everything the app needs to know about one covenant."""

    id: str
    name: str
    municipality: str
    source: str
    organisations: tuple[Organisation, ...]
    signal_kinds: tuple[str, ...]
    terms: tuple[TermRule, ...]
    priority_groups: tuple[str, ...]
    feedback_fields: tuple[str, ...]
    monitoring: tuple[str, ...]
    instruments: tuple[str, ...]
    sluitende_aanpak: bool
    late_signal_days: int
    path: Path
    #: optional signal columns this covenant stores, each with why (B2 step 1: only what is
    #: necessary); the import drops the others
    signal_fields: tuple[tuple[str, str], ...] = ()

    def stores(self, column: str) -> bool:
        """Whether an optional signal column is kept under this covenant."""
        return any(name == column for name, _why in self.signal_fields)

    def term(self, term_id: str) -> TermRule | None:
        return next((t for t in self.terms if t.id == term_id), None)

    def terms_for(self, signal_kind: str) -> tuple[TermRule, ...]:
        return tuple(t for t in self.terms if t.applies(signal_kind))

    def organisation_by_code(self, code: str) -> Organisation | None:
        wanted = code.strip().upper()
        return next((o for o in self.organisations if o.code == wanted), None)

    def organisations_of_kind(self, kind: str) -> tuple[Organisation, ...]:
        return tuple(o for o in self.organisations if o.kind == kind)

    def with_office_term_lengths(self, lengths: Mapping[str, int]) -> CovenantProfile:
        """The profile with the office's own lengths for the terms the covenant leaves open.

        Only terms marked ``default = true`` may be changed: a term the covenant fixes is law
        for every office. Raises ``ValueError`` naming the term otherwise.
        """
        changed = []
        for term in self.terms:
            if term.id in lengths:
                if not term.is_default:
                    raise ValueError(f"term '{term.id}' is fixed by the covenant ({term.article})")
                if lengths[term.id] < 1:
                    raise ValueError(f"term '{term.id}' must be at least 1 {term.unit}")
                term = replace(term, length=lengths[term.id])
            changed.append(term)
        unknown = set(lengths) - {t.id for t in self.terms}
        if unknown:
            raise ValueError(f"unknown term(s): {', '.join(sorted(unknown))}")
        return replace(self, terms=tuple(changed))


# -- finding lines -------------------------------------------------------------------------

_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")


class _Locator:
    """Maps (table, array index, key) to a line number by scanning the file text.

    tomllib gives no positions for values, and the profile format is simple (top-level keys,
    ``[[organisations]]`` and ``[[terms]]``), so a line scan is enough.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        # (table name, index within an array of tables or -1, first line, end line exclusive)
        self.sections: list[tuple[str, int, int, int]] = []
        counts: dict[str, int] = {}
        current, index, first = "", -1, 0
        in_multiline = False
        for n, line in enumerate(self.lines):
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = not in_multiline
            if in_multiline:
                continue
            match = _HEADER_RE.match(line)
            if match is None:
                continue
            self.sections.append((current, index, first, n))
            current = match.group(2).strip()
            if match.group(1) == "[[":
                index = counts.get(current, 0)
                counts[current] = index + 1
            else:
                index = -1
            first = n
        self.sections.append((current, index, first, len(self.lines)))

    def line(
        self,
        table: str = "",
        index: int = -1,
        key: str | None = None,
        needle: str | None = None,
    ) -> int:
        """1-based line of ``key`` (and of ``needle`` after it) in the table, else the header."""
        for name, idx, first, end in self.sections:
            if name != table or idx != index:
                continue
            if key is None:
                return first + 1
            key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for n in range(first, end):
                if key_re.match(self.lines[n]):
                    if needle is not None:
                        quoted = re.compile(rf"[\"']{re.escape(needle)}[\"']")
                        for m in range(n, end):
                            if quoted.search(self.lines[m]):
                                return m + 1
                    return n + 1
            return first + 1
        return 1


class _Problem(Exception):
    """A semantic error, located before it becomes a ProfileError."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# -- loading -------------------------------------------------------------------------------


def covenants_dir() -> Path:
    return resource_dir() / "covenants"


def available_profiles() -> list[str]:
    """Names that :func:`load_profile` accepts without a path (the shipped TOML files)."""
    return sorted(p.stem for p in covenants_dir().glob("*.toml"))


def load_profile(name_or_path: str | Path) -> CovenantProfile:
    """Load a shipped profile by name (``"haarlem"``) or any profile file by path."""
    if isinstance(name_or_path, str) and _PROFILE_NAME_RE.match(name_or_path):
        path = covenants_dir() / f"{name_or_path.lower()}.toml"
        if not path.is_file():
            known = ", ".join(available_profiles()) or "none"
            raise ProfileError(path, 1, f"no covenant profile {name_or_path!r} (known: {known})")
    else:
        path = Path(name_or_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProfileError(path, 1, f"cannot read profile ({exc.strerror})") from exc
    return parse_profile(decode_profile(data, path), path)


def decode_profile(data: bytes, path: Path) -> str:
    """The profile's text: UTF-8 (with or without a byte-order mark) or UTF-16 with one, as
    Notepad saves; anything else is refused naming the line, never guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ProfileError(path, 1, "not readable as UTF-16 text") from None
    if b"\x00" in data:
        raise ProfileError(path, 1, "not a text file (save the profile as UTF-8 text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ProfileError(
            path,
            line,
            "not UTF-8 text (perhaps saved as Windows-1252); save the profile as UTF-8",
        ) from None


_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


def parse_profile(text: str, path: Path) -> CovenantProfile:
    """Validate profile text; ``path`` is used for messages and kept on the profile."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        match = re.search(r"at line (\d+)", msg)
        line = int(match.group(1)) if match else max(1, len(text.splitlines()))
        raise ProfileError(path, line, f"invalid TOML: {_TOML_POS_RE.sub('', msg)}") from exc
    try:
        return _build(data, _Locator(text), path)
    except _Problem as problem:
        raise ProfileError(path, problem.line, problem.message) from None


_TOP_KEYS = {
    "id",
    "name",
    "municipality",
    "source",
    "signal_kinds",
    "priority_groups",
    "feedback_fields",
    "monitoring",
    "instruments",
    "sluitende_aanpak",
    "late_signal_days",
    "signal_fields",
    "organisations",
    "terms",
}
_ORG_KEYS = {"name", "code", "kind", "aliases"}
_TERM_KEYS = {
    "id",
    "label",
    "length",
    "unit",
    "start",
    "applies_to",
    "article",
    "met_by",
    "roll_forward",
    "default",
    "critical_within",
    "urgent_within",
    "attention_within",
    "proximity_basis",
}
_PROXIMITY_KEYS = ("critical_within", "urgent_within", "attention_within")


class _Table:
    """Typed access to one TOML table, raising located problems."""

    def __init__(
        self, data: dict[str, Any], loc: _Locator, table: str, index: int, what: str
    ) -> None:
        self.data, self.loc, self.table, self.index, self.what = data, loc, table, index, what

    def line(self, key: str | None = None, needle: str | None = None) -> int:
        return self.loc.line(self.table, self.index, key, needle)

    def fail(self, key: str | None, message: str, needle: str | None = None) -> _Problem:
        return _Problem(self.line(key, needle), f"{self.what}{message}")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(key, f"unknown key {key!r}")

    def string(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(None, f"missing key {key!r}")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{key!r} must be a non-empty string")
        return value.strip()

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"{key!r} must be true or false")
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(None, f"missing key {key!r}")
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(key, f"{key!r} must be a whole number")
        return value

    def names(
        self, key: str, required: bool = False, pattern: re.Pattern[str] | None = _NAME_RE
    ) -> tuple[str, ...]:
        """A list of (by default snake_case) words without duplicates."""
        if key not in self.data:
            if required:
                raise self.fail(None, f"missing key {key!r}")
            return ()
        value = self.data[key]
        if not isinstance(value, list):
            raise self.fail(key, f"{key!r} must be a list of names")
        seen: list[str] = []
        for item in value:
            if not isinstance(item, str) or (pattern is not None and not pattern.match(item)):
                raise self.fail(key, f"{key!r}: {item!r} is not a lower_case name", str(item))
            if item in seen:
                raise self.fail(key, f"{key!r} lists {item!r} twice", item)
            seen.append(item)
        if required and not seen:
            raise self.fail(key, f"{key!r} must not be empty")
        return tuple(seen)

    def one_of(self, key: str, allowed: tuple[str, ...], noun: str) -> str:
        value = self.string(key)
        if value not in allowed:
            raise self.fail(
                key, f"unknown {noun} {value!r} (expected one of: {', '.join(sorted(allowed))})"
            )
        return value


def _tables(data: dict[str, Any], key: str, loc: _Locator) -> list[dict[str, Any]]:
    raw = data.get(key)
    if raw is None:
        raise _Problem(1, f"missing [[{key}]] tables")
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise _Problem(loc.line("", -1, key), f"{key!r} must be [[{key}]] tables")
    if not raw:
        raise _Problem(loc.line("", -1, key), f"at least one [[{key}]] table is needed")
    return raw


def _build(data: dict[str, Any], loc: _Locator, path: Path) -> CovenantProfile:
    top = _Table(data, loc, "", -1, "")
    top.check_keys(_TOP_KEYS)
    profile_id = top.string("id")
    if not _NAME_RE.match(profile_id):
        raise top.fail("id", f"profile id {profile_id!r} must be a lower_case name")

    signal_kinds = top.names("signal_kinds", required=True)
    priority_groups = top.names("priority_groups", pattern=None)
    for group in priority_groups:
        if group not in PRIORITY_GROUPS:
            raise top.fail(
                "priority_groups",
                f"unknown priority group {group!r} (expected: {', '.join(PRIORITY_GROUPS)})",
                group,
            )
    instruments = top.names("instruments")
    sluitende_aanpak = top.boolean("sluitende_aanpak", False)
    if sluitende_aanpak and not instruments:
        raise top.fail("sluitende_aanpak", "sluitende_aanpak needs at least one instrument")
    late_signal_days = top.integer("late_signal_days", 14)
    if late_signal_days < 0:
        raise top.fail("late_signal_days", "'late_signal_days' must not be negative")

    signal_fields = _signal_fields(data.get("signal_fields", {}), loc)
    organisations = _organisations(_tables(data, "organisations", loc), loc)
    terms = _terms(_tables(data, "terms", loc), loc, signal_kinds)

    return CovenantProfile(
        id=profile_id,
        name=top.string("name"),
        municipality=top.string("municipality"),
        source=top.string("source"),
        organisations=organisations,
        signal_kinds=signal_kinds,
        terms=terms,
        priority_groups=priority_groups,
        feedback_fields=top.names("feedback_fields"),
        monitoring=top.names("monitoring"),
        instruments=instruments,
        sluitende_aanpak=sluitende_aanpak,
        late_signal_days=late_signal_days,
        path=path,
        signal_fields=signal_fields,
    )


def _signal_fields(raw: Any, loc: _Locator) -> tuple[tuple[str, str], ...]:
    """``[signal_fields]``: column = "why it is needed" (every stored optional column)."""
    if not isinstance(raw, dict):
        raise _Problem(loc.line("", -1, "signal_fields"), "'signal_fields' must be a table")
    table = _Table(raw, loc, "signal_fields", -1, "signal_fields: ")
    out: dict[str, str] = {}
    for column in raw:
        if column not in OPTIONAL_SIGNAL_FIELDS:
            raise table.fail(
                column,
                f"{column!r} is not an optional signal column "
                f"(expected one of: {', '.join(OPTIONAL_SIGNAL_FIELDS)})",
            )
        out[column] = table.string(column)
    return tuple(out.items())


def _organisations(raw: list[dict[str, Any]], loc: _Locator) -> tuple[Organisation, ...]:
    out: list[Organisation] = []
    codes: set[str] = set()
    for i, data in enumerate(raw):
        table = _Table(data, loc, "organisations", i, f"organisation #{i + 1}: ")
        table.check_keys(_ORG_KEYS)
        name = table.string("name")
        table.what = f"organisation {name!r}: "
        code = table.string("code")
        if not _CODE_RE.match(code):
            raise table.fail("code", f"code {code!r} must be short UPPERCASE (e.g. YMERE)")
        if code in codes:
            raise table.fail("code", f"duplicate organisation code {code!r}")
        codes.add(code)
        kind = table.one_of("kind", ORGANISATION_KINDS, "organisation kind")
        aliases = table.names("aliases", pattern=None)
        out.append(Organisation(name=name, code=code, kind=kind, aliases=aliases))
    return tuple(out)


def _terms(
    raw: list[dict[str, Any]], loc: _Locator, signal_kinds: tuple[str, ...]
) -> tuple[TermRule, ...]:
    out: list[TermRule] = []
    ids: set[str] = set()
    for i, data in enumerate(raw):
        table = _Table(data, loc, "terms", i, f"term #{i + 1}: ")
        if "id" not in data:
            raise table.fail(None, "[[terms]] table without 'id'")
        term_id = table.string("id")
        table.what = f"term {term_id!r}: "
        if not _NAME_RE.match(term_id):
            raise table.fail("id", f"term id {term_id!r} must be a lower_case name")
        if term_id in ids:
            raise table.fail("id", f"duplicate term id {term_id!r}")
        ids.add(term_id)
        table.check_keys(_TERM_KEYS)

        unit = table.one_of("unit", TERM_UNITS, "unit")
        start = table.one_of("start", TERM_STARTS, "start event")
        if unit == "fixed":
            length = table.integer("length", 0)
            if length != 0:
                raise table.fail("length", "a fixed term has no length (leave it out or use 0)")
        else:
            length = table.integer("length")
            if length < 1:
                raise table.fail("length", "'length' must be at least 1")
        applies_to = table.names("applies_to")
        for kind in applies_to:
            if kind not in signal_kinds:
                raise table.fail(
                    "applies_to",
                    f"unknown signal kind {kind!r} in applies_to "
                    f"(profile has: {', '.join(signal_kinds)})",
                    kind,
                )
        met_by = table.names("met_by", required=True)
        for event in met_by:
            if event not in EVENT_KINDS:
                raise table.fail("met_by", f"unknown event kind {event!r} in met_by", event)
        roll_forward = table.boolean("roll_forward", unit in ("days", "weeks", "months"))
        if unit == "fixed" and roll_forward:
            raise table.fail(
                "roll_forward", "a fixed date is never moved; use roll_forward = false"
            )
        proximity = _proximity(table, unit)
        out.append(
            TermRule(
                id=term_id,
                label=table.string("label"),
                length=length,
                unit=unit,
                start=start,
                applies_to=applies_to,
                article=table.string("article"),
                met_by=met_by,
                roll_forward=roll_forward,
                is_default=table.boolean("default", False),
                proximity=proximity,
            )
        )
    return tuple(out)


def _proximity(table: _Table, unit: str) -> ProximityScale | None:
    """The scale of a fixed date: ``critical_within`` <= ``urgent_within`` <=
    ``attention_within`` working days, with ``proximity_basis`` saying why. All four or none
    (then :data:`DEFAULT_PROXIMITY`); only a fixed date has one."""
    present = [key for key in (*_PROXIMITY_KEYS, "proximity_basis") if key in table.data]
    if unit != "fixed":
        if present:
            raise table.fail(
                present[0], f"{present[0]!r} is only for a fixed date (unit = \"fixed\")"
            )
        return None
    if not present:
        return DEFAULT_PROXIMITY
    for key in (*_PROXIMITY_KEYS, "proximity_basis"):
        if key not in table.data:
            raise table.fail(
                present[0],
                f"{key!r} is missing: give critical_within, urgent_within, attention_within "
                "and proximity_basis together",
            )
    days = [table.integer(key) for key in _PROXIMITY_KEYS]
    for key, value in zip(_PROXIMITY_KEYS, days, strict=True):
        if value < 0:
            raise table.fail(key, f"{key!r} must not be negative")
    for i in (1, 2):
        if days[i] < days[i - 1]:
            key, prev_key = _PROXIMITY_KEYS[i], _PROXIMITY_KEYS[i - 1]
            raise table.fail(
                key, f"{key!r} ({days[i]}) must not be less than {prev_key!r} ({days[i - 1]})"
            )
    return ProximityScale(days[0], days[1], days[2], table.string("proximity_basis"))
