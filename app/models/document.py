"""Documents kept with a case (saved letters, attachments) and the handover packages log.

Documents live inside the encrypted store, so they travel with a handover package and never sit
unencrypted in a temp folder.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uid

DOCUMENT_SOURCES = ("brief", "bijlage")


class CaseDocument(Base):
    __tablename__ = "case_documents"
    __table_args__ = (CheckConstraint("source IN ('brief','bijlage')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(100))


class HandoverPackage(Base):
    """A handover package made here (export) or taken in here (import); ids and counts only."""

    __tablename__ = "handover_packages"
    __table_args__ = (CheckConstraint("direction IN ('export','import')", name="direction"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(6))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    counterpart: Mapped[str] = mapped_column(String(200))
    case_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
