"""Opening a database: engine, pragmas, and migrations applied on open.

Users never run Alembic by hand: :func:`open_database` brings any database —
a new SQLite file or an existing PostgreSQL schema — to the newest revision
of ``migrations/`` before it is used.

Several processes may write to one database at once (a team sharing a
PostgreSQL server, two ``schedule ingest`` runs on one SQLite file). Writes
therefore run in serializable transactions — ``BEGIN IMMEDIATE`` on SQLite
(one writer at a time, readers never blocked under WAL), ``SERIALIZABLE`` on
PostgreSQL — and :meth:`Database.run_transaction` retries the unit of work
when the database reports a conflict with a concurrent writer.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    Connection,
    Engine,
    Integer,
    Select,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from schedule.config import database_url
from schedule.errors import DatabaseError

PACKAGE_DIR = Path(__file__).resolve().parent

_T = TypeVar("_T")

#: Milliseconds a writer waits for another writer's lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 10_000

#: Most page cache one SQLite connection keeps, in KiB.
SQLITE_CACHE_KIB = 32 * 1024

#: WAL pages after which a commit copies them back into the database file
#: (SQLite's default is 1,000). Each article is its own transaction and
#: rewrites the same last pages of a dozen indexes: checkpointing ten times
#: less often copies each such page once instead of ten times, and the
#: checkpoint's fsync comes ten times less often (bench/ingest.py: ~0.2 ms
#: an article). The WAL grows to ~40 MB between checkpoints, and is cut
#: back to SQLITE_WAL_KEEP_BYTES after each.
SQLITE_WAL_CHECKPOINT_PAGES = 10_000
SQLITE_WAL_KEEP_BYTES = 64 * 1024 * 1024

#: How many times a unit of work is tried when concurrent writers conflict.
WRITE_ATTEMPTS = 12

#: Execution option that marks a connection as a writer (SQLite: BEGIN IMMEDIATE).
_WRITE_OPTION = "schedule_write"

#: Key of the PostgreSQL advisory lock held while migrations run, so that
#: processes opening a new database at the same moment migrate it once.
_MIGRATION_LOCK_KEY = 0x5C4ED01E
#: The newest revision in migrations/versions (a test keeps the two equal):
#: a database already there is opened with one SELECT, without loading Alembic,
#: which would add a tenth of a second to every command.
SCHEMA_HEAD = "0008"

#: PostgreSQL SQLSTATEs that mean "a concurrent transaction got in the way;
#: the same work may succeed if tried again": serialization_failure,
#: deadlock_detected, unique_violation (two writers inserting one new row).
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "23505"})


def listed(name: str, dialect: str, item_type: Any = Integer) -> Select[Any]:
    """The values of list parameter ``name``, for ``column.in_(listed(...))``.

    The whole list is one bound parameter (:func:`list_value` makes it): a
    JSON array read by ``json_each`` on SQLite, an array ``unnest``-ed on
    PostgreSQL. A statement is then built once and reused for any length of
    list, where SQLAlchemy's expanding ``IN`` re-renders it on every run and
    takes longer over that than the database takes to answer.
    """
    if dialect == "sqlite":
        return select(func.json_each(bindparam(name)).table_valued("value").c.value)
    return select(func.unnest(bindparam(name, type_=ARRAY(item_type))))


def list_value(dialect: str, values: Iterable[Any]) -> Any:
    """The parameter value for :func:`listed`."""
    return json.dumps(list(values)) if dialect == "sqlite" else list(values)


def migrations_dir() -> Path:
    """The Alembic scripts: inside an installed wheel, or beside the package in a checkout."""
    for candidate in (PACKAGE_DIR / "_migrations", PACKAGE_DIR.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise DatabaseError("cannot find the database migrations (migrations/env.py)")


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", os.fspath(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside a writer; NORMAL sync is safe under WAL;
    # foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # SQLite's default page cache is 2 MB: an export or a listing visits the
    # event pages in date order, not file order, and re-read each from the OS
    # many times. Memory is taken as pages are read, up to this bound.
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_WAL_CHECKPOINT_PAGES}")
    cursor.execute(f"PRAGMA journal_size_limit={SQLITE_WAL_KEEP_BYTES}")
    cursor.close()
    # The sqlite3 module's own BEGIN is deferred and emitted lazily; we emit
    # BEGIN ourselves (_sqlite_begin), as SQLAlchemy's SQLite docs describe.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Connection) -> None:
    # A deferred transaction that reads, then writes, fails at once with
    # SQLITE_BUSY_SNAPSHOT when another writer committed in between (the busy
    # timeout cannot help: https://www.sqlite.org/wal.html#busy). A writer
    # takes the write lock up front instead, waiting up to the busy timeout.
    if connection.get_execution_options().get(_WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean the psycopg 3 driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)
    return url


def make_engine(url: str) -> Engine:
    parsed = make_url(_normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:" and not path.startswith("file:"):
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the folder for {path}: {exc.strerror}") from exc
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _writer(engine: Engine) -> Engine:
    """The same engine, its transactions made serializable writers."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(**{_WRITE_OPTION: True})
    return engine.execution_options(isolation_level="SERIALIZABLE")


