"""Event extraction, table-driven: sentence (published Monday 3 March 2025,
London) → the engagement a calendar should hold, or none."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schedule.extraction import extract_events, find_people, split_sentences
from schedule.extraction import kinds as kinds_module
from schedule.extraction import lexicon as lexicon_module
from schedule.extraction import people as people_module
from schedule.extraction import sentences as sentences_module
from schedule.places import trie_alternation

DATA = Path(__file__).resolve().parents[1] / "schedule" / "data"

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
        # a joint press conference is a conference (fresh13/, fresh14/ annotators)
        "conference",
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
        # venues and the tails of longer names are not people
        ("Mr Trump will host guests at Camp David.", {"Trump"}),
        ("Leaders met at the Kuala Lumpur Convention Centre.", set()),
        ("A ceremony was held in St Andrew's Hall.", set()),
        ("U.S. senior adviser for Africa Massad Boulos left.", {"Massad Boulos"}),
        ("Qatar's Minister of State Mohammed Al-Khulaifi spoke.", {"Mohammed Al-Khulaifi"}),
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


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # family name first, patronymic names: the first word is the short form
        ("Chinese Foreign Minister Wang Yi arrived. Wang said", "Wang", "Wang Yi"),
        ("President Lee Jae-myung spoke. Lee's office said", "Lee", "Lee Jae-myung"),
        ("Prime Minister Anwar Ibrahim spoke. Anwar said", "Anwar", "Anwar Ibrahim"),
        # an Arabic article and a regnal number
        ("President Abdel Fattah al-Sisi spoke. Mr Sisi left", "Mr Sisi", "Abdel Fattah al-Sisi"),
        ("Jordan's King Abdullah II spoke. King Abdullah left", "Abdullah", "Abdullah II"),
        # office holders named by their office
        (
            "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi. "
            "The Russian president hosted the Prime Minister",
            "The Russian president",
            "Vladimir Putin",
        ),
        (
            "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi. "
            "The Russian president hosted the Prime Minister",
            "the Prime Minister",
            "Narendra Modi",
        ),
        (
            "South African President Cyril Ramaphosa met President Emmanuel Macron. "
            "A banquet in the South African leader's honour",
            "the South African leader",
            "Cyril Ramaphosa",
        ),
    ],
)
def test_short_forms_and_offices(text: str, mention: str, person: str) -> None:
    at = text.rindex(mention)
    found = {text[m.start : m.end]: m.person.name for m in find_people(text) if m.start >= at}
    assert found.get(mention) == person


def test_an_office_two_people_hold_names_nobody() -> None:
    text = "President Joe Biden met President Emmanuel Macron. The president said"
    assert all(text[m.start : m.end] != "The president" for m in find_people(text))


def test_sentences_respect_abbreviations() -> None:
    text = "Mr. Smith met U.S. officials. They left on Friday.\nNew paragraph."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Mr. Smith met U.S. officials.", "They left on Friday.", "New paragraph."]


# ----------------------------------------------------------------------------- wire reports
# Multi-sentence rules met in wire copy (tests/articles/unseen and blind hold the
# articles they came from). Each row: text published Monday 3 March 2025 → every
# event as (kind, status, start, precision, participants, place, trip's place).

WIRE_RULES = [
    pytest.param(
        "KUALA LUMPUR, March 3 (Reuters) - Leaders will gather in Kuala Lumpur on Thursday "
        "for a summit hosted by Prime Minister Anwar Ibrahim.",
        {("summit", "scheduled", "2025-03-06", "day", ("Anwar Ibrahim",), "Kuala Lumpur", None)},
        id="a dateline's date is the report's",
    ),
    pytest.param(
        "Prime Minister Shigeru Ishiba will visit the port city of Busan on Tuesday for a summit "
        "with President Lee Jae-myung, Lee's office said Friday.",
        {
            (
                "summit",
                "scheduled",
                "2025-03-04",
                "day",
                ("Lee Jae-myung", "Shigeru Ishiba"),
                "Busan",
                None,
            )
        },
        id="'said Friday' dates the saying; a one-day errand is its engagement",
    ),
    pytest.param(
        "Sir Keir Starmer spoke to President Emmanuel Macron by phone on Sunday. "
        "The two leaders will meet in Paris on Thursday.",
        {
            ("call", "held", "2025-03-02", "day", ("Emmanuel Macron", "Keir Starmer"), None, None),
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Emmanuel Macron", "Keir Starmer"),
                "Paris",
                None,
            ),
        },
        id="the two leaders",
    ),
    pytest.param(
        "Polish President Karol Nawrocki, who was sworn in last month, will meet Pete Hegseth "
        "at the Pentagon on Thursday.",
        {
            ("reception", "held", "2025-02-01", "month", ("Karol Nawrocki",), None, None),
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Karol Nawrocki", "Pete Hegseth"),
                "Washington",
                None,
            ),
        },
        id="a relative clause keeps its date",
    ),
    pytest.param(
        "Foreign Minister Wang Yi last visited Europe in February, when he addressed the Munich "
        "Security Conference.",
        {("speech", "held", "2025-02-01", "month", ("Wang Yi",), "Munich", None)},
        id="a visit to nowhere passes its date on",
    ),
    pytest.param(
        "Prime Minister Mark Carney and President Xi Jinping met on the sidelines of the Apec "
        "summit in Gyeongju in October.",
        {
            (
                "meeting",
                "held",
                "2024-10-01",
                "month",
                ("Mark Carney", "Xi Jinping"),
                "Gyeongju",
                None,
            )
        },
        id="a sideline meeting is not the summit",
    ),
    pytest.param(
        "Nato defence ministers will meet in Brussels on Thursday. "
        "US Defense Secretary Pete Hegseth will attend.",
        {("meeting", "scheduled", "2025-03-06", "day", ("Pete Hegseth",), "Brussels", None)},
        id="an attendee joins the engagement",
    ),
    pytest.param(
        "Nato defence ministers will meet in Brussels on Thursday. "
        "US Defense Secretary Pete Hegseth will not attend.",
        {("meeting", "scheduled", "2025-03-06", "day", (), "Brussels", None)},
        id="an absentee does not",
    ),
    pytest.param(
        "President Donald Trump will witness the signing of a ceasefire accord in Kuala Lumpur "
        "on Sunday. Prime Ministers Anutin Charnvirakul and Hun Manet are set to sign the accord "
        "at the Kuala Lumpur Convention Centre.",
        {
            (
                "signing",
                "scheduled",
                "2025-03-09",
                "day",
                ("Anutin Charnvirakul", "Donald Trump", "Hun Manet"),
                "Kuala Lumpur",
                None,
            )
        },
        id="a dateless sentence adds to the engagement before",
    ),
    pytest.param(
        "President Cyril Ramaphosa will hold talks with President Emmanuel Macron in Paris on "
        "Wednesday. They will then sign agreements on green hydrogen.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-05",
                "day",
                ("Cyril Ramaphosa", "Emmanuel Macron"),
                "Paris",
                None,
            ),
            (
                "signing",
                "scheduled",
                "2025-03-05",
                "day",
                ("Cyril Ramaphosa", "Emmanuel Macron"),
                "Paris",
                None,
            ),
        },
        id="'then' continues the day",
    ),
    pytest.param(
        "President Bassirou Diomaye Faye has postponed a visit to Ghana that was due to begin on "
        "Wednesday. He was to have held talks with President John Mahama in Accra. "
        "The visit will now take place in May.",
        {
            (
                "visit",
                "postponed",
                "2025-05-01",
                "month",
                ("Bassirou Diomaye Faye",),
                "Ghana",
                None,
            ),
            (
                "meeting",
                "postponed",
                "2025-05-01",
                "month",
                ("Bassirou Diomaye Faye", "John Mahama"),
                "Accra",
                "Ghana",
            ),
        },
        id="a postponed trip moves with what it holds",
    ),
    pytest.param(
        "Jordan's King Abdullah II has cancelled a trip to Washington next week. The king had "
        "been scheduled to meet President Donald Trump at the White House on Wednesday 12 March.",
        {
            ("visit", "cancelled", "2025-03-10", "week", ("Abdullah II",), "Washington", None),
            (
                "meeting",
                "cancelled",
                "2025-03-12",
                "day",
                ("Abdullah II", "Donald Trump"),
                "Washington",
                "Washington",
            ),
        },
        id="'had been scheduled to' in a cancelled trip",
    ),
    pytest.param(
        "French President Emmanuel Macron's visit to Saudi Arabia, which had been planned for "
        "next week, has been postponed to June.",
        {
            (
                "visit",
                "postponed",
                "2025-06-01",
                "month",
                ("Emmanuel Macron",),
                "Saudi Arabia",
                None,
            )
        },
        id="the noun's own verb past a relative clause",
    ),
    pytest.param(
        "Foreign Minister Wang Yi will hold talks with Antonio Tajani in Rome on Friday, "
        "ministry spokeswoman Mao Ning said.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-07",
                "day",
                ("Antonio Tajani", "Wang Yi"),
                "Rome",
                None,
            )
        },
        id="the source is not a participant",
    ),
    pytest.param(
        "Delegations will resume talks in the Qatari capital on Wednesday.",
        {("meeting", "scheduled", "2025-03-05", "day", (), "Doha", None)},
        id="the Qatari capital",
    ),
    pytest.param(
        "In Accra, Prime Minister Narendra Modi will hold talks with President John Mahama on "
        "Thursday and address the Ghanaian parliament.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("John Mahama", "Narendra Modi"),
                "Accra",
                None,
            ),
            ("speech", "scheduled", "2025-03-06", "day", ("Narendra Modi",), "Accra", None),
        },
        id="'on Thursday and address': two engagements, one speaker",
    ),
    pytest.param(
        "Prime Minister Narendra Modi will attend the BRICS summit in Rio de Janeiro on Sunday "
        "and Monday.",
        {("summit", "scheduled", "2025-03-09", "day", ("Narendra Modi",), "Rio de Janeiro", None)},
        id="'Sunday and Monday' runs forward",
    ),
    pytest.param(
        "President Volodymyr Zelensky will address the UN General Assembly in New York on "
        "Wednesday. Mr Zelensky is expected to meet President Donald Trump on the sidelines "
        "on Thursday.",
        {
            (
                "speech",
                "scheduled",
                "2025-03-05",
                "day",
                ("Volodymyr Zelensky",),
                "New York City",
                None,
            ),
            (
                "meeting",
                "expected",
                "2025-03-06",
                "day",
                ("Donald Trump", "Volodymyr Zelensky"),
                "New York City",
                None,
            ),
        },
        id="'on the sidelines' is where the last engagement was",
    ),
    pytest.param(
        "Prime Minister Anthony Albanese met President Donald Trump at the White House on "
        "Friday, where the two leaders signed a minerals framework.",
        {
            (
                "meeting",
                "held",
                "2025-02-28",
                "day",
                ("Anthony Albanese", "Donald Trump"),
                "Washington",
                None,
            ),
            (
                "signing",
                "held",
                "2025-02-28",
                "day",
                ("Anthony Albanese", "Donald Trump"),
                "Washington",
                None,
            ),
        },
        id="'where' is the place of the clause before",
    ),
    pytest.param(
        "Foreign Minister Ishaq Dar told reporters in Islamabad on Sunday that the ceasefire "
        "was holding.",
        {("statement", "reported", "2025-03-02", "day", ("Ishaq Dar",), "Islamabad", None)},
        id="told reporters in a city on a day",
    ),
    pytest.param(
        "President Recep Tayyip Erdogan will receive President Volodymyr Zelensky in Ankara "
        "on Thursday.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Recep Tayyip Erdogan", "Volodymyr Zelensky"),
                "Ankara",
                None,
            )
        },
        id="receive a leader",
    ),
    pytest.param(
        "Leaders will hold a video call on Thursday at 14:00 GMT. The call will be co-chaired "
        "by Prime Minister Keir Starmer and President Emmanuel Macron.",
        {
            (
                "call",
                "scheduled",
                "2025-03-06T14:00:00+00:00",
                "time",
                ("Emmanuel Macron", "Keir Starmer"),
                None,
                None,
            )
        },
        id="an engagement named before its people",
    ),
]


def _summary(event: object) -> tuple[object, ...]:
    e = event  # ExtractedEvent
    return (
        e.kind.value,  # type: ignore[attr-defined]
        e.status.value,  # type: ignore[attr-defined]
        e.start.isoformat(),  # type: ignore[attr-defined]
        e.precision.value,  # type: ignore[attr-defined]
        tuple(sorted(p.name for p in e.participants)),  # type: ignore[attr-defined]
        e.place.name if e.place else None,  # type: ignore[attr-defined]
        e.trip.place.name if e.trip and e.trip.place else None,  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize(("text", "expected"), WIRE_RULES)
def test_wire_report_rules(text: str, expected: set[tuple[object, ...]]) -> None:
    assert {_summary(e) for e in extract_events(text, MONDAY)} == expected


# Rules learnt from tests/articles/fresh/ and fresh2/ (wire styles, titles and
# structures the first corpus lacked): (text, the events' summaries).
GENERALISATION_RULES = [
    pytest.param(
        "Taoiseach Micheál Martin will meet President Donald Trump in Washington on Wednesday.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-05",
                "day",
                ("Donald Trump", "Micheál Martin"),
                "Washington",
                None,
            )
        },
        id="Taoiseach is a title, not a first name",
    ),
    pytest.param(
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani will receive Egyptian President Abdel "
        "Fattah el-Sisi in Doha on Thursday. The emir and el-Sisi last met in Cairo in "
        "February. A US delegation led by special envoy Steve Witkoff could join the talks in "
        "the coming weeks.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"),
                "Doha",
                None,
            ),
            (
                "meeting",
                "held",
                "2025-02-01",
                "month",
                ("Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"),
                "Cairo",
                None,
            ),
        },
        id="'the emir', 'el-Sisi'; talks to come add nobody to talks held",
    ),
    pytest.param(
        "Nigerian President Bola Tinubu is expected to leave Abuja on Thursday, his spokesman "
        "Bayo Onanuga said in a statement, and will meet Ethiopian Prime Minister Abiy Ahmed in "
        "Addis Ababa on Friday.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-07",
                "day",
                ("Abiy Ahmed", "Bola Tinubu"),
                "Addis Ababa",
                None,
            )
        },
        id="a source named mid-sentence is no participant",
    ),
    pytest.param(
        "South Korean President Lee Jae-myung will meet Prime Minister Sanae Takaichi in "
        "Gyeongju on Thursday. Lee met Takaichi's predecessor, Shigeru Ishiba, in Busan on "
        "Friday.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Lee Jae-myung", "Sanae Takaichi"),
                "Gyeongju",
                None,
            ),
            (
                "meeting",
                "held",
                "2025-02-28",
                "day",
                ("Lee Jae-myung", "Shigeru Ishiba"),
                "Busan",
                None,
            ),
        },
        id="'Takaichi's predecessor' names someone else",
    ),
    pytest.param(
        "DOHA, Qatar — Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani will chair a "
        "meeting of foreign ministers on Friday.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-07",
                "day",
                ("Mohammed bin Abdulrahman Al Thani",),
                "Doha",
                None,
            )
        },
        id="the dateline places an engagement with no place of its own",
    ),
    pytest.param(
        "RIYADH: Crown Prince Mohammed bin Salman will chair a virtual summit of Gulf leaders "
        "on Thursday.",
        {("summit", "scheduled", "2025-03-06", "day", ("Mohammed bin Salman",), None, None)},
        id="a virtual summit takes no place from the dateline",
    ),
    pytest.param(
        "Prime Minister Sanae Takaichi, who took office on Tuesday, will also attend the summit "
        "and is weighing talks with President Xi Jinping.",
        set(),
        id="a date in a 'who' clause describes the person",
    ),
    pytest.param(
        "Last year Secretary-General António Guterres held more than 150 bilateral meetings "
        "during the week.",
        set(),
        id="a tally of meetings is no engagement",
    ),
    pytest.param(
        "Before heading to South Korea, Prime Minister Sanae Takaichi will host President "
        "Donald Trump in Tokyo from 27 to 29 October.",
        {("visit", "scheduled", "2025-10-27", "day", ("Donald Trump",), "Tokyo", None)},
        id="days of hosting are the guest's visit; the leading leg is not",
    ),
    pytest.param(
        "Leaders begin arriving this week for the African Union summit, which will be held on "
        "Saturday and Sunday at the AU headquarters in Addis Ababa.",
        {("summit", "scheduled", "2025-03-08", "day", (), "Addis Ababa", None)},
        id="a 'which' clause dates the noun it describes",
    ),
    pytest.param(
        "Kaja Kallas travelled to Kyiv on Saturday alongside European Council President "
        "António Costa.",
        {("visit", "held", "2025-03-01", "day", ("António Costa", "Kaja Kallas"), "Kyiv", None)},
        id="a companion travels too",
    ),
    pytest.param(
        "Premier Li Qiang will be in Wellington from 13 to 15 March, where he is to hold talks "
        "with Prime Minister Christopher Luxon.",
        {
            ("visit", "scheduled", "2025-03-13", "day", ("Li Qiang",), "Wellington", None),
            (
                "meeting",
                "scheduled",
                "2025-03-13",
                "day",
                ("Christopher Luxon", "Li Qiang"),
                "Wellington",
                "Wellington",
            ),
        },
        id="'will be in' a city for days is a visit",
    ),
    pytest.param(
        "On Friday, Premier Jens-Frederik Nielsen is due to address the Danish parliament "
        "before being received by King Frederik X at Amalienborg Palace.",
        {
            (
                "speech",
                "scheduled",
                "2025-03-07",
                "day",
                ("Jens-Frederik Nielsen",),
                "Copenhagen",
                None,
            ),
            (
                "meeting",
                "scheduled",
                "2025-03-07",
                "day",
                ("Frederik X", "Jens-Frederik Nielsen"),
                "Copenhagen",
                None,
            ),
        },
        id="'before being received': same day, a plan; a national parliament is in the capital",
    ),
    pytest.param(
        "Pope Leo XIV will travel to Turkey on Thursday for a four-day visit. In Ankara on "
        "Thursday, the pope will meet President Recep Tayyip Erdogan and address government "
        "officials. Leo's predecessor, Pope Francis, had planned the trip.",
        {
            ("visit", "scheduled", "2025-03-06", "day", ("Leo XIV",), "Turkey", None),
            (
                "meeting",
                "scheduled",
                "2025-03-06",
                "day",
                ("Leo XIV", "Recep Tayyip Erdogan"),
                "Ankara",
                "Turkey",
            ),
            ("speech", "scheduled", "2025-03-06", "day", ("Leo XIV",), "Ankara", "Turkey"),
        },
        id="'the pope' is the one named before; 'meet ... and address' is two engagements",
    ),
    pytest.param(
        "President Ferdinand Marcos Jr. will hold talks with Prime Minister Shigeru Ishiba in "
        "Tokyo on Tuesday, when the two leaders are expected to sign an agreement on defence.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-04",
                "day",
                ("Ferdinand Marcos Jr", "Shigeru Ishiba"),
                "Tokyo",
                None,
            ),
            (
                "signing",
                "expected",
                "2025-03-04",
                "day",
                ("Ferdinand Marcos Jr", "Shigeru Ishiba"),
                "Tokyo",
                None,
            ),
        },
        id="', when' opens an engagement of the same day",
    ),
    pytest.param(
        "On Thursday, President Ferdinand Marcos Jr. will address a joint session of the Diet "
        "before returning to Manila.",
        {("speech", "scheduled", "2025-03-06", "day", ("Ferdinand Marcos Jr",), "Tokyo", None)},
        id="the way home is not where the speech is",
    ),
    pytest.param(
        "The African Union summit will open in Addis Ababa on Saturday. Kenya's President "
        "William Ruto will not attend and will be represented by Prime Cabinet Secretary "
        "Musalia Mudavadi.",
        {("summit", "scheduled", "2025-03-08", "day", ("Musalia Mudavadi",), "Addis Ababa", None)},
        id="a stand-in attends, the absent leader does not",
    ),
    pytest.param(
        "UNITED NATIONS, March 3 (Reuters) - On Tuesday, Secretary-General António Guterres "
        "will open the debate with an address in the General Assembly hall at 9 a.m.",
        {
            (
                "speech",
                "scheduled",
                "2025-03-04T09:00:00-05:00",
                "time",
                ("António Guterres",),
                "New York City",
                None,
            )
        },
        id="a clock time later in the sentence makes the day a moment",
    ),
    pytest.param(
        "The in-person summit, which was due to open in the Bahraini capital on Sunday, was "
        "cancelled last week.",
        {("summit", "cancelled", "2025-03-09", "day", (), "Manama", None)},
        id="the noun's own verb, after its 'which' clause, cancels it",
    ),
    pytest.param(
        "Chancellor Rachel Reeves will meet Vice Premier He Lifeng in Beijing on Saturday. "
        "Ms Reeves last spoke to Mr He by video call in February.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-08",
                "day",
                ("He Lifeng", "Rachel Reeves"),
                "Beijing",
                None,
            ),
            ("call", "held", "2025-02-01", "month", ("He Lifeng", "Rachel Reeves"), None, None),
        },
        id="'He' is a name after a title",
    ),
    pytest.param(
        "Taoiseach Micheál Martin will travel to Washington this week. He will take part in the "
        "shamrock ceremony at the White House on Wednesday. He will also attend the Speaker's "
        "lunch on Capitol Hill hosted by House Speaker Mike Johnson.",
        {
            ("visit", "scheduled", "2025-03-03", "week", ("Micheál Martin",), "Washington", None),
            (
                "reception",
                "scheduled",
                "2025-03-05",
                "day",
                ("Micheál Martin",),
                "Washington",
                "Washington",
            ),
            (
                "reception",
                "scheduled",
                "2025-03-03",
                "week",
                ("Micheál Martin", "Mike Johnson"),
                "Washington",
                "Washington",
            ),
        },
        id="'also' another engagement of the trip, dated by the trip",
    ),
]


GENERALISATION_RULES += [
    pytest.param(
        "UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Syrian "
        "President Ahmed al-Sharaa at Qasr Al Watan in Abu Dhabi on Monday. His Highness later "
        "hosted a luncheon in honour of the Syrian president. Al-Sharaa previously visited Abu "
        "Dhabi on 13 February.",
        {
            (
                "meeting",
                "held",
                "2025-03-03",
                "day",
                ("Ahmed al-Sharaa", "Mohamed bin Zayed Al Nahyan"),
                "Abu Dhabi",
                None,
            ),
            (
                "reception",
                "held",
                "2025-03-03",
                "day",
                ("Ahmed al-Sharaa", "Mohamed bin Zayed Al Nahyan"),
                "Abu Dhabi",
                None,
            ),
            ("visit", "held", "2025-02-13", "day", ("Ahmed al-Sharaa",), "Abu Dhabi", None),
        },
        id="styles ('His Highness') are no names; 'hosted a luncheon' was held; 'Al-Sharaa'",
    ),
    pytest.param(
        "Indonesian President Prabowo Subianto will leave on Friday for a tour that takes in "
        "China, the United States, Peru and Britain. In Beijing, Prabowo is scheduled to meet "
        "President Xi Jinping on March 9 and Premier Li Qiang on March 10.",
        {
            (
                "meeting",
                "scheduled",
                "2025-03-09",
                "day",
                ("Prabowo Subianto", "Xi Jinping"),
                "Beijing",
                None,
            ),
            (
                "meeting",
                "scheduled",
                "2025-03-10",
                "day",
                ("Li Qiang", "Prabowo Subianto"),
                "Beijing",
                None,
            ),
        },
        id="a tour of many countries has no place; 'X on Monday and Y on Tuesday'",
    ),
    pytest.param(
        "Keir Starmer will host a summit at Lancaster House in London on Sunday. Emmanuel Macron "
        "and Friedrich Merz will attend in person, while Italy's prime minister, Giorgia "
        "Meloni, will join by video link. Canada's Justin Trudeau is also expected.",
        {
            (
                "summit",
                "scheduled",
                "2025-03-09",
                "day",
                (
                    "Emmanuel Macron",
                    "Friedrich Merz",
                    "Giorgia Meloni",
                    "Justin Trudeau",
                    "Keir Starmer",
                ),
                "London",
                None,
            )
        },
        id="attendees of every cue; 'is also expected'",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERALISATION_RULES)
def test_generalisation_rules(text: str, expected: set[tuple[object, ...]]) -> None:
    assert {_summary(e) for e in extract_events(text, MONDAY)} == expected


def test_a_delay_after_a_date_is_no_duration() -> None:
    # "ten days after the attacks" says when, not how long the visit was
    (visit,) = extract_events(
        "Chancellor Olaf Scholz visited Israel on 17 October 2023, ten days after the attacks.",
        MONDAY,
    )
    assert (visit.start.isoformat(), visit.end.isoformat()) == ("2023-10-17", "2023-10-18")


def test_a_pronoun_family_name_is_never_a_short_form() -> None:
    text = "Vice Premier He Lifeng arrived. He said the talks mattered. Mr He left."
    found = [(text[m.start : m.end], m.person.name) for m in find_people(text)]
    assert found == [("He Lifeng", "He Lifeng"), ("Mr He", "He Lifeng")]


# ----------------------------------------------------------------- fast paths
# The shortcuts taken for speed (issue 8) must find exactly what the plain
# expressions find: checked on every sentence of the annotated corpus.

_CORPUS_TEXTS = [
    path.read_text("utf-8")
    for path in sorted((Path(__file__).parent / "articles").rglob("*.txt"))
    if path.name != "README.txt"
]


def test_corpus_texts_are_there() -> None:
    assert len(_CORPUS_TEXTS) > 80


def test_trigger_cues_skip_no_trigger() -> None:
    lexicon = lexicon_module._lexicon()
    for text in _CORPUS_TEXTS:
        for start, end in split_sentences(text):
            sentence = text[start:end]
            every_kind = sorted(
                (m.start(), m.end(), kind)
                for kind, pattern in lexicon.triggers
                for m in pattern.finditer(sentence)
            )
            skipping = sorted(
                (m.start(), m.end(), kind)
                for (kind, pattern), cues in zip(
                    lexicon.triggers, lexicon.trigger_cues, strict=True
                )
                if cues is None or any(cue in sentence.lower() for cue in cues)
                for m in pattern.finditer(sentence)
            )
            assert skipping == every_kind, sentence


@pytest.mark.parametrize(
    ("fragment", "cues"),
    [
        ("fl(?:y|ies|ew|ying) to", ("fl",)),
        ("(?:be |been |was |were )?received by", ("received by",)),
        ("(?:phone|telephone|video) call", ("phone", "telephone", "video")),
        ("colou?r", ("colo",)),
        ("a|bc", None),
        ("(?:x|y)+z", ("x", "y")),
        ("(?:x|y)*z", None),
    ],
)
def test_fragment_cues(fragment: str, cues: tuple[str, ...] | None) -> None:
    assert lexicon_module._fragment_cues(fragment) == cues


def test_ascii_twins_are_every_letter_case_insensitive_matching_may_equate() -> None:
    twins = {
        c
        for c in map(chr, range(0x80, sys.maxunicode + 1))
        if any(
            x and x[0].isascii() and x[0].isalpha() for x in (c.lower(), c.upper(), c.casefold())
        )
    }
    assert twins == set(lexicon_module._ASCII_TWINS)


def test_a_prefix_tree_matches_what_the_sorted_alternation_matches() -> None:
    raw = json.loads((DATA / "events_en.json").read_text())
    venues = json.loads((DATA / "venues.json").read_text())
    for words in (raw["roles"], [v for v in venues if not v.startswith("_")]):
        plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        wrap = r"(?<![\w-])(?:{})\s+(?:[A-Z]\w*)?"
        slow = re.compile(wrap.format(plain), re.IGNORECASE)
        fast = re.compile(wrap.format(trie_alternation(words)), re.IGNORECASE)
        for text in _CORPUS_TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)
            ]


def test_short_forms_are_found_as_the_plain_expression_finds_them() -> None:
    person = people_module._Person("X", None)
    for text in _CORPUS_TEXTS:
        forms = {w: person for w in set(re.findall(r"\b[A-Z][\w-]+", text))}
        forms["el-Sisi"] = person
        words = sorted(forms, key=len, reverse=True)
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
        expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        assert list(people_module._short_form_hits(text, forms)) == expected


def test_short_forms_of_capitals_only_are_found_as_the_plain_expression_finds_them() -> None:
    # no lower-case form: the scan looks at capitalised words only
    person = people_module._Person("X", None)
    for text in _CORPUS_TEXTS:
        forms = {w: person for w in set(re.findall(r"\b[A-Z][\w-]+", text))}
        words = sorted(forms, key=len, reverse=True)
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
        expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        assert list(people_module._short_form_hits(text, forms)) == expected


_SENTENCE_PROBES = [
    "They will meet. The two leaders met. Both sides agreed; the pair left.",
    "She said: “He will go.” His Highness left, her Majesty stayed.",
    "Conflicts, meetings and calls: the visit, a video conference by phone.",
    "İstanbul talks were held; ſigning the deal, KELVIN \u212a.",
]


def _corpus_sentences() -> list[str]:
    return [
        text[start:end]
        for text in _CORPUS_TEXTS + _SENTENCE_PROBES
        for start, end in split_sentences(text)
    ]


def test_the_cue_scan_finds_the_kinds_every_cue_test_finds() -> None:
    # one search per position where a cue starts stands for one `in` test per cue
    lexicon = lexicon_module._lexicon()
    for sentence in _corpus_sentences():
        lowered = sentence.lower()
        every_cue = {
            index
            for index, cues in enumerate(lexicon.trigger_cues)
            if cues is None or any(cue in lowered for cue in cues)
        }
        found = kinds_module._cued_kinds(sentence, lexicon)
        if not _has_ascii_twins(sentence):
            assert set(found) == every_cue, sentence
        else:
            assert set(found) == set(range(len(lexicon.triggers)))


def _has_ascii_twins(sentence: str) -> bool:
    return not lexicon_module._ASCII_TWINS.isdisjoint(sentence)


_TRIGGER_PROBES = [
    # an optional word before the cue ("were received by"), a cue inside a
    # longer word, one kind matched twice, matches that overlap across kinds
    "The envoys were received by the king, then been received by the queen.",
    "He was received by Macron; the summit's summit-level talks were recommended.",
    "Foreign Affairs Council ministers convened a bilateral meeting by phone call with Lammy.",
    "Spending three days in Paris, she spent a week in Rome and spends Monday in Bonn.",
    "VISITING LEADERS flew to Kyiv; the Press Conference, a press conference, told a press conference.",
    "İstanbul visit; ſigning the deal, King Charles will visit; a ſummit.",  # ASCII twins
]


def test_the_trigger_scan_finds_what_every_kinds_expression_finds() -> None:
    # cue positions, lower-cased text and case-sensitive twins stand for a
    # case-insensitive finditer of every kind's expression over the sentence
    lexicon = lexicon_module._lexicon()
    for sentence in _corpus_sentences() + _TRIGGER_PROBES:
        plain = [
            (m.start(), m.end(), kind, m.group())
            for kind, pattern in lexicon.triggers
            for m in pattern.finditer(sentence)
        ]
        fast = [(t.start, t.end, t.kind, t.text) for t in kinds_module._scan(sentence, lexicon)]
        assert fast == plain, sentence


def test_the_probes_hold_what_they_probe() -> None:
    lexicon = lexicon_module._lexicon()
    found = {t.text for p in _TRIGGER_PROBES for t in kinds_module._scan(p, lexicon)}
    assert {"were received by", "been received by", "was received by"} <= found
    assert {"Spending", "spent", "spends", "Press Conference", "ſummit", "ſigning the"} <= found


def test_kinds_are_anchored_at_their_cues() -> None:
    lexicon = lexicon_module._lexicon()
    # every kind of today's lexicon is tried at its cues only, "received by"
    # also at its optional "be ", "was ", "been ", "were " before
    assert set(lexicon.anchored) == set(range(len(lexicon.triggers)))
    heads = {head for kind_heads in lexicon.anchored.values() for head in kind_heads}
    assert heads == {"", "be ", "been ", "was ", "were "}
    assert lexicon_module._cue_heads(["(?:be |been )?received by", "meet"]) == (
        "",
        "be ",
        "been ",
    )
    assert lexicon_module._cue_heads(["(?:[a-z]+ )?received by"]) is None
    assert lexicon_module._cue_heads(["(?:re)?visit"]) is None  # the cue inside a word
    assert lexicon_module._cue_heads(["a|bc"]) is None


def test_lower_casing_keeps_offsets_and_word_characters_but_for_the_twins() -> None:
    # what lets a case-sensitive expression read lower-cased text: each
    # character lower-cases to one character of the same class ([\w’'-], \s)
    word = re.compile(r"[\w’'-]")
    for c in map(chr, range(sys.maxunicode + 1)):
        lowered = c.lower()
        if lowered == c or c in lexicon_module._ASCII_TWINS:
            continue
        assert len(lowered) == 1, hex(ord(c))
        assert bool(word.match(c)) == bool(word.match(lowered)), hex(ord(c))
        assert c.isspace() == lowered.isspace(), hex(ord(c))


def test_ascii_twins_are_found_as_the_set_finds_them() -> None:
    for text in _corpus_sentences() + _TRIGGER_PROBES + ["", "abc", "é", "straße", "KK"]:
        assert lexicon_module._has_ascii_twins(text) == _has_ascii_twins(text), text


def test_untitled_names_are_what_the_expression_finds_everywhere() -> None:
    lexicon = lexicon_module._lexicon()
    probes = [
        "Egypt's president Abdel Fattah al-Sisi met Mohammed bin Salman and ibn-Saud",
        "the John Smith; The Ann Lee, O'Brien Kelly met McCain Jones. JD Vance, George W. Bush",
        "Tanzanian president Samia Suluhu Hassan met the el-Amin Ali in Dar es Salaam",
        "x-Ray Man and 'Quoted Name' met ’Curly Name’ at the Well-known Hall",
    ]
    for text in _CORPUS_TEXTS + probes:
        assert [m.span("name") for m in people_module._untitled_names(text, lexicon)] == [
            m.span("name") for m in lexicon.untitled_name.finditer(text)
        ], text


def test_during_a_trip_is_what_the_expression_finds() -> None:
    from schedule.extraction import trips as trips_module

    probes = [
        "During his visit, he met Ruto.",
        "While on their tour the pair spoke.",
        "On the ſtay she spoke.",  # an ASCII twin: "ſ" matches "s" case-insensitively
        "The tour was cancelled during talks.",
    ]
    for sentence in _corpus_sentences() + probes:
        assert trips_module._during_a_trip(sentence) == bool(
            trips_module._DURING_TRIP.search(sentence)
        ), sentence
    assert trips_module._during_a_trip(probes[2])


def test_known_venues_are_found_in_lower_cased_text_as_in_the_text() -> None:
    from schedule.extraction import locations as locations_module
    from schedule.places import known_venue_pattern

    lower = locations_module._known_venue_lower()
    assert lower is not None
    probes = ["They met at the White House and at THE PENTAGON, then at Lancaster House."]
    for sentence in _corpus_sentences() + probes:
        if _has_ascii_twins(sentence):
            continue
        assert [m.span("name") for m in lower.finditer(sentence.lower())] == [
            m.span("name") for m in known_venue_pattern().finditer(sentence)
        ], sentence
    assert [m.group("name") for m in lower.finditer(probes[0].lower())][:2] == [
        "white house",
        "pentagon",
    ]


def test_zones_are_held_once_and_are_the_zones_themselves() -> None:
    from schedule.extraction import dates as dates_module

    zone = dates_module._zone("Africa/Nairobi")
    assert zone is dates_module._zone("Africa/Nairobi")
    assert zone is ZoneInfo("Africa/Nairobi")  # ZoneInfo's own cache gives the same object


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (
            sentences_module._SENTENCE_END,
            rf"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[{sentences_module.OPENERS}])|\n\s*\n|\n",
        ),
        (
            sentences_module._CLAUSE_BREAK,
            r",\s*(?:where|which|who|while|whereas|although|though|but|however|following|and)\b"
            r"|;|\bhowever\b|\bafter\b|\bbefore\b|[:“”\"]"
            r"|\bthat\b(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b)",
        ),
        (
            people_module._OFFICE,
            people_module._OFFICE.pattern.replace(
                r"[Tt](?<![\w-][Tt])he\s+", r"(?<![\w-])[Tt]he\s+", 1
            ),
        ),
        (
            re.compile(lexicon_module._not_after_word(["Mr", "Mrs", "Ms", "Dr", "Dame", "Lord"])),
            r"(?<![\w])(?:Dame|Lord|Mrs|Mr|Ms|Dr)",
        ),
    ],
)
def test_expressions_rewritten_to_open_with_a_character_find_the_same(
    fast: re.Pattern[str], plain: str
) -> None:
    assert fast.pattern != plain
    slow = re.compile(plain)
    for text in _CORPUS_TEXTS + _SENTENCE_PROBES + ["Mrs. X and Mr Y; DrZ, the Prime Minister"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_pronoun_and_pair_look_ups_find_what_a_search_finds() -> None:
    for sentence in _corpus_sentences():
        for fast, slow in (
            (people_module._subject_pronoun, people_module._SUBJECT_PRONOUN),
            (people_module._pair_reference, people_module._PAIR),
        ):
            got, want = fast(sentence), slow.search(sentence)
            assert (got and got.span()) == (want and want.span()), sentence


def test_role_matches_are_what_the_role_expression_finds_everywhere() -> None:
    lexicon = lexicon_module._lexicon()
    probes = [
        "US Defense Secretary Pete Hegseth met UAE President His Highness Sheikh Mohamed bin Zayed.",
        "xUS Defense Secretary Bob Smith; USA Foreign Minister Ann Lee and EU foreign policy chief",
        "NATO Secretary General Mark Rutte\nPresident Joe Biden and ABCD President Xi Jinping",
        "Deputy Prime Minister Foo Bar, Prime Minister Baz Qux, Tánaiste Simon Harris",
        "\u212aing Charles and ſecretary John Smith met PRESIDENT Emmanuel Macron",  # ASCII twins
    ]
    for text in _CORPUS_TEXTS + probes:
        assert [
            (m.span(), m.group("role"), m.span("name"))
            for m in people_module._role_matches(text, lexicon)
        ] == [(m.span(), m.group("role"), m.span("name")) for m in lexicon.role.finditer(text)]
