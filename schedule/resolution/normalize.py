"""From a candidate span to a TIMEX3 value: the rules that decide each value.

One handler per detection rule. Each reads its match groups, decides a
direction when the expression is underspecified (tense of the clause, see
``tense.py``), anchors it (publication date in news mode, the last mentioned
date in narrative mode or for anaphora) and returns a :class:`Timex`, or
``None`` when the span turns out not to be temporal ("May" the verb, "Sunday
Times").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache

from schedule.resolution import anchor as cal
from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import Lexicon, load
from schedule.resolution.tense import clause_direction
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType

_SIGN = {Direction.PAST: -1, Direction.FUTURE: 1, Direction.PRESENT: 0, Direction.NONE: 0}
_COARSE = (Granularity.QUARTER, Granularity.MONTH, Granularity.SEASON)


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
    history: list[Timex] = field(default_factory=list)

    @property
    def lex(self) -> Lexicon:
        return load(self.language)

    def deictic(self) -> date | None:
        """Anchor of "today", "last week": the reference, or in narrative mode the story's now."""
        if self.narrative:
            return self.last_day or self.reference
        return self.reference

    def anaphoric(self) -> date | None:
        """Anchor of "the following day", "two days later": the last resolved date."""
        if self.last_day is not None:
            return self.last_day
        if self.last is not None and self.last.interval is not None:
            start = self.last.interval.start
            return start.date() if isinstance(start, datetime) else start
        return self.reference


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


def resolve(cand: Candidate, ctx: Context) -> Timex | None:
    """The Timex for one candidate, or None when it is not temporal after all."""
    handler = _HANDLERS.get(cand.rule)
    if handler is None:
        return None
    val = handler(cand, ctx)
    if val is None:
        return None
    start = cand.start if val.start is None else val.start
    end = cand.end if val.end is None else val.end
    mod = val.mod
    if cand.mod_text is not None:
        mod = ctx.lex.mods.get(cand.mod_text.lower().rstrip("-"), mod)
    gran = val.granularity or (val.interval.granularity if val.interval else None)
    return Timex(
        start=start,
        end=end,
        text=ctx.text[start:end],
        type=val.type,
        value=val.value,
        mod=mod,
        interval=val.interval,
        granularity=gran,
        direction=val.direction,
        cue=val.cue,
        rule=cand.rule,
    )


# --- helpers ---------------------------------------------------------------


def _direction(cand: Candidate, ctx: Context) -> tuple[Direction, str | None]:
    return clause_direction(ctx.text, cand.start, cand.end, language=ctx.language)


def _month_of(token: str | None, ctx: Context, *, strict: bool = True) -> int | None:
    """Month number of a month token; lower-case "may"/"march" are verbs, not months."""
    if not token:
        return None
    if strict and not token[0].isupper():
        return None
    return ctx.lex.months.get(token.lower())


def _weekday_of(token: str | None, ctx: Context) -> int | None:
    if not token or not token[0].isupper():
        return None
    return ctx.lex.weekdays.get(token.lower())


def _day_number(token: str | None) -> int | None:
    if not token:
        return None
    digits = re.match(r"\d+", token)
    return int(digits.group(0)) if digits else None


def _number(token: str | None, ctx: Context) -> float | None:
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


