"""The pipeline: people and dates of the whole article, then sentence by
sentence triggers paired with dates, then the article-wide passes (places by
reference and dateline, attendees, trips) and the merge of one engagement
told twice."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace as dc_replace
from datetime import date, datetime, timedelta
from functools import cache
from itertools import pairwise
from operator import attrgetter

from schedule.extraction.attendees import _attach_attendees, _gathering_attendees
from schedule.extraction.coordination import _coordinated, _gapped, _keep_clause_people
from schedule.extraction.dates import (
    _AHEAD_OF,
    _DEPARTS,
    _NEW_DATE,
    _NEW_DATE_AFTER_ASIDE,
    _ONE_DAY,
    _SAID_ON,
    _SINCE,
    _TRIGGER_REACH,
    RUNS_VERBS,
    _dated_statement,
    _dateline,
    _dates_of,
    _event_times,
    _join_clock_and_day,
    _join_ranges,
    _local_to_place,
    _move_to,
    _nearest_trigger,
    _owned_by_other_date,
    _part_of_day_as_day,
    _runs_until,
    _stretch_by_duration,
    _visit_runs_until,
)
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import (
    _PRECISION,
    ExtractedEvent,
    Kind,
    Participant,
    Precision,
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
from schedule.extraction.locations import (
    _REMOTE,
    _dateline_city_pattern,
    _locative_places,
    _place_by_dateline,
    _place_by_reference,
    _venue,
    _venue_named_before,
    _venue_there,
    _visit_here,
)
from schedule.extraction.people import (
    _own_people,
    _pair_reference,
    _participant,
    _Person,
    _PersonMention,
    _subject_pronoun,
    find_people,
)
from schedule.extraction.sentences import (
    _attribution,
    _clause_of,
    _dash_asides,
    _near,
    _who_clauses,
    _within,
    split_sentences,
)
from schedule.extraction.status import _NEGATED, _is_conditional
from schedule.extraction.trips import (
    _during_a_trip,
    _during_trips,
    _fold_errands,
    _folded_into,
    _link_trips,
    _purpose_on_its_day,
    _purposes,
    _without_inner_legs,
    _without_umbrella_trips,
)
from schedule.places import Place, capital_of, lookup, towns_of
from schedule.resolution import Granularity, Interval, Timex, TimexType, join_range_ends, tag


def extract_events(
    text: str, reference: date | datetime, timexes: list[Timex] | None = None
) -> list[ExtractedEvent]:
    """Engagements reported in ``text``, in order of appearance."""
    with towns_of(text):  # "Gabala, Azerbaijan" ... "in Gabala on Monday"
        return _extract_events(text, reference, timexes)


#: A timex's start, the sort key of the article's timexes.
_START = attrgetter("start")


def _extract_events(
    text: str, reference: date | datetime, timexes: list[Timex] | None
) -> list[ExtractedEvent]:
    if timexes is None:
        timexes = tag(text, reference)
    timexes = join_range_ends(text, timexes)  # an engagement spans a written range
    ref_day = _as_date(reference)
    mentions = find_people(text, ref_day)
    # sorted start offsets, so each sentence takes its slice in O(log n), not O(n)
    mention_starts = [m.start for m in mentions]
    datelines = [m.span() for m in _dateline().finditer(text)]
    if datelines:
        timexes = [t for t in timexes if not any(a <= t.start < b for a, b in datelines)]
    timexes = sorted(timexes, key=_START)  # (a key in C: issue 8)
    timex_starts = [t.start for t in timexes]
    # whether any engagement is moved at all ("postponed X, which ..., to June 16")
    moved_words = any(word in text for word in _MOVED_WORDS)
    events: list[ExtractedEvent] = []
    dateless: list[tuple[str, int, _Trigger, list[_PersonMention]]] = []
    sidelined: list[tuple[str, int, _Trigger, list[_PersonMention]]] = []
    last_subject: _Person | None = None
    last_pair: list[_Person] = []
    last_people: list[_Person] = []
    sole_purposes: list[ExtractedEvent] = []
    previous: list[ExtractedEvent] = []  # the events of the latest sentence that had any
    heading: tuple[Timex, int] | None = None  # a dated subhead and where its paragraph ends
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        people_here = _within(mentions, mention_starts, s_start, s_end)
        # the pronoun matters only with a subject to stand for (looked for then only)
        pronoun = _subject_pronoun(sentence) if last_subject is not None else None
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
        if len(people_here) >= 2:  # fewer mentions name no pair
            distinct = list({id(m.person): m.person for m in people_here}.values())
            if len(distinct) >= 2:
                last_pair = distinct[:2]
        in_sentence = _within(timexes, timex_starts, s_start, s_end)
        if events:
            in_sentence = [
                _weekday_of_visit(
                    _day_after_told(_day_of_trip(t, events), events, ref_day), events, ref_day
                )
                for t in in_sentence
            ]
            arrival = _ON_ARRIVAL.search(sentence) if "arrival" in sentence else None
            if arrival is not None:
                in_sentence = sorted(
                    in_sentence + _arrival_day(arrival, s_start, events), key=lambda t: t.start
                )
            eve = _EVE_OF.search(sentence) if "eve of" in sentence else None
            if eve is not None:
                in_sentence = sorted(
                    in_sentence + _eve_day(eve, s_start, events), key=lambda t: t.start
                )
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
        if len(dated) > 1:
            dated = _without_loose_weeks(dated, trigger_starts)
        if (
            previous
            and dated
            and _opening_clock(text, sentence, s_start, dated, triggers, previous, people_here)
        ):
            continue
        if (
            dated
            and dated[0].start == s_start
            and _SUBHEAD.fullmatch(sentence, dated[0].end - s_start)
            and text[s_end : s_end + 1] in ("\n", "")
        ):
            # "March 28: The first call" on a line of its own: a timeline's
            # dated subhead dates the paragraph under it, and is no event itself
            paragraph_end = text.find("\n\n", s_end)
            heading = (dated[0], len(text) if paragraph_end == -1 else paragraph_end)
            continue
        if not dated and heading is not None and s_start < heading[1]:
            first = next((t for t in triggers if t.kind not in (Kind.STATEMENT, Kind.OTHER)), None)
            if first is not None:
                dated = [dc_replace(heading[0], start=first.start, end=first.start)]
        if not dated:
            side = _SIDELINES_OF_GATHERING.search(sentence) if "sidelines" in sentence else None
            # a bare "On the sidelines," opens its sentence ("to meet Zelenskiy on
            # the sidelines, though no date has been fixed" is undated)
            if side is not None and (side.group("noun") is not None or side.start() == 0):
                # the engagement told there, not the gathering the phrase names
                first = next(
                    (
                        t
                        for t in triggers
                        if t.kind in (Kind.MEETING, Kind.CALL)
                        and not s_start + side.start() <= t.start < s_start + side.end()
                    ),
                    None,
                )
                if first is not None:
                    sidelined.append((sentence, s_start, first, people_here, side))
            if _during_a_trip(sentence):
                dateless.extend(
                    (sentence, s_start, t, people_here)
                    for t in triggers
                    if t.kind not in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER)
                )
                continue
            has_date = any(t.type in (TimexType.DATE, TimexType.TIME) for t in in_sentence)
            follow = (
                []
                # "last met in New Delhi in 2023": dated, if vaguely; a sentence
                # with no engagement word follows up none (issue 8)
                if has_date or not triggers
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
        # "on Friday (June 12)": the same day told again (neighbours only: linear)
        glosses = {
            b.start for a, b in pairwise(dated) if _BRACKET_GLUE.fullmatch(text, a.end, b.start)
        }
        # "postponed to Monday 9 March": the new date of an engagement, not one more
        new_dates = [
            t
            for t in dated
            if _NEW_DATE.search(text[max(0, t.start - 40) : t.start])
            or (moved_words and _NEW_DATE_AFTER_ASIDE.search(text[max(0, t.start - 200) : t.start]))
        ]
        dated = [t for t in dated if t not in new_dates]
        if previous and _RAN_FROM.match(sentence):
            dated = _hours_of_told(sentence, s_start, dated, previous)
        if len(dated) > 1 and any(verb in sentence for verb in _DOCUMENT_VERBS):
            # "for talks on the Pukpuk Treaty, the pact the two countries signed in
            # October": the date of the document the talks are about, no engagement's
            dated = [
                t
                for t in dated
                if not _DOCUMENT_DATED.search(text, max(s_start, t.start - 60), t.start)
            ]
        sentence_events: list[ExtractedEvent] = []
        dated_events: dict[int, ExtractedEvent] = {}
        for timex in dated:
            said_on = _SAID_ON.search(text[max(0, timex.start - 30) : timex.start])
            if _SINCE.search(text[max(s_start, timex.start - 70) : timex.start]):
                continue  # "the first since Mr Trump's return to office in January"
            ahead = _AHEAD_OF.search(text, max(s_start, timex.start - 120), timex.start)
            if ahead and not _within(triggers, trigger_starts, ahead.end(), timex.start):
                continue  # "ahead of Cyprus taking over the presidency on Jan. 1"
            if _DEPARTS.search(text, max(s_start, timex.start - 20), timex.start):
                continue  # "Rubio leaves Saturday": the journey's day
            if "published" in sentence and _PUBLISHED_ON.search(
                text, max(s_start, timex.start - 30), timex.start
            ):
                continue  # "its own account of the call published early on Monday"
            if _GMT_GLOSS.search(text[max(s_start, timex.start - 30) : timex.start]) and (
                re.match(r"\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\b", text[timex.start : timex.start + 12])
            ):
                continue  # "at 10:00 local time (13:00 GMT)": the same moment told again
            if timex.start in glosses:
                continue  # "on Friday (June 12)": the same day told again
            if _PLANNED_END.search(text, max(s_start, timex.start - 60), timex.start):
                continue  # "a visit originally scheduled to run until Wednesday"
            if _SERIES_OF_MONTHS.match(text, timex.end):
                continue  # "where ministers hold their April, June and October meetings"
            if _DEADLINE.search(text, max(s_start, timex.start - 40), timex.start):
                continue  # "no meeting had been confirmed by Monday morning"
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
            ) or next(
                (
                    # "The AES -- ..., whose juntas quit ECOWAS in January -- is
                    # due to hold its own summit": a date between dashes too
                    (s_start + a, s_start + b)
                    for a, b in _dash_asides(sentence)
                    if a <= timex.start - s_start < b
                ),
                None,
            )
            if _EVE_OF.fullmatch(timex.text):
                # "On the eve of the summit, Bio held talks": the summit dates them
                eligible = [t for t in eligible if not timex.start <= t.start < timex.end]
            if _ON_ARRIVAL.fullmatch(timex.text):
                # "After laying a wreath at the memorial on arrival, she will ...":
                # "on arrival" after a verb phrase dates that phrase
                before = [t for t in eligible if timex.start - 80 <= t.end <= timex.start]
                eligible = before or eligible
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
                    _is_conditional(
                        before_trigger, sentence[max(0, clause_start - 120) : clause_start]
                    )
                    or _NEGATED.search(before_trigger)
                ):
                    break  # "would meet if ...", "will not attend": no engagement
                event = _build_event(
                    sentence, s_start, timex, trigger, people_here, before_trigger, clause, ref_day
                )
                if event is not None:
                    _stretch_by_duration(event, timex, in_sentence, clause_start + s_start, clause)
                    if event.kind in (Kind.SUMMIT, Kind.CONFERENCE):
                        _runs_until(event, timex, dated, text)
                    sentence_events.append(event)
                    dated_events[timex.start] = event
                    break
                if _refine_told(text, events, trigger, timex):
                    break  # "The three-day visit, from 9 to 11 June": the dates of one told
                if trigger.kind is not Kind.VISIT:
                    break
                # "last visited Europe in February, when he addressed ...": a visit
                # to nowhere gives its date to the next engagement word
        sentence_events.extend(_gapped(text, dated, dated_events, people_here))
        if len(sentence_events) > 1:
            starts = tuple(e.trigger_start for e in sentence_events if e.kind is not Kind.STATEMENT)
            for event in sentence_events:
                _keep_clause_people(event, sentence, s_start, people_here, starts)
        sentence_events.extend(
            _coordinated(
                text,
                sentence,
                s_start,
                dated,
                triggers,
                used,
                people_here,
                ref_day,
                sentence_events,
            )
        )
        if (
            sentence.startswith(("Speaking", "Addressing", "Talking"))
            and (said := _said_after_opener(sentence, s_start, dated, triggers, sentence_events))
            is not None
        ):
            timex, trigger, opener = said
            spoken = _build_event(
                sentence,
                s_start,
                timex,
                trigger,
                people_here,
                sentence[opener : trigger.start - s_start],
                sentence[opener:],
                ref_day,
            )
            if spoken is not None:
                used.add(trigger.start)
                sentence_events.append(spoken)
        if sentence.startswith(("Speaking", "Addressing", "Talking")):
            _spoken_where(sentence, s_start, sentence_events)
        purposes = _purposes(
            sentence, s_start, sentence_events, triggers, used, people_here, ref_day
        )
        sentence_events.extend(purposes)
        sole_purposes.extend(purposes)
        if sentence_events and previous:
            sentence_events.extend(
                _earlier_that_day(
                    sentence,
                    s_start,
                    triggers,
                    used,
                    people_here,
                    previous,
                    sentence_events,
                    ref_day,
                )
            )
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
            if not moved and noun is not None and _THAT_ONE.fullmatch(sentence, 0, noun.start()):
                # "Thursday had been pencilled in for a meeting between Vučić and
                # Kurti. That meeting has now been postponed to November 13": the
                # one just told moves, though its own sentence did not say so
                kind = _KIND_NOUNS[noun.group().lower()]
                moved = [e for e in previous if e.kind is kind]
            if moved:
                for event in [moved[-1], *(e for e in events if e.trip is moved[-1])]:
                    _move_to(event, new_dates[0])
                    event.status = Status.POSTPONED
        if sentence_events and _agenda_line().match(sentence):
            _visitor_of_agenda(sentence_events, events)
        if sentence_events:
            previous = sentence_events
        elif not sidelined or sidelined[-1][1] != s_start:
            # (a sentence on the sidelines tells an engagement of its own, later)
            _attach_attendees(
                sentence,
                s_start,
                people_here,
                events,
                [_as_date(t.interval.start) for t in dated if t.interval is not None],
            )
        events.extend(sentence_events)
    for event in events:
        # "a visit ... that runs until Wednesday" (the words _VISIT_RUNS_UNTIL needs)
        if event.kind is Kind.VISIT and any(f" {w} " in event.sentence for w in RUNS_VERBS):
            s_start = event.sentence_start
            _visit_runs_until(
                event, _within(timexes, timex_starts, s_start, s_start + len(event.sentence))
            )
    _into_the_visit_day(events)
    _place_by_reference(events)
    _venue_there(events)
    _venue_named_before(events)
    _gathering_attendees(events)
    events = _without_umbrella_trips(events)
    events = _one_stay(events)
    _visit_here(text, events)
    _link_trips(events)
    _place_by_dateline(text, events, ref_day)
    if " told " in text:
        _statement_told_in(text, events)
    _in_the_capital(events)
    if "delegation" in text:
        _delegation_of_the_visit(events)
    _visitor_not_host(events)
    _the_visitor(events)
    _traveller_attends(events)
    if " him" in text or " her" in text:
        _the_traveller_as_object(events)
    if " met in " in text:
        _met_at_a_summit(events)
    events.extend(_during_trips(events, dateless, ref_day))
    if sidelined:
        events.extend(_on_the_sidelines(events, sidelined, ref_day))
    _generic_house_abroad(events)
    events = _without_inner_legs(_fold_errands(_errand_told_next(events), sole_purposes))
    events = _fold_told_again(text, events)
    events = _purpose_on_its_day(events)
    # an engagement with no participant and no place, even after the sentences
    # that followed it ("The call will be co-chaired by ..."), is no calendar entry
    events = [e for e in events if e.participants or e.place or e.venue]
    _visit_in_its_city(text, events)
    _said_where_engaged(events)
    if "sign" in text:
        events.extend(_signed_when(events))
    _local_to_place(events)
    return _merge_same_engagement(_split_separate(events))


#: An undated telling of a statement with its city: "Prasetyo told reporters in
#: Jakarta", "Koizumi told a press conference in Tokyo".
_TOLD_IN = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+)\s+told\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reporters|journalists|conference|briefing|media)\s+in\s+"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _statement_told_in(text: str, events: list[ExtractedEvent]) -> None:
    """'Prasetyo Hadi said on Friday ... "...," Prasetyo told reporters in
    Jakarta': a dated statement with no place of its own is where its speaker
    told it again, with no date, later in the report (one scan of the text)."""
    unplaced = sorted(
        (e for e in events if e.kind is Kind.STATEMENT and e.place is None),
        key=lambda e: e.sentence_start,
    )
    if not unplaced:
        return
    starts = [e.sentence_start for e in unplaced]
    dated_at = {e.trigger_start for e in events if e.kind is Kind.STATEMENT}
    for match in _TOLD_IN.finditer(text):
        if match.start() + len(match.group("who")) + 1 in dated_at:
            continue  # a telling dated on its own is its own statement
        who = match.group("who")
        # the statements told just before (a bound keeps a text of a thousand linear)
        before = bisect_left(starts, match.start())
        said = next(
            (
                e
                for e in reversed(unplaced[max(0, before - _TOLD_REACH) : before])
                if e.place is None
                and e.participants
                # "Prasetyo" for Prasetyo Hadi: any word of the name the report uses
                and who in e.participants[0].name.split()
            ),
            None,
        )
        city = lookup(match.group("place")) if said is not None else None
        if said is not None and city is not None and not city.is_country:
            said.place = city
            _finish(said)


#: The day a report or an account came out, no engagement's: "published early on".
_PUBLISHED_ON = re.compile(r"\bpublished\s+(?:(?:early|late)\s+)?(?:on\s+)?$")


#: The traveller told by the visit: "The visiting minister will call on Modi".
_THE_VISITING = re.compile(
    r"\b[Tt]he\s+visiting\s+(?:minister|president|prime\s+minister|premier|chancellor"
    r"|leader|king|queen|emir|envoy|secretary|head\s+of\s+state)\b"
)


def _in_a_visit(events: list[ExtractedEvent]) -> Iterator[tuple[ExtractedEvent, ExtractedEvent]]:
    """Each event inside a visit whose traveller is named, with that visit."""
    for event in events:
        trip = event.trip
        if trip is not None and trip.kind is Kind.VISIT and trip.participants:
            yield event, trip


def _the_visitor(events: list[ExtractedEvent]) -> None:
    """'The visiting minister will call on Prime Minister Narendra Modi later on
    Thursday': the visitor of the trip the engagement is part of is its subject."""
    for event, trip in _in_a_visit(events):
        if event.kind in (Kind.VISIT, Kind.STATEMENT) or not _THE_VISITING.search(
            event.sentence, 0, max(0, event.trigger_start - event.sentence_start)
        ):
            continue
        visitor = trip.participants[0]
        if all(p.name != visitor.name for p in event.participants):
            event.participants.insert(0, visitor)
            _finish(event)


