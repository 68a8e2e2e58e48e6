"""One event per engagement: how a new report joins what is already stored.

The matching rule (documented in the README, "One event per engagement"):

* candidates are stored events of the **same kind** whose dates overlap the
  report's, or, for two day-or-time-precise dates, lie at most
  :data:`DISPUTE_WINDOW_DAYS` apart (two sources disagreeing on the day);
* **participants**: one list must hold the other (a later report naming one
  more participant) or their Jaccard overlap ``|A∩B| / |A∪B|`` must reach
  :data:`MIN_PARTICIPANT_JACCARD` — so Trump–Starmer and Trump–Macron on one
  day stay two meetings; when neither side names anyone, the places must be
  equal instead;
* **place**: two different known cities veto the match; equal places add to
  the score, an unknown place is neutral;
* **score** = participant overlap + 0.5 × same place + (1 for overlapping
  dates, 0.5 for a disputed date); the best-scoring candidate wins.

What the report then changes: a finer precision refines the dates (week →
day → time); a different day at the same precision marks the event
*disputed* and the newest publication's date is shown; a new status
(cancelled, postponed, held, scheduled) from a report at least as new as the
last one updates it. Every change increments the revision (iCalendar
SEQUENCE) and is recorded in ``event_revisions``; every report is kept as a
mention with what it said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from schedule.articles import published_instant
from schedule.extraction import ExtractedEvent, Kind, Participant, Precision
from schedule.models import Event, Participation, Person, PersonAlias, Revision, Source, utcnow
from schedule.places import lookup

MIN_PARTICIPANT_JACCARD = 0.5
DISPUTE_WINDOW_DAYS = 3

_PRECISION_RANK = {
    p: i
    for i, p in enumerate(
        [Precision.VAGUE, Precision.MONTH, Precision.WEEK, Precision.DAY, Precision.TIME]
    )
}
#: Statuses a later report may set; "reported" belongs to statements only.
_UPDATABLE_STATUSES = frozenset({"scheduled", "expected", "held", "cancelled", "postponed"})


@dataclass(frozen=True, slots=True)
class Match:
    event: Event
    score: float
    disputed: bool


def local_dates(start: date | datetime, end: date | datetime) -> tuple[date, date]:
    """Calendar days an interval touches, end exclusive (the indexed window columns)."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        touches_end_day = end.time() != time(0) or end.date() == start.date()
        return start.date(), end.date() + timedelta(days=1) if touches_end_day else end.date()
    return _as_date(start), _as_date(end)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def find_match(session: Session, item: ExtractedEvent) -> Match | None:
    """The stored event this report is about, scored as the module doc says."""
    if item.uid:
        same_uid = session.scalar(select(Event).where(Event.uid == item.uid))
        if same_uid is not None:
            return Match(same_uid, 99.0, disputed=False)
    if item.kind is Kind.STATEMENT:
        return None  # two statements on one day are two statements
    # a postponed engagement is found where it was, then moved
    start, end = local_dates(*(item.original or (item.start, item.end)))
    window = timedelta(days=DISPUTE_WINDOW_DAYS)
    candidates = session.scalars(
        select(Event).where(
            Event.kind == item.kind.value,
            Event.start_date < end + window,
            Event.end_date > start - window,
        )
    ).all()
    best: Match | None = None
    for event in candidates:
        scored = _score(event, item, start, end)
        if scored is not None and (best is None or scored.score > best.score):
            best = scored
    return best


def _score(event: Event, item: ExtractedEvent, start: date, end: date) -> Match | None:
    overlap = event.start_date < end and event.end_date > start
    precise = {Precision.DAY, Precision.TIME}
    disputed = not overlap and Precision(event.precision) in precise and item.precision in precise
    if not overlap and not disputed:
        return None
    if item.place and event.place and event.place != item.place.name:
        stored_place = lookup(event.place)
        in_country = (item.place.is_country or (stored_place and stored_place.is_country)) and (
            event.country_code == item.place.country_code
        )
        if not in_country:
            return None  # two different cities: two engagements
    same_place = bool(item.place and event.place == item.place.name)
    stored = {p.person.name for p in event.participants}
    reported = {p.name for p in item.participants}
    if stored and reported:
        shared = len(_same_people(stored, reported))
        contained = shared == min(len(stored), len(reported))
        people = shared / (len(stored) + len(reported) - shared)
        if not contained and people < MIN_PARTICIPANT_JACCARD:
            return None
    elif not stored and not reported and same_place:
        people = 0.5
    else:
        return None
    score = people + 0.5 * same_place + (1.0 if overlap else 0.5)
    return Match(event, score, disputed)


def _same_people(stored: set[str], reported: set[str]) -> set[str]:
    """Reported names also stored, counting a bare surname ("Healey") as its full name."""
    common = stored & reported
    for name in reported - stored:
        surname = name.split()[-1]
        if any(s == surname or (" " not in name and s.split()[-1] == name) for s in stored):
            common.add(name)
    return common


