"""index participants by event with everything a listing reads from them

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Listings, feeds and the matcher read an event's participants in order
(event_id, position) with their person and role. The primary key index
(event_id, person_id) finds the rows but each one then costs a visit to the
table; this index holds all four columns, so the read never leaves it
(SQLite's "covering index"; PostgreSQL's index-only scan likewise).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_participants_listing", "participants", ["event_id", "position", "person_id", "role"]
    )


def downgrade() -> None:
    op.drop_index("ix_participants_listing", table_name="participants")
