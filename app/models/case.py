"""A signal (melding) and the case that grows from it, with its household.

Only what the covenant lists (B2 step 1, plus the practical additions in the import format) is
stored: no BSN, no free-text background outside the internal notes table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.organisation import Organisation

CASE_STATUSES = ("nieuw", "in_behandeling", "niet_in_behandeling", "overgedragen", "gesloten")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("corporation_id", "reference", "signal_date", name="signal_key"),
        CheckConstraint(
            "status IN ('nieuw','in_behandeling','niet_in_behandeling','overgedragen','gesloten')",
            name="status",
        ),
        CheckConstraint("occupants >= 1", name="occupants"),
        Index("ix_cases_status_due", "status", "next_due"),
        Index("ix_cases_postcode", "postcode"),
        # the monitoring report's periods (migration 0011)
        Index("ix_cases_signal_period", "signal_date", "corporation_id", "kind"),
        Index("ix_cases_closed_period", "closed_on", "status", "outcome", "corporation_id"),
        # the evictions ahead, counted for the navigation after every change (migration 0010)
        Index("ix_cases_eviction_status", "eviction_date", "status"),
        Index("ix_cases_reference", "reference"),
        Index("ix_cases_status_closed", "status", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    corporation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    reference: Mapped[str] = mapped_column(String(64))
    signal_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))
    consent: Mapped[bool | None] = mapped_column(Boolean)

    tenant_name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(20))
    postcode: Mapped[str] = mapped_column(String(7))
    city: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    birth_date: Mapped[date] = mapped_column(Date)
    occupants: Mapped[int] = mapped_column(Integer)

    arrears_since: Mapped[date | None] = mapped_column(Date)
    arrears_months_tenths: Mapped[int | None] = mapped_column(Integer)
    arrears_cents: Mapped[int | None] = mapped_column(Integer)
    monthly_rent_cents: Mapped[int | None] = mapped_column(Integer)
    bailiff_date: Mapped[date | None] = mapped_column(Date)
    eviction_date: Mapped[date | None] = mapped_column(Date)
    # As the corporation reported them, so undoing a later change can restore them.
    reported_bailiff_date: Mapped[date | None] = mapped_column(Date)
    reported_eviction_date: Mapped[date | None] = mapped_column(Date)

    children_under_18: Mapped[int | None] = mapped_column(Integer)
    statushouder: Mapped[bool] = mapped_column(Boolean, default=False)
    known: Mapped[bool] = mapped_column(Boolean, default=False)

    status: Mapped[str] = mapped_column(String(24), default="nieuw")
    assignee: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(40))
    closed_on: Mapped[date | None] = mapped_column(Date)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    #: AVG 18 restriction (issue 15.2): since this day the case is frozen — kept and visible,
    #: but no event, letter or handover is made for it until the restriction is lifted
    restricted_since: Mapped[date | None] = mapped_column(Date)

    # Computed by the rules engine and stored so the inbox stays an indexed query.
    next_due: Mapped[date | None] = mapped_column(Date)
    flags: Mapped[str] = mapped_column(String(200), default="")

    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    corporation: Mapped[Organisation] = relationship(lazy="joined")
    members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )

    @property
    def flag_list(self) -> list[str]:
        return [f for f in self.flags.split(",") if f]


class HouseholdMember(Base):
    """Another registered occupant; only the date of birth is kept (for priority by age)."""

    __tablename__ = "household_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    birth_date: Mapped[date] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="members")
