"""Deterministic workloads for the benchmarks: wire-style articles and large
event databases, generated from a seed so every run measures the same thing.
"""

from __future__ import annotations

import functools
import random
import resource
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from schedule.articles import Article
from schedule.models import Event, Mention, Participation, Person, Source
from schedule.places import Place, lookup
from schedule.storage import Database

PEOPLE = [
    ("John Healey", "Defence Secretary"),
    ("Pete Hegseth", "US Defense Secretary"),
    ("David Lammy", "Foreign Secretary"),
    ("Marco Rubio", "Secretary of State"),
    ("Emmanuel Macron", "French President"),
    ("Friedrich Merz", "German Chancellor"),
    ("Volodymyr Zelensky", "Ukrainian President"),
    ("Keir Starmer", "Prime Minister"),
    ("Narendra Modi", "Indian Prime Minister"),
    ("Wang Yi", "Chinese Foreign Minister"),
    ("Sergei Lavrov", "Russian Foreign Minister"),
    ("Mark Rutte", "Nato Secretary General"),
    ("Kaja Kallas", "EU foreign policy chief"),
    ("Hakan Fidan", "Turkish Foreign Minister"),
    ("Penny Wong", "Australian Foreign Minister"),
    ("Mark Carney", "Canadian Prime Minister"),
    ("Giorgia Meloni", "Italian Prime Minister"),
    ("Donald Tusk", "Polish Prime Minister"),
    ("Ursula von der Leyen", "European Commission President"),
    ("Antonio Guterres", "UN Secretary General"),
]
CITIES = [
    "Washington",
    "Kyiv",
    "Brussels",
    "Riyadh",
    "Paris",
    "Berlin",
    "Tokyo",
    "Beijing",
    "New Delhi",
    "Ankara",
    "Nairobi",
    "Warsaw",
    "Rome",
    "Ottawa",
    "Canberra",
    "London",
    "Madrid",
    "Cairo",
    "Doha",
    "Geneva",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ENGAGEMENTS = [
    "{role} {a} will travel to {city} this week for talks on security and trade.",
    "{a_short} is due to hold a bilateral meeting with {b_role} {b} on {weekday}.",
    "On {weekday} {a_short} is expected to attend a reception at the embassy in {city}.",
    "{role} {a} and {b_role} {b} will sign a defence agreement in {city} on {day} {month}.",
    "{a_short} spoke by phone with {b} on {weekday}, officials said.",
    "{role} {a} will deliver a speech in {city} at 10am local time on {weekday}.",
    "Leaders are set to gather for a summit in {city} next week, {a_short} said.",
]
#: Background sentences, filled from the lists below so that no two articles
#: share their text (as real reports do not): a per-sentence cache must not
#: make the benchmark faster than real news would.
FILLER = [
    "The talks come amid growing pressure on {country} to raise defence spending "
    "to {share} per cent of economic output.",
    "Officials in {city} said the agenda would cover {topic} and {topic2}.",
    "Diplomats have described relations between {country} and {country2} as {mood}.",
    "Analysts expect the discussions to focus on {topic} and on {topic2}.",
    "The {ministry} ministry declined to comment on the details of the "
    "{amount} million euro programme.",
    "Opposition politicians in {country} have called for more transparency about "
    "the negotiations on {topic}.",
    "The visit is the first by a senior official from {country} since the elections last year.",
    "Both sides have said they want to deepen cooperation on {topic} and {topic2}.",
]
COUNTRIES = [
    "Austria",
    "Brazil",
    "Chile",
    "Denmark",
    "Egypt",
    "Finland",
    "Ghana",
    "Hungary",
    "Indonesia",
    "Jordan",
    "Kenya",
    "Latvia",
    "Mexico",
    "Norway",
    "Oman",
    "Portugal",
    "Qatar",
    "Romania",
    "Senegal",
    "Thailand",
]
TOPICS = [
    "energy security",
    "migration",
    "trade",
    "reconstruction funding",
    "critical minerals",
    "air defence",
    "grain exports",
    "climate finance",
    "cyber security",
    "debt relief",
    "shipping lanes",
    "nuclear safety",
    "visa rules",
    "fisheries",
]
MOODS = ["constructive", "strained", "cordial", "pragmatic", "tense", "warm"]
MINISTRIES = ["foreign", "defence", "finance", "trade", "interior", "energy"]


def _filler(rng: random.Random) -> str:
    country, country2 = rng.sample(COUNTRIES, k=2)
    topic, topic2 = rng.sample(TOPICS, k=2)
    return rng.choice(FILLER).format(
        country=country,
        country2=country2,
        city=rng.choice(CITIES),
        topic=topic,
        topic2=topic2,
        mood=rng.choice(MOODS),
        ministry=rng.choice(MINISTRIES),
        share=f"{rng.randrange(15, 40) / 10:.1f}",
        amount=rng.randrange(20, 900),
    )


def _surname(name: str) -> str:
    return name.split()[-1]


def _two_people(rng: random.Random) -> list[tuple[str, str]]:
    """Two officials, half the time from the well-known twenty, else from the
    2,000 of a world desk: with twenty people alone every pair would meet
    every week, and matching would face a density no real desk sees."""
    cast = _article_cast()
    chosen: list[tuple[str, str]] = []
    while len(chosen) < 2:
        person = rng.choice(PEOPLE) if rng.random() < 0.5 else rng.choice(cast)
        if person not in chosen:
            chosen.append(person)
    return chosen


@functools.cache
def _article_cast() -> list[tuple[str, str]]:
    return [(name, "Foreign Minister") for name, _ in officials()[len(PEOPLE) :]]


def article(index: int, rng: random.Random, base: date = date(2025, 3, 3)) -> Article:
    """One ~2 KB wire-style article with two or three engagements."""
    published = base + timedelta(days=rng.randrange(0, 365))
    sentences = []
    for template in rng.sample(ENGAGEMENTS, k=rng.choice((2, 3))):
        (a, role), (b, b_role) = _two_people(rng)
        sentences.append(
            template.format(
                role=role,
                a=a,
                a_short=f"Mr {_surname(a)}",
                b=b,
                b_role=b_role,
                city=rng.choice(CITIES),
                weekday=rng.choice(WEEKDAYS),
                day=rng.randrange(1, 28),
                month=rng.choice(MONTHS),
            )
        )
    while sum(len(s) + 1 for s in sentences) < 2000:
        sentences.append(_filler(rng))
    text = "\n".join(sentences) + f"\nReport {index}.\n"
    return Article(
        source=f"wire/{index:06d}.txt",
        text=text,
        published=published,
        timezone="Europe/London",
        title=f"Wire report {index}",
    )


def articles(count: int, seed: int = 20250303) -> Iterator[Article]:
    rng = random.Random(seed)
    for index in range(count):
        yield article(index, rng)


#: Version of the event-database generator: bench scripts cache databases by
#: file name, so a change here must give new names (see event_database_name).
EVENT_DATABASE_VERSION = 3

#: People in a generated event database: the 20 above and enough officials for
#: a world desk (ministers, envoys and heads of government of ~200 countries).
#: With only 20 people, each would attend 10% of all events — 45 a day at
#: 1,000,000 events — which no real schedule looks like.
OFFICIALS = 2000
_GIVEN = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tomas",
]
_FAMILY = [
    "Abe",
    "Bauer",
    "Costa",
    "Dube",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kaur",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Sato",
    "Tanaka",
    "Ueda",
    "Vargas",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
    "Adeyemi",
    "Berg",
    "Chen",
    "Dias",
    "Evans",
    "Flores",
    "Gomez",
    "Horvat",
    "Ivanov",
    "Jovanovic",
    "Kim",
    "Larsen",
    "Mensah",
    "Nguyen",
    "Olsen",
    "Park",
    "Qureshi",
    "Reyes",
    "Silva",
    "Torres",
    "Usman",
    "Varga",
    "Wong",
    "Yamada",
    "Zielinski",
    "Amari",
    "Banda",
    "Cruz",
    "Dahl",
    "Eze",
    "Farouk",
    "Gupta",
    "Hansen",
    "Iqbal",
    "Juarez",
    "Kowalski",
    "Lindqvist",
    "Mwangi",
    "Nakamura",
    "Ortiz",
    "Popescu",
    "Ramos",
    "Schmidt",
    "Takahashi",
    "Uddin",
    "Vidal",
    "Wagner",
    "Yusuf",
    "Zamora",
    "Aziz",
    "Bianchi",
    "Castro",
    "Dimitrov",
    "Esposito",
    "Fernandes",
    "Greco",
    "Hoffmann",
    "Ibrahim",
    "Janssen",
    "Kovacs",
    "Lambert",
    "Mendes",
    "Nielsen",
    "Oliveira",
    "Pereira",
    "Romero",
    "Santos",
    "Tran",
    "Ulloa",
    "Volkov",
    "Ahmed",
    "Brown",
    "Carter",
    "Diallo",
]


