"""Reading article files: front matter, encodings and every way a file can be bad."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from schedule.articles import (
    MAX_ARTICLE_BYTES,
    article_from_text,
    decode_text,
    parse_published,
    read_article,
)
from schedule.errors import ArticleError

from support import SEED_ARTICLE, SHARED


def test_seed_front_matter_gives_date_zone_and_title() -> None:
    article = read_article(SEED_ARTICLE)
    assert article.published == date(2025, 3, 3)
    assert article.timezone == "Europe/London"
    assert article.title and "Washington" in article.title
    assert article.text.lstrip().startswith("Defence Secretary John Healey")
    assert article.reference.date() == date(2025, 3, 3)


def test_seed_body_is_the_shared_seed_byte_for_byte() -> None:
    shared = SHARED / "seeds" / SEED_ARTICLE.name
    if not shared.exists():
        pytest.skip(f"{shared} not present (a clone without ../shared)")
    assert read_article(SEED_ARTICLE).text == shared.read_text(encoding="utf-8")


def test_explicit_published_overrides_front_matter() -> None:
    article = read_article(SEED_ARTICLE, published="2025-03-04")
    assert article.published == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-03", date(2025, 3, 3)),
        ("2025-03-03T09:30:00+00:00", datetime(2025, 3, 3, 9, 30, tzinfo=UTC)),
        ("2025-03-03T09:30:00Z", datetime(2025, 3, 3, 9, 30, tzinfo=UTC)),
        (
            "2025-03-03T09:30:00-05:00",
            datetime(2025, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("Mon, 03 Mar 2025 09:30:00", datetime(2025, 3, 3, 9, 30)),
        ("3 March 2025", datetime(2025, 3, 3)),
    ],
)
def test_publication_date_forms(raw: str, expected: date) -> None:
    assert parse_published(raw) == expected


def test_dates_keep_the_offset_given() -> None:
    value = parse_published("2025-03-03T23:30:00-05:00")
    assert isinstance(value, datetime) and value.utcoffset() == timedelta(hours=-5)


def _write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"Healey will travel to Washington this week.", "no publication date"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"---\npublished: 2025-03-03\n", "front matter is not closed"),
        (b"---\npublished: 2025-03-03\n---\n   \n", "empty article"),
        (b"---\npublished: someday\n---\nText.", "bad publication date"),
        (b"---\npublished: 2025-03-03\nauthor: x\n---\nText.", "unknown key 'author'"),
        (b"---\npublished: 2025-03-03\ntimezone: Mars/Olympus\n---\nText.", "unknown time zone"),
        (b"---\nthis line has no colon\n---\nText.", "not 'key: value'"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, b"---\npublished: 2025-03-03\n---\nText.")
    path.chmod(0)
    try:
        if path.open("rb"):  # root can read anything: nothing to test then
            pytest.skip("running as root: permissions do not stop reads")
    except PermissionError:
        with pytest.raises(ArticleError, match="permission denied"):
            read_article(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("---\npublished: 2025-03-03\n---\nMr Healey’s visit — on Thursday.", "utf-8"),
        ("---\npublished: 2025-03-03\n---\nMr Healey’s visit — on Thursday.", "utf-8-sig"),
        ("---\npublished: 2025-03-03\n---\nMr Healey’s visit — on Thursday.", "utf-16"),
        ("---\npublished: 2025-03-03\n---\nMr Healey’s visit — on Thursday.", "cp1252"),
    ],
)
def test_news_encodings_are_decoded(tmp_path: Path, encoded: str, encoding: str) -> None:
    path = _write(tmp_path, encoded.encode(encoding))
    assert read_article(path).text == "Mr Healey’s visit — on Thursday."


def test_content_hash_ignores_metadata_but_not_text() -> None:
    a = article_from_text("Talks on Thursday.", "a", published="2025-03-03")
    b = article_from_text("Talks on Thursday.", "b", published="2025-03-04")
    c = article_from_text("Talks on Friday.", "a", published="2025-03-03")
    assert a.content_hash == b.content_hash != c.content_hash


# --------------------------------------------------------- feeds' date forms, encodings, limits


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Sun, 02 Mar 2025 21:45:00 -0500",
            datetime(2025, 3, 2, 21, 45, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("Mon, 03 Mar 2025 07:30:00 GMT", datetime(2025, 3, 3, 7, 30, tzinfo=UTC)),
        (
            "3 Mar 2025 07:30:00 +0100",
            datetime(2025, 3, 3, 7, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
    ],
)
def test_rfc_2822_dates_keep_their_offset(raw: str, expected: datetime) -> None:
    value = parse_published(raw)
    assert value == expected and value.utcoffset() == expected.utcoffset()


def test_utf16_without_bom_is_detected(tmp_path: Path) -> None:
    text = "---\npublished: 2025-03-03\n---\nMr Healey’s visit — on Thursday."
    for encoding in ("utf-16-le", "utf-16-be"):
        path = _write(tmp_path, text.encode(encoding), f"{encoding}.txt")
        assert read_article(path).text == "Mr Healey’s visit — on Thursday."


def test_declared_charset_is_used_and_a_bom_beats_it() -> None:
    assert decode_text("café".encode("iso-8859-15"), "x", declared="iso-8859-15") == "café"
    assert decode_text("Zürich".encode("utf-8-sig"), "x", declared="windows-1252") == "Zürich"
    # A wrong declaration falls back to detection instead of failing.
    assert decode_text("Zürich".encode(), "x", declared="ascii") == "Zürich"


def test_fifty_megabytes_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ArticleError, match=f"too large .*limit is {MAX_ARTICLE_BYTES} bytes"):
        read_article(path)
