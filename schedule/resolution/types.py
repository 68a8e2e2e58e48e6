"""Typed results of date resolution.

A :class:`Timex` is what the resolver says about one temporal expression: where
it is (character offsets), what TimeML calls it (TIMEX3 ``type``/``value``/
``mod``), what stretch of time it denotes once anchored (``interval``) and *why*
(``direction`` and the ``cue`` that decided it), so a user can audit
"Thursday became 6 March because of 'is due to'".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class TimexType(StrEnum):
    """TIMEX3 ``type`` attribute (TimeML 1.2.1 guidelines, section 2.2)."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How precise an anchored value is; drives calendar display."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    VAGUE = "vague"


class Direction(StrEnum):
    """Which way from the anchor an underspecified expression was resolved."""

    PAST = "past"
    FUTURE = "future"
    PRESENT = "present"
    NONE = "none"  # fully specified ("6 March 2025"): no choice was made


@dataclass(frozen=True, slots=True)
class Interval:
    """Half-open stretch of time ``[start, end)``.

    Dates for day-or-coarser granularity, timezone-aware datetimes for times.
    """

    start: date | datetime
    end: date | datetime
    granularity: Granularity


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text and resolved."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    interval: Interval | None = None
    granularity: Granularity | None = None
    direction: Direction = Direction.NONE
    cue: str | None = None
    rule: str = ""

    @property
    def is_vague(self) -> bool:
        return self.value.endswith("_REF") or self.granularity is Granularity.VAGUE

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of ``schedule tag`` and ``timex_score.py``."""
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.interval is not None:
            out["interval"] = {
                "start": self.interval.start.isoformat(),
                "end": self.interval.end.isoformat(),
                "granularity": str(self.interval.granularity),
            }
        out["direction"] = str(self.direction)
        if self.cue:
            out["cue"] = self.cue
        if self.rule:
            out["rule"] = self.rule
        return out
