"""Human words for codes: priority reasons, statuses, kinds, deadlines, flags, events.

English source strings marked for translation (Dutch is the default language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import fill

# Written out as translate("Labels", "…") at every string so that lupdate finds them.
translate = QCoreApplication.translate


def reason(code: str) -> str:
    return {
        "children": translate("Labels", "children"),
        "65plus": translate("Labels", "65+"),
        "statushouder": translate("Labels", "statushouder"),
        "known": translate("Labels", "known"),
    }.get(code, code)


def reason_long(code: str) -> str:
    return {
        "children": translate("Labels", "a child under 18 in the household"),
        "65plus": translate("Labels", "tenant or occupant aged 65 or over"),
        "statushouder": translate("Labels", "statushouder (residence permit)"),
        "known": translate("Labels", "already known to the wijkteam or SDV"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "nieuw": translate("Labels", "new"),
        "in_behandeling": translate("Labels", "in progress"),
        "niet_in_behandeling": translate("Labels", "not taken on"),
        "overgedragen": translate("Labels", "handed over"),
        "gesloten": translate("Labels", "closed"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "huurachterstand": translate("Labels", "rent arrears"),
        "meer_dan_huurachterstand": translate("Labels", "more than rent arrears"),
        "zorgen_zonder_achterstand": translate("Labels", "concern without arrears"),
    }.get(code, code)


def deadline(code: str) -> str:
    return {
        "contact": translate("Labels", "Contact tenant"),
        "feedback": translate("Labels", "Feedback to corporation"),
        "proposal": translate("Labels", "Payment proposal"),
        "bailiff": translate("Labels", "Planned bailiff date"),
        "recovery": translate("Labels", "Recovery term (current rent)"),
        "eviction": translate("Labels", "Eviction date"),
        "amicable_max": translate("Labels", "Amicable settlement (max. 36 months)"),
    }.get(code, code)


def deadline_short(code: str) -> str:
    return {
        "contact": translate("Labels", "contact"),
        "feedback": translate("Labels", "feedback"),
        "proposal": translate("Labels", "proposal"),
        "bailiff": translate("Labels", "bailiff"),
        "recovery": translate("Labels", "recovery term"),
        "eviction": translate("Labels", "eviction"),
        "amicable_max": translate("Labels", "settlement max."),
    }.get(code, code)


def deadline_status(code: str) -> str:
    return {
        "open": translate("Labels", "open"),
        "overdue": translate("Labels", "overdue"),
        "met": translate("Labels", "met"),
        "late": translate("Labels", "met late"),
        "stopped": translate("Labels", "lapsed"),
        "passed": translate("Labels", "date passed"),
    }.get(code, code)


def proximity(code: str) -> str:
    """How close a fixed date (eviction, bailiff) is, on its own scale (issue 16.4)."""
    return {
        "critical": translate("Labels", "very close"),
        "urgent": translate("Labels", "close"),
        "attention": translate("Labels", "approaching"),
        "planned": translate("Labels", "planned"),
    }.get(code, code)


def proximity_long(code: str, critical: int, urgent: int, attention: int) -> str:
    """Where a fixed date stands on its scale, with the scale's numbers (from the profile)."""
    text = {
        "critical": translate("Labels", "Red: within %1 working days."),
        "urgent": translate("Labels", "Orange: within %2 working days."),
        "attention": translate("Labels", "Amber: within %3 working days."),
        "planned": translate("Labels", "Planned: more than %3 working days away."),
    }.get(code, "")
    return (
        fill(text, str(critical), str(urgent), str(attention))
    )


def flag(code: str) -> str:
    return {
        "late_signal": translate("Labels", "late signal"),
        "bailiff_blocked": translate("Labels", "bailiff blocked"),
        "eviction_without_ground": translate("Labels", "eviction without ground"),
        "benefit_unrecorded": translate("Labels", "benefit not recorded"),
    }.get(code, code)


def flag_long(code: str) -> str:
    return {
        "late_signal": translate(
            "Labels", "The signal arrived less than 14 days before the planned bailiff date."
        ),
        "bailiff_blocked": translate(
            "Labels",
            "A bailiff is planned but no instrument of the Sluitende Aanpak was recorded before "
            "the bailiff date.",
        ),
        "eviction_without_ground": translate(
            "Labels",
            "An eviction date is set but no ground is recorded: refusal or non-compliance, "
            "housing fraud or long-running nuisance (article 1.13 paragraph 3).",
        ),
        "benefit_unrecorded": translate(
            "Labels",
            "Geregelde Betaling was deployed, but it is not recorded that the tenant has a "
            "Participatiewet benefit.",
        ),
    }.get(code, code)


