"""The feed server over real HTTP on 127.0.0.1: validators, filters, errors, escaping."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from icalendar import Calendar
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from schedule.errors import DatabaseError
from schedule.server import create_app, last_modified, open_read_only
from schedule.storage import open_database

from support import REPO, SEED_ARTICLE

OFFICIAL = REPO / "tests" / "fixtures" / "calendars" / "official-schedule.ics"

# Database tests run on SQLite and on PostgreSQL (tests/conftest.py): the
# server opens each read-only in its own way.
pytestmark = pytest.mark.both_engines


class LiveServer:
    """uvicorn serving the app in a thread, on a port the OS picked."""

    def __init__(self, db: str | Path) -> None:
        self.database = open_read_only(str(db))
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(create_app(self.database), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()
        self.database.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(
        self, path: str, headers: dict[str, str] | None = None, method: str = "GET"
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, headers=headers or {})
            response = connection.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            connection.close()


@pytest.fixture
def server(seeded: Any, db_path: Path) -> Iterator[LiveServer]:
    result = seeded("import", str(OFFICIAL))
    assert result.exit_code == 0, result.output
    with LiveServer(db_path) as live:
        yield live


def _uids(body: bytes) -> set[str]:
    return {str(e["uid"]) for e in Calendar.from_ical(body).walk("VEVENT")}


def test_feed_has_strong_etag_and_answers_304(server: LiveServer) -> None:
    status, headers, body = server.get("/calendar.ics")
    assert status == 200
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert int(headers["content-length"]) == len(body)
    etag, modified = headers["etag"], headers["last-modified"]
    assert etag.startswith('"') and not etag.startswith("W/")  # strong (RFC 9110 8.8.3)
    assert len(_uids(body)) == 7

    again = server.get("/calendar.ics")
    assert again[1]["etag"] == etag and again[2] == body  # same database, same bytes

    status, headers, body304 = server.get("/calendar.ics", {"If-None-Match": etag})
    assert status == 304 and body304 == b"" and headers["etag"] == etag
    assert server.get("/calendar.ics", {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert server.get("/calendar.ics", {"If-Modified-Since": modified})[0] == 304
    earlier = format_datetime(parsedate_to_datetime(modified).replace(year=2020), usegmt=True)
    assert server.get("/calendar.ics", {"If-Modified-Since": earlier})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3)
    both = {"If-None-Match": '"stale"', "If-Modified-Since": modified}
    assert server.get("/calendar.ics", both)[0] == 200
    head = server.get("/calendar.ics", method="HEAD")
    assert head[0] == 200 and head[2] == b"" and head[1]["etag"] == etag


def test_a_change_gives_a_new_etag_and_last_modified_never_goes_back(
    server: LiveServer, seeded: Any, tmp_path: Path
) -> None:
    _, first, body = server.get("/calendar.ics")
    refined = tmp_path / "refined.ics"
    refined.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:secdef-2025-03-10-brussels@defense.example\r\nDTSTAMP:20250306T120000Z\r\n"
        "SEQUENCE:1\r\nDTSTART;VALUE=DATE:20250311\r\nSUMMARY:Visit to NATO headquarters\r\n"
        "LOCATION:Brussels\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    time.sleep(1.1)  # HTTP dates have whole seconds
    assert seeded("import", str(refined)).exit_code == 0  # a writer beside the reader
    status, second, new_body = server.get("/calendar.ics", {"If-None-Match": first["etag"]})
    assert status == 200 and second["etag"] != first["etag"] and new_body != body
    assert parsedate_to_datetime(second["last-modified"]) > parsedate_to_datetime(
        first["last-modified"]
    )
    assert server.get("/calendar.ics", {"If-Modified-Since": first["last-modified"]})[0] == 200


def test_removing_the_newest_source_does_not_move_last_modified_back(
    server: LiveServer, seeded: Any, db_path: Path, tmp_path: Path
) -> None:
    later = tmp_path / "later.ics"
    later.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:later@test\r\nDTSTAMP:20250306T120000Z\r\nDTSTART;VALUE=DATE:20250320\r\n"
        "SUMMARY:Summit in Oslo\r\nLOCATION:Oslo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    time.sleep(1.1)  # HTTP dates have whole seconds
    assert seeded("import", str(later)).exit_code == 0
    _, first, body = server.get("/calendar.ics")
    with open_database(db_path) as db:
        with db.transaction() as session:
            # what `schedule forget` does to the newest source, by hand
            newest = session.execute(text("SELECT max(id) FROM sources")).scalar_one()
            session.execute(text(f"DELETE FROM mentions WHERE source_id = {newest}"))
            session.execute(
                text("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM mentions)")
            )
            session.execute(text(f"DELETE FROM sources WHERE id = {newest}"))
        # the database alone now says "older": the server must not
        assert last_modified(db) < parsedate_to_datetime(first["last-modified"])
    _, second, new_body = server.get("/calendar.ics")
    assert b"Summit in Oslo" in body and b"Summit in Oslo" not in new_body
    assert second["etag"] != first["etag"]
    assert second["last-modified"] == first["last-modified"]


FILTERED = (
    ("/people/pete-hegseth.ics", 3),
    ("/people/john-healey.ics", 3),
    ("/places/washington.ics", 5),
    ("/places/brussels.ics", 1),
    ("/calendar.ics?kind=meeting,reception", 2),
    ("/calendar.ics?kind=meeting&kind=visit", 3),
    ("/calendar.ics?past=no", 5),
    ("/calendar.ics?status=held,reported", 2),
    ("/calendar.ics?country=BE", 1),
    ("/calendar.ics?from=2025-03-05&to=2025-03-07", 3),
    ("/people/john-healey.ics?from=2025-03-06", 2),
)


def test_filters_and_readable_feed_urls(server: LiveServer) -> None:
    # one server for all cases: each fixture set-up is a new database
    for path, count in FILTERED:
        status, _, body = server.get(path)
        assert status == 200, (path, body)
        assert len(_uids(body)) == count, path


def test_person_feed_is_named_for_the_person(server: LiveServer) -> None:
    _, _, body = server.get("/people/pete-hegseth.ics")
    calendar = Calendar.from_ical(body)
    assert str(calendar["x-wr-calname"]) == "Pete Hegseth — schedule"
    assert "Pete Hegseth" in str(calendar["x-wr-caldesc"])


def test_events_json_is_the_cli_shape(server: LiveServer, seeded: Any) -> None:
    status, headers, body = server.get("/events.json?person=hegseth")
    assert status == 200 and headers["content-type"] == "application/json; charset=utf-8"
    assert json.loads(body) == seeded.json("events", "--person", "hegseth")
    assert server.get("/events.json", {"If-None-Match": headers["etag"]})[0] == 200
    assert server.get("/events.json?person=hegseth", {"If-None-Match": headers["etag"]})[0] == 304


BAD_PARAMETERS = (
    ("/calendar.ics?from=2025-13-01", "parameter 'from' must be a date like 2025-03-03"),
    ("/calendar.ics?from=2025-03-09&to=2025-03-01", "'to' (2025-03-01) must be after"),
    ("/calendar.ics?kind=party", "unknown kind 'party' (one of: meeting"),
    ("/calendar.ics?status=maybe", "unknown status 'maybe'"),
    ("/calendar.ics?country=USA", "country 'USA' is not a two-letter ISO code"),
    ("/calendar.ics?past=perhaps", "parameter 'past' must be yes or no"),
    ("/calendar.ics?persn=healey", "unknown parameter 'persn' (known: from, to, person"),
    ("/calendar.ics?person=a&person=b", "parameter 'person' is given 2 times"),
    ("/events.json?name=x", "unknown parameter 'name'"),
    ("/?days=0", "parameter 'days' must be a whole number 1-366"),
    ("/?as_of=tomorrow", "parameter 'as_of' must be a date"),
    ("/calendar.ics?person=" + "x" * 201, "parameter 'person' too long"),
    ("/calendar.ics?" + "&".join(["kind=meeting"] * 200), "query string too long"),
)


def test_bad_parameters_are_400_with_a_message(server: LiveServer) -> None:
    for path, message in BAD_PARAMETERS:
        status, headers, body = server.get(path)
        assert status == 400, path
        assert headers["content-type"].startswith("text/plain")
        assert body.decode().startswith("error: ") and message in body.decode(), path


UNKNOWN = (
    ("/nowhere", "not found: /nowhere"),
    ("/calendar.ics/extra", "not found"),
    ("/people/nobody.ics", "no person 'nobody'"),
    ("/places/atlantis.ics", "no place 'atlantis'"),
)


def test_unknown_paths_are_404(server: LiveServer) -> None:
    for path, message in UNKNOWN:
        status, _, body = server.get(path)
        assert status == 404 and message in body.decode(), path


def test_page_groups_by_day_links_feeds_and_escapes(
    seeded: Any, db_path: Path, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.txt"
    body = SEED_ARTICLE.read_text("utf-8").split("---\n", 2)[2]
    hostile.write_text(
        '---\ntitle: <script>alert("x")</script> & more\npublished: 2025-03-03\n---\n'
        + body
        + "\nA second report.\n",
        encoding="utf-8",
    )
    assert seeded("ingest", str(hostile)).exit_code == 0
    with LiveServer(db_path) as live:
        status, headers, page_bytes = live.get("/?as_of=2025-03-03")
    page = page_bytes.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert '<script>alert("x")' not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more" in page
    days = [line for line in page.splitlines() if "<h2><time" in line]
    assert [d.split('"')[1] for d in days] == ["2025-03-03", "2025-03-05", "2025-03-06"]
    assert "Healey–Hegseth bilateral meeting, Washington" in page
    assert "expected" in page and "scheduled" in page
    base = f"127.0.0.1:{live.port}"
    assert f'href="webcal://{base}/people/pete-hegseth.ics"' in page
    assert f'href="http://{base}/people/pete-hegseth.ics"' in page
    assert f'href="webcal://{base}/places/washington.ics"' in page
    assert f'href="webcal://{base}/calendar.ics"' in page


def test_server_never_writes(server: LiveServer, seeded: Any) -> None:
    assert server.get("/calendar.ics")[0] == 200
    with server.database.engine.connect() as connection, pytest.raises(DBAPIError):
        connection.execute(text("DELETE FROM events"))
    assert len(seeded.json("events")) == 7


def test_read_only_open_refuses_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database at"):
        open_read_only(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()


@pytest.mark.sqlite_only  # one run is enough: ~5 s per file
def test_served_feed_passes_real_calendar_consumers(server: LiveServer, tmp_path: Path) -> None:
    from test_export import check_with_consumers

    status, _, body = server.get("/calendar.ics")
    assert status == 200
    feed = tmp_path / "served.ics"
    feed.write_bytes(body)
    check_with_consumers(feed, events=7)


@pytest.mark.sqlite_only
def test_serve_command_binds_to_localhost(seeded: Any, db_path: Path) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    command = [sys.executable, "-m", "schedule", "--db", str(db_path), "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy()
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/?as_of=2025-03-03")
                response = connection.getresponse()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("schedule serve did not start")
                time.sleep(0.1)
        assert response.status == 200 and b"Healey" in response.read()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=20)
    assert f"Uvicorn running on http://127.0.0.1:{port}" in output


def test_place_and_person_lists_follow_the_database(
    server: LiveServer, seeded: Any, tmp_path: Path
) -> None:
    """The names feeds are looked up in are cached per database version: a new
    place is served as soon as it is stored."""
    assert server.get("/places/oslo.ics")[0] == 404
    later = tmp_path / "oslo.ics"
    later.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:oslo@test\r\nDTSTAMP:20250306T120000Z\r\nDTSTART;VALUE=DATE:20250320\r\n"
        "SUMMARY:Summit in Oslo\r\nLOCATION:Oslo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert seeded("import", str(later)).exit_code == 0  # a writer beside the server
    status, _, body = server.get("/places/oslo.ics")
    assert status == 200 and _uids(body) == {"oslo@test"}


def test_revalidation_reads_no_events(server: LiveServer) -> None:
    """A 304 for a known ETag comes from the database version alone: the
    statements the server runs for it touch no event rows."""
    _, headers, _ = server.get("/calendar.ics")
    statements: list[str] = []
    engine = server.database.engine

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        status, _, _ = server.get("/calendar.ics", {"If-None-Match": headers["etag"]})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert status == 304
    assert statements and not any("events.uid" in s or "mentions.sentence" in s for s in statements)


def test_a_much_reported_event_shows_its_first_and_latest_sources(
    seeded: Any, db_path: Path, tmp_path: Path
) -> None:
    """The page's card counts every source but quotes five (the first and the
    four latest) and points to `schedule show` for the rest."""
    for number in range(8):
        report = tmp_path / f"report-{number}.txt"
        report.write_text(
            f"---\ntitle: Outlet {number}\npublished: 2025-03-03T0{number}:00:00+00:00\n---\n"
            "Foreign Minister Penny Wong will meet Takeshi Iwaya in Tokyo on Thursday,"
            f" outlet {number} reported.\n",
            encoding="utf-8",
        )
        assert seeded("ingest", str(report)).exit_code == 0
    with LiveServer(db_path) as live:
        status, _headers, page_bytes = live.get("/?as_of=2025-03-03")
    page = page_bytes.decode()
    assert status == 200
    assert "<summary>8 sources</summary>" in page
    assert [n for n in range(8) if f"outlet {n} reported" in page] == [0, 4, 5, 6, 7]
    assert "… and 3 more (<code>schedule show " in page
