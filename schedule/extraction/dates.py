"""From the resolver's timexes to an engagement's dates: which date belongs to
which trigger, joined ranges ("19 and 20 March"), clock times put on their
day, durations that stretch a visit, postponements to a new date, and the
instants a timed event starts and ends at its place."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from schedule.extraction.events import (
    _GRANULARITY,
    _PRECISION,
    ExtractedEvent,
    Kind,
    Precision,
    _as_date,
)
from schedule.extraction.kinds import _Trigger, _triggers_between
from schedule.extraction.people import _PersonMention
from schedule.extraction.sentences import _AGENCY, _WHICH, _clause_of
from schedule.places import (
    Place,
)
from schedule.resolution import Granularity, Interval, Timex, TimexType

_TRIGGER_REACH = 400  # no news sentence puts its verb further from its date


#: A wire dateline: "KUALA LUMPUR, Oct 24 (Reuters) -", "WASHINGTON (AP) —".
#: Its date is the report's, never an engagement's.
@cache
def _dateline() -> re.Pattern[str]:
    """The dateline expression, compiled on first use (keeps the import light)."""
    return re.compile(
        r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*)*"
        r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?"
        r"\s*(?:\([A-Za-z. ]{2,20}\)\s*)?[-—–]+"
        # "Bled, 31 August (STA) –", "New Delhi, Jan 11 (PTI)": a city in title
        # case, a date and the agency (the dash is optional after it)
        r"|^[ \t]*[A-Z][\w .'’-]{1,40},\s*"
        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
        rf"(?:,?\s*\d{{4}})?\s*{_AGENCY}\s*[-—–]*",
        re.MULTILINE,
    )


def _owned_by_other_date(
    sentence: str, offset: int, timex: Timex, trigger: _Trigger, dated: list[Timex]
) -> bool:
    """'Nawrocki, who was sworn in last month, will meet Hegseth on Monday': a
    trigger in another clause that has a date of its own is that date's."""
    trigger_clause = _clause_of(sentence, trigger.start - offset)
    timex_clause = _clause_of(sentence, timex.start - offset)
    nouns_after = [
        t
        for t in _triggers_between(sentence, trigger.start - offset + 1, trigger_clause[1])
        if t.kind is not trigger.kind
    ]
    if (
        _WHICH.match(sentence, trigger_clause[1])
        and trigger_clause[1] < len(sentence) - 8
        # "deliver the keynote address on Saturday at the Dialogue, Asia's top
        # forum, which runs from Friday": the clause describes the forum only
        and not nouns_after
    ):
        # "arriving this week for the summit, which will be held on Saturday and
        # Sunday": the describing clause dates the noun it follows
        described = _clause_of(sentence, trigger_clause[1] + 8)
        if timex_clause == described:
            return False
        if any(
            other is not timex and described[0] <= other.start - offset < described[1]
            for other in dated
        ):
            return True
    if timex_clause == trigger_clause:
        return False
    # "..., where Rubio will meet the Israeli prime minister, Pigott told
    # reporters on Thursday": the date of the saying owns no engagement
    return any(
        other is not timex
        and trigger_clause[0] <= other.start - offset < trigger_clause[1]
        and not _SAID_ON.search(sentence, max(0, other.start - offset - 30), other.start - offset)
        for other in dated
    )


def _dates_of(trip: ExtractedEvent, trigger: _Trigger, text: str) -> Timex:
    """The trip's dates, as a timex at ``trigger``: for engagements the article
    dates only by the trip they belong to."""
    granularity = _GRANULARITY[trip.precision]
    return Timex(
        trigger.start,
        trigger.end,
        text,
        TimexType.DATE,
        trip.timex_value,
        interval=Interval(trip.start, trip.end, granularity),
        granularity=granularity,
    )


_NEW_DATE = re.compile(
    r"(?:\b(?:postponed|moved|pushed back|rescheduled|delayed|put off)\s+(?:to|until|till|for)"
    r"|\bnow\s+(?:take\s+place|be\s+held|happen)\s+(?:on|in))\s+(?:the\s+)?(?:\w+\s+){0,1}"
    # "postponed to the second half of August", "pushed back to the end of March"
    r"(?:(?:first|second|latter|last)\s+half\s+of\s+|(?:end|middle|beginning|start)\s+of\s+)?$",
    re.IGNORECASE,
)