def _fmt_number(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unknown(gran: Granularity) -> str:
    """TimeML value with unknown digits, for narrative text with no anchor."""
    return {
        Granularity.DAY: "XXXX-XX-XX",
        Granularity.WEEK: "XXXX-WXX",
        Granularity.MONTH: "XXXX-XX",
        Granularity.QUARTER: "XXXX-QX",
        Granularity.SEASON: "XXXX-XX",
        Granularity.YEAR: "XXXX",
    }.get(gran, "XXXX-XX-XX")


def _date_value(d: date, direction: Direction = Direction.NONE, cue: str | None = None) -> Value:
    value, interval = cal.day(d)
    return Value(TimexType.DATE, value, interval, Granularity.DAY, direction, cue)


def _part_of_day(d: date, code: str, ctx: Context, direction: Direction, cue: str | None) -> Value:
    """``2025-03-06TMO``: TimeML part-of-day values are TIMEs (guidelines 2.2.3)."""
    lo, hi = ctx.lex.part_hours.get(code, (0, 24))
    base = datetime.combine(d, time(0), ctx.tz)
    interval = Interval(base + timedelta(hours=lo), base + timedelta(hours=hi), Granularity.TIME)
    return Value(
        TimexType.TIME, f"{d.isoformat()}T{code}", interval, Granularity.TIME, direction, cue
    )


def _pod_code(token: str | None, ctx: Context) -> str | None:
    return ctx.lex.parts_of_day.get(token.lower()) if token else None


def _direction_for_weekday(cand: Candidate, ctx: Context) -> tuple[Direction, str | None]:
    """News default for a silent clause is the past: reports mostly recount."""
    direction, cue = _direction(cand, ctx)
    if direction is Direction.PRESENT:
        return Direction.FUTURE, cue  # "the vote is on Friday": scheduled
    if direction is Direction.NONE:
        return Direction.PAST, None
    return direction, cue


def _resolve_weekday(
    wd: int, cand: Candidate, ctx: Context
) -> tuple[date | None, Direction, str | None]:
    base = ctx.deictic()
    direction, cue = _direction_for_weekday(cand, ctx)
    if base is None:
        return None, direction, cue
    d = cal.weekday_from(base, wd, _SIGN[direction])
    if d == base:
        return d, Direction.PRESENT, cue
    return d, direction, cue


# --- handlers: explicit dates ------------------------------------------------


def _explicit(cand: Candidate, ctx: Context) -> Value | None:
    mon = _month_of(cand.group("mon"), ctx)
    dom = _day_number(cand.group("day"))
    if mon is None or dom is None or dom > 31:
        return None
    dom2 = _day_number(cand.group("day2"))
    year_tok = cand.group("year")
    wd = _weekday_of(cand.group("wd"), ctx) if cand.group("wd") else None
    direction, cue = Direction.NONE, None
    if year_tok:
        y = int(year_tok)
    else:
        base = ctx.deictic()
        if base is None:
            return Value(TimexType.DATE, f"XXXX-{mon:02d}-{dom:02d}", None, Granularity.DAY)
        if wd is not None:  # "Thursday 6 March": the year in which 6 March is a Thursday
            fits = [
                y
                for y in (base.year, base.year + 1, base.year - 1)
                if (d := cal.safe_date(y, mon, dom)) and d.isoweekday() == wd
            ]
            if fits:
                y = fits[0]
                return _explicit_value(y, mon, dom, dom2, Direction.NONE, "weekday")
        direction, cue = _direction(cand, ctx)
        y = cal.year_for(base, mon, dom, _SIGN[direction])
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
    return _explicit_value(y, mon, dom, dom2, direction, cue)


def _explicit_value(
    y: int, mon: int, dom: int, dom2: int | None, direction: Direction, cue: str | None
) -> Value | None:
    d = cal.safe_date(y, mon, dom)
    if d is None:
        return None
    val = _date_value(d, direction, cue)
    if dom2 and dom2 > dom and (d2 := cal.safe_date(y, mon, dom2)) is not None:
        # "March 3-5": one interval; the value is its first day (TIMEX3 has no range value)
        return replace(val, interval=Interval(d, d2 + timedelta(days=1), Granularity.DAY))
    return val


def _month_year(cand: Candidate, ctx: Context) -> Value | None:
    mon = _month_of(cand.group("mon"), ctx)
    tok = cand.group("year") or ""
    if mon is None:
        return None
    if tok.startswith("'"):
        base = ctx.deictic() or date(2000, 1, 1)
        y = _two_digit_year(int(tok[1:]), base)
    else:
        y = int(tok)
    value, interval = cal.month(y, mon)
    return Value(TimexType.DATE, value, interval)


def _two_digit_year(yy: int, base: date) -> int:
    """'98 → 1998 seen from 1999, 2024 → '24 is 2024: the century that puts it nearest."""
    century = base.year - base.year % 100
    y = century + yy
    return y - 100 if y > base.year + 20 else y


def _iso(cand: Candidate, ctx: Context) -> Value | None:
    d = cal.safe_date(
        int(cand.group("y") or 0), int(cand.group("m") or 0), int(cand.group("d") or 0)
    )
    if d is None:
        return None
    if cand.group("hh"):
        return _clock(d, int(cand.group("hh") or 0), int(cand.group("mm") or 0), None, ctx)
    return _date_value(d)


def _slash(cand: Candidate, ctx: Context) -> Value | None:
    """03/06/2025: the locale's order, via dateparser (strong on absolute strings)."""
    a, b = int(cand.group("a") or 0), int(cand.group("b") or 0)
    order = "DMY" if _day_first(ctx) else "MDY"
    if a > 12 >= b:
        order = "DMY"
    elif b > 12 >= a:
        order = "MDY"
    parsed = _dateparser_parse(cand.match.group(0), order)
    if parsed is None:
        return None
    return _date_value(parsed.date())


def _day_first(ctx: Context) -> bool:
    """Day-first unless the reference lives in the Americas (US news writes 03/06)."""
    key = str(getattr(ctx.tz, "key", "") or "")
    return bool(key) and not key.startswith(("America/", "US/"))


@cache
def _dateparser_parse(text: str, order: str) -> datetime | None:
    import dateparser  # lazy: importing it costs more than the whole resolver

    return dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": order})


def _decade(cand: Candidate, ctx: Context) -> Value | None:
    tok = cand.group("dec") or ""
    text = cand.match.group(0)
    if tok.startswith("'") or len(tok) == 2:
        if len(tok) == 2 and not text.lower().startswith("the") and "'" not in text:
            return None  # "in his 50s" is an age
        base = ctx.deictic() or date(2000, 1, 1)
        first = _two_digit_year(int(tok.lstrip("'")), base)
    else:
        first = int(tok)
    value, interval = cal.decade(first)
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((cand.group("dmod") or "").lower())
    return Value(TimexType.DATE, value, interval, mod=mod)


def _century(cand: Candidate, ctx: Context) -> Value | None:
    tok = (cand.group("ord") or "").lower()
    n = ctx.lex.ordinals.get(tok) or _day_number(tok)
    if not n or n < 1:
        return None
    value, interval = cal.century(n)
    return Value(TimexType.DATE, value, interval)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|people|troops|soldiers|men|women|votes|members|workers|miles|feet"
    r"|meters|metres|km|kilometers|tons|tonnes|dollars|euros|pounds|barrels|shares|units"
    r"|cars|jobs|acres|points|homes|houses|children|refugees|deaths|cases|times|[a-z]+s\b(?!'))",
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
    y = int(cand.group("year") or 0)
    start = cand.start
    before = ctx.text[max(0, start - 12) : start]
    if before.endswith(("$", "£", "€", "#", "No. ", "no. ")):
        return None
    after = ctx.text[cand.end : cand.end + 14]
    base = ctx.deictic()
    near = base is None or base.year - 120 <= y <= base.year + 5
    if _NOT_YEAR_AFTER.match(after) and not cand.group("fiscal"):
        if not near or _COUNT_NOUN.match(after):
            return None
    plausible = base is None or y <= base.year + 30
    if not cand.group("fiscal") and (not plausible or y < 1900) and not _YEAR_BEFORE.search(before):
        return None
    value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


def _short_year(cand: Candidate, ctx: Context) -> Value | None:
    lead = cand.group("fiscal") or ""
    if not lead:
        return None
    base = ctx.deictic() or date(2000, 1, 1)
    value, interval = cal.year(_two_digit_year(int(cand.group("yy") or 0), base))
    start = cand.start if lead.lower().startswith("fiscal") else cand.start + len(lead)
    return Value(TimexType.DATE, value, interval, start=start)


# --- handlers: quarters -------------------------------------------------------

_Q_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _reported_quarter(base: date) -> tuple[int, int]:
    """The quarter a report on ``base`` is about: the last one until its results are out."""
    q = (base.month - 1) // 3 + 1
    if base.month in (1, 4, 7, 10) or (base.month in (2, 5, 8, 11) and base.day <= 15):
        return (base.year, q - 1) if q > 1 else (base.year - 1, 4)
    return base.year, q


def _quarter(cand: Candidate, ctx: Context) -> Value | None:
    unit = (cand.group("q") or "").lower()
    rel = " ".join((cand.group("qrel") or "").lower().split())
    ordinal = (cand.group("qord") or "").lower()
    if unit == "period" and not (cand.group("qyear") or rel):
        return None
    base = ctx.deictic()
    if ordinal == "final":
        n = 4 if unit != "half" else 2
    else:
        n = _Q_ORD.get(ordinal, 0)
    if unit == "half" and n > 2:
        return None
    year_tok = cand.group("qyear") or cand.group("qof") or ""
    direction, cue = Direction.NONE, None
    if year_tok[:1].isdigit():
        y = int(year_tok)
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{'H' if unit == 'half' else 'Q'}{n}")
    else:
        y = base.year
        ylow = year_tok.lower()
        if "last" in ylow or "last" in rel or rel in ("year-ago", "year-earlier", "previous"):
            y -= 1
        elif "next" in ylow or "next" in rel:
            y += 1
        elif "this" not in ylow and "this" not in rel:
            direction, cue = _direction(cand, ctx)
            current = (base.month - 1) // (6 if unit == "half" else 3) + 1
            if n > current and direction is not Direction.FUTURE:
                y -= 1  # "the fourth quarter" in a March report: last year's
            elif n < current and direction is Direction.FUTURE:
                y += 1
    if unit == "half":
        value, interval = cal.half(y, n)
    else:
        value, interval = cal.quarter(y, n)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _rel_quarter(cand: Candidate, ctx: Context) -> Value | None:
    rel = " ".join((cand.group("qrel") or "").lower().split())
    unit = (cand.group("q") or "").lower()
    base = ctx.deictic()
    if base is None:
        return None
    last = ctx.last
    if rel in ("year-ago", "year-earlier", "prior-year", "same") and last is not None:
        if last.granularity in (Granularity.QUARTER, Granularity.YEAR, Granularity.MONTH):
            return _shift_timex(last, -1 if rel != "same" else 0)
    if unit == "year":
        if rel in ("fiscal",):
            return None
        y = (
            base.year - 1
            if rel in ("previous", "year-ago", "year-earlier", "prior-year")
            else base.year
        )
        value, interval = cal.year(y)
        return Value(TimexType.DATE, value, interval)
    if unit == "half":
        return None
    y, q = _reported_quarter(base)
    if rel in ("previous",):
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    if rel in ("year-ago", "year-earlier", "prior-year"):
        y -= 1
    value, interval = cal.quarter(y, q)
    return Value(TimexType.DATE, value, interval)


def _shift_timex(t: Timex, years: int) -> Value | None:
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


def _year_ago_adj(cand: Candidate, ctx: Context) -> Value | None:
    last = ctx.last
    if last is not None and last.granularity in (
        Granularity.QUARTER,
        Granularity.YEAR,
        Granularity.MONTH,
    ):
        return _shift_timex(last, -1)
    base = ctx.deictic()
    if base is None:
        return None
    value, interval = cal.year(base.year - 1)
    return Value(TimexType.DATE, value, interval)


# --- handlers: relative and deictic -------------------------------------------

_ANAPHORIC_REL = (
    "the following",
    "following",
    "the next",
    "the previous",
    "the preceding",
    "preceding",
    "the prior",
    "prior",
)


def _relative(cand: Candidate, ctx: Context) -> Value | None:
    rel = " ".join((cand.group("rel") or "").lower().split())
    what = " ".join((cand.group("what") or "").split())
    offset = ctx.lex.relative.get(rel)
    if offset is None:
        return None
    anaphoric = rel in _ANAPHORIC_REL
    base = ctx.anaphoric() if anaphoric else ctx.deictic()
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    cue = cand.group("rel")
    low = what.lower()
    unit = {"fiscal year": "year"}.get(low, low)
    if unit in ("decade", "century") and offset < 0:
        # "over the past decade": a stretch up to now (TimeML DURATION)
        return Value(TimexType.DURATION, "P10Y" if unit == "decade" else "P100Y")
    if unit in cal.UNIT_GRANULARITY:
        if base is None:
            return Value(
                TimexType.DATE, _unknown(cal.UNIT_GRANULARITY[unit]), direction=direction, cue=cue
            )
        value, interval = cal.shift(base, unit, offset)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    if (wd := _weekday_of(what, ctx)) is not None:
        if base is None:
            return None
        if offset == 0:
            d = cal.weekday_from(base, wd, 1 if "coming" in rel else 0)
        else:
            d = (
                cal.weekday_from(base - timedelta(days=offset), wd, offset)
                if base.isoweekday() == wd
                else cal.weekday_from(base, wd, offset)
            )
        return _date_value(d, direction, cue)
    if (mon := _month_of(what, ctx)) is not None:
        if base is None:
            return None
        if offset < 0:
            y = base.year if mon < base.month else base.year - 1
        elif offset > 0:
            y = base.year if mon > base.month else base.year + 1
        else:
            y = base.year
        value, interval = cal.month(y, mon)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    if (code := ctx.lex.seasons.get(low)) is not None:
        if base is None:
            return None
        y, current = cal.season_of(base)
        idx = 4 * y + cal.SEASON_ORDER.index(current)
        target = cal.SEASON_ORDER.index(code)
        if offset == 0:
            y2 = base.year if code != "WI" or base.month == 12 else base.year - 1
        elif offset < 0:
            cand_idx = (idx - 1) - ((idx - 1 - target) % 4)
            y2 = cand_idx // 4
        else:
            cand_idx = (idx + 1) + ((target - idx - 1) % 4)
            y2 = cand_idx // 4
        value, interval = cal.season(y2, code)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    return None


def _named_month(cand: Candidate, ctx: Context) -> Value | None:
    tok = cand.group("mon") or ""
    mon = _month_of(tok, ctx)
    if mon is None:
        return None
    low = tok.lower()
    before = ctx.text[max(0, cand.start - 16) : cand.start]
    prev = re.search(r"([A-Za-z]+)[\s-]*$", before)
    prev_word = prev.group(1).lower() if prev else ""
    after = ctx.text[cand.end : cand.end + 2]
    if low in ctx.lex.ambiguous_months or low.endswith("."):
        # "May" the verb, "March" the verb or the name, "Jan" a name: need a trigger
        if prev_word not in ctx.lex.month_triggers:
            return None
    if (
        after[:1] == " "
        and ctx.text[cand.end + 1 : cand.end + 2].isupper()
        and prev_word not in ("in", "since", "until", "of", "by")
    ):
        return None  # "March Madness", "August Wilson"
    base = ctx.deictic()
    if base is None:
        return Value(TimexType.DATE, f"XXXX-{mon:02d}")
    direction, cue = _direction(cand, ctx)
    y = cal.year_for(base, mon, None, _SIGN[direction])
    value, interval = cal.month(y, mon)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _month_rel_year(cand: Candidate, ctx: Context) -> Value | None:
    mon = _month_of(cand.group("mon"), ctx)
    base = ctx.deictic()
    if mon is None or base is None:
        return None
    off = ctx.lex.relative.get((cand.group("ry") or "").lower(), 0)
    value, interval = cal.month(base.year + off, mon)
    return Value(TimexType.DATE, value, interval)


_SEASON_TRIGGERS = frozenset(
    "the this last next in during early late mid of since until by through that each every past coming"
    " into over throughout around".split()
)


def _season(cand: Candidate, ctx: Context) -> Value | None:
    code = ctx.lex.seasons.get((cand.group("season") or "").lower())
    if code is None:
        return None
    text = cand.match.group(0)
    year_tok = cand.group("year")
    before = ctx.text[max(0, cand.start - 12) : cand.start]
    prev = re.search(r"([A-Za-z]+)[\s-]*$", before)
    prev_word = prev.group(1).lower() if prev else ""
    has_the = text.lower().startswith("the")
    if not year_tok and not has_the and prev_word not in _SEASON_TRIGGERS:
        return None  # "prices fall", "spring into action"
    if has_the and not year_tok:
        after = ctx.text[cand.end : cand.end + 4]
        if after.startswith(" of") or prev_word not in _SEASON_TRIGGERS:
            return None  # "the fall of Rome"
    base = ctx.deictic()
    if year_tok:
        y = int(year_tok)
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{code}")
    else:
        direction, _ = _direction(cand, ctx)
        y = base.year
        if code == "WI" and base.month <= 2:
            y -= 1
        if direction is Direction.PAST and cal.SEASON_START[code] > base.month and code != "WI":
            y -= 1
    value, interval = cal.season(y, code)
    return Value(TimexType.DATE, value, interval)


def _weekday(cand: Candidate, ctx: Context) -> Value | None:
    tok = cand.group("wd") or ""
    wd = _weekday_of(tok, ctx)
    if wd is None or not tok.lower().endswith("day"):
        return None
    after = ctx.text[cand.end : cand.end + 24].lower()
    if any(re.match(rf"\s+{re.escape(w)}\b", after) for w in ctx.lex.weekday_not_before):
        return None  # "Sunday Times"
    if ctx.text[cand.end : cand.end + 1] == "s" or ctx.text[cand.end : cand.end + 2] in (
        "’ ",
        "' ",
    ):
        return None
    prev = re.search(r"([A-Za-z]+)\s+$", ctx.text[max(0, cand.start - 16) : cand.start])
    if prev and prev.group(1).lower() in ctx.lex.weekday_not_after:
        return None  # "Bloody Sunday"
    d, direction, cue = _resolve_weekday(wd, cand, ctx)
    end = _trim_possessive(ctx.text, cand.start, cand.end)
    if d is None:
        return Value(TimexType.DATE, f"XXXX-WXX-{wd}", direction=direction, cue=cue, end=end)
    # "Friday night": TempEval-3 data values the day (DATE), not the part of day
    return replace(_date_value(d, direction, cue), end=end)


def _trim_possessive(text: str, start: int, end: int) -> int:
    """TimeML leaves the clitic out: "[Thursday]'s ruling"."""
    return end - 2 if text[start:end].endswith(("'s", "’s")) else end


def _dayword(cand: Candidate, ctx: Context) -> Value | None:
    tok = " ".join((cand.group("dw") or "").lower().split())
    offset = ctx.lex.day_words.get(tok)
    if offset is None:
        return None
    base = ctx.deictic()
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    if base is None:
        return Value(TimexType.DATE, "XXXX-XX-XX", direction=direction, cue=tok)
    d = base + timedelta(days=offset)
    pod = _pod_code(cand.group("pod"), ctx) or ("NI" if tok == "tonight" else None)
    end = _trim_possessive(ctx.text, cand.start, cand.end)
    if pod:
        return replace(_part_of_day(d, pod, ctx, direction, tok), end=end)
    return replace(_date_value(d, direction, tok), end=end)


def _this_pod(cand: Candidate, ctx: Context) -> Value | None:
    this = " ".join((cand.group("this") or "").lower().split())
    pod = _pod_code(cand.group("pod"), ctx)
    if pod is None:
        return None
    if this == "every":
        return Value(TimexType.SET, f"XXXX-XX-XXT{pod}")
    base = ctx.anaphoric() if this in ("that", "the same") else ctx.deictic()
    if base is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{pod}")
    if this == "last":
        d = base - timedelta(days=1) if pod in ("NI", "EV") else base - timedelta(days=1)
        return _part_of_day(d, pod, ctx, Direction.PAST, this)
    return _part_of_day(base, pod, ctx, Direction.PRESENT, this)


def _fixed_zone(token: str | None, ctx: Context) -> tzinfo | None:
    if not token:
        return None
    off = ctx.lex.zones.get(token.lower())
    if off is None:
        return None
    sign = -1 if off.startswith("-") else 1
    hh, mm = off[1:].split(":")
    return timezone(sign * timedelta(hours=int(hh), minutes=int(mm)), token.upper())


def _clock(
    d: date,
    hour: int,
    minute: int,
    zone: tzinfo | None,
    ctx: Context,
    direction: Direction = Direction.NONE,
    cue: str | None = None,
) -> Value | None:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    tz = zone or ctx.tz
    start = datetime.combine(d, time(hour, minute), tz)
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}"
    if zone is not None:
        off = start.utcoffset() or timedelta(0)
        sign = "-" if off < timedelta(0) else "+"
        secs = abs(int(off.total_seconds()))
        value += f"{sign}{secs // 3600:02d}:{secs % 3600 // 60:02d}"
    interval = Interval(start, start + timedelta(minutes=1), Granularity.TIME)
    return Value(TimexType.TIME, value, interval, Granularity.TIME, direction, cue)


