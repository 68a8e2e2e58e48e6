"""Dates written out: "5 March", "March 5th, 2025", "2025-03-06", "03/06/2025",
years, decades and centuries (TimeML values ``2025-03-05``, ``1998``, ``199``, ``19``).

A year-less date gets its year by day and by tense (``anchor.year_for``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache

from schedule.resolution import anchor as cal
from schedule.resolution.clock import clock_value
from schedule.resolution.context import (
    ADJACENT,
    ANAPHORIC_STEPS,
    ORDINAL_QUARTERS,
    SIGN,
    Context,
    Handler,
    Value,
    cue_of,
    date_value,
    day_number,
    direction_of,
    era_of,
    in_past_period,
    month_of,
    parse_number,
    part_of_day,
    two_digit_year,
    weekday_of,
    within_writers_tense,
)
from schedule.resolution.detect import Candidate
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType


def _explicit(cand: Candidate, ctx: Context) -> Value | None:
    """A written day and month, with or without year or weekday ("Thursday 6 March").

    With a weekday the year is the one in which the date falls on it; otherwise
    by day and tense (``anchor.year_for``).
    """
    mon = month_of(cand.group("mon"), ctx)
    dom = day_number(cand.group("day"))
    if mon is None or dom is None or dom > 31:
        return None
    dom2 = day_number(cand.group("day2"))
    year_tok = cand.group("year")
    wd = weekday_of(cand.group("wd"), ctx) if cand.group("wd") else None
    direction, cue = Direction.NONE, None
    # "She had applied for it on 15 September": a pluperfect looks back
    pluperfect = _PLUPERFECT_BEFORE.search(ctx.text, max(0, cand.start - 48), cand.start)
    if year_tok:
        y = int(year_tok)
    elif (
        ctx.narrative
        and (story_year := ctx.story_year(mon, dom, back=pluperfect is not None)) is not None
        and (ctx.reference is None or story_year < ctx.reference.year - 1 or _years_heading(ctx))
    ):
        # "In 1941 ... on 3 July": the year the story is in, when it has no now of its
        # own or tells of a time long past (a history written today), or when a
        # chronology's entry has just named its year ("2025\nNegotiations resume in
        # Geneva on Monday, 7 July"); near the reference, tense and day decide as in news
        near = (story_year, story_year + 1, story_year - 1)
        if wd is not None and ctx.reference is not None:
            # a history come up to date: "was admitted on Sunday, October 26" after
            # "applied in March 2011" is the Sunday by the date of writing
            near += (ctx.reference.year, ctx.reference.year - 1, ctx.reference.year + 1)
        y = next(iter(_years_on_weekday(near, mon, dom, wd)), story_year) if wd else story_year
    else:
        base = ctx.deictic()
        if base is None:
            return Value(TimexType.DATE, f"XXXX-{mon:02d}-{dom:02d}", None, Granularity.DAY)
        if wd is not None:  # "Thursday 6 March": the year in which 6 March is a Thursday
            fits = _years_on_weekday((base.year, base.year + 1, base.year - 1), mon, dom, wd)
            if fits:
                y = fits[0]
                return _range_first(
                    cand, _explicit_value(y, mon, dom, dom2, Direction.NONE, "weekday")
                )
        near = cue_of(cand, ctx)
        direction, cue = near.direction, near.word
        # an adjacent past verb moves the date a year back ("crashed on 3 Nov."),
        # but a present perfect speaks of now ("on 7 March has been cancelled")
        perfect = (near.word or "").lower().split()[:1] in (["has"], ["have"])
        # adjacent: at most a preposition and a determiner between ("docked on the
        # 3rd"), not a clause of its own ("gave no reason for the Jan. 14 deadline")
        # the gap is read only when the cue is near: a silent clause's distance is 10**6,
        # and slicing that far back per date made tagging quadratic in the text
        adjacent = near.distance <= ADJACENT and all(
            w in ctx.lex.cues["adjacent_gap"] or w.endswith(("ed", "en", "ly"))
            for w in ctx.text[max(0, cand.start - near.distance) : cand.start].lower().split()
        )
        adjacent = adjacent or _fronted_before(cand, ctx, near.word)
        # "will run on 28 December", "is due to open from 2 January": a modal with its
        # verb governing the date looks ahead whatever the nearest year
        adjacent = adjacent or (
            direction is Direction.FUTURE
            and not ctx.narrative  # a story's anchor is no "now" to look ahead from
            and near.distance <= ADJACENT
            and _MODAL_FUTURE.fullmatch(near.word or "") is not None
            and _VERB_THEN_PREPOSITION.fullmatch(ctx.text, cand.start - near.distance, cand.start)
            is not None
        )
        window = 0 if adjacent and not perfect else None
        if ctx.narrative and direction in (Direction.PAST, Direction.NONE) and pluperfect is None:
            # a story's simple past narrates: "came on 29 February 1924. She gave her
            # inaugural lecture on 15 September" goes on to 1924's September
            y = cal.story_step_year(base, mon, dom) or base.year
        else:
            y = cal.year_for(base, mon, dom, SIGN[direction], window)
        y = in_past_period(ctx, cand.start, mon, dom, direction, y)
        y = within_writers_tense(cand, ctx, mon, dom, y)
        if direction is Direction.NONE:
            d = cal.safe_date(y, mon, dom)
            if d is not None:
                direction = (
                    Direction.PAST
                    if d < base
                    else Direction.FUTURE
                    if d > base
                    else Direction.PRESENT
                )
    return _range_first(cand, _explicit_value(y, mon, dom, dom2, direction, cue))


_PLUPERFECT_BEFORE = re.compile(r"\bhad\b[^.;!?]{0,40}$", re.IGNORECASE)


def _years_on_weekday(years: tuple[int, ...], mon: int, dom: int, wd: int) -> list[int]:
    """Those of ``years`` (in order) in which day ``dom`` of ``mon`` falls on ISO weekday ``wd``."""
    return [y for y in years if (d := cal.safe_date(y, mon, dom)) and d.isoweekday() == wd]


def _years_heading(ctx: Context) -> bool:
    """Whether the story's last date is a year opening its paragraph (a chronology's
    entry: "2024\nA severe drought in the spring ...")."""
    last = ctx.last
    if last is None or last.granularity is not Granularity.YEAR:
        return False
    opening = ctx.text.rfind("\n", 0, last.start) + 1
    return not ctx.text[opening : last.start].strip()


def _range_first(cand: Candidate, val: Value | None) -> Value | None:
    """A range's first date as its own span ("[3] to 5 March", "[June 15]-17"): TimeML
    has no range value, so each end is a TIMEX3 (the second: :func:`range_end`); the
    first keeps the whole interval, which is what a calendar needs."""
    if val is None or not cand.group("day2") or val.interval is None:
        return val
    if val.interval.end - val.interval.start <= timedelta(days=1):
        return val
    return replace(val, end=cand.match.end("day"))


# a date opening its sentence after a preposition: "On 3 May, he opened ..."
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:[Oo]n|[Ii]n|[Bb]y)\s+$")


def _fronted_before(cand: Candidate, ctx: Context, word: str | None) -> bool:
    """Whether a fronted date's cue is the verb of the clause it opens: "On 3 May he
    opened a shop" is as tightly bound as "he opened a shop on 3 May"."""
    if not word or not _SENTENCE_OPENER.search(ctx.text, max(0, cand.start - 8), cand.start):
        return False
    at = ctx.text.find(word, cand.end, cand.end + 40)
    return at >= 0 and len(ctx.text[cand.end : at].replace(",", " ").split()) <= 3


