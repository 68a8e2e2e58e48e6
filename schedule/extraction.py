"""Event extraction: an article's sentences and resolved dates → engagements.

A sentence yields an event when it holds an event *trigger* ("will travel to",
"bilateral meeting", "reception", "said") and a date the resolver anchored
precisely enough to put in a calendar (a time, day, week or month). Vague
references ("in the coming days") and durations never become calendar entries.

Pure functions: an :class:`~schedule.articles.Article` (or text and reference)
and the resolver's timexes in, :class:`ExtractedEvent` values out.
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import TypeVar
from zoneinfo import ZoneInfo

from schedule.places import (
    Place,
    PlaceMention,
    capital_of,
    demonyms,
    find_places,
    known_venue_pattern,
    lookup,
    trie_alternation,
    venue_city,
)
from schedule.resolution import Granularity, Interval, Timex, TimexType, tag

_T = TypeVar("_T")


class Kind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    RECEPTION = "reception"
    CALL = "call"
    SPEECH = "speech"
    SIGNING = "signing"
    STATEMENT = "statement"
    OTHER = "other"


class Status(StrEnum):
    """How certain an engagement is, as the language of the report says."""

    SCHEDULED = "scheduled"
    EXPECTED = "expected"
    HELD = "held"
    REPORTED = "reported"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class Precision(StrEnum):
    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    VAGUE = "vague"


#: Granularities precise enough to be a calendar entry, and how they are shown.
_GRANULARITY: dict[Precision, Granularity] = {}  # filled below from _PRECISION
_PRECISION = {
    Granularity.TIME: Precision.TIME,
    Granularity.DAY: Precision.DAY,
    Granularity.WEEK: Precision.WEEK,
    Granularity.MONTH: Precision.MONTH,
}
_GRANULARITY.update({precision: granularity for granularity, precision in _PRECISION.items()})


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()  # how this article also named them ("Mr Healey")


@dataclass(slots=True)
class ExtractedEvent:
    """One engagement as one article reports it, with its provenance."""

    title: str
    kind: Kind
    status: Status
    start: date | datetime
    end: date | datetime
    precision: Precision
    participants: list[Participant]
    sentence: str
    phrase: str
    timex_value: str
    sentence_start: int
    trigger: str
    location: str | None = None
    place: Place | None = None
    venue: str | None = None
    timezone: str | None = None
    bilateral: bool = False
    name: str | None = (
        None  # the engagement's own name: "Nato summit", "Munich Security Conference"
    )
    trip: ExtractedEvent | None = None  # the visit this engagement is part of
    uid: str | None = None  # set when the input already names the event (an .ics import)
    original: tuple[date | datetime, date | datetime] | None = None  # before a postponement
    trigger_start: int = -1  # offset of the trigger word in the text
    revision: int = 0

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    triggers: list[tuple[Kind, re.Pattern[str]]]
    #: per kind, words one of which any match contains (lower case), or None
    trigger_cues: list[tuple[str, ...] | None]
    cancel: re.Pattern[str]
    postpone: re.Pattern[str]
    past_auxiliary: re.Pattern[str]
    past_triggers: frozenset[str]
    expected: re.Pattern[str]
    scheduled: re.Pattern[str]
    conditional: re.Pattern[str]
    role: re.Pattern[str]
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


@cache
def _lexicon() -> _Lexicon:
    raw = json.loads(resources.files("schedule.data").joinpath("events_en.json").read_text("utf-8"))
    word = r"(?<![\w’'-])(?:{})(?![\w-])"
    triggers = [
        (Kind(kind), re.compile(word.format(_alternation(frags)), re.IGNORECASE))
        for kind, frags in raw["triggers"].items()
    ]
    # "O'Brien", "Al-Assad", "McCain", but not the possessive in "Healey’s"
    # "O'Brien", "Jean-Yves", "McCain"; the possessive in "Macron's" is not part of it
    name_token = (
        rf"(?:(?:Mc|Mac|O[’']|(?:al|el|bin|ibn|ben)-)?{_UPPER}{_LOWER}+(?:-(?:{_UPPER}|{_LOWER}){_LOWER}+)*"
        # initials: "JD Vance", "George W. Bush"
        r"|[A-Z]{1,2}\.?(?=[ \t]+[A-Z]))"
    )
    particles = _alternation(raw["name_particles"])
    # "King Abdullah II", "Ferdinand Marcos Jr": a regnal number or suffix ends a name
    name = (
        rf"{name_token}(?:\s+(?:(?:{particles})\s+){{0,2}}{name_token}){{0,3}}"
        # ("Frederik X", "Henri V"; a lone "I" is the pronoun)
        # "Bartholomew I." — a lone "I" only where it cannot be the pronoun
        r"(?:\s+(?:[IVX]{2,5}|[VX]|I(?=[.,;:!?]|\s*$)|Jr\.?|Sr\.?)(?![\w-]))?"
    )
    roles = trie_alternation(raw["roles"])
    # "Defence Secretary John Healey", "his US counterpart Pete Hegseth",
    # "Ukrainian president Volodymyr Zelensky": qualifiers, a role word, a name.
    role = re.compile(
        rf"(?<![\w-])(?P<role>(?:(?:[A-Z][a-z]+|[A-Z]{{2,3}})\s+){{0,3}}(?i:{roles}))\s+"
        # "UAE President His Highness Sheikh Mohamed bin Zayed": the style is no name
        r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?"
        r"(?:(?:Sheikh|Sheikha|Sayyid)\s+)?"
        rf"(?P<name>{name})"
    )
    honorific = re.compile(
        rf"(?<![\w])(?P<title>{_alternation(raw['honorifics'])})\.?\s+(?P<name>{name})"
    )
    heads = _alternation(raw["venue_heads"])
    venue = re.compile(
        # "at the British ambassador's official residence", "at Lancaster House"
        # "address the Danish parliament": a speech names its venue without "at"
        rf"\b(?:at|in|inside|outside|address(?:es|ed|ing)?|(?:visit|trip)s?\s+to)\s+"
        rf"(?P<venue>(?:(?i:the)\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{heads})"
        rf"|(?:{_UPPER}[\w’'-]+\s+){{1,4}}(?i:{heads}))\b"
        # "the General Assembly hall": the last venue word ends it
        rf"(?!\s+(?i:{heads})\b)"
        # "the Center for Strategic and International Studies", "the Palace of
        # Westminster": a name that goes on after the venue word
        rf"(?:\s+(?:for|of)(?:\s+(?:and|the|{_UPPER}[\w’'-]+))*\s+{_UPPER}[\w’'-]+)?)"
    )
    return _Lexicon(
        triggers=triggers,
        trigger_cues=[_kind_cues(frags) for frags in raw["triggers"].values()],
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
        honorific=honorific,
        not_name_words=frozenset(raw["not_name_words"]),
        sentence_starters=frozenset(raw["sentence_starters"]),
        # two or three capitalised words not after "the": "Friedrich Merz"
        untitled_name=re.compile(
            rf"(?<![\w’'-])(?<!the )(?<!The )(?P<name>{name_token}"
            rf"(?:\s+(?:(?:{particles})\s+)?{name_token}){{1,3}})(?![\w-])"
        ),
        venue=venue,
    )


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


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gen", "col", "lt", "sgt", "gov"),
        *("prof", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("u.s", "u.k", "u.n", "e.u"),
    }
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; cheap rules that respect "Mr." and "U.S." abbreviations."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start : match.start()].rsplit(None, 1)
        if match.group().startswith(".") and before:
            last = before[-1].lower().rstrip(".")
            if last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last):
                continue
        _append_span(text, start, end, spans)
        start = end
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        spans.append((start + lead, start + trail))


# --------------------------------------------------------------------------- people


@dataclass
class _Person:
    name: str
    role: str | None
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class _PersonMention:
    start: int
    end: int
    person: _Person


def _is_short_form(short: str, full: str) -> bool:
    """'Healey' of 'John Healey', 'Xi' of 'Xi Jinping', 'Lula da Silva' of
    'Luiz Inácio Lula da Silva': a shorter run of the same words."""
    part, whole = _bare_words(short), _bare_words(full)
    if len(part) >= len(whole):
        return False
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


_PARTICLES = frozenset({"von", "der", "van", "de", "da", "di", "del", "du", "la", "le"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)-")


def _bare_words(name: str) -> list[str]:
    """Words of a name without an Arabic article: "Mr Sisi" is "Abdel Fattah al-Sisi"."""
    # "Von der Leyen" opening a sentence is "Ursula von der Leyen"'s
    return [
        _ARTICLE_PREFIX.sub("", w) if w.lower() not in _PARTICLES else w.lower()
        for w in name.split()
    ]


#: Given names that are also everyday capitalised words: never a short form.
_COMMON_FIRST_WORDS = frozenset(
    {"Will", "May", "Mark", "Bill", "Grant", "Hope", "Frank", "Rich", "Young", "Don", "Art"}
    | {"Faith", "Joy", "Sun", "Long", "King", "Price", "New", "Saint", "San", "Abu"}
)


class _People:
    """People of one article; short forms ("Mr Healey", "Mr Xi") resolve to full names."""

    def __init__(self) -> None:
        self.people: list[_Person] = []

    def match(self, name: str) -> _Person | None:
        """The known person ``name`` denotes, if exactly one fits."""
        for person in self.people:
            if person.name == name:
                return person
        shorter = [p for p in self.people if _is_short_form(name, p.name)]
        if len(shorter) > 1:  # two Smiths: the surname decides, else nobody
            shorter = [p for p in shorter if p.surname == name.split()[-1]]
        if len(shorter) == 1:
            return shorter[0]
        longer = [p for p in self.people if _is_short_form(p.name, name)]
        return longer[0] if len(longer) == 1 else None

    def add(self, name: str, role: str | None, alias: str | None = None) -> _Person:
        person = self.match(name)
        if person is None:
            person = _Person(name, role, {alias} if alias else set())
            self.people.append(person)
            return person
        if len(name.split()) > len(person.name.split()):
            # an earlier "Mr Healey" learns its full name
            person.aliases.add(person.name)
            person.name = name
        if role and not person.role:
            person.role = role
        if alias:
            person.aliases.add(alias)
        return person

    def by_first_name(self, first: str) -> _Person | None:
        return next(
            (p for p in self.people if len(p.name.split()) > 1 and p.name.split()[0] == first), None
        )

    def short_forms(self) -> dict[str, _Person]:
        """Words that name one known person on their own: surnames, and the
        words used after an honorific ("Xi" from "Mr Xi")."""
        forms: dict[str, list[_Person]] = {}
        for person in self.people:
            # any word but the given name: "Lula" of "Luiz Inácio Lula da Silva"
            words = {w for w in _bare_words(person.name)[1:] if len(w) > 2 and w[0].isupper()}
            # and as written: "el-Sisi" of "Abdel Fattah el-Sisi" (the hyphen hides "Sisi")
            prefixed = [w for w in person.name.split()[1:] if _ARTICLE_PREFIX.match(w)]
            # "Al-Sharaa previously visited ...": capitalised opening a sentence
            words.update(prefixed + [w[0].upper() + w[1:] for w in prefixed])
            words.update(a.split(None, 1)[1] for a in person.aliases if " " in a)
            first = person.name.split()[0]
            # the first word too: "Wang" (Wang Yi), "Lee" (Lee Jae-myung), "Anwar"
            # (Anwar Ibrahim) — family-name-first and patronymic naming
            if (
                len(person.name.split()) > 1
                and len(first) > 1
                and first[0].isupper()
                and first not in _COMMON_FIRST_WORDS
                and not first.endswith(".")
            ):
                words.add(first)
            for word in words - _PRONOUN_NAMES:
                forms.setdefault(word, []).append(person)
        return {w: ps[0] for w, ps in forms.items() if len(set(map(id, ps))) == 1}


#: Family names that are also English pronouns: a name only after a title
#: ("Vice Premier He Lifeng", "Mr He"), never a short form on their own.
_PRONOUN_NAMES = frozenset({"He"})


def _clean_name(raw: str, lexicon: _Lexicon, *, titled: bool = False) -> str | None:
    tokens = raw.split()
    while tokens and tokens[-1] in lexicon.not_name_words:
        if titled and tokens == [tokens[0]] and tokens[0] in _PRONOUN_NAMES:
            break  # "Mr He"
        tokens.pop()
    while len(tokens) > 2 and tokens[0] in lexicon.not_name_words:
        # "Minister of State Mohammed Al-Khulaifi", "adviser for Africa Massad Boulos"
        tokens.pop(0)
    if not tokens or any(
        t in lexicon.not_name_words and not (titled and i == 0 and t in _PRONOUN_NAMES)
        for i, t in enumerate(tokens)
    ):
        return None
    if lookup(" ".join(tokens)) is not None:
        return None
    return " ".join(tokens)


#: Roles whose holders go by one name ("King Willem-Alexander", "Pope Leo").
_MONONYMOUS_ROLES = frozenset(
    {"king", "queen", "pope", "emperor", "empress", "prince", "princess", "sheikh", "patriarch"}
)


def find_people(text: str) -> list[_PersonMention]:
    """People named in the article, each mention tied to one person."""
    lexicon = _lexicon()
    people = _People()
    mentions: list[_PersonMention] = []
    # characters already part of a name: a flat mask keeps the overlap test O(1)-ish
    # (a list of spans made 1 MB of text quadratic)
    taken = bytearray(len(text))

    def overlaps(start: int, end: int) -> bool:
        return taken.find(1, start, end) != -1

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    # Pass 1: full names introduced by a role or an honorific.
    for match in lexicon.role.finditer(text):
        name = _clean_name(match.group("name"), lexicon, titled=True)
        role = _normalise_role(match.group("role"))
        mononymous = role.split()[-1].lower() in _MONONYMOUS_ROLES
        if not name or (len(name.split()) < 2 and not mononymous):
            continue
        person = people.add(name, role)
        mentions.append(_PersonMention(match.start("name"), match.end("name"), person))
        take(match.start("name"), match.end("name"))
    for match in lexicon.honorific.finditer(text):
        if overlaps(match.start("name"), match.end("name")):
            continue
        name = _clean_name(match.group("name"), lexicon, titled=True)
        if not name:
            continue
        title = match.group("title")
        alias = f"{title} {name}"
        knight = people.by_first_name(name) if title in {"Sir", "Dame"} else None
        if knight is not None and " " not in name:
            # "Sir Keir" is Sir Keir Starmer: knights go by their first name
            knight.aliases.add(alias)
            person = knight
        else:
            person = people.add(name, None, alias=alias)
        mentions.append(_PersonMention(match.start(), match.end(), person))
        take(match.start(), match.end())
    # Pass 2: full names without a title ("will meet Friedrich Merz").
    for match in lexicon.untitled_name.finditer(text):
        start, end = match.start("name"), match.end("name")
        if overlaps(start, end):
            continue
        raw_name = match.group("name")
        if _at_sentence_start(text, start) and raw_name.split()[0] in lexicon.sentence_starters:
            continue
        if _INSIDE_THE_NAME.search(text[max(0, start - 60) : start]):
            continue  # "the Kuala Lumpur Convention Centre": the tail of a longer name
        name = _clean_name(raw_name, lexicon)
        if not name or len(name.split()) < 2 or _place_led(name) or _is_venue(name):
            continue
        if _is_venue(raw_name):
            continue  # "Al Yamamah Palace"
        if not raw_name.startswith(name.split()[0]):
            start += max(0, raw_name.find(name.split()[0]))
        person = people.add(name, None)
        mentions.append(_PersonMention(start, end, person))
        take(start, end)
    # Pass 3: bare surnames of people already known ("Healey said").
    forms = people.short_forms()
    for start, end, form in _short_form_hits(text, forms):
        if not overlaps(start, end):
            mentions.append(_PersonMention(start, end, forms[form]))
    # Pass 4: office holders named by their office ("the Prime Minister", "the
    # Russian president", "the king", "the South African leader") when exactly
    # one person of the article holds it.
    for match in _OFFICE.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        holder = _office_holder(people, match.group("nation"), match.group("office"))
        if holder is None:
            # "the pope" with Leo XIV named before it and Pope Francis only after:
            # the one holder already named
            holders = _office_holders(people, match.group("nation"), match.group("office"))
            named = {id(m.person) for m in mentions if m.start < match.start()}
            before = [p for p in holders if id(p) in named]
            holder = before[0] if len(before) == 1 else None
        if holder is not None:
            mentions.append(_PersonMention(match.start(), match.end(), holder))
    mentions.sort(key=lambda m: m.start)
    return mentions


_WORD_START = re.compile(r"(?<![\w-])\w")


def _short_form_hits(text: str, forms: dict[str, _Person]) -> Iterator[tuple[int, int, str]]:
    """Where the forms stand as whole words, longest first, left to right
    without overlap: what ``(?<![\\w-])(?:form|...)(?![\\w-])`` finds, without
    compiling a new expression for every article."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    after = 0
    size = len(text)
    for match in _WORD_START.finditer(text):
        start = match.start()
        if start < after or text[start] not in by_first:
            continue
        for form in by_first[text[start]]:
            end = start + len(form)
            if text.startswith(form, start) and not (
                end < size and (text[end].isalnum() or text[end] in "_-")
            ):
                yield start, end, form
                after = end
                break


