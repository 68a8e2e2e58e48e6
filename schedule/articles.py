"""Reading articles: bytes on disk → text plus publication metadata.

Everything that can go wrong with an input file is decided here, before any
database work starts, so a bad file is reported in one line and never leaves a
half-written source behind.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from schedule.errors import ArticleError, UsageError

#: The size limit of one document — a text or HTML file, a feed, a download,
#: one line of a JSONL batch. Larger inputs are refused before they are read
#: into memory: news articles are kilobytes and feeds rarely pass a megabyte;
#: a 10 MiB "article" is a mistake (a dump, a binary, a log). JSONL batches are
#: read line by line, so an archive file itself may be of any size.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

FRONT_MATTER_KEYS = frozenset({"title", "published", "url", "timezone"})

# Bytes that are undefined in Windows-1252: their presence means "not cp1252".
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, ready to resolve: body text and its reference time."""

    source: str
    text: str
    published: date | datetime
    timezone: str | None = None
    title: str | None = None
    url: str | None = None
    #: Feed entry id (RSS ``guid``, Atom ``id``) or batch record id: an entry
    #: seen again under the same id is a duplicate unless its text changed.
    guid: str | None = None
    #: The feed or batch file the article came from.
    feed: str | None = None
    #: True when a feed gave only the entry's summary, not the full text.
    summary_only: bool = False
    #: When the source says the article was last updated (Atom ``updated``).
    updated: date | datetime | None = None

    @property
    def content_hash(self) -> str:
        """Identity of the article for idempotent ingestion: its body text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def reference(self) -> date | datetime:
        """The anchor for relative dates: an aware date-time where one is known."""
        if isinstance(self.published, datetime):
            return self.published
        if self.timezone:
            # Noon local time: the day is right in the article's zone whatever
            # the hour of publication was.
            return datetime.combine(self.published, time(12), tzinfo=ZoneInfo(self.timezone))
        return self.published

    @property
    def published_iso(self) -> str:
        return self.published.isoformat()


def check_timezone(name: str) -> str:
    """Validate an IANA zone name, so a typo is caught before anything is stored."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(
            f"unknown time zone {name!r} (use an IANA name like Europe/London)"
        ) from exc
    return name


def parse_published(value: str, timezone: str | None = None) -> date | datetime:
    """Parse a publication date or date-time as found in metadata.

    ISO 8601 first (exact, and keeps the offset as given); then RFC 2822, the
    form of RSS 2.0 ``pubDate`` ("Mon, 03 Mar 2025 09:00:00 +0000", offset
    kept); then dateparser for the forms news sites print ("3 March 2025").
    """
    text = value.strip().strip("\"'")
    if not text:
        raise ValueError("empty publication date")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_rfc2822(text) or _parse_with_dateparser(text)
    if parsed.tzinfo is None and timezone:
        parsed = parsed.replace(tzinfo=ZoneInfo(timezone))
    return parsed


def _parse_rfc2822(text: str) -> datetime | None:
    # RFC 2822 section 3.3; "-0000" means "zone unknown" there, so it stays naive.
    if not re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None


def publication_date(
    when: str | date | datetime | None, source: str, timezone: str | None, missing: str
) -> date | datetime:
    """The publication date an input gives, parsed, or an :class:`ArticleError`
    saying ``missing`` (each reader knows where a date would have been)."""
    if when is None or when == "":
        raise ArticleError(source, missing)
    if not isinstance(when, str):
        return when
    try:
        return parse_published(when, timezone)
    except ValueError as exc:
        raise ArticleError(source, f"bad publication date: {exc}") from exc


def published_instant(value: str | date | datetime, timezone: str | None = None) -> datetime:
    """A publication time as an aware UTC instant, for ordering reports.

    A bare date is its midnight, and a time without offset is read in the
    source's zone (UTC when none is known), so "2025-03-03T09:00+01:00" sorts
    before "2025-03-03T08:30+00:00" as it should, which text comparison gets wrong.
    """
    moment = parse_published(value, timezone) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(0))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone) if timezone else UTC)
    return moment.astimezone(UTC)


