"""The progress bar: drawn on a terminal for batches of more than a few
articles, never on a pipe or a file."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from schedule.batch import ingest_batch
from schedule.progress import PROGRESS_MIN_ARTICLES, BarProgress, wants_bar
from schedule.storage import Database

from ingest_support import INPUTS


def test_bar_only_on_a_terminal_and_only_for_more_than_a_few() -> None:
    master, slave = os.openpty()
    with os.fdopen(slave, "w") as terminal:
        assert wants_bar(PROGRESS_MIN_ARTICLES + 1, terminal)
        assert not wants_bar(PROGRESS_MIN_ARTICLES, terminal)
    os.close(master)
    assert not wants_bar(100, io.StringIO())


def test_bar_draws_on_a_terminal(db: Database) -> None:
    master, slave = os.openpty()
    os.set_blocking(master, False)
    with os.fdopen(slave, "w") as terminal:
        bar = BarProgress(terminal)
        try:
            ingest_batch(db, [INPUTS / "archive.jsonl"], progress=bar)
        finally:
            bar.stop()
        drawn = b""
        try:
            while chunk := os.read(master, 65536):
                drawn += chunk
        except BlockingIOError:
            pass
    os.close(master)
    assert b"ingesting" in drawn and b"4/4" in drawn


def test_no_bar_on_a_pipe(db: Database) -> None:
    stream = io.StringIO()
    bar = BarProgress(stream)
    ingest_batch(db, [INPUTS / "archive.jsonl"], progress=bar)
    bar.stop()
    assert not bar.live and stream.getvalue() == ""


def test_command_output_has_no_bar_when_not_a_terminal(run: Any, tmp_path: Path) -> None:
    result = run("ingest", str(INPUTS / "archive.jsonl"))
    assert result.exit_code == 0
    assert "ingesting" not in result.output and "━" not in result.output
    assert result.stdout.count("stored    ") == 4
