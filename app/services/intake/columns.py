"""Column names of the signal CSV format (docs/formats/signal-csv.md), normalised."""

from __future__ import annotations

__all__ = ["REQUIRED_COLUMNS", "SIGNAL_COLUMNS"]

#: every column the format defines, in the documented order
SIGNAL_COLUMNS: tuple[str, ...] = (
    "corporatie",
    "referentie",
    "melddatum",
    "soort",
    "toestemming",
    "naam",
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
    "telefoon",
    "email",
    "geboortedatum",
    "aantal_bewoners",
    "achterstand_sinds",
    "achterstand_maanden",
    "achterstand_bedrag",
    "maandhuur",
    "deurwaarder_gepland",
    "ontruimingsdatum",
    "kinderen_onder_18",
    "geboortedata_bewoners",
    "statushouder",
    "bekend_bij_wijkteam",
    "notitie",
    "strafbaar_feit",
)

#: columns the header must have (``toestemming`` and ``achterstand_sinds`` are only required
#: per row, depending on ``soort``)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "corporatie",
    "referentie",
    "melddatum",
    "soort",
    "naam",
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
    "geboortedatum",
    "aantal_bewoners",
)
