"""Why a letter cannot be made, as catalogue problems (texts in `catalogue/letters.py`).

A refused letter lists every missing thing at once, so the worker can fix them in one go.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.services.problems import Problem, Refusal, problem

#: one thing that stands in the way of a letter (kept as a name: the builders collect them)
Missing = Problem


class LetterProblem(Refusal):
    """The letter cannot be made as asked. `str()` is the English the command line has always
    printed: the problems joined by "; "."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The short codes (``no_case``, ``before_signal``): the part after the area."""
        return tuple(item.code.split(".")[1] for item in self.problems)

    def __str__(self) -> str:
        return "; ".join(item.english() for item in self.problems)


def refused(missing: Sequence[Problem]) -> LetterProblem:
    """The refusal for what the builder found: several problems under one heading."""
    if len(missing) == 1:
        return LetterProblem(missing[0])
    return LetterProblem(*missing, heading=problem("letter.refused"))


def no_case(case_id: int) -> Problem:
    return problem("letter.no_case", case=case_id)


def case_closed(case_id: int) -> Problem:
    return problem("letter.closed", case=case_id)


def no_contact(role: str, organisation: str, postcode: str | None = None) -> Problem:
    """'Er staat geen contactpersoon van Ymere in de contactlijst.'"""
    if role == "wijkteam":
        if postcode:
            return problem("letter.no_contact_wijkteam.postcode", postcode=postcode)
        return problem("letter.no_contact_wijkteam")
    if role == "troubleshooter":
        return problem("letter.no_contact_troubleshooter")
    return problem("letter.no_contact_corporatie", organisation=organisation)


def contact_unreachable(organisation: str, name: str) -> Problem:
    return problem("letter.contact_unreachable", organisation=organisation, name=name)


_ADDRESS_PARTS = ("tenant_name", "street", "house_number", "postcode", "city")
_LETTERHEAD_PARTS = ("office_name", "address", "signer", "signer_function")
#: the parts the window asks for on the settings page "Office" (the rest: "Letterhead")
_OFFICE_PAGE = {"office_name", "address"}

_LISTS = {
    2: "letter.list.two",
    3: "letter.list.three",
    4: "letter.list.four",
    5: "letter.list.five",
}
_LIST_FIELDS = ("first", "second", "third", "fourth")


def _listed(items: Sequence[Problem]) -> Problem:
    """'street and postcode', 'name, street and town': the conjunction is the language's."""
    if len(items) == 1:
        return items[0]
    fields = dict(zip(_LIST_FIELDS, items[:-1], strict=False))
    return problem(_LISTS[len(items)], **fields, last=items[-1])


def _missing(count: int) -> Problem:
    return problem("letter.missing.one" if count == 1 else "letter.missing.many")


def incomplete_address(parts: Sequence[str]) -> Problem:
    listed = _listed([problem(f"letter.address_part.{p}") for p in parts if p in _ADDRESS_PARTS])
    return problem("letter.address_incomplete", parts=listed, missing=_missing(len(parts)))


def no_eviction_date() -> Problem:
    return problem("letter.no_eviction_date")


def visit_in_past() -> Problem:
    return problem("letter.visit_in_past")


def letterhead_incomplete(parts: Sequence[str]) -> Problem:
    """The window's text names the settings page(s) to fill in, so the variant follows them."""
    names = [problem(f"letter.letterhead_part.{p}") for p in parts if p in _LETTERHEAD_PARTS]
    listed = _listed(names)
    missing = _missing(len(parts))
    on_office = any(p in _OFFICE_PAGE for p in parts)
    on_letterhead = any(p not in _OFFICE_PAGE for p in parts)
    if on_office and on_letterhead:
        return problem("letter.letterhead_incomplete.both", parts=listed, missing=missing)
    if on_office:
        return problem("letter.letterhead_incomplete.office", office_parts=listed, missing=missing)
    return problem("letter.letterhead_incomplete.letterhead", signer_parts=listed, missing=missing)
