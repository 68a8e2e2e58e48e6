"""People added to an engagement told elsewhere: a sentence with no
engagement of its own ("Hegseth will attend", "the delegation will be led
by ...") and those with engagements on a summit's days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from schedule.extraction.events import (
    ExtractedEvent,
    Kind,
    Precision,
    Status,
    _as_date,
    _finish,
)
from schedule.extraction.lexicon import _lexicon
from schedule.extraction.people import _MEMORIAL_OF, _own_people, _participant, _PersonMention
from schedule.extraction.sentences import _clause_of
from schedule.extraction.status import _NEGATED, _is_conditional

# taking part in an engagement named elsewhere: "will attend", "is also expected
# at the summit", "the delegation will be led by", "will chair the sessions"
_ATTEND = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|(?:led|headed|chaired)\s+by"
    r"|(?:lead|head|chair)(?:s|ing)?\s+(?:the|their|his|her|its)|delegations?|take\s+part|took\s+part|taking\s+part"
    r"|participat\w+|expected\s+at|included?|attendance|represented\s+by|accompan\w*(?:\s+by)?"
    r"|(?:is|are)\s+(?:also\s+)?expected(?=\s*[.;]|\s*$)"
    r"|address(?:es|ed|ing)?\s+the\s+(?:opening|closing|plenary)\s+session"
    # "Liberia's Foreign Minister Sara Beysolow Nyanti is due to present a report"
    r"|present(?:s|ed|ing)?\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?report"
    r"|brief(?:s|ing)?\s+(?:leaders|ministers)|host(?:s|ing)?\s+the\s+(?:gathering|summit"
    r"|conference|meeting|talks|event))\b",
    re.IGNORECASE,
)


#: Fellow travellers: "will be accompanied by", "accompanying him are".
_COMPANY = re.compile(r"accompan\w*(?:\s+by)?", re.IGNORECASE)
#: Cues whose attendees are their subjects ("X will attend"), not their objects.
_SUBJECT_CUE = re.compile(r"attend(?:s|ed|ing)?|join(?:s|ed|ing)?", re.IGNORECASE)


_ATTEND_TARGETS = (
    (re.compile(r"\bsummit\b", re.IGNORECASE), (Kind.SUMMIT,)),
    (re.compile(r"\bcall\b", re.IGNORECASE), (Kind.CALL,)),
    (
        re.compile(
            r"\b(?:parade|ceremony|reception|banquet|dinner|inauguration|funeral|commemoration)\b",
            re.IGNORECASE,
        ),
        (Kind.RECEPTION,),
    ),
    (
        re.compile(r"\b(?:gathering|opening session|closing session|plenary)\b", re.IGNORECASE),
        (Kind.SUMMIT, Kind.CONFERENCE),
    ),
    (re.compile(r"\b(?:conference|forum)\b", re.IGNORECASE), (Kind.CONFERENCE,)),
    (
        re.compile(r"\b(?:talks|meeting|sessions?|negotiations|side|delegation)\b", re.IGNORECASE),
        (Kind.MEETING,),
    ),
)


_UNREALISED_CUE = re.compile(
    r"\bhad\s+been\s+(?:expected|due|scheduled|set|slated|invited)\s+to\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


_ABSENT = re.compile(
    r"\b(?:not|never|no|boycott\w*|skip\w*|stay\w*\s+away|absent|declined?)\b|n[’']t\b",
    re.IGNORECASE,
)


def _attach_attendees(
    sentence: str,
    offset: int,
    people: list[_PersonMention],
    events: list[ExtractedEvent],
    days: Sequence[date] = (),
) -> None:
    """'US Defense Secretary Pete Hegseth will attend': a sentence with no
    engagement of its own adds its people to the engagement it refers to.
    ``days`` are the days the sentence names ("will attend Thursday's
    session"): the engagement on one of them is meant, not the last told."""
    if not people or not events:
        return
    if days:
        on_day = [e for e in events if _as_date(e.start) in days]
        events = on_day or events
    # "Ruto will not attend and will be represented by Mudavadi": the first cue
    # that is not negated
    cue = next(
        (
            c
            for c in _ATTEND.finditer(sentence)
            # "will not attend and will be represented by": "and" ends the negation
            if not _NEGATED.search(
                re.split(r"\band\b|,", sentence[max(0, c.start() - 30) : c.start()])[-1]
            )
            # "Caputo, who had been expected to join the delegation, will not
            # travel": what was planned and is no more
            and not _UNREALISED_CUE.search(sentence, max(0, c.start() - 60), c.start())
        ),
        None,
    )
    if cue is None or _is_conditional(sentence[: cue.start()]):
        return
    kinds: tuple[Kind, ...] | None = None
    if _COMPANY.fullmatch(cue.group()):
        kinds = (Kind.VISIT,)  # "will be accompanied by Fidan": fellow travellers
    for pattern, wanted in () if kinds else _ATTEND_TARGETS:
        if pattern.search(sentence):
            kinds = wanted
            break
    if kinds is not None and not any(e.kind in kinds for e in events):
        # "will chair the opening session" of talks, not of a summit: the
        # engagement told, whatever its kind
        kinds = None
    if kinds is None and cue.group().lower().startswith("present"):
        # "... at a Council of Ministers meeting on Friday. Nyanti is due to present
        # a report": a report is presented at the engagement just told
        target = next(
            (e for e in reversed(events) if e.kind not in (Kind.STATEMENT, Kind.VISIT)), None
        )
    elif kinds is None:
        # "X will attend", nothing named: the gathering told, else the talks
        target = next(
            (e for e in reversed(events) if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)), None
        ) or next((e for e in reversed(events) if e.kind in (Kind.MEETING, Kind.CALL)), None)
    else:
        target = next((e for e in reversed(events) if e.kind in kinds), None)
    if target is None:
        return
    lexicon = _lexicon()
    if target.status is Status.HELD and (
        lexicon.scheduled.search(sentence) or lexicon.expected.search(sentence)
    ):
        # "The two last met in Cairo in April. A US delegation could join the
        # talks in the coming weeks": talks to come, not the meeting that was
        return
    known = {p.name for p in target.participants}
    subjects_only = _SUBJECT_CUE.fullmatch(cue.group()) is not None and not re.search(
        r"\b(?:is|are|was|were|be|been|being)\s+$", sentence[max(0, cue.start() - 10) : cue.start()]
    )  # "Mr Rubio was joined by Mike Waltz": a passive's agents attend too
    for person in _own_people(sentence, offset, people):
        mention = next(m for m in people if m.person is person)
        cues = list(_ATTEND.finditer(sentence))
        before = [c for c in cues if c.start() < mention.start - offset]
        if (
            subjects_only
            and not any(c.start() > mention.start - offset for c in cues)
            # "X will attend, while Britain will be represented by Cooper": a
            # name right after an object cue ("represented by") attends too
            and not (before and _SUBJECT_CUE.fullmatch(before[-1].group()) is None)
        ):
            # "Takaichi will attend ... and is weighing talks with Xi": who
            # attends is the subject of a cue; the people after the last cue
            # are its objects ("..., while Meloni will join by video link")
            continue
        start, end = _clause_of(sentence, mention.start - offset)
        if mention.start - offset > cue.start():
            # "Ruto will not attend and will be represented by Mudavadi": the
            # words between the cue and the name decide
            start = max(start, cue.start())
        else:
            end = max(end, cue.end())
        if _ABSENT.search(sentence[start:end]):
            continue  # "Trump is boycotting it and no U.S. official will attend"
        if _MEMORIAL_OF.search(
            sentence, max(0, mention.start - offset - 40), mention.start - offset
        ):
            continue  # "represented by Cosse ... in place of President Yamandú Orsi"
        if person.name not in known:
            target.participants.append(_participant(person))
            known.add(person.name)
    _finish(target)


