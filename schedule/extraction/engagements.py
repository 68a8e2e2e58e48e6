"""One engagement built from one trigger and one date: its participants (by
the kind's rule: a visit is its travellers', a statement its speaker's), its
place and venue, its status and its name ("Nato summit")."""

from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from schedule.extraction.dates import _SPEAKER_GAP, _event_times
from schedule.extraction.events import _PRECISION, ExtractedEvent, Kind, Status, _as_date, _finish
from schedule.extraction.kinds import _Trigger, _triggers_between
from schedule.extraction.lexicon import _lexicon
from schedule.extraction.locations import (
    _HERE,
    _LEG_BEFORE,
    _NAMED_GATHERING,
    _locative_places,
    _national_seat,
    _nearest,
    _tour_of_many,
    _venue,
)
from schedule.extraction.people import (
    _COMPANION,
    _MEMORIAL_OF,
    _RELATION,
    _ROLE_WORDS,
    _participant,
    _PersonMention,
)
from schedule.extraction.sentences import (
    _ASIDE,
    _LOOK_BACK,
    _WHICH,
    _attribution,
    _clause_of,
    _who_clauses,
)
from schedule.extraction.status import _CALLED_OFF_LATER, _OWN_VERB_OFF, _UNREALISED, _status
from schedule.places import (
    PlaceMention,
    find_places,
    venue_city,
)
from schedule.resolution import Granularity, Timex

_PEOPLE_REACH = 600


@functools.lru_cache(maxsize=256)
def _after_a_homeward_leg(sentence: str, offset: int) -> frozenset[PlaceMention]:
    """The sentence's places that a way home leads to ("before returning to
    Manila"), found once per sentence rather than once per engagement in it."""
    return frozenset(
        p
        for p in _locative_places(sentence, offset)
        if _LEG_BEFORE.search(sentence, max(0, p.start - offset - 40), p.start - offset)
    )


#: "talks between", "a call between": the parties follow.
_BETWEEN = re.compile(r"\s+between\b")


#: A subordinate clause's pronoun subject before the trip's word: "after she
#: arrived in the capital for an official visit", "when he travels to".
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:after|before|when|as|since|once|while)\s+(?:he|she)\s+[^,;.]{0,60}$"
)


#: Counterparts met and never named: "meet European and Gulf counterparts".
_UNNAMED_COUNTERPARTS = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+|and|other|several|various)\s+){0,4}counterparts\b(?!\s*,)"
)


#: A clause going on from an aside: " when she was received by President Tokayev,".
_ASIDE_GOES_ON = re.compile(r"\s*(?:when|where)\s+[^,;.]{1,80},")


#: A day still to come on the day of the report: "later on Friday", "later today".
_LATER_TODAY = re.compile(r"\blater\b", re.IGNORECASE)


#: Between a stop's city and its day: "in Maputo on Thursday".
_STOP_DAY_GLUE = re.compile(r"\s+(?:on|from)\s+")


