"""Tense and modality of the clause around a temporal expression.

A bare "Thursday" is ambiguous; the verb group of its clause decides whether
it is the coming or the past Thursday (issue 3: "tense and modality decide
direction, clause by clause"). Reported speech is split at the complementiser,
so in "said on Sunday that they would meet on Friday" Sunday is past and
Friday future. HeidelTime reads the tense of the whole sentence and gets the
second half wrong; reading the nearest verb group of the clause does not.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from schedule.resolution.lexicon import alternation, load
from schedule.resolution.scan import find_all, find_at, plain_separators, separator_class
from schedule.resolution.types import Direction

_CLAUSE_OPENERS = (
    r"the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those|there|"
    r"some|no|all|both|one|two|many|most|such|if|when|after|before|in|on|at|by|for|from"
)
CLAUSE_WINDOW = 320  # characters looked at on each side; clauses in news are shorter
_ATTRIBUTION = frozenset({"said", "says", "told", "added", "announced", "confirmed", "stated"})
# what may open a clause before a fronted date: quotes, a discourse adverbial, a
# conjunction and a preposition ("On", "Late on", "And on", "Also", "In other news on")
_FRONTED = re.compile(
    r"[\s\"'`“‘(]*(?:(?:in\s+other\s+news|elsewhere|meanwhile|separately|earlier|later),?\s+)?"
    r"(?:(?:and|but|so|then|also|late|early|on|by|until|since|as\s+of)\s+){0,2}"
    # an opening participle's phrase ("Speaking to supporters on Monday night, he said")
    r"|[\s\"'`“‘(]*(?-i:[A-Z][a-z]+ing)(?:\s[^,;.\"“]{0,80}?)?\s(?:late\s+|early\s+)?(?:on|at)\s+",
    re.IGNORECASE,
)
_NEW_DATE_AFTER = re.compile(
    r"\s*(?:(?:the|on|a|an|early|late|mid|next|this|(?:a\s+(?:later\s+)?date|sometime)\s+in)\s+)*"
)
_COMMA_PENALTY = 40  # a comma between a date and a later cue usually closes the date's clause
_COORDINATOR = re.compile(r"\s(?:and|but|or)\s")  # so does a coordinating conjunction
_TIME_NOUNS = (
    r"day|days|week|weeks|month|months|year|years|morning|night|time|afternoon|evening|weekend"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Compiled cue and boundary patterns of one language."""

    sentence: re.Pattern[str]
    sentence_marks: re.Pattern[str]  # the characters a sentence break can open with
    breaks: re.Pattern[str]
    breaks_finder: re.Pattern[str]  # see scan.py: a separator before a break word or a comma
    strong: re.Pattern[str]
    weak: re.Pattern[str]
    not_past: frozenset[str]
    before_only: frozenset[str]  # cues that govern only a date after them ("ahead of")
    rescheduling: frozenset[str]  # verbs that put something off ("postponed", "adjourned")
    relative: re.Pattern[str]


