"""The English event lexicon (``schedule/data/events_en.json``) compiled once:
trigger words by kind, modality and cancellation cues, role words, honorifics,
venue heads and the name grammar built from them. Kept apart so the rules read
as rules and the word lists can grow without touching code."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from schedule.extraction.events import Kind
from schedule.places import (
    trie_alternation,
)


@dataclass(frozen=True)
class _Lexicon:
    triggers: list[tuple[Kind, re.Pattern[str]]]
    #: per kind, the expression to scan a sentence with and whether it reads
    #: the sentence lower-cased: a case-sensitive twin of the kind's expression
    #: for lower-cased text (same offsets, same matches but for the letters in
    #: _ASCII_TWINS; a third faster than case-insensitive matching, issue 8),
    #: else (part of it minds case: "(?-i:[A-Z]...)") the expression itself
    trigger_scans: list[tuple[Kind, re.Pattern[str], bool]]
    #: per kind, words one of which any match contains (lower case), or None
    trigger_cues: list[tuple[str, ...] | None]
    #: every kind's cues in one prefix tree, searched once per position instead
    #: of one ``in`` test per cue (issue 8), and for each cue it finds the
    #: kinds of every cue that is a prefix of it (those match there too)
    cue_scan: re.Pattern[str]
    #: the same at word starts only, where every match of a kind begins
    cue_word_scan: re.Pattern[str]
    cue_kinds: dict[str, frozenset[int]]
    #: kinds with no cue, scanned in every sentence
    uncued: frozenset[int]
    #: kinds every match of which starts at one of their cues, or at one of
    #: the optional plain words some fragment opens with right before it
    #: ("(?:be |been )?received by"), with those words ("" first): tried there only
    anchored: dict[int, tuple[str, ...]]
    cancel: re.Pattern[str]
    postpone: re.Pattern[str]
    past_auxiliary: re.Pattern[str]
    past_triggers: frozenset[str]
    expected: re.Pattern[str]
    scheduled: re.Pattern[str]
    conditional: re.Pattern[str]
    role: re.Pattern[str]
    #: where a role word may stand: every match of ``role`` holds one; the
    #: same in lower-cased text (twice as fast as case-insensitive matching)
    role_word: re.Pattern[str]
    role_word_lower: re.Pattern[str]
    #: the first of two roles joined by "and", ending where the second starts
    role_pair_head: re.Pattern[str]
    honorific: re.Pattern[str]
    not_name_words: frozenset[str]
    sentence_starters: frozenset[str]
    untitled_name: re.Pattern[str]
    venue: re.Pattern[str]


def _letters(predicate: str) -> str:
    """A character class of the Latin letters (with diacritics) of one case:
    names are "António Costa" and "Radosław Sikorski", not only ASCII."""
    chars = "".join(
        ch for ch in map(chr, range(0xC0, 0x250)) if getattr(ch, predicate)() and ch.isalpha()
    )
    return f"[{'A-Z' if predicate == 'isupper' else 'a-z'}{chars}]"


_UPPER = _letters("isupper")


_LOWER = _letters("islower")


def _alternation(fragments: list[str]) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


def _not_after_word(words: list[str]) -> str:
    """``(?<![\\w])(?:word|...)`` (longest first) written to open with a
    character class: each word's first letter, then the look-behind, so the
    engine skips straight to those letters instead of trying every position
    (issue 8). Words of one initial keep their longest-first order."""
    by_initial: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_initial.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{re.escape(initial)}(?<!\\w{re.escape(initial)})(?:{'|'.join(map(re.escape, rests))})"
        for initial, rests in by_initial.items()
    )


#: Capitalised words that do not go on a venue's name ("the Hotel Royal on Sunday").
#: "de", "de la", "del", "dos": the Romance "of" inside a building's name.
_ROMANCE_OF = r"(?:de|del|des|du|di|da|do|dos|das)(?:\s+(?:la|las|los|le|les|el))?"

_NOT_A_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
)


#: Where a trigger may start: no letter, digit, apostrophe or hyphen before it.
_NOT_IN_A_WORD = r"(?<![\w’'-])"


@cache
def _lexicon() -> _Lexicon:
    raw = json.loads(resources.files("schedule.data").joinpath("events_en.json").read_text("utf-8"))
    word = _NOT_IN_A_WORD + r"(?:{})(?![\w-])"
    triggers = [
        (Kind(kind), re.compile(word.format(_alternation(frags)), re.IGNORECASE))
        for kind, frags in raw["triggers"].items()
    ]
    # "O'Brien", "Al-Assad", "McCain", but not the possessive in "Healey’s"
    # "O'Brien", "Jean-Yves", "McCain"; the possessive in "Macron's" is not part of it
    name_token = (
        rf"(?:(?:Mc|Mac|O[’']|(?:al|el|bin|ibn|ben)-)?{_UPPER}{_LOWER}+"
        # "La'auli", "Ma'afu": a glottal stop inside a Polynesian name (three
        # letters after it at least, so never the possessive "Macron's")
        rf"(?:[’']{_LOWER}{{3,}})?(?:-(?:{_UPPER}|{_LOWER}){_LOWER}+)*"
        # initials: "JD Vance", "George W. Bush"
        r"|[A-Z]{1,2}\.?(?=[ \t]+[A-Z]))"
    )
    particles = _alternation(raw["name_particles"])
    # "King Abdullah II", "Ferdinand Marcos Jr": a regnal number or suffix ends a name
    name = (
        # five words at most ("Mohammed bin Abdulrahman bin Jassim Al Thani");
        # a name never runs across a line break ("June 16: Kananaskis" / "Carney
        # hosted Trump": a subhead's place, then the paragraph's subject)
        rf"{name_token}(?:[^\S\n]+(?:(?:{particles})[^\S\n]+){{0,2}}{name_token}){{0,4}}"
        # ("Frederik X", "Henri V"; a lone "I" is the pronoun)
        # "Bartholomew I." — a lone "I" only where it cannot be the pronoun
        r"(?:\s+(?:[IVX]{2,5}|[VX]|I(?=[.,;:!?]|\s*$)|Jr\.?|Sr\.?)(?![\w-]))?"
    )
    roles = trie_alternation(raw["roles"])
    # "Defence Secretary John Healey", "his US counterpart Pete Hegseth",
    # "Ukrainian president Volodymyr Zelensky": qualifiers, a role word, a name.
    # "Minister of Foreign Affairs", "Minister for Trade": a portfolio after the role
    portfolio_word = (
        r"(?:Affairs|Defen[cs]e|Finance|Trade|Interior|Justice|Economy|Health|Energy"
        r"|Relations|Cooperation|Development|Security|State|Tourism|Employment|Labou?r"
        r"|Agriculture|Education|Transport|Industry|Commerce|Investment|Planning"
        r"|Environment|Culture|Information|Communications|Fisheries|Mines|Integration"
        # "Minister of Health and Mass Media", "for Home Affairs and Immigration",
        # "of Commerce, Industry and Investment Promotion"
        r"|Media|Immigration|Promotion)"
    )
    # "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha
    # Herath": a list of portfolios; "President of the National Congress Basilio
    # Nunez", "President of the Council of Ministers": the chamber presided over
    portfolio = (
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{0,2}}"
        rf"(?:{portfolio_word}(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][a-z]+\s+){{0,2}}{portfolio_word})*"
        # "President of the Republic of Kazakhstan Kassym-Jomart Tokayev"
        r"|Congress|Senate|Parliament|Assembly|Commission|Republic(?:\s+of\s+[A-Z][a-z]+)?"
        r"|Council(?:\s+of\s+Ministers)?|Chamber\s+of\s+Deputies))?"
    )
    one_role = rf"(?:(?:[A-Z][a-z]+|[A-Z]{{2,3}})\s+){{0,3}}(?i:{roles}){portfolio}"
    role = re.compile(
        rf"(?<![\w-])(?P<role>{one_role})\s+"
        # "UAE President His Highness Sheikh Mohamed bin Zayed": the style is no name
        r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?"
        r"(?:(?:Sheikh|Sheikha|Sayyid)\s+)?"
        rf"(?P<name>{name})"
    )
    honorific = re.compile(
        rf"(?P<title>{_not_after_word(raw['honorifics'])})\.?\s+(?P<name>{name})"
    )
    heads = _alternation(raw["venue_heads"])
    brands = _alternation(raw["venue_brands"])
    venue = re.compile(
        # "at the British ambassador's official residence", "at Lancaster House"
        # "address the Danish parliament": a speech names its venue without "at"
        rf"\b(?:at|in|inside|outside|address(?:es|ed|ing)?|(?:visit|trip)s?\s+to"
        # "welcome the couple on Dam Square": a square or street is stood on
        rf"|on(?=\s+(?:{_UPPER}[\w’'-]+\s+){{1,3}}(?i:square|street)\b))\s+"
        # "at a Sheraton hotel": a chain's hotel, named without its article
        rf"(?:(?i:an?)\s+(?=(?:{brands})\b))?"
        # "the Hotel Belvedere", "the Villa Madama", "the Palais Coburg", "the
        # Palacio Quemado": the venue word first
        rf"(?P<venue>(?:(?i:the)\s+)?(?:Hotel|Villa|Palais|Palacio|Palazzo|Schloss|Camp)"
        # "the Palacio de las Garzas", "the Palacio Nacional de la Cultura": a
        # Romance name goes on after "de", "de la", "de las"
        rf"(?:\s+{_ROMANCE_OF})?(?:\s+(?!{_NOT_A_NAME}){_UPPER}[\w’'-]+){{1,2}}"
        rf"(?:\s+{_ROMANCE_OF}\s+{_UPPER}[\w’'-]+)?"
        rf"|(?:(?i:the)\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{heads})"
        rf"|(?:{_UPPER}[\w’'-]+\s+){{1,4}}(?i:{heads})"
        # "the Sheraton Grand Doha", "the Ritz-Carlton", "a Sheraton hotel"
        rf"|(?:(?i:the)\s+)?(?:{brands})(?:\s+(?!{_NOT_A_NAME}){_UPPER}[\w’'-]+){{0,2}}(?:\s+hotel)?)\b"
        # "the General Assembly hall", "the State House conference centre": the
        # last venue word ends it
        rf"(?!(?:\s+[a-z]+)?\s+(?i:{heads})\b)"
        # "the Center for Strategic and International Studies", "the Palace of
        # Westminster", "the Palais des Nations", "the Palacio de López": a name
        # that goes on after the venue word
        rf"(?:\s+(?:for|of|de|des|du|del|di|de\s+la)(?:\s+(?:and|the|of|{_UPPER}[\w’'-]+))*"
        rf"\s+{_UPPER}[\w’'-]+)?)"
    )
    trigger_cues = [_kind_cues(frags) for frags in raw["triggers"].values()]
    every_cue = {cue for cues in trigger_cues if cues is not None for cue in cues}
    return _Lexicon(
        triggers=triggers,
        trigger_scans=[_trigger_scan(kind, pattern) for kind, pattern in triggers],
        trigger_cues=trigger_cues,
        cue_scan=re.compile(trie_alternation(sorted(every_cue))),
        cue_word_scan=re.compile(_NOT_IN_A_WORD + trie_alternation(sorted(every_cue))),
        cue_kinds={
            found: frozenset(
                index
                for index, cues in enumerate(trigger_cues)
                if cues is not None and any(found.startswith(cue) for cue in cues)
            )
            for found in every_cue
        },
        uncued=frozenset(index for index, cues in enumerate(trigger_cues) if cues is None),
        anchored={
            index: heads
            for index, frags in enumerate(raw["triggers"].values())
            if (heads := _cue_heads(frags)) is not None
        },
        cancel=re.compile(word.format(_alternation(raw["cancel_cues"])), re.IGNORECASE),
        postpone=re.compile(word.format(_alternation(raw["postpone_cues"])), re.IGNORECASE),
        past_auxiliary=re.compile(
            word.format(_alternation(raw["past_auxiliaries"])), re.IGNORECASE
        ),
        past_triggers=frozenset(raw["past_triggers"]),
        expected=re.compile(word.format(_alternation(raw["expected_cues"])), re.IGNORECASE),
        scheduled=re.compile(word.format(_alternation(raw["scheduled_cues"])), re.IGNORECASE),
        conditional=re.compile(word.format(_alternation(raw["conditional_cues"])), re.IGNORECASE),
        role=role,
        # "Prime Minister and Minister of Foreign Affairs Sheikh Mohammed", "Deputy
        # Prime Minister and Foreign Minister Ishaq Dar": one person's two offices,
        # the first told before "and" (looked for only where "and " ends)
        role_pair_head=re.compile(rf"(?<![\w-]){one_role}\s+and\s+$"),
        role_word=re.compile(rf"(?<![\w-])(?i:{roles})"),
        role_word_lower=re.compile(rf"(?<![\w-]){roles}"),
        honorific=honorific,
        not_name_words=frozenset(raw["not_name_words"]),
        sentence_starters=frozenset(raw["sentence_starters"]),
        # two to five capitalised words not after "the": "Friedrich Merz", "Sheikha
        # Jawaher bint Hamad bin Suhaim Al Thani" (a style, a given name, two
        # patronymics and a house)
        untitled_name=re.compile(
            rf"(?<![\w’'-])(?<!the )(?<!The )(?P<name>{name_token}"
            # "Juan Ramón de la Fuente": two particles in a row, as in a titled name
            rf"(?:[^\S\n]+(?:(?:{particles})[^\S\n]+){{0,2}}{name_token}){{1,4}})(?![\w-])"
        ),
        venue=venue,
    )


def _trigger_scan(kind: Kind, pattern: re.Pattern[str]) -> tuple[Kind, re.Pattern[str], bool]:
    """The kind, the expression to scan for it and whether it reads the
    sentence lower-cased."""
    lower = _lower_case_twin(pattern)
    return (kind, pattern, False) if lower is None else (kind, lower, True)


def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive) as a case-sensitive expression for
    lower-cased text, unless it names an upper-case letter (an escape such as
    ``\\s`` or a group's ``(?P<name>`` aside) or turns case-insensitivity off
    anywhere."""
    source = pattern.pattern
    letters = re.sub(r"\\.|\(\?P[<=]", "", source)
    if "(?-i" in source or any(ch.isupper() for ch in letters):
        return None
    return re.compile(source)


