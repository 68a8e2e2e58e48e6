"""Event extraction, table-driven: sentence (published Monday 3 March 2025,
London) → the engagement a calendar should hold, or none."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from schedule.extraction import extract_events, find_people, split_sentences

MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/London"))

# (sentence, kind, status, start, end, precision, participants, location)
ENGAGEMENTS = [
    # trips and visits
    (
        "Defence Secretary John Healey will travel to Washington this week.",
        "visit",
        "scheduled",
        "2025-03-03",
        "2025-03-10",
        "week",
        {"John Healey"},
        "Washington",
    ),
    (
        "Secretary of State Marco Rubio will travel to Riyadh next week for talks with Saudi officials.",
        "visit",
        "scheduled",
        "2025-03-10",
        "2025-03-17",
        "week",
        {"Marco Rubio"},
        "Riyadh",
    ),
    (
        "President Emmanuel Macron is due to visit Kyiv on Friday.",
        "visit",
        "scheduled",
        "2025-03-07",
        "2025-03-08",
        "day",
        {"Emmanuel Macron"},
        "Kyiv",
    ),
    (
        "Chancellor Friedrich Merz visited Warsaw on Saturday.",
        "visit",
        "held",
        "2025-03-01",
        "2025-03-02",
        "day",
        {"Friedrich Merz"},
        "Warsaw",
    ),
    # meetings
    (
        "Mr Healey is due to hold a bilateral meeting with his US counterpart Pete Hegseth on Thursday.",
        "meeting",
        "scheduled",
        "2025-03-06",
        "2025-03-07",
        "day",
        {"Healey", "Pete Hegseth"},
        None,
    ),
    (
        "French President Emmanuel Macron will host German Chancellor Friedrich Merz in Paris on Tuesday for talks.",
        "meeting",
        "scheduled",
        "2025-03-04",
        "2025-03-05",
        "day",
        {"Emmanuel Macron", "Friedrich Merz"},
        "Paris",
    ),
    (
        "China's Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on Tuesday.",
        "meeting",
        "held",
        "2025-02-25",
        "2025-02-26",
        "day",
        {"Wang Yi", "Sergei Lavrov"},
        "Beijing",
    ),
    (
        "President Donald Trump is expected to meet Keir Starmer at the White House on Thursday.",
        "meeting",
        "expected",
        "2025-03-06",
        "2025-03-07",
        "day",
        {"Donald Trump", "Keir Starmer"},
        "White House, Washington",
    ),
    (
        "Foreign ministers could meet in Brussels on 12 March to discuss the plan.",
        "meeting",
        "expected",
        "2025-03-12",
        "2025-03-13",
        "day",
        set(),
        "Brussels",
    ),
    # summits, conferences, receptions, calls, speeches, signings
    (
        "Ukrainian President Volodymyr Zelensky is expected to attend the Nato summit in The Hague on June 24.",
        "summit",
        "expected",
        "2025-06-24",
        "2025-06-25",
        "day",
        {"Volodymyr Zelensky"},
        "The Hague",
    ),
    (
        "On Wednesday Mr Healey is expected to attend a reception at the British ambassador's official residence.",
        "reception",
        "expected",
        "2025-03-05",
        "2025-03-06",
        "day",
        {"Healey"},
        "British ambassador's official residence",
    ),
    (
        "Prime Minister Keir Starmer spoke by phone with Indian Prime Minister Narendra Modi on Saturday.",
        "call",
        "held",
        "2025-03-01",
        "2025-03-02",
        "day",
        {"Keir Starmer", "Narendra Modi"},
        None,
    ),
    (
        "Foreign Secretary David Lammy will deliver a speech in Sydney at 9am local time on Wednesday.",
        "speech",
        "scheduled",
        "2025-03-05T09:00:00+11:00",
        "2025-03-05T10:00:00+11:00",
        "time",
        {"David Lammy"},
        "Sydney",
    ),
    (
        "Mr Merz and Mr Macron will hold a joint press conference at the Élysée Palace at 15:00 GMT on Thursday.",
        "speech",
        "scheduled",
        "2025-03-06T15:00:00+00:00",
        "2025-03-06T16:00:00+00:00",
        "time",
        {"Merz", "Macron"},
        "Élysée Palace, Paris",
    ),
    (
        "Prime Minister Keir Starmer and President Volodymyr Zelensky will sign the agreement in London on Saturday.",
        "signing",
        "scheduled",
        "2025-03-08",
        "2025-03-09",
        "day",
        {"Keir Starmer", "Volodymyr Zelensky"},
        "London",
    ),
    # statements and other developments: past items
    (
        "Sir Keir Starmer said on Sunday that the UK and France would lead efforts.",
        "statement",
        "reported",
        "2025-03-02",
        "2025-03-03",
        "day",
        {"Keir Starmer"},
        None,
    ),
    # cancellations and postponements
    (
        "The meeting between President Emmanuel Macron and Chancellor Friedrich Merz in Berlin on 7 March has been cancelled.",
        "meeting",
        "cancelled",
        "2025-03-07",
        "2025-03-08",
        "day",
        {"Emmanuel Macron", "Friedrich Merz"},
        "Berlin",
    ),
    (
        "A summit of Nato leaders in Brussels planned for 20 March has been postponed.",
        "summit",
        "postponed",
        "2025-03-20",
        "2025-03-21",
        "day",
        set(),
        "Brussels",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "kind", "status", "start", "end", "precision", "people", "location"),
    ENGAGEMENTS,
    ids=[row[0][:50] for row in ENGAGEMENTS],
)
def test_engagements(
    sentence: str,
    kind: str,
    status: str,
    start: str,
    end: str,
    precision: str,
    people: set[str],
    location: str | None,
) -> None:
    [event] = extract_events(sentence, MONDAY)
    assert (event.kind.value, event.status.value) == (kind, status)
    assert (event.start.isoformat(), event.end.isoformat(), event.precision.value) == (
        start,
        end,
        precision,
    )
    assert {p.name for p in event.participants} == people
    assert event.location == location
    assert event.sentence == sentence


NOT_ENGAGEMENTS = [
    # vague dates are never calendar days
    "We will advance that work in Washington over the coming days.",
    "The two leaders are expected to meet soon.",
    "Allies have diverged on their approach in recent weeks.",
    # hypotheticals and conditionals
    "A minerals deal would provide a backstop in the event of a ceasefire on Friday.",
    "If talks succeed, the leaders would meet in Geneva on Friday.",
    # no date at all
    "He hailed the special relationship during his trip.",
    # nobody and nowhere named
    "A meeting is planned for Thursday.",
    # durations are not dates
    "The talks lasted three hours.",
]


@pytest.mark.parametrize("sentence", NOT_ENGAGEMENTS)
def test_not_engagements(sentence: str) -> None:
    assert extract_events(sentence, MONDAY) == []


def test_engagements_in_a_trip_are_linked_and_placed() -> None:
    text = (
        "Defence Secretary John Healey will travel to Washington this week. "
        "Mr Healey is due to meet Pete Hegseth on Thursday. "
        "On Wednesday he is expected to attend a reception at the British ambassador's residence."
    )
    trip, meeting, reception = extract_events(text, MONDAY)
    assert trip.kind.value == "visit" and trip.title == "Healey trip to Washington"
    assert meeting.trip is trip and reception.trip is trip
    assert meeting.location == "Washington"
    assert reception.location == "British ambassador's residence, Washington"
    assert {p.name for p in reception.participants} == {"John Healey"}
    assert meeting.title == "Healey–Hegseth meeting, Washington"


def test_a_sentence_about_one_engagement_twice_makes_one_event() -> None:
    text = (
        "President Donald Trump will meet Keir Starmer on Thursday. "
        "The Thursday meeting with Mr Starmer will focus on Ukraine, Mr Trump said."
    )
    events = extract_events(text, MONDAY)
    assert len([e for e in events if e.kind.value == "meeting"]) == 1


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Defence Secretary John Healey met Pete Hegseth.", {"John Healey", "Pete Hegseth"}),
        ("Sir Keir Starmer spoke. Mr Starmer left.", {"Keir Starmer"}),
        (
            "Saudi Crown Prince Mohammed bin Salman met Recep Tayyip Erdogan.",
            {"Mohammed bin Salman", "Recep Tayyip Erdogan"},
        ),
        ("Mr Macron's aides said.", {"Macron"}),
        ("The US Marine Corps marched past the Oval Office.", set()),
        ("Nato and Aukus allies met in the United States.", set()),
        ("The Sunday Times reported on the Middle East.", set()),
        ("Meanwhile Merz said nothing.", set()),
    ],
)
def test_people(text: str, people: set[str]) -> None:
    assert {m.person.name for m in find_people(text)} == people


def test_short_forms_resolve_to_the_full_name_with_role() -> None:
    text = "Defence Secretary John Healey arrived. Mr Healey said Healey would stay."
    mentions = find_people(text)
    assert {m.person.name for m in mentions} == {"John Healey"}
    assert len(mentions) == 3
    assert mentions[0].person.role == "Defence Secretary"


def test_sentences_respect_abbreviations() -> None:
    text = "Mr. Smith met U.S. officials. They left on Friday.\nNew paragraph."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Mr. Smith met U.S. officials.", "They left on Friday.", "New paragraph."]