_OFFICE = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<nation>(?:[A-Z][a-z]+\s+){0,2}?)"
    r"(?P<office>(?i:prime minister|president|premier|chancellor|king|queen|emir|crown prince"
    r"|taoiseach|t[aá]naiste|sultan|secretary[- ]general|pope|emperor|empress"
    r"|foreign minister|foreign secretary|defence secretary|defense secretary|secretary of state"
    r"|leader))(?!\s+[A-Z])(?![\w-])"
)
#: Offices "the leader" may stand for.
_LEADER_OFFICES = (
    *("prime minister", "president", "premier", "chancellor", "king", "queen", "emir"),
    *("taoiseach", "sultan"),
)


def _office_holder(people: _People, nation: str, office: str) -> _Person | None:
    """The one known person whose role is ``office`` (of ``nation`` when given)."""
    found = _office_holders(people, nation, office)
    return found[0] if len(found) == 1 else None


def _office_holders(people: _People, nation: str, office: str) -> list[_Person]:
    """The known people whose role is ``office`` (of ``nation`` when given)."""
    office = office.lower()
    nation = nation.strip()
    wanted = _LEADER_OFFICES if office == "leader" else (office,)
    exact: list[_Person] = []
    loose: list[_Person] = []
    for person in people.people:
        role = (person.role or "").lower()
        if not any(role.endswith(w) for w in wanted):
            continue
        if not nation or nation.lower() in role:
            exact.append(person)
        elif not any(adj.lower() in role for adj in demonyms()):
            loose.append(person)  # "President Emmanuel Macron": nationality unsaid
    return exact or loose


_INSIDE_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+)+$")


def _place_led(name: str) -> bool:
    """'Berlin Wall', 'Gaza Strip', 'Kuala Lumpur Convention': words led by a
    place are not a person."""
    words = name.split()
    if len(words) == 2:
        return lookup(words[0]) is not None
    return any(lookup(" ".join(words[:n])) is not None for n in range(2, len(words)))


def _is_venue(name: str) -> bool:
    """'Camp David', 'Blair House': a well-known venue is not a person."""
    return known_venue_pattern().fullmatch(name) is not None


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def _normalise_role(role: str) -> str:
    words = role.split()
    while words and words[0].lower() in {"his", "her", "their", "the", "a", "an", "its"}:
        words.pop(0)
    if len(words) > 1 and words[-1].lower() in {"sheikh", "sayyid"}:
        words.pop()  # "Emir Sheikh Tamim ...": the office is emir, the rest is courtesy
    return " ".join(words)


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
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


@lru_cache(maxsize=64)
def _sentence_triggers(sentence: str) -> tuple[_Trigger, ...]:
    """:func:`_triggers` at offset 0, found once per sentence (the extractor
    asks for a sentence's triggers more than once)."""
    offset = 0
    lexicon = _lexicon()
    lowered = sentence.lower()
    exact = not _ASCII_TWINS.isdisjoint(sentence)
    found = [
        _Trigger(offset + m.start(), offset + m.end(), kind, m.group())
        for (kind, pattern), cues in zip(lexicon.triggers, lexicon.trigger_cues, strict=True)
        # a kind none of whose words is in the sentence cannot match: skip its scan
        if exact or cues is None or any(cue in lowered for cue in cues)
        for m in pattern.finditer(sentence)
    ]
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
                _SIDELINES.search(sentence[max(0, t.start - offset - 60) : t.start - offset])
                or _MET_AT.search(sentence[max(0, t.start - offset - 60) : t.start - offset])
                # "address an investment forum": the forum is where the speech is
                or any(0 <= t.start - sp.end <= 40 for sp in speeches)
            )
        )
    ]
    found = [
        t
        for t in found
        # "held more than 150 bilateral meetings": a tally, not one engagement
        if not (
            t.text.lower().endswith(("meetings", "calls", "visits", "summits", "trips"))
            and _TALLY.search(sentence[max(0, t.start - offset - 40) : t.start - offset])
        )
    ]
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

