"""Batches: many inputs in, one article per transaction, a summary out.

An interrupted run (Ctrl-C, a kill, a crash) leaves every finished article
stored and no partial one, because each article is its own transaction
(:func:`schedule.ingest.store_extracted`). Running the same batch again skips
what is stored — same text, or a feed entry with the same GUID or URL that
has not changed — so a rerun resumes where the last one stopped and the
events it stored keep their UIDs.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError

from schedule.articles import Article, published_instant
from schedule.errors import ArticleError, DatabaseError, ScheduleError
from schedule.ingest import IngestResult, ingest_article
from schedule.models import Source
from schedule.readers import Input, expand_inputs, read_inputs
from schedule.storage import Database


class Progress(Protocol):
    """Where a batch reports how far it got (a progress bar, a log, a test)."""

    def started(self, total: int) -> None: ...

    def advanced(self, result: IngestResult) -> None: ...


@dataclass(slots=True)
class BatchSummary:
    """Every input's outcome, and the counts the end-of-run summary shows."""

    results: list[IngestResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files of other types in folders
    interrupted: bool = False

    @property
    def read(self) -> int:
        return len(self.results)

    @property
    def stored(self) -> int:
        return sum(r.status == "stored" for r in self.results)

    @property
    def duplicates(self) -> int:
        return sum(r.status == "unchanged" for r in self.results)

    @property
    def failures(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def events_created(self) -> int:
        return sum(len(r.events_created) for r in self.results)

    def describe(self) -> list[str]:
        """The summary as lines: counts, then each failure with its reason."""
        lines = [
            f"read {self.read} article(s): {self.stored} stored, "
            f"{self.duplicates} skipped as duplicates, {len(self.failures)} failed"
            + (f"; {len(self.ignored)} file(s) of other types ignored" if self.ignored else "")
            + ("; interrupted" if self.interrupted else "")
        ]
        lines += [f"  failed: {r.error}" for r in self.failures]
        return lines


def ingest_batch(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    feeds: Iterable[str] = (),
    published: str | date | datetime | None = None,
    timezone: str | None = None,
    progress: Progress | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> BatchSummary:
    """Read files, folders, JSONL archives, URLs and feeds and store each
    article in its own transaction; one bad input never stops the rest.

    Ctrl-C stops the run after rolling back the article in progress; the
    summary then says ``interrupted``.
    """
    inputs, ignored = expand_inputs(paths, feeds)
    summary = BatchSummary(ignored=ignored)
    if progress is not None:
        progress.started(sum(item.estimate for item in inputs))
    try:
        for result in _ingest_inputs(db, inputs, published, timezone):
            summary.results.append(result)
            if on_result is not None:
                on_result(result)
            if progress is not None:
                progress.advanced(result)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def _ingest_inputs(
    db: Database,
    inputs: list[Input],
    published: str | date | datetime | None,
    timezone: str | None,
) -> Iterator[IngestResult]:
    items = read_inputs(inputs, published=published, timezone=timezone)
    while chunk := list(itertools.islice(items, _CHUNK)):
        known = KnownSources.read(db, [a for a in chunk if isinstance(a, Article)])
        for item in chunk:
            if isinstance(item, ArticleError):
                yield IngestResult(item.source, "failed", error=str(item))
                continue
            try:
                yield ingest_one(db, item, known)
            except ScheduleError as exc:
                yield IngestResult(item.source, "failed", error=str(exc))


#: Articles whose stored twins are looked up in one query.
_CHUNK = 64


@dataclass(slots=True)
class KnownSources:
    """What is stored under some articles' hashes, GUIDs and URLs, read in
    one query for a chunk of a batch (a re-run of a large batch skips what
    is stored at one query per chunk, not one per article), and kept up to
    date as the chunk is stored."""

    hashes: set[str] = field(default_factory=set)
    #: ("guid" | "url", value) → the (content hash, updated) of each version stored
    versions: dict[tuple[str, str], list[tuple[str, str | None]]] = field(default_factory=dict)

    @classmethod
    def read(cls, db: Database, articles: list[Article]) -> KnownSources:
        known = cls()
        if not articles:
            return known
        conditions = [Source.content_hash.in_({a.content_hash for a in articles})]
        guids = {a.guid for a in articles if a.guid}
        urls = {a.url for a in articles if a.url and not a.guid and a.feed}
        if guids:
            conditions.append(Source.guid.in_(guids))
        if urls:
            conditions.append(Source.url.in_(urls))
        query = select(Source.content_hash, Source.guid, Source.url, Source.updated)
        try:
            with db.session() as session:
                rows = session.execute(query.where(or_(*conditions))).all()
        except SQLAlchemyError as exc:
            where = articles[0].source
            raise DatabaseError(f"{where}: cannot look up stored sources: {exc}") from exc
        for row in rows:
            known.remember(row.content_hash, row.guid, row.url, row.updated)
        return known

    def remember(
        self, content_hash: str, guid: str | None, url: str | None, updated: str | None
    ) -> None:
        self.hashes.add(content_hash)
        for key in (("guid", guid), ("url", url)):
            if key[1]:
                self.versions.setdefault(key, []).append((content_hash, updated))  # type: ignore[arg-type]


def _key(article: Article) -> tuple[str, str] | None:
    """What identifies a feed entry across versions: its GUID, else (for a feed) its URL."""
    if article.guid:
        return ("guid", article.guid)
    return ("url", article.url) if article.feed and article.url else None


def ingest_one(db: Database, article: Article, known: KnownSources | None = None) -> IngestResult:
    """Ingest one article unless it is already stored.

    A feed entry is a duplicate when a source with its GUID (or, without one,
    its URL) is stored and either has the same text or is at least as recent
    as the entry's ``updated`` stamp; an entry whose text changed is ingested
    again as a new version, merging with the events already known.
    """
    known = known if known is not None else KnownSources.read(db, [article])
    if _already_stored(article, known):
        return IngestResult(article.source, "unchanged")
    result = ingest_article(db, article)
    if result.status == "stored":
        updated = article.updated.isoformat() if article.updated is not None else None
        known.remember(article.content_hash, article.guid, article.url, updated)
    return result


def _already_stored(article: Article, known: KnownSources) -> bool:
    key = _key(article)
    if key is None:
        return False  # not a feed entry: the store itself skips the same text
    if article.content_hash in known.hashes:
        return True  # the same text, under whatever name
    stored = known.versions.get(key, [])
    if not stored:
        return False
    if article.updated is None:
        return False  # text changed and no stamp says otherwise: an update
    return any(_not_older(article.updated, updated) for _, updated in stored)


def _not_older(entry: date | datetime, stored: str | None) -> bool:
    """True when the stored version is at least as recent as the entry."""
    if not stored:
        return False
    try:
        return published_instant(stored) >= published_instant(entry)
    except ValueError:
        return False
