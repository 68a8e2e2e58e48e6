"""Tables for people: rich rendering of events and query rows."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from schedule.models import Event


def when(event: Event) -> str:
    """A date as a reader says it, honest about its precision."""
    start, last = event.start_date, event.end_date - timedelta(days=1)
    if event.precision == "week":
        return f"week {start.isocalendar().week}: {_range(start, last)}"
    if event.precision == "month":
        return start.strftime("%B %Y")
    if event.precision == "vague":
        return f"around {_day(start)} (vague)"
    if event.start_time is not None and event.timezone:
        from zoneinfo import ZoneInfo

        local = event.start_time.astimezone(ZoneInfo(event.timezone))
        return f"{_day(local.date())} {local:%H:%M} {local.tzname()}"
    if last > start:
        return _range(start, last)
    return _day(start)


def _range(first: date, last: date) -> str:
    """'3–9 Mar 2025', '24 Feb – 2 Mar 2025', '29 Dec 2025 – 4 Jan 2026'."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _console() -> Console:
    """Terminal width on a terminal; wide enough not to wrap rows in a pipe."""
    console = Console()
    if console.is_terminal or "COLUMNS" in os.environ:
        return console
    return Console(width=200)


def event_table(events: Sequence[Event], console: Console | None = None) -> None:
    table = Table(show_lines=False, header_style="bold")
    table.add_column("When", no_wrap=True)
    table.add_column("Event", overflow="fold", ratio=3)
    table.add_column("Where", overflow="fold", ratio=3)
    table.add_column("Status", no_wrap=True)
    table.add_column("Who", overflow="fold", ratio=2)
    for event in events:
        who = ", ".join(p.person.name for p in event.participants)
        # Text, not markup: titles and names may hold "[...]" (rich markup syntax)
        cells = (when(event), event.title, event.location or "", event.status, who)
        table.add_row(*(Text(cell) for cell in cells))
    (console or _console()).print(table)


def rows_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    _console().print(table)


def event_detail(event: Event, console: Console | None = None) -> None:
    """One event as a reader checks it: what, when, who, and who said so."""
    out = console or _console()
    flags = " [bold red](disputed)[/]" if event.disputed else ""
    out.print(f"[bold]{escape(event.title)}[/]{flags}")
    out.print(f"  uid        {escape(event.uid)}")
    out.print(f"  when       {when(event)}  ({event.precision} precision)")
    out.print(f"  kind       {event.kind}")
    out.print(f"  status     {event.status}")
    if event.location:
        out.print(f"  where      {escape(event.location)}")
    if event.trip is not None:
        out.print(f"  part of    {escape(event.trip.title)} ({escape(event.trip.uid)})")
    for participation in event.participants:
        role = f" — {participation.role}" if participation.role else ""
        out.print(f"  who        {escape(participation.person.name)}{escape(role)}")
    out.print(f"  revision   {event.revision}")
    for mention in event.mentions:
        source = mention.source
        said = f"{mention.reported_start} → {mention.reported_end}, {mention.reported_precision}"
        out.print(f"\n  source     {escape(source.title or source.url or source.location)}")
        out.print(f"             published {source.published}; said {escape(mention.phrase)!r}")
        out.print(
            f"             = {escape(mention.value)} ({escape(said)}, {mention.reported_status})"
        )
        out.print(f"             “{escape(mention.sentence)}”")
    if event.revisions:
        out.print("\n  history")
        for revision in event.revisions:
            out.print(
                f"    {revision.revision:>3}  {revision.change:<9} {revision.start} → "
                f"{revision.end}  {revision.precision}, {revision.status}"
            )
