"""Shared fixtures: a fresh SQLite file per test, migrated the way users get it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from schedule.cli import cli
from schedule.storage import Database, open_database

from support import SEED_ARTICLE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "schedule.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


class Cli:
    """Runs ``schedule`` in-process against one database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Result:
        return self.runner.invoke(cli, ["--db", str(self.db_path), *args], input=input)

    def json(self, *args: str) -> object:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def run(db_path: Path) -> Cli:
    return Cli(db_path)


@pytest.fixture
def seeded(run: Cli) -> Cli:
    result = run("ingest", str(SEED_ARTICLE))
    assert result.exit_code == 0, result.output
    return run
