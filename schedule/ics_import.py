"""Importing iCalendar files (RFC 5545): a published schedule or a colleague's
export becomes a source like an article, stored by the same path.

Each VEVENT becomes an :class:`~schedule.extraction.ExtractedEvent` carrying its
own UID and SEQUENCE, and :func:`~schedule.ingest.store_extracted` merges them
with stored events by the rules articles follow; the file's text is the
source, so importing the same file again changes nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component

from schedule.articles import Article, decode_text, read_input_bytes
from schedule.errors import ArticleError, ScheduleError
from schedule.export import X_PARTICIPANT, X_PRECISION, X_STATUS, X_TITLE
from schedule.extraction import ExtractedEvent, Kind, Participant, Precision, Status
from schedule.ingest import IngestResult, store_extracted
from schedule.places import Place, find_places, lookup, venue_city
from schedule.storage import Database

#: Published calendars are kilobytes to a few megabytes; larger is a mistake.
MAX_CALENDAR_BYTES = 64 * 1024 * 1024

#: RFC 5545 3.8.1.11 STATUS → our certainty, for calendars that are not ours.
_STATUS = {"CANCELLED": Status.CANCELLED, "TENTATIVE": Status.EXPECTED}


class CalendarImportError(ScheduleError):
    """An .ics file cannot be read or holds nothing importable."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass(slots=True)
class ImportResult:
    """What an import stored, and the components it had to leave out (and why)."""

    ingest: IngestResult
    skipped: list[str] = field(default_factory=list)


def import_calendar(db: Database, path: str | os.PathLike[str]) -> ImportResult:
    """Import one .ics file into ``db`` in one transaction; idempotent."""
    article, events, skipped = read_calendar(path)
    return ImportResult(store_extracted(db, article, events), skipped)


def read_calendar(path: str | os.PathLike[str]) -> tuple[Article, list[ExtractedEvent], list[str]]:
    """Read an .ics file: the source, its events, and what was skipped."""
    source = os.fspath(path)
    try:
        data = read_input_bytes(path, limit=MAX_CALENDAR_BYTES, what=".ics file")
    except ArticleError as exc:
        raise CalendarImportError(source, exc.problem) from exc
    return calendar_from_text(decode_text(data, source), source)


def calendar_from_text(text: str, source: str) -> tuple[Article, list[ExtractedEvent], list[str]]:
    """Parse iCalendar text into a source and events (no database work)."""
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarImportError(source, "not an iCalendar file (no BEGIN:VCALENDAR)")
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise CalendarImportError(source, f"not valid iCalendar: {exc}") from exc
    # Sentence offsets of provenance: where each VEVENT starts in the file.
    offsets = iter(m.start() for m in re.finditer(r"^BEGIN:VEVENT", text, re.I | re.M))
    events: list[ExtractedEvent] = []
    skipped: list[str] = []
    parents: dict[str, str] = {}  # child UID → parent UID (RELATED-TO)
    stamps: list[datetime] = []
    title = None
    default_zone = None
    for calendar in calendars:
        title = title or _text(calendar.get("x-wr-calname"))
        default_zone = default_zone or _zone(_text(calendar.get("x-wr-timezone")))
        for component in calendar.walk("VEVENT"):
            offset = next(offsets, len(events))
            for name in ("dtstamp", "last-modified"):
                stamp = _decoded(component, name)
                if isinstance(stamp, datetime):
                    stamps.append(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC))
            try:
                event = _event(component, offset, default_zone)
            except _Skip as why:
                skipped.append(f"{_text(component.get('uid')) or 'event'}: {why}")
                continue
            events.append(event)
            parent = _parent_uid(component)
            if parent and event.uid:
                parents[event.uid] = parent
    if not events:
        reason = f" ({'; '.join(skipped)})" if skipped else ""
        raise CalendarImportError(source, f"no importable events{reason}")
    if not stamps:
        raise CalendarImportError(
            source, "no DTSTAMP or LAST-MODIFIED: cannot tell when it was published"
        )
    by_uid = {e.uid: e for e in events if e.uid}
    for event in events:
        parent_uid = parents.get(event.uid or "")
        if parent_uid in by_uid and parent_uid != event.uid:
            event.trip = by_uid[parent_uid]
    article = Article(
        source=source,
        text=text,
        published=max(stamps),
        title=title or Path(source).name,
    )
    return article, events, skipped


class _Skip(Exception):
    """A component we cannot represent: reported, not imported."""


