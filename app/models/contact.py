"""The shared contact list (covenant appendix 3): every synced version, and confirmed e-mails.

A version is never changed after it is written: a sync or a rollback adds a new one, and the
current list is the version with the highest id. Confirmed e-mail addresses live apart from the
versions, because confirming is a fact about this office ("we checked this address"), not about
the list the policy adviser wrote.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

#: the values of the ``rol`` column (docs/formats/contact-list.md)
CONTACT_ROLES = ("corporatie", "wijkteam", "sdv", "troubleshooter", "beleidsadviseur", "uitvoerder")


class ContactListVersion(Base):
    """One version of the list: who made it current, when, from which file (by hash)."""

    __tablename__ = "contact_list_versions"
    __table_args__ = (CheckConstraint("source IN ('sync','rollback')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    #: ``sync`` (taken from the shared folder) or ``rollback`` (an earlier version made current)
    source: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str | None] = mapped_column(String(260))
    #: SHA-256 of the file's bytes (for a rollback: of the restored version's file)
    file_hash: Mapped[str | None] = mapped_column(String(64))
    restored_from: Mapped[int | None] = mapped_column(
        ForeignKey("contact_list_versions.id", ondelete="RESTRICT")
    )
    row_count: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    email_changes: Mapped[int] = mapped_column(Integer, default=0)


class ContactEntry(Base):
    """One contact person in one version, as the file gave it (phone as typed)."""

    __tablename__ = "contact_entries"
    __table_args__ = (
        Index("ix_contact_entries_version", "version_id", "position"),
        CheckConstraint(
            "role IN ('corporatie','wijkteam','sdv','troubleshooter','beleidsadviseur',"
            "'uitvoerder')",
            name="role",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("contact_list_versions.id", ondelete="CASCADE")
    )
    #: order in the file (0-based); "the first wijkteam contact" follows it
    position: Mapped[int] = mapped_column(Integer)
    #: the spreadsheet row the contact came from
    source_row: Mapped[int] = mapped_column(Integer)
    organisation: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    wijk: Mapped[str | None] = mapped_column(String(100))
    valid_from: Mapped[date | None] = mapped_column(Date)
    #: the ``aanhef`` column: how letters greet this person (issue 16.6); None: neutral
    form_of_address: Mapped[str | None] = mapped_column(String(100))
    #: casefolded organisation, for filters and matching
    organisation_key: Mapped[str] = mapped_column(String(200))
    #: casefolded text of every field, for substring search in SQL
    search_text: Mapped[str] = mapped_column(String(1200))


class ContactEmailConfirmation(Base):
    """An e-mail address this office accepts for letters to an organisation."""

    __tablename__ = "contact_email_confirmations"
    __table_args__ = (UniqueConstraint("organisation_key", "email_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_key: Mapped[str] = mapped_column(String(200))
    email_key: Mapped[str] = mapped_column(String(254))
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    #: ``first_sync`` (the very first list is trusted), ``user`` or ``sync_flag`` (CLI option)
    how: Mapped[str] = mapped_column(String(20))
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_list_versions.id", ondelete="SET NULL")
    )
