"""The word lists the resolver knows, loaded once from ``lexicon/<lang>.json``.

Month, weekday, unit and cue words live in data, not code, so another language
is a data file plus tests (issue 3).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).with_name("lexicon")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's temporal vocabulary (all keys lower-case)."""

    language: str
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    month_triggers: frozenset[str]
    weekdays: dict[str, int]
    weekday_not_before: tuple[str, ...]
    weekday_not_after: frozenset[str]
    seasons: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, float]
    tens: tuple[str, ...]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    day_words: dict[str, int]
    parts_of_day: dict[str, str]
    part_hours: dict[str, tuple[int, int]]
    clock_words: dict[str, int]
    zones: dict[str, str]
    vague: dict[str, str]
    vague_guarded: frozenset[str]
    relative: dict[str, int]
    mods: dict[str, str]
    set_words: dict[str, str]
    holidays: dict[str, str]
    # "Independence Day" -> its name in the holidays package, looked up for the country
    # the text names ("PNG's Independence Day" is 16 September)
    national_holidays: dict[str, str]
    cues: dict[str, tuple[str, ...]]
    decade_words: dict[str, int]
    ones: dict[str, int]
    weekday_abbreviations: dict[str, int]
    holiday_not_before: frozenset[str]
    ago: dict[str, int]  # "ago" -1, "from now" +1: counted from the reference
    anaphoric_offsets: dict[str, int]  # "earlier" -1, "later" +1: from the last date
    every: tuple[str, ...]  # quantifiers that make a SET ("every", "each")
    generic_after_today: frozenset[str]  # "today's world": the present, not a date
    range_words: tuple[str, ...]  # "3 to 5 March", "March 3-5"
    vague_amounts: dict[str, str]  # "a while", "some time": uncounted DURATIONs
    eras: dict[str, str]  # "BC" -> "BC", "AD" -> "AD": years counted before or after Christ
    # "summit", "kick-off" -> the engagement they name: a bare clock time's clause about
    # one takes the day the text gave it ("The match will begin at 2 pm")
    event_words: dict[str, str]

    def mod_code(self, mod_text: str) -> str | None:
        """TimeML ``mod`` of a modifier as written: "late", "mid-", "end-" (a key only
        hyphened) and "mid" (a key that drops its hyphen) all found."""
        low = mod_text.lower()
        return self.mods.get(low) or self.mods.get(low.rstrip("-"))


def alternation(words: Any) -> str:
    """A regex matching any of ``words``, shaped as a trie so a failing position costs one test.

    Longer words are tried before their prefixes (greedy), so the longest wins;
    a space inside a word matches any run of white space.
    """
    trie: dict[str, Any] = {}
    for w in {str(w) for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    """Regex source for one trie node (children first, then the word ending here)."""
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here; longer continuations are tried first (greedy)
        return f"(?:{body})?"
    return body


@cache
def load(language: str = "en") -> Lexicon:
    """Read and freeze one language file (cached: loaded once per process)."""
    raw = json.loads((_DIR / f"{language}.json").read_text(encoding="utf-8"))
    cues = {k: tuple(v) for k, v in raw["cues"].items()}
    return Lexicon(
        language=raw["language"],
        months=raw["months"],
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        month_triggers=frozenset(raw["month_triggers"]),
        weekdays=raw["weekdays"],
        weekday_not_before=tuple(raw["weekday_not_before"]),
        weekday_not_after=frozenset(raw["weekday_not_after"]),
        seasons=raw["seasons"],
        units=raw["units"],
        numbers=raw["numbers"],
        tens=tuple(raw["tens"]),
        vague_numbers=frozenset(raw["vague_numbers"]),
        ordinals=raw["ordinals"],
        day_words=raw["day_words"],
        parts_of_day=raw["parts_of_day"],
        part_hours={k: (v[0], v[1]) for k, v in raw["part_hours"].items()},
        clock_words=raw["clock_words"],
        zones=raw["zones"],
        vague=raw["vague"],
        vague_guarded=frozenset(raw["vague_guarded"]),
        relative=raw["relative"],
        mods=raw["mods"],
        set_words=raw["set_words"],
        holidays=raw["holidays"],
        national_holidays=raw.get("national_holidays", {}),
        cues=cues,
        decade_words=raw["decade_words"],
        ones=raw["ones"],
        weekday_abbreviations=raw["weekday_abbreviations"],
        holiday_not_before=frozenset(raw["holiday_not_before"]),
        ago=raw["grammar"]["ago"],
        anaphoric_offsets=raw["grammar"]["anaphoric_offsets"],
        every=tuple(raw["grammar"]["every"]),
        generic_after_today=frozenset(raw["generic_after_today"]),
        range_words=tuple(raw["grammar"]["range"]),
        vague_amounts=raw.get("vague_amounts", {}),
        eras=raw["grammar"].get("eras", {}),
        event_words=raw.get("event_words", {}),
    )