def _time(cand: Candidate, ctx: Context) -> Value | None:
    hour: int
    minute = 0
    if cand.group("cw"):
        hour = ctx.lex.clock_words.get((cand.group("cw") or "").lower(), 12)
    elif cand.group("hm"):
        hour = int(cand.group("hm") or 0) % 12
        if (cand.group("mpod") or "").lower() != "morning":
            hour += 12
    elif cand.group("h24"):
        hour, minute = int(cand.group("h24") or 0), int(cand.group("m24") or 0)
    else:
        hour = int(cand.group("h") or 0)
        minute = int(cand.group("m") or 0)
        if hour > 12 or hour == 0:
            return None
        pm = (cand.group("ampm") or "").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    zone = _fixed_zone(cand.group("zone"), ctx)
    day_tok = cand.group("wd")
    direction, cue = Direction.NONE, None
    d: date | None
    if day_tok:
        low = day_tok.lower()
        if low in ctx.lex.day_words:
            base = ctx.deictic()
            d = base + timedelta(days=ctx.lex.day_words[low]) if base else None
            cue = low
        else:
            wd = _weekday_of(day_tok, ctx)
            if wd is None:
                return None
            d, direction, cue = _resolve_weekday(wd, cand, ctx)
    else:
        d = ctx.anaphoric() if ctx.narrative else ctx.deictic()
    if d is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    return _clock(d, hour, minute, zone, ctx, direction, cue)


