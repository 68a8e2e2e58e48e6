"""The pipeline: people and dates of the whole article, then sentence by
sentence triggers paired with dates, then the article-wide passes (places by
reference and dateline, attendees, trips) and the merge of one engagement
told twice."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from schedule.extraction.attendees import _attach_attendees, _gathering_attendees
from schedule.extraction.coordination import _coordinated, _gapped, _keep_clause_people
from schedule.extraction.dates import (
    _NEW_DATE,
    _SAID_ON,
    _SINCE,
    _TRIGGER_REACH,
    _dated_statement,
    _dateline,
    _join_clock_and_day,
    _join_ranges,
    _move_to,
    _nearest_trigger,
    _owned_by_other_date,
    _part_of_day_as_day,
    _stretch_by_duration,
)
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import (
    _PRECISION,
    ExtractedEvent,
    Kind,
    Status,
    _as_date,
    _finish,
)
from schedule.extraction.followups import _follow_ups
from schedule.extraction.kinds import (
    _KIND_NOUN,
    _KIND_NOUNS,
    _named_purpose,
    _refers_back,
    _Trigger,
    _triggers,
)
from schedule.extraction.locations import _place_by_dateline, _place_by_reference
from schedule.extraction.people import (
    _pair_reference,
    _Person,
    _PersonMention,
    _subject_pronoun,
    find_people,
)
from schedule.extraction.sentences import _clause_of, _near, _who_clauses, _within, split_sentences
from schedule.extraction.status import _NEGATED, _is_conditional
from schedule.extraction.trips import (
    _DURING_TRIP,
    _during_trips,
    _fold_errands,
    _link_trips,
    _purposes,
)
from schedule.resolution import Timex, TimexType, tag


def extract_events(
    text: str, reference: date | datetime, timexes: list[Timex] | None = None
) -> list[ExtractedEvent]:
    """Engagements reported in ``text``, in order of appearance."""
    if timexes is None:
        timexes = tag(text, reference)
    ref_day = _as_date(reference)
    mentions = find_people(text, ref_day)
    # sorted start offsets, so each sentence takes its slice in O(log n), not O(n)
    mention_starts = [m.start for m in mentions]
    datelines = [m.span() for m in _dateline().finditer(text)]
    timexes = sorted(
        (t for t in timexes if not any(a <= t.start < b for a, b in datelines)),
        key=lambda t: t.start,
    )
    timex_starts = [t.start for t in timexes]
    events: list[ExtractedEvent] = []
    dateless: list[tuple[str, int, _Trigger, list[_PersonMention]]] = []
    last_subject: _Person | None = None
    last_pair: list[_Person] = []
    last_people: list[_Person] = []
    sole_purposes: list[ExtractedEvent] = []
    previous: list[ExtractedEvent] = []  # the events of the latest sentence that had any
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        people_here = _within(mentions, mention_starts, s_start, s_end)
        pronoun = _subject_pronoun(sentence)
        if pronoun and last_subject is not None:
            travellers = [
                e.participants[0].name
                for e in events
                if e.kind is Kind.VISIT and len(e.participants) == 1
            ]
            guest = next((p for p in last_people if travellers and p.name == travellers[-1]), None)
            if guest is not None:
                # "Macron will host a banquet in the South African leader's honour.
                # On Thursday he is due to address a forum": the visitor goes on
                last_subject = guest
            first_named = people_here[0].start - s_start if people_here else len(sentence)
            if pronoun.start() < first_named and all(
                m.person is not last_subject for m in people_here
            ):
                # "On Tuesday he will attend a dinner hosted by Lord Mandelson": the
                # subject is the previous sentence's, the named people are others
                people_here.insert(
                    0, _PersonMention(s_start + pronoun.start(), s_start, last_subject)
                )
        pair_ref = _pair_reference(sentence)
        if (
            pair_ref
            and last_pair
            # "They are expected to meet Xi and Li": the subject is the last pair
            and (len({m.person.name for m in people_here}) < 2 or pair_ref.group() == "They")
        ):
            at = s_start + pair_ref.start()
            known = {m.person.name for m in people_here}
            people_here = sorted(
                people_here + [_PersonMention(at, at, p) for p in last_pair if p.name not in known],
                key=lambda m: m.start,
            )
        if people_here:
            last_subject = people_here[0].person
            last_people = [m.person for m in people_here]
        distinct = list({id(m.person): m.person for m in people_here}.values())
        if len(distinct) >= 2:
            last_pair = distinct[:2]
        in_sentence = _within(timexes, timex_starts, s_start, s_end)
        calendar_dates = [
            _part_of_day_as_day(t)
            for t in in_sentence
            if t.type in (TimexType.DATE, TimexType.TIME)
            and t.interval is not None
            and t.granularity in _PRECISION
            and not t.is_vague
        ]
        dated = (
            _join_ranges(text, _join_clock_and_day(text, calendar_dates)) if calendar_dates else []
        )
        triggers = _triggers(sentence, s_start)
        trigger_starts = [t.start for t in triggers]
        if not dated:
            if _DURING_TRIP.search(sentence):
                dateless.extend(
                    (sentence, s_start, t, people_here)
                    for t in triggers
                    if t.kind not in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER)
                )
                continue
            has_date = any(t.type in (TimexType.DATE, TimexType.TIME) for t in in_sentence)
            follow = (
                []
                if has_date  # "last met in New Delhi in 2023": dated, if vaguely
                else _follow_ups(
                    sentence, s_start, triggers, people_here, previous, ref_day, events
                )
            )
            new = [e for e in follow if all(e is not p for p in previous)]
            events.extend(new)
            previous = new or previous
            if not follow:
                _attach_attendees(sentence, s_start, people_here, events)
            continue
        used: set[int] = set()
        # "postponed to Monday 9 March": the new date of an engagement, not one more
        new_dates = [t for t in dated if _NEW_DATE.search(text[max(0, t.start - 40) : t.start])]
        dated = [t for t in dated if t not in new_dates]
        sentence_events: list[ExtractedEvent] = []
        dated_events: dict[int, ExtractedEvent] = {}
        for timex in dated:
            said_on = _SAID_ON.search(text[max(0, timex.start - 30) : timex.start])
            if _SINCE.search(text[max(s_start, timex.start - 70) : timex.start]):
                continue  # "the first since Mr Trump's return to office in January"
            reach = _within(
                triggers,
                trigger_starts,
                timex.start - _TRIGGER_REACH,
                timex.start + _TRIGGER_REACH + 1,
            )
            eligible = [
                t
                for t in reach
                if (t.kind is Kind.STATEMENT and _dated_statement(text, t, timex, people_here))
                or (t.kind is not Kind.STATEMENT and not said_on and not _refers_back(text, t))
            ]
            aside = next(
                (
                    (s_start + a, s_start + b)
                    for a, b in _who_clauses(sentence)
                    if a <= timex.start - s_start < b
                ),
                None,
            )
            if aside is not None:
                # "Takaichi, who took office on Oct. 21, will attend ...": the date
                # describes the person; only an engagement of that clause takes it
                eligible = [t for t in eligible if aside[0] <= t.start < aside[1]]
            for _attempt in range(3):
                trigger = _nearest_trigger(sentence, s_start, timex, eligible, used)
                if trigger is None or _owned_by_other_date(
                    sentence, s_start, timex, trigger, dated
                ):
                    break
                used.add(trigger.start)
                named = _named_purpose(sentence, s_start, trigger, triggers)
                if named is not None:
                    used.add(named.start)
                    trigger = named
                clause_start, clause_end = _clause_of(sentence, trigger.start - s_start)
                clause_start, clause_end = _near(trigger.start - s_start, clause_start, clause_end)
                clause = sentence[clause_start:clause_end]
                before_trigger = sentence[clause_start : trigger.start - s_start]
                if trigger.kind is not Kind.STATEMENT and (
                    _is_conditional(before_trigger) or _NEGATED.search(before_trigger)
                ):
                    break  # "would meet if ...", "will not attend": no engagement
                event = _build_event(
                    sentence, s_start, timex, trigger, people_here, before_trigger, clause, ref_day
                )
                if event is not None:
                    _stretch_by_duration(event, timex, in_sentence, clause_start + s_start, clause)
                    sentence_events.append(event)
                    dated_events[timex.start] = event
                    break
                if trigger.kind is not Kind.VISIT:
                    break
                # "last visited Europe in February, when he addressed ...": a visit
                # to nowhere gives its date to the next engagement word
        sentence_events.extend(_gapped(text, dated, dated_events, people_here))
        if len(sentence_events) > 1:
            for event in sentence_events:
                _keep_clause_people(event, sentence, s_start, people_here)
        sentence_events.extend(
            _coordinated(text, sentence, s_start, dated, triggers, used, people_here, ref_day)
        )
        purposes = _purposes(
            sentence, s_start, sentence_events, triggers, used, people_here, ref_day
        )
        sentence_events.extend(purposes)
        sole_purposes.extend(purposes)
        for event in sentence_events:
            if event.status is Status.POSTPONED and new_dates:
                _move_to(event, new_dates[0])
        if new_dates and not sentence_events:
            # "The visit will now take place in May": the postponed engagement
            # of an earlier sentence moves, with what it holds
            noun = _KIND_NOUN.search(sentence)
            moved = [
                e
                for e in events
                if e.status is Status.POSTPONED
                and (noun is None or e.kind is _KIND_NOUNS[noun.group().lower()])
            ]
            if moved:
                for event in [moved[-1], *(e for e in events if e.trip is moved[-1])]:
                    _move_to(event, new_dates[0])
                    event.status = Status.POSTPONED
        if sentence_events and _agenda_line().match(sentence):
            _visitor_of_agenda(sentence_events, events)
        if sentence_events:
            previous = sentence_events
        else:
            _attach_attendees(sentence, s_start, people_here, events)
        events.extend(sentence_events)
    _place_by_reference(events)
    _gathering_attendees(events)
    _link_trips(events)
    _place_by_dateline(text, events)
    events.extend(_during_trips(events, dateless, ref_day))
    events = _fold_errands(events, sole_purposes)
    # an engagement with no participant and no place, even after the sentences
    # that followed it ("The call will be co-chaired by ..."), is no calendar entry
    events = [e for e in events if e.participants or e.place or e.venue]
    return _merge_same_engagement(events)


#: A line of a programme: "- Monday: talks with Prime Minister Narendra Modi",
#: "Day 2 (Tuesday): ...", "Tuesday, 2 September:".
@cache
def _agenda_line() -> re.Pattern[str]:
    """AGENDA_LINE, compiled on first use (keeps the import light)."""
    return re.compile(
        r"\s*(?:[-–•*]\s*)?(?:Day\s+\d+\s*)?\(?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
        r"|Sunday)\b[^:\n]{0,30}:\s"
    )


def _visitor_of_agenda(found: list[ExtractedEvent], events: list[ExtractedEvent]) -> None:
    """A programme line names the engagement, not who has it: the traveller of
    the visit whose days it is on ("- Monday: talks with Modi" on Merz's visit)."""
    for event in found:
        day = _as_date(event.start)
        visit = next(
            (
                e
                for e in reversed(events)
                if e.kind is Kind.VISIT
                and e.participants
                and _as_date(e.start) <= day < _as_date(e.end)
            ),
            None,
        )
        if visit is None or event.kind is Kind.VISIT:
            continue
        names = {p.name for p in event.participants}
        travellers = [p for p in visit.participants if p.name not in names]
        if travellers:
            event.participants[:0] = travellers
            _finish(event)


def _merge_same_engagement(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Two sentences of one article about one engagement make one event."""
    kept: list[ExtractedEvent] = []
    # the names already kept in each (kind, start, end) slot: one set look-up per
    # name keeps a run-on text of a thousand same-day events linear
    by_slot: dict[tuple[Kind, object, object], set[str]] = {}
    for event in events:
        taken = by_slot.setdefault((event.kind, event.start, event.end), set())
        names = {p.name for p in event.participants}
        if not names & taken:
            taken |= names
            kept.append(event)
    return kept