#: "has postponed her State visit to Kenya, which had been scheduled to begin
#: next Tuesday, to June 16-18": the new date after an aside on the old one.
_NEW_DATE_AFTER_ASIDE = re.compile(
    r"\b(?:postponed|moved|pushed back|rescheduled|delayed|put off)\s+[^,.;]{1,60},"
    r"\s*(?:which|originally|initially|first)\b[^,.;]{1,80},\s+(?:to|until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _move_to(event: ExtractedEvent, new: Timex) -> None:
    """A postponement: the engagement keeps its identity and takes the new date;
    the old one is kept so the stored event can be found by it."""
    assert new.interval is not None and new.granularity is not None
    event.original = (event.start, event.end)
    event.start, event.end = _event_times(new, event.place)
    if new.granularity is Granularity.MONTH and _as_date(event.end) <= _as_date(event.original[0]):
        # "has been postponed to June" is a June to come, whatever the tense
        # (the resolver reads the past tense of "postponed" as a June gone by)
        start = _as_date(event.start)
        event.start = start.replace(year=start.year + 1)
        event.end = _as_date(event.end).replace(year=_as_date(event.end).year + 1)
    event.precision = _PRECISION[new.granularity]
    event.phrase = f"{event.phrase} → {new.text}"
    event.timex_value = new.value


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def _part_of_day_as_day(timex: Timex) -> Timex:
    """'on Tuesday evening' (TIMEX3 ``2025-06-03TEV``) is a day in a calendar,
    not a clock time: honest granularity."""
    if timex.interval is None or not _PART_OF_DAY.search(timex.value):
        return timex
    return _whole_day(timex)


def _whole_day(timex: Timex) -> Timex:
    """The day of a part of day or a clock time, at no hour (what follows "a welcome at
    9.30am on Monday, followed by ..." is that day's, not that hour's)."""
    assert timex.interval is not None
    day = _as_date(timex.interval.start)
    return replace(
        timex,
        interval=Interval(day, day + timedelta(days=1), Granularity.DAY),
        granularity=Granularity.DAY,
    )


# "Mr Lee said", "Lee, the minister, said", "The German foreign minister, Johann Wadephul,
# said": the speaker, an apposition or its closing comma, then the verb
# "Paulo Rangel, who said on Friday he would ...": the aside's own saying
_SPEAKER_GAP = re.compile(r"\s*,?\s*(?:,[^,]{1,60},\s*)?(?:who\s+)?(?:has\s+|had\s+|also\s+)?")


def _dated_statement(
    text: str, trigger: _Trigger, timex: Timex, people: list[_PersonMention]
) -> bool:
    """A statement is an event only when a named person said it on a date:
    "Mr Lee said on Wednesday", not "..., his office said" nor "officials said"."""
    speakers = [
        m
        for m in people
        if m.end <= trigger.start and _SPEAKER_GAP.fullmatch(text[m.end : trigger.start])
    ]
    spoken_by_person = bool(speakers)
    gap = timex.start - trigger.end if timex.start >= trigger.end else trigger.start - timex.end
    if any(
        timex.end <= m.start and _TITLES_BEFORE_SPEAKER.fullmatch(text, timex.end, m.start)
        for m in speakers
    ):
        # "Briefing reporters on Wednesday, Secretary (CPV & OIA) Arun Kumar Chatterjee said"
        gap = 0
    audience = _TOLD_AUDIENCE if trigger.text.lower().startswith("told") else _AUDIENCE
    if timex.start >= trigger.end and audience.fullmatch(text[trigger.end : timex.start]):
        gap = 0  # "told reporters in Islamabad on Sunday"
    return spoken_by_person and gap <= 20


# the speaker's titles between an opening date and the name: ", Secretary (CPV & OIA) "
_TITLES_BEFORE_SPEAKER = re.compile(r",\s*(?:[A-Z(&][\w()&.’'-]*\s+){0,6}")


# "told state television on Wednesday", "told a news conference in Luxembourg on
# Monday": whoever was told, then the date
_TOLD_AUDIENCE = re.compile(
    # "told a regular news briefing in Taipei yesterday", "told Parliament in Sri
    # Jayewardenepura Kotte on Friday"
    # "told the weekly post-Cabinet media briefing in Colombo on Tuesday"
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+"
    # "told a joint press conference with Mudavadi on Tuesday"
    r"(?:\s+with\s+(?:his\s+|her\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    # "told Yle in an interview on Monday"
    r"(?:\s+in\s+an?\s+(?:\w+\s+)?interview)?"
    r"\s*(?:on\s+|late\s+|early\s+)?"
)


_AUDIENCE = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|parliament|the\s+\w+"
    # "said at a joint news conference Wednesday evening"
    r"|at\s+(?:a|the)\s+(?:joint\s+)?(?:news|press)\s+conference"
    # "said at a briefing in Moscow on Friday", "said in a Palace briefing on Friday"
    r"|(?:at|in)\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?briefing"
    # "said in an interview with Latvian Radio on Saturday", "said in a statement
    # issued on Friday in Abuja"
    r"|in\s+an?\s+(?:\w+\s+)?(?:interview|statement)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"|\s+(?:issued|released|posted|published))?)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:on\s+|late\s+|early\s+)?"
)


