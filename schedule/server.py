"""The feed server: calendars people subscribe to, a web page, and JSON.

A Starlette application served by uvicorn, reading the database through a
read-only connection (it never writes). Feeds carry a strong ``ETag`` computed
from the body and a ``Last-Modified`` taken from the database's newest change,
so calendar apps that poll every hour mostly get a ``304 Not Modified``
(RFC 9110 13.1 and 15.4.5).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from itertools import groupby
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlencode

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from schedule.config import DEFAULT_HOST, DEFAULT_PORT, database_url
from schedule.errors import DatabaseError, UsageError
from schedule.export import export_calendar
from schedule.models import Event, Mention, Person, Source
from schedule.queries import EventFilter, event_as_dict, iter_events, quoted_reports
from schedule.storage import SQLITE_BUSY_TIMEOUT_MS, Database

#: Feeds up to this size are built in memory, larger ones in a temporary file:
#: the ETag needs the whole body before the first byte is sent.
SPOOL_BYTES = 8 * 1024 * 1024
CHUNK = 64 * 1024

#: Most events the page lists; feeds have no limit.
PAGE_LIMIT = 500

#: Feeds whose ETag is remembered for the current database version.
ETAG_CACHE_SIZE = 1024

#: Feeds and pages built at once. Each build holds a database connection for
#: its whole length; past the connection pool (5 + 10 overflow) a request
#: would fail after the pool's 30 s timeout. Beyond this number requests wait
#: their turn instead — with one interpreter lock, more at once is no faster.
BUILDS_AT_ONCE = 4

ICS_TYPE = "text/calendar; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"


# ----------------------------------------------------------------- database


def open_read_only(db: str | None = None) -> Database:
    """Open an existing, migrated database read-only: SQLite with ``mode=ro``
    and ``query_only``, PostgreSQL with read-only transactions."""
    url = database_url(db)
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            path = parsed.database or ""
            if not Path(path).is_file():
                raise DatabaseError(f"no database at {path} (ingest or import something first)")
            # A URI filename (https://www.sqlite.org/uri.html) with '?', '#', '%'
            # escaped, handed to sqlite3 untouched (SQLAlchemy would unquote it).
            uri = f"file:{quote(path)}?mode=ro"
            engine = create_engine(
                url,
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            )
            event.listen(engine, "connect", _sqlite_read_only)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            event.listen(engine, "connect", _postgres_read_only)
        database = Database(url, engine)
        _check_schema(database)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open database {url} read-only: {exc}") from exc
    return database


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _postgres_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    dbapi_connection.commit()


def _check_schema(db: Database) -> None:
    """A read-only server cannot migrate: refuse a database not at the newest schema."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from schedule.storage import alembic_config

    head = ScriptDirectory.from_config(alembic_config(db.url)).get_current_head()
    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise DatabaseError(
            f"{db.display_url} is at schema {current or 'none'}, not {head}: "
            "upgrade it once with any other command, e.g. `schedule events --to 1970-01-02`"
        )


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def database_version(db: Database) -> tuple[Any, ...]:
    """What changes whenever any feed could: the newest update and ingestion
    times and the row counts (a removal lowers a count).

    Cheap: the two maxima are index probes (0004's indexes) and ``count(*)``
    counts index pages. On a read-only SQLite connection (the server's) it is
    computed again only when another connection has committed since this one
    last computed it (``PRAGMA data_version``, which does not see the
    connection's own writes: https://www.sqlite.org/pragma.html#pragma_data_version),
    so an unchanged database answers with one pragma.
    """
    with db.engine.connect() as connection:
        cache: dict[str, Any] | None = None
        stamp = None
        if db.is_sqlite:
            # info lives as long as this DBAPI connection, which data_version is about
            info = connection.connection.info
            if "schedule_query_only" not in info:
                query_only = connection.exec_driver_sql("PRAGMA query_only").scalar()
                info["schedule_query_only"] = bool(query_only)
            if info["schedule_query_only"]:
                cache = info
                stamp = connection.exec_driver_sql("PRAGMA data_version").scalar()
                known = cache.get("schedule_version")
                if known is not None and known[0] == stamp:
                    return known[1]  # type: ignore[no-any-return]
        version = (
            connection.scalar(select(func.max(Event.updated_at))),
            connection.scalar(select(func.count()).select_from(Event)),
            connection.scalar(select(func.max(Source.ingested_at))),
            connection.scalar(select(func.count()).select_from(Source)),
            connection.scalar(select(func.count()).select_from(Mention)),
        )
        if cache is not None:
            cache["schedule_version"] = (stamp, version)
    return version