def event(code: str) -> str:
    return {
        "contact_attempt": translate("Labels", "Contact attempt"),
        "taken_on": translate("Labels", "Taken on"),
        "not_taken_on": translate("Labels", "Not taken on"),
        "feedback_sent": translate("Labels", "Feedback sent to the corporation"),
        "proposal_sent": translate("Labels", "Payment proposal sent"),
        "no_proposal_possible": translate("Labels", "No proposal possible (corporation informed)"),
        "arrangement_made": translate("Labels", "Payment arrangement made"),
        "missed_rent_notice": translate("Labels", "Notice: current rent not paid"),
        "rent_resumed": translate("Labels", "Current rent paid again"),
        "bailiff_date_set": translate("Labels", "Bailiff date planned"),
        "bailiff_cancelled": translate("Labels", "Bailiff cancelled"),
        "eviction_date_set": translate("Labels", "Court verdict: eviction date"),
        "eviction_averted": translate("Labels", "Eviction averted"),
        "troubleshooter_informed": translate("Labels", "Troubleshooter informed"),
        "instrument_deployed": translate("Labels", "Instrument deployed"),
        "settlement_started": translate("Labels", "Amicable settlement started"),
        "settlement_ended": translate("Labels", "Amicable settlement ended"),
        "settlement_feedback_sent": translate(
            "Labels", "Debt help reported back to corporation and wijkteam"
        ),
        "settlement_accepted": translate("Labels", "Corporation accepts the settlement offer"),
        "settlement_refused": translate("Labels", "Corporation refuses the settlement offer"),
        "wsnp_requested": translate("Labels", "Wsnp request filed with the court"),
        "arrangement_broken": translate("Labels", "Payment agreement not kept"),
        "trajectory_ended": translate("Labels", "Debt-help trajectory ended"),
        "handover": translate("Labels", "Handed over"),
        "handover_received": translate("Labels", "Handover received"),
        "cooperation_refused": translate("Labels", "Tenant refuses to cooperate"),
        "collection_answer": translate("Labels", "Answer: may collection resume"),
        "eviction_ground": translate("Labels", "Ground for eviction (Sluitende Aanpak)"),
        "arrangement_in_place": translate(
            "Labels", "Payment arrangement already in place at the signal"
        ),
        "sdv_crisis_list_added": translate("Labels", "Placed on the SDV crisis list"),
        "sdv_crisis_list_removed": translate("Labels", "Taken off the SDV crisis list"),
        "closed": translate("Labels", "Case closed"),
        "letter_generated": translate("Labels", "Letter made"),
    }.get(code, code)


def contact_method(code: str) -> str:
    return {
        "brief_met_afmelding": translate("Labels", "letter with option to decline the visit"),
        "brief_zonder_afmelding": translate("Labels", "letter without that option"),
        "telefoon": translate("Labels", "by phone"),
        "huisbezoek": translate("Labels", "unannounced visit"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "voorkomen": translate("Labels", "eviction prevented"),
        "ontruimd": translate("Labels", "evicted"),
        "sleutels_ingeleverd": translate("Labels", "keys handed in"),
        "verhuisd": translate("Labels", "moved"),
        "niet_in_behandeling": translate("Labels", "not taken on"),
        "buiten_doelgroep": translate("Labels", "outside the target group"),
        "anders": translate("Labels", "other"),
    }.get(code, code)


def eviction_reason(code: str) -> str:
    return {
        "huurachterstand": translate("Labels", "rent arrears"),
        "overlast": translate("Labels", "nuisance"),
        "criminaliteit": translate("Labels", "criminal activity"),
    }.get(code, code)


def eviction_ground(code: str) -> str:
    return {
        "weigering_of_niet_nakomen": translate("Labels", "refusal or broken agreements"),
        "woonfraude": translate("Labels", "housing fraud"),
        "overlast": translate("Labels", "long-running nuisance"),
    }.get(code, code)


def instrument(code: str) -> str:
    return {
        "vroeg_eropaf": translate("Labels", "Vroeg Eropaf"),
        "geregelde_betaling": translate("Labels", "Geregelde Betaling"),
        "budgetbeheer": translate("Labels", "budgetbeheer"),
        "beschermingsbewind": translate("Labels", "beschermingsbewind"),
    }.get(code, code)


def audit_action(code: str) -> str:
    """What an audit entry says was done (the code itself when it has no word yet)."""
    return {
        "create": translate("Labels", "created"),
        "change": translate("Labels", "changed"),
        "read": translate("Labels", "viewed"),
        "export": translate("Labels", "exported"),
        "import": translate("Labels", "imported"),
        "restore": translate("Labels", "restored"),
        "unlock": translate("Labels", "unlocked"),
        "undo": translate("Labels", "undone"),
        "update": translate("Labels", "updated"),
        "recompute": translate("Labels", "recomputed"),
        "handover": translate("Labels", "handed over"),
        "withdraw": translate("Labels", "withdrawn"),
        "demo_fill": translate("Labels", "demo filled"),
        "erase": translate("Labels", "erased"),
        "correct": translate("Labels", "corrected"),
        "restrict": translate("Labels", "restricted"),
        "lift_restriction": translate("Labels", "restriction lifted"),
        "close": translate("Labels", "closed"),
    }.get(code, code)


def audit_object(code: str) -> str:
    """The kind of record an audit entry is about."""
    return {
        "case": translate("Labels", "case"),
        "cases": translate("Labels", "cases"),
        "case_event": translate("Labels", "timeline event"),
        "case_events": translate("Labels", "timeline events"),
        "internal_note": translate("Labels", "internal note"),
        "consent": translate("Labels", "consent"),
        "setting": translate("Labels", "setting"),
        "calendar": translate("Labels", "calendar"),
        "database": translate("Labels", "database"),
        "backup": translate("Labels", "backup"),
        "letter": translate("Labels", "letter"),
        "document": translate("Labels", "document"),
        "proposal": translate("Labels", "payment proposal"),
        "inventory": translate("Labels", "debt inventory"),
        "contact_list": translate("Labels", "contact list"),
        "covenant": translate("Labels", "covenant"),
        "session": translate("Labels", "session"),
        "audit_log": translate("Labels", "audit trail"),
        "breach": translate("Labels", "data breach"),
        "breach_register": translate("Labels", "breach register"),
        "processing_register": translate("Labels", "register of processing"),
        "subject_request": translate("Labels", "request of a data subject"),
        "legal_request": translate("Labels", "legal request for data"),
        "subject_access": translate("Labels", "access export"),
        "fact_corrections": translate("Labels", "corrections"),
    }.get(code, code)
