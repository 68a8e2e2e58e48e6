"""Reading events back: the seed's acceptance, filters, read-only SQL."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from schedule.errors import QueryError
from schedule.models import Event
from schedule.queries import (
    EventFilter,
    Load,
    event_as_dict,
    find_event,
    iter_events,
    max_span,
    run_query,
    upcoming_filter,
)
from schedule.storage import open_database

from support import REPO

OFFICIAL = REPO / "tests" / "fixtures" / "calendars" / "official-schedule.ics"

# Every database test here runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def _by_kind(events: Any) -> dict[str, dict[str, Any]]:
    return {e["kind"]: e for e in events}


def test_upcoming_on_the_seed_lists_exactly_the_three_engagements(seeded: Any) -> None:
    events = seeded.json("upcoming", "--as-of", "2025-03-03")
    assert len(events) == 3
    trip, reception, meeting = events  # date order
    assert (trip["kind"], trip["start"], trip["end"], trip["precision"]) == (
        "visit",
        "2025-03-03",
        "2025-03-10",
        "week",
    )
    assert trip["location"] == "Washington"
    assert [p["name"] for p in trip["participants"]] == ["John Healey"]
    assert "will travel to Washington this week" in trip["sources"][0]["sentence"]

    assert (reception["kind"], reception["start"], reception["end"]) == (
        "reception",
        "2025-03-05",
        "2025-03-06",
    )
    assert reception["location"] == "British ambassador’s official residence, Washington"
    assert reception["status"] == "expected"
    assert reception["trip"] == trip["uid"]

    assert (meeting["kind"], meeting["start"], meeting["end"]) == (
        "meeting",
        "2025-03-06",
        "2025-03-07",
    )
    assert meeting["title"] == "Healey–Hegseth bilateral meeting, Washington"
    assert meeting["status"] == "scheduled"
    assert {(p["name"], p["role"]) for p in meeting["participants"]} == {
        ("John Healey", "Defence Secretary"),
        ("Pete Hegseth", "US counterpart"),
    }
    assert meeting["sources"][0]["phrase"] == "Thursday"
    assert "bilateral meeting" in meeting["sources"][0]["sentence"]
    for event in events:
        assert event["all_day"] is True
        assert event["uid"].endswith("@schedule-tracker")
        assert event["sources"][0]["published"] == "2025-03-03"


def test_past_items_are_in_events_but_not_upcoming(seeded: Any) -> None:
    events = _by_kind(seeded.json("events"))
    statement, collapse = events["statement"], events["other"]
    assert (statement["start"], statement["status"]) == ("2025-03-02", "reported")
    assert [p["name"] for p in statement["participants"]] == ["Keir Starmer"]
    assert collapse["start"] == "2025-02-24" and collapse["end"] == "2025-03-03"
    assert collapse["precision"] == "week" and collapse["status"] == "held"
    assert collapse["sources"][0]["value"] == "2025-W09"
    upcoming = {e["uid"] for e in seeded.json("upcoming", "--as-of", "2025-02-20", "--days", "30")}
    assert statement["uid"] not in upcoming and collapse["uid"] not in upcoming


@pytest.mark.parametrize(
    ("as_of", "days", "expected_kinds"),
    [
        ("2025-03-03", "14", ["visit", "reception", "meeting"]),
        ("2025-03-06", "1", ["visit", "meeting"]),
        ("2025-03-07", "7", ["visit"]),
        ("2025-03-10", "14", []),
        ("2025-02-01", "30", []),
    ],
)
def test_upcoming_window(seeded: Any, as_of: str, days: str, expected_kinds: list[str]) -> None:
    events = seeded.json("upcoming", "--as-of", as_of, "--days", days)
    assert [e["kind"] for e in events] == expected_kinds


def test_person_filter(seeded: Any) -> None:
    hegseth = seeded.json("events", "--person", "hegseth")
    assert [e["kind"] for e in hegseth] == ["meeting"]
    assert seeded.json("events", "--person", "Nobody Atall") == []
    healey = seeded.json("upcoming", "--as-of", "2025-03-03", "--person", "John Healey")
    assert len(healey) == 3
    # spelt as a reader types it: no accents, hyphens or capitals needed
    assert seeded.json("events", "--person", "HEGSÉTH") == hegseth
    assert seeded.json("events", "--person", "john-healey") == seeded.json(
        "events", "--person", "John Healey"
    )


def test_events_date_filters(seeded: Any) -> None:
    march = seeded.json("events", "--from", "2025-03-04", "--to", "2025-03-06")
    assert sorted(e["kind"] for e in march) == ["reception", "visit"]


def test_query_reads(seeded: Any, db_path: Any) -> None:
    with open_database(db_path) as db:
        columns, rows = run_query(db, "SELECT kind, start_date FROM events ORDER BY start_date")
    assert columns == ["kind", "start_date"]
    assert rows[0] == ("other", "2025-02-24")


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM events",
        "UPDATE events SET title = 'x'",
        "INSERT INTO people (name) VALUES ('x')",
        "DROP TABLE events",
        "CREATE TABLE x (a int)",
        "ATTACH DATABASE '/tmp/other.db' AS other",
        "PRAGMA journal_mode=DELETE",
        "SELECT 1; DELETE FROM events",
    ],
)
def test_query_refuses_writes_and_changes_nothing(seeded: Any, db_path: Any, sql: str) -> None:
    with open_database(db_path) as db:
        with db.session() as session:
            before = session.scalar(select(func.count()).select_from(Event))
        with pytest.raises(QueryError):
            run_query(db, sql)
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Event)) == before == 5


@pytest.fixture
def world_writable(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A folder the database server's own user could write into."""
    folder = tmp_path_factory.mktemp("escape")
    folder.chmod(0o777)
    folder.parent.chmod(0o755)
    return folder


