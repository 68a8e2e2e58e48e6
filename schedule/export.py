"""iCalendar (RFC 5545) export, written event by event.

Each VEVENT is built with the ``icalendar`` package and written as soon as it
is ready, between a calendar header and footer, so a large export never holds
a whole calendar object in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import BinaryIO
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, vDuration, vGeo
from icalendar import Event as VEvent
from sqlalchemy import func, select

from schedule.models import Event
from schedule.queries import EventFilter, iter_events
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


def vevent(event: Event) -> VEvent:
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


def _approximate_hint(event: Event) -> str:
    if event.precision == "week":
        return f"week of {event.start_date:%-d %b}"
    if event.precision == "month":
        return f"{event.start_date:%B %Y}, day not known"
    return "date vague"


def _description(event: Event) -> str:
    lines = [f"{event.kind.capitalize()} — {event.status} ({event.precision} precision)"]
    if event.participants:
        who = ", ".join(
            f"{p.person.name} ({p.role})" if p.role else p.person.name for p in event.participants
        )
        lines.append(f"Participants: {who}")
    if event.trip is not None:
        lines.append(f"Part of: {event.trip.title}")
    for mention in event.mentions:
        source = mention.source
        origin = source.title or source.url or source.location
        lines.append(f"Source: {origin} (published {source.published})")
        if source.url:
            lines.append(source.url)
        lines.append(f"“{mention.sentence}”")
    return "\n".join(lines)


def write_ics(
    events: Iterable[Event],
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
        out.write(vevent(event).to_ical())
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
        tz_query = where.apply(
            select(Event.timezone)
            .distinct()
            .where(Event.start_time.is_not(None), Event.timezone.is_not(None))
        )
        timezones = [tz for tz in session.scalars(tz_query) if tz]
        span = None
        if timezones:
            lo, hi = session.execute(
                where.apply(select(func.min(Event.start_date), func.max(Event.end_date)))
            ).one()
            span = (lo, hi) if lo and hi else None
    return write_ics(
        iter_events(db, where),
        out,
        name=name,
        description=description,
        timezones=timezones,
        span=span,
        refresh=refresh,
    )