def _explicit_value(
    y: int, mon: int, dom: int, dom2: int | None, direction: Direction, cue: str | None
) -> Value | None:
    """The DATE for a (year, month, day), or a range's first day with the whole interval."""
    d = cal.safe_date(y, mon, dom)
    if d is None:
        return None
    val = date_value(d, direction, cue)
    if dom2 and dom2 > dom and (d2 := cal.safe_date(y, mon, dom2)) is not None:
        # "March 3-5": one interval; the value is its first day (TIMEX3 has no range value)
        return replace(val, interval=Interval(d, d2 + timedelta(days=1), Granularity.DAY))
    return val


def _month_year(cand: Candidate, ctx: Context) -> Value | None:
    """A month and year ("March 2025", "May of '98")."""
    mon = month_of(cand.group("mon"), ctx)
    tok = cand.group("year") or ""
    if mon is None:
        return None
    if tok.startswith("'"):
        base = ctx.deictic() or date(2000, 1, 1)
        y = two_digit_year(int(tok[1:]), base)
    else:
        y = int(tok)
    value, interval = cal.month(y, mon)
    return Value(TimexType.DATE, value, interval)


def _iso(cand: Candidate, ctx: Context) -> Value | None:
    """An ISO date ("2025-03-06"), optionally with a clock time."""
    d = cal.safe_date(
        int(cand.group("y") or 0), int(cand.group("m") or 0), int(cand.group("d") or 0)
    )
    if d is None:
        return None
    if cand.group("hh"):
        return clock_value(d, int(cand.group("hh") or 0), int(cand.group("mm") or 0), None, ctx)
    return date_value(d)


def _slash(cand: Candidate, ctx: Context) -> Value | None:
    """03/06/2025: the locale's order, via dateparser (strong on absolute strings)."""
    a, b = int(cand.group("a") or 0), int(cand.group("b") or 0)
    order = "DMY" if _day_first(ctx) else "MDY"
    if a > 12 >= b:
        order = "DMY"
    elif b > 12 >= a:
        order = "MDY"
    parsed = _dateparser_parse(cand.surface, order)
    if parsed is None:
        return None
    return date_value(parsed.date())