_CLAUSE_BREAK = re.compile(
    r",\s*(?:where|which|who|while|whereas|although|though|but|however|following|and)\b"
    r"|;|\bhowever\b|\bafter\b|\bbefore\b|\bthat\b|[:“”\"]"
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


def _status(
    clause: str, before_trigger: str, trigger: _Trigger, timex: Timex, reference: date
) -> Status:
    """Certainty from the language of the trigger's clause.

    Cancellation anywhere in the clause wins ("the talks were cancelled");
    then the modal nearest before the trigger ("is expected to" → expected,
    "will"/"is due to" → scheduled); then tense ("met", "was held") and the
    resolved date decide between held and scheduled.
    """
    lexicon = _lexicon()
    if lexicon.cancel.search(clause):
        return Status.CANCELLED
    if lexicon.postpone.search(clause):
        return Status.POSTPONED
    if trigger.kind is Kind.STATEMENT:
        return Status.REPORTED
    cue = _last_cue(before_trigger)
    if cue is None:
        after = clause[clause.find(trigger.text) + len(trigger.text) :][:40]
        cue = _first_cue(after)
    if cue == "expected":
        return Status.EXPECTED
    if cue == "scheduled":
        return Status.SCHEDULED
    assert timex.interval is not None
    verb = trigger.text.lower().split()[0]
    past_verb = verb in lexicon.past_triggers or verb.endswith("ed")
    if re.search(r"\b(?:being|be)\s+$", before_trigger):
        past_verb = False  # "before being received by the king": a participle
    elif _PAST_GOVERNOR.search(before_trigger[-60:]):
        past_verb = True  # "hosted the Qatari prime minister for dinner": the dinner was
    if past_verb or lexicon.past_auxiliary.search(before_trigger):
        return Status.HELD
    if str(timex.direction) == "past" or _as_date(timex.interval.end) <= reference:
        return Status.HELD
    # a future date with no modal ("is meeting on Thursday") is a plan
    return Status.SCHEDULED


# a past verb governing the engagement noun that follows it
_PAST_GOVERNOR = re.compile(
    r"\b(?:hosted|held|attended|gave|offered|threw|organised|organized|chaired)\s+"
    r"(?:[\w’'-]+\s+){0,8}$"
)


def _last_cue(text: str) -> str | None:
    """Which modality cue stands nearest before the trigger."""
    lexicon = _lexicon()
    best: tuple[int, str] | None = None
    for name, pattern in (("expected", lexicon.expected), ("scheduled", lexicon.scheduled)):
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else None


def _first_cue(text: str) -> str | None:
    """The modality cue right after a noun trigger ("the summit is expected to")."""
    lexicon = _lexicon()
    best: tuple[int, str] | None = None
    for name, pattern in (("expected", lexicon.expected), ("scheduled", lexicon.scheduled)):
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _is_conditional(clause: str) -> bool:
    """Hypotheticals ("would provide a backstop in the event of a deal") are not events."""
    return bool(_lexicon().conditional.search(clause))


#: Characters looked at around a trigger or a place: modal verbs, negations and
#: prepositions sit next to what they govern, and a bounded look keeps one
#: enormous sentence linear.
_LOOK_BACK = 160

_PEOPLE_REACH = 600
_TRIGGER_REACH = 400  # no news sentence puts its verb further from its date

_LOCATIVES = frozenset({"in", "to", "at", "visit", "visits", "visiting", "visited"})
# "the war in Ukraine", "peace in Gaza": a topic, not where the engagement is
_TOPIC_BEFORE_IN = re.compile(
    r"\b(?:war|conflict|peace|ceasefire|fighting|crisis|situation|elections?|presence|"
    r"invasion|aggression|stability|security|investment|interests?)\s+in\s*$",
    re.IGNORECASE,
)
# "the South Korean port city of Busan", "the capital, Doha"
_CITY_OF = re.compile(r"\b(?:city|capital|town|port|resort)(?:\s+of|,)\s*$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(
    r"^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]"
)


@lru_cache(maxsize=64)
def _locative_places(sentence: str, offset: int) -> tuple[PlaceMention, ...]:
    """Places a locative preposition introduces ("to Washington", "in Kyiv"),
    not places inside a longer name ("at Lancaster House", "Hyderabad House")
    nor the topic of the talks ("to end the war in Ukraine"). Found once per
    sentence, looking only at the words right around each place."""
    out = []
    for mention in find_places(sentence):
        head = sentence[max(0, mention.start - _LOOK_BACK) : mention.start]
        before = head.rstrip().rsplit(None, 1)
        if before and before[-1].lower() == "the":
            # "to the United States", "in the Netherlands"
            before = head.rstrip().rsplit(None, 2)[-2:-1]
        if not before or (before[-1].lower() not in _LOCATIVES and not _CITY_OF.search(head)):
            continue
        following = sentence[mention.end : mention.end + _LOOK_BACK]
        if _NAME_GOES_ON.match(following) or _TOPIC_BEFORE_IN.search(head):
            continue
        start, end = offset + mention.start, offset + mention.end
        out.append(PlaceMention(start, end, mention.text, mention.place))
    return tuple(out)


_VENUE_PREPOSITION = re.compile(
    r"\b(?:at|in|inside|outside|to|from|near|visit|visits|visiting|visited"
    r"|(?:session|sitting)\s+of)\s+$",
    re.IGNORECASE,
)


def _venue(
    sentence: str, offset: int, trigger: _Trigger, *, own_clause_only: bool = False
) -> str | None:
    """The venue nearest the trigger: a well-known one ("the Pentagon",
    "Chequers") or a phrase ending in a venue word ("at the embassy")."""
    found = _venue_hits(sentence)
    clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
    if _DESCRIBING.match(sentence, clause_end):
        # "the G20 summit, which opens on Saturday at the Nasrec Expo Centre"
        clause_end = _clause_of(sentence, min(len(sentence) - 1, clause_end + 8))[1]
    # "meet Wadephul in Berlin, before ... received by Macron at the Elysee Palace":
    # the venue of a clause with an engagement of its own is that engagement's
    owned = _engagement_clauses(sentence)
    found = tuple(
        hit
        for hit in found
        if clause_start <= hit[0] < clause_end
        or (not own_clause_only and _clause_of(sentence, hit[0]) not in owned)
    )
    if not found:
        return None
    return min(found, key=lambda hit: abs(offset + hit[0] - trigger.start))[1]


@lru_cache(maxsize=64)
def _engagement_clauses(sentence: str) -> frozenset[tuple[int, int]]:
    """Clauses of a sentence holding an engagement word (not a statement or a
    development), found once per sentence."""
    return frozenset(
        _clause_of(sentence, t.start)
        for t in _triggers(sentence, 0)
        if t.kind not in (Kind.STATEMENT, Kind.OTHER)
    )


_WHICH = re.compile(r",\s*which\b")
_DESCRIBING = re.compile(r",\s*(?:which|where)\b")


@lru_cache(maxsize=64)
def _venue_hits(sentence: str) -> tuple[tuple[int, str], ...]:
    """Every venue of a sentence with its offset, found once per sentence."""
    found: list[tuple[int, str]] = [
        (m.start(), m.group("name"))
        for m in known_venue_pattern().finditer(sentence)
        # "at the Pentagon", not "the Pentagon said": a venue has a preposition
        if _VENUE_PREPOSITION.search(sentence[max(0, m.start() - 12) : m.start()])
        or re.search(r"\bon\s+(?:the\s+)?$", sentence[max(0, m.start() - 8) : m.start()])
    ]
    for match in _lexicon().venue.finditer(sentence):
        text = re.sub(r"^the\s+", "", match.group("venue"), flags=re.IGNORECASE)
        if not any(start <= match.start("venue") < start + len(name) + 4 for start, name in found):
            found.append((match.start("venue"), text))
    return tuple(found)


_NEGATED = re.compile(
    r"\b(?:not|never|no longer)\s+(?:[\w’']+\s+){0,4}$|n[’']t\s+(?:[\w’']+\s+){0,4}$"
)

# "the two leaders", "both presidents": the pair the article has just named
_PAIR = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|men|women|presidents|prime ministers|ministers"
    r"|foreign ministers|heads of state|chancellors|sides|officials)\b|\b[Tt]he pair\b|^They\b"
)

_SUBJECT_PRONOUN = re.compile(
    # "His Highness later hosted a luncheon": the styled subject of the report
    r"(?:^|\s)(?:[Hh]e|[Ss]he|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))\s"
)


def _within(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def extract_events(
    text: str, reference: date | datetime, timexes: list[Timex] | None = None
) -> list[ExtractedEvent]:
    """Engagements reported in ``text``, in order of appearance."""
    if timexes is None:
        timexes = tag(text, reference)
    ref_day = _as_date(reference)
    mentions = find_people(text)
    # sorted start offsets, so each sentence takes its slice in O(log n), not O(n)
    mention_starts = [m.start for m in mentions]
    datelines = [m.span() for m in _DATELINE.finditer(text)]
    timexes = sorted(
        (t for t in timexes if not any(a <= t.start < b for a, b in datelines)),
        key=lambda t: t.start,
    )
    timex_starts = [t.start for t in timexes]
    events: list[ExtractedEvent] = []
    dateless: list[tuple[str, int, _Trigger, list[_PersonMention]]] = []
    last_subject: _Person | None = None
    last_pair: list[_Person] = []
    last_people: list[_Person] = []
    sole_purposes: list[ExtractedEvent] = []
    previous: list[ExtractedEvent] = []  # the events of the latest sentence that had any
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        people_here = _within(mentions, mention_starts, s_start, s_end)
        pronoun = _SUBJECT_PRONOUN.search(sentence)
        if pronoun and last_subject is not None:
            travellers = [
                e.participants[0].name
                for e in events
                if e.kind is Kind.VISIT and len(e.participants) == 1
            ]
            guest = next((p for p in last_people if travellers and p.name == travellers[-1]), None)
            if guest is not None:
                # "Macron will host a banquet in the South African leader's honour.
                # On Thursday he is due to address a forum": the visitor goes on
                last_subject = guest
            first_named = people_here[0].start - s_start if people_here else len(sentence)
            if pronoun.start() < first_named and all(
                m.person is not last_subject for m in people_here
            ):
                # "On Tuesday he will attend a dinner hosted by Lord Mandelson": the
                # subject is the previous sentence's, the named people are others
                people_here.insert(
                    0, _PersonMention(s_start + pronoun.start(), s_start, last_subject)
                )
        pair_ref = _PAIR.search(sentence)
        if (
            pair_ref
            and last_pair
            # "They are expected to meet Xi and Li": the subject is the last pair
            and (len({m.person.name for m in people_here}) < 2 or pair_ref.group() == "They")
        ):
            at = s_start + pair_ref.start()
            known = {m.person.name for m in people_here}
            people_here = sorted(
                people_here + [_PersonMention(at, at, p) for p in last_pair if p.name not in known],
                key=lambda m: m.start,
            )
        if people_here:
            last_subject = people_here[0].person
            last_people = [m.person for m in people_here]
        distinct = list({id(m.person): m.person for m in people_here}.values())
        if len(distinct) >= 2:
            last_pair = distinct[:2]
        in_sentence = _within(timexes, timex_starts, s_start, s_end)
        dated = _join_ranges(
            text,
            _join_clock_and_day(
                text,
                [
                    _part_of_day_as_day(t)
                    for t in in_sentence
                    if t.type in (TimexType.DATE, TimexType.TIME)
                    and t.interval is not None
                    and t.granularity in _PRECISION
                    and not t.is_vague
                ],
            ),
        )
        triggers = _triggers(sentence, s_start)
        trigger_starts = [t.start for t in triggers]
        if not dated:
            if _DURING_TRIP.search(sentence):
                dateless.extend(
                    (sentence, s_start, t, people_here)
                    for t in triggers
                    if t.kind not in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER)
                )
                continue
            has_date = any(t.type in (TimexType.DATE, TimexType.TIME) for t in in_sentence)
            follow = (
                []
                if has_date  # "last met in New Delhi in 2023": dated, if vaguely
                else _follow_ups(
                    sentence, s_start, triggers, people_here, previous, ref_day, events
                )
            )
            new = [e for e in follow if all(e is not p for p in previous)]
            events.extend(new)
            previous = new or previous
            if not follow:
                _attach_attendees(sentence, s_start, people_here, events)
            continue
        used: set[int] = set()
        # "postponed to Monday 9 March": the new date of an engagement, not one more
        new_dates = [t for t in dated if _NEW_DATE.search(text[max(0, t.start - 40) : t.start])]
        dated = [t for t in dated if t not in new_dates]
        sentence_events: list[ExtractedEvent] = []
        dated_events: dict[int, ExtractedEvent] = {}
        for timex in dated:
            said_on = _SAID_ON.search(text[max(0, timex.start - 30) : timex.start])
            if _SINCE.search(text[max(s_start, timex.start - 70) : timex.start]):
                continue  # "the first since Mr Trump's return to office in January"
            reach = _within(
                triggers,
                trigger_starts,
                timex.start - _TRIGGER_REACH,
                timex.start + _TRIGGER_REACH + 1,
            )
            eligible = [
                t
                for t in reach
                if (t.kind is Kind.STATEMENT and _dated_statement(text, t, timex, people_here))
                or (t.kind is not Kind.STATEMENT and not said_on and not _refers_back(text, t))
            ]
            aside = next(
                (
                    (s_start + a, s_start + b)
                    for a, b in _who_clauses(sentence)
                    if a <= timex.start - s_start < b
                ),
                None,
            )
            if aside is not None:
                # "Takaichi, who took office on Oct. 21, will attend ...": the date
                # describes the person; only an engagement of that clause takes it
                eligible = [t for t in eligible if aside[0] <= t.start < aside[1]]
            for _attempt in range(3):
                trigger = _nearest_trigger(sentence, s_start, timex, eligible, used)
                if trigger is None or _owned_by_other_date(
                    sentence, s_start, timex, trigger, dated
                ):
                    break
                used.add(trigger.start)
                named = _named_purpose(sentence, s_start, trigger, triggers)
                if named is not None:
                    used.add(named.start)
                    trigger = named
                clause_start, clause_end = _clause_of(sentence, trigger.start - s_start)
                clause_start, clause_end = _near(trigger.start - s_start, clause_start, clause_end)
                clause = sentence[clause_start:clause_end]
                before_trigger = sentence[clause_start : trigger.start - s_start]
                if trigger.kind is not Kind.STATEMENT and (
                    _is_conditional(before_trigger) or _NEGATED.search(before_trigger)
                ):
                    break  # "would meet if ...", "will not attend": no engagement
                event = _build_event(
                    sentence, s_start, timex, trigger, people_here, before_trigger, clause, ref_day
                )
                if event is not None:
                    _stretch_by_duration(event, timex, in_sentence, clause_start + s_start, clause)
                    sentence_events.append(event)
                    dated_events[timex.start] = event
                    break
                if trigger.kind is not Kind.VISIT:
                    break
                # "last visited Europe in February, when he addressed ...": a visit
                # to nowhere gives its date to the next engagement word
        sentence_events.extend(_gapped(text, dated, dated_events, people_here))
        if len(sentence_events) > 1:
            for event in sentence_events:
                _keep_clause_people(event, sentence, s_start, people_here)
        sentence_events.extend(
            _coordinated(text, sentence, s_start, dated, triggers, used, people_here, ref_day)
        )
        purposes = _purposes(
            sentence, s_start, sentence_events, triggers, used, people_here, ref_day
        )
        sentence_events.extend(purposes)
        sole_purposes.extend(purposes)
        for event in sentence_events:
            if event.status is Status.POSTPONED and new_dates:
                _move_to(event, new_dates[0])
        if new_dates and not sentence_events:
            # "The visit will now take place in May": the postponed engagement
            # of an earlier sentence moves, with what it holds
            noun = _KIND_NOUN.search(sentence)
            moved = [
                e
                for e in events
                if e.status is Status.POSTPONED
                and (noun is None or e.kind is _KIND_NOUNS[noun.group().lower()])
            ]
            if moved:
                for event in [moved[-1], *(e for e in events if e.trip is moved[-1])]:
                    _move_to(event, new_dates[0])
                    event.status = Status.POSTPONED
        if sentence_events:
            previous = sentence_events
        else:
            _attach_attendees(sentence, s_start, people_here, events)
        events.extend(sentence_events)
    _place_by_reference(events)
    _gathering_attendees(events)
    _link_trips(events)
    _place_by_dateline(text, events)
    events.extend(_during_trips(events, dateless, ref_day))
    events = _fold_errands(events, sole_purposes)
    # an engagement with no participant and no place, even after the sentences
    # that followed it ("The call will be co-chaired by ..."), is no calendar entry
    events = [e for e in events if e.participants or e.place or e.venue]
    return _merge_same_engagement(events)


