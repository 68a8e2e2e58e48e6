"""What was ingested: listing sources, and forgetting one.

Forgetting a source removes it, its mentions, and the events that only it
supported; an event another source also reported stays (with that source's
provenance), so ``forget`` never deletes what someone else still vouches for,
and its dates and status are recomputed from the reports that remain.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from schedule import merging
from schedule.errors import DatabaseError, UsageError
from schedule.models import Event, Mention, Participation, Source, utcnow
from schedule.storage import Database


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """One stored source as ``schedule sources`` shows it (stable JSON fields)."""

    id: int
    title: str | None
    url: str | None
    location: str
    published: str
    timezone: str | None
    events: int
    summary_only: bool
    guid: str | None
    feed: str | None
    updated: str | None
    content_hash: str
    ingested_at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What ``forget`` removed."""

    source: SourceInfo
    events_removed: list[str]  # UIDs
    events_kept: list[str]  # UIDs still supported by other sources


def list_sources(db: Database) -> list[SourceInfo]:
    """Every source, oldest first, with the number of events it supports."""
    events = func.count(func.distinct(Mention.event_id)).label("events")
    query = (
        select(Source, events)
        .outerjoin(Mention, Mention.source_id == Source.id)
        .group_by(Source.id)
        .order_by(Source.id)
    )
    try:
        with db.session() as session:
            return [_info(source, count) for source, count in session.execute(query)]
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot list sources: {exc}") from exc


def _info(source: Source, events: int) -> SourceInfo:
    return SourceInfo(
        id=source.id,
        title=source.title,
        url=source.url,
        location=source.location,
        published=source.published,
        timezone=source.timezone,
        events=events,
        summary_only=bool(source.summary_only),
        guid=source.guid,
        feed=source.feed,
        updated=source.updated,
        content_hash=source.content_hash,
        ingested_at=source.ingested_at.isoformat(),
    )


def forget_source(db: Database, reference: str) -> Forgotten:
    """Remove one source (by id, location, URL, GUID or content-hash prefix)
    and the events only it supported, in one transaction."""

    def work(session: Session) -> tuple[SourceInfo, set[int], set[int], dict[int, str]]:
        source = _find(session, reference)
        count = session.scalar(
            select(func.count(func.distinct(Mention.event_id))).where(
                Mention.source_id == source.id
            )
        )
        info = _info(source, count or 0)
        event_ids = set(
            session.scalars(select(Mention.event_id).where(Mention.source_id == source.id))
        )
        session.execute(delete(Mention).where(Mention.source_id == source.id))
        still_supported = set(
            session.scalars(
                select(Mention.event_id).where(Mention.event_id.in_(event_ids)).distinct()
            )
        )
        orphans = event_ids - still_supported
        rows = session.execute(select(Event.id, Event.uid).where(Event.id.in_(event_ids)))
        uids = {row.id: row.uid for row in rows}
        if orphans:
            # Trips pointing at a removed event lose the link (FK ON DELETE
            # SET NULL); participants and revisions go with their event.
            session.execute(update(Event).where(Event.trip_id.in_(orphans)).values(trip_id=None))
            session.execute(delete(Participation).where(Participation.event_id.in_(orphans)))
            session.execute(delete(Event).where(Event.id.in_(orphans)))
        session.execute(delete(Source).where(Source.id == source.id))
        kept = session.scalars(
            select(Event)
            .where(Event.id.in_(still_supported))
            .options(selectinload(Event.mentions).selectinload(Mention.source))
        )
        for event in kept:
            # They lost a source: what it alone said goes (dates, status), and
            # subscribers see them change (SEQUENCE, LAST-MODIFIED).
            changed = merging.recompute_from_mentions(event)
            event.revision += 1
            event.updated_at = utcnow()
            if changed:
                merging.record_revision(session, event, "recomputed", None)
        session.flush()
        session.expunge_all()
        return info, orphans, still_supported, uids

    try:
        # retried from scratch when a concurrent writer conflicts (storage.run_transaction)
        info, orphans, still_supported, uids = db.run_transaction(work)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot forget {reference!r}: {exc}") from exc
    return Forgotten(
        info,
        sorted(uids[i] for i in orphans),
        sorted(uids[i] for i in still_supported),
    )


def _find(session: Any, reference: str) -> Source:
    ref = reference.strip()
    conditions = [Source.location == ref, Source.url == ref, Source.guid == ref]
    if not re.match(r"^[a-z]+://", ref):
        # A path as `schedule sources` shows it, relative to the current folder.
        conditions.append(Source.location == os.path.abspath(ref))
    if ref.isdigit():
        conditions.append(Source.id == int(ref))
    if re.fullmatch(r"[0-9a-f]{8,64}", ref):
        conditions.append(Source.content_hash.startswith(ref))
    found = session.scalars(select(Source).where(or_(*conditions)).limit(5)).all()
    if not found:
        raise UsageError(
            f"no source {reference!r} (give an id, path, URL, GUID or hash prefix "
            "as 'schedule sources' lists them)"
        )
    if len(found) > 1:
        ids = ", ".join(str(s.id) for s in found)
        raise UsageError(f"{reference!r} matches several sources (ids {ids}); give the id")
    return found[0]
