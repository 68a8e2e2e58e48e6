"""Wire-style articles about a handful of engagements, several reports each,
for the concurrency and crash tests (importable as ``wire``).

Each engagement is reported more than once — a week-precise first report, a
day-precise later one, a restatement — so ingesting them merges and refines
events, and concurrent writers race for the same events and people.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from schedule.models import Event, Mention, Participation, Source
from schedule.storage import Database

from support import REPO

_ARTICLES: dict[str, tuple[str, str, str, str]] = {
    # name: (published, timezone, title, body)
    "lammy-beijing-1": (
        "2025-03-10",
        "Europe/London",
        "Lammy to visit Beijing for talks with Wang Yi",
        "Foreign Secretary David Lammy will travel to Beijing next week for talks with "
        "Chinese Foreign Minister Wang Yi, the Foreign Office said on Monday.\n"
        "Mr Lammy is expected to raise trade and the war in Ukraine during the visit.",
    ),
    "lammy-beijing-2": (
        "2025-03-14",
        "Europe/London",
        "Lammy and Wang Yi to meet on Tuesday",
        "Foreign Secretary David Lammy is due to meet Chinese Foreign Minister Wang Yi in "
        "Beijing on Tuesday, officials said.\nThe two ministers last met in Rome in the autumn.",
    ),
    "lammy-beijing-3": (
        "2025-03-17",
        "Europe/London",
        "Lammy arrives in China",
        "David Lammy will hold talks with Wang Yi in Beijing on Tuesday, his first visit to "
        "China as Foreign Secretary.",
    ),
    "macron-scholz-1": (
        "2025-03-03",
        "Europe/Paris",
        "Macron to host Scholz in Paris",
        "French President Emmanuel Macron will host German Chancellor Olaf Scholz in Paris on "
        "Friday for a working dinner on European defence.",
    ),
    "macron-scholz-2": (
        "2025-03-05",
        "Europe/Berlin",
        "Scholz to dine with Macron",
        "Chancellor Olaf Scholz will attend a working dinner with President Emmanuel Macron in "
        "Paris on Friday, his spokesman told reporters.",
    ),
    "rubio-jeddah-1": (
        "2025-03-07",
        "America/New_York",
        "Rubio to visit Saudi Arabia",
        "US Secretary of State Marco Rubio will travel to Jeddah next week for talks with "
        "Ukrainian officials, the State Department said on Friday.",
    ),
    "rubio-jeddah-2": (
        "2025-03-09",
        "America/New_York",
        "US and Ukrainian officials to meet in Jeddah on Tuesday",
        "Secretary of State Marco Rubio is due to meet Ukrainian Foreign Minister Andrii Sybiha "
        "in Jeddah on Tuesday.",
    ),
    "rubio-jeddah-3": (
        "2025-03-10",
        "Asia/Riyadh",
        "Rubio lands in Jeddah",
        "Marco Rubio will hold talks with Andrii Sybiha in Jeddah on Tuesday, the first "
        "high-level meeting since the clash in the Oval Office.",
    ),
    "nato-hague-1": (
        "2025-03-12",
        "Europe/Amsterdam",
        "Hague prepares for Nato summit",
        "Nato Secretary General Mark Rutte will host allied leaders at a summit in The Hague "
        "on 24 and 25 June, the alliance said on Wednesday.",
    ),
    "nato-hague-2": (
        "2025-04-02",
        "Europe/Brussels",
        "Rutte sets out summit agenda",
        "Mark Rutte said defence spending will dominate the Nato summit in The Hague in June.",
    ),
    "albanese-luxon-1": (
        "2025-03-18",
        "Australia/Sydney",
        "Albanese to meet Luxon in Wellington",
        "Prime Minister Anthony Albanese will travel to Wellington next week for annual talks "
        "with New Zealand Prime Minister Christopher Luxon.",
    ),
    "albanese-luxon-2": (
        "2025-03-21",
        "Pacific/Auckland",
        "Luxon to welcome Albanese on Monday",
        "Christopher Luxon is due to meet Anthony Albanese in Wellington on Monday for the "
        "annual leaders' meeting.",
    ),
    "kallas-kyiv-1": (
        "2025-03-24",
        "Europe/Brussels",
        "Kallas to visit Kyiv",
        "EU foreign policy chief Kaja Kallas will visit Kyiv this week to meet President "
        "Volodymyr Zelensky, her spokesperson said on Monday.",
    ),
    "kallas-kyiv-2": (
        "2025-03-25",
        "Europe/Kyiv",
        "Zelensky to receive Kallas on Thursday",
        "President Volodymyr Zelensky is expected to meet Kaja Kallas in Kyiv on Thursday.",
    ),
    "modi-trump-1": (
        "2025-02-10",
        "Asia/Kolkata",
        "Modi heads to Washington",
        "Prime Minister Narendra Modi will travel to Washington this week and is due to meet "
        "President Donald Trump at the White House on Thursday.",
    ),
    "modi-trump-2": (
        "2025-02-12",
        "America/New_York",
        "Trump to host Modi on Thursday",
        "President Donald Trump will host Indian Prime Minister Narendra Modi at the White "
        "House on Thursday, the White House said on Wednesday.",
    ),
    # Engagements of people already known from the reports above: their first
    # reports race to create one event with no new person to collide on.
    "lammy-wang-london-1": (
        "2025-04-07",
        "Europe/London",
        "Wang Yi to visit London in May",
        "David Lammy will host Wang Yi in London in May for the next round of the strategic "
        "dialogue, the Foreign Office said.",
    ),
    "lammy-wang-london-2": (
        "2025-05-09",
        "Europe/London",
        "Lammy and Wang Yi to meet on Wednesday",
        "David Lammy is due to meet Wang Yi in London on 14 May, officials said on Friday.",
    ),
    "lammy-wang-london-3": (
        "2025-05-12",
        "Asia/Shanghai",
        "Wang Yi heads to London",
        "Wang Yi will hold talks with David Lammy in London on 14 May.",
    ),
    "macron-scholz-berlin-1": (
        "2025-03-24",
        "Europe/Berlin",
        "Macron to visit Berlin",
        "Emmanuel Macron will meet Olaf Scholz in Berlin on 2 April, the Elysee said.",
    ),
    "macron-scholz-berlin-2": (
        "2025-03-28",
        "Europe/Paris",
        "Macron and Scholz to meet in Berlin",
        "Olaf Scholz is due to meet Emmanuel Macron in Berlin on 2 April for talks on Ukraine.",
    ),
    "macron-scholz-berlin-3": (
        "2025-03-31",
        "Europe/Berlin",
        "Scholz to host Macron on Wednesday",
        "Olaf Scholz will hold talks with Emmanuel Macron in Berlin on 2 April.",
    ),
}


#: Background sentences (no dates, no engagements) that pad each article to
#: the length of a real wire report, so that resolving and extracting an
#: article takes a realistic share of an ingest.
_BACKGROUND = (
    "Officials declined to give details of the agenda, saying only that security and trade "
    "would be discussed.",
    "Diplomats said the talks were expected to be difficult, with both sides keen to avoid "
    "a public disagreement.",
    "The ministry said in a statement that relations between the two governments remained "
    "close despite differences over tariffs.",
    "Opposition politicians have called for the government to publish the terms of any "
    "agreement reached during the talks.",
    "Analysts said the meeting was likely to focus on the war in Ukraine, energy prices and "
    "the future of the transatlantic alliance.",
    "A spokesperson for the embassy said the delegation would include senior trade and "
    "defence officials.",
    "Business groups welcomed the talks, saying closer ties would help exporters facing "
    "higher costs and slower growth.",
    "Human rights organisations urged the leaders to raise the cases of detained journalists "
    "and activists.",
)


def _background(name: str) -> str:
    start = sum(map(ord, name)) % len(_BACKGROUND)
    picked = [_BACKGROUND[(start + i) % len(_BACKGROUND)] for i in range(6)]
    return "\n".join(picked)


def write_articles(folder: Path) -> list[Path]:
    """The articles as files with front matter, in a stable order: the reports
    of one engagement next to each other (see :func:`engagements`)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (published, timezone, title, body) in _ARTICLES.items():
        path = folder / f"{name}.txt"
        path.write_text(
            f"---\ntitle: {title}\npublished: {published}\ntimezone: {timezone}\n---\n"
            f"{body}\n{_background(name)}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def engagements(paths: list[Path]) -> list[list[Path]]:
    """The articles grouped by engagement (file names ``<engagement>-<n>.txt``)."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(path.stem.rsplit("-", 1)[0], []).append(path)
    return list(groups.values())


def snapshot(db: Database) -> dict[str, Any]:
    """What a run stored, independent of the order articles arrived in: the
    sources, and each event as (kind, dates, precision, participants, and the
    exact sentences of the exact sources that report it) — counted, so an
    event stored twice shows. UIDs, revisions and titles depend on which
    report came first and are left out."""
    with db.session() as session:
        sources = Counter(session.scalars(select(Source.content_hash)))
        events: Counter[tuple[Any, ...]] = Counter()
        query = select(Event).options(
            selectinload(Event.participants).selectinload(Participation.person),
            selectinload(Event.mentions).selectinload(Mention.source),
        )
        for event in session.scalars(query):
            events[
                (
                    event.kind,
                    event.start_date,
                    event.end_date,
                    event.precision,
                    frozenset(p.person.name for p in event.participants),
                    frozenset((m.source.content_hash, m.offset, m.phrase) for m in event.mentions),
                )
            ] += 1
        return {
            "sources": sources,
            "events": events,
            "mentions": session.scalar(select(func.count()).select_from(Mention)),
            "participants": session.scalar(select(func.count()).select_from(Participation)),
        }


def mentions_per_source(db: Database) -> dict[str, int]:
    """content hash → how many mentions that source has (0 included)."""
    with db.session() as session:
        rows = session.execute(
            select(Source.content_hash, func.count(Mention.id))
            .outerjoin(Mention, Mention.source_id == Source.id)
            .group_by(Source.content_hash)
        )
        return {content_hash: count for content_hash, count in rows}


def events_without_mentions(db: Database) -> int:
    """Events no source reports: a torn write would leave these behind."""
    with db.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Event)
                .where(~Event.id.in_(select(Mention.event_id)))
            )
            or 0
        )


def ingest_process(db_url: str, paths: list[Path]) -> subprocess.Popen[str]:
    """`python -m schedule ingest` in a process of its own, as a user runs it;
    unbuffered, so each article's line arrives as soon as it is committed."""
    return subprocess.Popen(
        [sys.executable, "-m", "schedule", "--db", db_url, "ingest", *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"},
    )