def _build_event(
    sentence: str,
    offset: int,
    timex: Timex,
    trigger: _Trigger,
    people: list[_PersonMention],
    before_trigger: str,
    clause: str,
    reference: date,
) -> ExtractedEvent | None:
    """The event, or ``None`` when nobody and nowhere is named for it: an
    engagement without a participant or a place is not a calendar entry."""
    assert timex.interval is not None and timex.granularity is not None
    if (
        trigger.kind is Kind.MEETING
        and trigger.text[:1] in "mMhH"
        and _SPORT.search(clause) is not None
    ):
        return None  # "Al Ahly host Zamalek in the Cairo derby": a match, no talks
    if trigger.kind is Kind.MEETING and trigger.text.lower().startswith("host") and not people:
        # "the Nairobi Securities Exchange will host the bourse's investor day",
        # "the Rajko Mitić Stadium will host the derby": a host that is nobody
        # holds no talks (the event would borrow the trip's place and date)
        return None
    if trigger.text.lower().endswith("received by") and _A_THING_RECEIVED.search(
        sentence, max(0, trigger.start - offset - 12), trigger.start - offset
    ):
        return None  # "the body arrived ..., where it was received by Ruto": no audience
    if trigger.kind is Kind.VISIT and any(
        0 <= m.start - trigger.end <= 40
        and _ROLE_WORDS.fullmatch(sentence[trigger.end - offset : m.start - offset])
        for m in people
    ):
        # "is due to visit former president Cristina Fernandez de Kirchner": a call
        # on someone is a meeting, not a trip
        trigger = replace(trigger, kind=Kind.MEETING)
    # the people of the sentence, or of its stretch around the trigger when the
    # "sentence" is an endless run-on (keeps pathological input linear)
    hosted = False
    people = [
        m
        for m in people
        if abs(m.start - trigger.start) <= _PEOPLE_REACH
        and not _RELATION.match(sentence, m.end - offset, m.end - offset + 30)
        and not _MEMORIAL_OF.search(sentence, max(0, m.start - offset - 45), m.start - offset)
        and not _LAID_TO_REST.match(sentence, m.end - offset)
    ]
    if trigger.kind is not Kind.STATEMENT and ", followed by" in sentence:
        # "a ceremonial welcome at 9.30am, followed by a meeting with Mr Tharman":
        # who comes after "followed by" belongs to what follows
        then = sentence.find(", followed by", trigger.end - offset)
        if then != -1:
            people = [m for m in people if m.start - offset < then] or people
    attribution = _attribution(sentence)
    # where the report's source speaks from ("a spokesman in Berlin said") is
    # not where the engagement is
    sources: list[tuple[int, int]] = []
    if (
        attribution
        and trigger.kind is not Kind.STATEMENT
        and trigger.start - offset < attribution.start()
    ):
        # "..., ministry spokeswoman Mao Ning said": the source, not a participant
        people = [m for m in people if m.start - offset < attribution.start()] or people
        sources.append(attribution.span())
    if trigger.kind is not Kind.STATEMENT:
        # "Tinubu is expected to leave on Thursday, his spokesman Bayo Onanuga said in a
        # statement, and will meet Abiy": the source in the middle is no participant
        asides = [
            a.span()
            for a in _ASIDE.finditer(sentence)
            if not a.start() <= trigger.start - offset < a.end()
        ]
        sources.extend(asides)
        if asides:
            people = [
                m for m in people if not any(a <= m.start - offset < b for a, b in asides)
            ] or people
    if trigger.kind is not Kind.STATEMENT:
        people = _without_reporter(sentence, offset, trigger, people)
        # "Macinka, who was due to accompany the prime minister, will instead stay
        # in Prague for a session": whom the aside names describes the subject
        who = [(a, b) for a, b in _who_clauses(sentence) if not a <= trigger.start - offset < b]
        if who:
            people = [
                m for m in people if not any(a < m.start - offset < b for a, b in who)
            ] or people
        between = _BETWEEN.match(sentence, trigger.end - offset)
        if between is not None:
            # "a video call between Arévalo and Sheinbaum": the two named after
            # "between" are the parties, whoever else the sentence names
            after = between.end() + offset
            parties = [m for m in people if after <= m.start <= after + 120]
            if len(parties) >= 2:
                people = parties
    participants = list(dict.fromkeys(_participant(m.person) for m in people))
    if trigger.kind is Kind.STATEMENT:
        # a statement belongs to whoever made it: the person nearest before "said"
        speakers = [m for m in people if m.start < trigger.start] or people
        asides = [
            (offset + a, offset + b + (more.end() if more else 0))
            for a, b in (_who_clauses(sentence) if "who" in sentence else ())
            if not a <= trigger.start - offset < b
            # "..., who visited Astana on August 28, when she was received by
            # President Tokayev, said": the aside goes on with its "when" clause
            for more in [_ASIDE_GOES_ON.match(sentence, b)]
        ]
        if asides:
            # "Oana Toiu, who visited Astana on August 28, when she was received
            # by President Tokayev, said on Monday": the aside's people are no speakers
            speakers = [
                m for m in speakers if not any(a < m.start < b for a, b in asides)
            ] or speakers
        if speakers:
            speaker = speakers[-1].person
            participants = [_participant(speaker)]
    elif trigger.kind is Kind.SPEECH and people and people[0].start < trigger.start:
        # the subject speaks: "Modi will hold talks with Mahama and address the
        # parliament" is Modi's speech; "Mr Merz and Mr Macron will hold a joint
        # press conference" is both men's
        subject = [people[0]]
        for mention in people[1:]:
            if mention.start != subject[-1].start and not re.fullmatch(
                # "the two ministers held a joint press conference": the pair told
                # before stands at one place in the sentence
                r"\s*(?:,|and|, and)\s*",
                sentence[subject[-1].end - offset : mention.start - offset],
            ):
                break
            subject.append(mention)
        participants = list(dict.fromkeys(_participant(m.person) for m in subject))
    elif (
        trigger.kind is Kind.MEETING
        and trigger.text.lower().startswith("host")
        # days of hosting, not a month: "hosted Erdoğan in Sochi in September
        # 2023" says who met, not how long a visit lasted
        and timex.granularity is Granularity.DAY
        and _as_date(timex.interval.end) - _as_date(timex.interval.start) > timedelta(days=1)
        and any(m.start > trigger.start for m in people)
    ):
        # "she will host Trump in Tokyo from Oct. 27 to 29": days of hosting are
        # the guest's visit (tests/articles/README.md: a visit is its traveller's)
        trigger = replace(trigger, kind=Kind.VISIT)
        participants = list(
            dict.fromkeys(_participant(m.person) for m in people if m.start > trigger.start)
        )
        hosted = True
    elif trigger.kind is Kind.VISIT:
        # a trip is its travellers': "fly to Seoul, where he will meet Xi" is Trump's
        travellers = [m for m in people if m.start < trigger.start]
        if len(travellers) > 1 and _PRONOUN_SUBJECT.search(
            sentence, max(0, trigger.start - offset - 80), trigger.start - offset
        ):
            # "Son held talks with Lazaro ..., hours after she arrived in the
            # capital for an official visit": the pronoun is the one named last
            travellers = travellers[-1:]
        host = _HOST_FOR.search(sentence, 0, max(0, trigger.start - offset))
        if host is not None:
            # "King Charles III and Queen Camilla will host President Murmu for a
            # state visit": the guest travels, the hosts stay home
            guests = [m for m in travellers if m.start >= offset + host.end()]
            travellers = guests or travellers
        # "travelled to Kyiv ... alongside European Council President António Costa"
        travellers += [
            m
            for m in people
            if m.start > trigger.start
            and _COMPANION.search(sentence[max(0, m.start - offset - 60) : m.start - offset])
        ]
        if travellers:
            participants = list(dict.fromkeys(_participant(m.person) for m in travellers))
    # A place in the trigger's own clause, else a well-known venue's city, else
    # any place the sentence introduces with "in"/"to"/"at".
    # before_trigger runs from the clause's start up to the trigger
    clause_start = trigger.start - len(before_trigger)
    # "address the Diet before returning to Manila": the way home is no venue
    homeward = _after_a_homeward_leg(sentence, offset)
    places = [
        p
        for p in _locative_places(sentence, offset)
        if p.start < trigger.start or p not in homeward
    ]
    if sources:
        places = [p for p in places if not any(a <= p.start - offset < b for a, b in sources)]
    clause_stop = clause_start + len(clause)
    if _WHICH.match(sentence, clause_stop - offset) and clause_stop - offset + 8 < len(sentence):
        # "The summit, which was due to open in the Bahraini capital on 7 December"
        clause_stop = offset + _clause_of(sentence, clause_stop - offset + 8)[1]
    in_clause = [p for p in places if clause_start <= p.start < clause_stop]
    if trigger.kind is Kind.STATEMENT and in_clause:
        # "will pay visits to Kazakhstan ..., Mao Ning announced", "said Wednesday
        # he will visit the Philippines": where the trip goes is not where it was
        # announced
        legs = [
            t.end
            for t in _triggers_between(sentence, clause_start - offset, clause_stop - offset)
            if t.kind is Kind.VISIT
        ]
        in_clause = [p for p in in_clause if not any(0 <= p.start - offset - e <= 15 for e in legs)]
    if hosted:
        # "host Trump in Tokyo": the guest comes to the place after the verb
        in_clause = [p for p in in_clause if p.start > trigger.start] or in_clause
    # "meet in Jeddah on Tuesday ... after last month's clash in the Oval Office":
    # a place of the trigger's own clause beats a venue of another
    venue = _venue(sentence, offset, trigger, own_clause_only=bool(in_clause))
    if not participants and not in_clause and not venue and trigger.kind is Kind.VISIT:
        return None
    if trigger.kind is Kind.VISIT and not participants:
        return None  # "World leaders are arriving in Johannesburg": nobody's trip
    if (
        trigger.kind is Kind.OTHER
        and not participants
        and re.search(
            r"[’']s\s+$", sentence[max(0, trigger.start - offset - 4) : trigger.start - offset]
        )
    ):
        # "after last month's clash": a reference with nobody named, not a
        # development reported ("the deal broke down last week" is kept)
        return None
    if trigger.kind is Kind.VISIT and not in_clause and not venue and not _HERE.search(clause):
        # "last visited Europe", "the visit was first discussed": nowhere to put it
        # ("will arrive here on Monday on a two-day visit" is in the dateline's
        # city, placed once every event is known)
        after = [p for p in find_places(sentence) if offset + p.start >= trigger.start]
        if not after or offset + after[0].start - trigger.end > 40:
            return None
    destination = next(
        (p for p in in_clause if trigger.kind is Kind.VISIT and 0 <= p.start - trigger.end <= 15),
        None,
    )
    if trigger.kind is Kind.VISIT and _tour_of_many(sentence, offset, trigger):
        return None  # "a tour that takes in China, the United States, Peru and Brazil"
    if destination is not None and venue and venue_city(venue) != destination.place:
        # "a state visit to Russia ... and attend the parade on Red Square": the
        # trip goes to Russia; Red Square is the parade's
        venue = None
    # a well-known venue names its city outright; else a place of the clause
    place = (
        (destination.place if destination else None)
        or (venue_city(venue) if venue else None)
        or _nearest(in_clause, trigger)
    )
    if place is None and venue:
        # "the Kuala Lumpur Convention Centre" is in Kuala Lumpur
        led = find_places(venue)
        place = led[0].place if led and led[0].start == 0 else _national_seat(venue)
        if place is not None and place.is_country and led and led[0].start == 0:
            # "in Ho Chi Minh City, where ... at the Vietnam National University
            # campus": a city the sentence names beats the country a venue names
            place = _nearest(places, trigger) or place
    if trigger.kind is Kind.VISIT and timex.start > trigger.end:
        # "with stops in Luanda on Tuesday and Wednesday and in Maputo on
        # Thursday", "will be in Paris on Monday and in Berlin on Tuesday": the
        # stay dated here is in the city told right before its day
        # only the places just before the day are looked at (a run-on stays linear)
        near = bisect_left(in_clause, timex.start - 60, key=lambda p: p.start)
        stop = next(
            (
                p
                for p in in_clause[near:]
                if p.start < timex.start
                and trigger.end <= p.start
                and _STOP_DAY_GLUE.fullmatch(sentence, p.end - offset, timex.start - offset)
            ),
            None,
        )
        if stop is not None and not stop.place.is_country:
            place = stop.place
    if (participants or in_clause or venue) and trigger.kind is not Kind.STATEMENT:
        # a statement is placed only by its own clause ("said in Brussels"): the
        # destinations of the trip it announces are not where it was made
        place = place or _nearest(places, trigger)
    # else: nobody and nowhere of its own yet; later sentences may name them
    status = _status(clause, before_trigger, trigger, timex, reference)
    # what follows the trigger, within reach (a bounded look keeps run-ons linear)
    rest = sentence[trigger.end - offset : trigger.end - offset + 2 * _LOOK_BACK]
    if trigger.kind is Kind.MEETING and len(participants) < 2 and _UNNAMED_COUNTERPARTS.match(rest):
        return None  # "where he expects to meet European and Gulf counterparts": nobody named
    later = _CALLED_OFF_LATER.search(rest) or _OWN_VERB_OFF.match(rest)
    if later and status not in (Status.CANCELLED, Status.POSTPONED, Status.REPORTED):
        # "had been due to visit in August, but the trip was postponed"
        lexicon = _lexicon()
        status = Status.POSTPONED if lexicon.postpone.search(later.group()) else Status.CANCELLED
    elif (unrealised := _UNREALISED.search(before_trigger)) and trigger.kind is not Kind.STATEMENT:
        if (
            # "Fidan was due to hold talks with Saidov later on Friday, sources
            # said" in a Friday report: the plan told in reported speech, to come
            unrealised.group().lower().startswith(("was", "were"))
            and timex.interval is not None
            and _as_date(timex.interval.end) > reference
            and (
                _LATER_TODAY.search(timex.text)
                or _LATER_TODAY.search(
                    sentence, max(0, timex.start - offset - 12), max(0, timex.start - offset)
                )
            )
        ):
            status = Status.SCHEDULED
        else:
            # "The king had been scheduled to meet Trump": not happening as planned;
            # the trip it belongs to says whether cancelled or postponed (_link_trips)
            status = Status.CANCELLED
    start, end = _event_times(timex, place)
    if (
        timex.rule == "weekday"
        and str(timex.direction) == "past"
        and _as_date(timex.interval.end) <= reference
        and (
            (later and _PRESENT_PERFECT.search(later.group()) and timex.start > trigger.start)
            or (
                # "A stop in Tunis on Wednesday, where the minister was to meet
                # Nafti, has been cancelled": the day of the engagement's noun
                status in (Status.CANCELLED, Status.POSTPONED)
                and _NOUN_ON_DAY.search(sentence, 0, max(0, timex.start - offset)) is not None
                and _CALLED_OFF_NOW.search(sentence, timex.end - offset) is not None
            )
        )
    ):
        # "A visit ..., which had been due on Thursday, has been called off":
        # what is called off now had not yet come, so the weekday is ahead
        start, end = start + timedelta(days=7), end + timedelta(days=7)
    event = ExtractedEvent(
        title="",
        kind=trigger.kind,
        status=status,
        start=start,
        end=end,
        precision=_PRECISION[timex.granularity],
        participants=participants,
        sentence=sentence,
        phrase=timex.text,
        timex_value=timex.value,
        sentence_start=offset,
        trigger=trigger.text,
        place=place,
        venue=venue,
        timezone=place.timezone if place else None,
        bilateral="bilateral" in trigger.text.lower(),
        trigger_start=trigger.start,
    )
    if trigger.kind is Kind.OTHER:
        event.title = _clause_title(before_trigger, trigger)
    elif trigger.kind in (Kind.SUMMIT, Kind.CONFERENCE, Kind.RECEPTION, Kind.SPEECH):
        event.name = _proper_name(sentence[: trigger.start - offset], trigger.text)
        named = find_places(event.name) if event.name else []
        if event.place is None and named:
            # "the Munich Security Conference opens on Friday": Munich
            event.place = named[0].place
            event.timezone = event.place.timezone
    if event.place is None and trigger.kind not in (Kind.CALL, Kind.STATEMENT):
        # "addressed the Munich Security Conference": the named gathering's city
        gathering = _NAMED_GATHERING.match(
            sentence, trigger.end - offset, trigger.end - offset + _LOOK_BACK
        )
        led = find_places(gathering.group("name")) if gathering else []
        if led and led[0].start == 0:
            event.place = led[0].place
    _finish(event)
    return event


