"""Alembic environment: always run on a connection Vangnet opened (keys and pragmas applied)."""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Vangnet migrations run only through app.services.store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