#: A fragment's leading optional group ("(?:be |been )?received by") and
#: leading alternation of plain words ("(?:phone|video) call").
_OPTIONAL_HEAD = re.compile(r"\(\?:[^()]*\)\?")


_PLAIN_CHOICE = re.compile(r"\(\?:([a-z '’-]+(?:\|[a-z '’-]+)*)\)(?![?*{])")


_PLAIN_RUN = re.compile(r"[a-z '’-]*")


def _fragment_cues(fragment: str) -> tuple[str, ...] | None:
    """Literal words every match of a trigger fragment contains ("fl" for
    "fl(?:y|ies|ew|ying) to"), or None when there is no such word."""
    depth = 0
    for ch in fragment:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return None  # "a|b": no word common to both
    head = _OPTIONAL_HEAD.match(fragment)
    rest = fragment[head.end() :] if head else fragment
    choice = _PLAIN_CHOICE.match(rest)
    if choice:
        return tuple(choice.group(1).split("|"))
    run = _PLAIN_RUN.match(rest).group()  # type: ignore[union-attr]
    if rest[len(run) : len(run) + 1] in ("?", "*", "{"):
        run = run[:-1]  # "colou?r": the last letter is optional
    return (run,) if len(run.strip()) >= 2 else None


def _cue_heads(fragments: list[str]) -> tuple[str, ...] | None:
    """What may stand right before one of its cues where a match of the
    fragments starts: nothing (""), or an optional plain word a fragment opens
    with; None when a match may start elsewhere or a cue may stand inside a
    word (a match starts a word, so its cue does too)."""
    heads = {""}
    for fragment in fragments:
        if _fragment_cues(fragment) is None:
            return None
        head = _OPTIONAL_HEAD.match(fragment)
        if head is not None:
            words = head.group()[3:-2].split("|")  # "(?:be |been )?"
            if not all(_PLAIN_RUN.fullmatch(word) and word.endswith(" ") for word in words):
                return None
            heads.update(words)
    return tuple(sorted(heads))


