"""One event per engagement across articles: matching, refinement, disputes,
status updates and people named differently by different reports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from schedule.articles import article_from_text
from schedule.ingest import ingest_article
from schedule.models import Event, Person, PersonAlias, Revision
from schedule.queries import EventFilter, event_as_dict, iter_events
from schedule.storage import Database


def _ingest(db: Database, text: str, published: str, source: str | None = None) -> None:
    article = article_from_text(
        text,
        source or f"{published}-{abs(hash(text))}",
        published=published,
        timezone="Europe/London",
    )
    ingest_article(db, article)


def _events(db: Database) -> list[dict[str, Any]]:
    return [event_as_dict(e) for e in iter_events(db, EventFilter())]


def test_week_then_day_then_time_refines_one_event(db: Database) -> None:
    _ingest(db, "Defence Secretary John Healey will travel to Washington this week.", "2025-03-03")
    [first] = _events(db)
    _ingest(db, "Mr Healey will visit Washington on Thursday, officials said.", "2025-03-04")
    _ingest(
        db,
        "Defence Secretary John Healey will arrive in Washington at 10am local time on Thursday.",
        "2025-03-05",
    )
    [event] = _events(db)
    assert event["uid"] == first["uid"]
    assert event["start"] == "2025-03-06T10:00:00-05:00"
    assert event["precision"] == "time"
    assert event["revision"] == 2
    assert [r["change"] for r in event["revisions"]] == ["created", "refined", "refined"]
    assert [s["reported"]["precision"] for s in event["sources"]] == ["week", "day", "time"]


def test_sources_that_disagree_are_kept_side_by_side(db: Database) -> None:
    _ingest(
        db, "Foreign Secretary David Lammy will meet Wang Yi in Beijing on Wednesday.", "2025-03-03"
    )
    _ingest(db, "Mr Lammy is due to hold talks with Wang Yi in Beijing on Thursday.", "2025-03-04")
    [event] = _events(db)
    assert event["disputed"] is True
    assert event["start"] == "2025-03-06"  # the newer report's day is shown
    said = sorted(s["reported"]["start"] for s in event["sources"])
    assert said == ["2025-03-05", "2025-03-06"]
    assert event["revisions"][-1]["change"] == "disputed"


def test_a_later_report_of_cancellation_updates_the_status(db: Database) -> None:
    _ingest(
        db, "President Emmanuel Macron will meet Friedrich Merz in Berlin on Friday.", "2025-03-03"
    )
    _ingest(
        db,
        "Mr Macron's meeting with Friedrich Merz in Berlin on 7 March has been cancelled.",
        "2025-03-05",
    )
    [event] = _events(db)
    assert event["status"] == "cancelled"
    assert event["revision"] == 1


def test_an_older_report_does_not_overrule_a_newer_status(db: Database) -> None:
    _ingest(
        db,
        "Mr Macron's meeting with Friedrich Merz in Berlin on 7 March has been postponed.",
        "2025-03-05",
    )
    _ingest(
        db, "President Emmanuel Macron will meet Friedrich Merz in Berlin on Friday.", "2025-03-03"
    )
    [event] = _events(db)
    assert event["status"] == "postponed"


def test_different_cities_are_different_engagements(db: Database) -> None:
    _ingest(
        db,
        "Secretary of State Marco Rubio will meet Sergei Lavrov in Riyadh on Tuesday.",
        "2025-03-03",
    )
    _ingest(
        db,
        "Secretary of State Marco Rubio will meet Sergei Lavrov in Istanbul on Tuesday.",
        "2025-03-03",
    )
    assert len(_events(db)) == 2


def test_different_people_are_different_engagements(db: Database) -> None:
    _ingest(
        db,
        "President Donald Trump will meet Keir Starmer at the White House on Thursday.",
        "2025-03-03",
    )
    _ingest(
        db,
        "President Donald Trump will meet Emmanuel Macron at the White House on Thursday.",
        "2025-03-03",
    )
    assert len(_events(db)) == 2


def test_statements_are_never_merged(db: Database) -> None:
    _ingest(db, "Sir Keir Starmer said on Sunday that talks would continue.", "2025-03-03")
    _ingest(db, "Sir Keir Starmer said on Sunday that Europe must step up.", "2025-03-03")
    assert [e["kind"] for e in _events(db)] == ["statement", "statement"]


def test_people_named_differently_are_one_person(db: Database) -> None:
    _ingest(db, "Defence Secretary John Healey will travel to Washington this week.", "2025-03-03")
    _ingest(db, "Mr Healey will meet Pete Hegseth at the Pentagon on Thursday.", "2025-03-04")
    with db.session() as session:
        names = session.scalars(select(Person.name).order_by(Person.name)).all()
        aliases = session.scalars(
            select(PersonAlias.alias).join(Person).where(Person.name == "John Healey")
        ).all()
    assert names == ["John Healey", "Pete Hegseth"]
    assert "Mr Healey" in aliases
    meeting = next(e for e in _events(db) if e["kind"] == "meeting")
    assert {p["name"] for p in meeting["participants"]} == {"John Healey", "Pete Hegseth"}
    assert meeting["location"] == "Pentagon, Washington"


def test_one_person_and_one_event_whatever_the_spelling(db: Database) -> None:
    """Wire services spell names with and without accents, hyphens and
    capitals; the reports are still of one person and one meeting."""
    _ingest(
        db,
        "President Recep Tayyip Erdoğan will meet President Lee Jae-myung in Ankara on Thursday.",
        "2025-03-03",
    )
    _ingest(
        db,
        "Turkish President Recep Tayyip Erdogan will meet South Korean President Lee Jae Myung"
        " in Ankara on Thursday, officials said.",
        "2025-03-04",
    )
    _ingest(db, "Mr Erdogan will travel to Baku on 20 March.", "2025-03-05")
    with db.session() as session:
        names = session.scalars(select(Person.name).order_by(Person.name)).all()
        aliases = set(
            session.scalars(
                select(PersonAlias.alias).join(Person).where(Person.surname == "erdogan")
            )
        )
    assert names == ["Lee Jae-myung", "Recep Tayyip Erdoğan"]
    assert "Recep Tayyip Erdogan" in aliases
    meetings = [e for e in _events(db) if e["kind"] == "meeting"]
    assert len(meetings) == 1 and len(meetings[0]["sources"]) == 2
    trip = next(e for e in _events(db) if "Baku" in (e["location"] or ""))
    assert [p["name"] for p in trip["participants"]] == ["Recep Tayyip Erdoğan"]


def test_talks_and_summit_of_the_same_leaders_are_one_engagement(db: Database) -> None:
    """One outlet's "summit" is another's "meeting": with the very same people
    on the same day they are one event; a bilateral on the sidelines of a
    summit with more leaders stays its own event."""
    _ingest(
        db,
        "President Donald Trump will hold a summit with President Xi Jinping in Busan on Thursday.",
        "2025-10-27",
    )
    _ingest(
        db,
        "Donald Trump will meet Xi Jinping in Busan on Thursday, the White House said.",
        "2025-10-28",
    )
    _ingest(
        db,
        "Leaders Donald Trump, Xi Jinping and Lee Jae-myung will attend a summit in"
        " Gyeongju on Friday. Mr Trump will meet Mr Lee on the sidelines on Friday.",
        "2025-10-28",
    )
    events = [e for e in _events(db) if e["kind"] in ("meeting", "summit")]
    busan = [e for e in events if "Busan" in (e["location"] or "")]
    assert len(busan) == 1 and len(busan[0]["sources"]) == 2
    assert busan[0]["kind"] == "summit"  # the first report's word stays
    gyeongju = sorted(e["kind"] for e in events if "Gyeongju" in (e["location"] or ""))
    assert gyeongju == ["meeting", "summit"]


def test_two_engagements_of_one_article_never_join_one_stored_event(db: Database) -> None:
    """A stored summit, then an article with the summit and its host's
    meeting in one sentence: the summit joins the stored one, the meeting
    (which alone would also match it: same person, same days) stays its own
    event, and no event holds one sentence of one source twice."""
    _ingest(
        db,
        "Mark Rutte said defence spending will dominate the Nato summit in The Hague in June.",
        "2025-06-02",
    )
    _ingest(
        db,
        "Mark Rutte will host allied leaders at a summit in The Hague on 24 and 25 June.",
        "2025-06-03",
    )
    events = _events(db)
    assert sorted(e["kind"] for e in events) == ["meeting", "summit"]
    summit = next(e for e in events if e["kind"] == "summit")
    assert len(summit["sources"]) == 2 and summit["start"] == "2025-06-24"
    for event in events:
        said = [(s["source"], s["sentence"]) for s in event["sources"]]
        assert len(set(said)) == len(said)


def test_a_surname_known_first_takes_the_full_name_later(db: Database) -> None:
    _ingest(db, "Mr Macron will meet Friedrich Merz in Berlin on Friday.", "2025-03-03")
    _ingest(db, "President Emmanuel Macron will visit Rome on 20 March.", "2025-03-04")
    _ingest(db, "Mr Macron will travel to Madrid on 25 March.", "2025-03-05")
    _ingest(db, "Mr Macron will travel to Madrid on 25 March, aides said.", "2025-03-06")
    with db.session() as session:
        names = session.scalars(select(Person.name).order_by(Person.name)).all()
        aliases = session.scalars(
            select(PersonAlias.alias)
            .join(Person)
            .where(Person.name == "Emmanuel Macron")
            .order_by(PersonAlias.alias)
        ).all()
    assert names == ["Emmanuel Macron", "Friedrich Merz"]
    assert len(aliases) == len(set(aliases))  # each alias stored once
    assert {"Macron", "Mr Macron"} <= set(aliases)
    for event in _events(db):
        assert "Emmanuel Macron" in {p["name"] for p in event["participants"]}


def test_a_later_report_naming_one_more_participant_adds_them(db: Database) -> None:
    _ingest(db, "Keir Starmer will meet Emmanuel Macron in Paris on Friday.", "2025-03-03")
    _ingest(
        db,
        "Keir Starmer will meet Emmanuel Macron and German Chancellor Friedrich Merz"
        " in Paris on Friday.",
        "2025-03-04",
    )
    [event] = _events(db)
    people = [(p["name"], p.get("role")) for p in event["participants"]]
    assert [name for name, _ in people] == ["Keir Starmer", "Emmanuel Macron", "Friedrich Merz"]
    assert people[2][1] == "German Chancellor"
    assert len(event["sources"]) == 2


def test_a_role_learnt_later_is_kept_on_the_person(db: Database) -> None:
    _ingest(db, "Pete Hegseth will meet John Healey in Washington on Thursday.", "2025-03-03")
    _ingest(
        db,
        "Defence Secretary John Healey will visit Ottawa on 20 March, officials said.",
        "2025-03-04",
    )
    with db.session() as session:
        role = session.scalar(select(Person.role).where(Person.name == "John Healey"))
    assert role == "Defence Secretary"


def test_reports_months_apart_in_one_article_each_find_their_event(db: Database) -> None:
    """An article's engagements are looked up together when their dates are
    near, apart when months lie between them; either way each finds its own."""
    _ingest(db, "Penny Wong met Wang Yi in Beijing on 10 January.", "2025-01-12")
    _ingest(db, "Penny Wong will meet Wang Yi in Canberra on Friday.", "2025-03-03")
    _ingest(
        db,
        "Penny Wong, who met Wang Yi in Beijing on 10 January, will meet him again"
        " in Canberra on Friday.",
        "2025-03-04",
    )
    events = _events(db)
    assert sorted((e["start"], e["place"], len(e["sources"])) for e in events) == [
        ("2025-01-10", "Beijing", 2),
        ("2025-03-07", "Canberra", 2),
    ]


def test_a_venue_in_the_same_city_refines_the_place(db: Database) -> None:
    _ingest(
        db,
        "Defence Secretary John Healey will meet Pete Hegseth in Washington on Thursday.",
        "2025-03-03",
    )
    _ingest(db, "Mr Healey will meet Pete Hegseth at the Pentagon on Thursday.", "2025-03-04")
    [event] = _events(db)
    assert event["location"] == "Pentagon, Washington"
    assert event["revisions"][-1]["change"] == "refined"
    assert len(event["sources"]) == 2


def test_a_city_inside_the_stored_country_refines_the_place(db: Database) -> None:
    _ingest(db, "President Emmanuel Macron will visit Saudi Arabia next week.", "2025-03-03")
    _ingest(db, "President Emmanuel Macron will visit Riyadh next week, aides said.", "2025-03-04")
    [event] = _events(db)
    assert event["place"] == "Riyadh"
    assert event["revision"] == 1


def test_a_vaguer_place_does_not_overwrite_a_precise_one(db: Database) -> None:
    _ingest(db, "Mr Healey will meet Pete Hegseth at the Pentagon on Thursday.", "2025-03-03")
    _ingest(
        db,
        "Defence Secretary John Healey will meet Pete Hegseth in Washington on Thursday.",
        "2025-03-04",
    )
    [event] = _events(db)
    assert event["location"] == "Pentagon, Washington"


def test_reingesting_a_series_changes_nothing(db: Database) -> None:
    texts = [
        ("Defence Secretary John Healey will travel to Washington this week.", "2025-03-03"),
        ("Mr Healey will visit Washington on Thursday, officials said.", "2025-03-04"),
    ]
    for text, day in texts:
        _ingest(db, text, day, source=day)
    before = _events(db)
    for text, day in texts:
        _ingest(db, text, day, source=day)
    assert _events(db) == before
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Revision)) == 2
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_show_prints_provenance(seeded: Any) -> None:
    [meeting] = seeded.json("events", "--person", "Hegseth")
    result = seeded("show", meeting["uid"][:8])
    assert result.exit_code == 0
    assert "Healey–Hegseth bilateral meeting" in result.stdout
    assert "said 'Thursday'" in result.stdout
    assert "created" in result.stdout
    shown = seeded.json("show", meeting["uid"])
    assert shown["uid"] == meeting["uid"] and shown["revisions"][0]["change"] == "created"
    missing = seeded("show", "nope")
    assert missing.exit_code == 2 and "no event with UID" in missing.stderr
