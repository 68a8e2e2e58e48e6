"""Amounts and frequencies of time (TIMEX3 DURATION and SET) and vague references
(PRESENT_REF, PAST_REF, FUTURE_REF).
"""

from __future__ import annotations

import re
from dataclasses import replace

from schedule.resolution import anchor as cal
from schedule.resolution.context import (
    Context,
    Handler,
    Value,
    adjective_start,
    direction_of,
    format_number,
    month_of,
    parse_number,
    pod_code,
    weekday_of,
)
from schedule.resolution.detect import Candidate
from schedule.resolution.types import Direction, Granularity, Timex, TimexType


def unit_code(unit: str, ctx: Context) -> str | None:
    """ISO 8601 designator of a unit word ("weeks" -> "W", "decade" -> "10Y")."""
    return ctx.lex.units.get(unit.lower())


_SMALLER = {
    "Y": (12, "M"),
    "M": (30, "D"),
    "W": (7, "D"),
    "D": (24, "H"),
    "H": (60, "MIN"),
    "MIN": (60, "S"),
}


# TIDES/TimeML unit codes of an uncounted many years ("decades", "centuries")
_VAGUE_MULTIPLE = {"10Y": "DE", "100Y": "CE", "1000Y": "ML"}


def duration_value(n: float | None, code: str) -> str:
    """``P3D``, ``PT5H``, ``P10Y`` (decade), ``PXW`` when vague, ``PT5H30M`` for 5 1/2 hours."""
    mult = re.match(r"(\d+)(\w+)", code)
    if mult and n is None and code in _VAGUE_MULTIPLE:
        return f"PX{_VAGUE_MULTIPLE[code]}"  # "for decades": PXDE, not PXY
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
            return duration_value(rest, small)
        sep = "T" if small in ("H", "MIN") and not is_time else ""
        return f"{prefix}{whole}{code}{sep}{rest}{small_letter}"
    return prefix + format_number(n) + code


# "will one day", "he one day": someday, not an amount of 24 hours
_SOMEDAY_LEAD = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|must|he|she|they|we|i|you|it)\s+$"
)
# A count or an amount just before "a year"/"a week" makes it a rate ("700 seats a week").
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:million|billion|trillion|percent|hundreds?|thousands?|dozens?|two|three|four"
    r"|five|six|seven|eight|nine|ten|twenty|fifty)\b)(?:[^\w.;:!?]+[a-z]+){0,2}[^\w.;:!?]*$"
)


# "a day" after an amount of time makes the amount a rate ("24 hours a day")
_PER_UNIT_AFTER = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour|night|quarter)\b", re.IGNORECASE
)


