"""How long a case is kept after it ends (issue 15.1): the terms, their sources, and the plan.

A case that has ended is kept for the term of its kind of ending, counted from the signal or from
the end, and then erased (see :mod:`app.services.erasure`). The four kinds follow the issue:

- ``not_taken_on``: the signal was not taken on (not in the target group, or declined);
- ``closed_without_help``: closed without the team having taken the case on;
- ``closed_after_help``: closed after the case was taken on;
- ``eviction``: closed with an eviction (or the keys handed in).

Each default names its source. Where the law leaves the term open the default is labelled an
office choice, and the office sets it under Instellingen or with ``vangnet retention set``.
Open cases (new, in progress, handed over) are never due.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from app.services import audit
from app.services.rules.deadlines import add_months
from app.services.store import get_setting, set_setting

SETTING_KEY = "retention_months"
#: a term longer than this is a typing error (ten years); shorter than one month is refused too
MONTHS_MIN, MONTHS_MAX = 1, 120

RULE_KEYS = ("not_taken_on", "closed_without_help", "closed_after_help", "eviction")
EVICTION_OUTCOMES = ("ontruimd", "sleutels_ingeleverd")
NOT_TAKEN_ON_OUTCOMES = ("niet_in_behandeling", "buiten_doelgroep")


@dataclass(frozen=True)
class RetentionRule:
    """One kind of case end, how long its data is kept, and why that long."""

    key: str
    months: int
    #: "signal": counted from the signal's date; "end": from the day the case ended
    counted_from: str
    label_en: str
    label_nl: str
    source_en: str
    source_nl: str
    default_months: int

    @property
    def is_default(self) -> bool:
        return self.months == self.default_months

    def due_on(self, signal_date: date, ended_on: date) -> date:
        """The day the data may no longer be kept: the term from its start, never before the
        case ended."""
        start = signal_date if self.counted_from == "signal" else ended_on
        return max(add_months(start, self.months), ended_on)


_WGS_EN = (
    "Wet gemeentelijke schuldhulpverlening (early signals): the data of a signal that did not "
    "lead to debt help is destroyed at the latest 12 months after it was received."
)
_WGS_NL = (
    "Wet gemeentelijke schuldhulpverlening (vroegsignalering): gegevens van een signaal dat niet "
    "tot schuldhulpverlening leidt, worden uiterlijk 12 maanden na ontvangst vernietigd."
)
_OFFICE_EN = (
    "Office choice: the law sets no term here; the AVG (art. 5(1)(e)) allows no longer than "
    "needed. Two years lets the team recognise a tenant who falls behind again."
)
_OFFICE_NL = (
    "Keuze van het kantoor: de wet noemt hier geen termijn; de AVG (art. 5 lid 1 e) staat niet "
    "langer dan nodig toe. Twee jaar laat het team een huurder herkennen die opnieuw "
    "achterraakt."
)
_EVICTION_EN = (
    "Office choice: the law sets no term here; two years keeps the case for the covenant's "
    "yearly figures on evictions (H 9.5) and a return of the household."
)
_EVICTION_NL = (
    "Keuze van het kantoor: de wet noemt hier geen termijn; twee jaar bewaart de zaak voor de "
    "jaarcijfers over ontruimingen (H 9.5) en een terugkeer van het huishouden."
)

DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        "not_taken_on", 12, "signal",
        "signal not taken on", "melding niet in behandeling genomen",
        _WGS_EN, _WGS_NL, 12,
    ),
    RetentionRule(
        "closed_without_help", 12, "signal",
        "closed without help", "gesloten zonder hulp",
        _WGS_EN, _WGS_NL, 12,
    ),
    RetentionRule(
        "closed_after_help", 24, "end",
        "closed after help", "gesloten na hulp",
        _OFFICE_EN, _OFFICE_NL, 24,
    ),
    RetentionRule(
        "eviction", 24, "end",
        "eviction", "ontruiming",
        _EVICTION_EN, _EVICTION_NL, 24,
    ),
)


class RetentionRefused(ValueError):
    """Nothing was changed. `str()` is English; `nl` is for the window."""

    def __init__(self, en: str, nl: str) -> None:
        super().__init__(en)
        self.nl = nl


def _stored(session: Session) -> dict[str, int]:
    raw = get_setting(session, SETTING_KEY)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: v for k, v in data.items()
        if k in RULE_KEYS and isinstance(v, int) and MONTHS_MIN <= v <= MONTHS_MAX
    }


def retention_rules(session: Session) -> list[RetentionRule]:
    """The four rules with the office's terms, in a fixed order."""
    stored = _stored(session)
    return [replace(r, months=stored.get(r.key, r.months)) for r in DEFAULT_RULES]


def rule(session: Session, key: str) -> RetentionRule:
    for r in retention_rules(session):
        if r.key == key:
            return r
    raise RetentionRefused(
        f"unknown retention rule {key!r}; one of: {', '.join(RULE_KEYS)}",
        f"Onbekende bewaarregel {key!r}.",
    )


def months_refusal(key: str, months: int) -> RetentionRefused | None:
    if key not in RULE_KEYS:
        return RetentionRefused(
            f"unknown retention rule {key!r}; one of: {', '.join(RULE_KEYS)}",
            f"Onbekende bewaarregel {key!r}.",
        )
    if not MONTHS_MIN <= months <= MONTHS_MAX:
        return RetentionRefused(
            f"the term for {key} must be {MONTHS_MIN} to {MONTHS_MAX} months (got {months})",
            f"De bewaartermijn moet {MONTHS_MIN} tot {MONTHS_MAX} maanden zijn "
            f"(ingevuld: {months}).",
        )
    return None


def set_retention_months(
    session: Session, key: str, months: int, *, actor: str | None = None
) -> RetentionRule:
    """Set one term (the office's choice); audited. A term back at its default is forgotten,
    so a later change of the default reaches this office too."""
    refusal = months_refusal(key, months)
    if refusal is not None:
        raise refusal
    stored = _stored(session)
    default = next(r.default_months for r in DEFAULT_RULES if r.key == key)
    if months == default:
        stored.pop(key, None)
    else:
        stored[key] = months
    set_setting(session, SETTING_KEY, json.dumps(stored, sort_keys=True))
    audit.record(
        session, "update", "setting", SETTING_KEY, detail=f"rule={key} months={months}",
        actor=actor,
    )
    return rule(session, key)
