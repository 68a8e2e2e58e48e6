"""index events by kind and dates, for matching a report to a stored event

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Every ingested report looks for a stored event of the same kind near its
dates (schedule.merging.find_match); with the kind first in the index that
is one short range scan instead of reading every kind's events in the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_events_kind_window", "events", ["kind", "start_date", "end_date"])


def downgrade() -> None:
    op.drop_index("ix_events_kind_window", table_name="events")