def is_retryable(exc: BaseException) -> bool:
    """Did this error come from a concurrent writer (so trying again may succeed)?"""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
        return True
    # SQLite: the busy timeout ran out, or a read snapshot went stale.
    return getattr(orig, "sqlite_errorname", "").startswith("SQLITE_BUSY")


def upgrade(engine: Engine) -> None:
    """Apply every pending migration (no-op when already at head)."""
    if _schema_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    # Several processes may open a new database at once: the first takes the
    # lock and migrates, the others wait, then find the schema at head. On
    # SQLite BEGIN IMMEDIATE is that lock. On PostgreSQL an advisory lock, in
    # READ COMMITTED (the default) so that the revision is read after the
    # lock is granted — a SERIALIZABLE snapshot would predate the other's commit.
    sqlite = engine.dialect.name == "sqlite"
    locking = _writer(engine) if sqlite else engine
    with locking.connect() as connection:
        raw = connection.connection.dbapi_connection
        if sqlite and raw is not None:
            # Batch mode rebuilds a table by copying it; with foreign keys on,
            # dropping the old copy cascades (ON DELETE CASCADE) into every row
            # that points at it. Alembic's SQLite advice: keys off while
            # migrating (possible only outside a transaction), checked after.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if not sqlite:
                    connection.exec_driver_sql(
                        f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})"
                    )
                if MigrationContext.configure(connection).get_current_revision() == head:
                    return
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseError("a migration left rows pointing at nothing; rolled back")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def _interrupt_behind(exc: BaseException) -> BaseException | None:
    """The Ctrl-C (or exit) a database error stands in for, if any: a KeyboardInterrupt
    inside a commit leaves the session's transaction closed, and closing it then
    raises "This transaction is closed" over the interrupt, which must still stop the
    program rather than count as one article that could not be stored."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt | SystemExit):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class Database:
    """A migrated database and a factory of sessions on it."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(_writer(engine), expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (nothing is committed)."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back on any error.

        Serializable: on SQLite it holds the write lock from its start; on
        PostgreSQL a conflict with a concurrent writer raises an error that
        :func:`is_retryable` recognises (use :meth:`run_transaction`).
        """
        with self._writes() as session, session.begin():
            yield session

    def run_transaction(
        self, work: Callable[[Session], _T], *, attempts: int = WRITE_ATTEMPTS
    ) -> _T:
        """Run ``work`` in :meth:`transaction`, again from the start (new
        session, nothing kept) when a concurrent writer conflicts with it."""
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction() as session:
                    return work(session)
            except SQLAlchemyError as exc:
                if (interrupt := _interrupt_behind(exc)) is not None:
                    raise interrupt from None
                if not isinstance(exc, DBAPIError) or attempt == attempts or not is_retryable(exc):
                    raise
                # Jittered exponential back-off, so the writers fall out of step.
                time.sleep(random.uniform(0, 0.01 * 2 ** min(attempt, 6)))
        raise AssertionError("unreachable")  # pragma: no cover

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_url(self) -> str:
        if self.is_sqlite:
            return self.engine.url.database or ""
        return self.engine.url.render_as_string(hide_password=True)

    def table_names(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _schema_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, or None when it has none (yet)."""
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return None  # a new database: no alembic_version table


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database named by ``db``,
    ``$SCHEDULE_DB`` or the per-user default."""
    url = database_url(db)
    try:
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open database {url}: {exc.__class__.__name__}: {exc}") from exc
    return Database(url, engine)
