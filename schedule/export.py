"""iCalendar (RFC 5545) export, written event by event.

Each VEVENT is written as soon as it is ready, between a calendar header and
footer (both built with the ``icalendar`` package), so a large export never
holds a whole calendar object in memory.

:func:`vevent` builds an event as an ``icalendar`` component: the reference.
:func:`vevent_ical` writes the very same bytes directly — ``icalendar``'s
per-property type inference and its character-by-character line folding cost
~250 µs an event (bench/export.py), six times the 40 µs an event a 4-second
export of 100,000 events allows — and
hands the properties it has no fast path for (zoned times, GEO, parameters)
to ``icalendar`` itself. tests/test_export.py checks the two agree byte for byte.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from icalendar import Calendar, Parameters, Timezone, vDuration, vGeo
from icalendar import Event as VEvent
from sqlalchemy import func, select

from schedule.models import Event
from schedule.queries import (
    EventFilter,
    EventLike,
    Load,
    iter_events,
    max_span,
    quoted_reports,
)
from schedule.storage import Database

PRODID = "-//schedule-tracker//schedule//EN"

#: Precisions shown in the summary, since a calendar app shows only a day.
_APPROXIMATE = frozenset({"week", "month", "vague"})

#: RFC 5545 3.8.1.11 STATUS from our certainty.
_STATUS = {
    "scheduled": "CONFIRMED",
    "expected": "TENTATIVE",
    "held": "CONFIRMED",
    "reported": "CONFIRMED",
    "cancelled": "CANCELLED",
    "postponed": "TENTATIVE",  # moved to a new date, which is less certain
}


#: How often subscribers should poll a feed (RFC 7986 5.7 REFRESH-INTERVAL, and
#: X-PUBLISHED-TTL, its older equivalent that Outlook and Apple Calendar read).
REFRESH = timedelta(hours=1)

DEFAULT_DESCRIPTION = "Official engagements extracted from news reports by schedule"

#: Our own properties (RFC 5545 3.8.8.2 non-standard properties): what STATUS,
#: CATEGORIES and DESCRIPTION cannot carry without loss, so an import of our own
#: export gives back the same events. Other consumers ignore them.
X_STATUS = "X-SCHEDULE-STATUS"
X_PRECISION = "X-SCHEDULE-PRECISION"
X_PARTICIPANT = "X-SCHEDULE-PARTICIPANT"  # one per person, role in X-ROLE
X_TITLE = "X-SCHEDULE-TITLE"  # the summary without the approximate-date hint


def calendar_header(
    name: str, description: str | None = None, refresh: timedelta = REFRESH
) -> bytes:
    """Everything before the first component of a VCALENDAR."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", description or DEFAULT_DESCRIPTION)
    # RFC 7986 5.7: the value type must be given explicitly (VALUE=DURATION).
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh))  # an x-name is text unless told
    body = calendar.to_ical()
    footer = b"END:VCALENDAR\r\n"
    assert body.endswith(footer)
    return body[: -len(footer)]


def timezone_component(tzid: str, first: date, last: date) -> bytes:
    """A VTIMEZONE for a TZID used by timed events (RFC 5545 3.6.5)."""
    return bytes(Timezone.from_tzid(tzid, first_date=first, last_date=last).to_ical())


def vevent(event: EventLike) -> VEvent:
    """The event as an ``icalendar`` component (the reference :func:`vevent_ical` follows)."""
    component = VEvent()
    component.add("uid", event.uid)
    # DTSTAMP from the stored update time: the same database gives the same bytes.
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("sequence", event.revision)
    summary = event.title
    if event.precision in _APPROXIMATE:
        # A calendar shows a week-long all-day bar as if every day were known.
        summary = f"{summary} ({_approximate_hint(event)})"
        component.add(X_TITLE, event.title)
    component.add("summary", summary)
    if event.start_time is not None and event.end_time is not None and event.timezone:
        zone = ZoneInfo(event.timezone)
        component.add("dtstart", event.start_time.astimezone(zone))
        component.add("dtend", event.end_time.astimezone(zone))
    elif event.start_time is not None and event.end_time is not None:
        component.add("dtstart", event.start_time)  # UTC, never floating
        component.add("dtend", event.end_time)
    else:
        # All-day: VALUE=DATE with an exclusive DTEND (RFC 5545 3.6.1).
        component.add("dtstart", event.start_date)
        component.add("dtend", max(event.end_date, event.start_date + timedelta(days=1)))
        component.add("transp", "TRANSPARENT")
    component.add("status", _STATUS.get(event.status, "TENTATIVE"))
    component.add(X_STATUS, event.status)
    component.add(X_PRECISION, event.precision)
    component.add("categories", [event.kind.upper()])
    # Not ATTENDEE: RFC 5546 3.2.1 forbids it in a METHOD:PUBLISH calendar, and
    # these people are not invitees with calendar addresses.
    for participation in event.participants:
        parameters = {"X-ROLE": participation.role} if participation.role else {}
        component.add(X_PARTICIPANT, participation.person.name, parameters=parameters)
    if event.location:
        component.add("location", event.location)
    if event.latitude is not None and event.longitude is not None:
        component.add("geo", vGeo((event.latitude, event.longitude)))
    component.add("description", _description(event))
    urls = [m.source.url for m in event.mentions if m.source.url]
    if urls:
        component.add("url", urls[0])
    if event.trip is not None:
        component.add("related-to", event.trip.uid, parameters={"RELTYPE": "PARENT"})
    return component


