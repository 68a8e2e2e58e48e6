"""Where an engagement is, as the text says it: places introduced by a
locative preposition, venues (well-known ones and "the ... palace"), a
national institution's capital, the wire dateline, and places inherited from
an engagement told earlier. The gazetteer itself is :mod:`schedule.places`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from schedule.extraction.events import ExtractedEvent, Kind, Status, _as_date, _finish
from schedule.extraction.kinds import _Trigger, _triggers, _triggers_between
from schedule.extraction.lexicon import _UPPER, _has_ascii_twins, _lexicon, _lower_case_twin
from schedule.extraction.sentences import _AGENCY, _DESCRIBING, _LOOK_BACK, _clause_of
from schedule.places import (
    Place,
    PlaceMention,
    capital_of,
    demonyms,
    find_places,
    known_venue_pattern,
    lookup,
    small_place,
    title_case,
    venue_city,
)

_LOCATIVES = frozenset({"in", "to", "at", "visit", "visits", "visiting", "visited"})

_LEAVE_FOR = re.compile(r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+for\s+$")


# "the war in Ukraine", "peace in Gaza": a topic, not where the engagement is
_TOPIC_BEFORE_IN = re.compile(
    r"\b(?:war|conflict|peace|ceasefire|fighting|crisis|situation|elections?|presence|"
    r"invasion|aggression|stability|security|investment|interests?)\s+in\s*$",
    re.IGNORECASE,
)


# "the South Korean port city of Busan", "the capital, Doha"
_CITY_OF = re.compile(r"\b(?:city|capital|town|port|resort)(?:\s+of|,)\s*$", re.IGNORECASE)


#: A venue, then a comma before the city: "in Camp Aguinaldo, Quezon City".
_IN_QUARTER = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s*$")


#: A leg of a tour named by its city: "the first stop is Abidjan", "his next
#: destination will be Lomé".
_STOP_IS = re.compile(r"\b(?:stop|leg|destination)\s+(?:is|was|will\s+be)\s*$")


_NAME_GOES_ON = re.compile(
    r"^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]"
)


#: The leg home after the engagements: "before flying back to Tokyo", "before
#: the president returns to Ankara". It places none of them.
_HOME_AGAIN = re.compile(r"\b(?:returns?|returning|back)\s+(?:home\s+)?to\s*$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _locative_places(sentence: str, offset: int) -> tuple[PlaceMention, ...]:
    """Places a locative preposition introduces ("to Washington", "in Kyiv"),
    not places inside a longer name ("at Lancaster House", "Hyderabad House")
    nor the topic of the talks ("to end the war in Ukraine"). Found once per
    sentence, looking only at the words right around each place."""
    out = []
    for mention in find_places(sentence):
        head = sentence[max(0, mention.start - _LOOK_BACK) : mention.start]
        before = head.rstrip().rsplit(None, 1)
        if before and before[-1].lower() == "the":
            # "to the United States", "in the Netherlands"
            before = head.rstrip().rsplit(None, 2)[-2:-1]
        if not before or (
            before[-1].lower() not in _LOCATIVES
            and not _CITY_OF.search(head)
            # "The minister's first stop is Abidjan, where he is due to hold talks"
            and not _STOP_IS.search(head)
            # "in Camp Aguinaldo, Quezon City": a quarter or base, then its city
            and not (
                before[-1].endswith(",")
                and not mention.place.is_country
                and _IN_QUARTER.search(head)
            )
            # "will leave for Jeddah on Sunday": where the journey goes
            and not (before[-1] == "for" and _LEAVE_FOR.search(head))
        ):
            continue
        following = sentence[mention.end : mention.end + _LOOK_BACK]
        if _HOME_AGAIN.search(head):
            continue  # "before the Turkish president returns to Ankara": the way home
        if _NAME_GOES_ON.match(following) or _TOPIC_BEFORE_IN.search(head):
            continue
        start, end = offset + mention.start, offset + mention.end
        out.append(PlaceMention(start, end, mention.text, mention.place))
    return tuple(out)


_VENUE_PREPOSITION = re.compile(
    r"\b(?:at|in|inside|outside|to|from|near|visit|visits|visiting|visited"
    r"|(?:session|sitting)\s+of)\s+$",
    re.IGNORECASE,
)


def _venue(
    sentence: str, offset: int, trigger: _Trigger, *, own_clause_only: bool = False
) -> str | None:
    """The venue nearest the trigger: a well-known one ("the Pentagon",
    "Chequers") or a phrase ending in a venue word ("at the embassy")."""
    found = _venue_hits(sentence)
    clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
    if _DESCRIBING.match(sentence, clause_end):
        # "the G20 summit, which opens on Saturday at the Nasrec Expo Centre"
        clause_end = _clause_of(sentence, min(len(sentence) - 1, clause_end + 8))[1]
    # "meet Wadephul in Berlin, before ... received by Macron at the Elysee Palace":
    # the venue of a clause with an engagement of its own is that engagement's
    owned = _engagement_clauses(sentence)
    found = tuple(
        hit
        for hit in found
        if clause_start <= hit[0] < clause_end
        or (not own_clause_only and _clause_of(sentence, hit[0]) not in owned)
    )
    # "Prince Al-Muhtadee Billah, who is also Senior Minister at the Prime
    # Minister's Office, at the Bogor Presidential Palace": a post held, no venue
    found = tuple(
        hit for hit in found if not _WHO_HOLDS.search(sentence, max(0, hit[0] - 60), hit[0])
    )
    if not found:
        return None
    # "After laying a wreath at the War Memorial on arrival, she will hold talks
    # with Albanese at Parliament House": a venue after the verb, before the next
    # engagement word, is the verb's
    later = _triggers_between(sentence, trigger.start - offset + 1, len(sentence))
    next_trigger = later[0].start if later else len(sentence)
    after = [hit for hit in found if trigger.start - offset < hit[0] < next_trigger]
    return min(after or found, key=lambda hit: abs(offset + hit[0] - trigger.start))[1]


#: A relative clause saying what post someone holds, up to a venue word:
#: "who is also Senior Minister at ".
_WHO_HOLDS = re.compile(
    r",\s*who\s+(?:is|was|serves\s+as)\s+(?:also\s+)?(?:the\s+|an?\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,5}at\s+(?:the\s+)?$"
)


@lru_cache(maxsize=64)
def _engagement_clauses(sentence: str) -> frozenset[tuple[int, int]]:
    """Clauses of a sentence holding an engagement word (not a statement or a
    development), found once per sentence."""
    return frozenset(
        _clause_of(sentence, t.start)
        for t in _triggers(sentence, 0)
        if t.kind not in (Kind.STATEMENT, Kind.OTHER)
    )


#: Well-known venues named by a word every capital has a building for.
_GENERIC_VENUES = frozenset({"parliament", "chancellery", "capitol", "foreign office"})
#: "de la Cultura", "del Pueblo": a Romance name going on after a known one.
_ROMANCE_NAME_GOES_ON = re.compile(
    r"\s+(?:de|del|des|da|do|di)(?:\s+(?:la|las|los|le|les|el))?\s+[A-Z]"
)
#: A capitalised word going on after a venue's name ("Parliament House").
_VENUE_GOES_ON = re.compile(r" (?:House|Hall|Square|Building|Hill|Palace|Centre|Center)\b")


#: The grounds of a body or building named before: "the Parliament complex",
#: "the Ministry of Foreign Affairs headquarters".
_GROUNDS = re.compile(r" (?:complex|compound|headquarters|campus)\b")


#: A capitalised word right after a venue's name: "the Royal Palace Amsterdam".
_NEXT_WORD = re.compile(r" ([A-Z][\w’'-]+)")


def _venue_city_end(sentence: str, end: int) -> int:
    """Where a known venue's name ends, with the city written right after it
    as part of the name ("the Royal Palace Amsterdam", "Erasmus University
    Rotterdam": the name of the one in that city)."""
    end = _venue_word_end(sentence, end)
    city = _NEXT_WORD.match(sentence, end)
    if city is not None and (place := lookup(city.group(1))) is not None and not place.is_country:
        return city.end()
    return end


def _venue_word_end(sentence: str, end: int) -> int:
    """Where a known venue's name ends: past a venue word that goes on from it
    ("Kadriorg" + " Palace", "Parliament" + " complex"), else where the known
    name ends."""
    goes_on = _VENUE_GOES_ON.match(sentence, end) or _GROUNDS.match(sentence, end)
    return goes_on.end() if goes_on else end


@cache
def _known_venue_lower() -> re.Pattern[str] | None:
    """The well-known venues' expression for lower-cased text."""
    return _lower_case_twin(known_venue_pattern())


@lru_cache(maxsize=64)
def _venue_hits(sentence: str) -> tuple[tuple[int, str], ...]:
    """Every venue of a sentence with its offset, found once per sentence."""
    if _has_ascii_twins(sentence) or (lower := _known_venue_lower()) is None:
        matches = list(known_venue_pattern().finditer(sentence))
    else:
        # the same matches in the lower-cased sentence, case-sensitively (issue 8)
        matches = list(lower.finditer(sentence.lower()))
    found: list[tuple[int, str]] = [
        # "at Kadriorg Palace": a venue word after a known name is part of it;
        # "the Royal Palace Amsterdam": so is the city that tells which one
        (m.start(), sentence[m.start("name") : _venue_city_end(sentence, m.end("name"))])
        for m in matches
        # "at the Pentagon", not "the Pentagon said": a venue has a preposition
        if (
            _VENUE_PREPOSITION.search(sentence[max(0, m.start() - 12) : m.start()])
            or re.search(r"\bon\s+(?:the\s+)?$", sentence[max(0, m.start() - 8) : m.start()])
        )
        # "at Parliament House" in Canberra is not "Parliament" in London: a
        # generic institution's name is no venue when a longer name goes on
        and not (
            m.group("name").casefold() in _GENERIC_VENUES
            and _VENUE_GOES_ON.match(sentence, m.end())
        )
        # "the Palacio Nacional de la Cultura" in Guatemala City is not the
        # Palacio Nacional in Mexico City: a Romance name that goes on is another
        and not _ROMANCE_NAME_GOES_ON.match(sentence, m.end("name"))
    ]
    for match in _lexicon().venue.finditer(sentence):
        text = re.sub(r"^the\s+", "", match.group("venue"), flags=re.IGNORECASE)
        # "the Ministry of Foreign Affairs headquarters": the building of the body
        more = _GROUNDS.match(sentence, match.end("venue"))
        text += more.group() if more else ""
        if not more and (city := _venue_city_end(sentence, match.end("venue"))) > match.end(
            "venue"
        ):
            text = sentence[match.start("venue") : city].removeprefix("the ")
        if not any(start <= match.start("venue") < start + len(name) + 4 for start, name in found):
            found.append((match.start("venue"), text))
    # "at the Department of National Defense headquarters in Camp Aguinaldo": the
    # grounds a venue stands in are no second venue
    return tuple(
        (at, name)
        for at, name in found
        if not any(
            start < at
            and name_before in sentence[start:at]
            and _IN_THE_GROUNDS.fullmatch(
                sentence, start + sentence[start:at].find(name_before) + len(name_before), at
            )
            for start, name_before in found
        )
    )


_IN_THE_GROUNDS = re.compile(r"\s+in\s+")


# "meet on the sidelines on Tuesday", "speak to the assembly", "talks there":
# where an engagement already told takes place
_BACK_REFERENCE = re.compile(
    r"\bon the (?:sidelines|margins)\b"
    r"(?!\s+of\s+(?!the\s+(?:summit|conference|meeting|assembly|gathering|talks|forum)\b))"
    r"|\bthe (?:assembly|gathering|summit|conference|forum)\b|\bthere\b"
    # "Foreign ministers met in the city on Friday": the city just told
    r"|\bin the (?:city|capital)\b(?!\s+of\b)",
    re.IGNORECASE,
)


#: "hold talks there", "a joint press conference there at 1 pm": the venue
#: just told, in the words right after the engagement's own.
_THERE = re.compile(r"[^,;.]{0,40}?\bthere\b")


def _venue_named_before(events: list[ExtractedEvent]) -> None:
    """'receive Rabuka at the Merdeka Palace on Tuesday ... a state luncheon for
    the Fijian delegation at the palace': a venue told by its common noun alone
    is the one of that noun named just before (a bound keeps a long text linear)."""
    for index, event in enumerate(events):
        venue = event.venue
        if venue is None or not venue.islower() or " " in venue:
            continue
        named = next(
            (
                e
                for e in reversed(events[max(0, index - 12) : index])
                if e.venue is not None
                and e.venue != venue
                and e.venue.rsplit(None, 1)[-1].casefold() == venue
                and e.place == event.place
            ),
            None,
        )
        if named is not None:
            event.venue = named.venue
            _finish(event)


def _venue_there(events: list[ExtractedEvent]) -> None:
    """'... at Qasr Al Watan at 10am, after which the two leaders will hold
    talks there': the talks take the venue (and place) of the engagement told
    just before them, in that sentence or the one before."""
    for index, event in enumerate(events):
        if event.venue is not None or index == 0:
            continue
        at = event.trigger_start - event.sentence_start + len(event.trigger)
        if at < 0 or not _THERE.match(event.sentence, at):
            continue
        earlier = events[index - 1]
        if (
            earlier.venue is not None
            and earlier.sentence_start >= event.sentence_start - 400
            and (event.place is None or earlier.place == event.place)
        ):
            event.venue = earlier.venue
            event.place = earlier.place
            _finish(event)


_NAMES_GATHERING = re.compile(r"summit|conference|forum|gathering", re.IGNORECASE)


def _place_by_reference(events: list[ExtractedEvent]) -> None:
    """An engagement with no place of its own, in a sentence that points back
    to an engagement already told ("on the sidelines", "the assembly"), is
    where that one is; one of a summit's attendees on its days (or its eve) is
    where the summit is."""
    for index, event in enumerate(events):
        if event.place is not None or event.kind in (Kind.CALL, Kind.STATEMENT):
            continue
        reference = _BACK_REFERENCE.search(event.sentence)
        if not reference:
            continue
        if _NAMES_GATHERING.search(reference.group()):
            # "before the summit opens": that summit's place, even if it is only
            # known later (from the dateline), never another engagement's
            gathering = next(
                (e for e in reversed(events[:index]) if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)),
                None,
            )
            if gathering is not None:
                if gathering.place is not None:
                    event.place = gathering.place
                    _finish(event)
                continue
        earlier = next(
            (
                e
                for e in reversed(events[:index])
                if e.place is not None and e.kind not in (Kind.CALL, Kind.STATEMENT)
            ),
            None,
        )
        if earlier is not None:
            event.place = earlier.place
            _finish(event)
    for event in events:
        if event.place is not None or event.kind in (Kind.CALL, Kind.STATEMENT, Kind.VISIT):
            continue
        names = {p.name for p in event.participants}
        day = _as_date(event.start)
        gathering = next(
            (
                e
                for e in events
                if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)
                and e.place is not None
                and names & {p.name for p in e.participants}
                and _as_date(e.start) - timedelta(days=1) <= day < _as_date(e.end)
                # the eve only of a gathering told first: "talks in Baku on Monday
                # ... the following day, a forum in Ganja" is no eve of the forum
                and (day >= _as_date(e.start) or e.sentence_start <= event.sentence_start)
            ),
            None,
        )
        if gathering is not None:
            # "Modi will hold a bilateral meeting with Ramaphosa on Friday evening",
            # the eve of the Johannesburg summit both attend
            event.place = gathering.place
            _finish(event)


