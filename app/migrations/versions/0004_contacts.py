"""The shared contact list: versions, their rows, and the e-mail addresses the office confirmed.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_list_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.Column("file_hash", sa.String(length=64), nullable=True),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("email_changes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "source IN ('sync','rollback')", name=op.f("ck_contact_list_versions_source")
        ),
        sa.ForeignKeyConstraint(
            ["restored_from"],
            ["contact_list_versions.id"],
            name=op.f("fk_contact_list_versions_restored_from_contact_list_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_list_versions")),
    )
    op.create_table(
        "contact_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("wijk", sa.String(length=100), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("organisation_key", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=1200), nullable=False),
        sa.CheckConstraint(
            "role IN ('corporatie','wijkteam','sdv','troubleshooter','beleidsadviseur',"
            "'uitvoerder')",
            name=op.f("ck_contact_entries_role"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["contact_list_versions.id"],
            name=op.f("fk_contact_entries_version_id_contact_list_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_entries")),
    )
    with op.batch_alter_table("contact_entries") as batch:
        batch.create_index("ix_contact_entries_version", ["version_id", "position"], unique=False)
    op.create_table(
        "contact_email_confirmations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_key", sa.String(length=200), nullable=False),
        sa.Column("email_key", sa.String(length=254), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["contact_list_versions.id"],
            name=op.f("fk_contact_email_confirmations_version_id_contact_list_versions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_email_confirmations")),
        sa.UniqueConstraint(
            "organisation_key",
            "email_key",
            name=op.f("uq_contact_email_confirmations_organisation_key"),
        ),
    )


def downgrade() -> None:
    op.drop_table("contact_email_confirmations")
    with op.batch_alter_table("contact_entries") as batch:
        batch.drop_index("ix_contact_entries_version")
    op.drop_table("contact_entries")
    op.drop_table("contact_list_versions")
