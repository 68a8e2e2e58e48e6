"""`schedule sources` and `schedule forget`: what was ingested, and taking a
source back out without touching what other sources still support."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schedule.articles import article_from_text
from schedule.batch import ingest_batch
from schedule.errors import UsageError
from schedule.ingest import ingest_article
from schedule.queries import EventFilter, event_as_dict, iter_events
from schedule.sources import forget_source, list_sources
from schedule.storage import Database

from ingest_support import INPUTS, key, stored_events
from support import SEED_ARTICLE

SHARED_EVENT = key("2025-03-07", "Sydney", "Anthony Albanese", "Christopher Luxon")


def test_sources_list_title_url_published_and_events(db: Database) -> None:
    ingest_batch(db, [SEED_ARTICLE, INPUTS / "diplomacy-rss2.xml"])
    seed, *entries = list_sources(db)
    assert (seed.id, seed.events, seed.published, seed.url) == (1, 5, "2025-03-03", None)
    assert seed.title and seed.title.startswith("Healey to travel to Washington")
    assert [e.events for e in entries] == [1, 1, 1]
    assert [e.summary_only for e in entries] == [False, True, False]
    assert entries[2].published == "2025-03-02T21:45:00-05:00"  # as given
    assert entries[0].guid == "dispatch-world-20250303-0001"


def test_sources_command_table_and_json(seeded: Any) -> None:
    table = seeded("sources")
    assert table.exit_code == 0 and "Healey to travel to Washington" in table.stdout
    [row] = seeded.json("sources")
    assert set(row) >= {"id", "title", "url", "location", "published", "events", "summary_only"}
    assert row["events"] == 5 and row["location"].endswith("healey-washington.txt")


def test_forget_keeps_events_other_sources_support(db: Database) -> None:
    ingest_batch(db, [INPUTS / "archive.jsonl", INPUTS / "folder" / "archive"])
    assert SHARED_EVENT in stored_events(db)
    done = forget_source(db, "2025-03.jsonl#sw-17")  # by GUID
    assert (done.events_removed, len(done.events_kept)) == ([], 1)
    assert SHARED_EVENT in stored_events(db)
    again = forget_source(db, "https://news.example.org/asia-pacific/2025/03/03/albanese-luxon")
    assert len(again.events_removed) == 1 and again.events_kept == []
    assert SHARED_EVENT not in stored_events(db)
    # the four archive events (one-day trips "for talks" are the talks alone,
    # tests/articles/README.md), less the one forgotten
    assert len(stored_events(db)) == 3


def test_forget_the_seed_removes_its_events_trip_links_and_all(db: Database) -> None:
    ingest_batch(db, [SEED_ARTICLE])
    content_hash = list_sources(db)[0].content_hash
    done = forget_source(db, content_hash[:12])
    assert len(done.events_removed) == 5
    assert stored_events(db) == [] and list_sources(db) == []
    with db.session() as session:
        from sqlalchemy import text

        for table in ("mentions", "participants", "events", "sources"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
        # Nothing left pointing at what was removed (revisions, trips, ...).
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    # Forgotten means forgotten: the same article can be ingested again.
    [result] = ingest_batch(db, [SEED_ARTICLE]).results
    assert result.status == "stored" and len(result.events_created) == 5


def test_forget_unknown_or_ambiguous_reference(db: Database, tmp_path: Path) -> None:
    batch = tmp_path / "two.jsonl"
    records = [
        {"id": str(i), "published": "2025-03-03", "url": "https://x.example/a", "text": t}
        for i, t in enumerate(["Talks on Friday.", "Talks on Saturday."])
    ]
    batch.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    ingest_batch(db, [batch])
    with pytest.raises(UsageError, match="matches several sources"):
        forget_source(db, "https://x.example/a")
    with pytest.raises(UsageError, match="no source 'nothing'"):
        forget_source(db, "nothing")
    forget_source(db, "2")
    assert [s.id for s in list_sources(db)] == [1]


def test_forget_command(seeded: Any) -> None:
    result = seeded("forget", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith("forgot    source 1 (Healey to travel to Washington")
    assert "5 event(s) removed, 0 kept" in result.stdout
    assert seeded.json("events") == []
    missing = seeded("forget", "1")
    assert missing.exit_code == 2 and missing.stderr.startswith("error: no source '1'")


HEALEY_WEEK = "Defence Secretary John Healey will travel to Washington this week."
HEALEY_THURSDAY = "Mr Healey will visit Washington on Thursday, officials said."
MACRON_MERZ = "President Emmanuel Macron will meet Friedrich Merz in Berlin on Friday."
MACRON_MERZ_CANCELLED = (
    "Mr Macron's meeting with Friedrich Merz in Berlin on 7 March has been cancelled."
)
LAMMY_WEDNESDAY = "Foreign Secretary David Lammy will meet Wang Yi in Beijing on Wednesday."
LAMMY_THURSDAY = "Mr Lammy is due to hold talks with Wang Yi in Beijing on Thursday."


def _report(db: Database, text: str, published: str, name: str) -> None:
    ingest_article(db, article_from_text(text, name, published=published, timezone="Europe/London"))


def _only_event(db: Database) -> dict[str, Any]:
    [event] = [event_as_dict(e) for e in iter_events(db, EventFilter())]
    return event


def test_forgetting_the_refining_report_restores_the_week(db: Database) -> None:
    _report(db, HEALEY_WEEK, "2025-03-03", "a")
    _report(db, HEALEY_THURSDAY, "2025-03-04", "b")
    assert _only_event(db)["precision"] == "day"
    forget_source(db, "b")
    event = _only_event(db)
    assert (event["precision"], event["start"], event["end"]) == (
        "week",
        "2025-03-03",
        "2025-03-10",
    )
    assert event["revisions"][-1]["change"] == "recomputed"
    assert event["revision"] == 2  # refined, then recomputed


def test_forgetting_the_cancellation_restores_the_schedule(db: Database) -> None:
    _report(
        db,
        MACRON_MERZ,
        "2025-03-03",
        "a",
    )
    _report(
        db,
        MACRON_MERZ_CANCELLED,
        "2025-03-04",
        "b",
    )
    assert _only_event(db)["status"] == "cancelled"
    forget_source(db, "b")
    assert _only_event(db)["status"] == "scheduled"


def test_forgetting_one_side_of_a_dispute_settles_it(db: Database) -> None:
    _report(
        db,
        LAMMY_WEDNESDAY,
        "2025-03-03",
        "a",
    )
    _report(db, LAMMY_THURSDAY, "2025-03-04", "b")
    assert _only_event(db)["disputed"] is True
    forget_source(db, "b")
    event = _only_event(db)
    assert (event["disputed"], event["start"]) == (False, "2025-03-05")


def test_forgetting_a_report_that_changed_nothing_keeps_the_state(db: Database) -> None:
    _report(db, HEALEY_THURSDAY, "2025-03-03", "a")
    _report(db, HEALEY_WEEK, "2025-03-04", "b")
    before = _only_event(db)
    forget_source(db, "b")
    after = _only_event(db)
    assert (after["precision"], after["start"]) == (before["precision"], before["start"])
    assert after["revision"] == before["revision"] + 1  # one source fewer: subscribers refresh
    assert [r["change"] for r in after["revisions"]] == [r["change"] for r in before["revisions"]]
