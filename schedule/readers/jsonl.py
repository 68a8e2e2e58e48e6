"""JSONL archives: one article per line, ``{"id", "published", "text", "title", "url"}``.

The file is read line by line, so an archive may be of any size; each line is
held to the one-document limit. A bad line is reported with its number and
the rest of the file goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from schedule.articles import MAX_ARTICLE_BYTES, Article, article_from_text
from schedule.errors import ArticleError

#: Keys a record may have; ``text`` is required, ``published`` unless given.
RECORD_KEYS = frozenset({"id", "published", "text", "title", "url", "timezone"})


def count_records(path: str | os.PathLike[str]) -> int:
    """Non-blank lines: the number of articles a progress bar can expect."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def articles_from_jsonl(
    path: str | os.PathLike[str],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Iterator[Article | ArticleError]:
    """Each record of the file as an article, or the error that says why not."""
    name = os.fspath(path)
    records = 0
    try:
        with Path(path).open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                records += 1
                try:
                    yield _record(raw, name, number, published, timezone)
                except ArticleError as exc:
                    yield exc
    except FileNotFoundError:
        yield ArticleError(name, "no such file")
    except OSError as exc:
        yield ArticleError(name, f"cannot be read ({exc.strerror or exc})")
    else:
        if not records:
            yield ArticleError(name, "empty file (no JSONL records)")


def _record(
    raw: bytes,
    name: str,
    number: int,
    published: str | date | datetime | None,
    timezone: str | None,
) -> Article:
    where = f"{name}:{number}"
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(where, f"line too large ({len(raw)} bytes; limit {MAX_ARTICLE_BYTES})")
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ArticleError(where, "not UTF-8 (JSON text must be UTF-8, RFC 8259 8.1)") from exc
    except ValueError as exc:
        raise ArticleError(where, f"not a JSON object ({exc})") from exc
    if not isinstance(record, dict):
        raise ArticleError(where, "not a JSON object")
    unknown = set(record) - RECORD_KEYS
    if unknown:
        known = ", ".join(sorted(RECORD_KEYS))
        raise ArticleError(where, f"unknown key(s) {', '.join(sorted(unknown))} ({known})")
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError(where, "no 'text' string")
    ident = record.get("id")
    source = f"{name}#{ident}" if ident not in (None, "") else where
    fields = {k: record.get(k) for k in ("published", "title", "url", "timezone")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(source, f"'{key}' must be a string")
    if published is None and not fields["published"]:
        raise ArticleError(source, "no publication date (no 'published' field; pass --published)")
    article = article_from_text(
        text,
        source,
        published=published if published is not None else (fields["published"] or None),
        timezone=timezone or fields["timezone"] or None,
    )
    return Article(
        source=article.source,
        text=article.text,
        published=article.published,
        timezone=article.timezone,
        title=fields["title"] or article.title,
        url=fields["url"] or article.url,
        # Record ids are unique within their archive only: scope them by file name.
        guid=f"{Path(name).name}#{ident}" if ident not in (None, "") else None,
        feed=name,
    )
