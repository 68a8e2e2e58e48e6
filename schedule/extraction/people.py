"""Who an article names: full names introduced by a title, an honorific or on
their own, short forms ("Mr Healey", "Xi") and office holders ("the Prime
Minister") resolved to one person of the article, and the small grammar of
who is an actor and who only describes someone else."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from schedule.extraction.events import Participant
from schedule.extraction.lexicon import _UPPER, _has_ascii_twins, _Lexicon, _lexicon
from schedule.extraction.sentences import _attribution
from schedule.places import (
    demonyms,
    known_venue_pattern,
    lookup,
    placed_by_context,
)


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


@lru_cache(maxsize=1024)  # per name: every new name is compared with each known one
def _bare_words(name: str) -> tuple[str, ...]:
    """Words of a name without an Arabic article: "Mr Sisi" is "Abdel Fattah al-Sisi"."""
    # "Von der Leyen" opening a sentence is "Ursula von der Leyen"'s
    return tuple(
        _ARTICLE_PREFIX.sub("", w) if w.lower() not in _PARTICLES else w.lower()
        for w in name.split()
    )


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
            if " " not in person.name and person.role and len(person.name) > 2:
                words.add(person.name)  # "Foreign Minister Sugiono ... Sugiono said"
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
                if not person.role and not person.aliases and lookup(word) is not None:
                    # "Persija Jakarta ... in Jakarta": a name no title vouches
                    # for never claims a place's name on its own
                    continue
                forms.setdefault(word, []).append(person)
        return {
            w: ps[0]
            for w, ps in forms.items()
            if len(set(map(id, ps))) == 1
            # "former prime minister Raila Odinga ... his widow, Ida Odinga ...
            # Odinga, who ran for president": a family name alone is the one of
            # the family named first (the report's subject; the others by name)
            or all(p.name.split()[-1] == w for p in ps)
        }


#: Family names that are also English pronouns: a name only after a title
#: ("Vice Premier He Lifeng", "Mr He"), never a short form on their own.
_PRONOUN_NAMES = frozenset({"He"})


#: Styles of courtesy and religious rank written before a name: Malay
#: honours ("Datuk Seri", "Tan Sri", "Tun"), Gulf ("Sheikh") and Afghan
#: ("Mullah", "Maulvi") usage. Outlets and indexes drop them from the name.
_COURTESY_STYLE = re.compile(
    r"(?:(?:Datuk|Dato[’']?)(?:\s+Seri|\s+Sri)?|Tan\s+Sri|Toh\s+Puan|Tun"
    r"|Sheikh|Sheikha|Sayyid|Mullah|Maulvi|Mawlawi|Haji|Hajji)(?=\s)"
)


def _clean_name(raw: str, lexicon: _Lexicon, *, titled: bool = False) -> str | None:
    tokens = raw.split()
    while tokens and tokens[-1] in lexicon.not_name_words:
        if titled and tokens == [tokens[0]] and tokens[0] in _PRONOUN_NAMES:
            break  # "Mr He"
        tokens.pop()
    style = _COURTESY_STYLE.match(" ".join(tokens))
    if style and len(tokens) - len(style.group().split()) >= 2:
        # "Datuk Seri Anwar Ibrahim", "Mullah Mohammad Yaqoob": a style is no
        # part of the name (a two-word "Sheikh Hasina" keeps it: it is her name)
        tokens = tokens[len(style.group().split()) :]
    while len(tokens) > 2 and tokens[0] in lexicon.not_name_words:
        # "Minister of State Mohammed Al-Khulaifi", "adviser for Africa Massad Boulos"
        tokens.pop(0)
    if len(tokens) > 2 and (country := lookup(tokens[0])) and country.is_country:
        tokens.pop(0)  # "Ambassador to Japan George Glass": the posting, no name
    if not tokens or any(
        t in lexicon.not_name_words and not (titled and i == 0 and t in _PRONOUN_NAMES)
        for i, t in enumerate(tokens)
    ):
        return None
    if lookup(" ".join(tokens)) is not None:
        return None
    return " ".join(tokens)


#: "the northern state of Nuevo Leon", "the province of Punjab": a region.
_REGION_OF = re.compile(
    r"\b(?:state|province|region|prefecture|county|district|governorate|emirate)\s+of\s+$",
    re.IGNORECASE,
)


#: A quoted title: 'under the theme "Regional Peace and Security"', 'a speech
#: entitled "Asia Rising"'.
_TITLED = re.compile(
    r"\b(?:theme|titled|entitled|slogan|motto|headline)d?\s*[:,]?\s*[\"“‘']$", re.IGNORECASE
)


#: Capitalised words that end the name of an institution, an event or a
#: building ("Bled Strategic Forum", "Nelson Mandela Foundation"): the words
#: before them name no person there.
_INSTITUTION_HEADS = frozenset(
    {"Forum", "Summit", "Conference", "Dialogue", "Hotel", "Palace", "Centre", "Center"}
    | {"House", "Hall", "University", "Institute", "Foundation", "Council", "Assembly"}
    | {"Airport", "Stadium", "Museum", "Convention", "Congress", "Cathedral", "Mosque"}
    | {"Temple", "Library", "Park", "Square", "Street", "Tower", "Bridge", "Club"}
    # "Robertson Barracks", "Wellington Barracks": a military base
    | {"Barracks", "Garrison"}
    # "the Maritime Self-Defense Force", "the Coast Guard": a service or an office
    | {"Force", "Forces", "Army", "Navy", "Guard", "Command", "Agency", "Ministry"}
)
#: Words that name a place, a market, a carrier or a contest and never a
#: person, wherever they stand in the name ("Gaddafi Stadium", "Plaza Murillo",
#: "Nairobi Securities Exchange", "Pacific Championships", "Boliviana de Aviación").
_NEVER_IN_A_NAME = frozenset(
    {"Stadium", "Exchange", "Championships", "Championship", "Plaza", "Airlines"}
    | {"Airways", "Aviation", "Aviación", "Airport", "Aeropuerto"}
    # "Real Madrid's home league match", "Real Sociedad": football clubs
    | {"Real"}
    # "Tallink Grupp", "Toyota Motor Corporation": a company's legal form
    | {"Grupp", "Gruppe", "Group", "Holdings", "Corporation", "Corp", "Inc", "Ltd", "PLC"}
    | {"Co", "Company", "Bank", "Airlines"}
    # "Samsung Electronics said Tuesday", "Hyundai Motor": a maker by its trade
    | {"Electronics", "Motor", "Motors", "Industries", "Petroleum", "Telecom"}
    | {"Technologies", "Pharmaceuticals", "Shipbuilding"}
    # "Addis Standard reported", "the Jamaica Gleaner": a newspaper's masthead
    | {"Standard", "Times", "Tribune", "Gazette", "Herald", "Chronicle", "Gleaner"}
    | {"Telegraph", "Inquirer", "Journal"}
    # "Uzbekistan's Oliy Majlis", "the Verkhovna Rada": a legislature's own name
    | {"Majlis", "Duma", "Knesset", "Bundestag", "Bundesrat", "Sejm", "Rada", "Storting"}
    | {"Riksdag", "Folketing", "Seimas", "Saeima", "Riigikogu", "Eduskunta", "Althing"}
    | {"Oireachtas", "Sabha", "Khural", "Jirga", "Shura"}
    # "Villa Somalia said", "Villa Madama": a residence or seat of government
    | {"Villa"}
    # "the Legislative Yuan", "the Executive Yuan": Taiwan's branches of government
    | {"Legislative", "Executive"}
    # "Typhoon Fung-wong", "Hurricane Melissa", "Cyclone Alfred": a named storm
    | {"Typhoon", "Hurricane", "Cyclone", "Storm"}
    # "Kurdistan Region", "Cabo Delgado", "Cape Verde": a region or a cape
    | {"Region", "Province", "Governorate", "Cabo", "Cape"}
)
#: A common noun that classes the name after it as a company, a carrier, a
#: masthead or a team: "shipping company Tallink Grupp", "flag carrier Garuda
#: Indonesia", "the daily Kompas" (Reuters and AP style put the class first).
_CLASSED_AS_NO_PERSON = re.compile(
    r"\b(?:company|firm|carrier|airline|operator|group|conglomerate|insurer|lender|bank"
    r"|newspaper|daily|weekly|tabloid|broadcaster|outlet|agency|club|side|team)\s+$"
)
#: "in " or "at " right before an untitled name: a town the gazetteer leaves out
#: or a building, never a person ("met in Castel Gandolfo", "address the Council
#: at Te Papa"; people are named after "with", "by").
_IN_A_PLACE = re.compile(r"\b(?:in|at)\s$")
#: Roles whose holders go by one name ("King Willem-Alexander", "Pope Leo").
_MONONYMOUS_ROLES = frozenset(
    {"king", "queen", "pope", "emperor", "empress", "prince", "princess", "sheikh", "patriarch"}
)


def find_people(text: str, on: date | None = None) -> list[_PersonMention]:
    """People named in the article, each mention tied to one person; with the
    report's date ``on``, offices the article names no holder of ("the Kremlin
    leader") are their holders that day (:mod:`schedule.extraction.offices`)."""
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
    singles: list[tuple[re.Match[str], str, str, int]] = []
    for match in _role_matches(text, lexicon):
        name = _clean_name(match.group("name"), lexicon, titled=True)
        role = _normalise_role(match.group("role"))
        role_start = match.start()
        head = (
            lexicon.role_pair_head.search(text, max(0, role_start - 80), role_start)
            if text.endswith("and ", 0, role_start)
            else None
        )
        if head is not None and not (
            # "the Prime Minister and President Emmanuel Macron": two people, the
            # named one holds the office after "and"
            _MID_ROLE.search(text, max(0, head.start() - 20), head.start())
            or head.group()[:4].lower() == "the "
        ):
            role = _normalise_role(f"{head.group()}{role}")
            role_start = head.start()
        mononymous = role.split()[-1].lower() in _MONONYMOUS_ROLES
        if name and len(name.split()) < 2 and not mononymous:
            # "Foreign Minister Sugiono": one name, perhaps all there is
            singles.append((match, name, role, role_start))
            continue
        if not name:
            continue
        person = people.add(name, role)
        mentions.append(_PersonMention(match.start("name"), match.end("name"), person))
        # "Northern Territory Chief Minister Lia Finocchiaro": the role's
        # qualifiers are part of the role, no name of their own
        take(role_start, match.end("name"))
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
    for match in _untitled_names(text, lexicon):
        start, end = match.start("name"), match.end("name")
        if overlaps(start, end):
            continue
        raw_name = match.group("name")
        if _at_sentence_start(text, start) and raw_name.split()[0] in lexicon.sentence_starters:
            continue
        if _INSIDE_THE_NAME.search(text[max(0, start - 60) : start]):
            continue  # "the Kuala Lumpur Convention Centre": the tail of a longer name
        if _REGION_OF.search(text, max(0, start - 30), start):
            continue  # "Mexico's northern state of Nuevo Leon": a region
        if _TITLED.search(text, max(0, start - 30), start):
            continue  # 'under the theme "Regional Peace and Security"': a title
        if _CLASSED_AS_NO_PERSON.search(text, max(0, start - 16), start):
            continue  # "shipping company Tallink Grupp": a company, no person
        if _OF_AN_INSTITUTION.search(text, max(0, start - 40), start):
            continue  # "the Kyrgyz-Japanese Center for Human Development"
        if "-" in raw_name and _places_joined(raw_name):
            continue  # "its La Paz-Buenos Aires route", "Italy-Latin America conference"
        if (
            text[start - 1 : start] == "("
            and text[end : end + 1] == ")"
            and any(start - 3 <= m.end < start for m in mentions)
        ):
            # "Foreign Minister Baiba Braže (New Unity)": the bracket after a
            # name is the party, the constituency or the outlet, no second person
            continue
        name = _clean_name(raw_name, lexicon)
        if not name or len(name.split()) < 2 or _is_venue(name):
            continue
        if _place_led(name) and not _after_role(text, start, lexicon):
            continue  # "Santiago Peña" after "his Paraguayan counterpart," is a person
        if raw_name.split()[-1] in _INSTITUTION_HEADS and name.split()[-1] != raw_name.split()[-1]:
            continue  # "the 20th Bled Strategic Forum": the name of an institution
        if not _NEVER_IN_A_NAME.isdisjoint(raw_name.split()):
            continue  # "Gaddafi Stadium", "Plaza Murillo": a venue, market or contest
        if placed_by_context(text, start, end):
            continue  # "Palm Beach, Florida": a town the gazetteer leaves out
        if _IN_A_PLACE.search(text, max(0, start - 4), start) and not text.startswith(
            ("'s", "’s"), end
        ):
            continue  # "the papal residence in Castel Gandolfo", "at Te Papa": where, not who
        if _is_venue(raw_name):
            continue  # "Al Yamamah Palace"
        if _named_venue(text, start, end, lexicon):
            continue  # "at Sushma Swaraj Bhawan", "at Camp Aguinaldo": a building
        if not raw_name.startswith(name.split()[0]):
            start += max(0, raw_name.find(name.split()[0]))
        styled = name.split()
        known = (
            people.by_first_name(styled[1])
            if len(styled) == 2 and styled[0] in ("Sheikh", "Sheikha")
            else None
        )
        if known is not None:
            # "Sheikha Mozah bint Nasser ... Sheikha Mozah": the style and the given
            # name of someone named in full (a two-word "Sheikh Hasina" is a name)
            known.aliases.add(name)
            person = known
        else:
            person = people.add(name, None)
        mentions.append(_PersonMention(start, end, person))
        take(start, end)
    for match, name, role, role_start in singles:
        if people.match(name) is None and _sole_name(name, text, lexicon):
            # "Foreign Minister Sugiono ... Sugiono added": Indonesian and other
            # single names, the only name the article ever gives them
            person = people.add(name, role)
            mentions.append(_PersonMention(match.start("name"), match.end("name"), person))
            take(role_start, match.end("name"))
    # Pass 3: bare surnames of people already known ("Healey said").
    forms = people.short_forms()
    for start, end, form in _short_form_hits(text, forms):
        if not overlaps(start, end):
            mentions.append(_PersonMention(start, end, forms[form]))
    known_before = {id(p) for p in people.people}
    # the story's first-named person, before any office is resolved (found once)
    opener = min(mentions, key=lambda m: m.start) if mentions else None
    # Pass 4: office holders named by their office ("the Prime Minister", "the
    # Russian president", "the king", "the South African leader") when exactly
    # one person of the article holds it.
    for match in _OFFICE.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        if not match.group("nation") and match.group("office").lower() in _NATION_ONLY:
            subject = _minister_of_the_story(opener, match)
            if subject is not None:
                mentions.append(_PersonMention(match.start(), match.end(), subject))
            continue  # "the chief" alone is nobody's office
        holder = None
        if on is not None and match.group("nation").strip():
            # "the Kremlin leader" with only "President Zelenskiy" named: the
            # table of offices outranks a holder whose nationality is unsaid
            nation = match.group("nation").strip().lower()
            if not any(
                nation in (p.role or "").lower()
                for p in _office_holders(people, match.group("nation"), match.group("office"))
            ):
                holder = _dated_holder(people, match.group("nation"), match.group("office"), on)
        if holder is None:
            holder = _office_holder(people, match.group("nation"), match.group("office"))
        if holder is None:
            # "the pope" with Leo XIV named before it and Pope Francis only after:
            # the one holder already named
            holders = _office_holders(people, match.group("nation"), match.group("office"))
            named = {id(m.person) for m in mentions if m.start < match.start()}
            before = [p for p in holders if id(p) in named]
            holder = before[0] if len(before) == 1 else None
            if holder is None and len(before) > 1 and match.group("nation").strip():
                # "Saudi Arabia's Foreign Minister Prince Faisal and External
                # Affairs Minister S Jaishankar ... The Saudi minister": the one
                # whose country the text put before his name
                holder = _of_nation(text, before, match.group("nation").strip())
        if (
            holder is None
            and on is not None
            and not match.group("nation").strip()
            # "The chancellor, Rachel Reeves,": the name apposed is the holder
            and not re.match(r",\s+[A-Z]", text[match.end() : match.end() + 3])
        ):
            # "Sir Keir Starmer ... The prime minister spoke to Trump": the one
            # person of the article the table of offices has in that office
            holder = _tabled_holder(people, match.group("office"), on)
        if holder is not None:
            mentions.append(_PersonMention(match.start(), match.end(), holder))
    if on is not None:
        # "Erdoğan and his Russian counterpart": the same office, another nation
        # the expression opens with a word boundary, tried at every position:
        # a text without the word it needs is not scanned (issue 8)
        for match in _counterpart().finditer(text) if "counterpart" in text else ():
            if overlaps(match.start(), match.end()):
                continue
            before = [m for m in mentions if m.end <= match.start() and m.person.role]
            office = _office_of(before[-1].person.role) if before else None
            holder = _dated_holder(people, match.group("nation"), office, on) if office else None
            if holder is not None:
                mentions.append(_PersonMention(match.start(), match.end(), holder))
        # holders the table named: their later short forms ("Putin said")
        added = {id(p) for p in people.people} - known_before
        if added:
            forms = {w: p for w, p in people.short_forms().items() if id(p) in added}
            for start, end, form in _short_form_hits(text, forms):
                if not overlaps(start, end) and all(m.start != start for m in mentions):
                    mentions.append(_PersonMention(start, end, forms[form]))
    if "delegation" in text:
        mentions.extend(_delegation_mentions(text, mentions, overlaps))
    sources = _dateline_sources(text)
    if sources:
        # "QUITO (El Comercio) —", "... told Prensa Libre": the outlet the
        # dateline credits is no person, wherever the article names it
        mentions = [m for m in mentions if m.person.name not in sources]
    # 'at a "Democracy Always" summit': a name in quotation marks is a title or
    # a slogan, never a person (the wire quotes no one's name)
    mentions = [
        m
        for m in mentions
        if text[m.start - 1 : m.start] not in _OPEN_QUOTES
        or text[m.end : m.end + 1] not in _CLOSE_QUOTES
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTES = frozenset('"”')


#: How wire copy introduces a visiting delegation and its head: "X is to lead
#: a delegation of 11 senators", "a delegation led by X", "X will head the
#: delegation".
_LEADS_DELEGATION = re.compile(
    r"\b(?:lead|head)(?:s|ing)?\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b"
    r"|\bdelegation\s+(?:led|headed)\s+by\b"
)
#: The delegation referred to again: "Han is to host a banquet for the delegation".
_THE_DELEGATION = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+delegation\b(?!\s+of\b)")


def _delegation_mentions(
    text: str, mentions: list[_PersonMention], overlaps: Callable[[int, int], bool]
) -> list[_PersonMention]:
    """'Basilio Nunez is to lead a delegation ... the delegation is to travel to
    Taichung': the delegation, named again, stands for its head (the one
    person the article says leads one)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    heads: dict[int, tuple[int, _Person]] = {}
    for intro in _LEADS_DELEGATION.finditer(text):
        head: _PersonMention | None = None
        if intro.group().startswith("delegation"):
            # "a delegation led by X": the first person named after "by"
            at = bisect_left(starts, intro.end())
            if at < len(ordered) and ordered[at].start < intro.end() + 60:
                head = ordered[at]
        else:
            # "X is to lead a delegation": the last person named before the verb
            at = bisect_left(starts, intro.start()) - 1
            if at >= 0 and intro.start() - 80 <= ordered[at].end <= intro.start():
                head = ordered[at]
        if head is not None:
            heads.setdefault(id(head.person), (intro.end(), head.person))
    if len(heads) != 1:
        return []  # two delegations, or a head the article does not name
    ((after, person),) = heads.values()
    return [
        _PersonMention(m.start(), m.end(), person)
        for m in _THE_DELEGATION.finditer(text, after)
        if not overlaps(m.start(), m.end())
    ]


#: A dateline crediting its outlet or agency: "COLOMBO (Daily Mirror) -",
#: "ACCRA, Sept. 8 (GhanaWeb) —" (AP and Reuters style, copied by most papers).
_DATELINE_SOURCE = re.compile(
    # "Havana, Oct 12 (Prensa Latina) The official visit": with or without a dash
    r"^[ \t]*[A-Z][\w .,'’-]{1,60}?\((?P<source>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\)"
    r"\s*(?:[-—–]|(?=[A-Z]))",
    re.MULTILINE,
)


def _dateline_sources(text: str) -> frozenset[str]:
    """Outlets credited in the dateline, which opens the story (its first lines)."""
    head = text[:400]
    if "(" not in head:
        return frozenset()
    return frozenset(m.group("source") for m in _DATELINE_SOURCE.finditer(head))


def _minister_of_the_story(first: _PersonMention | None, match: re.Match[str]) -> _Person | None:
    """'Foreign Affairs Minister Samuel Okudzeto Ablakwa will ... The minister's
    first stop is Abidjan': "the minister" alone is the minister the story
    opens with (``first``, its first-named person), its subject (the wire names
    the others by name or nation)."""
    if match.group("office").lower() != "minister" or first is None:
        return None
    role = (first.person.role or "").lower()
    if first.start > match.start() or (not role.endswith("minister") and "minister " not in role):
        return None
    return first.person


#: Office words that name an office only after a nation ("the Kremlin chief").
_NATION_ONLY = frozenset({"chief", "top diplomat", "minister"})


#: "his Russian counterpart", "her U.S. counterpart" with no name after it
@cache
def _counterpart() -> re.Pattern[str]:
    """COUNTERPART, compiled on first use (keeps the import light)."""
    return re.compile(
        r"\b(?:[Hh]is|[Hh]er)\s+(?P<nation>U\.S\.|US|UK|[A-Z][a-z]+)\s+counterpart\b(?![\w-])"
        r"(?!,?\s+(?:[A-Z]|the\s))"
    )


#: Office words a role ends with, longest first ("Foreign Minister" before "Minister")
_OFFICE_WORDS = (
    *("secretary of state", "prime minister", "foreign minister", "foreign secretary"),
    *("defence secretary", "defense secretary", "chancellor", "president", "premier"),
)


def _office_of(role: str) -> str | None:
    """The office a role names ("Turkish President" → "president")."""
    role = role.lower()
    return next((word for word in _OFFICE_WORDS if role.endswith(word)), None)


def _tabled_holder(people: _People, office: str, on: date) -> _Person | None:
    """The one person of the article who held ``office`` (of any country) on
    ``on`` by the table of offices."""
    from schedule.extraction import offices  # the table is read only when needed

    names = offices.names_in_office(office, on)
    found = [p for p in people.people if p.name in names]
    return found[0] if len(found) == 1 else None


def _dated_holder(people: _People, nation: str, office: str, on: date) -> _Person | None:
    """The person of the article who held ``office`` of ``nation`` on ``on`` by the
    table of offices, added to the article's people if it never names them."""
    from schedule.extraction import offices  # the table is read only when needed

    code = offices.nation_code(nation) if nation.strip() else None
    term = offices.holder(code, office, on) if code else None
    if term is None:
        return None
    for name in term.names:
        person = people.match(name)
        if person is not None:
            return person
    return people.add(term.names[0], f"{nation.strip()} {office.lower()}")


_WORD_START = re.compile(r"(?<![\w-])\w")
#: "(?<![\w-])[A-Z]" opening with the character class the engine skips to
_CAPITAL_WORD_START = re.compile(r"[A-Z](?<![\w-][A-Z])")


def _role_matches(text: str, lexicon: _Lexicon) -> Iterator[re.Match[str]]:
    """What ``lexicon.role.finditer(text)`` finds, tried only where it can
    start: at a role word, or up to three capitalised words before one (the
    expression tried at every word of the article was a tenth of the
    extraction's time, issue 8)."""
    if not _has_ascii_twins(text):
        # lower-casing keeps every offset and matches what case-insensitive
        # matching matches, but for the letters in _ASCII_TWINS ("ſ", "K")
        haystack, role_word = text.lower(), lexicon.role_word_lower
    else:
        haystack, role_word = text, lexicon.role_word
    pos = 0
    while (word := role_word.search(haystack, pos)) is not None:
        for start in sorted(_qualifier_starts(text, word.start(), 3)):
            if start < pos:
                continue
            match = lexicon.role.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = word.start() + 1


#: "(?<![\w’'-])" before a capital, opening with the character class the
#: engine skips to: where an untitled name can start.
_NAME_START = re.compile(rf"{_UPPER}(?<![\w’'-].)")


#: The lower-case openings of a name ("al-Sisi", "bin Zayed"'s "bin-"): the
#: one way a name starts without a capital.
_LOWER_NAME_OPENING = re.compile(r"(?:al|el|bin|ibn|ben)-")


def _untitled_names(text: str, lexicon: _Lexicon) -> Iterator[re.Match[str]]:
    """What ``lexicon.untitled_name.finditer(text)`` finds, tried only at
    capitals that start a word (the expression opens with look-behinds, which
    the engine tries at every position: issue 8)."""
    if ("l-" in text or "n-" in text) and _LOWER_NAME_OPENING.search(text):
        yield from lexicon.untitled_name.finditer(text)
        return
    pos = 0
    while (capital := _NAME_START.search(text, pos)) is not None:
        match = lexicon.untitled_name.match(text, capital.start())
        if match is None:
            pos = capital.start() + 1
        else:
            yield match
            pos = match.end()


def _qualifier_starts(text: str, end: int, units: int) -> set[int]:
    """``end`` and every position from which up to ``units`` words of
    ``(?:[A-Z][a-z]+|[A-Z]{2,3})\\s+`` (the role's qualifiers, "US Defense")
    run to ``end``."""
    starts = {end}
    if units == 0:
        return starts
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    if stop == end:
        return starts  # no space before: no qualifier ends here
    lower = stop
    while lower > 0 and "a" <= text[lower - 1] <= "z":
        lower -= 1
    if lower < stop:
        if lower > 0 and "A" <= text[lower - 1] <= "Z":  # "Defense"
            starts |= _qualifier_starts(text, lower - 1, units - 1)
        return starts
    for size in (2, 3):  # "US", "UAE"
        first = stop - size
        if first >= 0 and all("A" <= ch <= "Z" for ch in text[first:stop]):
            starts |= _qualifier_starts(text, first, units - 1)
    return starts


def _short_form_hits(text: str, forms: dict[str, _Person]) -> Iterator[tuple[int, int, str]]:
    """Where the forms stand as whole words, longest first, left to right
    without overlap: what ``(?<![\\w-])(?:form|...)(?![\\w-])`` finds, without
    compiling a new expression for every article."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    if not by_first:
        return
    after = 0
    size = len(text)
    # forms are capitalised but for a few ("el-Sisi"): then only the words
    # with a capital need a look (issue 8)
    capitals = all("A" <= ch <= "Z" for ch in by_first)
    for match in (_CAPITAL_WORD_START if capitals else _WORD_START).finditer(text):
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
    # "[Tt](?<![\w-][Tt])he" is "(?<![\w-])[Tt]he" opening with a character
    # class, which the engine skips to without trying every position (issue 8)
    r"[Tt](?<![\w-][Tt])he\s+(?P<nation>(?:(?:[A-Z][a-z]+|U\.S\.|US|UK)\s+){0,2}?)"
    r"(?P<office>(?i:prime minister|president|premier|chancellor|king|queen|[ae]mir|crown prince"
    r"|taoiseach|t[aá]naiste|sultan|secretary[- ]general|pope|emperor|empress"
    r"|foreign minister|foreign secretary|defence secretary|defense secretary|secretary of state"
    r"|leader|chief|top diplomat|minister|head of state|head of government))(?!\s+[A-Z])(?![\w-])"
    # "the Angolan Minister of State for Economic Coordination": a longer title
    r"(?!\s+(?:of\s+State|for\s+[A-Z])\b)"
)


#: Offices "the leader" may stand for.
_LEADER_OFFICES = (
    *("prime minister", "president", "premier", "chancellor", "king", "queen", "emir"),
    *("amir", "taoiseach", "sultan"),
)


#: Offices "the head of state" and "the head of government" stand for.
_HEADS = {
    # "amir" is how KUNA and QNA spell "emir"
    "head of state": ("president", "king", "queen", "emir", "amir", "sultan", "emperor"),
    "head of government": ("prime minister", "premier", "chancellor", "taoiseach"),
}


#: The country an office is "of": "President of the Republic of Kazakhstan".
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country>[A-Z][\w -]+)$")


def _office_holder(people: _People, nation: str, office: str) -> _Person | None:
    """The one known person whose role is ``office`` (of ``nation`` when given)."""
    found = _office_holders(people, nation, office)
    return found[0] if len(found) == 1 else None


@cache
def _office_role(role: str) -> str:
    """A role lowered, with its country put first: "President of the Republic of
    Kazakhstan" is the Kazakh president ("kazakhstan president of the republic")."""
    low = role.lower()
    of_country = _OF_COUNTRY.search(role) if " of " in role else None
    if of_country and (found := lookup(of_country.group("country"))) and found.is_country:
        return f"{of_country.group('country').lower()} {low[: of_country.start()]}"
    return low


def _of_nation(text: str, holders: list[_Person], nation: str) -> _Person | None:
    """The one holder whose first full mention has ``nation``'s country (its
    name or adjective) in the few words before it."""
    code = demonyms().get(nation) or getattr(lookup(nation), "country_code", None)
    if code is None:
        return None
    found = []
    for person in holders:
        at = text.find(person.name)
        words = _COUNTRY_WORDS.findall(text, max(0, at - 45), max(0, at)) if at > 0 else []
        codes = {demonyms().get(w) or getattr(lookup(w), "country_code", None) for w in words}
        if code in codes:
            found.append(person)
    return found[0] if len(found) == 1 else None


#: Capitalised words, one or two, that may name a country or its people.
_COUNTRY_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


#: A prince's or sheikh's rank after an office: "Foreign Minister Prince".
_RANK_OF_BIRTH = re.compile(r"(?<!crown)\s+(?:prince|princess|sheikh|sheikha)$")


def _office_holders(people: _People, nation: str, office: str) -> list[_Person]:
    """The known people whose role is ``office`` (of ``nation`` when given)."""
    office = office.lower()
    nation = nation.strip()
    wanted = _HEADS.get(office, _LEADER_OFFICES if office == "leader" else (office,))
    exact: list[_Person] = []
    loose: list[_Person] = []
    for person in people.people:
        # "Foreign Minister Prince Faisal": the rank of birth is no part of the office
        role = _RANK_OF_BIRTH.sub("", _office_role(person.role or ""))
        if not any(role.endswith(w) for w in wanted):
            continue
        if re.search(r"\b(?:vice|deputy)[- ]", role) and not any(
            re.search(rf"\b(?:vice|deputy)[- ]{w}$", office) for w in wanted
        ):
            continue  # "Vice President Jessica Alupo" is not "the Kenyan president"
        if not nation or nation.lower() in role:
            exact.append(person)
        elif not any(adj.lower() in role for adj in demonyms()):
            loose.append(person)  # "President Emmanuel Macron": nationality unsaid
    return exact or loose


_INSIDE_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+)+$")

