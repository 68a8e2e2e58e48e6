"""The feed server under load: revalidation, a full feed, 200 clients at once.

    python bench/serve.py                   # 100,000 events (issue targets below)
    python bench/serve.py --events 10000    # a quicker run

Serves a seeded database (bench/workload.py, built once and reused) with the
real server — `schedule serve` (Starlette on uvicorn) in a subprocess on
127.0.0.1 — and measures with real HTTP clients (httpx):

- a conditional GET of a feed the client already has (If-None-Match with its
  ETag, and If-Modified-Since with its Last-Modified): answered 304 from the
  database's last change, without building the feed (target <= 5 ms median);
- a full filtered feed of about 1,000 events, no validators (target <= 0.3 s);
- 200 requests at once, half of them conditional (target: no error).

The in-process baseline is export_calendar for the same filter, called
directly: the ratio is what HTTP and the server add.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from workload import cached_event_database  # noqa: E402

from schedule.export import export_calendar  # noqa: E402
from schedule.queries import EventFilter  # noqa: E402
from schedule.storage import open_database  # noqa: E402

NOT_MODIFIED_MS, FEED_S, CONCURRENT = 5.0, 0.3, 200
#: About 1,000 events of the 100,000: one city over 15.5 months (as bench/export.py).
FEED = "/places/paris.ics?from=2024-01-01&to=2025-04-20"
FEED_FILTER = EventFilter(place="Paris", start=date(2024, 1, 1), end=date(2025, 4, 20))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(path: Path, port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """`schedule serve` on 127.0.0.1, waited for until it answers. Its log goes
    to a file: a pipe nobody reads would fill up and stop the server."""
    command = [sys.executable, "-m", "schedule", "--db", str(path), "serve", "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log, env=os.environ)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise SystemExit(f"server exited: {log.read().decode(errors='replace')[-2000:]}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/missing", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("server did not start in 60 s")


def median_ms(
    client: httpx.Client, path: str, headers: dict[str, str], runs: int
) -> tuple[float, set[int]]:
    times, statuses = [], set()
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path, headers=headers)
        times.append(time.perf_counter() - started)
        statuses.add(response.status_code)
    return statistics.median(times) * 1000, statuses


async def concurrent(base: str, count: int, etag: str) -> tuple[float, dict[str, int]]:
    """``count`` requests at once (every other one conditional); outcomes counted."""
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    outcomes: dict[str, int] = {}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=600) as client:

        async def one(index: int) -> None:
            headers = {"If-None-Match": etag} if index % 2 else {}
            try:
                response = await client.get(FEED, headers=headers)
                key = str(response.status_code)
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            outcomes[key] = outcomes.get(key, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(count)))
    return time.perf_counter() - started, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="database size")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    path = cached_event_database(args.events, args.folder)

    with open_database(path) as db:  # migrated here: the server opens read-only
        in_process = 0
        baseline_times = []
        for _ in range(5):
            started = time.perf_counter()
            in_process = export_calendar(db, io.BytesIO(), FEED_FILTER)
            baseline_times.append(time.perf_counter() - started)
        baseline_ms = statistics.median(baseline_times) * 1000

    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    server = start_server(path, port, log)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            first = client.get(FEED)
            assert first.status_code == 200, first.text
            events = first.content.count(b"BEGIN:VEVENT")
            etag, modified = first.headers["etag"], first.headers["last-modified"]
            feed_ms, feed_statuses = median_ms(client, FEED, {}, 7)
            etag_ms, etag_statuses = median_ms(client, FEED, {"If-None-Match": etag}, 200)
            since_ms, since_statuses = median_ms(client, FEED, {"If-Modified-Since": modified}, 200)
        burst_s, outcomes = asyncio.run(concurrent(base, CONCURRENT, etag))
    finally:
        server.terminate()  # uvicorn finishes the requests under way, then exits
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()

    not_modified_ms = max(etag_ms, since_ms)
    errors = sum(n for status, n in outcomes.items() if status not in ("200", "304"))
    print(f"feed server on {args.events} events ({base}, `schedule serve`, one process)")
    print(
        f"  304, If-None-Match      median {etag_ms:7.2f} ms  "
        f"(200 requests; statuses {sorted(etag_statuses)})"
    )
    print(
        f"  304, If-Modified-Since  median {since_ms:7.2f} ms  "
        f"(200 requests; statuses {sorted(since_statuses)})"
    )
    print(
        f"  full feed {FEED}  median {feed_ms:7.1f} ms  "
        f"({events} events; statuses {sorted(feed_statuses)})"
    )
    print(
        f"  same feed in-process    median {baseline_ms:7.1f} ms  ({in_process} events): "
        f"HTTP and server add {feed_ms / baseline_ms:.2f}x"
    )
    print(f"  {CONCURRENT} requests at once       {burst_s:7.2f} s  outcomes {outcomes}")
    met = not_modified_ms <= NOT_MODIFIED_MS and feed_ms <= FEED_S * 1000 and errors == 0
    verdict = "met" if met else "NOT met"
    print(
        f"serve: 304 in {not_modified_ms:.2f} ms, feed {feed_ms:.0f} ms ({events} events), "
        f"{CONCURRENT} concurrent with {errors} errors on {args.events} events "
        f"(target <= {NOT_MODIFIED_MS:.0f} ms, <= {FEED_S * 1000:.0f} ms, no error: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
