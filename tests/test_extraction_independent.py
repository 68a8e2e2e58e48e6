"""Rules learnt from the batches written by independent annotators
(tests/articles/fresh6/, fresh7/): each test is a shortened report of the
structure that was missed, with the engagements a calendar should hold."""

from __future__ import annotations

from datetime import date

from schedule.extraction import ExtractedEvent, extract_events, find_people
from schedule.places import lookup


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


def test_a_date_of_saying_in_the_trigger_clause_owns_no_engagement() -> None:
    text = (
        "Secretary of State Marco Rubio will head to the Middle East. The trip ends Wednesday "
        "in Jerusalem, where Rubio will meet Benjamin Netanyahu, spokesman Tommy Pigott told "
        "reporters on Thursday."
    )
    got = _events(text, date(2026, 3, 5))
    assert ("meeting", "2026-03-11", ["Marco Rubio", "Benjamin Netanyahu"]) in got


def test_a_trips_purpose_has_the_people_before_the_next_engagement() -> None:
    text = (
        "Secretary of State Marco Rubio will meet officials in Cairo on Sunday. The following "
        "day he will be in Amman for talks with Jordan's King Abdullah II, before flying on to "
        "Riyadh, where he is due to see Crown Prince Mohammed bin Salman on Tuesday evening."
    )
    got = _events(text, date(2026, 3, 5))
    assert ("meeting", "2026-03-09", ["Marco Rubio", "Abdullah II"]) in got
    assert ("meeting", "2026-03-10", ["Marco Rubio", "Mohammed bin Salman"]) in got


def test_a_one_day_trip_for_one_engagement_is_that_engagement_alone() -> None:
    # tests/articles/README.md: "will hold talks in Warsaw on Thursday" is the talks
    for text, purpose in (
        (
            "Jean-Noël Barrot will travel to Rabat on Tuesday for talks with Nasser Bourita.",
            "talks",
        ),
        (
            "Yvette Cooper will fly to Paris on Tuesday for a meeting of foreign ministers "
            "hosted by Jean-Noël Barrot.",
            "meeting",
        ),
        (
            "Anthony Albanese will travel to Jakarta on Thursday for his first overseas trip, "
            "meeting President Prabowo Subianto at the Merdeka Palace.",
            "meeting",
        ),
    ):
        found = _all(text, date(2025, 9, 26))
        assert [e.kind.value for e in found] == ["meeting"], text
        assert found[0].place is not None and found[0].trigger == purpose
    # a span of its own, or two things done: the trip and its engagement
    for text in (
        "Narendra Modi will travel to Washington next week for talks with Donald Trump.",
        "Dick Schoof will visit Kyiv on Thursday and meet Volodymyr Zelensky.",
    ):
        assert sorted(e.kind.value for e in _all(text, date(2025, 3, 3))) == ["meeting", "visit"]


def test_phone_talks_are_a_call_and_a_meeting_on_the_sidelines_is_a_meeting() -> None:
    text = (
        "Sanae Takaichi and Ferdinand Marcos Jr first met in person on the sidelines of the "
        "Association of Southeast Asian Nations summit in Kuala Lumpur last October. "
        "She held phone talks with Anthony Albanese on Oct. 22."
    )
    assert _events(text, date(2026, 4, 24)) == [
        ("meeting", "2025-10-01", ["Sanae Takaichi", "Ferdinand Marcos Jr"]),
        ("call", "2025-10-22", ["Sanae Takaichi", "Anthony Albanese"]),
    ]


def test_a_roles_qualifiers_are_no_name_and_a_double_role_is_kept_whole() -> None:
    text = (
        "She will meet Northern Territory Chief Minister Lia Finocchiaro on Friday. "
        "Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al "
        "Thani met Deputy Prime Minister and Foreign Minister Ishaq Dar on Monday. "
        "The Prime Minister and President Emmanuel Macron spoke on Tuesday."
    )
    roles = {m.person.name: m.person.role for m in find_people(text, date(2026, 4, 24))}
    assert roles == {
        "Lia Finocchiaro": "Northern Territory Chief Minister",
        "Mohammed bin Abdulrahman Al Thani": "Prime Minister and Minister of Foreign Affairs",
        "Ishaq Dar": "Deputy Prime Minister and Foreign Minister",
        "Emmanuel Macron": "President",
    }


