"""The breach register of PR 9.3 (issue 15.3): one row per personal-data breach found here.

The fields follow the reglement's list a–j; the two terms (inform the other parties within 24
hours of discovery, PR 9.1; the Autoriteit Persoonsgegevens within 72 hours, AVG 33) are counted
from `discovered_at`. The texts describe the incident, not the people in it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uid

BREACH_KINDS = ("lost_device", "wrong_recipient", "damaged_database", "other")
PROTECTIONS = ("encrypted", "not_encrypted", "unknown")
AP_DECISIONS = ("undecided", "notified", "not_notified")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class Breach(Base):
    __tablename__ = "breaches"
    __table_args__ = (
        CheckConstraint(_one_of("kind", BREACH_KINDS), name="kind"),
        CheckConstraint(_one_of("protection", PROTECTIONS), name="protection"),
        CheckConstraint(_one_of("ap_decision", AP_DECISIONS), name="ap_decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(20))
    # a. nature, cause and (if possible) extent
    nature: Mapped[str] = mapped_column(String(2000))
    # b. when it happened (None: not known) and c. when it was found
    occurred_at: Mapped[datetime | None] = mapped_column(DateTime)
    discovered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # d. categories of people concerned; e. kinds of personal data
    subjects: Mapped[str] = mapped_column(String(1000), default="")
    data_kinds: Mapped[str] = mapped_column(String(1000), default="")
    # f. encrypted, or otherwise unintelligible
    protection: Mapped[str] = mapped_column(String(20), default="unknown")
    protection_note: Mapped[str] = mapped_column(String(1000), default="")
    # g. who can tell more
    contact: Mapped[str] = mapped_column(String(500), default="")
    # h. consequences found and expected; i. measures taken or proposed
    consequences: Mapped[str] = mapped_column(String(2000), default="")
    measures: Mapped[str] = mapped_column(String(2000), default="")
    # j. reported to the Autoriteit Persoonsgegevens or not, and why
    ap_decision: Mapped[str] = mapped_column(String(20), default="undecided")
    ap_reason: Mapped[str] = mapped_column(String(2000), default="")
    ap_notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    # PR 9.1: the other parties informed (when, and how / whom)
    parties_informed_at: Mapped[datetime | None] = mapped_column(DateTime)
    parties_note: Mapped[str] = mapped_column(String(1000), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
