"""Ingestion: article → resolved dates → events → database, one transaction each.

Re-ingesting an article whose text is already stored changes nothing; an
engagement already known from another article gains a source instead of a
twin (see :func:`schedule.merging.find_matches`).
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy import Connection, Insert, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from schedule import merging
from schedule.articles import Article
from schedule.errors import DatabaseError, ReadingError, ScheduleError
from schedule.extraction import ExtractedEvent, extract_events
from schedule.models import Event, Mention, Participation, Revision, Source
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
    return store_extracted(db, article, read_events(article))


def read_events(article: Article) -> list[ExtractedEvent]:
    """The article's engagements, its dates resolved first.

    Nothing is stored yet, so a bug met on one article's wording fails that
    article alone (:class:`ReadingError`, naming it and the code line) instead
    of stopping a batch of thousands; memory exhaustion still stops it.
    """
    try:
        timexes = tag(article.text, article.reference)
        return extract_events(article.text, article.reference, timexes)
    except MemoryError:
        raise
    except Exception as exc:
        raise ReadingError(article.source, exc) from exc


def store_extracted(
    db: Database, article: Article, extracted: list[ExtractedEvent]
) -> IngestResult:
    """Store a source and the events read from it, in one transaction.

    The entry point for every kind of input (articles, imported calendars):
    idempotent by the source's content hash, merging with stored events by
    :func:`schedule.merging.find_matches`.
    """

    def work(session: Session) -> IngestResult:
        connection = session.connection()
        source_id = connection.scalar(
            _insert_source_unless_stored(connection.dialect.name), _source_values(article)
        )
        if source_id is None:  # this text is stored already
            existing = connection.scalar(_SOURCE_WITH_HASH, {"hash": article.content_hash})
            fill_source_metadata(session.get_one(Source, existing), article)
            return IngestResult(article.source, "unchanged")
        return _store_events(session, source_id, extracted, article)

    try:
        # Serializable, and tried again from scratch when another process
        # stored the same article or the same engagement meanwhile (storage.py).
        return db.run_transaction(work)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{article.source}: could not store: {exc}") from exc


_sources = Source.__table__
_SOURCE_WITH_HASH = select(_sources.c.id).where(_sources.c.content_hash == bindparam("hash"))


@functools.cache
def _insert_source_unless_stored(dialect: str) -> Insert:
    """The source's INSERT, doing nothing when its text is stored (one
    statement, not a look-up then an insert, for the usual new article)."""
    insert_for = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    unless_stored = insert_for(_sources).on_conflict_do_nothing(index_elements=["content_hash"])
    return unless_stored.returning(_sources.c.id)


def _source_values(article: Article) -> dict[str, object]:
    """A new source's row: the article, with its feed metadata (as
    :func:`fill_source_metadata` gives an existing one)."""
    return {
        "content_hash": article.content_hash,
        "location": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published_iso,
        "timezone": article.timezone,
        "text": article.text,
        "guid": article.guid or None,
        "feed": article.feed or None,
        "updated": article.updated.isoformat() if article.updated is not None else None,
        "summary_only": bool(article.summary_only),
    }


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
    session: Session, source_id: int, extracted: list[ExtractedEvent], article: Article
) -> IngestResult:
    """Each report becomes a new event or joins its stored twin (see schedule.merging).

    Reports that join a stored event go through the ORM (merging rules,
    revisions); people and new events — most reports — are written in bulk
    with Core statements, a few per article, because ingest speed is bounded
    by the store.
    """
    result = IngestResult(article.source, "stored")
    connection = session.connection()
    people = merging.PeopleCache()
    people.prefetch_for(connection, [p for item in extracted for p in item.participants])
    # The article's own events were already merged by the extractor, so
    # a report never matches an event this same article creates.
    matches = merging.find_matches(session, extracted)
    for item in extracted:
        for participant in item.participants:
            merging.resolve_person(connection, participant, people)
    people.write(connection)
    source: Source | None = None  # the ORM object, loaded only if a report joins an event
    matched: dict[int, Event] = {}
    created: list[ExtractedEvent] = []
    with session.no_autoflush:
        for item, match in zip(extracted, matches, strict=True):
            if match is not None and any(e is match.event for e in matched.values()):
                # The extractor found two engagements here (a summit and the
                # host's meeting at it); one stored event cannot be both.
                match = None
            if match is None:
                created.append(item)
                continue
            event = match.event
            source = source or session.get_one(Source, source_id)
            if merging.merge_report(session, match, item, source):
                result.events_updated.append(event.uid)
            merging.add_participants(event, item, people)
            # by its keys: appending to event.mentions would read them all first
            session.add(Mention(event_id=event.id, source_id=source_id, **_mention_values(item)))
            matched[id(item)] = event
    if matched:
        session.flush()
    event_ids = {key: event.id for key, event in matched.items()}
    event_ids |= _insert_events(connection, source_id, created, people, result)
    trip_links = []
    for item in extracted:
        if item.trip is None or id(item.trip) not in event_ids:
            continue
        event_id, trip_id = event_ids[id(item)], event_ids[id(item.trip)]
        if event_id == trip_id:
            continue
        if id(item) in matched:
            matched[id(item)].trip_id = trip_id
        else:
            trip_links.append({"event": event_id, "trip": trip_id})
    if trip_links:
        connection.execute(_LINK_TRIP, trip_links)
    return result


_events = Event.__table__
# RETURNING the uid beside the id pairs each new id with its row: SQLite
# promises no order for a multi-row RETURNING, and asking SQLAlchemy to sort
# by parameter order falls back to one INSERT per row on SQLite.
_INSERT_EVENTS = insert(_events).returning(_events.c.uid, _events.c.id)
_LINK_TRIP = (
    update(_events).where(_events.c.id == bindparam("event")).values(trip_id=bindparam("trip"))
)


def _insert_events(
    connection: Connection,
    source_id: int,
    created: list[ExtractedEvent],
    people: merging.PeopleCache,
    result: IngestResult,
) -> dict[int, int]:
    """Insert the article's new events with their participants, mention and
    first revision: four multi-row statements, whatever the number of events."""
    if not created:
        return {}
    values = [merging.new_event_values(item, item.uid or mint_uid()) for item in created]
    id_of: dict[str, int] = dict(connection.execute(_INSERT_EVENTS, values).all())
    ids = [id_of[event["uid"]] for event in values]
    participations, mentions, revisions = [], [], []
    for item, event_id, event in zip(created, ids, values, strict=True):
        seen: set[int] = set()
        for participant in item.participants:
            person = people.resolved[participant.name]
            if person.id in seen:
                continue
            participations.append(
                {
                    "event_id": event_id,
                    "person_id": person.id,
                    "role": participant.role,
                    "position": len(seen),
                    "event_kind": event["kind"],
                    "event_start": event["start_date"],
                }
            )
            seen.add(person.id)
        mentions.append({"event_id": event_id, "source_id": source_id, **_mention_values(item)})
        revision = merging.revision_values(event, "created")
        revisions.append({"event_id": event_id, "source_id": source_id, **revision})
        result.events_created.append(event["uid"])
    if participations:
        connection.execute(insert(Participation.__table__), participations)
    connection.execute(insert(Mention.__table__), mentions)
    connection.execute(insert(Revision.__table__), revisions)
    return {id(item): event_id for item, event_id in zip(created, ids, strict=True)}


def _mention_values(item: ExtractedEvent) -> dict[str, object]:
    """What this source said about the event, kept even when another source's version won."""
    return {
        "sentence": item.sentence,
        "phrase": item.phrase,
        "value": item.timex_value,
        "offset": item.sentence_start,
        "reported_start": item.start.isoformat(),
        "reported_end": item.end.isoformat(),
        "reported_precision": item.precision.value,
        "reported_status": item.status.value,
    }


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
