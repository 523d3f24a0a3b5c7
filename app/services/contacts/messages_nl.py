"""Dutch wording for what the contact-list sync reports, for the screen.

The sync speaks short English (the command line uses it as is). The checks it shares with the
signal import (phone, e-mail, dates, the CSV reader) already have Dutch wording in
:mod:`app.services.intake.messages_nl`; this module adds the contact list's own messages and
falls back to that module for the rest. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.services.contacts.folder import NotTaken
from app.services.intake import messages_nl as intake
from app.services.intake.problems import FileProblem, RowError

__all__ = [
    "column_label_nl",
    "contact_message_nl",
    "file_problem_nl",
    "not_taken_nl",
    "role_label_nl",
    "row_error_nl",
    "to_dutch",
    "warning_nl",
]

_COLUMN_LABELS = {
    "organisatie": "organisatie",
    "code": "code",
    "rol": "rol",
    "naam": "naam",
    "functie": "functie",
    "telefoon": "telefoon",
    "email": "e-mail",
    "wijk": "wijk",
    "geldig_vanaf": "geldig vanaf",
    "aanhef": "aanhef",
}

_ROLE_LABELS = {
    "corporatie": "woningcorporatie",
    "wijkteam": "sociaal wijkteam",
    "sdv": "schulddienstverlening",
    "troubleshooter": "troubleshooter",
    "beleidsadviseur": "beleidsadviseur",
    "uitvoerder": "uitvoerder",
}

_Translate = str | Callable[[re.Match[str]], str]

_CELL_RULES: tuple[tuple[str, _Translate], ...] = (
    (
        r"unknown role '(?P<role>.*)' \(use corporatie, wijkteam, sdv, troubleshooter, "
        r"beleidsadviseur or uitvoerder\)",
        "onbekende rol '{role}' (gebruik corporatie, wijkteam, sdv, troubleshooter, "
        "beleidsadviseur of uitvoerder)",
    ),
    (
        r"a phone number or an e-mail address is needed \(telefoon or email\)",
        "vul een telefoonnummer of een e-mailadres in (kolom telefoon of email)",
    ),
    (
        r"too long \((?P<n>\d+) characters; at most (?P<max>\d+)\)",
        "te lang ({n} tekens; hoogstens {max})",
    ),
    (
        r"same organisatie, rol, naam and wijk as row (?P<r>\d+)",
        "dezelfde organisatie, rol, naam en wijk als rij {r}; een contactpersoon staat maar "
        "één keer in de lijst",
    ),
    (
        r"and (?P<n>[\d,]+) more problem\(s\); only the first (?P<k>\d+) are listed",
        lambda m: (
            f"en nog {m['n'].replace(',', '.')} andere problemen; alleen de eerste {m['k']} "
            "staan hierboven"
        ),
    ),
    (
        r"write mevrouw or de heer \(the surname comes from naam\), a title with the surname "
        r"\(mevrouw El Amrani\) or the whole salutation \(Geachte mevrouw Groen\)",
        "schrijf mevrouw of de heer (de achternaam komt dan uit de kolom naam), een aanhef met "
        "achternaam (mevrouw El Amrani) of de hele aanhef (Geachte mevrouw Groen)",
    ),
    (
        r"the header needs a telefoon or an email column",
        "de kopregel (rij 1) heeft een kolom telefoon of een kolom email nodig",
    ),
)

_FILE_RULES: tuple[tuple[str, _Translate], ...] = (
    (
        r"the list has no contacts, only the header; an empty list is not taken",
        "De lijst bevat geen contactpersonen, alleen de kopregel. Een lege lijst wordt niet "
        "overgenomen.",
    ),
    # the workbook's own problems are worded by the shared intake catalogue
    (
        r"the file is (?P<mb>[\d.]+) MB; a contact list is at most (?P<max>\d+) MB "
        r"\(is this the right file\?\)",
        lambda m: (
            f"Het bestand is {m['mb'].replace('.', ',')} MB; een contactlijst is hoogstens "
            f"{m['max']} MB. Is dit het goede bestand?"
        ),
    ),
)


def _compile(
    rules: tuple[tuple[str, _Translate], ...],
) -> tuple[tuple[re.Pattern[str], _Translate], ...]:
    return tuple((re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in rules)


_CELL_PATTERNS = _compile(_CELL_RULES)
_FILE_PATTERNS = _compile(_FILE_RULES)


def _apply(rules: tuple[tuple[re.Pattern[str], _Translate], ...], text: str) -> str | None:
    for pattern, dutch in rules:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        return dutch.format(**match.groupdict()) if isinstance(dutch, str) else dutch(match)
    return None


def column_label_nl(column: str) -> str:
    key = column.strip().lower()
    if key == "-":
        return "de rij"
    return _COLUMN_LABELS.get(key, key.replace("_", " "))


def role_label_nl(role: str) -> str:
    return _ROLE_LABELS.get(role, role)


def contact_message_nl(message: str) -> str | None:
    """The Dutch for one English cell message (the contact list's own, then the shared ones)."""
    text = message.strip()
    own = _apply(_CELL_PATTERNS, text)
    return own if own is not None else intake.message_nl(text)


def to_dutch(error: RowError) -> str:
    dutch = contact_message_nl(error.message)
    if dutch is not None:
        return dutch
    if error.column == "-":
        return "deze rij bevat een fout; controleer de rij"
    return f"de waarde bij '{column_label_nl(error.column)}' klopt niet; controleer de cel"


def row_error_nl(error: RowError) -> str:
    """``Rij 7, kolom telefoon: …`` — the column as the file names it."""
    where = f"Rij {error.row}" if error.column == "-" else f"Rij {error.row}, kolom {error.column}"
    return f"{where}: {to_dutch(error)}"


def file_problem_nl(problem: FileProblem | str) -> str:
    text = (problem.message if isinstance(problem, FileProblem) else problem).strip()
    own = _apply(_FILE_PATTERNS, text)
    return own if own is not None else intake.file_problem_nl(text)


def warning_nl(warning: str) -> str:
    return intake.warning_nl(warning)


def not_taken_nl(outcome: str, reason: str | None, file_name: str | None = None) -> str:
    """Why the folder's file was not taken this time (busy, missing, unreachable)."""
    name = file_name or "De contactlijst"
    if outcome == "unreachable":
        return (
            "De gedeelde map is niet bereikbaar (geen netwerk, of de map bestaat niet meer). "
            "Vangnet werkt verder met de laatst opgehaalde lijst."
        )
    if outcome == "missing" and reason == "not_a_file":
        return (
            f"{name} in de gedeelde map is geen gewoon bestand (maar een snelkoppeling, pipe of "
            "apparaat); Vangnet leest het niet. Vangnet werkt verder met de laatst opgehaalde "
            "lijst."
        )
    if outcome == "missing":
        return (
            "In de gedeelde map staat geen contactlijst.xlsx of contactlijst.csv. Vangnet werkt "
            "verder met de laatst opgehaalde lijst."
        )
    busy = {
        "lock_file": f"{name} is geopend in Excel.",
        "empty": f"{name} is leeg; misschien wordt het bestand nog opgeslagen.",
        "changing": f"{name} wordt nog opgeslagen.",
        "unreadable": f"{name} kan nu niet worden gelezen (in gebruik of geen toegang).",
        "vanished": f"{name} werd net vervangen.",
    }
    first = busy.get(reason or "", f"{name} is nu niet beschikbaar.")
    return f"{first} Vangnet probeert het zo opnieuw; er is niets veranderd."


def not_taken_from(why: NotTaken) -> str:
    return not_taken_nl(why.outcome, why.reason, why.file_name)
