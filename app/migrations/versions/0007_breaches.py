"""The breach register (PR 9.3): one row per personal-data breach found by this office.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breaches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("nature", sa.String(length=2000), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("discovered_at", sa.DateTime(), nullable=False),
        sa.Column("subjects", sa.String(length=1000), nullable=False),
        sa.Column("data_kinds", sa.String(length=1000), nullable=False),
        sa.Column("protection", sa.String(length=20), nullable=False),
        sa.Column("protection_note", sa.String(length=1000), nullable=False),
        sa.Column("contact", sa.String(length=500), nullable=False),
        sa.Column("consequences", sa.String(length=2000), nullable=False),
        sa.Column("measures", sa.String(length=2000), nullable=False),
        sa.Column("ap_decision", sa.String(length=20), nullable=False),
        sa.Column("ap_reason", sa.String(length=2000), nullable=False),
        sa.Column("ap_notified_at", sa.DateTime(), nullable=True),
        sa.Column("parties_informed_at", sa.DateTime(), nullable=True),
        sa.Column("parties_note", sa.String(length=1000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('lost_device','wrong_recipient','damaged_database','other')",
            name=op.f("ck_breaches_kind"),
        ),
        sa.CheckConstraint(
            "protection IN ('encrypted','not_encrypted','unknown')",
            name=op.f("ck_breaches_protection"),
        ),
        sa.CheckConstraint(
            "ap_decision IN ('undecided','notified','not_notified')",
            name=op.f("ck_breaches_ap_decision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breaches")),
        sa.UniqueConstraint("uid", name=op.f("uq_breaches_uid")),
    )
    with op.batch_alter_table("breaches") as batch:
        batch.create_index(batch.f("ix_breaches_discovered_at"), ["discovered_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("breaches") as batch:
        batch.drop_index(batch.f("ix_breaches_discovered_at"))
    op.drop_table("breaches")