# a reference point, not an engagement's date: "the first since ... in January"
_SINCE = re.compile(r"\bsince\b[^,.;:]*$", re.IGNORECASE)


# "Rubio leaves Saturday and is scheduled to meet el-Sissi on Sunday": the day
# of a departure, a leg of the journey (tests/articles/README.md), no engagement's
_DEPARTS = re.compile(r"\b(?:leaves?|leaving|departs?|departing)\s+(?:on\s+)?$")


# "talks with von der Leyen ahead of Cyprus taking over the presidency on Jan. 1":
# the date of what the engagement comes before, not the engagement's
#: ("The Minister's visit comes a day after India beat Pakistan on Sunday": the
#: date of what it comes after)
_AHEAD_OF = re.compile(
    r"\b(?:(?:ahead|in\s+advance)\s+of|(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)"
    r"\s+(?:after|before))\b[^,.;:]*$",
    re.IGNORECASE,
)


# "said on Monday", "said Friday": a date that dates the saying only
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|confirmed|added|reported)\s+(?:on\s+|late\s+|early\s+)?$"
    # "said in an interview with Latvian Radio on Saturday that the talks ..."
    r"|\bin\s+an?\s+(?:\w+\s+)?(?:interview|statement)(?:\s+[^,.;]{1,40}?)?\s+on\s+$",
    re.IGNORECASE,
)


_RANGE_GLUE = re.compile(
    r"\s*(?:(?:(?:at|in)\s+[^,.;]{1,60}?\s+)?(?:and\s+)?(?:runs?|lasts?|continues?|goes\s+on)"
    r"\s+(?:until|till|to|through)"
    r"|and|to|until|till|through|-|–|—)\s*",
    re.IGNORECASE,
)


_DAY_BEFORE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*$")


_DAY_AFTER = re.compile(r"^\s*(?:and|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b")


#: Longest span two joined dates may cover: a conference fortnight, not a season.
_MAX_RANGE = timedelta(days=21)


