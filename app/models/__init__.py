"""SQLAlchemy 2 typed models. No Qt, no I/O beyond the session."""

from app.models.audit import AuditEntry, Setting
from app.models.base import Base, new_uid
from app.models.breach import AP_DECISIONS, BREACH_KINDS, PROTECTIONS, Breach
from app.models.case import CASE_STATUSES, Case, HouseholdMember
from app.models.computed import CaseDeadline, PriorityPeriod, RankSegment
from app.models.contact import (
    CONTACT_ROLES,
    ContactEmailConfirmation,
    ContactEntry,
    ContactListVersion,
)
from app.models.document import DOCUMENT_SOURCES, CaseDocument, HandoverPackage
from app.models.finance import (
    BUDGET_LINE_KINDS,
    DEBT_KINDS,
    PROPOSAL_KINDS,
    BudgetLine,
    CaseBudget,
    Debt,
    Proposal,
)
from app.models.organisation import ORGANISATION_KINDS, Organisation
from app.models.privacy import (
    LEGAL_DECISIONS,
    REQUEST_OUTCOMES,
    SUBJECT_REQUEST_KINDS,
    FactCorrection,
    LegalRequest,
    SubjectRequest,
)
from app.models.timeline import CaseEvent, ConsentRecord, InternalNote

__all__ = [
    "AP_DECISIONS",
    "BREACH_KINDS",
    "PROTECTIONS",
    "Breach",
    "BUDGET_LINE_KINDS",
    "DEBT_KINDS",
    "DOCUMENT_SOURCES",
    "PROPOSAL_KINDS",
    "BudgetLine",
    "CaseBudget",
    "CaseDocument",
    "Debt",
    "HandoverPackage",
    "Proposal",
    "new_uid",
    "CASE_STATUSES",
    "CONTACT_ROLES",
    "ORGANISATION_KINDS",
    "AuditEntry",
    "FactCorrection",
    "LEGAL_DECISIONS",
    "LegalRequest",
    "REQUEST_OUTCOMES",
    "SUBJECT_REQUEST_KINDS",
    "SubjectRequest",
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