#: The capitals of _UPPER, to put in a character class with others.
_CAPS = _UPPER[1:-1]


# "DOHA, Qatar —", "ADDIS ABABA, Ethiopia (AP) —", "TOKYO --", "RIYADH:": the
# city a wire report is filed from, at the very start of the text
@cache
def _dateline_city_pattern() -> re.Pattern[str]:
    """DATELINE_CITY, compiled on first use (keeps the import light)."""
    return re.compile(
        # "BODØ (NTB):", "ŠIAULIAI, May 5": capitals outside ASCII too
        rf"\A\s*(?P<city>{_UPPER}[{_CAPS}'’.-]+(?:\s+{_UPPER}[{_CAPS}'’.-]+){{0,3}})"
        r"(?=\s*(?:,|\(|[-—–]{1,2}\s|:\s))"
        # "Sharm el-Sheikh, Egypt –", "Bled, 31 August (STA) –", "New Delhi, Jan 11
        # (PTI)": a dateline in title case, told by what follows the comma
        r"|\A\s*(?P<titled>[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|el|al|de|les|sur)){0,3}),\s+"
        r"(?=(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)[^\n]{0,12}\("
        # "Baku, May 14, APA.": the agency after the date, no brackets
        r"|(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),\s+[A-Z]{2,8}\.\s"
        r"|[A-Z][\w ]{2,30}\s+[-—–])"
        # "Hanoi (VNA) –", "Jakarta (ANTARA) -", "Bucharest, Oct 20 /Agerpres/ -":
        # a city in title case and the agency in brackets or slashes, then the dash
        r"|\A\s*(?P<agency>[A-Z][a-z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})"
        r"(?=(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s*\d{4})?)?"
        rf"\s+{_AGENCY}\s*[-—–])"
    )


