"""The audit trail as a hash chain: every entry carries the hash of the one before it.

Existing entries are chained in the order they were written (by id); the newest entry's number
and hash are kept as the chain's head in the settings, so removing the newest entries is seen
too (`vangnet audit verify`).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.services.audit_chain import GENESIS, HEAD_SETTING, entry_hash, format_head

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = ("actor", "action", "object_type", "object_id", "result", "detail")


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("entry_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.create_unique_constraint(op.f("uq_audit_log_seq"), ["seq"])
    conn = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        *(sa.column(name, sa.String) for name in _TEXT_COLUMNS),
    )
    rows = conn.execute(sa.select(log).order_by(log.c.id)).fetchall()
    prev, seq = GENESIS, 0
    for row in rows:
        seq += 1
        own = entry_hash(
            seq, prev, row.at, row.actor, row.action, row.object_type, row.object_id, row.result,
            row.detail or "",
        )
        conn.execute(
            sa.text("UPDATE audit_log SET seq = :s, prev_hash = :p, entry_hash = :h WHERE id = :i"),
            {"s": seq, "p": prev, "h": own, "i": row.id},
        )
        prev = own
    conn.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": HEAD_SETTING})
    conn.execute(
        sa.text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
        {"k": HEAD_SETTING, "v": format_head(seq, prev)},
    )


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM settings WHERE key = '{HEAD_SETTING}'"))
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint(op.f("uq_audit_log_seq"), type_="unique")
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
