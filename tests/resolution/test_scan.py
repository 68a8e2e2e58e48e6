"""Issue 8: the fast scans (scan.py) find exactly what the plain ``finditer`` scans find.

Each fast path is checked against the slow one it replaces on seeded random texts
made of the resolver's own words, digits, punctuation and typographic characters,
so a rule added to the lexicon or to detect.py is covered without a new test.
"""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta, timezone

import pytest

from schedule.resolution import detect, scan, tag, tense
from schedule.resolution.lexicon import load

_PUNCTUATION = [
    ". ", ", ", "; ", ": ", ":", "\n", "\n\n", "“", "”", '"', "'", "’", "(", ")", "-", "--",
    " - ", " -- ", " _ ", "/", "$", "%", ".", "!", "? ", "—", "\u00a0", "…", "‘", "[", "]",
]  # fmt: skip
_TOKENS = [
    "12", "1990s", "'98", "3:30", "10 a.m.", "9:15pm", "2025-03-04", "3/4/2025", "0730 GMT",
    "1,000", "4th", "Mr.", "U.S.", "a.m.", "e.g.", "F-47", "mid-1996", "fy2025", "Q3",
    "That", "that", "He", "he", "They", "which", "While", "said", "will", "is", "was",
    "is meeting", "had been due to", "to meet", "ahead of", "from now", "year-end",
    "a week ago", "two years", "the following day", "next Tuesday", "earlier in the year",
    "the first quarter", "the same period", "the year-ago quarter", "between Monday and",
]  # fmt: skip


def _words() -> list[str]:
    lex = load("en")
    words: list[str] = list(_TOKENS)
    tables = (lex.months, lex.weekdays, lex.units, lex.numbers, lex.ordinals, lex.relative)
    for table in (*tables, lex.vague, lex.day_words, lex.parts_of_day, lex.holidays):
        words.extend(table)
    for key in ("future", "past", "clause_breaks", "subject_pronouns", "prospective"):
        words.extend(lex.cues[key])
    return words + [w.capitalize() for w in words] + ["the", "The", "on", "in", "of"]


def _texts(count: int, seed: int, extra: str = "") -> list[str]:
    rng = random.Random(seed)
    words = _words()
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(5, 60)):
            parts.append(rng.choice(words) if rng.random() < 0.7 else rng.choice(_PUNCTUATION))
            parts.append(rng.choice((" ", " ", " ", "", "  ", "\n")))
        if extra and rng.random() < 0.5:
            parts.insert(rng.randrange(len(parts)), extra)
        texts.append("".join(parts))
    return texts


def _spans(matches: object) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_whitespace_spells_out_what_backslash_s_matches() -> None:
    spelled = re.compile(f"[{tense.WHITESPACE}]")
    assert all((spelled.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))


def test_separator_class_holds_every_listed_non_word_character() -> None:
    cls = re.compile(scan.separator_class("'’./"))
    for ch in [chr(c) for c in range(128)] + sorted(scan.UNICODE_SEPARATORS):
        expected = re.match(r"[\w'’./]", ch) is None
        assert (cls.fullmatch(ch) is not None) == expected, repr(ch)


def test_plain_separators_refuses_a_character_the_class_does_not_spell() -> None:
    assert scan.plain_separators("Talks on Friday — “soon”, officials said.")
    assert scan.plain_separators("Gespräche am Freitag in Zürich")  # letters are word characters
    assert not scan.plain_separators("Talks on Friday ☃ officials said")


def test_find_all_and_find_at_are_finditer() -> None:
    words, _, _ = detect._anchor_patterns("en")
    anchor_finder = detect._anchor_finder("en")
    pats = tense._patterns("en")
    assert anchor_finder is not None
    for text in _texts(400, seed=8):
        low = text.translate(detect._LOWER)
        assert _spans(scan.find_all(words, anchor_finder, low)) == _spans(words.finditer(low))
        assert _spans(
            scan.find_all(pats.breaks, pats.breaks_finder, text, at_separator=True)
        ) == _spans(pats.breaks.finditer(text))
        lo, hi = sorted(random.Random(text).sample(range(len(text) + 1), 2))
        assert _spans(scan.find_all(words, anchor_finder, low, lo, hi)) == _spans(
            words.finditer(low, lo, hi)
        )
        starts = list(range(lo, hi))
        for _, rx in detect.rules("en"):
            assert _spans(scan.find_at(rx, starts, low, lo, hi)) == _spans(rx.finditer(low, lo, hi))


