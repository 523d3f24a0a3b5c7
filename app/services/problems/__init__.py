"""Problems as data: every refusal a service gives is a `Problem` — a code and its parameters.

A service never words a refusal in a language. It raises `Refusal(problem, ...)` (or a subclass
that callers catch by kind); the catalogue (`app/services/problems/catalogue`) holds one English
text per code, which is what the command line prints, and the window shows the same text through
Qt's translation pipeline (`app/ui/problem_text.py`), so the Dutch lives in
`translations/vangnet_nl.ts` next to every other window text and `make test` fails on one that is
missing. Placeholders are ``{name}`` fields, filled in one pass; a parameter may itself be a
problem (a reason inside a sentence, a field's name), rendered in the same language.

    raise Refusal(problem("file.unreadable", name="contacts.csv", reason=os_reason(exc)))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from string import Formatter
from typing import Union

from app.services.problems.catalogue import CATALOGUE

Translate = Callable[[str], str]
SpellDate = Callable[[date], str]
#: what a parameter can be: text, a number, a day (each language writes it its own way), or a
#: problem inside the sentence
Value = Union[str, int, date, "Problem"]


@dataclass(frozen=True, eq=True)
class Problem:
    """One thing that stands in the way, as data: a catalogue code and the values for its text."""

    code: str
    params: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"no catalogue text for problem {self.code!r}")
        wanted = fields_of(CATALOGUE[self.code])
        given = set(self.params)
        if wanted != given:
            raise ValueError(
                f"problem {self.code!r} needs {sorted(wanted)}, was given {sorted(given)}"
            )
        object.__setattr__(self, "params", dict(self.params))  # a copy the caller cannot change

    def english(self) -> str:
        return render(self, _untranslated)

    def __str__(self) -> str:
        return self.english()


def problem(code: str, **params: Value) -> Problem:
    return Problem(code, params)


def render(item: Problem, translate: Translate, spell_date: SpellDate | None = None) -> str:
    """The problem's text in the language `translate` gives (identity: English); a date
    parameter as `spell_date` writes it (default ISO, as the command line shows dates)."""
    template = translate(CATALOGUE[item.code])
    spell = spell_date or date.isoformat
    values = {name: _spelled(value, translate, spell) for name, value in item.params.items()}
    return template.format_map(values)  # one pass: a value holding "{x}" stays as it is


def _spelled(value: Value, translate: Translate, spell: SpellDate) -> str:
    if isinstance(value, Problem):
        return render(value, translate, spell)
    if isinstance(value, date):
        return spell(value)
    return str(value)


def english(item: Problem | Refusal) -> str:
    return str(item)


class Refusal(Exception):
    """A service cannot do what was asked. `problems` say why; `str()` is the English for the
    command line; the window shows `app.ui.problem_text.dutch(refusal)`.

    `heading`, when given, introduces a list of several problems ("the letter cannot be made:").
    Subclasses name the kind of refusal so callers can catch just that kind.
    """

    def __init__(self, *problems: Problem, heading: Problem | None = None) -> None:
        if not problems:
            raise ValueError("a refusal needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.heading = heading
        super().__init__(self.text(_untranslated))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.problems)

    @property
    def first(self) -> Problem:
        return self.problems[0]

    def text(
        self, translate: Translate, *, bullet: str = "• ", spell_date: SpellDate | None = None
    ) -> str:
        """All problems in one language: one sentence, or the heading and one line per problem."""
        lines = [render(item, translate, spell_date) for item in self.problems]
        if len(lines) == 1 and self.heading is None:
            return lines[0]
        if self.heading is None:
            return "\n".join(lines)
        heading = render(self.heading, translate, spell_date)
        return heading + "\n" + "\n".join(bullet + line for line in lines)

    def english(self) -> str:
        return str(self)

    def __str__(self) -> str:
        return self.text(_untranslated, bullet="  ") if self.heading else self.text(_untranslated)

    def __reduce__(self) -> tuple[object, ...]:  # crosses a process boundary intact
        return (_rebuild, (type(self), self.problems, self.heading))


def _rebuild(
    kind: type[Refusal], problems: tuple[Problem, ...], heading: Problem | None
) -> Refusal:
    refusal = Refusal.__new__(kind)
    Refusal.__init__(refusal, *problems, heading=heading)
    return refusal


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _untranslated(text: str) -> str:
    return text


def all_codes() -> Iterable[str]:
    return CATALOGUE.keys()


__all__ = ["Problem", "Refusal", "english", "problem", "render", "fields_of", "all_codes"]
