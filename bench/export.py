"""iCalendar export of a large database: the whole calendar and a filtered feed.

    python bench/export.py                   # 100,000 events (issue target: <= 4 s, <= 250 MB)
    python bench/export.py --events 10000    # a quicker run

Builds (once, then reuses from the temp folder) a seeded database of events
with participants, places and sources (bench/workload.py), then times
schedule.export.export_calendar — what `schedule export -o FILE` and the feed
server run — for:

- the full export, written to a file, with the process's peak resident memory
  (the export streams event by event, so it must not grow with the database);
- a filtered feed of about 1,000 events (one city over 15.5 months; target 0.2 s).

The in-process baseline is the ``icalendar`` component path (vevent(e).to_ical(),
what the export ran before): it is timed on the first events, its bytes are
compared with the direct writer's, and the ratio is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from workload import cached_event_database, peak_rss_mb  # noqa: E402

from schedule.export import export_calendar, vevent, vevent_ical  # noqa: E402
from schedule.queries import EventFilter, Load, iter_events  # noqa: E402
from schedule.storage import open_database  # noqa: E402

FULL_S, PEAK_MB, FILTERED_S = 4.0, 250.0, 0.2
FILTERED = EventFilter(place="Paris", start=date(2024, 1, 1), end=date(2025, 4, 20))
BASELINE_EVENTS = 2000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="database size")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()
    path = cached_event_database(args.events, args.folder)
    size = path.stat().st_size
    db = open_database(path)
    before = peak_rss_mb()

    # baseline: icalendar components, event by event, on the first events
    sample = list(islice(iter_events(db, EventFilter(), load=Load.FEED), BASELINE_EVENTS))
    started = time.perf_counter()
    reference = [vevent(event).to_ical() for event in sample]
    reference_us = (time.perf_counter() - started) / len(sample) * 1e6
    started = time.perf_counter()
    direct = [vevent_ical(event) for event in sample]
    direct_us = (time.perf_counter() - started) / len(sample) * 1e6
    identical = reference == direct
    del sample, reference, direct

    out = args.folder / f"schedule-bench-export-{args.events}.ics"
    started = time.perf_counter()
    with out.open("wb") as handle:
        count = export_calendar(db, handle, EventFilter())
    full_s = time.perf_counter() - started
    peak = peak_rss_mb()
    written = out.stat().st_size
    out.unlink()

    times = []
    filtered_count = 0
    for _ in range(7):
        started = time.perf_counter()
        filtered_count = export_calendar(db, io.BytesIO(), FILTERED)
        times.append(time.perf_counter() - started)
    filtered_s = statistics.median(times)

    print(
        f"export of {args.events} events (SQLite {size / 1e6:.0f} MB, "
        f"{size / args.events * 1000 / 1e6:.2f} MB per 1,000 events)"
    )
    print(
        f"  full export        {full_s:7.2f} s   {count} events, {written / 1e6:.0f} MB of .ics, "
        f"{full_s / count * 1e6:.0f} µs an event"
    )
    print(f"  peak memory        {peak:7.0f} MB  (before the export: {before:.0f} MB)")
    print(
        f"  filtered feed      {filtered_s * 1000:7.1f} ms  {filtered_count} events "
        f"(place Paris, 2024-01-01..2025-04-20; median of 7)"
    )
    print(
        f"  per VEVENT         {direct_us:7.1f} µs direct vs {reference_us:.1f} µs with icalendar "
        f"components ({reference_us / direct_us:.1f}x; bytes identical: {identical})"
    )
    met = full_s <= FULL_S and peak <= PEAK_MB and filtered_s <= FILTERED_S and identical
    verdict = "met" if met else "NOT met"
    print(
        f"export: full {full_s:.2f} s, peak {peak:.0f} MB, filtered {filtered_s * 1000:.0f} ms "
        f"({filtered_count} events) on {args.events} events (target <= {FULL_S:.0f} s, "
        f"<= {PEAK_MB:.0f} MB, <= {FILTERED_S * 1000:.0f} ms: {verdict})"
    )
    if args.profile or not met:
        profile = cProfile.Profile()
        profile.runcall(export_calendar, db, io.BytesIO(), EventFilter())
        print("where the time of a full export goes (cProfile, by own time):")
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(12)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
