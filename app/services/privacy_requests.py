"""The request registers of the privacy reglement (issue 15.2 and 15.4): record, count down, close.

- A tenant's request under AVG 15–22 (PR 10) is answered within one month of receipt
  (AVG 12(3)), once extendable by at most two more months with a reason that the tenant must
  hear within that first month. A request about another party's processing is forwarded to it
  within 5 working days (PR 10.3).
- A legally binding request for data from an authority (PR 8): verify who asks and on what
  legal ground before providing anything (PR 8.1), and tell the other party within 5 working
  days (PR 8.2) unless the law forbids it (the confidentiality exception).

The terms are counted as every covenant term is (:mod:`app.services.rules.deadlines`): the day
of receipt is day 0, working days follow the office's calendar, and a term in months that ends
on a closed day moves to the next working day. Vangnet only records a request here; the actions
it leads to (export, correction, erasure, restriction, withdrawal) live with their own parts,
which link to a request by its id. Nothing is sent: :func:`subject_message` and
:func:`legal_message` give a text for the worker to copy. Audit lines hold ids and kinds only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case
from app.models.privacy import (
    LEGAL_DECISIONS,
    REQUEST_OUTCOMES,
    SUBJECT_REQUEST_KINDS,
    LegalRequest,
    SubjectRequest,
)
from app.services import audit, clock, formatting
from app.services.inbox import DeadlineView
from app.services.rules.calendar import BASIS_WEEKEND, ClosedDay, WorkingDayCalendar
from app.services.rules.deadlines import (
    STATUS_OVERDUE,
    Deadline,
    DeadlineState,
    _due,
    evaluate,
)
from app.services.rules.profile import TermRule
from app.services.store import get_setting

#: the term ids, as in domain.md; `subject_answer` is AVG 12(3)
ANSWER_TERM = "subject_answer"
FORWARD_TERM = "subject_request"
INFORM_TERM = "legal_request"

ANSWER_RULE = TermRule(ANSWER_TERM, "Verzoek beantwoorden", 1, "months", "request", (),
                       "AVG 12(3)", (), roll_forward=True)
#: the longest an answer may take with the extension: one month plus two more (AVG 12(3))
LONGEST_RULE = TermRule("subject_extended", "Verlengde termijn", 3, "months", "request", (),
                        "AVG 12(3)", (), roll_forward=True)
FORWARD_RULE = TermRule(FORWARD_TERM, "Verzoek doorsturen", 5, "working_days", "request", (),
                        "PR 10.3", (), roll_forward=False)
INFORM_RULE = TermRule(INFORM_TERM, "Andere partij informeren", 5, "working_days", "request",
                       (), "PR 8.2", (), roll_forward=False)

#: "soon" as the case list says it: due within this many working days (or overdue)
URGENT_WORKING_DAYS = 2

#: the AVG article of each kind of request, for texts and the JSON
KIND_ARTICLES = {
    "access": "AVG 15",
    "rectification": "AVG 16",
    "erasure": "AVG 17",
    "restriction": "AVG 18",
    "portability": "AVG 20",
    "objection": "AVG 21",
    "withdraw_consent": "AVG 7(3)",
}
_KIND_NL = {
    "access": "het recht op inzage (artikel 15 AVG)",
    "rectification": "het recht op rectificatie (artikel 16 AVG)",
    "erasure": "het recht op gegevenswissing (artikel 17 AVG)",
    "restriction": "het recht op beperking van de verwerking (artikel 18 AVG)",
    "portability": "het recht op overdraagbaarheid van gegevens (artikel 20 AVG)",
    "objection": "het recht van bezwaar (artikel 21 AVG)",
    "withdraw_consent": "het intrekken van toestemming (artikel 7 lid 3 AVG)",
}
_CLOSING_OUTCOMES = tuple(o for o in REQUEST_OUTCOMES if o != "open")
_DECISIONS = tuple(d for d in LEGAL_DECISIONS if d != "open")
_LIMITS = {
    "forward_to": 200,
    "extension_reason": 1000,
    "outcome_reason": 2000,
    "requester": 300,
    "legal_ground": 1000,
    "other_party": 200,
    "confidential_reason": 1000,
    "data_provided": 1000,
}


class RequestProblem(ValueError):
    """A refused entry: `field` names where; `str()` is English (the CLI), `dutch` is for the
    window (formal). Nothing was changed."""

    def __init__(self, field: str, en: str, nl: str) -> None:
        super().__init__(en)
        self.field = field
        self.dutch = nl


@dataclass(frozen=True)
class RequestTerm:
    """One term of a request, dated and evaluated on a day.

    `register` is "subject" or "legal"; `term` one of the term ids above; `deadline` carries the
    closed days the count passed over (or a month term was moved over) to explain the date.
    """

    register: str
    request_id: int
    kind: str
    case_id: int | None
    deadline: Deadline
    state: DeadlineState

    @property
    def term(self) -> str:
        return self.deadline.id

    @property
    def due(self) -> date:
        return self.deadline.due

    @property
    def done(self) -> date | None:
        return self.deadline.met_on

    @property
    def is_open(self) -> bool:
        return self.deadline.met_on is None

    @property
    def urgent(self) -> bool:
        """Due within two working days, or overdue: the privacy officer must see it."""
        return self.is_open and (
            self.state.status == STATUS_OVERDUE
            or self.state.working_days_left <= URGENT_WORKING_DAYS
        )

    @property
    def skipped(self) -> tuple[ClosedDay, ...]:
        return self.deadline.skipped

    def view(self) -> DeadlineView:
        """The shape the case list's countdown and colours take."""
        d = self.deadline
        return DeadlineView(d.id, d.due, d.article, self.state.status,
                            self.state.working_days_left, d.met_on)

    def as_json(self) -> dict[str, object]:
        return {
            "register": self.register,
            "request_id": self.request_id,
            "term": self.term,
            "article": self.deadline.article,
            "due": self.due.isoformat(),
            "done": self.done.isoformat() if self.done else None,
            "status": self.state.status,
            "working_days_left": self.state.working_days_left,
            "skipped": [c.day.isoformat() for c in self.skipped if c.basis != BASIS_WEEKEND],
        }


