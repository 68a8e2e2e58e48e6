"""One event per engagement: how a new report joins what is already stored.

The matching rule (documented in the README, "One event per engagement"):

* candidates are stored events of the **same kind** whose dates overlap the
  report's, or, for two day-or-time-precise dates, lie at most
  :data:`DISPUTE_WINDOW_DAYS` apart (two sources disagreeing on the day);
  a meeting and a summit (one outlet's "talks" are another's "summit") are
  one engagement only with the very same people on overlapping dates, so a
  bilateral on the sidelines of a summit stays apart from the summit;
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
last one updates it; a more precise place (a city in the stored country, a
venue in the stored city) refines it. Every change increments the revision
(iCalendar SEQUENCE) and is recorded in ``event_revisions``; every report is
kept as a mention with what it said, so that the state can be recomputed
when a source is forgotten (:func:`recompute_from_mentions`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, String, and_, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from schedule.articles import published_instant
from schedule.extraction import ExtractedEvent, Kind, Participant, Precision
from schedule.models import (
    Event,
    Mention,
    Participation,
    Person,
    PersonAlias,
    Revision,
    Source,
    name_key,
    surname_key,
    surname_of,
    utcnow,
)
from schedule.places import lookup
from schedule.queries import max_span
from schedule.storage import list_value, listed

MIN_PARTICIPANT_JACCARD = 0.5
DISPUTE_WINDOW_DAYS = 3
#: Kinds that name one engagement differently from outlet to outlet; they
#: match only with the very same people on overlapping dates (see _score).
_ALIKE: dict[Kind, set[Kind]] = {
    Kind.MEETING: {Kind.MEETING, Kind.SUMMIT},
    Kind.SUMMIT: {Kind.SUMMIT, Kind.MEETING},
}

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


class _Candidate(NamedTuple):
    """What scoring needs of a stored event, read without loading the ORM object."""

    id: int
    kind: str
    start_date: date
    end_date: date
    precision: str
    place: str | None
    country_code: str | None
    people: frozenset[str]
    keys: frozenset[tuple[str | None, str | None]]  # each person's (name_key, surname)


def find_matches(session: Session, items: list[ExtractedEvent]) -> list[Match | None]:
    """The stored event each report is about (or None), scored as the module doc says.

    Only events that could score are read: those of the same kind near the
    dates sharing a participant by name or surname, found from the named
    people's participations (one range of ``ix_participants_person_kind_start``
    each), so the cost follows these people's events, not the events per day
    nor the size of the database. An article's reports of nearby dates are
    looked up together, candidates and their people in one query (each
    statement costs more in SQLAlchemy than in SQLite), then sorted out per
    report. A report naming nobody looks for the same kind at the same place
    with nobody named (a range of ``ix_events_kind_window``).
    """
    found: dict[int, tuple[int, float, bool]] = {}  # item index → event id, score, disputed
    by_uid: dict[int, Event] = {}
    named: list[_Lookup] = []
    for index, item in enumerate(items):
        if item.uid:
            same_uid = session.scalar(select(Event).where(Event.uid == item.uid))
            if same_uid is not None:
                by_uid[index] = same_uid
                continue
        if item.kind is Kind.STATEMENT:
            continue  # two statements on one day are two statements
        lookup_ = _Lookup.of(session, index, item)
        if item.participants:
            named.append(lookup_)
        elif item.place:
            best = _best(lookup_, _candidates_at_place(session, lookup_))
            if best is not None:
                found[index] = best
    for group in _nearby(named):
        candidates = _candidates_naming_any(session, group)
        for lookup_ in group:
            best = _best(lookup_, [c for c in candidates if lookup_.may_be(c)])
            if best is not None:
                found[lookup_.index] = best
    matches: list[Match | None] = [None] * len(items)
    for index, event in by_uid.items():
        matches[index] = Match(event, 99.0, disputed=False)
    for index, (event_id, score, disputed) in found.items():
        event = session.get(Event, event_id)
        assert event is not None  # read in this same transaction
        matches[index] = Match(event, score, disputed)
    return matches


@dataclass(slots=True)
class _Lookup:
    """One report's search: its days, the window around them, the names it gives."""

    index: int
    item: ExtractedEvent
    start: date
    end: date
    after: date  # candidates end after this day...
    before: date  # ...and begin before this one,
    begins_after: date  # and after this one (the longest stored span before `after`)
    keys: frozenset[str]  # names and their last words, as name_key compares them
    bare: frozenset[str]  # surnames given alone, as surname_key compares them
    kinds: frozenset[str]

    @classmethod
    def of(cls, session: Session, index: int, item: ExtractedEvent) -> _Lookup:
        # a postponed engagement is found where it was, then moved
        start, end = local_dates(*(item.original or (item.start, item.end)))
        window = timedelta(days=DISPUTE_WINDOW_DAYS)
        reported = {p.name for p in item.participants}
        return cls(
            index=index,
            item=item,
            start=start,
            end=end,
            after=start - window,
            before=end + window,
            # an event ending after `after` began after `after - longest span`:
            # a bounded range of the indexes, however large the database
            begins_after=start - window - timedelta(days=_longest_span(session) + 1),
            keys=frozenset(
                {name_key(name) for name in reported}
                | {name_key(surname_of(name)) for name in reported}
            ),
            bare=frozenset(surname_key(name) for name in reported if " " not in name),
            kinds=frozenset(kind.value for kind in _ALIKE.get(item.kind, {item.kind})),
        )

    def may_be(self, candidate: _Candidate) -> bool:
        """What the candidates query asks of each report's candidates."""
        return (
            candidate.kind in self.kinds
            and self.begins_after < candidate.start_date < self.before
            and candidate.end_date > self.after
            and any(key in self.keys or surname in self.bare for key, surname in candidate.keys)
        )


