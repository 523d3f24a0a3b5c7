"""Parties to the covenant: corporations, wijkteams, SDV, troubleshooter, uitvoerders, policy."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

ORGANISATION_KINDS = ("corporatie", "wijkteam", "sdv", "troubleshooter", "uitvoerder", "beleid")


class Organisation(Base):
    __tablename__ = "organisations"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('corporatie','wijkteam','sdv','troubleshooter','uitvoerder','beleid')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
