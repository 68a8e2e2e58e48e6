"""Ingest throughput: wire-style articles into a fresh SQLite file, end to end.

    python bench/ingest.py                 # 10,000 articles (issue target: >= 300/s, <= 300 MB)
    python bench/ingest.py --count 1000    # a quicker run

The articles (seeded, ~2 KB each, two or three engagements apiece) are
written to a JSONL archive, then ingested exactly as ``schedule ingest
ARCHIVE.jsonl`` does it — reading, date resolution, extraction, merging, one
transaction per article — through :func:`schedule.batch.ingest_batch`. Prints
a one-line summary; the rate at each tenth of the run and the resident
memory (both must stay flat as the database grows); then where the time goes
(resolve / extract / store), measured on the first 1,000 articles stored
again into a second fresh file; then one engagement reported by 1,000
articles (a summit every outlet covers), whose last reports must cost what
its first did. Rates are given in wall-clock time and in this process's CPU
time, which other programs on a shared machine do not inflate.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from workload import articles, fresh_path, peak_rss_mb  # noqa: E402

from schedule.articles import Article  # noqa: E402
from schedule.batch import ingest_batch  # noqa: E402
from schedule.extraction import extract_events  # noqa: E402
from schedule.ingest import IngestResult, ingest_article, store_extracted  # noqa: E402
from schedule.resolution import tag  # noqa: E402
from schedule.storage import open_database  # noqa: E402

TARGET_RATE = 300  # articles per second
TARGET_PEAK_MB = 300


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def write_archive(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for article in articles(count):
            record = {
                "id": article.source,
                "title": article.title,
                "published": article.published_iso,
                "timezone": article.timezone,
                "text": article.text,
            }
            out.write(json.dumps(record) + "\n")


class Checkpoints:
    """Rate and memory over each tenth of the run."""

    def __init__(self, total: int) -> None:
        self.step = max(1, total // 10)
        self.total = total
        self.done = 0
        self.events = 0
        self.rows: list[tuple[int, float, float, float]] = []  # count, wall/s, CPU/s, RSS
        self.last = (0, time.perf_counter(), time.process_time())

    def __call__(self, result: IngestResult) -> None:
        if result.status == "failed":
            raise SystemExit(f"bench/ingest.py: {result.error}")
        self.done += 1
        self.events += len(result.events_created) + len(result.events_updated)
        if self.done % self.step == 0 or self.done == self.total:
            now, cpu = time.perf_counter(), time.process_time()
            count = self.done - self.last[0]
            rates = (count / (now - self.last[1]), count / (cpu - self.last[2]))
            self.rows.append((self.done, *rates, rss_mb()))
            self.last = (self.done, now, cpu)


def stage_breakdown(folder: Path, count: int) -> dict[str, float]:
    """Seconds per stage for ``count`` articles, stored into a fresh file."""
    db = open_database(fresh_path(folder, "stages.db"))
    timings = {"resolve": 0.0, "extract": 0.0, "store": 0.0}
    for article in articles(count):
        t0 = time.perf_counter()
        timexes = tag(article.text, article.reference)
        t1 = time.perf_counter()
        extracted = extract_events(article.text, article.reference, timexes)
        t2 = time.perf_counter()
        store_extracted(db, article, extracted)
        timings["resolve"] += t1 - t0
        timings["extract"] += t2 - t1
        timings["store"] += time.perf_counter() - t2
    db.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None, help="work folder (default: new temp)")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="schedule-bench-"))
    archive = folder / f"wire-{args.count}.jsonl"
    write_archive(archive, args.count)
    db = open_database(fresh_path(folder, "ingest.db"))
    checkpoints = Checkpoints(args.count)
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = ingest_batch(db, [archive], on_result=checkpoints)
    elapsed = time.perf_counter() - started
    cpu_elapsed = time.process_time() - cpu_started
    db.close()
    rate, cpu_rate = summary.stored / elapsed, summary.stored / cpu_elapsed
    peak = peak_rss_mb()
    size = Path(db.engine.url.database or "").stat().st_size / 1e6
    verdict = "met" if rate >= TARGET_RATE and peak <= TARGET_PEAK_MB else "NOT met"
    print(
        f"ingest: {summary.stored} articles in {elapsed:.1f} s = {rate:.0f} articles/s "
        f"({cpu_rate:.0f}/s of CPU time), peak RSS {peak:.0f} MB "
        f"(target >= {TARGET_RATE}/s, <= {TARGET_PEAK_MB} MB: {verdict}); "
        f"{checkpoints.events} event reports; database {size:.1f} MB"
    )
    for number, wall_rate, part_cpu_rate, mb in checkpoints.rows:
        print(
            f"  up to {number:>7} articles: {wall_rate:5.0f}/s wall, "
            f"{part_cpu_rate:5.0f}/s CPU, RSS {mb:6.1f} MB"
        )
    sample = min(args.count, 1000)
    timings = stage_breakdown(folder, sample)
    total = sum(timings.values())
    print(f"  where the time goes ({sample} articles into a fresh file):")
    for stage, seconds in timings.items():
        print(
            f"    {stage:<8} {1000 * seconds / sample:6.2f} ms/article "
            f"({100 * seconds / total:4.1f} %)"
        )
    first, last = one_engagement_many_reports(folder, REPEATED_REPORTS)
    print(
        f"  one engagement, {REPEATED_REPORTS} reports: first tenth {first:.2f} ms/report, "
        f"last tenth {last:.2f} ms/report CPU ({last / first:.2f} x)"
    )
    return 0


REPEATED_REPORTS = 1000


def one_engagement_many_reports(folder: Path, count: int) -> tuple[float, float]:
    """CPU ms per report over the first and the last tenth of ``count``
    articles that all report one meeting, each joining the stored event."""
    db = open_database(fresh_path(folder, "repeated.db"))
    tenth = max(1, count // 10)
    times: list[float] = []
    for article in repeated_reports(count):
        started = time.process_time()
        ingest_article(db, article)
        times.append(time.process_time() - started)
    db.close()
    return 1000 * sum(times[:tenth]) / tenth, 1000 * sum(times[-tenth:]) / tenth


def repeated_reports(count: int) -> list[Article]:
    return [
        Article(
            source=f"repeated/{number:05d}.txt",
            text=(
                "Foreign Minister Penny Wong will meet her Japanese counterpart Takeshi"
                f" Iwaya in Tokyo on Thursday, officials said. Desk note {number}."
            ),
            published=datetime(2025, 3, 3, 8, tzinfo=UTC) + timedelta(seconds=number),
            timezone="Europe/London",
            title=f"Report {number}",
        )
        for number in range(count)
    ]


if __name__ == "__main__":
    sys.exit(main())
