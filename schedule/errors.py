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


class DatabaseError(ScheduleError):
    """The database cannot be opened, migrated or written."""


class QueryError(ScheduleError):
    """A read-only query was refused or failed."""


class UsageError(ScheduleError):
    """A parameter value makes no sense (bad date, unknown time zone, ...)."""

    exit_code = 2
