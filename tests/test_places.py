"""The offline gazetteer: cities, countries, aliases, venues and their zones."""

from __future__ import annotations

import pytest

from schedule.places import find_places, lookup, venue_city


@pytest.mark.parametrize(
    ("name", "label", "zone"),
    [
        ("Washington", "Washington, United States", "America/New_York"),
        ("Kyiv", "Kyiv, Ukraine", "Europe/Kyiv"),
        ("Kiev", "Kyiv, Ukraine", "Europe/Kyiv"),
        ("Brussels", "Brussels, Belgium", "Europe/Brussels"),
        ("Riyadh", "Riyadh, Saudi Arabia", "Asia/Riyadh"),
        ("Beijing", "Beijing, China", "Asia/Shanghai"),
        ("New Delhi", "New Delhi, India", "Asia/Kolkata"),
        ("Sydney", "Sydney, Australia", "Australia/Sydney"),
        ("Ukraine", "Ukraine", "Europe/Kyiv"),
        ("United States", "United States", "America/New_York"),
        ("UK", "United Kingdom", "Europe/London"),
        ("Türkiye", "Turkey", "Europe/Istanbul"),
    ],
)
def test_places_with_their_time_zones(name: str, label: str, zone: str) -> None:
    place = lookup(name)
    assert place is not None
    assert (place.label, place.timezone) == (label, zone)


def test_capitals_win_over_larger_namesakes() -> None:
    washington = lookup("Washington")
    assert washington is not None and washington.country_code == "US"
    assert washington.latitude == pytest.approx(38.9, abs=0.1)


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("the Pentagon", "Washington"),
        ("Oval Office", "Washington"),
        ("Downing Street", "London"),
        ("the Kremlin", "Moscow"),
        ("Élysée Palace", "Paris"),
        ("Nato headquarters", "Brussels"),
        ("Camp David", "United States"),
        ("Elysee Palace", "Paris"),
        ("Novo-Ogaryovo", "Moscow"),
        ("Casa Rosada", "Buenos Aires"),
        ("the Amiri Diwan", "Doha"),
        ("Amalienborg Palace", "Copenhagen"),
        ("Perdana Putra", "Putrajaya"),
        ("the Diet", "Tokyo"),
    ],
)
def test_well_known_venues_are_placed_in_their_city(venue: str, city: str) -> None:
    place = venue_city(venue)
    assert place is not None and place.name == city


@pytest.mark.parametrize(
    "text",
    [
        "Reading the report",
        "Mr Nice said",
        "the Sunday Times",
        "March",
        "Marine Corps",
        # GeoNames lists "White House" as an alternate name of Casablanca
        "at the White House",
    ],
)
def test_common_words_are_not_places(text: str) -> None:
    assert find_places(text) == []


def test_find_places_gives_offsets() -> None:
    text = "Healey flew from London to Washington."
    found = [(m.text, text[m.start : m.end]) for m in find_places(text)]
    assert found == [("London", "London"), ("Washington", "Washington")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("talks in the Qatari capital on Wednesday", "Doha"),
        ("arrived in the South Korean capital", "Seoul"),
        ("the Saudi capital", "Riyadh"),
    ],
)
def test_a_capital_named_by_its_country_adjective(text: str, city: str) -> None:
    [mention] = find_places(text)
    assert mention.place.name == city and text[mention.start :].startswith("the ")


def test_an_unknown_adjective_names_no_capital() -> None:
    assert find_places("the Ruritanian capital") == []


@pytest.mark.parametrize(
    ("name", "country"),
    [("Putrajaya", "MY"), ("Sharm el-Sheikh", "EG"), ("Nuuk", "GL")],
)
def test_small_seats_of_government_and_summit_towns_are_places(name: str, country: str) -> None:
    # smaller than MIN_CITY_POPULATION, but where governments sit and summits meet
    place = lookup(name)
    assert place is not None and place.country_code == country and not place.is_country


def _every_length(text: str) -> list[tuple[int, int, str, str]]:
    """find_places without its shortcut: every name length tried at every
    capitalised word (what it did before issue 8)."""
    from schedule.places import _LONGEST_NAME_WORDS, _TOKEN, _gazetteer

    index = _gazetteer()
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    found = []
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
                end, name = end - 1, name[:-1]
                place = index.get(name)
            if place is not None and (n == 1 or " ".join(name.split()) == name):
                found.append((start, end, name, place.name))
                i += n
                break
        else:
            i += 1
    return found


def test_only_first_words_of_longer_names_are_tried_with_more_words() -> None:
    from pathlib import Path

    texts = [p.read_text("utf-8") for p in sorted(Path(__file__).parent.glob("articles/**/*.txt"))]
    texts.append("New York City, New Delhi, Sharm el-Sheikh and Abu Dhabi. Washington D.C. talks")
    assert len(texts) > 80
    for text in texts:
        fast = [(m.start, m.end, m.text, m.place.name) for m in find_places(text)]
        # (towns the context names, and capitals by adjective, come on top)
        from schedule.places import lookup

        gazetteer = [f for f in fast if "capital" not in f[2] and lookup(f[2]) is not None]
        assert gazetteer == _every_length(text)
