"""Why a letter cannot be made, said exactly, in English (command line) and Dutch (window).

A refused letter lists every missing thing at once, so the worker can fix them in one go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Missing:
    """One thing that stands in the way: a stable code plus the sentence in both languages."""

    code: str
    en: str
    nl: str


class LetterProblem(Exception):
    """The letter cannot be made as asked. `str()` is English; `dutch()` is for the window."""

    def __init__(self, items: Sequence[Missing]) -> None:
        if not items:
            raise ValueError("a LetterProblem needs at least one reason")
        self.items: tuple[Missing, ...] = tuple(items)
        super().__init__("; ".join(item.en for item in self.items))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.items)

    def english(self) -> str:
        return str(self)

    def dutch(self) -> str:
        if len(self.items) == 1:
            return self.items[0].nl
        return "De brief kan niet worden gemaakt:\n" + "\n".join(
            f"• {item.nl}" for item in self.items
        )


def problem(code: str, en: str, nl: str) -> LetterProblem:
    return LetterProblem([Missing(code, en, nl)])


def no_case(case_id: int) -> Missing:
    return Missing("no_case", f"there is no case {case_id}", f"Zaak {case_id} bestaat niet.")


def case_closed(case_id: int) -> Missing:
    return Missing(
        "closed",
        f"case {case_id} is closed",
        "Deze zaak is gesloten; er wordt geen brief meer voor gemaakt.",
    )


def no_contact(role: str, organisation: str, postcode: str | None = None) -> Missing:
    """'Er staat geen contactpersoon van Ymere in de contactlijst.'"""
    if role == "wijkteam":
        where_en = f" for postcode {postcode}" if postcode else ""
        where_nl = f" voor postcode {postcode}" if postcode else ""
        return Missing(
            "no_contact_wijkteam",
            f"there is no contact person of the Sociaal Wijkteam{where_en} in the contact list",
            f"Er staat geen contactpersoon van het Sociaal Wijkteam{where_nl} in de contactlijst.",
        )
    if role == "troubleshooter":
        return Missing(
            "no_contact_troubleshooter",
            "there is no troubleshooter in the contact list",
            "Er staat geen troubleshooter in de contactlijst.",
        )
    return Missing(
        f"no_contact_{role}",
        f"there is no contact person of {organisation} in the contact list",
        f"Er staat geen contactpersoon van {organisation} in de contactlijst.",
    )


def contact_unreachable(organisation: str, name: str) -> Missing:
    return Missing(
        "contact_unreachable",
        f"the contact person of {organisation} ({name}) has neither a phone number nor an "
        "e-mail address in the contact list, so the tenant cannot be told how to decline",
        f"De contactpersoon van {organisation} ({name}) heeft geen telefoonnummer en geen "
        "e-mailadres in de contactlijst. Dan kan de huurder niet laten weten dat hij of zij "
        "geen bezoek wil.",
    )


_ADDRESS_PARTS = {
    "tenant_name": ("name", "naam"),
    "street": ("street", "straat"),
    "house_number": ("house number", "huisnummer"),
    "postcode": ("postcode", "postcode"),
    "city": ("town", "woonplaats"),
}


def incomplete_address(parts: Sequence[str]) -> Missing:
    en = [_ADDRESS_PARTS[p][0] for p in parts]
    nl = [_ADDRESS_PARTS[p][1] for p in parts]
    return Missing(
        "address_incomplete",
        f"the tenant's address is incomplete: {_join(en, 'and')} {_is_are(en)} missing",
        f"Het adres van de huurder is niet compleet: {_join(nl, 'en')} "
        f"{'ontbreekt' if len(nl) == 1 else 'ontbreken'}.",
    )


def no_eviction_date() -> Missing:
    return Missing(
        "no_eviction_date",
        "no eviction date is known for this case (record the court verdict first)",
        "Er is nog geen ontruimingsdatum bekend. Leg eerst het vonnis met de ontruimingsdatum "
        "vast.",
    )


def visit_in_past() -> Missing:
    return Missing(
        "visit_in_past",
        "the visit lies in the past",
        "De datum van het huisbezoek ligt in het verleden.",
    )


_LETTERHEAD_PARTS = {
    "office_name": ("office name", "de naam van het kantoor"),
    "address": ("office address", "het adres van het kantoor"),
    "signer": ("signer's name", "de naam van de ondertekenaar"),
    "signer_function": ("signer's function", "de functie van de ondertekenaar"),
}


#: where the window asks for each part: the settings pages "Kantoor" and "Briefhoofd"
_LETTERHEAD_PAGES = {
    "office_name": "Kantoor",
    "address": "Kantoor",
    "signer": "Briefhoofd",
    "signer_function": "Briefhoofd",
}


def letterhead_incomplete(parts: Sequence[str]) -> Missing:
    en = [_LETTERHEAD_PARTS[p][0] for p in parts]
    nl = [_LETTERHEAD_PARTS[p][1] for p in parts]
    pages = list(dict.fromkeys(_LETTERHEAD_PAGES[p] for p in parts))
    where = " en ".join(f"Instellingen > {page}" for page in pages)
    return Missing(
        "letterhead_incomplete",
        f"the letterhead is incomplete: {_join(en, 'and')} {_is_are(en)} missing "
        "(set with `vangnet letterhead`)",
        f"Het briefhoofd is niet compleet: {_join(nl, 'en')} "
        f"{'ontbreekt' if len(nl) == 1 else 'ontbreken'}. Vul dit in bij {where}.",
    )


def _join(words: Sequence[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def _is_are(words: Sequence[str]) -> str:
    return "is" if len(words) == 1 else "are"