# --- helpers ---------------------------------------------------------------------------------


def _text(field: str, value: str | None, *, required_en: str = "", required_nl: str = "") -> str:
    text = " ".join((value or "").split())
    limit = _LIMITS[field]
    if len(text) > limit:
        raise RequestProblem(
            field,
            f"{field}: at most {limit} characters (this is {len(text)})",
            f"Hoogstens {limit} tekens (nu {len(text)}).",
        )
    if required_en and not text:
        raise RequestProblem(field, required_en, required_nl)
    return text


def _day(field: str, day: date, *, not_before: date | None = None) -> date:
    today = clock.today()
    if day > today:
        raise RequestProblem(
            field,
            f"{field}: {day.isoformat()} is in the future",
            f"{formatting.short_date(day)} ligt in de toekomst.",
        )
    if not_before is not None and day < not_before:
        raise RequestProblem(
            field,
            f"{field}: {day.isoformat()} is before the request was received "
            f"({not_before.isoformat()})",
            f"{formatting.short_date(day)} ligt vóór de ontvangst van het verzoek "
            f"({formatting.short_date(not_before)}).",
        )
    return day


def _now() -> datetime:
    return clock.now().replace(tzinfo=None, microsecond=0)


def _check_case(session: Session, case_id: int | None) -> None:
    if case_id is not None and session.get(Case, case_id) is None:
        raise RequestProblem("case", f"no case {case_id}", f"Zaak {case_id} bestaat niet.")


def due_date(rule: TermRule, received_on: date, calendar: WorkingDayCalendar) -> date:
    """When `rule` ends for a request received on `received_on` (counted as every term is)."""
    return _due(rule, received_on, calendar)[0]


def _deadline(
    rule: TermRule, received_on: date, due: date, done: date | None,
    calendar: WorkingDayCalendar,
) -> Deadline:
    raw, moved_from, skipped = _due(rule, received_on, calendar)
    if raw != due:  # an extension, or a date stored under another calendar
        moved_from, skipped = None, tuple(calendar.skipped_between(received_on, due))
    return Deadline(
        id=rule.id, label=rule.label, due=due, article=rule.article, start=received_on,
        met_on=done, skipped=skipped, moved_from=moved_from, is_default=False,
        unit=rule.unit, length=rule.length, start_event=rule.start,
    )


# --- subject requests (PR 10, AVG 15-22) -----------------------------------------------------


