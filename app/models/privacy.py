"""Requests under the privacy reglement (issue 15.2 and 15.4) and corrections of case facts.

- :class:`SubjectRequest`: a tenant uses a right of AVG 15–22 (PR 10). Answer within one month
  (AVG 12(3)); a request meant for another party is forwarded within 5 working days (PR 10.3).
- :class:`LegalRequest`: an authority asks for data on a legal ground (PR 8). The other party is
  told within 5 working days (PR 8.2), unless the law forbids it (the confidentiality exception).
- :class:`FactCorrection`: a corrected case fact with its old value (AVG 16). It belongs to the
  audit trail: the audit line names the correction and a hash of the old value, never the value,
  so the chained lines stay free of personal data while the old value can still be shown.

Both registers outlive the case they are about: when a case is erased, ``case_id`` becomes NULL
and the row keeps only dates, parties and outcomes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uid

#: AVG 15 access, 16 rectification, 17 erasure, 18 restriction, 20 portability, 21 objection,
#: 7(3) withdrawal of consent
SUBJECT_REQUEST_KINDS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdraw_consent",
)
REQUEST_OUTCOMES = ("open", "granted", "partly", "refused", "forwarded")
LEGAL_DECISIONS = ("open", "provided", "partly", "refused")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class SubjectRequest(Base):
    __tablename__ = "subject_requests"
    __table_args__ = (
        CheckConstraint(_one_of("kind", SUBJECT_REQUEST_KINDS), name="kind"),
        CheckConstraint(_one_of("outcome", REQUEST_OUTCOMES), name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    #: AVG 12(3): one month, extendable by two more with a reason
    due_on: Mapped[date] = mapped_column(Date)
    extended_to: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(String(1000), default="")
    #: PR 10.3: the request is about another party's processing (their name); forward in 5 wd
    forward_to: Mapped[str] = mapped_column(String(200), default="")
    forward_due_on: Mapped[date | None] = mapped_column(Date)
    forwarded_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(12), default="open")
    outcome_reason: Mapped[str] = mapped_column(String(2000), default="")
    done_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class LegalRequest(Base):
    __tablename__ = "legal_requests"
    __table_args__ = (CheckConstraint(_one_of("decision", LEGAL_DECISIONS), name="decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    #: PR 8.1: who asks (the authority, its officer) and on what legal ground, both verified
    requester: Mapped[str] = mapped_column(String(300))
    requester_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_ground: Mapped[str] = mapped_column(String(1000))
    ground_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    #: PR 8.2: the other party to tell, the term, and the exception (not allowed to tell)
    other_party: Mapped[str] = mapped_column(String(200), default="")
    inform_due_on: Mapped[date | None] = mapped_column(Date)
    informed_on: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential_reason: Mapped[str] = mapped_column(String(1000), default="")
    decision: Mapped[str] = mapped_column(String(10), default="open")
    decided_on: Mapped[date | None] = mapped_column(Date)
    data_provided: Mapped[str] = mapped_column(String(1000), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FactCorrection(Base):
    __tablename__ = "fact_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(String(400))
    new_value: Mapped[str] = mapped_column(String(400))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("subject_requests.id", ondelete="SET NULL")
    )
    corrected_at: Mapped[datetime] = mapped_column(DateTime)
    corrected_by: Mapped[str] = mapped_column(String(100))
    #: the audit entry that records it (its detail holds a hash of the old value)
    audit_seq: Mapped[int | None] = mapped_column(Integer)