#: "last met in Harare on 17 August 2024, at the SADC summit", "who last met in
#: Honiara in September last year at a summit hosted by": the place and day of
#: the meeting, then the summit it was (a bare "met at the Nato summit in The
#: Hague" is a meeting at the summit: kinds._MET_AT).
_MET_THEN_AT_A_SUMMIT = re.compile(
    r"met\s+in\s+[^,.;]{1,60}?,?\s+at\s+(?:a|an|the)\s+(?:[\w\"“”'-]+\s+){0,4}summit\b"
)


def _met_at_a_summit(events: list[ExtractedEvent]) -> None:
    """A past meeting told by its day and place, then 'at a summit', is that
    summit (tests/articles/README.md: the article's own word wins)."""
    for event in events:
        if (
            event.kind is Kind.MEETING
            and event.trigger.lower() == "met"
            and _MET_THEN_AT_A_SUMMIT.match(
                event.sentence, max(0, event.trigger_start - event.sentence_start)
            )
        ):
            event.kind = Kind.SUMMIT
            _finish(event)


#: A trip's errand with nobody named yet: "for a meeting with his counterparts".
_FOR_AN_ERRAND = re.compile(r"\bfor\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b")
#: The errand told again in the next sentence: "will host the talks".
_THE_ERRAND = re.compile(r"\b(?:the|that)\s+(?:meeting|talks)\b")