def _join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """'on Thursday and Friday', 'from 10 to 21 November', 'August 29 and 30',
    '19-20 March': one interval for one engagement."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.granularity is Granularity.DAY
            and timex.granularity is Granularity.DAY
            and _RANGE_GLUE.fullmatch(text[previous.end : timex.start])
        ):
            last_end = timex.interval.end  # type: ignore[union-attr]
            if _as_date(last_end) <= _as_date(previous.interval.start):  # type: ignore[union-attr]
                # "on Sunday and Monday" in a Monday article: the Monday after
                last_end = _as_date(last_end) + timedelta(days=7)
            joined = _span(text, previous, previous.interval.start, last_end, timex.end)  # type: ignore[union-attr]
            if joined is not None:
                out[-1] = joined
                continue
        if timex.granularity is Granularity.DAY and timex.interval is not None:
            timex = _bare_day_neighbours(text, timex)
        out.append(timex)
    return out


def _bare_day_neighbours(text: str, timex: Timex) -> Timex:
    """A day number the resolver left untagged beside a date: '19 and 20 March'."""
    assert timex.interval is not None
    day = _as_date(timex.interval.start)
    before = _DAY_BEFORE.search(text[max(0, timex.start - 12) : timex.start])
    if before:
        try:
            first = day.replace(day=int(before.group(1)))
        except ValueError:
            first = day
        joined = _span(
            text,
            timex,
            first,
            timex.interval.end,
            timex.end,
            start_offset=timex.start - len(before.group()),
        )
        if joined is not None:
            return joined
    after = _DAY_AFTER.search(text[timex.end : timex.end + 12])
    if after:
        try:
            last = day.replace(day=int(after.group(1))) + timedelta(days=1)
        except ValueError:
            return timex
        joined = _span(text, timex, timex.interval.start, last, timex.end + after.end())
        if joined is not None:
            return joined
    return timex


def _span(
    text: str,
    first: Timex,
    start: date | datetime,
    end: date | datetime,
    end_offset: int,
    *,
    start_offset: int | None = None,
) -> Timex | None:
    """``first`` widened to ``[start, end)``, if that makes a plausible range."""
    begin = first.start if start_offset is None else start_offset
    if _as_date(end) <= _as_date(start) or _as_date(end) - _as_date(start) > _MAX_RANGE:
        return None
    last = _as_date(end) - timedelta(days=1)
    return replace(
        first,
        start=begin,
        end=end_offset,
        text=text[begin:end_offset],
        value=f"{_as_date(start).isoformat()}/{last.isoformat()}",  # ISO 8601 interval
        interval=Interval(start, end, Granularity.DAY),
    )


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier|ago|since|from)\b", re.IGNORECASE)


def _stretch_by_duration(
    event: ExtractedEvent, timex: Timex, in_sentence: list[Timex], clause_start: int, clause: str
) -> None:
    """'arrives on Tuesday for a three-day visit': the visit lasts three days."""
    if event.precision is not Precision.DAY or event.kind not in (
        Kind.VISIT,
        Kind.SUMMIT,
        Kind.CONFERENCE,
    ):
        return
    for other in in_sentence:
        days = re.fullmatch(r"P(\d+)D", other.value)
        inside = clause_start <= other.start < clause_start + len(clause)
        if _OFFSET_AFTER.match(event.sentence, other.end - event.sentence_start):
            continue  # "ten days after the attacks", "two weeks later": when, not how long
        if other.type is TimexType.DURATION and days and inside and 1 < int(days.group(1)) <= 14:
            start = _as_date(event.start)
            length = timedelta(days=int(days.group(1)))
            if _CONCLUDED.search(event.sentence, 0, max(0, other.start - event.sentence_start)):
                # "concluded on Wednesday a two-day official visit", "who concluded
                # a two-day visit ... on the same day": the day told is the last
                event.start, event.end = start - length + _ONE_DAY, start + _ONE_DAY
                return
            event.end = start + length
            return


#: A stay told by its end: "concluded a two-day visit", "wrapped up".
_CONCLUDED = re.compile(
    r"\b(?:conclu(?:de[sd]?|ding)|wrap(?:s|ped|ping)?|wound|end(?:s|ed|ing)?)\b(?:\s+up\b)?"
    r"[^.;]{0,60}$"
)


#: "a visit to Armenia that runs until": the stay's own end (not "the Munich
#: Security Conference, which runs until Sunday", the gathering's).
#: How a stay or a gathering is said to go on to a day ("runs until", "lasts to").
RUNS_VERBS = ("runs", "lasts", "continues")
_UNTIL = r"\s+(?:until|till|through|to)\s+$"
_VISIT_RUNS_UNTIL = re.compile(
    rf"\b(?:visit|trip|stay|tour)\b[^.;,]{{0,40}}?\b(?:that|which)\s+(?:{'|'.join(RUNS_VERBS)}){_UNTIL}"
)


def _visit_runs_until(event: ExtractedEvent, in_sentence: list[Timex]) -> None:
    """'arrived in Yerevan on Monday evening for an official visit to Armenia
    that runs until Wednesday': the visit lasts to the day it runs until."""
    if event.precision is not Precision.DAY:
        return
    begin = _as_date(event.start)
    for other in in_sentence:
        at = other.start - event.sentence_start
        if (
            at <= event.trigger_start - event.sentence_start
            or other.interval is None
            or other.granularity is not Granularity.DAY
            or not _VISIT_RUNS_UNTIL.search(event.sentence, max(0, at - 80), at)
        ):
            continue
        last = _as_date(other.interval.start)
        if last < begin and other.rule == "weekday":
            # "arrived on Monday ... that runs until Wednesday": the weekday after
            # the arrival, whatever the tense of the arrival made of it
            last += timedelta(days=7 * ((begin - last).days // 7 + 1))
        if begin < last <= begin + timedelta(days=14):
            event.end = last + _ONE_DAY
        return


#: The last day of a gathering told after the day it opens: "the Munich Security
#: Conference, which runs until Sunday".
_RUNS_UNTIL = re.compile(rf"\b(?:{'|'.join(RUNS_VERBS)}|goes\s+on){_UNTIL}")


def _runs_until(event: ExtractedEvent, timex: Timex, dated: list[Timex], text: str) -> None:
    """'travel to Munich on Friday for the Munich Security Conference, which runs
    until Sunday': the gathering runs from the day told before to that day."""
    if event.kind not in (Kind.SUMMIT, Kind.CONFERENCE) or event.precision is not Precision.DAY:
        return
    if not _RUNS_UNTIL.search(text, max(0, timex.start - 30), timex.start):
        return
    opening = [
        t
        for t in dated
        if t.end <= timex.start
        and t.start >= event.sentence_start
        and t.granularity is Granularity.DAY
        and t.interval is not None
    ]
    if opening and _as_date(opening[-1].interval.start) < _as_date(event.start):  # type: ignore[union-attr]
        event.start = _as_date(opening[-1].interval.start)  # type: ignore[union-attr]


_CLOCK_DAY_GLUE = re.compile(
    # "on Thursday, beginning at 10:00", "on Monday, starting at 9 a.m.": the hour it opens
    r"\s*(?:local time|[A-Z]{2,4})?\s*(?:on|,)?\s*(?:(?:beginning|starting)\s+(?:at\s+)?)?",
    re.IGNORECASE,
)


def _join_clock_and_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """'at 10am local time on Thursday', 'on Thursday at 10am': one moment.

    A clock time the resolver anchored on its own (to the reference day) takes
    its day from a day-precise date beside it.
    """
    out: list[Timex] = []
    index = 0
    while index < len(timexes):
        here = timexes[index]
        after = timexes[index + 1] if index + 1 < len(timexes) else None
        pair = (here, after) if after else None
        if (
            after is not None
            and after.granularity is Granularity.WEEK
            and here.granularity is Granularity.DAY
            and (in_week := _weekday_in_week(text, here, after)) is not None
        ):
            out.append(in_week)
            index += 2
            continue
        if pair and _CLOCK_DAY_GLUE.fullmatch(text[here.end : after.start]):  # type: ignore[union-attr]
            clock = next((t for t in pair if t.granularity is Granularity.TIME), None)
            day = next((t for t in pair if t.granularity is Granularity.DAY), None)
            if clock is not None and day is not None:
                out.append(_at_day(text, clock, day))
                index += 2
                continue
        out.append(here)
        index += 1
    # "On Tuesday, he will open the debate with an address ... at 9 a.m.": a
    # clock time the resolver put on the day named earlier in the sentence is
    # that day's moment; the day alone would hide it
    clocks = [t for t in out if t.granularity is Granularity.TIME and t.interval is not None]
    if len(clocks) > 1:
        # "at 10am local time (9am AEDT)", "at 9 a.m. (6.30 p.m. IST)": the moment
        # told again in the readers' zone is no second moment
        glosses = [
            t for t in clocks[1:] if _CLOCK_GLOSS.search(text, max(0, t.start - 30), t.start)
        ]
        if glosses:
            out = [t for t in out if all(t is not g for g in glosses)]
            clocks = [t for t in clocks if all(t is not g for g in glosses)]
    if len(clocks) == 1:
        clock = clocks[0]
        assert clock.interval is not None
        # "on Monday, and on Tuesday she will deliver a speech ... at 10am": the
        # one earlier day of the clock's date is its day
        days = [
            t
            for t in out
            if t.granularity is Granularity.DAY
            and t.interval is not None
            and t.end < clock.start
            and _as_date(clock.interval.start) == t.interval.start
        ]
        later = any(t.granularity is Granularity.DAY and t.start > clock.end for t in out)
        if len(days) == 1 and not later:  # "at 10:00 the following day": that day's
            out = [t for t in out if t is not days[0]]
        others = [t for t in out if t.granularity is Granularity.DAY and t.interval is not None]
        if (
            not days
            and len(others) == 1
            and others[0].end < clock.start
            and _CLOCK_ALONE.fullmatch(clock.text)
        ):
            # "On April 21, he will attend the meeting, with the opening session
            # scheduled for 10 a.m. local time": the resolver put the hour on the
            # reference day; it is the one day the sentence names
            day = others[0]
            moved = _at_day(text, clock, day)
            out = [
                replace(moved, start=day.start, end=day.end, text=day.text) if t is day else t
                for t in out
                if t is not clock
            ]
    return out


#: A clock time with no day of its own: "10 a.m.", "9.30am", "15:00".
_CLOCK_ALONE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h(?:rs)?)?(?:\s+(?:local|[A-Z][\w-]+)\s+time)?",
    re.IGNORECASE,
)


