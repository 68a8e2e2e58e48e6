"""Reading events back: filters shared by ``upcoming``, ``events`` and ``export``,
and the stable JSON shape of an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from schedule.errors import QueryError
from schedule.models import Event, Mention, Participation, Person
from schedule.storage import Database

_Query = TypeVar("_Query", bound=Select)  # type: ignore[type-arg]

#: Statuses that make an event an *upcoming engagement* (not a past item).
UPCOMING_STATUSES = ("scheduled", "expected")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. Dates are calendar days; ``end`` is exclusive."""

    start: date | None = None
    end: date | None = None
    person: str | None = None
    upcoming_only: bool = False

    def apply(self, query: _Query) -> _Query:
        if self.start is not None:
            query = query.where(Event.end_date > self.start)
        if self.end is not None:
            query = query.where(Event.start_date < self.end)
        if self.upcoming_only:
            query = query.where(Event.status.in_(UPCOMING_STATUSES))
        if self.person:
            pattern = f"%{self.person.strip().lower()}%"
            query = query.where(
                Event.id.in_(
                    select(Participation.event_id)
                    .join(Person)
                    .where(func.lower(Person.name).like(pattern))
                )
            )
        return query


def upcoming_filter(as_of: date, days: int, person: str | None = None) -> EventFilter:
    """Engagements overlapping ``[as_of, as_of + days)``."""
    return EventFilter(as_of, as_of + timedelta(days=days), person, upcoming_only=True)


def iter_events(db: Database, where: EventFilter, *, batch: int = 500) -> Iterator[Event]:
    """Events in date order, loaded with participants and sources, in batches
    so that a large export never holds every event at once."""
    query = where.apply(
        select(Event)
        .options(
            selectinload(Event.participants).selectinload(Participation.person),
            selectinload(Event.mentions).selectinload(Mention.source),
            selectinload(Event.trip),
        )
        .order_by(Event.start_date, Event.end_date, Event.id)
    )
    with db.session() as session:
        offset = 0
        while True:
            rows = session.scalars(query.limit(batch).offset(offset)).all()
            yield from rows
            if len(rows) < batch:
                return
            offset += batch
            session.expunge_all()


def event_as_dict(event: Event) -> dict[str, Any]:
    """The documented JSON shape of one event (stable field names)."""
    if event.start_time is not None and event.end_time is not None:
        start, end = _local_iso(event, event.start_time), _local_iso(event, event.end_time)
    else:
        start, end = event.start_date.isoformat(), event.end_date.isoformat()
    return {
        "uid": event.uid,
        "title": event.title,
        "kind": event.kind,
        "status": event.status,
        "start": start,
        "end": end,
        "all_day": event.all_day,
        "precision": event.precision,
        "location": event.location,
        "place": event.place,
        "country": event.country_code,
        "timezone": event.timezone,
        "trip": event.trip.uid if event.trip is not None else None,
        "revision": event.revision,
        "participants": [{"name": p.person.name, "role": p.role} for p in event.participants],
        "sources": [
            {
                "source": m.source.url or m.source.location,
                "title": m.source.title,
                "published": m.source.published,
                "sentence": m.sentence,
                "phrase": m.phrase,
                "value": m.value,
            }
            for m in event.mentions
        ],
    }


def _local_iso(event: Event, moment: Any) -> str:
    if event.timezone:
        from zoneinfo import ZoneInfo

        return str(moment.astimezone(ZoneInfo(event.timezone)).isoformat())
    return str(moment.isoformat())


# ----------------------------------------------------------------------------- SQL

_SQLITE_DENIED = {
    # sqlite3 authorizer action codes that could change anything or reach
    # another file (https://www.sqlite.org/c3ref/c_alter_table.html)
    "SQLITE_ATTACH",
    "SQLITE_DETACH",
    "SQLITE_PRAGMA",
}


def run_query(db: Database, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only SQL statement; anything that would write is refused
    by the database itself (read-only connection), not by a keyword filter."""
    if not sql.strip():
        raise QueryError("empty query")
    try:
        if db.is_sqlite:
            return _run_sqlite_read_only(db, sql)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            result = connection.execute(text(sql))
            columns = list(result.keys()) if result.returns_rows else []
            rows = [tuple(r) for r in result] if result.returns_rows else []
            connection.rollback()
            return columns, rows
    except SQLAlchemyError as exc:
        raise QueryError(f"query refused: {_short(exc)}") from exc


def _run_sqlite_read_only(db: Database, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    import sqlite3

    path = db.engine.url.database
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise QueryError(f"cannot open {path} read-only: {exc}") from exc
    denied = {getattr(sqlite3, name) for name in _SQLITE_DENIED}

    def authorizer(action: int, *_args: object) -> int:
        return sqlite3.SQLITE_DENY if action in denied else sqlite3.SQLITE_OK

    try:
        connection.execute("PRAGMA query_only=ON")
        connection.set_authorizer(authorizer)
        cursor = connection.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, [tuple(row) for row in cursor.fetchall()]
    except sqlite3.Error as exc:
        message = str(exc)
        if "readonly" in message.replace(" ", "") or "read-only" in message:
            message = "the database is opened read-only; this statement would write"
        raise QueryError(f"query refused: {message}") from exc
    finally:
        connection.close()


def _short(exc: Exception) -> str:
    message = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    return re.sub(r"\s+", " ", message)
