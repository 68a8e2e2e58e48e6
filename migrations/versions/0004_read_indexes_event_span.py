"""read-side indexes: events.span_days, events.updated_at, sources.ingested_at

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

``span_days`` (end_date - start_date) gives date-window queries a lower bound
on ``start_date`` (schedule.queries.EventFilter.apply); the two time indexes
make the feed server's "newest change" an index probe, not a table scan.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("span_days", sa.Integer(), nullable=True))
    # Existing rows: the span of their stored dates, in each engine's date arithmetic.
    if op.get_bind().dialect.name == "sqlite":
        span = "CAST(julianday(end_date) - julianday(start_date) AS INTEGER)"
    else:
        span = "end_date - start_date"  # PostgreSQL: date - date is an integer of days
    op.execute(f"UPDATE events SET span_days = {span}")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("span_days", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f("ix_events_span_days"), ["span_days"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_updated_at"), ["updated_at"], unique=False)
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_ingested_at"), ["ingested_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_ingested_at"))
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_updated_at"))
        batch_op.drop_index(batch_op.f("ix_events_span_days"))
        batch_op.drop_column("span_days")
