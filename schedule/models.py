"""The database schema as SQLAlchemy 2 ORM models.

The schema itself is created and changed only by the Alembic scripts in
``migrations/``; a test checks that these models and those scripts agree.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

# Stable constraint names, so migrations can alter them on SQLite (batch mode)
# and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every engine.

    SQLite has no time zone type and hands back naive values; storing UTC and
    re-attaching the zone on read keeps comparisons and exports exact.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _span_default(context: Any) -> int:
    """``span_days`` for a Core INSERT that leaves it out (bulk inserts)."""
    row = context.get_current_parameters()
    return (row["end_date"] - row["start_date"]).days


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """One ingested article (or other document), identified by its content."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    location: Mapped[str] = mapped_column(Text)  # file path or URL it was read from
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str] = mapped_column(String(40))  # ISO 8601, as given
    timezone: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Feed and batch metadata (schedule.batch): an entry seen again under the
    # same GUID or URL is a duplicate unless it changed.
    guid: Mapped[str | None] = mapped_column(Text, index=True)  # RSS guid, Atom id, record id
    feed: Mapped[str | None] = mapped_column(Text)  # the feed or batch it came from
    summary_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated: Mapped[str | None] = mapped_column(String(40))  # ISO 8601, as given

    mentions: Mapped[list[Mention]] = relationship(back_populates="source")


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str | None] = mapped_column(String(200))
    # The name and its last word as reports are compared (name_key), kept
    # with the name: "Erdoğan" and "Erdogan" are one person, and matching
    # finds "John Healey" for a report naming only "Healey" by an index,
    # where LIKE '% Healey' read every person stored.
    name_key: Mapped[str | None] = mapped_column(String(200), index=True)
    surname: Mapped[str | None] = mapped_column(String(200), index=True)

    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonAlias.alias"
    )

    @validates("name")
    def _keep_keys(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        self.surname = surname_key(name)
        return name


#: Letters NFKD does not take apart, as wire copy writes them without marks.
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ß": "ss"}
)
_NAME_BREAKS = re.compile(r"[\s\-‐‑‒–—.’'`]+")


@functools.lru_cache(maxsize=65536)  # pure, and the same names come back report after report
def name_key(name: str) -> str:
    """A name as reports are compared: case, accents, hyphens, dots and
    apostrophes ignored ("Recep Tayyip Erdoğan" = "Recep Tayyip Erdogan",
    "Lee Jae-myung" = "Lee Jae Myung", "António Guterres" = "Antonio Guterres")."""
    return " ".join(word for word in _NAME_BREAKS.split(_folded(name)) if word)


@functools.lru_cache(maxsize=65536)
def surname_key(name: str) -> str:
    """The last word of a name, compared as :func:`name_key` compares names
    but kept one word ("O'Brien" → "obrien", "Erdoğan" → "erdogan"): what
    a report naming only the surname gives."""
    words = name.split()
    return "".join(_NAME_BREAKS.split(_folded(words[-1] if words else name)))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def surname_of(name: str) -> str:
    """The last word of a name: "John Healey" → "Healey"."""
    return name.split()[-1] if name.split() else name


class PersonAlias(Base):
    """Another way articles name a person ("Mr Healey", "Healey", "Sir Keir Starmer")."""

    __tablename__ = "person_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200), index=True)

    person: Mapped[Person] = relationship(back_populates="aliases")

    __table_args__ = (UniqueConstraint("person_id", "alias"),)


class Event(Base):
    """One real-world engagement; its dates are the best any source gave.

    ``start_date``/``end_date`` (end exclusive) are always set, in the event's
    local calendar, so date-window queries need one indexed range test;
    ``start_time``/``end_time`` are set only for timed events.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    precision: Mapped[str] = mapped_column(String(10))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_time: Mapped[datetime | None] = mapped_column(UTCDateTime)
    location: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str | None] = mapped_column(String(64))
    trip_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # end_date - start_date in days, kept by the model (see _keep_span below;
    # a Core UPDATE of the dates must set it too): its indexed maximum bounds
    # date-window scans (queries.EventFilter.apply).
    span_days: Mapped[int] = mapped_column(Integer, default=_span_default, index=True)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Revision.revision"
    )
    participants: Mapped[list[Participation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Participation.position"
    )
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Mention.id"
    )
    trip: Mapped[Event | None] = relationship(remote_side=[id])

    __table_args__ = (
        Index("ix_events_window", "start_date", "end_date"),
        # a report's match candidates: same kind, near its dates (merging.find_matches)
        Index("ix_events_kind_window", "kind", "start_date", "end_date"),
    )

    @property
    def all_day(self) -> bool:
        return self.start_time is None


class Participation(Base):
    """A person taking part in an event, in the role the reports give."""

    __tablename__ = "participants"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The event's kind and first day, copied here so that matching finds "the
    # meetings of these people near these dates" in one index range per
    # person, however many events other people have on those days. Written
    # with the row; database triggers (migration 0008) keep them equal to the
    # event's when it is refined or moved.
    event_kind: Mapped[str | None] = mapped_column(String(20))
    event_start: Mapped[date | None] = mapped_column(Date)

    event: Mapped[Event] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()

    __table_args__ = (
        # an event's people in order without visiting the table (queries._attach)
        Index("ix_participants_listing", "event_id", "position", "person_id", "role"),
        # a person's events of a kind by date (merging.find_matches; its prefix
        # serves "this person's events" in listings)
        Index(
            "ix_participants_person_kind_start",
            "person_id",
            "event_kind",
            "event_start",
            "event_id",
        ),
    )


class Mention(Base):
    """Provenance: what one source said about one event, and where."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    phrase: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(60))  # TIMEX3 value of the phrase
    offset: Mapped[int] = mapped_column(Integer)  # sentence start in the source text
    # What this source said, kept even when another source's version won.
    reported_start: Mapped[str | None] = mapped_column(String(40))
    reported_end: Mapped[str | None] = mapped_column(String(40))
    reported_precision: Mapped[str | None] = mapped_column(String(10))
    reported_status: Mapped[str | None] = mapped_column(String(20))

    event: Mapped[Event] = relationship(back_populates="mentions")
    source: Mapped[Source] = relationship(back_populates="mentions")

    __table_args__ = (UniqueConstraint("event_id", "source_id", "offset"),)


class Revision(Base):
    """One state of an event: created, refined, disputed, cancelled (its SEQUENCE history)."""

    __tablename__ = "event_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    change: Mapped[str] = mapped_column(
        String(20)
    )  # created|refined|disputed|status|postponed|recomputed
    start: Mapped[str] = mapped_column(String(40))
    end: Mapped[str] = mapped_column(String(40))
    precision: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="revisions")
    source: Mapped[Source | None] = relationship()


@event.listens_for(Event, "before_insert")
@event.listens_for(Event, "before_update")
def _keep_span(_mapper: Any, _connection: Any, target: Event) -> None:
    """Every ORM write of an event keeps ``span_days`` equal to its dates, so
    writers (ingest, merging, import) need not know the column exists."""
    target.span_days = (target.end_date - target.start_date).days