def last_modified(db: Database) -> datetime:
    """The newest change in the database, to the second (HTTP dates have no
    fractions): taken from stored times, never from the clock."""
    return _newest(database_version(db))


def _newest(version: tuple[Any, ...]) -> datetime:
    known = [v for v in version if isinstance(v, datetime)]
    return max(known, default=_EPOCH).replace(microsecond=0)


# ----------------------------------------------------------------- parameters

#: Query parameters every listing accepts, and what they mean (shown on a 400).
FILTER_PARAMS = {
    "from": "first day, YYYY-MM-DD",
    "to": "day after the last, YYYY-MM-DD",
    "person": "part of a participant's name",
    "place": "city, or part of the location",
    "country": "ISO country code, like US",
    "kind": "meeting, visit, ... (comma-separated)",
    "status": "scheduled, expected, ... (comma-separated)",
    "past": "yes or no: include held, reported and cancelled items",
}
FEED_PARAMS = {**FILTER_PARAMS, "name": "calendar name"}
PAGE_PARAMS = {
    **{k: v for k, v in FILTER_PARAMS.items() if k not in ("from", "to", "past")},
    "as_of": "first day shown, YYYY-MM-DD (default: today)",
    "days": "how many days, 1-366 (default 14)",
}

_YES = {"yes", "true", "1", "on"}
_NO = {"no", "false", "0", "off"}


#: No filter needs more: names, places and dates are short (a hostile client's
#: megabyte of query string is refused before anything is looked up).
MAX_QUERY_LENGTH = 2048
MAX_PARAMETER_LENGTH = 200


class _Params:
    """Query parameters checked against what an endpoint accepts."""

    def __init__(self, request: Request, allowed: dict[str, str]) -> None:
        self.request = request
        if len(request.url.query) > MAX_QUERY_LENGTH:
            raise UsageError(f"query string too long (over {MAX_QUERY_LENGTH} characters)")
        for name, value in request.query_params.multi_items():
            if len(value) > MAX_PARAMETER_LENGTH:
                raise UsageError(
                    f"parameter {name[:40]!r} too long (over {MAX_PARAMETER_LENGTH} characters)"
                )
        for name in request.query_params:
            if name not in allowed:
                known = ", ".join(allowed)
                raise UsageError(f"unknown parameter {name!r} (known: {known})")

    def one(self, name: str) -> str | None:
        values = self.request.query_params.getlist(name)
        if len(values) > 1:
            raise UsageError(f"parameter {name!r} is given {len(values)} times")
        value = values[0].strip() if values else None
        return value or None

    def many(self, name: str) -> tuple[str, ...]:
        parts = ",".join(self.request.query_params.getlist(name)).split(",")
        return tuple(p.strip().lower() for p in parts if p.strip())

    def day(self, name: str) -> date | None:
        value = self.one(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value) if len(value) == 10 else _bad_date(name, value)
        except ValueError:
            return _bad_date(name, value)

    def yes_no(self, name: str, default: bool) -> bool:
        value = self.one(name)
        if value is None:
            return default
        if value.lower() in _YES | _NO:
            return value.lower() in _YES
        raise UsageError(f"parameter {name!r} must be yes or no, not {value!r}")

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self.one(name)
        if value is None:
            return default
        if not value.isdigit() or not low <= int(value) <= high:
            raise UsageError(
                f"parameter {name!r} must be a whole number {low}-{high}, not {value!r}"
            )
        return int(value)


def _bad_date(name: str, value: str) -> date:
    raise UsageError(f"parameter {name!r} must be a date like 2025-03-03, not {value!r}")