def _nearby(lookups: list[_Lookup]) -> list[list[_Lookup]]:
    """Reports whose windows lie within a few days of each other, looked up
    together: one query for an article's engagements of one week, but no
    range over the months between a report and a background event."""
    groups: list[list[_Lookup]] = []
    for lookup_ in sorted(lookups, key=lambda lookup_: lookup_.begins_after):
        if groups and lookup_.begins_after <= max(g.before for g in groups[-1]) + _GROUP_GAP:
            groups[-1].append(lookup_)
        else:
            groups.append([lookup_])
    return groups


_GROUP_GAP = timedelta(days=DISPUTE_WINDOW_DAYS)


def _best(lookup_: _Lookup, candidates: list[_Candidate]) -> tuple[int, float, bool] | None:
    """The best-scoring candidate (the earliest among equals: candidates come
    in date order, deterministically on either engine)."""
    best: _Scored | None = None
    for candidate in candidates:
        scored = _score(candidate, lookup_.item, lookup_.start, lookup_.end)
        if scored is not None and (best is None or scored.score > best.score):
            best = scored
    return None if best is None else (best.event, best.score, best.disputed)


# The statements matching runs for every report, built once: building a
# SQLAlchemy statement costs more than SQLite takes to run it.
_events, _participants, _people = Event.__table__, Participation.__table__, Person.__table__


def _longest_span(session: Session) -> int:
    """:func:`schedule.queries.max_span`, read once per transaction: events
    this transaction adds are never its candidates."""
    if "longest_span" not in session.info:
        session.info["longest_span"] = max_span(session) or 0
    return int(session.info["longest_span"])


_CANDIDATE_COLUMNS = (
    _events.c.id,
    _events.c.kind,
    _events.c.start_date,
    _events.c.end_date,
    _events.c.precision,
    _events.c.place,
    _events.c.country_code,
)
#: Ties go to the earliest candidate, deterministically on either engine.
_CANDIDATE_ORDER = (_events.c.start_date, _events.c.id)
_CANDIDATES_AT_PLACE = (
    select(*_CANDIDATE_COLUMNS)
    .where(
        _events.c.end_date > bindparam("after"),
        _events.c.kind == bindparam("kind"),
        _events.c.start_date < bindparam("before"),
        _events.c.start_date > bindparam("begins_after"),
        _events.c.place == bindparam("place"),
        ~select(_participants.c.event_id).where(_participants.c.event_id == _events.c.id).exists(),
    )
    .order_by(*_CANDIDATE_ORDER)
)


