"""Query latency on a large database: the commands a desk runs all day.

    python bench/query.py                   # 1,000,000 events (issue target: <= 50 ms each)
    python bench/query.py --events 100000   # a quicker run

Builds (once, then reuses) a seeded database of events with participants,
places and sources, then times `upcoming` for a 14-day window and one
person's events through the library API the CLI uses, printing the SQLite
query plans so it is visible which indexes are used.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import select  # noqa: E402
from workload import build_event_database  # noqa: E402

from schedule.models import Event  # noqa: E402
from schedule.queries import EventFilter, iter_events, upcoming_filter  # noqa: E402
from schedule.storage import open_database  # noqa: E402


def timed(label: str, run, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    count = 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - started)
    median = statistics.median(times) * 1000
    print(f"  {label:<34} median {median:8.1f} ms  ({count} events)")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    path = args.folder / f"schedule-bench-{args.events}.db"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        started = time.perf_counter()
        build_event_database(db, args.events)
        print(f"built {args.events} events in {time.perf_counter() - started:.1f} s: {path}")
    as_of = date(2024, 6, 3)
    window = upcoming_filter(as_of, 14)
    person = EventFilter(person="Penny Wong", start=date(2024, 1, 1), end=date(2025, 1, 1))
    print(f"query latency on {args.events} events (SQLite, {path.stat().st_size / 1e6:.0f} MB)")
    upcoming_ms = timed("upcoming, 14-day window", lambda: len(list(iter_events(db, window))))
    person_ms = timed("one person's events, one year", lambda: len(list(iter_events(db, person))))
    with db.engine.connect() as connection:
        for label, where in (("upcoming", window), ("person", person)):
            statement = where.apply(select(Event.id))
            compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            print(f"  plan ({label}):")
            for row in plan:
                print(f"    {row[-1]}")
    verdict = "met" if max(upcoming_ms, person_ms) <= 50 else "NOT met"
    print(
        f"query: upcoming {upcoming_ms:.1f} ms, person {person_ms:.1f} ms on {args.events} events "
        f"(target <= 50 ms each: {verdict})"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