def _duration(cand: Candidate, ctx: Context) -> Value | None:
    """An amount of time ("three days", "the past two years", "a decade"): TIMEX3 DURATION.

    "a year" after a price or a count ("$2 million a year") is a rate and stays
    untagged, as in TempEval-3 data; "twice a week" is a SET.
    """
    unit = (cand.group("unit") or "").lower()
    num_tok = " ".join((cand.group("num") or "").lower().split())
    code = unit_code(unit, ctx)
    if code is None:
        return None
    if num_tok in ("a", "an") and unit == "second":
        return None  # "a second term"
    start = adjective_start(cand)
    rel = (cand.group("rel") or "").lower()
    if (
        rel == "the"
        and not unit.endswith("s")
        and num_tok not in ("a", "an", "one")
        and re.match(r"\s+[a-z]", ctx.text[cand.end : cand.end + 3])
    ):
        # "the two day rally": a measure phrase modifying a noun (singular unit after a
        # count); the article belongs to the noun, as with "the [14-day] period"
        start = cand.match.start("num")
    if rel and not rel.startswith("the") and num_tok in ("a", "an"):
        start = cand.match.start("num")  # "will last a fortnight": "last" is the verb
    if rel == "last" and not _LAST_AS_ADJECTIVE.search(
        ctx.text, max(0, cand.start - 12), cand.start
    ):
        start = cand.match.start("num")  # "expected to last two days": the verb again
    if (cand.group("adj") or "").lower() == "-old":
        return None  # "a 44-year-old protester" is an age, not a timex in TempEval-3 data
    if unit.startswith("quarter") and "-" in cand.surface:
        return None  # "three-quarters" is a fraction
    if unit in ("minute", "minutes"):
        code = "MIN"
    n = parse_number(num_tok, ctx)
    if n is not None and (cand.group("half") or cand.group("half2")):
        n += 0.5
    if n is None and num_tok not in ctx.lex.vague_numbers:
        return None
    before = ctx.text[max(0, cand.start - 20) : cand.start].lower()
    after = ctx.text[cand.end : cand.end + 8].lower()
    if re.match(r"\s+old\b", after):
        return None  # "52 years old" is an age
    if _WAR_NAME.match(ctx.text, cand.end):
        return None  # "the Hundred Years' War", "the Six-Day War": a name
    if (half := _half_of_year(cand, rel, n, unit, ctx)) is not None:
        return half
    fraction = num_tok in ("a", "an", "one", "three", "two")
    if unit.startswith("quarter") and fraction and re.match(r"\s+of\b", after):
        return None  # "more than a quarter of the market" is a fraction
    someday = _SOMEDAY_LEAD.search(before) or (
        cand.surface.startswith("One") and ctx.text.startswith(",", cand.end)
    )
    if num_tok == "one" and unit == "day" and someday:
        # "Islam will one day be...", "One day, he left": someday, not 24 hours
        tense, cue = direction_of(cand, ctx)
        if tense is Direction.PAST:
            return Value(TimexType.DATE, "PAST_REF", None, Granularity.VAGUE, tense, cue)
        return Value(TimexType.DATE, "FUTURE_REF", None, Granularity.VAGUE, Direction.FUTURE, cue)
    if num_tok in ("a", "an"):
        if freq := re.search(r"\b(?:once|twice|thrice|(?:(?P<count>[\w-]+)\s+)?times)\s*$", before):
            # "twice a week", "three times a year": a frequency (TimeML SET, quant
            # implied); the span takes the frequency words, as the guidelines' "[twice
            # a week]"; a count that is no number ("many times") stays outside
            count = (freq.group("count") or "").lower()
            if count and not (count.isdigit() or count in ctx.lex.numbers or count == "several"):
                freq = None
            lead = cand.start - (len(before) - freq.start()) if freq else cand.start
            return Value(TimexType.SET, duration_value(1, code).replace("MIN", "M"), start=lead)
        if _RATE_BEFORE.search(ctx.text, max(0, cand.start - 32), cand.start):
            return None  # "$2 million a year", "four flights a week": a rate, untagged
    if n is not None and n > 10000:
        return None
    if num_tok not in ("a", "an") and _PER_UNIT_AFTER.match(ctx.text, cand.end):
        return None  # "24 hours a day": the amount of a rate, untagged like "$2 million a year"
    value = duration_value(n, code).replace("MIN", "M")
    if code == "WE":
        value = value.replace("WE", "D").replace("P1D", "P2D")
    end = None
    head = _TIME_HEAD.match(ctx.text, cand.end) if "-" in cand.surface else None
    if head is not None:
        # "a three-year period", "a one-year term": the measure and the stretch of time
        # it measures are one expression, with the noun's article (TimeML extent: the
        # whole noun phrase whose head is temporal)
        end = head.end()
        art = re.search(r"(?<![\w'])(?:an?|the)\s+$", ctx.text[max(0, cand.start - 5) : cand.start])
        start = cand.start - (len(art.group(0)) if art else 0)
    return Value(TimexType.DURATION, value, start=start, end=end)


_OF_YEAR = re.compile(r"\s+of\s+(?:fiscal\s+)?(?P<year>(?:1[6-9]|20)\d\d)\b")