def _approximate_hint(event: EventLike) -> str:
    if event.precision == "week":
        return f"week of {event.start_date:%-d %b}"
    if event.precision == "month":
        return f"{event.start_date:%B %Y}, day not known"
    return "date vague"


def _description(event: EventLike) -> str:
    lines = [f"{event.kind.capitalize()} — {event.status} ({event.precision} precision)"]
    if event.participants:
        who = ", ".join(
            f"{p.person.name} ({p.role})" if p.role else p.person.name for p in event.participants
        )
        lines.append(f"Participants: {who}")
    if event.trip is not None:
        lines.append(f"Part of: {event.trip.title}")
    shown, left_out = quoted_reports(event.mentions)
    for mention in shown:
        source = mention.source
        origin = source.title or source.url or source.location
        lines.append(f"Source: {origin} (published {source.published})")
        if source.url:
            lines.append(source.url)
        lines.append(f"“{mention.sentence}”")
    if left_out:
        lines.append(f"… and {left_out} more reports (schedule show {event.uid})")
    return "\n".join(lines)


# ----------------------------------------------------------------- fast path


def _text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping, in icalendar's order (``vText.to_ical``)."""
    if not ("\\" in value or ";" in value or "," in value or "\n" in value or "\r" in value):
        return value  # nothing to escape: most names, places, UIDs
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def _raw(value: str) -> str:
    """An UNKNOWN (x-name) value as icalendar writes it: unchanged."""
    if "\n" in value or "\r" in value:
        raise ValueError(f"line break in a property value: {value!r}")
    return value


