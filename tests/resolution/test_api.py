"""The public contract of schedule.resolution: shapes, offsets, TimeML output, laziness."""

from __future__ import annotations

import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schedule.resolution import Direction, Granularity, TimexType, tag
from schedule.resolution.lexicon import alternation, load
from schedule.resolution.tense import clause_direction
from schedule.resolution.timeml import to_timeml, to_timeml_document

ROOT = Path(__file__).resolve().parents[2]
R = date(2025, 3, 5)
TEXT = (
    "The minister said on Tuesday that talks would resume on Friday at 9:30 a.m. "
    "Negotiators met for three days last week & again in early March 2024; "
    "a deal is expected soon, and reviews happen every Monday <as agreed>."
)


def test_results_are_sorted_non_overlapping_and_slice_exact() -> None:
    found = tag(TEXT, R)
    assert len(found) >= 7
    assert [t.start for t in found] == sorted(t.start for t in found)
    for a, b in pairwise(found):
        assert a.end <= b.start
    for t in found:
        assert TEXT[t.start : t.end] == t.text


def test_each_result_carries_type_value_interval_direction_and_rule() -> None:
    by_text = {t.text: t for t in tag(TEXT, R)}
    friday = by_text["Friday"]
    assert (friday.type, friday.value, friday.direction) == (
        TimexType.DATE,
        "2025-03-07",
        Direction.FUTURE,
    )
    assert friday.cue == "would" and friday.rule == "weekday"
    assert friday.interval is not None and friday.granularity is Granularity.DAY
    assert (friday.interval.start, friday.interval.end) == (date(2025, 3, 7), date(2025, 3, 8))
    assert by_text["three days"].type is TimexType.DURATION
    assert by_text["three days"].interval is None
    assert by_text["every Monday"].type is TimexType.SET
    assert by_text["early March 2024"].mod == "START"


