"""The ``schedule`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the
result. Library errors (:class:`~schedule.errors.ScheduleError`) become a
one-line ``error:`` message on stderr and a non-zero exit.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from schedule.config import DB_ENV_VAR
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
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published", metavar="DATE|DATETIME", help="Publication date; overrides front matter."
)
@click.option("--timezone", metavar="TZ", help="IANA time zone of the publication date.")
@click.pass_context
def ingest(
    ctx: click.Context, paths: Sequence[Path], published: str | None, timezone: str | None
) -> None:
    """Read plain-text articles and store the engagements they report.

    An article may open with front matter (title, published, url, timezone)
    between two '---' lines. Ingesting the same article again changes nothing.
    """
    from schedule.articles import check_timezone
    from schedule.ingest import ingest_paths

    if timezone:
        check_timezone(timezone)
    db = _database(ctx)
    results = ingest_paths(db, paths, published=published, timezone=timezone)
    failed = 0
    for result in results:
        if result.status == "failed":
            failed += 1
            click.echo(f"error: {result.error}", err=True)
        elif result.status == "unchanged":
            click.echo(f"unchanged {result.source} (already ingested)")
        else:
            created, updated = len(result.events_created), len(result.events_updated)
            click.echo(f"stored    {result.source}: {created} new event(s), {updated} refined")
    click.echo(f"database  {db.display_url}", err=True)
    if failed:
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


@cli.command()
@click.option("--as-of", type=DATE, help="Day to look ahead from (default: today).")
@click.option(
    "--days", type=click.IntRange(min=1), default=14, show_default=True, help="Window length."
)
@click.option("--person", help="Only events with this participant (part of a name).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def upcoming(
    ctx: click.Context, as_of: datetime | None, days: int, person: str | None, as_json: bool
) -> None:
    """List scheduled and expected engagements in the coming days."""
    from schedule.queries import iter_events, upcoming_filter

    start = as_of.date() if as_of else date.today()
    events = list(iter_events(_database(ctx), upcoming_filter(start, days, person)))
    _print_events(events, as_json, f"No upcoming events between {start} and the next {days} days.")


@cli.command()
@click.option("--from", "start", type=DATE, help="First day (inclusive).")
@click.option("--to", "end", type=DATE, help="Last day (exclusive).")
@click.option("--person", help="Only events with this participant (part of a name).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def events(
    ctx: click.Context,
    start: datetime | None,
    end: datetime | None,
    person: str | None,
    as_json: bool,
) -> None:
    """List all stored events, past ones included."""
    from schedule.queries import EventFilter, iter_events

    where = EventFilter(start.date() if start else None, end.date() if end else None, person)
    _print_events(list(iter_events(_database(ctx), where)), as_json, "No events.")


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
@click.option("--name", default="schedule", show_default=True, help="Calendar name (X-WR-CALNAME).")
@click.pass_context
def export(
    ctx: click.Context,
    output: Path | None,
    start: datetime | None,
    end: datetime | None,
    person: str | None,
    name: str,
) -> None:
    """Write events as an iCalendar (.ics) file."""
    from schedule.export import export_calendar
    from schedule.queries import EventFilter

    where = EventFilter(start.date() if start else None, end.date() if end else None, person)
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
        partial.unlink(missing_ok=True)
        raise UsageError(f"{output}: cannot write ({exc.strerror})") from exc
    click.echo(f"wrote {count} event(s) to {output}", err=True)


@cli.command()
@click.argument("sql")
@click.option("--json", "as_json", is_flag=True, help="Rows as a JSON list of objects.")
@click.option("--csv", "as_csv", is_flag=True, help="Rows as CSV with a header line.")
@click.pass_context
def query(ctx: click.Context, sql: str, as_json: bool, as_csv: bool) -> None:
    """Run read-only SQL on the database (writes are refused)."""
    from schedule.queries import run_query

    columns, rows = run_query(_database(ctx), sql)
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
    "--narrative", is_flag=True, help="Anchor to dates in the text, not the publication date."
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
    timexes = tagging.tag_article(article, narrative=narrative)
    if fmt == "timeml":
        from schedule.resolution.timeml import to_timeml

        click.echo(to_timeml(article.text, timexes))
    elif explain:
        for timex in timexes:
            click.echo(tagging.explain(timex))
    else:
        click.echo(json.dumps([t.as_dict() for t in timexes], ensure_ascii=False, indent=2))


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=argv, prog_name="schedule")