def test_a_group_finder_stops_wherever_one_of_its_rules_matches() -> None:
    groups = detect._groups("en")
    assert all(g.finder is not None for g in groups)
    for text in _texts(150, seed=9):
        low = text.translate(detect._LOWER)
        for group in groups:
            assert group.finder is not None
            starts = {sep.end() for sep in group.finder.finditer(low)}
            for _, _, rx in group.members:
                for m in rx.finditer(low):
                    assert m.start() == 0 or m.start() in starts, (rx.pattern[:40], text)


# the spellings these patterns had before they were reordered for speed
_NUMBERS = re.compile(
    r"(?=[\d'])(?:(?P<decade>(?:\d\d)?\d0'?s\b)"
    r"|(?P<numdate>\d{4}[-/]\d\d[-/]\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
    r"|(?P<time>\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|\d{1,2}:\d\d)"
    r"|(?P<shortyear>'\d\d\b)"
    r"|(?P<ordday>\d{1,2}(?:st|nd|rd|th)\b)"
    r"|(?P<miltime>[012]\d[0-5]\d(?=\s+(?:gmt|utc|z)\b))"
    r"|(?P<year>(?<![\d,.])(?:1\d|20)\d\d(?!\d|,\d)))"
)


def _old_sentence() -> re.Pattern[str]:
    by_len: dict[int, list[str]] = {}
    for w in load("en").cues["abbreviations"]:
        by_len.setdefault(len(w), []).append(re.escape(w))
    guard = "".join(rf"(?<!\b(?:{'|'.join(ws)}))" for _, ws in sorted(by_len.items()))
    period = "(?=\\.)" + guard + r"(?<!\b[A-Z])(?<!\.[a-z])" + "\\."
    return re.compile(
        r"(?=[.!?;:\n“”\"\s])(?:(?:[!?]|" + period + ")"
        r"(?=[\"”’')\]]*\s+[\"“‘(\[]*[A-Z0-9])"
        r"|[;\n“”\"]|(?<!\d):(?!\d)|\s--?\s|\s_\s)"
    )


def test_number_and_sentence_patterns_find_what_their_plain_spellings_found() -> None:
    _, numbers, _ = detect._anchor_patterns("en")
    ascii_numbers = detect._ascii_numbers("en")
    sentence, old_sentence = tense._patterns("en").sentence, _old_sentence()
    rng = random.Random(3)
    alphabet = [*"0123456789'-/:., amptsndrhgzu\n\u0663", " gmt", "a.m.", "s ", "th"]
    texts = _texts(300, seed=10) + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16))) for _ in range(20_000)
    ]
    for text in texts:
        low = text.translate(detect._LOWER)
        assert _spans(numbers.finditer(low)) == _spans(_NUMBERS.finditer(low)), low
        if low.isascii():
            assert _spans(ascii_numbers.finditer(low)) == _spans(_NUMBERS.finditer(low))
        assert _spans(sentence.finditer(text)) == _spans(old_sentence.finditer(text)), text


def _timexes(texts: list[str], ref: date | datetime) -> list[tuple[object, ...]]:
    tense._breaks.cache_clear()
    tense._cues_in.cache_clear()
    scan.plain_separators.cache_clear()
    out = []
    for text in texts:
        for t in tag(text, ref):
            out.append((t.start, t.end, t.type, t.value, t.mod, t.interval, t.direction, t.cue))
    return out


@pytest.mark.parametrize("extra", ["", "☃"])  # "☃": a text that takes the plain scans
def test_tag_is_the_same_with_the_fast_scans_and_without(
    monkeypatch: pytest.MonkeyPatch, extra: str
) -> None:
    texts = _texts(600, seed=11, extra=extra)
    ref = datetime(2025, 3, 5, 9, tzinfo=timezone(timedelta(hours=1)))
    fast = _timexes(texts, ref)
    monkeypatch.setattr(detect, "plain_separators", lambda text: False)
    monkeypatch.setattr(tense, "plain_separators", lambda text: False)
    assert _timexes(texts, ref) == fast
    assert len(fast) > len(texts)  # the texts do hold dates
