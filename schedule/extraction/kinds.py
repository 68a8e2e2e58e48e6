"""Event triggers: the words that make a sentence report an engagement and the
kind each names ("bilateral meeting", "state visit", "press conference"),
with the rules for which of several overlapping or nearby triggers stands for
the engagement."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from schedule.extraction.events import Kind
from schedule.extraction.lexicon import _has_ascii_twins, _Lexicon, _lexicon
from schedule.extraction.sentences import _clause_of


@dataclass(slots=True)  # not frozen: a frozen init costs a call per field (issue 8)
class _Trigger:
    start: int
    end: int
    kind: Kind
    text: str


def _triggers(sentence: str, offset: int) -> list[_Trigger]:
    """Event words of a sentence; where two overlap the longer wins
    ("press conference" is a speech, not a conference)."""
    if offset == 0:
        return list(_sentence_triggers(sentence))
    return [
        _Trigger(t.start + offset, t.end + offset, t.kind, t.text)
        for t in _sentence_triggers(sentence)
    ]


def _triggers_between(sentence: str, start: int, end: int) -> tuple[_Trigger, ...]:
    """The sentence's triggers starting in ``[start, end)`` (offsets in the
    sentence), found by bisection: a run-on sentence of a thousand triggers
    stays linear."""
    found = _sentence_triggers(sentence)
    starts = _trigger_starts(sentence)
    return found[bisect_left(starts, start) : bisect_left(starts, end)]


@lru_cache(maxsize=64)
def _trigger_starts(sentence: str) -> tuple[int, ...]:
    return tuple(t.start for t in _sentence_triggers(sentence))


@lru_cache(maxsize=64)
def _sentence_triggers(sentence: str) -> tuple[_Trigger, ...]:
    """:func:`_triggers` at offset 0, found once per sentence (the extractor
    asks for a sentence's triggers more than once)."""
    offset = 0
    found = _scan(sentence, _lexicon())
    if not found:
        return ()
    found += _next_legs(sentence, found)
    if len(found) == 1:
        # one trigger: only the filters that look at a trigger alone apply
        # (the rest compare triggers with each other), without rebuilding lists
        (only,) = found
        if only.kind in (Kind.SUMMIT, Kind.CONFERENCE) and _at_a_gathering(sentence, only):
            return ()
        if _a_tally(sentence, only) or _a_setting(sentence, only):
            return ()
        return (only,)
    speeches = [t for t in found if t.kind is Kind.SPEECH]
    if any(t.kind is Kind.MEETING for t in found):
        # "will hold talks over a working dinner": the talks are the engagement
        found = [
            t
            for t in found
            if not (
                t.kind is Kind.RECEPTION
                and _WORKING_MEAL.search(sentence[max(0, t.start - offset - 20) : t.end - offset])
            )
        ]
    found = [
        t
        for t in found
        if not (
            t.kind in (Kind.SUMMIT, Kind.CONFERENCE)
            and (
                _at_a_gathering(sentence, t)
                # "address an investment forum": the forum is where the speech is
                or any(0 <= t.start - sp.end <= 40 for sp in speeches)
            )
        )
    ]
    found = [t for t in found if not _a_tally(sentence, t) and not _a_setting(sentence, t)]
    if len(found) > 1 and ("before" in sentence or "after" in sentence):
        # "On Thursday, a day before the meeting, X will hold talks with Y": the
        # gathering a day is counted from is told elsewhere, the talks are this one
        found = [t for t in found if not _DAYS_FROM.search(sentence, max(0, t.start - 40), t.start)]
    if len(found) > 1:
        # "Before heading to South Korea, she will host Trump": the leading
        # participle is a later leg of the journey, the main clause the engagement
        leg = _LEADING_LEG.match(sentence)
        if leg is not None and any(t.start >= leg.end() for t in found):
            found = [t for t in found if not (t.kind is Kind.VISIT and t.start < leg.end())]
    found.sort(key=lambda t: (t.start - t.end, t.start))
    kept: list[_Trigger] = []
    for trigger in found:
        if all(k.end <= trigger.start or trigger.end <= k.start for k in kept):
            kept.append(trigger)
    return tuple(sorted(kept, key=lambda t: t.start))


# "will travel to Bratislava on Wednesday and to Vienna on Thursday": the second leg
# of a journey told by its destination and its day alone
_NEXT_LEG = re.compile(
    r",?\s+and\s+(?:then\s+)?(?P<to>to)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+(?:on|next|this|from)\b"
)
_TRAVELLING = re.compile(r"(?:travel|fl[yie]|head|go\b|goes|going|went)", re.IGNORECASE)
_LEG_REACH = 120  # characters after the travel verb


def _next_legs(sentence: str, found: list[_Trigger]) -> list[_Trigger]:
    """The later legs ("and to Vienna on Thursday") of a travel verb's journey."""
    return [
        _Trigger(m.start("to"), m.end("to"), Kind.VISIT, "to")
        for t in found
        if t.kind is Kind.VISIT and _TRAVELLING.match(t.text)
        for m in _NEXT_LEG.finditer(sentence, t.end, min(len(sentence), t.end + _LEG_REACH))
    ]


def _scan(sentence: str, lexicon: _Lexicon) -> list[_Trigger]:
    """What each kind's expression finds in the sentence (``finditer``), kind
    by kind: only kinds with a cue word in the sentence are looked for, and
    only where such a word starts (issue 8)."""
    found: list[_Trigger]
    if _has_ascii_twins(sentence):
        # "ı" may match "i": scan every kind, case-insensitively
        found = [
            _Trigger(m.start(), m.end(), kind, m.group())
            for kind, pattern in lexicon.triggers
            for m in pattern.finditer(sentence)
        ]
    else:
        lowered = sentence.lower()
        # cues at word starts: those where an anchored kind's match may start
        cued = _cue_starts(lowered, lexicon.cue_word_scan, lexicon)
        if not cued and len(lexicon.anchored) == len(lexicon.triggers):
            return []
        found = []
        for index, (kind, pattern, on_lowered) in enumerate(lexicon.trigger_scans):
            haystack = lowered if on_lowered else sentence
            heads = lexicon.anchored.get(index)
            if heads is not None:
                # every match starts at a cue (or at a word some fragment may
                # open with before it): the expression is tried there only, as
                # finditer would take them (left to right, each after the last
                # match's end), instead of at every position
                starts = cued.get(index, [])
                if len(heads) > 1:
                    starts = sorted(
                        {
                            at - len(head)
                            for at in starts
                            for head in heads
                            if at >= len(head) and lowered.startswith(head, at - len(head))
                        }
                    )
                end = 0
                for start in starts:
                    if start >= end and (m := pattern.match(haystack, start)) is not None:
                        found.append(_Trigger(m.start(), m.end(), kind, sentence[start : m.end()]))
                        end = m.end()
            elif index in lexicon.uncued or any(
                cue in lowered
                for cue in lexicon.trigger_cues[index]  # type: ignore[union-attr]
            ):
                # a kind none of whose words is in the sentence cannot match: skip its scan
                found.extend(
                    _Trigger(m.start(), m.end(), kind, sentence[m.start() : m.end()])
                    for m in pattern.finditer(haystack)
                )
    return found


def _at_a_gathering(sentence: str, trigger: _Trigger) -> bool:
    """'met on the sidelines of the summit', 'last met at the G20 summit': the
    summit is where another engagement was, not the engagement."""
    before = sentence[max(0, trigger.start - 60) : trigger.start]
    return bool(_SIDELINES.search(before) or _MET_AT.search(before))


#: "..., where the Asia-Pacific Economic Cooperation forum was meeting": the
#: gathering is where the engagement told before it took place, no engagement.
_WHERE_THE = re.compile(r",\s*where\s+the\s+(?:[\w.-]+\s+){0,6}$", re.IGNORECASE)
_WAS_GATHERED = re.compile(
    r"\s+(?:was|were)\s+(?:meeting|being\s+held|held|taking\s+place|under\s+way|in\s+session)\b"
)
_WHERE_THE_GATHERING_WAS = re.compile(
    r",\s*where\s+the\s+(?:[\w.-]+\s+){1,7}(?:was|were)\s+$", re.IGNORECASE
)


def _a_setting(sentence: str, trigger: _Trigger) -> bool:
    """'held talks with Albanese in Gyeongju on Oct. 31, where the APEC forum
    was meeting': the forum and its meeting are the setting of the talks."""
    if trigger.kind not in (Kind.SUMMIT, Kind.CONFERENCE, Kind.MEETING) or (
        "where the" not in sentence and "Where the" not in sentence
    ):
        return False
    if _WAS_GATHERED.match(sentence, trigger.end):
        return bool(_WHERE_THE.search(sentence, max(0, trigger.start - 80), trigger.start))
    if trigger.kind is Kind.MEETING and trigger.text.lower() == "meeting":
        before = sentence[max(0, trigger.start - 100) : trigger.start]
        return bool(_WHERE_THE_GATHERING_WAS.search(before))
    return False


#: A day counted from another engagement: "a day before the", "two days after the"
#: ("the day after the ceremony" is read as a date of its own: dates.py).
_DAYS_FROM = re.compile(
    r"\b(?:a|one|two|three)\s+days?\s+(?:before|after)\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _a_tally(sentence: str, trigger: _Trigger) -> bool:
    """'held more than 150 bilateral meetings': a tally, not one engagement."""
    return trigger.text.lower().endswith(
        ("meetings", "calls", "visits", "summits", "trips")
    ) and bool(_TALLY.search(sentence[max(0, trigger.start - 40) : trigger.start]))


def _cued_kinds(sentence: str, lexicon: _Lexicon) -> frozenset[int] | range:
    """The kinds (indices into ``lexicon.triggers``) one of whose cue words is
    in the sentence: the only ones whose scan can match."""
    if _has_ascii_twins(sentence):
        return range(len(lexicon.triggers))  # "ı" may match "i": scan every kind
    return lexicon.uncued | frozenset(_cue_starts(sentence.lower(), lexicon.cue_scan, lexicon))


def _cue_starts(lowered: str, scan: re.Pattern[str], lexicon: _Lexicon) -> dict[int, list[int]]:
    """For each kind (index into ``lexicon.triggers``) one of whose cue words
    ``scan`` finds in the lower-cased sentence, where its cues start, left to
    right."""
    starts: dict[int, list[int]] = {}
    # every position where a cue starts, the longest cue there standing for
    # the shorter ones it begins with
    found = scan.search(lowered)
    while found is not None:
        at = found.start()
        for index in lexicon.cue_kinds[found.group()]:
            if index in starts:
                starts[index].append(at)
            else:
                starts[index] = [at]
        found = scan.search(lowered, at + 1)
    return starts


_TALLY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|many)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_LEADING_LEG = re.compile(r"\s*(?:Before|After|Ahead of|Following)\s+\w+ing\b[^,]{0,80},")


# "met on the sidelines of the Ecowas summit": the meeting, not the summit
_SIDELINES = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$")


_WORKING_MEAL = re.compile(
    r"\b(?:working\s+(?:\w+\s+)?|over\s+(?:(?:a|an)\s+(?:\w+\s+)?)?)(?:dinner|lunch(?:eon)?)$", re.I
)


# "last met at the G20 summit in Rio": they met; the summit is where (a future
# "will meet at a summit in Brussels" is the summit itself)
_MET_AT = re.compile(
    r"\bmet\s+(?:[\w-]+\s+){0,3}?(?:at|during)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_KIND_NOUNS = {
    **dict.fromkeys(("visit", "trip", "tour"), Kind.VISIT),
    **dict.fromkeys(("talks", "meeting"), Kind.MEETING),
    "summit": Kind.SUMMIT,
    "conference": Kind.CONFERENCE,
    "call": Kind.CALL,
    "speech": Kind.SPEECH,
}


_KIND_NOUN = re.compile(r"\b(?:" + "|".join(_KIND_NOUNS) + r")\b", re.IGNORECASE)


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def _refers_back(text: str, trigger: _Trigger) -> bool:
    """'ending the tour in Windhoek': a visit noun with "the" is one already told;
    'following his meetings over the past week': someone's meetings are a series
    looked back on, not one engagement."""
    if trigger.text.lower() == "meetings":
        return bool(_POSSESSIVE.search(text, max(0, trigger.start - 12), trigger.start))
    return (
        trigger.kind is Kind.VISIT
        and trigger.text.lower() in {"visit", "trip", "tour"}
        and bool(_DEFINITE.search(text[max(0, trigger.start - 6) : trigger.start]))
    )


_POSSESSIVE = re.compile(r"\b(?:his|her|their|its|my|our)\s+$", re.IGNORECASE)


_GENERIC_MEETING = frozenset({"meet", "meets", "meeting", "met", "gather", "gathers"})


_FOR_A = re.compile(r"\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _named_purpose(
    sentence: str, offset: int, trigger: _Trigger, triggers: list[_Trigger]
) -> _Trigger | None:
    """'leaders will meet in Buenos Aires on Thursday for a summit': the
    article's own word for the engagement is the summit, not the verb."""
    if trigger.kind is not Kind.MEETING or trigger.text.lower() not in _GENERIC_MEETING:
        return None
    clause = _clause_of(sentence, trigger.start - offset)
    # triggers are in text order: only those starting within 120 characters
    # after this one are read (a run-on sentence of hundreds stays linear)
    first = bisect_right(triggers, trigger.end, key=lambda t: t.start)
    for other in triggers[first : bisect_right(triggers, trigger.end + 120, key=lambda t: t.start)]:
        if (
            other.kind in (Kind.SUMMIT, Kind.CONFERENCE)
            and 0 < other.start - trigger.end <= 120
            and _clause_of(sentence, other.start - offset) == clause
            and _FOR_A.search(sentence[max(0, other.start - offset - 40) : other.start - offset])
        ):
            return other
    return None
