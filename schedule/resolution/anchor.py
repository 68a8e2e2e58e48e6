"""Calendar arithmetic: ISO weeks, quarters, halves, seasons, decades.

Every function maps an anchor date and an offset to a TIMEX3 ``value`` string
and the half-open interval it denotes. TimeML value formats (guidelines 2.2):
``2025-03-06``, ``2025-W10``, ``2025-W10-WE``, ``2025-03``, ``2025-Q1``,
``2025-H1``, ``2025-SU``, ``2025``, ``202`` (decade), ``20`` (century).
"""

from __future__ import annotations

from datetime import date, timedelta

from schedule.resolution.types import Granularity, Interval

# Meteorological seasons (northern hemisphere): the TimeML guidelines leave the
# boundaries open; news calendars use these.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # winter y runs December y to February y+1

UNIT_GRANULARITY = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "weekend": Granularity.WEEK,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "half": Granularity.QUARTER,
    "season": Granularity.SEASON,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, clamped to the month's last day."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, days_in_month(y, m)))


def days_in_month(year: int, month: int) -> int:
    """Length of a month (28-31)."""
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist (31 April)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day(d: date) -> tuple[str, Interval]:
    """One day: its TIMEX3 value and interval."""
    return d.isoformat(), Interval(d, d + timedelta(days=1), Granularity.DAY)