def officials() -> list[tuple[str, str]]:
    """The people of a generated event database, PEOPLE first."""
    generated = [
        (f"{given} {family}", "Minister")
        for family in _FAMILY
        for given in _GIVEN
        if f"{given} {family}" not in {name for name, _ in PEOPLE}
    ]
    return PEOPLE + generated[: OFFICIALS - len(PEOPLE)]


def event_database_name(events: int) -> str:
    """The cache file name of a generated database (changes with the generator)."""
    return f"schedule-bench-v{EVENT_DATABASE_VERSION}-{events}.db"


def build_event_database(db: Database, events: int, seed: int = 7, batch: int = 5000) -> None:
    """A database of ``events`` events with participants, places and sources,
    written with bulk inserts (ingesting that many articles would take hours).

    Events fall on days of 2020-01-01 + 0..2199 (six years), 15% of them
    week-long; each has two participants drawn from :func:`officials` (with
    their roles), a gazetteer city (coordinates, zone), one mention and a
    source shared with one other event — what real events carry, so that
    exports and listings write every property they would.
    """
    rng = random.Random(seed)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    people = officials()
    places = {city: _place(city) for city in CITIES}
    with db.transaction() as session:
        session.execute(insert(Person), [{"name": n, "role": r} for n, r in people])
    person_ids = list(range(1, len(people) + 1))
    start = date(2020, 1, 1)
    sources_per_batch = batch // 2
    for offset in range(0, events, batch):
        count = min(batch, events - offset)
        with db.transaction() as session:
            first_source = offset // 2 + 1
            session.execute(
                insert(Source),
                [
                    {
                        "id": first_source + i,
                        "content_hash": uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                        "location": f"wire/{first_source + i:07d}.txt",
                        "title": f"Wire report {first_source + i}",
                        "url": f"https://example.org/{first_source + i}",
                        "published": (start + timedelta(days=rng.randrange(0, 2200))).isoformat(),
                        "timezone": "Europe/London",
                        "text": "",
                        "ingested_at": now,
                    }
                    for i in range(sources_per_batch)
                ],
            )
            rows = []
            for i in range(count):
                day = start + timedelta(days=rng.randrange(0, 2200))
                week = rng.random() < 0.15
                city = rng.choice(CITIES)
                place = places[city]
                rows.append(
                    {
                        "id": offset + i + 1,
                        "uid": f"{uuid.UUID(int=rng.getrandbits(128))}@schedule-tracker",
                        "title": f"Meeting {offset + i}, {city}",
                        "kind": rng.choice(["meeting", "visit", "summit", "reception", "call"]),
                        "status": rng.choice(["scheduled", "expected", "held", "reported"]),
                        "precision": "week" if week else "day",
                        "start_date": day,
                        "end_date": day + timedelta(days=7 if week else 1),
                        "location": place.label,
                        "place": city,
                        "country_code": place.country_code,
                        "latitude": place.latitude,
                        "longitude": place.longitude,
                        "timezone": place.timezone,
                        "revision": 0,
                        "disputed": False,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(Event), rows)
            session.execute(
                insert(Participation),
                [
                    {
                        "event_id": row["id"],
                        "person_id": pid,
                        "role": people[pid - 1][1],
                        "position": n,
                        "event_kind": row["kind"],
                        "event_start": row["start_date"],
                    }
                    for row in rows
                    for n, pid in enumerate(rng.sample(person_ids, k=2))
                ],
            )
            session.execute(
                insert(Mention),
                [
                    {
                        "event_id": row["id"],
                        "source_id": first_source + rng.randrange(0, sources_per_batch),
                        "sentence": f"{row['title']} is due to take place on the day.",
                        "phrase": "on Thursday",
                        "value": row["start_date"].isoformat(),
                        "offset": 0,
                    }
                    for row in rows
                ],
            )


def _place(city: str) -> Place:
    place = lookup(city)
    if place is None:
        raise LookupError(f"bench/workload.py: {city} is not in the gazetteer")
    return place


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB):
    one reading, one unit, for every benchmark that prints memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def fresh_path(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def cached_event_database(events: int, folder: Path) -> Path:
    """The seeded database of ``events`` events in ``folder``, built on first use
    (in a child process, so the caller's peak memory is its own)."""
    import multiprocessing
    import time

    from schedule.storage import open_database

    path = folder / event_database_name(events)
    if path.exists():
        return path

    def build() -> None:
        with open_database(path) as db:
            build_event_database(db, events)

    started = time.perf_counter()
    child = multiprocessing.get_context("fork").Process(target=build)
    child.start()
    child.join()
    if child.exitcode != 0:
        fresh_path(folder, path.name)
        raise SystemExit(f"building {path} failed (exit code {child.exitcode})")
    print(f"built {events} events in {time.perf_counter() - started:.1f} s: {path}")
    return path
