"""Trips and the engagements within them: the purpose of a trip ("visit
Helsinki for talks with Stubb"), engagements dated only by the trip they are
part of, one-errand trips folded into their errand, and links from each
engagement to the trip that covers it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from schedule.extraction.dates import _dates_of
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import ExtractedEvent, Kind, Precision, Status, _as_date, _finish
from schedule.extraction.kinds import _Trigger
from schedule.extraction.people import _PersonMention
from schedule.extraction.sentences import _clause_of


def _fold_errands(
    events: list[ExtractedEvent], purposes: list[ExtractedEvent]
) -> list[ExtractedEvent]:
    """'will travel to Ankara on Thursday to meet President Erdogan': a trip
    with no span of its own whose only engagement is its stated purpose is that
    engagement alone (tests/articles/README.md: one-day trips)."""
    dropped: set[int] = set()
    for visit in (e for e in events if e.kind is Kind.VISIT):
        inside = [e for e in events if e.trip is visit]
        if len(inside) != 1 or not any(inside[0] is p for p in purposes):
            continue
        after_trigger = visit.trigger_start + len(visit.trigger) - visit.sentence_start
        between = visit.sentence[after_trigger : inside[0].trigger_start - visit.sentence_start]
        if not _ERRAND.search(between) or re.search(r"\band\b", between):
            continue  # "will visit Kyiv and meet Zelensky": two things, not an errand
        one_day = visit.precision is Precision.DAY and _as_date(visit.end) - _as_date(
            visit.start
        ) == timedelta(days=1)
        if not (one_day or visit.precision is Precision.MONTH):
            continue
        errand = inside[0]
        errand.trip = None
        if errand.venue is None and visit.venue is not None:
            errand.venue = visit.venue  # "visit Nato headquarters to meet Rutte"
        if errand.place is None or (errand.place.is_country and visit.place is not None):
            errand.place = visit.place
        _finish(errand)
        dropped.add(id(visit))
    return [e for e in events if id(e) not in dropped]


# "to meet President Erdogan": the infinitive of purpose (tests/articles/README.md);
# "for talks with" stays a trip with the talks in it (tests/test_batch.py fixtures)
_ERRAND = re.compile(r"\bto\s+$")


_PURPOSE_KINDS = frozenset(
    {
        Kind.MEETING,
        Kind.CALL,
        Kind.SIGNING,
        Kind.SPEECH,
        Kind.SUMMIT,
        Kind.CONFERENCE,
        Kind.RECEPTION,
    }
)


def _purposes(
    sentence: str,
    offset: int,
    events: list[ExtractedEvent],
    triggers: list[_Trigger],
    used: set[int],
    people: list[_PersonMention],
    reference: date,
) -> list[ExtractedEvent]:
    """'will visit Helsinki on Friday for talks with Alexander Stubb': the trip
    and, inside it, the talks with the person named — two calendar entries."""
    found = []
    for visit in [e for e in events if e.kind is Kind.VISIT]:
        for trigger in triggers:
            if trigger.start in used or trigger.kind not in _PURPOSE_KINDS:
                continue
            if _clause_of(sentence, trigger.start - offset) != _clause_of(
                sentence, visit.trigger_start - offset
            ):
                continue
            counterparts = [
                m
                for m in people
                if m.start > trigger.start
                and m.person.name not in {p.name for p in visit.participants}
            ]
            if not counterparts or trigger.start < visit.trigger_start:
                continue
            clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
            pseudo = _dates_of(visit, trigger, visit.phrase)
            event = _build_event(
                sentence,
                offset,
                pseudo,
                trigger,
                [m for m in people if m.person.name in {p.name for p in visit.participants}]
                + counterparts,
                sentence[clause_start : trigger.start - offset],
                sentence[clause_start:clause_end],
                reference,
            )
            if event is not None:
                used.add(trigger.start)
                event.phrase = visit.phrase
                event.status = visit.status
                event.trip = visit
                if event.place is None or event.place.is_country:
                    event.place = visit.place
                    _finish(event)
                found.append(event)
    return found


_DURING_TRIP = re.compile(
    r"\b(?:during|on|while on)\s+(?:the|his|her|their)\s+(?:visit|trip|stay|tour)\b", re.IGNORECASE
)


def _during_trips(
    events: list[ExtractedEvent],
    dateless: list[tuple[str, int, _Trigger, list[_PersonMention]]],
    reference: date,
) -> list[ExtractedEvent]:
    """'During the visit he will meet Zelensky': an engagement dated by its trip."""
    found = []
    trips = [e for e in events if e.kind is Kind.VISIT]
    for sentence, offset, trigger, people in dateless:
        names = {m.person.name for m in people}
        trip = next((t for t in reversed(trips) if names & {p.name for p in t.participants}), None)
        if trip is None or trip.place is None:
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        before = sentence[clause_start : trigger.start - offset]
        pseudo = _dates_of(trip, trigger, trigger.text)
        event = _build_event(
            sentence,
            offset,
            pseudo,
            trigger,
            people,
            before,
            sentence[clause_start:clause_end],
            reference,
        )
        if event is None:
            continue
        event.phrase = _DURING_TRIP.search(sentence).group()  # type: ignore[union-attr]
        event.trip = trip
        if trip.status in (Status.CANCELLED, Status.POSTPONED):
            event.status = trip.status  # "had been due to speak during the visit"
        if event.place is None:
            event.place = trip.place
        _finish(event)
        found.append(event)
    return found


def _link_trips(events: list[ExtractedEvent]) -> None:
    """Engagements inside a visit's dates belong to it when one of its
    travellers takes part, or when they happen where it goes (a city of the
    country visited) or nowhere named; they take its city when the sentence
    names none ("at the residence" → Washington)."""
    trips = [e for e in events if e.kind is Kind.VISIT and e.place is not None]
    for event in events:
        if event.kind in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER) or event.status is Status.HELD:
            continue
        candidates = [t for t in trips if _within_trip(event, t)]
        if not candidates:
            continue
        trip = candidates[-1]  # the most recently announced trip covering the day
        event.trip = trip
        if event.status is Status.CANCELLED and trip.status is Status.POSTPONED:
            event.status = Status.POSTPONED
        if event.place is None or (trip.place and event.place.is_country):
            event.place = trip.place
            _finish(event)


def _within_trip(event: ExtractedEvent, trip: ExtractedEvent) -> bool:
    if not _as_date(trip.start) <= _as_date(event.start) < _as_date(trip.end):
        return False
    travellers = {p.name for p in trip.participants}
    if travellers & {p.name for p in event.participants}:
        return True
    place, destination = event.place, trip.place
    if place is None or destination is None:
        return place is None
    return place.name == destination.name or (
        destination.is_country and place.country_code == destination.country_code
    )