def _candidates_at_place(session: Session, lookup_: _Lookup) -> list[_Candidate]:
    assert lookup_.item.place is not None
    params = {
        "after": lookup_.after,
        "before": lookup_.before,
        "begins_after": lookup_.begins_after,
        "kind": lookup_.item.kind.value,
        "place": lookup_.item.place.name,
    }
    rows = session.connection().execute(_CANDIDATES_AT_PLACE, params)
    return [_Candidate(*row, people=frozenset(), keys=frozenset()) for row in rows]


def _candidates_naming_any(session: Session, group: list[_Lookup]) -> list[_Candidate]:
    """Candidates for any report of the group, with all their people, in one query."""
    connection = session.connection()
    dialect = connection.dialect.name
    params = {
        "names": list_value(dialect, sorted(set().union(*(g.keys for g in group)))),
        "bare": list_value(dialect, sorted(set().union(*(g.bare for g in group)))),
        "kinds": list_value(dialect, sorted(set().union(*(g.kinds for g in group)))),
        "begins_after": min(g.begins_after for g in group),
        "before": max(g.before for g in group),
        "after": min(g.after for g in group),
    }
    events: dict[int, tuple[Any, ...]] = {}
    people: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for *columns, name, key, surname in connection.execute(_candidates_naming(dialect), params):
        events.setdefault(columns[0], tuple(columns))
        people.setdefault(columns[0], []).append((name, key, surname))
    return [
        _Candidate(
            *columns,
            people=frozenset(name for name, _, _ in people[event_id]),
            keys=frozenset((key, surname) for _, key, surname in people[event_id]),
        )
        for event_id, columns in events.items()
    ]


@functools.cache
def _candidates_naming(dialect: str) -> Select[Any]:
    """Candidates with a participant :func:`_same_people` could pair with a
    reported name (the names and their last words, as :func:`name_key`
    compares them, and for each bare surname anyone of that surname: a
    superset, scoring decides), each row one of the candidate's people.

    The named people drive: each one's participations of these kinds near
    these dates are one range of ``ix_participants_person_kind_start``
    (the event's kind and first day are copied onto its participations), so
    the work follows these people's events, not every event of the day.
    """
    named = or_(
        _people.c.name_key.in_(listed("names", dialect, String)),
        _people.c.surname.in_(listed("bare", dialect, String)),
    )
    sharing = select(_participants.c.event_id).where(
        _participants.c.person_id.in_(select(_people.c.id).where(named)),
        _participants.c.event_kind.in_(listed("kinds", dialect, String)),
        _participants.c.event_start > bindparam("begins_after"),
        _participants.c.event_start < bindparam("before"),
    )
    # by primary key from those participations; the kind and the window's
    # start were tested on the copies, which the triggers keep exact
    everyone = _participants.join(_people, _people.c.id == _participants.c.person_id)
    return (
        select(*_CANDIDATE_COLUMNS, _people.c.name, _people.c.name_key, _people.c.surname)
        .select_from(_events.join(everyone, _participants.c.event_id == _events.c.id))
        .where(_events.c.id.in_(sharing), _events.c.end_date > bindparam("after"))
        .order_by(*_CANDIDATE_ORDER)
    )


@dataclass(frozen=True, slots=True)
class _Scored:
    event: int
    score: float
    disputed: bool


def _score(event: _Candidate, item: ExtractedEvent, start: date, end: date) -> _Scored | None:
    overlap = event.start_date < end and event.end_date > start
    precise = {Precision.DAY, Precision.TIME}
    disputed = not overlap and Precision(event.precision) in precise and item.precision in precise
    if not overlap and not disputed:
        return None
    if event.kind != item.kind.value:  # a meeting and a summit (_ALIKE)
        reported_names = {p.name for p in item.participants}
        shared = _same_people(set(event.people), reported_names)
        if disputed or len(shared) != len(reported_names) or len(event.people) != len(shared):
            return None
    if item.place and event.place and event.place != item.place.name:
        stored_place = lookup(event.place)
        in_country = (item.place.is_country or (stored_place and stored_place.is_country)) and (
            event.country_code == item.place.country_code
        )
        if not in_country:
            return None  # two different cities: two engagements
    same_place = bool(item.place and event.place == item.place.name)
    stored = set(event.people)
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
    return _Scored(event.id, score, disputed)


