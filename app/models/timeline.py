"""What happens on a case: events, internal notes and consent records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uid


class CaseEvent(Base):
    """One thing that happened: a contact attempt, a decision, a letter, a court date, ...

    `kind` is a rules-engine event kind (e.g. `contact_attempt`, `feedback_sent`); `detail` holds
    structured facts as JSON (method, reached, reason, dates) — never conversation content.
    """

    __tablename__ = "case_events"
    __table_args__ = (
        Index("ix_case_events_case_kind", "case_id", "kind"),
        # the handovers to the troubleshooter, counted after every change (migration 0010)
        Index("ix_case_events_kind_case", "kind", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: stable across laptops, so a handover package merges without duplicates
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class InternalNote(Base):
    """A working note. Internal by default: it never leaves the app without recorded consent."""

    __tablename__ = "internal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(100))
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsentRecord(Base):
    """Consent the tenant gave (B2 steps 2, 5, 6): for what, when, by whom recorded, written."""

    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    written: Mapped[bool] = mapped_column(Boolean)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
