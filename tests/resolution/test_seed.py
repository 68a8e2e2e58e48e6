"""Milestone 1: the seed article resolves exactly as /work/shared/seeds/README.md says."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schedule.resolution import Direction, Granularity, TimexType, tag
from schedule.resolution.tense import clause_direction

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "healey-washington.txt"
LONDON = ZoneInfo("Europe/London")

# (phrase in the seed, timex text, type, value, direction, cue)
EXPECTED = [
    ("this week", "this week", "DATE", "2025-W10", None, None),
    ("on Thursday", "Thursday", "DATE", "2025-03-06", Direction.FUTURE, "is due to"),
    ("in recent weeks", "recent weeks", "DATE", "PAST_REF", Direction.PAST, None),
    ("on Sunday", "Sunday", "DATE", "2025-03-02", Direction.PAST, "said"),
    ("broke down last week", "last week", "DATE", "2025-W09", Direction.PAST, None),
    # the week up to now, not the calendar week before (not in the seed's ground truth)
    ("over the past week", "the past week", "DURATION", "P1W", None, None),
    ("over the coming days", "the coming days", "DATE", "FUTURE_REF", Direction.FUTURE, None),
    ("On Wednesday", "Wednesday", "DATE", "2025-03-05", Direction.FUTURE, "is expected to"),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"shared seed not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "reference",
    [date(2025, 3, 3), date(2025, 3, 4), datetime(2025, 3, 3, 9, 0, tzinfo=LONDON)],
    ids=["date-mon", "date-tue", "london-datetime"],
)
def test_seed_gives_exactly_the_expected_timexes(seed_text: str, reference: date) -> None:
    found = tag(seed_text, reference)
    got = [(t.text, str(t.type), t.value) for t in found]
    assert got == [(text, typ, value) for _, text, typ, value, _, _ in EXPECTED]
    for t, (phrase, *_rest) in zip(found, EXPECTED, strict=True):
        at = seed_text.index(phrase)
        assert at <= t.start and t.end <= at + len(phrase), phrase
        assert seed_text[t.start : t.end] == t.text


def test_seed_directions_and_cues(seed_text: str) -> None:
    found = tag(seed_text, date(2025, 3, 3))
    for t, (_, text, _, _, direction, cue) in zip(found, EXPECTED, strict=True):
        if direction is not None:
            assert t.direction is direction, text
        if cue is not None:
            assert t.cue == cue, text


def test_seed_intervals(seed_text: str) -> None:
    by_text = {t.text: t for t in tag(seed_text, date(2025, 3, 3))}
    week = by_text["this week"]
    assert week.interval is not None
    assert (week.interval.start, week.interval.end) == (date(2025, 3, 3), date(2025, 3, 10))
    assert week.granularity is Granularity.WEEK
    thursday = by_text["Thursday"]
    assert thursday.interval is not None
    assert (thursday.interval.start, thursday.interval.end) == (date(2025, 3, 6), date(2025, 3, 7))
    assert thursday.type is TimexType.DATE
    assert by_text["recent weeks"].interval is None


@pytest.mark.parametrize("phrase", ["250th anniversary", "US Marine Corps", "Aukus", "We will"])
def test_seed_non_temporal_phrases_are_not_tagged(seed_text: str, phrase: str) -> None:
    at = seed_text.index(phrase)
    found = tag(seed_text, date(2025, 3, 3))
    assert not [t for t in found if t.start < at + len(phrase) and at < t.end]


@pytest.mark.parametrize(
    ("phrase", "direction", "cue"),
    [
        ("Thursday", Direction.FUTURE, "is due to"),
        ("Sunday", Direction.PAST, "said"),
        ("Wednesday", Direction.FUTURE, "is expected to"),
        ("this week", Direction.FUTURE, "will"),
    ],
)
def test_clause_direction_on_seed_sentences(
    seed_text: str, phrase: str, direction: Direction, cue: str
) -> None:
    at = seed_text.index(phrase)
    assert clause_direction(seed_text, at, at + len(phrase)) == (direction, cue)
