"""Candidate spans: where the temporal expressions are, before any arithmetic.

Each rule is one precompiled regular expression built from the lexicon. Rules
run on an ASCII-lower-cased copy of the text (case-sensitive matching is many
times faster than ``re.IGNORECASE``) and only in windows around *anchor* words
(a month, a weekday, a unit, a year-like number…) found by one trie-shaped scan,
so most of a news text is looked at once. The rules of one kind of anchor share
a window and one finder (``scan.py``): a pass over the window that stops only
where one of them matches, where each is then tried. The patterns have no nested
quantifiers over overlapping alternatives, so time grows linearly with the
input. Overlaps are settled by keeping the longest span (TimeML tags the
maximal expression: "early next week", not "next week").
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from schedule.resolution.lexicon import Lexicon, alternation, load
from schedule.resolution.scan import find_all, find_at, finder, plain_separators

_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # keeps offsets


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span one rule matched, with its match object and any modifier found.

    ``match`` ran on the lower-cased text; :meth:`group` returns the original
    spelling, which the handlers need ("May" the month, "may" the verb).
    """

    start: int
    end: int
    rule: str
    match: re.Match[str]
    source: str
    mod_text: str | None = None  # a modifier just before the span ("early", "about")
    mod_start: int | None = None  # where that modifier starts

    def group(self, name: str) -> str | None:
        try:
            lo, hi = self.match.span(name)
        except IndexError:
            return None
        return None if lo < 0 else self.source[lo:hi]

    @property
    def surface(self) -> str:
        """The whole match in its original spelling."""
        lo, hi = self.match.span()
        return self.source[lo:hi]


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
    """Shared regex pieces (months, weekdays, units, counts…) built from the lexicon."""
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


# Left word boundary that also refuses "F-47", "G7", "1/2"; a hyphen before is
# checked afterwards ("mid-1996" yes, "F-47" no). Right boundary refuses "1,000".
_B = r"(?<![\w'’./])"
_E = r"(?![\w\-/]|,\d|\.\d)"
_B_EXCLUDED = "'’./"  # what _B refuses before a match besides word characters
_WORD_START = r"(?<![\w'’])"  # an anchor word's left boundary
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_HYPHEN_PREFIXES = ("mid", "early", "late", "post", "pre", "end")
# a noun phrase ends here: punctuation, the end, a capital, or a function word, not a
# noun the time word would modify ("the evening news", "a day trader", "a while loop")
# a 24-hour clock is a time after a preposition of time ("at 10:30", "As of 08:00") or
# after a date's year ("Press release 30 October 2023 15:40")
_CLOCK_AFTER_PREPOSITION = (
    "|".join(
        rf"(?<={p}\s{h}:\d\d)"
        for p in ("at", r"as\sof", "by", "from", "until", "till", "since", "before", "after")
        for h in (r"\d\d", r"\d")
    )
    + r"|(?<=\d\d\d\d\s\d\d:\d\d)"
)

# whitespace with at most one line break
_ONE_LINE_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"

_NO_NOUN_AFTER = (
    r"(?=\s*[^\w\s]|\s*$|\s+[A-Z0-9]|\s+(?:of|in|at|on|to|for|from|with|by|after|before"
    r"|since|until|when|while|as|and|or|but|that|which|now|he|she|it|they|we|i|you|the|a|an"
    r"|his|her|its|their|our|this|is|was|were|are|will|would|had|has|have)\b)"
)

