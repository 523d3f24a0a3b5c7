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


class RestrictionProblem(ValueError):
    """Restricting or lifting cannot be done as asked; nothing was changed."""

    def __init__(self, english: str, dutch: str, code: str) -> None:
        super().__init__(english)
        self.message_nl = dutch
        self.code = code

    def dutch(self) -> str:
        return self.message_nl


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
        raise RestrictionProblem(
            f"request: there is no request {request_id}",
            f"Verzoek: verzoek {request_id} bestaat niet.",
            "no_request",
        )
    if request.case_id != case.id:
        raise RestrictionProblem(
            f"request: request {request_id} is not about case {case.id}",
            f"Verzoek: verzoek {request_id} gaat niet over zaak {case.id}.",
            "other_case",
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
        raise RestrictionProblem(
            f"case {case.id} is already restricted since {case.restricted_since.isoformat()}",
            f"Deze zaak is al beperkt sinds {long_date(case.restricted_since)}.",
            "already_restricted",
        )
    if day > today:
        raise RestrictionProblem(
            "date: a restriction cannot start in the future",
            "Datum: een beperking kan niet in de toekomst beginnen.",
            "future_date",
        )
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
        raise RestrictionProblem(
            f"case {case.id} is not restricted",
            "Deze zaak is niet beperkt.",
            "not_restricted",
        )
    case.restricted_since = None
    case.updated_at = clock.now()
    session.flush()
    audit.record(session, "lift_restriction", "case", case.id, actor=actor)
