"""Calendar arithmetic (anchor.py): ISO weeks, quarters, seasons, year choice."""

from __future__ import annotations

from datetime import date

import pytest

from schedule.resolution import anchor as cal


@pytest.mark.parametrize(
    ("d", "unit", "offset", "value", "start", "end"),
    [
        (date(2025, 3, 5), "week", 0, "2025-W10", date(2025, 3, 3), date(2025, 3, 10)),
        (date(2025, 1, 1), "week", -1, "2024-W52", date(2024, 12, 23), date(2024, 12, 30)),
        (date(2021, 1, 3), "week", 0, "2020-W53", date(2020, 12, 28), date(2021, 1, 4)),
        (date(2025, 3, 5), "weekend", 0, "2025-W10-WE", date(2025, 3, 8), date(2025, 3, 10)),
        (date(2025, 1, 31), "month", 1, "2025-02", date(2025, 2, 1), date(2025, 3, 1)),
        (date(2025, 1, 15), "month", -1, "2024-12", date(2024, 12, 1), date(2025, 1, 1)),
        (date(2025, 2, 10), "quarter", -1, "2024-Q4", date(2024, 10, 1), date(2025, 1, 1)),
        (date(2025, 11, 10), "quarter", 1, "2026-Q1", date(2026, 1, 1), date(2026, 4, 1)),
        (date(2025, 8, 1), "half", 0, "2025-H2", date(2025, 7, 1), date(2026, 1, 1)),
        (date(2025, 1, 20), "season", 0, "2024-WI", date(2024, 12, 1), date(2025, 3, 1)),
        (date(2025, 3, 5), "season", -1, "2024-WI", date(2024, 12, 1), date(2025, 3, 1)),
        (date(2025, 3, 5), "season", 1, "2025-SU", date(2025, 6, 1), date(2025, 9, 1)),
        (date(2025, 3, 5), "year", 1, "2026", date(2026, 1, 1), date(2027, 1, 1)),
        (date(2025, 3, 5), "decade", -1, "201", date(2010, 1, 1), date(2020, 1, 1)),
        (date(2025, 3, 5), "century", 0, "20", date(2000, 1, 1), date(2100, 1, 1)),
    ],
)
def test_shift(d: date, unit: str, offset: int, value: str, start: date, end: date) -> None:
    v, interval = cal.shift(d, unit, offset)
    assert (v, interval.start, interval.end) == (value, start, end)


@pytest.mark.parametrize(
    ("anchor", "wd", "direction", "expected"),
    [
        (date(2025, 3, 5), 4, 1, date(2025, 3, 6)),
        (date(2025, 3, 5), 4, -1, date(2025, 2, 27)),
        (date(2025, 3, 5), 3, -1, date(2025, 3, 5)),  # the publication weekday is that day
        (date(2025, 3, 5), 1, 0, date(2025, 3, 3)),
        (date(2025, 3, 9), 1, 1, date(2025, 3, 10)),
    ],
)
def test_weekday_from(anchor: date, wd: int, direction: int, expected: date) -> None:
    assert cal.weekday_from(anchor, wd, direction) == expected


@pytest.mark.parametrize(
    ("anchor", "mon", "dom", "direction", "window", "year"),
    [
        (date(2025, 3, 5), 12, 12, 0, None, 2024),  # nearest
        (date(2025, 3, 5), 12, 12, 1, 0, 2025),  # tense overrules
        (date(2025, 3, 5), 5, 5, 0, None, 2025),
        (date(2025, 12, 20), 1, 3, -1, 0, 2025),
        (date(2025, 12, 20), 1, 3, -1, None, 2026),  # a distant cue may not overrule
        (date(2025, 3, 5), 2, 29, 0, None, 2024),  # only leap years have it
        (date(2025, 3, 5), 11, None, 1, None, 2025),
        (date(2025, 3, 5), 11, None, -1, None, 2024),
    ],
)
def test_year_for(
    anchor: date, mon: int, dom: int | None, direction: int, window: int | None, year: int
) -> None:
    assert cal.year_for(anchor, mon, dom, direction, window) == year


def test_named_month_and_season_years() -> None:
    ref = date(2025, 3, 5)
    assert cal.named_month_year(ref, 3, -1) == 2024
    assert cal.named_month_year(ref, 3, 1) == 2026
    assert cal.named_month_year(ref, 6, 0) == 2025
    assert cal.named_season_year(ref, "SU", -1) == 2024
    assert cal.named_season_year(ref, "WI", 1) == 2025
    assert cal.named_season_year(date(2025, 1, 10), "WI", 0) == 2024


def test_centuries_and_decades_follow_news_usage() -> None:
    assert cal.century(20)[0] == "19"
    assert cal.decade(1995)[0] == "199"


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),
        (1818, date(1818, 3, 22)),
    ],
)
def test_easter(year: int, expected: date) -> None:
    assert cal.easter(year) == expected
