"""SQLAlchemy 2 typed models. No Qt, no I/O beyond the session."""

from app.models.audit import AuditEntry, Setting
from app.models.base import Base
from app.models.case import CASE_STATUSES, Case, HouseholdMember
from app.models.computed import CaseDeadline, PriorityPeriod, RankSegment
from app.models.contact import (
    CONTACT_ROLES,
    ContactEmailConfirmation,
    ContactEntry,
    ContactListVersion,
)
from app.models.organisation import ORGANISATION_KINDS, Organisation
from app.models.timeline import CaseEvent, ConsentRecord, InternalNote

__all__ = [
    "CASE_STATUSES",
    "CONTACT_ROLES",
    "ORGANISATION_KINDS",
    "AuditEntry",
    "Base",
    "Case",
    "CaseDeadline",
    "CaseEvent",
    "ContactEmailConfirmation",
    "ContactEntry",
    "ContactListVersion",
    "ConsentRecord",
    "HouseholdMember",
    "InternalNote",
    "Organisation",
    "PriorityPeriod",
    "RankSegment",
    "Setting",
]
