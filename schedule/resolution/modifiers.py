"""Modifiers that belong to an expression and become its TIMEX3 ``mod``.

TimeML (guidelines 2.2.4) folds "early", "the end of", "about", "more than"
into the TIMEX3 and records them as ``mod``; TempEval-3 data is pickier than
the guidelines about which words join the span, and so is this module.
"""

from __future__ import annotations

import re
from dataclasses import replace

from schedule.resolution.detect import Candidate
from schedule.resolution.lexicon import load
from schedule.resolution.types import Timex, TimexType

# Which modifiers a rule may absorb (TimeML ``mod``): points in time take
# START/MID/END/APPROX ("early next week"); amounts take the quantity ones
# ("more than four hours", "almost two years ago").
_POINT_MODS = frozenset({"START", "MID", "END", "APPROX", "AFTER", "BEFORE"})
_QUANTITY_MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
_POINT_RULES = frozenset(
    {
        "date_mdy", "date_dmy", "month_year", "named_month", "month_rel_year", "season",
        "weekday", "dayword", "this_pod", "time", "year", "decade", "century", "quarter",
        "rel_quarter", "relative", "anaphor", "holiday", "year_end", "iso", "the_unit", "in_the",
        "spelled_year", "decade_word", "week_of", "nth_week_of", "year_period", "short_year",
        "year_ago_adj",
    }
)  # fmt: skip
_QUANTITY_RULES = frozenset({"duration", "unit_range", "bare_units", "set"})
_OPEN_ENDED = frozenset({"over", "within", "under"})  # "over the past week": not a modifier
# "over" means "more than" only after words that measure ("just over an hour", "for
# over a year", "lasted over a week", "aged over 65 years"); after other verbs it is a
# preposition of extent ("evolved over several years", "spent over three years")
_OVER_AS_MORE_THAN = re.compile(
    r"(?<![\w'])(?:just|only|well|still|for|in|of|after|within|than|to|at|by|from|with|aged"
    r"|last|lasts|lasted|lasting|take|takes|took|taking|taken|wait|waits|waited|waiting"
    r"|stay|stays|stayed|staying|be|is|are|was|were|been)\s+over\s+$",
    re.IGNORECASE,
)


def allowed_mod(cand: Candidate, mod_text: str, language: str) -> bool:
    """Whether the modifier just before ``cand`` joins it (and becomes its ``mod``)."""
    mod = load(language).mod_code(mod_text)
    low = mod_text.lower()
    if mod is None:
        return False
    if cand.rule == "weekday":
        # "late Thursday", "early Saturday" (TimeML mod END/START); "Earlier [Friday]"
        # opens a sentence about what came before, as TempEval-3 data writes it
        return low in ("early", "late")
    if cand.rule == "time":
        return mod == "APPROX"  # "about 3.30am", "around 8 a.m." (guidelines 2.2.4)
    if cand.rule in _POINT_RULES:
        return mod in _POINT_MODS
    if cand.rule == "ago":
        return mod in _QUANTITY_MODS
    if cand.rule in _QUANTITY_RULES:
        if low in _OPEN_ENDED and cand.surface.lower().startswith("the"):
            return False
        if low == "over" and not _OVER_AS_MORE_THAN.search(
            cand.source, max(0, cand.start - 32), cand.start
        ):
            return False  # "evolved over [several years]": "over" is "during", not "more than"
        if low == "within":
            return False  # "within [14 days]": a preposition of extent
        return mod in _QUANTITY_MODS and mod_text.lower() not in ("earlier", "later")
    return False


# Open-ended and approximate tails that belong to the expression (TimeML ``mod``):
# "1994 or later", "1990 and beyond", "the next year or so", "weeks or months".
_SUFFIX = re.compile(
    r"\s+(?:(?P<so>or\s+so)|(?P<after>or\s+later|or\s+after|and\s+beyond)"
    r"|(?P<before>or\s+earlier|or\s+before)|(?P<alt>or\s+(?:two|three|more|months|years|weeks"
    r"|days|decades)))\b",
    re.IGNORECASE,
)


def with_suffix(text: str, tx: Timex) -> Timex:
    """``tx`` extended over an open-ended or approximate tail ("or later", "or so")."""
    m = _SUFFIX.match(text, tx.end)
    if m is None:
        return tx
    mod = "APPROX" if m.group("so") or m.group("alt") else tx.mod
    if m.group("after"):
        mod = "ON_OR_AFTER"
    elif m.group("before"):
        mod = "ON_OR_BEFORE"
    if m.group("alt") and tx.type is not TimexType.DURATION:
        return tx
    return replace(tx, end=m.end(), text=text[tx.start : m.end()], mod=mod)
