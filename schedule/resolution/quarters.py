"""Quarters and halves of (fiscal) years, the staple of business news.

TempEval-3 data values "the year-ago quarter" and "a year earlier" by the
quarter the report is about, so the last quarter named outright is remembered.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from schedule.resolution import anchor as cal
from schedule.resolution.context import (
    ORDINAL_QUARTERS,
    Context,
    Handler,
    Value,
    adjective_start,
    as_date,
    direction_of,
    longer_period_between,
    recent_quarter,
    reported,
    reported_quarter,
    shift_timex,
    two_digit_year,
)
from schedule.resolution.deictic import the_unit
from schedule.resolution.detect import Candidate
from schedule.resolution.types import Direction, Granularity, Timex, TimexType


def _year_period(cand: Candidate, ctx: Context) -> Value | None:
    """A year's period ("the 2023 period"): the quarter under discussion, in that year;
    after "the first nine months" it is that stretch, valued by its year."""
    y = int(cand.group("qyear") or 0)
    q = ctx.last_quarter
    if (
        q is not None
        and q.value[4:6] in ("-Q", "-H")
        and not longer_period_between(ctx, q.end, cand.start)
    ):
        return shift_timex(q, y - int(q.value[:4]))
    value, interval = cal.year(y)
    return Value(TimexType.DATE, value, interval)


# the last month of each quarter, as "the April-June quarter" writes it
_QUARTER_ENDS = {1: r"[-–]\s?mar", 2: r"[-–]\s?jun", 3: r"[-–]\s?sep", 4: r"[-–]\s?dec"}


def _quarter(cand: Candidate, ctx: Context) -> Value | None:
    """A named quarter or half; "the" is left out before a hyphenated modifier."""
    val = _quarter_value(cand, ctx)
    if val is None:
        return None
    return replace(val, start=adjective_start(cand))


def _quarter_value(cand: Candidate, ctx: Context) -> Value | None:
    """Named quarters and halves ("the third quarter", "fourth-quarter", "the first half of 2023").

    Without a year: this year's if that quarter has begun, else last year's
    (news reports on quarters already run).
    """
    unit = (cand.group("q") or "").lower()
    rel = " ".join((cand.group("qrel") or "").lower().split())
    ordinal = (cand.group("qord") or "").lower()
    if unit == "period" and not (cand.group("qyear") or rel):
        return None
    year_words = f"{rel} {cand.group('qyear') or cand.group('qof') or ''}".lower()
    # "this year's third quarter", "last year's" count from the writer's now (deictic);
    # a bare "the third quarter" from the story's time
    deictic = any(w in year_words for w in ("this", "last", "next", "year-ago", "year-earlier"))
    base = ctx.speech_time() if deictic else ctx.deictic()
    final = ordinal in ("final", "last")  # "the last half of 1989"
    n = (2 if unit == "half" else 4) if final else ORDINAL_QUARTERS.get(ordinal, 0)
    if months := (cand.group("qmon") or "").lower()[:3]:
        if unit != "quarter":
            return None
        n = {"jan": 1, "apr": 2, "jul": 3, "oct": 4}[months]  # "the April-June quarter"
        if not re.search(_QUARTER_ENDS[n], ordinal):
            return None  # "the April-September quarter" is no quarter
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
            direction, cue = direction_of(cand, ctx)
            current = (base.month - 1) // (6 if unit == "half" else 3) + 1
            if n > current and direction is not Direction.FUTURE:
                y -= 1  # "the fourth quarter" in a March report: last year's
            # an earlier quarter stays this year's even under a future cue: "expects to
            # report third-quarter results" in October is about the quarter just ended
    if unit == "half":
        value, interval = cal.half(y, n)
    else:
        value, interval = cal.quarter(y, n)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _rel_quarter(cand: Candidate, ctx: Context) -> Value | None:
    """Quarters named by relation ("the latest quarter", "the year-ago quarter")."""
    rel = " ".join((cand.group("qrel") or "").lower().split())
    unit = (cand.group("q") or "").lower()
    base = ctx.speech_time()  # "the latest quarter", "the year-ago period": the writer's now
    last = ctx.last
    if unit == "year" and rel == "same" and last is not None and last.interval is not None:
        # "until July 1785, and ... in the same year": the year of the date last named
        value, interval = cal.year(as_date(last.interval.start).year)
        return Value(TimexType.DATE, value, interval)
    if base is None:
        return None
    # "the year-ago quarter" names a quarter: a longer period mentioned since does not
    # make it a year
    recent_q = recent_quarter(ctx, cand, past_longer=unit == "quarter")
    # "the same period last year": the quarter being discussed, a year before
    if cand.group("ago") and recent_q and (val := _year_before(recent_q, ctx, base)):
        return val
    if rel in ("comparable", "corresponding"):
        rel = "same"
    comparative = rel in ("year-ago", "year-earlier", "prior-year", "same")
    named_q = ctx.last_quarter
    if (
        comparative
        and unit == "period"
        and recent_q is None
        and named_q is not None
        and longer_period_between(ctx, named_q.end, cand.start)
    ):
        # "For the nine months, net rose ... In the year-earlier period": that stretch a
        # year before, valued by its year like "a year earlier" after it
        value, interval = cal.year(base.year - 1 if rel != "same" else base.year)
        return Value(TimexType.DATE, value, interval)
    for period in (recent_q if unit != "year" else None, last):
        # "the year-ago quarter" follows the quarter the report is about
        if comparative and period is not None and period.granularity in _COARSE:
            val = shift_timex(period, 0) if rel == "same" else _year_before(period, ctx, base)
            if val is not None:
                return val
    if rel == "current" and unit == "quarter":
        # "the current quarter": the one under way at the reference, not the one reported
        value, interval = cal.shift(base, "quarter", 0)
        return Value(TimexType.DATE, value, interval)
    if rel in ("latest", "most recent", "recent") and recent_q and unit != "year":
        # "the latest quarter" is one already reported (``recent_quarter`` skips a quarter
        # named for the outlook, "expects the fourth quarter to ...")
        return Value(TimexType.DATE, recent_q.value, recent_q.interval)
    if unit == "year":
        if rel in ("fiscal",):
            return the_unit(cand, ctx)
        if ctx.narrative and last is not None and last.interval is not None:
            # a story's "the previous year" is the year before the one it tells
            start = last.interval.start
            base = start.date() if isinstance(start, datetime) else start
        y = (
            base.year - 1
            if rel in ("previous", "year-ago", "year-earlier", "prior-year")
            else base.year
        )
        value, interval = cal.year(y)
        return Value(TimexType.DATE, value, interval)
    if unit == "half":
        return None
    y, q = reported_quarter(base)
    if rel in ("previous",):
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    if rel in ("year-ago", "year-earlier", "prior-year") or (not rel and cand.group("ago")):
        y -= 1  # "the quarter a year ago" with no quarter named before it
    value, interval = cal.quarter(y, q)
    return Value(TimexType.DATE, value, interval)


_COARSE = (Granularity.QUARTER, Granularity.YEAR, Granularity.MONTH)


def _year_before(t: Timex, ctx: Context, base: date) -> Value | None:
    """``t``'s period a year before the reported one, or None when ``t`` is further off.

    The reported year is that of the quarter the report named outright (else the
    reference's); a period the text already moved back ("the 2023 period", "a
    year earlier") is not moved again by a following "year-earlier".
    """
    if not t.value[:4].isdigit():
        return None
    last_q = ctx.last_quarter
    # the year of the quarter reported on; one named for the outlook ("the third quarter
    # of 1990") is not it
    named = last_q.value[:4] if last_q is not None and reported(last_q, base) else ""
    year = int(named) if named.isdigit() else base.year
    back = year - 1 - int(t.value[:4])
    return shift_timex(t, back) if back in (0, -1) else None


def _year_ago_adj(cand: Candidate, ctx: Context) -> Value | None:
    """Bare "year-ago" / "year-earlier": the period under discussion, a year before.

    The period under discussion is the report's own (see :func:`_year_before`); a
    period the text already moved back ("the 1988 period") is not shifted again.
    """
    last = ctx.last
    base = ctx.speech_time()
    if base is None:
        return None
    if (
        last is not None
        and last.granularity in _COARSE
        and not (
            last.granularity is Granularity.QUARTER
            and longer_period_between(ctx, last.end, cand.start)
        )
        and (val := _year_before(last, ctx, base))
    ):
        return val
    value, interval = cal.year(base.year - 1)
    return Value(TimexType.DATE, value, interval)


def _quarter_code(cand: Candidate, ctx: Context) -> Value | None:
    """Business shorthand for quarters, halves and fiscal years ("Q3 2024", "H1", "FY2025")."""
    base = ctx.deictic()
    if cand.group("fy"):
        tok = cand.group("fyear") or ""
        y = int(tok) if len(tok) == 4 else two_digit_year(int(tok), base or date(2000, 1, 1))
        value, interval = cal.year(y)
        return Value(TimexType.DATE, value, interval)
    code = (cand.group("code") or "").lower()
    year_tok = (cand.group("year") or "").lower().replace("fy", "").strip()
    if not code[:1].isalpha() or not (cand.surface[:1].isupper() or year_tok):
        return None  # lower-case "q3" alone is too weak a signal
    n = int(code[1])
    if year_tok:
        y = (
            int(year_tok)
            if len(year_tok) == 4
            else two_digit_year(int(year_tok), base or date(2000, 1, 1))
        )
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{code.upper()}")
    else:
        current = (base.month - 1) // (3 if code[0] == "q" else 6) + 1
        y = base.year - 1 if n > current else base.year
        if n > current and direction_of(cand, ctx)[0] is Direction.FUTURE:
            y = base.year  # "we expect a recovery in Q3", said in April: this year's
    value, interval = cal.quarter(y, n) if code[0] == "q" else cal.half(y, n)
    return Value(TimexType.DATE, value, interval)


# detection rule -> handler (see normalize.resolve)
HANDLERS: dict[str, Handler] = {
    "quarter_code": _quarter_code,
    "quarter": _quarter,
    "rel_quarter": _rel_quarter,
    "year_ago_adj": _year_ago_adj,
    "year_period": _year_period,
}
