"""Trips and the engagements within them: the purpose of a trip ("visit
Helsinki for talks with Stubb"), engagements dated only by the trip they are
part of, one-errand trips folded into their errand, and links from each
engagement to the trip that covers it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from schedule.extraction.coordination import _AT_WHICH
from schedule.extraction.dates import _dates_of
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import ExtractedEvent, Kind, Precision, Status, _as_date, _finish
from schedule.extraction.kinds import _Trigger, _triggers
from schedule.extraction.lexicon import _has_ascii_twins
from schedule.extraction.people import _PersonMention
from schedule.extraction.sentences import _clause_of
from schedule.places import Place, find_places, small_place


def _fold_errands(
    events: list[ExtractedEvent], purposes: list[ExtractedEvent]
) -> list[ExtractedEvent]:
    """'will travel to Ankara on Thursday to meet President Erdogan': a trip
    with no span of its own whose only engagement is its stated purpose is that
    engagement alone (tests/articles/README.md: one-day trips)."""
    dropped: set[int] = set()
    for visit in (e for e in events if e.kind is Kind.VISIT):
        linked = [e for e in events if e.trip is visit]
        # "for the UK-Ireland summit, at which the two leaders are expected to
        # sign an agreement": what happens at the errand is part of it
        inside = [
            e
            for e in linked
            if not (
                e.sentence_start == visit.sentence_start
                and _AT_WHICH.search(e.sentence, 0, max(0, e.trigger_start - e.sentence_start))
            )
        ]
        if len(inside) != 1:
            continue
        if (
            not any(inside[0] is p for p in purposes)
            and not (
                # "travel to Munich on Friday for the Munich Security Conference, which
                # runs until Sunday": a gathering opening the day of the trip, its errand
                inside[0].kind in (Kind.SUMMIT, Kind.CONFERENCE)
                and inside[0].sentence_start == visit.sentence_start
                and inside[0].trigger_start > visit.trigger_start
                and _as_date(inside[0].start) == _as_date(visit.start)
            )
            and not (
                # "ending the tour in Windhoek on Wednesday, where he will hold talks
                # with ...", "in Rome on Friday with talks with ...": the one errand
                # of the day to come, told after the stop ("visited Kyiv on Thursday,
                # where he met Zelensky" reports the trip and what was done there)
                visit.status is not Status.HELD
                and inside[0].sentence_start == visit.sentence_start
                and inside[0].trigger_start > visit.trigger_start
                and _WHERE_ERRAND.search(
                    visit.sentence, 0, inside[0].trigger_start - visit.sentence_start
                )
            )
        ):
            continue
        after_trigger = visit.trigger_start + len(visit.trigger) - visit.sentence_start
        between = visit.sentence[after_trigger : inside[0].trigger_start - visit.sentence_start]
        errand_word = _ERRAND.search(between)
        if errand_word is None or re.search(r"\band\b", between):
            continue  # "will visit Kyiv and meet Zelensky": two things, not an errand
        if errand_word.group().startswith(",") and not (
            errand_word.group().strip(", ") or _PARTICIPLE.match(inside[0].trigger)
        ):
            continue  # "will visit Kyiv on Friday, talks are due": no participle
        one_day = visit.precision is Precision.DAY and _as_date(visit.end) - _as_date(
            visit.start
        ) == timedelta(days=1)
        if not (one_day or visit.precision is Precision.MONTH):
            continue
        errand = inside[0]
        errand.trip = None
        for part in linked:
            if part is not errand:
                part.trip = None
        if errand.venue is None and visit.venue is not None:
            errand.venue = visit.venue  # "visit Nato headquarters to meet Rutte"
        if errand.place is None or (errand.place.is_country and visit.place is not None):
            errand.place = visit.place
        _finish(errand)
        dropped.add(id(visit))
    return [e for e in events if id(e) not in dropped]


# What joins a one-day trip to its one errand (tests/articles/README.md, one-day
# trips): the infinitive of purpose ("to meet President Erdogan"), a purpose
# noun ("for talks with Bourita", "for a meeting of foreign ministers", "for the
# Riyadh talks") or a participle after a comma ("for his first trip abroad,
# meeting President Prabowo")
_ERRAND = re.compile(
    # "for a special ASEAN foreign ministers' meeting": five words of its name
    r"(?:\bto|\bfor(?:\s+(?:a|an|the|his|her|their))?(?:\s+[\w’'-]+){0,5}"
    r"|,(?:\s+(?:holding|having))?|,\s*where\s+(?:he|she|they|the\s+two)(?:\s+[\w-]+){0,3}"
    r"|\bwith"
    # "to end the tour in Abuja on Saturday, attending a ministerial session of"
    r"|,\s+(?:attending|chairing|co-chairing|joining|addressing)\s+(?:a|an|the)(?:\s+[\w’'-]+){0,3})"
    r"\s+$"
)
#: The one engagement of a stop told after it: "..., where he will hold talks",
#: "... on Friday with talks with".
_WHERE_ERRAND = re.compile(
    r"(?:,\s*where\s+(?:he|she|they|the\s+two)\s+(?:[\w-]+\s+){0,3}|\bwith\s+)$"
)

#: A participle after the comma: "..., meeting President Prabowo".
_PARTICIPLE = re.compile(r"\w+ing\b")


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
            # "a one-day visit to Paraguay on Thursday, during which he and his
            # counterpart, Santiago Peña, are due to sign": inside the visit, with
            # the people named after "during which"
            during = _DURING_WHICH.search(
                sentence, max(0, visit.trigger_start - offset), max(0, trigger.start - offset)
            )
            if during is not None and any(
                visit.trigger_start < t.start < trigger.start and t.kind is not Kind.VISIT
                for t in triggers
            ):
                during = None
            if during is None and _clause_of(sentence, trigger.start - offset) != _clause_of(
                sentence, visit.trigger_start - offset
            ):
                continue
            # "for talks with King Abdullah II, before flying on to Riyadh, where
            # he is due to see the crown prince": the people before the next trigger
            bound = next(
                (t.start for t in triggers if t.start > trigger.start), len(sentence) + offset
            )
            after = offset + during.end() if during is not None else trigger.start
            counterparts = [
                m
                for m in people
                if after < m.start < bound
                and m.person.name not in {p.name for p in visit.participants}
            ]
            if trigger.start < visit.trigger_start:
                continue
            if not counterparts and not (
                # "travel to Riga on Wednesday for a meeting of Baltic defence
                # ministers": a gathering the trip is for, with nobody else named
                trigger.kind in _GATHERINGS
                and _GATHERING_NOUN.fullmatch(trigger.text)
                # a stay of days may hold the gathering on days told later
                and (
                    visit.precision is Precision.MONTH
                    or _as_date(visit.end) - _as_date(visit.start) == timedelta(days=1)
                )
                and _FOR_A.search(
                    sentence, max(0, trigger.start - offset - 60), trigger.start - offset
                )
            ):
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


#: Gatherings a trip is made for: "for a meeting of ...", "for the summit" (a
#: "strategic dialogue" or "talks" is with someone, named or told after).
_GATHERINGS = frozenset({Kind.MEETING, Kind.SUMMIT, Kind.CONFERENCE})
_GATHERING_NOUN = re.compile(r"(?i:meeting|summit|conference|session)s?")

#: "for a special ASEAN foreign ministers' ": the purpose opening right before
#: the gathering's noun.
_FOR_A = re.compile(r"\bfor\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}$")


#: A clause of the trip itself: "..., during which he will sign".
_DURING_WHICH = re.compile(r",\s*(?:during\s+which|in\s+the\s+course\s+of\s+which)\b")


_DURING_TRIP = re.compile(
    r"\b(?:during|on|while on)\s+(?:the|his|her|their)\s+(?:visit|trip|stay|tour)\b", re.IGNORECASE
)


def _during_a_trip(sentence: str) -> bool:
    """Whether :data:`_DURING_TRIP` is in the sentence, looked for only when
    one of its nouns is (it opens with a word boundary, tried at every
    position: issue 8). Lower-casing finds what case-insensitive matching
    finds but for the letters in _ASCII_TWINS: with one, the expression decides."""
    if not _has_ascii_twins(sentence):
        lowered = sentence.lower()
        if not ("visit" in lowered or "trip" in lowered or "stay" in lowered or "tour" in lowered):
            return False
    return _DURING_TRIP.search(sentence) is not None


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
        # the stay told before the sentence, not a trip the article tells later
        trip = next(
            (
                t
                for t in reversed(trips)
                if t.sentence_start < offset and names & {p.name for p in t.participants}
            ),
            None,
        )
        if trip is None or trip.place is None:
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        before = sentence[clause_start : trigger.start - offset]
        pseudo = _dates_of(trip, trigger, trigger.text)
        # "hold talks with Cho and pay a courtesy call on Lee during his stay": the
        # subject and the people of this engagement, before the next one's word
        following = next(
            (t.start for t in _triggers(sentence, offset) if t.start > trigger.start),
            offset + len(sentence),
        )
        own = [m for m in people if trigger.start < m.start < following]
        event = _build_event(
            sentence,
            offset,
            pseudo,
            trigger,
            [m for m in people if m.start < trigger.start][:1] + own if own else people,
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
        if event.place is None or (
            # "his first trip to South Korea": the stay's city
            event.place.is_country and event.place.country_code == trip.place.country_code
        ):
            event.place = trip.place
        _finish(event)
        found.append(event)
    return found


def _without_umbrella_trips(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'will visit the Philippines and Australia from April 29 to May 3 ...
    will be in Manila on April 29 and 30 ... a three-day visit to Australia
    starting May 1': a trip to several places told again stop by stop is its
    stops, not one more visit (it has no single place)."""
    dropped: set[int] = set()
    visits = [e for e in events if e.kind is Kind.VISIT]
    for trip in visits:
        at = trip.trigger_start - trip.sentence_start + len(trip.trigger)
        # "will visit the Philippines and Australia ..., her first trip to
        # Southeast Asia": the places may follow another word of the same trip
        starts = [at, *(m.end() for m in _TRIP_VERB.finditer(trip.sentence, 0, at))]
        if not any(_several_places(trip.sentence[a : a + _DESTINATIONS_REACH]) for a in starts):
            continue
        travellers = {p.name for p in trip.participants}
        first, last = _as_date(trip.start), _as_date(trip.end)
        stops = [
            v
            for v in visits
            if v is not trip
            and v.sentence_start > trip.sentence_start
            and travellers & {p.name for p in v.participants}
            and first <= _as_date(v.start) < last
        ]
        if stops:
            dropped.add(id(trip))
    return [e for e in events if id(e) not in dropped] if dropped else events


