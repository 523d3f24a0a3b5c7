"""Columns, roles and file names of the shared contact list (docs/formats/contact-list.md)."""

from __future__ import annotations

from app.models.contact import CONTACT_ROLES

__all__ = [
    "CONTACT_COLUMNS",
    "CONTACT_ROLES",
    "FILE_NAMES",
    "MAX_LENGTHS",
    "REQUIRED_COLUMNS",
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
}
