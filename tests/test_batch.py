"""Batches: JSONL archives, folders mixing every input type, the summary, the
progress reports, and a matrix of bad inputs none of which may stop a run."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from schedule.batch import BatchSummary, ingest_batch
from schedule.ingest import IngestResult, iter_articles
from schedule.readers import expand_inputs
from schedule.readers.jsonl import articles_from_jsonl
from schedule.storage import Database

from ingest_support import INPUTS, key, stored_events

ARCHIVE = INPUTS / "archive.jsonl"
FOLDER = INPUTS / "folder"

# A one-day visit "for talks with" someone, its only stated purpose, is the talks
# alone, in the visit's city (tests/articles/README.md, one-day trips).
ARCHIVE_EVENTS = [
    key("2025-03-03", "Athens", "Kyriakos Mitsotakis", "Nikos Christodoulides"),
    key("2025-03-07", "Helsinki", "Jonas Gahr Store", "Alexander Stubb"),
    key("2025-03-07", "Sydney", "Anthony Albanese", "Christopher Luxon"),
    key("2025-03-09", "London", "Giorgia Meloni", "Keir Starmer"),
]

FOLDER_EVENTS = [
    key("2025-03-05", "Vilnius", "Andrzej Duda", "Gitanas Nauseda"),
    key("2025-03-06", "Kyiv", "Dick Schoof", "Volodymyr Zelensky"),
    key("2025-03-07", "Sydney", "Anthony Albanese", "Christopher Luxon"),
    key("2025-03-08", "Buenos Aires", "Gabriel Boric", "Javier Milei"),
]


def test_jsonl_archive_gives_the_expected_events(db: Database) -> None:
    summary = ingest_batch(db, [ARCHIVE])
    assert (summary.read, summary.stored, summary.duplicates) == (4, 4, 0)
    assert summary.results[0].source == f"{ARCHIVE}#dd-0301"
    assert stored_events(db) == ARCHIVE_EVENTS


def test_jsonl_records_keep_title_url_id_and_offset() -> None:
    first, second, *_ = articles_from_jsonl(ARCHIVE)
    assert not isinstance(first, Exception) and not isinstance(second, Exception)
    assert first.title == "Albanese and Luxon to meet in Sydney"
    assert first.url == "https://news.example.org/asia-pacific/2025/03/03/albanese-luxon"
    assert first.guid == "archive.jsonl#dd-0301"
    assert second.published.isoformat() == "2025-03-03T09:00:00+00:00"


def test_folder_is_read_recursively_by_file_type(db: Database) -> None:
    inputs, ignored = expand_inputs([FOLDER])
    names = [Path(i.location).relative_to(FOLDER).as_posix() for i in inputs]
    assert names == [
        "archive/2025-03.jsonl",
        "notes/schoof-kyiv.txt",
        "wire/duda-vilnius.html",
        "wire/latin-america.rss",
    ]  # name order; .drafts/ is hidden
    assert [Path(p).name for p in ignored] == ["photo.jpg"]
    summary = ingest_batch(db, [FOLDER])
    assert (summary.read, summary.stored, len(summary.failures)) == (4, 4, 0)
    assert stored_events(db) == FOLDER_EVENTS


def test_everything_at_once_then_again_changes_nothing(db: Database) -> None:
    first = ingest_batch(db, [INPUTS])
    assert not first.failures and first.stored == first.read == 14
    events = stored_events(db)
    assert set(ARCHIVE_EVENTS) | set(FOLDER_EVENTS) <= set(events)
    assert len(events) == len(set(events))  # one report of one engagement, one event
    second = ingest_batch(db, [INPUTS])
    assert (second.read, second.stored, second.duplicates) == (14, 0, 14)
    assert stored_events(db) == events


def test_summary_lines() -> None:
    summary = BatchSummary(
        results=[
            IngestResult("a.txt", "stored"),
            IngestResult("b.txt", "unchanged"),
            IngestResult("c.txt", "failed", error="c.txt: empty file"),
        ],
        ignored=["x.jpg"],
    )
    assert summary.describe() == [
        "read 3 article(s): 1 stored, 1 skipped as duplicates, 1 failed; "
        "1 file(s) of other types ignored",
        "  failed: c.txt: empty file",
    ]


class Recorder:
    def __init__(self) -> None:
        self.total: int | None = None
        self.seen: list[str] = []

    def started(self, total: int) -> None:
        self.total = total

    def advanced(self, result: IngestResult) -> None:
        self.seen.append(result.status)


def test_progress_is_told_the_expected_total_and_each_result(db: Database) -> None:
    recorder = Recorder()
    ingest_batch(db, [ARCHIVE, FOLDER / "notes"], progress=recorder)
    assert recorder.total == 5  # 4 JSONL records + 1 file
    assert recorder.seen == ["stored"] * 5


def test_keyboard_interrupt_stops_cleanly_between_articles(db: Database) -> None:
    def interrupt(result: IngestResult) -> None:
        raise KeyboardInterrupt

    summary = ingest_batch(db, [ARCHIVE], on_result=interrupt)
    assert summary.interrupted and summary.read == 1
    assert len(stored_events(db)) == 1
    assert summary.describe()[0].endswith("; interrupted")


def test_a_bug_met_on_one_article_fails_that_article_alone(
    db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    """A crash inside the extractor (injected here: the real ones found were
    fixed) fails its article with a one-line report and stores nothing of it;
    the batch goes on, and the same file stores fine once the bug is gone."""
    import schedule.ingest

    real_extract = schedule.ingest.extract_events

    def extract_with_a_bug(text: str, *args: Any) -> Any:
        if "Nauseda" in text:
            return {}["no such key"]
        return real_extract(text, *args)

    monkeypatch.setattr(schedule.ingest, "extract_events", extract_with_a_bug)
    buggy = tmp_path / "buggy.txt"
    buggy.write_text(ARTICLE, encoding="utf-8")
    summary = ingest_batch(db, [buggy, ARCHIVE])
    assert [r.status for r in summary.results] == ["failed"] + ["stored"] * 4
    error = summary.results[0].error or ""
    assert error.startswith(f"{buggy}: internal error reading this article (KeyError: ")
    assert "test_batch.py:" in error and "please report it" in error and "\n" not in error
    assert stored_events(db) == ARCHIVE_EVENTS
    monkeypatch.setattr(schedule.ingest, "extract_events", real_extract)
    assert [r.status for r in ingest_batch(db, [buggy]).results] == ["stored"]
    assert key("2025-03-05", "Vilnius", "Andrzej Duda", "Gitanas Nauseda") in stored_events(db)


def test_iter_articles_reads_every_kind() -> None:
    items = list(iter_articles([ARCHIVE, INPUTS / "diplomacy-atom.xml"]))
    assert len(items) == 6 and not [i for i in items if isinstance(i, Exception)]


# --------------------------------------------------------------- bad inputs

ARTICLE = (
    "---\npublished: 2025-03-03\n---\nPolish President Andrzej Duda will visit Vilnius on "
    "Wednesday for talks with Lithuanian President Gitanas Nauseda. Officials’ hopes are high.\n"
)


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str | None]]:
    """name → (file, expected problem or None when it must be read fine)."""
    cases: dict[str, tuple[bytes, str, str | None]] = {
        "undecodable": (
            b"---\npublished: 2025-03-03\n---\n\x81\x8d\xff\xfe\x90 text",
            "a.txt",
            "cannot be decoded",
        ),
        "windows-1252": (ARTICLE.encode("cp1252"), "b.txt", None),
        "utf-16-bom": (ARTICLE.encode("utf-16"), "c.txt", None),
        "utf-16-le-no-bom": (ARTICLE.encode("utf-16-le"), "d.txt", None),
        "utf-16-html": (
            codecs.BOM_UTF16_LE
            + (
                '<html><head><meta property="article:published_time" content="2025-03-03">'
                "</head><body><p>Polish President Andrzej Duda will visit Vilnius on Wednesday "
                "for talks with Lithuanian President Gitanas Nauseda.</p></body></html>"
            ).encode("utf-16-le"),
            "e.html",
            None,
        ),
        "binary": (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "f.txt",
            "binary file",
        ),
        "binary-as-html": (b"\x00\x01\x02PK\x03\x04" * 10, "g.html", "binary file"),
        "empty": (b"", "h.txt", "empty file"),
        "empty-html": (b"", "i.html", "empty file"),
        "empty-jsonl": (b"\n\n", "j.jsonl", "empty file"),
        "malformed-html": (
            b"<html><head><title>x</title><meta name='date' content='2025-03-03'><body><div><p>"
            b"Polish President Andrzej Duda will visit Vilnius on Wednesday.<td></span><p>More",
            "k.html",
            None,
        ),
        "malformed-feed": (
            b"<?xml version='1.0'?><rss><channel><item><title>x</ti",
            "l.xml",
            "malformed feed",
        ),
        "feed-no-dates": (
            b"<rss version='2.0'><channel><title>t</title><item><guid>n1</guid>"
            b"<description>Talks in Rome on Friday.</description></item></channel></rss>",
            "m.rss",
            "no publication date",
        ),
        "jsonl-bad-line": (b"{not json}\n", "n.jsonl", "not a JSON object"),
        "jsonl-no-date": (
            b'{"id": "x", "text": "Talks on Friday."}\n',
            "o.jsonl",
            "no publication date",
        ),
        "no-date": (b"Talks in Rome on Friday.", "p.txt", "no publication date"),
    }
    files = {}
    for name, (data, filename, problem) in cases.items():
        path = tmp / filename
        path.write_bytes(data)
        files[name] = (path, problem)
    huge = tmp / "q.txt"  # 50 MB: over the documented limit
    with huge.open("wb") as handle:
        handle.write(b"---\npublished: 2025-03-03\n---\n")
        handle.truncate(50 * 1024 * 1024)
    files["50-mb"] = (huge, "too large")
    return files


def test_bad_input_matrix_never_stops_the_run(tmp_path: Path, db: Database) -> None:
    cases = _bad_inputs(tmp_path)
    summary = ingest_batch(db, [path for path, _ in cases.values()])
    by_source: dict[str, list[IngestResult]] = {}
    for result in summary.results:
        by_source.setdefault(result.source.split("#")[0].split(":")[0], []).append(result)
    for name, (path, problem) in cases.items():
        [result] = by_source[str(path)]
        if problem is None:
            assert result.status in ("stored", "unchanged"), (name, result.error)
        else:
            assert result.status == "failed", name
            assert problem in (result.error or ""), (name, result.error)
            assert "\n" not in (result.error or "")
    assert summary.read == len(cases)
    # The five readable ones are one engagement reported five times.
    assert stored_events(db) == [
        key("2025-03-05", "Vilnius", "Andrzej Duda"),
        key("2025-03-05", "Vilnius", "Andrzej Duda", "Gitanas Nauseda"),
    ]


def test_bad_input_matrix_through_the_command_line(tmp_path: Path, run: Any) -> None:
    (tmp_path / "in").mkdir()
    cases = _bad_inputs(tmp_path / "in")
    result = run("ingest", str(tmp_path / "in"))
    assert result.exit_code == 1
    failed = [c for c in cases.values() if c[1] is not None]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(failed)
    summary = [line for line in result.stderr.splitlines() if line.startswith("read ")]
    assert summary == [
        # Windows-1252 and both UTF-16 files hold the same text: one stored,
        # two duplicates; the two HTML pages have texts of their own.
        f"read {len(cases)} article(s): 3 stored, 2 skipped as duplicates, {len(failed)} failed"
    ]
    assert result.stderr.count("  failed: ") == len(failed)


def test_jsonl_lines_fail_alone(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "mixed.jsonl"
    good = {"id": "1", "published": "2025-03-03", "text": ARTICLE.split("---\n")[2]}
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                "[1, 2]",
                json.dumps({"id": "3", "text": "x", "author": "me"}),
                json.dumps({"id": "4", "published": 20250303, "text": "x"}),
            ]
        ),
        encoding="utf-8",
    )
    results = ingest_batch(db, [path]).results
    assert [r.status for r in results] == ["stored", "failed", "failed", "failed"]
    assert results[1].error == f"{path}:2: not a JSON object"
    assert "unknown key(s) author" in (results[2].error or "")
    assert "'published' must be a string" in (results[3].error or "")


def test_command_reads_a_feed_file_with_feed_and_needs_some_input(run: Any) -> None:
    result = run("ingest", "--feed", str(INPUTS / "diplomacy-atom.xml"))
    assert result.exit_code == 0, result.output
    assert result.stdout.count("stored    https://news.example.org/diplomacy/") == 2
    assert "read 2 article(s): 2 stored" in result.stderr
    nothing = run("ingest")
    assert nothing.exit_code == 2 and "nothing to ingest" in nothing.stderr


def test_command_published_overrides_every_input(run: Any) -> None:
    result = run("ingest", str(INPUTS / "diplomacy-rss2.xml"), "--published", "2025-03-10")
    assert result.exit_code == 0
    assert {s["published"] for s in run.json("sources")} == {"2025-03-10"}


def test_an_empty_folder_says_so(run: Any, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("not news", encoding="utf-8")
    result = run("ingest", str(tmp_path / "empty"))
    assert result.exit_code == 0
    assert "read 0 article(s): 0 stored, 0 skipped as duplicates, 0 failed; " in result.stderr
    assert "1 file(s) of other types ignored" in result.stderr


def test_an_archive_given_twice_in_one_batch_is_stored_once(db: Database, tmp_path: Path) -> None:
    # both copies fall in one look-up chunk (see also test_readers_fetch's
    # older-version test, where only that bookkeeping can give "unchanged")
    copy = tmp_path / ARCHIVE.name
    copy.write_bytes(ARCHIVE.read_bytes())
    summary = ingest_batch(db, [ARCHIVE, copy])
    assert [r.status for r in summary.results] == ["stored"] * 4 + ["unchanged"] * 4
    assert stored_events(db) == ARCHIVE_EVENTS
