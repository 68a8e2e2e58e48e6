"""URLs: pages and feeds fetched from a real HTTP server on 127.0.0.1, with
time-outs, size limits, redirects and one clear error per failure."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from schedule.errors import ArticleError
from schedule.readers.fetch import FetchError, fetch
from schedule.storage import Database

from ingest_support import INPUTS, Route, Server, key, serve, stored_events

PAGE = (INPUTS / "lammy-berlin.html").read_bytes()
RSS = (INPUTS / "diplomacy-rss2.xml").read_bytes()
ATOM = (INPUTS / "diplomacy-atom.xml").read_bytes()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test server is on this machine: never send its requests to a proxy.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    with serve() as running:
        running.routes["/page"] = Route(PAGE)
        running.routes["/rss"] = Route(RSS, content_type="application/rss+xml")
        running.routes["/atom"] = Route(ATOM, content_type="application/atom+xml; charset=utf-8")
        running.routes["/moved"] = Route(status=301, headers={"Location": "/page"})
        running.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
        running.routes["/gone"] = Route(b"gone", status=410)
        running.routes["/huge"] = Route(b"x" * 2_000_000, content_type="text/plain")
        running.routes["/slow"] = Route(PAGE, delay=3.0)
        running.routes["/empty"] = Route(b"")
        yield running


def test_fetch_follows_redirects_and_reports_the_final_url(server: Server) -> None:
    got = fetch(server.url("/moved"))
    assert got.final_url == server.url("/page")
    assert got.content_type == "text/html" and got.charset == "utf-8"
    assert got.data == PAGE


@pytest.mark.parametrize(
    ("path", "kwargs", "problem"),
    [
        ("/gone", {}, "HTTP 410 Gone"),
        ("/missing", {}, "HTTP 404"),
        ("/loop", {"max_redirects": 3}, "too many redirects (more than 3)"),
        ("/huge", {"max_bytes": 1_000_000}, "too large"),
        ("/slow", {"read_timeout": 0.5}, "timed out"),
        ("/empty", {}, "empty response"),
    ],
)
def test_each_failure_is_one_clear_error(
    server: Server, path: str, kwargs: dict[str, float], problem: str
) -> None:
    url = server.url(path)
    with pytest.raises(FetchError) as caught:
        fetch(url, **kwargs)  # type: ignore[arg-type]
    assert str(caught.value).startswith(f"{url}: ") and problem in str(caught.value)
    assert "\n" not in str(caught.value)


def test_refused_connection_and_bad_urls() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        fetch(f"http://127.0.0.1:{port}/page")
    with pytest.raises(FetchError, match="not an http"):
        fetch("ftp://127.0.0.1/file")
    assert issubclass(FetchError, ArticleError)


def test_ingest_a_page_url_and_a_feed_url(run, server: Server) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", server.url("/page"), "--feed", server.url("/atom"))
    assert result.exit_code == 0, result.output
    # the page: two one-day trips for talks, each the talks alone (tests/articles/README.md)
    assert f"stored    {server.url('/page')}: 2 new event(s)" in result.stdout
    assert "read 3 article(s): 3 stored, 0 skipped as duplicates, 0 failed" in result.stderr
    sources = run.json("sources")
    assert sources[0]["url"] == (
        "https://news.example.org/world/2025/03/03/lammy-berlin-baerbock-talks"
    )  # the page's canonical URL
    assert sources[1]["feed"] == server.url("/atom")


def test_url_content_type_decides_the_reader(db: Database, server: Server) -> None:
    from schedule.batch import ingest_batch

    summary = ingest_batch(db, [server.url("/rss")])
    assert [r.status for r in summary.results] == ["stored"] * 3
    assert key("2025-03-06", "Brussels", "Marco Rubio") in stored_events(db)


def test_plain_text_url_with_front_matter(db: Database, server: Server) -> None:
    from schedule.batch import ingest_batch

    text = (
        "---\npublished: 2025-03-03\n---\nSecretary of State Marco Rubio is expected to attend"
        " a summit of Nato foreign ministers in Brussels on Thursday.\n"
    )
    server.routes["/note.txt"] = Route(text.encode("cp1252"), content_type="text/plain")
    [result] = ingest_batch(db, [server.url("/note.txt")]).results
    assert result.status == "stored" and result.source == server.url("/note.txt")
    assert stored_events(db) == [key("2025-03-06", "Brussels", "Marco Rubio")]


def test_a_dead_link_is_reported_and_the_batch_goes_on(run, server: Server) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", server.url("/gone"), server.url("/page"))
    assert result.exit_code == 1
    assert f"error: {server.url('/gone')}: HTTP 410 Gone" in result.stderr
    assert "  failed: " in result.stderr and "1 stored" in result.stderr
    assert len(run.json("sources")) == 1


FEED_V1 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Rubio</title><guid>desk-1</guid><link>https://news.example.org/desk-1</link>
<pubDate>Mon, 03 Mar 2025 09:10:00 +0000</pubDate>
<description>Secretary of State Marco Rubio is expected to attend a summit of Nato foreign
ministers in Brussels on Thursday.</description></item>
</channel></rss>"""

