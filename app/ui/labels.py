"""Human words for codes: priority reasons, statuses, kinds, deadlines, flags, events.

English source strings marked for translation (Dutch is the default language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def reason(code: str) -> str:
    return {
        "children": _t("children"),
        "65plus": _t("65+"),
        "statushouder": _t("statushouder"),
        "known": _t("known"),
    }.get(code, code)


def reason_long(code: str) -> str:
    return {
        "children": _t("a child under 18 in the household"),
        "65plus": _t("tenant or occupant aged 65 or over"),
        "statushouder": _t("statushouder (residence permit)"),
        "known": _t("already known to the wijkteam or SDV"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "nieuw": _t("new"),
        "in_behandeling": _t("in progress"),
        "niet_in_behandeling": _t("not taken on"),
        "overgedragen": _t("handed over"),
        "gesloten": _t("closed"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "huurachterstand": _t("rent arrears"),
        "meer_dan_huurachterstand": _t("more than rent arrears"),
        "zorgen_zonder_achterstand": _t("concern without arrears"),
    }.get(code, code)


def deadline(code: str) -> str:
    return {
        "contact": _t("Contact tenant"),
        "feedback": _t("Feedback to corporation"),
        "proposal": _t("Payment proposal"),
        "bailiff": _t("Planned bailiff date"),
        "recovery": _t("Recovery term (current rent)"),
        "eviction": _t("Eviction date"),
        "amicable_max": _t("Amicable settlement (max. 36 months)"),
    }.get(code, code)


def deadline_short(code: str) -> str:
    return {
        "contact": _t("contact"),
        "feedback": _t("feedback"),
        "proposal": _t("proposal"),
        "bailiff": _t("bailiff"),
        "recovery": _t("recovery term"),
        "eviction": _t("eviction"),
        "amicable_max": _t("settlement max."),
    }.get(code, code)


def deadline_status(code: str) -> str:
    return {
        "open": _t("open"),
        "overdue": _t("overdue"),
        "met": _t("met"),
        "late": _t("met late"),
    }.get(code, code)


def flag(code: str) -> str:
    return {
        "late_signal": _t("late signal"),
        "bailiff_blocked": _t("bailiff blocked"),
    }.get(code, code)


def flag_long(code: str) -> str:
    return {
        "late_signal": _t("The signal arrived less than 14 days before the planned bailiff date."),
        "bailiff_blocked": _t(
            "A bailiff is planned but no instrument of the Sluitende Aanpak has been recorded."
        ),
    }.get(code, code)


def event(code: str) -> str:
    return {
        "contact_attempt": _t("Contact attempt"),
        "taken_on": _t("Taken on"),
        "not_taken_on": _t("Not taken on"),
        "feedback_sent": _t("Feedback sent to the corporation"),
        "proposal_sent": _t("Payment proposal sent"),
        "no_proposal_possible": _t("No proposal possible (corporation informed)"),
        "arrangement_made": _t("Payment arrangement made"),
        "missed_rent_notice": _t("Notice: current rent not paid"),
        "rent_resumed": _t("Current rent paid again"),
        "bailiff_date_set": _t("Bailiff date planned"),
        "bailiff_cancelled": _t("Bailiff cancelled"),
        "eviction_date_set": _t("Court verdict: eviction date"),
        "eviction_averted": _t("Eviction averted"),
        "troubleshooter_informed": _t("Troubleshooter informed"),
        "instrument_deployed": _t("Instrument deployed (Sluitende Aanpak)"),
        "settlement_started": _t("Amicable settlement started"),
        "settlement_ended": _t("Amicable settlement ended"),
        "handover": _t("Handed over"),
        "closed": _t("Case closed"),
    }.get(code, code)


def contact_method(code: str) -> str:
    return {
        "brief_met_afmelding": _t("letter with option to decline the visit"),
        "brief_zonder_afmelding": _t("letter without that option"),
        "telefoon": _t("by phone"),
        "huisbezoek": _t("unannounced visit"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "voorkomen": _t("eviction prevented"),
        "ontruimd": _t("evicted"),
        "sleutels_ingeleverd": _t("keys handed in"),
        "verhuisd": _t("moved"),
        "niet_in_behandeling": _t("not taken on"),
        "buiten_doelgroep": _t("outside the target group"),
        "anders": _t("other"),
    }.get(code, code)


def instrument(code: str) -> str:
    return {
        "vroeg_eropaf": _t("Vroeg Eropaf"),
        "geregelde_betaling": _t("Geregelde Betaling"),
        "budgetbeheer": _t("budgetbeheer"),
    }.get(code, code)
