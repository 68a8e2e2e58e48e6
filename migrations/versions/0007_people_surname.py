"""people's surnames, indexed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

A report naming only "Healey" is matched to the stored "John Healey". The
matcher found such people with ``name LIKE '% Healey'``, which no index
serves: every report read the whole people table, and ingest slowed as the
table grew. The last word of each name is now a column with an index
(``schedule.models.surname_of`` keeps it with the name).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("people", sa.Column("surname", sa.String(length=200), nullable=True))
    op.create_index("ix_people_surname", "people", ["surname"])
    # the models module's rule, restated: a migration must not change when it does
    people = sa.table(
        "people", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("surname")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(people.c.id, people.c.name)).all()
    surnames = [
        {"key": row.id, "surname": row.name.split()[-1] if row.name.split() else row.name}
        for row in rows
    ]
    if surnames:
        connection.execute(
            people.update()
            .where(people.c.id == sa.bindparam("key"))
            .values(surname=sa.bindparam("surname")),
            surnames,
        )


def downgrade() -> None:
    op.drop_index("ix_people_surname", table_name="people")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("surname")