# Which anchors a rule's matches always contain (see module docstring).
_RULE_ANCHORS: dict[str, tuple[str, ...]] = {
    "date_mdy": ("month",),
    "date_dmy": ("month",),
    "month_year": ("month",),
    "iso": ("numdate",),
    "slash": ("numdate",),
    "decade": ("decade",),
    "century": ("century",),
    "year": ("year",),
    "year_span": ("year",),
    "era_year": ("era",),
    "era_decade": ("era",),
    "short_year": ("shortyear",),
    "quarter": ("quarterword",),
    "rel_quarter": ("unit",),
    "year_period": ("quarterword",),
    "relative": ("unit", "month", "season", "weekday"),
    "named_month": ("month",),
    "season": ("season",),
    "quarter_code": ("qcode",),
    "mil_time": ("miltime",),
    "weekday": ("weekday",),
    "dayword": ("day",),
    "this_pod": ("pod",),
    "time": ("time", "clock", "pod"),
    "ago": ("agoword",),
    "vague_ago": ("agoword",),
    "long_units": ("unit",),
    "spelled_year": ("spelled",),
    "decade_word": ("decadeword",),
    "the_unit": ("unit",),
    "in_the": ("unit",),
    "new_year": ("unit",),
    "day_after": ("unit",),
    "duration": ("unit",),
    "unit_range": ("unit",),
    "vague_units": ("unit",),
    "bare_units": ("unit",),
    "vague_amount": ("vagueamount",),
    "nth_day": ("unit",),
    "vague": ("vague",),
    "set": ("unit", "month", "season", "weekday", "pod"),
    "set_plural": ("weekday",),
    "set_word": ("setword",),
    "holiday": ("holiday",),
    "anaphor": ("unit", "pod"),
    "year_ago_adj": ("quarterword",),
    "month_rel_year": ("month",),
    "nth_week_of": ("month",),
    "week_of": ("month",),
    "year_end": ("unit",),
    "between": ("weekday",),
    "that_weekday": ("weekday",),
    "two_units_away": ("unit",),
    "overnight": ("pod",),
    "this_time": ("unit",),
    "units_time": ("unit",),
    "weekday_week": ("weekday",),
    "day_only": ("ordday",),
}
_LEFT, _RIGHT = 56, 48  # how far a match may reach before / after its anchor
# rules whose leading preposition only places the match and is left out of the span
LEAD_RULES = frozenset(
    {"bare_units", "set_plural", "day_only", "vague_amount", "nth_day", "date_mdy", "date_dmy"}
)


