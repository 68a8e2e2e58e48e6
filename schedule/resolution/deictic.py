"""Expressions anchored to "now" or to the story: weekdays, "last week",
"next March", "this summer", "two weeks ago", "the following day".

News mode anchors to the publication date; anaphora ("the following day",
"two days later") and narrative mode anchor to the last resolved date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache

from schedule.resolution import anchor as cal
from schedule.resolution.amounts import duration_value, unit_code
from schedule.resolution.context import (
    ANAPHORIC_STEPS,
    MONTH_WINDOW,
    NARRATIVE_MONTH_WINDOW,
    SIGN,
    SIGN_DIRECTION,
    Context,
    Handler,
    Value,
    as_date,
    cue_of,
    date_value,
    day_number,
    direction_of,
    era_of,
    in_past_period,
    is_habitual,
    month_of,
    names_a_weekday,
    parse_number,
    part_of_day,
    pod_code,
    recent_quarter,
    reported_quarter,
    resolve_weekday,
    shift_timex,
    trim_possessive,
    unknown_value,
    weekday_of,
    within_writers_tense,
)
from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import load
from schedule.resolution.types import Direction, Granularity, Interval, TimexType

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


_STRETCH_UNITS = {"week": "P1W", "month": "P1M", "year": "P1Y"}
_OF_OR_POSSESSIVE = re.compile(r"\s+of\b|['’]s\b")


def _relative(cand: Candidate, ctx: Context) -> Value | None:
    """this / next / last / coming / past + a unit, weekday, month or season.

    "the following week" and "the previous day" are anaphoric (last resolved
    date); the rest are deictic (publication date, or the story's now).
    """
    rel = " ".join((cand.group("rel") or "").lower().split())
    what = " ".join((cand.group("what") or "").split())
    offset = ctx.lex.relative.get(rel)
    if offset is None:
        return None
    anaphoric = rel in _ANAPHORIC_REL
    in_days = what.lower() in ("day", "night", "morning", "afternoon", "evening")
    base = ctx.anaphoric(day=in_days) if anaphoric else ctx.speech_time()
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    cue = cand.group("rel")
    low = what.lower()
    unit = {"fiscal year": "year"}.get(low, low)
    if unit in ("week", "weekend", "month", "year") and what[:1].isupper():
        return None  # "This Week With David Brinkley": a title
    if unit in ("decade", "century") and offset < 0:
        # "over the past decade": a stretch up to now (TimeML DURATION)
        return Value(TimexType.DURATION, "P10Y" if unit == "decade" else "P100Y")
    if (
        unit in _STRETCH_UNITS
        and rel in ("the past", "the last")
        and not _OF_OR_POSSESSIVE.match(ctx.text, cand.end)
    ):
        # "over the past year", "for the last week": the stretch up to now, not the
        # calendar unit before this one (a DURATION to every independent annotator)
        return Value(TimexType.DURATION, _STRETCH_UNITS[unit])
    if unit == "year" and offset == -1 and (q := recent_quarter(ctx, cand)) is not None:
        before = ctx.text[max(0, cand.start - 40) : cand.start].lower()
        after = _YEARS_FIGURE.match(ctx.text, cand.end)
        if after or re.search(r"(?:million|billion|cents|share|%|\d)[,)]?\s+$", before):
            # "a loss of $3 million last year", "up from last year's $1.55 billion": the
            # figure compared is the same quarter's, a year before; "last year's
            # quarter" names it, one TIMEX3 (TimeML guidelines: the whole noun phrase)
            shifted = shift_timex(q, -1)
            if shifted is not None:
                end = after.end() if after and after.group("noun") else None
                return replace(shifted, direction=direction, cue=cue, end=end)
    if unit in cal.UNIT_GRANULARITY:
        if base is None:
            return Value(
                TimexType.DATE,
                unknown_value(cal.UNIT_GRANULARITY[unit]),
                direction=direction,
                cue=cue,
            )
        if unit == "weekend" and "coming" in rel and base.isoweekday() < 6:
            offset = 0  # "the coming weekend" said on a Thursday: the next one, two days on
        value, interval = cal.shift(base, unit, offset)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    if (wd := weekday_of(what, ctx)) is not None:
        if base is None:
            return None
        if offset == 0:
            # "this Thursday": the coming one, unless the clause is past ("this Monday,
            # the minister said") or it is today
            tense, tense_cue = direction_of(cand, ctx)
            past = tense is Direction.PAST and "coming" not in rel
            d = cal.weekday_from(base, wd, -1 if past else 1)
            if past:
                direction, cue = Direction.PAST, tense_cue or cue
        else:
            d = (
                base + timedelta(weeks=offset)  # "last Friday" said on a Friday: a week ago
                if base.isoweekday() == wd
                else cal.weekday_from(base, wd, offset)
            )
        return date_value(d, direction, cue)
    if (mon := month_of(what, ctx)) is not None:
        if base is None:
            return None
        value, interval = cal.month(cal.named_month_year(base, mon, offset), mon)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    if (code := ctx.lex.seasons.get(low)) is not None:
        if base is None:
            return None
        value, interval = cal.season(cal.named_season_year(base, code, offset), code)
        return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)
    return None


# a verb of saying or thinking right before "that": a complementiser, not "that November"
_COMPLEMENTISER = re.compile(
    r"\b(?:said|says|say|told|added|noted|warned|thought|believed|knew|argued|so|such)\s+$",
    re.IGNORECASE,
)


def _named_month(cand: Candidate, ctx: Context, *, plain: bool = False) -> Value | None:
    """A bare month name ("in March"): nearest year unless tense points elsewhere.

    "May" and "March" are verbs and names too: they need a preposition or
    determiner before them and no capitalised name after them.
    """
    tok = cand.group("mon") or ""
    mon = month_of(tok, ctx)
    if mon is None:
        return None
    low = tok.lower()
    if cand.group("that") is not None and not plain:
        # "that November" (TimeML anaphora): the month of the year last named; "said that
        # November was wet" is a complementiser: the month alone, as without it
        anchor = ctx.anaphoric()
        if (
            anchor is None
            or anchor == ctx.reference
            or _COMPLEMENTISER.search(ctx.text, max(0, cand.start - 24), cand.start)
        ):
            val = _named_month(replace(cand, start=cand.match.start("mon")), ctx, plain=True)
            return replace(val, start=cand.match.start("mon")) if val is not None else None
        value, interval = cal.month(anchor.year, mon)
        return Value(TimexType.DATE, value, interval)
    if cand.group("ofthat") is not None and (anchor := ctx.anaphoric()) is not None:
        value, interval = cal.month(anchor.year, mon)
        return Value(TimexType.DATE, value, interval)
    before = ctx.text[max(0, cand.start - 16) : cand.start]
    prev = re.search(r"([A-Za-z]+)[\s-]*$", before)
    prev_word = prev.group(1).lower() if prev else ""
    after = ctx.text[cand.end : cand.end + 2]
    ambiguous = low in ctx.lex.ambiguous_months or low.endswith(".")
    if ambiguous and prev_word not in ctx.lex.month_triggers:
        return None  # "May" the verb, "March" the verb or the name, "Jan" a name
    if (
        after[:1] == " "
        and ctx.text[cand.end + 1 : cand.end + 2].isupper()
        and prev_word not in ("in", "since", "until", "of", "by")
    ):
        return None  # "March Madness", "August Wilson"
    if (
        name := re.match(
            r"\s+(?:for|on|of|to|against)\s+(?:the\s+)?([A-Z]\w*)",
            ctx.text[cand.end : cand.end + 24],
        )
    ) and month_of(name.group(1), ctx) is None:
        # "the March for Peace", "the March on Washington": a name; but "from June to
        # September" is a span of months
        return None
    if is_habitual(cand, ctx):
        return Value(TimexType.DATE, f"XXXX-{mon:02d}")  # "usually runs from May to ..."
    back = cue_of(cand, ctx).direction is Direction.PAST  # "had ... in June"
    if (story_year := ctx.story_year(mon, back=back)) is not None:
        value, interval = cal.month(story_year, mon)  # "In 1941 ... in June"
        return Value(TimexType.DATE, value, interval)
    base = ctx.deictic()
    if base is None:
        return Value(TimexType.DATE, f"XXXX-{mon:02d}")
    direction, cue = direction_of(cand, ctx)
    if cue is not None and cue.endswith("ing") and direction is Direction.FUTURE:
        # the progressive is futurate only with a near, specific time ("is meeting on
        # Thursday"), not with a month ("is continuing ... under a June agreement")
        direction, cue = Direction.NONE, None
    elif direction is Direction.FUTURE and (cue or "").lower() in ctx.lex.cues["future_in_past"]:
        # "threatened to boycott a session in October": ahead of the threat, which
        # may itself lie months back; the nearest October
        direction = Direction.NONE
    # a story's tenses narrate; they move a month to another year only when the
    # nearest reading is half a year off ("By June the French had lost...")
    window = NARRATIVE_MONTH_WINDOW if ctx.narrative else MONTH_WINDOW
    y = cal.year_for(base, mon, None, SIGN[direction], window)
    y = in_past_period(ctx, cand.start, mon, None, direction, y)
    y = within_writers_tense(cand, ctx, mon, None, y)
    strictly_past = cue is not None and cue.lower() in ctx.lex.cues["strictly_past"]
    if strictly_past and (y, mon) > (base.year, base.month):
        y -= 1  # "cases since January" written in December: this year's January
    value, interval = cal.month(y, mon)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


def _month_rel_year(cand: Candidate, ctx: Context) -> Value | None:
    """A month of a relative year ("January this year", "June last year")."""
    mon = month_of(cand.group("mon"), ctx)
    base = ctx.speech_time()
    if mon is None or base is None:
        return None
    off = ctx.lex.relative.get((cand.group("ry") or "").lower(), 0)
    dom = day_number(cand.group("rday") or cand.group("rday2"))
    if dom is not None:  # "3 March last year", "March 3 last year"
        d = cal.safe_date(base.year + off, mon, dom)
        return date_value(d) if d is not None else None
    value, interval = cal.month(base.year + off, mon)
    return Value(TimexType.DATE, value, interval)


_SEASON_TRIGGERS = frozenset(
    {
        "the", "this", "last", "next", "in", "during", "early", "late", "mid", "of", "since",
        "until", "by", "through", "that", "each", "every", "past", "coming", "into", "over",
        "throughout", "around",
    }
)  # fmt: skip


def _days_off(interval: Interval, day: date) -> int:
    """How many days ``day`` lies outside ``interval`` (0 inside it)."""
    start, end = interval.start, interval.end
    start = start.date() if isinstance(start, datetime) else start
    end = end.date() if isinstance(end, datetime) else end
    return max((start - day).days, (day - end).days + 1, 0)


def _season(cand: Candidate, ctx: Context) -> Value | None:
    """A season ("this summer", "the spring of 2019", "in the autumn").

    "fall" and "spring" are also verbs: a bare season needs a determiner or
    preposition, and "the fall of Rome" is not a date.
    """
    code = ctx.lex.seasons.get((cand.group("season") or "").lower())
    if code is None:
        return None
    text = cand.surface
    if cand.group("ey"):  # "the spring of 218 BC"
        era, digits = era_of(cand, ctx), int(cand.group("ey") or 0)
        if era == "BC" and digits:
            return Value(TimexType.DATE, f"BC{digits:04d}-{code}", None, Granularity.SEASON)
        if era != "AD" or not digits:
            return None
        value, interval = cal.season(digits, code)
        return Value(TimexType.DATE, value, interval)
    year_tok = cand.group("year")
    before = ctx.text[max(0, cand.start - 12) : cand.start]
    prev = re.search(r"([A-Za-z]+)[\s-]*$", before)
    prev_word = prev.group(1).lower() if prev else ""
    if cand.group("that") and not year_tok:
        # "married that summer": the season of the year last named (TimeML anaphora)
        anchor = ctx.anaphoric()
        if anchor is None:
            return Value(TimexType.DATE, f"XXXX-{code}")
        value, interval = cal.season(anchor.year, code)
        return Value(TimexType.DATE, value, interval)
    has_the = text.lower().startswith("the")
    if not year_tok and not has_the and prev_word not in _SEASON_TRIGGERS:
        return None  # "prices fall", "spring into action"
    if has_the and not year_tok:
        after = ctx.text[cand.end : cand.end + 4]
        if after.startswith(" of") or prev_word not in _SEASON_TRIGGERS:
            return None  # "the fall of Rome"
    if not year_tok and is_habitual(cand, ctx):
        return Value(TimexType.DATE, f"XXXX-{code}")  # "the rains usually come in the spring"
    base = ctx.deictic()
    story_year = ctx.story_year()
    if year_tok:
        y = int(year_tok)
    elif story_year is not None:
        y = story_year  # "In 1944 ... in the spring"
    elif base is None:
        return Value(TimexType.DATE, f"XXXX-{code}")
    else:
        direction, _ = direction_of(cand, ctx)
        y = base.year
        if code == "WI" and base.month <= 2:
            y -= 1
        if direction is Direction.PAST and cal.SEASON_START[code] > base.month and code != "WI":
            y -= 1
        elif direction is Direction.FUTURE and cal.season(y, code)[1].end <= base:
            y += 1  # "could follow in spring", written in November: next year's
        elif direction is Direction.NONE:
            y = min((y - 1, y, y + 1), key=lambda n: _days_off(cal.season(n, code)[1], base))
    value, interval = cal.season(y, code)
    return Value(TimexType.DATE, value, interval)


@cache
def _not_before(language: str) -> re.Pattern[str]:
    """Words that make a weekday a name ("Sunday Times", "Monday Night Football")."""
    words = load(language).weekday_not_before
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, words))})\b")


# "last year's $1.55 billion" (a figure), "last year's quarter" (the period itself)
_YEARS_FIGURE = re.compile(
    r"['’]s\s+(?:(?P<noun>quarter|period)\b|(?:[$#£€]|C\$|US\$)?\d)", re.IGNORECASE
)


@cache
def _plural_partner(language: str) -> re.Pattern[str]:
    """A partner weekday with a plural part of day after a weekday ("and Tuesday nights")."""
    lex = load(language)
    days = "|".join(re.escape(w) for w in lex.weekdays if w.endswith("day"))
    parts = "|".join(re.escape(p) for p in lex.parts_of_day)
    return re.compile(rf"\s+(?:and|or)\s+(?:{days})\s+(?P<part>{parts})s\b", re.IGNORECASE)


# a weekday coordinated with "every <weekday>" recurs like it
_EVERY_PARTNER = re.compile(r"\b[Ee]very\s+(?:\w+day,?\s+)+(?:and|or)\s+$|\b[Ee]very\s+\w+day,\s+$")


def _shared_plural_part(cand: Candidate, ctx: Context) -> str | None:
    """The part-of-day code a weekday shares with a plural partner ("Monday and Tuesday
    nights" -> "NI"), else None."""
    m = _plural_partner(ctx.language).match(ctx.text, cand.end, cand.end + 40)
    return pod_code(m.group("part"), ctx) if m else None


def _weekday(cand: Candidate, ctx: Context) -> Value | None:
    """A bare weekday, resolved by the tense and modality of its clause."""
    tok = cand.group("wd") or ""
    wd = weekday_of(tok, ctx)
    if wd is None or not tok.lower().endswith("day"):
        return None
    after = ctx.text[cand.end : cand.end + 24].lower()
    if _not_before(ctx.language).match(after):
        return None  # "Sunday Times"
    if ctx.text[cand.end : cand.end + 1] == "s" or ctx.text[cand.end : cand.end + 2] in (
        "’ ",
        "' ",
    ):
        return None
    prev = re.search(r"([A-Za-z]+)\s+$", ctx.text[max(0, cand.start - 16) : cand.start])
    if prev and prev.group(1).lower() in ctx.lex.weekday_not_after:
        return None  # "Bloody Sunday"
    if re.search(r"\bMail\s+on\s+$", ctx.text[max(0, cand.start - 12) : cand.start]):
        return None  # "The Mail on Sunday": a newspaper
    pod = pod_code(cand.group("pod"), ctx)
    if pod is not None and cand.group("every"):
        # "Tuesday nights": every Tuesday night, a SET (TimeML 2.2.4)
        return Value(TimexType.SET, f"XXXX-WXX-{wd}T{pod}")
    if pod is None and _EVERY_PARTNER.search(ctx.text, max(0, cand.start - 40), cand.start):
        return Value(TimexType.SET, f"XXXX-WXX-{wd}")  # "every Tuesday and [Friday]"
    if pod is None and (shared := _shared_plural_part(cand, ctx)) is not None:
        # "on Monday and Tuesday nights": the plural part of day is Monday's too, so
        # Monday is a SET like its partner (TimeML 2.2.4, distributed over the pair)
        return Value(TimexType.SET, f"XXXX-WXX-{wd}T{shared}")
    d, direction, cue = resolve_weekday(wd, cand, ctx)
    end = trim_possessive(ctx.text, cand.start, cand.end)
    if d is None:
        return Value(TimexType.DATE, f"XXXX-WXX-{wd}", direction=direction, cue=cue, end=end)
    if pod is not None and end == cand.end:
        # "Friday morning": a TIME valued with the day's part (TimeML guidelines 2.2.3,
        # "1998-02-13TMO"), like "this morning"; "Friday's" has no part of day
        return part_of_day(d, pod, ctx, direction, cue)
    return replace(date_value(d, direction, cue), end=end)


def _dayword(cand: Candidate, ctx: Context) -> Value | None:
    """Day words ("today", "tomorrow", "yesterday", "tonight"), with any part of day."""
    raw = cand.group("dw") or ""
    tok = " ".join(raw.lower().split())
    offset = ctx.lex.day_words.get(tok)
    if raw[:1].isupper() and re.search(
        r"\b[A-Z][\w.]*[A-Za-z]\s+$", ctx.text[max(0, cand.start - 12) : cand.start]
    ):
        return None  # "VOA Today", "USA Today": a name
    if offset is None:
        return None
    story_long_ago = (
        ctx.narrative
        and ctx.reference is not None
        and (story := ctx.deictic()) is not None
        and story < ctx.reference - timedelta(days=366)
    )
    if (
        tok == "today"
        and (ctx.reference is None or story_long_ago)
        and not _quoted(ctx.text, cand.start)
    ):
        # "She resigned in 2010 and today lives in Boston", "historians today regard the
        # congress": a history says "today" of the present in general (TimeML
        # PRESENT_REF), not of its date of writing nor of the story's last day; inside a
        # quotation it is the speaker's day
        return Value(TimexType.DATE, "PRESENT_REF", None, Granularity.VAGUE, Direction.PRESENT, tok)
    base = ctx.speech_time()
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    if base is None:
        return Value(TimexType.DATE, "XXXX-XX-XX", direction=direction, cue=tok)
    end = trim_possessive(ctx.text, cand.start, cand.end)
    after = re.match(r"\s+([a-z]+)", ctx.text[cand.end : cand.end + 20])
    if (
        tok == "today"
        and end < cand.end
        and after
        and after.group(1) in ctx.lex.generic_after_today
    ):
        # "today's world": the present in general (TimeML PRESENT_REF), not 5 March
        return Value(
            TimexType.DATE, "PRESENT_REF", None, Granularity.VAGUE, Direction.PRESENT, tok, end=end
        )
    d = base + timedelta(days=offset)
    pod = pod_code(cand.group("pod"), ctx) or ("NI" if tok == "tonight" else None)
    if pod:
        return replace(part_of_day(d, pod, ctx, direction, tok), end=end)
    return replace(date_value(d, direction, tok), end=end)


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    if before.count("“") > before.count("”"):
        return True
    return (before.count('"') + before.count("``") - before.count("''")) % 2 == 1


def _narrowed_pod(cand: Candidate, ctx: Context) -> Value | None:
    """ "mid afternoon", "late morning yesterday", "(in) the morning": a TIME on the day
    named, else on the day the text is talking about (TimeML 2.2.3 part-of-day values,
    ``mod`` MID/START/END).
    """
    pod = pod_code(cand.group("pod2"), ctx)
    following = cand.group("pnext")
    if pod is None or (following is not None and not following.isupper()):
        return None  # "in the afternoon session"; but "In the afternoon Merz is due to"
    mod = ctx.lex.mods.get((cand.group("pmod") or "").lower())
    day_word = (cand.group("pday") or "").lower()
    offset = ctx.lex.day_words.get(day_word) if day_word else None
    base = ctx.speech_time() if offset is not None else ctx.anaphoric()
    if base is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{pod}", mod=mod)
    direction = Direction.PAST if (offset or 0) < 0 else Direction.PRESENT
    cue = day_word or None
    if offset is None and not ctx.narrative and (cand.group("pmod") or "").lower() == "the":
        tense, tense_cue = direction_of(cand, ctx)
        if tense is Direction.FUTURE and (day := ctx.recent_future_day(cand.start)) is not None:
            # "a summit on July 24. They are expected to meet Xi in the morning": the
            # morning of the day just set (TimeML: anchored to the nearest antecedent)
            base, direction, cue = day, Direction.FUTURE, tense_cue
        elif tense is Direction.FUTURE and ctx.reference is not None:
            # "will leave in the morning": the next morning, seen from the report
            base, offset, direction, cue = ctx.reference, 1, Direction.FUTURE, tense_cue
        elif tense is Direction.PAST and ctx.reference is not None and base > ctx.reference:
            # "Rengo will report on Friday. The yen weakened in the afternoon": what is
            # done was not on a day still to come; the report's own day
            base, direction, cue = ctx.reference, Direction.PAST, tense_cue
    d = base + timedelta(days=offset or 0)
    return replace(part_of_day(d, pod, ctx, direction, cue), mod=mod)


def _this_pod(cand: Candidate, ctx: Context) -> Value | None:
    """Parts of day ("this morning", "last night", "that evening"): TIMEs like 2025-03-05TMO."""
    this = " ".join((cand.group("this") or "").lower().split())
    if cand.group("pmod"):
        return _narrowed_pod(cand, ctx)
    pod = pod_code(cand.group("pod"), ctx)
    if pod is None:
        return None
    if this == "every":
        return Value(TimexType.SET, f"XXXX-XX-XXT{pod}")
    base = ctx.anaphoric(day=True) if this in ("that", "the same") else ctx.speech_time()
    if base is None:
        return Value(TimexType.TIME, f"XXXX-XX-XXT{pod}")
    if this == "last":
        return part_of_day(base - timedelta(days=1), pod, ctx, Direction.PAST, this)
    return part_of_day(base, pod, ctx, Direction.PRESENT, this)


def _ago(cand: Candidate, ctx: Context) -> Value | None:
    """Counted offsets ("two weeks ago", "a year earlier", "three days later").

    "ago" counts from the publication date, "earlier"/"later" from the last
    resolved date (TimeML anaphora). The granularity follows the unit, except
    that "a year ago" next to a named quarter is that quarter a year before.
    """
    unit = (cand.group("unit") or "").lower().rstrip("s") or "day"
    unit = {"centurie": "century", "night": "day", "fortnight": "week"}.get(unit, unit)
    dirword = " ".join((cand.group("dir") or cand.group("dir2") or "").lower().split())
    sign = ctx.lex.ago.get(dirword) or ctx.lex.anaphoric_offsets.get(dirword) or -1
    n = parse_number(cand.group("num"), ctx)
    direction = Direction.PAST if sign < 0 else Direction.FUTURE
    anaphoric = dirword in ctx.lex.anaphoric_offsets
    in_days = unit in ("day", "hour", "minute")
    base = ctx.anaphoric(day=in_days) if anaphoric else ctx.speech_time()
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
            unknown_value(cal.UNIT_GRANULARITY.get(unit, Granularity.DAY)),
            direction=direction,
            cue=dirword,
        )
    k = int(n) if n == int(n) else None
    if k is None:
        return None
    if (cand.group("unit") or "").lower().startswith("fortnight"):
        k *= 2  # "a fortnight ago": two weeks
    if unit in ("hour", "minute", "second"):
        # "an hour later", "three days later": TempEval-3 tags the amount, a DURATION
        code = "MIN" if unit == "minute" else unit_code(unit, ctx) or "H"
        end = cand.match.end("unit")
        return Value(TimexType.DURATION, duration_value(n, code).replace("MIN", "M"), end=end)
    if unit == "year" and k == 1 and (q := recent_quarter(ctx, cand)) is not None:
        # "third-quarter profit rose from a year ago": the year-ago quarter (TimeML anchoring)
        shifted = shift_timex(q, sign * k)
        if shifted is not None:
            return replace(shifted, direction=direction, cue=dirword)
    if unit not in cal.UNIT_GRANULARITY:
        return None
    day_before = ctx.last is not None and ctx.last.granularity is Granularity.DAY
    if unit == "week" and anaphoric and ctx.narrative and day_before:
        # "on 11 April ... reached the army a week later": a story counts weeks from
        # its day to a day (every narrative annotator; in news, "a week earlier" is
        # the week)
        value, interval = cal.day(base + timedelta(weeks=sign * k))
    elif unit == "week":
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


def _anaphor_base(unit: str, ctx: Context) -> date | None:
    """The antecedent an anaphor in ``unit`` counts from: the last day for days; for
    longer units ("later that year" after "in June 1998") the last date named, of any
    granularity, not the last full day (TimeML anchors to the nearest antecedent)."""
    last = ctx.last.interval if ctx.last is not None else None
    if unit in ("week", "weekend", "month", "quarter", "year", "decade") and last is not None:
        return last.start.date() if isinstance(last.start, datetime) else last.start
    return ctx.anaphoric()


def _anaphor(cand: Candidate, ctx: Context) -> Value | None:
    """Anaphora ("the following day", "that week", "the same day", "the next morning")."""
    pre = (cand.group("pre") or "").lower()
    rel = (cand.group("rel") or "").lower()
    unit = (cand.group("unit") or "").lower()
    if unit == "decade" and not rel:
        # "by the end of the decade", "that decade": the decade the text is in
        last = ctx.last.interval if ctx.last is not None else None
        base = (
            (last.start.date() if isinstance(last.start, datetime) else last.start)
            if last is not None
            else ctx.deictic()
        )
        if base is None:
            return None
        value, interval = cal.decade(base.year)
        return Value(TimexType.DATE, value, interval)
    if pre == "the" and not rel:
        if unit in ("week", "weekend", "month", "year"):
            return the_unit(cand, ctx)
        if unit != "quarter":
            return None
        base = ctx.deictic()
        recent = recent_quarter(ctx, cand)
        # "the quarter" is the one the report has been talking about, by the label it
        # gave it (a fiscal "first quarter" ended in September stays Q1); with no
        # quarter named, "the quarter ended July 31" is read from its end
        named = recent is not None and recent is ctx.last_quarter
        if not named and base is not None and (val := _quarter_ended(cand, ctx, base)):
            return val
        if recent is not None:
            return Value(TimexType.DATE, recent.value, recent.interval)
        if base is None:
            return None
        y, n = reported_quarter(base)
        value, interval = cal.quarter(y, n)
        return Value(TimexType.DATE, value, interval)
    if pre == "this" and not rel:
        return None  # "this week" is the relative rule's
    offset = ANAPHORIC_STEPS.get(rel, 0)
    base = _anaphor_base(unit, ctx)
    direction = (
        Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.PRESENT
    )
    cue = f"{pre} {rel}".strip()
    pod = pod_code(unit, ctx)
    if unit == "period":
        return None
    if base is None:
        return Value(
            TimexType.DATE,
            unknown_value(cal.UNIT_GRANULARITY.get(unit, Granularity.DAY)),
            direction=direction,
            cue=cue,
        )
    if pod is not None:
        # "the next morning", "that morning": a part of a day, a TIME (guidelines 2.2.3)
        return part_of_day(base + timedelta(days=offset), pod, ctx, direction, cue)
    value, interval = cal.shift(base, unit, offset)
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cue)