def feed_filter(params: _Params, **fixed: str) -> EventFilter:
    """The EventFilter a feed's query string asks for (``fixed`` from the path)."""
    return EventFilter(
        start=params.day("from"),
        end=params.day("to"),
        person=fixed.get("person") or params.one("person"),
        upcoming_only=not params.yes_no("past", default=True),
        place=fixed.get("place") or params.one("place"),
        country=params.one("country"),
        kinds=params.many("kind"),
        statuses=params.many("status"),
    )


# ----------------------------------------------------------------- bodies


class _Hashing:
    """A binary sink that hashes what passes through (for the strong ETag)."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.target.write(data)


@dataclass
class Body:
    """A rendered body, spooled to disk when large, with its strong validator."""

    file: IO[bytes]
    etag: str
    size: int

    def chunks(self) -> Iterator[bytes]:
        try:
            self.file.seek(0)
            while chunk := self.file.read(CHUNK):
                yield chunk
        finally:
            self.file.close()


def render(write: Callable[[Any], object]) -> Body:
    """Run ``write(sink)`` into a spooled file, hashing as it goes."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (closed by Body.chunks)
    sink = _Hashing(spool)
    try:
        write(sink)
    except BaseException:
        spool.close()
        raise
    # Strong validator (RFC 9110 8.8.3): equal only for byte-identical bodies,
    # which our exports are for an unchanged database.
    return Body(spool, f'"{sink.digest.hexdigest()[:40]}"', sink.size)


def write_json(db: Database, where: EventFilter, out: Any) -> None:
    """A JSON array of events (the CLI's ``--json`` shape), one at a time."""
    out.write(b"[")
    for index, item in enumerate(iter_events(db, where)):
        out.write(b",\n" if index else b"\n")
        out.write(json.dumps(event_as_dict(item), ensure_ascii=False).encode("utf-8"))
    out.write(b"\n]\n")


# ----------------------------------------------------------------- helpers


