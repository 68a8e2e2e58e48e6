"""The README's examples are real transcripts: this keeps them true."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from schedule.cli import cli

from support import REPO, SEED_ARTICLE

README = (REPO / "README.md").read_text(encoding="utf-8")


def _console_blocks() -> list[str]:
    return re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL)


def _examples() -> list[tuple[str, list[str]]]:
    """(command, shown output lines) for every `$ schedule ...` line with output."""
    examples = []
    for block in _console_blocks():
        lines = block.splitlines()
        for index, line in enumerate(lines):
            if not line.startswith("$ schedule "):
                continue
            output = []
            for following in lines[index + 1 :]:
                if following.startswith("$ "):
                    break
                output.append(following)
            if output:
                examples.append((line[2:], output))
    return examples


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    db = tmp_path / "readme.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(SEED_ARTICLE)])
    assert result.exit_code == 0
    return db


def _run(db: Path, command: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run an example in a scratch folder holding a copy of seeds/ (examples write files)."""
    monkeypatch.setenv("COLUMNS", "120")
    scratch = db.parent / "cwd"
    if not scratch.exists():
        (scratch / "seeds").mkdir(parents=True)
        (scratch / "seeds" / SEED_ARTICLE.name).write_bytes(SEED_ARTICLE.read_bytes())
    monkeypatch.chdir(scratch)
    args = shlex.split(command)[1:]
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.output.splitlines()


def test_the_readme_has_examples_to_check() -> None:
    assert len(_examples()) >= 4


# ingest and show examples are checked by their own tests below (files, UIDs)
_READING = [(c, o) for c, o in _examples() if c.split()[1] not in {"ingest", "show"}]


@pytest.mark.parametrize(("command", "shown"), _READING, ids=[c[:60] for c, _ in _READING])
def test_readme_example_output_is_real(
    command: str, shown: list[str], seeded_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actual = _run(seeded_db, command, monkeypatch)
    if shown[-1].strip() == "...":
        assert actual[: len(shown) - 1] == shown[:-1]
    else:
        assert actual == shown


def test_ingest_examples_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest block: stored, then unchanged, then a file with no date refused."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / SEED_ARTICLE.name).write_bytes(SEED_ARTICLE.read_bytes())
    (tmp_path / "notes.txt").write_text("Talks are due on Thursday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "ingest.db"
    ingest = [(c, o) for c, o in _examples() if c.split()[1] == "ingest"]
    assert len(ingest) == 3
    for command, shown in ingest:
        result = CliRunner().invoke(cli, ["--db", str(db), *shlex.split(command)[1:]])
        assert result.output.splitlines()[: len(shown)] == shown


def test_demo_transcript_matches_the_commands(
    seeded_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = README.split("<!-- transcript: demo -->", 1)[1].split("```console\n", 1)[1]
    block = block.split("```", 1)[0]
    sections = re.split(r"^\.venv/bin/(schedule .*)$", block, flags=re.MULTILINE)
    commands = dict(zip(sections[1::2], sections[2::2], strict=True))
    table = commands["schedule upcoming --as-of 2025-03-03"].splitlines()
    assert _run(seeded_db, "schedule upcoming --as-of 2025-03-03", monkeypatch) == [
        line for line in table if line
    ]
    assert "stored    seeds/healey-washington.txt: 5 new event(s), 0 refined" in block
    assert "wrote 5 event(s) to build/seeds.ics" in block


def test_makefile_demo_runs_what_the_transcript_shows() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    block = README.split("<!-- transcript: demo -->", 1)[1].split("```", 2)[1]
    for line in block.splitlines():
        if line.startswith(".venv/bin/schedule "):
            recipe = line.replace(".venv/bin/", "$(BIN)/").replace("2025-03-03", "$(AS_OF)")
            assert recipe in makefile


def test_show_example_matches_apart_from_the_minted_uid(
    seeded_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [shown] = [o for c, o in _examples() if c.split()[1] == "show"]
    uids = _run(
        seeded_db,
        "schedule query 'SELECT uid FROM events WHERE kind = \"meeting\"' --csv",
        monkeypatch,
    )
    actual = _run(seeded_db, f"schedule show {uids[1][:8]}", monkeypatch)
    for want, got in zip(shown, actual, strict=False):
        if want.strip() == "...":
            break
        if want.strip().startswith("uid"):
            assert got.strip().startswith("uid") and got.strip().endswith("@schedule-tracker")
        else:
            assert got == want


def test_library_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python example, run as written, prints what its comments say."""
    [code] = re.findall(r"```python\n(.*?)```", README.split("## Library", 1)[1], flags=re.DOTALL)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / SEED_ARTICLE.name).write_bytes(SEED_ARTICLE.read_bytes())
    monkeypatch.chdir(tmp_path)
    printed: list[str] = []
    exec(
        compile(code, "README.md", "exec"),
        {"print": lambda *a: printed.append(" ".join(map(str, a)))},
    )
    assert "2025-03-06 Healey–Hegseth bilateral meeting, Washington" in printed
    assert "Thursday 2025-03-06 future will" in printed