def _event(component: Component, offset: int, default_zone: str | None) -> ExtractedEvent:
    if "rrule" in component or "recurrence-id" in component:
        raise _Skip("recurring events are not supported")
    start = _decoded(component, "dtstart")
    if not isinstance(start, date):
        raise _Skip("no DTSTART")
    summary = _text(component.get("summary")) or "Untitled event"
    title = _text(component.get(X_TITLE)) or summary
    location = _text(component.get("location"))
    place = _place(location)
    zone_name = _tzid(component)
    if isinstance(start, datetime):
        if start.tzinfo is None:
            # Floating time (RFC 5545 3.3.5 form #1): local wherever the event is.
            floating = zone_name or (place.timezone if place else None) or default_zone
            if floating is None:
                raise _Skip("floating time and no place or X-WR-TIMEZONE to anchor it")
            zone_name = floating
            start = start.replace(tzinfo=ZoneInfo(floating))
        end = _end(component, start)
        if not isinstance(end, datetime):
            raise _Skip("DTSTART is a date-time but DTEND is a date (RFC 5545 3.8.2.2)")
        if end.tzinfo is None:
            end = end.replace(tzinfo=start.tzinfo)
        if zone_name is None and place is not None:
            zone_name = place.timezone
        if zone_name is not None:
            # the event's own calendar day: 02:00 UTC is still the evening before in Washington
            start, end = start.astimezone(_tz(zone_name)), end.astimezone(_tz(zone_name))
        precision = Precision.TIME
        value = start.astimezone(_tz(zone_name)).strftime("%Y-%m-%dT%H:%M")
    else:
        end = _end(component, start)
        if isinstance(end, datetime):
            end = end.date()
        end = max(end, start + timedelta(days=1))
        zone_name = place.timezone if place else default_zone
        precision = Precision.DAY
        value = start.isoformat()
    precision = _enum(Precision, component.get(X_PRECISION)) or precision
    if precision is Precision.WEEK:
        year, week, _ = start.isocalendar()
        value = f"{year}-W{week:02d}"
    elif precision is Precision.MONTH:
        value = f"{start:%Y-%m}"
    status = _enum(Status, component.get(X_STATUS)) or _STATUS.get(
        (_text(component.get("status")) or "").upper(), Status.SCHEDULED
    )
    uid = _text(component.get("uid"))
    return ExtractedEvent(
        title=title,
        kind=_kind(component, summary),
        status=status,
        start=start,
        end=end,
        precision=precision,
        participants=_participants(component),
        sentence=summary,
        phrase=_phrase(component),
        timex_value=value,
        sentence_start=offset,
        trigger="",
        location=location,
        place=place,
        timezone=zone_name,
        uid=uid if uid and len(uid) <= 100 else None,  # events.uid is VARCHAR(100)
        revision=_sequence(component),
    )


def _decoded(component: Component, name: str) -> Any:
    if name not in component:
        return None
    try:
        return component.decoded(name)
    except (ValueError, KeyError):
        return None


def _end(component: Component, start: date) -> date:
    """DTEND, or DTSTART + DURATION, or (RFC 5545 3.6.1) the start itself for
    a date-time and the next day for a date."""
    end = _decoded(component, "dtend")
    if isinstance(end, date):
        return end
    duration = _decoded(component, "duration")
    if isinstance(duration, timedelta):
        return start + duration
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _tzid(component: Component) -> str | None:
    prop = component.get("dtstart")
    tzid = getattr(prop, "params", {}).get("TZID")
    return _zone(str(tzid)) if tzid else None


def _zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _tz(name: str | None) -> tzinfo:
    return ZoneInfo(name) if name else UTC


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    text = str(value).strip()
    return text or None


def _enum(kind: type[Any], value: Any) -> Any:
    text = (_text(value) or "").lower()
    return kind(text) if text in {m.value for m in kind} else None


def _kind(component: Component, summary: str) -> Kind:
    """CATEGORIES when one names a kind (our export writes it there), else the
    event-trigger lexicon articles use, applied to the summary."""
    from schedule.extraction import _triggers

    categories = component.get("categories")
    for prop in categories if isinstance(categories, list) else [categories]:
        for category in getattr(prop, "cats", []):
            kind = _enum(Kind, category)
            if kind is not None:
                return kind
    triggers = _triggers(summary, 0)
    return triggers[0].kind if triggers else Kind.OTHER


def _participants(component: Component) -> list[Participant]:
    """Our X-SCHEDULE-PARTICIPANT lines, else the common names (CN) of
    ORGANIZER and ATTENDEE (RFC 5545 3.2.2)."""
    found: list[Participant] = []
    for prop in _all(component, X_PARTICIPANT):
        name = _text(prop)
        if name:
            found.append(Participant(name, prop.params.get("X-ROLE") or None))
    if not found:
        for prop in _all(component, "organizer") + _all(component, "attendee"):
            name = _text(prop.params.get("CN"))
            if name and all(p.name != name for p in found):
                found.append(Participant(name))
    return found


def _all(component: Component, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _place(location: str | None) -> Place | None:
    """The city a LOCATION names: the last gazetteer place ("Oval Office,
    Washington" → Washington), else a well-known venue's city."""
    if not location:
        return None
    mentions = find_places(location)
    if mentions:
        return mentions[-1].place
    return venue_city(location) or lookup(location)


def _parent_uid(component: Component) -> str | None:
    """RELATED-TO with RELTYPE=PARENT, the default type (RFC 5545 3.2.15)."""
    for prop in _all(component, "related-to"):
        if str(prop.params.get("RELTYPE", "PARENT")).upper() == "PARENT":
            return _text(prop)
    return None


def _phrase(component: Component) -> str:
    """The DTSTART value as written: the "temporal phrase" of this source."""
    prop = component.get("dtstart")
    return str(prop.to_ical().decode())[:200] if hasattr(prop, "to_ical") else ""  # VARCHAR(200)


def _sequence(component: Component) -> int:
    try:
        return max(0, int(component.get("sequence", 0)))
    except (TypeError, ValueError):
        return 0
