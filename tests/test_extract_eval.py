"""The extraction scorer (bench/extract_eval.py) on small hand-made cases.

These check the measuring instrument, not the extractor: predictions are
written by hand in the shape ``event_as_dict`` returns.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from schedule import event_as_dict, ingest_article, iter_events, open_database, read_article
from schedule.queries import EventFilter

from support import REPO, SEED_ARTICLE

SCRIPT = REPO / "bench" / "extract_eval.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


ev = _load()

MEETING = {
    "kind": "meeting", "status": "scheduled", "start": "2025-03-06", "end": "2025-03-07",
    "precision": "day", "participants": ["John Healey", "Pete Hegseth"],
    "place": "Washington", "venue": "Pentagon", "trip": "visit:Washington", "phrase": "on Thursday",
}  # fmt: skip
VISIT = {
    "kind": "visit", "status": "scheduled", "start": "2025-03-03", "end": "2025-03-10",
    "precision": "week", "participants": ["John Healey"], "place": "Washington",
    "venue": None, "trip": None, "phrase": "this week",
}  # fmt: skip
STATEMENT = {
    "kind": "statement", "status": "reported", "start": "2025-03-02", "end": "2025-03-03",
    "precision": "day", "participants": ["Keir Starmer"], "place": None, "venue": None,
    "trip": None, "phrase": "on Sunday",
}  # fmt: skip


def expected(tmp_path: Path, *events: dict[str, Any]) -> list[Any]:
    path = tmp_path / "case.expected.json"
    path.write_text(json.dumps({"events": list(events)}), encoding="utf-8")
    return ev.load_expected(path)


def row(uid: str, event: dict[str, Any], trip_uid: str | None = None, **changes: Any) -> dict:
    """A prediction as ``event_as_dict`` shapes it (participants as objects,
    venue in ``location``, the trip as the UID of the trip event)."""
    data = {
        "uid": uid,
        "title": f"{event['kind']} {uid}",
        "kind": event["kind"],
        "status": event["status"],
        "start": event["start"],
        "end": event["end"],
        "precision": event["precision"],
        "location": event["venue"],
        "place": event["place"],
        "trip": trip_uid,
        "revision": 0,
        "participants": [{"name": n, "role": None} for n in event["participants"]],
        "sources": [{"source": "a.txt", "title": "A", "published": "2025-03-03"}],
    }
    data.update(changes)
    return data


def figures(exp: list[Any], rows: list[dict], series: bool = False) -> dict[str, Any]:
    tally = ev.Tally()
    ev.score_case(exp, ev.items_from_dicts(rows), tally, series=series)
    return tally.figures()


def test_perfect_prediction_scores_100(tmp_path: Path) -> None:
    exp = expected(tmp_path, VISIT, MEETING, STATEMENT)
    rows = [row("v", VISIT), row("m", MEETING, trip_uid="v"), row("s", STATEMENT)]
    f = figures(exp, rows)
    assert f["date_exact"] == 1.0
    assert f["participants_precision"] == f["participants_recall"] == f["participants_f1"] == 1.0
    assert f["location_accuracy"] == f["venue_accuracy"] == f["trip_accuracy"] == 1.0
    assert f["kind_accuracy"] == f["status_accuracy"] == 1.0
    assert f["duplicate_rate"] == 0.0
    assert (f["false_events"], f["missed_events"]) == (0, 0)


def test_missing_participant_lowers_recall_only(tmp_path: Path) -> None:
    exp = expected(tmp_path, VISIT, MEETING)
    rows = [row("v", VISIT), row("m", MEETING, participants=[{"name": "John Healey"}])]
    f = figures(exp, rows)
    assert f["participants_recall"] == pytest.approx(2 / 3)
    assert f["participants_precision"] == 1.0
    assert f["participants_f1"] == pytest.approx(0.8)
    assert f["mismatch_types"]["missing participant"] == 1


def test_duplicate_is_counted_not_a_false_event(tmp_path: Path) -> None:
    exp = expected(tmp_path, VISIT, MEETING)
    rows = [row("v", VISIT), row("m", MEETING), row("m2", MEETING)]
    f = figures(exp, rows)
    assert f["duplicate_rate"] == 0.5
    assert f["duplicate_events"] == 1
    assert f["false_events"] == 0
    assert f["participants_precision"] == 1.0  # a duplicate is not scored twice


def test_same_people_elsewhere_is_a_false_event_not_a_duplicate(tmp_path: Path) -> None:
    exp = expected(tmp_path, VISIT)
    elsewhere = row("v2", VISIT, place="Ottawa", start="2025-03-07", end="2025-03-08")
    f = figures(exp, [row("v", VISIT), elsewhere])
    assert (f["duplicate_events"], f["false_events"]) == (0, 1)


def test_wrong_day_is_counted_as_a_wrong_date(tmp_path: Path) -> None:
    alone = MEETING | {"trip": None}
    exp = expected(tmp_path, alone)
    f = figures(exp, [row("m", alone, start="2025-03-05", end="2025-03-06")])
    assert f["matched"] == 1
    assert f["date_exact"] == 0.0
    assert (f["missed_events"], f["false_events"]) == (0, 0)
    assert f["mismatch_types"] == {"wrong date": 1}


def test_week_for_a_day_is_a_precision_error(tmp_path: Path) -> None:
    exp = expected(tmp_path, MEETING)
    week = row("m", MEETING, start="2025-03-03", end="2025-03-10", precision="week")
    f = figures(exp, [week])
    assert f["date_exact"] == 0.0
    assert "precision day→week" in f["mismatch_types"]


def test_times_compare_as_instants(tmp_path: Path) -> None:
    timed = MEETING | {"start": "2025-06-09T11:00:00+01:00", "end": None, "precision": "time"}
    exp = expected(tmp_path, timed)
    same = row("m", timed, start="2025-06-09T10:00:00+00:00", end="2025-06-09T11:00:00+00:00")
    assert figures(exp, [same])["date_exact"] == 1.0
    hour_off = row("m", timed, start="2025-06-09T11:00:00+00:00", end="2025-06-09T12:00:00+00:00")
    assert figures(exp, [hour_off])["date_exact"] == 0.0


def test_false_event_and_missed_event(tmp_path: Path) -> None:
    exp = expected(tmp_path, MEETING)
    stray = row("x", STATEMENT | {"participants": ["Oval Office"]})
    f = figures(exp, [stray])
    assert (f["matched"], f["missed_events"], f["false_events"]) == (0, 1, 1)
    assert f["date_exact"] == 0.0
    assert f["location_accuracy"] == 0.0  # a missed event's place counts as wrong
    assert f["participants_precision"] == 0.0
    assert f["participants_recall"] == 0.0


def test_wrong_kind_and_status_are_counted_on_matched_events(tmp_path: Path) -> None:
    exp = expected(tmp_path, MEETING)
    f = figures(exp, [row("m", MEETING, kind="summit", status="expected")])
    assert f["matched"] == 1
    assert f["kind_accuracy"] == 0.0
    assert f["status_accuracy"] == 0.0
    assert f["date_exact"] == 1.0


def test_wrong_place_and_lost_trip_link(tmp_path: Path) -> None:
    exp = expected(tmp_path, VISIT, MEETING)
    rows = [row("v", VISIT), row("m", MEETING, place="Washington, D.C.", trip=None)]
    f = figures(exp, rows)
    assert f["location_accuracy"] == 1.0  # "Washington, D.C." is Washington
    assert f["trip_accuracy"] == 0.0
    f = figures(exp, [row("v", VISIT), row("m", MEETING, place="Arlington", trip="v")])
    assert f["location_accuracy"] == 0.5
    assert f["trip_accuracy"] == 1.0


def test_names_and_places_normalised() -> None:
    assert ev.normalise_name("Sir Keir Starmer") == ev.normalise_name("Keir Starmer")
    assert ev.normalise_name("J.D. Vance") == ev.normalise_name("JD Vance")
    assert ev.normalise_name("António Costa") == ev.normalise_name("Antonio Costa")
    assert ev.normalise_name("Keir") != ev.normalise_name("Keir Starmer")
    assert ev.normalise_place("Brasília") == ev.normalise_place("Brasilia")
    assert ev.normalise_place("the Pentagon") == ev.normalise_place("Pentagon")
    assert ev.normalise_place("Paris") != ev.normalise_place("Parish")


def test_series_state_revision_sources_disputed(tmp_path: Path) -> None:
    final = MEETING | {"revision_at_least": 2, "sources": 3, "disputed": False}
    exp = expected(tmp_path, final)
    three = [{"source": f"{n}.txt", "title": n, "published": "2025-03-0" + n} for n in "123"]
    good = row("m", MEETING, revision=2, sources=three, disputed=False)
    assert figures(exp, [good], series=True)["series_state_right"] == 1.0
    stale = row("m", MEETING, revision=1, sources=three[:2], disputed=False)
    f = figures(exp, [stale], series=True)
    assert f["series_state_right"] == 0.0
    assert f["mismatch_types"]["series state"] == 1


def test_disputed_alternative_date_is_accepted(tmp_path: Path) -> None:
    disputed = MEETING | {
        "alternatives": [{"start": "2025-03-05", "end": "2025-03-06"}],
        "disputed": True,
    }
    exp = expected(tmp_path, disputed)
    wednesday = row("m", MEETING, start="2025-03-05", end="2025-03-06", disputed=True)
    f = figures(exp, [wednesday], series=True)
    assert f["date_exact"] == 1.0
    friday = row("m", MEETING, start="2025-03-07", end="2025-03-08", disputed=True)
    assert figures(exp, [friday], series=True)["date_exact"] == 0.0


@pytest.mark.parametrize(
    "change, message",
    [
        ({"kind": "party"}, "kind"),
        ({"start": "2025-03-07", "end": "2025-03-06"}, "end must be after start"),
        ({"start": "2025-03-06T10:00:00", "end": None, "precision": "time"}, "UTC offset"),
        ({"start": "Thursday"}, "not an ISO date"),
        ({"participants": "John Healey"}, "participants"),
    ],
)
def test_bad_annotations_are_refused(tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(ev.AnnotationError, match=message):
        expected(tmp_path, MEETING | change)


def _article(path: Path, body: str = "Nothing is scheduled.") -> None:
    path.write_text(f"---\npublished: 2025-03-03\n---\n{body}\n", encoding="utf-8")


def test_discover_finds_articles_and_series_in_order(tmp_path: Path) -> None:
    _article(tmp_path / "one.txt")
    (tmp_path / "one.expected.json").write_text('{"events": []}', encoding="utf-8")
    series = tmp_path / "series" / "refined"
    series.mkdir(parents=True)
    for name in ("2-later.txt", "1-first.txt", "3-last.txt"):
        _article(series / name)
    (series / "expected.json").write_text('{"events": []}', encoding="utf-8")
    cases = ev.discover([tmp_path])
    assert [c.is_series for c in cases] == [True, False]
    assert [a.name for a in cases[0].articles] == ["1-first.txt", "2-later.txt", "3-last.txt"]
    (tmp_path / "orphan.expected.json").write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(ev.AnnotationError, match=r"no article orphan\.txt"):
        ev.discover([tmp_path])


def test_evaluate_reads_back_what_ingestion_stored(tmp_path: Path) -> None:
    """End to end on a real SQLite file: with no expected events every stored
    event is a false event, so the counts must equal what ingestion stores."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED_ARTICLE.read_bytes())
    (folder / "seed.expected.json").write_text('{"events": []}', encoding="utf-8")
    db = open_database(tmp_path / "direct.db")
    try:
        ingest_article(db, read_article(SEED_ARTICLE))
        stored = [event_as_dict(e) for e in iter_events(db, EventFilter())]
    finally:
        db.close()
    assert stored, "the seed article yields events"
    f = ev.evaluate([folder]).tally.figures()
    assert f["predicted_events"] == f["false_events"] == len(stored)
    assert f["expected_events"] == 0
    assert f["date_exact"] is None  # nothing to measure, not 0% or 100%


def test_command_line_json_and_annotation_error(tmp_path: Path) -> None:
    _article(tmp_path / "quiet.txt")
    (tmp_path / "quiet.expected.json").write_text('{"events": []}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["cases"] == 1
    assert {"date_exact", "participants_f1", "location_accuracy", "duplicate_rate"} <= set(out)
    (tmp_path / "quiet.expected.json").write_text('{"events": [{"kind": "x"}]}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and "kind" in done.stderr
