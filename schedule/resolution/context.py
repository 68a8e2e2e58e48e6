"""What the resolver knows while it reads a text, and the helpers every rule shares.

A :class:`Context` walks one text left to right (the last resolved date
anchors anaphora and narrative text); a :class:`Value` is a rule's answer
before it becomes a :class:`~schedule.resolution.types.Timex`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from schedule.resolution import anchor as cal
from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import Lexicon, alternation, load
from schedule.resolution.tense import CLAUSE_WINDOW, Cue, clause_cue, clause_span
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType

# A tense cue this close (characters) governs the date outright: "docked on 3 January".
ADJACENT = 20
# Days: a bare month keeps its nearest year unless tense points more than this the other way.
MONTH_WINDOW = 45
NARRATIVE_MONTH_WINDOW = 183
SIGN = {Direction.PAST: -1, Direction.FUTURE: 1, Direction.PRESENT: 0, Direction.NONE: 0}
SIGN_DIRECTION = {-1: Direction.PAST, 0: Direction.PRESENT, 1: Direction.FUTURE}


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
    last_ahead: Timex | None = None  # last day named after the reference ("on July 24")
    last_later: Timex | None = None  # last date of any size after the reference
    # ISO weekday -> (date, end offset) of the last day named with that weekday
    named_days: dict[int, tuple[date, int]] = field(default_factory=dict)
    # (offset, day) of every day named so far, in text order: what a later clock time's
    # engagement may have been given ("The match will begin at 2 pm")
    day_mentions: list[tuple[int, date]] = field(default_factory=list)

    @property
    def lex(self) -> Lexicon:
        return load(self.language)

    def deictic(self) -> date | None:
        """Anchor of "today", "last week": the reference, or in narrative mode the story's now."""
        if self.narrative:
            return self.last_day or self.reference
        return self.reference

    def speech_time(self) -> date | None:
        """Anchor of deictic words ("today", "last week", "two years ago"): the writer's
        now, which is the reference whenever there is one, even in a story.

        TimeML anchors deictic expressions to the document time and anaphoric ones
        ("the next day", "that week") to the time just talked about; a story without
        a reference has only its own time to offer.
        """
        return self.reference if self.reference is not None else self.deictic()

    def at_or_after_reference(self) -> bool:
        """Whether a story's time has reached the reference: from there on, what it
        tells in the past tense lies before the reference, as in news."""
        if self.reference is None:
            return False
        if self.last_day is None and self.last is not None and self.last.interval is not None:
            # only a month or a year named so far ("In January 1919"): the story is
            # there until that period reaches the reference
            return as_date(self.last.interval.end) > self.reference
        anchor = self.deictic()
        return anchor is not None and anchor >= self.reference

    def story_year(
        self, mon: int | None = None, dom: int | None = None, *, back: bool = False
    ) -> int | None:
        """In narrative mode, the year a story has just named ("In 1941 ... in June").

        Months and seasons written without a year belong to it (TimeML anchoring
        to the last mentioned date of suitable granularity). After a month, season
        or quarter, a month-day ``(mon, dom)`` takes the year that puts it nearest that
        period, a step forward counting half; ``back`` (a pluperfect clause) only
        looks back.
        """
        last = self.last
        if not self.narrative or last is None or last.interval is None:
            return None
        if last.granularity not in _STORY_GRANULARITIES:
            return None
        lo = as_date(last.interval.start)
        if (
            self.last_day is not None
            and lo <= self.last_day
            and last.granularity is Granularity.YEAR
        ):
            return None
        if mon is None or last.granularity is Granularity.YEAR:
            return lo.year
        # the reading nearest the period, a story's forward steps counting half ("In
        # February 1917 ... in October" is 1917, "in the autumn of 2004 ... on 3
        # January" 2005, "in January ... from 4.1% in December" the December before);
        # a pluperfect or "earlier" (``back``) only looks back
        middle = lo + (as_date(last.interval.end) - lo) / 2
        year = cal.story_step_year(middle, mon, dom or 15, back=back, around=lo.year)
        return year if year is not None else lo.year

    def past_period(self, start: int) -> Interval | None:
        """News mode: the past period a report has just moved to, if any.

        "In February last year, ... On 26 February she was due to meet", "since
        he took office in March. ... March 28: the first call": once a text
        names a period that ended before publication, its year-less dates
        belong to that period, not to the nearest year (TimeML anchors an
        underspecified date to the last mentioned date of suitable
        granularity; the publication date only when the text gives no other).
        Only named or counted periods over before publication, named within
        :data:`PERIOD_REACH` characters; a later day named in between ends it.
        """
        last, ref = self.last, self.reference
        if self.narrative or ref is None or last is None or last.interval is None:
            return None
        if last.rule not in _PERIOD_RULES or start - last.end > PERIOD_REACH:
            return None
        if last.granularity is Granularity.YEAR:
            # a year sets the scene only for the sentence it opens ("Last year, she flew
            # to Paris on 26 February", "In 2024 he moved to Paris, where on 3 May ...");
            # "dating to 1994. In January", "an offer made in 1987 ... through Sept. 29"
            # are background
            if _SENTENCE_END.search(self.text, last.end, start) or not _SCENE_YEAR.search(
                self.text, max(0, last.start - 12), last.start
            ):
                return None
        elif last.granularity not in _SCENE_GRANULARITIES:
            return None
        if not _ADVERBIAL.search(self.text, max(0, last.start - 12), last.start) or (
            self.text.startswith(("'s", "’s"), last.end)
        ):
            return None  # "the August 1988 cease-fire", "last month's vote": a noun's modifier
        if as_date(last.interval.end) > ref:
            return None  # a period still under way or to come sets no past scene
        return last.interval

    def recent_future_day(self, start: int) -> date | None:
        """The day a report has just set ahead of publication, named within
        :data:`PERIOD_REACH` characters ("a summit on July 24, officials said on Monday.
        ... in the morning"); only the reporting day itself may have come since."""
        ahead, ref = self.last_ahead, self.reference
        if ref is None or ahead is None or ahead.interval is None or self.last_day is None:
            return None
        day = as_date(ahead.interval.start)
        gap = start - ahead.end
        if gap > PERIOD_REACH and not (gap <= PROGRAMME_REACH and self._nothing_since(day)):
            return None
        # a day named since that has already come (the day of a statement) leaves the
        # coming one in view; another coming day replaces it
        return day if self.last_day == day or self.last_day <= ref else None

    def _nothing_since(self, day: date) -> bool:
        """Whether no other day, and no later date but its hours, was named since ``day``
        (a glance back, "a year ago", leaves it in view; "in March" does not)."""
        later = self.last_later
        return (
            self.last_day == day
            and later is not None
            and later.interval is not None
            and as_date(later.interval.start) == day
        )

    def anaphoric(self, *, day: bool = False) -> date | None:
        """Anchor of "the following day", "two days later": the last resolved date.

        That is the last full day named, unless a coarser date came after it and
        does not hold it ("On 1 July ... In April 1917 ... two months later"); an
        anaphor counted in days or parts of a day (``day``) takes the last day even
        then ("killed on 14 August ... visited in May 2021 ... that afternoon": a day
        is the antecedent of suitable granularity).
        """
        last = self.last
        if day and self.last_day is not None:
            return self.last_day
        if (
            last is not None
            and last.interval is not None
            and self.last_day is not None
            and last.rule in _NAMED_RULES
        ):
            lo, hi = as_date(last.interval.start), as_date(last.interval.end)
            if not lo <= self.last_day < hi:
                return lo
        if self.last_day is not None:
            return self.last_day
        if self.last is not None and self.last.interval is not None:
            start = self.last.interval.start
            return start.date() if isinstance(start, datetime) else start
        return self.reference