def _utc(moment: datetime) -> str:
    """A UTC DATE-TIME (RFC 5545 3.3.5 form 2); seconds, no fractions."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return (
        f"{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"
    )


def _date(day: date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def _fold(line: str) -> str:
    """RFC 5545 3.1 folding exactly as icalendar does it: pieces of at most
    74 octets, never splitting a UTF-8 character, and a trailing backslash or
    caret (an escape) moved to the next piece."""
    if len(line) <= 74 and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= 74:
        return line
    pieces = []
    start, size = 0, len(data)
    while size - start > 74:
        cut = start + 74
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            cut -= 1
        if data[cut - 1] in b"\\^":
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def _reference_lines(*properties: tuple[str, Any, dict[str, str] | None]) -> list[str]:
    """Unfolded content lines for properties built by ``icalendar`` itself."""
    component = VEvent()
    for name, value, parameters in properties:
        component.add(name, value, parameters=parameters)
    return [
        str(component.content_line(name, value))
        for name, value in component.property_items(recursive=False)
        if name not in ("BEGIN", "END")
    ]


@functools.lru_cache(maxsize=4096)
def _role_parameter(role: str) -> str:
    """``X-ROLE=...`` quoted as icalendar quotes it; roles repeat ("Foreign
    Minister"), and building its Parameters object per participant cost the
    export more than the rest of the line."""
    return Parameters({"X-ROLE": role}).to_ical().decode("utf-8")


def vevent_ical(event: EventLike) -> bytes:
    """``vevent(event).to_ical()``, written directly (see the module docstring).

    Properties in icalendar's order: BEGIN, the VEVENT canonical order
    (SUMMARY, DTSTART, DTEND, DTSTAMP, UID, SEQUENCE), then the rest by name.
    """
    updated = _utc(event.updated_at)
    summary = event.title
    approximate = event.precision in _APPROXIMATE
    if approximate:
        summary = f"{summary} ({_approximate_hint(event)})"
    lines = ["BEGIN:VEVENT", _fold(f"SUMMARY:{_text(summary)}")]
    timed = event.start_time is not None and event.end_time is not None
    if timed and event.timezone:
        zone = ZoneInfo(event.timezone)
        lines += map(
            _fold,
            _reference_lines(
                ("dtstart", event.start_time.astimezone(zone), None),  # type: ignore[union-attr]
                ("dtend", event.end_time.astimezone(zone), None),  # type: ignore[union-attr]
            ),
        )
    elif timed:
        lines.append(f"DTSTART:{_utc(event.start_time)}")  # type: ignore[arg-type]
        lines.append(f"DTEND:{_utc(event.end_time)}")  # type: ignore[arg-type]
    else:
        end = max(event.end_date, event.start_date + timedelta(days=1))
        lines.append(f"DTSTART;VALUE=DATE:{_date(event.start_date)}")
        lines.append(f"DTEND;VALUE=DATE:{_date(end)}")
    lines.append(f"DTSTAMP:{updated}")
    lines.append(_fold(f"UID:{_text(event.uid)}"))
    lines.append(f"SEQUENCE:{event.revision}")
    lines.append(f"CATEGORIES:{_text(event.kind.upper())}")
    lines.append(f"CREATED:{_utc(event.created_at)}")
    lines.append(_fold(f"DESCRIPTION:{_text(_description(event))}"))
    if event.latitude is not None and event.longitude is not None:
        # vGeo.to_ical: the two floats' repr, ";" between (RFC 5545 3.8.1.6)
        lines.append(f"GEO:{float(event.latitude)};{float(event.longitude)}")
    lines.append(f"LAST-MODIFIED:{updated}")
    if event.location:
        lines.append(_fold(f"LOCATION:{_text(event.location)}"))
    if event.trip is not None:
        lines.append(_fold(f"RELATED-TO;RELTYPE=PARENT:{_text(event.trip.uid)}"))
    lines.append(f"STATUS:{_STATUS.get(event.status, 'TENTATIVE')}")
    if not timed:
        lines.append("TRANSP:TRANSPARENT")
    urls = [m.source.url for m in event.mentions if m.source.url]
    if urls:
        lines.append(_fold(f"URL:{urls[0]}"))  # a URI: not TEXT-escaped (RFC 5545 3.3.13)
    # Our X- properties are icalendar's UNKNOWN type (RFC 7265): written as
    # given, without TEXT escaping; a line break in one is refused by icalendar.
    for participation in event.participants:
        name = _raw(participation.person.name)
        if participation.role:
            parameters = _role_parameter(participation.role)
            lines.append(_fold(f"{X_PARTICIPANT};{parameters}:{name}"))
        else:
            lines.append(_fold(f"{X_PARTICIPANT}:{name}"))
    lines.append(f"{X_PRECISION}:{_raw(event.precision)}")
    lines.append(f"{X_STATUS}:{_raw(event.status)}")
    if approximate:
        lines.append(_fold(f"{X_TITLE}:{_raw(event.title)}"))
    lines.append("END:VEVENT")
    lines.append("")  # the CRLF after END:VEVENT
    # Only lines holding free text can reach 75 octets and are folded; the
    # others (dates, enumerated values) are short by construction.
    return "\r\n".join(lines).encode("utf-8")


def write_ics(
    events: Iterable[EventLike],
    out: BinaryIO,
    *,
    name: str = "schedule",
    description: str | None = None,
    timezones: Iterable[str] = (),
    span: tuple[date, date] | None = None,
    refresh: timedelta = REFRESH,
) -> int:
    """Write a VCALENDAR to ``out``; returns the number of events written.

    Streams: one VEVENT is serialised and written at a time.
    """
    out.write(calendar_header(name, description, refresh))
    first, last = span or (date(1970, 1, 1), date(2038, 1, 1))
    for tzid in sorted(set(timezones)):
        out.write(timezone_component(tzid, first - timedelta(days=366), last + timedelta(days=366)))
    count = 0
    for event in events:
        out.write(vevent_ical(event))
        count += 1
    out.write(b"END:VCALENDAR\r\n")
    return count


def export_calendar(
    db: Database,
    out: BinaryIO,
    where: EventFilter | None = None,
    *,
    name: str = "schedule",
    description: str | None = None,
    refresh: timedelta = REFRESH,
) -> int:
    """Export the events ``where`` selects as one calendar."""
    where = where or EventFilter()
    with db.session() as session:
        span_bound = max_span(session)
        tz_query = where.apply(
            select(Event.timezone)
            .distinct()
            .where(Event.start_time.is_not(None), Event.timezone.is_not(None)),
            span_bound,
        )
        timezones = [tz for tz in session.scalars(tz_query) if tz]
        span = None
        if timezones:
            lo, hi = session.execute(
                where.apply(
                    select(func.min(Event.start_date), func.max(Event.end_date)), span_bound
                )
            ).one()
            span = (lo, hi) if lo and hi else None
    return write_ics(
        iter_events(db, where, load=Load.FEED),
        out,
        name=name,
        description=description,
        timezones=timezones,
        span=span,
        refresh=refresh,
    )
