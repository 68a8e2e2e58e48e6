"""What the resolver knows while it reads a text, and the helpers every rule shares.

A :class:`Context` walks one text left to right (the last resolved date
anchors anaphora and narrative text); a :class:`Value` is a rule's answer
before it becomes a :class:`~schedule.resolution.types.Timex`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from schedule.resolution import anchor as cal
from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import Lexicon, alternation, load
from schedule.resolution.tense import Cue, clause_cue, clause_span
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType

# A tense cue this close (characters) governs the date outright: "docked on 3 January".
ADJACENT = 20
# Days: a bare month keeps its nearest year unless tense points more than this the other way.
MONTH_WINDOW = 45
NARRATIVE_MONTH_WINDOW = 183
SIGN = {Direction.PAST: -1, Direction.FUTURE: 1, Direction.PRESENT: 0, Direction.NONE: 0}


@dataclass(slots=True)
class Context:
    """What the resolver knows while walking one text left to right."""

    text: str
    reference: date | None
    reference_time: datetime | None
    tz: tzinfo
    narrative: bool
    language: str = "en"
    last_day: date | None = None  # last resolved date of day granularity
    last: Timex | None = None  # last resolved anchored DATE/TIME of any granularity
    last_quarter: Timex | None = None  # last quarter mentioned ("the third quarter")

    @property
    def lex(self) -> Lexicon:
        return load(self.language)

    def deictic(self) -> date | None:
        """Anchor of "today", "last week": the reference, or in narrative mode the story's now."""
        if self.narrative:
            return self.last_day or self.reference
        return self.reference

    def story_year(self) -> int | None:
        """In narrative mode, the year a story has just named ("In 1941 ... in June").

        Months and seasons written without a year belong to it (TimeML anchoring
        to the last mentioned date of suitable granularity).
        """
        last = self.last
        if not self.narrative or last is None or last.interval is None:
            return None
        if last.granularity not in _STORY_GRANULARITIES:
            return None
        lo = _as_date(last.interval.start)
        if self.last_day is not None and lo <= self.last_day:
            return None
        return lo.year

    def anaphoric(self) -> date | None:
        """Anchor of "the following day", "two days later": the last resolved date.

        That is the last full day named, unless a coarser date came after it and
        does not hold it ("On 1 July ... In April 1917 ... two months later").
        """
        last = self.last
        if (
            last is not None
            and last.interval is not None
            and self.last_day is not None
            and last.rule in _NAMED_RULES
        ):
            lo, hi = _as_date(last.interval.start), _as_date(last.interval.end)
            if not lo <= self.last_day < hi:
                return lo
        if self.last_day is not None:
            return self.last_day
        if self.last is not None and self.last.interval is not None:
            start = self.last.interval.start
            return start.date() if isinstance(start, datetime) else start
        return self.reference


# rules whose dates are named in the text ("April 1917", "in June"), not counted
# from the reference ("a year ago"): only they re-anchor anaphora
_NAMED_RULES = frozenset(
    {"date_mdy", "date_dmy", "month_year", "year", "spelled_year", "named_month", "season"}
)
_STORY_GRANULARITIES = (
    Granularity.MONTH,
    Granularity.QUARTER,
    Granularity.SEASON,
    Granularity.YEAR,
)


def _as_date(x: date | datetime) -> date:
    return x.date() if isinstance(x, datetime) else x


@dataclass(frozen=True, slots=True)
class Value:
    """A handler's answer before it becomes a :class:`Timex`."""

    type: TimexType
    value: str
    interval: Interval | None = None
    granularity: Granularity | None = None
    direction: Direction = Direction.NONE
    cue: str | None = None
    mod: str | None = None
    start: int | None = None  # span adjustments ("in" trimmed from "in '98")
    end: int | None = None


Handler = Callable[[Candidate, Context], Value | None]


def direction_of(cand: Candidate, ctx: Context) -> tuple[Direction, str | None]:
    """Tense direction and cue of the clause around the candidate (see :func:`cue_of`)."""
    cue = cue_of(cand, ctx)
    return cue.direction, cue.word


def cue_of(cand: Candidate, ctx: Context) -> Cue:
    """The clause's tense cue; in a story told in the past tense, the past is no cue.

    Narrative mode anchors to the story's last date, and the narration's simple
    past says nothing about before or after that date ("On 4 June troops entered
    Rome" after January is June of the same year); only a pluperfect or an
    explicit "ago"/"earlier" still points back.
    """
    cue = clause_cue(ctx.text, cand.start, cand.end, language=ctx.language)
    if (
        ctx.narrative
        and cue.direction is Direction.PAST
        and cue.word not in ctx.lex.cues["narrative_past"]
    ):
        return Cue(Direction.NONE, cue.word, cue.distance)
    return cue