def add_subject_request(
    session: Session,
    calendar: WorkingDayCalendar,
    *,
    kind: str,
    case_id: int | None = None,
    received_on: date | None = None,
    forward_to: str = "",
    actor: str,
) -> SubjectRequest:
    """Record a tenant's request with its month (and, for another party, 5 working days)."""
    if kind not in SUBJECT_REQUEST_KINDS:
        raise RequestProblem(
            "kind",
            f"unknown kind of request {kind!r} (use {', '.join(SUBJECT_REQUEST_KINDS)})",
            "Kies welk recht de betrokkene gebruikt.",
        )
    _check_case(session, case_id)
    received = _day("received", received_on or clock.today())
    party = _text("forward_to", forward_to)
    now = _now()
    request = SubjectRequest(
        case_id=case_id,
        kind=kind,
        received_on=received,
        due_on=due_date(ANSWER_RULE, received, calendar),
        extension_reason="",
        forward_to=party,
        forward_due_on=due_date(FORWARD_RULE, received, calendar) if party else None,
        outcome="open",
        outcome_reason="",
        recorded_at=now,
        recorded_by=actor,
        updated_at=now,
    )
    session.add(request)
    session.flush()
    detail = f"kind={kind}" + (f" case={case_id}" if case_id else "") + (
        " forward" if party else ""
    )
    audit.record(session, "create", "subject_request", request.id, detail=detail, actor=actor)
    return request


def get_subject_request(session: Session, request_id: int) -> SubjectRequest:
    request = session.get(SubjectRequest, request_id)
    if request is None:
        raise RequestProblem(
            "id", f"no subject request {request_id}", f"Verzoek {request_id} bestaat niet."
        )
    return request


def _still_open(request: SubjectRequest) -> None:
    if request.outcome != "open":
        raise RequestProblem(
            "outcome",
            f"request {request.id} is already closed ({request.outcome})",
            f"Verzoek {request.id} is al afgehandeld.",
        )


def record_forwarded(
    session: Session,
    calendar: WorkingDayCalendar,
    request_id: int,
    *,
    on: date | None = None,
    forward_to: str = "",
    actor: str,
) -> SubjectRequest:
    """PR 10.3: the request went to the other party (named at receipt, or now)."""
    request = get_subject_request(session, request_id)
    _still_open(request)
    if request.forwarded_on is not None:
        raise RequestProblem(
            "forwarded",
            f"request {request_id} was already forwarded on {request.forwarded_on.isoformat()}",
            f"Verzoek {request_id} is al doorgestuurd op "
            f"{formatting.short_date(request.forwarded_on)}.",
        )
    party = _text("forward_to", forward_to) or request.forward_to
    if not party:
        raise RequestProblem(
            "forward_to",
            "say to which party the request went (forward to)",
            "Vul in naar welke partij het verzoek is doorgestuurd.",
        )
    day = _day("forwarded", on or clock.today(), not_before=request.received_on)
    if not request.forward_to:
        request.forward_to = party
        request.forward_due_on = due_date(FORWARD_RULE, request.received_on, calendar)
    request.forwarded_on = day
    request.updated_at = _now()
    assert request.forward_due_on is not None
    late = " late" if day > request.forward_due_on else ""
    audit.record(session, "change", "subject_request", request.id,
                 detail=f"forwarded{late}", actor=actor)
    return request