def _half_of_year(
    cand: Candidate, rel: str, n: float | None, unit: str, ctx: Context
) -> Value | None:
    """A half year named by two quarters: "the first two quarters of 1990" is 1990-H1
    (TimeML's value for the half, the whole phrase one DATE), "the last two" the second."""
    if n != 2 or not unit.startswith("quarter"):
        return None
    which = {"the first": 1, "the last": 2, "the final": 2}.get(" ".join(rel.split()))
    m = _OF_YEAR.match(ctx.text, cand.end)
    if which is None or m is None:
        return None
    value, interval = cal.half(int(m.group("year")), which)
    return Value(TimexType.DATE, value, interval, Granularity.QUARTER, end=m.end())


# Nouns that name a stretch of time, so "three-year period" is one expression
_TIME_HEAD = re.compile(r"\s+(?:period|term|span|stretch|spell|interval)s?\b", re.IGNORECASE)


def _unit_range(cand: Candidate, ctx: Context) -> Value | None:
    """A range of amounts ("two to three weeks"): one DURATION, its lower bound, APPROX."""
    code = unit_code(cand.group("unit") or "", ctx)
    if code is None:
        return None
    n = parse_number(cand.group("num"), ctx)
    if (cand.group("unit") or "").lower().startswith("minute"):
        code = "MIN"
    return Value(TimexType.DURATION, duration_value(n, code).replace("MIN", "M"), mod="APPROX")


def _vague_units(cand: Candidate, ctx: Context) -> Value | None:
    """Vague stretches: "recent weeks" is PAST_REF and "the coming days" FUTURE_REF
    (the seed article's reading); "the past few weeks" is an uncounted amount (PXW).
    """
    rel = " ".join((cand.group("rel") or "").lower().split())
    unit = (cand.group("unit") or cand.group("unit2") or "").lower()
    code = unit_code(unit, ctx) or "D"
    if cand.group("unit2"):
        rel = "ahead"
    if "few" in rel or "several" in rel:
        return Value(TimexType.DURATION, duration_value(None, code))
    if "recent" in rel or rel == "past":
        return Value(TimexType.DATE, "PAST_REF", None, Granularity.VAGUE, Direction.PAST, rel)
    return Value(TimexType.DATE, "FUTURE_REF", None, Granularity.VAGUE, Direction.FUTURE, rel)


# prepositions of extent before "the years": "over the years", "through the decades"
_EXTENT_BEFORE = re.compile(r"(?<![\w'])(?:over|through|throughout|across)\s+$", re.IGNORECASE)


def _bare_units(cand: Candidate, ctx: Context) -> Value | None:
    """Uncounted amounts ("for weeks", "the days before"): a DURATION (PXW, PXD)."""
    code = unit_code(cand.group("unit") or "", ctx)
    if code is None:
        return None
    lead = (cand.group("lead") or "").strip().lower()
    end = cand.match.end("unit")
    if lead == "the":
        rel = " ".join((cand.group("rel") or "").lower().split())
        if not rel:
            lead_at = cand.match.start("lead")
            if _EXTENT_BEFORE.search(ctx.text, max(0, lead_at - 12), lead_at):
                # "over the years", "through the decades": an uncounted stretch (DURATION)
                return Value(
                    TimexType.DURATION,
                    duration_value(None, code),
                    start=lead_at,
                    end=end,
                )
            return None  # "the days of empire": only "the weeks before/after ..." is time
        if rel != "that followed":
            # "in the weeks before the vote": a stretch placed by an event, a DATE whose
            # value we can only give as past or future (TimeML *_REF)
            tense, cue = direction_of(cand, ctx)
            future = tense is Direction.FUTURE
            value = "FUTURE_REF" if future else "PAST_REF"
            direction = Direction.FUTURE if future else Direction.PAST
            return Value(TimexType.DATE, value, None, Granularity.VAGUE, direction, cue, end=end)
    return Value(TimexType.DURATION, duration_value(None, code), end=end)


