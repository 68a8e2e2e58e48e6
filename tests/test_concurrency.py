"""Several processes writing to one database at once, readers beside a writer.

Four ``schedule ingest`` processes ingest overlapping sets of wire articles
(every article by three of them, in different orders) into one new database at
the same moment — migrating it, storing the same sources, merging reports of
the same engagements, creating the same people. The result must be what one
sequential run stores: nothing lost, nothing twice. On SQLite (WAL, busy
timeout, BEGIN IMMEDIATE) and on PostgreSQL (SERIALIZABLE, retried).
"""

from __future__ import annotations

import io
import random
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from schedule.export import export_calendar
from schedule.ingest import ingest_paths
from schedule.models import Person, Source
from schedule.queries import EventFilter, iter_events, run_query, upcoming_filter
from schedule.storage import SQLITE_BUSY_TIMEOUT_MS, open_database

from support import SEED_ARTICLE
from wire import (
    engagements,
    events_without_mentions,
    ingest_process,
    snapshot,
    write_articles,
)

pytestmark = pytest.mark.both_engines

WRITERS = 4


def _lockstep_sets(paths: list[Path]) -> list[list[Path]]:
    """Every writer gets every article, engagement by engagement, each
    starting on a different report of it: at any moment the writers are
    storing different reports of the same engagement — the race for one event."""
    sets: list[list[Path]] = [[] for _ in range(WRITERS)]
    for group in engagements(paths):
        for i, mine in enumerate(sets):
            k = i % len(group)
            mine.extend(group[k:] + group[:k])
    return sets


def _shuffled_sets(paths: list[Path]) -> list[list[Path]]:
    """Writer i skips every fourth article from i on: each article goes to
    three writers, each writer in its own shuffled order."""
    sets = []
    for i in range(WRITERS):
        mine = [p for n, p in enumerate(paths) if n % WRITERS != i]
        random.Random(i).shuffle(mine)
        sets.append(mine)
    return sets


@pytest.mark.parametrize(
    ("split", "copies"),
    [(_lockstep_sets, WRITERS), (_shuffled_sets, WRITERS - 1)],
    ids=["lockstep", "shuffled"],
)
def test_four_concurrent_writers_store_what_one_sequential_run_stores(
    db_url: str,
    another_db_url: Callable[[], str],
    tmp_path: Path,
    split: Callable[[list[Path]], list[list[Path]]],
    copies: int,
) -> None:
    paths = [*write_articles(tmp_path / "wire"), SEED_ARTICLE]

    with open_database(another_db_url()) as reference_db:
        results = ingest_paths(reference_db, paths)
        assert [r.status for r in results] == ["stored"] * len(paths)
        reference = snapshot(reference_db)
    assert len(reference["sources"]) == len(paths)
    assert any(len(key[5]) > 1 for key in reference["events"]), "no report was merged"

    # All four start on a database that does not exist yet: they race for
    # the migrations too.
    writers = [ingest_process(db_url, subset) for subset in split(paths)]
    outputs = [writer.communicate(timeout=240) for writer in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, f"{out}\n{err}"
        assert not [line for line in err.splitlines() if line.startswith("error:")], err
    stored = sum(out.count("stored ") for out, _ in outputs)
    unchanged = sum(out.count("unchanged ") for out, _ in outputs)
    assert stored == len(paths)  # each article stored by exactly one writer
    assert unchanged == (copies - 1) * len(paths)  # the other writers saw it stored

    with open_database(db_url) as db:
        result = snapshot(db)
        assert events_without_mentions(db) == 0
        with db.session() as session:
            names = session.scalars(select(Person.name)).all()
    assert len(names) == len(set(names))
    assert result == reference


def _hold_write_transaction(
    db_url: str, started: threading.Event, release: threading.Event
) -> None:
    """A writer that has written (uncommitted) and holds its transaction open."""
    with open_database(db_url) as db, db.transaction() as session:
        session.add(
            Source(
                content_hash="0" * 64,
                location="in-flight.txt",
                published="2025-03-03",
                text="in flight",
            )
        )
        session.flush()
        started.set()
        release.wait(30)


def test_readers_are_not_blocked_by_a_writer(seeded: object, db_url: str) -> None:
    """upcoming, export and query answer at once while a write transaction is
    open (WAL on SQLite, MVCC on PostgreSQL), and do not see its rows."""
    started, release = threading.Event(), threading.Event()
    writer = threading.Thread(target=_hold_write_transaction, args=(db_url, started, release))
    writer.start()
    try:
        assert started.wait(30)
        with open_database(db_url) as db:
            began = time.monotonic()
            upcoming = list(iter_events(db, upcoming_filter(date(2025, 3, 3), 14)))
            calendar = io.BytesIO()
            export_calendar(db, calendar, EventFilter())
            _, rows = run_query(db, "SELECT count(*) FROM sources")
            elapsed = time.monotonic() - began
        # The writer only lets go when we set `release`: had the readers queued
        # behind its lock, they could not have finished while it still holds on.
        assert writer.is_alive() and not release.is_set()
        # ...nor waited out a lock timeout (10 s busy timeout) and then read
        assert elapsed < SQLITE_BUSY_TIMEOUT_MS / 1000, f"readers waited {elapsed:.2f} s"
        assert len(upcoming) == 3
        assert calendar.getvalue().count(b"BEGIN:VEVENT") == 5
        assert rows == [(1,)]  # the writer's source is not visible yet
    finally:
        release.set()
        writer.join(30)
    with open_database(db_url) as db, db.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 2
