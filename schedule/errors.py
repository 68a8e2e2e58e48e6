"""One exception hierarchy, so the CLI can turn any library failure into a
one-line message and a non-zero exit without catching bare ``Exception``."""

from __future__ import annotations


class ScheduleError(Exception):
    """Base class: something the user can act on."""

    exit_code = 1


class ArticleError(ScheduleError):
    """An article file cannot be read or has no usable publication date."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ReadingError(ScheduleError):
    """The tagger or the extractor failed on one article: a bug, reported as
    this article's failure so that a batch of thousands goes on without it."""

    def __init__(self, source: str, exc: BaseException) -> None:
        where = _innermost_frame(exc)
        super().__init__(
            f"{source}: internal error reading this article ({type(exc).__name__}: {exc}"
            f"{where}); nothing stored from it, please report it with the article"
        )
        self.source = source


def _innermost_frame(exc: BaseException) -> str:
    """' at module.py:LINE' of the frame that raised, for a bug report."""
    tb = exc.__traceback__
    if tb is None:
        return ""
    while tb.tb_next is not None:
        tb = tb.tb_next
    path = tb.tb_frame.f_code.co_filename.replace("\\", "/")
    return f" at {'/'.join(path.split('/')[-2:])}:{tb.tb_lineno}"


class DatabaseError(ScheduleError):
    """The database cannot be opened, migrated or written."""


class QueryError(ScheduleError):
    """A read-only query was refused or failed."""


class UsageError(ScheduleError):
    """A parameter value makes no sense (bad date, unknown time zone, ...)."""

    exit_code = 2