#: What follows a dateline's city: its country or state ("Switzerland", "Fla.")
_DATELINE_REGION = re.compile(r",\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})")


#: Datelines that are no gazetteer name.
_DATELINE_ALIASES = {"United Nations": "New York City", "Vatican City": "Vatican City"}


_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|online|by (?:video|phone|telephone))\b", re.IGNORECASE)


#: A statement told where a government sits: its regular briefing, its legislature.
_AT_HOME = re.compile(
    r"\btold\s+(?:a|the|his|her)\s+(?:regular|daily|weekly)\s+(?:press|news)\s+briefing"
    r"|\btold\s+(?:lawmakers|legislators|parliament|MPs|deputies|senators)\b"
)


#: "will arrive here", "announced here": the dateline's city, in the wire's own word.
_HERE = re.compile(r"\b(?:arriv\w*|announc\w*|sa(?:id|ys)|told(?:\s+\w+){0,2}|visit\w*)\s+here\b")


def _dateline_city(text: str) -> Place | None:
    """The city of the report's dateline: a gazetteer city, else a town of the
    country or state the dateline names ("DAVOS, Switzerland (AP)"), else the
    largest town of that name ("Bled, 31 August (STA)")."""
    match = _dateline_city_pattern().match(text)
    if match is None:
        return None
    written = match.group("city") or match.group("titled") or match.group("agency")
    if ". " in written and written.isupper():
        written = written.split(". ", 1)[0]  # "ASTANA. KAZINFORM –": the agency after a stop
    name = " ".join(w.capitalize() for w in written.split()) if written.isupper() else written
    city = lookup(_DATELINE_ALIASES.get(name, name))
    if city is None and written.isupper():
        name = title_case(written)  # "SHARM EL-SHEIKH", "EVIAN-LES-BAINS"
        city = lookup(name)
    if city is None:
        after = match.end(next(g for g in ("city", "titled", "agency") if match.group(g)))
        region = _DATELINE_REGION.match(text, after)
        city = small_place(name, region.group("region")) if region else None
        if city is None:
            city = small_place(name)
    return None if city is None or city.is_country else city