def extend(
    session: Session,
    calendar: WorkingDayCalendar,
    request_id: int,
    *,
    to: date,
    reason: str,
    actor: str,
) -> SubjectRequest:
    """AVG 12(3): once, by at most two more months, with a reason, decided within the month."""
    request = get_subject_request(session, request_id)
    _still_open(request)
    if request.extended_to is not None:
        raise RequestProblem(
            "extended_to",
            f"request {request_id} was already extended (to {request.extended_to.isoformat()}); "
            "the AVG allows one extension",
            f"Verzoek {request_id} is al verlengd (tot "
            f"{formatting.short_date(request.extended_to)}); de AVG staat één verlenging toe.",
        )
    why = _text("extension_reason", reason,
                required_en="say why the answer takes longer (AVG 12(3))",
                required_nl="Geef de reden van de verlenging (artikel 12 lid 3 AVG).")
    today = clock.today()
    if today > request.due_on:
        raise RequestProblem(
            "extended_to",
            f"the month ended on {request.due_on.isoformat()}: an extension must be told to the "
            "tenant within that month (AVG 12(3))",
            f"De termijn van een maand is op {formatting.short_date(request.due_on)} verstreken; "
            "een verlenging moet binnen die maand aan de betrokkene worden meegedeeld "
            "(artikel 12 lid 3 AVG).",
        )
    longest = due_date(LONGEST_RULE, request.received_on, calendar)
    if to <= request.due_on or to > longest:
        raise RequestProblem(
            "extended_to",
            f"the new date must fall after {request.due_on.isoformat()} and on or before "
            f"{longest.isoformat()} (at most two more months, AVG 12(3))",
            f"De nieuwe datum moet na {formatting.short_date(request.due_on)} liggen en uiterlijk "
            f"{formatting.short_date(longest)} zijn (hoogstens twee maanden extra, "
            "artikel 12 lid 3 AVG).",
        )
    request.extended_to = to
    request.extension_reason = why
    request.updated_at = _now()
    audit.record(session, "change", "subject_request", request.id, detail="extended",
                 actor=actor)
    return request


def close_subject_request(
    session: Session,
    request_id: int,
    *,
    outcome: str,
    reason: str = "",
    on: date | None = None,
    actor: str,
) -> SubjectRequest:
    """The answer: granted, partly, refused (both with a reason, AVG 12(4)) or forwarded."""
    if outcome not in _CLOSING_OUTCOMES:
        raise RequestProblem(
            "outcome",
            f"outcome must be one of {', '.join(_CLOSING_OUTCOMES)}",
            "Kies de uitkomst van het verzoek.",
        )
    request = get_subject_request(session, request_id)
    _still_open(request)
    why = _text("outcome_reason", reason)
    if outcome in ("refused", "partly") and not why:
        raise RequestProblem(
            "outcome_reason",
            "a (partial) refusal needs its reason: the tenant must hear why (AVG 12(4))",
            "Geef de reden van de (gedeeltelijke) weigering; de betrokkene moet die horen "
            "(artikel 12 lid 4 AVG).",
        )
    if request.forward_to and request.forwarded_on is None:
        raise RequestProblem(
            "forwarded",
            f"forward the request to {request.forward_to} first (PR 10.3)",
            f"Stuur het verzoek eerst door naar {request.forward_to} (PR 10.3).",
        )
    if outcome == "forwarded" and request.forwarded_on is None:
        raise RequestProblem(
            "forwarded",
            "the request was not forwarded to another party; record that first",
            "Het verzoek is niet doorgestuurd naar een andere partij; leg dat eerst vast.",
        )
    day = _day("done", on or clock.today(), not_before=request.received_on)
    request.outcome = outcome
    request.outcome_reason = why
    request.done_on = day
    request.updated_at = _now()
    late = " late" if day > (request.extended_to or request.due_on) else ""
    audit.record(session, "close", "subject_request", request.id,
                 detail=f"outcome={outcome}{late}", actor=actor)
    return request


def subject_requests(session: Session, *, open_only: bool = False) -> list[SubjectRequest]:
    """The register, newest receipt first."""
    query = select(SubjectRequest).order_by(
        SubjectRequest.received_on.desc(), SubjectRequest.id.desc()
    )
    if open_only:
        query = query.where(SubjectRequest.outcome == "open")
    return list(session.scalars(query))


def subject_terms(
    request: SubjectRequest, today: date, calendar: WorkingDayCalendar
) -> list[RequestTerm]:
    """The forward term (when another party is concerned) and the answer term."""
    found: list[RequestTerm] = []
    pairs: list[tuple[TermRule, date, date | None]] = []
    if request.forward_to and request.forward_due_on is not None:
        pairs.append((FORWARD_RULE, request.forward_due_on, request.forwarded_on))
    pairs.append((ANSWER_RULE, request.extended_to or request.due_on, request.done_on))
    for rule, due, done in pairs:
        deadline = _deadline(rule, request.received_on, due, done, calendar)
        found.append(RequestTerm("subject", request.id, request.kind, request.case_id,
                                 deadline, evaluate(deadline, today, calendar)))
    return found


# --- legal requests (PR 8) -------------------------------------------------------------------


