"""Readers: every form news arrives in → :class:`~schedule.articles.Article` values.

Plain text with front matter (:mod:`schedule.articles`), saved or fetched HTML
pages (:mod:`.html`), RSS and Atom feeds (:mod:`.feeds`), JSONL archives
(:mod:`.jsonl`), URLs (:mod:`.fetch`) and folders of any of these. Readers
never raise for one bad document: they yield an
:class:`~schedule.errors.ArticleError` in its place and go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from schedule.articles import (
    Article,
    article_from_text,
    decode_text,
    read_article,
    read_input_bytes,
)
from schedule.errors import ArticleError
from schedule.readers.feeds import articles_from_feed, looks_like_feed
from schedule.readers.fetch import FetchError, fetch, is_url
from schedule.readers.html import article_from_html, looks_like_html
from schedule.readers.jsonl import articles_from_jsonl, count_records

__all__ = [
    "FetchError",
    "Input",
    "InputKind",
    "expand_inputs",
    "read_input",
    "read_inputs",
]


class InputKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"


#: File types a folder is searched for; other files in it are ignored.
SUFFIXES: dict[str, InputKind] = {
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".html": InputKind.HTML,
    ".htm": InputKind.HTML,
    ".xhtml": InputKind.HTML,
    ".rss": InputKind.FEED,
    ".atom": InputKind.FEED,
    ".xml": InputKind.FEED,
    ".jsonl": InputKind.JSONL,
    ".ndjson": InputKind.JSONL,
}

#: HTTP media types (RFC 4287 for Atom; RSS has no registered type, these
#: are the ones servers send).
_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file, a URL, or a feed (file or URL)."""

    location: str
    kind: InputKind | None  # None: decided from the content
    estimate: int = 1  # articles expected, for progress bars


def expand_inputs(
    paths: Iterable[str | os.PathLike[str]], feeds: Iterable[str] = ()
) -> tuple[list[Input], list[str]]:
    """Folders expanded recursively (in name order, hidden entries skipped);
    returns the inputs and the files ignored for their type."""
    inputs: list[Input] = []
    ignored: list[str] = []
    for raw in paths:
        location = os.fspath(raw)
        if is_url(location):
            inputs.append(Input(location, None))
        elif Path(location).is_dir():
            _walk(Path(location), inputs, ignored)
        else:
            inputs.append(_file_input(Path(location), explicit=True))
    inputs.extend(Input(os.fspath(feed), InputKind.FEED) for feed in feeds)
    return inputs, ignored


def _walk(folder: Path, inputs: list[Input], ignored: list[str]) -> None:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.suffix.lower() in SUFFIXES:
                inputs.append(_file_input(path, explicit=False))
            else:
                ignored.append(os.fspath(path))


def _file_input(path: Path, *, explicit: bool) -> Input:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is InputKind.JSONL:
        return Input(os.fspath(path), kind, count_records(path))
    return Input(os.fspath(path), kind if kind or not explicit else None)


def read_inputs(
    inputs: Iterable[Input],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Iterator[Article | ArticleError]:
    """Every article of every input, in order, with errors in their place."""
    for item in inputs:
        yield from read_input(item, published=published, timezone=timezone)


def read_input(
    item: Input,
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Iterator[Article | ArticleError]:
    """The articles of one input (a feed or a batch has many)."""
    try:
        if is_url(item.location):
            yield from _read_url(item, published, timezone)
        else:
            yield from _read_file(item, published, timezone)
    except ArticleError as exc:
        yield exc


def _read_file(
    item: Input, published: str | date | datetime | None, timezone: str | None
) -> Iterator[Article | ArticleError]:
    source = item.location
    if item.kind is InputKind.TEXT:
        yield read_article(source, published=published, timezone=timezone)
        return
    if item.kind is InputKind.JSONL:
        yield from articles_from_jsonl(source, published=published, timezone=timezone)
        return
    data = read_input_bytes(source)
    yield from _read_bytes(data, source, item.kind, published, timezone)


def _read_url(
    item: Input, published: str | date | datetime | None, timezone: str | None
) -> Iterator[Article | ArticleError]:
    got = fetch(item.location)
    kind = item.kind
    if kind is None:
        if got.content_type in _HTML_TYPES:
            kind = InputKind.HTML
        elif got.content_type in _FEED_TYPES:
            kind = InputKind.FEED
        elif got.content_type == "text/plain":
            kind = InputKind.TEXT
    yield from _read_bytes(
        got.data,
        item.location,
        kind,
        published,
        timezone,
        url=got.final_url,
        charset=got.charset,
        content_type=got.content_type,
    )


def _read_bytes(
    data: bytes,
    source: str,
    kind: InputKind | None,
    published: str | date | datetime | None,
    timezone: str | None,
    *,
    url: str | None = None,
    charset: str | None = None,
    content_type: str | None = None,
) -> Iterator[Article | ArticleError]:
    if kind is None:
        kind = _sniff(data)
    if kind is InputKind.FEED:
        yield from articles_from_feed(
            data, source, published=published, timezone=timezone, content_type=content_type
        )
    elif kind is InputKind.HTML:
        yield article_from_html(
            data, source, url=url, charset=charset, published=published, timezone=timezone
        )
    else:
        raw = decode_text(data, source, declared=charset)
        article = article_from_text(raw, source, published=published, timezone=timezone)
        if url and not article.url:
            article = _with_url(article, url)
        yield article


def _sniff(data: bytes) -> InputKind:
    """The kind of a document with no telling name or media type."""
    if looks_like_feed(data):
        return InputKind.FEED
    head = data[:4096].replace(b"\x00", b"").decode("ascii", "ignore")
    if looks_like_html(head):
        return InputKind.HTML
    return InputKind.TEXT


def _with_url(article: Article, url: str) -> Article:
    from dataclasses import replace

    return replace(article, url=url)