#: What comes between a clock and its gloss in another zone: "10am local time (",
#: "9 a.m. (", "10 am Tokyo time (".
_CLOCK_GLOSS = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midday|\btime)\s*\(\s*$", re.IGNORECASE)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_in_week(text: str, day: Timex, week: Timex) -> Timex | None:
    """'on Wednesday next week': the weekday of the week named right after it
    (TimeML: one date, the week anchoring the day), not this week's."""
    name = day.text.lower()
    if (
        name not in _WEEKDAYS
        or text[day.end : week.start].strip()
        or week.interval is None
        or day.interval is None
    ):
        return None
    monday = _as_date(week.interval.start)
    on_day = monday + timedelta(days=_WEEKDAYS.index(name))
    first, last = day.start, week.end
    return replace(
        day,
        end=last,
        text=text[first:last],
        value=on_day.isoformat(),
        interval=Interval(on_day, on_day + timedelta(days=1), Granularity.DAY),
    )


def _at_day(text: str, clock: Timex, day: Timex) -> Timex:
    assert clock.interval is not None and day.interval is not None
    moment = clock.interval.start
    assert isinstance(moment, datetime)
    on_day = _as_date(day.interval.start)
    start = moment.replace(year=on_day.year, month=on_day.month, day=on_day.day)
    value = f"{on_day.isoformat()}T{start:%H:%M}"
    first, last = min(clock.start, day.start), max(clock.end, day.end)
    return replace(
        clock,
        start=first,
        end=last,
        text=text[first:last],
        value=value,
        interval=Interval(start, start + timedelta(minutes=1), Granularity.TIME),
        direction=day.direction,
        cue=day.cue,
    )


_WEAK_VERB = re.compile(r"(?:host|welcom)", re.IGNORECASE)


# a visit named as the setting of something else: "at the end of a two-day visit"
_SETTING = re.compile(
    r"\b(?:of|during|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


#: "on the sidelines of the Association of Southeast Asian Nations summit".
_SIDELINES = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?[^,;.]*$",
    re.IGNORECASE,
)


#: What joins a stay's span to its purpose: "from Thursday to Saturday for talks".
_FOR_PURPOSE = re.compile(r"\s+for\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}")

_ONE_DAY = timedelta(days=1)


def _nearest_trigger(
    sentence: str, offset: int, timex: Timex, triggers: list[_Trigger], used: set[int]
) -> _Trigger | None:
    timex_clause = _clause_of(sentence, timex.start - offset)

    def cost(trigger: _Trigger) -> float:
        distance = min(abs(trigger.start - timex.end), abs(timex.start - trigger.end))
        same_clause = timex_clause == _clause_of(sentence, trigger.start - offset)
        # statements are weak triggers: a real engagement in reach wins
        weak = 40 if trigger.kind in (Kind.STATEMENT, Kind.OTHER) else 0
        if _WEAK_VERB.match(trigger.text):
            weak = 60  # "hosted the Prime Minister for an informal dinner": the dinner
        elif trigger.kind is Kind.VISIT and _SETTING.search(
            sentence[max(0, trigger.start - offset - 40) : trigger.start - offset]
        ):
            weak = 40  # "talks on Tuesday, at the end of a two-day visit": the talks
        elif trigger.kind in (Kind.SUMMIT, Kind.CONFERENCE) and _SIDELINES.search(
            sentence[max(0, trigger.start - offset - 80) : trigger.start - offset]
        ):
            # "first met on the sidelines of the ASEAN summit in Kuala Lumpur last
            # October": the gathering is the setting, the meeting is the engagement
            weak = 150
        # "will travel to Riyadh next week for talks": the verb before the date
        # governs it; a noun after it ("for talks") is the purpose, not the event.
        after = 15 if trigger.start >= timex.end else 0
        if after and re.search(
            r"\band\b|,\s*when\b|,\s*followed\s+by\b",
            sentence[timex.end - offset : trigger.start - offset],
        ):
            # "talks on Thursday and address the parliament", "talks on the first
            # day, when the two leaders are expected to sign", "receive Nunez at
            # 10am on Thursday, followed by a working lunch": its own clause
            after = 100
        elif (
            after
            and timex.interval is not None
            and timex.granularity is Granularity.DAY
            and timex.interval.end - timex.interval.start > _ONE_DAY
            and _FOR_PURPOSE.fullmatch(sentence, timex.end - offset, trigger.start - offset)
        ):
            # "will visit the Philippines from Thursday to Saturday for talks with
            # his counterpart": days told as a span are the stay's, the talks its purpose
            after = 40
        if trigger.kind is not Kind.STATEMENT and any(
            timex.end <= s.start < trigger.start for s in sayings
        ):
            # "Briefing reporters on Wednesday, Chatterjee said Modi would hold
            # talks ... on Monday": the date before the saying is the saying's
            after += 100
        return distance + (0 if same_clause else 200) + weak + after

    candidates = [
        t for t in triggers if t.start not in used and abs(t.start - timex.start) <= _TRIGGER_REACH
    ]
    sayings = [t for t in candidates if t.kind is Kind.STATEMENT]
    return min(candidates, key=cost) if candidates else None


#: A reported time with no end is shown as this long (calendar apps hide
#: zero-length events, and most official engagements take about an hour).
DEFAULT_TIMED_DURATION = timedelta(hours=1)


# A zone named in the phrase ("15:00 GMT", "8:15 a.m. ET", "10:00 CET") fixes
# the instant; without one ("at 9am", "9am local time") it is the place's clock.
_NAMED_ZONE = re.compile(r"\b(?:GMT|UTC|Z|[ECMP][SD]?T|[A-Z]{2,4}[SD]?T)\b|[+-]\d\d:?\d\d\b")


def _event_times(timex: Timex, place: Place | None) -> tuple[date | datetime, date | datetime]:
    """The event's interval: a clock time without a zone ("at 9am local time")
    is wall-clock time at the event's place, not in the newsroom's zone."""
    assert timex.interval is not None
    start, end = timex.interval.start, timex.interval.end
    if not isinstance(start, datetime):
        return start, end
    if place is not None and not _NAMED_ZONE.search(timex.text):
        start = start.replace(tzinfo=_zone(place.timezone))
    return start, start + DEFAULT_TIMED_DURATION


def _local_to_place(events: list[ExtractedEvent]) -> None:
    """'on Tuesday ... a speech at the Forum Secretariat at 10am local time' in a
    Sydney report: an engagement that took its city from its trip after its
    time was read (still in the newsroom's fixed offset) is at 10am in Suva."""
    for event in events:
        start = event.start
        if (
            event.place is None
            or not isinstance(start, datetime)
            or getattr(start.tzinfo, "key", None) == event.place.timezone
            or _NAMED_ZONE.search(event.phrase)
        ):
            continue
        zone = _zone(event.place.timezone)
        event.start = start.replace(tzinfo=zone)
        if isinstance(event.end, datetime):
            event.end = event.end.replace(tzinfo=zone)


@cache
def _zone(key: str) -> ZoneInfo:
    """``ZoneInfo(key)``, held: ZoneInfo's own cache keeps only the last eight
    zones alive, so a run over articles from many places read zone files
    again and again (issue 8)."""
    return ZoneInfo(key)
