"""RSS and Atom feeds → one :class:`~schedule.articles.Article` per entry.

feedparser reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 and is lenient with
broken XML: entries it can recover are read, a feed it cannot read at all is
one clear error. Each entry carries its own date; an entry without one is
reported on its own and the rest of the feed goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from schedule.articles import Article, check_timezone, parse_published
from schedule.errors import ArticleError, UsageError

#: Elements that end a line of text when an entry's HTML becomes plain text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "section", "article", "figure", "tr"}
)


def looks_like_feed(data: bytes) -> bool:
    """An RSS, RDF or Atom root element near the start of the document."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def articles_from_feed(
    data: bytes,
    source: str,
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
    content_type: str | None = None,
) -> Iterator[Article | ArticleError]:
    """Each entry of the feed as an article, or the error that says why not.

    Raises :class:`ArticleError` when the document is not a readable feed at
    all; an entry that cannot be used is yielded as its own error.
    """
    import feedparser

    if timezone:
        try:
            check_timezone(timezone)
        except UsageError as exc:
            raise ArticleError(source, str(exc)) from exc
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise ArticleError(source, f"malformed feed, no entry could be read ({problem})")
        if not parsed.get("version"):
            raise ArticleError(source, "not an RSS or Atom feed")
        return
    # feedparser recovers entries from XML that is not well-formed; when one
    # of those cannot be used, say why the feed is broken too.
    broken = f" (malformed feed: {parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_article(entry, index, source, published, timezone)
        except ArticleError as exc:
            yield ArticleError(exc.source, exc.problem + broken) if broken else exc


def _entry_article(
    entry: Any,
    index: int,
    feed: str,
    published: str | date | datetime | None,
    timezone: str | None,
) -> Article:
    guid = (entry.get("id") or "").strip() or None
    link = (entry.get("link") or "").strip()
    url = link if link.startswith(("http://", "https://")) else None
    source = url or f"{feed}#{guid or index}"
    text, summary_only = _entry_text(entry)
    if not text.strip():
        raise ArticleError(source, "feed entry has no text (neither content nor summary)")
    # RFC 4287 4.2.14: an Atom entry must have <updated>, <published> is
    # optional; RSS 2.0 has only <pubDate>. So: published, else updated.
    # dict.get, not FeedParserDict.get: the latter maps a missing "updated"
    # to "published" (feedparser issue 310), which would invent update stamps.
    stamped, updated = dict.get(entry, "published"), dict.get(entry, "updated")
    when: str | date | datetime | None = published
    if when is None:
        when = stamped or updated or None
    if when is None:
        raise ArticleError(source, "feed entry has no publication date (pass --published)")
    try:
        if isinstance(when, str):
            when = parse_published(when, timezone)
        updated_at = parse_published(updated, timezone) if updated else None
    except ValueError as exc:
        raise ArticleError(source, f"bad date in feed entry: {exc}") from exc
    title = (entry.get("title") or "").strip() or None
    return Article(
        source=source,
        text=text,
        published=when,
        timezone=timezone,
        title=title,
        url=url,
        guid=guid,
        feed=feed,
        summary_only=summary_only,
        updated=updated_at,
    )


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The entry's full content if the feed gives it, else its summary."""
    for content in entry.get("content") or []:
        text = _as_text(content.get("value") or "", content.get("type") or "")
        if text.strip():
            return text, False
    detail = entry.get("summary_detail") or {}
    summary = entry.get("summary") or ""
    return _as_text(summary, detail.get("type") or "text/html"), True


def _as_text(value: str, media_type: str) -> str:
    if "html" not in media_type:
        return value.strip() + "\n" if value.strip() else ""
    return html_fragment_text(value)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one block element per paragraph."""
    import lxml.html
    from lxml.etree import ParserError

    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip() + "\n"
    for node in root.iter():
        if isinstance(node.tag, str) and node.tag.lower() in _BLOCKS:
            node.tail = "\n\n" + (node.tail or "")
    paragraphs = [" ".join(p.split()) for p in root.text_content().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p) + "\n"