def _day_first(ctx: Context) -> bool:
    """Day-first unless the reference lives in the Americas (US news writes 03/06)."""
    key = str(getattr(ctx.tz, "key", "") or "")
    return bool(key) and not key.startswith(("America/", "US/"))


@cache
def _dateparser_parse(text: str, order: str) -> datetime | None:
    """dateparser, where it is strong: an absolute date string in a given order."""
    import dateparser  # lazy: importing it costs more than the whole resolver

    parsed: datetime | None = dateparser.parse(
        text, languages=["en"], settings={"DATE_ORDER": order}
    )
    return parsed


def _decade(cand: Candidate, ctx: Context) -> Value | None:
    """A decade ("the 1990s", "the '80s", "the early 1990s"): TimeML value ``199``."""
    tok = cand.group("dec") or ""
    text = cand.surface
    if tok.startswith("'") or len(tok) == 2:
        if len(tok) == 2 and not text.lower().startswith("the") and "'" not in text:
            return None  # "in his 50s" is an age
        base = ctx.deictic() or date(2000, 1, 1)
        first = two_digit_year(int(tok.lstrip("'")), base)
    else:
        first = int(tok)
    value, interval = cal.decade(first)
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((cand.group("dmod") or "").lower())
    # "the 1960s" whole, as the guidelines and the annotators of held-out news write it
    # (TempEval-3 data has both)
    return Value(TimexType.DATE, value, interval, mod=mod)


def _century(cand: Candidate, ctx: Context) -> Value | None:
    """A century ("the 20th century"): TimeML value ``19``; "the 5th century BC" is
    ``BC04`` (TIDES 2005: the era written before the digits)."""
    tok = (cand.group("ord") or "").lower()
    n = ctx.lex.ordinals.get(tok) or day_number(tok)
    if not n or n < 1:
        return None
    if cand.group("era") and era_of(cand, ctx) == "BC":
        return Value(TimexType.DATE, f"BC{n - 1:02d}", None, Granularity.CENTURY)
    value, interval = cal.century(n)
    return Value(TimexType.DATE, value, interval)


def _era_year(cand: Candidate, ctx: Context) -> Value | None:
    """A year with its era ("431 BC", "AD 43"): TIDES 2005 writes a BC year ``BC0431``.

    A BC year has no interval (Python's calendar starts at AD 1), so it anchors nothing.
    """
    era = era_of(cand, ctx)
    digits = cand.group("y1") or cand.group("ady")
    if era is None or not digits or int(digits) == 0:
        return None
    y = int(digits)
    if era == "BC":
        return Value(TimexType.DATE, f"BC{y:04d}", None, Granularity.YEAR)
    value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


def _era_decade(cand: Candidate, ctx: Context) -> Value | None:
    """A decade of an era ("the 180s BC"): ``BC018`` (TIDES 2005: the era first, then
    the decade's digits as for "the 1980s", ``198``)."""
    era = era_of(cand, ctx)
    if era is None:
        return None
    tens = int(cand.group("dec") or 0) // 10
    if era == "BC":
        return Value(TimexType.DATE, f"BC{tens:03d}", None, Granularity.DECADE)
    value, interval = cal.decade(tens * 10) if tens else (None, None)
    return None if value is None else Value(TimexType.DATE, value, interval)


# a day and month, a month or a season right before a BC year: "10 March [241 BC]"
_BEFORE_ERA_YEAR = re.compile(r"\s+(?:of\s+)?")


def with_era_year(text: str, previous: Timex, tx: Timex) -> Timex | None:
    """``previous`` ("10 March", "June", "the spring") written with the era year that
    follows it, as one TIMEX3 valued in that year ("BC0241-03-10", "BC0218-SP",
    "19 August AD 14" 0014-08-19)."""
    if tx.rule != "era_year":
        return None
    if not _BEFORE_ERA_YEAR.fullmatch(text, previous.end, tx.start):
        return None
    m = re.fullmatch(r"(?:BC)?\d{4}(-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))", previous.value)
    if m is None or previous.rule not in ("date_dmy", "date_mdy", "named_month", "season"):
        return None
    return replace(
        previous,
        end=tx.end,
        text=text[previous.start : tx.end],
        value=tx.value + m.group(1),
        interval=None,
        granularity=previous.granularity,
        direction=Direction.NONE,
        cue=None,
    )


def _sibling(
    text: str, tx: Timex, start: int, end: int, value: str, interval: Interval | None
) -> Timex:
    """A second TIMEX3 written beside ``tx`` ("April 24 and [25]", "1914-[18]"): its
    rule and direction, its own span and value, no modifier."""
    return replace(
        tx, start=start, end=end, text=text[start:end], value=value, interval=interval, mod=None
    )


def _second_year_number(first: int, written: str) -> int | None:
    """The second year of "1914-18" / "1939–1945", or None when the digits are not a
    later year (then "2025-03" is no range)."""
    if len(written) == 4:  # "1337–1453": any later year
        return int(written) if first < int(written) <= first + 500 else None
    y = first - first % 100 + int(written)
    return y if first < y <= first + 100 else None


