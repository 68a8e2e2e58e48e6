"""Ingestion into a real SQLite file: the seed, idempotence, atomic failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from schedule.articles import Article, article_from_text, read_article
from schedule.errors import ArticleError
from schedule.ingest import ingest_article, ingest_paths
from schedule.models import Event, Mention, Participation, Person, Source
from schedule.storage import Database

from support import SEED_ARTICLE

# Every database test here runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Source, Event, Person, Participation, Mention)
        }


def _uids(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Event.uid).order_by(Event.id)))


def test_seed_is_stored_with_its_events(db: Database) -> None:
    result = ingest_article(db, read_article(SEED_ARTICLE))
    assert result.status == "stored"
    assert len(result.events_created) == 5
    counts = _counts(db)
    assert counts["sources"] == 1
    assert counts["events"] == 5
    assert counts["mentions"] == 5


def test_ingesting_twice_changes_nothing(db: Database) -> None:
    ingest_article(db, read_article(SEED_ARTICLE))
    before, uids = _counts(db), _uids(db)
    again = ingest_article(db, read_article(SEED_ARTICLE))
    assert again.status == "unchanged"
    assert _counts(db) == before
    assert _uids(db) == uids


def test_people_are_stored_once_with_roles(db: Database) -> None:
    ingest_article(db, read_article(SEED_ARTICLE))
    with db.session() as session:
        people = {p.name: p.role for p in session.scalars(select(Person))}
    assert people["John Healey"] == "Defence Secretary"
    assert people["Pete Hegseth"] == "US counterpart"
    assert "Mr Healey" not in people and "Healey" not in people
    for not_a_person in ("US Marine Corps", "Oval Office", "Aukus", "Nato", "United States"):
        assert not_a_person not in people


def test_engagements_link_to_their_trip(db: Database) -> None:
    ingest_article(db, read_article(SEED_ARTICLE))
    with db.session() as session:
        events = {e.kind: e for e in session.scalars(select(Event))}
        assert events["meeting"].trip_id == events["visit"].id
        assert events["reception"].trip_id == events["visit"].id
        assert events["statement"].trip_id is None


def test_uids_are_unique_and_stable_across_reingest_into_new_db(tmp_path: Path) -> None:
    from schedule.storage import open_database

    with open_database(tmp_path / "a.db") as a, open_database(tmp_path / "b.db") as b:
        ingest_article(a, read_article(SEED_ARTICLE))
        ingest_article(b, read_article(SEED_ARTICLE))
        assert len(set(_uids(a))) == 5
        # minted, not derived: two databases never share UIDs
        assert not set(_uids(a)) & set(_uids(b))


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("nodate.txt", b"Healey will travel to Washington this week.", "no publication date"),
        ("binary.bin", b"\x00\x01\x02\x03PK\x00", "binary file"),
        ("empty.txt", b"", "empty file"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_bad_input_leaves_the_database_unchanged(
    db: Database, tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    ingest_article(db, read_article(SEED_ARTICLE))
    before, uids = _counts(db), _uids(db)
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    [result] = ingest_paths(db, [path])
    assert result.status == "failed"
    assert result.error is not None and problem in result.error and str(path) in result.error
    assert _counts(db) == before and _uids(db) == uids


def test_a_bad_file_does_not_stop_the_good_ones(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    results = ingest_paths(db, [bad, SEED_ARTICLE])
    assert [r.status for r in results] == ["failed", "stored"]


def test_failure_inside_the_transaction_stores_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import schedule.merging

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    # revision_values runs after the article's events are already inserted
    monkeypatch.setattr(schedule.merging, "revision_values", explode)
    with pytest.raises(RuntimeError):
        ingest_article(db, read_article(SEED_ARTICLE))
    assert _counts(db) == {t: 0 for t in _counts(db)}


def test_a_more_precise_report_refines_the_event(db: Database) -> None:
    first = article_from_text(
        "Defence Secretary John Healey will travel to Washington this week.",
        "first",
        published="2025-03-03",
    )
    second = article_from_text(
        "Defence Secretary John Healey will visit Washington on Thursday.",
        "second",
        published="2025-03-04",
    )
    ingest_article(db, first)
    [uid] = _uids(db)
    result = ingest_article(db, second)
    assert result.events_updated == [uid] and not result.events_created
    with db.session() as session:
        event = session.scalars(select(Event)).one()
        assert (event.precision, event.start_date.isoformat()) == ("day", "2025-03-06")
        assert event.revision == 1
        assert len(event.mentions) == 2


def test_article_without_events_is_still_recorded(db: Database) -> None:
    article = article_from_text("Nothing is planned.", "quiet", published="2025-03-03")
    assert ingest_article(db, article).status == "stored"
    assert _counts(db)["sources"] == 1 and _counts(db)["events"] == 0


def test_errors_name_the_source() -> None:
    with pytest.raises(ArticleError, match=r"^quiet: no publication date"):
        article_from_text("Nothing is planned.", "quiet")


def _report(number: int, status: str = "will meet", day: str = "2025-03-03") -> Article:
    """One of many wire reports of the same engagement (a summit covered by
    every outlet): the same sentence, different surrounding text."""
    return article_from_text(
        f"Foreign Minister Penny Wong {status} her Japanese counterpart Takeshi Iwaya in"
        f" Tokyo on Thursday, officials said. Desk note {number}.",
        source=f"wire/{number}.txt",
        published=f"{day}T{8 + number // 60:02d}:{number % 60:02d}:00+00:00",
    )


def _statements_to_store(db: Database, article: Article) -> list[str]:
    executed: list[str] = []
    listen = lambda *args: executed.append(" ".join(args[2].split()))  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        ingest_article(db, article)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return executed


def _reads_history(statement: str) -> bool:
    """Does the statement load an event's stored mentions or revisions?"""
    return statement.startswith(("SELECT mentions.id", "SELECT event_revisions.id"))


def test_a_new_report_of_a_much_reported_engagement_costs_what_the_second_did(
    db: Database,
) -> None:
    """Joining a report to an event reads neither its earlier mentions and
    revisions nor their sources one by one: what a report costs does not grow
    with the reports already stored (ingest would slow quadratically on a
    summit every outlet covers)."""
    ingest_article(db, _report(0))
    second = _statements_to_store(db, _report(1))
    for number in range(2, 40):
        ingest_article(db, _report(number))
    fortieth = _statements_to_store(db, _report(40))
    # a status change asks whether the report is the newest: one query more
    changed = _statements_to_store(db, _report(41, status="met", day="2025-03-07"))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1
        assert session.scalar(select(func.count()).select_from(Mention)) == 42
        assert session.scalars(select(Event.status)).one() == "held"
    assert len(fortieth) == len(second)
    assert len(changed) <= len(second) + 4
    assert not [s for s in second + fortieth + changed if _reads_history(s)]