#: The purpose of an institution, capitalised: "Center for Human Development".
_OF_AN_INSTITUTION = re.compile(
    r"\b(?:Cent(?:er|re)|Institute|Foundation|Council|School|University|Academy|Agency"
    r"|Commission|Fund|Forum|Organi[sz]ation|Society|Association)\s+(?:for|of)\s+(?:the\s+)?$"
)


def _places_joined(name: str) -> bool:
    """'La Paz-Buenos Aires', 'Italy-Latin America': places joined by a hyphen
    (a route, a format), not a double-barrelled name ("Nandi-Ndaitwah")."""
    at = name.find("-")
    while at != -1:
        if lookup(name[:at]) is not None or lookup(name[at + 1 :]) is not None:
            return True
        at = name.find("-", at + 1)
    return False


def _after_role(text: str, start: int, lexicon: _Lexicon) -> bool:
    """Whether the name at ``start`` is in apposition to a role: "his
    Paraguayan counterpart, Santiago Peña"."""
    before = text[max(0, start - 40) : start]
    comma = re.search(r",\s*$", before)
    if comma is None:
        return False
    head = before[: comma.start()]
    return any(m.end() == len(head) for m in lexicon.role_word.finditer(head))


def _sole_name(name: str, text: str, lexicon: _Lexicon) -> bool:
    """Whether a one-word name after a role ("Foreign Minister Sugiono") is
    all the person is called: no office holder's name has the word (then it
    is "President Trump", a surname), it is no place and no common word, and
    the article uses it again on its own."""
    from schedule.extraction.offices import holder_names

    if name in lexicon.not_name_words or lookup(name) is not None or not name.isalpha():
        return False
    if lexicon.role_word.fullmatch(name):
        return False  # "Deputy Premier and Foreign Minister Antonio Tajani"
    if any(name in full.split() for full in holder_names()):
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) > 1


