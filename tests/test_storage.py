"""Database opening and migrations, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from schedule.config import database_url, default_database_path
from schedule.models import Base
from schedule.storage import alembic_config, make_engine, open_database

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