# --- handlers: durations, offsets, sets, vague ---------------------------------------


def _unit_code(unit: str, ctx: Context) -> str | None:
    return ctx.lex.units.get(unit.lower())


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN")}


def _duration_value(n: float | None, code: str) -> str:
    """``P3D``, ``PT5H``, ``P10Y`` (decade), ``PXW`` when vague, ``PT5H30M`` for 5 1/2 hours."""
    mult = re.match(r"(\d+)(\w+)", code)
    if mult:
        k, letter = int(mult.group(1)), mult.group(2)
        n = None if n is None else n * k
        code = letter
    is_time = code in ("H", "S", "MIN")
    prefix = "PT" if is_time else "P"
    if n is not None and n != int(n) and code in _SMALLER:
        whole = int(n)
        k, small = _SMALLER[code]
        rest = round((n - whole) * k)
        small_letter = "M" if small == "MIN" else small
        if whole == 0:
            return _duration_value(rest, small)
        sep = "T" if small in ("H", "MIN") and not is_time else ""
        return f"{prefix}{whole}{code}{sep}{rest}{small_letter}"
    return prefix + _fmt_number(n) + code


def _duration(cand: Candidate, ctx: Context) -> Value | None:
    unit = (cand.group("unit") or "").lower()
    num_tok = " ".join((cand.group("num") or "").lower().split())
    code = _unit_code(unit, ctx)
    if code is None:
        return None
    if num_tok in ("a", "an") and unit == "second":
        return None  # "a second term"
    if (cand.group("adj") or "").lower() == "-old":
        return None  # "a 44-year-old protester" is an age, not a timex in TempEval-3 data
    if unit.startswith("quarter") and "-" in cand.match.group(0):
        return None  # "three-quarters" is a fraction
    if unit in ("minute", "minutes"):
        code = "MIN"
    n = _number(num_tok, ctx)
    if n is None and num_tok not in ctx.lex.vague_numbers:
        return None
    before = ctx.text[max(0, cand.start - 20) : cand.start].lower()
    if num_tok in ("a", "an") and re.search(
        r"(?:\b(?:once|twice|thrice|times|per)|[\d%]|million|billion|percent)\s*$", before
    ):
        return Value(TimexType.SET, _duration_value(1, code).replace("MIN", "M"))
    if n is not None and n > 10000:
        return None
    value = _duration_value(n, code).replace("MIN", "M")
    if code == "WE":
        value = value.replace("WE", "D").replace("P1D", "P2D")
    return Value(TimexType.DURATION, value)


