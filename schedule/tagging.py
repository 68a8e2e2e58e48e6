"""The library side of ``schedule tag``: inputs for the resolver and its
output formats, including the batch JSONL of ``timex_score.py``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from schedule.articles import Article, article_from_text, decode_text, parse_published, read_article
from schedule.errors import ArticleError
from schedule.resolution import Timex, tag


def read_for_tagging(file: Path | None, published: str | None, timezone: str | None) -> Article:
    """The text to tag (a file or stdin) and its reference date."""
    if file is not None:
        return read_article(file, published=published, timezone=timezone)
    raw = decode_text(sys.stdin.buffer.read(), "<stdin>")
    return article_from_text(raw, "<stdin>", published=published, timezone=timezone)


def tag_article(article: Article, *, narrative: bool = False) -> list[Timex]:
    return tag(article.text, article.reference, narrative=narrative)


def tag_jsonl(path: Path, *, narrative: bool = False) -> Iterator[str]:
    """Tag every ``{"id","dct","text"}`` line; yields output lines."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ArticleError(str(path), f"cannot be read ({exc.strerror})") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                doc = json.loads(line)
                text, doc_id = doc["text"], doc["id"]
                dct = doc.get("dct")
                reference = parse_published(dct) if dct else None
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise ArticleError(where, f"not a {{id, dct, text}} JSON line ({exc})") from exc
            timexes = tag(text, reference, narrative=narrative or reference is None)
            out = [
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "type": str(t.type),
                    "value": t.value,
                }
                | ({"mod": t.mod} if t.mod else {})
                for t in timexes
            ]
            yield json.dumps({"id": doc_id, "timexes": out}, ensure_ascii=False)


def explain(timex: Timex) -> str:
    """One line saying what was found, what it means and why."""
    where = f"{timex.start}-{timex.end}"
    value = f"{timex.type} {timex.value}" + (f" mod={timex.mod}" if timex.mod else "")
    interval = ""
    if timex.interval is not None:
        interval = f" [{timex.interval.start.isoformat()} .. {timex.interval.end.isoformat()})"
    why = f"direction={timex.direction}"
    if timex.cue:
        why += f" cue={timex.cue!r}"
    if timex.rule:
        why += f" rule={timex.rule}"
    return f"{where:>11}  {timex.text!r:<28} {value}{interval}  {why}"