FEED_V2 = FEED_V1.replace(
    b"</description></item>",
    b" He will then travel to Warsaw.</description></item>",
)


def test_a_feed_polled_again_skips_known_entries_and_reingests_updated_ones(
    run, server: Server
) -> None:  # type: ignore[no-untyped-def]
    server.routes["/desk"] = Route(FEED_V1, content_type="application/rss+xml")
    first = run("ingest", "--feed", server.url("/desk"))
    assert "stored    https://news.example.org/desk-1" in first.stdout
    again = run("ingest", "--feed", server.url("/desk"))
    assert "unchanged https://news.example.org/desk-1 (already ingested)" in again.stdout
    server.routes["/desk"] = Route(FEED_V2, content_type="application/rss+xml")
    updated = run("ingest", "--feed", server.url("/desk"))
    assert "stored    https://news.example.org/desk-1: 0 new event(s)" in updated.stdout
    sources = run.json("sources")
    assert [s["guid"] for s in sources] == ["desk-1", "desk-1"]
    assert all(s["summary_only"] for s in sources)
    assert "Warsaw" not in str(sources[0]) and len(run.json("events")) == 1


def test_atom_entry_not_newer_than_the_stored_one_is_skipped_even_if_reworded(
    db: Database, server: Server
) -> None:
    from schedule.batch import ingest_batch

    server.routes["/atom-v2"] = Route(
        ATOM.replace(b"Migration and the EU budget", b"Migration and the budget"),
        content_type="application/atom+xml",
    )
    ingest_batch(db, [], feeds=[server.url("/atom")])
    again = ingest_batch(db, [], feeds=[server.url("/atom-v2")])
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    newer = ATOM.replace(b"Migration and the EU budget", b"Migration and the budget").replace(
        b'<updated>2025-03-03T12:30:00+01:00</updated>\n    <category term="Europe"/>',
        b'<updated>2025-03-03T15:00:00+01:00</updated>\n    <category term="Europe"/>',
    )
    server.routes["/atom-v3"] = Route(newer, content_type="application/atom+xml")
    third = ingest_batch(db, [], feeds=[server.url("/atom-v3")])
    assert [r.status for r in third.results] == ["unchanged", "stored"]


def test_an_older_version_later_in_the_same_batch_is_skipped(db: Database, server: Server) -> None:
    from schedule.batch import ingest_batch

    newer = ATOM.replace(b"Migration and the EU budget", b"Migration and the budget").replace(
        b'<updated>2025-03-03T12:30:00+01:00</updated>\n    <category term="Europe"/>',
        b'<updated>2025-03-03T15:00:00+01:00</updated>\n    <category term="Europe"/>',
    )
    server.routes["/atom-newer"] = Route(newer, content_type="application/atom+xml")
    # one batch: the newer version first, then the older one (the entries are
    # looked up together, so the second must learn of the first as it is stored)
    summary = ingest_batch(db, [], feeds=[server.url("/atom-newer"), server.url("/atom")])
    assert [r.status for r in summary.results] == ["stored", "stored", "unchanged", "unchanged"]