def _unit_range(cand: Candidate, ctx: Context) -> Value | None:
    code = _unit_code(cand.group("unit") or "", ctx)
    if code is None:
        return None
    n = _number(cand.group("num"), ctx)
    if (cand.group("unit") or "").lower().startswith("minute"):
        code = "MIN"
    return Value(TimexType.DURATION, _duration_value(n, code).replace("MIN", "M"), mod="APPROX")


_ANAPHORIC_DIRS = ("earlier", "later", "previously")


def _ago(cand: Candidate, ctx: Context) -> Value | None:
    unit = (cand.group("unit") or "").lower().rstrip("s") or "day"
    unit = {"centurie": "century", "night": "day", "fortnight": "week"}.get(unit, unit)
    dirword = " ".join((cand.group("dir") or cand.group("dir2") or "").lower().split())
    sign = -1 if dirword in ("ago", "earlier", "previously") else 1
    n = _number(cand.group("num"), ctx)
    direction = Direction.PAST if sign < 0 else Direction.FUTURE
    anaphoric = dirword in _ANAPHORIC_DIRS
    base = ctx.anaphoric() if anaphoric else ctx.deictic()
    if n is None:
        return Value(
            TimexType.DATE,
            "PAST_REF" if sign < 0 else "FUTURE_REF",
            None,
            Granularity.VAGUE,
            direction,
            dirword,
        )
    if base is None:
        return Value(
            TimexType.DATE,
            _unknown(cal.UNIT_GRANULARITY.get(unit, Granularity.DAY)),
            direction=direction,
            cue=dirword,
        )
    k = int(n) if n == int(n) else None
    if k is None:
        return None
    if unit in ("hour", "minute", "second"):
        # "an hour later": TempEval-3 tags the amount, a DURATION
        code = "MIN" if unit == "minute" else _unit_code(unit, ctx) or "H"
        end = cand.match.end("unit")
        return Value(TimexType.DURATION, _duration_value(n, code).replace("MIN", "M"), end=end)
    if (
        unit == "year"
        and k == 1
        and ctx.last is not None
        and ctx.last.granularity is Granularity.QUARTER
        and _same_sentence(ctx, ctx.last, cand)
    ):
        # "third-quarter profit rose from a year ago": the year-ago quarter (TimeML anchoring)
        shifted = _shift_timex(ctx.last, sign * k)
        if shifted is not None:
            return replace(shifted, direction=direction, cue=dirword)
    if unit not in cal.UNIT_GRANULARITY:
        return None
    if unit == "week":
        value, interval = cal.week(base + timedelta(weeks=sign * k))
    elif unit == "day":
        value, interval = cal.day(base + timedelta(days=sign * k))
    elif unit == "month":
        d = cal.add_months(base, sign * k)
        value, interval = cal.month(d.year, d.month)
    elif unit == "decade":
        value, interval = cal.year(base.year + 10 * sign * k)
    elif unit == "century":
        value, interval = cal.year(base.year + 100 * sign * k)
    else:
        value, interval = cal.shift(base, unit, sign * k)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=dirword)


