"""Reading events back: filters shared by ``upcoming``, ``events`` and ``export``,
and the stable JSON shape of an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from enum import Flag, auto
from typing import Any, TypeVar
from urllib.parse import quote

from sqlalchemy import (
    Connection,
    Select,
    String,
    func,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from schedule.errors import QueryError, UsageError
from schedule.models import (
    Event,
    Mention,
    Participation,
    Person,
    Revision,
    Source,
    name_key,
)
from schedule.storage import Database, list_value, listed

_Query = TypeVar("_Query", bound=Select)  # type: ignore[type-arg]

#: Statuses that make an event an *upcoming engagement* (not a past item).
UPCOMING_STATUSES = ("scheduled", "expected", "postponed")  # postponed: moved, still ahead


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. Dates are calendar days; ``end`` is exclusive.

    ``upcoming_only`` leaves out past items (held, reported, cancelled): the
    "include past or not" switch of ``upcoming``, ``export`` and the feeds.
    Invalid values raise :class:`~schedule.errors.UsageError` on construction,
    so the CLI and the server reject them with the same message.
    """

    start: date | None = None
    end: date | None = None
    person: str | None = None
    upcoming_only: bool = False
    place: str | None = None  # gazetteer city, or part of the displayed location
    country: str | None = None  # ISO 3166-1 alpha-2 code
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from schedule.extraction import Kind, Status

        if self.start is not None and self.end is not None and self.end <= self.start:
            raise UsageError(f"'to' ({self.end}) must be after 'from' ({self.start})")
        if self.country is not None and not re.fullmatch(r"[A-Za-z]{2}", self.country):
            raise UsageError(f"country {self.country!r} is not a two-letter ISO code (like US)")
        for value, allowed, label in (
            (self.kinds, [k.value for k in Kind], "kind"),
            (self.statuses, [s.value for s in Status], "status"),
        ):
            unknown = [v for v in value if v not in allowed]
            if unknown:
                raise UsageError(f"unknown {label} {unknown[0]!r} (one of: {', '.join(allowed)})")

    def apply(self, query: _Query, max_span: int | None = None) -> _Query:
        """Add this filter's conditions to ``query``.

        ``max_span`` (see :func:`max_span`) gives the date window a lower
        bound on ``start_date``: an event overlapping ``[start, end)`` ends
        after ``start``, so it began after ``start - max_span``. With it the
        window is one bounded range scan of ``ix_events_window``; without it,
        every event before ``end`` would be read to test its end.
        """
        if self.start is not None:
            query = query.where(Event.end_date > self.start)
            if max_span is not None:
                query = query.where(Event.start_date > self.start - timedelta(days=max_span))
        if self.end is not None:
            query = query.where(Event.start_date < self.end)
        if self.upcoming_only:
            query = query.where(Event.status.in_(UPCOMING_STATUSES))
        if self.person:
            pattern = f"%{self.person.strip().lower()}%"
            spelt_alike = f"%{name_key(self.person)}%"  # "erdogan" finds "Erdoğan"
            # people first (a small table), then their events by the indexed
            # person_id: a join would scan every participation
            people = select(Person.id).where(
                func.lower(Person.name).like(pattern) | Person.name_key.like(spelt_alike)
            )
            query = query.where(
                Event.id.in_(
                    select(Participation.event_id).where(Participation.person_id.in_(people))
                )
            )
        if self.place:
            name = self.place.strip().lower()
            query = query.where(
                (func.lower(Event.place) == name) | func.lower(Event.location).like(f"%{name}%")
            )
        if self.country:
            query = query.where(Event.country_code == self.country.upper())
        if self.kinds:
            query = query.where(Event.kind.in_(self.kinds))
        if self.statuses:
            query = query.where(Event.status.in_(self.statuses))
        return query


def upcoming_filter(as_of: date, days: int, person: str | None = None) -> EventFilter:
    """Engagements overlapping ``[as_of, as_of + days)``."""
    return EventFilter(as_of, as_of + timedelta(days=days), person, upcoming_only=True)