@cache
def rules(language: str = "en") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The detection rules of one language, compiled once (lower-case patterns)."""
    lex = load(language)
    f = _fragments(lex)
    mon, wd = f"(?:{f.month})", f"(?:{f.weekday})"
    wd_prefix = f"(?:{alternation([*lex.weekdays, *lex.weekday_abbreviations])})"
    tens19 = alternation(lex.tens)
    ones9 = alternation(lex.ones)
    decade_words = alternation(lex.decade_words)
    rng = alternation(lex.range_words)  # "3 to 5 March", "March 3-5"
    ago = alternation(lex.ago)
    anaphoric = alternation(lex.anaphoric_offsets)
    day_words = alternation(lex.day_words)
    clock_words = alternation(lex.clock_words)
    era = alternation(lex.eras)
    bc_era = alternation(k for k, v in lex.eras.items() if v == "BC")
    span_rules = {
        # "Thursday, March 6, 2025", "March 6th", "March 3-5": month first
        # "between April 2 and 4" is a range too (the lead word stays out of the span)
        # ("1 August 30 BC" is a day of the year 30 BC, not "August 30")
        "date_mdy": rf"(?P<lead>between\s+)?(?:(?P<wd>{wd_prefix}),?\s+)?(?P<mon>{mon})"
        rf"\s+(?P<day>{_DAY})(?!\s*(?:{bc_era})(?![\w]))"
        rf"(?:(?(lead)\s+and\s+|\s*(?:{rng})\s*)(?P<day2>{_DAY}))?"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
        # "Thursday 6 March", "the 5th of March 2025", "3 to 5 March", "between 2 and 4 April"
        "date_dmy": rf"(?P<lead>between\s+)?(?:(?P<wd>{wd_prefix}),?\s+)?(?P<day>{_DAY})"
        rf"(?:(?(lead)\s+and\s+|\s*(?:{rng})\s*)(?P<day2>{_DAY}))?(?:\s+of)?\s+(?P<mon>{mon})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
        "month_year": rf"(?P<mon>{mon}),?\s+(?:of\s+)?(?P<year>{_YEAR}|'\d\d)",
        "iso": r"(?P<y>[12]\d{3})(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
        r"(?:[t ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?",
        "slash": r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})",
        "decade": r"(?:(?P<the>the)\s+)?(?:(?P<dmod>early|mid|late)[\s-]+)?"
        r"(?P<dec>1\d\d0|20\d0|'\d0|\d0)'?s",
        "century": rf"(?:the\s+)?(?P<ord>{f.ordinal}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century"
        rf"(?:\s+(?P<era>{era}))?",
        "year": rf"(?:(?P<fiscal>fiscal(?:\s+year)?|fy|the\s+year|calendar(?:\s+year)?)\s+)?"
        rf"(?P<year>{_YEAR})(?:'s)?",
        # "1914-18", "1939–1945", "the 2025/26 season": two years, two TIMEX3s (see
        # explicit.second_year); the first is this rule's span
        "year_span": rf"(?P<year>{_YEAR})(?P<sep>\s?[-–—/]\s?)(?P<y2>\d\d(?:\d\d)?)"
        rf"(?!\s?(?:{era}))",
        # "431 BC", "AD 43", "404 B.C.": years of an era, any number of digits
        "era_year": rf"(?P<pre>{era})\s+(?P<ady>\d{{1,4}})|(?P<y1>\d{{1,4}})\s?(?P<era>{era})",
        # "the 180s BC": a decade of an era
        "era_decade": rf"(?:the\s+)?(?P<dec>\d{{0,2}}[1-9]0|[1-9]\d{{0,2}}0)'?s\s?(?P<era>{era})",
        "short_year": r"(?P<fiscal>fiscal\s+|in\s+|of\s+|since\s+)?'(?P<yy>\d\d)",
        "quarter": rf"(?:the\s+)?(?:(?P<qyear>{_YEAR})\s+|(?P<qrel>this|next|last|latest|current"
        r"|same|previous|year-ago|year-earlier|past|coming|recent|fiscal|this\s+year's"
        r"|last\s+year's|next\s+year's)\s+)?(?:fiscal[\s-]+)?"
        # "last" only before "of": "the last half of 1989" (alone, "last quarter" is relative)
        # "the April-June quarter": a quarter named by its months
        r"(?P<qord>(?P<qmon>jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?)\.?\s?[-–]\s?"
        r"(?:mar(?:ch)?|june?|sept?(?:ember)?|dec(?:ember)?)\.?"
        r"|first|second|third|fourth|final|1st|2nd|3rd|4th"
        rf"|last(?=[\s-]+(?:fiscal\s+)?(?:quarter|half)\s+of\s+(?:fiscal\s+)?{_YEAR}))[\s-]+"
        r"(?:fiscal\s+)?(?P<q>quarter|half|period)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<qof>{_YEAR}|this\s+year|last\s+year|next\s+year))?"
        # "the second half of August": a modifier of the month, not a half-year
        rf"(?!\s+of\s+(?:{mon}|the\s+month)\b)",
        # "the year-ago quarter", "the same period last year", "the quarter a year ago"
        "rel_quarter": r"the\s+(?:(?:comparable\s+|corresponding\s+)?(?P<qrel>latest|current|same"
        r"|previous|year-ago|year-earlier|prior-year|fiscal|most\s+recent|recent|comparable"
        r"|corresponding)\s+|(?=(?:quarter|period)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))))"
        r"(?:fiscal\s+)?(?P<q>quarter|period|year|half)(?P<ago>\s+(?:last\s+year|a\s+year"
        r"\s+(?:ago|earlier)))?",
        "year_period": rf"the\s+(?P<qyear>{_YEAR})\s+(?P<q>period|quarter|half)",
        "relative": rf"(?P<rel>{f.rel})\s+(?P<what>week|weekend|month|quarter|year|fiscal\s+year"
        rf"|decade|century|{mon}|{f.season}|{wd})(?!\.?\s*\d)",
        # "that November": the November of the year last named
        "named_month": rf"(?:(?P<that>[Tt]hat)\s+)?(?P<mon>{mon})"
        # "December of that year": the month of the year last named, as "that December"
        r"(?P<ofthat>\s+of\s+(?:that|the\s+same)\s+year)?",
        "season": rf"(?:(?P<that>that\s+)|the\s+)?(?P<season>{f.season})"
        rf"(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})(?!\s?(?:{era}))|(?P<ey>\d{{1,4}})\s?(?P<era>{era})))?",
        # business shorthand: "Q3 2024", "H1", "FY2025", "FY 24"
        "quarter_code": rf"(?P<code>q[1-4]|h[12])(?:\s+(?:of\s+)?(?P<year>{_YEAR}|fy\s?\d\d))?"
        rf"|(?P<fy>fy)\s?(?P<fyear>{_YEAR}|\d\d)(?![\d-])",
        # "0735 GMT": newswire clock times
        "mil_time": r"(?P<hhmm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s+(?P<zone>gmt|utc|z)\b",
        "weekday": rf"(?P<wd>{wd})(?:'s)?(?:\s+(?P<pod>{f.pod})(?P<every>s)?)?",
        "dayword": rf"(?P<dw>{day_words})(?:'s)?(?:\s+(?P<pod>{f.pod}))?",
        # "mid afternoon", "late morning yesterday": a part of day narrowed (TimeML mod)
        "this_pod": rf"(?P<this>this|that|last|the\s+same|every)\s+(?P<pod>{f.pod})"
        rf"|(?P<pmod>mid|early|late|(?<=in\s)the)[\s-]+(?P<pod2>morning|afternoon|evening)"
        rf"(?:\s+(?P<pday>today|yesterday|tomorrow))?(?!\s+of\b)(?:(?<!the\smorning)"
        rf"(?<!the\safternoon)(?<!the\sevening)|{_NO_NOUN_AFTER}|(?=\s+(?P<pnext>\w)))",
        "time": rf"(?:(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)"
        # "15:00 GMT", "10:30 local time", "at 10:30": a 24-hour clock needs one of them
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)"
        rf"(?=\s*(?:{f.zone}|hours|h|local\s+time)\b|{_CLOCK_AFTER_PREPOSITION})"
        # a programme line opening with its time: "09:30 Opening address by ..."
        rf"|(?<=\n)(?P<hl>[01]\d|2[0-3]):(?P<ml>[0-5]\d)(?=[ \t]+\S)"
        rf"|(?P<cw>{clock_words})|(?P<hm>[01]?\d)\s+in\s+the\s+(?P<mpod>morning|afternoon|evening))(?:\s+(?P<zopen>\()?(?P<zone>{f.zone})\b(?(zopen)\)))?"
        # a day written right after the time is one expression ("10 p.m. Wednesday");
        # after "on" it is its own ("at 9 am on Saturday"), as TimeML annotators split it
        # (within its paragraph: "until around 1 a.m.\n\nWednesday 10 September" is a
        # time and the next entry's heading)
        rf"(?:,?{_ONE_LINE_GAP}(?P<wd>{wd}|{day_words}))?"
        rf"(?:,?{_ONE_LINE_GAP}(?:(?P<tmon>{mon})\s+(?P<tday>{_DAY})"
        rf"|(?P<tday2>{_DAY})\s+(?P<tmon2>{mon})))?",
        "ago": rf"(?P<num>{f.num})[\s-]+(?:more\s+)?(?P<unit>{f.unit})\s+(?:or\s+so\s+)?"
        rf"(?:(?P<dir>{ago})|(?P<dir2>{anaphoric})(?!\s+than))",
        # ... but "six months later than planned" is an amount (a DURATION)
        "vague_ago": rf"(?P<unit>days|weeks|months|years|decades)\s+(?P<dir>{ago}|{anaphoric})"
        r"(?!\s+than)",
        "long_units": r"(?P<unit>day|week|month|year|decade|hour|minute)s?-?long",
        "spelled_year": rf"(?:the\s+year\s+|(?:the\s+)?(?P<season>{f.season})\s+of\s+"
        rf"|(?P<mon>{mon})\s+)?(?P<sp>nineteen(?:\s+hundred)?(?:\s+and)?\s+"
        rf"(?:{tens19})(?:[\s-](?:{ones9}))?|nineteen\s+hundred|two\s+thousand(?:\s+(?:and\s+)?"
        rf"(?:{tens19}|{ones9}))?)",
        "decade_word": rf"the\s+(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dw>{decade_words})",
        "the_unit": r"the\s+(?P<adj>full\s+|fiscal\s+|current\s+|calendar\s+|entire\s+|whole\s+)?"
        r"(?P<unit>week|weekend|month|year)(?!-)",
        # "later in the week"; "through midweek", "funded at mid-year"
        "in_the": r"(?:(?P<lt>earlier|later|early|late)\s+in\s+the\s+"
        r"|(?<![\w-])(?P<mid>mid)-?(?=(?:week|month|year)(?![\w-])))(?P<unit>year|month|week|day)"
        # ... but not "the mid-year coordination meeting"
        rf"(?(mid){_NO_NOUN_AFTER})",
        # "debate it in the new year" written in the autumn: next year (not "New Year")
        "new_year": r"(?-i:the\s+new\s+(?P<unit>year))(?![-'’])",
        # "arrived on April 11 and left the day after": the next day, no event named
        "day_after": r"the\s+(?P<unit>day|week|month|year)\s+(?P<ba>after|before)"
        r"(?=\s*[,.;:)]|\s*$)",
        # "the past two years", "the latest nine months", "the year-earlier six months"
        "duration": rf"(?:(?P<rel>the\s+(?:past|last|next|coming|first|previous|following|"
        r"final|remaining|preceding|latest|year-earlier|year-ago|prior-year|comparable|same)"
        r"|past|last|next|coming|first|another|the|recent)\s+)?"
        rf"(?P<num>{f.num})(?P<half2>\s+and\s+a\s+half)?[\s-]+(?:more\s+|additional\s+|full\s+"
        rf"|straight\s+|consecutive\s+"
        rf"|trading\s+|business\s+|working\s+)?(?P<unit>{f.unit})(?P<adj>-long|-old)?"
        r"(?P<half>\s+and\s+a\s+half)?",
        # "the next 12 to 18 months": the range keeps its determiner, as a count does
        "unit_range": r"(?:(?:the\s+)?(?:past|last|next|coming|first|previous|following)\s+)?"
        rf"(?P<num>{f.num})\s+(?:to|or)\s+(?P<num2>{f.num})\s+(?P<unit>{f.unit})",
        "vague_units": r"(?P<rel>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few"
        r"|the\s+next\s+few|past\s+few|last\s+few|next\s+few|the\s+past\s+several"
        r"|the\s+last\s+several|upcoming|the\s+upcoming|past|future)\s+(?P<unit>days|weeks|months"
        r"|years|decades|hours|quarters)|the\s+(?P<unit2>days|weeks|months|years)\s+ahead",
        # "for weeks", "(the first time) in years.", "the days before the vote"
        "bare_units": r"(?P<lead>for\s+|within\s+|in\s+(?=\w+\s*[.,;:!?)]|\w+$)|the\s+)"
        r"(?P<unit>days|weeks|months|years|decades|hours|centuries)"
        r"(?:(?=(?P<rel>\s+(?:before|after|leading|following|that\s+followed|since)\b)))?",
        "vague": rf"(?P<vague>{alternation(lex.vague)})",
        # "for a while", "in some time": an amount with no number (TimeML DURATION PXX);
        # not "once in a while" (a frequency) nor "some time ago" (a date)
        "vague_amount": rf"(?<!once\s)(?P<lead>for\s+|in\s+|after\s+)"
        rf"(?P<va>{alternation(lex.vague_amounts)})(?!\s+(?:ago|before|after|later|earlier))"
        rf"{_NO_NOUN_AFTER}",
        # "every Tuesday", "every other week", "every two years", "every Tuesday evening"
        "set": rf"(?P<q>{alternation(lex.every)})\s+(?:(?P<other>other)\s+"
        rf"|(?P<n>{f.num})\s+(?={f.unit}))?"
        rf"(?P<what>{wd}|{mon}|{f.season}|{f.unit}|{f.pod})(?:\s+(?P<spod>{f.pod}))?",
        "set_plural": rf"(?P<lead>on\s+)?(?P<wd>{wd})s",
        "set_word": rf"(?P<sw>{alternation(lex.set_words)})",
        "holiday": rf"(?:(?P<hrel>this|next|last|this\s+year's|last\s+year's)\s+)?"
        rf"(?P<hol>{alternation(lex.holidays)})(?:\s+(?P<year>{_YEAR}))?",
        "anaphor": r"(?P<pre>the|that|this)\s+(?:(?P<rel>following|next|previous|preceding|same"
        r"|prior)\s+)?(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night"
        r"|quarter|period|decade)",
        # "the second day (of the offensive)", "his first day in office": a day counted
        # within an event; a possessive is left out of the span, "the" kept
        "nth_day": r"(?:the\s+|(?P<lead>(?:his|her|its|their|our|my|your)\s+))"
        r"(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)"
        rf"\s+day(?![\w-]){_NO_NOUN_AFTER}",
        "year_ago_adj": r"(?P<ya>year-ago|year-earlier|year-before)",
        "month_rel_year": rf"(?:(?P<rday>{_DAY})\s+(?:of\s+)?)?(?P<mon>{mon})"
        rf"(?:\s+(?P<rday2>{_DAY}))?\s+(?P<ry>this|last|next)\s+year",
        "nth_week_of": r"the\s+(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+"
        rf"(?P<mon>{mon})(?:,?\s+(?P<year>{_YEAR}))?",
        "week_of": rf"the\s+week\s+of\s+(?:(?P<mon>{mon})\s+(?P<day>{_DAY})"
        rf"|(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{mon}))",
        # "on the 12th": a day of the current (or adjacent) month, not "the 5th floor"
        "day_only": r"(?P<lead>(?:on|by|until|from|since)\s+)the\s+"
        r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\s+[a-z])",
        "year_end": r"(?P<ye>year-end|year's\s+end|year\s+end|the\s+end\s+of\s+the\s+year"
        r"|the\s+turn\s+of\s+the\s+century)",
        # "briefed ministers overnight": the night before the report
        "overnight": r"(?P<on>overnight)",
        # "the weekend before last", "the week after next": two back, two on
        "two_units_away": r"the\s+(?P<unit>week|weekend|month|year)\s+"
        r"(?P<rel>before\s+last|after\s+next)",
        # "this time last year": the same day a year back (or on)
        "this_time": r"this\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)",
        # "in three weeks' time": counted from now, like "three weeks from now"
        "units_time": rf"(?P<num>{f.num})\s+(?P<unit>{f.unit})['’]\s*time",
        # "Tuesday week" (British): the Tuesday after the coming one
        # "Monday next week", "Friday of last week": that weekday of the week named
        "weekday_week": rf"(?P<wd>{wd})\s+(?:(?:of\s+)?(?P<wrel>next|this|last)\s+)?week(?![\w-])",
        # "a ticket for that Sunday": the Sunday of the week the story is in
        # a story's "on the Monday and Tuesday", "late on the Saturday": its weekday, not
        # a name ("the Sunday Times") nor an attribute ("the Monday meeting")
        "that_weekday": rf"(?:that|(?P<the>the))\s+(?P<wd>{wd})(?!s\b)"
        r"(?(the)(?<=day)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|after|before|when|morning|afternoon"
        r"|evening|night|the|a|an|he|she|it|they|we|its|his|her|their|there)\b))",
        # weekday ranges: "between Monday and Wednesday", "from Monday until Friday"
        "between": rf"(?P<lead>between|from)\s+(?P<wd>{wd})\s+(?:and|to|until|till|through)\s+"
        rf"(?P<wd2>{wd})",
    }
    compiled = tuple(
        (name, re.compile(_B + f"(?:{body})" + _E)) for name, body in span_rules.items()
    )
    missing = {name for name, _ in compiled} - set(_RULE_ANCHORS)
    if missing:
        raise RuntimeError(f"rules without anchors: {sorted(missing)}")
    return compiled


@dataclass(frozen=True, slots=True)
class _Group:
    """The rules that scan the same windows (same anchor kinds), and one finder for
    them all: a separator after which at least one of them matches (see scan.py)."""

    kinds: tuple[str, ...]
    members: tuple[tuple[int, str, re.Pattern[str]], ...]  # priority, name, pattern
    finder: re.Pattern[str] | None


_GROUP_NAME = re.compile(r"(?<!\\)\(\?(?:P<|P=|\()(?=\w+[>)])")


def _own_groups(body: str, prefix: str) -> str:
    """``body`` with its group names prefixed, so that several rules fit in one pattern."""
    return _GROUP_NAME.sub(lambda m: m.group(0) + prefix, body)


@cache
def _groups(language: str = "en") -> tuple[_Group, ...]:
    """Rules grouped by their anchor kinds, in rule order, each group with its finder
    (None when a rule could match an empty string or refers to a group by number)."""
    by_kinds: dict[tuple[str, ...], list[tuple[int, str, re.Pattern[str]]]] = {}
    for priority, (name, rx) in enumerate(rules(language)):
        by_kinds.setdefault(_RULE_ANCHORS[name], []).append((priority, name, rx))
    groups = []
    for kinds, members in by_kinds.items():
        bodies = [rx.pattern.removeprefix(_B) for _, _, rx in members]
        # a group referred to by number would change number in the union
        numbered = any(re.search(r"\\[1-9]|\(\?\(\d", b) for b in bodies)
        union = "|".join(
            f"(?:{_own_groups(b, f'r{priority}_')})"
            for (priority, _, _), b in zip(members, bodies, strict=True)
        )
        fast = None if numbered else finder(union, _B_EXCLUDED)
        groups.append(_Group(kinds, tuple(members), fast))
    return tuple(groups)


@cache
def _anchor_patterns(
    language: str = "en",
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One trie-shaped scan for anchor words, one for anchor numbers."""
    lex = load(language)
    kinds: dict[str, tuple[str, ...]] = {}

    def add(words: Iterable[str], kind: str) -> None:
        for w in words:
            key = " ".join(w.split()).rstrip(".")
            if kind not in kinds.get(key, ()):
                kinds[key] = (*kinds.get(key, ()), kind)

    add(lex.months, "month")
    add(lex.weekdays, "weekday")
    add((w + "s" for w in lex.weekdays if w.endswith("day")), "weekday")
    add(lex.units, "unit")
    add(["period", "half", "year-ago", "year-earlier", "year-before", "year-end"], "unit")
    add((u + "long" for u in ("day", "week", "month", "year", "decade", "hour")), "unit")
    add(("midweek", "midmonth", "midyear"), "unit")
    add(lex.seasons, "season")
    add(lex.day_words, "day")
    add(lex.parts_of_day, "pod")
    add(lex.clock_words, "clock")
    add(lex.vague, "vague")
    add((w.split()[-1] for w in lex.vague_amounts), "vagueamount")
    add(lex.set_words, "setword")
    add((h.split()[0] for h in lex.holidays), "holiday")
    add(lex.decade_words, "decadeword")
    add(["nineteen", "thousand"], "spelled")
    add(["century", "centuries"], "century")
    add(lex.eras, "era")
    add(
        ["quarter", "quarters", "half", "period", "year-ago", "year-earlier", "year-before"],
        "quarterword",
    )
    add([*lex.ago, *lex.anaphoric_offsets], "agoword")
    add(["q1", "q2", "q3", "q4", "h1", "h2", "fy"], "qcode")
    # a multi-word anchor ("from now") also stands for its words ("now"): the scan
    # keeps the longest match, which must not hide a shorter anchor inside it
    for key in [k for k in kinds if " " in k]:
        for word in key.split():
            for kind in kinds.get(word, ()):
                if kind not in kinds[key]:
                    kinds[key] = (*kinds[key], kind)
    words = _WORD_START + rf"(?:{alternation(kinds)})(?![a-z])"  # "fy2025" anchors too
    # every number anchor opens with a digit or a quote: the pattern reads that first
    # character with a class, which lets the engine skip straight to the next one, and
    # each alternative checks it again by look-behind and goes on from the second
    # ("1990s" is [\d] then (?<=\d)\d\d0's, "'98" is ['] then (?<=')\d\d)
    numbers = (
        r"(?P<decade>(?<=\d)(?:\d\d0|0)'?s\b)"
        r"|(?P<numdate>(?<=\d)(?:\d{3}[-/]\d\d[-/]\d\d|\d?/\d{1,2}/\d{2,4}))"
        r"|(?P<time>(?<=\d)(?:\d?(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|\d?:\d\d))"
        r"|(?P<shortyear>(?<=')\d\d\b)"
        r"|(?P<ordday>(?<=\d)\d?(?:st|nd|rd|th)\b)"
        r"|(?P<miltime>(?<=[012])\d[0-5]\d(?=\s+(?:gmt|utc|z)\b))"
        r"|(?P<year>(?<![\d,.].)(?:(?<=1)\d|(?<=2)0)\d\d(?!\d|,\d))"
    )
    return re.compile(words), re.compile(rf"[\d'](?:{numbers})"), kinds