def slugify(text: str) -> str:
    """A readable URL segment: "Pete Hegseth" → "pete-hegseth"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _people(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Person.name).order_by(Person.name)))


def _places(db: Database) -> list[str]:
    with db.session() as session:
        query = select(Event.place).where(Event.place.is_not(None)).distinct()
        return sorted(p for p in session.scalars(query) if p)


def _by_slug(names: list[str], slug: str, what: str) -> str:
    for name in names:
        if slugify(name) == slug:
            return name
    raise HTTPException(404, f"no {what} {slug!r} in this calendar")


def _not_modified(request: Request, etag: str | None, modified: datetime) -> bool:
    """RFC 9110 13.1.2 / 13.1.3: If-None-Match (weak comparison) wins; only
    without it does If-Modified-Since count."""
    match = request.headers.get("if-none-match")
    if match is not None:
        if etag is None:
            return False
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return "*" in tags or etag in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            when = parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False  # an invalid date is ignored (RFC 9110 13.1.3)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return modified <= when
    return False


# ----------------------------------------------------------------- application


@dataclass
class Site:
    """Everything a request handler needs: the database and how links look."""

    db: Database
    base_url: str | None = None
    today: Callable[[], date] = date.today
    high_water: datetime = _EPOCH
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: (path, query, database version) → ETag: a revalidation of an unchanged
    #: feed is answered without building it again.
    etags: dict[tuple[Any, ...], str] = field(default_factory=dict)
    #: "people"/"places" → (database version, names): see names().
    listings: dict[str, tuple[tuple[Any, ...], list[str]]] = field(default_factory=dict)
    # asyncio binds a semaphore to the running loop on first use (Python 3.10+)
    builds: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(BUILDS_AT_ONCE))

    def state(self) -> tuple[datetime, tuple[Any, ...]]:
        """Last-Modified and the database version. Last-Modified is held
        monotonic: removing the newest source must not move it backwards."""
        version = database_version(self.db)
        with self.lock:  # handlers run in a thread pool
            self.high_water = max(self.high_water, _newest(version))
            return self.high_water, version

    def names(self, what: str, read: Callable[[Database], list[str]]) -> list[str]:
        """The people or places feeds are named for, read again only when the
        database changed: listing places reads every event."""
        _, version = self.state()
        with self.lock:
            known = self.listings.get(what)
            if known is not None and known[0] == version:
                return known[1]
        names = read(self.db)
        with self.lock:
            self.listings[what] = (version, names)
        return names

    def remember(self, key: tuple[Any, ...], etag: str) -> None:
        with self.lock:
            if len(self.etags) >= ETAG_CACHE_SIZE:
                self.etags.pop(next(iter(self.etags)))  # oldest first
            self.etags[key] = etag

    def base(self, request: Request) -> str:
        if self.base_url:
            return self.base_url.rstrip("/")
        return f"{request.url.scheme}://{request.url.netloc}"


def create_app(
    db: Database, *, base_url: str | None = None, today: Callable[[], date] = date.today
) -> Starlette:
    """The ASGI application over an (ideally read-only) database."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    site = Site(db, base_url, today)
    templates = Environment(
        loader=PackageLoader("schedule", "web/templates"),
        autoescape=select_autoescape(["html"], default=True),  # every value HTML-escaped
    )

    async def feed(request: Request, **fixed: str) -> Response:
        params = _Params(request, FEED_PARAMS)
        name = params.one("name") or _feed_name(fixed)
        where = feed_filter(params, **fixed)
        return await _conditional(
            request,
            site,
            lambda out: export_calendar(db, out, where, name=name, description=_describe(fixed)),
            ICS_TYPE,
        )

    async def calendar(request: Request) -> Response:
        return await feed(request)

    async def person_feed(request: Request) -> Response:
        people = await run_in_threadpool(site.names, "people", _people)
        name = _by_slug(people, request.path_params["slug"], "person")
        return await feed(request, person=name)

    async def place_feed(request: Request) -> Response:
        places = await run_in_threadpool(site.names, "places", _places)
        name = _by_slug(places, request.path_params["slug"], "place")
        return await feed(request, place=name)

    async def events_json(request: Request) -> Response:
        where = feed_filter(_Params(request, FILTER_PARAMS))
        return await _conditional(request, site, lambda out: write_json(db, where, out), JSON_TYPE)

    async def index(request: Request) -> Response:
        params = _Params(request, PAGE_PARAMS)
        as_of = params.day("as_of") or site.today()
        days = params.integer("days", 14, 1, 366)
        where = EventFilter(
            start=as_of,
            end=as_of + timedelta(days=days),
            person=params.one("person"),
            upcoming_only=True,
            place=params.one("place"),
            country=params.one("country"),
            kinds=params.many("kind"),
            statuses=params.many("status"),
        )
        async with site.builds:
            context = await run_in_threadpool(_page_context, site, request, where, as_of, days)
        return HTMLResponse(templates.get_template("index.html").render(context))

    async def usage_error(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(f"error: {exc}\n", status_code=400)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else None
        text = detail or f"not found: {request.url.path} (try / or /calendar.ics)"
        return PlainTextResponse(f"error: {text}\n", status_code=exc.status_code)

    static = StaticFiles(packages=[("schedule", "web/static")])
    return Starlette(
        routes=[
            Route("/", index),
            Route("/calendar.ics", calendar),
            Route("/events.json", events_json),
            Route("/people/{slug}.ics", person_feed),
            Route("/places/{slug}.ics", place_feed),
            Mount("/static", static, name="static"),
        ],
        exception_handlers={UsageError: usage_error, HTTPException: http_error},
    )


def _feed_name(fixed: dict[str, str]) -> str:
    if "person" in fixed:
        return f"{fixed['person']} — schedule"
    if "place" in fixed:
        return f"In {fixed['place']} — schedule"
    return "schedule"


def _describe(fixed: dict[str, str]) -> str | None:
    if "person" in fixed:
        return f"Official engagements of {fixed['person']}, extracted from news reports"
    if "place" in fixed:
        return f"Official engagements in {fixed['place']}, extracted from news reports"
    return None


async def _conditional(
    request: Request, site: Site, write: Callable[[Any], object], media_type: str
) -> Response:
    modified, version = await run_in_threadpool(site.state)
    headers = {
        "Last-Modified": format_datetime(modified, usegmt=True),
        "Cache-Control": "no-cache",  # always revalidate: a 304 is cheap
    }
    if request.headers.get("if-none-match") is None and _not_modified(request, None, modified):
        return Response(status_code=304, headers=headers)
    key = (request.url.path, request.url.query, version)
    known = site.etags.get(key)
    if known is not None and _not_modified(request, known, modified):
        return Response(status_code=304, headers={**headers, "ETag": known})
    async with site.builds:
        body = await run_in_threadpool(render, write)
    site.remember(key, body.etag)
    headers["ETag"] = body.etag
    if _not_modified(request, body.etag, modified):
        body.file.close()
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(body.size)
    if request.method == "HEAD":
        body.file.close()
        return Response(status_code=200, headers=headers, media_type=media_type)
    return StreamingResponse(body.chunks(), headers=headers, media_type=media_type)


# ----------------------------------------------------------------- the page


def _safe_link(url: str | None) -> str | None:
    """Only web links become href targets: a "javascript:" URL from a hostile page
    would survive HTML escaping."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _page_context(
    site: Site, request: Request, where: EventFilter, as_of: date, days: int
) -> dict[str, Any]:
    events = []
    for item in iter_events(site.db, where):
        if len(events) == PAGE_LIMIT:
            break
        events.append(_card(item, as_of))
    base = site.base(request)
    people = sorted({p["name"] for e in events for p in e["participants"]})
    places = sorted({e["place"] for e in events if e["place"]})
    # multi_items: repeated filters (kind=meeting&kind=visit) all reach the feed link
    filters = [(k, v) for k, v in request.query_params.multi_items() if k not in ("as_of", "days")]
    query = f"?{urlencode(filters)}" if filters else ""
    feeds = [
        _feed_links("All events" if not filters else "These filters", base, f"/calendar.ics{query}")
    ]
    feeds += [_feed_links(name, base, f"/people/{slugify(name)}.ics") for name in people]
    feeds += [_feed_links(f"In {name}", base, f"/places/{slugify(name)}.ics") for name in places]
    return {
        "as_of": as_of,
        "last_day": as_of + timedelta(days=days - 1),
        "days": [
            {"day": day, "events": list(group)}
            for day, group in groupby(
                sorted(events, key=lambda e: e["day"]), key=lambda e: e["day"]
            )
        ],
        "count": len(events),
        "limited": len(events) == PAGE_LIMIT,
        "feeds": feeds,
        "json_url": f"{base}/events.json{query}",
    }


def _feed_links(label: str, base: str, path: str) -> dict[str, str]:
    https = f"{base}{path}"
    return {"label": label, "https": https, "webcal": re.sub(r"^https?://", "webcal://", https)}


def _card(item: Event, as_of: date) -> dict[str, Any]:
    data = event_as_dict(item)
    data["day"] = max(item.start_date, as_of)  # a trip under way is listed today
    data["when"] = _when(item)
    quoted, data["more_sources"] = quoted_reports(item.mentions)
    data["source_list"] = [
        {
            "title": m.source.title or m.source.location,
            "url": _safe_link(m.source.url),
            "published": m.source.published,
            "sentence": m.sentence,
        }
        for m in quoted
    ]
    return data


def _when(item: Event) -> str:
    if item.start_time is not None and item.end_time is not None:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(item.timezone) if item.timezone else UTC
        start, end = item.start_time.astimezone(zone), item.end_time.astimezone(zone)
        return f"{start:%H:%M}–{end:%H:%M} {start.tzname()}"
    last = item.end_date - timedelta(days=1)
    if item.precision == "week":
        return f"week of {item.start_date:%-d %b}, day not known"
    if item.precision == "month":
        return f"{item.start_date:%B %Y}, day not known"
    if last > item.start_date:
        return f"{item.start_date:%-d %b} – {last:%-d %b}"
    return "all day"


def serve(
    db: str | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    base_url: str | None = None,
) -> None:
    """Serve the feeds until interrupted (uvicorn, one process)."""
    import uvicorn

    database = open_read_only(db)
    try:
        uvicorn.run(create_app(database, base_url=base_url), host=host, port=port, log_level="info")
    finally:
        database.close()