@pytest.mark.parametrize(
    "sql",
    [
        "COPY (SELECT 1) TO PROGRAM 'touch {marker}'",
        "COPY events TO '{marker}'",
        "SELECT lo_export(0, '{marker}')",
        "SELECT pg_read_file('/etc/hostname')",
        "SET default_transaction_read_only = off",
        "SET transaction_read_only = off; DELETE FROM events",
        "SELECT 1; SET default_transaction_read_only = off; DELETE FROM events",
        "WITH gone AS (DELETE FROM events RETURNING id) SELECT count(*) FROM gone",
        "SELECT * FROM events FOR UPDATE",
        "DO $$ BEGIN DELETE FROM events; END $$",
        "CALL nothing()",
        "ATTACH DATABASE '{marker}' AS other",
    ],
)
def test_query_refuses_server_side_escapes(
    seeded: Any, db_path: Any, world_writable: Any, sql: str
) -> None:
    """The database refuses these on both engines; none reaches a file or a program."""
    marker = world_writable / "escaped"
    with open_database(db_path) as db:
        with pytest.raises(QueryError):
            run_query(db, sql.format(marker=marker))
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Event)) == 5
    assert not marker.exists()


def test_query_settings_do_not_outlive_the_query(seeded: Any, db_path: Any) -> None:
    """A query that changes a session setting (where the engine allows it at
    all) leaves the next query just as read-only."""
    with open_database(db_path) as db:
        with contextlib.suppress(QueryError):  # SQLite has no set_config
            run_query(db, "SELECT set_config('default_transaction_read_only', 'off', false)")
        for _ in range(3):
            with pytest.raises(QueryError, match="read-only"):
                run_query(db, "DELETE FROM events")
        assert run_query(db, "SELECT count(*) FROM events")[1] == [(5,)]


def test_query_values_are_the_same_on_both_engines(seeded: Any, db_path: Any) -> None:
    with open_database(db_path) as db:
        columns, rows = run_query(
            db, "SELECT uid, start_date, end_date FROM events WHERE kind = 'meeting'"
        )
    assert columns == ["uid", "start_date", "end_date"]
    assert [row[1:] for row in rows] == [("2025-03-06", "2025-03-07")]
    assert rows[0][0].endswith("@schedule-tracker")


@pytest.mark.sqlite_only
def test_query_neither_creates_nor_migrates_and_survives_odd_paths(tmp_path: Any) -> None:
    from click.testing import CliRunner

    from schedule.cli import cli

    missing = tmp_path / "no such.db"
    result = CliRunner().invoke(cli, ["--db", str(missing), "query", "SELECT 1"])
    assert result.exit_code == 1 and "cannot open" in result.stderr + result.output
    assert not missing.exists()
    odd = tmp_path / "q#1?x" / "x.db"
    with open_database(odd):
        pass
    refused = CliRunner().invoke(cli, ["--db", str(odd), "query", "DELETE FROM events"])
    assert refused.exit_code == 1 and "query refused" in refused.stderr
    assert not (tmp_path / "q").exists()  # "#" did not cut the path short


# ----------------------------------------------------------------- read paths (issue 8)