#: A wire dateline: "KUALA LUMPUR, Oct 24 (Reuters) -", "WASHINGTON (AP) —".
#: Its date is the report's, never an engagement's.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*)*"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?"
    r"\s*(?:\([A-Za-z. ]{2,20}\)\s*)?[-—–]+",
    re.MULTILINE,
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

# taking part in an engagement named elsewhere: "will attend", "is also expected
# at the summit", "the delegation will be led by", "will chair the sessions"
_ATTEND = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|(?:led|headed|chaired)\s+by"
    r"|(?:lead|head|chair)(?:s|ing)?\s+(?:the|their|his|her|its)|delegations?|take\s+part|took\s+part|taking\s+part"
    r"|participat\w+|expected\s+at|included?|attendance|represented\s+by"
    r"|(?:is|are)\s+(?:also\s+)?expected(?=\s*[.;]|\s*$)"
    r"|address(?:es|ed|ing)?\s+the\s+(?:opening|closing|plenary)\s+session"
    r"|brief(?:s|ing)?\s+(?:leaders|ministers)|host(?:s|ing)?\s+the\s+(?:gathering|summit"
    r"|conference|meeting|talks|event))\b",
    re.IGNORECASE,
)
#: Cues whose attendees are their subjects ("X will attend"), not their objects.
_SUBJECT_CUE = re.compile(r"attend(?:s|ed|ing)?|join(?:s|ed|ing)?", re.IGNORECASE)
_ATTEND_TARGETS = (
    (re.compile(r"\bsummit\b", re.IGNORECASE), (Kind.SUMMIT,)),
    (re.compile(r"\bcall\b", re.IGNORECASE), (Kind.CALL,)),
    (
        re.compile(
            r"\b(?:parade|ceremony|reception|banquet|dinner|inauguration|funeral|commemoration)\b",
            re.IGNORECASE,
        ),
        (Kind.RECEPTION,),
    ),
    (
        re.compile(r"\b(?:gathering|opening session|closing session|plenary)\b", re.IGNORECASE),
        (Kind.SUMMIT, Kind.CONFERENCE),
    ),
    (re.compile(r"\b(?:conference|forum)\b", re.IGNORECASE), (Kind.CONFERENCE,)),
    (
        re.compile(r"\b(?:talks|meeting|sessions?|negotiations|side|delegation)\b", re.IGNORECASE),
        (Kind.MEETING,),
    ),
)
# "a senior adviser to President Felix Tshisekedi": named to describe someone else
_APPOSITIVE = re.compile(r"\b(?:to|of|for|under)\s+(?:the\s+)?$")
# a dateless engagement that follows the one before: "They will then sign ..."
_SEQUENCE = re.compile(
    r"\b(?:then|later|afterwards|after that|that (?:evening|afternoon|morning|night))\b",
    re.IGNORECASE,
)


_ALSO = re.compile(r"\b(?:also|additionally)\b", re.IGNORECASE)

_ABSENT = re.compile(
    r"\b(?:not|never|no|boycott\w*|skip\w*|stay\w*\s+away|absent|declined?)\b|n[’']t\b",
    re.IGNORECASE,
)


def _own_people(sentence: str, offset: int, people: list[_PersonMention]) -> list[_Person]:
    """The people a sentence names as actors, not as descriptions of others."""
    out: list[_Person] = []
    for m in people:
        head = sentence[max(0, m.start - offset - 40) : max(0, m.start - offset)]
        # titles are not descriptions: "Secretary of State Marco Rubio" is an actor,
        # "an adviser to President Felix Tshisekedi" is not
        head = re.sub(r"(?:(?:[A-Z][\w’'.-]*|of|the)\s+){0,6}$", "", head)
        if m.start > offset and _APPOSITIVE.search(head):
            continue
        if all(p is not m.person for p in out):
            out.append(m.person)
    return out


def _attach_attendees(
    sentence: str, offset: int, people: list[_PersonMention], events: list[ExtractedEvent]
) -> None:
    """'US Defense Secretary Pete Hegseth will attend': a sentence with no
    engagement of its own adds its people to the engagement it refers to."""
    if not people or not events:
        return
    # "Ruto will not attend and will be represented by Mudavadi": the first cue
    # that is not negated
    cue = next(
        (
            c
            for c in _ATTEND.finditer(sentence)
            # "will not attend and will be represented by": "and" ends the negation
            if not _NEGATED.search(
                re.split(r"\band\b|,", sentence[max(0, c.start() - 30) : c.start()])[-1]
            )
        ),
        None,
    )
    if cue is None or _is_conditional(sentence[: cue.start()]):
        return
    kinds: tuple[Kind, ...] | None = None
    for pattern, wanted in _ATTEND_TARGETS:
        if pattern.search(sentence):
            kinds = wanted
            break
    if kinds is None:
        # "X will attend", nothing named: the gathering told, else the talks
        target = next(
            (e for e in reversed(events) if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)), None
        ) or next((e for e in reversed(events) if e.kind in (Kind.MEETING, Kind.CALL)), None)
    else:
        target = next((e for e in reversed(events) if e.kind in kinds), None)
    if target is None:
        return
    lexicon = _lexicon()
    if target.status is Status.HELD and (
        lexicon.scheduled.search(sentence) or lexicon.expected.search(sentence)
    ):
        # "The two last met in Cairo in April. A US delegation could join the
        # talks in the coming weeks": talks to come, not the meeting that was
        return
    known = {p.name for p in target.participants}
    subjects_only = _SUBJECT_CUE.fullmatch(cue.group()) is not None and not re.search(
        r"\b(?:is|are|was|were|be|been|being)\s+$", sentence[max(0, cue.start() - 10) : cue.start()]
    )  # "Mr Rubio was joined by Mike Waltz": a passive's agents attend too
    for person in _own_people(sentence, offset, people):
        mention = next(m for m in people if m.person is person)
        if subjects_only and not any(
            c.start() > mention.start - offset for c in _ATTEND.finditer(sentence)
        ):
            # "Takaichi will attend ... and is weighing talks with Xi": who
            # attends is the subject of a cue; the people after the last cue
            # are its objects ("..., while Meloni will join by video link")
            continue
        start, end = _clause_of(sentence, mention.start - offset)
        if mention.start - offset > cue.start():
            # "Ruto will not attend and will be represented by Mudavadi": the
            # words between the cue and the name decide
            start = max(start, cue.start())
        else:
            end = max(end, cue.end())
        if _ABSENT.search(sentence[start:end]):
            continue  # "Trump is boycotting it and no U.S. official will attend"
        if person.name not in known:
            target.participants.append(_participant(person))
            known.add(person.name)
    _finish(target)


def _follow_ups(
    sentence: str,
    offset: int,
    triggers: list[_Trigger],
    people: list[_PersonMention],
    previous: list[ExtractedEvent],
    reference: date,
    told: list[ExtractedEvent] | None = None,
) -> list[ExtractedEvent]:
    """Dateless engagements that continue the sentence before (returned, with
    the earlier events they added to); ``told`` is every event so far.

    Same kind: more about that engagement ("are set to sign the accord at the
    Convention Centre" adds signatories and venue). Another kind after "then",
    "later", "that evening": the next engagement of the same day. Any
    engagement right after a visit: part of it, dated by it (an engagement
    with no date of its own inside a visit takes the visit's dates,
    tests/articles/README.md).
    """
    found: list[ExtractedEvent] = []
    if not previous:
        return found
    for trigger in triggers:
        if trigger.kind in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER):
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        before = sentence[clause_start : trigger.start - offset]
        if _is_conditional(sentence) or _NEGATED.search(before):
            continue  # "could sign an agreement if negotiators close the gaps"
        same = next((e for e in previous if e.kind is trigger.kind), None)
        if (
            same is not None
            and _ALSO.search(before)
            and trigger.text.lower() != same.trigger.lower()
        ):
            # "He will also attend the Speaker's lunch" after a ceremony: another one
            same = None
        if same is not None:
            known = {p.name for p in same.participants}
            for person in _own_people(sentence, offset, people):
                if person.name not in known:
                    same.participants.append(_participant(person))
                    known.add(person.name)
            venue = _venue(sentence, offset, trigger)
            if venue and not same.venue:
                same.venue = venue
                city = venue_city(venue)
                if city is None:
                    led = find_places(venue)
                    city = led[0].place if led and led[0].start == 0 else None
                if city is not None and (same.place is None or same.place.is_country):
                    same.place = city
            _finish(same)
            found.append(same)
            continue
        visit = next((e for e in previous if e.kind is Kind.VISIT), None)
        covering = visit
        if visit is None and previous and told:
            # "Xi and Putin will hold talks on Thursday. The two leaders are expected
            # to sign a joint statement": inside the state visit, dated by it
            day = _as_date(previous[0].start)
            covering = next(
                (
                    e
                    for e in reversed(told)
                    if e.kind is Kind.VISIT
                    and e.status is previous[0].status
                    and _as_date(e.start) <= day < _as_date(e.end)
                    and {p.name for p in e.participants}
                    & {p.name for p in previous[0].participants}
                ),
                None,
            )
        same_day = next(
            (e for e in previous if e.kind is not Kind.STATEMENT and e.precision is Precision.DAY),
            None,
        )
        if same_day is not None and same_day is not visit and _SEQUENCE.search(sentence):
            anchor = same_day  # "They will then sign ...": the same day
        elif covering is not None:
            anchor = covering
        else:
            continue
        pseudo = _dates_of(anchor, trigger, anchor.phrase)
        event = _build_event(
            sentence,
            offset,
            pseudo,
            trigger,
            people,
            before,
            sentence[clause_start:clause_end],
            reference,
        )
        if event is None or not event.participants:
            continue
        if anchor.status in (Status.CANCELLED, Status.POSTPONED):
            event.status = anchor.status
        event.trip = covering or anchor.trip
        if event.place is None or event.place.is_country:
            if anchor is visit:  # right after the trip's own sentence
                event.place = event.place or visit.place
            elif anchor is same_day:  # "then": where the engagement before was
                event.place = anchor.place or event.place
            else:  # inside a trip, after an engagement of it: where that one was
                event.place = previous[0].place or anchor.place or event.place
        _finish(event)
        found.append(event)
    return found


# "meet on the sidelines on Tuesday", "speak to the assembly", "talks there":
# where an engagement already told takes place
_BACK_REFERENCE = re.compile(
    r"\bon the (?:sidelines|margins)\b"
    r"(?!\s+of\s+(?!the\s+(?:summit|conference|meeting|assembly|gathering|talks|forum)\b))"
    r"|\bthe (?:assembly|gathering|summit|conference|forum)\b|\bthere\b",
    re.IGNORECASE,
)


