"""Killing an ingest mid-batch loses nothing finished and stores nothing
partial; running it again resumes, keeps the UIDs already minted, and ends
with the database an uninterrupted run gives."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from support import REPO

PAIRS = [
    (
        "Australian Prime Minister Anthony Albanese",
        "New Zealand Prime Minister Christopher Luxon",
        "Sydney",
    ),
    ("Polish President Andrzej Duda", "Lithuanian President Gitanas Nauseda", "Vilnius"),
    (
        "Greek Prime Minister Kyriakos Mitsotakis",
        "Cypriot President Nikos Christodoulides",
        "Athens",
    ),
    ("Norwegian Prime Minister Jonas Gahr Store", "Finnish President Alexander Stubb", "Helsinki"),
    ("Turkish President Recep Tayyip Erdogan", "Ukrainian President Volodymyr Zelensky", "Ankara"),
    ("Spanish Prime Minister Pedro Sanchez", "Italian Prime Minister Giorgia Meloni", "Rome"),
    ("Foreign Secretary David Lammy", "German Foreign Minister Annalena Baerbock", "Berlin"),
    (
        "Japanese Foreign Minister Takeshi Iwaya",
        "Australian Foreign Minister Penny Wong",
        "Canberra",
    ),
]
WEEKDAYS = ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
ARTICLES = 80
#: Interrupt once this many articles are stored: well inside the batch.
INTERRUPT_AFTER = 25


def _batch(path: Path) -> Path:
    """Wire-style articles; every tenth one reports an earlier engagement
    again, so the batch exercises merging as well as creating."""
    lines = []
    for i in range(ARTICLES):
        j = i - 5 if i % 10 == 9 else i
        first, second, city = PAIRS[j % len(PAIRS)]
        weekday = WEEKDAYS[(j // len(PAIRS)) % len(WEEKDAYS)]
        if j == i:
            lead = f"{first} will meet {second} in {city} on {weekday}."
        else:
            lead = f"{second} is due to meet {first} in {city} on {weekday}, officials confirmed."
        text = f"{lead}\nOfficials said it would be round {i + 1} of the talks this year.\n"
        lines.append(json.dumps({"id": f"w{i:03}", "published": "2025-03-03", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(db: Path, batch: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "schedule", "--db", str(db), "ingest", str(batch)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count_sources(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def _snapshot(db: Path) -> dict[str, object]:
    """The database in terms that do not depend on row ids or minted UIDs:
    each event named by the (article, sentence offset) pairs that report it."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        sources = dict(conn.execute("SELECT id, content_hash FROM sources"))
        mentions: dict[int, set[tuple[str, int]]] = {}
        for event_id, source_id, offset in conn.execute(
            "SELECT event_id, source_id, offset FROM mentions"
        ):
            mentions.setdefault(event_id, set()).add((sources[source_id], offset))
        events = {}
        for event_id, uid, title, kind, start, end, status in conn.execute(
            "SELECT id, uid, title, kind, start_date, end_date, status FROM events"
        ):
            events[uid] = (
                frozenset(mentions.get(event_id, set())),
                title,
                kind,
                start,
                end,
                status,
            )
        per_source = Counter(sources[s] for (s,) in conn.execute("SELECT source_id FROM mentions"))
    return {"sources": set(sources.values()), "events": events, "per_source": per_source}


def _comparable(snapshot: dict[str, object]) -> Counter[tuple[object, ...]]:
    return Counter(snapshot["events"].values())  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The batch, and the database one uninterrupted run makes of it."""
    folder = tmp_path_factory.mktemp("uninterrupted")
    batch = _batch(folder / "wire.jsonl")
    clean = _ingest(folder / "clean.db", batch)
    _, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err
    expected = _snapshot(folder / "clean.db")
    assert len(expected["sources"]) == ARTICLES  # type: ignore[arg-type]
    return batch, expected


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_interrupted_batch_resumes_to_the_uninterrupted_result(
    tmp_path: Path, how: signal.Signals, uninterrupted: tuple[Path, dict[str, object]]
) -> None:
    batch, expected = uninterrupted

    db = tmp_path / "interrupted.db"
    process = _ingest(db, batch)
    deadline = time.monotonic() + 120
    while _count_sources(db) < INTERRUPT_AFTER:
        assert process.poll() is None, "the batch finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(how)
    _, err = process.communicate(timeout=60)
    if how == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:
        assert process.returncode == 130, err
        assert "; interrupted" in err

    partial = _snapshot(db)
    done = len(partial["sources"])  # type: ignore[arg-type]
    assert INTERRUPT_AFTER <= done < ARTICLES, "the kill came after the end of the batch"
    print(f"{how.name}: {done} of {ARTICLES} articles stored before the interruption")
    # Every stored article is whole: all its mentions, as in the clean run.
    for content_hash in partial["sources"]:  # type: ignore[attr-defined]
        assert partial["per_source"][content_hash] == expected["per_source"][content_hash]  # type: ignore[index]

    rerun = _ingest(db, batch)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.count("unchanged ") == done
    assert f"{ARTICLES - done} stored, {done} skipped as duplicates, 0 failed" in err

    final = _snapshot(db)
    assert final["sources"] == expected["sources"]
    assert _comparable(final) == _comparable(expected)
    assert max(_comparable(final).values()) == 1  # no event twice
    # The UIDs the interrupted run minted survive, on the same events.
    for uid, (reported_by, *_rest) in partial["events"].items():  # type: ignore[attr-defined]
        assert uid in final["events"], uid  # type: ignore[operator]
        assert reported_by <= final["events"][uid][0]  # type: ignore[index]