def month_of(token: str | None, ctx: Context, *, strict: bool = True) -> int | None:
    """Month number of a month token; lower-case "may"/"march" are verbs, not months."""
    if not token:
        return None
    if strict and not token[0].isupper():
        return None
    return ctx.lex.months.get(token.lower())


def weekday_of(token: str | None, ctx: Context) -> int | None:
    """ISO weekday (1-7) of a capitalised weekday word, else None."""
    if not token or not token[0].isupper():
        return None
    return ctx.lex.weekdays.get(token.lower())


def day_number(token: str | None) -> int | None:
    """The digits of a day token ("5th" -> 5)."""
    if not token:
        return None
    digits = re.match(r"\d+", token)
    return int(digits.group(0)) if digits else None


def parse_number(token: str | None, ctx: Context) -> float | None:
    """Numeric value of "two", "twenty-four", "1,000", "2 1/2"; None when vague ("several")."""
    if token is None:
        return None
    t = " ".join(token.lower().replace("-", " ").split())
    if t in ctx.lex.vague_numbers:
        return None
    if t in ctx.lex.numbers:
        return float(ctx.lex.numbers[t])
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        n = float(m.group(1).replace(",", ""))
        if m.group(2):
            if int(m.group(3)) == 0:
                return None  # "1 0/0 days" is no number (hypothesis found it)
            n += int(m.group(2)) / int(m.group(3))
        return n
    total = 0.0
    for word in t.split():
        if word in ("hundred", "thousand"):
            total = max(total, 1.0) * (100 if word == "hundred" else 1000)
        elif word in ctx.lex.numbers:
            total += float(ctx.lex.numbers[word])
        elif word not in ("a", "and"):
            return None
    return total or None


def format_number(n: float | None) -> str:
    """A count as TIMEX3 writes it: "3", "1.5", or "X" when unknown."""
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def unknown_value(gran: Granularity) -> str:
    """TimeML value with unknown digits, for narrative text with no anchor."""
    return {
        Granularity.DAY: "XXXX-XX-XX",
        Granularity.WEEK: "XXXX-WXX",
        Granularity.MONTH: "XXXX-XX",
        Granularity.QUARTER: "XXXX-QX",
        Granularity.SEASON: "XXXX-XX",
        Granularity.YEAR: "XXXX",
    }.get(gran, "XXXX-XX-XX")


def date_value(d: date, direction: Direction = Direction.NONE, cue: str | None = None) -> Value:
    """A day-granularity DATE value."""
    value, interval = cal.day(d)
    return Value(TimexType.DATE, value, interval, Granularity.DAY, direction, cue)


def part_of_day(d: date, code: str, ctx: Context, direction: Direction, cue: str | None) -> Value:
    """``2025-03-06TMO``: TimeML part-of-day values are TIMEs (guidelines 2.2.3)."""
    lo, hi = ctx.lex.part_hours.get(code, (0, 24))
    base = datetime.combine(d, time(0), ctx.tz)
    interval = Interval(base + timedelta(hours=lo), base + timedelta(hours=hi), Granularity.TIME)
    return Value(
        TimexType.TIME, f"{d.isoformat()}T{code}", interval, Granularity.TIME, direction, cue
    )


def pod_code(token: str | None, ctx: Context) -> str | None:
    """TimeML part-of-day code of a word ("morning" -> "MO")."""
    return ctx.lex.parts_of_day.get(token.lower()) if token else None


@lru_cache(maxsize=4)
def _prospective_pattern(language: str) -> re.Pattern[str]:
    words = load(language).cues["prospective"]
    return re.compile(r"(?<![\w'’])(?:" + alternation(words) + r")(?![\w'’])", re.IGNORECASE)


def _prospective_cue(cand: Candidate, ctx: Context) -> str | None:
    left, right = clause_span(ctx.text, cand.start, cand.end, language=ctx.language)
    match = _prospective_pattern(ctx.language).search(ctx.text, left, right)
    return match.group(0) if match else None


def weekday_direction(cand: Candidate, ctx: Context) -> tuple[Direction, str | None]:
    """News default for a silent clause is the past: reports mostly recount.

    A possessive weekday ("Wednesday's ruling") names an event already reported
    unless a cue sits right by it ("ahead of Friday's summit").
    """
    near = cue_of(cand, ctx)
    direction, cue = near.direction, near.word
    prospective = _prospective_cue(cand, ctx)
    if prospective is not None:
        # what is cancelled or postponed had not happened yet: "has cancelled
        # Thursday's talks" (published Wednesday) is tomorrow's talks
        return Direction.FUTURE, prospective
    wd_end = cand.match.end("wd") if cand.group("wd") is not None else -1
    possessive = wd_end > 0 and ctx.text.startswith(("'s", "’s"), wd_end)
    if possessive and (near.distance > ADJACENT or direction is Direction.PRESENT):
        return Direction.PAST, None
    if direction is Direction.PRESENT:
        return Direction.FUTURE, cue  # "the vote is on Friday": scheduled
    if direction is Direction.NONE:
        return Direction.PAST, None
    return direction, cue


