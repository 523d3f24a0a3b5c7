"""Two indexes for the navigation's counts (issue 16.6), read after every change in the window.

Finding the cases handed to the troubleshooter without an eviction date read every event
(340,000 on 100,000 cases, 150 ms); by kind it reads the handovers only. Counting the evictions
ahead read every case; by eviction date it reads those with a date from today on.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_events_kind_case", "case_events", ["kind", "case_id"])
    op.create_index("ix_cases_eviction_status", "cases", ["eviction_date", "status"])


def downgrade() -> None:
    op.drop_index("ix_cases_eviction_status", table_name="cases")
    op.drop_index("ix_case_events_kind_case", table_name="case_events")