def _place_by_reference(events: list[ExtractedEvent]) -> None:
    """An engagement with no place of its own, in a sentence that points back
    to an engagement already told ("on the sidelines", "the assembly"), is
    where that one is; one of a summit's attendees on its days (or its eve) is
    where the summit is."""
    for index, event in enumerate(events):
        if event.place is not None or event.kind in (Kind.CALL, Kind.STATEMENT):
            continue
        if not _BACK_REFERENCE.search(event.sentence):
            continue
        earlier = next(
            (
                e
                for e in reversed(events[:index])
                if e.place is not None and e.kind not in (Kind.CALL, Kind.STATEMENT)
            ),
            None,
        )
        if earlier is not None:
            event.place = earlier.place
            _finish(event)
    for event in events:
        if event.place is not None or event.kind in (Kind.CALL, Kind.STATEMENT, Kind.VISIT):
            continue
        names = {p.name for p in event.participants}
        day = _as_date(event.start)
        gathering = next(
            (
                e
                for e in events
                if e.kind in (Kind.SUMMIT, Kind.CONFERENCE)
                and e.place is not None
                and names & {p.name for p in e.participants}
                and _as_date(e.start) - timedelta(days=1) <= day < _as_date(e.end)
            ),
            None,
        )
        if gathering is not None:
            # "Modi will hold a bilateral meeting with Ramaphosa on Friday evening",
            # the eve of the Johannesburg summit both attend
            event.place = gathering.place
            _finish(event)


# "DOHA, Qatar —", "ADDIS ABABA, Ethiopia (AP) —", "TOKYO --", "RIYADH:": the
# city a wire report is filed from, at the very start of the text
_DATELINE_CITY = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?=\s*(?:,|\(|[-—–]{1,2}\s|:\s))"
)
#: Datelines that are no gazetteer name.
_DATELINE_ALIASES = {"United Nations": "New York City", "Vatican City": "Vatican City"}
_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|online|by (?:video|phone|telephone))\b", re.IGNORECASE)


def _place_by_dateline(text: str, events: list[ExtractedEvent]) -> None:
    """An engagement still without a place, to come in a report filed from a
    city, is in that city: the wire names the place once, in the dateline
    ("DOHA, Qatar — ... will receive el-Sisi at the Amiri Diwan on Thursday")."""
    match = _DATELINE_CITY.match(text)
    if match is None:
        return
    name = " ".join(w.capitalize() for w in match.group("city").split())
    city = lookup(_DATELINE_ALIASES.get(name, name))
    if city is None or city.is_country:
        return
    for event in events:
        if (
            event.place is None
            and event.participants
            and event.kind not in (Kind.CALL, Kind.STATEMENT)
            and event.status not in (Status.HELD, Status.REPORTED)
            and not _REMOTE.search(event.sentence)
        ):
            event.place = city
            _finish(event)


_GATHERING_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:summit|conference|gathering|opening session)\b", re.IGNORECASE
)


def _gathering_attendees(events: list[ExtractedEvent]) -> None:
    """Whoever has an engagement at a summit or conference, on its days or its
    eve, in a sentence naming it ("will meet Abiy on Friday before the summit
    opens", "will address the summit on Sunday"), is one of its named
    attendees (tests/articles/README.md: a summit's participants)."""
    for gathering in events:
        if gathering.kind not in (Kind.SUMMIT, Kind.CONFERENCE) or gathering.place is None:
            continue
        first, last = _as_date(gathering.start), _as_date(gathering.end)
        known = {p.name for p in gathering.participants}
        for event in events:
            if (
                event is gathering
                or event.sentence == gathering.sentence
                # a dinner's host need not be at the summit ("The summit will open
                # with a dinner hosted by King Willem-Alexander")
                or event.kind in (Kind.CALL, Kind.STATEMENT, Kind.RECEPTION)
                or event.kind in (Kind.SUMMIT, Kind.CONFERENCE)
                or not event.participants
                or not first - timedelta(days=1) <= _as_date(event.start) < last
                or not _GATHERING_REFERENCE.search(event.sentence)
            ):
                continue
            subject = event.participants[0]
            if subject.name not in known:
                gathering.participants.append(subject)
                known.add(subject.name)
                _finish(gathering)


def _fold_errands(
    events: list[ExtractedEvent], purposes: list[ExtractedEvent]
) -> list[ExtractedEvent]:
    """'will travel to Ankara on Thursday to meet President Erdogan': a trip
    with no span of its own whose only engagement is its stated purpose is that
    engagement alone (tests/articles/README.md: one-day trips)."""
    dropped: set[int] = set()
    for visit in (e for e in events if e.kind is Kind.VISIT):
        inside = [e for e in events if e.trip is visit]
        if len(inside) != 1 or not any(inside[0] is p for p in purposes):
            continue
        after_trigger = visit.trigger_start + len(visit.trigger) - visit.sentence_start
        between = visit.sentence[after_trigger : inside[0].trigger_start - visit.sentence_start]
        if not _ERRAND.search(between) or re.search(r"\band\b", between):
            continue  # "will visit Kyiv and meet Zelensky": two things, not an errand
        one_day = visit.precision is Precision.DAY and _as_date(visit.end) - _as_date(
            visit.start
        ) == timedelta(days=1)
        if not (one_day or visit.precision is Precision.MONTH):
            continue
        errand = inside[0]
        errand.trip = None
        if errand.venue is None and visit.venue is not None:
            errand.venue = visit.venue  # "visit Nato headquarters to meet Rutte"
        if errand.place is None or (errand.place.is_country and visit.place is not None):
            errand.place = visit.place
        _finish(errand)
        dropped.add(id(visit))
    return [e for e in events if id(e) not in dropped]


# "to meet President Erdogan": the infinitive of purpose (tests/articles/README.md);
# "for talks with" stays a trip with the talks in it (tests/test_batch.py fixtures)
_ERRAND = re.compile(r"\bto\s+$")


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def _refers_back(text: str, trigger: _Trigger) -> bool:
    """'ending the tour in Windhoek': a visit noun with "the" is one already told."""
    return (
        trigger.kind is Kind.VISIT
        and trigger.text.lower() in {"visit", "trip", "tour"}
        and bool(_DEFINITE.search(text[max(0, trigger.start - 6) : trigger.start]))
    )


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
    for other in triggers:
        if (
            other.kind in (Kind.SUMMIT, Kind.CONFERENCE)
            and 0 < other.start - trigger.end <= 120
            and _clause_of(sentence, other.start - offset) == clause
            and _FOR_A.search(sentence[max(0, other.start - offset - 40) : other.start - offset])
        ):
            return other
    return None


def _owned_by_other_date(
    sentence: str, offset: int, timex: Timex, trigger: _Trigger, dated: list[Timex]
) -> bool:
    """'Nawrocki, who was sworn in last month, will meet Hegseth on Monday': a
    trigger in another clause that has a date of its own is that date's."""
    trigger_clause = _clause_of(sentence, trigger.start - offset)
    timex_clause = _clause_of(sentence, timex.start - offset)
    if _WHICH.match(sentence, trigger_clause[1]) and trigger_clause[1] < len(sentence) - 8:
        # "arriving this week for the summit, which will be held on Saturday and
        # Sunday": the describing clause dates the noun it follows
        described = _clause_of(sentence, trigger_clause[1] + 8)
        if timex_clause == described:
            return False
        if any(
            other is not timex and described[0] <= other.start - offset < described[1]
            for other in dated
        ):
            return True
    if timex_clause == trigger_clause:
        return False
    return any(
        other is not timex and trigger_clause[0] <= other.start - offset < trigger_clause[1]
        for other in dated
    )


def _keep_clause_people(
    event: ExtractedEvent, sentence: str, offset: int, people: list[_PersonMention]
) -> None:
    """Several engagements in one sentence: each has the sentence's subject and
    the people of its own clause ("meet Wadephul in Berlin on Wednesday, before
    ... received by Macron on Thursday")."""
    if event.kind is Kind.STATEMENT or not people:
        return
    start, end = _clause_of(sentence, event.trigger_start - offset)
    names = [people[0].person.name] + [
        m.person.name for m in people if start <= m.start - offset < end
    ]
    kept = [p for p in event.participants if p.name in names]
    if kept and len(kept) < len(event.participants):
        event.participants = kept
        _finish(event)


def _dates_of(trip: ExtractedEvent, trigger: _Trigger, text: str) -> Timex:
    """The trip's dates, as a timex at ``trigger``: for engagements the article
    dates only by the trip they belong to."""
    granularity = _GRANULARITY[trip.precision]
    return Timex(
        trigger.start,
        trigger.end,
        text,
        TimexType.DATE,
        trip.timex_value,
        interval=Interval(trip.start, trip.end, granularity),
        granularity=granularity,
    )


_PURPOSE_KINDS = frozenset(
    {
        Kind.MEETING,
        Kind.CALL,
        Kind.SIGNING,
        Kind.SPEECH,
        Kind.SUMMIT,
        Kind.CONFERENCE,
        Kind.RECEPTION,
    }
)


def _purposes(
    sentence: str,
    offset: int,
    events: list[ExtractedEvent],
    triggers: list[_Trigger],
    used: set[int],
    people: list[_PersonMention],
    reference: date,
) -> list[ExtractedEvent]:
    """'will visit Helsinki on Friday for talks with Alexander Stubb': the trip
    and, inside it, the talks with the person named — two calendar entries."""
    found = []
    for visit in [e for e in events if e.kind is Kind.VISIT]:
        for trigger in triggers:
            if trigger.start in used or trigger.kind not in _PURPOSE_KINDS:
                continue
            if _clause_of(sentence, trigger.start - offset) != _clause_of(
                sentence, visit.trigger_start - offset
            ):
                continue
            counterparts = [
                m
                for m in people
                if m.start > trigger.start
                and m.person.name not in {p.name for p in visit.participants}
            ]
            if not counterparts or trigger.start < visit.trigger_start:
                continue
            clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
            pseudo = _dates_of(visit, trigger, visit.phrase)
            event = _build_event(
                sentence,
                offset,
                pseudo,
                trigger,
                [m for m in people if m.person.name in {p.name for p in visit.participants}]
                + counterparts,
                sentence[clause_start : trigger.start - offset],
                sentence[clause_start:clause_end],
                reference,
            )
            if event is not None:
                used.add(trigger.start)
                event.phrase = visit.phrase
                event.status = visit.status
                event.trip = visit
                if event.place is None or event.place.is_country:
                    event.place = visit.place
                    _finish(event)
                found.append(event)
    return found


_COORDINATED_KINDS = frozenset(
    {Kind.MEETING, Kind.SIGNING, Kind.SPEECH, Kind.RECEPTION, Kind.CALL, Kind.CONFERENCE}
)


_GAP_AND = re.compile(r"\s*,?\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")
_GAP_ON = re.compile(r"\s+(?:on|in|at)?\s*")


def _gapped(
    text: str,
    dated: list[Timex],
    dated_events: dict[int, ExtractedEvent],
    people: list[_PersonMention],
) -> list[ExtractedEvent]:
    """'will meet President Xi Jinping on Nov. 9 and Premier Li Qiang on Nov.
    10': the verb is not repeated, the second person and date are a second
    engagement of the same kind, with the same subject."""
    found: list[ExtractedEvent] = []
    for earlier, later in pairwise(dated):
        event = dated_events.get(earlier.start)
        if event is None or later.start in dated_events or len(event.participants) < 3:
            continue
        person = next(
            (
                m
                for m in people
                if earlier.end <= m.start
                and m.end <= later.start
                and _GAP_AND.fullmatch(text, earlier.end, m.start)
                and _GAP_ON.fullmatch(text, m.end, later.start)
            ),
            None,
        )
        if person is None:
            continue
        moved = _participant(person.person)
        if moved not in event.participants or moved == event.participants[0]:
            continue
        event.participants.remove(moved)
        _finish(event)
        start, end = _event_times(later, event.place)
        assert later.granularity is not None
        second = replace(
            event,
            start=start,
            end=end,
            precision=_PRECISION[later.granularity],
            participants=[event.participants[0], moved],
            phrase=later.text,
            timex_value=later.value,
        )
        _finish(second)
        dated_events[later.start] = second
        found.append(second)
    return found