def _year_span(cand: Candidate, ctx: Context) -> Value | None:
    """The first year of a written span of years; the second is its own TIMEX3
    (:func:`second_year`), as "from 1939 to 1945" is two."""
    first = int(cand.group("year") or 0)
    if _second_year_number(first, cand.group("y2") or "") is None:
        return None
    value, interval = cal.year(first)
    return Value(TimexType.DATE, value, interval, end=cand.match.start("sep"))


_SPAN_SECOND = re.compile(r"\s?[-–—/]\s?(?P<y2>\d\d(?:\d\d)?)(?![\w-])")


def second_year(text: str, tx: Timex) -> Timex | None:
    """The second year of "1914-18" (value 1918), after :func:`_year_span` took the first."""
    if tx.rule != "year_span" or not re.fullmatch(r"\d{4}", tx.value):
        return None
    m = _SPAN_SECOND.match(text, tx.end)
    if m is None:
        return None
    y = _second_year_number(int(tx.value), m.group("y2"))
    if y is None:
        return None
    value, interval = cal.year(y)
    return _sibling(text, tx, *m.span("y2"), value, interval)


_BC_AFTER = re.compile(r"\s?[-–—]\s?\d{1,4}\s?(?:BC|B\.C\.|BCE|B\.C\.E\.)(?!\w)")
_BC_FIRST = re.compile(r"(?<![\w.,])(?P<y>\d{1,4})\s?(?:[-–—]|to|and)\s?$")


def first_bc_year(text: str, tx: Timex, floor: int) -> Timex | None:
    """The first year of "431–404 BC" (``BC0431``): the era written once serves both,
    the earlier year being the larger number."""
    if tx.rule != "era_year" or not tx.value.startswith("BC"):
        return None
    m = _BC_FIRST.search(text, max(floor, tx.start - 12), tx.start)
    if m is None or int(m.group("y")) <= int(tx.value[2:]):
        return None
    return _sibling(text, tx, *m.span("y"), f"BC{int(m['y']):04d}", None)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|people|troops|soldiers|men|women|votes|members|workers|miles|feet"
    r"|meters|metres|km|kilometers|tons|tonnes|dollars|euros|pounds|barrels|shares|units"
    # a plural noun, not a word that merely ends in "s" ("Founded in 1874 as a ...")
    r"|cars|jobs|acres|points|homes|houses|children|refugees|deaths|cases|times"
    r"|(?!(?:as|was|is|has|his|its|this|thus|plus|us|yes|whereas|unless)\b)[a-z]+s\b(?!'))",
    re.IGNORECASE,
)


_COUNT_NOUN = re.compile(
    r"\s*(?:%|percent|per\b|people|troops|soldiers|men|women|votes|members|workers|miles|feet"
    r"|meters|metres|km|kilometers|tons|tonnes|dollars|euros|pounds|barrels|shares|units"
    r"|cars|jobs|acres|points|homes|houses|children|refugees|deaths|cases|times)\b",
    re.IGNORECASE,
)


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|from|until|till|before|after|during|year|fiscal|circa|c\.|early|mid"
    r"|late|through|to|and|or|for|the|between|around|about|spring|summer|autumn|fall|winter)\s+"
    r"|[(,]\s*)$",
    re.IGNORECASE,
)


def _year(cand: Candidate, ctx: Context) -> Value | None:
    """A four-digit year, unless it is a count, a price or part of a name."""
    y = int(cand.group("year") or 0)
    start = cand.start
    before = ctx.text[max(0, start - 12) : start]
    if before.endswith(("$", "£", "€", "#", "No. ", "no. ")):
        return None
    after = ctx.text[cand.end : cand.end + 14]
    if _BC_AFTER.match(after):
        return None  # "1200–1150 BC": the era is the second year's and this one's too
    base = ctx.deictic()
    near = base is None or base.year - 120 <= y <= base.year + 5
    counted = _NOT_YEAR_AFTER.match(after) and not cand.group("fiscal")
    if counted and (not near or _COUNT_NOUN.match(after)):
        return None
    plausible = base is None or y <= base.year + 30
    name = re.search(r"(?:^|[^.!?\s]\s*)\b([A-Z][a-z]+)\s+$", before)
    if name and not cand.group("fiscal") and not _YEAR_BEFORE.search(before):
        word = name.group(1).lower()
        if word not in ctx.lex.months and word not in ctx.lex.seasons:
            return None  # "Vision 2030", "Windows 2000": a name with a number
    if not cand.group("fiscal") and (not plausible or y < 1900) and not _YEAR_BEFORE.search(before):
        return None
    value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