#: The present perfect of a calling off ("has been called off", "have been
#: postponed"): done now, to something still ahead.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+been\b")


#: An engagement's noun with its day: "A stop in Tunis on Wednesday".
_NOUN_ON_DAY = re.compile(
    r"\b(?:stop|visit|trip|meeting|talks|summit|call|mission)\b[^,.;]{0,40}\bon\s+$"
)


#: Called off now, in the present perfect: "has been cancelled", "have been postponed".
_CALLED_OFF_NOW = re.compile(
    r"\b(?:has|have)\s+been\s+(?:cancel|called\s+off|scrapped|postponed|put\s+off|shelved)"
)


#: A sporting fixture: clubs that "meet" or "host" one another hold no talks.
_SPORT = re.compile(
    r"\b(?:derby|(?:football|rugby|cricket|league|cup|home|away)\s+(?:match|game|fixture|clash)"
    r"|semi-?final|quarter-?final|kick-?off"
    # "meet in the Azerbaijan Cup final", "in the BRI Liga 1", "a World Cup
    # qualifier", "the Senators' home opener": competitions name themselves
    r"|cup\s+final|liga|qualifier|(?:home|season)\s+opener"
    # "will host Namibia's Brave Warriors in an international friendly"
    r"|(?:international|pre-?season|warm-?up)\s+friendly"
    # "host Legia Warsaw on Saturday in a friendly marking ...", "meets Indonesia in
    # a friendly at ... Stadium": the noun, never "in a friendly atmosphere"
    r"|in\s+an?\s+friendly(?=\s+(?:in|at|on|against|marking|to|ahead)\b|\s*[.;]|$)"
    r"|national\s+(?:football|soccer|rugby|cricket|basketball|baseball|hockey|volleyball)\s+team"
    # "in the Bundesliga Bayern Munich host Borussia Dortmund ... in a match"
    r"|bundesliga|serie\s+a|ligue\s+1|eredivisie|in\s+a\s+match"
    r"|(?:premier|super|champions|europa)\s+league)\b",
    re.IGNORECASE,
)


