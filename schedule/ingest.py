"""Ingestion: article → resolved dates → events → database, one transaction each.

Re-ingesting an article whose text is already stored changes nothing; an
engagement already known from another article gains a source instead of a
twin (see :func:`find_same_engagement`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from schedule.articles import Article, read_article
from schedule.errors import DatabaseError, ScheduleError
from schedule.extraction import ExtractedEvent, Precision, extract_events
from schedule.models import Event, Mention, Participation, Person, Source, utcnow
from schedule.resolution import tag
from schedule.storage import Database

#: Finer precision wins when two reports of one engagement disagree in detail.
_PRECISION_RANK = {
    p: i
    for i, p in enumerate(
        [Precision.VAGUE, Precision.MONTH, Precision.WEEK, Precision.DAY, Precision.TIME]
    )
}


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
    :func:`find_same_engagement`.
    """
    try:
        with db.transaction() as session:
            existing = session.scalar(
                select(Source.id).where(Source.content_hash == article.content_hash)
            )
            if existing is not None:
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
            session.add(source)
            session.flush()
            return _store_events(session, source, extracted, article)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{article.source}: could not store: {exc}") from exc


def _store_events(
    session: Session, source: Source, extracted: list[ExtractedEvent], article: Article
) -> IngestResult:
    result = IngestResult(article.source, "stored")
    rows: dict[int, Event] = {}
    people: dict[str, Person] = {}
    for item in extracted:
        event = find_same_engagement(session, item)
        if event is None:
            event = _new_event(item)
            session.add(event)
            result.events_created.append(event.uid)
        elif _refine(event, item):
            result.events_updated.append(event.uid)
        _add_participants(session, event, item, people)
        event.mentions.append(
            Mention(
                source=source,
                sentence=item.sentence,
                phrase=item.phrase,
                value=item.timex_value,
                offset=item.sentence_start,
            )
        )
        rows[id(item)] = event
    session.flush()
    for item in extracted:
        if item.trip is not None and id(item.trip) in rows:
            rows[id(item)].trip_id = rows[id(item.trip)].id
    return result


def _new_event(item: ExtractedEvent) -> Event:
    event = Event(uid=item.uid or mint_uid(), revision=item.revision)
    _apply(event, item)
    return event


def _apply(event: Event, item: ExtractedEvent) -> None:
    event.title = item.title
    event.kind = item.kind.value
    event.status = item.status.value
    event.precision = item.precision.value
    event.start_date, event.end_date = _local_dates(item.start, item.end)
    if isinstance(item.start, datetime) and isinstance(item.end, datetime):
        event.start_time, event.end_time = item.start, item.end
    else:
        event.start_time = event.end_time = None
    event.location = item.location
    place = item.place
    event.place = place.name if place else None
    event.country_code = place.country_code if place else None
    event.latitude = place.latitude if place else None
    event.longitude = place.longitude if place else None
    event.timezone = item.timezone
    event.updated_at = utcnow()


def _local_dates(start: date | datetime, end: date | datetime) -> tuple[date, date]:
    """Calendar days an interval touches, end exclusive (the indexed window columns)."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        touches_end_day = end.time() != time(0) or end.date() == start.date()
        return start.date(), end.date() + timedelta(days=1) if touches_end_day else end.date()
    return _as_date(start), _as_date(end)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _refine(event: Event, item: ExtractedEvent) -> bool:
    """A more precise report refines the stored dates; the UID stays, the
    revision (iCalendar SEQUENCE) goes up."""
    if _PRECISION_RANK[item.precision] <= _PRECISION_RANK[Precision(event.precision)]:
        return False
    trip_id = event.trip_id
    _apply(event, item)
    event.trip_id = trip_id
    event.revision += 1
    return True


def _add_participants(
    session: Session, event: Event, item: ExtractedEvent, cache: dict[str, Person]
) -> None:
    present = {p.person.name for p in event.participants}
    for position, participant in enumerate(item.participants, start=len(event.participants)):
        if participant.name in present:
            continue
        person = cache.get(participant.name) or session.scalar(
            select(Person).where(Person.name == participant.name)
        )
        if person is None:
            person = Person(name=participant.name, role=participant.role)
            session.add(person)
        elif participant.role and not person.role:
            person.role = participant.role
        cache[participant.name] = person
        event.participants.append(
            Participation(person=person, role=participant.role, position=position)
        )
        present.add(participant.name)


def find_same_engagement(session: Session, item: ExtractedEvent) -> Event | None:
    """The stored event this report is about, if any.

    Rule: same kind, overlapping dates, and at least one participant in common
    (or, for engagements nobody is named in, the same place). Statements are
    never merged: two statements on one day are two statements.
    """
    if item.uid:
        same_uid = session.scalar(select(Event).where(Event.uid == item.uid))
        if same_uid is not None:
            return same_uid
    if item.kind.value == "statement":
        return None
    start, end = _local_dates(item.start, item.end)
    candidates = session.scalars(
        select(Event).where(
            Event.kind == item.kind.value, Event.start_date < end, Event.end_date > start
        )
    ).all()
    names = {p.name for p in item.participants}
    place = item.place.name if item.place else None
    for event in candidates:
        stored = {p.person.name for p in event.participants}
        if names & stored or (not names and not stored and place and event.place == place):
            return event
    return None


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Iterator[Article | ScheduleError]:
    """Each path read as an article, or the error that says why it cannot be."""
    for path in paths:
        try:
            yield read_article(path, published=published, timezone=timezone)
        except ScheduleError as exc:
            yield exc


def ingest_paths(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> list[IngestResult]:
    """Ingest files one by one; a bad file is reported and the rest go on."""
    paths = list(paths)
    results = []
    articles = iter_articles(paths, published=published, timezone=timezone)
    for path, item in zip(paths, articles, strict=True):
        if isinstance(item, ScheduleError):
            results.append(IngestResult(os.fspath(path), "failed", error=str(item)))
            continue
        try:
            results.append(ingest_article(db, item))
        except ScheduleError as exc:
            results.append(IngestResult(item.source, "failed", error=str(exc)))
    return results
