"""SQLAlchemy 2 typed models. No Qt, no I/O beyond the session."""

from app.models.audit import AuditEntry, Setting
from app.models.base import Base
from app.models.case import CASE_STATUSES, Case, HouseholdMember
from app.models.computed import CaseDeadline, PriorityPeriod, RankSegment
from app.models.organisation import ORGANISATION_KINDS, Organisation
from app.models.timeline import CaseEvent, ConsentRecord, InternalNote

__all__ = [
    "CASE_STATUSES",
    "ORGANISATION_KINDS",
    "AuditEntry",
    "Base",
    "Case",
    "CaseDeadline",
    "CaseEvent",
    "ConsentRecord",
    "HouseholdMember",
    "InternalNote",
    "Organisation",
    "PriorityPeriod",
    "RankSegment",
    "Setting",
]
