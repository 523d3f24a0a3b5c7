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
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Case
from app.services import audit
from app.services.problems import Refusal, problem
from app.services.rules.deadlines import add_months
from app.services.store import Store, get_setting, set_setting

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


class RetentionRefused(Refusal, ValueError):
    """Nothing was changed."""


def _unknown_rule(key: str) -> RetentionRefused:
    return RetentionRefused(
        problem("retention.unknown_rule", rule=repr(key), known=", ".join(RULE_KEYS))
    )


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
    raise _unknown_rule(key)


def months_refusal(key: str, months: int) -> RetentionRefused | None:
    if key not in RULE_KEYS:
        return _unknown_rule(key)
    if not MONTHS_MIN <= months <= MONTHS_MAX:
        return RetentionRefused(
            problem(
                "retention.months",
                rule=key,
                least=MONTHS_MIN,
                most=MONTHS_MAX,
                months=months,
            )
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


# --- the plan: which ended case goes when ------------------------------------------------------

HOLD_RESTRICTED = "restricted"
HOLD_OPEN_REQUEST = "open_request"


@dataclass(frozen=True)
class PlanItem:
    """One ended case: its rule, the day it ended and the day its data may no longer be kept.

    `hold` says why it stays past that day: the tenant asked to restrict processing (AVG 18:
    keep, do not process), or a request about the case is still open (answer it first)."""

    case_id: int
    reference: str
    tenant_name: str
    rule: RetentionRule
    signal_date: date
    ended_on: date
    due_on: date
    hold: str | None

    def is_due(self, today: date) -> bool:
        return self.hold is None and self.due_on <= today


_PLAN_SQL = """
SELECT c.id, c.reference, c.tenant_name, c.status, c.outcome, c.closed_on, c.signal_date,
       c.restricted_since,
       (SELECT max(e.occurred_on) FROM case_events e
         WHERE e.case_id = c.id AND e.kind = 'not_taken_on' AND e.undone_at IS NULL),
       EXISTS (SELECT 1 FROM case_events e
         WHERE e.case_id = c.id AND e.kind = 'taken_on' AND e.undone_at IS NULL),
       EXISTS (SELECT 1 FROM subject_requests r WHERE r.case_id = c.id AND r.outcome = 'open')
       OR EXISTS (SELECT 1 FROM legal_requests l WHERE l.case_id = c.id AND l.decision = 'open')
FROM cases c
WHERE c.status IN ('niet_in_behandeling', 'gesloten')
"""


def _day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def end_kind(status: str, outcome: str | None, taken_on: bool) -> str:
    """Which of the four rules a case that has ended falls under."""
    if status == "niet_in_behandeling" or outcome in NOT_TAKEN_ON_OUTCOMES:
        return "not_taken_on"
    if outcome in EVICTION_OUTCOMES:
        return "eviction"
    return "closed_after_help" if taken_on else "closed_without_help"


def retention_plan(session: Session) -> list[PlanItem]:
    """Every case that has ended, with the day it is due for erasure, soonest first."""
    rules = {r.key: r for r in retention_rules(session)}
    items: list[PlanItem] = []
    rows = session.connection().exec_driver_sql(_PLAN_SQL).fetchall()
    for (case_id, reference, name, status, outcome, closed_on, signal_raw, restricted,
         not_taken_on, taken_on, open_request) in rows:
        signal_date = _day(signal_raw)
        assert signal_date is not None
        key = end_kind(status, outcome, bool(taken_on))
        ended = _day(closed_on) or _day(not_taken_on) or signal_date
        chosen = rules[key]
        hold = (
            HOLD_RESTRICTED if restricted is not None
            else HOLD_OPEN_REQUEST if open_request
            else None
        )
        items.append(
            PlanItem(
                case_id=case_id,
                reference=reference,
                tenant_name=name,
                rule=chosen,
                signal_date=signal_date,
                ended_on=ended,
                due_on=chosen.due_on(signal_date, ended),
                hold=hold,
            )
        )
    items.sort(key=lambda i: (i.due_on, i.case_id))
    return items


def due_items(session: Session, today: date) -> list[PlanItem]:
    return [i for i in retention_plan(session) if i.is_due(today)]


# --- running it ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRun:
    """What a run erased (or, dry, would erase), what it held back, and whether the file was
    rebuilt afterwards (False: another Vangnet was writing; the next run compacts)."""

    erased: list[PlanItem]
    held: list[PlanItem]
    dry_run: bool
    compacted: bool


def run_retention(
    store: Store, today: date, *, dry_run: bool = False, actor: str | None = None
) -> RetentionRun:
    """Erase every case whose term has passed on `today` and that nothing holds back."""
    from app.services.erasure import ErasureReason, erase_cases

    with store.session() as session:
        plan = [i for i in retention_plan(session) if i.due_on <= today]
    due = [i for i in plan if i.hold is None]
    held = [i for i in plan if i.hold is not None]
    if dry_run or not due:
        return RetentionRun(due, held, dry_run, compacted=False)
    erase_cases(
        store,
        [(i.case_id, ErasureReason(rule=i.rule.key, due_on=i.due_on)) for i in due],
        actor=actor,
    )
    return RetentionRun(due, held, dry_run=False, compacted=True)


# --- backups made before ------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupExposure:
    """A backup made at `made_at` and the day from which it holds data past its term (None:
    nothing it holds has expired yet, and no ended case is in it)."""

    made_at: datetime
    expired_from: date | None


_DUE = re.compile(r"\bdue=(\d{4}-\d{2}-\d{2})")
_CREATED = re.compile(r"\bcreated=(\d{4}-\d{2}-\d{2})")


def backup_exposures(
    session: Session, plan: list[PlanItem] | None = None
) -> list[BackupExposure]:
    """Every backup this database made (from the audit trail), newest first, with the day from
    which it holds expired data: the earliest term end of a case that was in it — an ended case
    still here, or one erased since (a case erased on request counts from its erasure)."""
    backups = session.scalars(
        select(AuditEntry.at)
        .where(AuditEntry.action == "export", AuditEntry.object_type == "backup")
        .order_by(AuditEntry.at.desc())
    ).all()
    if not backups:
        return []
    created = {case_id: at for case_id, at in session.execute(select(Case.id, Case.created_at))}
    # by day: a case made later on the day of a backup is counted in it (the safe side)
    ended = retention_plan(session) if plan is None else plan
    living = [(created[i.case_id].date(), i.due_on) for i in ended]
    erased: list[tuple[date, datetime, date]] = []  # (created, erased at, expired on)
    for at, detail in session.execute(
        select(AuditEntry.at, AuditEntry.detail).where(
            AuditEntry.action == "erase", AuditEntry.object_type == "case"
        )
    ):
        made_match, due_match = _CREATED.search(detail or ""), _DUE.search(detail or "")
        if made_match is None:
            continue
        made = date.fromisoformat(made_match.group(1))
        expired = date.fromisoformat(due_match.group(1)) if due_match else at.date()
        erased.append((made, at, expired))
    result = []
    for made_at in backups:
        days = [due for made, due in living if made <= made_at.date()]
        days += [expired for made, at, expired in erased if made <= made_at.date() and made_at < at]
        result.append(BackupExposure(made_at, min(days) if days else None))
    return result