def _place_led(name: str) -> bool:
    """'Berlin Wall', 'Gaza Strip', 'Kuala Lumpur Convention': words led by a
    place are not a person."""
    words = name.split()
    from schedule.extraction.offices import holder_names

    if name in holder_names():
        return False  # "Vladimir Putin": Vladimir is a city too, but not here
    if len(words) == 2:
        return lookup(words[0]) is not None
    return any(lookup(" ".join(words[:n])) is not None for n in range(2, len(words)))


def _is_venue(name: str) -> bool:
    """'Camp David', 'Blair House': a well-known venue is not a person."""
    return known_venue_pattern().fullmatch(name) is not None


def _named_venue(text: str, start: int, end: int, lexicon: _Lexicon) -> bool:
    """'meet at Camp Aguinaldo', 'at Sushma Swaraj Bhawan at 6 pm': a name the
    venue grammar takes whole after its preposition is a building named after
    someone, not a person."""
    before = text.rfind(" ", 0, max(0, start - 1)) + 1
    if text[before : start - 1] not in ("at", "in"):
        return False
    venue = lexicon.venue.match(text, before)
    return venue is not None and venue.start("venue") == start and venue.end("venue") >= end


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


#: What stands before a role that began a word late: "the Prime Minister and
#: President X" tried from "Minister", or from "Prime" after "the".
_MID_ROLE = re.compile(r"(?:\b[Tt]he|[A-Z][\w-]*)\s+$")