# characters: how far back a named period or day still sets the scene (about two
# sentences of news prose)
PERIOD_REACH = 300
# characters: how far a coming day with no other day named since stays the day of a
# programme told item by item ("On Tuesday, November 4, ... followed by talks ... After
# the talks ... In the evening, ...": about two paragraphs)
PROGRAMME_REACH = 700
# rules naming a period of their own ("February last year", "in 2019", "last
# month"); a year-less date after one of an earlier year is read in it
_PERIOD_RULES = frozenset(
    {
        "date_mdy", "date_dmy", "month_year", "named_month", "year", "month_rel_year",
        "relative", "season", "quarter",
    }
)  # fmt: skip

# a period sets the scene as an adverbial: after a preposition or opening a sentence
_ADVERBIAL = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough)\s+|(?:^|[.!?\n]\s*))$"
)
_SCENE_YEAR = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:(?:[Ii]n|[Dd]uring)\s+)?$")
_SENTENCE_END = re.compile(r"[.!?;]\s")
_SCENE_GRANULARITIES = (Granularity.DAY, Granularity.TIME, Granularity.WEEK, Granularity.MONTH)

# rules whose dates are named in the text ("April 1917", "in June"), not counted
# from the reference ("a year ago"): only they re-anchor anaphora
_NAMED_RULES = frozenset(
    {"date_mdy", "date_dmy", "month_year", "year", "spelled_year", "named_month", "season"}
)
_STORY_GRANULARITIES = (
    Granularity.WEEK,
    Granularity.MONTH,
    Granularity.QUARTER,
    Granularity.SEASON,
    Granularity.YEAR,
)


