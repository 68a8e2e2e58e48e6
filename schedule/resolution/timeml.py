"""Inline TimeML output, for the TempEval-3 toolkit and for eyeballing."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from schedule.resolution.types import Timex


def to_timeml(text: str, timexes: list[Timex]) -> str:
    """``text`` with ``<TIMEX3 tid type value [mod]>`` tags, XML-escaped.

    Timexes must not overlap (``tag`` guarantees it); they are numbered t1, t2…
    in text order, as the TempEval-3 normaliser expects.
    """
    parts: list[str] = []
    pos = 0
    for i, tx in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if tx.start < pos:
            raise ValueError(f"overlapping timexes at offset {tx.start}")
        parts.append(escape(text[pos : tx.start]))
        attrs = f'tid="t{i}" type={quoteattr(str(tx.type))} value={quoteattr(tx.value)}'
        if tx.mod:
            attrs += f" mod={quoteattr(tx.mod)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(text[tx.start : tx.end])}</TIMEX3>")
        pos = tx.end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def to_timeml_document(doc_id: str, dct: str, text: str, timexes: list[Timex]) -> str:
    """A whole TempEval-3 ``.tml`` file: DOCID, the DCT as t0, and the tagged TEXT."""
    return (
        '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false"'
        f' functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n'
        f"<TEXT>{to_timeml(text, timexes)}</TEXT>\n</TimeML>\n"
    )