def _normalise_role(role: str) -> str:
    words = role.split()
    while words and words[0].lower() in {"his", "her", "their", "the", "a", "an", "its"}:
        words.pop(0)
    if len(words) > 1 and words[-1].lower() in {"sheikh", "sayyid"}:
        words.pop()  # "Emir Sheikh Tamim ...": the office is emir, the rest is courtesy
    return " ".join(words)


# "the two leaders", "both presidents": the pair the article has just named
_PAIR = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|men|women|presidents|prime ministers|ministers"
    r"|foreign ministers|heads of state|chancellors|sides|officials)\b|\b[Tt]he pair\b|^They\b"
    # "Erdogan will welcome Nandi-Ndaitwah ... The leaders are expected to attend"
    r"|^The leaders\b"
    # "talks with Heine on Thursday, and the two will sign an agreement"
    r"|\b[Tt]he two(?=\s+(?:will|would|are|were|is|was|have|had|also|then|later|jointly|last"
    r"|first|met|held|spoke|signed)\b)"
)


_SUBJECT_PRONOUN = re.compile(
    # "His Highness later hosted a luncheon": the styled subject of the report
    r"(?:^|\s)(?:[Hh]e|[Ss]he|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))\s"
)
#: The same after the first character, where only a space can open it: a
#: leading character class the engine skips to (issue 8).
_SUBJECT_PRONOUN_INSIDE = re.compile(
    r"\s(?:[Hh]e|[Ss]he|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))\s"
)


