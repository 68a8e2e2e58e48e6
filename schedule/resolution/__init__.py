"""Date resolution: find temporal expressions and resolve them (TIMEX3).

Pure functions only: text and a reference date-time in, typed values out. The
resolver never reads the clock, a file or the database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from schedule.resolution.detect import Candidate, candidates, with_modifier
from schedule.resolution.lexicon import load
from schedule.resolution.normalize import Context, resolve
from schedule.resolution.types import Direction, Granularity, Interval, Timex, TimexType

__all__ = ["Direction", "Granularity", "Interval", "Timex", "TimexType", "tag"]

# Which modifiers a rule may absorb (TimeML ``mod``): points in time take
# START/MID/END/APPROX ("early next week"); amounts take the quantity ones
# ("more than four hours", "almost two years ago").
_POINT_MODS = frozenset({"START", "MID", "END", "APPROX"})
_QUANTITY_MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
_POINT_RULES = frozenset(
    "date_mdy date_dmy month_year named_month month_rel_year season weekday dayword this_pod"
    " time year decade century quarter rel_quarter relative anaphor holiday year_end iso".split()
)
_QUANTITY_RULES = frozenset({"duration", "unit_range", "bare_units"})
_OPEN_ENDED = frozenset({"over", "within", "under"})  # "over the past week": not a modifier


def _reference(reference: date | datetime | None) -> tuple[date | None, datetime | None, tzinfo]:
    """Split the reference into its local date, its instant and its time zone."""
    if reference is None:
        return None, None, UTC
    if isinstance(reference, datetime):
        tz = reference.tzinfo or UTC
        aware = reference if reference.tzinfo else reference.replace(tzinfo=UTC)
        return aware.date(), aware, tz
    return reference, None, UTC


def _allowed_mod(cand: Candidate, mod_text: str, language: str) -> bool:
    mod = load(language).mods.get(mod_text.lower().rstrip("-"))
    if mod is None:
        return False
    low = mod_text.lower()
    if cand.rule == "weekday":
        return False  # TempEval-3 data: "Earlier [Friday]", "Late [Monday]"
    if cand.rule == "time":
        return False
    if cand.rule in _POINT_RULES:
        return mod in _POINT_MODS
    if cand.rule == "ago":
        return mod in _QUANTITY_MODS
    if cand.rule in _QUANTITY_RULES:
        if low in _OPEN_ENDED and cand.match.group(0).lower().startswith("the"):
            return False
        if mod == "APPROX" or low == "within":
            return False  # TempEval-3 data: "about [two weeks]", "within [14 days]"
        return mod in _QUANTITY_MODS and mod_text.lower() not in ("earlier", "later")
    return False


def tag(text: str, reference: date | datetime | None, *, narrative: bool = False) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text``.

    ``reference`` is the publication date or aware date-time (news mode). With
    ``None`` or ``narrative=True`` expressions anchor to the last mentioned date
    instead, as TimeML annotators do for stories.
    """
    ref_date, ref_time, tz = _reference(reference)
    ctx = Context(text, ref_date, ref_time, tz, narrative or ref_date is None)
    out: list[Timex] = []
    floor = 0
    for cand in candidates(text, ctx.language):
        ext = with_modifier(text, cand, floor, ctx.language)
        if ext.mod_text is not None and _allowed_mod(cand, ext.mod_text, ctx.language):
            cand = ext
        tx = resolve(cand, ctx)
        if tx is None:
            continue
        out.append(tx)
        floor = tx.end
        if tx.interval is not None and tx.type in (TimexType.DATE, TimexType.TIME):
            ctx.last = tx
            if tx.granularity in (Granularity.DAY, Granularity.TIME):
                start = tx.interval.start
                ctx.last_day = start.date() if isinstance(start, datetime) else start
    return out
