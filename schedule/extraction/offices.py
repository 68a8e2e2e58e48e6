"""Who holds an office on a given day (``schedule/data/offices.json``).

Wire copy names leaders by office as often as by name: "the German
chancellor", "the Kremlin leader", "his Russian counterpart", sometimes without
naming them anywhere in the report. A small dated table of offices turns such
a phrase into a person on the report's date; keeping it current is a matter of
ending one holder's term and adding the next.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from schedule.places import demonyms


@dataclass(frozen=True, slots=True)
class Holder:
    """One term of one office: the spellings of the holder's name (the first
    canonical) and the office as reports phrase it."""

    names: tuple[str, ...]
    country: str
    office: str
    start: date
    end: date | None  # exclusive; None while in office


@cache
def _table() -> tuple[dict[str, str], dict[tuple[str, str], tuple[Holder, ...]]]:
    raw = json.loads(resources.files("schedule.data").joinpath("offices.json").read_text("utf-8"))
    terms: dict[tuple[str, str], list[Holder]] = {}
    for office in raw["offices"]:
        for word in office["words"]:
            for term in office["holders"]:
                end = term.get("to")
                terms.setdefault((office["country"], word), []).append(
                    Holder(
                        names=tuple(term["names"]),
                        country=office["country"],
                        office=word,
                        start=date.fromisoformat(term["from"]),
                        end=date.fromisoformat(end) if end else None,
                    )
                )
    return dict(raw["_nations"]), {key: tuple(value) for key, value in terms.items()}


def nation_code(word: str) -> str | None:
    """The country a nationality or a seat of power names: "Russian", "U.S.",
    "Kremlin" → ISO 3166 code."""
    word = word.strip()
    return _table()[0].get(word) or demonyms().get(word)


def holder(country: str, office: str, on: date) -> Holder | None:
    """Who held ``office`` ("president", "foreign minister") of ``country`` on ``on``."""
    for term in _table()[1].get((country, office.lower()), ()):
        if term.start <= on and (term.end is None or on < term.end):
            return term
    return None


@cache
def holder_names() -> frozenset[str]:
    """Every spelling of every holder's name: people, whatever else their words
    name ("Vladimir" is a Russian city)."""
    terms = (term for spans in _table()[1].values() for term in spans)
    return frozenset(name for term in terms for name in term.names)


@lru_cache(maxsize=256)
def names_in_office(office: str, on: date) -> frozenset[str]:
    """Every spelling of the names of whoever held ``office`` of any country on
    ``on``: "the prime minister" in a British report that names Keir Starmer
    without his title is Starmer."""
    office = office.lower()
    return frozenset(
        name
        for (_, word), terms in _table()[1].items()
        if word == office
        for term in terms
        if term.start <= on and (term.end is None or on < term.end)
        for name in term.names
    )
