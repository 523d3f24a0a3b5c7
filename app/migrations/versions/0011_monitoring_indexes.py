"""Indexes for the monitoring report (issue 18): its figures are aggregates over a period.

Terms are counted by their due date (the deadlines of 100,000 cases are 600,000 rows; by term and
due date a half year reads its own); signals by signal date, closings by closing date — each
index holds the columns the counts group by, so SQLite answers from the index alone.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_case_deadlines_term_due",
        "case_deadlines",
        ["term_id", "due", "met_on", "start", "case_id"],
    )
    op.create_index("ix_cases_signal_period", "cases", ["signal_date", "corporation_id", "kind"])
    op.create_index(
        "ix_cases_closed_period", "cases", ["closed_on", "status", "outcome", "corporation_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_cases_closed_period", table_name="cases")
    op.drop_index("ix_cases_signal_period", table_name="cases")
    op.drop_index("ix_case_deadlines_term_due", table_name="case_deadlines")
