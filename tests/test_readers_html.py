"""Saved news pages: main text without the page furniture, date and offset
from the page's own metadata, title and canonical URL kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from schedule.errors import ArticleError
from schedule.ingest import ingest_paths
from schedule.readers.html import article_from_html
from schedule.storage import Database

from ingest_support import INPUTS, key, stored_events

PAGE = INPUTS / "lammy-berlin.html"
CP1252_PAGE = INPUTS / "folder" / "wire" / "duda-vilnius.html"

BODY = (
    "<p>Polish President Andrzej Duda will visit Vilnius on Wednesday for talks with "
    "Lithuanian President Gitanas Nauseda.</p><p>The presidents are expected to discuss "
    "energy links between the two countries, officials said.</p>"
)


def test_main_text_keeps_the_story_and_drops_nav_ads_and_related_links() -> None:
    article = article_from_html(PAGE.read_bytes(), str(PAGE))
    assert "David Lammy will travel to Berlin on Tuesday" in article.text
    assert "Takeshi Iwaya will visit Canberra on Wednesday" in article.text
    for furniture in (
        "Advertisement",
        "Switch your energy supplier",
        "Related stories",
        "Starmer will meet Macron in Paris",  # a related link, not this story
        "Snow warning",
        "Cookie policy",
        "dataLayer",
    ):
        assert furniture not in article.text


def test_metadata_gives_the_time_with_its_offset_title_and_canonical_url() -> None:
    article = article_from_html(PAGE.read_bytes(), str(PAGE))
    assert article.published == datetime(2025, 3, 3, 8, 15, tzinfo=UTC)
    assert article.title == "Lammy to hold Berlin talks with Baerbock on Ukraine support"
    assert article.url == "https://news.example.org/world/2025/03/03/lammy-berlin-baerbock-talks"


def test_the_page_gives_exactly_the_expected_events(db: Database) -> None:
    [result] = ingest_paths(db, [PAGE])
    assert result.status == "stored", result.error
    assert stored_events(db) == [
        # one-day trips "for talks with": the talks alone (tests/articles/README.md)
        key("2025-03-04", "Berlin", "David Lammy", "Annalena Baerbock"),
        key("2025-03-05", "Canberra", "Takeshi Iwaya", "Penny Wong"),
    ]


def _page(head: str, body: str = BODY) -> bytes:
    page = f"<html><head><title>T</title>{head}</head><body><article>{body}</article></body></html>"
    return page.encode()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:published_time" content="2025-03-03T07:00:00+01:00">',
            datetime(2025, 3, 3, 7, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@graph": [{"@type": "WebSite", "name": "W"}, {"@type": "NewsArticle", '
            '"datePublished": "2025-03-02T22:30:00-05:00"}]}</script>',
            datetime(2025, 3, 2, 22, 30, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            '<meta itemprop="datePublished" content="2025-03-03">',
            date(2025, 3, 3),
        ),
    ],
    ids=["open-graph", "json-ld-graph", "microdata"],
)
def test_publication_date_sources(head: str, expected: date) -> None:
    assert article_from_html(_page(head), "page.html").published == expected


def test_time_element_and_declared_windows_1252() -> None:
    article = article_from_html(CP1252_PAGE.read_bytes(), str(CP1252_PAGE))
    assert article.published == datetime(2025, 3, 3, 7, tzinfo=timezone(timedelta(hours=1)))
    assert "alliance’s eastern flank" in article.text  # cp1252 0x92 decoded
    assert "Estonian premier" not in article.text  # "More from" links dropped


def test_htmldate_finds_a_date_printed_in_the_page() -> None:
    body = f'<div class="meta">Published 3 March 2025</div>{BODY}'
    article = article_from_html(_page("", body), "page.html")
    assert article.published == date(2025, 3, 3)


def test_broken_json_ld_falls_back_to_other_metadata() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">'
    )
    assert article_from_html(_page(head), "p").published == datetime(2025, 3, 3, 9, tzinfo=UTC)


def test_explicit_published_wins_over_the_metadata() -> None:
    article = article_from_html(PAGE.read_bytes(), "p", published="2025-03-04")
    assert article.published == date(2025, 3, 4)


def test_no_date_anywhere_is_refused_with_the_reason() -> None:
    with pytest.raises(ArticleError, match=r"page\.html: no publication date"):
        article_from_html(_page(""), "page.html")


def test_malformed_html_is_still_read() -> None:
    broken = (
        b'<html><head><title>Broken</title><meta property="article:published_time" '
        b'content="2025-03-03T07:00:00+01:00"><body><div><p>Polish President Andrzej Duda will '
        b"visit Vilnius on Wednesday for talks with Lithuanian President Gitanas Nauseda.<p>"
        b"Unclosed <b>tags <i>everywhere</div></span></td><p>The presidents are expected to "
        b"discuss energy links."
    )
    article = article_from_html(broken, "broken.html")
    assert "Andrzej Duda will visit Vilnius on Wednesday" in article.text
    assert "expected to discuss energy links" in article.text


@pytest.mark.parametrize(
    "data",
    [b"<<<>>><<\x01\x02", b"<html></html>", b"<html><body>   </body></html>"],
    ids=["garbage", "no-body", "blank-body"],
)
def test_pages_with_no_text_are_refused(data: bytes) -> None:
    with pytest.raises(ArticleError, match="no article text"):
        article_from_html(data, "x.html", published="2025-03-03")


def test_binary_file_named_html_is_refused(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    [result] = ingest_paths(db, [path])
    assert result.status == "failed" and "binary file" in (result.error or "")