def _short_year(cand: Candidate, ctx: Context) -> Value | None:
    """A two-digit year ('98) after "in", "since" or "fiscal"."""
    lead = cand.group("fiscal") or ""
    if not lead:
        return None
    base = ctx.deictic() or date(2000, 1, 1)
    value, interval = cal.year(two_digit_year(int(cand.group("yy") or 0), base))
    start = cand.start if lead.lower().startswith("fiscal") else cand.start + len(lead)
    return Value(TimexType.DATE, value, interval, start=start)


DAY_ONLY_REACH = 200  # characters: how far a named month still gives "the 12th" its month


def _day_only(cand: Candidate, ctx: Context) -> Value | None:
    """A bare ordinal day ("on the 12th"): that day of the anchor's month or a neighbour.

    The month is the nearest one in which the day exists, unless the clause's
    tense points the other way ("fell on the 28th" written on the 3rd is last month's).
    """
    dom = day_number(cand.group("day"))
    base = ctx.deictic()
    if dom is None or base is None:
        return None
    near = cue_of(cand, ctx)
    last = ctx.last
    if (
        last is not None
        and last.interval is not None
        and last.granularity in (Granularity.DAY, Granularity.MONTH)
        and not isinstance(last.interval.start, datetime)
        and cand.start - last.end <= DAY_ONLY_REACH
    ):
        # "falls on Monday, Nov 13, as the festival is on the 12th": the month just named
        named = last.interval.start
        if (d := cal.safe_date(named.year, named.month, dom)) is not None:
            return date_value(d, near.direction, near.word)
    options = []
    for k in (-1, 0, 1):
        first = cal.add_months(base.replace(day=1), k)
        d = cal.safe_date(first.year, first.month, dom)
        if d is not None:
            options.append(d)
    sign = SIGN[near.direction]
    fitting = [d for d in options if sign == 0 or (d - base).days * sign >= 0] or options
    if not fitting:
        return None
    chosen = min(fitting, key=lambda d: abs((d - base).days))
    return date_value(chosen, near.direction, near.word)


def _week_of(cand: Candidate, ctx: Context) -> Value | None:
    """A week named by a day ("the week of March 10", "the week of 23 March"): that ISO week."""
    mon = month_of(cand.group("mon") or cand.group("mon2"), ctx)
    dom = day_number(cand.group("day") or cand.group("day2"))
    base = ctx.deictic()
    if mon is None or dom is None or base is None:
        return None
    direction, cue = direction_of(cand, ctx)
    d = cal.safe_date(cal.year_for(base, mon, dom, SIGN[direction]), mon, dom)
    if d is None:
        return None
    value, interval = cal.week(d)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _nth_week_of(cand: Candidate, ctx: Context) -> Value | None:
    """An nth week of a month ("the first week of March"): the month, a mod, those days."""
    mon = month_of(cand.group("mon"), ctx)
    base = ctx.deictic()
    if mon is None:
        return None
    if cand.group("year"):
        y = int(cand.group("year") or 0)
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{mon:02d}")
    else:
        direction, _ = direction_of(cand, ctx)
        y = cal.year_for(base, mon, None, SIGN[direction])
    value, interval = cal.month(y, mon)
    nth = (cand.group("nth") or "").lower()
    first_day = interval.start
    last_day = interval.end - timedelta(days=1)
    assert isinstance(first_day, date) and isinstance(last_day, date)
    if nth == "last":
        span = Interval(
            last_day - timedelta(days=6), last_day + timedelta(days=1), Granularity.WEEK
        )
        mod = "END"
    else:
        k = ORDINAL_QUARTERS.get(nth, 1)
        s = first_day + timedelta(days=7 * (k - 1))
        span = Interval(s, s + timedelta(days=7), Granularity.WEEK)
        mod = "START" if k == 1 else "MID" if k in (2, 3) else "END"
    return Value(TimexType.DATE, value, span, Granularity.WEEK, mod=mod)


def _spelled_number(words: str, ctx: Context) -> int:
    """Sum of spelled number words ("ninety-six" -> 96)."""
    total = 0
    for w in words.replace("-", " ").split():
        if w not in ("and", "hundred", "thousand"):
            total += int(ctx.lex.numbers.get(w, 0))
    return total


def _spelled_year(cand: Candidate, ctx: Context) -> Value | None:
    """Years spelled out ("nineteen ninety-six", "the year two thousand") in transcripts."""
    sp = " ".join((cand.group("sp") or "").lower().split())
    if sp.startswith("nineteen"):
        y = 1900 + _spelled_number(sp[len("nineteen") :], ctx)
    else:
        y = 2000 + _spelled_number(sp[len("two thousand") :], ctx)
    if (code := ctx.lex.seasons.get((cand.group("season") or "").lower())) is not None:
        value, interval = cal.season(y, code)  # "the winter of nineteen ninety-four"
    elif (mon := month_of(cand.group("mon"), ctx)) is not None:
        value, interval = cal.month(y, mon)  # "January nineteen ninety-seven"
    else:
        value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