def as_date(x: date | datetime) -> date:
    """The day of an interval bound: timed intervals start at datetimes, days at dates."""
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
    if cue.direction is Direction.PAST and _new_date_of(cue, cand, ctx):
        return Cue(Direction.FUTURE, cue.word, cue.distance)
    if cue.after and (cue.word or "").lower() in ctx.lex.cues["future_in_past"]:
        # "On Friday, Iran threatened to close the strait": a date before a past verb of
        # intent times the threat, not what is threatened ("threatened to close it on
        # Friday" keeps looking ahead)
        return Cue(Direction.PAST, cue.word, cue.distance, cue.after)
    if (
        ctx.narrative
        and cue.direction is Direction.PAST
        and cue.word not in ctx.lex.cues["narrative_past"]
        and not ctx.at_or_after_reference()
    ):
        return Cue(Direction.NONE, cue.word, cue.distance)
    if ctx.narrative and cue.direction is Direction.FUTURE and (cue.word or "").startswith("to "):
        # "was forced to resign on 18 October": in a story an infinitive is no tense; the
        # story's order decides
        return Cue(Direction.NONE, cue.word, cue.distance)
    return cue


_TARGET_BEFORE = re.compile(
    r"\b(?:to|until|till|through|into)\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _new_date_of(cue: Cue, cand: Candidate, ctx: Context) -> bool:
    """Whether the date is the new end a past verb set: "has extended the loan through
    January", "postponed the vote to Friday" name a time still ahead (like the passive
    "has been postponed to June", see ``tense.py``)."""
    words = (cue.word or "").lower().split()
    if not words:
        return False
    prep = _TARGET_BEFORE.search(ctx.text, max(0, cand.start - 32), cand.start)
    if prep is None:
        return False
    if words[-1] in ctx.lex.cues["rescheduled_to"]:
        return True
    # a present perfect with "until" sets a deadline from now: "has given them until Tuesday";
    # so does "have" itself, reported: "member states had until February 19 to commit"
    if words == ["had"] and ctx.text[cand.end : cand.end + 4] == " to ":
        return prep.group(0).lower().startswith(("until", "till"))
    return words[0] in ("has", "have") and prep.group(0).lower().startswith(("until", "till"))


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


def in_past_period(
    ctx: Context, start: int, mon: int, dom: int | None, direction: Direction, year: int
) -> int:
    """The year of a year-less date inside the past period a report has moved to
    (:meth:`Context.past_period`), else ``year`` unchanged.

    The date must fall in that period's year, on or after its start and before
    publication, and its clause must not look ahead ("On 26 February she will").
    """
    if direction in (Direction.FUTURE, Direction.PRESENT) or ctx.reference is None:
        return year  # "On 26 February she will ...", "the review is on 28 March"
    period = ctx.past_period(start)
    if period is None:
        return _near_past_story_day(ctx, mon, dom, year)
    lo, hi = as_date(period.start), as_date(period.end)
    d = cal.safe_date(lo.year, mon, dom or 1)
    floor = lo.replace(day=1) if dom is None else lo  # a bare month counts from its 1st
    # the scene's own stretch and the month after it: a story goes on, not back; in the
    # same sentence, a bare month years back goes on within its year ("in February 2011
    # and again in June"; but "in May 1978. ... in July" is this July)
    reach = hi + timedelta(days=31)
    last = ctx.last
    if (
        dom is None
        and lo.year < ctx.reference.year - 1
        and last is not None
        and not _SENTENCE_END.search(ctx.text, last.end, start)
    ):
        reach = date(lo.year + 1, 1, 1)
    if d is None or d < floor or d >= min(ctx.reference, reach):
        return _near_past_story_day(ctx, mon, dom, year)
    return lo.year


STORY_DAY_GAP = timedelta(days=60)  # a story's day this far back is another year's scene


def _near_past_story_day(ctx: Context, mon: int, dom: int | None, year: int) -> int:
    """The year of the day a report's story has reached, when that day lies months
    back and the year-less date follows it within weeks: "on Thursday, 14 March 2024 ...
    The following day ... arrested him on 17 March" is 2024's, though written in 2026
    (TimeML: the last mentioned date of suitable granularity anchors it)."""
    last, ref = ctx.last_day, ctx.reference
    if last is None or ref is None or dom is None or last > ref - STORY_DAY_GAP:
        return year
    d = cal.safe_date(last.year, mon, dom)
    if d is None or not last - timedelta(days=7) <= d <= last + STORY_DAY_GAP or d >= ref:
        return year
    return last.year


def within_writers_tense(
    cand: Candidate, ctx: Context, mon: int, dom: int | None, year: int
) -> int:
    """In a story with a reference, the year of a year-less date moved to agree with the
    tense of its clause as seen from the reference.

    The narration's past tense says nothing about order within the story (see
    :func:`cue_of`), but it still places the event before the time of writing: "He
    was last seen on 3 November" in a May article is last November, and "will double
    its flights by August" is a coming August, whatever day the story last named.
    """
    ref = ctx.reference
    if not ctx.narrative or ref is None or year < ref.year - 1:
        return year  # a history's tenses are its own ("was forced to resign on 18 October")
    cue = clause_cue(ctx.text, cand.start, cand.end, language=ctx.language)
    if cue.distance > ADJACENT:
        return year  # only a verb right by the date: a distant one may govern another clause
    margin = timedelta(days=31)  # "had been set to expire Nov. 6" four days ahead stays
    if cue.direction is Direction.PAST:
        first = cal.safe_date(year, mon, dom or 1)
        return year - 1 if first is not None and first > ref + margin else year
    if cue.direction is Direction.FUTURE:
        last = cal.safe_date(year, mon, dom or cal.days_in_month(year, mon))
        return year + 1 if last is not None and last < ref - margin else year
    return year


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


@lru_cache(maxsize=8)
def _cue_words(language: str, key: str, tail: str = r"(?![\w'’])") -> re.Pattern[str]:
    """The lexicon's cue words under ``key`` as whole words, ``tail`` after them."""
    words = load(language).cues[key]
    return re.compile(r"(?<![\w'’])(?:" + alternation(words) + ")" + tail, re.IGNORECASE)


# characters: how far back a clause may start (tense.clause_span reads whole windows)
HABITUAL_REACH = 2 * CLAUSE_WINDOW


def is_habitual(cand: Candidate, ctx: Context) -> bool:
    """Whether the clause tells what usually happens ("the rainy season, which usually
    runs from May to October"): its month names no particular year (``XXXX-05``)."""
    habitual = _cue_words(ctx.language, "habitual")
    if habitual.search(ctx.text, max(0, cand.start - HABITUAL_REACH), cand.start) is None:
        return False  # most months: no such word near, no clause to find
    left = clause_span(ctx.text, cand.start, cand.end, language=ctx.language)[0]
    left = max(left, ctx.text.rfind(",", left, cand.start) + 1)  # "usually held in May, took"
    return habitual.search(ctx.text, left, cand.start) is not None


_PUT_OFF_ON = re.compile(r"\s+(?:on|in|during)\s+")


def _prospective_cue(cand: Candidate, ctx: Context) -> str | None:
    """A cancelling or postponing verb of the clause, or an "ahead of" right before the
    date: "ahead of Friday's summit", not "Just ahead of the trip, X on Sunday issued"."""
    left, right = clause_span(ctx.text, cand.start, cand.end, language=ctx.language)
    for match in _cue_words(ctx.language, "prospective").finditer(ctx.text, left, right):
        word = match.group(0)
        if match.start() > 0 and ctx.text[match.start() - 1] in "-‐‑":
            continue  # an adjective, not the clause's verb: "a long-delayed cable"
        if _PUT_OFF_ON.fullmatch(ctx.text, match.end(), cand.start):
            continue  # "was postponed on Tuesday": the day it was put off
        if match.start() > cand.end and not ctx.text[cand.end : match.start()].strip():
            continue  # "Russia on Tuesday postponed the talks": so is this
        if " of" not in word.lower() or 0 <= cand.start - match.end() <= ADJACENT:
            return word
    return None


def weekday_direction(cand: Candidate, ctx: Context) -> tuple[Direction, str | None]:
    """News default for a silent clause is the past: reports mostly recount.

    A possessive weekday ("Wednesday's ruling") names an event already reported
    unless a cue sits right by it ("ahead of Friday's summit") or the clause's
    action takes place at the event ("is expected to meet him on the sidelines of
    Sunday's summit"): then it shares the clause's time.
    """
    near = cue_of(cand, ctx)
    direction, cue = near.direction, near.word
    prospective = _prospective_cue(cand, ctx)
    if prospective is not None and not (near.distance <= 1 and near.word != prospective):
        # what is cancelled or postponed had not happened yet: "has cancelled
        # Thursday's talks" (published Wednesday) is tomorrow's talks; but a verb the
        # date follows governs it ("has been postponed, the minister said on Friday",
        # "announced Saturday that classes would be canceled")
        return Direction.FUTURE, prospective
    wd_end = cand.match.end("wd") if cand.group("wd") is not None else -1
    possessive = wd_end > 0 and ctx.text.startswith(("'s", "’s"), wd_end)
    located = possessive and _cue_words(ctx.language, "event_locators", r"\s+$").search(
        ctx.text, max(0, cand.start - 30), cand.start
    )
    if located and direction in (Direction.FUTURE, Direction.PAST):
        return direction, cue
    if possessive and (near.distance > ADJACENT or direction is Direction.PRESENT):
        return Direction.PAST, None
    if direction is Direction.PRESENT:
        return Direction.FUTURE, cue  # "the vote is on Friday": scheduled
    if direction is Direction.NONE:
        if _after_a_coming_day(cand, ctx):
            # "... on Saturday, Asia's top security forum, which runs from Friday to
            # Sunday": a silent clause right after a coming day keeps looking ahead
            return Direction.FUTURE, None
        if (verb := _scheduled_present(cand, ctx)) is not None:
            return Direction.FUTURE, verb
        return Direction.PAST, None
    return direction, cue


@lru_cache(maxsize=4)
def _present_pattern(language: str) -> re.Pattern[str]:
    """A plural simple present of a scheduling verb right before the date: subject, verb,
    then at most an adverb, a named object or a place, and "on"."""
    verbs = alternation(load(language).cues["scheduled_present"])
    return re.compile(
        r"(?<![\w'’.])(?P<subj>[\w'’.]+)\s+(?P<verb>(?-i:" + verbs + r"))"
        r"(?:\s+(?-i:[a-z]+ly|again|together))?"
        r"(?:\s+(?:with\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
        r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
        # a clock time between: "polls close at 20:00 local time (1800 GMT) on Sunday"
        r"(?:\s+at\s+\d[^,;]{0,36}?)?"
        r"\s+(?:on\s+)?$"
    )


_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})