def _pair_reference(sentence: str) -> re.Match[str] | None:
    """:data:`_PAIR` in the sentence, looked for only when its words are there."""
    if "he two" in sentence or "oth" in sentence or "he pair" in sentence:
        return _PAIR.search(sentence)
    return _PAIR.match(sentence) if sentence.startswith(("They", "The leaders")) else None


def _subject_pronoun(sentence: str) -> re.Match[str] | None:
    """:data:`_SUBJECT_PRONOUN`'s first match in the sentence, found faster."""
    return _SUBJECT_PRONOUN.match(sentence) or _SUBJECT_PRONOUN_INSIDE.search(sentence, 1)


# "a senior adviser to President Felix Tshisekedi": named to describe someone else
_APPOSITIVE = re.compile(r"\b(?:to|of|for|under)\s+(?:the\s+)?$")


def _own_people(sentence: str, offset: int, people: list[_PersonMention]) -> list[_Person]:
    """The people a sentence names as actors, not as descriptions of others
    nor as the source the report cites."""
    out: list[_Person] = []
    source = _attribution(sentence)
    for m in people:
        if _RELATION.match(sentence, m.end - offset, m.end - offset + 30):
            continue  # "Kushner, the U.S. president's son-in-law": the president is not there
        if source is not None and m.start - offset >= source.start() and m is not people[0]:
            continue  # "..., Peskov told reporters": the source, not an actor
        head = sentence[max(0, m.start - offset - 40) : max(0, m.start - offset)]
        # titles are not descriptions: "Secretary of State Marco Rubio" is an actor,
        # "an adviser to President Felix Tshisekedi" is not
        head = re.sub(r"(?:(?:[A-Z][\w’'.-]*|of|the)\s+){0,6}$", "", head)
        if m.start > offset and _APPOSITIVE.search(head):
            continue
        if all(p is not m.person for p in out):
            out.append(m.person)
    return out