def _decade_word(cand: Candidate, ctx: Context) -> Value | None:
    """A decade word ("the nineties"): that decade of the reference's century, or the last one's."""
    k = ctx.lex.decade_words.get((cand.group("dw") or "").lower())
    base = ctx.deictic() or date(2000, 1, 1)
    if k is None:
        return None
    first = base.year - base.year % 100 + 10 * k
    if first > base.year:
        first -= 100
    value, interval = cal.decade(first)
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((cand.group("dmod") or "").lower())
    return Value(TimexType.DATE, value, interval, mod=mod)


# detection rule -> handler (see normalize.resolve)
HANDLERS: dict[str, Handler] = {
    "spelled_year": _spelled_year,
    "decade_word": _decade_word,
    "date_mdy": _explicit,
    "date_dmy": _explicit,
    "month_year": _month_year,
    "iso": _iso,
    "slash": _slash,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "year_span": _year_span,
    "era_year": _era_year,
    "era_decade": _era_decade,
    "short_year": _short_year,
    "week_of": _week_of,
    "day_only": _day_only,
    "nth_week_of": _nth_week_of,
}


_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|—|to|through|until|till|and)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:(?:\s+of)?\s+(?P<mon>[A-Z][a-z]{2,3}\.|[A-Z][a-z]+))?(?:,?\s+(?P<year>\d{4}))?(?![\w-])"
)


# "between Monday [and] Wednesday": the weekday the detection rule read as the end
_WEEKDAY_TAIL = re.compile(r"\s+(?:and|to|until|till|through)\s+(?P<wd>\w+)")

# rules whose first TIMEX3 keeps a whole written range
_RANGE_RULES = ("date_mdy", "date_dmy", "between")


def range_end(text: str, tx: Timex) -> Timex | None:
    """The last day of a written range ("3 to [5 March]", "June 15-[17]", "from Friday
    until [Monday]"), its own TIMEX3 after the first took the first day."""
    if tx.rule not in _RANGE_RULES or tx.interval is None:
        return None
    first, after = tx.interval.start, tx.interval.end
    if isinstance(first, datetime) or isinstance(after, datetime):
        return None
    last = after - timedelta(days=1)
    if tx.rule == "between":
        w = _WEEKDAY_TAIL.match(text, tx.end)
        if w is None or last <= first:
            return None
        value, interval = cal.day(last)
        return _sibling(text, tx, w.start("wd"), w.end(), value, interval)
    m = _RANGE_TAIL.match(text, tx.end)
    if last <= first or m is None or int(m.group("day")) != last.day:
        return None
    if m.group("mon") and m.group("mon").rstrip(".").lower()[:3] != last.strftime("%b").lower():
        return None
    value, interval = cal.day(last)
    return _sibling(text, tx, m.start("day"), m.end(), value, interval)


# a future cue's verb and its preposition right before a date ("will [run on] 28 December")
_VERB_THEN_PREPOSITION = re.compile(
    r"(?:\s+(?-i:[a-z]+)){1,3}\s+(?:on|from|until|by)\s+", re.IGNORECASE
)

# a modal of the future: "will", "shall", "is due to", "are set to", "plans to" (not the
# causal "due to": "closed due to the storm on 28 December")
_MODAL_FUTURE = re.compile(
    r"will|shall|(?:is|are|am)\s+(?:due|set|scheduled|expected|likely|poised|slated|planning"
    r"|going)\s+to|(?:plans?|intends?|aims?|hopes?|expects?)\s+to",
    re.IGNORECASE,
)

# "from 27 March to 29 June", "Nov. 28 - Dec. 2": two written days joined as a range
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d")


def range_in_one_year(text: str, first: Timex, tx: Timex) -> tuple[Timex, Timex] | None:
    """The two written days of a range ("from 27 March to 29 June") in one year: the
    end's when only it writes one ("from 28 November to 2 December 2022"), else the
    start's ("in 2020 ... from 27 March to 29 June"); None when nothing moves."""
    # "from June 11 to July 19 next year": a year named relatively is written too
    relative_year = tx.rule == "month_rel_year"
    if first.rule not in _DAY_RULES or (tx.rule not in _DAY_RULES and not relative_year):
        return None
    if not (_DAY_VALUE.fullmatch(first.value) and _DAY_VALUE.fullmatch(tx.value)):
        return None
    if not _RANGE_JOIN.fullmatch(text, first.end, tx.start):
        return None
    a, b = date.fromisoformat(first.value), date.fromisoformat(tx.value)
    wraps = (b.month, b.day) < (a.month, a.day)  # "28 December to 3 January"
    if _WRITTEN_YEAR.search(tx.text) or relative_year:
        if _WRITTEN_YEAR.search(first.text):
            return None
        moved = cal.safe_date(b.year - 1 if wraps else b.year, a.month, a.day)
        return None if moved in (None, a) else (_on_day(first, moved), tx)
    moved = cal.safe_date(a.year + 1 if wraps else a.year, b.month, b.day)
    return None if moved in (None, b) else (first, _on_day(tx, moved))


