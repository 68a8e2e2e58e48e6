"""The resolver on the independent TIMEX3 set (tests/resolution/independent/),
scored with the shared TempEval-3 scorer: floors that stop regressions."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from types import ModuleType
from typing import Any

import pytest

from schedule.resolution import tag

from support import REPO, SHARED

SETS = REPO / "tests" / "resolution" / "independent"
SCORER = SHARED / "tools" / "timex_score.py"


def _scorer() -> ModuleType:
    if not SCORER.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SCORER} missing: CI runs with ../shared beside the clone")
        pytest.skip(f"{SCORER} not present (a clone without ../shared)")
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(name: str, *, narrative: bool = False, dated: bool = True) -> dict[str, float]:
    scorer = _scorer()
    gold = scorer.load_jsonl(str(SETS / name), "gold", True)
    system: dict[str, dict[str, Any]] = {}
    lines = (SETS / name).read_text(encoding="utf-8").splitlines()
    for doc in (json.loads(line) for line in lines if line.strip()):
        doc_id = doc["id"]
        reference = date.fromisoformat(doc["dct"]) if dated else None
        found = tag(doc["text"], reference, narrative=narrative)
        system[doc_id] = {"timexes": [t.as_dict() for t in found]}
    total, _ = scorer.score(gold, system)
    figures = total.figures()
    return {name: figures[name]["f1"] for name in ("strict", "relaxed", "value", "type")}


# reached on 2026-11-25 (after the rules learnt from the set): news 94.80 / 99.01 /
# 94.55 / 96.53 (strict / relaxed / value / type F1); narrative 94.74 / 99.34 / 94.74 /
# 99.34 dated (a history is detected without the switch), 96.05 value undated; the
# second set: news-2 91.44 / 97.49 / 91.86 / 93.11, narrative-2 91.99 / 99.22 / 89.41 /
# 96.64 dated (93.54 value with BC stories counted), 86.96 value undated; the third:
# news-3 90.81 / 96.94 / 88.08 / 94.44, narrative-3 90.85 / 97.39 / 86.27 / 95.42; the
# fourth (scored blind, nothing learnt from it): news-4 93.83 / 98.09 / 93.38 / 94.28;
# later the same day ("about" in spans, weekday ranges split, "the 1960s", "the evening
# of"): news 97.66 / 99.38 / 94.94 / 96.92, news-2 95.32 / 97.81 / 92.82 / 93.44, news-3
# 93.53 / 96.94 / 89.22 / 94.44, news-4 95.40 / 98.09 / 93.60 / 94.28, narrative 98.03 /
# 99.34 / 96.05 / 99.34, narrative-2 96.89 / 99.48 / 94.82 / 96.89, narrative-3 93.46 /
# 97.39 / 87.58 / 95.42; the fifth (blind 95.84 / 98.29 / 89.49 / 93.15) 96.21 / 98.41 /
# 90.58 / 93.27; the sixth (blind 97.37 / 99.04 / 89.47 / 94.26) 97.37 / 99.04 / 90.91 /
# 94.26; the seventh, narratives (blind 91.23 / 98.03 / 83.01 / 96.24) 95.87 / 98.74 /
# 90.48 / 96.95; the eighth (blind 97.00 / 97.92 / 93.07 / 94.69) 97.00 / 97.92 / 94.00 /
# 94.69; the ninth (blind 90.80 / 95.95 / 88.83 / 89.57) 91.40 / 96.31 / 90.91 / 95.33, once
# a part of a day is a TIME (every news set's type F1 now 95.33 to 99.38); the tenth
# (blind 96.27 / 97.30 / 91.38 / 97.04) 97.19 / 98.21 / 94.90 / 97.96, once an uncounted
# "decades" is PXDE (TIDES units; four annotators of six; the first narrative set's
# annotator wrote PXY, so its value floor is 0.95 where it was 0.97); the eleventh (blind
# 94.97 / 98.32 / 94.45 / 98.06 at de095c0, 94.97 / 98.32 / 95.23 / 98.06 with the rules
# learnt from the tenth) 95.24 / 98.58 / 96.27 / 98.58; the twelfth (blind 92.40 / 97.06 /
# 91.42 / 97.06 at de095c0, value 91.67 at dd6b246) 92.40 / 97.06 / 93.38 / 97.06; the
# thirteenth, narratives (blind, dated, 94.24 / 96.95 / 78.31 / 96.61 at de095c0, value
# 78.64 at dd6b246; 86.10 and 86.78 with the switch) 94.42 / 97.12 / 89.00 / 96.79 dated,
# 87.99 value with the switch, once a chronology's dated paragraphs make it a story; the
# fourteenth, narratives (blind, dated, 94.84 / 97.65 / 82.00 / 96.71 at de095c0, 95.00 /
# 97.81 / 89.06 / 96.88 at 00ec816) 95.48 / 97.97 / 90.48 / 97.04, and 90.80 value once
# "the second day" counts a day just named; the fifteenth, narratives (blind, dated,
# 94.33 / 97.91 / 80.90 / 97.91 at d7e26d7, 87.76 value with the switch) 95.22 / 97.91 /
# 89.55 / 97.91 dated, 88.96 value with the switch; 95.38 / 98.06 / 90.61 / 98.06 dated,
# 90.01 with the switch, once "is due ... on Monday" and "the week after next" count from now
# the sixteenth, narratives (blind, dated, 97.23 / 98.15 / 88.31 / 97.85 at d7e26d7 and
# after the narrative rules learnt from the fifteenth; 88.00 value with the switch) 97.23 /
# 98.15 / 90.15 / 97.85 dated once a recent history's dates need lie only four months back
@pytest.mark.parametrize(
    ("name", "options", "floors"),
    [
        ("news.jsonl", {}, {"strict": 0.97, "relaxed": 0.99, "value": 0.94, "type": 0.99}),
        ("narrative.jsonl", {}, {"strict": 0.99, "relaxed": 0.99, "value": 0.95, "type": 0.99}),
        ("narrative.jsonl", {"narrative": True}, {"value": 0.94}),
        ("narrative.jsonl", {"dated": False}, {"value": 0.95}),
        ("news-2.jsonl", {}, {"strict": 0.95, "relaxed": 0.97, "value": 0.92, "type": 0.97}),
        ("narrative-2.jsonl", {}, {"strict": 0.96, "relaxed": 0.99, "value": 0.94, "type": 0.98}),
        ("narrative-2.jsonl", {"dated": False}, {"value": 0.86}),
        ("news-3.jsonl", {}, {"strict": 0.93, "relaxed": 0.96, "value": 0.89, "type": 0.96}),
        ("narrative-3.jsonl", {}, {"strict": 0.94, "relaxed": 0.97, "value": 0.88, "type": 0.96}),
        ("news-4.jsonl", {}, {"strict": 0.95, "relaxed": 0.98, "value": 0.95, "type": 0.97}),
        ("news-5.jsonl", {}, {"strict": 0.96, "relaxed": 0.98, "value": 0.91, "type": 0.98}),
        ("news-6.jsonl", {}, {"strict": 0.97, "relaxed": 0.99, "value": 0.92, "type": 0.98}),
        ("narrative-4.jsonl", {}, {"strict": 0.95, "relaxed": 0.98, "value": 0.92, "type": 0.98}),
        ("news-7.jsonl", {}, {"strict": 0.96, "relaxed": 0.97, "value": 0.93, "type": 0.97}),
        ("news-8.jsonl", {}, {"strict": 0.91, "relaxed": 0.96, "value": 0.90, "type": 0.95}),
        ("news-9.jsonl", {}, {"strict": 0.97, "relaxed": 0.98, "value": 0.94, "type": 0.97}),
        ("news-10.jsonl", {}, {"strict": 0.95, "relaxed": 0.98, "value": 0.96, "type": 0.98}),
        ("news-11.jsonl", {}, {"strict": 0.92, "relaxed": 0.97, "value": 0.93, "type": 0.97}),
        ("narrative-5.jsonl", {}, {"strict": 0.94, "relaxed": 0.97, "value": 0.88, "type": 0.96}),
        ("narrative-5.jsonl", {"narrative": True}, {"value": 0.87}),
        ("narrative-6.jsonl", {}, {"strict": 0.95, "relaxed": 0.97, "value": 0.90, "type": 0.96}),
        ("narrative-7.jsonl", {}, {"strict": 0.95, "relaxed": 0.98, "value": 0.90, "type": 0.98}),
        ("narrative-7.jsonl", {"narrative": True}, {"value": 0.90}),
        ("narrative-8.jsonl", {}, {"strict": 0.97, "relaxed": 0.98, "value": 0.90, "type": 0.97}),
        ("narrative-8.jsonl", {"narrative": True}, {"value": 0.88}),
    ],
    ids=[
        "news",
        "narrative-dated",
        "narrative-switch",
        "narrative-undated",
        "news-2",
        "narrative-2-dated",
        "narrative-2-undated",
        "news-3",
        "narrative-3-dated",
        "news-4",
        "news-5",
        "news-6",
        "narrative-4-dated",
        "news-7",
        "news-8",
        "news-9",
        "news-10",
        "news-11",
        "narrative-5-dated",
        "narrative-5-switch",
        "narrative-6-dated",
        "narrative-7-dated",
        "narrative-7-switch",
        "narrative-8-dated",
        "narrative-8-switch",
    ],
)
def test_independent_set_holds_its_floors(
    name: str, options: dict[str, bool], floors: dict[str, float]
) -> None:
    figures = _figures(name, **options)
    for figure, floor in floors.items():
        assert figures[figure] >= floor, f"{name} {figure} {figures[figure]:.4f} < {floor}"
