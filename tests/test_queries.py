"""Reading events back: the seed's acceptance, filters, read-only SQL."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from sqlalchemy import func, select

from schedule.errors import QueryError
from schedule.models import Event
from schedule.queries import run_query
from schedule.storage import open_database

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