def _visit_here(text: str, events: list[ExtractedEvent]) -> None:
    """'NEW DELHI, Feb 9 (PTI) ... will arrive here on Monday on a two-day
    visit': a visit that names no place but "here" goes to the dateline's city,
    placed before trips are linked so its engagements join it."""
    if not any(e.kind is Kind.VISIT and e.place is None for e in events):
        return
    city = _dateline_city(text)
    if city is None:
        return
    for event in events:
        if event.kind is Kind.VISIT and event.place is None and _HERE.search(event.sentence):
            event.place = city
            _finish(event)


def _place_by_dateline(
    text: str, events: list[ExtractedEvent], reference: date | None = None
) -> None:
    """An engagement still without a place, to come (or held the day the report
    is filed or the day before) in a report filed from a city, is in that city:
    the wire names the place once, in the dateline ("DOHA, Qatar — ... will
    receive el-Sisi at the Amiri Diwan on Thursday"; "LUXEMBOURG – ... The
    Foreign Affairs Council ... opened at 9.30am")."""
    city = _dateline_city(text)
    if city is None:
        return
    for event in events:
        if (
            event.kind in (Kind.VISIT, Kind.STATEMENT)
            and (event.place is None or event.place.is_country or event.kind is Kind.STATEMENT)
            and (
                event.place is None
                or event.place.country_code == city.country_code
                or event.kind is Kind.STATEMENT
            )
            and _HERE.search(event.sentence)
        ):
            # "New Delhi, Mar 10 (PTI) ... will arrive here on Wednesday on a
            # three-day visit to India"; "Mao Ning announced here on Saturday":
            # "here" is the city the report is filed from, and so are the
            # engagements of the visit placed by its country alone
            was = event.place
            event.place = city
            _finish(event)
            for inside in events:
                if inside.trip is event and was is not None and inside.place == was:
                    inside.place = city
                    _finish(inside)
            continue
        if (
            event.place is not None
            and event.place.is_country
            and event.kind is not Kind.VISIT
            and event.trip is not None
            and event.trip.place == event.place
            and city.country_code == event.place.country_code
            and event.status is not Status.HELD
            # an engagement of its own sentence ("a visit to the United States,
            # during which he is to meet Rubio" leaves the country as told)
            and event.sentence_start != event.trip.sentence_start
        ):
            # "Baku, May 14 (APA) ... a visit to Azerbaijan ... talks at the
            # Foreign Ministry on Monday": placed only by the country of its
            # trip, in a report filed from that country, it is in the city filed from
            event.place = city
            _finish(event)
            continue
        if (
            event.kind is Kind.STATEMENT
            and event.place is None
            and _AT_HOME.search(event.sentence)
            and capital_of(city.country_code) == city
        ):
            # "Mao Ning told a regular press briefing on Friday", "Cho told
            # lawmakers at the National Assembly on Monday": the ministry's
            # briefing room and the legislature are in the capital filed from
            event.place = city
            _finish(event)
            continue
        if (
            event.place is None
            and event.participants
            and event.kind not in (Kind.CALL, Kind.STATEMENT)
            and (
                event.status not in (Status.HELD, Status.REPORTED)
                or (
                    event.status is Status.HELD
                    and reference is not None
                    # "concluded a two-day visit ... on the same day": its last day
                    and timedelta(0) <= reference - _last_day(event) <= timedelta(days=1)
                )
            )
            and not _REMOTE.search(event.sentence)
        ):
            event.place = city
            _finish(event)