def test_event_views_give_the_same_json_as_the_models(seeded: Any, db_path: Any) -> None:
    """iter_events reads rows into views; every field, participant, source and
    revision is what the ORM model of the same event gives."""
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    with open_database(db_path) as db:
        views = list(iter_events(db, EventFilter()))
        assert len(views) == 7
        for view in views:
            assert event_as_dict(view) == event_as_dict(find_event(db, view.uid))
        assert any(view.revisions for view in views) and any(view.trip for view in views)


def test_load_reads_only_what_is_asked(seeded: Any, db_path: Any) -> None:
    with open_database(db_path) as db:
        table = list(iter_events(db, EventFilter(), load=Load.TABLE))
        feed = list(iter_events(db, EventFilter(), load=Load.FEED))
    assert any(e.participants for e in table)
    assert all(not e.mentions and not e.revisions and e.trip is None for e in table)
    assert all(e.mentions for e in feed) and all(not e.revisions for e in feed)
    assert any(e.trip is not None for e in feed)
    # a listing reads what it shows (dates, title, place name, status) and
    # leaves the rest of the row: coordinates and stamps come with DETAILS
    listing = ("uid", "title", "status", "precision", "start_date", "start_time", "location")
    for short, full in zip(table, feed, strict=True):
        assert [getattr(short, f) for f in listing] == [getattr(full, f) for f in listing]
    assert any(e.latitude is not None for e in feed)
    assert all(e.latitude is None for e in table)
    assert all(e.updated_at.tzinfo is not None and e.updated_at.year > 2000 for e in feed)
    # a feed quotes each report's sentence; what the report said is the JSON's
    with open_database(db_path) as db:
        full = list(iter_events(db, EventFilter(), load=Load.FULL))
    for quoted, said in zip(feed, full, strict=True):
        assert [m.sentence for m in quoted.mentions] == [m.sentence for m in said.mentions]
        assert all(m.phrase is None and m.reported_start is None for m in quoted.mentions)
        assert all(m.phrase and m.reported_start for m in said.mentions)


def _long_event(uid: str, start: date, end: date) -> Event:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    return Event(
        uid=uid,
        title="Long mission",
        kind="visit",
        status="scheduled",
        precision="vague",
        start_date=start,
        end_date=end,
        created_at=now,
        updated_at=now,
    )


def test_span_is_kept_by_the_model_and_bounds_windows(seeded: Any, db_path: Any) -> None:
    """An event that began long before a window still overlaps it: the window's
    lower bound comes from the longest stored span, which every write keeps."""
    with open_database(db_path) as db:
        with db.transaction() as session:
            session.add(_long_event("long@test", date(2024, 12, 1), date(2025, 3, 5)))
            # a Core bulk insert (as bench/workload.py writes) gets it from the column default
            session.execute(
                insert(Event),
                [
                    {
                        "uid": "core@test",
                        "title": "Core",
                        "kind": "visit",
                        "status": "expected",
                        "precision": "day",
                        "start_date": date(2025, 1, 10),
                        "end_date": date(2025, 1, 13),
                        "revision": 0,
                        "disputed": False,
                    }
                ],
            )
        with db.session() as session:
            spans = {uid: span for uid, span in session.execute(select(Event.uid, Event.span_days))}
            assert spans["long@test"] == 94 and spans["core@test"] == 3
            assert max_span(session) == 94
        window = [e.uid for e in iter_events(db, upcoming_filter(date(2025, 3, 3), 14))]
        assert "long@test" in window and len(window) == 4
        with db.transaction() as session:  # an ORM update keeps it too
            long = session.scalars(select(Event).where(Event.uid == "long@test")).one()
            long.start_date = date(2025, 2, 1)
        with db.session() as session:
            assert session.scalar(select(Event.span_days).where(Event.uid == "long@test")) == 32
            assert max_span(session) == 32
        # every stored span equals its dates
        rows = session_rows(db)
        assert all(span == (end - start).days for start, end, span in rows)


def session_rows(db: Any) -> list[tuple[date, date, int]]:
    with db.session() as session:
        return [
            (start, end, span)
            for start, end, span in session.execute(
                select(Event.start_date, Event.end_date, Event.span_days)
            )
        ]


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
def test_window_plan_is_a_bounded_range_scan(seeded: Any, db_path: Any) -> None:
    """With the span bound, SQLite reads only the window's slice of the index."""
    with open_database(db_path) as db:
        with db.session() as session:
            query = upcoming_filter(date(2025, 3, 3), 14).apply(select(Event.id), max_span(session))
        compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
        with db.engine.connect() as connection:
            plan = " ".join(
                row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
    assert "ix_events_window (start_date>? AND start_date<?)" in plan