def _same_people(stored: set[str], reported: set[str]) -> set[str]:
    """Reported names also stored, spelt alike (:func:`name_key`), counting
    a bare surname ("Healey") as its full name."""
    stored_keys = {name_key(s) for s in stored}
    stored_surnames = {surname_key(s) for s in stored}
    common = set()
    for name in reported:
        key = name_key(name)
        same_surname = " " not in name and surname_key(name) in stored_surnames
        if key in stored_keys or name_key(surname_of(name)) in stored_keys or same_surname:
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
        if _is_newest(session, event, source):
            apply_dates(event, item)
        change = "disputed"
    elif _PRECISION_RANK[item.precision] > _PRECISION_RANK[Precision(event.precision)]:
        apply_dates(event, item)
        change = "refined"
    if (
        item.status.value != event.status
        and item.status.value in _UPDATABLE_STATUSES
        and _is_newest(session, event, source)
    ):
        event.status = item.status.value
        change = change or "status"
    if item.place and (not event.place or _places_more_precisely(item, event)):
        apply_place(event, item)
        change = change or "refined"
    if change:
        event.revision += 1
        event.updated_at = utcnow()
        record_revision(session, event, change, source)
    return change


def _places_more_precisely(item: ExtractedEvent, event: Event) -> bool:
    """A report naming a city inside the stored country ("Saudi Arabia" →
    Riyadh), or a venue in the stored city ("London" → Lancaster House)."""
    assert item.place is not None
    stored = lookup(event.place) if event.place else None
    if stored is not None and stored.is_country and not item.place.is_country:
        return item.place.country_code == event.country_code
    same_city = event.place == item.place.name
    return bool(item.venue) and same_city and event.location in (None, event.place)


def recompute_from_mentions(event: Event) -> bool:
    """Rebuild the event's dates, precision, status and dispute flag from the
    reports it still has, by the rules :func:`merge_report` applies, as if a
    forgotten source had never been ingested. Returns whether anything changed.

    Reports are replayed in the order they were stored; each mention keeps
    what its source said (``reported_*``), so no article is re-read.
    """
    reports = sorted(event.mentions, key=lambda m: m.id)
    if not reports:
        return False
    before = {column: getattr(event, column) for column in _REPLAYED}
    first, newest = reports[0], _published(reports[0])
    _take_dates(event, first)
    event.status, event.disputed = first.reported_status or event.status, False
    for report in reports[1:]:
        published = _published(report)
        is_newest = published >= newest
        newest = max(newest, published)
        precision = Precision(report.reported_precision or event.precision)
        start, end = local_dates(*_reported_interval(report))
        overlap = event.start_date < end and event.end_date > start
        precise = {Precision.DAY, Precision.TIME}
        if report.reported_status == "postponed":
            _take_dates(event, report)
        elif not overlap and precision in precise and Precision(event.precision) in precise:
            event.disputed = True
            if is_newest:
                _take_dates(event, report)
        elif _PRECISION_RANK[precision] > _PRECISION_RANK[Precision(event.precision)]:
            _take_dates(event, report)
        status = report.reported_status
        if status and status != event.status and status in _UPDATABLE_STATUSES and is_newest:
            event.status = status
    return any(getattr(event, column) != value for column, value in before.items())


_REPLAYED = ("precision", "start_date", "end_date", "start_time", "end_time", "status", "disputed")


def _published(mention: Mention) -> datetime:
    return published_instant(mention.source.published, mention.source.timezone)


def _reported_interval(mention: Mention) -> tuple[date | datetime, date | datetime]:
    def parse(value: str | None) -> date | datetime:
        if value is None:
            raise ValueError(f"mention {mention.id} has no reported dates")
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)

    return parse(mention.reported_start), parse(mention.reported_end)


def _take_dates(event: Event, mention: Mention) -> None:
    precision = mention.reported_precision or event.precision
    for column, value in _date_columns(*_reported_interval(mention), precision).items():
        setattr(event, column, value)


def _is_newest(session: Session, event: Event, source: Source) -> bool:
    """Whether ``source`` is at least as recent as every source already on the event.

    One query for the other sources' dates, not the event's mentions and
    their sources loaded one by one: an engagement a thousand articles
    reported must not cost each new report a thousand reads.
    """
    mine = published_instant(source.published, source.timezone)
    others = session.execute(_OTHER_SOURCES_DATES, {"event": event.id, "source": source.id})
    return all(mine >= published_instant(published, zone) for published, zone in others)


