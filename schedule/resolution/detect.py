"""Candidate spans: where the temporal expressions are, before any arithmetic.

Each rule is one precompiled regular expression built from the lexicon. The
patterns are linear (no nested quantifiers over overlapping alternatives), so
tagging time grows linearly with the input. Overlaps are settled by keeping
the longest span (TimeML tags the maximal expression: "early next week", not
"next week").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from schedule.resolution.lexicon import Lexicon, alternation, load


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span one rule matched, with its match object and any modifier found."""

    start: int
    end: int
    rule: str
    match: re.Match[str]
    mod_text: str | None = None

    def group(self, name: str) -> str | None:
        try:
            return self.match.group(name)
        except IndexError:
            return None


@dataclass(frozen=True, slots=True)
class Fragments:
    """Regex pieces shared by the rules (one language)."""

    month: str
    weekday: str
    season: str
    unit: str
    unit_sg: str
    num: str
    ordinal: str
    rel: str
    pod: str
    zone: str


def _fragments(lex: Lexicon) -> Fragments:
    ones = [w for w, v in lex.numbers.items() if isinstance(v, int) and v < 20 and " " not in w]
    ones = [w for w in ones if w not in ("a", "an")]
    tens = alternation(lex.tens)
    units19 = alternation(w for w in ones if lex.numbers[w] < 10 and w != "zero")
    word_num = (
        rf"(?:(?:{tens})(?:[\s-](?:{units19}))?|{alternation(ones)}"
        rf"|(?:a\s+)?(?:hundred|thousand)|{alternation(w for w in lex.numbers if ' ' in w)})"
    )
    digits = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?"
    vague = alternation(lex.vague_numbers)
    num = rf"(?:{digits}|{word_num}(?:[\s-]+(?:hundred|thousand))?|{vague}|an?)"
    units = alternation(lex.units)
    unit_sg = alternation(u for u in lex.units if not u.endswith("s") or u == "hours")
    return Fragments(
        month=alternation(lex.months),
        weekday=alternation(lex.weekdays),
        season=alternation(lex.seasons),
        unit=units,
        unit_sg=unit_sg,
        num=num,
        ordinal=alternation(lex.ordinals),
        rel=alternation(lex.relative),
        pod=alternation(lex.parts_of_day),
        zone=alternation(lex.zones),
    )


# left word boundary that also refuses "F-47", "G7", "1/2" but lets "mid-1996" through
_B = r"(?<![\w'’./])(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<=post-)|(?<=pre-)|(?<!-))"
_E = r"(?![\w\-/]|,\d|\.\d)"  # right boundary refusing "1,000" and "3.5"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"


