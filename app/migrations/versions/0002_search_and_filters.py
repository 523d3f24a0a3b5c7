"""Full-text search over case identity fields; filter columns on rank segments.

The inbox filters (corporation, status, assignee) are copied onto the rank segments and into
their ordering index, so a filtered inbox is still read straight off one covering index. Search
uses an FTS5 trigram index (substring search on name, address, postcode, reference) inside the
encrypted file.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCH_TEXT = (
    "lower(tenant_name || ' ' || street || ' ' || house_number || ' ' || postcode || ' ' || "
    "replace(postcode, ' ', '') || ' ' || city || ' ' || reference || ' ' || coalesce(phone, ''))"
)


def upgrade() -> None:
    with op.batch_alter_table("rank_segments") as batch:
        batch.add_column(sa.Column("corporation_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("status", sa.String(24), nullable=True))
        batch.add_column(sa.Column("assignee", sa.String(100), nullable=True))
        batch.drop_index("ix_rank_segments_order")
    op.execute(
        "UPDATE rank_segments SET "
        "corporation_id = (SELECT corporation_id FROM cases WHERE cases.id = case_id), "
        "status = (SELECT status FROM cases WHERE cases.id = case_id), "
        "assignee = (SELECT assignee FROM cases WHERE cases.id = case_id)"
    )
    op.create_index(
        "ix_rank_segments_order",
        "rank_segments",
        [
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
        ],
    )
    op.create_index("ix_cases_status_closed", "cases", ["status", "closed_on"])
    op.execute("CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'trigram')")
    op.execute(f"INSERT INTO case_search (rowid, text) SELECT id, {SEARCH_TEXT} FROM cases")


def downgrade() -> None:
    op.execute("DROP TABLE case_search")
    op.drop_index("ix_cases_status_closed", "cases")
    with op.batch_alter_table("rank_segments") as batch:
        batch.drop_index("ix_rank_segments_order")
        batch.drop_column("assignee")
        batch.drop_column("status")
        batch.drop_column("corporation_id")
    op.create_index(
        "ix_rank_segments_order",
        "rank_segments",
        [
            "rank_group",
            "eviction_key",
            "due_key",
            "signal_date",
            "case_id",
            "valid_from",
            "valid_to",
        ],
    )