_OTHER_SOURCES_DATES = (
    select(Source.published, Source.timezone)
    .join(Mention, Mention.source_id == Source.id)
    .where(Mention.event_id == bindparam("event"), Source.id != bindparam("source"))
    .distinct()
)


def new_event_values(item: ExtractedEvent, uid: str) -> dict[str, Any]:
    """The columns of the event a first report creates (ingest inserts these in bulk)."""
    now = utcnow()
    return {
        "uid": uid,
        "title": item.title,
        "kind": item.kind.value,
        "status": item.status.value,
        "revision": item.revision,
        "disputed": False,
        **_date_values(item),
        **_place_values(item),
        "created_at": now,
        "updated_at": now,
    }


def _date_values(item: ExtractedEvent) -> dict[str, Any]:
    return _date_columns(item.start, item.end, item.precision.value)


def _date_columns(start: date | datetime, end: date | datetime, precision: str) -> dict[str, Any]:
    """An event's date columns for an interval: the days it touches, and the
    instants when it is timed."""
    start_date, end_date = local_dates(start, end)
    timed = isinstance(start, datetime) and isinstance(end, datetime)
    return {
        "precision": precision,
        "start_date": start_date,
        "end_date": end_date,
        "start_time": start if timed else None,
        "end_time": end if timed else None,
    }


def _place_values(item: ExtractedEvent) -> dict[str, Any]:
    place = item.place
    return {
        "location": item.location,
        "place": place.name if place else None,
        "country_code": place.country_code if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "timezone": item.timezone,
    }


def apply_dates(event: Event, item: ExtractedEvent) -> None:
    for column, value in _date_values(item).items():
        setattr(event, column, value)
    if item.title and (item.place or not event.place):
        event.title = item.title


def apply_place(event: Event, item: ExtractedEvent) -> None:
    for column, value in _place_values(item).items():
        setattr(event, column, value)


def revision_values(event: Mapping[str, Any], change: str) -> dict[str, Any]:
    """One ``event_revisions`` row: the event's state as this change left it."""
    start = event["start_time"] or event["start_date"]
    end = event["end_time"] or event["end_date"]
    return {
        "revision": event["revision"],
        "change": change,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "precision": event["precision"],
        "status": event["status"],
    }


def record_revision(session: Session, event: Event, change: str, source: Source | None) -> None:
    """Add the revision row by its keys: appending to ``event.revisions``
    would first read every earlier revision of the event."""
    state = {column: getattr(event, column) for column in _REVISION_STATE}
    source_id = source.id if source is not None else None
    values = revision_values(state, change)
    session.add(Revision(event_id=event.id, source_id=source_id, **values))


_REVISION_STATE = (
    "revision",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "precision",
    "status",
)


@dataclass(slots=True, eq=False)
class PersonRecord:
    """A person as one transaction sees them, read and written with Core
    statements: building ORM objects and flushing them cost more than the
    rest of storing a report."""

    id: int | None  # None until PeopleCache.write inserts them
    name: str
    role: str | None
    renamed: bool = False
    new_role: bool = False