def _scheduled_present(cand: Candidate, ctx: Context) -> str | None:
    """The verb of "Arafat and Netanyahu meet separately Monday", "the talks begin on
    Friday": news uses the simple present for what is scheduled (the "-s" forms are
    future cues in the lexicon), so a silent clause with one looks ahead.

    Only a plural subject makes a base form a finite verb: "they", a plural noun, or
    names joined by "and" earlier in the sentence; "his Paris visit Monday" is a noun.
    """
    lo = max(0, cand.start - 80)
    m = _present_pattern(ctx.language).search(ctx.text, lo, cand.start)
    if m is None:
        return None
    subj = m.group("subj")
    low = subj.lower()
    if low in ctx.lex.cues["not_subject"] or low.endswith(("'s", "’s", "'", "’")):
        return None
    plural_noun = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    if low in _PLURAL_PRONOUNS or (subj.islower() and plural_noun):
        return m.group("verb")
    if plural_noun and re.search(
        r"(?:^|[.!?]\s+|\n)$", ctx.text[max(0, m.start() - 3) : m.start()]
    ):
        return m.group("verb")  # "Polls close on Sunday": a plural noun opening the sentence
    if subj[:1].isupper():
        left, _ = clause_span(ctx.text, m.start(), m.end(), language=ctx.language)
        if re.search(r"\band\s", ctx.text[max(left, lo) : m.start()]):
            return m.group("verb")
    return None


