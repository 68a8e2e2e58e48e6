"""Tense and modality of the clause around a temporal expression.

A bare "Thursday" is ambiguous; the verb group of its clause decides whether
it is the coming or the past Thursday (issue 3: "tense and modality decide
direction, clause by clause"). Reported speech is split at the complementiser,
so in "said on Sunday that they would meet on Friday" Sunday is past and
Friday future. HeidelTime reads the tense of the whole sentence and gets the
second half wrong; reading the nearest verb group of the clause does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from schedule.resolution.lexicon import alternation, load
from schedule.resolution.types import Direction

_CLAUSE_OPENERS = (
    r"the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those|there|"
    r"some|no|all|both|one|two|many|most|such|if|when|after|before|in|on|at|by|for|from"
)
_WINDOW = 320  # characters looked at on each side; clauses in news are shorter
_TIME_NOUNS = (
    r"day|days|week|weeks|month|months|year|years|morning|night|time|afternoon|evening|weekend"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    sentence: re.Pattern[str]
    breaks: re.Pattern[str]
    strong: re.Pattern[str]
    weak: re.Pattern[str]
    not_past: frozenset[str]


@cache
def _patterns(language: str = "en") -> _Patterns:
    lex = load(language)
    cues = lex.cues
    future = alternation(cues["future"])
    future_lc = alternation(cues["future_lowercase"])
    past = alternation(w for w in cues["past"] if w not in cues["past_ambiguous"])
    breaks = alternation(cues["clause_breaks"])
    strong = re.compile(
        rf"(?<![\w'’])(?:(?P<future>{future}|(?-i:{future_lc}))"
        # a passive participle ("must be returned by Jan. 14") is not a past tense
        r"|(?P<passive>(?:be|been|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?[a-z]+ed)"
        # present progressive ("is meeting on Thursday"): scheduled future
        r"|(?P<prog>(?:is|are|am|'s|’s|'re|’re)\s+(?:\w+ly\s+)?(?!being\b)[a-z]+ing)"
        rf"|(?P<past>{past})"
        r"|(?P<ed>[a-z]+ed))(?![\w'’])",
        re.IGNORECASE,
    )
    return _Patterns(
        # sentence ends, semicolons, colons, quotation marks and line breaks
        sentence=re.compile(r"[.!?](?=[\"”’')\]]*\s+[\"“‘(\[]*[A-Z0-9])|[;:\n“”\"]|\s--?\s|\s_\s"),
        # complementisers and relative pronouns open a new clause, except
        # "that" as a determiner of a time noun ("that day")
        breaks=re.compile(
            rf"(?<![\w'])(?:{breaks})(?![\w'])(?!\s+(?:{_TIME_NOUNS})\b)"
            # "that" opens a clause only as a complementiser, not in "that work"
            rf"|(?<![\w'])that\s+(?=(?:{_CLAUSE_OPENERS})\b|(?-i:[A-Z]))|,\s+(?:and|or)\b",
            re.IGNORECASE,
        ),
        strong=strong,
        weak=re.compile(r"(?<![\w'])(?:is|are|am|says|say)(?![\w'])", re.IGNORECASE),
        not_past=frozenset(cues["not_past_ed"]),
    )


def clause_span(text: str, start: int, end: int, *, language: str = "en") -> tuple[int, int]:
    """Offsets of the clause holding ``text[start:end]`` (see module docstring)."""
    pats = _patterns(language)
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    left, right = lo, hi
    for rx in (pats.sentence, pats.breaks):
        for m in rx.finditer(text, left, right):
            if m.end() <= start:
                left = m.end()
            elif m.start() >= end:
                right = m.start()
                break
    return left, right


def clause_direction(
    text: str, start: int, end: int, *, language: str = "en"
) -> tuple[Direction, str | None]:
    """Direction of the clause around ``text[start:end]`` and the cue that decided it.

    The nearest tense or modality cue wins ("will", "is due to", "said", "had",
    a past participle in "-ed"); a bare present ("is", "says") only counts when
    no other cue is there. ``(Direction.NONE, None)`` when the clause is silent.
    """
    pats = _patterns(language)
    left, right = clause_span(text, start, end, language=language)
    best: tuple[int, Direction, str] | None = None
    for m in pats.strong.finditer(text, left, right):
        if m.start() < end and m.end() > start:
            continue  # a cue inside the expression itself ("last") is not the clause's
        word = m.group(0)
        if m.group("passive") is not None:
            continue
        if m.group("ed") is not None and word.lower() in pats.not_past:
            continue
        direction = Direction.PAST if m.group("past") or m.group("ed") else Direction.FUTURE
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, direction, " ".join(word.split()))
    if best is not None:
        return best[1], best[2]
    m = pats.weak.search(text, left, right)
    if m is not None:
        return Direction.PRESENT, m.group(0)
    return Direction.NONE, None
