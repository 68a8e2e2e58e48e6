"""The command line as users run it: help, exit codes, errors, formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from schedule.cli import cli

from support import REPO, SEED_ARTICLE

# Every database test here runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_engines

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help, f"{command} has no help text"
    assert "Usage: " in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"schedule {command}" in readme


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_has_help(command: str) -> None:
    for param in cli.commands[command].params:
        if isinstance(param, click.Option):
            assert param.help, f"{command} {param.opts} has no help"


def test_python_dash_m_and_console_script_work() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "schedule", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "upcoming" in result.stdout


def test_ingest_reports_and_is_idempotent(run: Any) -> None:
    first = run("ingest", str(SEED_ARTICLE))
    assert first.exit_code == 0
    assert "stored" in first.stdout and "5 new event(s)" in first.stdout
    second = run("ingest", str(SEED_ARTICLE))
    assert second.exit_code == 0 and "unchanged" in second.stdout


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Healey will travel to Washington this week.", "no publication date"),
        (b"\x00\x00binary", "binary file"),
        (b"", "empty file"),
    ],
)
def test_ingest_errors_are_one_line_and_exit_non_zero(
    run: Any, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("ingest", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {path}: {errors[0].split(': ', 2)[2]}"]
    assert problem in errors[0]
    assert run.json("events") == []


def test_published_option_overrides_and_bad_timezone_is_refused(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Mr John Smith will meet Jane Doe on Thursday.", encoding="utf-8")
    bad = run("ingest", str(path), "--published", "2025-03-03", "--timezone", "Nowhere/City")
    assert bad.exit_code == 2 and "unknown time zone" in bad.stderr
    good = run("ingest", str(path), "--published", "2025-03-03", "--timezone", "Europe/London")
    assert good.exit_code == 0


def test_upcoming_table_is_readable(seeded: Any) -> None:
    result = seeded("upcoming", "--as-of", "2025-03-03")
    assert result.exit_code == 0
    assert "Healey–Hegseth bilateral meeting" in result.stdout
    assert "Thu 6 Mar 2025" in result.stdout
    assert "week 10" in result.stdout


def test_export_to_stdout_and_file(seeded: Any, tmp_path: Path) -> None:
    stdout = seeded("export")
    assert stdout.exit_code == 0 and stdout.stdout.startswith("BEGIN:VCALENDAR")
    target = tmp_path / "out.ics"
    result = seeded("export", "-o", str(target), "--person", "Hegseth")
    assert result.exit_code == 0
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert not list(tmp_path.glob("*.part"))


def test_query_formats_and_refusal(seeded: Any) -> None:
    as_json = seeded("query", "SELECT name FROM people ORDER BY name", "--json")
    assert {"name": "John Healey"} in json.loads(as_json.stdout)
    as_csv = seeded("query", "SELECT kind FROM events ORDER BY kind", "--csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["kind"] and len(rows) == 6
    refused = seeded("query", "DELETE FROM events")
    assert refused.exit_code == 1 and refused.stderr.startswith("error: query refused")
    assert len(seeded.json("events")) == 5


def test_tag_json_on_the_seed(run: Any) -> None:
    result = run("tag", str(SEED_ARTICLE))
    assert result.exit_code == 0
    values = {t["text"]: t["value"] for t in json.loads(result.stdout)}
    assert values["this week"] == "2025-W10"
    assert values["Thursday"] == "2025-03-06"


def test_tag_without_a_date_reads_a_story(run: Any, tmp_path: Path) -> None:
    """No reference: the text's own dates anchor it (narrative mode), and it says so."""
    path = tmp_path / "a.txt"
    path.write_text(
        "The peace conference opened in January 1919. On 28 June the treaty was signed.",
        encoding="utf-8",
    )
    result = run("tag", str(path))
    assert result.exit_code == 0
    assert "no publication date" in result.stderr and "narrative" in result.stderr
    values = {t["text"]: t["value"] for t in json.loads(result.stdout)}
    assert values["28 June"] == "1919-06-28"
    dated = run("tag", str(path), "--published", "2025-03-03")
    assert dated.exit_code == 0 and "narrative" not in dated.stderr


def test_tag_jsonl_batch_is_scorer_format(run: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    docs = [
        {"id": "a", "dct": "2025-03-03", "text": "He will meet them on Thursday."},
        {"id": "b", "dct": "2025-03-03", "text": "Nothing here."},
    ]
    source.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    result = run("tag", "--jsonl", str(source))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    [thursday] = lines[0]["timexes"]
    assert docs[0]["text"][thursday["start"] : thursday["end"]] == "Thursday"
    assert thursday["value"] == "2025-03-06" and thursday["type"] == "DATE"
    assert lines[1]["timexes"] == []


def test_tag_jsonl_bad_line_names_file_and_line(run: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "dct": "2025-03-03", "text": "x"}\nnot json\n', encoding="utf-8")
    result = run("tag", "--jsonl", str(source))
    assert result.exit_code == 1 and f"{source}:2" in result.stderr


def test_tag_timeml_and_explain(run: Any) -> None:
    timeml = run("tag", str(SEED_ARTICLE), "--format", "timeml")
    assert '<TIMEX3 tid="t1" type="DATE" value="2025-W10">this week</TIMEX3>' in timeml.stdout
    explain = run("tag", str(SEED_ARTICLE), "--explain")
    assert "2025-03-06" in explain.stdout and "due to" in explain.stdout


def test_db_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("SCHEDULE_DB", str(target))
    result = CliRunner().invoke(cli, ["ingest", str(SEED_ARTICLE)])
    assert result.exit_code == 0 and target.is_file()


def test_tables_show_brackets_as_text(seeded: Any) -> None:
    """Rich markup syntax in data ("[/]", "[bold]") is printed, not interpreted."""
    result = seeded("query", "SELECT '[/]' AS odd, '[bold]x' AS other")
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[bold]x" in result.stdout
