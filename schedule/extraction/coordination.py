"""Several engagements in one sentence: coordinated clauses sharing a date
("talks on Tuesday and address the parliament"), gapped verbs ("meet Xi on
Nov. 9 and Li on Nov. 10") and each engagement keeping its own clause's
people."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from schedule.extraction.dates import _event_times, _whole_day
from schedule.extraction.engagements import _build_event
from schedule.extraction.events import _PRECISION, ExtractedEvent, Kind, _finish
from schedule.extraction.kinds import _Trigger
from schedule.extraction.locations import _where_of_clause_before
from schedule.extraction.people import _PAIR, _participant, _PersonMention
from schedule.extraction.sentences import _clause_of
from schedule.extraction.status import _NEGATED, _is_conditional
from schedule.resolution import Granularity, Timex


def _keep_clause_people(
    event: ExtractedEvent,
    sentence: str,
    offset: int,
    people: list[_PersonMention],
    triggers: tuple[int, ...] = (),
) -> None:
    """Several engagements in one sentence: each has the sentence's subject and
    the people of its own clause ("meet Wadephul in Berlin on Wednesday, before
    ... received by Macron on Thursday"); two in one clause ("meet President
    Mirziyoyev on April 18 and hold the strategic dialogue with Saidov the
    following day") each the people after its own word (``triggers``: where
    the sentence's engagements start)."""
    if event.kind is Kind.STATEMENT or not people:
        return
    subject = [people[0].person.name]
    if (
        len(people) > 1
        and people[1].start < min(triggers, default=event.trigger_start)
        and _SUBJECT_AND.fullmatch(sentence, people[0].end - offset, people[1].start - offset)
    ):
        # "Son and Lazaro held their first phone conversation on July 3, ..., and
        # last met in Kuala Lumpur in July": the pair is the subject of both verbs
        subject.append(people[1].person.name)
    start, end = _clause_of(sentence, event.trigger_start - offset)
    if len(subject) > 1 and any(
        start <= m.start - offset and m.start < event.trigger_start for m in people
    ):
        subject = subject[:1]  # "..., and on Tuesday Senator Wong will deliver a speech"
    own = sorted(t for t in triggers if start <= t - offset < end)
    after = [t for t in own if t > event.trigger_start]
    stop = after[0] if after else offset + end
    if (
        len(own) > 1
        and event.trigger_start in own
        and any(event.trigger_start < m.start < stop for m in people)
    ):
        names = subject + [
            m.person.name
            for m in people
            if start <= m.start - offset
            and (m.start < own[0] or event.trigger_start < m.start < stop)
        ]
    elif _PAIR.search(sentence, start, end):
        return  # "..., and the two will sign an agreement the following day": both
    else:
        names = subject + [m.person.name for m in people if start <= m.start - offset < end]
    kept = [p for p in event.participants if p.name in names]
    if kept and len(kept) < len(event.participants):
        event.participants = kept
        _finish(event)


#: Two people joined as one subject: "Son and Lazaro".
_SUBJECT_AND = re.compile(r"\s+and\s+")


_COORDINATED_KINDS = frozenset(
    {Kind.MEETING, Kind.SIGNING, Kind.SPEECH, Kind.RECEPTION, Kind.CALL, Kind.CONFERENCE}
)


# two leaders' "summit talks" are talks: a clause of its own, like "followed by talks"
_SUMMIT_TALKS = re.compile(r"summit\s+(?:talks|meeting)", re.IGNORECASE)


# "... on Wednesday and on State President Luong Cuong": the preposition of the
# verb told again
_GAP_AND = re.compile(r"\s*,?\s+and\s+(?:(?:on|with)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}$")


# "... Luong Cuong at the Presidential Palace on Thursday morning": the second
# engagement's own venue, then its day
_GAP_ON = re.compile(
    r"(?:\s+at\s+(?:the\s+)?(?P<venue>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4}))?"
    r"\s+(?:on|in|at)?\s*"
)


def _gapped(
    text: str,
    dated: list[Timex],
    dated_events: dict[int, ExtractedEvent],
    people: list[_PersonMention],
) -> list[ExtractedEvent]:
    """'will meet President Xi Jinping on Nov. 9 and Premier Li Qiang on Nov.
    10': the verb is not repeated, the second person and date are a second
    engagement of the same kind, with the same subject."""
    found: list[ExtractedEvent] = []
    for earlier, later in pairwise(dated):
        event = dated_events.get(earlier.start)
        if event is None or later.start in dated_events or len(event.participants) < 3:
            continue
        person = next(
            (
                m
                for m in people
                if earlier.end <= m.start
                and m.end <= later.start
                and _GAP_AND.fullmatch(text, earlier.end, m.start)
                and _GAP_ON.fullmatch(text, m.end, later.start)
            ),
            None,
        )
        if person is None:
            continue
        gap = _GAP_ON.fullmatch(text, person.end, later.start)
        assert gap is not None
        moved = _participant(person.person)
        if moved not in event.participants or moved == event.participants[0]:
            continue
        event.participants.remove(moved)
        _finish(event)
        start, end = _event_times(later, event.place)
        assert later.granularity is not None
        second = replace(
            event,
            start=start,
            end=end,
            precision=_PRECISION[later.granularity],
            participants=[event.participants[0], moved],
            phrase=later.text,
            timex_value=later.value,
        )
        if gap.group("venue"):
            second.venue = gap.group("venue")
        _finish(second)
        dated_events[later.start] = second
        found.append(second)
    return found


def _coordinated(
    text: str,
    sentence: str,
    offset: int,
    dated: list[Timex],
    triggers: list[_Trigger],
    used: set[int],
    people: list[_PersonMention],
    reference: date,
    earlier_events: list[ExtractedEvent],
) -> list[ExtractedEvent]:
    """'talks on Tuesday, and the two leaders are expected to sign an agreement':
    an engagement in a coordinated clause with no date of its own shares the
    date of the clause before it."""
    found = []
    for trigger in triggers:
        second_verb = False
        follows: ExtractedEvent | None = None
        if trigger.start in used or not (
            trigger.kind in _COORDINATED_KINDS or _SUMMIT_TALKS.fullmatch(trigger.text)
        ):
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        clause = sentence[clause_start:clause_end]
        right_after = [
            t
            for t in dated
            if t.end <= trigger.start
            and (
                _AND_GLUE.fullmatch(text[t.end : trigger.start])
                # "talks in Tokyo on Tuesday, when the two leaders are expected to sign"
                # (after a visit's date, "when" opens an engagement of that visit,
                # which _purposes links to it)
                or (
                    _WHEN_GLUE.fullmatch(text[t.end : trigger.start])
                    and [u.kind for u in triggers if u.end <= t.start][-1:] != [Kind.VISIT]
                )
            )
        ]
        own_dates = [t for t in dated if clause_start <= t.start - offset < clause_end]
        if (
            not right_after
            and len(own_dates) == 1
            and own_dates[0].end <= trigger.start
            and trigger.kind in (Kind.SPEECH, Kind.SIGNING, Kind.MEETING)
            and _VERB_AND.search(sentence, 0, trigger.start - offset)
        ):
            # "will meet Erdogan at the palace and address government officials",
            # "co-chair the ministers' meeting and to call on the prime minister":
            # a second verb of the clause, on the clause's day
            earlier = own_dates
            second_verb = trigger.kind is Kind.MEETING
        elif (
            not right_after
            and len(own_dates) == 1
            and own_dates[0].end <= trigger.start
            and _AT_WHICH.search(sentence, 0, trigger.start - offset)
        ):
            # "travel to Cork on Thursday for the UK-Ireland summit, at which the
            # two leaders are expected to sign an agreement": at the summit, that day
            earlier = own_dates
        elif (
            not right_after
            and earlier_events
            and _FOLLOWED_BY.search(
                sentence, max(0, trigger.start - offset - 60), trigger.start - offset
            )
            and (told := [t for t in dated if t.end <= trigger.start and t.start >= offset])
        ):
            # "On Friday, Herath will hold talks with Jaishankar at Hyderabad
            # House, followed by a joint press conference": after the talks told
            # with the sentence's day, that day
            earlier = (
                [_whole_day(told[-1])] if told[-1].granularity is Granularity.TIME else told[-1:]
            )
            follows = earlier_events[-1]
        elif right_after:
            # "talks with Mahama on Thursday and address the parliament"
            earlier = right_after
            clause_start = right_after[-1].end - offset
            last = earlier[-1]
            if (
                _AFTER_IT.search(text, last.end, trigger.start)
                and last.interval is not None
                and last.granularity is Granularity.TIME
            ):
                # "a welcome at 9.30am on Monday, followed by a meeting", "... at
                # 10:00, after which the two will hold talks": after the welcome,
                # that day, at no hour of its own
                earlier = [_whole_day(last)]
        else:
            glue = re.search(
                # "the UK-Ireland summit, at which the two leaders are expected to sign"
                r"\b(?:and|where|when|before|at\s+which|during\s+which|after\s+which)\s*$",
                sentence[max(0, clause_start - 14) : clause_start],
            ) or (
                # "... on Tuesday afternoon, after which the two leaders will preside
                # over the signing": the clause may open on "which" itself
                _WHICH_OPENS.match(sentence, clause_start)
                and re.search(
                    r"\b(?:at|during|after)\s*$", sentence[max(0, clause_start - 8) : clause_start]
                )
            )
            if glue is None or (glue.group().startswith("before") and trigger.kind is Kind.VISIT):
                # "address the parliament before being received by the king": the
                # same day; "before flying to Seoul" is a leg of the journey
                continue
            own_dates = [t for t in dated if clause_start <= t.start - offset < clause_end]
            earlier = [t for t in dated if t.end <= offset + clause_start]
            if own_dates or not earlier:
                continue
            last = earlier[-1]
            if (
                "after" in glue.group()
                and last.interval is not None
                and last.granularity is Granularity.TIME
            ):
                # "at 10:00, after which the two premiers will hold talks": that
                # day, at no hour of its own
                earlier = [_whole_day(last)]
        before = sentence[clause_start : trigger.start - offset]
        if _is_conditional(before) or _NEGATED.search(before):
            continue
        event = _build_event(
            sentence, offset, earlier[-1], trigger, people, before, clause, reference
        )
        if event is not None and second_verb:
            # "co-chair the meeting with Le Hoai Trung and to call on Pham Minh
            # Chinh": the subject and the people after the second verb meet; they
            # leave the first verb's engagement
            after = {
                m.person.name for m in people if trigger.start <= m.start < offset + clause_end
            }
            subject = people[0].person.name if people else None
            if not after - {subject}:
                continue  # "meet Xi and hold talks": one engagement said twice
            event.participants = [
                p for p in event.participants if p.name in after or p.name == subject
            ]
            _finish(event)
            for other in earlier_events[-_CLAUSE_EVENTS:]:
                if other.kind is not Kind.STATEMENT and other.trigger_start < trigger.start:
                    kept = [p for p in other.participants if p.name not in after]
                    if kept and len(kept) < len(other.participants):
                        other.participants = kept
                        _finish(other)
        if event is not None:
            if follows is not None:
                # "held talks ..., followed by a joint press conference": a
                # clause with no verb of its own is as certain as the one before
                event.status = follows.status
            if re.search(r"\bwhere\s*$", sentence[max(0, clause_start - 8) : clause_start]):
                _where_of_clause_before(event, sentence, offset, clause_start)
            if event.venue is None and _AFTER_IT.search(
                sentence, max(0, trigger.start - offset - 60), trigger.start - offset
            ):
                # "the welcome ceremony will take place at the Cotroceni Palace ...,
                # followed by official talks": what follows is held there too
                first = next(
                    (
                        e
                        for e in reversed(earlier_events[-_CLAUSE_EVENTS:])
                        if e.venue is not None and e.trigger_start < trigger.start
                    ),
                    None,
                )
                if first is not None and (event.place is None or event.place == first.place):
                    event.venue, event.place = first.venue, first.place
                    _finish(event)
            used.add(trigger.start)
            found.append(event)
    return found


#: Engagements of the same sentence a second verb's people may be taken from
#: (the nearest; a bound keeps a run-on sentence linear).
_CLAUSE_EVENTS = 4


# "..., when the two leaders are expected to sign", "a ceremony on Wednesday,
# after which the two leaders will hold talks": the same day
_WHEN_GLUE = re.compile(r"\s*,\s*(?:when|after\s+which)\s+(?:[\w’'-]+\s+){0,6}?")


_WHICH_OPENS = re.compile(r"\s*which\b")


#: What comes next, told after the hour of what came first.
_AFTER_IT = re.compile(r"\bfollowed\b|\bafter\s+which\b")


_AT_WHICH = re.compile(r",\s*at\s+which\s+(?:[\w’'-]+\s+){0,6}$")


#: "..., followed by a joint press conference": what comes after the clause told.
_FOLLOWED_BY = re.compile(
    r",\s*(?:followed\s+by|then)\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?$"
)


_VERB_AND = re.compile(r"\band\s+(?:(?:will|to|then|also|later)\s+)*$")


_AND_GLUE = re.compile(
    r"\s*,?\s*and\s+(?:(?:will|would|to|then|also|later)\s+)*"
    # "a ceremonial welcome at 9.30am on Monday, followed by a meeting with Mr Tharman"
    r"|\s*,\s*followed\s+by\s+(?:(?:a|an|the)\s+)?"
    # "..., followed by official talks between the two heads of state"
    r"(?:[a-z][\w-]*\s+){0,2}?"
    # "talks with Cho at 10 a.m. Thursday at the ministry's headquarters in central
    # Seoul, followed by a joint press conference": past the place of the day
    r"|\s+(?:at|in)\s+[^,.;]{1,80},\s*followed\s+by\s+(?:(?:a|an|the)\s+)?"
)
