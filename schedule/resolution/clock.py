"""Clock times and time zones: "8:15 a.m. ET", "15:00 GMT", "noon Friday", "0735 GMT".

TIMEX3 values keep local clock time (as TempEval-3 data does); the aware
interval carries the zone the text named, or the reference's.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache, lru_cache

from schedule.resolution import anchor as cal
from schedule.resolution.context import (
    Context,
    Handler,
    Value,
    day_number,
    direction_of,
    month_of,
    names_a_weekday,
    resolve_weekday,
    weekday_of,
)
from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import alternation, load
from schedule.resolution.scan import find_all, finder, plain_separators
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType


def fixed_zone(token: str | None, ctx: Context) -> tzinfo | None:
    """A fixed-offset tzinfo for a zone abbreviation ("ET", "GMT"), named after it."""
    if not token:
        return None
    off = ctx.lex.zones.get(token.lower())
    if off is None:
        return None
    sign = -1 if off.startswith("-") else 1
    hh, mm = off[1:].split(":")
    return timezone(sign * timedelta(hours=int(hh), minutes=int(mm)), token.upper())


def clock_value(
    d: date,
    hour: int,
    minute: int,
    zone: tzinfo | None,
    ctx: Context,
    direction: Direction = Direction.NONE,
    cue: str | None = None,
) -> Value | None:
    """A TIME value at ``hour:minute`` on ``d``, with an aware one-minute interval."""
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    tz = zone or ctx.tz
    start = datetime.combine(d, time(hour, minute), tz)
    # TempEval-3 values carry local clock time only; the zone lives in the interval
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}"
    interval = Interval(start, start + timedelta(minutes=1), Granularity.TIME)
    return Value(TimexType.TIME, value, interval, Granularity.TIME, direction, cue)


def _day_just_before(cand: Candidate, ctx: Context) -> date | None:
    """The day written just before a clock time: "on Thursday 13 March at 2pm"."""
    last = ctx.last
    if last is None or last.granularity is not Granularity.DAY or last.interval is None:
        return None
    if not _JOINER.fullmatch(ctx.text, last.end, cand.start):
        return None
    start = last.interval.start
    return start if not isinstance(start, datetime) else start.date()


def _day_in_sentence(cand: Candidate, ctx: Context) -> date | None:
    """A bare clock time belongs to the day its sentence named, or the day of the time
    before it (the lines of a programme under its date)."""
    last = ctx.last
    if last is None or last.interval is None:
        return None
    if last.granularity not in (Granularity.DAY, Granularity.TIME):
        return None
    if cand.start - last.end > 160:  # test before slicing: the last date may be far back
        return None
    between = ctx.text[last.end : cand.start]
    if re.search(r"[.!?]\s", between):
        return None
    start = last.interval.start
    return start if not isinstance(start, datetime) else start.date()


# "at 10 a.m. on 12 March", "at noon, March 12": a time with the date written after it
_ON_DATE = re.compile(r"\)?[\s,]*(?:on\s+)?(?:the\s+)?")  # ") on" closes a clock's gloss
_DATE_RULES = frozenset({"date_mdy", "date_dmy", "iso", "weekday", "anaphor"})


def on_following_date(text: str, clock: Timex, day_tx: Timex, tz: tzinfo) -> Timex | None:
    """``clock`` moved to the day of the date written right after it, or None.

    A bare clock time takes its day from the text around it; when a full date
    follows ("at 11 a.m. on 11 November 1918"), that date is the time's day
    (TimeML values the time on it: ``1918-11-11T11:00``).
    """
    if clock.rule not in ("time", "mil_time") or day_tx.rule not in _DATE_RULES:
        return None
    if day_tx.granularity is not Granularity.DAY or day_tx.interval is None:
        return None
    if not _ON_DATE.fullmatch(text, clock.end, day_tx.start):
        return None
    day = day_tx.interval.start
    day = day if not isinstance(day, datetime) else day.date()
    value = day.isoformat() + clock.value[10:]
    if clock.interval is None:
        # the day was unknown ("XXXX-XX-XXT02:00"): the clock time in the reference's zone
        m = re.fullmatch(r"T(\d\d):(\d\d)", clock.value[10:])
        if m is None or clock.value[:10] != "XXXX-XX-XX":
            return None
        hour, minute = int(m.group(1)), int(m.group(2))
        start = datetime.combine(day, time(hour % 24, minute), tz) + timedelta(days=hour // 24)
        interval = Interval(start, start + timedelta(minutes=1), Granularity.TIME)
        return replace(clock, value=value, interval=interval, granularity=Granularity.TIME)
    return _on_day(clock, day)


def _on_day(clock: Timex, day: date) -> Timex | None:
    """A dated clock time moved to ``day``, or None when it is there already."""
    old = date.fromisoformat(clock.value[:10]) if clock.value[:4].isdigit() else None
    if old is None or old == day or clock.interval is None:
        return None
    delta = day - old
    interval = Interval(
        clock.interval.start + delta, clock.interval.end + delta, clock.interval.granularity
    )
    return replace(clock, value=day.isoformat() + clock.value[10:], interval=interval)


# "10am local time", "7.30pm Brussels time", "10am UAE time", "9am New York time": the
# clock named after the time; the span
# takes it as it takes "GMT" (a zone is part of the expression, TimeML 2.2.3)
_CLOCK_NAMED = re.compile(r"\s+(?:local\s+time|(?:[A-Z][A-Za-z]+\s+){1,2}time)(?![\w-])")
_NOT_A_CLOCK = frozenset({"The", "This", "That", "Next", "Last", "Each", "Every", "Some", "Any"})


def with_clock_named(text: str, tx: Timex) -> Timex:
    """``tx`` extended over "local time" or "<Place> time" right after a clock time."""
    if tx.rule not in ("time", "mil_time") or not tx.value[-1:].isdigit():
        return tx
    m = _CLOCK_NAMED.match(text, tx.end)
    if m is None or m.group(0).split()[0] in _NOT_A_CLOCK:
        return tx
    return replace(tx, end=m.end(), text=text[tx.start : m.end()])


# "at 7 p.m. local time (1000 GMT)": the same moment told on another clock
_GLOSS_BETWEEN = re.compile(r"\s*\(\s*")


def restates(text: str, clock: Timex, gloss: Timex) -> bool:
    """Whether ``gloss`` is ``clock`` told on another clock, in brackets right after it.

    The restatement is the same moment, so the same day as written (the day the
    reader's calendar shows; a few hours' offset rarely crosses midnight in news
    copy, and the guidelines value what the text says, not a conversion).
    """
    return (
        clock.rule in ("time", "mil_time")
        and gloss.rule in ("time", "mil_time")
        and _GLOSS_BETWEEN.fullmatch(text, clock.end, gloss.start) is not None
        # "2 p.m. ET (3 a.m. Thursday Japan time)": a gloss naming its day keeps it
        and not names_a_weekday(gloss.text)
    )


def on_day_of(clock: Timex, other: Timex) -> Timex | None:
    """``clock`` moved to the day of ``other`` (a dated clock time), or None."""
    if not other.value[:4].isdigit() or other.value[4:5] != "-":
        return None
    return _on_day(clock, date.fromisoformat(other.value[:10]))


def _day_ahead_in_view(cand: Candidate, ctx: Context) -> date | None:
    """The coming day a report has just named, for a clock time its clause sets ahead:
    "COP28 opens on Thursday ... The opening plenary will begin at 10am", "said on
    Tuesday that it would begin at 10am" (TimeML: the nearest antecedent of suitable
    granularity; not the publication date, nor the day of the saying)."""
    if ctx.narrative or (day := ctx.recent_future_day(cand.start)) is None:
        return None
    tense, _ = direction_of(cand, ctx)
    return day if tense is Direction.FUTURE else None


def _engagement_day(cand: Candidate, ctx: Context) -> date | None:
    """The day the text gave the engagement a bare clock time's sentence is about: "The
    match will begin at 2 pm IST" after "will play Australia in their opening match on
    Sunday", "Sentencing will begin at 10am" after "will learn his sentence on Thursday"
    (TimeML: the antecedent is the event's own date, not the last day named).

    Only for a time still to come whose sentence names no day before it; the engagement
    is the first event word of the sentence ("polling stations open at 7 a.m."), its day
    the one named nearest an earlier word of the same kind, in that word's sentence.
    """
    days = ctx.day_mentions
    breaks = _sentence_breaks(ctx.text)
    opening = _sentence_start(breaks, cand.start)
    if days and days[-1][0] >= opening:
        return None  # "On Thursday the summit opens at 10am": the sentence's own day
    starts, ends, kinds = _engagement_words(ctx.text, ctx.language)
    first = bisect_left(starts, opening)
    if first >= len(starts) or ends[first] > cand.start:
        return None
    if direction_of(cand, ctx)[0] is Direction.PAST:
        return None  # "Talks resumed at 6:30 p.m.": the day the story is on
    kind = kinds[first]
    floor = bisect_left(starts, opening - ENGAGEMENT_REACH)
    mentions = [i for i in range(first - 1, floor - 1, -1) if kinds[i] == kind]
    for i in mentions[:ENGAGEMENT_MENTIONS]:  # the nearest few, latest first
        lo = _sentence_start(breaks, starts[i])
        hi = _sentence_end(breaks, ends[i], opening)
        # a plan's day is still to come ("Polls will open at 6:30am": not the day the
        # commission said the stations had their ballots)
        near = [
            (abs(at - starts[i]), day)
            for at, day in days[
                bisect_left(days, (lo, date.min)) : bisect_left(days, (hi, date.min))
            ]
            if ctx.reference is None or day >= ctx.reference
        ]
        if near:
            return min(near)[1]
    return None


ENGAGEMENT_REACH = 3000  # characters back to look for the engagement's day
ENGAGEMENT_MENTIONS = 6  # ... in its latest mentions
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")


@lru_cache(maxsize=8)
def _sentence_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sentence breaks of a whole text, found once: their start and end offsets."""
    spans = [m.span() for m in _SENTENCE_BREAK.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _sentence_start(breaks: tuple[tuple[int, ...], tuple[int, ...]], at: int) -> int:
    ends = breaks[1]
    i = bisect_right(ends, at)
    return ends[i - 1] if i else 0


def _sentence_end(breaks: tuple[tuple[int, ...], tuple[int, ...]], at: int, limit: int) -> int:
    starts = breaks[0]
    i = bisect_left(starts, at)
    return min(starts[i], limit) if i < len(starts) else limit


@lru_cache(maxsize=8)
def _engagement_words(
    text: str, language: str
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """Every event word of a text, found once: starts, ends and the engagement each names."""
    words = load(language).event_words
    low = text.translate(_ASCII_LOWER)  # str.lower may change lengths, so offsets
    rx, fast = _event_words(language)
    if fast is not None and plain_separators(low):
        found = find_all(rx, fast, low)  # tried only after a separator (scan.py)
    else:
        found = (
            m for m in rx.finditer(low) if not m.start() or _WORD_END.match(low, m.start() - 1)
        )
    spans = [(m.start(), m.end(), words[" ".join(m.group(0).split())]) for m in found]
    return tuple(f[0] for f in spans), tuple(f[1] for f in spans), tuple(f[2] for f in spans)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_WORD_END = re.compile(r"[^\w-]")


@cache
def _event_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The event words of the lexicon, in a lower-cased text, and their finder."""
    body = alternation(load(language).event_words)
    return re.compile(rf"(?:{body})(?![\w-])"), finder(body, "-")


def _day_in_view(ctx: Context) -> date | None:
    """The day a bare clock time falls on when the text names none near it: the
    reference (news) or the story's last day; None when a story has since moved to a
    month or year ("In April 1917 ... at 10 a.m.": that time is on no known day, and
    certainly not on 1 April)."""
    if ctx.narrative and ctx.last_day is not None and ctx.anaphoric() != ctx.last_day:
        return None
    return ctx.deictic()


_JOINER = re.compile(r"[\s,]*(?:at|from|by|around|until|before|after|,)?\s*", re.IGNORECASE)


def day_nearby(cand: Candidate, ctx: Context) -> date | None:
    """The day a bare clock time belongs to: "at 10:35 a.m. (0735 GMT) Friday"; not
    the day of another clock's gloss ("2 p.m. ET (3 a.m. Thursday Japan time)")."""
    after = ctx.text[cand.end : cand.end + 40]
    m = _NEARBY_WEEKDAY.match(after)
    if m is None:
        return None
    wd = weekday_of(m.group(1), ctx)
    if wd is None:
        return None
    d, _, _ = resolve_weekday(wd, cand, ctx)
    return d


_NEARBY_WEEKDAY = re.compile(
    r"\s*(?:\([^()]{0,24}\)\s*)?,?\s*(?:\([^()\d]{0,20}?\s)?(?:on\s+)?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# the first character after blanks, read in place (not by copying the rest of the text)
_NEXT_CHAR = re.compile(r"[ \t]*(.?)", re.DOTALL)


def _time(cand: Candidate, ctx: Context) -> Value | None:
    """Clock times ("8:15 a.m. ET on Thursday", "noon Friday", "15:00 GMT").

    The day comes from the weekday or date written with the time, or one just
    after it, else from the anchor.
    """
    hour: int
    minute = 0
    midnight = (cand.group("cw") or "").lower() == "midnight"
    if cand.group("cw") and ctx.text[max(0, cand.start - 5) : cand.start].lower() == "high ":
        return None  # "high noon" is an idiom (and a film)
    if cand.group("cw"):
        hour = ctx.lex.clock_words.get((cand.group("cw") or "").lower(), 12)
    elif cand.group("hm"):
        hour = int(cand.group("hm") or 0) % 12
        if (cand.group("mpod") or "").lower() != "morning":
            hour += 12
    elif cand.group("h24"):
        hour, minute = int(cand.group("h24") or 0), int(cand.group("m24") or 0)
    elif cand.group("hl"):
        if not _NEXT_CHAR.match(ctx.text, cand.end).group(1).isupper():
            return None  # a programme line goes on with a capital: "09:30 Opening address"
        hour, minute = int(cand.group("hl") or 0), int(cand.group("ml") or 0)
    else:
        hour = int(cand.group("h") or 0)
        minute = int(cand.group("m") or 0)
        if hour > 12 or hour == 0:
            return None
        pm = (cand.group("ampm") or "").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    zone = fixed_zone(cand.group("zone"), ctx)
    day_tok = cand.group("wd")
    direction, cue = Direction.NONE, None
    d: date | None
    tmon = month_of(cand.group("tmon") or cand.group("tmon2"), ctx)
    tday = day_number(cand.group("tday") or cand.group("tday2"))
    if tmon and tday and (base := ctx.deictic()) is not None:
        # "5 p.m. EST Nov. 9"
        d = cal.safe_date(cal.year_for(base, tmon, tday, 0), tmon, tday)
    elif day_tok:
        low = day_tok.lower()
        if low in ctx.lex.day_words:
            base = ctx.speech_time()  # "at 11am tomorrow": the writer's tomorrow, even in a story
            d = base + timedelta(days=ctx.lex.day_words[low]) if base else None
            cue = low
        else:
            wd = weekday_of(day_tok, ctx)
            if wd is None:
                return None
            d, direction, cue = resolve_weekday(wd, cand, ctx)
    else:
        d = (
            day_nearby(cand, ctx)
            or _day_just_before(cand, ctx)
            or _engagement_day(cand, ctx)
            or _day_ahead_in_view(cand, ctx)
            or _day_in_sentence(cand, ctx)
            or _day_in_view(ctx)
        )
    if d is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    val = clock_value(d, hour, minute, zone, ctx, direction, cue)
    if val is not None and midnight:
        # "midnight Friday" closes Friday: TimeML writes it T24:00 (ISO 8601 end of day)
        nxt = datetime.combine(d + timedelta(days=1), time(0), zone or ctx.tz)
        interval = Interval(nxt, nxt + timedelta(minutes=1), Granularity.TIME)
        val = replace(val, value=val.value.replace("T00:00", "T24:00"), interval=interval)
    return val


def _mil_time(cand: Candidate, ctx: Context) -> Value | None:
    """Newswire clock times ("1530 GMT") on the day of the clause, or the reference's."""
    d = day_nearby(cand, ctx) or ctx.deictic()
    hour, minute = int(cand.group("hhmm") or 0), int(cand.group("mm") or 0)
    if d is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    return clock_value(d, hour, minute, fixed_zone("utc", ctx), ctx)


# detection rule -> handler (see normalize.resolve)
HANDLERS: dict[str, Handler] = {
    "mil_time": _mil_time,
    "time": _time,
}