def _same_sentence(ctx: Context, prev: Timex, cand: Candidate) -> bool:
    between = ctx.text[prev.end : cand.start]
    return len(between) < 200 and not re.search(r"[.!?]\s", between)


def _vague_units(cand: Candidate, ctx: Context) -> Value | None:
    rel = " ".join((cand.group("rel") or "").lower().split())
    unit = (cand.group("unit") or cand.group("unit2") or "").lower()
    code = _unit_code(unit, ctx) or "D"
    if cand.group("unit2"):
        rel = "ahead"
    if "few" in rel or "several" in rel:
        return Value(TimexType.DURATION, _duration_value(None, code))
    if "recent" in rel or rel == "past":
        return Value(TimexType.DATE, "PAST_REF", None, Granularity.VAGUE, Direction.PAST, rel)
    return Value(TimexType.DATE, "FUTURE_REF", None, Granularity.VAGUE, Direction.FUTURE, rel)


def _bare_units(cand: Candidate, ctx: Context) -> Value | None:
    code = _unit_code(cand.group("unit") or "", ctx)
    if code is None:
        return None
    return Value(TimexType.DURATION, _duration_value(None, code))


def _vague(cand: Candidate, ctx: Context) -> Value | None:
    tok = " ".join((cand.group("vague") or "").lower().split())
    if tok in ctx.lex.vague_guarded:
        return None
    value = ctx.lex.vague.get(tok)
    if value is None:
        return None
    before = ctx.text[max(0, cand.start - 8) : cand.start].lower()
    if tok == "the past" and not re.search(r"\b(?:in|of|from)\s+$", before):
        return None
    if tok == "soon" and before.endswith("as ") and ctx.text.startswith(" as", cand.end):
        return None  # "as soon as" is a conjunction
    direction = {"PAST_REF": Direction.PAST, "FUTURE_REF": Direction.FUTURE}.get(
        value, Direction.PRESENT
    )
    return Value(TimexType.DATE, value, None, Granularity.VAGUE, direction, tok)


def _set(cand: Candidate, ctx: Context) -> Value | None:
    what = (cand.group("what") or "").strip()
    every = 2 if cand.group("other") else 1
    if (wd := _weekday_of(what, ctx)) is not None:
        return Value(TimexType.SET, f"XXXX-WXX-{wd}")
    if (mon := _month_of(what, ctx)) is not None:
        return Value(TimexType.SET, f"XXXX-{mon:02d}")
    if (code := ctx.lex.seasons.get(what.lower())) is not None:
        return Value(TimexType.SET, f"XXXX-{code}")
    if (pod := _pod_code(what, ctx)) is not None:
        return Value(TimexType.SET, f"XXXX-XX-XXT{pod}")
    code = _unit_code(what, ctx)
    if code is None:
        return None
    if what.lower().startswith("minute"):
        code = "MIN"
    return Value(TimexType.SET, _duration_value(every, code).replace("MIN", "M"))


def _set_plural(cand: Candidate, ctx: Context) -> Value | None:
    wd = _weekday_of(cand.group("wd"), ctx)
    return None if wd is None else Value(TimexType.SET, f"XXXX-WXX-{wd}")