class PeopleCache:
    """The people one transaction has met, by the names its reports use.

    :meth:`prefetch` reads every person an article names, by name or alias,
    and which of those names are already their aliases, in one query instead
    of several per participant; :meth:`write` stores the new people, the
    changed ones and the new aliases in a few multi-row statements.
    """

    def __init__(self) -> None:
        self.resolved: dict[str, PersonRecord] = {}
        self._by_key: dict[str, PersonRecord | None] = {}  # by name_key
        self._alias_owners: dict[str, set[PersonRecord]] = {}
        self._by_id: dict[int, PersonRecord] = {}
        self._created: list[PersonRecord] = []
        self._new_aliases: dict[tuple[int, str], tuple[PersonRecord, str]] = {}
        self._stored_aliases: dict[int, set[str]] = {}  # read when the prefetch did not cover them

    def prefetch_for(self, connection: Connection, participants: list[Participant]) -> None:
        """Prefetch every name :func:`resolve_person` may look up for these
        participants: their names, their aliases, and the surnames of full
        names (someone so far known only as "Mr Macron" now named in full)."""
        names = {p.name for p in participants} | {a for p in participants for a in p.aliases}
        self.prefetch(
            connection, names | {p.name.split()[-1] for p in participants if " " in p.name}
        )

    def prefetch(self, connection: Connection, names: set[str]) -> None:
        """The people named so (as :func:`name_key` compares names) and the
        owners of those names as aliases, in one query."""
        names = names - self._alias_owners.keys()
        keys = {name_key(name) for name in names} - self._by_key.keys()
        if not names and not keys:
            return
        dialect = connection.dialect.name
        rows = connection.execute(
            _people_named(dialect),
            {"keys": list_value(dialect, keys), "names": list_value(dialect, names)},
        )
        self._by_key.update(dict.fromkeys(keys))
        self._alias_owners.update({name: set() for name in names})
        for person_id, name, role, key, alias in rows:
            person = self._record(person_id, name, role)
            if key in keys:
                self._by_key[key] = person
            if alias is not None:
                self._alias_owners[alias].add(person)

    def _record(self, person_id: int, name: str, role: str | None) -> PersonRecord:
        """One record per stored person, however many queries return them."""
        if person_id not in self._by_id:
            self._by_id[person_id] = PersonRecord(person_id, name, role)
        return self._by_id[person_id]

    def by_name(self, connection: Connection, name: str) -> PersonRecord | None:
        """The person named so, spelt alike (``Erdoğan`` finds ``Erdogan``)."""
        key = name_key(name)
        if key not in self._by_key:
            row = connection.execute(_PERSON_BY_KEY, {"key": key}).first()
            self._by_key[key] = self._record(*row) if row is not None else None
        return self._by_key[key]

    def alias_owners(self, connection: Connection, names: set[str]) -> list[PersonRecord]:
        """The stored people known by any of ``names`` as an alias."""
        if names <= self._alias_owners.keys():
            return list(set().union(*(self._alias_owners[name] for name in names)))
        dialect = connection.dialect.name
        rows = connection.execute(_aliased(dialect), {"names": list_value(dialect, names)})
        return [self._record(*row) for row in rows]

    def by_surname(self, connection: Connection, name: str) -> list[PersonRecord]:
        """Stored people of this surname other than the one of this very name."""
        params = {"surname": surname_key(name), "key": name_key(name)}
        return [self._record(*row) for row in connection.execute(_PEOPLE_OF_SURNAME, params)]

    def create(self, name: str, role: str | None) -> PersonRecord:
        person = PersonRecord(None, name, role)
        self._created.append(person)
        self._by_key.setdefault(name_key(name), person)
        return person

    def add_alias(self, connection: Connection, person: PersonRecord, alias: str) -> None:
        """Give ``person`` the alias unless they have it (read from the
        prefetch when it covered this name, else from their stored aliases)."""
        if alias == person.name:
            return
        if alias in self._alias_owners:
            if person in self._alias_owners[alias]:
                return
        elif person.id is not None and alias in self._aliases_of(connection, person.id):
            return
        self._new_aliases[(id(person), alias)] = (person, alias)
        self._alias_owners.setdefault(alias, set()).add(person)

    def _aliases_of(self, connection: Connection, person_id: int) -> set[str]:
        if person_id not in self._stored_aliases:
            rows = connection.execute(_ALIASES_OF, {"person": person_id})
            self._stored_aliases[person_id] = set(rows.scalars())
        return self._stored_aliases[person_id]

    def write(self, connection: Connection) -> None:
        """Store what this transaction learnt: new people (their ids filled
        in), renamed or newly titled ones, new aliases."""
        if self._created:
            rows = [_person_values(person) for person in self._created]
            ids = dict(connection.execute(_INSERT_PEOPLE, rows).all())
            for person in self._created:
                person.id = ids[person.name]
                self._by_id[person.id] = person
            self._created = []
        changed = [p for p in self._by_id.values() if p.renamed or p.new_role]
        if changed:
            values = [{"person": p.id, **_person_values(p)} for p in changed]
            connection.execute(_UPDATE_PERSON, values)
            for person in changed:
                person.renamed = person.new_role = False
        if self._new_aliases:
            aliases = [
                {"person_id": person.id, "alias": alias}
                for person, alias in self._new_aliases.values()
            ]
            connection.execute(insert(PersonAlias.__table__), aliases)
            # add_alias recorded each in _alias_owners, which it reads first
            self._new_aliases = {}


