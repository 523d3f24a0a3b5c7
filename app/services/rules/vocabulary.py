"""The closed word lists the rules engine understands.

Profiles are data, but a word in a profile only means something if code acts on it: a term
unit needs counting code, an event kind needs a screen that records it. Keeping the lists in
one place lets the profile loader reject typos with a line number instead of silently
computing nothing.
"""

from __future__ import annotations

ORGANISATION_KINDS: tuple[str, ...] = (
    "corporatie",
    "wijkteam",
    "sdv",
    "troubleshooter",
    "uitvoerder",
    "beleid",
)

TERM_UNITS: tuple[str, ...] = ("working_days", "days", "weeks", "months", "fixed")

# What a term counts from. "signal", "bailiff_date" and "eviction_date" are case facts;
# the other two are the latest event of the matching kind (see START_EVENT_KINDS).
TERM_STARTS: tuple[str, ...] = (
    "signal",
    "bailiff_date",
    "eviction_date",
    "missed_rent_notice",
    "settlement_start",
)
START_EVENT_KINDS: dict[str, str] = {
    "missed_rent_notice": "missed_rent_notice",
    "settlement_start": "settlement_started",
}

# Signal columns that are stored only when the covenant profile declares them, with a reason
# (`[signal_fields]`; B2 step 1: only what is necessary). The other columns of the import format
# (corporation, reference, signal date, kind, consent, name, address, date of birth, occupants,
# date the arrears arose) are what a signal is, and always stored.
OPTIONAL_SIGNAL_FIELDS: tuple[str, ...] = (
    "telefoon",
    "email",
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
)

# Canonical order, also the order in which reasons are shown (H 3.6, B2 step 4).
PRIORITY_GROUPS: tuple[str, ...] = ("children", "65plus", "statushouder", "known")

EVENT_KINDS: tuple[str, ...] = (
    "contact_attempt",
    "contact_made",
    "feedback_sent",
    "taken_on",
    "not_taken_on",
    "proposal_sent",
    "no_proposal_possible",
    "arrangement_made",
    "arrangement_broken",
    "bailiff_cancelled",
    "missed_rent_notice",
    "rent_resumed",
    "settlement_started",
    "settlement_ended",
    "settlement_feedback_sent",
    "settlement_accepted",
    "settlement_refused",
    "trajectory_ended",
    "wsnp_requested",
    "instrument_deployed",
    "troubleshooter_informed",
    "eviction_averted",
    "case_closed",
)
