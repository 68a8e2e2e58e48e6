"""Importing .ics files: round trip, merging with article events, foreign calendars."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from schedule.export import export_calendar
from schedule.ics_import import CalendarImportError, calendar_from_text, import_calendar
from schedule.storage import open_database

from support import REPO

OFFICIAL = REPO / "tests" / "fixtures" / "calendars" / "official-schedule.ics"

#: What an event is, for "the same events": everything but the stored times
#: (DTSTAMP, CREATED, LAST-MODIFIED) and the provenance in DESCRIPTION.
_SAME = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "SEQUENCE",
    "STATUS",
    "CATEGORIES",
    "LOCATION",
    "GEO",
    "RELATED-TO",
    "X-SCHEDULE-STATUS",
    "X-SCHEDULE-PRECISION",
    "X-SCHEDULE-TITLE",
    "X-SCHEDULE-PARTICIPANT",
)


def _export(db_path: Path | str) -> bytes:
    buffer = io.BytesIO()
    with open_database(db_path) as db:
        export_calendar(db, buffer)
    return buffer.getvalue()


def _essentials(data: bytes) -> dict[str, dict[str, Any]]:
    events = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        facts: dict[str, Any] = {}
        for name in _SAME:
            value = event.get(name)
            if name in ("DTSTART", "DTEND") and value is not None:
                value = (value.dt, dict(value.params))
            elif isinstance(value, list):
                value = [(str(v), dict(v.params)) for v in value]
            elif value is not None:
                value = (value.to_ical(), dict(getattr(value, "params", {})))
            facts[name] = value
        # Participants and trip survive; the source lines are the import's own.
        facts["who"] = str(event["DESCRIPTION"]).split("\nSource:")[0]
        events[str(event["UID"])] = facts
    return events


def test_round_trip_export_import_export_gives_the_same_events(
    seeded: Any, db_path: Path, tmp_path: Path
) -> None:
    seeded("import", str(OFFICIAL))  # timed events with a VTIMEZONE, too
    first = _export(db_path)
    exported = tmp_path / "first.ics"
    exported.write_bytes(first)
    empty = tmp_path / "empty.db"
    with open_database(empty) as db:
        outcome = import_calendar(db, exported)
    assert outcome.ingest.status == "stored" and outcome.skipped == []
    second = _export(empty)
    before, after = _essentials(first), _essentials(second)
    assert len(before) == 7
    assert after == before


def test_reimport_is_idempotent(run: Any, db_path: Path) -> None:
    first = run("import", str(OFFICIAL))
    assert first.exit_code == 0, first.output
    assert f"stored    {OFFICIAL}: 3 new event(s), 0 refined" in first.stdout
    assert "secdef-weekly-staff@defense.example: recurring events are not supported" in (
        first.stderr
    )
    again = run("import", str(OFFICIAL))
    assert again.exit_code == 0 and f"unchanged {OFFICIAL} (already imported)" in again.stdout
    assert len(run.json("events")) == 3


def test_official_schedule_merges_with_the_article_event(seeded: Any) -> None:
    before = {e["kind"]: e for e in seeded.json("events")}
    result = seeded("import", str(OFFICIAL))
    assert result.exit_code == 0
    assert "2 new event(s), 1 refined" in result.stdout
    events = seeded.json("events")
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert len(meetings) == 1, "the schedule's meeting is the article's meeting"
    meeting = meetings[0]
    assert meeting["uid"] == before["meeting"]["uid"]  # the stored UID stays
    assert meeting["precision"] == "time" and meeting["revision"] == 1
    assert meeting["start"] == "2025-03-06T10:00:00-05:00"  # EST: DST starts on 9 March
    assert meeting["timezone"] == "America/New_York"
    assert len(meeting["sources"]) == 2
    assert {p["name"] for p in meeting["participants"]} == {"John Healey", "Pete Hegseth"}


def test_foreign_calendar_fields() -> None:
    article, events, skipped = calendar_from_text(OFFICIAL.read_text("utf-8"), "official.ics")
    # published: the newest DTSTAMP / LAST-MODIFIED in the file
    assert article.published == datetime(2025, 3, 5, 9, 30, tzinfo=ZoneInfo("UTC"))
    assert article.title == "Secretary of Defense public schedule"
    assert skipped == ["secdef-weekly-staff@defense.example: recurring events are not supported"]
    meeting, briefing, brussels = events
    assert meeting.kind.value == "meeting"  # from the summary, by the article lexicon
    assert [p.name for p in meeting.participants] == ["Pete Hegseth", "John Healey"]
    assert meeting.place is not None and meeting.place.name == "Washington"
    assert meeting.revision == 2 and meeting.uid == "secdef-2025-03-06-bilateral@defense.example"
    assert meeting.timex_value == "2025-03-06T10:00"
    # DTSTART in UTC plus DURATION; TENTATIVE means "expected"
    assert briefing.end - briefing.start == timedelta(minutes=45)
    assert briefing.status.value == "expected" and briefing.timezone == "America/New_York"
    # all-day DTSTART + DURATION:P2D: exclusive end two days later
    assert (brussels.start, brussels.end) == (date(2025, 3, 10), date(2025, 3, 12))
    assert brussels.place is not None and brussels.place.country_code == "BE"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("hello", "not an iCalendar file"),
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no importable events"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20250301\r\n"
            "SUMMARY:No stamp\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "no DTSTAMP or LAST-MODIFIED",
        ),
    ],
)
def test_bad_files_are_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(CalendarImportError, match=problem):
        calendar_from_text(text, "bad.ics")


def test_cli_import_errors_are_one_line(run: Any, tmp_path: Path) -> None:
    bad = tmp_path / "notes.ics"
    bad.write_text("just some notes\n", encoding="utf-8")
    result = run("import", str(bad), str(tmp_path / "missing.ics"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: not an iCalendar file (no BEGIN:VCALENDAR)",
        f"error: {tmp_path / 'missing.ics'}: no such file",
    ]
    assert run.json("events") == []


def _one_event(lines: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:late-evening@test\r\nDTSTAMP:20250301T120000Z\r\nSUMMARY:Working dinner\r\n"
        "LOCATION:Washington\r\n" + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_utc_times_keep_the_local_calendar_day() -> None:
    """02:00 UTC on 5 March is 21:00 on 4 March in Washington: the event's day is the 4th."""
    text = _one_event("DTSTART:20250305T020000Z\r\nDTEND:20250305T040000Z\r\n")
    _, [event], skipped = calendar_from_text(text, "late.ics")
    assert not skipped
    assert event.start.isoformat() == "2025-03-04T21:00:00-05:00"
    assert event.timex_value == "2025-03-04T21:00"


def test_timed_start_with_an_all_day_end_is_skipped_with_the_reason() -> None:
    text = _one_event("DTSTART:20250305T140000Z\r\nDTEND;VALUE=DATE:20250306\r\n")
    with pytest.raises(CalendarImportError, match="DTEND is a date"):
        calendar_from_text(text, "mixed.ics")
