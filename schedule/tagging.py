"""The library side of ``schedule tag``: inputs for the resolver and its
output formats, including the batch JSONL of ``timex_score.py``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from schedule.articles import (
    article_from_text,
    decode_text,
    parse_published,
    read_input_bytes,
    split_front_matter,
)
from schedule.errors import ArticleError
from schedule.resolution import Timex, tag


@dataclass(frozen=True, slots=True)
class TaggingInput:
    """A text to tag and its reference, which a story may lack (unlike an article
    to ingest, whose events need a date to hang on)."""

    source: str
    text: str
    reference: date | datetime | None

    @property
    def narrative(self) -> bool:
        """No reference: the text's own dates are all there is to anchor to (TimeML)."""
        return self.reference is None


def read_for_tagging(
    file: Path | None, published: str | None, timezone: str | None
) -> TaggingInput:
    """The text to tag (a file or stdin) and its reference date, if it has one."""
    source = "<stdin>" if file is None else str(file)
    data = sys.stdin.buffer.read() if file is None else read_input_bytes(file)
    raw = decode_text(data, source)
    meta, body = split_front_matter(raw, source)
    if published is None and not meta.get("published") and body.strip():
        return TaggingInput(source, body, None)
    article = article_from_text(raw, source, published=published, timezone=timezone)
    return TaggingInput(source, article.text, article.reference)


def tag_input(text: TaggingInput, *, narrative: bool = False) -> list[Timex]:
    return tag(text.text, text.reference, narrative=narrative or text.narrative)


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