def _coordinated(
    text: str,
    sentence: str,
    offset: int,
    dated: list[Timex],
    triggers: list[_Trigger],
    used: set[int],
    people: list[_PersonMention],
    reference: date,
) -> list[ExtractedEvent]:
    """'talks on Tuesday, and the two leaders are expected to sign an agreement':
    an engagement in a coordinated clause with no date of its own shares the
    date of the clause before it."""
    found = []
    for trigger in triggers:
        if trigger.start in used or trigger.kind not in _COORDINATED_KINDS:
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        clause = sentence[clause_start:clause_end]
        right_after = [
            t
            for t in dated
            if t.end <= trigger.start
            and (
                _AND_GLUE.fullmatch(text[t.end : trigger.start])
                # "talks in Tokyo on Tuesday, when the two leaders are expected to sign"
                # (after a visit's date, "when" opens an engagement of that visit,
                # which _purposes links to it)
                or (
                    _WHEN_GLUE.fullmatch(text[t.end : trigger.start])
                    and [u.kind for u in triggers if u.end <= t.start][-1:] != [Kind.VISIT]
                )
            )
        ]
        own_dates = [t for t in dated if clause_start <= t.start - offset < clause_end]
        if (
            not right_after
            and len(own_dates) == 1
            and own_dates[0].end <= trigger.start
            and trigger.kind in (Kind.SPEECH, Kind.SIGNING)
            and _VERB_AND.search(sentence, 0, trigger.start - offset)
        ):
            # "will meet Erdogan at the palace and address government officials":
            # a second verb of the clause, on the clause's day
            earlier = own_dates
        elif right_after:
            # "talks with Mahama on Thursday and address the parliament"
            earlier = right_after
            clause_start = right_after[-1].end - offset
        else:
            glue = re.search(
                r"\b(?:and|where|when|before)\s*$",
                sentence[max(0, clause_start - 8) : clause_start],
            )
            if glue is None or (glue.group().startswith("before") and trigger.kind is Kind.VISIT):
                # "address the parliament before being received by the king": the
                # same day; "before flying to Seoul" is a leg of the journey
                continue
            own_dates = [t for t in dated if clause_start <= t.start - offset < clause_end]
            earlier = [t for t in dated if t.end <= offset + clause_start]
            if own_dates or not earlier:
                continue
        before = sentence[clause_start : trigger.start - offset]
        if _is_conditional(before) or _NEGATED.search(before):
            continue
        event = _build_event(
            sentence, offset, earlier[-1], trigger, people, before, clause, reference
        )
        if event is not None:
            if re.search(r"\bwhere\s*$", sentence[max(0, clause_start - 8) : clause_start]):
                _where_of_clause_before(event, sentence, offset, clause_start)
            used.add(trigger.start)
            found.append(event)
    return found


def _where_of_clause_before(
    event: ExtractedEvent, sentence: str, offset: int, clause_start: int
) -> None:
    """'met Trump at the White House last week, where the two leaders signed':
    "where" is the place of the clause before."""
    venues = [(at, name) for at, name in _venue_hits(sentence) if at < clause_start]
    places = [p for p in _locative_places(sentence, offset) if p.start - offset < clause_start]
    if venues and event.venue is None:
        event.venue = venues[-1][1]
        event.place = venue_city(event.venue) or event.place
    if event.place is None and places:
        event.place = places[-1].place
    _finish(event)


_LEG_BEFORE = re.compile(
    r"\b(?:before|after)\s+(?:return|fly|head|leav|travel|go|mov|continu)\w*\s+"
    r"(?:(?:back|home|on)\s+)?(?:to|for)\s+$",
    re.IGNORECASE,
)
_WHEN_GLUE = re.compile(r"\s*,\s*when\s+(?:[\w’'-]+\s+){0,6}?")
_VERB_AND = re.compile(r"\band\s+(?:(?:will|to|then|also|later)\s+)*$")
_AND_GLUE = re.compile(r"\s*,?\s*and\s+(?:(?:will|would|to|then|also|later)\s+)*")

_NEW_DATE = re.compile(
    r"(?:\b(?:postponed|moved|pushed back|rescheduled|delayed|put off)\s+(?:to|until|till|for)"
    r"|\bnow\s+(?:take\s+place|be\s+held|happen)\s+(?:on|in))\s+(?:the\s+)?(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)


def _move_to(event: ExtractedEvent, new: Timex) -> None:
    """A postponement: the engagement keeps its identity and takes the new date;
    the old one is kept so the stored event can be found by it."""
    assert new.interval is not None and new.granularity is not None
    event.original = (event.start, event.end)
    event.start, event.end = _event_times(new, event.place)
    if new.granularity is Granularity.MONTH and _as_date(event.end) <= _as_date(event.original[0]):
        # "has been postponed to June" is a June to come, whatever the tense
        # (the resolver reads the past tense of "postponed" as a June gone by)
        start = _as_date(event.start)
        event.start = start.replace(year=start.year + 1)
        event.end = _as_date(event.end).replace(year=_as_date(event.end).year + 1)
    event.precision = _PRECISION[new.granularity]
    event.phrase = f"{event.phrase} → {new.text}"
    event.timex_value = new.value


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def _part_of_day_as_day(timex: Timex) -> Timex:
    """'on Tuesday evening' (TIMEX3 ``2025-06-03TEV``) is a day in a calendar,
    not a clock time: honest granularity."""
    if timex.interval is None or not _PART_OF_DAY.search(timex.value):
        return timex
    day = _as_date(timex.interval.start)
    return replace(
        timex,
        interval=Interval(day, day + timedelta(days=1), Granularity.DAY),
        granularity=Granularity.DAY,
    )


_SPEAKER_GAP = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:has\s+|had\s+|also\s+)?")


def _dated_statement(
    text: str, trigger: _Trigger, timex: Timex, people: list[_PersonMention]
) -> bool:
    """A statement is an event only when a named person said it on a date:
    "Mr Lee said on Wednesday", not "..., his office said" nor "officials said"."""
    spoken_by_person = any(
        m.end <= trigger.start and _SPEAKER_GAP.fullmatch(text[m.end : trigger.start])
        for m in people
    )
    gap = timex.start - trigger.end if timex.start >= trigger.end else trigger.start - timex.end
    audience = _TOLD_AUDIENCE if trigger.text.lower().startswith("told") else _AUDIENCE
    if timex.start >= trigger.end and audience.fullmatch(text[trigger.end : timex.start]):
        gap = 0  # "told reporters in Islamabad on Sunday"
    return spoken_by_person and gap <= 20


# "told state television on Wednesday": whoever was told, then the date
_TOLD_AUDIENCE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:on\s+|late\s+|early\s+)?"
)
_AUDIENCE = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|parliament|the\s+\w+)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:on\s+|late\s+|early\s+)?"
)


# a reference point, not an engagement's date: "the first since ... in January"
_SINCE = re.compile(r"\bsince\b[^,.;:]*$", re.IGNORECASE)

# "said on Monday", "said Friday": a date that dates the saying only
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|confirmed|added)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)