def week(d: date, weekend: bool = False) -> tuple[str, Interval]:
    """The ISO week holding ``d`` (TimeML ``YYYY-Www``; ``-WE`` for its weekend)."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso.weekday - 1)
    value = f"{iso.year}-W{iso.week:02d}"
    if weekend:
        sat = monday + timedelta(days=5)
        return value + "-WE", Interval(sat, sat + timedelta(days=2), Granularity.WEEK)
    return value, Interval(monday, monday + timedelta(days=7), Granularity.WEEK)


def month(year: int, mon: int) -> tuple[str, Interval]:
    """One calendar month (``YYYY-MM``)."""
    start = date(year, mon, 1)
    return f"{year:04d}-{mon:02d}", Interval(start, add_months(start, 1), Granularity.MONTH)


def quarter(year: int, q: int) -> tuple[str, Interval]:
    """One calendar quarter (``YYYY-Qn``)."""
    start = date(year, 3 * (q - 1) + 1, 1)
    return f"{year:04d}-Q{q}", Interval(start, add_months(start, 3), Granularity.QUARTER)


def half(year: int, h: int) -> tuple[str, Interval]:
    """One half year (``YYYY-Hn``)."""
    start = date(year, 6 * (h - 1) + 1, 1)
    return f"{year:04d}-H{h}", Interval(start, add_months(start, 6), Granularity.QUARTER)


def season(year: int, code: str) -> tuple[str, Interval]:
    """Season ``code`` of ``year``; winter starts in December of that year."""
    start = date(year, SEASON_START[code], 1)
    return f"{year:04d}-{code}", Interval(start, add_months(start, 3), Granularity.SEASON)


def year(y: int) -> tuple[str, Interval]:
    """One calendar year (``YYYY``)."""
    return f"{y:04d}", Interval(date(y, 1, 1), date(y + 1, 1, 1), Granularity.YEAR)


def decade(first_year: int) -> tuple[str, Interval]:
    """The decade starting ``first_year`` (1990 → value ``199``)."""
    d0 = first_year - first_year % 10
    return f"{d0 // 10:03d}", Interval(date(d0, 1, 1), date(d0 + 10, 1, 1), Granularity.DECADE)


def century(number: int) -> tuple[str, Interval]:
    """The n-th century (20th → ``19``, 1900–1999, the usage of news text)."""
    c0 = (number - 1) * 100
    return (
        f"{number - 1:02d}",
        Interval(date(max(c0, 1), 1, 1), date(c0 + 100, 1, 1), Granularity.CENTURY),
    )


def season_of(d: date) -> tuple[int, str]:
    """(year, code) of the season holding ``d`` (January is the previous year's winter)."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, {3: "SP", 6: "SU", 9: "FA"}[3 * ((d.month) // 3)]


def shift(anchor: date, unit: str, n: int) -> tuple[str, Interval]:
    """The ``unit`` holding ``anchor``, moved ``n`` units (``last week`` is n=-1)."""
    if unit == "day":
        return day(anchor + timedelta(days=n))
    if unit in ("week", "weekend"):
        return week(anchor + timedelta(weeks=n), weekend=unit == "weekend")
    if unit == "month":
        d = add_months(anchor, n)
        return month(d.year, d.month)
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + n
        return quarter(anchor.year + q // 4, q % 4 + 1)
    if unit == "half":
        h = (anchor.month - 1) // 6 + n
        return half(anchor.year + h // 2, h % 2 + 1)
    if unit == "season":
        y, code = season_of(anchor)
        y2, k = divmod(4 * y + SEASON_ORDER.index(code) + n, 4)
        return season(y2, SEASON_ORDER[k])
    if unit == "year":
        return year(anchor.year + n)
    if unit == "decade":
        return decade(anchor.year + 10 * n)
    if unit == "century":
        return century(anchor.year // 100 + 1 + n)
    raise ValueError(f"unknown unit {unit!r}")


def easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month_, day_ + 1)


def named_month_year(anchor: date, mon: int, offset: int) -> int:
    """Year of "last March" (-1), "this June" (0), "next January" (+1) seen from ``anchor``.

    "last" is the latest such month strictly before the anchor's month, "next"
    the first strictly after it: "last March" said in March is a year ago.
    """
    if offset < 0:
        return anchor.year if mon < anchor.month else anchor.year - 1
    if offset > 0:
        return anchor.year if mon > anchor.month else anchor.year + 1
    return anchor.year


def named_season_year(anchor: date, code: str, offset: int) -> int:
    """Year of "last summer", "this winter", "next spring" (seasons as in :func:`season`)."""
    y, current = season_of(anchor)
    idx = 4 * y + SEASON_ORDER.index(current)
    target = SEASON_ORDER.index(code)
    if offset == 0:
        return anchor.year if code != "WI" or anchor.month == 12 else anchor.year - 1
    if offset < 0:  # the latest such season before the current one
        return ((idx - 1) - ((idx - 1 - target) % 4)) // 4
    return ((idx + 1) + ((target - idx - 1) % 4)) // 4


def weekday_from(anchor: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (ISO 1-7) nearest ``anchor``: -1 before, +1 after, 0 same week.

    A weekday equal to the anchor's is the anchor itself (issue 3: "a weekday
    equal to the publication day is that day").
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    if direction < 0:
        return anchor + timedelta(days=delta if delta < 0 else delta - 7)
    if direction > 0:
        return anchor + timedelta(days=delta if delta > 0 else delta + 7)
    return anchor + timedelta(days=delta)


def story_step_year(
    anchor: date, mon: int, dom: int, *, back: bool = False, around: int | None = None
) -> int | None:
    """The year (of the three ``around`` the anchor's) that puts day ``dom`` of ``mon``
    nearest ``anchor``, a story's step forward counting half ("In February 1917 ... in
    October" is 1917, "came on 29 February 1924 ... on 15 September" 1924's); ``back``
    (a pluperfect) only looks back; None when no such day fits."""
    centre = anchor.year if around is None else around
    best: tuple[float, int] | None = None
    for y in (centre - 1, centre, centre + 1):
        d = safe_date(y, mon, dom)
        if d is None:
            continue
        days = (d - anchor).days
        if back and days > 0:
            continue
        cost = days / 2 if days > 0 else -days
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best is not None else None


def year_for(
    anchor: date, mon: int, dom: int | None, direction: int, window: int | None = None
) -> int:
    """Year of a year-less month (and day) seen from ``anchor``.

    Decided by day and by tense, not just month: the nearest occurrence wins
    unless the clause's tense points the other way and that occurrence is more
    than a season off ("crashed on Nov. 3" written in January is last year's,
    "due on 7 December" under a distant past-tense verb written in October is this year's).
    """
    cands: list[tuple[int, int]] = []  # (signed distance in days, year)
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if dom is not None:
            d = safe_date(y, mon, dom)
            if d is None:
                continue
        else:
            d = date(y, mon, 15)  # a month counts from its middle
        cands.append(((d - anchor).days, y))
    if not cands:
        return anchor.year
    cands.sort(key=lambda c: (abs(c[0]), -c[0] if direction < 0 else c[0]))
    dist, best = cands[0]
    limit = _TENSE_WINDOW if window is None else window
    if direction and dist * direction < 0 and abs(dist) > limit:
        same_side = [c for c in cands if c[0] * direction >= 0]
        if same_side:
            return min(same_side, key=lambda c: abs(c[0]))[1]
    return best


# How far off the nearest reading must be before a distant tense cue may overrule
# it (days); a cue right next to the date ("docked on 3 January") always may.
_TENSE_WINDOW = 90