def _on_day(tx: Timex, day: date) -> Timex:
    value, interval = cal.day(day)
    return replace(tx, value=value, interval=interval)


_DAY_RULES = frozenset({"date_dmy", "date_mdy"})


def _day_interval(tx: Timex) -> bool:
    return tx.interval is not None and not isinstance(tx.interval.start, datetime)


def join_range_ends(text: str, timexes: list[Timex]) -> list[Timex]:
    """A calendar's view of ranges: "[3] to [5 March]" as the one expression
    "3 to 5 March" with the first end's value and the whole interval (what an event
    spanning the range needs); everything else unchanged."""
    out: list[Timex] = []
    for tx in timexes:
        first = out[-1] if out else None
        if (
            first is not None
            and first.rule in _RANGE_RULES
            and tx.rule == first.rule
            and first.interval is not None
            and tx.interval is not None
            # days with days: "on June 12 ... the morning of June 10" is a day and a TIME
            and _day_interval(first) == _day_interval(tx)
            and first.interval.start < tx.interval.start
            and first.interval.end == tx.interval.end
            and 0 <= tx.start - first.end <= 12
        ):
            out[-1] = replace(first, end=tx.end, text=text[first.start : tx.end])
            continue
        out.append(tx)
    return out


# "April 24 and 25": a second day number coordinated with a written date, then a
# word boundary that is not the start of an amount ("24 and 25 percent")
_AND_DAY = re.compile(
    r"\s+(?:and|&)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*[.,;:!?)\"'’]|\s*$|\s+(?:in|at|on|to|for|when|with|as|of|and|respectively)\b)"
)


def coordinated_day(text: str, tx: Timex) -> Timex | None:
    """The second date of "April 24 and 25": each conjunct is its own TIMEX3 (TimeML 2.2)."""
    if tx.rule not in ("date_mdy", "date_dmy") or tx.interval is None:
        return None
    m = _AND_DAY.match(text, tx.end)
    if m is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
        return None
    first = tx.interval.start
    if isinstance(first, datetime):
        return None
    d = cal.safe_date(first.year, first.month, int(m.group("day")))
    if d is None or d <= first:
        return None
    value, interval = cal.day(d)
    return _sibling(text, tx, m.start("day"), m.end(), value, interval)


# "on 24 and 25 April": a day number coordinated before a written day-month date
_DAY_AND = re.compile(
    r"\b(?:on|from|by|until|of)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|&)\s+$",
    re.IGNORECASE,
)


def coordinated_day_before(text: str, tx: Timex, floor: int) -> Timex | None:
    """The first date of "on 24 and 25 April", its own TIMEX3 like "April 24 and [25]"."""
    if tx.rule != "date_dmy" or tx.interval is None or not tx.text[:1].isdigit():
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
        return None
    m = _DAY_AND.search(text, max(floor, tx.start - 24), tx.start)
    last = tx.interval.start
    if m is None or isinstance(last, datetime):
        return None
    d = cal.safe_date(last.year, last.month, int(m.group("day")))
    if d is None or d >= last:
        return None
    value, interval = cal.day(d)
    return _sibling(text, tx, *m.span("day"), value, interval)


# "the day before last Tuesday('s hearing)", "the day after 3 March": one day off a named day
_DAY_OFF = re.compile(r"(?:\b[Tt]he\s+)?\b(?P<span>[Dd]ay\s+(?P<rel>before|after))\s+$")


def day_before_after(text: str, tx: Timex, floor: int) -> Timex | None:
    """``tx`` widened over "day before" / "day after" and moved a day: one TIMEX3, as
    TempEval-3 data tags "[day before last Tuesday]" (the article left out)."""
    if tx.granularity is not Granularity.DAY or tx.interval is None:
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
        return None
    m = _DAY_OFF.search(text, max(floor, tx.start - 20), tx.start)
    first = tx.interval.start
    if m is None or isinstance(first, datetime):
        return None
    d = first + timedelta(days=-1 if m.group("rel") == "before" else 1)
    value, interval = cal.day(d)
    start = m.start("span")
    return replace(tx, start=start, text=text[start : tx.end], value=value, interval=interval)


# "the evening of August 13", "the night of Friday, Oct. 23": a part of a written day
_PART_OF = re.compile(r"\b(?P<span>[Tt]he\s+(?P<pod>[a-z-]+)\s+of\s+(?:the\s+)?)$")


def part_of_named_day(text: str, tx: Timex, floor: int, ctx: Context) -> Timex | None:
    """``tx`` widened over "the evening of" and valued with the part of day
    (``2024-08-13TEV``, TimeML guidelines 2.2.3), a TIME like "Friday morning"."""
    if tx.rule not in ("date_mdy", "date_dmy", "day_only") or tx.interval is None:
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value) or isinstance(tx.interval.start, datetime):
        return None
    m = _PART_OF.search(text, max(floor, tx.start - 24), tx.start)
    code = ctx.lex.parts_of_day.get(m.group("pod")) if m else None
    if m is None or code is None:
        return None
    val = part_of_day(tx.interval.start, code, ctx, tx.direction, tx.cue)
    start = m.start("span")
    return replace(
        tx,
        start=start,
        text=text[start : tx.end],
        type=val.type,
        value=val.value,
        interval=val.interval,
        granularity=val.granularity,
    )


