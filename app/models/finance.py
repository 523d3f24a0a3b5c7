"""The SDV's inventory of a case (H 6.1) and the proposals made from it (H 6.2, 6.3, 7.3).

Money is stored as integer cents; the arithmetic lives in `app.services.money` (Decimal).
A proposal keeps a frozen JSON snapshot of exactly what was proposed, so a letter or a handover
always shows the proposal as it was made, even after the inventory changes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uid

DEBT_KINDS = ("huurachterstand", "energie", "water", "zorgverzekering", "overig")
BUDGET_LINE_KINDS = ("income", "fixed_cost")
PROPOSAL_KINDS = ("arrangement", "settlement", "none_possible")


class CaseBudget(Base):
    """The inventory header of one case: who changed it last and when, and the household budget
    (type, children, current rent; the lines hang below). `household_type` is None while only
    debts were entered and the budget is still unknown."""

    __tablename__ = "case_budgets"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    household_type: Mapped[str | None] = mapped_column(String(30))
    children: Mapped[int] = mapped_column(Integer, default=0)
    rent_cents: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100))


class BudgetLine(Base):
    """One monthly income or fixed cost ("Uitkering Participatiewet", "Zorgverzekering")."""

    __tablename__ = "budget_lines"
    __table_args__ = (CheckConstraint("kind IN ('income','fixed_cost')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(120))
    monthly_cents: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Debt(Base):
    """One debt in the inventory (H 6.1)."""

    __tablename__ = "debts"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('huurachterstand','energie','water','zorgverzekering','overig')",
            name="kind",
        ),
        CheckConstraint("amount_cents > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    creditor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer)
    preferential: Mapped[bool] = mapped_column(Boolean, default=False)
    established_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Proposal(Base):
    """A proposal as made: arrangement (H 6.2), settlement offer (H 7.3) or none possible (H 6.3).

    `sent_on` is set when the proposal letter is marked as sent (which meets the `proposal`
    deadline); `withdrawn_at` when the worker replaces it before sending.
    """

    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint("kind IN ('arrangement','settlement','none_possible')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    made_on: Mapped[date] = mapped_column(Date)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    made_by: Mapped[str] = mapped_column(String(100))
    snapshot: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
