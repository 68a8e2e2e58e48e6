"""Database opening and migrations, on a real SQLite file."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from schedule import storage
from schedule.config import database_url, default_database_path
from schedule.models import Base, Event, Person
from schedule.storage import (
    SQLITE_WAL_CHECKPOINT_PAGES,
    Database,
    alembic_config,
    make_engine,
    open_database,
)

from support import REPO

# Every database test here runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_engines

TABLES = [
    "alembic_version",
    "event_revisions",
    "events",
    "mentions",
    "participants",
    "people",
    "person_aliases",
    "sources",
]


@pytest.mark.sqlite_only
def test_opening_a_new_file_creates_the_schema(db_path: Path) -> None:
    with open_database(db_path) as db:
        assert db.table_names() == TABLES
    assert db_path.is_file()


def test_database_is_at_the_newest_migration(db_path: Path) -> None:
    with open_database(db_path) as db, db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config(database_url(db_path))).get_current_head()
    assert current == head
    # open_database skips Alembic for a database at SCHEMA_HEAD: it must be the real head
    assert head == storage.SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    code = (
        "import sys; from schedule.storage import open_database; "
        f"open_database({str(db_path)!r}).close(); print('alembic' in sys.modules)"
    )
    opened = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert opened.stdout.strip() == "False"


def test_upgrade_downgrade_upgrade(db_path: Path) -> None:
    url = database_url(db_path)
    config = alembic_config(url)
    command.upgrade(config, "head")
    engine = make_engine(url)
    assert set(TABLES) <= set(inspect(engine).get_table_names())
    command.downgrade(config, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
    command.upgrade(config, "head")
    assert set(TABLES) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_models_and_migrations_agree(db: object) -> None:
    engine = db.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_keeps_data(db_path: Path) -> None:
    with open_database(db_path) as db, db.transaction() as session:
        session.execute(Base.metadata.tables["people"].insert().values(name="John Healey"))
    with open_database(db_path) as db, db.session() as session:
        names = session.execute(Base.metadata.tables["people"].select()).all()
    assert [row.name for row in names] == ["John Healey"]


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: object) -> None:
    with db.engine.connect() as connection:  # type: ignore[attr-defined]
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        checkpoint = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert checkpoint == SQLITE_WAL_CHECKPOINT_PAGES


def test_db_location_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SCHEDULE_DB", raising=False)
    assert database_url(None) == f"sqlite:///{default_database_path().resolve()}"
    monkeypatch.setenv("SCHEDULE_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{(tmp_path / 'env.db').resolve()}"
    assert database_url(tmp_path / "flag.db") == f"sqlite:///{(tmp_path / 'flag.db').resolve()}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_default_location_is_per_user() -> None:
    path = default_database_path()
    assert path.name == "schedule.db"
    assert str(Path.home()) in str(path)


@pytest.mark.sqlite_only
def test_upgrading_a_database_with_data_keeps_every_row(tmp_path: Path) -> None:
    """Batch migrations copy tables on SQLite; with foreign keys on, the copy
    would cascade-delete every mention. A database at 0002 with one article
    keeps all of it through the upgrade to head."""
    path = tmp_path / "old.db"
    command.upgrade(alembic_config(database_url(path)), "0002")
    engine = make_engine(database_url(path))
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sources (id, content_hash, location, published, text, ingested_at) "
            "VALUES (1, 'abc', 'a.txt', '2025-03-03', 'Talks on Thursday.', '2025-03-03 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO events (id, uid, title, kind, status, precision, start_date, end_date,"
            " revision, disputed, created_at, updated_at) VALUES (1, 'u@x', 'Talks', 'meeting',"
            " 'scheduled', 'day', '2025-03-06', '2025-03-07', 0, 0, '2025-03-03 00:00:00',"
            " '2025-03-03 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO mentions (event_id, source_id, sentence, phrase, value, offset)"
            " VALUES (1, 1, 'Talks on Thursday.', 'Thursday', '2025-03-06', 0)"
        )
    engine.dispose()
    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM mentions").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM sources").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_upgrade_to_0004_fills_span_days_of_existing_events(db_path: Path) -> None:
    """Events stored before 0004 get their span (end_date - start_date, days)
    from the migration, in each engine's date arithmetic."""
    url = database_url(db_path)
    config = alembic_config(url)
    command.upgrade(config, "0003")
    engine = make_engine(url)
    now = datetime(2025, 3, 3, tzinfo=UTC)
    with engine.begin() as connection:
        for uid, start, end in (
            ("day@x", date(2025, 3, 6), date(2025, 3, 7)),
            ("week@x", date(2025, 3, 3), date(2025, 3, 10)),
            ("leap@x", date(2024, 2, 1), date(2024, 3, 1)),
        ):
            connection.execute(
                text(
                    "INSERT INTO events (uid, title, kind, status, precision, start_date,"
                    " end_date, revision, disputed, created_at, updated_at) VALUES (:uid, 'T',"
                    " 'meeting', 'scheduled', 'day', :start, :end, 0, :no, :now, :now)"
                ),
                {"uid": uid, "start": start, "end": end, "no": False, "now": now},
            )
    command.upgrade(config, "head")
    with engine.connect() as connection:
        spans = dict(connection.execute(text("SELECT uid, span_days FROM events")).all())
        indexes = {ix["name"] for ix in inspect(connection).get_indexes("events")}
    engine.dispose()
    assert spans == {"day@x": 1, "week@x": 7, "leap@x": 29}
    assert {"ix_events_span_days", "ix_events_updated_at"} <= indexes


