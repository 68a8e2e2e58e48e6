"""A progress bar for batches, shown only where a person is watching.

rich draws it on stderr when stderr is a terminal and the batch has more than
a few articles; piped or logged output gets plain lines only.
"""

from __future__ import annotations

import sys
from typing import IO, Any

from schedule.ingest import IngestResult

#: Batches up to this many articles finish before a bar would help.
PROGRESS_MIN_ARTICLES = 3


class BarProgress:
    """:class:`schedule.batch.Progress` drawn with rich on a terminal."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}"),
            console=Console(file=stream or sys.stderr),
            transient=True,
            # Lines for stdout stay on stdout (a pipe, a file), never on the bar's stream.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task: Any = None
        self._stream = stream or sys.stderr

    @property
    def live(self) -> bool:
        return self._task is not None

    def started(self, total: int) -> None:
        if not wants_bar(total, self._stream):
            return
        self._task = self._progress.add_task("ingest", total=total, current="")
        self._progress.start()

    def echo(self, line: str, *, err: bool = False) -> None:
        """Print a line above the bar (or plainly when there is no bar)."""
        import click

        out = sys.stderr if err else sys.stdout
        if self.live and out.isatty():
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=err)

    def advanced(self, result: IngestResult) -> None:
        if not self.live:
            return
        task = self._progress.tasks[0]
        if task.total is not None and task.completed + 1 > task.total:
            # Feeds and URLs are counted as one until read: grow the total.
            self._progress.update(self._task, total=task.completed + 1)
        self._progress.update(self._task, advance=1, current=_short(result.source))

    def stop(self) -> None:
        if self.live:
            self._progress.stop()


def _short(source: str, width: int = 40) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1) :]


def wants_bar(estimate: int, stream: IO[str] | None = None) -> bool:
    """A bar only on a terminal, and only for more than a few articles."""
    stream = stream or sys.stderr
    return estimate > PROGRESS_MIN_ARTICLES and stream.isatty()
