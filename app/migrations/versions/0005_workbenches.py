"""SDV inventory and proposals, case documents, handover packages; stable row ids.

Events, notes and consents get a `uid` that stays the same on every laptop, so a handover
package merges into another database without duplicates (and importing it twice changes
nothing). Existing rows get a fresh random uid.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_UID_TABLES = ("case_events", "internal_notes", "consent_records")


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"), ondelete="CASCADE"
    )


def upgrade() -> None:
    for table in _UID_TABLES:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
            batch.create_unique_constraint(op.f(f"uq_{table}_uid"), ["uid"])

    op.create_table(
        "case_budgets",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("household_type", sa.String(length=30), nullable=True),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("rent_cents", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        _case_fk("case_budgets"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_budgets")),
    )
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("monthly_cents", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('income','fixed_cost')", name=op.f("ck_budget_lines_kind")),
        _case_fk("budget_lines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    op.create_index(op.f("ix_budget_lines_case_id"), "budget_lines", ["case_id"])
    op.create_table(
        "debts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("creditor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("preferential", sa.Boolean(), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('huurachterstand','energie','water','zorgverzekering','overig')",
            name=op.f("ck_debts_kind"),
        ),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_debts_amount")),
        _case_fk("debts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debts")),
    )
    op.create_index(op.f("ix_debts_case_id"), "debts", ["case_id"])
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('arrangement','settlement','none_possible')",
            name=op.f("ck_proposals_kind"),
        ),
        _case_fk("proposals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
        sa.UniqueConstraint("uid", name=op.f("uq_proposals_uid")),
    )
    op.create_index(op.f("ix_proposals_case_id"), "proposals", ["case_id"])
    op.create_table(
        "case_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("source IN ('brief','bijlage')", name=op.f("ck_case_documents_source")),
        _case_fk("case_documents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_documents")),
        sa.UniqueConstraint("uid", name=op.f("uq_case_documents_uid")),
    )
    op.create_index(op.f("ix_case_documents_case_id"), "case_documents", ["case_id"])
    op.create_table(
        "handover_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=6), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("counterpart", sa.String(length=200), nullable=False),
        sa.Column("case_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "direction IN ('export','import')", name=op.f("ck_handover_packages_direction")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_packages")),
    )


def downgrade() -> None:
    for table in ("handover_packages", "case_documents", "proposals", "debts", "budget_lines"):
        op.drop_table(table)
    op.drop_table("case_budgets")
    for table in _UID_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"uq_{table}_uid"), type_="unique")
            batch.drop_column("uid")