def _set_word(cand: Candidate, ctx: Context) -> Value | None:
    value = ctx.lex.set_words.get((cand.group("sw") or "").lower())
    return None if value is None else Value(TimexType.SET, value)


def _anaphor(cand: Candidate, ctx: Context) -> Value | None:
    pre = (cand.group("pre") or "").lower()
    rel = (cand.group("rel") or "").lower()
    unit = (cand.group("unit") or "").lower()
    if pre == "the" and not rel:
        if unit != "quarter":
            return None
        base = ctx.deictic()
        last = ctx.last
        if (
            last is not None
            and last.granularity is Granularity.QUARTER
            and _same_sentence(ctx, last, cand)
        ):
            return Value(TimexType.DATE, last.value, last.interval)
        if base is None:
            return None
        y, q = _reported_quarter(base)
        value, interval = cal.quarter(y, q)
        return Value(TimexType.DATE, value, interval)
    if pre == "this" and not rel:
        return None  # "this week" is the relative rule's
    offset = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    base = ctx.anaphoric()
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    cue = f"{pre} {rel}".strip()
    pod = _pod_code(unit, ctx)
    if unit == "period":
        return None
    if base is None:
        return Value(
            TimexType.DATE,
            _unknown(cal.UNIT_GRANULARITY.get(unit, Granularity.DAY)),
            direction=direction,
            cue=cue,
        )
    if pod is not None:
        return _part_of_day(base + timedelta(days=offset), pod, ctx, direction, cue)
    value, interval = cal.shift(base, unit, offset)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _week_of(cand: Candidate, ctx: Context) -> Value | None:
    mon = _month_of(cand.group("mon"), ctx)
    dom = _day_number(cand.group("day"))
    base = ctx.deictic()
    if mon is None or dom is None or base is None:
        return None
    direction, cue = _direction(cand, ctx)
    d = cal.safe_date(cal.year_for(base, mon, dom, _SIGN[direction]), mon, dom)
    if d is None:
        return None
    value, interval = cal.week(d)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _nth_week_of(cand: Candidate, ctx: Context) -> Value | None:
    """ "the first week of March": the month with mod START (TimeML 2.2.4), interval days 1-7."""
    mon = _month_of(cand.group("mon"), ctx)
    base = ctx.deictic()
    if mon is None:
        return None
    if cand.group("year"):
        y = int(cand.group("year") or 0)
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{mon:02d}")
    else:
        direction, _ = _direction(cand, ctx)
        y = cal.year_for(base, mon, None, _SIGN[direction])
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
        k = _Q_ORD.get(nth, 1)
        s = first_day + timedelta(days=7 * (k - 1))
        span = Interval(s, s + timedelta(days=7), Granularity.WEEK)
        mod = "START" if k == 1 else "MID" if k in (2, 3) else "END"
    return Value(TimexType.DATE, value, span, Granularity.WEEK, mod=mod)