def test_a_council_named_by_its_body_is_a_meeting_and_its_lunch_another() -> None:
    text = (
        "LUXEMBOURG – EU foreign ministers failed on Monday to agree on aid.\n\n"
        "The Foreign Affairs Council, chaired by High Representative Kaja Kallas, opened at "
        "9.30am at the European Convention Center, where ministers hold their April, June and "
        "October meetings.\n\n"
        "Kallas hosted Jordanian Foreign Minister Ayman Safadi for a working lunch."
    )
    found = _all(text, date(2026, 4, 20))
    assert [(e.kind.value, str(e.start)[:16], e.place and e.place.name) for e in found] == [
        ("meeting", "2026-04-20 09:30", "Luxembourg"),  # held that day, in the dateline's city
        ("meeting", "2026-04-20", "Luxembourg"),
    ]
    assert [[p.name for p in e.participants] for e in found] == [
        ["Kaja Kallas"],
        ["Kaja Kallas", "Ayman Safadi"],
    ]


def test_a_body_convened_is_a_meeting_and_a_format_is_no_person() -> None:
    text = (
        "The Weimar Triangle foreign ministers, Radoslaw Sikorski, Jean-Noel Barrot and "
        "Johann Wadephul, met in Paris on Monday. The North Atlantic Council will convene "
        "in Brussels on Thursday."
    )
    found = _all(text, date(2026, 6, 26))
    assert [(e.kind.value, e.place and e.place.name) for e in found] == [
        ("meeting", "Paris"),
        ("meeting", "Brussels"),
    ]
    assert [p.name for p in found[0].participants] == [
        "Radoslaw Sikorski",
        "Jean-Noel Barrot",
        "Johann Wadephul",
    ]


def test_engagements_of_a_one_day_visit_without_a_day_of_their_own_take_its_day() -> None:
    text = (
        "Argentine President Javier Milei will make a one-day visit to Paraguay on Thursday, "
        "during which he and his Paraguayan counterpart, Santiago Peña, are due to sign a "
        "waterway accord, the Paraguayan Foreign Ministry reported on Tuesday.\n\n"
        "Peña will receive Milei at the Palacio de López in Asunción at 10:00 local time "
        "(13:00 GMT) for a private meeting.\n\n"
        "In the afternoon, Milei will speak at a business forum in Encarnación.\n\n"
        "Economy Minister Luis Caputo, who had been expected to join the delegation, will "
        "not travel."
    )
    found = [e for e in _all(text, date(2025, 8, 19)) if e.kind.value != "visit"]
    assert [(e.kind.value, str(e.start)[:16]) for e in found] == [
        ("signing", "2025-08-21"),
        ("meeting", "2025-08-21 10:00"),  # no second meeting at the GMT gloss
        ("speech", "2025-08-21"),
    ]
    assert [sorted(p.name for p in e.participants) for e in found[:2]] == [
        ["Javier Milei", "Santiago Peña"],
        ["Javier Milei", "Santiago Peña"],
    ]


def test_a_trip_of_several_stops_is_its_stops_each_with_its_engagements() -> None:
    text = (
        "Prime Minister Sanae Takaichi will visit the Philippines and Australia from April 29 "
        "to May 3.\n\n"
        "Takaichi will be in Manila on April 29 and 30. She is scheduled to hold talks with "
        "President Ferdinand Marcos Jr. at Malacanang Palace on the first day, when the two "
        "leaders are expected to sign a pact.\n\n"
        "Takaichi will then fly to Canberra for a three-day visit to Australia starting May 1. "
        "After laying a wreath at the Australian War Memorial on arrival, she will hold talks "
        "with Prime Minister Anthony Albanese at Parliament House on May 2.\n\n"
        "On the last day of the trip, she is set to meet Northern Territory Chief Minister "
        "Lia Finocchiaro in Darwin."
    )
    found = _all(text, date(2026, 4, 24))
    got = [
        (
            e.kind.value,
            str(e.start)[:10],
            e.place and e.place.name,
            e.venue,
            e.trip and e.trip.place and e.trip.place.name,
        )
        for e in found
    ]
    assert got == [
        ("visit", "2026-04-29", "Manila", None, None),  # no visit to "the Philippines and ..."
        ("meeting", "2026-04-29", "Manila", "Malacanang Palace", "Manila"),
        ("signing", "2026-04-29", "Manila", "Malacanang Palace", "Manila"),
        ("visit", "2026-05-01", "Australia", None, None),
        ("reception", "2026-05-01", "Australia", "Australian War Memorial", "Australia"),
        ("meeting", "2026-05-02", "Australia", "Parliament House", "Australia"),  # not London
        ("meeting", "2026-05-03", "Darwin", None, "Australia"),
    ]


