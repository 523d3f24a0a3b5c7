"""Priority reasons as a bit mask on the rank segments, inside the ordering index.

Filtering the inbox by one priority reason was an EXISTS lookup per row; at 100,000 cases the
query planner could turn it into a nested scan. Segments now also split where the set of
reasons changes and carry the set as bits (children 1, 65plus 2, statushouder 4, known 8).
The next open recomputes every case (the stored rules fingerprint is cleared).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ORDER = [
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
]


def upgrade() -> None:
    with op.batch_alter_table("rank_segments") as batch:
        batch.drop_index("ix_rank_segments_order")
        batch.add_column(sa.Column("reasons", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_rank_segments_order", "rank_segments", [*ORDER, "reasons"])
    op.execute("DELETE FROM settings WHERE key = 'rules_fingerprint'")


def downgrade() -> None:
    with op.batch_alter_table("rank_segments") as batch:
        batch.drop_index("ix_rank_segments_order")
        batch.drop_column("reasons")
    op.create_index("ix_rank_segments_order", "rank_segments", ORDER)
    op.execute("DELETE FROM settings WHERE key = 'rules_fingerprint'")
