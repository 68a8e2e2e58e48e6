"""Rules learnt from the batches written by independent annotators
(tests/articles/fresh6/, fresh7/): each test is a shortened report of the
structure that was missed, with the engagements a calendar should hold."""

from __future__ import annotations

from datetime import date

from schedule.extraction import ExtractedEvent, extract_events


def _events(text: str, on: date) -> list[tuple[str, str, list[str]]]:
    """(kind, start day, participants) of each engagement, in order."""
    return [
        (e.kind.value, str(e.start)[:10], [p.name for p in e.participants]) for e in _all(text, on)
    ]


def _all(text: str, on: date) -> list[ExtractedEvent]:
    return extract_events(text, on)


def test_courtesy_styles_are_no_part_of_a_name() -> None:
    text = (
        "Prime Minister Datuk Seri Anwar Ibrahim will visit Singapore on Tuesday. "
        "The Taliban's defence minister, Mullah Mohammad Yaqoob, met Qatari officials on Monday."
    )
    names = {p.name for e in _all(text, date(2025, 12, 6)) for p in e.participants}
    assert names == {"Anwar Ibrahim", "Mohammad Yaqoob"}


def test_a_two_word_name_keeps_its_style() -> None:
    text = "Prime Minister Sheikh Hasina will visit Delhi on Tuesday."
    assert _events(text, date(2024, 6, 17)) == [("visit", "2024-06-18", ["Sheikh Hasina"])]


def test_news_outlets_are_not_people() -> None:
    text = (
        "Officials told Al Jazeera that Defence Minister Khawaja Asif will meet "
        "Mohammad Yaqoob in Doha on Monday."
    )
    assert _events(text, date(2025, 12, 13)) == [
        ("meeting", "2025-12-15", ["Khawaja Asif", "Mohammad Yaqoob"])
    ]


def test_a_second_verb_of_the_clause_is_a_second_meeting_with_its_own_people() -> None:
    text = (
        "In Hanoi on Wednesday, Foreign Minister Penny Wong is due to co-chair a meeting with her "
        "counterpart Le Hoai Trung and to call on Prime Minister Pham Minh Chinh."
    )
    assert _events(text, date(2026, 2, 3)) == [
        ("meeting", "2026-02-04", ["Penny Wong", "Le Hoai Trung"]),
        ("meeting", "2026-02-04", ["Penny Wong", "Pham Minh Chinh"]),
    ]


def test_a_courtesy_call_and_a_dinner_that_evening() -> None:
    text = (
        "Prime Minister Anwar Ibrahim will arrive on Tuesday. Upon arrival on Tuesday, Anwar will "
        "pay a courtesy call on President Tharman Shanmugaratnam at the Istana, followed by a "
        "dinner with members of the Malaysian community that evening."
    )
    got = [(k, d) for k, d, _ in _events(text, date(2025, 12, 6))]
    assert ("meeting", "2025-12-09") in got and ("reception", "2025-12-09") in got


def test_spending_a_day_in_a_city_is_a_visit() -> None:
    text = "Foreign Minister Penny Wong will spend Friday in Manila."
    events = _all(text, date(2026, 2, 3))
    assert [(e.kind.value, str(e.start)) for e in events] == [("visit", "2026-02-06")]
    assert events[0].place is not None and events[0].place.name == "Manila"


def test_a_conference_centre_is_a_venue_not_a_conference() -> None:
    text = (
        "The summit, hosted by Nigerian President Bola Tinubu, opened on Sunday at the State "
        "House conference centre in Abuja."
    )
    assert [k for k, _, _ in _events(text, date(2026, 6, 21))] == ["summit"]


def test_a_summit_told_again_is_one_summit_with_its_clock_time_and_people() -> None:
    text = (
        "West African leaders agreed on Sunday to fund a standby force, at a summit in Abuja "
        "where Senegalese President Bassirou Diomaye Faye took over the chairmanship.\n\n"
        "The summit, hosted by Nigerian President Bola Tinubu, opened at 11 a.m. on Sunday."
    )
    events = _all(text, date(2026, 6, 21))
    assert len(events) == 1
    assert {p.name for p in events[0].participants} == {"Bassirou Diomaye Faye", "Bola Tinubu"}
    assert str(events[0].start).startswith("2026-06-21 11:00")


