"""HTML news pages → :class:`~schedule.articles.Article`.

The main text comes from trafilatura (it drops navigation, adverts, related
links and footers); the publication date from the page's own metadata, read
exactly so that the offset it gives is kept, with htmldate as the fallback
for pages that only show a date somewhere in their markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from schedule.articles import (
    Article,
    check_timezone,
    decode_text,
    parse_published,
    publication_date,
)
from schedule.errors import ArticleError, UsageError

# WHATWG HTML "prescan a byte stream to determine its encoding": a <meta
# charset> or http-equiv Content-Type within the first 1024 bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)

#: Metadata that names the publication time, most specific first (Open Graph
#: article:published_time, schema.org datePublished in microdata, Dublin Core).
_META_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "pubdate",
    "publishdate",
    "date",
)

#: JSON-LD types whose datePublished is the article's (schema.org CreativeWork).
_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "webpage",
    "liveblogposting",
}


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 1024 bytes, if any."""
    match = _META_CHARSET.search(data[:1024])
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head or "<body" in head


def article_from_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Article:
    """Read one saved or fetched page; explicit arguments override its metadata."""
    if isinstance(data, bytes):
        text = decode_text(data, source, declared=charset or html_charset(data))
    else:
        text = data
    if not text.strip():
        raise ArticleError(source, "empty page")
    tree = _parse(text, source)
    title, canonical = _title_and_url(tree)
    if timezone:
        try:
            check_timezone(timezone)
        except UsageError as exc:
            raise ArticleError(source, str(exc)) from exc
    when: str | date | datetime | None = published
    if when is None:
        when = page_published(text, tree)
    when = publication_date(
        when, source, timezone, "no publication date in the page's metadata (pass --published)"
    )
    return Article(
        source=source,
        text=_main_text(text, source),
        published=when,
        timezone=timezone,
        title=title,
        url=canonical or url,
    )


def _parse(text: str, source: str) -> Any:
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise ArticleError(source, f"not readable as HTML ({exc})") from exc


def _main_text(text: str, source: str) -> str:
    import trafilatura

    body = trafilatura.extract(
        text,  # the string, not our tree: trafilatura prunes the tree it is given
        output_format="txt",
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not body or not body.strip():
        raise ArticleError(source, "no article text found in the page")
    # One paragraph per line, blank lines between: sentences never run across
    # paragraph ends.
    return "\n\n".join(line.strip() for line in body.splitlines() if line.strip()) + "\n"


def page_published(text: str, tree: Any) -> str | None:
    """The publication date the page gives: Open Graph / meta tags, then
    JSON-LD ``datePublished``, then ``<time datetime>``, then htmldate."""
    for value in _meta_dates(tree):
        return value
    for value in _json_ld_dates(tree):
        return value
    for node in tree.iter("time"):
        value = node.get("datetime")
        if value and value.strip() and _parses(value):
            return value.strip()
    return _htmldate(text)


def _parses(value: str) -> bool:
    try:
        parse_published(value)
    except ValueError:
        return False
    return True


def _meta_dates(tree: Any) -> Iterator[str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        value = (node.get("content") or "").strip()
        if key in _META_DATE_KEYS and value and key not in found:
            found[key] = value
    for key in _META_DATE_KEYS:
        if key in found and _parses(found[key]):
            yield found[key]


def _json_ld_dates(tree: Any) -> Iterator[str]:
    for node in tree.iter("script"):
        if (node.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue  # malformed JSON-LD is common; the other sources remain
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            value = item.get("datePublished")
            if (
                isinstance(value, str)
                and any(str(k).lower() in _ARTICLE_TYPES for k in kinds)
                and _parses(value)
            ):
                yield value.strip()


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])


def _htmldate(text: str) -> str | None:
    from htmldate import find_date

    try:
        # Day precision only: htmldate does not keep the time or the offset.
        return find_date(text, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None


def _title_and_url(tree: Any) -> tuple[str | None, str | None]:
    from trafilatura import extract_metadata

    metadata = extract_metadata(tree)
    title = metadata.title if metadata and metadata.title else None
    canonical = None
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and node.get("href"):
            canonical = node.get("href").strip()
            break
    if canonical is None and metadata and metadata.url:
        canonical = metadata.url
    return title, canonical