def test_upgrade_to_0007_gives_stored_people_their_keys(db_path: Path) -> None:
    """People stored before 0007 get the indexed name key and surname that
    matching reads (spelt as reports are compared), and a person renamed
    later keeps them in step with the name."""
    url = database_url(db_path)
    config = alembic_config(url)
    command.upgrade(config, "0006")
    engine = make_engine(url)
    with engine.begin() as connection:
        for name in ("John Healey", "Recep Tayyip Erdoğan", "Macron", "Volodymyr  Zelensky"):
            connection.execute(text("INSERT INTO people (name) VALUES (:name)"), {"name": name})
    command.upgrade(config, "head")
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, name_key, surname FROM people")).all()
        indexes = {ix["name"] for ix in inspect(connection).get_indexes("people")}
    engine.dispose()
    assert {name: (key, surname) for name, key, surname in rows} == {
        "John Healey": ("john healey", "healey"),
        "Recep Tayyip Erdoğan": ("recep tayyip erdogan", "erdogan"),
        "Macron": ("macron", "macron"),
        "Volodymyr  Zelensky": ("volodymyr zelensky", "zelensky"),
    }
    assert {"ix_people_surname", "ix_people_name_key"} <= indexes
    db = open_database(url)
    with db.session() as session, session.begin():
        # a later report corrects the spelling
        person = session.scalars(select(Person).where(Person.name == "Volodymyr  Zelensky")).one()
        person.name = "Volodymyr Zelenskyy"
    with db.session() as session:
        stored = session.execute(
            select(Person.name_key, Person.surname).where(Person.id == person.id)
        ).one()
        assert tuple(stored) == ("volodymyr zelenskyy", "zelenskyy")
        person = Person(name="Keir Starmer")
        assert (person.name_key, person.surname) == ("keir starmer", "starmer")
    db.close()


def test_participations_carry_their_events_kind_and_first_day(db_path: Path) -> None:
    """Matching reads an event's kind and first day from its participations
    (migration 0008): a row written without them gets them from the event,
    and moving or re-kinding an event moves its rows, whatever the writer."""
    db = open_database(db_path)
    now = datetime(2025, 3, 3, tzinfo=UTC)
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO events (uid, title, kind, status, precision, start_date, end_date,"
                " span_days, revision, disputed, created_at, updated_at) VALUES ('m@x', 'T',"
                " 'meeting', 'scheduled', 'week', :start, :end, 7, 0, :no, :now, :now)"
            ),
            {"start": date(2025, 3, 3), "end": date(2025, 3, 10), "no": False, "now": now},
        )
        for name in ("Penny Wong", "Takeshi Iwaya"):
            connection.execute(text("INSERT INTO people (name) VALUES (:name)"), {"name": name})
        # a writer that knows nothing of the copies
        connection.execute(
            text(
                "INSERT INTO participants (event_id, person_id, position)"
                " SELECT events.id, people.id, 0 FROM events, people"
            )
        )

    def copies() -> set[tuple[str, date]]:
        with db.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT event_kind, event_start FROM participants")
            ).all()
        return {
            (kind, start if isinstance(start, date) else date.fromisoformat(start))
            for kind, start in rows
        }

    assert copies() == {("meeting", date(2025, 3, 3))}
    with db.engine.begin() as connection:  # refined to the day, then called a summit
        connection.execute(text("UPDATE events SET start_date = :day"), {"day": date(2025, 3, 6)})
        connection.execute(text("UPDATE events SET kind = 'summit'"))
    assert copies() == {("summit", date(2025, 3, 6))}
    with db.transaction() as session:  # and through the ORM
        (stored,) = session.scalars(select(Event)).all()
        stored.start_date = date(2025, 3, 7)
    assert copies() == {("summit", date(2025, 3, 7))}
    db.close()


def test_an_interrupt_behind_a_closed_transaction_still_stops(db: Database) -> None:
    """Ctrl-C inside a commit can surface as "This transaction is closed" over the
    KeyboardInterrupt; run_transaction must raise the interrupt, not a database error
    that a batch would count as one failed article and go on."""

    def interrupted(session: Session) -> None:
        session.execute(text("SELECT 1"))
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise InvalidRequestError("This transaction is closed") from None

    with pytest.raises(KeyboardInterrupt):
        db.run_transaction(interrupted)

    def broken(session: Session) -> None:
        raise InvalidRequestError("a plain database error")

    with pytest.raises(InvalidRequestError, match="plain"):
        db.run_transaction(broken)