# A story told before Christ: Python's calendar starts at AD 1, so BC dates carry no
# interval and the anaphora after them ("the following year" after 256 BC) are
# counted here on the year alone; the count runs down ("two years later" is BC0219
# after BC0221).
_BC_VALUE = re.compile(r"BC(?P<y>\d{4})(?P<rest>(?:-\d\d){0,2}|-(?:SP|SU|FA|WI))$")


def bc_story_year(tx: Timex) -> int | None:
    """The BC year a timex places the story in ("BC0241-03-10" -> 241), else None."""
    m = _BC_VALUE.match(tx.value)
    return int(m.group("y")) if m else None


def in_bc_story(cand: Candidate, tx: Timex, story: str, ctx: Context) -> Timex | None:
    """``tx`` re-valued in a BC story whose last date is ``story`` ("BC0031-09-02"): a
    year-less month, day or season, "that year", "the following year", "two years
    later", "the following month", "eleven months later"."""
    if tx.value.startswith("BC") or cand.group("year"):
        return None
    value: str | None = None
    rule = cand.rule
    year = int(story[2:6])
    if tx.granularity is Granularity.MONTH and rule in ("anaphor", "relative", "ago"):
        return _bc_months_on(cand, tx, story, ctx)
    if (
        (rule in ("date_dmy", "date_mdy") and re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value))
        or (rule == "named_month" and re.fullmatch(r"\d{4}-\d\d", tx.value))
        or (rule == "season" and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", tx.value))
    ):
        value = f"BC{year:04d}{tx.value[4:]}"
    elif rule in ("anaphor", "relative", "ago") and tx.granularity is Granularity.YEAR:
        if (step := _story_steps(cand, ctx)) is None:
            return None
        value = f"BC{year - step:04d}"
    if value is None:
        return None
    return replace(tx, value=value, interval=None, direction=Direction.NONE, cue=None)


def _story_steps(cand: Candidate, ctx: Context) -> int | None:
    """How many units an anaphor counts on from the story's date ("the following" 1,
    "the same"/"that" 0, "two years later" 2, "a year earlier" -1); None for the
    writer's own ("last year", "this month") or a count that is no whole number."""
    if cand.rule == "ago":
        word = " ".join((cand.group("dir2") or "").lower().split())
        sign = ctx.lex.anaphoric_offsets.get(word)
        count = parse_number(cand.group("num"), ctx)
        if sign is None or count is None or count != int(count):
            return None
        return sign * int(count)
    rel = (cand.group("rel") or "").lower().split()
    if not rel or rel[-1] == "same":
        return 0
    return ANAPHORIC_STEPS.get(rel[-1])


def _bc_months_on(cand: Candidate, tx: Timex, story: str, ctx: Context) -> Timex | None:
    """A month counted from a BC story's month ("the following month", "eleven months
    later" after 2 September 31 BC is BC0030-08): months run forward while BC years
    count down, so the count goes through astronomical years (1 BC is year 0)."""
    m = re.match(r"BC(\d{4})-(\d\d)", story)
    if m is None or (step := _story_steps(cand, ctx)) is None:
        return None
    months = (1 - int(m.group(1))) * 12 + int(m.group(2)) - 1 + step
    astro, month = divmod(months, 12)
    if astro > 0:
        return None  # the count has left the years before Christ
    value = f"BC{1 - astro:04d}-{month + 1:02d}"
    return replace(tx, value=value, interval=None, direction=Direction.NONE, cue=None)


# "the festival is on the 12th, a Sunday", "Waitangi Day fell on a Sunday"
_A_WEEKDAY_OF = re.compile(r"(?:,\s*|\s+(?:fell|falls|fall|was|is|will\s+be)\s+on\s+)a\s+$")


def weekday_of_date_before(text: str, previous: Timex, tx: Timex) -> Timex | None:
    """A weekday that says which day of the week the date before it is: that date."""
    if tx.rule != "weekday" or previous.granularity is not Granularity.DAY:
        return None
    if previous.interval is None or isinstance(previous.interval.start, datetime):
        return None
    if tx.start - previous.end > 40 or not _A_WEEKDAY_OF.search(text, previous.end, tx.start):
        return None
    day = previous.interval.start
    if tx.interval is None or isinstance(tx.interval.start, datetime):
        return None
    if day.isoweekday() != tx.interval.start.isoweekday():
        return None
    value, interval = cal.day(day)
    return replace(tx, value=value, interval=interval, direction=Direction.NONE, cue=None)