def _without_inner_legs(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'will pay an official visit to Azerbaijan from Sunday to Tuesday ... The
    following day, she will travel to Ganja': a day out to a town of the
    country visited, within the visit's days, is part of that visit, not a
    trip of its own (its engagements join the visit). Run after one-errand
    legs are folded ("travel to Shanghai on Saturday to meet business
    leaders" is already that meeting alone)."""
    visits = [e for e in events if e.kind is Kind.VISIT and e.place is not None]
    if len(visits) < 2:
        return events
    outer: dict[int, ExtractedEvent] = {}
    for trip in visits:
        assert trip.place is not None
        if not trip.place.is_country:
            continue
        travellers = {p.name for p in trip.participants}
        first, last = _as_date(trip.start), _as_date(trip.end)
        for leg in visits:
            if (
                leg is not trip
                and leg.sentence_start > trip.sentence_start
                and leg.place is not None
                and not leg.place.is_country
                and leg.place.country_code == trip.place.country_code
                and travellers & {p.name for p in leg.participants}
                and first <= _as_date(leg.start)
                and _as_date(leg.end) <= last
                # "travel to Shanghai on Saturday to meet business leaders": a
                # leg whose errand names nobody stands for that errand
                and any(e.trip is leg for e in events)
            ):
                outer[id(leg)] = trip
    return _folded_into(events, outer)


def _folded_into(
    events: list[ExtractedEvent], kept: dict[int, ExtractedEvent]
) -> list[ExtractedEvent]:
    """``events`` without the visits folded into another (``kept``: id of the folded
    visit -> the visit that stays), their engagements now linked to the one that stays."""
    if not kept:
        return events
    for event in events:
        if event.trip is not None and id(event.trip) in kept:
            event.trip = kept[id(event.trip)]
    return [e for e in events if id(e) not in kept]


#: Capitalised names joined by a comma or "and" right after a visit's verb.
_NAMES_JOINED = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,|\s+and)\s")


#: How far after a visit's verb its destinations are looked for.
_DESTINATIONS_REACH = 60


_TRIP_VERB = re.compile(r"\b(?:visit(?:s|ing)?|tour(?:s|ing)?|travel(?:s|ling)?\s+to)\s+")


def _several_places(text: str) -> bool:
    """Whether ``text`` opens with two or more places joined by "and" ("the
    Philippines and Australia", "Cairo, Amman and Riyadh")."""
    if not _NAMES_JOINED.match(text):
        return False  # most visits go to one place: no gazetteer look-up
    places = find_places(text)
    if len(places) < 2 or places[0].start > 5:
        return False
    between = text[places[0].end : places[1].start]
    return re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", between) is not None


def _link_trips(events: list[ExtractedEvent]) -> None:
    """Engagements inside a visit's dates belong to it when one of its
    travellers takes part, or when they happen where it goes (a city of the
    country visited) or nowhere named; they take its city when the sentence
    names none ("at the residence" → Washington)."""
    trips = [e for e in events if e.kind is Kind.VISIT and e.place is not None]
    for event in events:
        if event.kind in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER):
            continue
        if event.status is Status.HELD and not event.participants:
            continue  # "the community reception" told in passing: nobody's, nowhere
        candidates = [
            t
            for t in trips
            if _within_trip(event, t)
            and not (
                # "Paz will be sworn in on Saturday ... Paz is also expected to travel
                # to Brasília later this month": a trip told after the engagement,
                # by a week or a month only, covers its day by chance
                t.sentence_start > event.sentence_start
                and t.precision in (Precision.WEEK, Precision.MONTH)
                and not _same_place(event, t)
            )
            and not (
                # "Sir Patrick Allen will host a reception at King's House on
                # Monday ... Also on Monday, Congressman Meeks will be in Kingston":
                # a trip told later claims no engagement none of its travellers attends
                t.sentence_start > event.sentence_start
                and event.participants
                and not {p.name for p in t.participants} & {p.name for p in event.participants}
            )
        ]
        if not candidates:
            continue
        # the leg whose dates hold the engagement most closely ("in Majuro on
        # Thursday and Friday" within "the Pacific next week"), else the most
        # recently announced trip covering the day
        trip = min(reversed(candidates), key=lambda t: _as_date(t.end) - _as_date(t.start))
        event.trip = trip
        if (
            event.place is not None
            and trip.place is not None
            and event.venue is not None
            and event.venue.startswith(event.place.name)
            and event.place.country_code != trip.place.country_code
        ):
            # "lunch at the Shangri-La Hotel" on a visit to Singapore: a venue
            # named after a town abroad stands where the trip goes
            event.place = None
        if event.status is Status.CANCELLED and trip.status is Status.POSTPONED:
            event.status = Status.POSTPONED
        if event.place is None or (trip.place and event.place.is_country):
            event.place = trip.place
            if trip.place is not None and trip.place.is_country:
                # "meet Chief Minister Lia Finocchiaro in Darwin" on a visit to
                # Australia: a town of the country visited, below the gazetteer's size
                event.place = _town_of(event, trip.place) or trip.place
            _finish(event)


