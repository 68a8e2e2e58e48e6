"""participants carry their event's kind and first day, indexed by person

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

Matching a report to a stored event (schedule.merging.find_match) looked at
every event of the report's kind near its dates and kept those sharing a
person: the work grew with the events per day, so ingest slowed as a
database filled (a fifth of the rate at 100,000 articles in a year). With
the event's kind and first day on each participation and an index
(person_id, event_kind, event_start), it reads only the named people's
events of that kind near those dates.

The copies are written with each row and kept equal to the event's by
triggers, whatever code changes an event: on SQLite an AFTER UPDATE trigger
on events and an AFTER INSERT trigger on participants (for a writer that
leaves them out); on PostgreSQL the same as PL/pgSQL trigger functions. The
index on person_id alone is dropped: the new index begins with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER trg_participants_event_window AFTER INSERT ON participants
    WHEN NEW.event_kind IS NULL OR NEW.event_start IS NULL
    BEGIN
        UPDATE participants
        SET event_kind = (SELECT kind FROM events WHERE id = NEW.event_id),
            event_start = (SELECT start_date FROM events WHERE id = NEW.event_id)
        WHERE event_id = NEW.event_id AND person_id = NEW.person_id;
    END
    """,
    """
    CREATE TRIGGER trg_events_window_moved AFTER UPDATE OF kind, start_date ON events
    WHEN OLD.kind IS NOT NEW.kind OR OLD.start_date IS NOT NEW.start_date
    BEGIN
        UPDATE participants SET event_kind = NEW.kind, event_start = NEW.start_date
        WHERE event_id = NEW.id;
    END
    """,
)

_POSTGRESQL_TRIGGERS = (
    """
    CREATE FUNCTION participants_event_window() RETURNS trigger AS $$
    BEGIN
        IF NEW.event_kind IS NULL OR NEW.event_start IS NULL THEN
            SELECT kind, start_date INTO NEW.event_kind, NEW.event_start
            FROM events WHERE id = NEW.event_id;
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_participants_event_window BEFORE INSERT ON participants
    FOR EACH ROW EXECUTE FUNCTION participants_event_window()
    """,
    """
    CREATE FUNCTION events_window_moved() RETURNS trigger AS $$
    BEGIN
        UPDATE participants SET event_kind = NEW.kind, event_start = NEW.start_date
        WHERE event_id = NEW.id;
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_events_window_moved AFTER UPDATE OF kind, start_date ON events
    FOR EACH ROW
    WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.start_date IS DISTINCT FROM NEW.start_date)
    EXECUTE FUNCTION events_window_moved()
    """,
)


def upgrade() -> None:
    op.add_column("participants", sa.Column("event_kind", sa.String(length=20), nullable=True))
    op.add_column("participants", sa.Column("event_start", sa.Date(), nullable=True))
    op.execute(
        "UPDATE participants SET"
        " event_kind = (SELECT kind FROM events WHERE events.id = participants.event_id),"
        " event_start = (SELECT start_date FROM events WHERE events.id = participants.event_id)"
    )
    op.create_index(
        "ix_participants_person_kind_start",
        "participants",
        ["person_id", "event_kind", "event_start", "event_id"],
    )
    op.drop_index("ix_participants_person_id", table_name="participants")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_TRIGGERS if sqlite else _POSTGRESQL_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER trg_events_window_moved")
        op.execute("DROP TRIGGER trg_participants_event_window")
    else:
        op.execute("DROP TRIGGER trg_events_window_moved ON events")
        op.execute("DROP FUNCTION events_window_moved()")
        op.execute("DROP TRIGGER trg_participants_event_window ON participants")
        op.execute("DROP FUNCTION participants_event_window()")
    op.create_index("ix_participants_person_id", "participants", ["person_id"])
    op.drop_index("ix_participants_person_kind_start", table_name="participants")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("event_start")
        batch.drop_column("event_kind")