def merge_report(
    session: Session, match: Match, item: ExtractedEvent, source: Source
) -> str | None:
    """Apply a report to its stored event; returns the change made, if any."""
    event = match.event
    change: str | None = None
    if item.original is not None:
        apply_dates(event, item)
        change = "postponed"
    elif match.disputed:
        event.disputed = True
        if _is_newest(event, source):
            apply_dates(event, item)
        change = "disputed"
    elif _PRECISION_RANK[item.precision] > _PRECISION_RANK[Precision(event.precision)]:
        apply_dates(event, item)
        change = "refined"
    if (
        item.status.value != event.status
        and item.status.value in _UPDATABLE_STATUSES
        and _is_newest(event, source)
    ):
        event.status = item.status.value
        change = change or "status"
    if item.place and not event.place:
        apply_place(event, item)
        change = change or "refined"
    if change:
        event.revision += 1
        event.updated_at = utcnow()
        record_revision(event, change, source)
    return change


def _is_newest(event: Event, source: Source) -> bool:
    """Whether ``source`` is at least as recent as every source already on the event."""
    mine = published_instant(source.published, source.timezone)
    return all(
        mine >= published_instant(m.source.published, m.source.timezone)
        for m in event.mentions
        if m.source is not source
    )


def new_event(item: ExtractedEvent, uid: str) -> Event:
    event = Event(uid=uid, revision=item.revision, disputed=False)
    event.title = item.title
    event.kind = item.kind.value
    event.status = item.status.value
    apply_dates(event, item)
    apply_place(event, item)
    event.updated_at = utcnow()
    return event


def apply_dates(event: Event, item: ExtractedEvent) -> None:
    event.precision = item.precision.value
    event.start_date, event.end_date = local_dates(item.start, item.end)
    if isinstance(item.start, datetime) and isinstance(item.end, datetime):
        event.start_time, event.end_time = item.start, item.end
    else:
        event.start_time = event.end_time = None
    if item.title and (item.place or not event.place):
        event.title = item.title


def apply_place(event: Event, item: ExtractedEvent) -> None:
    place = item.place
    event.location = item.location
    event.place = place.name if place else None
    event.country_code = place.country_code if place else None
    event.latitude = place.latitude if place else None
    event.longitude = place.longitude if place else None
    event.timezone = item.timezone


def record_revision(event: Event, change: str, source: Source | None) -> None:
    start = event.start_time or event.start_date
    end = event.end_time or event.end_date
    event.revisions.append(
        Revision(
            revision=event.revision,
            source=source,
            change=change,
            start=start.isoformat(),
            end=end.isoformat(),
            precision=event.precision,
            status=event.status,
        )
    )


def resolve_person(session: Session, participant: Participant, cache: dict[str, Person]) -> Person:
    """The stored person a report names, creating them on first sight.

    A bare surname ("Healey", from an article that only says "Mr Healey") is
    the known person of that surname or alias, if exactly one exists.
    """
    name = participant.name
    if name in cache:
        return cache[name]
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        person = _by_alias(session, name, participant.aliases)
    if person is None:
        person = Person(name=name, role=participant.role)
        session.add(person)
    elif participant.role and not person.role:
        person.role = participant.role
    known = {a.alias for a in person.aliases} | {person.name}
    for alias in {name, *participant.aliases} - known:
        person.aliases.append(PersonAlias(alias=alias))
    cache[name] = person
    return person


def _by_alias(session: Session, name: str, aliases: tuple[str, ...]) -> Person | None:
    names = {name, *aliases}
    by_alias = session.scalars(
        select(Person).join(PersonAlias).where(PersonAlias.alias.in_(names)).distinct()
    ).all()
    if len(by_alias) == 1:
        return by_alias[0]
    if " " in name:
        # a full name for someone so far known only by surname ("Mr Macron")
        surname_only = session.scalars(select(Person).where(Person.name == name.split()[-1])).all()
        if len(surname_only) == 1:
            person = surname_only[0]
            person.aliases.append(PersonAlias(alias=person.name))
            person.name = name
            return person
        return None
    by_surname = session.scalars(select(Person).where(Person.name.like(f"% {name}"))).all()
    return by_surname[0] if len(by_surname) == 1 else None


def add_participants(
    session: Session, event: Event, item: ExtractedEvent, cache: dict[str, Person]
) -> None:
    present = {p.person.id for p in event.participants if p.person.id is not None}
    present_objects = {id(p.person) for p in event.participants}
    for participant in item.participants:
        person = resolve_person(session, participant, cache)
        if (person.id is not None and person.id in present) or id(person) in present_objects:
            continue
        event.participants.append(
            Participation(person=person, role=participant.role, position=len(event.participants))
        )
        present_objects.add(id(person))
