"""Restriction of processing (AVG art. 18): the case is kept and visible, but not processed.

While a case is restricted nothing new is done with it: no event, consent or note, no letter,
no handover and no change to its debts or proposal. Correcting its facts (AVG 16) and giving
the tenant their data (AVG 15) stay allowed; erasure under the retention rules is handled there.

:class:`CaseRestricted` is what every refusing caller raises. It is an :class:`EventProblem`
and a :class:`ProposalProblem` (code ``restricted``), so the places that already turn those into
a message (command line, window, the workbench) show it without a traceback; the letter and
handover services wrap it in their own problem types with the same two sentences.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.models import Case, SubjectRequest
from app.services import audit, clock
from app.services.events import EventProblem
from app.services.formatting import long_date
from app.services.problems import Refusal, problem
from app.services.sdv.proposals import ProposalProblem

RESTRICTED_CODE = "restricted"


class CaseRestricted(EventProblem, ProposalProblem):
    """The case is restricted: `str()` is English (command line), :meth:`dutch` the window's."""

    def __init__(self, case_id: int, since: date) -> None:
        self.case_id = case_id
        self.since = since
        ValueError.__init__(self, self.english())
        self.code = RESTRICTED_CODE

    def english(self) -> str:
        return (
            f"case {self.case_id} is restricted since {self.since.isoformat()} (AVG art. 18): "
            "nothing may be done with it until the restriction is lifted"
        )

    def dutch(self) -> str:
        return (
            f"Deze zaak is beperkt sinds {long_date(self.since)}: er mag niets mee gebeuren tot "
            "de beperking is opgeheven."
        )


class RestrictionProblem(Refusal, ValueError):
    """Restricting or lifting cannot be done as asked; nothing was changed."""

    @property
    def code(self) -> str:
        """The short code (``no_request``, ``already_restricted``, ...)."""
        return self.first.code.split(".")[1]


def ensure_not_restricted(case: Case) -> None:
    """Refuse processing of a restricted case (raises :class:`CaseRestricted`)."""
    if case.restricted_since is not None:
        raise CaseRestricted(case.id, case.restricted_since)


def check_request(session: Session, case: Case, request_id: int | None) -> None:
    """A request named as the reason must exist and be about this case."""
    if request_id is None:
        return
    request = session.get(SubjectRequest, request_id)
    if request is None:
        raise RestrictionProblem(problem("restriction.no_request", request=request_id))
    if request.case_id != case.id:
        raise RestrictionProblem(
            problem("restriction.other_case", request=request_id, case=case.id)
        )


def restrict_case(
    session: Session,
    case: Case,
    *,
    on: date | None = None,
    request_id: int | None = None,
    actor: str | None = None,
) -> None:
    """Freeze the case from `on` (default today), e.g. while a disputed fact is checked."""
    today = clock.today()
    day = on or today
    if case.restricted_since is not None:
        since = case.restricted_since
        raise RestrictionProblem(
            problem("restriction.already_restricted", case=case.id, since=since)
        )
    if day > today:
        raise RestrictionProblem(problem("restriction.future_date"))
    check_request(session, case, request_id)
    case.restricted_since = day
    case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        "restrict",
        "case",
        case.id,
        detail="request=" + (str(request_id) if request_id is not None else "-"),
        actor=actor,
    )


def lift_restriction(session: Session, case: Case, *, actor: str | None = None) -> None:
    """Processing may go on again."""
    if case.restricted_since is None:
        raise RestrictionProblem(problem("restriction.not_restricted", case=case.id))
    case.restricted_since = None
    case.updated_at = clock.now()
    session.flush()
    audit.record(session, "lift_restriction", "case", case.id, actor=actor)