_DURING_TRIP = re.compile(
    r"\b(?:during|on|while on)\s+(?:the|his|her|their)\s+(?:visit|trip|stay|tour)\b", re.IGNORECASE
)
_RANGE_GLUE = re.compile(
    r"\s*(?:(?:(?:at|in)\s+[^,.;]{1,60}?\s+)?(?:and\s+)?(?:runs?|lasts?|continues?|goes\s+on)"
    r"\s+(?:until|till|to|through)"
    r"|and|to|until|till|through|-|–|—)\s*",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*$")
_DAY_AFTER = re.compile(r"^\s*(?:and|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b")
#: Longest span two joined dates may cover: a conference fortnight, not a season.
_MAX_RANGE = timedelta(days=21)


def _join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """'on Thursday and Friday', 'from 10 to 21 November', 'August 29 and 30',
    '19-20 March': one interval for one engagement."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.granularity is Granularity.DAY
            and timex.granularity is Granularity.DAY
            and _RANGE_GLUE.fullmatch(text[previous.end : timex.start])
        ):
            last_end = timex.interval.end  # type: ignore[union-attr]
            if _as_date(last_end) <= _as_date(previous.interval.start):  # type: ignore[union-attr]
                # "on Sunday and Monday" in a Monday article: the Monday after
                last_end = _as_date(last_end) + timedelta(days=7)
            joined = _span(text, previous, previous.interval.start, last_end, timex.end)  # type: ignore[union-attr]
            if joined is not None:
                out[-1] = joined
                continue
        if timex.granularity is Granularity.DAY and timex.interval is not None:
            timex = _bare_day_neighbours(text, timex)
        out.append(timex)
    return out


def _bare_day_neighbours(text: str, timex: Timex) -> Timex:
    """A day number the resolver left untagged beside a date: '19 and 20 March'."""
    assert timex.interval is not None
    day = _as_date(timex.interval.start)
    before = _DAY_BEFORE.search(text[max(0, timex.start - 12) : timex.start])
    if before:
        try:
            first = day.replace(day=int(before.group(1)))
        except ValueError:
            first = day
        joined = _span(
            text,
            timex,
            first,
            timex.interval.end,
            timex.end,
            start_offset=timex.start - len(before.group()),
        )
        if joined is not None:
            return joined
    after = _DAY_AFTER.search(text[timex.end : timex.end + 12])
    if after:
        try:
            last = day.replace(day=int(after.group(1))) + timedelta(days=1)
        except ValueError:
            return timex
        joined = _span(text, timex, timex.interval.start, last, timex.end + after.end())
        if joined is not None:
            return joined
    return timex


def _span(
    text: str,
    first: Timex,
    start: date | datetime,
    end: date | datetime,
    end_offset: int,
    *,
    start_offset: int | None = None,
) -> Timex | None:
    """``first`` widened to ``[start, end)``, if that makes a plausible range."""
    begin = first.start if start_offset is None else start_offset
    if _as_date(end) <= _as_date(start) or _as_date(end) - _as_date(start) > _MAX_RANGE:
        return None
    last = _as_date(end) - timedelta(days=1)
    return replace(
        first,
        start=begin,
        end=end_offset,
        text=text[begin:end_offset],
        value=f"{_as_date(start).isoformat()}/{last.isoformat()}",  # ISO 8601 interval
        interval=Interval(start, end, Granularity.DAY),
    )


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier|ago|since|from)\b", re.IGNORECASE)


_WHO_CLAUSE = re.compile(r",\s*who\b[^,;]*,")


@lru_cache(maxsize=64)
def _who_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's ", who ...," relative clauses."""
    return tuple(m.span() for m in _WHO_CLAUSE.finditer(sentence))


def _stretch_by_duration(
    event: ExtractedEvent, timex: Timex, in_sentence: list[Timex], clause_start: int, clause: str
) -> None:
    """'arrives on Tuesday for a three-day visit': the visit lasts three days."""
    if event.precision is not Precision.DAY or event.kind not in (
        Kind.VISIT,
        Kind.SUMMIT,
        Kind.CONFERENCE,
    ):
        return
    for other in in_sentence:
        days = re.fullmatch(r"P(\d+)D", other.value)
        inside = clause_start <= other.start < clause_start + len(clause)
        if _OFFSET_AFTER.match(event.sentence, other.end - event.sentence_start):
            continue  # "ten days after the attacks", "two weeks later": when, not how long
        if other.type is TimexType.DURATION and days and inside and 1 < int(days.group(1)) <= 14:
            start = _as_date(event.start)
            event.end = start + timedelta(days=int(days.group(1)))
            return


def _during_trips(
    events: list[ExtractedEvent],
    dateless: list[tuple[str, int, _Trigger, list[_PersonMention]]],
    reference: date,
) -> list[ExtractedEvent]:
    """'During the visit he will meet Zelensky': an engagement dated by its trip."""
    found = []
    trips = [e for e in events if e.kind is Kind.VISIT]
    for sentence, offset, trigger, people in dateless:
        names = {m.person.name for m in people}
        trip = next((t for t in reversed(trips) if names & {p.name for p in t.participants}), None)
        if trip is None or trip.place is None:
            continue
        clause_start, clause_end = _clause_of(sentence, trigger.start - offset)
        before = sentence[clause_start : trigger.start - offset]
        pseudo = _dates_of(trip, trigger, trigger.text)
        event = _build_event(
            sentence,
            offset,
            pseudo,
            trigger,
            people,
            before,
            sentence[clause_start:clause_end],
            reference,
        )
        if event is None:
            continue
        event.phrase = _DURING_TRIP.search(sentence).group()  # type: ignore[union-attr]
        event.trip = trip
        if trip.status in (Status.CANCELLED, Status.POSTPONED):
            event.status = trip.status  # "had been due to speak during the visit"
        if event.place is None:
            event.place = trip.place
        _finish(event)
        found.append(event)
    return found


_CLOCK_DAY_GLUE = re.compile(r"\s*(?:local time|[A-Z]{2,4})?\s*(?:on|,)?\s*", re.IGNORECASE)


def _join_clock_and_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """'at 10am local time on Thursday', 'on Thursday at 10am': one moment.

    A clock time the resolver anchored on its own (to the reference day) takes
    its day from a day-precise date beside it.
    """
    out: list[Timex] = []
    index = 0
    while index < len(timexes):
        here = timexes[index]
        after = timexes[index + 1] if index + 1 < len(timexes) else None
        pair = (here, after) if after else None
        if pair and _CLOCK_DAY_GLUE.fullmatch(text[here.end : after.start]):  # type: ignore[union-attr]
            clock = next((t for t in pair if t.granularity is Granularity.TIME), None)
            day = next((t for t in pair if t.granularity is Granularity.DAY), None)
            if clock is not None and day is not None:
                out.append(_at_day(text, clock, day))
                index += 2
                continue
        out.append(here)
        index += 1
    # "On Tuesday, he will open the debate with an address ... at 9 a.m.": a
    # clock time the resolver put on the day named earlier in the sentence is
    # that day's moment; the day alone would hide it
    clocks = [t for t in out if t.granularity is Granularity.TIME and t.interval is not None]
    days = [t for t in out if t.granularity is Granularity.DAY and t.interval is not None]
    if len(clocks) == 1 and len(days) == 1:
        clock, day = clocks[0], days[0]
        assert clock.interval is not None and day.interval is not None
        if clock.start > day.end and _as_date(clock.interval.start) == day.interval.start:
            out = [t for t in out if t is not day]
    return out


def _at_day(text: str, clock: Timex, day: Timex) -> Timex:
    assert clock.interval is not None and day.interval is not None
    moment = clock.interval.start
    assert isinstance(moment, datetime)
    on_day = _as_date(day.interval.start)
    start = moment.replace(year=on_day.year, month=on_day.month, day=on_day.day)
    value = f"{on_day.isoformat()}T{start:%H:%M}"
    first, last = min(clock.start, day.start), max(clock.end, day.end)
    return replace(
        clock,
        start=first,
        end=last,
        text=text[first:last],
        value=value,
        interval=Interval(start, start + timedelta(minutes=1), Granularity.TIME),
        direction=day.direction,
        cue=day.cue,
    )


_WEAK_VERB = re.compile(r"(?:host|welcom)", re.IGNORECASE)
# a visit named as the setting of something else: "at the end of a two-day visit"
_SETTING = re.compile(
    r"\b(?:of|during|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _nearest_trigger(
    sentence: str, offset: int, timex: Timex, triggers: list[_Trigger], used: set[int]
) -> _Trigger | None:
    timex_clause = _clause_of(sentence, timex.start - offset)

    def cost(trigger: _Trigger) -> float:
        distance = min(abs(trigger.start - timex.end), abs(timex.start - trigger.end))
        same_clause = timex_clause == _clause_of(sentence, trigger.start - offset)
        # statements are weak triggers: a real engagement in reach wins
        weak = 40 if trigger.kind in (Kind.STATEMENT, Kind.OTHER) else 0
        if _WEAK_VERB.match(trigger.text):
            weak = 60  # "hosted the Prime Minister for an informal dinner": the dinner
        elif trigger.kind is Kind.VISIT and _SETTING.search(
            sentence[max(0, trigger.start - offset - 40) : trigger.start - offset]
        ):
            weak = 40  # "talks on Tuesday, at the end of a two-day visit": the talks
        # "will travel to Riyadh next week for talks": the verb before the date
        # governs it; a noun after it ("for talks") is the purpose, not the event.
        after = 15 if trigger.start >= timex.end else 0
        if after and re.search(r"\band\b", sentence[timex.end - offset : trigger.start - offset]):
            after = 100  # "talks on Thursday and address the parliament": its own clause
        return distance + (0 if same_clause else 200) + weak + after

    candidates = [
        t for t in triggers if t.start not in used and abs(t.start - timex.start) <= _TRIGGER_REACH
    ]
    return min(candidates, key=cost) if candidates else None


def _participant(person: _Person) -> Participant:
    return Participant(person.name, person.role, tuple(sorted(person.aliases - {person.name})))


def _build_event(
    sentence: str,
    offset: int,
    timex: Timex,
    trigger: _Trigger,
    people: list[_PersonMention],
    before_trigger: str,
    clause: str,
    reference: date,
) -> ExtractedEvent | None:
    """The event, or ``None`` when nobody and nowhere is named for it: an
    engagement without a participant or a place is not a calendar entry."""
    assert timex.interval is not None and timex.granularity is not None
    if trigger.kind is Kind.VISIT and any(
        0 <= m.start - trigger.end <= 40
        and _ROLE_WORDS.fullmatch(sentence[trigger.end - offset : m.start - offset])
        for m in people
    ):
        # "is due to visit former president Cristina Fernandez de Kirchner": a call
        # on someone is a meeting, not a trip
        trigger = replace(trigger, kind=Kind.MEETING)
    # the people of the sentence, or of its stretch around the trigger when the
    # "sentence" is an endless run-on (keeps pathological input linear)
    hosted = False
    people = [
        m
        for m in people
        if abs(m.start - trigger.start) <= _PEOPLE_REACH
        and not _RELATION.match(sentence, m.end - offset, m.end - offset + 30)
    ]
    attribution = _attribution(sentence)
    if (
        attribution
        and trigger.kind is not Kind.STATEMENT
        and trigger.start - offset < attribution.start()
    ):
        # "..., ministry spokeswoman Mao Ning said": the source, not a participant
        people = [m for m in people if m.start - offset < attribution.start()] or people
    if trigger.kind is not Kind.STATEMENT:
        # "Tinubu is expected to leave on Thursday, his spokesman Bayo Onanuga said in a
        # statement, and will meet Abiy": the source in the middle is no participant
        asides = [
            a.span()
            for a in _ASIDE.finditer(sentence)
            if not a.start() <= trigger.start - offset < a.end()
        ]
        if asides:
            people = [
                m for m in people if not any(a <= m.start - offset < b for a, b in asides)
            ] or people
    participants = list(dict.fromkeys(_participant(m.person) for m in people))
    if trigger.kind is Kind.STATEMENT:
        # a statement belongs to whoever made it: the person nearest before "said"
        speakers = [m for m in people if m.start < trigger.start] or people
        if speakers:
            speaker = speakers[-1].person
            participants = [_participant(speaker)]
    elif trigger.kind is Kind.SPEECH and people and people[0].start < trigger.start:
        # the subject speaks: "Modi will hold talks with Mahama and address the
        # parliament" is Modi's speech; "Mr Merz and Mr Macron will hold a joint
        # press conference" is both men's
        subject = [people[0]]
        for mention in people[1:]:
            if not re.fullmatch(
                r"\s*(?:,|and|, and)\s*",
                sentence[subject[-1].end - offset : mention.start - offset],
            ):
                break
            subject.append(mention)
        participants = list(dict.fromkeys(_participant(m.person) for m in subject))
    elif (
        trigger.kind is Kind.MEETING
        and trigger.text.lower().startswith("host")
        and _as_date(timex.interval.end) - _as_date(timex.interval.start) > timedelta(days=1)
        and any(m.start > trigger.start for m in people)
    ):
        # "she will host Trump in Tokyo from Oct. 27 to 29": days of hosting are
        # the guest's visit (tests/articles/README.md: a visit is its traveller's)
        trigger = replace(trigger, kind=Kind.VISIT)
        participants = list(
            dict.fromkeys(_participant(m.person) for m in people if m.start > trigger.start)
        )
        hosted = True
    elif trigger.kind is Kind.VISIT:
        # a trip is its travellers': "fly to Seoul, where he will meet Xi" is Trump's
        travellers = [m for m in people if m.start < trigger.start]
        # "travelled to Kyiv ... alongside European Council President António Costa"
        travellers += [
            m
            for m in people
            if m.start > trigger.start
            and _COMPANION.search(sentence[max(0, m.start - offset - 60) : m.start - offset])
        ]
        if travellers:
            participants = list(dict.fromkeys(_participant(m.person) for m in travellers))
    # A place in the trigger's own clause, else a well-known venue's city, else
    # any place the sentence introduces with "in"/"to"/"at".
    # before_trigger runs from the clause's start up to the trigger
    clause_start = trigger.start - len(before_trigger)
    places = [
        p
        for p in _locative_places(sentence, offset)
        # "address the Diet before returning to Manila": the way home is no venue
        if p.start < trigger.start
        or not _LEG_BEFORE.search(sentence, max(0, p.start - offset - 40), p.start - offset)
    ]
    clause_stop = clause_start + len(clause)
    if _WHICH.match(sentence, clause_stop - offset) and clause_stop - offset + 8 < len(sentence):
        # "The summit, which was due to open in the Bahraini capital on 7 December"
        clause_stop = offset + _clause_of(sentence, clause_stop - offset + 8)[1]
    in_clause = [p for p in places if clause_start <= p.start < clause_stop]
    if hosted:
        # "host Trump in Tokyo": the guest comes to the place after the verb
        in_clause = [p for p in in_clause if p.start > trigger.start] or in_clause
    # "meet in Jeddah on Tuesday ... after last month's clash in the Oval Office":
    # a place of the trigger's own clause beats a venue of another
    venue = _venue(sentence, offset, trigger, own_clause_only=bool(in_clause))
    if not participants and not in_clause and not venue and trigger.kind is Kind.VISIT:
        return None
    if trigger.kind is Kind.VISIT and not participants:
        return None  # "World leaders are arriving in Johannesburg": nobody's trip
    if (
        trigger.kind is Kind.OTHER
        and not participants
        and re.search(
            r"[’']s\s+$", sentence[max(0, trigger.start - offset - 4) : trigger.start - offset]
        )
    ):
        # "after last month's clash": a reference with nobody named, not a
        # development reported ("the deal broke down last week" is kept)
        return None
    if trigger.kind is Kind.VISIT and not in_clause and not venue:
        # "last visited Europe", "the visit was first discussed": nowhere to put it
        after = [p for p in find_places(sentence) if offset + p.start >= trigger.start]
        if not after or offset + after[0].start - trigger.end > 40:
            return None
    destination = next(
        (p for p in in_clause if trigger.kind is Kind.VISIT and 0 <= p.start - trigger.end <= 15),
        None,
    )
    if trigger.kind is Kind.VISIT and _tour_of_many(sentence, offset, trigger):
        return None  # "a tour that takes in China, the United States, Peru and Brazil"
    if destination is not None and venue and venue_city(venue) != destination.place:
        # "a state visit to Russia ... and attend the parade on Red Square": the
        # trip goes to Russia; Red Square is the parade's
        venue = None
    # a well-known venue names its city outright; else a place of the clause
    place = (
        (destination.place if destination else None)
        or (venue_city(venue) if venue else None)
        or _nearest(in_clause, trigger)
    )
    if place is None and venue:
        # "the Kuala Lumpur Convention Centre" is in Kuala Lumpur
        led = find_places(venue)
        place = led[0].place if led and led[0].start == 0 else _national_seat(venue)
    if participants or in_clause or venue:
        place = place or _nearest(places, trigger)
    # else: nobody and nowhere of its own yet; later sentences may name them
    status = _status(clause, before_trigger, trigger, timex, reference)
    # what follows the trigger, within reach (a bounded look keeps run-ons linear)
    rest = sentence[trigger.end - offset : trigger.end - offset + 2 * _LOOK_BACK]
    later = _CALLED_OFF_LATER.search(rest) or _OWN_VERB_OFF.match(rest)
    if later and status not in (Status.CANCELLED, Status.POSTPONED):
        # "had been due to visit in August, but the trip was postponed"
        lexicon = _lexicon()
        status = Status.POSTPONED if lexicon.postpone.search(later.group()) else Status.CANCELLED
    elif _UNREALISED.search(before_trigger) and trigger.kind is not Kind.STATEMENT:
        # "The king had been scheduled to meet Trump": not happening as planned;
        # the trip it belongs to says whether cancelled or postponed (_link_trips)
        status = Status.CANCELLED
    start, end = _event_times(timex, place)
    event = ExtractedEvent(
        title="",
        kind=trigger.kind,
        status=status,
        start=start,
        end=end,
        precision=_PRECISION[timex.granularity],
        participants=participants,
        sentence=sentence,
        phrase=timex.text,
        timex_value=timex.value,
        sentence_start=offset,
        trigger=trigger.text,
        place=place,
        venue=venue,
        timezone=place.timezone if place else None,
        bilateral="bilateral" in trigger.text.lower(),
        trigger_start=trigger.start,
    )
    if trigger.kind is Kind.OTHER:
        event.title = _clause_title(before_trigger, trigger)
    elif trigger.kind in (Kind.SUMMIT, Kind.CONFERENCE, Kind.RECEPTION, Kind.SPEECH):
        event.name = _proper_name(sentence[: trigger.start - offset], trigger.text)
        named = find_places(event.name) if event.name else []
        if event.place is None and named:
            # "the Munich Security Conference opens on Friday": Munich
            event.place = named[0].place
            event.timezone = event.place.timezone
    if event.place is None and trigger.kind not in (Kind.CALL, Kind.STATEMENT):
        # "addressed the Munich Security Conference": the named gathering's city
        gathering = _NAMED_GATHERING.match(
            sentence, trigger.end - offset, trigger.end - offset + _LOOK_BACK
        )
        led = find_places(gathering.group("name")) if gathering else []
        if led and led[0].start == 0:
            event.place = led[0].place
    _finish(event)
    return event


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _tour_of_many(sentence: str, offset: int, trigger: _Trigger) -> bool:
    """A trip whose destination is a list of three places or more is a tour of
    several stops, with no one place of its own (each stop's engagements are
    the calendar's entries, tests/articles/README.md)."""
    tail = sentence[trigger.end - offset : trigger.end - offset + 2 * _LOOK_BACK]
    found = find_places(tail)
    run = [found[0]] if found else []
    for first, second in pairwise(found):
        run = [*run, second] if _LIST_GLUE.fullmatch(tail[first.end : second.start]) else [second]
        # "to China on Saturday, travelling to Shanghai, Beijing and Chengdu" is
        # one country's visit; "China, the United States, Peru" is a tour
        if len(run) >= 3 and len({p.place.country_code for p in run}) > 1:
            return True
    return False


_NAMED_GATHERING = re.compile(
    r"\s*(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}"
    r"(?:Conference|Summit|Forum|Dialogue|Assembly|Congress|Convention))\b"
)


# what may stand between "visit" and the person visited: "former president"
_ROLE_WORDS = re.compile(r"\s*(?:(?:the|his|her|their|former|[a-z]+)\s+){0,4}")

_ATTRIBUTION = re.compile(
    r",\s*[^,]{0,80}?\s(?:said|says|told\s+\w+|added)(?:\s+(?:on\s+)?\w+day)?\s*[.”\"]*\s*$"
)


# "Takaichi's predecessor, Shigeru Ishiba": the possessor names someone else
_RELATION = re.compile(
    r"[’']s\s+(?:predecessor|successor|spokes(?:man|woman|person)|wife|husband|widow|son"
    r"|daughter|father|mother|brother|sister|aides?|advisers?|envoy|office|government"
    r"|administration|cabinet|party|ministry|team|deputy|lawyers?)\b"
)
# a fellow traveller named after the trip: "alongside Costa", "accompanied by"
_COMPANION = re.compile(
    r"\b(?:alongside|together\s+with|accompanied\s+by|joined\s+by)\s+"
    r"(?:(?:[A-Z][\w’'.-]*|the|of|and|his|her)\s+){0,6}$"
)
_ASIDE = re.compile(
    r",\s*[^,]{0,80}?\s(?:said|says|told\s+\w+|added)(?:\s+in\s+a\s+statement)?"
    r"(?:\s+(?:on\s+)?\w+day)?\s*,"
)


@lru_cache(maxsize=64)
def _attribution(sentence: str) -> re.Match[str] | None:
    """The closing ", X said" of a sentence, found once per sentence."""
    return _ATTRIBUTION.search(sentence, max(0, len(sentence) - 200))


_UNREALISED = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|set|supposed|meant|slated)\s+to\s+(?:\w+\s+)?$"
    r"|\b(?:was|were)\s+to\s+have\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# the engagement noun's own verb, past a relative clause: "Macron's visit to Saudi
