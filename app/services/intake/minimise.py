"""Only what the covenant lets the office keep (B2 step 1, "alleen noodzakelijke gegevens").

A signal's core — corporation, reference, signal date, kind, consent, name, address, date of
birth, occupants, date the arrears arose — is always stored. Every other column of the import
format is stored only when the covenant profile declares it in ``[signal_fields]`` with the
reason it is needed. :func:`minimise` blanks the rest; `store_records` applies it to every
signal it stores (file import, the new-signal window, the demo), so nothing undeclared reaches
the database whatever the way in. A corporation's free text (``notitie``) is such a column.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.services.intake.signals import SignalRecord
from app.services.rules.profile import CovenantProfile
from app.services.rules.vocabulary import OPTIONAL_SIGNAL_FIELDS

#: each optional column: the record's attribute and its "not given" value
_BLANK: dict[str, tuple[str, Any]] = {
    "telefoon": ("phone", None),
    "email": ("email", None),
    "achterstand_maanden": ("arrears_months", None),
    "achterstand_bedrag": ("arrears_amount", None),
    "maandhuur": ("monthly_rent", None),
    "deurwaarder_gepland": ("bailiff_date", None),
    "ontruimingsdatum": ("eviction_date", None),
    "kinderen_onder_18": ("children_under_18", None),
    "geboortedata_bewoners": ("occupant_birth_dates", ()),
    "statushouder": ("statushouder", False),
    "bekend_bij_wijkteam": ("known", False),
    "notitie": ("note", None),
}
assert set(_BLANK) == set(OPTIONAL_SIGNAL_FIELDS)


def not_stored(profile: CovenantProfile) -> tuple[str, ...]:
    """The optional columns this covenant does not keep."""
    return tuple(c for c in OPTIONAL_SIGNAL_FIELDS if not profile.stores(c))


def minimise(record: SignalRecord, profile: CovenantProfile) -> SignalRecord:
    """The record with every column the profile does not declare left empty."""
    blanks = {_BLANK[c][0]: _BLANK[c][1] for c in not_stored(profile)}
    return dataclasses.replace(record, **blanks) if blanks else record


def dropped_warning(columns: list[str], covenant: str) -> str:
    return (
        f"not stored under {covenant}: column(s) {', '.join(columns)}; their values were "
        "dropped (B2 step 1: only the data the covenant needs)"
    )
