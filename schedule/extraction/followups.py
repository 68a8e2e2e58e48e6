"""Dateless engagements in a sentence that continues the one before: more
about the same engagement, the next one after "then", or one inside the visit
just announced, dated by it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from schedule.extraction.dates import _WEAK_VERB, _dates_of
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import ExtractedEvent, Kind, Precision, Status, _as_date, _finish
from schedule.extraction.kinds import _Trigger
from schedule.extraction.locations import _venue
from schedule.extraction.people import _own_people, _participant, _PersonMention
from schedule.extraction.sentences import _clause_of
from schedule.extraction.status import _NEGATED, _is_conditional
from schedule.places import (
    find_places,
    venue_city,
)
from schedule.resolution import Granularity, Interval, Timex

# a dateless engagement that follows the one before: "They will then sign ..."
_SEQUENCE = re.compile(
    r"\b(?:then|later|afterwards|after that|that (?:evening|afternoon|morning|night))\b",
    re.IGNORECASE,
)


_MEAL = re.compile(r"\b(?:lunch(?:eon)?|dinner|breakfast)\b", re.IGNORECASE)


_ALSO = re.compile(r"\b(?:also|additionally)\b", re.IGNORECASE)


#: "before the summit opens", "ahead of the conference": on its first day
@cache
def _gathering_edge() -> re.Pattern[str]:
    """GATHERING_EDGE, compiled on first use (keeps the import light)."""
    return re.compile(
        r"\b(?:before|ahead\s+of)\s+the\s+(?P<noun>summit|conference|forum)"
        r"(?:\s+(?:opens|begins|starts|gets\s+under\s+way))?\b",
        re.IGNORECASE,
    )


_GATHERING_KIND = {"summit": "summit", "conference": "conference", "forum": "conference"}


def _first_day(timex: Timex) -> Timex:
    """The first day of a dated span, as a day."""
    assert timex.interval is not None
    day = _as_date(timex.interval.start)
    return replace(
        timex,
        value=day.isoformat(),
        interval=Interval(day, day + timedelta(days=1), Granularity.DAY),
        granularity=Granularity.DAY,
    )


def _follow_ups(
    sentence: str,
    offset: int,
    triggers: list[_Trigger],
    people: list[_PersonMention],
    previous: list[ExtractedEvent],
    reference: date,
    told: list[ExtractedEvent] | None = None,
) -> list[ExtractedEvent]:
    """Dateless engagements that continue the sentence before (returned, with
    the earlier events they added to); ``told`` is every event so far.

    Same kind: more about that engagement ("are set to sign the accord at the
    Convention Centre" adds signatories and venue). Another kind after "then",
    "later", "that evening": the next engagement of the same day. Any
    engagement right after a visit: part of it, dated by it (an engagement
    with no date of its own inside a visit takes the visit's dates,
    tests/articles/README.md).
    """
    found: list[ExtractedEvent] = []
    if not previous:
        return found
    if sentence.startswith(("After", "Following")) and (after_it := _AFTER_THE.match(sentence)):
        told_before = _engagement_told(after_it.group("noun"), told or previous)
        if told_before is not None:
            for trigger in triggers:
                if (
                    trigger.kind not in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER)
                    # "After the talks,": the talks told before, no new ones
                    and trigger.start - offset >= after_it.end()
                    and (
                        event := _after_told(
                            sentence, offset, trigger, people, told_before, reference, triggers
                        )
                    )
                    is not None
                ):
                    found.append(event)
            return found
    if ("after" in sentence or "following" in sentence) and (
        after_it := _AFTER_THE_LATE.search(sentence)
    ):
        # "The two ministers are expected to sign a memorandum ... after the
        # talks", "MoUs will be signed ... following the talks": the same, told last
        told_before = _engagement_told(after_it.group("noun"), told or previous)
        if told_before is not None:
            for trigger in triggers:
                if (
                    trigger.kind not in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER)
                    and 0 < after_it.start() - (trigger.end - offset) <= _LATE_REACH
                    and (
                        event := _after_told(
                            sentence, offset, trigger, people, told_before, reference, triggers
                        )
                    )
                    is not None
                ):
                    found.append(event)
            if found:
                return found
    for trigger in triggers:
        if trigger.kind in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER):
            continue
        if _WEAK_VERB.match(trigger.text) and any(
            t.start > trigger.start and t.kind is Kind.MEETING and _MEAL.search(t.text)
            for t in triggers
        ):
            continue  # "hosted Safadi for a working lunch": the lunch is the engagement
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        before = sentence[clause_start : trigger.start - offset]
        if _is_conditional(sentence) or _NEGATED.search(before):
            continue  # "could sign an agreement if negotiators close the gaps"
        same = next((e for e in previous if e.kind is trigger.kind), None)
        if (
            same is not None
            and _ALSO.search(before)
            and trigger.text.lower() != same.trigger.lower()
        ):
            # "He will also attend the Speaker's lunch" after a ceremony: another one
            same = None
        meal = trigger.kind is Kind.MEETING and _MEAL.search(trigger.text) is not None
        if same is not None and meal and not _MEAL.search(same.trigger):
            # "Kallas hosted Safadi for a working lunch" after the council's
            # meeting: a meal of its own that day, not more of the meeting
            same = None
        if same is not None:
            known = {p.name for p in same.participants}
            for person in _own_people(sentence, offset, people):
                if person.name not in known:
                    same.participants.append(_participant(person))
                    known.add(person.name)
            venue = _venue(sentence, offset, trigger)
            if venue and not same.venue:
                same.venue = venue
                city = venue_city(venue)
                if city is None:
                    led = find_places(venue)
                    city = led[0].place if led and led[0].start == 0 else None
                if city is not None and (same.place is None or same.place.is_country):
                    same.place = city
            _finish(same)
            found.append(same)
            continue
        visit = next((e for e in previous if e.kind is Kind.VISIT), None)
        covering = visit
        if visit is None and previous and told:
            # "Xi and Putin will hold talks on Thursday. The two leaders are expected
            # to sign a joint statement": inside the state visit, dated by it
            day = _as_date(previous[0].start)
            covering = next(
                (
                    e
                    for e in reversed(told)
                    if e.kind is Kind.VISIT
                    and e.status is previous[0].status
                    and _as_date(e.start) <= day < _as_date(e.end)
                    and {p.name for p in e.participants}
                    & {p.name for p in previous[0].participants}
                ),
                None,
            )
        same_day = next(
            (e for e in previous if e.kind is not Kind.STATEMENT and e.precision is Precision.DAY),
            None,
        )
        edge = _gathering_edge().search(sentence)
        opening = (
            next(
                (
                    e
                    for e in reversed(told)
                    if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)
                    and e.precision is Precision.DAY
                    and e.kind.value == _GATHERING_KIND.get(edge.group("noun").lower())
                ),
                None,
            )
            if edge is not None and told
            else None
        )
        if opening is not None:
            # "will host a lunch before the summit opens": the summit's first day
            if edge is not None and edge.start() <= trigger.start - offset < edge.end():
                continue  # the summit named to date the lunch is no second summit
            if trigger.kind is Kind.MEETING and any(
                t.kind is Kind.RECEPTION and t.start > trigger.start for t in triggers
            ):
                continue  # "host a lunch": the lunch is the engagement
            anchor = opening
        elif same_day is not None and same_day is not visit and _SEQUENCE.search(sentence):
            anchor = same_day  # "They will then sign ...": the same day
        elif meal and (
            dated_day := next(
                (e for e in previous if e.precision in (Precision.DAY, Precision.TIME)), None
            )
        ):
            anchor = same_day = dated_day  # a working lunch beside the meeting: its day
        elif covering is not None:
            anchor = covering
        else:
            continue
        pseudo = _dates_of(anchor, trigger, anchor.phrase)
        if anchor is opening or anchor.precision is Precision.TIME:
            pseudo = _first_day(pseudo)
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
        if event is None or not event.participants:
            continue
        if anchor.status in (Status.CANCELLED, Status.POSTPONED):
            event.status = anchor.status
        event.trip = covering or anchor.trip
        if event.place is None or event.place.is_country:
            if anchor is opening:  # where the summit is
                event.place = anchor.place or event.place
            elif anchor is visit:  # right after the trip's own sentence
                event.place = event.place or visit.place
            elif anchor is same_day:  # "then": where the engagement before was
                event.place = anchor.place or event.place
            else:  # inside a trip, after an engagement of it: where that one was
                event.place = previous[0].place or anchor.place or event.place
        _finish(event)
        found.append(event)
    return found


#: A sentence opening on an engagement told before: "After the talks,",
#: "Following the bilateral meeting,".
_AFTER_THE = re.compile(
    r"\s*(?:After|Following)\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>talks|meeting|ceremony|signing|welcome)\s*,"
)

#: The same after the engagement it dates: "... sign a memorandum after the talks".
_AFTER_THE_LATE = re.compile(
    r"\s(?:after|following)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>talks|meeting|ceremony|signing|welcome)\b"
)
#: How far after its engagement word "after the talks" may stand (characters).
_LATE_REACH = 160

_TOLD_KINDS = {
    "talks": Kind.MEETING,
    "meeting": Kind.MEETING,
    "ceremony": Kind.RECEPTION,
    "welcome": Kind.RECEPTION,
    "signing": Kind.SIGNING,
}


def _engagement_told(noun: str, told: list[ExtractedEvent]) -> ExtractedEvent | None:
    """The latest engagement of the kind ``noun`` names, told on a day or at an
    hour (a bound on how far back keeps a long text linear)."""
    kind = _TOLD_KINDS[noun.lower()]
    return next(
        (
            e
            for e in reversed(told[-12:])
            if e.kind is kind
            and e.precision in (Precision.DAY, Precision.TIME)
            and (e.trip is None or (e.start, e.end) != (e.trip.start, e.trip.end))
        ),
        None,
    )


def _after_told(
    sentence: str,
    offset: int,
    trigger: _Trigger,
    people: list[_PersonMention],
    anchor: ExtractedEvent,
    reference: date,
    triggers: list[_Trigger],
) -> ExtractedEvent | None:
    """'After the talks, the two presidents will witness the signing of several
    bilateral documents': what comes after an engagement told before is on its
    day, at no hour of its own, where it was and in its trip."""
    if _WEAK_VERB.match(trigger.text) and any(
        t.start > trigger.start and t.kind in (Kind.MEETING, Kind.RECEPTION) for t in triggers
    ):
        return None  # "host a state luncheon": the luncheon is the engagement
    clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
    before = sentence[clause_start : trigger.start - offset]
    if _is_conditional(sentence) or _NEGATED.search(before):
        return None
    event = _build_event(
        sentence,
        offset,
        _first_day(_dates_of(anchor, trigger, anchor.phrase)),
        trigger,
        people,
        before,
        sentence[clause_start:clause_end],
        reference,
    )
    if event is None:
        return None
    if not event.participants:
        event.participants = list(anchor.participants)
    event.trip = anchor.trip
    if event.place is None or event.place.is_country:
        event.place = anchor.place or event.place
    if anchor.status in (Status.CANCELLED, Status.POSTPONED):
        event.status = anchor.status
    _finish(event)
    return event