# ----------------------------------------------------------------------------- reading
#
# Listings and feeds read plain rows (SQLAlchemy Core) into the small slotted
# objects below rather than ORM instances: building an ORM instance with its
# identity-map state costs more than SQLite takes to find the row, and a feed
# of 100,000 events would build half a million of them. The objects carry the
# same attribute names as the models, so every renderer takes either.


class Load(Flag):
    """What :func:`iter_events` reads besides the event row: each consumer
    asks only for what it shows."""

    DETAILS = auto()  # the event's other columns (see EventView)
    PARTICIPANTS = auto()
    SOURCES = auto()  # mentions (their sentences) with their sources
    REPORTS = auto()  # with SOURCES: what each source said (see MentionView)
    TRIP = auto()
    REVISIONS = auto()
    NOTHING = 0
    TABLE = PARTICIPANTS  # the terminal table
    FEED = DETAILS | PARTICIPANTS | SOURCES | TRIP  # an iCalendar VEVENT
    FULL = FEED | REPORTS | REVISIONS  # event_as_dict, the JSON shape


@dataclass(slots=True)
class PersonView:
    name: str


@dataclass(slots=True)
class ParticipantView:
    person: PersonView
    role: str | None


@dataclass(slots=True)
class SourceView:
    url: str | None
    title: str | None
    location: str
    published: str


@dataclass(slots=True)
class MentionView:
    """A report of the event: its sentence and source, and with
    :attr:`Load.REPORTS` what it said (the phrase, its value, the dates,
    precision and status it gave), which the JSON shows and a feed does not."""

    source: SourceView
    sentence: str
    phrase: str | None = None
    value: str | None = None
    reported_start: str | None = None
    reported_end: str | None = None
    reported_precision: str | None = None
    reported_status: str | None = None


@dataclass(slots=True)
class RevisionView:
    revision: int
    change: str
    start: str
    end: str
    precision: str
    status: str
    source: SourceView | None


@dataclass(slots=True)
class TripView:
    uid: str
    title: str


#: The stamps of a view read without Load.DETAILS: an aware moment no event has.
_UNREAD = datetime.min.replace(tzinfo=UTC)


@dataclass(slots=True)
class EventView:
    """One event as listings and feeds read it (the columns of
    :class:`~schedule.models.Event`, and what ``load`` asked for).

    The fields down to ``trip_id`` are always read (a listing shows them);
    those after it only with :attr:`Load.DETAILS`, and keep their defaults
    otherwise: a row read is a random page of a large table, and each column
    turned into a Python value costs a listing of thousands of events time.
    """

    id: int
    uid: str
    title: str
    kind: str
    status: str
    precision: str
    start_date: date
    end_date: date
    start_time: datetime | None
    end_time: datetime | None
    location: str | None
    timezone: str | None
    trip_id: int | None
    place: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    revision: int = 0
    disputed: bool = False
    created_at: datetime = _UNREAD
    updated_at: datetime = _UNREAD
    participants: list[ParticipantView] = field(default_factory=list)
    mentions: list[MentionView] = field(default_factory=list)
    revisions: list[RevisionView] = field(default_factory=list)
    trip: TripView | None = None

    @property
    def all_day(self) -> bool:
        return self.start_time is None


#: An event as renderers take it: a model instance or a view.
EventLike = Event | EventView

_events = Event.__table__
_participants = Participation.__table__
_people = Person.__table__
_mentions = Mention.__table__
_sources = Source.__table__
_revisions = Revision.__table__

#: The UTC datetime columns, read as the driver gives them and made aware by
#: :func:`_aware`: SQLAlchemy's processing of these four per event cost a
#: listing of 3,000 events 6 ms, more than SQLite took to find them.
_UTC_FIELDS = ("start_time", "end_time", "created_at", "updated_at")

#: The event columns EventView holds, in its field order.
_EVENT_COLUMNS = [
    type_coerce(_events.c[f.name], String) if f.name in _UTC_FIELDS else _events.c[f.name]
    for f in fields(EventView)
    if f.name in _events.c
]
#: Those a listing reads (the fields without a default).
_LISTING_COLUMNS = _EVENT_COLUMNS[
    : sum(f.default is MISSING and f.default_factory is MISSING for f in fields(EventView))
]


