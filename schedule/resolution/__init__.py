"""Date resolution: find temporal expressions and resolve them (TIMEX3).

Pure functions only: text and a reference date-time in, typed values out. The
resolver never reads the clock, a file or the database.

How it is put together (one idea per module):

* ``lexicon.py`` + ``lexicon/en.json`` - the words (months, units, tense cues), as data
* ``detect.py`` - candidate spans: anchor scan, then one regular expression per rule
* ``modifiers.py`` - which "early", "about", "or later" belong to an expression
* ``normalize.py`` - dispatch to the handlers, which live in ``explicit.py`` (written
  dates), ``deictic.py`` (weekdays, "last week", anaphora), ``quarters.py``,
  ``clock.py`` (times and zones), ``amounts.py`` (durations, sets, vague
  references) and ``observances.py`` (holidays)
* ``anchor.py`` - calendar arithmetic; ``tense.py`` - clause tense and modality
* ``context.py`` - what is known while reading; ``timeml.py`` - inline TimeML output
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from schedule.resolution.amounts import joined_amount
from schedule.resolution.clock import on_day_of, on_following_date, restates, with_clock_named
from schedule.resolution.context import Context, as_date, is_attribution
from schedule.resolution.detect import candidates, with_modifier
from schedule.resolution.explicit import (
    bc_story_year,
    coordinated_day,
    coordinated_day_before,
    day_before_after,
    first_bc_year,
    in_bc_story,
    join_range_ends,
    part_of_named_day,
    range_end,
    range_in_one_year,
    second_year,
    weekday_of_date_before,
    with_era_year,
)
from schedule.resolution.lexicon import alternation, load
from schedule.resolution.modifiers import allowed_mod, with_suffix
from schedule.resolution.normalize import resolve
from schedule.resolution.tense import clause_direction
from schedule.resolution.timeml import to_timeml
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType

__all__ = [
    "Direction",
    "Granularity",
    "Interval",
    "Timex",
    "TimexType",
    "clause_direction",
    "join_range_ends",
    "tag",
    "to_timeml",
]


def _reference(reference: date | datetime | None) -> tuple[date | None, datetime | None, tzinfo]:
    """Split the reference into its local date, its instant and its time zone.

    A naive date-time is taken as UTC; a plain date has no zone, so clock times
    in the text get UTC unless they name their own ("8:15 a.m. ET").
    """
    if reference is None:
        return None, None, UTC
    if isinstance(reference, datetime):
        tz = reference.tzinfo or UTC
        aware = reference if reference.tzinfo else reference.replace(tzinfo=UTC)
        return aware.date(), aware, tz
    return reference, None, UTC


# "a year earlier", "a year ago": a comparison looks back without moving the text there
_COMPARISON_GRANULARITIES = (Granularity.QUARTER, Granularity.YEAR)


@lru_cache(maxsize=4)
def _reference_point_pattern(language: str) -> re.Pattern[str]:
    words = load(language).cues["reference_points"]
    return re.compile(
        r"(?<![\w'’])(?:" + alternation(words) + r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
    )


def _after_reference_point(text: str, start: int, language: str) -> bool:
    """Whether a date is the object of "after", "following" ... ("After a flat second
    quarter, profit rose"): a point that locates something else."""
    window = max(0, start - 48)
    return _reference_point_pattern(language).search(text, window, start) is not None


def _moves_the_story(tx: Timex) -> bool:
    """Whether later anaphora anchor to ``tx`` (TimeML: the last reference time).

    An anchored date or time does, except a comparison counted back a year or a
    quarter ("profit rose from $3 million a year earlier"): a second "a year earlier"
    compares with the same period, not with the one before it.
    """
    if tx.interval is None or tx.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return not (
        tx.rule == "ago"
        and tx.direction is Direction.PAST
        and tx.granularity in _COMPARISON_GRANULARITIES
    )


_ANAPHORA = frozenset({"anaphor", "relative", "rel_quarter"})


def _looks_back(tx: Timex, last: Timex | None) -> bool:
    """Whether ``tx`` is a story's glance back ("missiles deployed in Turkey the previous
    year"): the story stays where it was, and "in July" after it is the story's July."""
    if tx.rule not in _ANAPHORA or last is None or last.interval is None:
        return False
    return tx.interval is not None and as_date(tx.interval.end) <= as_date(last.interval.start)


# dates written in full: what a history is told in
_WRITTEN_OUT = frozenset(
    {"year", "year_span", "era_year", "month_year", "date_mdy", "date_dmy", "iso", "decade"}
    | {"century", "season"}
)
HISTORY_YEARS_BACK = 10  # a story this far before its reference is not news of the day
CHRONOLOGY_DATES = 8  # ... nor a chronology of this many dates in full
CHRONOLOGY_YEARS_BACK = 3  # ... nearly all at least this far back
CHRONOLOGY_HEADINGS = 3  # ... nor a text whose paragraphs open with this many past dates
HEADING_DAYS_BACK = timedelta(days=60)
RECENT_HISTORY_BACK = timedelta(days=120)  # a history's dates lie this far back
RECENT_HISTORY_SHARE = 0.9  # ... nearly all of them


_FULL_YEAR = re.compile(r"\b\d{4}\b")


def _dated_headings(timexes: list[Timex], text: str, reference: date, language: str = "en") -> int:
    """How many more paragraphs open with a date well before ``reference`` than with a
    date after it, each date with its year or weekday: a chronology's entries ("2017
    The panel's report ...", "Thursday, 6 February. The ultimatum expired ..."); a
    visit's programme opens its lines with days to come."""
    balance = 0
    weekdays = load(language).weekdays
    for tx in timexes:
        if tx.interval is None or (tx.start > 0 and text[tx.start - 1] != "\n"):
            continue
        words = tx.text.lower().replace(",", " ").split()
        if not (_FULL_YEAR.search(tx.text) or any(w in weekdays for w in words)):
            continue  # a news timeline's "March 28: The first call" keeps its reference
        day = as_date(tx.interval.start)
        if day <= reference - HEADING_DAYS_BACK:
            balance += 1
        elif day > reference:
            balance -= 1
    return balance


def _tells_a_history(timexes: list[Timex], reference: date, text: str = "") -> bool:
    """Whether a text dated ``reference`` is a history, not news: its paragraphs open
    with past dates (a chronology); or it names at least eight dates in full, nine in
    ten four months or more before its date of writing (a recent history, whose
    weekdays are the story's); or, naming no weekday (a report's days), at least three,
    four in five of them a decade or more back (or eight, nearly all years back). Its
    publication date is then no usable reference for "on 28 June" or "the following
    year"; its own dates are (TimeML narrative anchoring).
    """
    days = [
        as_date(tx.interval.start)
        for tx in timexes
        if tx.rule in _WRITTEN_OUT and tx.direction is Direction.NONE and tx.interval
    ]
    years = [day.year for day in days]
    if _dated_headings(timexes, text, reference) >= CHRONOLOGY_HEADINGS:
        return True  # "2014 Altania begins ...", "Monday, 3 February. Coastguard vessels ..."
    if len(days) >= CHRONOLOGY_DATES:
        # a recent history ("The election took place on Sunday, 28 July 2024. Protests
        # broke out on the Monday"): many dates in full, nearly all well before the writing
        settled = sum(1 for day in days if reference - day >= RECENT_HISTORY_BACK)
        if settled >= RECENT_HISTORY_SHARE * len(days):
            return True
    if any(tx.rule == "weekday" and tx.type is not TimexType.SET for tx in timexes):
        return False  # a report's days: news, however much history it recalls
    if len(years) < 3:
        return False
    old = sum(1 for y in years if y <= reference.year - HISTORY_YEARS_BACK)
    if old >= 0.8 * len(years):
        return True
    # a chronology that reaches into recent years ("floated on 15 June 1987 ... suspended
    # sailings from 27 March 2020"): many dates in full, nearly all years back
    settled = sum(1 for y in years if y <= reference.year - CHRONOLOGY_YEARS_BACK)
    return len(years) >= CHRONOLOGY_DATES and settled >= 0.8 * len(years)


def tag(text: str, reference: date | datetime | None, *, narrative: bool = False) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text``.

    ``reference`` is the publication date or aware date-time (news mode). With
    ``None`` or ``narrative=True`` expressions anchor to the last mentioned date
    instead, as TimeML annotators do for stories; so does a history, whose date of
    writing says nothing of the dates it tells (:func:`_tells_a_history`).
    """
    found = _tag(text, reference, narrative=narrative)
    ref_date = _reference(reference)[0]
    if not narrative and ref_date is not None and _tells_a_history(found, ref_date, text):
        return _tag(text, reference, narrative=True)
    return found


def _tag(text: str, reference: date | datetime | None, *, narrative: bool) -> list[Timex]:
    ref_date, ref_time, tz = _reference(reference)
    ctx = Context(text, ref_date, ref_time, tz, narrative or ref_date is None)
    out: list[Timex] = []
    floor = 0
    bc_story: str | None = None  # the last date of a story told before Christ
    for cand in candidates(text, ctx.language):
        if cand.start < floor:
            continue  # swallowed by the previous expression's tail ("or later")
        ext = with_modifier(text, cand, floor, ctx.language)
        if ext.mod_text is not None and allowed_mod(cand, ext.mod_text, ctx.language):
            cand = ext
        tx = resolve(cand, ctx)
        if tx is None:
            continue
        if bc_story is not None and (bc := in_bc_story(cand, tx, bc_story, ctx)) is not None:
            tx = bc  # "the following year" after 256 BC
        if bc_story_year(tx) is not None:
            bc_story = tx.value
        elif tx.interval is not None and cand.rule in _WRITTEN_OUT:
            bc_story = None  # a date after Christ written in full takes the story back
        tx = with_clock_named(text, with_suffix(text, tx))
        tx = day_before_after(text, tx, floor) or tx  # "the day before last Tuesday"
        tx = part_of_named_day(text, tx, floor, ctx) or tx  # "the evening of August 13"
        if out and (dated := with_era_year(text, out[-1], tx)) is not None:
            out[-1] = dated  # "10 March [241 BC]": one date, in the year the era gives
            bc_story = dated.value if dated.value.startswith("BC") else None
            floor = tx.end
            continue
        if out and (moved := on_following_date(text, out[-1], tx, tz)) is not None:
            out[-1] = moved  # "at 11 a.m. on 11 November 1918"
            if len(out) > 1 and restates(text, out[-2], moved):
                out[-2] = on_day_of(out[-2], moved) or out[-2]  # "at 10am (0800 GMT) on Sunday"
        if out and (same := weekday_of_date_before(text, out[-1], tx)) is not None:
            tx = same  # "on the 12th, a Sunday"
        if out and (one_year := range_in_one_year(text, out[-1], tx)) is not None:
            out[-1], tx = one_year  # "from 28 November to 2 December 2022": one year
        if out and (amount := joined_amount(text, out[-1], tx)) is not None:
            out[-1] = amount  # "five years and four months": one DURATION
            floor = amount.end
            continue
        if first := coordinated_day_before(text, tx, floor) or first_bc_year(text, tx, floor):
            out.append(first)  # "on [24] and 25 April", "[431]–404 BC"
        out.append(tx)
        floor = tx.end
        second = coordinated_day(text, tx) or second_year(text, tx) or range_end(text, tx)
        if second is not None:
            out.append(second)  # "April 24 and [25]"
            floor = second.end
        # a quarter after "After a flat second quarter" only locates what follows: the
        # report stays on its own quarter
        aside = tx.rule == "quarter" and _after_reference_point(text, tx.start, ctx.language)
        aside = aside or (ctx.narrative and _looks_back(tx, ctx.last))
        if _moves_the_story(tx) and not aside:
            ctx.last = tx
            if tx.rule == "quarter":  # a quarter named outright, not one derived from it
                ctx.last_quarter = tx
            begins = tx.interval.start if tx.interval is not None else None
            if begins is not None and ref_date is not None and as_date(begins) > ref_date:
                ctx.last_later = tx
            # a bare clock time ("at 6.40am") sits on the day in view; it names no day
            bare_clock = cand.rule == "overnight" or (
                cand.rule in ("time", "mil_time")
                and not (cand.group("wd") or cand.group("tmon") or cand.group("tmon2"))
            )
            # "..., the ministry said on Oct 18": the saying's day is the writer's frame,
            # not the day the story is about ("results out on Nov 22 ... from 11am that day")
            saying = (
                not ctx.narrative  # a story's "announced on 12 November" is one of its days
                and ctx.last_day is not None
                and ref_date is not None
                and ctx.last_day != ref_date
                and tx.rule in ("weekday", "date_mdy", "date_dmy")
                and is_attribution(cand, ctx)
            )
            if tx.granularity in (Granularity.DAY, Granularity.TIME) and not (bare_clock or saying):
                start = tx.interval.start
                ctx.last_day = start.date() if isinstance(start, datetime) else start
                ctx.day_mentions.append((tx.start, ctx.last_day))
                if ref_date is not None and ctx.last_day > ref_date:
                    ctx.last_ahead = tx
                if ref_date is None or abs((ctx.last_day - ref_date).days) <= 7:
                    # the week a report names its weekdays in ("the final on November
                    # 19", a Sunday, does not make the coming Sunday's game that day)
                    ctx.named_days[ctx.last_day.isoweekday()] = (ctx.last_day, tx.end)
    for i in range(1, len(out)):
        if restates(text, out[i - 1], out[i]) and (same := on_day_of(out[i], out[i - 1])):
            out[i] = same  # "on Friday at 7 p.m. local time (1000 GMT)"
    return out