_ENDED_ON = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<mon>[A-Z][a-z]+\.?)(?:\s+(?P<day>\d{1,2})\b)?"
)


def _quarter_ended(cand: Candidate, ctx: Context, base: date) -> Value | None:
    """ "the quarter ended July 31": the three months ending then, valued as the calendar
    quarter holding most of them (TimeML ``YYYY-Qn``), not the quarter last named."""
    m = _ENDED_ON.match(ctx.text, cand.end)
    mon = month_of(m.group("mon"), ctx) if m else None
    if m is None or mon is None:
        return None
    y = base.year if mon <= base.month else base.year - 1  # it has ended: not a later month
    middle = cal.add_months(date(y, mon, 1), -1)  # of the three months, the middle one
    value, interval = cal.quarter(middle.year, (middle.month - 1) // 3 + 1)
    return Value(TimexType.DATE, value, interval, direction=Direction.PAST, cue="ended")


def _year_end(cand: Candidate, ctx: Context) -> Value | None:
    """The end of the year ("year-end"): the anchor's year, mod END."""
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
    """A weekday range ("between Monday and Wednesday", "from Monday until Friday").

    Each weekday is its own TIMEX3, as annotators write it; the first keeps the whole
    interval (the end is the first such weekday on or after the start), the second is
    :func:`schedule.resolution.explicit.range_end`'s.
    """
    wd1, wd2 = weekday_of(cand.group("wd"), ctx), weekday_of(cand.group("wd2"), ctx)
    if wd1 is None or wd2 is None:
        return None
    d1, direction, cue = resolve_weekday(wd1, cand, ctx)
    if d1 is None:
        return None
    d2 = d1 + timedelta(days=(wd2 - wd1) % 7)
    val = date_value(d1, direction, cue)
    return replace(
        val,
        interval=Interval(d1, d2 + timedelta(days=1), Granularity.DAY),
        start=cand.match.start("wd"),
        end=cand.match.end("wd"),
    )


_ENDED = re.compile(r"\s+(?:ended|ending|ends|that\s+ended|through|to\s+date)\b", re.IGNORECASE)


_UNIT_LEAD = re.compile(r"\b(?:for|in|during|of|over|throughout|this|that)\s+$", re.IGNORECASE)


_RELATIVE_TO_EVENT = re.compile(r"\s+(?:after|before|following|preceding|leading\s+up\s+to)\b")


def the_unit(cand: Candidate, ctx: Context) -> Value | None:
    """A bare unit ("the year", "the weekend"): the one around the anchor, as TempEval-3 values it.

    "the year ended June 30" is an amount (DURATION P1Y); "over the weekend" is the
    weekend the clause's tense points to.
    """
    unit = (cand.group("unit") or cand.group("q") or "").lower()
    adj = (cand.group("adj") or cand.group("qrel") or "").strip().lower()
    if unit not in ("week", "weekend", "month", "year"):
        return None
    after = ctx.text[cand.end : cand.end + 16]
    if unit == "year" and (_ENDED.match(after) or adj == "fiscal"):
        return Value(TimexType.DURATION, "P1Y")
    before = ctx.text[max(0, cand.start - 12) : cand.start]
    if unit != "weekend" and not _UNIT_LEAD.search(before):
        return None  # "the week before", "the month's end"
    if _RELATIVE_TO_EVENT.match(after):
        # "in the week after Easter", "the month before the vote": placed by an event,
        # not the current one; TimeML leaves the digits it cannot fill unknown
        return Value(TimexType.DATE, unknown_value(cal.UNIT_GRANULARITY[unit]))
    base = ctx.deictic()
    if base is None:
        return None
    if unit == "weekend":
        direction, cue = direction_of(cand, ctx)
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
    """Part of the current unit ("earlier in the year", "midweek"): the unit with mod
    START, MID or END."""
    base = ctx.deictic()
    if base is None:
        return None
    value, interval = cal.shift(base, (cand.group("unit") or "day").lower(), 0)
    if cand.group("mid"):
        mod = "MID"
    else:
        mod = "START" if (cand.group("lt") or "").lower() in ("earlier", "early") else "END"
    return Value(TimexType.DATE, value, interval, mod=mod)


NEW_YEAR_FROM_MONTH = 10  # "the new year" is next year when written from October on


def _new_year(cand: Candidate, ctx: Context) -> Value | None:
    """ "before the new year", written late in a year: the year about to begin; earlier
    in the year the phrase is the year already under way or too vague to value."""
    base = ctx.speech_time()
    if base is None or base.month < NEW_YEAR_FROM_MONTH:
        return None
    value, interval = cal.shift(base, "year", 1)
    return Value(TimexType.DATE, value, interval, direction=Direction.FUTURE, cue="new")


def _day_after(cand: Candidate, ctx: Context) -> Value | None:
    """ "... and left the day after": the unit after (or before) the last date named."""
    unit = (cand.group("unit") or "day").lower()
    base = ctx.anaphoric(day=True) if unit == "day" else _anaphor_base(unit, ctx)
    if base is None:
        return Value(TimexType.DATE, unknown_value(cal.UNIT_GRANULARITY[unit]))
    step = 1 if (cand.group("ba") or "").lower() == "after" else -1
    value, interval = cal.shift(base, unit, step)
    return Value(TimexType.DATE, value, interval)


# "today is the eighth day", "It's the second day": the counted day is the reference day
_IS_TODAY = re.compile(r"(?:\btoday\s+is|\bit\s*['’]s|\bit\s+is|\bthis\s+is)\s+$", re.IGNORECASE)


NTH_DAY_REACH = 300  # characters from the day just named to "the second day"
_SPAN_END = re.compile(r"\b(?:until|till|to|through|and)\s+(?:on\s+)?$", re.IGNORECASE)


def _nth_day(cand: Candidate, ctx: Context) -> Value | None:
    """A day counted within an event ("the second day of the offensive"): a DATE, known
    when the text says it is today or has just named the day (TimeML leaves the others
    ``XXXX-XX-XX``).
    """
    if _IS_TODAY.search(ctx.text, max(0, cand.start - 16), cand.start):
        base = ctx.deictic()
        if base is not None:
            return date_value(base, Direction.PRESENT, "today")
    last = ctx.last
    if (
        last is not None
        and last.interval is not None
        and last.granularity in (Granularity.DAY, Granularity.TIME)
        and cand.start - last.end <= NTH_DAY_REACH
        and names_a_weekday(last.text, ctx.language)
    ):
        # "Tuesday 9 September. The second day opened ...", "dismissed before tea on
        # the opening day" after "on Wednesday morning": the day a programme or a story
        # has just reached is the one counted (TimeML anaphora); after a date alone it
        # may be a span's end ("14-16 February ... on its first day"), so unknown
        ends_a_span = _SPAN_END.search(ctx.text, max(0, last.start - 16), last.start)
        if ends_a_span is None or (cand.group("nth") or "").lower() in ("final", "last"):
            # "runs until Sunday ... its final day" is that Sunday; its first day is not
            return date_value(as_date(last.interval.start), Direction.NONE, "the")
    return Value(TimexType.DATE, "XXXX-XX-XX", None, Granularity.DAY)


# detection rule -> handler (see normalize.resolve)
def _that_weekday(cand: Candidate, ctx: Context) -> Value | None:
    """ "that Sunday": the Sunday of the week the story has reached (TimeML anaphora:
    the last resolved date, not the publication date)."""
    wd = weekday_of(cand.group("wd"), ctx)
    if wd is None:
        return None
    anchor = ctx.anaphoric()
    if anchor is None:
        return Value(TimexType.DATE, f"XXXX-WXX-{wd}")
    delta = wd - anchor.isoweekday()
    if cand.group("the") is not None:
        # "ran on 25 and 26 October. On the Friday": the day of that name nearest the story's
        delta = (delta + 3) % 7 - 3
    d = anchor + timedelta(days=delta)
    return date_value(d, Direction.NONE, cand.surface.split()[0])


_OVERNIGHT_NOUNS = re.compile(
    r"\s+(?:rates?|lending|repo|index|interbank|money|markets?|deposits?|borrowing|funds?)\b",
    re.IGNORECASE,
)


def _overnight(cand: Candidate, ctx: Context) -> Value | None:
    """ "overnight": the night before the report (TimeML TNI), or the coming one in a
    clause looking ahead ("will fly overnight"); "the overnight rate" is finance."""
    base = ctx.speech_time()
    if base is None or _OVERNIGHT_NOUNS.match(ctx.text, cand.end):
        return None
    tense, cue = direction_of(cand, ctx)
    day = base if tense is Direction.FUTURE else base - timedelta(days=1)
    return part_of_day(day, "NI", ctx, tense, cue or "overnight")


def _two_units_away(cand: Candidate, ctx: Context) -> Value | None:
    """ "the weekend before last", "the week after next": the unit two back (or on)
    from the writer's now."""
    base = ctx.speech_time()
    unit = (cand.group("unit") or "").lower()
    if base is None:
        return None
    ahead = (cand.group("rel") or "").lower().startswith("after")
    value, interval = cal.shift(base, unit, 2 if ahead else -2)
    direction = Direction.FUTURE if ahead else Direction.PAST
    return Value(TimexType.DATE, value, interval, direction=direction, cue=cand.group("rel"))


def _this_time(cand: Candidate, ctx: Context) -> Value | None:
    """ "this time last year": the same day one unit back (or on), a DATE of a day."""
    base = ctx.speech_time()
    if base is None:
        return None
    sign = -1 if (cand.group("rel") or "").lower() == "last" else 1
    unit = (cand.group("unit") or "").lower()
    if unit == "year":
        d = cal.add_months(base, 12 * sign)  # 29 February falls back to the 28th
    elif unit == "month":
        d = cal.add_months(base, sign)
    else:
        d = base + timedelta(weeks=sign)
    direction = Direction.PAST if sign < 0 else Direction.FUTURE
    return date_value(d, direction, "this time")


def _units_time(cand: Candidate, ctx: Context) -> Value | None:
    """ "in three weeks' time": that many units from the writer's now, at the unit's
    granularity (like "three weeks from now")."""
    base = ctx.speech_time()
    n = parse_number(cand.group("num"), ctx)
    unit = (cand.group("unit") or "").lower().rstrip("s")
    if base is None or n is None or n != int(n) or unit not in cal.UNIT_GRANULARITY:
        return None
    if unit == "week":
        value, interval = cal.week(base + timedelta(weeks=int(n)))
    elif unit == "day":
        value, interval = cal.day(base + timedelta(days=int(n)))
    else:
        value, interval = cal.shift(base, unit, int(n))
    return Value(TimexType.DATE, value, interval, direction=Direction.FUTURE, cue="time")


def _weekday_week(cand: Candidate, ctx: Context) -> Value | None:
    """ "Tuesday week": a week after the coming Tuesday (British usage); "Monday next
    week": the Monday of the (ISO) week named."""
    wd = weekday_of(cand.group("wd"), ctx)
    base = ctx.speech_time()
    if wd is None or base is None or not (cand.group("wd") or "")[:1].isupper():
        return None
    if (rel := cand.group("wrel")) is not None:
        step = ctx.lex.relative.get(rel.lower(), 0)
        d = base + timedelta(days=wd - base.isoweekday(), weeks=step)
        return date_value(d, SIGN_DIRECTION[step], rel.lower())
    d = cal.weekday_from(base, wd, 1) + timedelta(weeks=1)
    return date_value(d, Direction.FUTURE, "week")


HANDLERS: dict[str, Handler] = {
    "overnight": _overnight,
    "two_units_away": _two_units_away,
    "this_time": _this_time,
    "units_time": _units_time,
    "weekday_week": _weekday_week,
    "that_weekday": _that_weekday,
    "nth_day": _nth_day,
    "the_unit": the_unit,
    "in_the": _in_the,
    "day_after": _day_after,
    "new_year": _new_year,
    "relative": _relative,
    "named_month": _named_month,
    "month_rel_year": _month_rel_year,
    "season": _season,
    "weekday": _weekday,
    "dayword": _dayword,
    "this_pod": _this_pod,
    "ago": _ago,
    "anaphor": _anaphor,
    "year_end": _year_end,
    "between": _between,
}