_SOON_CONNECTIVE = re.compile(r"\s+(?:after|afterwards?|thereafter|before)\b", re.IGNORECASE)
# what follows a sentence-opening "Now" used as a discourse marker, not as the present
_DISCOURSE_NOW = re.compile(r",|\s+for\s")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)['\"‘“`]*$")


def _opens_sentence(cand: Candidate, ctx: Context) -> bool:
    """Whether the candidate is the first word of its sentence (or paragraph)."""
    return _SENTENCE_OPENING.search(ctx.text, max(0, cand.start - 6), cand.start) is not None


def _vague(cand: Candidate, ctx: Context) -> Value | None:
    """Words that point at the present, past or future without a date (TimeML *_REF)."""
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
    if tok == "soon" and _SOON_CONNECTIVE.match(ctx.text, cand.end):
        return None  # "soon after the vote": relates two events (a TimeML SIGNAL), no time
    if tok == "now" and _DISCOURSE_NOW.match(ctx.text, cand.end) and _opens_sentence(cand, ctx):
        return None  # "Now, he says, ...", "Now for the weather": a discourse marker (TIDES)
    direction = {"PAST_REF": Direction.PAST, "FUTURE_REF": Direction.FUTURE}.get(
        value, Direction.PRESENT
    )
    return Value(TimexType.DATE, value, None, Granularity.VAGUE, direction, tok)


_WAR_NAME = re.compile(r"['’]?\s+(?:War|Wars|Campaign|Offensive|Revolution)\b")

# "in last two days" (headline English): "last" is an adjective only after a preposition
_LAST_AS_ADJECTIVE = re.compile(r"\b(?:in|over|for|during|within|of|from)\s+$", re.IGNORECASE)


def _set(cand: Candidate, ctx: Context) -> Value | None:
    """Quantified recurrences ("every Tuesday", "each July", "every other week"): SETs."""
    what = (cand.group("what") or "").strip()
    every = 2 if cand.group("other") else 1
    if cand.group("n"):  # "every two weeks": P2W
        count = parse_number(cand.group("n"), ctx)
        if count is None or count != int(count) or count < 1:
            return None
        every = int(count)
    if (wd := weekday_of(what, ctx)) is not None:
        if (pod := pod_code(cand.group("spod"), ctx)) is not None:
            return Value(TimexType.SET, f"XXXX-WXX-{wd}T{pod}")  # "every Tuesday evening"
        return Value(TimexType.SET, f"XXXX-WXX-{wd}")
    if (mon := month_of(what, ctx)) is not None:
        return Value(TimexType.SET, f"XXXX-{mon:02d}")
    if (code := ctx.lex.seasons.get(what.lower())) is not None:
        return Value(TimexType.SET, f"XXXX-{code}")
    if (pod := pod_code(what, ctx)) is not None:
        return Value(TimexType.SET, f"XXXX-XX-XXT{pod}")
    code = unit_code(what, ctx)
    if code is None:
        return None
    if what.lower().startswith("minute"):
        code = "MIN"
    return Value(TimexType.SET, duration_value(every, code).replace("MIN", "M"))


def _set_plural(cand: Candidate, ctx: Context) -> Value | None:
    """Plural weekdays ("on Mondays", "Tuesdays and Fridays"): a SET; without "on",
    only in a list of them ("Fridays for Future" is a name)."""
    wd = weekday_of(cand.group("wd"), ctx)
    if wd is None:
        return None
    listed = _PLURAL_DAY_NEXT.match(ctx.text, cand.end) or _PLURAL_DAY_BEFORE.search(
        ctx.text, max(0, cand.start - 16), cand.start
    )
    if cand.group("lead") is None and not listed:
        return None
    return Value(TimexType.SET, f"XXXX-WXX-{wd}")


_PLURAL_DAY_NEXT = re.compile(r"(?:,|\s+and|\s+or)\s+[A-Z][a-z]+days\b")
_PLURAL_DAY_BEFORE = re.compile(r"[A-Z][a-z]+days(?:,|\s+and|\s+or)\s+$")


_RATE_NOUNS = re.compile(
    r"\s+(?:dividends?|results|loss|losses|profits?|earnings|volume|payments?|reports?|newspaper"
    r"|average|turnover|rates?|figures|statements?|sales|share|of)\b",
    re.IGNORECASE,
)


def _set_word(cand: Candidate, ctx: Context) -> Value | None:
    """Frequency adverbs ("weekly", "annually"), but not a rate adjective ("quarterly dividend")."""
    value = ctx.lex.set_words.get((cand.group("sw") or "").lower())
    if value is None:
        return None
    after = ctx.text[cand.end : cand.end + 24]
    if _RATE_NOUNS.match(after):
        return None
    if cand.surface[:1].isupper() and re.match(r"\s+[A-Z]", after):
        return None  # "The Daily Telegraph": a title
    return Value(TimexType.SET, value)


def _vague_ago(cand: Candidate, ctx: Context) -> Value | None:
    """Uncounted offsets: "days ago" (PAST_REF), "years later" (FUTURE_REF)."""
    word = " ".join((cand.group("dir") or "").lower().split())
    sign = ctx.lex.ago.get(word) or ctx.lex.anaphoric_offsets.get(word) or -1
    if sign < 0:
        return Value(TimexType.DATE, "PAST_REF", None, Granularity.VAGUE, Direction.PAST, word)
    return Value(TimexType.DATE, "FUTURE_REF", None, Granularity.VAGUE, Direction.FUTURE, word)


def _long_units(cand: Candidate, ctx: Context) -> Value | None:
    """Compound amounts ("decades-long", "day-long"): a DURATION, one unit unless plural."""
    unit = (cand.group("unit") or "").lower()
    code = unit_code(unit, ctx)
    if code is None:
        return None
    if unit == "minute":
        code = "MIN"
    plural = cand.surface.lower().startswith(unit + "s")
    value = duration_value(None if plural else 1, code).replace("MIN", "M")
    return Value(TimexType.DURATION, value)


def _vague_amount(cand: Candidate, ctx: Context) -> Value | None:
    """Uncounted amounts without a unit ("for a while", "for some time"): DURATION PXX."""
    value = ctx.lex.vague_amounts.get(" ".join((cand.group("va") or "").lower().split()))
    return None if value is None else Value(TimexType.DURATION, value)


# detection rule -> handler (see normalize.resolve)
HANDLERS: dict[str, Handler] = {
    "vague_amount": _vague_amount,
    "vague_ago": _vague_ago,
    "long_units": _long_units,
    "duration": _duration,
    "unit_range": _unit_range,
    "vague_units": _vague_units,
    "bare_units": _bare_units,
    "vague": _vague,
    "set": _set,
    "set_plural": _set_plural,
    "set_word": _set_word,
}


# "five years and four months", "two hours and 30 minutes": one amount told in two units
_AND = re.compile(r"\s+and\s+")
_SIMPLE_AMOUNT = re.compile(r"P(?P<t>T?)(?P<n>\d+)(?P<u>[YMDHS])")
_UNIT_ORDER = {
    ("", "Y"): 0,
    ("", "M"): 1,
    ("", "D"): 2,
    ("T", "H"): 3,
    ("T", "M"): 4,
    ("T", "S"): 5,
}


def joined_amount(text: str, first: Timex, tx: Timex) -> Timex | None:
    """``first`` widened over "and" to ``tx`` when the two are one amount in a larger then
    a smaller unit (TimeML values one DURATION: ``P5Y4M``, ``PT2H30M``), else None."""
    if first.type is not TimexType.DURATION or tx.type is not TimexType.DURATION:
        return None
    if first.mod is not None or tx.mod is not None or not _AND.fullmatch(text, first.end, tx.start):
        return None
    a, b = _SIMPLE_AMOUNT.fullmatch(first.value), _SIMPLE_AMOUNT.fullmatch(tx.value)
    if a is None or b is None:
        return None
    rank_a, rank_b = _UNIT_ORDER[(a["t"], a["u"])], _UNIT_ORDER[(b["t"], b["u"])]
    if rank_a >= rank_b:
        return None
    value = first.value + (b["n"] + b["u"] if a["t"] or not b["t"] else f"T{b['n']}{b['u']}")
    return replace(first, end=tx.end, text=text[first.start : tx.end], value=value)
