"""The ``schedule`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the
result. Library errors (:class:`~schedule.errors.ScheduleError`) become a
one-line ``error:`` message on stderr and a non-zero exit.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from schedule.config import DB_ENV_VAR, DEFAULT_HOST, DEFAULT_PORT
from schedule.errors import ScheduleError, UsageError

DATE = click.DateTime(formats=["%Y-%m-%d"])


class _Group(click.Group):
    """Turns library errors into one-line messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ScheduleError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def _database(ctx: click.Context) -> Any:
    from schedule.storage import open_database

    db = open_database(ctx.obj["db"])
    ctx.call_on_close(db.close)
    return db


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    envvar=DB_ENV_VAR,
    help=f"SQLite file or SQLAlchemy URL (default: per-user data folder; env {DB_ENV_VAR}).",
)
@click.version_option(package_name="schedule-tracker")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Turn news reports of official engagements into a calendar.

    Ingest articles, list upcoming engagements, export iCalendar files.
    """
    ctx.obj = {"db": db}


# ------------------------------------------------------------------------ ingest


@cli.command()
@click.argument("inputs", nargs=-1, metavar="PATH_OR_URL...")
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="An RSS or Atom feed (URL or file), read entry by entry; repeatable.",
)
@click.option(
    "--published",
    metavar="DATE|DATETIME",
    help="Publication date; overrides the date the input gives.",
)
@click.option("--timezone", metavar="TZ", help="IANA time zone of the publication date.")
@click.pass_context
def ingest(
    ctx: click.Context,
    inputs: Sequence[str],
    feeds: Sequence[str],
    published: str | None,
    timezone: str | None,
) -> None:
    """Read news articles and store the engagements they report.

    PATH_OR_URL is a text file (front matter: title, published, url, timezone
    between two '---' lines), a saved HTML page, an RSS or Atom feed, a JSONL
    batch ({"id","published","text","title","url"} per line), a folder of
    these (searched recursively), or an http(s) URL. Each article is stored
    in its own transaction; ingesting the same article again changes nothing.
    """
    from schedule.articles import check_timezone
    from schedule.batch import ingest_batch
    from schedule.ingest import IngestResult
    from schedule.progress import BarProgress

    if not inputs and not feeds:
        raise UsageError("nothing to ingest: give a PATH_OR_URL or --feed URL")
    if timezone:
        check_timezone(timezone)
    db = _database(ctx)
    bar = BarProgress()

    def report(result: IngestResult) -> None:
        if result.status == "failed":
            bar.echo(f"error: {result.error}", err=True)
        elif result.status == "unchanged":
            bar.echo(f"unchanged {result.source} (already ingested)")
        else:
            created, updated = len(result.events_created), len(result.events_updated)
            bar.echo(f"stored    {result.source}: {created} new event(s), {updated} refined")

    try:
        summary = ingest_batch(
            db,
            inputs,
            feeds=feeds,
            published=published,
            timezone=timezone,
            progress=bar,
            on_result=report,
        )
    finally:
        bar.stop()
    if summary.read != 1 or summary.interrupted or summary.ignored:
        for line in summary.describe():
            click.echo(line, err=True)
    click.echo(f"database  {db.display_url}", err=True)
    if summary.interrupted:
        ctx.exit(130)  # 128 + SIGINT, as shells report an interrupted command
    if summary.failures:
        ctx.exit(1)


# ------------------------------------------------------------------------ reading


def _print_events(events: list[Any], as_json: bool, empty: str) -> None:
    from schedule.queries import event_as_dict

    if as_json:
        click.echo(json.dumps([event_as_dict(e) for e in events], ensure_ascii=False, indent=2))
        return
    if not events:
        click.echo(empty)
        return
    from schedule.terminal import event_table

    event_table(events)


def _filter_options(command: Any) -> Any:
    """--place, --country, --kind, --status: the filters export, upcoming and
    the feed server share (schedule.queries.EventFilter)."""
    for option in reversed(
        [
            click.option("--place", help="Only events in this city (or part of the location)."),
            click.option("--country", metavar="CC", help="Only events in this country (ISO code)."),
            click.option(
                "--kind",
                "kinds",
                multiple=True,
                metavar="KIND",
                help="Only this kind: meeting, visit, summit, ... (repeatable).",
            ),
            click.option(
                "--status",
                "statuses",
                multiple=True,
                metavar="STATUS",
                help="Only this status: scheduled, expected, held, ... (repeatable).",
            ),
        ]
    ):
        command = option(command)
    return command


def _where(
    start: date | None,
    end: date | None,
    person: str | None,
    upcoming_only: bool,
    filters: dict[str, Any],
) -> Any:
    from schedule.queries import EventFilter

    return EventFilter(
        start,
        end,
        person,
        upcoming_only,
        place=filters["place"],
        country=filters["country"],
        kinds=tuple(k.lower() for k in filters["kinds"]),
        statuses=tuple(s.lower() for s in filters["statuses"]),
    )


@cli.command()
@click.option("--as-of", type=DATE, help="Day to look ahead from (default: today).")
@click.option(
    "--days", type=click.IntRange(min=1), default=14, show_default=True, help="Window length."
)
@click.option("--person", help="Only events with this participant (part of a name).")
@_filter_options
@click.option("--include-past", is_flag=True, help="Also list held, reported and cancelled items.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def upcoming(
    ctx: click.Context,
    as_of: datetime | None,
    days: int,
    person: str | None,
    include_past: bool,
    as_json: bool,
    **filters: Any,
) -> None:
    """List scheduled and expected engagements in the coming days."""
    from datetime import timedelta

    from schedule.queries import Load, iter_events

    start = as_of.date() if as_of else date.today()
    where = _where(start, start + timedelta(days=days), person, not include_past, filters)
    load = Load.FULL if as_json else Load.TABLE  # the table shows no sources or revisions
    events = list(iter_events(_database(ctx), where, load=load))
    _print_events(events, as_json, f"No upcoming events between {start} and the next {days} days.")


@cli.command()
@click.option("--from", "start", type=DATE, help="First day (inclusive).")
@click.option("--to", "end", type=DATE, help="Last day (exclusive).")
@click.option("--person", help="Only events with this participant (part of a name).")
@_filter_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def events(
    ctx: click.Context,
    start: datetime | None,
    end: datetime | None,
    person: str | None,
    as_json: bool,
    **filters: Any,
) -> None:
    """List all stored events, past ones included."""
    from schedule.queries import Load, iter_events

    first, last = (start.date() if start else None), (end.date() if end else None)
    where = _where(first, last, person, False, filters)
    load = Load.FULL if as_json else Load.TABLE  # the table shows no sources or revisions
    _print_events(list(iter_events(_database(ctx), where, load=load)), as_json, "No events.")


@cli.command()
@click.argument("uid")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def show(ctx: click.Context, uid: str, as_json: bool) -> None:
    """Show one event with its full provenance: sources, what each said, revisions.

    UID may be the start of a UID, as long as it names one event.
    """
    from schedule.queries import event_as_dict, find_event

    event = find_event(_database(ctx), uid)
    if as_json:
        click.echo(json.dumps(event_as_dict(event), ensure_ascii=False, indent=2))
        return
    from schedule.terminal import event_detail

    event_detail(event)


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: stdout).",
)
@click.option("--from", "start", type=DATE, help="First day (inclusive).")
@click.option("--to", "end", type=DATE, help="Last day (exclusive).")
@click.option("--person", help="Only events with this participant (part of a name).")
@_filter_options
@click.option(
    "--include-past/--no-past",
    default=True,
    show_default=True,
    help="Include held, reported and cancelled items.",
)
@click.option("--name", default="schedule", show_default=True, help="Calendar name (X-WR-CALNAME).")
@click.pass_context
def export(
    ctx: click.Context,
    output: Path | None,
    start: datetime | None,
    end: datetime | None,
    person: str | None,
    include_past: bool,
    name: str,
    **filters: Any,
) -> None:
    """Write events as an iCalendar (.ics) file."""
    from schedule.export import export_calendar

    first, last = (start.date() if start else None), (end.date() if end else None)
    where = _where(first, last, person, not include_past, filters)
    db = _database(ctx)
    if output is None:
        export_calendar(db, sys.stdout.buffer, where, name=name)
        return
    partial = output.with_name(output.name + ".part")
    try:
        with partial.open("wb") as handle:
            count = export_calendar(db, handle, where, name=name)
        partial.replace(output)  # never leave a half-written calendar behind
    except OSError as exc:
        raise UsageError(f"{output}: cannot write ({exc.strerror})") from exc
    finally:
        partial.unlink(missing_ok=True)
    click.echo(f"wrote {count} event(s) to {output}", err=True)


@cli.command()
@click.argument("sql")
@click.option("--json", "as_json", is_flag=True, help="Rows as a JSON list of objects.")
@click.option("--csv", "as_csv", is_flag=True, help="Rows as CSV with a header line.")
@click.pass_context
def query(ctx: click.Context, sql: str, as_json: bool, as_csv: bool) -> None:
    """Run read-only SQL on the database (writes are refused)."""
    from schedule.queries import run_query
    from schedule.storage import open_database

    # no migration, no file created: a query only reads what is there
    db = open_database(ctx.obj["db"], migrate=False)
    ctx.call_on_close(db.close)
    columns, rows = run_query(db, sql)
    if as_json:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
    elif as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from schedule.terminal import rows_table

        rows_table(columns, rows)


# ------------------------------------------------------------------------ tag


@cli.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", metavar="DATE|DATETIME", help="Reference (publication) date.")
@click.option("--timezone", metavar="TZ", help="IANA time zone of the reference date.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "timeml"]),
    default="json",
    show_default=True,
    help="JSON objects, or the text with inline TimeML <TIMEX3> tags.",
)
@click.option(
    "--jsonl",
    type=click.Path(dir_okay=False, path_type=Path),
    help='Batch: lines {"id","dct","text"}.',
)
@click.option(
    "--narrative",
    is_flag=True,
    help="Anchor to dates in the text, not the publication date (automatic without one).",
)
@click.option("--explain", is_flag=True, help="Show the cue and rule behind each value.")
def tag(
    file: Path | None,
    published: str | None,
    timezone: str | None,
    fmt: str,
    jsonl: Path | None,
    narrative: bool,
    explain: bool,
) -> None:
    """Find and resolve the temporal expressions of a text (TIMEX3).

    Reads FILE (or stdin). With --jsonl, writes one line per document:
    {"id", "timexes": [{"start", "end", "text", "type", "value"}]}.
    """
    from schedule import tagging

    if jsonl is not None:
        for line in tagging.tag_jsonl(jsonl, narrative=narrative):
            click.echo(line)
        return
    article = tagging.read_for_tagging(file, published, timezone)
    if article.narrative:
        click.echo(
            f"note: {article.source}: no publication date; anchoring to the dates in the"
            " text (narrative mode)",
            err=True,
        )
    timexes = tagging.tag_input(article, narrative=narrative)
    if fmt == "timeml":
        from schedule.resolution.timeml import to_timeml

        click.echo(to_timeml(article.text, timexes))
    elif explain:
        for timex in timexes:
            click.echo(tagging.explain(timex))
    else:
        click.echo(json.dumps([t.as_dict() for t in timexes], ensure_ascii=False, indent=2))


# ------------------------------------------------------------------------ feeds


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def import_(ctx: click.Context, paths: Sequence[Path]) -> None:
    """Add the events of iCalendar (.ics) files: published schedules, exports.

    Events merge with those from articles by the same rules (a known UID first);
    importing the same file again changes nothing.
    """
    from schedule.ics_import import import_calendar

    db = _database(ctx)
    failed = 0
    for path in paths:
        try:
            outcome = import_calendar(db, path)
        except ScheduleError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        result = outcome.ingest
        if result.status == "unchanged":
            click.echo(f"unchanged {path} (already imported)")
        else:
            created, updated = len(result.events_created), len(result.events_updated)
            click.echo(f"stored    {path}: {created} new event(s), {updated} refined")
        for note in outcome.skipped:
            click.echo(f"skipped   {path}: {note}", err=True)
    if failed:
        ctx.exit(1)


@cli.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="TCP port.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Public address for subscribe links, e.g. https://cal.example.org (default: as asked).",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, base_url: str | None) -> None:
    """Serve calendar feeds, a web page and JSON over HTTP (read-only).

    GET / (upcoming events), /calendar.ics, /people/NAME.ics, /places/NAME.ics
    and /events.json, with filters as query parameters.
    """
    from schedule.server import serve as run_server

    run_server(ctx.obj["db"], host=host, port=port, base_url=base_url)


# ------------------------------------------------------------------------ sources


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """List what was ingested: title, URL, publication date, events found."""
    from schedule.sources import list_sources

    found = list_sources(_database(ctx))
    if as_json:
        click.echo(json.dumps([s.as_dict() for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No sources.")
        return
    from schedule.terminal import rows_table

    rows_table(
        ["id", "published", "events", "title", "url or location"],
        [
            [
                s.id,
                s.published,
                s.events,
                (s.title or "") + (" (summary only)" if s.summary_only else ""),
                s.url or _shown_path(s.location),
            ]
            for s in found
        ],
    )


def _shown_path(location: str) -> str:
    """A stored absolute path under the current folder, shown relative to it."""
    import os

    if not os.path.isabs(location):
        return location
    relative = os.path.relpath(location)
    return location if relative.startswith("..") else relative


@cli.command()
@click.argument("source")
@click.pass_context
def forget(ctx: click.Context, source: str) -> None:
    """Remove a source and the events only it supported.

    SOURCE is an id, path, URL, GUID or content-hash prefix, as
    'schedule sources' shows them. Events other sources also report stay.
    """
    from schedule.sources import forget_source

    done = forget_source(_database(ctx), source)
    removed, kept = len(done.events_removed), len(done.events_kept)
    gone = done.source
    click.echo(
        f"forgot    source {gone.id} ({gone.title or gone.url or _shown_path(gone.location)}): "
        f"{removed} event(s) removed, {kept} kept (reported by other sources too)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    # psycopg warns "error ignored terminating <Pipeline>" when a serialization
    # failure aborts a pipeline; storage.run_transaction then retries and
    # succeeds, so on a terminal the warning would only alarm.
    logging.getLogger("psycopg").setLevel(logging.ERROR)
    cli.main(args=argv, prog_name="schedule")