# characters: how far a coming day just named keeps a silent clause in the future
_AHEAD_REACH = 200


def _after_a_coming_day(cand: Candidate, ctx: Context) -> bool:
    last, ref = ctx.last, ctx.reference
    if ctx.narrative or ref is None or last is None or last.interval is None:
        return False
    if last.granularity not in (Granularity.DAY, Granularity.TIME):
        return False
    if cand.start - last.end > _AHEAD_REACH or "\n\n" in ctx.text[last.end : cand.start]:
        return False
    return as_date(last.interval.start) > ref


def _named_before(
    wd: int, cand: Candidate, ctx: Context, *, named_event: bool = False
) -> date | None:
    """The day a silent clause's weekday repeats: "will arrive on Monday ... - Monday:
    talks with Modi" is that Monday (a report names one week), within a week of the
    reference and :data:`QUARTER_REACH` characters; a weekday's event ("Sunday's
    game") at any distance, as it names what the report has told."""
    if ctx.narrative or ctx.reference is None or wd not in ctx.named_days:
        return None
    day, end = ctx.named_days[wd]
    if (cand.start - end > QUARTER_REACH and not named_event) or abs(
        (day - ctx.reference).days
    ) > 7:
        return None
    return day


def resolve_weekday(
    wd: int, cand: Candidate, ctx: Context
) -> tuple[date | None, Direction, str | None]:
    """The date a bare weekday names, its direction and cue.

    Past or future by the clause's tense; the publication weekday itself is
    that day (issue 3); in narrative mode a past-tense story moves forward.
    """
    # "X said Friday": a report's attribution is the writer's frame, even in a story
    # told around other dates, so the weekday counts from the reference
    reporting = (
        ctx.narrative
        and ctx.reference is not None
        and (is_attribution(cand, ctx) or _writers_future(cand, ctx))
    )
    base = ctx.reference if reporting else ctx.deictic()
    if (story := _coordinated_after(cand, ctx, rule="that_weekday")) is not None:
        # "on the Monday and Tuesday": the story's days, one after the other
        return cal.weekday_from(story, wd, 1), Direction.NONE, None
    following = _coordinated_after(cand, ctx)
    today = base is not None and wd == base.isoweekday()
    if today and following is not None and base is not None and following > base:
        # "will meet on Sunday and Monday" in a Monday article: not today but
        # the Monday after that Sunday (the clause says otherwise, issue 3)
        return cal.weekday_from(following, wd, 1), Direction.FUTURE, "and"
    silent = cue_of(cand, ctx).direction is Direction.NONE and _prospective_cue(cand, ctx) is None
    wd_end = cand.match.end("wd") if cand.group("wd") is not None else -1
    # "if Tuesday's meeting goes well": a weekday's event, already dated by the report
    named_event = wd_end > 0 and ctx.text.startswith(("'s", "’s"), wd_end)
    if (
        (silent or named_event)
        and ctx.reference is not None
        and (named := _named_before(wd, cand, ctx, named_event=named_event))
    ):
        return named, SIGN_DIRECTION[(named > ctx.reference) - (named < ctx.reference)], None
    direction, cue = weekday_direction(cand, ctx)
    story_day = ctx.last_day is not None and ctx.last_day != ctx.reference and not reporting
    if ctx.narrative and story_day and cue_of(cand, ctx).direction is Direction.NONE:
        # a story moves forward from its last day: "On Thursday it marched north"; at
        # the reference itself (before the story names a day of its own, or a dateline's
        # weekday) the story's now is the writer's, and tense decides as in news
        direction = Direction.FUTURE
    if base is None:
        return None, direction, cue
    d = cal.weekday_from(base, wd, SIGN[direction])
    after = _itinerary_day(cand, ctx) if direction is Direction.FUTURE else None
    if after is not None and d < after and not ctx.narrative:
        # "will arrive in Port Moresby on Monday ..., before flying to Honiara on
        # Wednesday" in a Tuesday report: the legs of a plan come in order
        return cal.weekday_from(after, wd, 1), Direction.FUTURE, cue
    if d == base and direction is Direction.FUTURE and not ctx.narrative:
        ahead = ctx.recent_future_day(cand.start)
        later_week = ahead is not None and ahead.isocalendar()[:2] > base.isocalendar()[:2]
        if ahead is not None and later_week and ctx.last_day == ahead:
            # "talks on Thursday, and on Friday she will call on ..." in a Friday report
            # about next week's trip: the Friday after the coming day just named (in this
            # week, "will first join him on Wednesday" is still today)
            return cal.weekday_from(ahead, wd, 1), Direction.FUTURE, cue
    if d == base:
        return d, Direction.PRESENT, cue
    return d, direction, cue


