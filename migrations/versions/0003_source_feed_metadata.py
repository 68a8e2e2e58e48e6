"""source feed metadata: guid, feed, summary_only, updated

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guid", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("feed", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("summary_only", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("updated", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_sources_guid"), ["guid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_guid"))
        batch_op.drop_column("updated")
        batch_op.drop_column("summary_only")
        batch_op.drop_column("feed")
        batch_op.drop_column("guid")
