"""Sentence and clause structure: where sentences end, which clause of a
sentence a word is in, relative and attribution clauses. Every other stage
asks "same sentence? same clause?"; the answers are computed once per
sentence here."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TypeVar

_T = TypeVar("_T")


_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gen", "col", "lt", "sgt", "gov"),
        *("prof", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("u.s", "u.k", "u.n", "e.u"),
    }
)


#: What may open a sentence: a digit or a capital, also outside ASCII ("... Kaliňák.
#: Černochová will", "Þorgerður", "Østergaard": the capitals of Latin-1 and Latin
#: Extended-A, not the small letters that block interleaves with them).
OPENERS = "A-Z0-9À-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())

# r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n" written to open with
# one character class, which the engine skips to (issue 8)
_SENTENCE_END = re.compile(
    rf"[.!?\n](?:(?<=[.!?])[\"”’')\]]*(?=\s+[\"“‘(\[]?[{OPENERS}])"
    r"|(?<=\n)\s*\n|(?<=\n))"
)


#: "(0900 GMT)", "(1300 GMT)" after a clock time.
_GLOSS = re.compile(r"\s+\(\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\)")


#: A day written after a clock: " Thursday", " March 12" (not "Thursday's vote").
_DAY_AFTER_CLOCK = re.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w'’])"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; cheap rules that respect "Mr." and "U.S." abbreviations."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text.startswith(".", match.start()):
            before = text[start : match.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else None
            # "Mr.", "U.S.", an initial: no sentence ends there
            if last is not None and (
                last in _ABBREVIATIONS or (len(last) == 1 and "a" <= last <= "z")
            ):
                continue
            # "at 10 a.m. (0900 GMT) at the Palais des Nations": a clock's
            # GMT gloss goes on with the sentence (Reuters style)
            if last in ("a.m", "p.m") and (
                _GLOSS.match(text, match.start() + 1)
                # "at 10 a.m. Thursday", "at 3 p.m. March 12": the day after the
                # clock goes on with the sentence (AP and Yonhap style)
                or _DAY_AFTER_CLOCK.match(text, match.start() + 1)
            ):
                continue
        _append_span(text, start, end, spans)
        start = end
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    left = chunk.lstrip()
    if left:
        lead = len(chunk) - len(left)
        trail = len(chunk.rstrip())
        spans.append((start + lead, start + trail))


_CLAUSE_BREAK = re.compile(
    r",\s*(?:where|which|who|while|whereas|although|though|but|however|following|and)\b"
    # "\bhowever\b", "\bafter\b", ... and "[:“”\"]" with every alternative
    # opening with a literal, which lets the engine skip to those characters
    r"|;|h(?<!\wh)owever\b|a(?<!\wa)fter\b|b(?<!\wb)efore\b|:|“|”|\""
    # "that" opens a clause, but "that evening" is a date of the clause it ends
    r"|t(?<!\wt)hat\b(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b)"
)


def _near(position: int, start: int, end: int) -> tuple[int, int]:
    """A clause cut to a window around ``position`` (see :data:`_LOOK_BACK`)."""
    return max(start, position - _LOOK_BACK), min(end, position + 2 * _LOOK_BACK)


def _clause_of(sentence: str, position: int) -> tuple[int, int]:
    """The clause (relative span) of the sentence that holds ``position``."""
    starts, ends = _clause_breaks(sentence)
    # the last break ending at or before the position, the first starting after it
    before = bisect_right(ends, position)
    after = bisect_right(starts, position)
    start = ends[before - 1] if before else 0
    end = starts[after] if after < len(starts) else len(sentence)
    return start, end


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[list[int], list[int]]:
    """Where the sentence's clause breaks start and end, found once per sentence
    (a sentence with many dates asks for its clauses many times)."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    for relative in _RELATIVE.finditer(sentence):
        # ", who was sworn in last month, will meet": its date is not the verb's
        closing = sentence.find(",", relative.end(), relative.end() + 100)
        if closing != -1:
            breaks.append((closing, closing + 1))
    breaks.sort()
    return [b[0] for b in breaks], [b[1] for b in breaks]


_RELATIVE = re.compile(r",\s*(?:who|which)\b")


#: Characters looked at around a trigger or a place: modal verbs, negations and
#: prepositions sit next to what they govern, and a bounded look keeps one
#: enormous sentence linear.
_LOOK_BACK = 160


_WHICH = re.compile(r",\s*which\b")


_DESCRIBING = re.compile(r",\s*(?:which|where)\b")


def _within(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


_WHO_CLAUSE = re.compile(
    r",\s*who\b[^,;]*,"
    # "a bilateral meeting with Xanana Gusmão, whose country joined the grouping
    # last October.": a "whose" clause describes the person to the sentence's end
    # (no further than a dash: "-- Mali and Niger, whose juntas quit ECOWAS in
    # January -- is due to" ends the aside at the dash)
    r"|,\s*whose\b(?:(?!--)[^,;–—])*(?:,|(?=[.!?]?[\"”’]?\s*$))"
)


@lru_cache(maxsize=64)
def _who_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's ", who ...," and ", whose ..." relative clauses."""
    return tuple(m.span() for m in _WHO_CLAUSE.finditer(sentence))


#: A news agency after a dateline's city or date, in brackets or slashes: "(VNA)",
#: "/Agerpres/".
_AGENCY = r"(?:\([A-Za-z. ]{2,20}\)|/[A-Za-z. ]{2,20}/)"

#: An aside between two dashes: "The AES -- Mali, Burkina Faso and Niger, whose
#: juntas quit ECOWAS in January -- is due to ...".
_DASH_ASIDE = re.compile(r"\s(?:--|[–—])\s[^–—]{1,200}?\s(?:--|[–—])\s")


@lru_cache(maxsize=64)
def _dash_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's asides between two dashes (looked for only in a
    sentence with a dash)."""
    if "--" not in sentence and "–" not in sentence and "—" not in sentence:
        return ()
    return tuple(m.span() for m in _DASH_ASIDE.finditer(sentence))


_ATTRIBUTION = re.compile(
    r",\s*[^,]{0,80}?\s(?:said|says|told\s+\w+|added"
    # "Jaiswal told a media briefing", "Kihara told a regular press conference"
    r"|told\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|conference|reporters|journalists))"
    # "..., GCC Secretary-General Jasem Mohamed Albudaiwi said in a statement."
    r"(?:\s+in\s+a\s+statement)?(?:\s+(?:on\s+)?\w+day)?\s*[.”\"]*\s*$"
)


_ASIDE = re.compile(
    r",\s*[^,]{0,80}?\s(?:said|says|told\s+\w+|added)(?:\s+in\s+a\s+statement)?"
    r"(?:\s+(?:on\s+)?\w+day)?\s*,"
)


@lru_cache(maxsize=64)
def _attribution(sentence: str) -> re.Match[str] | None:
    """The closing ", X said" of a sentence, found once per sentence."""
    return _ATTRIBUTION.search(sentence, max(0, len(sentence) - 200))