# Arabia, which had been planned for next week, has been postponed"
_OWN_VERB_OFF = re.compile(
    r"[^.,;]{0,60}(?:,\s*(?:which|that)\b[^,]{0,80},)?\s*(?:(?:has|have|had)\s+been|was|were)\s+"
    r"(?:cancel(?:l)?ed|called\s+off|scrapped|postponed|delayed|put\s+off|pushed\s+back|deferred)\b",
    re.IGNORECASE,
)
_CALLED_OFF_LATER = re.compile(
    r"\b(?:the|this|that|its)\s+(?:trip|visit|meeting|talks|summit|call|ceremony|signing)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?(?:being\s+)?"
    r"(?:cancel(?:l)?ed|called\s+off|scrapped|postponed|delayed|put\s+off|pushed\s+back|deferred)\b",
    re.IGNORECASE,
)

#: A reported time with no end is shown as this long (calendar apps hide
#: zero-length events, and most official engagements take about an hour).
DEFAULT_TIMED_DURATION = timedelta(hours=1)

# A zone named in the phrase ("15:00 GMT", "8:15 a.m. ET", "10:00 CET") fixes
# the instant; without one ("at 9am", "9am local time") it is the place's clock.
_NAMED_ZONE = re.compile(r"\b(?:GMT|UTC|Z|[ECMP][SD]?T|[A-Z]{2,4}[SD]?T)\b|[+-]\d\d:?\d\d\b")


# "the Danish parliament", "the Ghanaian foreign ministry": a national
# institution sits in the capital (an embassy or a residence does not)
_NATIONAL_INSTITUTION = re.compile(
    r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:parliament|national assembly|assembly|senate"
    r"|congress|chancellery|presidency|foreign ministry|ministry|presidential palace)$",
    re.IGNORECASE,
)


def _national_seat(venue: str) -> Place | None:
    """The capital of the nation whose institution ``venue`` is, if it is one."""
    match = _NATIONAL_INSTITUTION.fullmatch(venue.strip())
    code = demonyms().get(match.group("adj")) if match else None
    return capital_of(code) if code else None


def _event_times(timex: Timex, place: Place | None) -> tuple[date | datetime, date | datetime]:
    """The event's interval: a clock time without a zone ("at 9am local time")
    is wall-clock time at the event's place, not in the newsroom's zone."""
    assert timex.interval is not None
    start, end = timex.interval.start, timex.interval.end
    if not isinstance(start, datetime):
        return start, end
    if place is not None and not _NAMED_ZONE.search(timex.text):
        start = start.replace(tzinfo=ZoneInfo(place.timezone))
    return start, start + DEFAULT_TIMED_DURATION


def _nearest(places: Sequence[PlaceMention], trigger: _Trigger) -> Place | None:
    if not places:
        return None
    return min(places, key=lambda p: abs(p.start - trigger.start)).place


_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:(?:[A-Z][\w’'-]*|G\d+|\d{4})\s+){1,4})$")


_CALENDAR_WORDS = frozenset([*calendar.day_name, *calendar.month_name[1:]])


def _proper_name(before: str, noun: str) -> str | None:
    """'the Nato summit' → 'Nato summit'; 'Munich Security Conference' kept whole."""
    match = _NAME_BEFORE.search(before)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[0] in {"The", "A", "An", "This", "That", "On", "At", "In"}:
        words.pop(0)
    if not words or any(w in _CALENDAR_WORDS for w in words):
        return None
    noun = noun if noun[:1].isupper() else noun.lower()
    return " ".join([*words, noun])


def _clause_title(before_trigger: str, trigger: _Trigger) -> str:
    """Title for a development ("the deal broke down") from its own clause."""
    words = f"{before_trigger}{trigger.text}".split()[-6:]
    while words and words[0].lower() in {"however", "but", "and", "the", "a", "an", "then"}:
        words.pop(0)
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else trigger.text


def _short_name(participant: Participant) -> str:
    """The name an article uses on second mention: "Xi" (from "Mr Xi"), else the surname."""
    for alias in participant.aliases:
        words = alias.split()
        if len(words) == 2 and words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return words[1]
    return participant.name.split()[-1]


def _finish(event: ExtractedEvent) -> None:
    """Derive location and title once place, venue and people are final."""
    city = event.place
    if event.venue and city and not city.is_country:
        event.location = f"{event.venue}, {city.name}"
    elif event.venue:
        event.location = event.venue
    elif city:
        event.location = city.name
    event.timezone = city.timezone if city else event.timezone
    if event.kind is Kind.OTHER and event.title:
        return
    who = "–".join(_short_name(p) for p in event.participants[:3]) or None
    where = city.name if city else event.venue
    if event.kind is Kind.VISIT:
        noun = "visit" if event.trigger.lower().startswith("visit") else "trip"
        base = f"{who} {noun}" if who else noun.capitalize()
        event.title = f"{base} to {where}" if where else base
        return
    label = {
        Kind.MEETING: "bilateral meeting" if event.bilateral else "meeting",
        Kind.STATEMENT: "statement",
    }.get(event.kind, event.kind.value)
    if event.trigger.lower() in _NOUN_LABELS:
        label = event.trigger.lower()
    base = f"{who} {label}" if who else label.capitalize()
    if event.name:
        base = event.name
    event.title = f"{base}, {where}" if where and event.kind is not Kind.STATEMENT else base


#: Trigger words that name their engagement better than its kind does.
_NOUN_LABELS = frozenset(
    {"talks", "press conference", "news conference", "dinner", "state dinner", "banquet"}
    | {"ceremony", "gala", "lecture", "phone call", "video call", "parade", "commemoration"}
)


def _link_trips(events: list[ExtractedEvent]) -> None:
    """Engagements inside a visit's dates belong to it when one of its
    travellers takes part, or when they happen where it goes (a city of the
    country visited) or nowhere named; they take its city when the sentence
    names none ("at the residence" → Washington)."""
    trips = [e for e in events if e.kind is Kind.VISIT and e.place is not None]
    for event in events:
        if event.kind in (Kind.VISIT, Kind.STATEMENT, Kind.OTHER) or event.status is Status.HELD:
            continue
        candidates = [t for t in trips if _within_trip(event, t)]
        if not candidates:
            continue
        trip = candidates[-1]  # the most recently announced trip covering the day
        event.trip = trip
        if event.status is Status.CANCELLED and trip.status is Status.POSTPONED:
            event.status = Status.POSTPONED
        if event.place is None or (trip.place and event.place.is_country):
            event.place = trip.place
            _finish(event)


def _within_trip(event: ExtractedEvent, trip: ExtractedEvent) -> bool:
    if not _as_date(trip.start) <= _as_date(event.start) < _as_date(trip.end):
        return False
    travellers = {p.name for p in trip.participants}
    if travellers & {p.name for p in event.participants}:
        return True
    place, destination = event.place, trip.place
    if place is None or destination is None:
        return place is None
    return place.name == destination.name or (
        destination.is_country and place.country_code == destination.country_code
    )


def _merge_same_engagement(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Two sentences of one article about one engagement make one event."""
    kept: list[ExtractedEvent] = []
    # the names already kept in each (kind, start, end) slot: one set look-up per
    # name keeps a run-on text of a thousand same-day events linear
    by_slot: dict[tuple[Kind, object, object], set[str]] = {}
    for event in events:
        taken = by_slot.setdefault((event.kind, event.start, event.end), set())
        names = {p.name for p in event.participants}
        if not names & taken:
            taken |= names
            kept.append(event)
    return kept