@cache
def rules(language: str = "en") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The detection rules of one language, compiled once."""
    lex = load(language)
    f = _fragments(lex)
    mon, wd = f"(?:{f.month})", f"(?:{f.weekday})"
    tens19 = alternation(lex.tens)
    ones9 = alternation(lex.ones)
    decade_words = alternation(lex.decade_words)
    span_rules = {
        # "Thursday, March 6, 2025", "March 6th", "March 3-5": month first
        "date_mdy": rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>{_DAY})"
        rf"(?:\s*(?:-|–|to|through|until)\s*(?P<day2>{_DAY}))?(?:,?\s+(?P<year>{_YEAR}))?",
        # "Thursday 6 March", "the 5th of March 2025", "3 to 5 March"
        "date_dmy": rf"(?:(?P<wd>{wd}),?\s+)?(?P<day>{_DAY})"
        rf"(?:\s*(?:-|–|to|until)\s*(?P<day2>{_DAY}))?(?:\s+of)?\s+(?P<mon>{mon})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
        "month_year": rf"(?P<mon>{mon}),?\s+(?:of\s+)?(?P<year>{_YEAR}|'\d\d)",
        "iso": r"(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?",
        "slash": r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})",
        "decade": rf"(?:the\s+)?(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dec>1\d\d0|20\d0|'\d0|\d0)'?s",
        "century": rf"(?:the\s+)?(?P<ord>{f.ordinal}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century",
        "year": rf"(?:(?P<fiscal>fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?)\s+)?"
        rf"(?P<year>{_YEAR})(?:'s)?",
        "short_year": r"(?P<fiscal>fiscal\s+|in\s+|of\s+|since\s+)?'(?P<yy>\d\d)",
        "quarter": rf"(?:the\s+)?(?:(?P<qyear>{_YEAR})\s+|(?P<qrel>this|next|last|latest|current"
        r"|same|previous|year-ago|year-earlier|past|coming|recent|fiscal|this\s+year's"
        r"|last\s+year's|next\s+year's)\s+)?(?:fiscal\s+)?"
        r"(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+"
        r"(?:fiscal\s+)?(?:-?\s*)?(?P<q>quarter|half|period)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<qof>{_YEAR}|this\s+year|last\s+year|next\s+year))?",
        "rel_quarter": r"the\s+(?P<qrel>latest|current|same|previous|year-ago|year-earlier"
        r"|prior-year|fiscal|most\s+recent|recent)\s+(?P<q>quarter|period|year|half)",
        "relative": rf"(?P<rel>{f.rel})\s+(?P<what>week|weekend|month|quarter|year|fiscal\s+year"
        rf"|decade|century|{mon}|{f.season}|{wd})(?!\s*\d)",
        "named_month": rf"(?P<mon>{mon})",
        "season": rf"(?:the\s+)?(?P<season>{f.season})(?:\s+of\s+(?P<year>{_YEAR}))?",
        "weekday": rf"(?P<wd>{wd})(?:'s)?(?:\s+(?P<pod>{f.pod}))?",
        "dayword": r"(?P<dw>today|tomorrow|yesterday|tonight|the\s+day\s+before\s+yesterday"
        rf"|the\s+day\s+after\s+tomorrow)(?:'s)?(?:\s+(?P<pod>{f.pod}))?",
        "this_pod": rf"(?P<this>this|that|last|the\s+same|every)\s+(?P<pod>{f.pod})",
        "time": rf"(?:(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?=\s*(?:{f.zone}|hours|h)\b)"
        rf"|(?P<cw>noon|midnight|midday)|(?P<hm>[01]?\d)\s+in\s+the\s+(?P<mpod>morning|afternoon|evening))(?:\s+\(?(?P<zone>{f.zone})\b\)?)?"
        rf"(?:,?\s+(?:on\s+)?(?P<wd>{wd}|today|tomorrow|yesterday|tonight))?",
        "ago": rf"(?P<num>{f.num})[\s-]+(?:more\s+)?(?P<unit>{f.unit})\s+(?:or\s+so\s+)?"
        r"(?:(?P<dir>ago|from\s+now|hence)|(?P<dir2>earlier|later|previously)"
        r"(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b|the\b|in\b|on\b|at\b|to\b|as\b|with\b)))",
        "vague_ago": r"(?P<unit>days|weeks|months|years|decades)\s+(?P<dir>ago|earlier)",
        "long_units": r"(?P<unit>day|week|month|year|decade|hour|minute)s?-long",
        "spelled_year": r"(?:the\s+year\s+)?(?P<sp>nineteen(?:\s+hundred)?(?:\s+and)?\s+"
        rf"(?:{tens19})(?:[\s-](?:{ones9}))?|nineteen\s+hundred|two\s+thousand(?:\s+(?:and\s+)?"
        rf"(?:{tens19}|{ones9}))?)",
        "decade_word": rf"the\s+(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dw>{decade_words})",
        "the_unit": r"the\s+(?P<adj>full\s+|fiscal\s+|current\s+|calendar\s+|entire\s+|whole\s+)?"
        r"(?P<unit>week|weekend|month|year)(?!-)",
        "in_the": r"(?P<lt>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)",
        "duration": rf"(?:(?P<rel>the\s+(?:past|last|next|coming|first|previous|following|"
        r"final|remaining|preceding)|past|last|next|coming|first|another|the|recent)\s+)?"
        rf"(?P<num>{f.num})[\s-]+(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+"
        rf"|trading\s+|business\s+|working\s+)?(?P<unit>{f.unit})(?P<adj>-long|-old)?",
        "unit_range": rf"(?P<num>{f.num})\s+(?:to|or)\s+(?P<num2>{f.num})\s+(?P<unit>{f.unit})",
        "vague_units": r"(?P<rel>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few"
        r"|the\s+next\s+few|past\s+few|last\s+few|next\s+few|the\s+past\s+several"
        r"|the\s+last\s+several|upcoming|the\s+upcoming|past|future)\s+(?P<unit>days|weeks|months"
        r"|years|decades|hours|quarters)|the\s+(?P<unit2>days|weeks|months|years)\s+ahead",
        "bare_units": r"(?P<lead>for\s+|within\s+)(?P<unit>days|weeks|months|years"
        r"|decades|hours|centuries)",
        "vague": rf"(?P<vague>{alternation(lex.vague)})",
        "set": rf"(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?"
        rf"(?P<what>{wd}|{mon}|{f.season}|{f.unit_sg}|{f.pod})",
        "set_plural": rf"(?P<lead>on\s+)(?P<wd>{wd})s",
        "set_word": rf"(?P<sw>{alternation(lex.set_words)})",
        "holiday": rf"(?:(?P<hrel>this|next|last|this\s+year's|last\s+year's)\s+)?"
        rf"(?P<hol>{alternation(lex.holidays)})(?:\s+(?P<year>{_YEAR}))?",
        "anaphor": r"(?P<pre>the|that|this)\s+(?:(?P<rel>following|next|previous|preceding|same"
        r"|prior)\s+)?(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night"
        r"|quarter|period)",
        "year_ago_adj": r"(?P<ya>year-ago|year-earlier|year-before)",
        "month_rel_year": rf"(?P<mon>{mon})\s+(?P<ry>this|last|next)\s+year",
        "nth_week_of": r"the\s+(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+"
        rf"(?P<mon>{mon})(?:,?\s+(?P<year>{_YEAR}))?",
        "week_of": rf"the\s+week\s+of\s+(?P<mon>{mon})\s+(?P<day>{_DAY})",
        "year_end": r"(?P<ye>year-end|year's\s+end|year\s+end|the\s+end\s+of\s+the\s+year"
        r"|the\s+turn\s+of\s+the\s+century)",
        "between": rf"between\s+(?P<wd>{wd})\s+and\s+(?P<wd2>{wd})",
    }
    return tuple(
        (name, re.compile(_B + f"(?:{body})" + _E, re.IGNORECASE))
        for name, body in span_rules.items()
    )


@cache
def _mod_prefix(language: str = "en") -> re.Pattern[str]:
    """Modifier words that precede an expression and belong to it (TimeML ``mod``)."""
    lex = load(language)
    return re.compile(rf"(?:^|(?<=[\s(]))(?P<mod>{alternation(lex.mods)})(?:\s+|-)$", re.IGNORECASE)


def candidates(text: str, language: str = "en") -> list[Candidate]:
    """All non-overlapping candidate spans, longest first, in text order."""
    found: list[tuple[Candidate, int]] = []
    for priority, (name, rx) in enumerate(rules(language)):
        for m in rx.finditer(text):
            start, end = m.span()
            if name in ("bare_units", "set_plural") and m.group("lead"):
                start += len(m.group("lead"))
            found.append((Candidate(start, end, name, m), priority))
    # longest span first; on a tie the earlier rule (more specific) wins
    found.sort(key=lambda cp: (cp[0].start - cp[0].end, cp[1], cp[0].start))
    taken = bytearray(len(text) + 1)  # occupancy mask: linear, not pairwise, overlap test
    kept: list[Candidate] = []
    for c, _ in found:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def with_modifier(text: str, cand: Candidate, floor: int, language: str = "en") -> Candidate:
    """Extend ``cand`` leftwards over a modifier ("early", "the end of", "about")."""
    lo = max(floor, cand.start - 24)
    m = _mod_prefix(language).search(text, lo, cand.start)
    if m is None:
        return cand
    return Candidate(m.start(), cand.end, cand.rule, cand.match, " ".join(m.group("mod").split()))