_GATHERING_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:summit|conference|gathering|opening session|forum"
    r"|dialogue|meeting)\b|\bon\s+the\s+(?:sidelines|margins)\b",
    re.IGNORECASE,
)


def _gathering_attendees(events: list[ExtractedEvent]) -> None:
    """Whoever has an engagement at a summit or conference, on its days or its
    eve, in a sentence naming it ("will meet Abiy on Friday before the summit
    opens", "will address the summit on Sunday"), is one of its named
    attendees (tests/articles/README.md: a summit's participants)."""
    for gathering in events:
        if (
            gathering.kind not in (Kind.SUMMIT, Kind.CONFERENCE)
            or gathering.place is None
            # "its own summit in Bamako later this month": a month holds every
            # engagement of the report; only a gathering's own days name attendees
            or gathering.precision not in (Precision.DAY, Precision.TIME)
        ):
            continue
        first, last = _as_date(gathering.start), _as_date(gathering.end)
        known = {p.name for p in gathering.participants}
        for event in events:
            if (
                event is gathering
                or event.sentence == gathering.sentence
                # a dinner's host need not be at the summit ("The summit will open
                # with a dinner hosted by King Willem-Alexander")
                or event.kind in (Kind.CALL, Kind.STATEMENT, Kind.RECEPTION)
                or event.kind in (Kind.SUMMIT, Kind.CONFERENCE)
                or not event.participants
                or not first - timedelta(days=1) <= _as_date(event.start) < last
                or not _GATHERING_REFERENCE.search(event.sentence)
            ):
                continue
            subject = event.participants[0]
            if subject.name not in known:
                gathering.participants.append(subject)
                known.add(subject.name)
                _finish(gathering)
