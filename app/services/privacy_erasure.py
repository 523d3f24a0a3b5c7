"""Erasure on the tenant's request (AVG 17, PR 10): the same machinery as retention, tied to a
request in the register, which is closed as granted in the same transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Case, SubjectRequest
from app.services import audit, clock
from app.services.erasure import (
    ErasureReason,
    ErasureRefused,
    compact,
    erase_case,
    merge_search_index,
    secure_delete_off,
    secure_delete_on,
)
from app.services.problems import problem
from app.services.store import Store


def erasure_request_refusal(
    session: Session, case_id: int, request_id: int
) -> ErasureRefused | None:
    """Why this request cannot erase this case, or None."""
    if session.get(Case, case_id) is None:
        return ErasureRefused(problem("erasure.no_case", case=case_id))
    request = session.get(SubjectRequest, request_id)
    if request is None:
        return ErasureRefused(problem("erasure.no_request", request=request_id))
    if request.kind != "erasure":
        return ErasureRefused(
            problem("erasure.not_erasure", request=request_id, kind=request.kind)
        )
    if request.outcome != "open":
        return ErasureRefused(
            problem("erasure.closed", request=request_id, outcome=request.outcome)
        )
    if request.case_id is not None and request.case_id != case_id:
        return ErasureRefused(
            problem("erasure.other_case", request=request_id, about=request.case_id, case=case_id)
        )
    return None


def erase_on_request(
    store: Store, case_id: int, request_id: int, *, actor: str | None = None
) -> None:
    """Erase the case and close the request as granted; refused → nothing changes."""
    who = actor or audit.current_actor()
    with store.transaction() as session:
        refusal = erasure_request_refusal(session, case_id, request_id)
        if refusal is not None:
            raise refusal
        request = session.get(SubjectRequest, request_id)
        assert request is not None
        request.outcome = "granted"
        request.done_on = clock.today()
        request.updated_at = clock.now()
        session.flush()
        secure_delete_on(session)
        try:
            erase_case(session, case_id, ErasureReason(request_id=request_id), actor=who)
            merge_search_index(session)
            session.flush()
        finally:
            secure_delete_off(session)
        audit.record(
            session, "close", "subject_request", request_id, detail="outcome=granted erased",
            actor=who,
        )
    compact(store)