def add_legal_request(
    session: Session,
    calendar: WorkingDayCalendar,
    *,
    requester: str,
    legal_ground: str,
    received_on: date | None = None,
    requester_verified: bool = False,
    ground_checked: bool = False,
    other_party: str = "",
    confidential: bool = False,
    confidential_reason: str = "",
    case_id: int | None = None,
    actor: str,
) -> LegalRequest:
    """Record who asks on what ground (PR 8.1), and the term to tell the other party (PR 8.2)."""
    who = _text("requester", requester,
                required_en="say who asks (the authority and its officer)",
                required_nl="Vul in wie om de gegevens vraagt (instantie en functionaris).")
    ground = _text("legal_ground", legal_ground,
                   required_en="say on what legal ground the data is asked for",
                   required_nl="Vul de wettelijke grondslag van het verzoek in.")
    _check_case(session, case_id)
    received = _day("received", received_on or clock.today())
    party = _text("other_party", other_party)
    why_secret = _text("confidential_reason", confidential_reason)
    if confidential and not why_secret:
        raise RequestProblem(
            "confidential_reason",
            "say why the other party may not be told (e.g. the order that keeps an "
            "investigation confidential, PR 8.2)",
            "Geef aan waarom de andere partij niet mag worden geïnformeerd (bijvoorbeeld het "
            "bevel tot geheimhouding van een opsporingsonderzoek, PR 8.2).",
        )
    if not confidential and not party:
        raise RequestProblem(
            "other_party",
            "name the other party to tell within 5 working days (PR 8.2)",
            "Vul in welke andere partij binnen 5 werkdagen moet worden geïnformeerd (PR 8.2).",
        )
    now = _now()
    request = LegalRequest(
        case_id=case_id,
        requester=who,
        requester_verified=requester_verified,
        legal_ground=ground,
        ground_checked=ground_checked,
        received_on=received,
        other_party=party,
        inform_due_on=None if confidential else due_date(INFORM_RULE, received, calendar),
        confidential=confidential,
        confidential_reason=why_secret if confidential else "",
        decision="open",
        data_provided="",
        recorded_at=now,
        recorded_by=actor,
        updated_at=now,
    )
    session.add(request)
    session.flush()
    detail = "legal" + (f" case={case_id}" if case_id else "") + (
        " confidential" if confidential else ""
    )
    audit.record(session, "create", "legal_request", request.id, detail=detail, actor=actor)
    return request


def get_legal_request(session: Session, request_id: int) -> LegalRequest:
    request = session.get(LegalRequest, request_id)
    if request is None:
        raise RequestProblem(
            "id", f"no legal request {request_id}",
            f"Wettelijk verzoek {request_id} bestaat niet.",
        )
    return request


def record_checks(
    session: Session,
    request_id: int,
    *,
    requester_verified: bool,
    ground_checked: bool,
    actor: str,
) -> LegalRequest:
    """PR 8.1: the requester's identity and the legal ground were verified (a check once
    recorded stays recorded)."""
    request = get_legal_request(session, request_id)
    if not (requester_verified or ground_checked):
        raise RequestProblem(
            "checks",
            "say which check was done (the requester, the legal ground or both)",
            "Geef aan welke controle is gedaan (de verzoeker, de grondslag of beide).",
        )
    request.requester_verified = request.requester_verified or requester_verified
    request.ground_checked = request.ground_checked or ground_checked
    request.updated_at = _now()
    audit.record(session, "change", "legal_request", request.id,
                 detail=f"verified={int(request.requester_verified)} "
                 f"ground={int(request.ground_checked)}", actor=actor)
    return request


def record_informed(
    session: Session, request_id: int, *, on: date | None = None, actor: str
) -> LegalRequest:
    """PR 8.2: the other party was told."""
    request = get_legal_request(session, request_id)
    if request.confidential:
        raise RequestProblem(
            "confidential",
            f"request {request_id} falls under the confidentiality exception: the other party "
            "may not be told",
            f"Verzoek {request_id} valt onder de geheimhoudingsuitzondering: de andere partij "
            "mag niet worden geïnformeerd.",
        )
    if request.informed_on is not None:
        raise RequestProblem(
            "informed",
            f"the other party was already told on {request.informed_on.isoformat()}",
            f"De andere partij is al geïnformeerd op "
            f"{formatting.short_date(request.informed_on)}.",
        )
    day = _day("informed", on or clock.today(), not_before=request.received_on)
    request.informed_on = day
    request.updated_at = _now()
    assert request.inform_due_on is not None
    late = " late" if day > request.inform_due_on else ""
    audit.record(session, "change", "legal_request", request.id, detail=f"informed{late}",
                 actor=actor)
    return request