def _aware(value: str | datetime | None) -> datetime | None:
    """A stored UTC moment, aware, as UTCDateTime would give it: SQLite hands
    back naive ISO text, PostgreSQL an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")  # zero offset: datetime.UTC itself
    return value.astimezone(UTC)


def _event_view(row: Any) -> EventView:
    view = EventView(*row)
    view.start_time = _aware(view.start_time)
    view.end_time = _aware(view.end_time)
    if view.created_at is not _UNREAD:
        view.created_at = _aware(view.created_at)  # type: ignore[assignment]
        view.updated_at = _aware(view.updated_at)  # type: ignore[assignment]
    return view


def max_span(session: Session) -> int | None:
    """The longest event in days (``span_days`` is indexed, so this is one
    index probe), or None for an empty database."""
    return session.connection().scalar(_MAX_SPAN)


_MAX_SPAN = select(func.max(_events.c.span_days))


def iter_events(
    db: Database, where: EventFilter, *, batch: int = 5000, load: Load = Load.FULL
) -> Iterator[EventView]:
    """Events in date order with what ``load`` asks for, read in batches so
    that a large export never holds every event at once.

    Pages by key (the last row's start, end and id), not OFFSET, so the
    hundredth page costs what the first does. The pages are read in one
    session: on SQLite one read transaction, one state of the database.
    """
    order = (_events.c.start_date, _events.c.end_date, _events.c.id)
    # Core statements on the session's connection: no ORM result machinery.
    with db.session() as session:
        connection = session.connection()
        columns = _EVENT_COLUMNS if Load.DETAILS in load else _LISTING_COLUMNS
        query = where.apply(select(*columns), max_span(session))
        query = query.order_by(*order).limit(batch)
        last: tuple[Any, ...] | None = None
        while True:
            page = query if last is None else query.where(tuple_(*order) > tuple_(*last))
            rows = connection.execute(page).all()
            if not rows:
                return
            events = [_event_view(row) for row in rows]
            _attach(connection, events, load)
            yield from events
            if len(rows) < batch:
                return
            tail = events[-1]
            last = (tail.start_date, tail.end_date, tail.id)


def _attach(connection: Connection, events: list[EventView], load: Load) -> None:
    """Read what ``load`` asks for, for one page of events, a query per relation."""
    by_id = {event.id: event for event in events}
    dialect = connection.dialect.name
    # the page's ids as one parameter (storage.listed)
    ids = listed("ids", dialect)
    page = {"ids": list_value(dialect, by_id)}
    if Load.PARTICIPANTS in load:
        people: dict[str, PersonView] = {}
        rows = connection.execute(
            select(_participants.c.event_id, _people.c.name, _participants.c.role)
            .join(_people, _people.c.id == _participants.c.person_id)
            .where(_participants.c.event_id.in_(ids))
            .order_by(_participants.c.event_id, _participants.c.position),
            page,
        ).all()
        # one view per person and role on a page, shared by their events
        views: dict[tuple[str, str | None], ParticipantView] = {}
        for event_id, name, role in rows:
            view = views.get((name, role))
            if view is None:
                person = people.get(name) or people.setdefault(name, PersonView(name))
                view = views[(name, role)] = ParticipantView(person, role)
            by_id[event_id].participants.append(view)
    sources: dict[int, SourceView] = {}
    if Load.SOURCES in load:
        said = _REPORTED if Load.REPORTS in load else _REPORTED[:1]
        rows = connection.execute(
            select(_mentions.c.event_id, *said, *_SOURCE_COLUMNS)
            .join(_sources, _sources.c.id == _mentions.c.source_id)
            .where(_mentions.c.event_id.in_(ids))
            .order_by(_mentions.c.event_id, _mentions.c.id),
            page,
        ).all()
        first_source_column = 1 + len(said)
        for row in rows:  # event_id, MentionView's fields after source, the source's columns
            source_id = row[first_source_column]
            source = sources.get(source_id) or _shared_source(sources, *row[first_source_column:])
            by_id[row[0]].mentions.append(MentionView(source, *row[1:first_source_column]))
    if Load.TRIP in load:
        trip_ids = {event.trip_id for event in events if event.trip_id is not None}
        if trip_ids:
            trips = {
                row.id: TripView(row.uid, row.title)
                for row in connection.execute(
                    select(_events.c.id, _events.c.uid, _events.c.title).where(
                        _events.c.id.in_(listed("trips", dialect))
                    ),
                    {"trips": list_value(dialect, trip_ids)},
                )
            }
            for event in events:
                if event.trip_id is not None:
                    event.trip = trips.get(event.trip_id)
    if Load.REVISIONS in load:
        rows = connection.execute(
            select(
                _revisions.c.event_id,
                _revisions.c.revision,
                _revisions.c.change,
                _revisions.c.start,
                _revisions.c.end,
                _revisions.c.precision,
                _revisions.c.status,
                *_SOURCE_COLUMNS,
            )
            .outerjoin(_sources, _sources.c.id == _revisions.c.source_id)
            .where(_revisions.c.event_id.in_(ids))
            .order_by(_revisions.c.event_id, _revisions.c.revision),
            page,
        ).all()
        for event_id, *state, source_id, url, title, location, published in rows:
            source = None
            if source_id is not None:
                source = _shared_source(sources, source_id, url, title, location, published)
            by_id[event_id].revisions.append(RevisionView(*state, source))


#: MentionView's fields after its source, in order (REPORTS reads all, SOURCES the first).
_REPORTED = (
    _mentions.c.sentence,
    _mentions.c.phrase,
    _mentions.c.value,
    _mentions.c.reported_start,
    _mentions.c.reported_end,
    _mentions.c.reported_precision,
    _mentions.c.reported_status,
)

#: What a SourceView holds, after the source's id.
_SOURCE_COLUMNS = (
    _sources.c.id,
    _sources.c.url,
    _sources.c.title,
    _sources.c.location,
    _sources.c.published,
)


def _shared_source(
    sources: dict[int, SourceView],
    source_id: int,
    url: str | None,
    title: str | None,
    location: str,
    published: str,
) -> SourceView:
    """One view per source, shared by its mentions and revisions on a page."""
    source = sources.get(source_id)
    if source is None:
        source = sources[source_id] = SourceView(url, title, location, published)
    return source


#: Reports quoted where an event is shown in full text (an iCalendar
#: description, a web page's card). A summit every outlet covers has hundreds;
#: calendar clients show a few lines and some refuse very long descriptions.
QUOTED_REPORTS = 5

_Report = TypeVar("_Report")


def quoted_reports(mentions: Sequence[_Report]) -> tuple[list[_Report], int]:
    """The first report (where the event came from) and the latest ones
    (what is said now), and how many are left out (``schedule show`` lists all)."""
    if len(mentions) <= QUOTED_REPORTS:
        return list(mentions), 0
    latest = list(mentions[-(QUOTED_REPORTS - 1) :])
    return [mentions[0], *latest], len(mentions) - QUOTED_REPORTS


def event_as_dict(event: EventLike) -> dict[str, Any]:
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
        "disputed": event.disputed,
        "participants": [{"name": p.person.name, "role": p.role} for p in event.participants],
        "sources": [
            {
                "source": m.source.url or m.source.location,
                "title": m.source.title,
                "published": m.source.published,
                "sentence": m.sentence,
                "phrase": m.phrase,
                "value": m.value,
                "reported": {
                    "start": m.reported_start,
                    "end": m.reported_end,
                    "precision": m.reported_precision,
                    "status": m.reported_status,
                },
            }
            for m in event.mentions
        ],
        "revisions": [
            {
                "revision": r.revision,
                "change": r.change,
                "start": r.start,
                "end": r.end,
                "precision": r.precision,
                "status": r.status,
                "source": (r.source.url or r.source.location) if r.source else None,
            }
            for r in event.revisions
        ],
    }


def find_event(db: Database, uid: str) -> Event:
    """One event by UID (or a unique UID prefix), with everything loaded."""
    query = select(Event).where(Event.uid.like(f"{uid}%")).limit(2)
    query = query.options(
        selectinload(Event.participants).selectinload(Participation.person),
        selectinload(Event.mentions).selectinload(Mention.source),
        selectinload(Event.trip),
        selectinload(Event.revisions).selectinload(Revision.source),
    )
    with db.session() as session:
        found = session.scalars(query).all()
    if not found:
        raise UsageError(f"no event with UID {uid!r}")
    if len(found) > 1:
        raise UsageError(f"UID prefix {uid!r} matches several events; give more of it")
    return found[0]


def _local_iso(event: EventLike, moment: Any) -> str:
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
        return _run_postgresql_read_only(db, sql)
    except SQLAlchemyError as exc:
        raise QueryError(f"query refused: {_short(exc)}") from exc


#: The user's statement becomes the body of a server-side prepared statement,
#: sent with the extended query protocol: the server's grammar then admits
#: exactly one SELECT, VALUES, INSERT, UPDATE, DELETE or MERGE statement
#: (https://www.postgresql.org/docs/current/sql-prepare.html) — no COPY, SET,
#: DO, CALL, DDL, no second statement — and the read-only transaction refuses
#: the writes among those.
_PG_PREPARE = "PREPARE schedule_query AS "

_PG_READ_ONLY = "25006"  # SQLSTATE read_only_sql_transaction
_PG_SYNTAX = "42601"  # SQLSTATE syntax_error


def _run_postgresql_read_only(db: Database, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One statement in a read-only transaction, as a role that can read every
    table and nothing else: server files and programs (``pg_read_file``,
    ``lo_export``, ``COPY ... TO PROGRAM``) stay out of reach even when the
    configured user is a superuser."""
    import psycopg

    pooled = db.engine.raw_connection()
    try:
        connection = pooled.driver_connection
        assert isinstance(connection, psycopg.Connection)
        connection.rollback()
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION READ ONLY")
            # This first query also takes the transaction's snapshot, after
            # which it can no longer be switched to read-write.
            cursor.execute(
                "SELECT rolsuper, current_setting('server_version_num')::int"
                " FROM pg_roles WHERE rolname = current_user"
            )
            superuser, version = cursor.fetchone() or (False, 0)
            if superuser:
                if version < 140000:
                    raise QueryError(
                        "query refused: connected as a PostgreSQL superuser; "
                        "use a role without superuser rights (or PostgreSQL 14+)"
                    )
                # PostgreSQL 14+: the predefined role that may SELECT everything.
                cursor.execute("SET LOCAL ROLE pg_read_all_data")
            # binary=True sends Parse/Bind/Execute (one statement only).
            cursor.execute(_PG_PREPARE + sql, binary=True)
            cursor.execute("EXECUTE schedule_query")
            columns = [column.name for column in cursor.description or []]
            rows = [tuple(map(_plain, row)) for row in cursor.fetchall()] if columns else []
        connection.rollback()
        return columns, rows
    except psycopg.Error as exc:
        raise QueryError(f"query refused: {_postgresql_problem(exc, sql)}") from exc
    finally:
        # The session may hold a prepared statement or changed settings: never
        # hand it back to the pool.
        pooled.invalidate()


def _postgresql_problem(exc: Exception, sql: str) -> str:
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate == _PG_READ_ONLY:
        return "the database is opened read-only; this statement would write"
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if sqlstate == _PG_SYNTAX:
        if "multiple commands" in message:
            return "one statement at a time"
        diag = getattr(exc, "diag", None)
        position = getattr(diag, "statement_position", None)
        first_token = len(_PG_PREPARE) + len(sql) - len(sql.lstrip()) + 1
        if position is not None and int(position) == first_token:
            return "only SELECT statements (SELECT, VALUES, WITH ... SELECT) can be run"
    return re.sub(r"\s+", " ", message)


def _plain(value: Any) -> Any:
    """Dates and times as ISO text, as SQLite hands them back, so a query's
    output is the same on both engines."""
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def _run_sqlite_read_only(db: Database, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    import sqlite3

    path = db.engine.url.database
    try:
        # quoted: a "#" or "?" in the path would otherwise end it and drop mode=ro
        connection = sqlite3.connect(f"file:{quote(path or '')}?mode=ro", uri=True)
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