def _person_values(person: PersonRecord) -> dict[str, Any]:
    """A person's columns, the compared forms of the name with it (as the
    model's validator keeps them)."""
    return {
        "name": person.name,
        "role": person.role,
        "name_key": name_key(person.name),
        "surname": surname_key(person.name),
    }


_PERSON_COLUMNS = (_people.c.id, _people.c.name, _people.c.role)
_PERSON_BY_KEY = select(*_PERSON_COLUMNS).where(_people.c.name_key == bindparam("key")).limit(1)
_PEOPLE_OF_SURNAME = select(*_PERSON_COLUMNS).where(
    _people.c.surname == bindparam("surname"), _people.c.name_key != bindparam("key")
)
_aliases = PersonAlias.__table__
_ALIASES_OF = select(_aliases.c.alias).where(_aliases.c.person_id == bindparam("person"))
# RETURNING the name beside the id pairs each new id with its row (names
# are unique): SQLite promises no order for a multi-row RETURNING.
_INSERT_PEOPLE = insert(_people).returning(_people.c.name, _people.c.id)
_UPDATE_PERSON = (
    update(_people)
    .where(_people.c.id == bindparam("person"))
    .values(
        name=bindparam("name"),
        role=bindparam("role"),
        name_key=bindparam("name_key"),
        surname=bindparam("surname"),
    )
)


@functools.cache
def _people_named(dialect: str) -> Select[Any]:
    """Each person named so or aliased so, with those of the names that are
    their aliases: one query, by index only (never a scan of people)."""
    names = listed("names", dialect, String)
    named_alias = and_(_aliases.c.person_id == _people.c.id, _aliases.c.alias.in_(names))
    aliased = select(_aliases.c.person_id).where(_aliases.c.alias.in_(names))
    return (
        select(*_PERSON_COLUMNS, _people.c.name_key, _aliases.c.alias)
        .select_from(_people.outerjoin(_aliases, named_alias))
        .where(
            or_(_people.c.name_key.in_(listed("keys", dialect, String)), _people.c.id.in_(aliased))
        )
    )


@functools.cache
def _aliased(dialect: str) -> Select[Any]:
    aliased = select(_aliases.c.person_id).where(
        _aliases.c.alias.in_(listed("names", dialect, String))
    )
    return select(*_PERSON_COLUMNS).where(_people.c.id.in_(aliased))


def resolve_person(
    connection: Connection, participant: Participant, cache: PeopleCache
) -> PersonRecord:
    """The stored person a report names, created on first sight (stored by
    :meth:`PeopleCache.write`).

    A bare surname ("Healey", from an article that only says "Mr Healey") is
    the known person of that surname or alias, if exactly one exists.
    """
    name = participant.name
    if name in cache.resolved:
        return cache.resolved[name]
    person = cache.by_name(connection, name)
    if person is None:
        person = _by_alias(connection, name, participant.aliases, cache)
    if person is None:
        person = cache.create(name, participant.role)
    elif participant.role and not person.role:
        person.role, person.new_role = participant.role, person.id is not None
    for alias in sorted({name, *participant.aliases}):
        cache.add_alias(connection, person, alias)
    cache.resolved[name] = person
    return person


def _by_alias(
    connection: Connection, name: str, aliases: tuple[str, ...], cache: PeopleCache
) -> PersonRecord | None:
    by_alias = cache.alias_owners(connection, {name, *aliases})
    if len(by_alias) == 1:
        return by_alias[0]
    if " " in name:
        # a full name for someone so far known only by surname ("Mr Macron")
        person = cache.by_name(connection, name.split()[-1])
        if person is not None:
            surname = person.name
            person.name, person.renamed = name, person.id is not None
            cache.add_alias(connection, person, surname)
            return person
        return None
    by_surname = cache.by_surname(connection, name)
    return by_surname[0] if len(by_surname) == 1 else None


def add_participants(event: Event, item: ExtractedEvent, cache: PeopleCache) -> None:
    """The report's people who are not on the stored event yet (resolved and
    written by the cache before)."""
    present = {p.person_id for p in event.participants}
    for participant in item.participants:
        person = cache.resolved[participant.name]
        if person.id in present:
            continue
        event.participants.append(
            Participation(
                person_id=person.id,
                role=participant.role,
                position=len(event.participants),
                event_kind=event.kind,
                event_start=event.start_date,
            )
        )
        present.add(person.id)
