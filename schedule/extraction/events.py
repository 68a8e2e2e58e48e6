"""The values extraction produces: kinds, statuses, precisions, participants
and :class:`ExtractedEvent`, plus the one place an event's derived fields
(location and title) are computed, so every stage that changes a place, a
venue or a participant ends by calling :func:`_finish`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from schedule.places import (
    Place,
)
from schedule.resolution import Granularity


class Kind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    RECEPTION = "reception"
    CALL = "call"
    SPEECH = "speech"
    SIGNING = "signing"
    STATEMENT = "statement"
    OTHER = "other"


class Status(StrEnum):
    """How certain an engagement is, as the language of the report says."""

    SCHEDULED = "scheduled"
    EXPECTED = "expected"
    HELD = "held"
    REPORTED = "reported"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class Precision(StrEnum):
    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    VAGUE = "vague"


#: Granularities precise enough to be a calendar entry, and how they are shown.
_GRANULARITY: dict[Precision, Granularity] = {}  # filled below from _PRECISION


_PRECISION = {
    Granularity.TIME: Precision.TIME,
    Granularity.DAY: Precision.DAY,
    Granularity.WEEK: Precision.WEEK,
    Granularity.MONTH: Precision.MONTH,
}


_GRANULARITY.update({precision: granularity for granularity, precision in _PRECISION.items()})


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()  # how this article also named them ("Mr Healey")


@dataclass(slots=True)
class ExtractedEvent:
    """One engagement as one article reports it, with its provenance."""

    title: str
    kind: Kind
    status: Status
    start: date | datetime
    end: date | datetime
    precision: Precision
    participants: list[Participant]
    sentence: str
    phrase: str
    timex_value: str
    sentence_start: int
    trigger: str
    location: str | None = None
    place: Place | None = None
    venue: str | None = None
    timezone: str | None = None
    bilateral: bool = False
    name: str | None = (
        None  # the engagement's own name: "Nato summit", "Munich Security Conference"
    )
    trip: ExtractedEvent | None = None  # the visit this engagement is part of
    uid: str | None = None  # set when the input already names the event (an .ics import)
    original: tuple[date | datetime, date | datetime] | None = None  # before a postponement
    trigger_start: int = -1  # offset of the trigger word in the text
    revision: int = 0

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _short_name(participant: Participant) -> str:
    """The name an article uses on second mention: "Xi" (from "Mr Xi"), else the surname."""
    for alias in participant.aliases:
        words = alias.split()
        if len(words) == 2 and words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return words[1]
    return participant.name.split()[-1]


def _finish(event: ExtractedEvent) -> None:
    """Derive location and title once place, venue and people are final."""
    city = event.place
    if event.venue and city and not city.is_country:
        event.location = f"{event.venue}, {city.name}"
    elif event.venue:
        event.location = event.venue
    elif city:
        event.location = city.name
    event.timezone = city.timezone if city else event.timezone
    if event.kind is Kind.OTHER and event.title:
        return
    who = "–".join(_short_name(p) for p in event.participants[:3]) or None
    where = city.name if city else event.venue
    if event.kind is Kind.VISIT:
        noun = "visit" if event.trigger.lower().startswith("visit") else "trip"
        base = f"{who} {noun}" if who else noun.capitalize()
        event.title = f"{base} to {where}" if where else base
        return
    label = {
        Kind.MEETING: "bilateral meeting" if event.bilateral else "meeting",
        Kind.STATEMENT: "statement",
    }.get(event.kind, event.kind.value)
    if event.trigger.lower() in _NOUN_LABELS:
        label = event.trigger.lower()
    base = f"{who} {label}" if who else label.capitalize()
    if event.name:
        base = event.name
    event.title = f"{base}, {where}" if where and event.kind is not Kind.STATEMENT else base


#: Trigger words that name their engagement better than its kind does.
_NOUN_LABELS = frozenset(
    {"talks", "press conference", "news conference", "dinner", "state dinner", "banquet"}
    | {"ceremony", "gala", "lecture", "phone call", "video call", "parade", "commemoration"}
)
