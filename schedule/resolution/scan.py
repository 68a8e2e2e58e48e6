"""Word-start scanning: the matches of a pattern guarded by a look-behind, found fast.

Most patterns of the resolver open with a negative look-behind, "not after a
letter" (``(?<![\\w'’])``), so that they start on a word. Python's ``re`` cannot
skip ahead on such a pattern: it tries a full match at every character, letters
included. A pattern that opens with a class of plain characters it can skip
to, so :func:`finder` turns ``(?<![\\w…])BODY`` into ``[separators](?=BODY)``:
one character *before* each candidate start, then the body as a look-ahead.
:func:`find_all` then matches the original pattern where the finder stopped
and keeps ``finditer``'s order and non-overlap, so the matches are the same
``re.Match`` objects, only found with a fraction of the attempts.

:func:`find_at` does the same from a list of start positions: detect.py finds
them once for all the rules that share a window, with one finder whose body is
the union of theirs (a position where any of them matches), and sentence breaks
are tried only at their punctuation marks.

The separators are spelled out (``\\W`` would send the engine back to a
Unicode look-up per character): every ASCII one and the common typographic
ones. A text holding another non-word character takes the plain ``finditer``
(:func:`plain_separators` says which).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from re import _parser as sre_parser  # type: ignore[attr-defined]  # the shortest match

_WORD = re.compile(r"\w")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# non-ASCII characters of news copy that are not word characters: quotes, dashes,
# spaces, bullets, currency and the like
UNICODE_SEPARATORS = frozenset(
    "‘’“”‚„‹›«»–—―‐‑‒…•·‧′″§¶©®™°±×÷€£¥¢¤¦¨¬¯´¸¡¿"
    "\u00a0\u00ad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)


def separator_class(excluded: str) -> str:
    """A character class of the characters that are neither word characters nor in
    ``excluded`` (the look-behind's extra characters), as far as they are known."""
    chars = [chr(c) for c in range(128)] + sorted(UNICODE_SEPARATORS)
    kept = [c for c in chars if c not in excluded and _WORD.match(c) is None]
    return (
        "["
        + "".join(f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in kept)
        + "]"
    )


@lru_cache(maxsize=32)
def plain_separators(text: str) -> bool:
    """Whether every non-word character of ``text`` is one :func:`separator_class` spells."""
    if text.isascii():
        return True
    return all(
        ch in UNICODE_SEPARATORS or _WORD.match(ch) is not None
        for ch in set(_NON_ASCII.findall(text))
    )


def finder(body: str, excluded: str, flags: int = 0) -> re.Pattern[str] | None:
    """The fast finder of ``(?<![\\w<excluded>])(?:body)``: a separator, then the body
    as a look-ahead. None when the body can match an empty string (then ``finditer``
    steps differently and :func:`find_all` could not follow it)."""
    if _min_width(body, flags) == 0:
        return None
    return re.compile(separator_class(excluded) + f"(?=(?:{body}))", flags)


def _min_width(body: str, flags: int) -> int:
    return int(sre_parser.parse(body, flags).getwidth()[0])


def find_all(
    rx: re.Pattern[str],
    fast: re.Pattern[str],
    text: str,
    lo: int = 0,
    hi: int | None = None,
    *,
    at_separator: bool = False,
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, lo, hi)``, when :func:`plain_separators` holds for ``text``
    and ``fast`` stops at a separator before (or, with ``at_separator``, at) every
    position where ``rx`` matches.

    ``rx.match`` is tried only there, in order, and gives the match ``finditer``
    would; one starting inside the previous match is skipped, as ``finditer`` does.
    """
    end = len(text) if hi is None else hi
    pos = lo
    if lo == 0 and (first := rx.match(text, 0, end)) is not None:
        yield first
        pos = first.end()
    for sep in fast.finditer(text, lo - 1 if lo else 0, end):
        for start in (sep.start(), sep.end()) if at_separator else (sep.end(),):
            if start < pos:
                continue
            m = rx.match(text, start, end)
            if m is not None:
                yield m
                pos = m.end()
                break


def find_at(
    rx: re.Pattern[str], starts: Sequence[int], text: str, lo: int, hi: int
) -> list[re.Match[str]]:
    """``list(rx.finditer(text, lo, hi))`` when ``starts`` (ascending) holds every
    position where ``rx`` matches: ``rx.match`` is tried only there, and a match
    starting inside the previous one is skipped, as ``finditer`` does."""
    out: list[re.Match[str]] = []
    pos = lo
    for start in starts:
        if start >= pos and (m := rx.match(text, start, hi)) is not None:
            out.append(m)
            pos = m.end()
    return out