#: "in Darwin", "travel to Encarnación": a capitalised name after a locative.
_IN_TOWN = re.compile(r"\b(?:in|at|to)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _town_of(event: ExtractedEvent, country: Place) -> Place | None:
    """The town of ``country`` the event's sentence puts it in, nearest its trigger."""
    at = event.trigger_start - event.sentence_start
    towns = []
    for match in _IN_TOWN.finditer(event.sentence):
        town = small_place(match.group("name"), country.name)
        if town is not None and not town.is_country and town.country_code == country.country_code:
            towns.append((abs(match.start() - at), town))
    return min(towns, key=lambda pair: pair[0])[1] if towns else None


def _same_place(event: ExtractedEvent, trip: ExtractedEvent) -> bool:
    """Whether the event is placed, by its own sentence, where the trip goes."""
    return (
        event.place is not None
        and trip.place is not None
        and (
            event.place.name == trip.place.name
            or (trip.place.is_country and event.place.country_code == trip.place.country_code)
        )
    )


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


def _purpose_on_its_day(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """'will visit the Philippines from Thursday to Saturday for talks with
    Teodoro ... Koizumi and Teodoro will meet Friday': the purpose of a stay,
    dated by the stay's whole span, is the engagement of its kind told later on
    a day of that stay with the same people; it is not one more event."""
    dropped: set[int] = set()
    for index, purpose in enumerate(events):
        trip = purpose.trip
        if (
            trip is None
            or purpose.kind is Kind.VISIT
            or purpose.start != trip.start
            or purpose.end != trip.end
            or _as_date(trip.end) - _as_date(trip.start) <= timedelta(days=1)
        ):
            continue
        names = {p.name for p in purpose.participants}
        # the telling on its day follows within a few engagements (a bound keeps
        # a text of a thousand trips linear)
        for later in events[index + 1 : index + 13]:
            if (
                later.trip is trip
                and later.kind is purpose.kind
                and later.sentence_start > purpose.sentence_start
                and names <= {p.name for p in later.participants}
                and _as_date(trip.start) <= _as_date(later.start)
                and _as_date(later.end) <= _as_date(trip.end)
                and (later.start, later.end) != (trip.start, trip.end)
            ):
                dropped.add(id(purpose))
                break
    return [e for e in events if id(e) not in dropped] if dropped else events
