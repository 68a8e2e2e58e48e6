"""iCalendar export: RFC 5545 details checked here, real consumers in the last test."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from schedule.articles import article_from_text
from schedule.export import export_calendar, vevent, vevent_ical, write_ics
from schedule.ingest import ingest_article
from schedule.queries import (
    EventFilter,
    EventView,
    Load,
    MentionView,
    ParticipantView,
    PersonView,
    SourceView,
    TripView,
    iter_events,
    upcoming_filter,
)
from schedule.storage import open_database

from support import REPO, SHARED

OFFICIAL = REPO / "tests" / "fixtures" / "calendars" / "official-schedule.ics"

# Every database test here runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def _export(db_path: Path, **kwargs: Any) -> bytes:
    buffer = io.BytesIO()
    with open_database(db_path) as db:
        export_calendar(db, buffer, **kwargs)
    return buffer.getvalue()


def _events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(e["categories"].cats[0]).lower(): e for e in calendar.walk("VEVENT")}


def test_all_day_events_with_exclusive_dtend(seeded: Any, db_path: Path) -> None:
    events = _events(_export(db_path))
    meeting, trip = events["meeting"], events["visit"]
    assert meeting.decoded("dtstart") == date(2025, 3, 6)
    assert meeting.decoded("dtend") == date(2025, 3, 7)
    assert meeting["dtstart"].params["VALUE"] == "DATE"
    assert trip.decoded("dtstart") == date(2025, 3, 3)
    assert trip.decoded("dtend") == date(2025, 3, 10)  # the whole ISO week 2025-W10
    assert "(week of 3 Mar)" in str(trip["summary"])


def test_required_and_descriptive_properties(seeded: Any, db_path: Path) -> None:
    data = _export(db_path, name="Healey trip")
    calendar = Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "Healey trip"
    assert str(calendar["version"]) == "2.0" and "prodid" in calendar
    events = _events(data)
    reception = events["reception"]
    assert str(reception["location"]) == "British ambassador’s official residence, Washington"
    assert str(reception["status"]) == "TENTATIVE"
    assert str(events["meeting"]["status"]) == "CONFIRMED"
    assert "attend a reception" in str(reception["description"])
    assert "John Healey (Defence Secretary)" in str(reception["description"])
    assert str(reception["related-to"]) == str(events["visit"]["uid"])
    for event in events.values():
        assert "dtstamp" in event and "uid" in event and "summary" in event


def test_uids_match_the_database_and_output_is_byte_identical(seeded: Any, db_path: Path) -> None:
    first, second = _export(db_path), _export(db_path)
    assert first == second
    stored = {e["uid"] for e in seeded.json("events")}
    assert {str(e["uid"]) for e in _events(first).values()} == stored


def test_filters_apply_to_export(seeded: Any, db_path: Path) -> None:
    data = _export(db_path, where=upcoming_filter(date(2025, 3, 3), 14))
    assert sorted(_events(data)) == ["meeting", "reception", "visit"]


def test_lines_are_crlf_and_folded(seeded: Any, db_path: Path) -> None:
    data = _export(db_path)
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)


def test_calendar_properties_for_subscribers(seeded: Any, db_path: Path) -> None:
    data = _export(db_path, description="Healey's week")
    calendar = Calendar.from_ical(data)
    assert str(calendar["x-wr-caldesc"]) == "Healey's week"
    # RFC 7986 5.7: REFRESH-INTERVAL needs VALUE=DURATION; X-PUBLISHED-TTL for Outlook/Apple
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in data
    assert b"\r\nX-PUBLISHED-TTL:PT1H\r\n" in data
    assert str(calendar["method"]) == "PUBLISH"


def test_round_trip_properties_and_categories(seeded: Any, db_path: Path) -> None:
    events = _events(_export(db_path))
    trip, meeting = events["visit"], events["meeting"]
    assert str(trip["x-schedule-precision"]) == "week"
    assert str(trip["x-schedule-title"]) == "Healey trip to Washington"
    assert "x-schedule-title" not in meeting  # day-precise: the summary is the title
    assert str(events["statement"]["x-schedule-status"]) == "reported"
    assert str(events["statement"]["status"]) == "CONFIRMED"
    who = meeting["x-schedule-participant"]
    assert [(str(p), p.params.get("X-ROLE")) for p in who] == [
        ("John Healey", "Defence Secretary"),
        ("Pete Hegseth", "US counterpart"),
    ]
    assert "attendee" not in meeting  # RFC 5546 3.2.1: no ATTENDEE in METHOD:PUBLISH
    assert meeting.decoded("geo") == (38.89511, -77.03637)


def test_timed_events_carry_tzid_and_a_vtimezone(seeded: Any, db_path: Path) -> None:
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    data = _export(db_path)
    calendar = Calendar.from_ical(data)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "America/New_York"
    timed = [e for e in calendar.walk("VEVENT") if "TZID" in e["dtstart"].params]
    assert {str(e["summary"]) for e in timed} == {
        "Bilateral meeting with UK Defence Secretary John Healey",
        "Press briefing on Ukraine",
    }
    for event in timed:
        assert event["dtstart"].params["TZID"] == "America/New_York"
        assert event.decoded("dtstart").tzinfo is not None  # never floating
    meeting = next(e for e in timed if "Bilateral" in str(e["summary"]))
    assert b"DTSTART;TZID=America/New_York:20250306T100000\r\n" in data
    assert meeting["sequence"] == 1  # the article's meeting, refined by the schedule


@pytest.mark.parametrize(
    ("where", "kinds"),
    [
        (EventFilter(place="washington"), ["meeting", "other", "reception", "visit"]),
        (EventFilter(country="us", kinds=("meeting", "visit")), ["meeting", "visit"]),
        (EventFilter(statuses=("expected",)), ["reception"]),
        (EventFilter(upcoming_only=True), ["meeting", "reception", "visit"]),
    ],
)
def test_shared_filters(seeded: Any, db_path: Path, where: EventFilter, kinds: list[str]) -> None:
    assert sorted(_events(_export(db_path, where=where))) == kinds


def test_cli_export_filters_and_bad_values(seeded: Any, tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    ok = seeded("export", "-o", str(target), "--kind", "meeting", "--kind", "reception")
    assert ok.exit_code == 0 and "wrote 2 event(s)" in ok.stderr
    past = seeded("export", "--no-past")
    assert past.exit_code == 0 and past.stdout.count("BEGIN:VEVENT") == 3
    bad = seeded("export", "--kind", "party")
    assert bad.exit_code == 2 and bad.stderr.startswith("error: unknown kind 'party'")
    upcoming = seeded("upcoming", "--as-of", "2025-02-24", "--include-past", "--json")
    assert "Deal broke down" in upcoming.stdout


def test_write_ics_streams_event_by_event(seeded: Any, db_path: Path) -> None:
    """Each VEVENT reaches the output before the next event is even read."""

    sink = io.BytesIO()
    seen_before_next: list[int] = []
    with open_database(db_path) as db:
        stored = list(iter_events(db, EventFilter()))

    def events() -> Iterator[Any]:
        for event in stored:
            seen_before_next.append(sink.getvalue().count(b"BEGIN:VEVENT"))
            yield event

    assert write_ics(events(), sink) == 5
    assert seen_before_next == [0, 1, 2, 3, 4]


def test_direct_writer_matches_icalendar_components(seeded: Any, db_path: Path) -> None:
    """vevent_ical (what the export writes) is byte for byte vevent(e).to_ical():
    timed events in a zone, GEO, roles, trips, long folded descriptions."""
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    with open_database(db_path) as db:
        stored = list(iter_events(db, EventFilter(), load=Load.FEED))
    assert len(stored) == 7
    assert any(e.start_time is not None for e in stored) and any(e.trip for e in stored)
    for event in stored:
        assert vevent_ical(event) == vevent(event).to_ical(), event.title


_free_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=200
)
#: Our X- properties (names, the plain title) are written unescaped: no line breaks.
_one_line = _free_text.map(lambda text: text.replace("\n", " ").replace("\r", " "))


@settings(max_examples=300, deadline=None)
@given(
    title=_one_line.filter(bool),
    location=_free_text,
    names=st.lists(st.tuples(_one_line.filter(bool), st.none() | _one_line), max_size=3),
    sentence=_free_text,
    source_title=st.none() | _free_text,
    precision=st.sampled_from(["day", "week", "month", "vague"]),
    pad=st.integers(min_value=0, max_value=80),
    coordinates=st.none()
    | st.tuples(
        st.floats(min_value=-90, max_value=90, allow_nan=False),
        st.floats(min_value=-180, max_value=180, allow_nan=False),
    ),
)
def test_direct_writer_matches_icalendar_on_any_text(
    title: str,
    location: str,
    names: list[tuple[str, str | None]],
    sentence: str,
    source_title: str | None,
    precision: str,
    pad: int,
    coordinates: tuple[float, float] | None,
) -> None:
    """Escapes (\\ ; , line breaks), multi-byte characters and escapes at the
    fold boundary (the pad shifts them across it) come out as icalendar writes them."""
    moment = datetime(2025, 3, 3, 9, 30, tzinfo=UTC)
    event = EventView(
        id=1,
        uid=f"{'x' * pad}\\;,^@schedule-tracker",
        title=title,
        kind="meeting",
        status="expected",
        precision=precision,
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
        start_time=None,
        end_time=None,
        location=location or None,
        place=None,
        country_code=None,
        latitude=coordinates[0] if coordinates else None,
        longitude=coordinates[1] if coordinates else None,
        timezone=None,
        trip_id=None,
        revision=2,
        disputed=False,
        created_at=moment,
        updated_at=moment,
        participants=[ParticipantView(PersonView(n), role) for n, role in names],
        mentions=[
            MentionView(
                SourceView("https://example.org/a", source_title, "a.txt", "2025-03-03"),
                sentence,
                "Monday",
                "2025-03-03",
                None,
                None,
                None,
                None,
            )
        ],
        trip=TripView(f"{'t' * pad}\\trip@x", "Trip"),
    )
    assert vevent_ical(event) == vevent(event).to_ical()


def test_iter_events_pages_by_key_in_date_order(seeded: Any, db_path: Path) -> None:
    """Small pages give the same events, in the same order, as one page."""
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    with open_database(db_path) as db:
        whole = [e.uid for e in iter_events(db, EventFilter(), batch=1000)]
        paged = [e.uid for e in iter_events(db, EventFilter(), batch=2)]
        in_order = [(e.start_date, e.end_date, e.id) for e in iter_events(db, EventFilter())]
    assert paged == whole and len(whole) == 7
    assert in_order == sorted(in_order)


def _ics_check_unavailable() -> str | None:
    script = SHARED / "tools" / "ics_check" / "check_ics.sh"
    if not script.is_file():
        return f"{script} not present (a clone without ../shared)"
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


def check_with_consumers(path: Path, events: int) -> None:
    """Run ../shared/tools/ics_check on ``path``: skip locally, fail in CI, when missing."""
    reason = _ics_check_unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the iCalendar consumers: {reason}")
        pytest.skip(reason)
    script = SHARED / "tools" / "ics_check" / "check_ics.sh"
    check = subprocess.run(
        ["bash", str(script), str(path)], capture_output=True, text=True, timeout=900
    )
    if check.returncode == 2 and "install failed" in check.stderr and not os.environ.get("CI"):
        pytest.skip(f"package registries unreachable: {check.stderr.strip().splitlines()[-1]}")
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"PASS: all 8 consumers accept the file and agree on {events} event(s)" in check.stdout


@pytest.mark.sqlite_only  # one run is enough: ~5 s per file
def test_export_passes_real_calendar_consumers(seeded: Any, tmp_path: Path) -> None:
    """The seed, plus timed events in a zone, all-day spans and a trip link."""
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    output = tmp_path / "seeds-and-schedule.ics"
    result = seeded("export", "-o", str(output))
    assert result.exit_code == 0, result.output
    check_with_consumers(output, events=7)


class Radicale:
    """A Radicale CalDAV server on 127.0.0.1 (temporary storage, no auth), in
    its own process group so that only it is stopped."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()

    def __enter__(self) -> str:
        command = [
            sys.executable, "-m", "radicale", "-C", "/dev/null",
            "--server-hosts", f"127.0.0.1:{self.port}", "--auth-type", "none",
            "--storage-filesystem-folder", str(self.folder / "storage"),
            "--logging-level", "warning",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return f"http://127.0.0.1:{self.port}/"
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("radicale did not start") from None
                time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(10)


def _resources(data: bytes) -> Iterator[tuple[str, str]]:
    """One CalDAV resource per event (RFC 4791 4.1): the VTIMEZONEs plus one VEVENT."""
    calendar = Calendar.from_ical(data)
    zones = calendar.walk("VTIMEZONE")
    for event in calendar.walk("VEVENT"):
        single = Calendar()
        for key, value in calendar.property_items(recursive=False):
            if key not in ("BEGIN", "END"):
                single.add(key, value)
        for component in [*zones, event]:
            single.add_component(component)
        yield str(event["uid"]), single.to_ical().decode("utf-8")


@pytest.mark.sqlite_only
def test_refined_event_shows_new_date_and_sequence_in_caldav(
    seeded: Any, db_path: Path, tmp_path: Path
) -> None:
    import caldav

    trip_uid = next(e["uid"] for e in seeded.json("events") if e["kind"] == "visit")
    with Radicale(tmp_path) as url, caldav.DAVClient(url=url, username="qa", password="qa") as dav:
        calendar = dav.principal().make_calendar(name="schedule", cal_id="schedule")

        def publish() -> None:
            for uid, body in _resources(_export(db_path)):
                href = str(
                    calendar.url.join(quote(hashlib.sha1(uid.encode()).hexdigest()) + ".ics")
                )
                response = dav.put(href, body, {"Content-Type": "text/calendar; charset=utf-8"})
                assert response.status in (201, 204), (uid, response.status)

        def trip() -> Any:
            return calendar.event_by_uid(trip_uid).icalendar_component

        publish()
        assert trip().decoded("dtstart") == date(2025, 3, 3) and trip()["sequence"] == 0
        assert len(calendar.events()) == 5

        refinement = tmp_path / "refinement.ics"
        refinement.write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{trip_uid}\r\nDTSTAMP:20250304T080000Z\r\nSEQUENCE:1\r\n"
            "DTSTART;VALUE=DATE:20250304\r\nDTEND;VALUE=DATE:20250306\r\n"
            "SUMMARY:Healey trip to Washington\r\nCATEGORIES:VISIT\r\nLOCATION:Washington\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
            encoding="utf-8",
        )
        imported = seeded("import", str(refinement))
        assert imported.exit_code == 0 and "0 new event(s), 1 refined" in imported.stdout
        publish()
        refined = trip()
        assert refined.decoded("dtstart") == date(2025, 3, 4)
        assert refined.decoded("dtend") == date(2025, 3, 6)
        assert refined["sequence"] == 1
        assert str(refined["summary"]) == "Healey trip to Washington"  # day-precise now
        assert len(calendar.events()) == 5  # the same resource, replaced


def test_a_much_reported_event_quotes_its_first_and_latest_reports(db_path: Path) -> None:
    """A meeting eight outlets reported: the description quotes where it came
    from and the four latest reports, and says how many more `show` lists,
    rather than eight (or eight hundred) quotations in every calendar."""
    with open_database(db_path) as db:
        for number in range(8):
            article = article_from_text(
                f"Foreign Minister Penny Wong will meet Takeshi Iwaya in Tokyo on Thursday,"
                f" outlet {number} reported.",
                source=f"wire/{number}.txt",
                published=f"2025-03-03T0{number}:00:00+00:00",
            )
            ingest_article(db, article)
        (stored,) = list(iter_events(db, EventFilter(), load=Load.FEED))
    (event,) = Calendar.from_ical(_export(db_path)).walk("VEVENT")
    description = str(event["description"])
    quoted = [n for n in range(8) if f"outlet {n} reported" in description]
    assert quoted == [0, 4, 5, 6, 7]
    assert f"… and 3 more reports (schedule show {stored.uid})" in description
    assert vevent_ical(stored) == vevent(stored).to_ical()