def test_venues_named_by_a_chain_by_their_head_word_first_or_with_a_lowercase_tail() -> None:
    cases = {
        "Sheikh Mohammed bin Abdulrahman Al Thani will chair a meeting of foreign ministers "
        "at the Sheraton Grand Doha on Friday.": "Sheraton Grand Doha",
        "Mediators will convene Hamas and Israeli negotiators at a Sheraton hotel in Doha "
        "on Saturday.": "Sheraton hotel",
        "Steve Witkoff will meet Prince Faisal bin Farhan at the Ritz-Carlton on "
        "Friday.": "Ritz-Carlton",
        "Guy Parmelin will host a dinner for visiting leaders at the Hotel Belvedere on "
        "Tuesday evening.": "Hotel Belvedere",
        "The summit, hosted by Bola Tinubu, will open at the State House conference centre "
        "in Abuja on Sunday.": "State House conference centre",
    }
    for text, venue in cases.items():
        assert [e.venue for e in _all(text, date(2025, 10, 16))] == [venue], text


def test_a_city_the_sentence_names_beats_the_country_a_venue_names() -> None:
    text = (
        "On Thursday Penny Wong will travel to Ho Chi Minh City, where she is scheduled to "
        "deliver a speech at the Vietnam National University campus."
    )
    [speech] = [e for e in _all(text, date(2026, 2, 3)) if e.kind.value == "speech"]
    assert speech.place is not None and speech.place.name == "Ho Chi Minh City"
    assert speech.venue == "Vietnam National University campus"


def test_a_country_is_not_its_capitals_other_name_and_a_town_of_it_is_found() -> None:
    # GeoNames lists "Paraguay" among Asunción's other names and writes the
    # capitals "Asuncion", "Brasilia" without accents
    assert [lookup(n).name for n in ("Paraguay", "Brazil", "Kuwait", "Luxembourg")] == [  # type: ignore[union-attr]
        "Paraguay",
        "Brazil",
        "Kuwait",
        "Luxembourg",
    ]
    assert lookup("Paraguay").is_country and not lookup("Luxembourg").is_country  # type: ignore[union-attr]
    text = (
        "Argentine President Javier Milei will make a one-day visit to Paraguay on Thursday. "
        "He will meet Santiago Peña at 10:00 local time. In the afternoon, Milei will travel "
        "to Encarnación to speak at a business forum."
    )
    places = [(e.kind.value, e.place and e.place.name) for e in _all(text, date(2025, 8, 19))]
    assert places == [("visit", "Paraguay"), ("meeting", "Paraguay"), ("speech", "Encarnación")]


def test_talks_joined_by_and_to_a_dated_engagement_are_on_the_days_visit() -> None:
    text = (
        "Australian Foreign Minister Penny Wong will spend Friday in Manila. She is due to "
        "hold talks with Foreign Secretary Theresa Lazaro and is expected to be received by "
        "President Ferdinand Marcos Jr. at Malacanang Palace in the afternoon."
    )
    got = [(k, d, n) for k, d, n in _events(text, date(2026, 2, 3)) if k != "visit"]
    assert sorted(got) == [
        ("meeting", "2026-02-06", ["Penny Wong", "Ferdinand Marcos Jr"]),
        ("meeting", "2026-02-06", ["Penny Wong", "Theresa Lazaro"]),
    ]


def test_a_trip_for_a_summit_at_which_leaders_sign_is_the_summit_and_the_signing() -> None:
    text = (
        "On Thursday, Keir Starmer will travel to Cork for the second annual UK-Ireland "
        "summit with the taoiseach, Micheál Martin, at which the two leaders are expected "
        "to sign an agreement on energy interconnectors."
    )
    found = _all(text, date(2026, 10, 18))
    assert sorted((e.kind.value, str(e.start), e.trip is None) for e in found) == [
        ("signing", "2026-10-22", True),
        ("summit", "2026-10-22", True),
    ]