# what joins the legs of one plan told in one sentence
_NEXT_LEG = re.compile(r"\b(?:before|then|followed\s+by|after\s+which)\b", re.IGNORECASE)


def _itinerary_day(cand: Candidate, ctx: Context) -> date | None:
    """The coming day the plan told in this sentence has just reached, if a
    sequencing word leads on from it to this weekday."""
    prev, ref = ctx.last, ctx.reference
    if prev is None or ref is None or prev.interval is None or prev.rule != "weekday":
        return None
    if prev.interval.granularity is not Granularity.DAY or prev.end > cand.start:
        return None
    day = as_date(prev.interval.start)
    between = ctx.text[prev.end : cand.start]
    if day <= ref or len(between) > 160 or re.search(r"[.;!?]\s", between):
        return None
    return day if _NEXT_LEG.search(between) else None


def names_a_weekday(text: str, language: str = "en") -> bool:
    """Whether ``text`` (a timex's) names a weekday: "3 a.m. Thursday", "Day two: Tuesday"."""
    return _weekday_names(language).search(text) is not None


@lru_cache(maxsize=4)
def _weekday_names(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load(language).weekdays)})\b", re.IGNORECASE)


def _writers_future(cand: Candidate, ctx: Context) -> bool:
    """Whether the clause looks ahead from the writer's now ("the funeral will take
    place on Thursday"), not from a story's past ("would sign on Thursday")."""
    cue = cue_of(cand, ctx)
    word = (cue.word or "").lower()
    # the auxiliaries of a future told from the writer's now ("will", "is due to"), not
    # from a story's past ("would", "was due to")
    auxiliaries = ctx.lex.cues["present_future"]
    return cue.direction is Direction.FUTURE and word.split(" ", 1)[0] in auxiliaries