def _errand_told_next(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'Wadephul will travel to Riga on Thursday for a meeting with his
    counterparts ... Braže will host the talks': a one-day trip for one errand
    whose people the next sentence names is that errand alone, the traveller
    among its people (tests/articles/README.md: one-day trips)."""
    dropped: set[int] = set()
    for visit in events:
        if (
            visit.kind is not Kind.VISIT
            or visit.status is Status.HELD
            or not visit.participants
            or visit.precision is not Precision.DAY
            or _as_date(visit.end) - _as_date(visit.start) != _ONE_DAY
        ):
            continue
        after = visit.trigger_start - visit.sentence_start + len(visit.trigger)
        if not _FOR_AN_ERRAND.search(visit.sentence, max(0, after)):
            continue
        # the errand, maybe told by two words of one sentence ("host the talks")
        linked = [e for e in events if e.trip is visit]
        if (
            not linked
            or any(e.kind is not Kind.MEETING for e in linked)
            or len({e.sentence_start for e in linked}) != 1
            or linked[0].sentence_start <= visit.sentence_start
            or not _THE_ERRAND.search(linked[0].sentence)
        ):
            continue
        for errand in linked:
            errand.trip = None
            names = {p.name for p in errand.participants}
            errand.participants[:0] = [p for p in visit.participants if p.name not in names]
            _finish(errand)
        dropped.add(id(visit))
    return [e for e in events if id(e) not in dropped] if dropped else events


#: The traveller as the object of the engagement's verb: "will hold official
#: talks with him", "is to welcome him with military honours".
_WITH_HIM = re.compile(
    r"\b(?:with|welcomes?|receives?|hosts?|greets?|meets?)\s+(?:him|her)\b(?!\s*self)"
)


def _the_traveller_as_object(events: list[ExtractedEvent]) -> None:
    """'Sonko is scheduled to arrive in Doha on Wednesday ... Sheikh Mohammed
    will hold official talks with him at the Amiri Diwan on Thursday': the
    pronoun is the visit's traveller, and the people of other sentences (the
    Amir's callers told before) are none of the talks'."""
    for event, trip in _in_a_visit(events):
        if (
            event.kind in (Kind.VISIT, Kind.STATEMENT, Kind.CALL)
            or event.sentence_start == trip.sentence_start
        ):
            continue
        end = event.trigger_start - event.sentence_start + len(event.trigger) + 20
        if not _WITH_HIM.search(event.sentence, 0, max(0, end)):
            continue
        traveller = trip.participants[0]
        if any(p.name == traveller.name for p in event.participants):
            continue
        told = [
            p
            for p in event.participants
            if any(form in event.sentence for form in (p.name, *p.aliases))
        ]
        event.participants = [traveller, *told]
        _finish(event)


#: What a trip is for, told after its word: "a three-day visit built around the
#: Pacific Islands Forum Foreign Ministers' Meeting", "travel to Bled for the forum".
_TRIP_FOR_A_GATHERING = re.compile(
    r"[^.;]{0,60}?\b(?:for|to\s+attend|around|at)\s+(?:the|a|an|this\s+year's)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?P<noun>(?i:meeting|summit|conference|forum|dialogue|council))\b"
)


def _traveller_attends(events: list[ExtractedEvent]) -> None:
    """'Peters will arrive in Suva on Tuesday for a three-day visit built around
    the Forum Foreign Ministers' Meeting ... The ministers will meet at the Forum
    Secretariat on Wednesday': the gathering a trip is for, told with its other
    attendees, has the traveller among them."""
    for event, trip in _in_a_visit(events):
        if (
            event.kind not in (Kind.MEETING, Kind.SUMMIT, Kind.CONFERENCE)
            or len(event.participants) < 2
            or event.sentence_start == trip.sentence_start
            or {p.name for p in trip.participants} & {p.name for p in event.participants}
        ):
            continue
        after = trip.trigger_start - trip.sentence_start + len(trip.trigger)
        purpose = _TRIP_FOR_A_GATHERING.match(trip.sentence, max(0, after))
        # the gathering told by the trip's own word for it ("Ahead of the
        # leaders' meeting, the ministers will meet" on a trip for a summit is not)
        if purpose and purpose.group("noun").lower() in event.sentence.lower():
            event.participants.insert(0, trip.participants[0])
            _finish(event)


#: "X will welcome Y to Abu Dhabi", "X will receive Y, who arrives": the host
#: before the verb, the visitor after it.
_HOST_VERB = re.compile(r"\b(?:welcome|receive|host)s?\s+(?=[A-Z]|the\s|his\s|her\s)")


def _visitor_not_host(events: list[ExtractedEvent]) -> None:
    """'Sheikh Mohamed bin Zayed will welcome Ghana's President John Dramani Mahama
    to Abu Dhabi on Monday at the start of a two-day state visit': the visit is
    the guest's; the host who welcomes him is no traveller (README: the traveller
    of a visit)."""
    for event in events:
        if event.kind is not Kind.VISIT or len(event.participants) < 2:
            continue
        at = event.trigger_start - event.sentence_start
        verbs = list(_HOST_VERB.finditer(event.sentence, 0, max(0, at)))
        verb = verbs[-1] if verbs else None
        if verb is None or not verb.start() < at:
            continue
        before, after = event.sentence[: verb.start()], event.sentence[verb.end() : at + 1]
        guests = [p for p in event.participants if _named_in(after, p)]
        hosts = [p for p in event.participants if _named_in(before, p) and p not in guests]
        if guests and hosts:
            event.participants = [p for p in event.participants if p not in hosts]
            _finish(event)


#: "On the sidelines of the summit,": a gathering told before, by its noun.
_SIDELINES_OF_GATHERING = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)"
    r"(?:\s+of\s+the\s+(?:joint\s+)?(?P<noun>summit|conference|forum|assembly|gathering"
    # "On the sidelines of the session", "of the joint session", "of the
    # meeting": a ministerial council's meeting is the gathering; "On the
    # sidelines, he will hold": the one just told
    r"|session|meeting)\b|(?=\s*,))",
    re.IGNORECASE,
)


def _on_the_sidelines(
    events: list[ExtractedEvent],
    sidelined: list[tuple[str, int, _Trigger, list[_PersonMention], re.Match[str]]],
    reference: date,
) -> list[ExtractedEvent]:
    """'The summit ... will take place on Tuesday ... On the sidelines of the
    summit, Erdogan is expected to hold separate bilateral meetings with
    Tokayev and Mirziyoyev': a meeting with no date of its own on the
    sidelines of the gathering just told is on its first day, at its place."""
    found: list[ExtractedEvent] = []
    for sentence, offset, trigger, people, side in sidelined:
        if any(e.sentence_start == offset for e in events):
            continue  # the sentence told its engagement already
        noun = side.group("noun")
        kinds = (
            (Kind.SUMMIT, Kind.CONFERENCE)
            if noun is not None and noun.lower() not in ("session", "meeting")
            else (Kind.SUMMIT, Kind.CONFERENCE, Kind.MEETING)
        )
        gathering = next(
            (
                e
                for e in reversed(events)
                if e.kind in kinds
                and e.sentence_start < offset
                and e.precision in (Precision.DAY, Precision.TIME)
                and e.status is not Status.HELD
            ),
            None,
        )
        if gathering is None or not people:
            continue
        first = _as_date(gathering.start)
        day = Timex(
            start=trigger.start,
            end=trigger.start,
            text=trigger.text,
            type=TimexType.DATE,
            value=first.isoformat(),
            interval=Interval(first, first + _ONE_DAY, Granularity.DAY),
            granularity=Granularity.DAY,
        )
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        event = _build_event(
            sentence,
            offset,
            day,
            trigger,
            people,
            sentence[clause_start : trigger.start - offset],
            sentence[clause_start:clause_end],
            reference,
        )
        if event is None:
            continue
        event.phrase = side.group()
        event.place = gathering.place
        # "On the sidelines of the session, he will hold separate talks": at
        # the gathering's venue, which its own sentence told
        event.venue = event.venue or gathering.venue
        event.trip = gathering.trip
        _finish(event)
        found.append(event)
    return found


#: Bodies every country has, which the table of venues knows by one country's:
#: "Parliament" is Westminster only in a report about Britain.
_EVERY_COUNTRY_HAS = frozenset({"parliament", "congress", "senate", "national assembly"})


def _generic_house_abroad(events: list[ExtractedEvent]) -> None:
    """'During the visit [to Kenya] ... address a joint sitting of Parliament':
    Kenya's parliament, not London's; the engagement is where its trip is."""
    for event in events:
        trip = event.trip
        if (
            trip is not None
            and trip.place is not None
            and event.place is not None
            and event.venue is not None
            and event.venue.casefold() in _EVERY_COUNTRY_HAS
            and event.place.country_code != trip.place.country_code
        ):
            event.venue = None
            capital = capital_of(trip.place.country_code) if trip.place.is_country else None
            event.place = capital or trip.place
            _finish(event)


def _without_loose_weeks(dated: list[Timex], trigger_starts: list[int]) -> list[Timex]:
    """'Later next week, Babiš will attend his first European Council summit ...
    on Thursday and Friday, December 18-19': a week that holds the day written
    next after it, with one engagement word between them at most, is that day
    told loosely first ("Next week, Lavrov will travel to Dushanbe, where the
    council will meet on October 9" dates two engagements)."""
    loose = {
        id(week)
        for week, day in pairwise(dated)
        if week.granularity is Granularity.WEEK
        and day.granularity in (Granularity.DAY, Granularity.TIME)
        and week.interval is not None
        and day.interval is not None
        and bisect_left(trigger_starts, day.start) - bisect_left(trigger_starts, week.end) <= 1
        and _as_date(week.interval.start)
        <= _as_date(day.interval.start)
        < _as_date(week.interval.end)
    }
    return [t for t in dated if id(t) not in loose] if loose else dated


def _one_stay(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'Noboa cut short his state visit to Panama on Tuesday ... Noboa had
    arrived in Panama City on Monday': one stay told by its days one after the
    other (the arrival, the end) is one visit over those days, in the city."""
    visits = [e for e in events if e.kind is Kind.VISIT and e.precision is Precision.DAY]
    if len(visits) < 2:
        return events
    dropped: dict[int, ExtractedEvent] = {}
    for first, second in pairwise(visits):
        kept = dropped.get(id(first), first)
        if (
            not kept.participants
            or not second.participants
            or kept.participants[0].name != second.participants[0].name
            or kept.place is None
            or second.place is None
            or kept.place.country_code != second.place.country_code
            or kept.status is not second.status
            or not (
                kept.end == second.start
                or second.end == kept.start
                # "a state visit to the Republic of Korea from 18 to 20 May ... will
                # arrive in Seoul on Monday, 18 May": the arrival is a day of the stay
                or (
                    kept.start == second.start
                    and second.end < kept.end
                    and "arriv" in second.sentence
                    and kept.place.is_country != second.place.is_country
                )
            )
        ):
            continue
        kept.start, kept.end = min(kept.start, second.start), max(kept.end, second.end)
        if kept.place.is_country and not second.place.is_country:
            kept.place = second.place
        _finish(kept)
        dropped[id(second)] = kept
    return _folded_into(events, dropped)


#: The visiting party named as a body: "for the Mexican delegation".
_THE_VISITORS = re.compile(r"\b(?:the|his|her)\s+(?:[A-Z][a-z]+\s+)?delegation\b(?!\s+of\b)")


def _delegation_of_the_visit(events: list[ExtractedEvent]) -> None:
    """'Ebrard arrives in Guatemala City on Thursday for a two-day visit ... On
    Thursday evening García will host a reception for the Mexican delegation':
    the delegation an engagement of the visit is for is the traveller's."""
    for event in events:
        trip = event.trip
        if trip is None or trip.kind is not Kind.VISIT or not trip.participants:
            continue
        at = event.trigger_start - event.sentence_start
        if not _THE_VISITORS.search(event.sentence, max(0, at), max(0, at) + 200):
            continue
        names = {p.name for p in event.participants}
        travellers = [p for p in trip.participants if p.name not in names]
        if travellers:
            event.participants.extend(travellers)
            _finish(event)


def _in_the_capital(events: list[ExtractedEvent]) -> None:
    """'a five-day visit to Taiwan ... Nunez is to meet Speaker Han at the
    Legislative Yuan': an engagement of a visit to a country that names no city
    of its own is in the capital, where the offices, chambers and palaces it is
    held at sit, when a sentence of the programme tells it (tests/articles/README.md:
    an engagement inside a visit)."""
    for event in events:
        if (
            event.kind is Kind.VISIT
            and event.place is not None
            and event.place.is_country
            and _IN_THE_CAPITAL.search(
                event.sentence,
                max(0, event.trigger_start - event.sentence_start - 80),
                max(0, event.trigger_start - event.sentence_start),
            )
            and (capital := capital_of(event.place.country_code)) is not None
        ):
            # "hours after she arrived in the capital for an official visit to
            # Viet Nam": the stay is in the capital
            event.place = capital
            _finish(event)
    for event in events:
        trip, place = event.trip, event.place
        if (
            trip is None
            or place is None
            or not place.is_country
            or trip.place is not place
            or event.kind in (Kind.VISIT, Kind.STATEMENT)
            # "a three-day visit to the United States, during which he is also
            # expected to meet Rubio": told with the visit, it is where the visit is
            or event.sentence_start <= trip.sentence_start
        ):
            continue
        capital = capital_of(place.country_code)
        if capital is not None:
            event.place = capital
            _finish(event)


#: A past occasion's signing told after it: "visited Tehran in May, when the two
#: presidents signed agreements", "was last in Cairo on February 12, when he met
#: Abdelatty ... and the two signed a memorandum".
_SIGNED_WHEN = re.compile(r",\s*when\b[^.;]{0,120}?\b(?P<verb>signed|witnessed\s+the\s+signing)\b")

#: "last met in Moscow on February 3, when they signed": the meeting is the
#: signing, one engagement (tests/articles/README.md: one event per engagement).
_MET_BEFORE = re.compile(r"\bmet\b")


def _signed_when(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A signing told in a when-clause after a past visit or meeting other than
    "met ..., when they signed" is an engagement of its own on that occasion's
    day and place (part of the visit it follows)."""
    found: list[ExtractedEvent] = []
    signed_in = {e.sentence_start for e in events if e.kind is Kind.SIGNING}
    for event in events:
        at = event.trigger_start - event.sentence_start
        if (
            event.status is not Status.HELD
            or event.kind not in (Kind.VISIT, Kind.MEETING)
            or event.sentence_start in signed_in
            or at < 0
        ):
            continue
        when = _SIGNED_WHEN.search(event.sentence)
        if when is None or _MET_BEFORE.search(event.sentence, 0, when.start()):
            continue
        signing = dc_replace(
            event,
            kind=Kind.SIGNING,
            participants=list(event.participants),
            phrase=f"{event.phrase}, when ... signed",
            trip=event if event.kind is Kind.VISIT else event.trip,
            trigger_start=event.sentence_start + when.start("verb"),
        )
        _finish(signing)
        signed_in.add(event.sentence_start)
        found.append(signing)
    return found


def _said_where_engaged(events: list[ExtractedEvent]) -> None:
    """'Ramírez Lezcano told Petra on Wednesday', 'Poulsen told NTB on Thursday':
    a dated statement placed nowhere is where its speaker was engaged that day
    (the meeting or the visit of the report that names them), part of that trip."""
    unplaced = [
        e
        for e in events
        if e.kind is Kind.STATEMENT
        and e.place is None
        and e.participants
        and e.precision is Precision.DAY
    ]
    if not unplaced:
        return
    for said in unplaced:
        day = _as_date(said.start)
        speaker = said.participants[0].name
        where = next(
            (
                e
                for e in events
                if e.kind not in (Kind.STATEMENT, Kind.CALL)
                and e.place is not None
                and e.precision in (Precision.DAY, Precision.TIME)
                and _as_date(e.start) <= day < max(_as_date(e.end), _as_date(e.start) + _ONE_DAY)
                and any(p.name == speaker for p in e.participants)
                and not _REMOTE.search(e.sentence)
            ),
            None,
        )
        if where is None:
            continue
        said.place = where.place
        said.trip = where if where.kind is Kind.VISIT else where.trip
        _finish(said)


#: An engagement held from afar places no one: "by video link", "virtually".


def _visit_in_its_city(text: str, events: list[ExtractedEvent]) -> None:
    """'will pay a state visit to the Philippines from March 24 to 26 ... at
    Malacañan Palace ... at the Palace that evening': a visit to a country whose
    engagements are all in one city of it is a stay in that city, and is placed
    there (tests/articles/README.md: the place is the most precise one known; a
    tour of several cities keeps the country)."""
    cities: dict[int, Place | None] = {}
    for event in events:
        trip = event.trip
        if trip is None or trip.place is None or not trip.place.is_country:
            continue
        place = event.place
        if place is None or place is trip.place:
            continue
        if place.is_country or place.country_code != trip.place.country_code:
            cities[id(trip)] = None
            continue
        seen = cities.setdefault(id(trip), place)
        if seen is not None and seen != place:
            cities[id(trip)] = None
    if not cities:
        return
    opening = _dateline_city_pattern().match(text)
    past_dateline = opening.end() if opening is not None else 0
    for event in events:
        city = cities.get(id(event))
        if (
            city is not None
            and event.kind is Kind.VISIT
            # the visit's own sentence names the city (not its dateline):
            # "visit to Turkmenistan ... in Ashgabat", "his first to Manila"
            and re.search(
                rf"\b{re.escape(city.name)}\b",
                event.sentence[max(0, past_dateline - event.sentence_start) :],
            )
        ):
            event.place = city
            _finish(event)


#: Where a visit to a country is spent, told before it: "arrived in the capital for".
_IN_THE_CAPITAL = re.compile(r"\b(?:arriv\w+|be|stay\w*)\s+in\s+the\s+capital\b[^,;.]{0,40}$")


#: A sentence opening on the engagement just told: "That meeting", "The talks".
_THAT_ONE = re.compile(r"\s*(?:That|This|The)\s+(?:[\w-]+\s+){0,2}")


#: The end of a stay as first planned, when the stay changed: "a visit originally
#: scheduled to run until Wednesday" (the days it lasted are told elsewhere).
_PLANNED_END = re.compile(
    r"\boriginally\s+(?:scheduled|planned|due|set)\s+to\s+(?:run|last|continue)\s+"
    r"(?:until|till|through)\s+$"
)


#: What stands between a date and its gloss: "Friday (June 12)".
_BRACKET_GLUE = re.compile(r"\s*\(\s*")


#: A clock glossed in GMT or UTC right after another: "10 a.m. (0900 GMT)".
_GMT_GLOSS = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midday|local\s+time)\s*\(\s*$", re.IGNORECASE)


#: A date something had (not) been done by: "but schedules had not been
#: published by Sunday afternoon" is a deadline, no engagement's day.
_DEADLINE = re.compile(r"\bbeen\s+\w+(?:ed|en|ne)\s+(?:\w+\s+)?by\s+$")


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)

#: A day named in a sentence: a weekday, or a month's day ("17 July", "July 17").
_NAMES_A_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    rf"|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b"
)


#: Months naming a series, not one engagement: "their April, June and October
#: meetings", "the annual June summits" (a plural engagement noun after them).
_SERIES_OF_MONTHS = re.compile(
    rf"(?:\s*,\s*{_MONTH}|\s+and\s+{_MONTH})*\s+(?:meetings|summits|sessions|conferences)\b"
)


#: What follows a subhead's date: a colon or dash and a short title, no sentence.
_SUBHEAD = re.compile(r"\s*[:–—-]\s*[^.!?\n]{0,60}")


#: A gathering or a visit told a second time: "The summit, hosted by ...,
#: opened at 11 a.m.", "The three-day visit, from 9 to 11 June, ...".
_TOLD_AGAIN = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}$")


#: How many engagements back one told again is looked for (a bound keeps a text
#: of a thousand summits linear; a report tells again what it told just before).
_TOLD_REACH = 12


#: Precisions from the finest.
_FINER = (Precision.TIME, Precision.DAY, Precision.WEEK, Precision.MONTH)


#: A day of a trip by its rank: "on the first day", "on the final day of the visit".
_TRIP_DAY = re.compile(
    r"(?:the\s+)?(?P<rank>first|second|third|fourth|opening|final|last|closing)\s+day\b",
    re.IGNORECASE,
)
_RANKS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}


def _day_of_trip(timex: Timex, events: list[ExtractedEvent]) -> Timex:
    """'welcomed ... on the first day', 'On the final day of the visit': a day the
    resolver leaves unanchored is a day of the latest visit told with its days
    (tests/articles/README.md: an engagement inside a dated visit)."""
    rank = _TRIP_DAY.fullmatch(timex.text)
    if rank is None:
        return timex
    resolved = timex.interval is not None and not timex.is_vague
    if resolved and rank.group("rank").lower() not in ("final", "last", "closing"):
        return timex
    # the visit is among the latest engagements (a bound keeps a run-on linear);
    # "On the final day" of a state visit whose second day was a leg to The
    # Hague is the visit's, not the leg's: a visit of more than one day first
    latest = [e for e in reversed(events[-50:]) if e.kind is Kind.VISIT]
    visit = next(
        (
            e
            for e in latest
            if e.precision is Precision.DAY and _as_date(e.end) - _as_date(e.start) > _ONE_DAY
        ),
        latest[0] if latest else None,
    )
    if visit is None or visit.precision is not Precision.DAY:
        return timex
    first, last = _as_date(visit.start), _as_date(visit.end) - timedelta(days=1)
    if resolved and not first <= _as_date(timex.interval.start) <= last:  # type: ignore[union-attr]
        # "the final day" the resolver counted from the day told last: inside the
        # visit it is the visit's last day, elsewhere it is the resolver's
        return timex
    word = rank.group("rank").lower()
    day = last if word in ("final", "last", "closing") else first + timedelta(days=_RANKS[word])
    if not first <= day <= last:
        return timex
    return dc_replace(
        timex,
        type=TimexType.DATE,
        value=day.isoformat(),
        interval=Interval(day, day + timedelta(days=1), Granularity.DAY),
        granularity=Granularity.DAY,
    )


def _weekday_of_visit(timex: Timex, events: list[ExtractedEvent], reference: date) -> Timex:
    """'... at 10:00 am on Monday, January 26 ... The Amir will host a state
    banquet ... on Monday evening. On Tuesday, the Crown Prince will receive
    President Prabowo': a bare weekday in a programme told inside a dated visit
    is that visit's day, not the next such weekday after the report's."""
    if (
        timex.rule != "weekday"
        or timex.interval is None
        or timex.granularity not in (Granularity.DAY, Granularity.TIME)
    ):
        return timex
    day = _as_date(timex.interval.start)
    if day <= reference:
        return timex  # "said on Tuesday": told as past, the report's week
    # the engagement told last, and the visit it lies in (a bound keeps a run-on linear)
    told = next(
        (e for e in reversed(events[-50:]) if e.kind not in (Kind.STATEMENT, Kind.VISIT)), None
    )
    if told is None or _as_date(told.start) <= day:
        return timex
    visit = next(
        (
            e
            for e in reversed(events[-50:])
            if e.kind is Kind.VISIT
            and e.precision is Precision.DAY
            and e.status is not Status.HELD
            and _as_date(e.start) <= _as_date(told.start) < _as_date(e.end)
        ),
        None,
    )
    if visit is None:
        return timex
    shift = timedelta(days=7 * -(-(_as_date(visit.start) - day).days // 7))
    if not max(_as_date(visit.start), _as_date(told.start)) <= day + shift < _as_date(visit.end):
        # the programme goes forward: "in Riyadh on Sunday" after the visit's
        # Tuesday is no day of the visit
        return timex
    interval = timex.interval
    return dc_replace(
        timex,
        value=(day + shift).isoformat() + (timex.value or "")[10:],
        interval=Interval(interval.start + shift, interval.end + shift, interval.granularity),
    )


#: A day told by the one before it: "the following day", "the next day".
_FOLLOWING_DAY = re.compile(
    r"(?:on\s+)?the\s+(?:following|next)\s+day|the\s+day\s+after", re.IGNORECASE
)


def _day_after_told(timex: Timex, events: list[ExtractedEvent], reference: date) -> Timex:
    """'... will resume talks in Vienna on Wednesday ... scheduled to meet Grossi
    the following day': with no day before it in its sentence the resolver
    counts from the report's day; the day is the one after the engagement
    just told."""
    if (
        timex.interval is None
        or timex.granularity is not Granularity.DAY
        or _as_date(timex.interval.start) != reference + _ONE_DAY
        or not _FOLLOWING_DAY.fullmatch(timex.text)
    ):
        return timex
    # the engagement told last (a bound keeps a run-on linear)
    told = next(
        (
            e
            for e in reversed(events[-50:])
            if e.kind is not Kind.STATEMENT
            and e.status is not Status.HELD
            and e.precision in (Precision.DAY, Precision.TIME)
            and _as_date(e.end) - _as_date(e.start) <= _ONE_DAY
            # "The talks are due to begin at 10 a.m.": an hour with no day of its own
            and not _BARE_CLOCK.fullmatch(e.phrase)
        ),
        None,
    )
    if told is None or _as_date(told.start) <= reference:
        return timex
    day = _as_date(told.start) + _ONE_DAY
    return dc_replace(
        timex,
        value=day.isoformat(),
        interval=Interval(day, day + _ONE_DAY, Granularity.DAY),
    )


def _earlier_that_day(
    sentence: str,
    offset: int,
    triggers: list[_Trigger],
    used: set[int],
    people: list[_PersonMention],
    previous: list[ExtractedEvent],
    found: list[ExtractedEvent],
    reference: date,
) -> list[ExtractedEvent]:
    """'Wong will spend Friday in Manila. She is due to hold talks with Lazaro
    and is expected to be received by Marcos in the afternoon': the talks, joined
    by "and" to an engagement dated in the sentence, are on the day of the
    one-day visit just told (tests/articles/README.md: an engagement with no
    date of its own inside a dated one-day visit takes the visit's day)."""
    visit = next(
        (
            e
            for e in previous
            if e.kind is Kind.VISIT
            and e.precision is Precision.DAY
            and _as_date(e.end) - _as_date(e.start) == _ONE_DAY
        ),
        None,
    )
    if visit is None or not people:
        return []
    first = min(e.trigger_start for e in found)
    out: list[ExtractedEvent] = []
    for trigger in triggers:
        if (
            trigger.start in used
            or trigger.start >= first
            or trigger.kind not in (Kind.MEETING, Kind.SIGNING, Kind.SPEECH)
            or not re.search(
                r"\band\b", text_between := sentence[trigger.end - offset : first - offset]
            )
            or re.search(r"[,;]", text_between)
        ):
            continue
        following = next((t.start for t in triggers if t.start > trigger.start), first)
        counterparts = [m for m in people if trigger.start < m.start < following]
        if not counterparts or people[0].start > trigger.start:
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        event = _build_event(
            sentence,
            offset,
            _dates_of(visit, trigger, visit.phrase),
            trigger,
            [people[0], *counterparts],
            sentence[clause_start : trigger.start - offset],
            sentence[clause_start:clause_end],
            reference,
        )
        if event is None:
            continue
        used.add(trigger.start)
        event.trip = visit
        if event.place is None or event.place.is_country:
            event.place = visit.place
        _finish(event)
        names = {m.person.name for m in counterparts}
        for later in found:
            # the engagement dated after "and" has its own people, not these
            kept = [p for p in later.participants if p.name not in names]
            if kept and len(kept) < len(later.participants):
                later.participants = kept
                _finish(later)
        out.append(event)
    return out


#: "on arrival", "upon her arrival": the first day of the trip just told.
_ON_ARRIVAL = re.compile(r"\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b", re.IGNORECASE)


def _arrival_day(arrival: re.Match[str], offset: int, events: list[ExtractedEvent]) -> list[Timex]:
    """'After laying a wreath at the Australian War Memorial on arrival': the
    first day of the latest visit told with its days, as a date at the phrase
    (tests/articles/README.md: an engagement inside a dated visit)."""
    visit = next((e for e in reversed(events[-50:]) if e.kind is Kind.VISIT), None)
    if visit is None or visit.precision is not Precision.DAY:
        return []
    return [_day_at(arrival, offset, _as_date(visit.start))]


def _day_at(phrase: re.Match[str], offset: int, day: date) -> Timex:
    """A day told by reference to an event ("on arrival", "on the eve of the
    summit") as a date Timex over the phrase, so it anchors like a written date."""
    return Timex(
        offset + phrase.start(),
        offset + phrase.end(),
        phrase.group(),
        TimexType.DATE,
        day.isoformat(),
        interval=Interval(day, day + _ONE_DAY, Granularity.DAY),
        granularity=Granularity.DAY,
    )


#: "On the eve of the summit": the day before the gathering just told.
_EVE_OF = re.compile(
    r"\b(?:on\s+)?the\s+eve\s+of\s+the\s+(?P<noun>summit|conference|forum|talks|meeting|visit)\b",
    re.IGNORECASE,
)
_EVE_KINDS = {**_KIND_NOUNS, "forum": Kind.CONFERENCE}  # the nouns kinds.py reads, and a forum


def _eve_day(eve: re.Match[str], offset: int, events: list[ExtractedEvent]) -> list[Timex]:
    """'On the eve of the summit, Bio held talks with Tinubu': the day before the
    latest summit told with its day, as a date at the phrase."""
    kind = _EVE_KINDS[eve.group("noun").lower()]
    told = next((e for e in reversed(events[-50:]) if e.kind is kind), None)
    if told is None and kind is Kind.SUMMIT:
        # "The Consultative Meeting will be held ... with the participation of
        # [five presidents] ... On the eve of the summit": a gathering of leaders
        told = next(
            (
                e
                for e in reversed(events[-50:])
                if e.kind in (Kind.MEETING, Kind.CONFERENCE) and len(e.participants) >= 3
            ),
            None,
        )
    if told is None or told.precision not in (Precision.DAY, Precision.TIME):
        return []
    return [_day_at(eve, offset, _as_date(told.start) - _ONE_DAY)]


def _refine_told(text: str, events: list[ExtractedEvent], trigger: _Trigger, timex: Timex) -> bool:
    """'... for a state visit to the UK next month. The three-day visit, from 9
    to 11 June, ...': a summit, conference or visit named again with "the" and
    nobody new gives the one already told its finer dates."""
    assert timex.interval is not None and timex.granularity is not None
    if trigger.kind not in (Kind.SUMMIT, Kind.CONFERENCE, Kind.VISIT) or not _TOLD_AGAIN.search(
        text, max(0, trigger.start - 30), trigger.start
    ):
        return False
    start, end = _as_date(timex.interval.start), _as_date(timex.interval.end)
    precision = _PRECISION[timex.granularity]
    told = [
        e
        for e in events[-_TOLD_REACH:]
        if e.kind is trigger.kind
        and _as_date(e.start) <= start
        and end <= _as_date(e.end)
        and _FINER.index(precision) < _FINER.index(e.precision)
    ]
    if len(told) != 1:
        return False
    told[0].start, told[0].end = _event_times(timex, told[0].place)
    told[0].precision, told[0].timex_value = precision, timex.value
    told[0].phrase = timex.text
    return True


def _fold_told_again(text: str, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'leaders agreed on Sunday, at a summit ... The summit, hosted by Tinubu,
    opened at 11 a.m.': a summit, conference or visit named again with "the"
    within the dates already told is the one already told; it brings its people
    and its finer dates (a clock time, the days of a month)."""
    kept: list[ExtractedEvent] = []
    for event in events:
        # "... will host the talks on Thursday. The enlarged meeting is due to
        # open at 10 a.m.": a clock time with no day of its own (the resolver
        # put it on the reference day) is the time of the day-dated engagement
        # named again, whatever its kind
        bare = event.precision is Precision.TIME and _BARE_CLOCK.fullmatch(event.phrase) is not None
        first = next(
            (
                k
                for k in kept[-_TOLD_REACH:]
                if k.kind is event.kind
                and k.sentence_start < event.sentence_start
                and (
                    (
                        event.kind in (Kind.SUMMIT, Kind.CONFERENCE, Kind.VISIT)
                        and _as_date(k.start) <= _as_date(event.start)
                        and _as_date(event.end)
                        <= max(_as_date(k.end), _as_date(k.start) + _ONE_DAY)
                    )
                    or (bare and event.kind is not Kind.STATEMENT and k.precision is Precision.DAY)
                    # "... talks in Baghdad on Tuesday. Hussein will chair the talks,
                    # which are due to open at 11 am on Tuesday": the hour of the talks
                    or (
                        event.kind is Kind.MEETING
                        and event.precision is Precision.TIME
                        and k.precision is Precision.DAY
                        and _as_date(k.start) == _as_date(event.start)
                    )
                    # "will host his counterparts in Kraków this week for a meeting
                    # ... The talks will take place at Wawel on Thursday": the day
                    # of the meeting told before within a coarser span, by its people
                    or (
                        event.kind is Kind.MEETING
                        and event.precision in (Precision.DAY, Precision.TIME)
                        and k.precision in (Precision.WEEK, Precision.MONTH)
                        and _as_date(k.start) <= _as_date(event.start) < _as_date(k.end)
                        and {p.name for p in event.participants} <= {p.name for p in k.participants}
                    )
                )
                and _TOLD_AGAIN.search(text, max(0, event.trigger_start - 30), event.trigger_start)
            ),
            None,
        )
        if first is None:
            kept.append(event)
            continue
        # "On Thursday, 17 July, he will meet Chapo at 09:00, before the summit
        # opens there at 10:30": a clock in a sentence that names its day is on
        # that day, and the engagement told before moves to it
        moved = (
            bare
            and _as_date(event.start) != _as_date(first.start)
            and not _NAMES_A_DAY.search(
                event.sentence,
                max(0, event.trigger_start - event.sentence_start - 200),
                event.trigger_start - event.sentence_start + 200,
            )
        )
        if moved:
            _clock_on_day(event, _as_date(first.start))
        known = {p.name for p in first.participants}
        # "The enlarged meeting is due to open at 10 a.m., U.N. spokesperson
        # Stephane Dujarric said": the source of the telling again is no party
        source = _attribution(event.sentence)
        first.participants += [
            p
            for p in event.participants
            if p.name not in known and not (source is not None and _named_in(source.group(), p))
        ]
        if _FINER.index(event.precision) < _FINER.index(first.precision):
            first.start, first.end = event.start, event.end
            first.precision, first.timex_value = event.precision, event.timex_value
            # a clock moved to another day had its tense read against the
            # reference day, not the engagement's: the status told with the day stands
            first.phrase, first.status = event.phrase, first.status if moved else event.status
        elif event.precision is first.precision is Precision.DAY and _as_date(event.end) - _as_date(
            event.start
        ) < _as_date(first.end) - _as_date(first.start):
            # "a two-day visit ... on Tuesday and Wednesday to attend the Summit
            # ... The summit will take place on Tuesday": the day it is told again on
            first.start, first.end, first.phrase = event.start, event.end, event.phrase
            first.timex_value = event.timex_value
        first.venue = first.venue or event.venue
        first.place = first.place or event.place
        _finish(first)
        for other in events:
            if other.trip is event:
                other.trip = first
    return kept


#: "Speaking to the Indian community at a reception on Sunday, ": a participle
#: opener whose date is also the day of what is said after it.
_SPEAKING_OPENER = re.compile(r"(?:Speaking|Addressing|Talking)\b[^,.;]{0,120},\s*")


def _said_after_opener(
    sentence: str,
    offset: int,
    dated: list[Timex],
    triggers: list[_Trigger],
    found: list[ExtractedEvent],
) -> tuple[Timex, _Trigger, int] | None:
    """'Speaking to the community at a reception on Sunday, Mr. Jaishankar said he
    would meet ...': the reception took the opener's day; the statement made
    there is dated by it too (tests/articles/README.md: a dated statement)."""
    if any(e.kind is Kind.STATEMENT for e in found):
        return None
    opener = _SPEAKING_OPENER.match(sentence)
    if opener is None:
        return None
    day = next((t for t in dated if t.end - offset <= opener.end()), None)
    said = next(
        (
            t
            for t in triggers
            if t.kind is Kind.STATEMENT and opener.end() < t.start - offset < opener.end() + 60
        ),
        None,
    )
    if day is None or said is None:
        return None
    return day, said, opener.end()


def _spoken_where(sentence: str, offset: int, found: list[ExtractedEvent]) -> None:
    """'Speaking on Saturday at a Socialist Party rally in Valladolid, Sánchez
    said ...': the statement is where the opener puts its speaker (a statement
    is otherwise placed by its own clause only)."""
    opener = _SPEAKING_OPENER.match(sentence)
    unplaced = [e for e in found if e.kind is Kind.STATEMENT and e.place is None]
    if opener is None or not unplaced:
        return
    towns = [
        p.place
        for p in _locative_places(sentence, offset)
        if p.end - offset <= opener.end() and not p.place.is_country
    ]
    if towns:
        for event in unplaced:
            event.place = towns[-1]
            _finish(event)


#: "It is scheduled to begin at", "The council will open at": the start of an
#: engagement told just before, by its hour alone.
_OPENS_AT = re.compile(
    r"\b(?:begin|open|start|get\s+under\s+way|kick\s+off)s?\s+(?:at\s+)?$", re.IGNORECASE
)


_MOVED_WORDS = ("postponed", "moved", "pushed back", "rescheduled", "delayed", "put off")
_DOCUMENT_VERBS = ("signed", "took effect", "into force", "ratified")


#: "The call took place from 9 a.m. to 9:30 a.m.": the hours of the engagement
#: just told.
_RAN_FROM = re.compile(
    r"(?:The|That|This)\s+(?:phone\s+)?(?:call|conversation|talks|meeting)\s+"
    r"(?:took\s+place|lasted|ran|was\s+held|were\s+held)\s+from\s+"
)


def _hours_of_told(
    sentence: str, offset: int, dated: list[Timex], previous: list[ExtractedEvent]
) -> list[Timex]:
    """'... held phone talks with Sheinbaum on Wednesday ... The call took place
    from 9 a.m. to 9:30 a.m.': the call told just before, on its day, gets the
    hours (its start and its stated end); they date nothing else."""
    told = [e for e in previous if e.kind in (Kind.CALL, Kind.MEETING)]
    clocks = [
        t
        for t in dated
        if t.interval is not None
        and isinstance(t.interval.start, datetime)
        and t.start - offset < 80
        and _BARE_CLOCK.fullmatch(t.text)
    ]
    if len(told) != 1 or told[0].precision is not Precision.DAY or not clocks:
        return dated
    event, day = told[0], _as_date(told[0].start)
    begin = clocks[0].interval.start  # type: ignore[union-attr]
    event.start = begin.replace(year=day.year, month=day.month, day=day.day)  # type: ignore[union-attr]
    if len(clocks) > 1:
        until = clocks[1].interval.start  # type: ignore[union-attr]
        event.end = until.replace(year=day.year, month=day.month, day=day.day)  # type: ignore[union-attr]
    else:
        event.end = event.start + timedelta(hours=1)
    event.precision, event.timex_value = Precision.TIME, f"{day.isoformat()}T{begin:%H:%M}"
    event.phrase = f"{event.phrase} ... {sentence[: clocks[-1].end - offset]}"
    _finish(event)
    return [t for t in dated if all(t is not c for c in clocks)]


#: "the pact the two countries signed in October", "which took effect in
#: September": a past date in a clause about a document.
_DOCUMENT_DATED = re.compile(
    r"\b(?:which|that|countries|sides|nations|they|it)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:signed|took\s+effect|came\s+into\s+force|entered\s+into\s+force|ratified)"
    r"\s+(?:in|on|last)\s+$"
)


#: "begin talks at Parliament House at 9:30am": the start of talks told before.
_BEGIN = re.compile(r"\b(?:begin|open|start)s?\s+$", re.IGNORECASE)
_BEGIN_TALKS_AT = re.compile(
    r"\b(?:begin|open|start)s?\s+(?:the\s+)?(?:talks|discussions|meeting)\b[^.,;]{0,50}?\bat\s+$",
    re.IGNORECASE,
)


#: "10 am Tokyo time", "11am local time", "9:30am AEDT": the zone the hour is told in.
_ZONE_WORDS = re.compile(r"\s+(?:(?:local|[A-Z][\w-]+)\s+time|[A-Z]{2,4}T)$")


def _opening_clock(
    text: str,
    sentence: str,
    offset: int,
    dated: list[Timex],
    triggers: list[_Trigger],
    previous: list[ExtractedEvent],
    people: list[_PersonMention],
) -> bool:
    """'The Quad meeting ... will be held on Friday ... It is scheduled to begin
    at 10 am Tokyo time (0630 IST)': a sentence with no engagement of its own
    whose one date is a bare clock after "begin" or "open" gives that hour to
    the one-day engagement of the sentence before, with the people and the
    venue it names ("The council, chaired by Kaja Kallas, is due to open at
    9.30 a.m. in the Europa building"). Whether it did."""
    if len(dated) != 1 or any(
        t.kind is not Kind.STATEMENT
        # "The ministers are due to begin talks at Parliament House at 9:30am":
        # the talks begun are those told before
        and not (t.kind is Kind.MEETING and _BEGIN.search(text, max(0, t.start - 12), t.start))
        for t in triggers
    ):
        return False
    clock = dated[0]
    moment = clock.interval.start if clock.interval is not None else None
    if (
        not isinstance(moment, datetime)
        or not _BARE_CLOCK.fullmatch(_ZONE_WORDS.sub("", clock.text))
        or not (
            _OPENS_AT.search(text, max(0, clock.start - 40), clock.start)
            or _BEGIN_TALKS_AT.search(text, max(0, clock.start - 80), clock.start)
        )
    ):
        return False
    told = [
        e
        for e in previous
        if e.precision is Precision.DAY
        and e.kind not in (Kind.STATEMENT, Kind.VISIT, Kind.OTHER)
        and _as_date(e.end) - _as_date(e.start) == _ONE_DAY
    ]
    if len(told) != 1:
        return False
    event, day = told[0], _as_date(told[0].start)
    event.start = moment.replace(year=day.year, month=day.month, day=day.day)
    event.end = event.start + timedelta(hours=1)
    event.precision, event.timex_value = Precision.TIME, f"{day.isoformat()}T{moment:%H:%M}"
    event.phrase = f"{event.phrase} ... {clock.text}"
    known = {p.name for p in event.participants}
    for person in _own_people(sentence, offset, people):
        if person.name not in known:
            event.participants.append(_participant(person))
            known.add(person.name)
    at = _Trigger(clock.start, clock.end, event.kind, clock.text)
    event.venue = event.venue or _venue(sentence, offset, at)
    _finish(event)
    return True


#: A clock time alone: "10 a.m.", "9.30am", "15:00", "noon" (no day named).
_BARE_CLOCK = re.compile(
    r"(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h(?:rs)?|GMT|UTC)?|noon|midday)"
    r"(?:\s+(?:local|[A-Z][a-z]+)\s+time)?",  # "10:00 local time", "12:00 Moscow time"
    re.IGNORECASE,
)


#: A part of the day alone: "In the afternoon", "that evening" (no day named).
_BARE_PART_OF_DAY = re.compile(
    r"(?:in\s+|that\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)", re.IGNORECASE
)


def _into_the_visit_day(events: list[ExtractedEvent]) -> None:
    """'will make a one-day visit to Paraguay on Thursday ... Peña will receive
    Milei at 10:00 local time ... In the afternoon, the Argentine leader will
    travel to Encarnación': a clock or a part of the day with no day of its own
    (the resolver put it near the reference day) after a one-day visit to come
    is on the visit's day (tests/articles/README.md: an engagement with no date
    of its own inside a dated one-day visit takes the visit's day)."""
    visit: ExtractedEvent | None = None
    for event in events:
        if event.kind is Kind.VISIT:
            one_day = event.precision is Precision.DAY and _as_date(event.end) - _as_date(
                event.start
            ) == timedelta(days=1)
            visit = event if one_day and event.status is not Status.HELD else None
            continue
        if visit is None or event.sentence_start <= visit.sentence_start:
            continue
        if event.kind is Kind.STATEMENT or event.status is Status.HELD:
            continue
        travellers = {p.name for p in visit.participants}
        if not travellers & {p.name for p in event.participants}:
            continue
        day = _as_date(visit.start)
        if _as_date(event.start) == day:
            continue
        if event.precision is Precision.TIME and _BARE_CLOCK.fullmatch(event.phrase):
            _clock_on_day(event, day)
        elif event.precision is Precision.DAY and (
            _BARE_PART_OF_DAY.fullmatch(event.phrase)
            # "welcome Babiš at 10:00, after which the two will hold talks": the
            # day of a clock the resolver put near the reference day
            or _BARE_CLOCK.fullmatch(event.phrase)
        ):
            event.start, event.end = day, day + _ONE_DAY
            event.timex_value = day.isoformat()
        else:
            continue
        _finish(event)


def _clock_on_day(event: ExtractedEvent, day: date) -> None:
    """Move a time-precise event to the same wall-clock time on ``day``."""
    start, end = event.start, event.end
    assert isinstance(start, datetime) and isinstance(end, datetime)
    length = end - start
    event.start = start.replace(year=day.year, month=day.month, day=day.day)
    event.end = event.start + length
    event.timex_value = f"{day.isoformat()}T{event.start:%H:%M}"


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


#: "spoke separately by phone with", "held separate calls with", "in separate
#: meetings with": one engagement per person named after the trigger.
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)


def _split_separate(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'The Qatari prime minister spoke separately by phone on Friday with
    Sharif and Muttaqi': two calls, each with the subject and one of them
    (tests/articles/README.md: one event per engagement)."""
    out: list[ExtractedEvent] = []
    for event in events:
        at = event.trigger_start - event.sentence_start
        if (
            event.kind not in (Kind.CALL, Kind.MEETING)
            or len(event.participants) < 2
            or at < 0
            # "will hold separate talks with", "to meet Sharif and Tokayev
            # separately on Friday", "On Thursday, a day before the meeting, X
            # will hold separate bilateral talks with": the word may follow the
            # people it parts or a trigger told just before
            or not _SEPARATE.search(event.sentence, max(0, at - 30), at + len(event.trigger) + 120)
        ):
            out.append(event)
            continue
        after = event.sentence[at:]
        objects = [p for p in event.participants if _named_in(after, p)]
        if len(objects) < 2:
            out.append(event)
            continue
        subjects = [p for p in event.participants if all(p is not o for o in objects)]
        for other in objects:
            out.append(dc_replace(event, participants=[*subjects, other]))
            _finish(out[-1])
    return out


def _named_in(text: str, person: Participant) -> bool:
    """Whether ``text`` names ``person`` (full name, an alias, or the surname)."""
    return any(
        re.search(rf"\b{re.escape(form)}\b", text)
        for form in (person.name, person.name.split()[-1], *person.aliases)
    )


#: "On the sidelines, he will join ... for a meeting": another engagement than
#: the gathering it is on the margins of, though the day and people are the same.
_ON_THE_SIDELINES = re.compile(r"\b(?:[Oo]n|[Aa]t)\s+the\s+(?:sidelines|margins?)\b")


#: "last met on May 24, 2025, when": the occasion follows.
_MET_WHEN = re.compile(r"met\b[^.;]{0,80},\s*when\b")


def _met_when(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'Noboa and Mulino last met on May 24, 2025, when the Panamanian leader
    attended Noboa's inauguration': the meeting is the occasion the "when"
    clause names, told once, as that occasion."""
    dropped: set[int] = set()
    for first, second in pairwise(events):
        if (
            first.kind is Kind.MEETING
            and second.kind is not Kind.MEETING
            and first.sentence_start == second.sentence_start
            and first.trigger.lower() == "met"
            # "when X attended Noboa's inauguration": an occasion named; "when they
            # inaugurated a power line" tells what was done at the meeting
            and not second.trigger.lower().endswith("ed")
            and (first.start, first.end) == (second.start, second.end)
            and {p.name for p in first.participants} <= {p.name for p in second.participants}
            and _MET_WHEN.match(first.sentence, first.trigger_start - first.sentence_start)
        ):
            # "last met in Moscow on February 3, when they signed a plan": what
            # was signed is what the meeting did, and the engagement is the meeting
            dropped.add(id(second) if second.kind is Kind.SIGNING else id(first))
    return [e for e in events if id(e) not in dropped] if dropped else events


def _merge_same_engagement(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Two sentences of one article about one engagement make one event."""
    # "he will meet Chapo for bilateral talks at 09:00": one sentence telling one
    # engagement by the day and by the hour is the engagement at that hour
    timed = {
        (e.sentence_start, e.kind, frozenset(p.name for p in e.participants), _as_date(e.start))
        for e in events
        if e.precision is Precision.TIME
    }
    if timed:
        events = [
            e
            for e in events
            if e.precision is not Precision.DAY
            or (
                e.sentence_start,
                e.kind,
                frozenset(p.name for p in e.participants),
                _as_date(e.start),
            )
            not in timed
        ]
    events = _met_when(events)
    kept: list[ExtractedEvent] = []
    # the names already kept in each (kind, start, end) slot: one set look-up per
    # name keeps a run-on text of a thousand same-day events linear
    by_slot: dict[tuple[Kind, object, object], set[str]] = {}
    groups: dict[tuple[Kind, object, object], list[set[str]]] = {}
    for event in events:
        slot = (event.kind, event.start, event.end)
        taken = by_slot.setdefault(slot, set())
        names = {p.name for p in event.participants}
        if (
            not names & taken
            # "Koizumi and Teodoro will meet Friday ... Koizumi will also pay a
            # courtesy call on Marcos on Friday afternoon": one subject meeting
            # two others the same day holds two meetings (only the slot's latest
            # few are compared: a run-on of a thousand stays linear)
            or (
                len(names) > 1
                and all(
                    len(other) > 1 and names - other and other - names
                    for other in groups.get(slot, [])[-_TOLD_REACH:]
                    if names & other
                )
                and event.kind in (Kind.MEETING, Kind.CALL)
                and event.sentence_start
                not in {e.sentence_start for e in kept[-3:] if e.kind is event.kind}
            )
            or _ON_THE_SIDELINES.search(
                event.sentence,
                max(0, event.trigger_start - event.sentence_start - 250),
                max(0, event.trigger_start - event.sentence_start + 150),
            )
            or (
                # "co-chair the meeting with A and to call on B": one sentence, two
                # meetings of one subject with different people
                kept
                and kept[-1].sentence_start == event.sentence_start
                and kept[-1].kind is event.kind
                and len(names) > 1
                and len(kept[-1].participants) > 1
                and not names
                & {p.name for p in kept[-1].participants} - {event.participants[0].name}
            )
        ):
            taken |= names
            groups.setdefault(slot, []).append(names)
            kept.append(event)
    return kept
