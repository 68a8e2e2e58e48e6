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