def decide_legal_request(
    session: Session,
    request_id: int,
    *,
    decision: str,
    on: date | None = None,
    data_provided: str = "",
    actor: str,
) -> LegalRequest:
    """Provided, partly or refused. Data goes out only after both PR 8.1 checks."""
    if decision not in _DECISIONS:
        raise RequestProblem(
            "decision",
            f"decision must be one of {', '.join(_DECISIONS)}",
            "Kies de beslissing op het verzoek.",
        )
    request = get_legal_request(session, request_id)
    if request.decision != "open":
        raise RequestProblem(
            "decision",
            f"request {request_id} was already decided ({request.decision})",
            f"Over verzoek {request_id} is al beslist.",
        )
    summary = _text("data_provided", data_provided)
    if decision in ("provided", "partly"):
        missing_en = [
            what for what, done in (("the requester's identity", request.requester_verified),
                                    ("the legal ground", request.ground_checked)) if not done
        ]
        if missing_en:
            missing_nl = [
                what for what, done in (("de identiteit van de verzoeker",
                                         request.requester_verified),
                                        ("de grondslag", request.ground_checked)) if not done
            ]
            raise RequestProblem(
                "checks",
                "verify " + " and ".join(missing_en) + " before providing data (PR 8.1)",
                "Controleer eerst " + " en ".join(missing_nl)
                + " voordat u gegevens verstrekt (PR 8.1).",
            )
        if not summary:
            raise RequestProblem(
                "data_provided",
                "say which data was provided (a summary, no names)",
                "Vat samen welke gegevens zijn verstrekt (zonder namen).",
            )
    day = _day("decided", on or clock.today(), not_before=request.received_on)
    request.decision = decision
    request.decided_on = day
    request.data_provided = summary
    request.updated_at = _now()
    audit.record(session, "close", "legal_request", request.id, detail=f"decision={decision}",
                 actor=actor)
    return request


def legal_requests(session: Session, *, open_only: bool = False) -> list[LegalRequest]:
    """The register, newest receipt first; "open" = undecided or the other party not yet told."""
    query = select(LegalRequest).order_by(LegalRequest.received_on.desc(), LegalRequest.id.desc())
    if open_only:
        query = query.where(
            (LegalRequest.decision == "open")
            | (LegalRequest.inform_due_on.is_not(None) & LegalRequest.informed_on.is_(None))
        )
    return list(session.scalars(query))


def legal_terms(
    request: LegalRequest, today: date, calendar: WorkingDayCalendar
) -> list[RequestTerm]:
    """The term to tell the other party; none under the confidentiality exception."""
    if request.confidential or request.inform_due_on is None:
        return []
    deadline = _deadline(INFORM_RULE, request.received_on, request.inform_due_on,
                         request.informed_on, calendar)
    return [RequestTerm("legal", request.id, "legal", request.case_id, deadline,
                        evaluate(deadline, today, calendar))]


# --- for the privacy officer -------------------------------------------------------------------


def open_terms(
    session: Session, today: date, calendar: WorkingDayCalendar
) -> list[RequestTerm]:
    """Every request term not yet met, in both registers, the soonest first."""
    pending = [
        term
        for request in subject_requests(session, open_only=True)
        for term in subject_terms(request, today, calendar)
        if term.is_open
    ] + [
        term
        for legal in legal_requests(session, open_only=True)
        for term in legal_terms(legal, today, calendar)
        if term.is_open
    ]
    return sorted(pending, key=lambda t: (t.due, t.register, t.request_id))


def urgent_terms(
    session: Session, today: date, calendar: WorkingDayCalendar
) -> list[RequestTerm]:
    """The open terms due within two working days or overdue (the window's banner)."""
    return [term for term in open_terms(session, today, calendar) if term.urgent]


# --- the message for the other party (never sent by Vangnet) ---------------------------------


def _office(session: Session) -> str:
    return get_setting(session, "office_name", "") or "ons kantoor"


