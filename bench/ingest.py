"""Ingest throughput: wire-style articles into a fresh SQLite file, end to end.

    python bench/ingest.py                 # 10,000 articles (issue target: >= 300/s, <= 300 MB)
    python bench/ingest.py --count 1000    # a quicker run

Each article goes through the real pipeline — date resolution, extraction,
one transaction — exactly as ``schedule ingest`` stores it. Prints a one-line
summary, then where the time goes (resolve / extract / store), and at each
tenth of the run the rate over that tenth and the resident memory: both must
stay flat as the database grows. The rate is given in wall-clock time and in
this process's CPU time, which other programs on a shared machine do not
inflate.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from workload import articles, fresh_path  # noqa: E402

from schedule import ingest as ingest_module  # noqa: E402
from schedule.extraction import extract_events  # noqa: E402
from schedule.resolution import tag  # noqa: E402
from schedule.storage import open_database  # noqa: E402


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="schedule-bench-"))
    db = open_database(fresh_path(folder, "ingest.db"))
    timings = {"resolve": 0.0, "extract": 0.0, "store": 0.0}
    step = max(1, args.count // 10)
    checkpoints: list[tuple[int, float, float, float]] = []  # count, wall, cpu, RSS
    events = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    last = (0, started, cpu_started)
    for number, article in enumerate(articles(args.count), start=1):
        t0 = time.perf_counter()
        timexes = tag(article.text, article.reference)
        t1 = time.perf_counter()
        extracted = extract_events(article.text, article.reference, timexes)
        t2 = time.perf_counter()
        result = ingest_module.store_extracted(db, article, extracted)
        t3 = time.perf_counter()
        timings["resolve"] += t1 - t0
        timings["extract"] += t2 - t1
        timings["store"] += t3 - t2
        events += len(result.events_created) + len(result.events_updated)
        if number % step == 0 or number == args.count:
            now, cpu = time.perf_counter(), time.process_time()
            done = number - last[0]
            checkpoints.append((number, done / (now - last[1]), done / (cpu - last[2]), rss_mb()))
            last = (number, now, cpu)
    elapsed = time.perf_counter() - started
    cpu_elapsed = time.process_time() - cpu_started
    rate, cpu_rate = args.count / elapsed, args.count / cpu_elapsed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    size = Path(db.engine.url.database or "").stat().st_size / 1e6
    print(
        f"ingest: {args.count} articles in {elapsed:.1f} s = {rate:.0f} articles/s "
        f"({cpu_rate:.0f}/s of CPU time; target >= 300: {'met' if rate >= 300 else 'NOT met'}); "
        f"peak RSS {peak:.0f} MB (target <= 300); "
        f"{events} event reports; database {size:.1f} MB"
    )
    for stage, seconds in timings.items():
        print(f"  {stage:<8} {seconds:7.2f} s  {1000 * seconds / args.count:6.2f} ms/article")
    for number, wall_rate, cpu_rate_part, mb in checkpoints:
        print(
            f"  up to {number:>7} articles: {wall_rate:5.0f}/s wall, "
            f"{cpu_rate_part:5.0f}/s CPU, RSS {mb:6.1f} MB"
        )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
