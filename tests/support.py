"""Paths the tests share (importable as ``support`` via pytest's pythonpath)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_ARTICLE = SEEDS / "healey-washington.txt"
SHARED = Path(os.environ.get("SCHEDULE_SHARED", REPO.parent / "shared"))
