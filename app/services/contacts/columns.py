"""Columns, roles and file names of the shared contact list (docs/formats/contact-list.md)."""

from __future__ import annotations

from app.models.contact import CONTACT_ROLES

__all__ = [
    "CONTACT_COLUMNS",
    "CONTACT_ROLES",
    "FILE_NAMES",
    "MAX_LENGTHS",
    "REQUIRED_COLUMNS",
    "TITLES",
    "form_of_address_problem",
    "split_title",
]

#: every column the format defines, in the documented order
CONTACT_COLUMNS: tuple[str, ...] = (
    "organisatie",
    "code",
    "rol",
    "naam",
    "functie",
    "telefoon",
    "email",
    "wijk",
    "geldig_vanaf",
    # last, so a list made before it existed only needs a column added at the end
    "aanhef",
)

#: columns the header must have; a row also needs ``telefoon`` or ``email``
REQUIRED_COLUMNS: tuple[str, ...] = ("organisatie", "rol", "naam")

#: the file names looked for in the shared folder (any case), the workbook first on a tie
FILE_NAMES: tuple[str, ...] = ("contactlijst.xlsx", "contactlijst.csv")

#: longest text the store keeps per column (the model's column widths)
MAX_LENGTHS: dict[str, int] = {
    "organisatie": 200,
    "code": 32,
    "naam": 200,
    "functie": 200,
    "telefoon": 40,
    "wijk": 100,
    "aanhef": 100,
}

#: how the ``aanhef`` column may write a title, and how a salutation writes it ("Geachte heer
#: Visser": the "de" of "de heer" belongs to an address line, not after "Geachte")
TITLES: dict[str, str] = {
    "mevrouw": "mevrouw",
    "mevr.": "mevrouw",
    "mevr": "mevrouw",
    "mw.": "mevrouw",
    "mw": "mevrouw",
    "de heer": "heer",
    "heer": "heer",
    "dhr.": "heer",
    "dhr": "heer",
    "meneer": "heer",
}


def split_title(text: str) -> tuple[str, str] | None:
    """("mevrouw", "El Amrani") for "mw. El Amrani"; None when the text starts with no title."""
    words = text.split()
    for count in (2, 1):
        head = " ".join(words[:count]).casefold()
        if len(words) >= count and head in TITLES:
            return TITLES[head], " ".join(words[count:])
    return None


def form_of_address_problem(text: str) -> str | None:
    """Why an ``aanhef`` cannot be used (English, like every check of the list), or None.

    Accepted: a title (``mevrouw``, ``de heer``; also ``mw.``, ``mevr.``, ``dhr.``, ``heer``),
    then the surname comes from ``naam``; a title with the surname (``mevrouw El Amrani``); or
    the whole salutation (``Geachte mevrouw Groen``)."""
    value = " ".join(text.split())
    if not value or value.casefold().startswith("geachte "):
        return None
    if split_title(value) is not None:
        return None
    return (
        "write mevrouw or de heer (the surname comes from naam), a title with the surname "
        "(mevrouw El Amrani) or the whole salutation (Geachte mevrouw Groen)"
    )