def _cased(words: list[str] | tuple[str, ...]) -> list[str]:
    """Each word as written and capitalised, for case-sensitive (fast) matching."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:])]


def _abbreviation_guard(words: tuple[str, ...]) -> str:
    """Look-behinds, read just after a period, that keep it from ending the sentence
    when it closes a title or an initial: "On Friday, Mr. Smith will visit", "U.S.
    Navy", "a.m. Friday".

    One look-behind per length (Python's are fixed-width), each a whole word; a
    lone capital ("W. Bush", "U.S.") or a letter after a period ("a.m.", "e.g.")
    is an initial.
    """
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(re.escape(w))
    guards = "".join(rf"(?<!\b(?:{'|'.join(ws)})\.)" for _, ws in sorted(by_len.items()))
    return guards + r"(?<!\b[A-Z]\.)(?<!\.[a-z]\.)"


# what ``\s`` matches (str.isspace), spelled out: a pattern whose first item is a class
# of plain characters lets the engine skip to the next candidate without trying a match
# at every position (tests/resolution/test_scan.py checks the list)
WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


@cache
def _patterns(language: str = "en") -> _Patterns:
    """Build the cue and clause-boundary patterns of one language from its lexicon."""
    lex = load(language)
    cues = lex.cues
    # "could resume on Monday" looks ahead, "could not attend on Monday" back
    future = alternation(cues["future"])
    future += r"(?!(?:(?<=could)|(?<=should)|(?<=must))\s+(?:not\s+)?have\b)"
    future += r"(?!(?<=could)\s+not\b)"
    future_lc = alternation(cues["future_lowercase"])
    irregular = alternation(w for w in cues["past"] if len(w) > 3 and not w.endswith("ed"))
    pronouns = alternation(cues["subject_pronouns"])
    # "to" before a noun is no infinitive: "shot to death on", "came to power in"
    not_inf = alternation(cues["not_infinitive"])
    weekdays = alternation(w for w in lex.weekdays if len(w) > 3)  # "to meet X Wednesday"
    past = alternation(w for w in cues["past"] if w not in cues["past_ambiguous"])
    breaks = alternation(_cased(cues["clause_breaks"]))
    rescheduled = alternation(cues["rescheduled_to"])
    openers = alternation(_cased(_CLAUSE_OPENERS.split("|")))
    # a period ends a sentence unless it closes a title or an initial ("Mr.", "U.S.")
    after_period = _abbreviation_guard(cues["abbreviations"])
    strong = re.compile(
        rf"(?<![\w'’])(?:(?P<future>{future}|(?-i:{future_lc}))"
        # a passive participle ("must be signed by 14 May") is not a past tense
        # an infinitive aimed at the date ("asked it to respond by Oct. 31") looks ahead
        # ("dispatched to counties on Friday": a plural noun is no infinitive)
        rf"|(?P<inf>to\s+(?!(?:{not_inf})\b)(?-i:[a-z]+)(?<![^su]s)(?=\s+(?:on|by|until|till|before)\s))"
        # a headline infinitive ("Starmer to meet Trump on Thursday") is a weak future:
        # it decides only when no finite verb does ("went to meet him on Thursday")
        rf"|(?P<headline>to\s+(?!(?:{not_inf})\b)(?-i:[a-z]+)(?<![^su]s)(?=(?:\s+[\w'’]+){{1,4}}?\s+(?:on|next|this|{weekdays})\s))"
        # "a dinner hosted by the King": a participle, not a past tense; so is one
        # after an article ("a still unspecified date", "the recently passed law")
        # except a new date's participle: "has been postponed to June" looks ahead
        # "will remain closed until Monday": a state's participle, the tense is "will"'s
        r"|(?P<passive>(?-i:[a-z]+ed)(?=\s+by\s)|(?:be|been|being|remain|remains|stay|stays)"
        r"\s+(?:\w+ly\s+)?"
        rf"(?!(?:{rescheduled})\s+(?:to|until|till|for)\b)[a-z]+"
        r"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:(?-i:[a-z]+ly)\s+|still\s+)?(?-i:[a-z]+ed)"
        rf"|(?:is|are|am|get|gets)\s+(?:\w+ly\s+)?(?:(?:[a-z]+-)?[a-z]+ed|{irregular}))"
        # present progressive ("is meeting on Thursday"): scheduled future
        r"|(?P<prog>(?:is|are|am|'s|’s|'re|’re)\s+(?:\w+ly\s+)?(?!being\b)[a-z]+ing)"
        # a reporting participle's day is the report's: "with the foreign secretary
        # saying on Tuesday it would ..."
        r"|(?P<saying>(?-i:saying|telling|adding|announcing|noting|warning|insisting))"
        r"(?=\s+(?:late\s+|early\s+)?on\s)"
        # "is a doubt after picking up a knock on Wednesday": what came first (a weak cue:
        # "will fly home after meeting him on Monday" keeps its "will")
        r"|(?P<after>after\s+(?-i:[a-z]+ing))(?=\s)"
        # "hoped to have ships in place by spring", "may not have a deal by Monday": an
        # infinitive "have" is no perfect
        rf"|(?<!\bto\s)(?<!\bnot\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwill\s)(?<!\bmust\s)"
        rf"(?<!\bshould\s)(?P<past>{past})"
        # lower case only: "Mohammed" and "Ahmed" are names, not past tenses
        r"|(?P<ed>(?-i:[a-z]+ed)))(?![\w'’])",
        re.IGNORECASE,
    )
    clause_word = (
        rf"(?:{breaks})(?![\w'])(?!\s+(?:{_TIME_NOUNS})\b)"
        rf"|[Tt]hat\s+(?=(?:{openers})\b|[A-Z])"
        # "told reporters on Thursday he would sign": an unmarked complement clause
        rf"|(?<=[a-zA-Z] )(?:{pronouns})\s+(?=\w)"
    )
    conjunction = r"\s+(?:and|or)\b"  # after a comma
    return _Patterns(
        # sentence ends, semicolons, colons, quotation marks and line breaks; the
        # first character is read once by a plain class (the engine skips to it), then
        # look-behinds tell which break it opens
        sentence=re.compile(
            r"[.!?;:\n“”\"" + WHITESPACE + "]"
            r"(?:(?:(?<=[!?])|(?<=\.)" + after_period + ")"
            r"(?=[\"”’')\]]*\s+[\"“‘(\[]*[A-Z0-9])"
            r"|(?<=[;\n“”\"])|(?<=:)(?<!\d:)(?!\d)|(?<=\s)--?\s|(?<=\s)_\s)"
        ),
        # complementisers and relative pronouns open a new clause, except "that"
        # as a determiner ("that day", "that work"); case-sensitive variants are
        # much faster to scan than re.IGNORECASE
        sentence_marks=re.compile(r"[.!?;:\n“”\"_-]"),
        breaks=re.compile(rf"(?<![\w'])(?:{clause_word})|,{conjunction}"),
        # a comma opens a conjunction itself; a break word starts after the separator
        breaks_finder=re.compile(
            separator_class("'") + rf"(?:(?=(?:{clause_word}))|(?<=,)(?={conjunction}))"
        ),
        strong=strong,
        weak=re.compile(r"(?<![\w'])(?:is|are|am|says|say)(?![\w'])", re.IGNORECASE),
        not_past=frozenset(cues["not_past_ed"]),
        before_only=frozenset(cues["before_only"]),
        rescheduling=frozenset(cues["rescheduled_to"]),
        # a non-restrictive relative clause ends at its closing comma: in "The sale,
        # which had been expected, is part of a plan to pay by February" the date's
        # clause is the main one, not "had been expected"
        relative=re.compile(
            rf",\s+(?:{alternation(cues['relative_pronouns'])})\s[^,.;:!?\n“”\"]{{1,160}}?(?P<close>,)"
            # ... when the main clause's verb follows, not a list ("chairman, president")
            rf"(?=\s+(?:(?:{alternation(cues['auxiliaries'])})(?![\w'’])|(?-i:[a-z]+ed)\b"
            # ... or the main clause's date ("the Budget, which he delivered on Feb 12, on
            # Tuesday"): see clause_cue
            r"|(?-i:on|in|by)\s+(?-i:[A-Z0-9])))"
        ),
    )


_start = operator.methodcaller("start")
# a verb and its date with only a preposition between ("announced in February")
_JUST_A_PREPOSITION = re.compile(r"\s+(?:on|in|at|by|during)\s+")  # "since", "until" are cues
_DONE_ON = re.compile(r"\s+(?:on|in|during)\s")
_PERFECTIVE = re.compile(r"\b(?:was|were|been)\s+$")


@lru_cache(maxsize=32)
def _breaks(text: str, language: str) -> tuple[list[int], list[int]]:
    """Clause breaks of a whole text, found once: their start and end offsets, sorted."""
    pats = _patterns(language)
    breaks = (
        find_all(pats.breaks, pats.breaks_finder, text, at_separator=True)
        if plain_separators(text)
        else pats.breaks.finditer(text)
    )
    # a sentence break opens on its punctuation mark, or on the space before a dash:
    # the pattern is tried only there (scan.find_at), not at every letter
    starts = [
        q - 1 if q and text[q] in "-_" else q
        for q in map(_start, pats.sentence_marks.finditer(text))
    ]
    spans = sorted(
        [m.span() for m in find_at(pats.sentence, starts, text, 0, len(text))]
        + [m.span() for m in breaks]
        + [m.span("close") for m in pats.relative.finditer(text)]
    )
    ends = sorted(e for _, e in spans)
    return [s for s, _ in spans], ends


def clause_span(text: str, start: int, end: int, *, language: str = "en") -> tuple[int, int]:
    """Offsets of the clause holding ``text[start:end]`` (see module docstring).

    A clause with no break in sight is cut at block boundaries one or two
    windows away; blocks (not a window sliding with each date) let the cues of
    a long clause be read once for all its dates.
    """
    starts, ends = _breaks(text, language)
    i = bisect_right(ends, start)
    left = ends[i - 1] if i else 0
    j = bisect_left(starts, end)
    right = starts[j] if j < len(starts) else len(text)
    left = max(left, (start // CLAUSE_WINDOW - 1) * CLAUSE_WINDOW)
    right = min(right, (end // CLAUSE_WINDOW + 2) * CLAUSE_WINDOW)
    return left, right


@dataclass(frozen=True, slots=True)
class Cue:
    """The tense or modality cue that decided a clause's direction, and how far it sits."""

    direction: Direction
    word: str | None
    distance: int  # characters between cue and expression (later cues weigh triple)
    after: bool = False  # the cue follows the expression ("On Friday, X vowed to ...")


@lru_cache(maxsize=256)
def _cues_in(
    text: str, left: int, right: int, language: str
) -> tuple[tuple[int, int, Direction, str, bool], ...]:
    """Every tense cue of one clause (start, end, direction, word, weak); cached because
    a clause often holds several dates."""
    pats = _patterns(language)
    found = []
    for m in pats.strong.finditer(text, left, right):
        word = m.group(0)
        if m.group("passive") is not None:
            continue
        if m.group("headline") is not None:
            found.append((m.start(), m.end(), Direction.FUTURE, " ".join(word.split()), True))
            continue
        if m.group("after") is not None:
            found.append((m.start(), m.end(), Direction.PAST, " ".join(word.split()), True))
            continue
        if m.group("ed") is not None and word.lower() in pats.not_past:
            continue
        past = m.group("past") or m.group("ed") or m.group("saying")
        direction = Direction.PAST if past else Direction.FUTURE
        if (
            direction is Direction.FUTURE
            and found
            and found[-1][2] is Direction.PAST
            and found[-1][3].lower().startswith("had ")
            and not text[found[-1][1] : m.start()].strip()
        ):
            continue  # "had been due to expire": the pluperfect governs the verb it carries
        found.append((m.start(), m.end(), direction, " ".join(word.split()), False))
    return tuple(found)


def clause_cue(text: str, start: int, end: int, *, language: str = "en") -> Cue:
    """The deciding cue of the clause around ``text[start:end]`` (see :func:`clause_direction`).

    A fronted date with no verb of its own ("On Wednesday he is expected to
    attend") belongs to the clause that follows it.
    """
    left, right = clause_span(text, start, end, language=language)
    cue = _clause_cue(text, start, end, left, right, language)
    if cue.direction is Direction.NONE and right < len(text) and not text[end:right].strip(" ,"):
        following = clause_span(text, right, right + 1, language=language)[1]
        if _patterns(language).sentence.search(text, end, following) is None:
            return _clause_cue(text, start, end, left, following, language)
    if cue.direction is Direction.NONE and (opening := _relative_closed_at(text, left, language)):
        # "will resume its debate on the Budget, which he delivered on Feb 12, on
        # Tuesday": the date after the relative clause is the main clause's
        return _clause_cue(
            text,
            start,
            end,
            clause_span(text, opening, opening + 1, language=language)[0],
            opening,
            language,
        )
    return cue


def _relative_closed_at(text: str, at: int, language: str) -> int | None:
    """Where the non-restrictive relative clause whose closing comma ends at ``at`` opens."""
    if at < 2 or text[at - 1] != ",":
        return None
    for m in _patterns(language).relative.finditer(text, max(0, at - 200), at + 40):
        if m.end("close") == at:
            return m.start()
    return None


def _clause_cue(text: str, start: int, end: int, left: int, right: int, language: str) -> Cue:
    best: Cue | None = None
    inside: Cue | None = None
    weak: Cue | None = None
    pats = _patterns(language)
    # "On Wednesday, Alarcon said ...": a date fronted before its subject is the
    # reporting verb's, so the attribution after the comma is not skipped
    fronted = _FRONTED.fullmatch(text, left, start) is not None
    for c_start, c_end, direction, word, is_weak in _cues_in(text, left, right, language):
        if is_weak:
            if c_end <= start:
                weak = Cue(direction, word, start - c_end)
            continue
        if c_start < end and c_end > start:
            # a cue inside the span ("two weeks ago", an event span "is due to hold")
            # counts only when the clause has none outside it
            inside = inside or Cue(direction, word, 0)
            continue
        if c_start >= end and word.lower() in pats.before_only:
            continue  # "closed roads on Wednesday ahead of the storm": the verb's day
        head, _, tail = word.lower().rpartition(" ")
        if (
            c_end <= start
            and head in pats.rescheduling
            and tail in ("to", "until", "till", "for", "through")
            and not _NEW_DATE_AFTER.fullmatch(text, c_end, start)
        ):
            # "The trial was moved to Dane County in September": "moved to" looks ahead
            # only to the new date itself ("moved to June")
            direction = Direction.PAST
        if c_start >= end and word.lower() in pats.rescheduling and not text[end:c_start].strip():
            # "Russia on Tuesday postponed the talks": the day it was put off, not
            # the new date that "postponed" looks ahead to
            direction = Direction.PAST
        # the verb group governing a date usually precedes it: later cues count triple
        dist = start - c_end if c_end <= start else 3 * (c_start - end)
        if c_end <= start and (prep := _JUST_A_PREPOSITION.fullmatch(text, c_end, start)):
            dist = 0  # "a programme announced in February will be ...": the verb it follows
            if _DONE_ON.match(prep.group(0)) and _PERFECTIVE.search(
                text, max(0, c_start - 12), c_start
            ):
                # "the vote was postponed in September": when it was put off, not the new date
                direction = Direction.PAST
        if c_start >= end and "," in text[end:c_start]:
            if word.lower() in _ATTRIBUTION and not fronted:
                continue  # "will meet him on Monday, No 10 said": the report, not the plan
            dist += _COMMA_PENALTY  # "who visited Ottawa in January, is due to join"
        elif c_start >= end and _COORDINATOR.search(text, end, c_start):
            # "arrived late on Sunday night and will hold talks": a coordinated verb
            # phrase has its own tense
            dist += _COMMA_PENALTY
        if best is None or dist < best.distance:
            best = Cue(direction, word, dist, c_start >= end)
    if best is not None:
        return best
    if inside is not None:
        return inside
    if weak is not None:
        return weak
    m = pats.weak.search(text, left, right)
    if m is not None:
        return Cue(Direction.PRESENT, m.group(0), abs(m.start() - start))
    return Cue(Direction.NONE, None, 10**6)


def clause_direction(
    text: str, start: int, end: int, *, language: str = "en"
) -> tuple[Direction, str | None]:
    """Direction of the clause around ``text[start:end]`` and the cue that decided it.

    The nearest tense or modality cue wins ("will", "is due to", "said", "had",
    a past participle in "-ed"); a bare present ("is", "says") only counts when
    no other cue is there. ``(Direction.NONE, None)`` when the clause is silent.
    """
    cue = clause_cue(text, start, end, language=language)
    return cue.direction, cue.word