def _reference(session: Session, prefix: str, request_id: int, case_id: int | None) -> str:
    ours = f"{prefix}-{request_id}"
    case = session.get(Case, case_id) if case_id is not None else None
    if case is None:
        return ours
    return f"{ours}, zaak {case.id}" + (f", referentie {case.reference}" if case.reference else "")


def subject_message(session: Session, request_id: int) -> str:
    """PR 10.3: the text that forwards a tenant's request (no name: a reference only)."""
    request = get_subject_request(session, request_id)
    if not request.forward_to:
        raise RequestProblem(
            "forward_to",
            f"request {request_id} is not for another party: there is nothing to forward",
            f"Verzoek {request_id} is niet voor een andere partij; er is niets door te sturen.",
        )
    office = _office(session)
    received = formatting.long_date(request.received_on)
    answer_by = formatting.long_date(request.extended_to or request.due_on)
    return "\n".join([
        f"Aan: {request.forward_to}",
        "Onderwerp: doorgestuurd verzoek van een betrokkene (artikel 10 lid 3 privacyreglement)",
        "",
        "Geachte heer/mevrouw,",
        "",
        f"Op {received} heeft {office} een verzoek ontvangen van een betrokkene die gebruikmaakt "
        f"van {_KIND_NL[request.kind]}. Het verzoek ziet op een verwerking waarvoor u "
        "verwerkingsverantwoordelijke bent. Op grond van artikel 10 lid 3 van het "
        "privacyreglement bij het convenant sturen wij het verzoek aan u door. Een kopie van het "
        "verzoek stellen wij via een beveiligde verbinding aan u ter beschikking.",
        "",
        f"De betrokkene heeft recht op een antwoord binnen één maand na ontvangst (artikel 12 "
        f"lid 3 AVG), dus uiterlijk {answer_by}.",
        "",
        f"Ons kenmerk: {_reference(session, 'BV', request.id, request.case_id)}. Wilt u de "
        "ontvangst bevestigen onder vermelding van dit kenmerk?",
        "",
        "Met vriendelijke groet,",
        "",
        office,
    ])


def legal_message(session: Session, request_id: int) -> str:
    """PR 8.2: the text that tells the other party of a legally binding request."""
    request = get_legal_request(session, request_id)
    if request.confidential:
        raise RequestProblem(
            "confidential",
            f"request {request_id} falls under the confidentiality exception: the other party "
            "may not be told",
            f"Verzoek {request_id} valt onder de geheimhoudingsuitzondering: de andere partij "
            "mag niet worden geïnformeerd.",
        )
    office = _office(session)
    decided = {
        "open": "Wij hebben nog niet op het verzoek beslist.",
        "provided": "Wij hebben de gevraagde gegevens verstrekt.",
        "partly": "Wij hebben een deel van de gevraagde gegevens verstrekt.",
        "refused": "Wij hebben geweigerd de gegevens te verstrekken.",
    }[request.decision]
    return "\n".join([
        f"Aan: {request.other_party}",
        "Onderwerp: juridisch bindend verzoek om persoonsgegevens (artikel 8 privacyreglement)",
        "",
        "Geachte heer/mevrouw,",
        "",
        f"Op grond van artikel 8 lid 2 van het privacyreglement bij het convenant laten wij u "
        f"weten dat {office} op {formatting.long_date(request.received_on)} een juridisch "
        "bindend verzoek om verstrekking van persoonsgegevens heeft ontvangen.",
        "",
        f"Verzoeker: {request.requester}",
        f"Grondslag: {request.legal_ground}",
        "Identiteit van de verzoeker gecontroleerd: "
        + ("ja" if request.requester_verified else "nog niet"),
        "Grondslag gecontroleerd: " + ("ja" if request.ground_checked else "nog niet"),
        "",
        decided,
        "",
        f"Ons kenmerk: {_reference(session, 'WV', request.id, request.case_id)}.",
        "",
        "Met vriendelijke groet,",
        "",
        office,
    ])


def explain_skipped(term: RequestTerm) -> str:
    """The closed days other than weekends that the count passed over, in Dutch (or "")."""
    days = [c for c in term.skipped if c.basis != BASIS_WEEKEND]
    return ", ".join(f"{c.name} ({formatting.short_date(c.day)})" for c in days)