def resolve_weekday(
    wd: int, cand: Candidate, ctx: Context
) -> tuple[date | None, Direction, str | None]:
    """The date a bare weekday names, its direction and cue.

    Past or future by the clause's tense; the publication weekday itself is
    that day (issue 3); in narrative mode a past-tense story moves forward.
    """
    base = ctx.deictic()
    following = _coordinated_after(cand, ctx)
    today = base is not None and wd == base.isoweekday()
    if today and following is not None and base is not None and following > base:
        # "will meet on Sunday and Monday" in a Monday article: not today but
        # the Monday after that Sunday (the clause says otherwise, issue 3)
        return cal.weekday_from(following, wd, 1), Direction.FUTURE, "and"
    direction, cue = weekday_direction(cand, ctx)
    if ctx.narrative and cue_of(cand, ctx).direction is Direction.NONE:
        direction = Direction.FUTURE  # a story moves forward: "On Thursday it marched north"
    if base is None:
        return None, direction, cue
    d = cal.weekday_from(base, wd, SIGN[direction])
    if d == base:
        return d, Direction.PRESENT, cue
    return d, direction, cue


# within one phrase only: ", and on Tuesday" may open a clause with its own tense
_COORDINATION = re.compile(r"\s+(?:and|or|to|through|until|till)\s+(?:on\s+)?")


def _coordinated_after(cand: Candidate, ctx: Context) -> date | None:
    """The day of the weekday this one is coordinated with ("Sunday and
    Monday", "Friday or Saturday"), else None."""
    prev = ctx.last
    if prev is None or prev.rule != "weekday" or prev.interval is None:
        return None
    if prev.end > cand.start or not _COORDINATION.fullmatch(ctx.text, prev.end, cand.start):
        return None
    start = prev.interval.start
    return start.date() if isinstance(start, datetime) else start


def two_digit_year(yy: int, base: date) -> int:
    """'98 → 1998 seen from 1999, 2024 → '24 is 2024: the century that puts it nearest."""
    century = base.year - base.year % 100
    y = century + yy
    return y - 100 if y > base.year + 20 else y


ORDINAL_QUARTERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


def reported_quarter(base: date) -> tuple[int, int]:
    """The quarter a report on ``base`` is about: the last one until its results are out."""
    q = (base.month - 1) // 3 + 1
    if base.month in (1, 4, 7, 10) or (base.month in (2, 5, 8, 11) and base.day <= 15):
        return (base.year, q - 1) if q > 1 else (base.year - 1, 4)
    return base.year, q


_ADJECTIVE_THE = re.compile(
    r"the\s+(?=(?:fiscal\s+)?\w+-(?:quarter|half|day|week|month|year|hour|minute|decade)s?\b)",
    re.IGNORECASE,
)


def adjective_start(cand: Candidate) -> int | None:
    """TempEval-3 data leaves "the" out of a hyphenated modifier: "the [third-quarter] loss"."""
    text = cand.surface
    m = _ADJECTIVE_THE.match(text)
    return cand.start + m.end() if m else None


def shift_timex(t: Timex, years: int) -> Value | None:
    """``t`` moved by whole years, keeping its granularity ("a year earlier" after a quarter)."""
    m = re.fullmatch(r"(\d{4})(.*)", t.value)
    if m is None or t.interval is None:
        return None
    y = int(m.group(1)) + years
    start = t.interval.start
    end = t.interval.end
    if isinstance(start, datetime) or isinstance(end, datetime):
        return None
    try:
        interval = Interval(
            start.replace(year=start.year + years),
            end.replace(year=end.year + years),
            t.interval.granularity,
        )
    except ValueError:
        return None
    return Value(TimexType.DATE, f"{y:04d}{m.group(2)}", interval, t.granularity)


def trim_possessive(text: str, start: int, end: int) -> int:
    """TimeML leaves the clitic out: "[Thursday]'s ruling"."""
    return end - 2 if text[start:end].endswith(("'s", "’s")) else end


QUARTER_REACH = 700  # characters: an earnings paragraph keeps talking about its quarter


def recent_quarter(ctx: Context, cand: Candidate) -> Timex | None:
    """The quarter a financial report is comparing against, if one was just named."""
    q = ctx.last_quarter
    if q is None or cand.start - q.end > QUARTER_REACH:
        return None
    return q