def _kind_cues(fragments: list[str]) -> tuple[str, ...] | None:
    """Words one of which every match of a kind's fragments contains, or None."""
    cues: list[str] = []
    for fragment in fragments:
        found = _fragment_cues(fragment)
        if found is None:
            return None
        cues.extend(found)
    return tuple(dict.fromkeys(cues))


#: Non-ASCII letters whose case partner (or fold) is an ASCII letter: Python's
#: case-insensitive matching may take them for one ("ı" for "i"), where
#: str.lower() does not, so a sentence holding one is scanned for every kind.
#: (All code points c with c.lower(), c.upper() or c.casefold() starting with an
#: ASCII letter; tests/test_extraction.py recomputes the set.)
_ASCII_TWINS = frozenset(
    "\u00df\u0130\u0131\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


#: One of _ASCII_TWINS, found by a character-class scan.
_ASCII_TWIN = re.compile("[" + "".join(sorted(_ASCII_TWINS)) + "]")


def _has_ascii_twins(text: str) -> bool:
    """Whether ``text`` holds a letter of _ASCII_TWINS: at once for ASCII text
    (``str.isascii`` reads a flag), else by one scan in the regex engine (a
    ``frozenset.isdisjoint`` over the characters cost a hash per character:
    issue 8)."""
    return not text.isascii() and _ASCII_TWIN.search(text) is not None
