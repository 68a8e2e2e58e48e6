"""Adversarial texts: is resolving and extracting linear in the input size?

    python bench/adversarial.py                          # every pattern, 4 KB .. 1 MB
    python bench/adversarial.py --pattern digits --max-kb 256
    python bench/adversarial.py --stages tag             # the resolver only

For each pattern (1 MB of digits, repeated weekday and month words, long runs
of punctuation, ...) the text is built at doubling sizes and timed through
``schedule.resolution.tag`` and ``schedule.extraction.extract_events``. The
*exponent* is the slope of log(time) over log(size) between the smallest and
the largest size measured (a series stops after a run over ``--budget``
seconds): 1.0 is linear, 2.0 quadratic. tests/test_properties.py
asserts a generous bound on a smaller scale with the same patterns.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REFERENCE = date(2025, 3, 3)


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


#: name → size in characters → text.
PATTERNS: dict[str, Callable[[int], str]] = {
    "digits": _repeat("0123456789"),
    "digit-groups": _repeat("12 345 6789 2025 03/06 10:30 "),
    "weekdays": _repeat("Monday Tuesday Wednesday Thursday Friday Saturday Sunday "),
    "months": _repeat("January February March April May June July August September "),
    "dates": _repeat("on Monday 3 March next Thursday last week early June "),
    "modifiers": _repeat("next last this coming past early mid late the following "),
    "punctuation": _repeat(".,;:!?-–—()[]\"'/…"),
    "dots": _repeat("."),
    "hyphens": _repeat("-"),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "letters": _repeat("a"),
    "names": _repeat("President Emmanuel Macron and Prime Minister Keir Starmer "),
    "one-sentence": _repeat("he will meet her in Paris on Thursday and "),
    "sentences": _repeat("Macron will meet Scholz in Berlin on Friday. "),
}

STAGES = ("tag", "extract")


def run_stage(stage: str, text: str) -> float:
    """Seconds one stage takes on ``text`` (extraction includes its own tagging)."""
    from schedule.extraction import extract_events
    from schedule.resolution import tag

    began = time.perf_counter()
    if stage == "tag":
        tag(text, REFERENCE)
    else:
        extract_events(text, REFERENCE)
    return time.perf_counter() - began


def exponent(small: tuple[int, float], large: tuple[int, float]) -> float:
    """Slope of log(time) against log(size) between two measurements."""
    (n1, t1), (n2, t2) = small, large
    return math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)


def measure(
    pattern: str, stage: str, sizes: list[int], budget: float = float("inf")
) -> list[tuple[int, float]]:
    """(size, seconds) for each size, stopping once one run took over ``budget``
    seconds (a superlinear case would otherwise run for hours)."""
    make = PATTERNS[pattern]
    run_stage(stage, make(1000))  # warm up: lexicons, compiled patterns
    timings = []
    for size in sizes:
        timings.append((size, run_stage(stage, make(size))))
        if timings[-1][1] > budget:
            break
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pattern", action="append", choices=sorted(PATTERNS))
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--min-kb", type=int, default=4)
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument(
        "--budget", type=float, default=10.0, help="stop a series after a run this long (s)"
    )
    args = parser.parse_args(argv)

    sizes = []
    size = args.min_kb * 1024
    while size <= args.max_kb * 1024:
        sizes.append(size)
        size *= 2
    print(
        f"{'pattern':<14} {'stage':<8} "
        + " ".join(f"{s // 1024:>6}K" for s in sizes)
        + "  exponent"
    )
    worst = 0.0
    for pattern in args.pattern or list(PATTERNS):
        for stage in args.stages:
            timings = measure(pattern, stage, sizes, args.budget)
            slope = exponent(timings[0], timings[-1]) if len(timings) > 1 else float("nan")
            worst = max(worst, slope) if timings[-1][1] > 0.05 else worst
            cells = " ".join(f"{t:>6.2f}s" for _, t in timings)
            cells += "        " * (len(sizes) - len(timings))
            print(f"{pattern:<14} {stage:<8} {cells}  {slope:5.2f}", flush=True)
    print(f"worst exponent (where the largest input took over 50 ms): {worst:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
