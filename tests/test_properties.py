"""Hostile input, property-based (hypothesis): any Unicode text with any
reference date from year 1 to 9999 goes through the resolver, the extractor
and the ingest without an unhandled exception, and every offset they report
points into the text at exactly the text they report.
"""

from __future__ import annotations

import importlib.util
import time
from datetime import UTC, date, datetime
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from schedule.articles import Article
from schedule.errors import ScheduleError
from schedule.extraction import extract_events
from schedule.ingest import ingest_article
from schedule.models import Source
from schedule.resolution import tag
from schedule.storage import Database

from support import REPO

pytestmark = pytest.mark.both_engines

# Modest, so the suite stays fast; no deadline (the machine is shared); no
# example database left in the work tree.
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, database=None)

#: Words the resolver and the extractor react to, so that random texts reach
#: their deeper rules and not only the "nothing found" path.
_WORDS = (
    "on next last this week month year Monday Thursday Sunday January March June December "
    "24 25 1st 2025 1999 0001 9999 will meet said expected visit summit talks held President "
    "in Paris Washington at 10am 14:30 GMT BST tomorrow yesterday ago days weekend Q3 spring "
    "2025-03-06 06/03/2025 mid- early late the of and , . – - / : ( ) “ ” ß İ ٣ \u200b"
)
_NEWSY = [*_WORDS.split(), "is due to", "Prime Minister", "Emmanuel Macron", "Mr Healey", "\n"]

texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(_NEWSY), st.text(max_size=3)), max_size=40).map(" ".join),
)

_ZONES = [UTC, ZoneInfo("Europe/London"), ZoneInfo("Pacific/Kiritimati"), ZoneInfo("America/Adak")]

#: Reference (publication) dates and date-times from year 1 to year 9999.
references = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(_ZONES),
    ),
)


def _check_offsets(text: str, reference: date | datetime, narrative: bool) -> None:
    for timex in tag(text, reference, narrative=narrative):
        assert 0 <= timex.start <= timex.end <= len(text), timex
        assert text[timex.start : timex.end] == timex.text, timex


@PROPERTY_SETTINGS
@given(text=texts, reference=references)
@example(text="on Thursday", reference=date(1, 1, 1))
@example(text="next week", reference=date(9999, 12, 31))
@example(text="last year, next year, 10000", reference=date(9999, 12, 31))
@example(text="in December", reference=date(9999, 12, 31))
@example(text="Sunday before last", reference=date(1, 1, 1))
def test_resolver_never_raises_and_offsets_are_exact(text: str, reference: date) -> None:
    _check_offsets(text, reference, narrative=False)


# A crash hypothesis found once: the "2 1/2" number rule divided by zero.
@pytest.mark.parametrize("text", ["1 0/0 days", "0 0/0 DAY"])
def test_resolver_survives_a_zero_denominator(text: str) -> None:
    _check_offsets(text, date(2000, 1, 1), narrative=False)


@PROPERTY_SETTINGS
@given(text=texts, reference=references)
def test_narrative_resolver_never_raises_and_offsets_are_exact(text: str, reference: date) -> None:
    _check_offsets(text, reference, narrative=True)


@PROPERTY_SETTINGS
@given(text=texts, reference=references)
@example(text="Macron will meet Scholz in Paris on Friday.", reference=date(9999, 12, 31))
@example(text="Macron will meet Scholz in Paris next week.", reference=date(1, 1, 1))
def test_extractor_never_raises_and_sentences_are_in_the_text(
    text: str, reference: date | datetime
) -> None:
    for event in extract_events(text, reference):
        assert 0 <= event.sentence_start <= len(text), event
        assert event.sentence in text, event
        assert event.phrase in text, event


@settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=texts, reference=references)
@example(text="Macron will meet Scholz in Paris on Friday.", reference=date(9999, 12, 31))
@example(text="nul\x00byte on Monday", reference=date(2025, 3, 3))
def test_ingest_stores_any_text_or_refuses_it_cleanly(
    db: Database, text: str, reference: date | datetime
) -> None:
    """Stored exactly as given, or refused with a library error (the CLI's
    one-line ``error:``), never an unhandled exception."""
    article = Article(source="hostile.txt", text=text, published=reference)
    try:
        result = ingest_article(db, article)
    except ScheduleError as exc:
        assert "hostile.txt" in str(exc)
        return
    assert result.status in ("stored", "unchanged")
    with db.session() as session:
        stored = session.query(Source).filter_by(content_hash=article.content_hash).one()
        assert stored.text == text


# ----------------------------------------------------------------------------- linear time


def _bench() -> ModuleType:
    """bench/adversarial.py: the same adversarial patterns the benchmark times."""
    spec = importlib.util.spec_from_file_location("adversarial", REPO / "bench" / "adversarial.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ADVERSARIAL = _bench()


def _stage_cases() -> list[Any]:
    small = {"tag": 32 * 1024, "extract": 8 * 1024}
    return [
        pytest.param(pattern, stage, small.get(stage, 8 * 1024), id=f"{stage}-{pattern}")
        for pattern in ADVERSARIAL.PATTERNS
        for stage in ADVERSARIAL.STAGES
    ]


@pytest.mark.sqlite_only  # no database involved
@pytest.mark.parametrize(("pattern", "stage", "small"), _stage_cases())
def test_adversarial_text_takes_linear_time(pattern: str, stage: str, small: int) -> None:
    """Four times the text takes about four times as long, never sixteen
    (quadratic). Generous: up to 8x, or anything under 0.5 s, passes."""
    # Best of three: the machine is shared, a single run can be slowed down.
    runs = [ADVERSARIAL.measure(pattern, stage, [small, 4 * small]) for _ in range(3)]
    fast = min(run[0][1] for run in runs)
    slow = min(run[1][1] for run in runs)
    assert slow < 0.5 or slow < 8 * max(fast, 0.01), (pattern, stage, runs)


@pytest.mark.sqlite_only
def test_a_megabyte_of_digits_is_processed_quickly() -> None:
    text = ADVERSARIAL.PATTERNS["digits"](1024 * 1024)
    began = time.perf_counter()
    assert tag(text, date(2025, 3, 3)) is not None
    assert extract_events(text, date(2025, 3, 3)) is not None
    assert time.perf_counter() - began < 20  # measured: about 0.8 s for both
