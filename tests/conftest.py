"""Shared fixtures: a fresh database per test, migrated the way users get it.

A test module marked ``pytestmark = pytest.mark.both_engines`` runs each of
its database tests twice, ids ``[sqlite]`` and ``[postgresql]``: on a new
SQLite file and on a new database of a real PostgreSQL server. The server is
``$SCHEDULE_TEST_PG_URL`` when set (``scripts/pg-cluster run`` and CI set it),
otherwise a throwaway cluster this session starts with ``scripts/pg-cluster``.
Where none can be had, the ``[postgresql]`` tests are skipped with the reason —
except under ``CI=true``, where that is a failure. A test marked
``sqlite_only`` (``postgresql_only``) runs on that engine alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from schedule.cli import cli
from schedule.storage import Database, open_database

from support import REPO, SEED_ARTICLE

# Hypothesis keeps no example database in the work tree (tests/test_properties.py).
settings.register_profile("schedule", database=None)
settings.load_profile("schedule")

ENGINES = ("sqlite", "postgresql")
PG_URL_ENV = "SCHEDULE_TEST_PG_URL"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run the module's database tests on SQLite and PostgreSQL"
    )
    config.addinivalue_line("markers", "sqlite_only: this test is about SQLite itself")
    config.addinivalue_line("markers", "postgresql_only: this test is about PostgreSQL itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker
    if marker("postgresql_only"):
        metafunc.parametrize("db_url", ["postgresql"], indirect=True)
    elif marker("both_engines") and not marker("sqlite_only"):
        metafunc.parametrize("db_url", ENGINES, indirect=True)


class PostgresServer:
    """A PostgreSQL server the tests may create databases on (or why there is none)."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.reason = ""
        self._cluster: Path | None = None
        self.version = 0

    def start(self) -> None:
        url = os.environ.get(PG_URL_ENV)
        if not url:
            url = self._start_cluster()
        if url and self._reachable(url):
            self.url = url

    def _create_clause(self) -> str:
        # FILE_COPY (PostgreSQL 15+): a plain copy of the small template, fastest here.
        return " STRATEGY FILE_COPY" if self.version >= 150000 else ""

    def _start_cluster(self) -> str | None:
        script = REPO / "scripts" / "pg-cluster"
        if shutil.which("runuser") is None and os.geteuid() == 0:
            self.reason = "running as root and runuser is missing"
            return None
        # Not under pytest's tmp_path: as root the cluster runs as `postgres`,
        # which must be able to reach its folder.
        parent = Path(tempfile.mkdtemp(prefix="schedule-pg-"))
        parent.chmod(0o755)
        self._cluster = parent / "cluster"
        done = subprocess.run(
            ["bash", str(script), "start", str(self._cluster)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            self.reason = f"could not start a PostgreSQL cluster: {done.stderr.strip()[-300:]}"
            return None
        return done.stdout.strip().splitlines()[-1]

    def _reachable(self, url: str) -> bool:
        try:
            engine = create_engine(url, isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                self.version = int(connection.execute(text("SHOW server_version_num")).scalar())
            engine.dispose()
        except Exception as exc:
            self.reason = f"cannot connect to PostgreSQL at {url}: {exc}"
            return False
        return True

    def stop(self) -> None:
        if self._cluster is not None:
            script = REPO / "scripts" / "pg-cluster"
            subprocess.run(["bash", str(script), "stop", str(self._cluster)], check=False)
            shutil.rmtree(self._cluster.parent, ignore_errors=True)

    def require(self) -> str:
        """The server URL; skip (locally) or fail (in CI) when there is none."""
        if self.url is None:
            message = f"PostgreSQL tests need a server: {self.reason}"
            if IN_CI:
                pytest.fail(message + f" (CI=true: set {PG_URL_ENV} or install postgresql)")
            pytest.skip(message)
        return self.url

    def create_database(self) -> str:
        """A new, empty database; its URL."""
        url = make_url(self.require())
        name = f"schedule_test_{uuid.uuid4().hex[:16]}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(
                text(f'CREATE DATABASE "{name}" TEMPLATE template0{self._create_clause()}')
            )
        admin.dispose()
        return url.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, db_url: str) -> None:
        url = make_url(db_url)
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """What ``--db`` takes: a new SQLite file's path, or a new PostgreSQL database's URL."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        yield str(tmp_path / "schedule.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def another_db_url(
    request: pytest.FixtureRequest, db_url: str, tmp_path: Path
) -> Iterator[Callable[[], str]]:
    """Makes more fresh databases on the engine of this test (for reference runs)."""
    made: list[str] = []

    def make() -> str:
        if "://" not in db_url:
            url = str(tmp_path / f"other-{len(made)}.db")
        else:
            url = request.getfixturevalue("postgres_server").create_database()
        made.append(url)
        return url

    yield make
    for url in made:
        if "://" in url:
            request.getfixturevalue("postgres_server").drop_database(url)


@pytest.fixture
def db_path(db_url: str) -> Path | str:
    """The database of this test: a :class:`Path` for SQLite, the URL for PostgreSQL
    (both accepted by ``open_database`` and ``--db``)."""
    return db_url if "://" in db_url else Path(db_url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


class Cli:
    """Runs ``schedule`` in-process against one database."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = db_path
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Result:
        return self.runner.invoke(cli, ["--db", str(self.db_path), *args], input=input)

    def json(self, *args: str) -> object:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def run(db_path: Path | str) -> Cli:
    return Cli(db_path)


@pytest.fixture
def seeded(run: Cli) -> Cli:
    result = run("ingest", str(SEED_ARTICLE))
    assert result.exit_code == 0, result.output
    return run