def is_attribution(cand: Candidate, ctx: Context) -> bool:
    """Whether the expression dates a reporting verb right by it ("said on Friday")."""
    cue = clause_cue(ctx.text, cand.start, cand.end, language=ctx.language)
    return cue.distance <= ADJACENT and (cue.word or "").lower() in ctx.lex.cues["reporting"]


# within one phrase only: ", and on Tuesday" may open a clause with its own tense
_COORDINATION = re.compile(r"\s+(?:and|or|to|through|until|till)\s+(?:on\s+)?")


def _coordinated_after(cand: Candidate, ctx: Context, rule: str = "weekday") -> date | None:
    """The day of the weekday (found by ``rule``) this one is coordinated with ("Sunday
    and Monday", "Friday or Saturday", "on the Monday and Tuesday"), else None."""
    prev = ctx.last
    if prev is None or prev.rule != rule or prev.interval is None:
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


@lru_cache(maxsize=4)
def _longer_period_pattern(language: str) -> re.Pattern[str]:
    words = load(language).cues["longer_periods"]
    return re.compile(r"(?<![\w'’])(?:" + alternation(words) + r")(?![\w'’])", re.IGNORECASE)


def longer_period_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a report names a period longer than a quarter ("the nine months",
    "the year ended June 30") between ``start`` and ``end``; only the last
    ``QUARTER_REACH`` characters are read, so the cost stays bounded per date."""
    start = max(start, end - QUARTER_REACH)
    return _longer_period_pattern(ctx.language).search(ctx.text, start, end) is not None


def recent_quarter(ctx: Context, cand: Candidate, past_longer: bool = False) -> Timex | None:
    """The quarter a financial report is comparing against, if one was just named.

    None once the report has moved on to a longer period ("For the nine months, net
    rose ... from $4 million a year earlier"): the comparison's anchor is that period
    a year before, which no TIMEX3 value names finer than its year (TimeML
    guidelines 2.2.3: a value at the granularity the expression gives). With
    ``past_longer`` the expression itself names a quarter and the check is skipped.
    """
    q = ctx.last_quarter
    if q is None:
        return None
    # the report is still on its quarter while it keeps naming quarters ("the 1989
    # period", "the year-earlier quarter"), however long the paragraph
    seen = (
        ctx.last.end if ctx.last is not None and ctx.last.granularity is Granularity.QUARTER else 0
    )
    if cand.start - max(q.end, seen) > QUARTER_REACH:
        return None
    if not past_longer and longer_period_between(ctx, q.end, cand.start):
        return None
    if ctx.reference is not None and not reported(q, ctx.reference):
        # "expects a fourth-quarter charge": an outlook; the report is about the quarter
        # last ended, so comparisons ("compared with $6 million a year ago") follow that one
        y, n = reported_quarter(ctx.reference)
        value, interval = cal.quarter(y, n)
        return Timex(
            start=q.start,
            end=q.end,
            text=q.text,
            type=TimexType.DATE,
            value=value,
            interval=interval,
            granularity=Granularity.QUARTER,
            rule="quarter",
        )
    return q


def reported(t: Timex, base: date) -> bool:
    """Whether quarter ``t`` is over: ended before ``base``, or a fiscal one whose results
    the text reports in the past tense ("reported a decline in fourth-quarter earnings")."""
    if t.interval is not None and as_date(t.interval.end) <= base:
        return True
    perfect = (t.cue or "").lower().startswith(("has", "have"))  # "has no estimate"
    return t.direction is Direction.PAST and not perfect


# "the following day", "the previous year": the step an anaphor takes from the story's
# time (a writer's "next" and "last" count from now and live in the lexicon's ``relative``)
ANAPHORIC_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


def era_of(cand: Candidate, ctx: Context) -> str | None:
    """The era ("BC" or "AD") of an era word written as one ("431 BC", not "an ad")."""
    if cand.match.start("era") != -1:
        start, end = cand.match.span("era")
    elif "pre" in cand.match.re.groupindex and cand.match.start("pre") != -1:
        start, end = cand.match.span("pre")
    else:
        return None
    written = ctx.text[start:end]
    if not written.replace(".", "").isupper():
        return None
    return ctx.lex.eras.get(written.lower())