#: The dead at their own funeral: "Odinga will be buried on Sunday".
_LAID_TO_REST = re.compile(
    r"\s+(?:will\s+be|was|is|to\s+be)\s+(?:buried|laid\s+to\s+rest|cremated)\b"
)


#: A thing, not a guest, that is received: "where it was received by Ruto".
_A_THING_RECEIVED = re.compile(r"\b(?:it|they)\s+(?:was|were|is|are|will\s+be)?\s*$")


#: A host's verb before a visit: "will host India's President Murmu for a state visit".
_HOST_FOR = re.compile(r"\bhost(?:s|ed|ing)?\s+(?=[^.;]*\bfor\s+(?:a|an|the|his|her|their)\s+)")


_REPORT_REACH = 300

#: A verb of saying that opens a reported clause: "Chatterjee said Modi would ...".
_SAYING = re.compile(
    # "said on Tuesday that the trilateral meeting ... had been postponed"
    r"\b(?:said|says|told\s+\w+|announced)\s+(?:(?:on|late|early)\s+\w+\s+(?:that\s+)?)?(?:that\s+)?"
)


def _without_reporter(
    sentence: str, offset: int, trigger: _Trigger, people: list[_PersonMention]
) -> list[_PersonMention]:
    """'Chatterjee said Modi would hold talks with King Hamad': who reports an
    engagement that someone else named after the verb will hold is no party to it."""
    if len(people) < 2:
        if people and "spokes" in (people[0].person.role or "") and people[0].start < trigger.start:
            # "spokesperson Shafqat Ali Khan said on Tuesday that the meeting
            # ... had been postponed": the voice of a ministry is no party
            end = max(0, trigger.start - offset)
            saying = _SAYING.search(sentence, max(0, end - _REPORT_REACH), end)
            if saying is not None and people[0].end <= offset + saying.start():
                return []
        return people
    # the verb sits near what it reports: a bounded look keeps a run-on sentence linear
    end = max(0, trigger.start - offset)
    for saying in _SAYING.finditer(sentence, max(0, end - _REPORT_REACH), end):
        if re.match(r"(?:he|she|they|we|I)\b", sentence[saying.end() :]):
            continue  # "Erdoğan said he would speak to Putin": the reporter is the subject
        at, after = offset + saying.start(), offset + saying.end()
        reporters = {
            id(m.person)
            for m in people
            if m.end <= at and _SPEAKER_GAP.fullmatch(sentence, m.end - offset, saying.start())
        }
        subjects = {id(m.person) for m in people if after <= m.start < trigger.start}
        if reporters and subjects - reporters:
            return [m for m in people if id(m.person) not in reporters - subjects] or people
    return people


_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:(?:[A-Z][\w’'-]*|G\d+|\d{4})\s+){1,4})$")


_CALENDAR_WORDS = frozenset([*calendar.day_name, *calendar.month_name[1:]])


def _proper_name(before: str, noun: str) -> str | None:
    """'the Nato summit' → 'Nato summit'; 'Munich Security Conference' kept whole."""
    match = _NAME_BEFORE.search(before)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[0] in {"The", "A", "An", "This", "That", "On", "At", "In"}:
        words.pop(0)
    if not words or any(w in _CALENDAR_WORDS for w in words):
        return None
    noun = noun if noun[:1].isupper() else noun.lower()
    return " ".join([*words, noun])


def _clause_title(before_trigger: str, trigger: _Trigger) -> str:
    """Title for a development ("the deal broke down") from its own clause."""
    words = f"{before_trigger}{trigger.text}".split()[-6:]
    while words and words[0].lower() in {"however", "but", "and", "the", "a", "an", "then"}:
        words.pop(0)
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else trigger.text
