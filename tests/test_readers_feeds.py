"""RSS 2.0 and Atom feeds: one article per entry, each with its own date;
summary-only entries marked; a feed that cannot be read is one clear error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from schedule.articles import Article
from schedule.errors import ArticleError
from schedule.ingest import ingest_paths
from schedule.readers.feeds import articles_from_feed, html_fragment_text
from schedule.storage import Database

from ingest_support import INPUTS, key, stored_events

RSS = INPUTS / "diplomacy-rss2.xml"
ATOM = INPUTS / "diplomacy-atom.xml"


def _articles(data: bytes, **kwargs: object) -> list[Article | ArticleError]:
    return list(articles_from_feed(data, "feed.xml", **kwargs))  # type: ignore[arg-type]


def test_rss2_entries_with_their_own_dates_offsets_and_guids() -> None:
    first, second, third = _articles(RSS.read_bytes())
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.published == datetime(2025, 3, 3, 7, 30, tzinfo=UTC)
    assert third.published == datetime(2025, 3, 2, 21, 45, tzinfo=timezone(timedelta(hours=-5)))
    assert first.guid == "dispatch-world-20250303-0001"
    assert (
        first.url
        == first.source
        == ("https://news.example.org/world/2025/03/03/starmer-macron-paris")
    )
    assert first.title == "Starmer and Macron to meet in Paris on ceasefire plan"
    assert first.feed == "feed.xml"


def test_full_content_is_preferred_and_summary_only_entries_are_marked() -> None:
    first, second, third = _articles(RSS.read_bytes())
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert not first.summary_only and "Emmanuel Macron in Paris on Friday" in first.text
    assert "security guarantees" in first.text  # from content:encoded, not the teaser
    assert second.summary_only and "Marco Rubio is expected" in second.text
    assert not third.summary_only and "<p>" not in third.text


def test_rss2_feed_gives_the_expected_events(db: Database) -> None:
    results = ingest_paths(db, [RSS])
    assert [r.status for r in results] == ["stored"] * 3
    assert stored_events(db) == [
        key("2025-03-04", "Ankara", "Recep Tayyip Erdogan", "Volodymyr Zelensky"),
        key("2025-03-06", "Brussels", "Marco Rubio"),
        key("2025-03-07", "Paris", "Keir Starmer", "Emmanuel Macron"),
    ]


def test_atom_entries_published_updated_and_xhtml_content(db: Database) -> None:
    modi, sanchez = _articles(ATOM.read_bytes())
    assert isinstance(modi, Article) and isinstance(sanchez, Article)
    assert modi.published == datetime(
        2025, 3, 3, 10, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    assert sanchez.updated == datetime(2025, 3, 3, 12, 30, tzinfo=timezone(timedelta(hours=1)))
    assert sanchez.guid == "tag:news.example.org,2025:diplomacy/8842"
    assert "Pedro Sanchez will visit Rome on Thursday" in sanchez.text
    assert not modi.summary_only and "Trade and defence" in modi.text
    ingest_paths(db, [ATOM])
    assert stored_events(db) == [
        # a one-day trip "for talks with": the talks alone (tests/articles/README.md)
        key("2025-03-06", "Rome", "Pedro Sanchez", "Giorgia Meloni"),
        key("2025-03-10", "Washington", "Narendra Modi", "Donald Trump"),
        key("2025-03-10", "Washington", "Narendra Modi"),
    ]


def test_entries_without_dates_are_reported_one_by_one_and_the_rest_go_on() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>a</title><guid>a</guid><description>Talks on Friday.</description></item>
    <item><title>b</title><guid>b</guid><pubDate>Mon, 03 Mar 2025 08:00:00 +0000</pubDate>
      <description>Talks on Friday in Rome.</description></item>
    </channel></rss>"""
    undated, dated = _articles(feed)
    assert isinstance(undated, ArticleError) and "no publication date" in str(undated)
    assert str(undated).startswith("feed.xml#a:")
    assert isinstance(dated, Article)
    forced = _articles(feed, published="2025-03-05")
    assert all(isinstance(a, Article) for a in forced)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<?xml version='1.0'?><rss><channel><title>x</titl", "malformed feed"),
        (b"just some words, not xml at all", "malformed feed"),
        (b"<?xml version='1.0'?><html><body>hello</body></html>", "not an RSS or Atom feed"),
    ],
    ids=["truncated-rss", "not-xml", "not-a-feed"],
)
def test_unreadable_feeds_are_one_error(data: bytes, problem: str) -> None:
    with pytest.raises(ArticleError, match=problem):
        _articles(data)


def test_truncated_entry_is_reported_as_that_entry() -> None:
    [entry] = _articles(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry>")
    assert isinstance(entry, ArticleError) and "no text" in str(entry)


def test_rss_entries_have_no_invented_update_stamp() -> None:
    assert all(isinstance(a, Article) and a.updated is None for a in _articles(RSS.read_bytes()))


def test_malformed_xml_with_recoverable_entries_is_read() -> None:
    # A stray unescaped ampersand: not well-formed XML, but feedparser recovers.
    feed = RSS.read_bytes().replace(b"Officials in both", b"Officials & aides in both")
    articles = _articles(feed)
    assert len(articles) == 3 and all(isinstance(a, Article) for a in articles)


def test_empty_feed_has_no_articles() -> None:
    feed = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    assert _articles(feed) == []


def test_html_fragments_become_paragraphs() -> None:
    text = html_fragment_text("<p>One &amp; two.</p><p>Three <b>bold</b><br>four</p>tail")
    assert text == "One & two.\n\nThree bold\n\nfour\n\ntail\n"