def test_told_a_news_conference_is_a_statement() -> None:
    text = (
        '"We have the money," Kaja Kallas told a news conference in Luxembourg on Monday evening.'
    )
    assert _events(text, date(2026, 4, 20)) == [("statement", "2026-04-20", ["Kaja Kallas"])]


def test_said_at_a_joint_news_conference_is_a_statement() -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis said at a joint news conference on "
        "Wednesday that ties were strong."
    )
    assert [k for k, _, _ in _events(text, date(2025, 12, 3))] == ["statement"]


def test_a_date_after_ahead_of_is_not_the_engagements() -> None:
    text = (
        "President Nikos Christodoulides is due to travel to Brussels on Friday for talks with "
        "Ursula von der Leyen ahead of Cyprus taking over the rotating presidency on Jan. 1."
    )
    assert all(d == "2025-12-05" for _, d, _ in _events(text, date(2025, 12, 3)))


def test_a_timeline_subhead_dates_its_paragraph() -> None:
    text = (
        "Prime Minister Mark Carney and President Donald Trump met in Gyeongju.\n\n"
        "May 6: The Oval Office\n"
        "Carney made his first visit to the White House as prime minister.\n\n"
        "June 16: Kananaskis\n"
        "Carney hosted Trump for bilateral talks on the sidelines of the G7 summit in Kananaskis."
    )
    got = _events(text, date(2025, 11, 2))
    assert ("visit", "2025-05-06", ["Mark Carney"]) in got
    assert ("meeting", "2025-06-16", ["Mark Carney", "Donald Trump"]) in got
    # the subhead's place is no person
    assert all("Kananaskis Carney" not in names for _, _, names in got)


def test_a_date_before_the_saying_verb_is_the_sayings_and_the_reporter_is_no_party() -> None:
    text = (
        "Briefing reporters on Wednesday, Secretary (CPV & OIA) Arun Kumar Chatterjee said "
        "Prime Minister Narendra Modi would hold talks with King Hamad bin Isa Al Khalifa in "
        "Manama on Monday."
    )
    assert _events(text, date(2026, 2, 4)) == [
        ("statement", "2026-02-04", ["Arun Kumar Chatterjee"]),
        ("meeting", "2026-02-09", ["Narendra Modi", "Hamad bin Isa Al Khalifa"]),
    ]


def test_a_visit_told_again_takes_its_days_and_its_guest() -> None:
    text = (
        "King Charles III will host India's President Droupadi Murmu for a state visit to the UK "
        "next month, Buckingham Palace has announced.\n\n"
        "The three-day visit, from 9 to 11 June, will be the first in 17 years.\n\n"
        "Mrs Murmu will be welcomed at a ceremony on Horse Guards Parade on the first day.\n\n"
        "On the final day of the visit, the President is expected to attend a reception at the "
        "Guildhall in London."
    )
    got = _events(text, date(2026, 5, 16))
    assert got[0] == ("visit", "2026-06-09", ["Droupadi Murmu"])
    assert ("reception", "2026-06-09", ["Droupadi Murmu"]) in got
    assert ("reception", "2026-06-11", ["Droupadi Murmu"]) in got


def test_a_departure_day_is_no_meetings_and_to_see_someone_is_to_meet_them() -> None:
    text = (
        "Secretary of State Marco Rubio leaves Saturday and is scheduled to meet Egyptian "
        "President Abdel Fattah el-Sissi in Cairo on Sunday. In Riyadh he is due to see Saudi "
        "Crown Prince Mohammed bin Salman on Tuesday evening."
    )
    got = _events(text, date(2026, 3, 5))
    assert ("meeting", "2026-03-08", ["Marco Rubio", "Abdel Fattah el-Sissi"]) in got
    assert [d for k, d, _ in got if k == "meeting"] == ["2026-03-08", "2026-03-10"]


