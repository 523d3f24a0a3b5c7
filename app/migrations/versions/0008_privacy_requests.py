"""Privacy requests (issue 15.2, 15.4): data-subject and legal requests, fact corrections, and
the restriction of a case (AVG 18).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("restricted_since", sa.Date(), nullable=True))
    op.create_table(
        "subject_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("extended_to", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.String(length=1000), nullable=False),
        sa.Column("forward_to", sa.String(length=200), nullable=False),
        sa.Column("forward_due_on", sa.Date(), nullable=True),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("outcome_reason", sa.String(length=2000), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('access','rectification','erasure','restriction','portability',"
            "'objection','withdraw_consent')",
            name=op.f("ck_subject_requests_kind"),
        ),
        sa.CheckConstraint(
            "outcome IN ('open','granted','partly','refused','forwarded')",
            name=op.f("ck_subject_requests_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_subject_requests_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_requests")),
        sa.UniqueConstraint("uid", name=op.f("uq_subject_requests_uid")),
    )
    with op.batch_alter_table("subject_requests") as batch:
        batch.create_index(batch.f("ix_subject_requests_case_id"), ["case_id"], unique=False)
        batch.create_index(
            batch.f("ix_subject_requests_received_on"), ["received_on"], unique=False
        )
    op.create_table(
        "legal_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("requester", sa.String(length=300), nullable=False),
        sa.Column("requester_verified", sa.Boolean(), nullable=False),
        sa.Column("legal_ground", sa.String(length=1000), nullable=False),
        sa.Column("ground_checked", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("other_party", sa.String(length=200), nullable=False),
        sa.Column("inform_due_on", sa.Date(), nullable=True),
        sa.Column("informed_on", sa.Date(), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("confidential_reason", sa.String(length=1000), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("data_provided", sa.String(length=1000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('open','provided','partly','refused')",
            name=op.f("ck_legal_requests_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_legal_requests_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_requests")),
        sa.UniqueConstraint("uid", name=op.f("uq_legal_requests_uid")),
    )
    with op.batch_alter_table("legal_requests") as batch:
        batch.create_index(batch.f("ix_legal_requests_case_id"), ["case_id"], unique=False)
        batch.create_index(
            batch.f("ix_legal_requests_received_on"), ["received_on"], unique=False
        )
    op.create_table(
        "fact_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.String(length=400), nullable=False),
        sa.Column("new_value", sa.String(length=400), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.Column("corrected_by", sa.String(length=100), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_fact_corrections_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["subject_requests.id"],
            name=op.f("fk_fact_corrections_request_id_subject_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_corrections")),
    )
    with op.batch_alter_table("fact_corrections") as batch:
        batch.create_index(batch.f("ix_fact_corrections_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_table("fact_corrections")
    op.drop_table("legal_requests")
    op.drop_table("subject_requests")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("restricted_since")
