"""Crash safety: ``schedule ingest`` killed (SIGKILL) at random moments.

After every kill the database must pass the engine's own integrity check and
hold only whole articles — each stored source with every mention one
complete run gives it, no event without a source — and rerunning the ingest
must converge to what one uninterrupted run stores. The kill moments come
from a seeded random generator, spread over the measured length of a run.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from schedule.storage import Database, open_database

from support import SEED_ARTICLE
from wire import (
    events_without_mentions,
    ingest_process,
    mentions_per_source,
    snapshot,
    write_articles,
)

pytestmark = pytest.mark.both_engines

KILLS = 20
#: Kills between two complete reruns (each rerun is checked against the
#: reference, then the next kills start on a new database).
KILLS_PER_DATABASE = 4
SEED = 20251124


def _timed_run(db_url: str, paths: list[Path]) -> float:
    began = time.monotonic()
    process = ingest_process(db_url, paths)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return time.monotonic() - began


def _check_integrity(db: Database) -> None:
    """The engine's own consistency check: SQLite's integrity and foreign-key
    checks; on PostgreSQL amcheck over every B-tree index and the heap."""
    if db.is_sqlite:
        path = db.engine.url.database
        connection = sqlite3.connect(str(path))
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            connection.close()
        return
    with db.engine.begin() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        checked = connection.execute(
            text(
                "SELECT count(bt_index_check(c.oid, true)) FROM pg_index i"
                " JOIN pg_class c ON c.oid = i.indexrelid"
                " JOIN pg_am am ON am.oid = c.relam"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE am.amname = 'btree' AND n.nspname = current_schema()"
            )
        ).scalar()
        assert checked and checked >= 10  # every index of every table
        for table in ("sources", "events", "mentions", "participants", "people"):
            problems = connection.execute(
                text("SELECT * FROM verify_heapam(CAST(:t AS regclass))"), {"t": table}
            ).all()
            assert problems == [], table


def _wait_for_a_random_moment(
    rng: random.Random,
    process: subprocess.Popen[str],
    remaining: int,
    total: int,
    startup: float,
    full: float,
) -> None:
    """Sleep until a random point of the run: after a random number of the
    articles it still has to store are stored (it reports each as it
    commits; articles already stored come back ``unchanged`` at once), then
    a random part of one article's time — so kills land between and inside
    article transactions; or, for a random share of the kills (those may hit
    start-up and the migrations), at a random time since its start."""
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.8 * startup, 1.1 * full))
        return
    target = rng.randrange(1, remaining) if remaining > 1 else 0
    # One article's time, as this run shows it (the machine's load may have
    # changed since the reference run was timed): the gap between its reports.
    per_article = max(full - startup, 0.01) / total
    assert process.stdout is not None
    done, last = 0, None
    while done < target:
        line = process.stdout.readline()
        if not line:
            return  # the run ended first
        if line.startswith("stored"):
            done += 1
            now = time.monotonic()
            if last is not None:
                per_article = now - last
            last = now
    time.sleep(rng.uniform(0, per_article))


def test_killed_ingests_leave_whole_articles_and_reruns_converge(
    db_url: str, another_db_url: Callable[[], str], tmp_path: Path
) -> None:
    paths = [*write_articles(tmp_path / "wire"), SEED_ARTICLE]
    rng = random.Random(SEED)

    # One uninterrupted run is the reference, and measures how long a run is;
    # a run with nothing to store measures start-up (imports, opening).
    reference_url = another_db_url()
    full = _timed_run(reference_url, paths)
    startup = _timed_run(reference_url, [SEED_ARTICLE])
    with open_database(reference_url) as db:
        reference = snapshot(db)
        whole = mentions_per_source(db)
    assert len(whole) == len(paths)

    database = db_url
    before = 0  # sources stored when the current run started
    partial = 0  # kills that stopped a run after it stored some, not all, articles
    reruns = 0
    for kill in range(1, KILLS + 1):
        order = rng.sample(paths, len(paths))
        process = ingest_process(database, order)
        remaining = len(paths) - before
        _wait_for_a_random_moment(rng, process, remaining, len(paths), startup, full)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)

        with open_database(database) as db:
            _check_integrity(db)
            stored = mentions_per_source(db)
            assert events_without_mentions(db) == 0
        # Only whole articles: each stored source has exactly the mentions a
        # complete run gives it (a torn transaction would leave fewer).
        assert {h: whole[h] for h in stored} == stored
        partial += before < len(stored) < len(paths)
        before = len(stored)

        if len(stored) == len(paths) or kill % KILLS_PER_DATABASE == 0:
            # Rerun to the end: the result is the reference; then start over.
            _timed_run(database, rng.sample(paths, len(paths)))
            with open_database(database) as db:
                _check_integrity(db)
                assert snapshot(db) == reference
            reruns += 1
            database = another_db_url()
            before = 0

    assert reruns >= KILLS // KILLS_PER_DATABASE
    # The kills must have landed inside runs, not only before or after them.
    assert partial >= KILLS // 2, f"only {partial} of {KILLS} kills interrupted an ingest"
