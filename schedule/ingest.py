"""Ingestion: article → resolved dates → events → database, one transaction each.

Re-ingesting an article whose text is already stored changes nothing; an
engagement already known from another article gains a source instead of a
twin (see :func:`schedule.merging.find_match`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from schedule import merging
from schedule.articles import Article
from schedule.errors import DatabaseError, ScheduleError
from schedule.extraction import ExtractedEvent, extract_events
from schedule.models import Event, Mention, Person, Source
from schedule.resolution import tag
from schedule.storage import Database


@dataclass(slots=True)
class IngestResult:
    """What happened to one input."""

    source: str
    status: Literal["stored", "unchanged", "failed"]
    events_created: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    error: str | None = None


def mint_uid() -> str:
    """A UID minted once per event and stored (RFC 5545 3.8.4.7: globally unique)."""
    return f"{uuid.uuid4()}@schedule-tracker"


def ingest_article(db: Database, article: Article) -> IngestResult:
    """Store one article and its events atomically; idempotent by content hash."""
    timexes = tag(article.text, article.reference)
    extracted = extract_events(article.text, article.reference, timexes)
    return store_extracted(db, article, extracted)


def store_extracted(
    db: Database, article: Article, extracted: list[ExtractedEvent]
) -> IngestResult:
    """Store a source and the events read from it, in one transaction.

    The entry point for every kind of input (articles, imported calendars):
    idempotent by the source's content hash, merging with stored events by
    :func:`schedule.merging.find_match`.
    """

    def work(session: Session) -> IngestResult:
        existing = session.scalar(select(Source).where(Source.content_hash == article.content_hash))
        if existing is not None:
            fill_source_metadata(existing, article)
            return IngestResult(article.source, "unchanged")
        source = Source(
            content_hash=article.content_hash,
            location=article.source,
            title=article.title,
            url=article.url,
            published=article.published_iso,
            timezone=article.timezone,
            text=article.text,
        )
        fill_source_metadata(source, article)
        session.add(source)
        session.flush()
        return _store_events(session, source, extracted, article)

    try:
        # Serializable, and tried again from scratch when another process
        # stored the same article or the same engagement meanwhile (storage.py).
        return db.run_transaction(work)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{article.source}: could not store: {exc}") from exc


def fill_source_metadata(source: Source, article: Article) -> None:
    """Feed metadata (GUID, feed, summary-only, updated) where the source lacks
    it: the same text met again through a feed gains its GUID."""
    if source.guid is None and article.guid:
        source.guid = article.guid
    if source.feed is None and article.feed:
        source.feed = article.feed
    if source.updated is None and article.updated is not None:
        source.updated = article.updated.isoformat()
    if article.summary_only:
        source.summary_only = True


def _store_events(
    session: Session, source: Source, extracted: list[ExtractedEvent], article: Article
) -> IngestResult:
    """Each report becomes a new event or joins its stored twin (see schedule.merging)."""
    result = IngestResult(article.source, "stored")
    rows: dict[int, Event] = {}
    people: dict[str, Person] = {}
    with session.no_autoflush:
        # One flush at the end, not one per look-up: the article's own events
        # were already merged by the extractor, and its people are cached.
        _merge_all(session, source, extracted, result, rows, people)
    session.flush()
    for item in extracted:
        if item.trip is not None and id(item.trip) in rows:
            event, trip = rows[id(item)], rows[id(item.trip)]
            if event is not trip:
                event.trip_id = trip.id
    return result


def _merge_all(
    session: Session,
    source: Source,
    extracted: list[ExtractedEvent],
    result: IngestResult,
    rows: dict[int, Event],
    people: dict[str, Person],
) -> None:
    for item in extracted:
        match = merging.find_match(session, item)
        if match is None:
            event = merging.new_event(item, item.uid or mint_uid())
            merging.record_revision(event, "created", source)
            session.add(event)
            result.events_created.append(event.uid)
        else:
            event = match.event
            if merging.merge_report(session, match, item, source):
                result.events_updated.append(event.uid)
        merging.add_participants(session, event, item, people)
        reported_start, reported_end = item.start.isoformat(), item.end.isoformat()
        event.mentions.append(
            Mention(
                source=source,
                sentence=item.sentence,
                phrase=item.phrase,
                value=item.timex_value,
                offset=item.sentence_start,
                reported_start=reported_start,
                reported_end=reported_end,
                reported_precision=item.precision.value,
                reported_status=item.status.value,
            )
        )
        rows[id(item)] = event


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Iterator[Article | ScheduleError]:
    """Every article the paths hold (files, folders, JSONL batches, feeds,
    URLs: see :mod:`schedule.readers`), or the error that says why one cannot
    be read."""
    from schedule.readers import expand_inputs, read_inputs

    inputs, _ignored = expand_inputs(paths)
    yield from read_inputs(inputs, published=published, timezone=timezone)


def ingest_paths(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> list[IngestResult]:
    """Ingest every article the paths hold, one transaction each; a bad one
    is reported and the rest go on (:func:`schedule.batch.ingest_batch`)."""
    from schedule.batch import ingest_batch

    return ingest_batch(db, paths, published=published, timezone=timezone).results