def _year_end(cand: Candidate, ctx: Context) -> Value | None:
    base = ctx.deictic()
    if base is None:
        return None
    tok = (cand.group("ye") or "").lower()
    if "century" in tok:
        value, interval = cal.century(base.year // 100 + 1)
        return Value(TimexType.DATE, value, interval, mod="END")
    value, interval = cal.year(base.year)
    return Value(TimexType.DATE, value, interval, mod="END")


def _between(cand: Candidate, ctx: Context) -> Value | None:
    """ "between Monday and Wednesday": one interval (issue 3), valued by its first day."""
    wd1, wd2 = _weekday_of(cand.group("wd"), ctx), _weekday_of(cand.group("wd2"), ctx)
    if wd1 is None or wd2 is None:
        return None
    d1, direction, cue = _resolve_weekday(wd1, cand, ctx)
    if d1 is None:
        return None
    d2 = d1 + timedelta(days=(wd2 - wd1) % 7)
    val = _date_value(d1, direction, cue)
    return replace(
        val,
        interval=Interval(d1, d2 + timedelta(days=1), Granularity.DAY),
        start=cand.start + len("between "),
    )


def _holiday(cand: Candidate, ctx: Context) -> Value | None:
    name = " ".join((cand.group("hol") or "").split())
    if not name[:1].isupper():
        return None
    spec = ctx.lex.holidays.get(name.lower())
    base = ctx.deictic()
    if spec is None:
        return None
    if ctx.text[cand.end : cand.end + 8].startswith((" Island", " tree", " card", " Rising")):
        return None
    rel = (cand.group("hrel") or "").lower()
    if cand.group("year"):
        years = [int(cand.group("year") or 0)]
        direction = 0
    elif base is None:
        return None
    else:
        years = [base.year - 1, base.year, base.year + 1]
        direction = -1 if "last" in rel else 1 if "next" in rel else 0
        if direction == 0 and not rel:
            d, _ = _direction(cand, ctx)
            direction = _SIGN[d] if d in (Direction.PAST, Direction.FUTURE) else 0
        if "this" in rel:
            years = [base.year]
    days = [d for y in years if (d := holiday_date(spec, y)) is not None]
    if not days:
        return None
    if base is None or len(days) == 1:
        chosen = days[0]
    elif direction < 0:
        chosen = max((d for d in days if d < base), default=days[0])
    elif direction > 0:
        chosen = min((d for d in days if d >= base), default=days[-1])
    else:
        chosen = min(days, key=lambda d: abs((d - base).days))
    if spec.endswith("-30"):  # Ramadan: the month before Eid al-Fitr
        value, interval = cal.month(chosen.year, chosen.month)
        return Value(
            TimexType.DATE, value, Interval(chosen, chosen + timedelta(days=30), Granularity.MONTH)
        )
    return _date_value(chosen)


def holiday_date(spec: str, year: int) -> date | None:
    """The date of one holiday ``spec`` from the lexicon in ``year``."""
    if re.fullmatch(r"\d\d-\d\d", spec):
        return cal.safe_date(year, int(spec[:2]), int(spec[3:]))
    m = re.fullmatch(r"easter([+-]\d+)", spec)
    if m:
        from dateutil.easter import easter  # lazy: only texts naming Easter pay for it

        return easter(year) + timedelta(days=int(m.group(1)))
    if spec == "US:election":
        # US election day: the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    m = re.fullmatch(r"([A-Z]{2}):(.+?)(-30)?", spec)
    if m is None:
        return None
    found = _country_holiday(m.group(1), m.group(2), year)
    if found is None:
        return None
    return found - timedelta(days=30) if m.group(3) else found


@cache
def _country_holiday(country: str, name: str, year: int) -> date | None:
    import holidays  # lazy: the package is large; most texts name no holiday

    try:
        table = holidays.country_holidays(country, years=year)
    except (NotImplementedError, KeyError):
        return None
    days = sorted(d for d, n in table.items() if n.startswith(name) and d.year == year)
    return days[0] if days else None


def _vague_ago(cand: Candidate, ctx: Context) -> Value | None:
    return Value(
        TimexType.DATE, "PAST_REF", None, Granularity.VAGUE, Direction.PAST, cand.group("dir")
    )


def _long_units(cand: Candidate, ctx: Context) -> Value | None:
    """ "decades-long", "day-long": an amount (DURATION), one unit unless plural."""
    unit = (cand.group("unit") or "").lower()
    code = _unit_code(unit, ctx)
    if code is None:
        return None
    if unit == "minute":
        code = "MIN"
    plural = cand.match.group(0).lower().startswith(unit + "s")
    value = _duration_value(None if plural else 1, code).replace("MIN", "M")
    return Value(TimexType.DURATION, value)


def _spelled_number(words: str, ctx: Context) -> int:
    total = 0
    for w in words.replace("-", " ").split():
        if w not in ("and", "hundred", "thousand"):
            total += int(ctx.lex.numbers.get(w, 0))
    return total


def _spelled_year(cand: Candidate, ctx: Context) -> Value | None:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    sp = " ".join((cand.group("sp") or "").lower().split())
    if sp.startswith("nineteen"):
        y = 1900 + _spelled_number(sp[len("nineteen") :], ctx)
    else:
        y = 2000 + _spelled_number(sp[len("two thousand") :], ctx)
    value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


def _decade_word(cand: Candidate, ctx: Context) -> Value | None:
    """ "the nineties": that decade of the reference's century, or the last one's."""
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


_ENDED = re.compile(r"\s+(?:ended|ending|ends|that\s+ended|through|to\s+date)\b", re.IGNORECASE)
_UNIT_LEAD = re.compile(r"\b(?:for|in|during|of|over|throughout|this|that)\s+$", re.IGNORECASE)


def _the_unit(cand: Candidate, ctx: Context) -> Value | None:
    """ "the year", "the weekend": the unit around the anchor, as TempEval-3 data values it.

    "the year ended June 30" is an amount (DURATION P1Y); "over the weekend" is the
    weekend the clause's tense points to.
    """
    unit = (cand.group("unit") or "").lower()
    adj = (cand.group("adj") or "").strip().lower()
    after = ctx.text[cand.end : cand.end + 16]
    if unit == "year" and (_ENDED.match(after) or adj == "fiscal"):
        return Value(TimexType.DURATION, "P1Y")
    before = ctx.text[max(0, cand.start - 12) : cand.start]
    if unit != "weekend" and not _UNIT_LEAD.search(before):
        return None  # "the week before", "the month's end"
    base = ctx.deictic()
    if base is None:
        return None
    if unit == "weekend":
        direction, cue = _direction(cand, ctx)
        saturday = base + timedelta(days=6 - base.isoweekday())
        past = direction is Direction.PAST or (
            direction is Direction.NONE and base.isoweekday() <= 2
        )
        if past and base.isoweekday() < 6:
            saturday -= timedelta(days=7)
        value, interval = cal.week(saturday, weekend=True)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    value, interval = cal.shift(base, unit, 0)
    return Value(TimexType.DATE, value, interval)


def _in_the(cand: Candidate, ctx: Context) -> Value | None:
    """ "earlier in the year": the current unit, START or END (TimeML mod)."""
    base = ctx.deictic()
    if base is None:
        return None
    value, interval = cal.shift(base, (cand.group("unit") or "day").lower(), 0)
    mod = "START" if (cand.group("lt") or "").lower() == "earlier" else "END"
    return Value(TimexType.DATE, value, interval, mod=mod)


_HANDLERS: dict[str, Handler] = {
    "vague_ago": _vague_ago,
    "long_units": _long_units,
    "spelled_year": _spelled_year,
    "decade_word": _decade_word,
    "the_unit": _the_unit,
    "in_the": _in_the,
    "date_mdy": _explicit,
    "date_dmy": _explicit,
    "month_year": _month_year,
    "iso": _iso,
    "slash": _slash,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "short_year": _short_year,
    "quarter": _quarter,
    "rel_quarter": _rel_quarter,
    "relative": _relative,
    "named_month": _named_month,
    "month_rel_year": _month_rel_year,
    "season": _season,
    "weekday": _weekday,
    "dayword": _dayword,
    "this_pod": _this_pod,
    "time": _time,
    "ago": _ago,
    "duration": _duration,
    "unit_range": _unit_range,
    "vague_units": _vague_units,
    "bare_units": _bare_units,
    "vague": _vague,
    "set": _set,
    "set_plural": _set_plural,
    "set_word": _set_word,
    "holiday": _holiday,
    "anaphor": _anaphor,
    "year_ago_adj": _year_ago_adj,
    "week_of": _week_of,
    "nth_week_of": _nth_week_of,
    "year_end": _year_end,
    "between": _between,
}
