"""Wire-copy habits the fresh4 batch taught (issue 4): office holders named
only by office, towns below the gazetteer's size, datelines in title case,
sources' cities, programme lines, fellow travellers, reported plans."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from schedule.extraction import extract_events, find_people
from schedule.extraction.offices import holder, holder_names, nation_code
from schedule.places import find_places, placed_by_context, small_place, title_case

MONDAY = datetime(2025, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
MONDAY_DATE = MONDAY.date()


def _people(text: str, on: date | None = MONDAY_DATE) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.person.name) for m in find_people(text, on)]


# ----------------------------------------------------------------- offices


@pytest.mark.parametrize(
    ("country", "office", "on", "name"),
    [
        ("DE", "chancellor", date(2025, 5, 5), "Olaf Scholz"),
        ("DE", "chancellor", date(2025, 5, 6), "Friedrich Merz"),
        ("US", "president", date(2025, 1, 19), "Joe Biden"),
        ("US", "president", date(2025, 1, 20), "Donald Trump"),
        ("JP", "prime minister", date(2025, 10, 21), "Sanae Takaichi"),
        ("RU", "leader", date(2025, 12, 1), "Vladimir Putin"),
    ],
)
def test_the_table_of_offices_names_the_holder_of_the_day(
    country: str, office: str, on: date, name: str
) -> None:
    term = holder(country, office, on)
    assert term is not None and term.names[0] == name


def test_nations_are_read_from_adjectives_and_seats_of_power() -> None:
    assert [nation_code(w) for w in ("Russian", "U.S.", "Kremlin", "German", "Atlantean")] == [
        "RU",
        "US",
        "RU",
        "DE",
        None,
    ]
    assert holder("FR", "emperor", date(2025, 1, 1)) is None


def test_an_office_the_article_never_names_is_its_holder_that_day() -> None:
    text = "The Kremlin leader will receive U.S. envoy Steve Witkoff in Moscow on Tuesday."
    [meeting] = extract_events(text, MONDAY)
    assert [p.name for p in meeting.participants] == ["Vladimir Putin", "Steve Witkoff"]
    # a day before Merz took office, "the German chancellor" is Scholz
    assert _people("The German chancellor spoke.", date(2025, 5, 5)) == [
        ("The German chancellor", "Olaf Scholz")
    ]


def test_without_the_date_no_office_is_looked_up() -> None:
    assert _people("The Kremlin leader will speak.", None) == []


def test_an_office_is_the_holder_named_without_a_title() -> None:
    # "President Zelenskiy" has an office but no nationality: the table decides
    text = (
        "Donald Trump will meet President Volodymyr Zelenskiy on Tuesday. "
        "The U.S. president will then fly home."
    )
    assert ("The U.S. president", "Donald Trump") in _people(text)


def test_his_counterpart_is_the_same_office_of_another_nation() -> None:
    text = (
        "President Recep Tayyip Erdoğan and his Russian counterpart will hold talks in "
        "Sochi on Friday."
    )
    [meeting] = extract_events(text, MONDAY)
    assert {p.name for p in meeting.participants} == {"Recep Tayyip Erdoğan", "Vladimir Putin"}


def test_a_holder_whose_first_name_is_a_city_is_a_person() -> None:
    assert "Vladimir Putin" in holder_names()
    assert _people("Erdoğan will speak to Vladimir Putin by phone.", None)[-1] == (
        "Vladimir Putin",
        "Vladimir Putin",
    )


def test_the_presidents_club_is_no_presence_of_the_president() -> None:
    text = (
        "Benjamin Netanyahu will meet Donald Trump at the president's Mar-a-Lago club "
        "in Palm Beach, Florida, on Tuesday. President Volodymyr Zelenskyy was there last week."
    )
    meeting = extract_events(text, MONDAY)[0]
    assert [p.name for p in meeting.participants] == ["Benjamin Netanyahu", "Donald Trump"]
    assert meeting.place is not None and meeting.place.name == "Palm Beach"
    assert meeting.place.country_code == "US"


# ----------------------------------------------------------------- small places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("talks in Hallandale Beach, Florida.", "Hallandale Beach", "US"),
        ("at the club in Palm Beach, Florida, on Dec. 29", "Palm Beach", "US"),
        ("WEST PALM BEACH, Fla. (AP) — The", "West Palm Beach", "US"),
        ("DAVOS, Switzerland (AP) — Donald", "Davos", "CH"),
        ("in the Swiss ski resort of Davos on Friday", "Davos", "CH"),
        ("a summit in Iznik, Turkey, on Friday", "İznik", "TR"),
    ],
)
def test_towns_below_the_gazetteer_are_places_where_the_text_says_so(
    text: str, name: str, country: str
) -> None:
    found = [(m.place.name, m.place.country_code) for m in find_places(text)]
    assert (name, country) in found


@pytest.mark.parametrize(
    "text", ["met Marco Rubio, Florida's senator", "Davos said", "Palm Beach residents"]
)
def test_a_town_is_no_place_without_its_context(text: str) -> None:
    assert all(m.place.country_code not in {"CH", "AU", "US"} for m in find_places(text))


def test_small_places_and_capitalised_datelines() -> None:
    bled = small_place("Bled")
    assert bled is not None and (bled.country, bled.timezone) == ("Slovenia", "Europe/Ljubljana")
    australian = small_place("Palm Beach", "Australia")
    assert australian is not None and australian.country_code == "AU"
    assert small_place("Palm Beach", "Atlantis") is None
    assert title_case("EVIAN-LES-BAINS") == "Evian-les-Bains"
    assert title_case("SHARM EL-SHEIKH") == "Sharm el-Sheikh"
    text = "talks in Palm Beach, Florida."
    assert placed_by_context(text, 9, 19) and not placed_by_context("Palm Beach talks", 0, 10)


def test_a_town_named_with_its_state_is_no_person() -> None:
    text = "Rustem Umerov held talks with Marco Rubio in Hallandale Beach, Florida, on Sunday."
    assert "Hallandale Beach" not in {name for _, name in _people(text)}


def test_an_institution_named_after_a_place_is_no_person() -> None:
    assert _people("The 20th Bled Strategic Forum opens on Monday.") == []


# ----------------------------------------------------------------- datelines and sources


def test_a_title_case_dateline_is_the_place_and_its_date_is_the_reports() -> None:
    text = (
        "Bled, 31 August (STA) – The forum opens on Monday, with Prime Minister "
        "Robert Golob hosting leaders for two days."
    )
    [forum] = extract_events(text, datetime(2025, 8, 31, tzinfo=ZoneInfo("Europe/Ljubljana")))
    assert forum.start == date(2025, 9, 1)
    assert forum.place is not None and forum.place.name == "Bled"


def test_the_city_a_source_speaks_from_is_not_the_engagements() -> None:
    text = (
        "DAVOS, Switzerland (AP) — Donald Trump is expected to hold talks with Friedrich Merz "
        "on Thursday, a government spokesman in Berlin said, without giving a time."
    )
    [meeting] = extract_events(text, MONDAY)
    assert meeting.place is not None and meeting.place.name == "Davos"


def test_reported_speech_would_is_a_plan_not_a_hypothetical() -> None:
    text = (
        "The Turkish president, Recep Tayyip Erdoğan, said he would speak to Vladimir Putin "
        "by phone later on Monday."
    )
    [call] = extract_events(text, MONDAY)
    assert call.kind.value == "call" and call.start == date(2025, 12, 1)
    assert {p.name for p in call.participants} == {"Recep Tayyip Erdoğan", "Vladimir Putin"}
    assert (
        extract_events("Erdoğan said he would meet Putin on Friday if a deal is near.", MONDAY)
        == []
    )


def test_the_source_of_an_attendance_is_no_attendee() -> None:
    text = (
        "Vladimir Putin will receive Steve Witkoff in Moscow on Tuesday. "
        "Jared Kushner, the U.S. president's son-in-law, is expected to join the talks, "
        "Dmitry Peskov told reporters."
    )
    [meeting] = extract_events(text, MONDAY)
    assert [p.name for p in meeting.participants] == [
        "Vladimir Putin",
        "Steve Witkoff",
        "Jared Kushner",
    ]


# ----------------------------------------------------------------- trips and programmes


def test_fellow_travellers_in_a_sentence_of_their_own() -> None:
    text = (
        "President Recep Tayyip Erdoğan will travel to Sochi on Thursday for a two-day visit. "
        "The Turkish leader will be accompanied by Foreign Minister Hakan Fidan."
    )
    [visit] = extract_events(text, MONDAY)
    assert [p.name for p in visit.participants] == ["Recep Tayyip Erdoğan", "Hakan Fidan"]


def test_visiting_leaders_are_guests_not_a_trip() -> None:
    text = "President Guy Parmelin will host a dinner for visiting leaders in Bern on Tuesday."
    [dinner] = extract_events(text, MONDAY)
    assert dinner.kind.value == "reception"


def test_a_programme_line_is_the_visitors() -> None:
    text = (
        "Chancellor Friedrich Merz will arrive in Ahmedabad on Monday for a two-day visit.\n"
        "- Tuesday: a meeting with Prime Minister Narendra Modi in Gandhinagar\n"
    )
    visit, meeting = extract_events(text, datetime(2026, 1, 11, tzinfo=ZoneInfo("Asia/Kolkata")))
    assert [p.name for p in meeting.participants] == ["Friedrich Merz", "Narendra Modi"]
    assert meeting.trip is visit and meeting.start == date(2026, 1, 13)


def test_before_the_summit_opens_is_its_first_day_and_place() -> None:
    text = (
        "Sharm el-Sheikh, Egypt – Abdel Fattah el-Sisi will chair a summit on Gaza on Monday. "
        "President Donald Trump is due to address the Knesset in Jerusalem on Monday morning. "
        "The Egyptian leader will host a lunch for visiting heads of state before the summit opens."
    )
    events = extract_events(text, datetime(2025, 10, 12, tzinfo=ZoneInfo("Africa/Cairo")))
    [lunch] = [e for e in events if e.kind.value == "reception"]
    assert lunch.start == date(2025, 10, 13)
    assert lunch.place is not None and lunch.place.name == "Sharm el-Sheikh"
    assert len([e for e in events if e.kind.value == "summit"]) == 1


def test_a_describing_clause_dates_only_the_noun_it_follows() -> None:
    text = (
        "Pete Hegseth will deliver the keynote address at the Shangri-La Dialogue on Saturday, "
        "Asia's top security forum, which runs from Friday to Sunday in Singapore."
    )
    events = extract_events(text, datetime(2025, 5, 29, tzinfo=ZoneInfo("Asia/Singapore")))
    speech = next(e for e in events if e.kind.value == "speech")
    assert speech.start == date(2025, 5, 31)