def _parse_with_dateparser(text: str) -> datetime:
    import dateparser  # deferred: ~0.3 s import, only needed for non-ISO metadata

    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    )
    if parsed is None:
        raise ValueError(f"cannot read {text!r} as a date")
    return parsed


def decode_text(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM,
    or without one when the NUL pattern shows it), the charset the container
    declares, or Windows-1252 (still common in news archives). Anything else
    is refused.

    ``declared`` is a charset an HTTP ``Content-Type`` or an HTML ``<meta
    charset>`` names. A byte-order mark wins over it (WHATWG Encoding
    Standard, "decode"), and so do bytes that are valid UTF-8: pages that
    declare Latin-1 but are saved as UTF-8 are common, the reverse (Latin-1
    text that happens to be valid UTF-8) practically does not occur.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                source, "not readable as UTF-16 despite its byte-order mark"
            ) from exc
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise ArticleError(source, "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        decoded = _decode_declared(data, declared)
        if decoded is not None:
            return decoded
    if not _CP1252_UNDEFINED.intersection(data):
        return data.decode("cp1252")
    raise ArticleError(source, "not text: cannot be decoded as UTF-8 or Windows-1252")


def _decode_declared(data: bytes, declared: str) -> str | None:
    import codecs

    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"  # WHATWG: these labels mean windows-1252
    if name.startswith("utf-16"):
        return None  # without a BOM, leave UTF-16 to detection
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: text in Latin script has a NUL in
    (nearly) every other byte, all on the same side."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if other == 0 and nuls >= half * 0.6:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if all(ch.isprintable() or ch.isspace() for ch in text):
                return text
    return None


def split_front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    """Split an optional ``---``-fenced block of ``key: value`` lines off the text.

    Deliberately not YAML: YAML would turn ``published: 2025-03-03`` into a date
    object and ``title: No`` into ``False``; these are plain strings.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == "---":
            return meta, "".join(lines[number:])
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise ArticleError(source, f"front matter line {number} is not 'key: value'")
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            raise ArticleError(source, f"front matter line {number}: unknown key {key!r} ({known})")
        meta[key] = value.strip()
    raise ArticleError(source, "front matter is not closed by a '---' line")


def article_from_text(
    raw: str,
    source: str,
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Article:
    """Build an :class:`Article`; explicit arguments override front matter."""
    meta, body = split_front_matter(raw, source)
    if not body.strip():
        raise ArticleError(source, "empty article (no text after the front matter)")
    zone = timezone or meta.get("timezone") or None
    if zone:
        try:
            check_timezone(zone)
        except UsageError as exc:
            raise ArticleError(source, str(exc)) from exc
    when = published if published is not None else meta.get("published")
    when = publication_date(
        when,
        source,
        zone,
        "no publication date (add 'published:' front matter or pass --published)",
    )
    return Article(
        source=source,
        text=body,
        published=when,
        timezone=zone,
        title=meta.get("title") or None,
        url=meta.get("url") or None,
    )


def read_article(
    path: str | os.PathLike[str],
    *,
    published: str | date | datetime | None = None,
    timezone: str | None = None,
) -> Article:
    """Read one plain-text article file, or raise :class:`ArticleError`."""
    source = os.fspath(path)
    raw = decode_text(read_input_bytes(path), source)
    return article_from_text(raw, source, published=published, timezone=timezone)


def read_input_bytes(
    path: str | os.PathLike[str], *, limit: int = MAX_ARTICLE_BYTES, what: str = "article file"
) -> bytes:
    """The bytes of one input file, refused if missing, unreadable, empty or
    over ``limit`` (:data:`MAX_ARTICLE_BYTES` for articles)."""
    file = Path(path)
    source = os.fspath(path)
    try:
        if file.is_dir():
            raise ArticleError(source, f"is a directory, not an {what}")
        size = file.stat().st_size
        if size > limit:
            raise ArticleError(source, f"too large ({size} bytes; the limit is {limit} bytes)")
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleError(source, "no such file") from exc
    except PermissionError as exc:
        raise ArticleError(source, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise ArticleError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise ArticleError(source, "empty file")
    return data