def _last_day(event: ExtractedEvent) -> date:
    """The last calendar day an engagement runs on (its end is exclusive)."""
    end = event.end
    if isinstance(end, datetime) or end <= event.start:
        return _as_date(event.start)
    return end - timedelta(days=1)


def _where_of_clause_before(
    event: ExtractedEvent, sentence: str, offset: int, clause_start: int
) -> None:
    """'met Trump at the White House last week, where the two leaders signed':
    "where" is the place of the clause before."""
    venues = [(at, name) for at, name in _venue_hits(sentence) if at < clause_start]
    places = [p for p in _locative_places(sentence, offset) if p.start - offset < clause_start]
    if venues and event.venue is None:
        event.venue = venues[-1][1]
        event.place = venue_city(event.venue) or event.place
    if event.place is None and places:
        event.place = places[-1].place
    _finish(event)


_LEG_BEFORE = re.compile(
    r"\b(?:before|after)\s+(?:return|fly|head|leav|travel|go|mov|continu)\w*\s+"
    r"(?:(?:back|home|on)\s+)?(?:to|for)\s+$",
    re.IGNORECASE,
)


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _tour_of_many(sentence: str, offset: int, trigger: _Trigger) -> bool:
    """A trip whose destination is a list of three places or more is a tour of
    several stops, with no one place of its own (each stop's engagements are
    the calendar's entries, tests/articles/README.md)."""
    tail = sentence[trigger.end - offset : trigger.end - offset + 2 * _LOOK_BACK]
    found = find_places(tail)
    run = [found[0]] if found else []
    for first, second in pairwise(found):
        run = [*run, second] if _LIST_GLUE.fullmatch(tail[first.end : second.start]) else [second]
        # "to China on Saturday, travelling to Shanghai, Beijing and Chengdu" is
        # one country's visit; "China, the United States, Peru" is a tour
        if len(run) >= 3 and len({p.place.country_code for p in run}) > 1:
            return True
    return False


_NAMED_GATHERING = re.compile(
    r"\s*(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}"
    r"(?:Conference|Summit|Forum|Dialogue|Assembly|Congress|Convention))\b"
)


# "the Danish parliament", "the Ghanaian foreign ministry": a national
# institution sits in the capital (an embassy or a residence does not)
_NATIONAL_INSTITUTION = re.compile(
    r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:parliament|national assembly|assembly|senate"
    r"|congress|chancellery|presidency|foreign ministry|ministry|presidential palace)$",
    re.IGNORECASE,
)


def _national_seat(venue: str) -> Place | None:
    """The capital of the nation whose institution ``venue`` is, if it is one."""
    match = _NATIONAL_INSTITUTION.fullmatch(venue.strip())
    code = demonyms().get(match.group("adj")) if match else None
    return capital_of(code) if code else None


def _nearest(places: Sequence[PlaceMention], trigger: _Trigger) -> Place | None:
    if not places:
        return None
    return min(places, key=lambda p: abs(p.start - trigger.start)).place