def test_a_statement_to_parliament_is_a_speech() -> None:
    text = (
        "Keir Starmer will make a statement to the House of Commons at about 3.30pm on "
        "Monday on the crisis in the Middle East."
    )
    [speech] = _all(text, date(2026, 10, 18))
    assert (speech.kind.value, str(speech.start)) == ("speech", "2026-10-19 15:30:00+01:00")
    assert speech.place is not None and speech.place.name == "London"


def test_an_office_without_a_nation_is_the_one_holder_the_table_names_in_the_article() -> None:
    text = (
        "Sir Keir Starmer spoke to Friedrich Merz by phone on Sunday. On Wednesday "
        "afternoon the Prime Minister will take part in a video call with Ukrainian President "
        "Volodymyr Zelensky. The chancellor, Rachel Reeves, will give a speech in Leeds on "
        "Friday."
    )
    got = {(k, d): n for k, d, n in _events(text, date(2025, 5, 5))}
    assert got[("call", "2025-05-07")] == ["Keir Starmer", "Volodymyr Zelensky"]
    assert got[("speech", "2025-05-09")] == ["Rachel Reeves"]  # not the German chancellor


def test_engagements_during_a_stay_belong_to_the_stay_told_before_with_their_own_people() -> None:
    text = (
        "Foreign Minister Cho Hyun and Wang Yi agreed that Wang will visit Seoul early next "
        "month. Wang is expected to hold talks with Cho and pay a courtesy call on Lee Jae "
        "Myung during his stay, his first trip to South Korea in more than a year. "
        "Separately, Cho is set to visit Washington on Feb. 10 for talks with Marco Rubio."
    )
    stay = [e for e in _all(text, date(2026, 1, 29)) if e.phrase == "during his stay"]
    assert [
        ([p.name for p in e.participants], e.place and e.place.name, e.trip and e.trip.trigger)
        for e in stay
    ] == [
        (["Wang Yi", "Cho Hyun"], "Seoul", "visit"),
        (["Wang Yi", "Lee Jae Myung"], "Seoul", "visit"),
    ]
    assert all(str(e.start) == "2026-02-01" for e in stay)  # not the Washington trip's day


def test_the_eve_of_the_summit_is_the_day_before_and_the_city_is_the_one_told() -> None:
    text = (
        "ABUJA, June 21 (Reuters) - West African leaders agreed on Sunday to fund a force, at "
        "a summit in the Nigerian capital hosted by Nigerian President Bola Tinubu.\n\n"
        "On the eve of the summit, Julius Maada Bio held talks with Tinubu at the Aso Rock "
        "Villa. Foreign ministers met in the city on Friday under the chairmanship of "
        "Timothy Musa Kabba."
    )
    got = [
        (e.kind.value, str(e.start), e.place and e.place.name)
        for e in _all(text, date(2026, 6, 21))
        if e.kind.value == "meeting"
    ]
    assert got == [("meeting", "2026-06-20", "Abuja"), ("meeting", "2026-06-19", "Abuja")]


def test_a_senator_named_by_surname_is_the_senator_named_in_full() -> None:
    # wire style: "Foreign Minister Penny Wong ... Senator Wong said"; the
    # courtesy title before a bare surname is no first name
    text = (
        "Foreign Minister Penny Wong will visit Suva on Monday. "
        "Senator Wong will meet Fiji's Prime Minister Sitiveni Rabuka on Monday."
    )
    names = {p.name for e in _all(text, date(2026, 2, 6)) for p in e.participants}
    assert "Senator Wong" not in names
    assert "Penny Wong" in names


def test_stadiums_exchanges_and_championships_are_not_people() -> None:
    text = (
        "Prime Minister Shehbaz Sharif will meet Kenyan President William Ruto at "
        "Gaddafi Stadium on Monday, after a visit to the Nairobi Securities Exchange. "
        "The two leaders met at the Pacific Championships in Suva in March."
    )
    names = {p.name for e in _all(text, date(2026, 2, 6)) for p in e.participants}
    assert names == {"Shehbaz Sharif", "William Ruto"}
