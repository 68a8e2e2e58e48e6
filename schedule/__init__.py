"""schedule: turn news reports of diplomatic engagements into a calendar.

The library API (the CLI is a thin layer over it)::

    from schedule import open_database, read_article, ingest_article, upcoming_filter, iter_events

    db = open_database("demo.db")
    ingest_article(db, read_article("seeds/healey-washington.txt"))
    for event in iter_events(db, upcoming_filter(date(2025, 3, 3), 14)):
        print(event.title)
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schedule.articles import Article, article_from_text, read_article
    from schedule.errors import ArticleError, DatabaseError, QueryError, ScheduleError, UsageError
    from schedule.export import export_calendar, write_ics
    from schedule.extraction import ExtractedEvent, extract_events
    from schedule.ingest import IngestResult, ingest_article, ingest_paths
    from schedule.queries import (
        EventFilter,
        EventView,
        Load,
        event_as_dict,
        iter_events,
        run_query,
        upcoming_filter,
    )
    from schedule.resolution import Timex, tag
    from schedule.storage import Database, open_database

#: Where each public name lives; imported on first use, so that a command
#: loads only what it needs (listing events need not load the extractor).
_HOMES = {
    "Article": "articles",
    "article_from_text": "articles",
    "read_article": "articles",
    "ArticleError": "errors",
    "DatabaseError": "errors",
    "QueryError": "errors",
    "ScheduleError": "errors",
    "UsageError": "errors",
    "export_calendar": "export",
    "write_ics": "export",
    "ExtractedEvent": "extraction",
    "extract_events": "extraction",
    "IngestResult": "ingest",
    "ingest_article": "ingest",
    "ingest_paths": "ingest",
    "EventFilter": "queries",
    "EventView": "queries",
    "Load": "queries",
    "event_as_dict": "queries",
    "iter_events": "queries",
    "run_query": "queries",
    "upcoming_filter": "queries",
    "Timex": "resolution",
    "tag": "resolution",
    "Database": "storage",
    "open_database": "storage",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(f"schedule.{_HOMES[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'schedule' has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleError",
    "Database",
    "DatabaseError",
    "EventFilter",
    "EventView",
    "ExtractedEvent",
    "IngestResult",
    "Load",
    "QueryError",
    "ScheduleError",
    "Timex",
    "UsageError",
    "article_from_text",
    "event_as_dict",
    "export_calendar",
    "extract_events",
    "ingest_article",
    "ingest_paths",
    "iter_events",
    "open_database",
    "read_article",
    "run_query",
    "tag",
    "upcoming_filter",
    "write_ics",
]