def _participant(person: _Person) -> Participant:
    return Participant(person.name, person.role, tuple(sorted(person.aliases - {person.name})))


# what may stand between "visit" and the person visited: "former president"
_ROLE_WORDS = re.compile(r"\s*(?:(?:the|his|her|their|former|[a-z]+)\s+){0,4}")


# "Takaichi's predecessor, Shigeru Ishiba": the possessor names someone else
_RELATION = re.compile(
    r"[’']s\s+(?:predecessor|successor|spokes(?:man|woman|person)|wife|husband|widow|son"
    r"|daughter|father|mother|brother|sister|aides?|advisers?|envoy|office|government"
    r"|administration|cabinet|party|ministry|team|deputy|lawyers?)\b"
    # "the president's Mar-a-Lago club": a place of theirs, not their presence
    r"|[’']s\s+(?:[A-Z][\w-]*\s+)?(?:club|residence|estate|home|resort|ranch|compound|plane)\b"
    # "at Ataturk's mausoleum": a founder honoured, not present; "Odinga's body
    # arrived": the dead are mourned, not met
    r"|[’']s\s+(?:mausoleum|tomb|grave|shrine|statue|monument|birthplace|body|remains|coffin"
    r"|casket)\b"
)

#: "Anitkabir, the mausoleum of Mustafa Kemal Ataturk": a name a venue honours;
#: "in place of President Yamandú Orsi": someone who stays away.
_MEMORIAL_OF = re.compile(
    r"\b(?:(?:mausoleum|tomb|grave|shrine|statue|monument|birthplace|memorial)\s+(?:of|to)"
    r"|in\s+place\s+of|instead\s+of|standing\s+in\s+for|funeral\s+(?:for|of))\s+(?:the\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


# a fellow traveller named after the trip: "alongside Costa", "accompanied by"
_COMPANION = re.compile(
    r"\b(?:alongside|together\s+with|accompanied\s+by|joined\s+by)\s+"
    r"(?:(?:[A-Z][\w’'.-]*|the|of|and|his|her)\s+){0,6}$"
)