def test_a_working_dinner_is_a_meeting() -> None:
    # tests/articles/README.md: a working dinner with talks is a meeting, a
    # state dinner or banquet a reception
    text = (
        "President Nikos Christodoulides will join Antonio Guterres for a working dinner "
        "on Wednesday."
    )
    assert [k for k, _, _ in _events(text, date(2026, 3, 4))] == ["meeting"]


def test_attendees_join_the_engagement_of_the_day_they_name() -> None:
    text = (
        "Antonio Guterres will host Tufan Erhurman for an informal meeting in Geneva on Thursday. "
        "Nikos Christodoulides and Erhurman will first join Guterres for a working dinner on "
        "Wednesday evening. Greek Foreign Minister Giorgos Gerapetritis will attend Thursday's "
        "session, while Britain will be represented by Foreign Secretary Yvette Cooper."
    )
    got = _events(text, date(2026, 3, 4))
    assert got[0] == (
        "meeting",
        "2026-03-05",
        ["Antonio Guterres", "Tufan Erhurman", "Giorgos Gerapetritis", "Yvette Cooper"],
    )
    assert got[1] == (
        "meeting",
        "2026-03-04",
        ["Nikos Christodoulides", "Tufan Erhurman", "Antonio Guterres"],
    )


def test_a_bare_clock_in_the_engagement_told_again_is_its_time() -> None:
    text = (
        "Antonio Guterres will host Tufan Erhurman for an informal meeting in Geneva on Thursday. "
        "The enlarged meeting is due to open at 10 a.m. at the Palais des Nations."
    )
    (event,) = _all(text, date(2026, 3, 4))
    assert event.precision.value == "time"
    assert event.start.isoformat() == "2026-03-05T10:00:00+01:00"
    assert event.status.value == "scheduled"


def test_calls_held_separately_are_one_call_each() -> None:
    text = (
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke separately by phone on "
        "Friday with Pakistani Prime Minister Shehbaz Sharif and the Taliban's acting foreign "
        "minister, Amir Khan Muttaqi."
    )
    assert _events(text, date(2025, 12, 13)) == [
        ("call", "2025-12-12", ["Mohammed bin Abdulrahman Al Thani", "Shehbaz Sharif"]),
        ("call", "2025-12-12", ["Mohammed bin Abdulrahman Al Thani", "Amir Khan Muttaqi"]),
    ]


def test_the_qatari_prime_minister_is_named_by_the_table_of_offices() -> None:
    text = "The Qatari prime minister spoke by phone on Friday with Shehbaz Sharif."
    assert _events(text, date(2025, 12, 13)) == [
        ("call", "2025-12-12", ["Mohammed bin Abdulrahman Al Thani", "Shehbaz Sharif"])
    ]


def test_a_clocks_gmt_gloss_does_not_end_the_sentence_and_palais_is_a_venue() -> None:
    text = (
        "Antonio Guterres will host Tufan Erhurman for an informal meeting in Geneva on Thursday. "
        "The enlarged meeting is due to open at 10 a.m. (0900 GMT) at the Palais des Nations, "
        "U.N. spokesperson Stephane Dujarric said."
    )
    (event,) = _all(text, date(2026, 3, 4))
    assert event.venue == "Palais des Nations"
    assert event.start.isoformat() == "2026-03-05T10:00:00+01:00"
    # the spokesperson is the source of the telling again, not a party
    assert [p.name for p in event.participants] == ["Antonio Guterres", "Tufan Erhurman"]


def test_venue_names_that_go_on_after_their_head_word() -> None:
    text = (
        "Javier Milei will meet Santiago Pena at the Palacio de López on Thursday. "
        "Droupadi Murmu will attend a banquet at the Guildhall on Friday."
    )
    assert [e.venue for e in _all(text, date(2025, 8, 19))] == ["Palacio de López", "Guildhall"]
