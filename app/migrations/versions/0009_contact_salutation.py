"""The contact list's ``aanhef`` (issue 16.6): how letters greet a contact person.

The contact entries have no free-text field to carry it, so it gets a column of its own.
Rows from before have none: letters greet them with the neutral "Geachte heer/mevrouw".

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact_entries") as batch:
        batch.add_column(sa.Column("form_of_address", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact_entries") as batch:
        batch.drop_column("form_of_address")
