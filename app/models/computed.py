"""What the rules engine computed, stored so ranking and "due this week" are indexed queries."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CaseDeadline(Base):
    __tablename__ = "case_deadlines"
    __table_args__ = (
        Index("ix_case_deadlines_open_due", "met_on", "due"),
        # the monitoring report counts terms by their due date (migration 0011)
        Index("ix_case_deadlines_term_due", "term_id", "due", "met_on", "start", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    term_id: Mapped[str] = mapped_column(String(32))
    due: Mapped[date] = mapped_column(Date)
    start: Mapped[date] = mapped_column(Date)
    article: Mapped[str] = mapped_column(String(80))
    met_on: Mapped[date | None] = mapped_column(Date)


class PriorityPeriod(Base):
    """A priority reason holds for the case on days in [start, end)."""

    __tablename__ = "priority_periods"
    __table_args__ = (Index("ix_priority_periods_reason", "reason", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)


class RankSegment(Base):
    """The case's inbox sort key on days in [valid_from, valid_to); open cases only.

    The inbox "as of day D" is: segments covering D, ordered by the covering index below, so the
    top 50 are read straight off the index at any number of cases.
    """

    __tablename__ = "rank_segments"
    __table_args__ = (
        Index(
            "ix_rank_segments_order",
            "rank_group",
            "eviction_key",
            "due_key",
            "signal_date",
            "case_id",
            "valid_from",
            "valid_to",
            "corporation_id",
            "status",
            "assignee",
            "reasons",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    rank_group: Mapped[int] = mapped_column(Integer)
    eviction_key: Mapped[str] = mapped_column(String(10))
    due_key: Mapped[str] = mapped_column(String(10))
    signal_date: Mapped[date] = mapped_column(Date)
    # Copies of case columns the inbox filters on, so filtering stays inside the index.
    corporation_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(24))
    assignee: Mapped[str | None] = mapped_column(String(100))
    # Priority reasons holding in this segment as bits (see REASON_BITS in casework).
    reasons: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