def test_time_values_have_aware_intervals() -> None:
    ref = datetime(2025, 3, 5, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    t = next(
        t for t in tag("The vote opens at 9:30 a.m. today.", ref) if t.text == "9:30 a.m. today"
    )
    assert t.type is TimexType.TIME and t.value == "2025-03-05T09:30"
    assert t.interval is not None
    assert isinstance(t.interval.start, datetime) and t.interval.start.tzinfo is not None
    assert t.interval.start.utcoffset() == ref.utcoffset()


def test_reference_datetime_anchors_in_its_own_zone() -> None:
    # 23:30 on 5 March in New York is already 6 March in UTC: "today" is still the 5th
    ref = datetime(2025, 3, 5, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert [t.value for t in tag("He resigned today.", ref)] == ["2025-03-05"]


def test_as_dict_is_the_scorer_shape() -> None:
    d = tag("Talks will resume on Friday.", R)[0].as_dict()
    assert {k: d[k] for k in ("start", "end", "text", "type", "value")} == {
        "start": 21,
        "end": 27,
        "text": "Friday",
        "type": "DATE",
        "value": "2025-03-07",
    }
    assert d["interval"] == {"start": "2025-03-07", "end": "2025-03-08", "granularity": "day"}


def test_empty_and_timeless_text() -> None:
    assert tag("", R) == []
    assert tag("The committee discussed the proposal in detail.", R) == []


def test_to_timeml_is_well_formed_and_escaped() -> None:
    found = tag(TEXT, R)
    xml = to_timeml(TEXT, found)
    root = ET.fromstring(f"<TEXT>{xml}</TEXT>")
    timexes = root.findall("TIMEX3")
    assert [x.text for x in timexes] == [t.text for t in found]
    assert [x.get("tid") for x in timexes] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [x.get("value") for x in timexes] == [t.value for t in found]
    assert "&amp;" in xml and "&lt;as agreed&gt;" in xml
    assert "".join(root.itertext()) == TEXT
    early = next(x for x in timexes if x.text == "early March 2024")
    assert early.get("mod") == "START" and early.get("type") == "DATE"


def test_to_timeml_document_has_dct_and_text() -> None:
    doc = to_timeml_document(
        "seed-1", "2025-03-05", "Talks resume on Friday.", tag("Talks resume on Friday.", R)
    )
    root = ET.fromstring(doc)
    assert root.findtext("DOCID") == "seed-1"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME"
    text = root.find("TEXT")
    assert text is not None and text.find("TIMEX3") is not None


def test_to_timeml_rejects_overlaps() -> None:
    found = tag("Talks resume on Friday.", R)
    with pytest.raises(ValueError):
        to_timeml("Talks resume on Friday.", found + found)


def test_import_is_cheap_and_lazy() -> None:
    """dateparser and holidays load only when a text needs them (issue 3: import <= 0.3 s)."""
    code = (
        "import sys, types, time\n"
        "pkg = types.ModuleType('schedule'); pkg.__path__ = ['schedule']\n"
        "sys.modules['schedule'] = pkg\n"
        "t = time.perf_counter(); import schedule.resolution; dt = time.perf_counter() - t\n"
        "print(dt, 'dateparser' in sys.modules, 'holidays' in sys.modules)\n"
    )
    out = subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True).split()
    assert out[1:] == ["False", "False"]
    assert float(out[0]) < 1.0  # generous: CI machines are slower than the 0.3 s target


def test_lexicon_comes_from_data() -> None:
    lex = load("en")
    assert lex.months["sept."] == 9 and lex.weekdays["thursday"] == 4
    assert "is due to" in lex.cues["future"]
    rx = __import__("re").compile(f"(?:{alternation(['may', 'may day', 'march'])})$")
    assert rx.match("may day") and rx.match("may") and rx.match("march")


def test_tagging_time_grows_linearly() -> None:
    unit = TEXT + " " + "Officials met on 3 March 2025 and will meet again next week. " * 20

    def best(text: str) -> float:
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            tag(text, R)
            runs.append(time.perf_counter() - t0)
        return min(runs)

    small, large = best(unit * 5), best(unit * 50)
    assert large < 30 * small  # 10x the text, well under 30x the time


# --- clause_direction: what the event extractor reuses
CLAUSES: list[tuple[str, str, Direction, str | None]] = [
    (
        "Mr Healey is due to hold a meeting with Pete Hegseth on Thursday.",
        "Thursday",
        Direction.FUTURE,
        "is due to",
    ),
    ("Sir Keir Starmer said on Sunday that the UK would lead.", "Sunday", Direction.PAST, "said"),
    (
        "On Wednesday Mr Healey is expected to attend a reception.",
        "Wednesday",
        Direction.FUTURE,
        "is expected to",
    ),
    ("He said on Sunday that they would meet on Friday.", "Friday", Direction.FUTURE, "would"),
    ("He said on Sunday that they would meet on Friday.", "Sunday", Direction.PAST, "said"),
    ("The president is meeting Macron on Thursday.", "Thursday", Direction.FUTURE, "is meeting"),
    ("The bill had passed on Monday.", "Monday", Direction.PAST, "passed"),
    ("The talks plans to resume on Monday.", "Monday", Direction.FUTURE, "plans to"),
    ("Ahead of Friday's vote, leaders met.", "Friday", Direction.FUTURE, "Ahead of"),
    ("The king is to visit Canada in May.", "May", Direction.FUTURE, "is to"),
    ("The rebels withdrew two weeks ago.", "two weeks ago", Direction.PAST, "withdrew"),
    ("The envoy will travel to Kyiv this week.", "this week", Direction.FUTURE, "will"),
    ("The deal broke down last week.", "last week", Direction.PAST, "broke"),
    ("Fighting has continued since Saturday.", "Saturday", Direction.PAST, "since"),
    ("The results must be returned by Friday.", "Friday", Direction.FUTURE, "must"),
    ("Mr Healey is due to hold talks.", "is due to hold talks", Direction.FUTURE, "is due to"),
    ("Two weeks ago.", "Two weeks ago", Direction.PAST, "ago"),
    ("Blossom comes in the spring.", "spring", Direction.NONE, None),
]


@pytest.mark.parametrize(
    ("sentence", "phrase", "direction", "cue"), CLAUSES, ids=[c[0][:40] for c in CLAUSES]
)
def test_clause_direction(
    sentence: str, phrase: str, direction: Direction, cue: str | None
) -> None:
    at = sentence.index(phrase)
    assert clause_direction(sentence, at, at + len(phrase)) == (direction, cue)


def test_every_detection_rule_has_a_handler() -> None:
    from schedule.resolution.detect import rules
    from schedule.resolution.normalize import _HANDLERS

    assert {name for name, _ in rules()} == set(_HANDLERS)


def test_anchor_windows_find_what_a_full_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules run only near anchor words; that must not lose any match."""
    from schedule.resolution import detect

    text = TEXT + (
        " Sales rose from a year ago; the year-ago quarter was weak. From now on, the fourth"
        " quarter of 2023 counts. May Day fell on a Thursday, the day before yesterday."
        " The 20th century ended; two decades-long feuds ended 10 days later at 0730 GMT."
    )
    windowed = [(t.start, t.end, t.value) for t in tag(text, R)]
    monkeypatch.setattr(detect, "_windows", lambda spans, low: [(0, len(low))])
    assert [(t.start, t.end, t.value) for t in tag(text, R)] == windowed
