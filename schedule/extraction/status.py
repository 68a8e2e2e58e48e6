"""Certainty and modality: whether an engagement is scheduled, expected,
held, cancelled or postponed, read from the verbs and cues of its clause, and
the negations and conditionals that make a sentence report no engagement."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from schedule.extraction.events import Kind, Status, _as_date
from schedule.extraction.kinds import _Trigger
from schedule.extraction.lexicon import _lexicon
from schedule.resolution import Timex


def _status(
    clause: str, before_trigger: str, trigger: _Trigger, timex: Timex, reference: date
) -> Status:
    """Certainty from the language of the trigger's clause.

    Cancellation anywhere in the clause wins ("the talks were cancelled");
    then the modal nearest before the trigger ("is expected to" → expected,
    "will"/"is due to" → scheduled); then tense ("met", "was held") and the
    resolved date decide between held and scheduled.
    """
    lexicon = _lexicon()
    if trigger.kind is Kind.STATEMENT:
        # "the visit has been postponed, X said on Friday": the saying was made
        # (tests/articles/README.md: a dated statement is reported)
        return Status.REPORTED
    if lexicon.cancel.search(clause):
        return Status.CANCELLED
    if lexicon.postpone.search(clause):
        return Status.POSTPONED
    cue = _last_cue(before_trigger)
    if cue is None:
        after = clause[clause.find(trigger.text) + len(trigger.text) :][:40]
        cue = _first_cue(after)
    if cue == "expected":
        return Status.EXPECTED
    if cue == "scheduled":
        return Status.SCHEDULED
    assert timex.interval is not None
    verb = trigger.text.lower().split()[0]
    past_verb = verb in lexicon.past_triggers or verb.endswith("ed")
    if re.search(r"\b(?:being|be)\s+$", before_trigger):
        past_verb = False  # "before being received by the king": a participle
    elif _PAST_GOVERNOR.search(before_trigger[-60:]):
        past_verb = True  # "hosted the Qatari prime minister for dinner": the dinner was
    if past_verb or lexicon.past_auxiliary.search(before_trigger):
        return Status.HELD
    if str(timex.direction) == "past" or _as_date(timex.interval.end) <= reference:
        return Status.HELD
    # a future date with no modal ("is meeting on Thursday") is a plan
    return Status.SCHEDULED


# a past verb governing the engagement noun that follows it
_PAST_GOVERNOR = re.compile(
    r"\b(?:hosted|held|attended|gave|offered|threw|organised|organized|chaired)\s+"
    r"(?:[\w’'-]+\s+){0,8}$"
)


def _last_cue(text: str) -> str | None:
    """Which modality cue stands nearest before the trigger."""
    lexicon = _lexicon()
    best: tuple[int, str] | None = None
    for name, pattern in (("expected", lexicon.expected), ("scheduled", lexicon.scheduled)):
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else None


def _first_cue(text: str) -> str | None:
    """The modality cue right after a noun trigger ("the summit is expected to")."""
    lexicon = _lexicon()
    best: tuple[int, str] | None = None
    for name, pattern in (("expected", lexicon.expected), ("scheduled", lexicon.scheduled)):
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


def _is_conditional(clause: str, lead: str = "") -> bool:
    """Hypotheticals ("would provide a backstop in the event of a deal") are not
    events; "said he would speak to Putin on Monday" is a plan reported in
    indirect speech (its "would" is the "will" of the words said). ``lead`` is
    the sentence before the clause: "told Parliament on Friday that | he would
    travel" reports the plan from there."""
    if clause.startswith(("Should ", "Were ")) and _INVERTED_IF.match(clause):
        return True
    return any(
        not _reported_would().search(clause, max(0, cue.start() - 80), cue.end())
        and not (
            cue.group().lower() == "would"
            and lead
            and _THAT_HE_WOULD.fullmatch(clause, 0, cue.end())
            and _REPORTED_THAT.search(lead[-120:])
        )
        for cue in _lexicon().conditional.finditer(clause)
    )


#: A clause opening "he would", "the minister would" (its subject, then "would").
_THAT_HE_WOULD = re.compile(
    r"\s*(?:he|she|they|it|we|the\s+\w+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+would"
)

#: A reporting verb, what it was told to, where and when, then "that": the
#: frame of indirect speech ("told Parliament in Colombo on Friday that").
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told|added|announced|confirmed)\b[^.;:!?\"“”]{0,100}?\s+that\s*$"
)


#: The inverted conditional opening a sentence: "Should the border commissions
#: conclude their work, a signing ceremony could be held", "Were talks to
#: succeed, ..." (the "if" of formal English, common in wire copy).
_INVERTED_IF = re.compile(
    r"(?:Should|Were)\s+(?:the|a|an|its|their|his|her|both|any|[A-Z][\w’'-]*)\s+[^,]{0,120},"
)


@cache
def _reported_would() -> re.Pattern[str]:
    """REPORTED_WOULD, compiled on first use (keeps the import light)."""
    return re.compile(
        r"\b(?:said|says|told\s+\w+|added|announced|confirmed)\s+(?:that\s+)?"
        r"(?:he|she|they|it|we|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+would$"
    )


_NEGATED = re.compile(
    r"\b(?:not|never|no longer)\s+(?:[\w’']+\s+){0,4}$|n[’']t\s+(?:[\w’']+\s+){0,4}$"
)


_UNREALISED = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|set|supposed|meant|slated)\s+to\s+(?:\w+\s+)?$"
    r"|\b(?:was|were)\s+to\s+have\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# the engagement noun's own verb, past a relative clause: "Macron's visit to Saudi
# Arabia, which had been planned for next week, has been postponed"
_OWN_VERB_OFF = re.compile(
    # "visit to Port Moresby, Papua New Guinea, which had been scheduled for ...,"
    r"[^.,;]{0,90}(?:,\s*[A-Z][^.,;]{0,40})?(?:,\s*(?:which|that)\b[^,]{0,160},)?"
    r"\s*(?:(?:has|have|had)\s+been|was|were)\s+"
    r"(?:cancel(?:l)?ed|called\s+off|scrapped|postponed|delayed|put\s+off|pushed\s+back|deferred)\b",
    re.IGNORECASE,
)


_CALLED_OFF_LATER = re.compile(
    r"\b(?:the|this|that|its)\s+(?:trip|visit|meeting|talks|summit|call|ceremony|signing)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?(?:being\s+)?"
    r"(?:cancel(?:l)?ed|called\s+off|scrapped|postponed|delayed|put\s+off|pushed\s+back|deferred)\b",
    re.IGNORECASE,
)
