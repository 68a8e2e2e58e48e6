"""Event extraction: an article's sentences and resolved dates → engagements.

A sentence yields an event when it holds an event *trigger* ("will travel to",
"bilateral meeting", "reception", "said") and a date the resolver anchored
precisely enough to put in a calendar (a time, day, week or month). Vague
references ("in the coming days") and durations never become calendar entries.

Pure functions: an :class:`~schedule.articles.Article` (or text and reference)
and the resolver's timexes in, :class:`ExtractedEvent` values out.

One module per concept, in the order the pipeline (``extract.py``) uses them:

- ``events`` — the output types and their derived title and location;
- ``lexicon`` — the word lists of ``schedule/data/events_en.json``, compiled;
- ``sentences`` — sentence and clause spans;
- ``people`` — names, titles, short forms, office holders, pronouns;
- ``kinds`` — triggers and the kind of engagement each names;
- ``status`` — scheduled, expected, held, cancelled, postponed; negation;
- ``locations`` — places and venues as the text names them;
- ``dates`` — which resolved date is an engagement's, ranges, clock times;
- ``engagements`` — one event from one trigger and one date;
- ``coordination``, ``followups``, ``attendees``, ``trips`` — engagements that
  share a sentence, continue the one before, gain attendees or sit in a trip.
"""

from __future__ import annotations

from schedule.extraction.events import ExtractedEvent, Kind, Participant, Precision, Status
from schedule.extraction.extract import extract_events
from schedule.extraction.kinds import _triggers
from schedule.extraction.people import find_people
from schedule.extraction.sentences import split_sentences

__all__ = [
    "ExtractedEvent",
    "Kind",
    "Participant",
    "Precision",
    "Status",
    "_triggers",
    "extract_events",
    "find_people",
    "split_sentences",
]
