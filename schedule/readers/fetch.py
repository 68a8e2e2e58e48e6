"""Fetching pages and feeds over HTTP(S), with limits a batch can live with.

Every failure — bad URL, refused connection, time-out, too many redirects, an
HTTP error status, an oversized or empty body — is one :class:`FetchError`
naming the URL, so one dead link never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from schedule.articles import MAX_ARTICLE_BYTES
from schedule.errors import ArticleError

#: Seconds to wait to connect, and between two reads of the body.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
#: Redirects followed before giving up (RFC 9110 15.4 leaves the number to
#: the client; browsers stop at about 20, feed readers at 5-10).
MAX_REDIRECTS = 10


class FetchError(ArticleError):
    """A URL could not be fetched."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body and what the server said about it."""

    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    data: bytes


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _user_agent() -> str:
    try:
        return f"schedule-tracker/{version('schedule-tracker')}"
    except PackageNotFoundError:
        return "schedule-tracker"


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_ARTICLE_BYTES,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET one URL; raise :class:`FetchError` with a one-line reason on failure."""
    import httpx

    if not is_url(url):
        raise FetchError(url, "not an http:// or https:// URL")
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    headers = {
        "User-Agent": _user_agent(),
        "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
        "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5",
    }
    try:
        with (
            httpx.Client(
                timeout=timeout,
                follow_redirects=True,
                max_redirects=max_redirects,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    url, f"too large ({declared} bytes; the limit is {max_bytes} bytes)"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"too large (over the limit of {max_bytes} bytes)")
                chunks.append(chunk)
            media = response.headers.get("content-type", "").split(";")[0]
            charset = response.charset_encoding
            final = str(response.url)
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"too many redirects (more than {max_redirects})") from exc
    except httpx.ConnectTimeout as exc:
        raise FetchError(url, f"timed out connecting (after {connect_timeout:g} s)") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out waiting for the server ({read_timeout:g} s)") from exc
    except httpx.ConnectError as exc:
        raise FetchError(url, f"cannot connect ({exc})") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"HTTP failure ({exc.__class__.__name__}: {exc})") from exc
    data = b"".join(chunks)
    if not data.strip():
        raise FetchError(url, "empty response")
    return Fetched(url, final, media.strip().lower(), charset, data)