@cache
def _anchor_finder(language: str = "en") -> re.Pattern[str] | None:
    """The anchor-word scan's finder (scan.py)."""
    words = _anchor_patterns(language)[0]
    return finder(words.pattern.removeprefix(_WORD_START), "'’")


@cache
def _ascii_numbers(language: str = "en") -> re.Pattern[str]:
    """The number-anchor scan for an ASCII text, where ``\\d`` is ``[0-9]``: a class of
    plain characters is quicker to test than the Unicode digit category."""
    numbers = _anchor_patterns(language)[1]
    return re.compile("[0-9']" + numbers.pattern.removeprefix("[\\d']"))


def _anchors(low: str, language: str, plain: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Anchor spans by kind, in text order (``plain``: see scan.plain_separators)."""
    words, numbers, kinds = _anchor_patterns(language)
    out: dict[str, list[tuple[int, int]]] = {}
    fast = _anchor_finder(language) if plain else None
    for m in words.finditer(low) if fast is None else find_all(words, fast, low):
        for kind in kinds.get(" ".join(m.group(0).split()).rstrip("."), ()):
            out.setdefault(kind, []).append(m.span())
    for m in (_ascii_numbers(language) if low.isascii() else numbers).finditer(low):
        if m.lastgroup is not None:
            out.setdefault(m.lastgroup, []).append(m.span())
    return out


_WORD_TAIL = re.compile(r"[\w'’.,/-]*")


def _windows(spans: list[tuple[int, int]], low: str) -> list[tuple[int, int]]:
    """Merged stretches around anchors, each ending on a word boundary."""
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        lo, hi = max(0, a - _LEFT), b + _RIGHT
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    n = len(low)
    out = []
    for lo, hi in merged:
        if hi >= n:
            out.append((lo, n))
            continue
        tail = _WORD_TAIL.match(low, hi)
        out.append((lo, tail.end() if tail else hi))
    return out


def _hyphen_ok(low: str, start: int) -> bool:
    """A hyphen before the match is only allowed after "mid-", "post-" and the like."""
    if start == 0 or low[start - 1] != "-":
        return True
    return low[max(0, start - 6) : start - 1].split(" ")[-1].strip("(") in _HYPHEN_PREFIXES


@cache
def _mod_prefix(language: str = "en") -> re.Pattern[str]:
    """Modifier words that precede an expression and belong to it (TimeML ``mod``)."""
    lex = load(language)
    return re.compile(rf"(?:^|(?<=[\s(]))(?P<mod>{alternation(lex.mods)})(?:\s+|-|(?<=-))$")


def candidates(text: str, language: str = "en") -> list[Candidate]:
    """All non-overlapping candidate spans, longest first, in text order."""
    low = text.translate(_LOWER)
    plain = plain_separators(low)
    anchors = _anchors(low, language, plain)
    found: list[tuple[Candidate, int]] = []
    for group in _groups(language):
        spans = [s for k in group.kinds if k in anchors for s in anchors[k]]
        if not spans:
            continue  # most kinds are absent from a given text
        fast = group.finder if plain else None
        for lo, hi in _windows(spans, low):
            if fast is not None:
                # the positions where some rule of the group matches (see scan.py)
                starts = [sep.end() for sep in fast.finditer(low, lo - 1 if lo else 0, hi)]
                if lo == 0:
                    starts.insert(0, 0)
                if not starts:
                    continue
            for priority, name, rx in group.members:
                matches = (
                    rx.finditer(low, lo, hi) if fast is None else find_at(rx, starts, low, lo, hi)
                )
                for m in matches:
                    start, end = m.span()
                    if not _hyphen_ok(low, start) and not (
                        name == "era_year" and low[start - 2 : start - 1].isdigit()
                    ):
                        continue  # "F-47"; but "431-404 BC" is a span of years
                    if name in LEAD_RULES and m.group("lead"):
                        start += len(m.group("lead"))
                    found.append((Candidate(start, end, name, m, text), priority))
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
    window = text[lo : cand.start].translate(_LOWER)
    m = _mod_prefix(language).search(window)
    if m is None or (m.start() == 0 and lo > 0 and text[lo - 1].isalnum()):
        return cand  # no modifier, or the window began inside a word ("trans|late")
    mod = " ".join(window[m.start("mod") : m.end("mod")].split())
    return Candidate(cand.start, cand.end, cand.rule, cand.match, cand.source, mod, lo + m.start())
