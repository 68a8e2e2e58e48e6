"""What only PostgreSQL has: URL forms, isolation, retried conflicts.

Everything else — migrations, ingest, queries, export, the CLI — runs on
both engines in the other test modules (``both_engines``).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from schedule.models import Person
from schedule.storage import is_retryable, open_database

pytestmark = pytest.mark.both_engines


@pytest.mark.postgresql_only
def test_plain_postgresql_url_means_psycopg(db_url: str) -> None:
    plain = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with open_database(plain) as db:
        assert db.engine.dialect.driver == "psycopg"
        assert "alembic_version" in db.table_names()


@pytest.mark.postgresql_only
def test_writes_are_serializable_reads_are_not_blocked(db: Any, db_url: str) -> None:
    with db.transaction() as session:
        level = session.execute(text("SHOW transaction_isolation")).scalar()
    with db.session() as session:
        read_level = session.execute(text("SHOW transaction_isolation")).scalar()
    assert (level, read_level) == ("serializable", "read committed")


@pytest.mark.postgresql_only
def test_a_conflict_with_a_concurrent_writer_is_retried(db: Any, db_url: str) -> None:
    """Two transactions insert the same new person at once: the second one's
    unique violation is retryable, and run_transaction's retry finds the
    person the first committed instead of failing."""
    inserted, release = threading.Event(), threading.Event()

    def first() -> None:
        with open_database(db_url) as other, other.transaction() as session:
            session.add(Person(name="Kaja Kallas"))
            session.flush()
            inserted.set()
            release.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    assert inserted.wait(10)
    attempts: list[int] = []

    def work(session: Any) -> int:
        attempts.append(1)
        if len(attempts) == 1:
            threading.Timer(0.2, release.set).start()  # first commits while we wait
        person = session.scalar(select(Person).where(Person.name == "Kaja Kallas"))
        if person is None:
            person = Person(name="Kaja Kallas")
            session.add(person)
            session.flush()  # blocks on the first's row, then fails once it commits
        return person.id

    person_id = db.run_transaction(work)
    thread.join(10)
    assert len(attempts) == 2
    with db.session() as session:
        assert session.scalars(select(Person.id).where(Person.name == "Kaja Kallas")).all() == [
            person_id
        ]


def test_a_non_conflict_error_is_not_retried(db: Any) -> None:
    attempts: list[int] = []

    def work(session: Any) -> None:
        attempts.append(1)
        session.execute(text("SELECT * FROM no_such_table"))

    with pytest.raises(Exception) as raised:
        db.run_transaction(work)
    assert not is_retryable(raised.value)
    assert attempts == [1]
