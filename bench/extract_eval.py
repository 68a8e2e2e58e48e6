"""Score event extraction against hand-annotated articles.

    python bench/extract_eval.py                      # tests/articles (articles and series)
    python bench/extract_eval.py FOLDER ... --errors  # per-article mismatches too
    python bench/extract_eval.py FOLDER --json        # the figures as JSON

A folder holds *cases*: an article ``NAME.txt`` with its annotation
``NAME.expected.json`` beside it, or a series folder holding ``expected.json``
and two or more articles ingested in file-name order. Each case is ingested
into a fresh SQLite database through the library API (what ``schedule ingest``
does), the stored events are read back and matched one-to-one to the expected
ones. The annotation format and guidelines are in tests/articles/README.md.

Matching (documented so that figures from different runs mean the same thing):
pairs are ranked by tier, then participant overlap (Jaccard), then same place,
then exact date, and taken greedily one-to-one.

1. same kind and overlapping dates (the rule proper);
2. overlapping dates and a shared participant or place (a *wrong kind*);
3. same kind, a shared participant and starts at most 14 days apart (a *wrong date*).

A predicted event left over that has the same kind, overlapping dates, no
conflicting place and a shared participant (or, with nobody named on either
side, the same place) as an expected event already matched is a *duplicate*
of it; any other leftover is a *false event*.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "tests" / "articles"
sys.path.insert(0, str(ROOT))

KINDS = frozenset(
    {"meeting", "visit", "summit", "conference", "reception", "call"}
    | {"speech", "signing", "statement", "other"}
)
STATUSES = frozenset({"scheduled", "expected", "held", "reported", "cancelled", "postponed"})
PRECISIONS = frozenset({"time", "day", "week", "month"})
#: How far apart two starts may be for a same-kind, same-people pair to count
#: as one engagement with a wrong date rather than a miss plus a false event.
WRONG_DATE_WINDOW = timedelta(days=14)
_HONORIFICS = ("sir ", "dame ", "mr ", "mrs ", "ms ", "dr ")


class AnnotationError(ValueError):
    """An expected-events file that does not follow tests/articles/README.md."""


# ----------------------------------------------------------------------------- items


@dataclass(frozen=True, slots=True)
class When:
    """A start/end pair as annotated or stored: dates (end exclusive) or instants."""

    start: date | datetime
    end: date | datetime | None
    precision: str

    @property
    def days(self) -> tuple[date, date]:
        """Calendar days touched, end exclusive, used for overlap."""
        first = _day(self.start)
        if self.end is None:
            return first, first + timedelta(days=1)
        last = _day(self.end)
        if isinstance(self.end, datetime) and (self.end.time() != time(0) or last == first):
            last += timedelta(days=1)
        return first, max(last, first + timedelta(days=1))

    def same_as(self, other: When) -> bool:
        """Exactly the same calendar entry: precision, start and (when known) end."""
        if self.precision != other.precision:
            return False
        if self.precision == "time":
            if not (isinstance(self.start, datetime) and isinstance(other.start, datetime)):
                return False
            if self.start != other.start:  # aware datetimes compare as instants
                return False
            return self.end is None or other.end is None or self.end == other.end
        return _day(self.start) == _day(other.start) and (
            self.end is None or other.end is None or _day(self.end) == _day(other.end)
        )


@dataclass(slots=True)
class Item:
    """One event, expected or predicted, in the shape the scorer compares."""

    kind: str
    status: str
    when: When
    participants: list[str]
    place: str | None = None
    venue: str | None = None
    trip: str | None = None
    alternatives: list[When] = field(default_factory=list)
    revision: int | None = None
    sources: int | None = None
    disputed: bool | None = None
    label: str = ""

    @property
    def people(self) -> set[str]:
        return {normalise_name(p) for p in self.participants}

    def date_right(self, predicted: Item) -> bool:
        return any(w.same_as(predicted.when) for w in (self.when, *self.alternatives))

    def describe(self) -> str:
        who = ", ".join(self.participants) or "nobody named"
        where = self.place or "no place"
        return f"{self.kind}/{self.status} {_show(self.when)} [{who}] @ {where}"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _show(when: When) -> str:
    if when.precision == "time":
        return f"{when.start.isoformat()} (time)"
    return f"{_day(when.start)}..{_day(when.end) if when.end else '?'} ({when.precision})"


def _parse_predicted(value: str) -> date | datetime:
    """A stored value; a date-time without offset is read as UTC (how the
    storage layer keeps instants) rather than refused."""
    moment = _parse_moment(value.replace("Z", "+00:00"), "predicted", naive_ok=True)
    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _parse_moment(value: str, where: str, *, naive_ok: bool = False) -> date | datetime:
    try:
        moment = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError as exc:
        raise AnnotationError(f"{where}: not an ISO date or date-time: {value!r}") from exc
    if isinstance(moment, datetime) and moment.tzinfo is None and not naive_ok:
        raise AnnotationError(f"{where}: date-time {value!r} needs a UTC offset")
    return moment


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Compare names without case, accents, dots, hyphens or a leading honorific
    ("Sir Keir Starmer" = "Keir Starmer", "J.D. Vance" = "JD Vance")."""
    text = _strip_accents(name).casefold().replace("’", "'")
    text = re.sub(r"[.\-‐]", lambda m: "" if m.group() == "." else " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    for honorific in _HONORIFICS:
        if text.startswith(honorific):
            text = text[len(honorific) :]
    return text


def normalise_place(place: str | None) -> str | None:
    """Compare places by their GeoNames name: no case, accents, leading "the"
    or qualifier after a comma ("Washington, D.C." = "Washington")."""
    if not place:
        return None
    text = _strip_accents(place).split(",")[0].casefold().replace("’", "'").strip()
    text = re.sub(r"\s+", " ", text)
    return text.removeprefix("the ") or None


# ----------------------------------------------------------------------------- loading


@dataclass(slots=True)
class Case:
    """One scoring unit: an article, or a series of articles about one engagement."""

    name: str
    articles: list[Path]
    expected_path: Path

    @property
    def is_series(self) -> bool:
        return len(self.articles) > 1 or self.expected_path.name == "expected.json"


def discover(folders: Iterable[Path]) -> list[Case]:
    """Every annotated article and series under the given folders, sorted."""
    cases: list[Case] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.exists():
            raise AnnotationError(f"{folder}: no such folder")
        series_dirs = sorted({p.parent for p in folder.rglob("expected.json")})
        if (folder / "expected.json").exists() and folder not in series_dirs:
            series_dirs.insert(0, folder)
        for series in series_dirs:
            articles = sorted(p for p in series.glob("*.txt"))
            if not articles:
                raise AnnotationError(f"{series}: expected.json but no .txt articles")
            cases.append(Case(_case_name(series, folder), articles, series / "expected.json"))
        for annotation in sorted(folder.rglob("*.expected.json")):
            article = annotation.with_name(annotation.name.removesuffix(".expected.json") + ".txt")
            if not article.exists():
                raise AnnotationError(f"{annotation}: no article {article.name} beside it")
            cases.append(Case(_case_name(article, folder), [article], annotation))
    return cases


def _case_name(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder.parent))
    except ValueError:
        return str(path)


def load_expected(path: Path) -> list[Item]:
    """The annotated events of one case, checked against the guidelines."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise AnnotationError(f'{path}: expected an object with an "events" list')
    return [_expected_item(raw, f"{path} event {i + 1}") for i, raw in enumerate(data["events"])]


def _expected_item(raw: Any, where: str) -> Item:
    if not isinstance(raw, dict):
        raise AnnotationError(f"{where}: not an object")
    for key, allowed in (("kind", KINDS), ("status", STATUSES), ("precision", PRECISIONS)):
        if raw.get(key) not in allowed:
            raise AnnotationError(f"{where}: {key} {raw.get(key)!r} not in {sorted(allowed)}")
    participants = raw.get("participants", [])
    if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
        raise AnnotationError(f"{where}: participants must be a list of names")
    when = _expected_when(raw, where)
    alternatives = [
        _expected_when(alt | {"precision": alt.get("precision", when.precision)}, where)
        for alt in raw.get("alternatives", [])
    ]
    return Item(
        kind=raw["kind"],
        status=raw["status"],
        when=when,
        participants=participants,
        place=raw.get("place"),
        venue=raw.get("venue"),
        trip=raw.get("trip"),
        alternatives=alternatives,
        revision=raw.get("revision_at_least"),
        sources=raw.get("sources"),
        disputed=raw.get("disputed"),
        label=str(raw.get("phrase") or ""),
    )


def _expected_when(raw: dict[str, Any], where: str) -> When:
    if not isinstance(raw.get("start"), str):
        raise AnnotationError(f"{where}: start must be an ISO date or date-time")
    start = _parse_moment(raw["start"], where)
    end = _parse_moment(raw["end"], where) if raw.get("end") is not None else None
    precision = raw["precision"]
    if precision == "time" and not isinstance(start, datetime):
        raise AnnotationError(f"{where}: precision time needs a date-time start")
    if precision != "time":
        if isinstance(start, datetime) or end is None or isinstance(end, datetime):
            raise AnnotationError(f"{where}: all-day items need date start and end")
        if end <= start:
            raise AnnotationError(f"{where}: end must be after start (end is exclusive)")
    return When(start, end, precision)


# ----------------------------------------------------------------------------- predicting


def predict(case: Case) -> list[Item]:
    """Ingest the case's articles, in order, into a fresh SQLite file and read
    back every stored event (past items included)."""
    from schedule import event_as_dict, ingest_article, iter_events, open_database, read_article
    from schedule.queries import EventFilter

    with tempfile.TemporaryDirectory(prefix="extract-eval-") as tmp:
        db = open_database(Path(tmp) / "eval.db")
        try:
            for article in case.articles:
                ingest_article(db, read_article(article))
            rows = [
                (event_as_dict(e), getattr(e, "disputed", None))
                for e in iter_events(db, EventFilter())
            ]
        finally:
            db.close()
    return items_from_dicts([row | {"disputed": disputed} for row, disputed in rows])


def items_from_dicts(rows: Sequence[dict[str, Any]]) -> list[Item]:
    """Predicted items from ``event_as_dict`` rows; a trip link becomes
    ``visit:<place of the trip>`` so it compares with the annotation."""
    trip_place = {row["uid"]: row.get("place") for row in rows if "uid" in row}
    items = []
    for row in rows:
        start = _parse_predicted(str(row["start"]))
        end = _parse_predicted(str(row["end"])) if row.get("end") else None
        trip_uid = row.get("trip")
        sources = row.get("sources")
        items.append(
            Item(
                kind=str(row.get("kind")),
                status=str(row.get("status")),
                when=When(start, end, str(row.get("precision"))),
                participants=[_participant_name(p) for p in row.get("participants", [])],
                place=row.get("place"),
                venue=row.get("location"),
                trip=f"visit:{trip_place.get(trip_uid)}" if trip_uid else None,
                revision=row.get("revision"),
                sources=len({_source_key(s) for s in sources}) if sources is not None else None,
                disputed=row.get("disputed"),
                label=str(row.get("title") or ""),
            )
        )
    return items


def _participant_name(participant: Any) -> str:
    return str(participant["name"] if isinstance(participant, dict) else participant)


def _source_key(source: Any) -> str:
    if isinstance(source, dict):
        return f"{source.get('source')}|{source.get('published')}|{source.get('title')}"
    return str(source)


# ----------------------------------------------------------------------------- matching


@dataclass(slots=True)
class Matching:
    pairs: list[tuple[int, int]]  # (expected index, predicted index)
    duplicates: dict[int, list[int]]  # expected index -> extra predicted indexes
    false: list[int]  # predicted indexes with no counterpart
    missed: list[int]  # expected indexes with no counterpart


def _overlap(a: When, b: When) -> bool:
    (a0, a1), (b0, b1) = a.days, b.days
    return a0 < b1 and b0 < a1


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _same_place(a: Item, b: Item) -> bool:
    return normalise_place(a.place) is not None and normalise_place(a.place) == normalise_place(
        b.place
    )


def _tier(e: Item, p: Item) -> int | None:
    shared = bool(e.people & p.people)
    if e.kind == p.kind and _overlap(e.when, p.when):
        return 1
    if _overlap(e.when, p.when) and (shared or _same_place(e, p)):
        return 2
    gap = abs(_day(e.when.start) - _day(p.when.start))
    if e.kind == p.kind and shared and gap <= WRONG_DATE_WINDOW:
        return 3
    return None


def _same_engagement(e: Item, p: Item) -> bool:
    if e.kind != p.kind or not _overlap(e.when, p.when):
        return False
    if e.place and p.place and not _same_place(e, p):
        return False  # a trip to Seoul is not a second copy of the trip to Tokyo
    if e.people or p.people:
        return bool(e.people & p.people)
    return _same_place(e, p)


def match(expected: Sequence[Item], predicted: Sequence[Item]) -> Matching:
    """One-to-one matching by the documented tiers (see the module docstring)."""
    ranked = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            tier = _tier(e, p)
            if tier is not None:
                score = (-tier, _jaccard(e.people, p.people), _same_place(e, p), e.date_right(p))
                ranked.append((score, i, j))
    ranked.sort(key=lambda r: (r[0], -r[1], -r[2]), reverse=True)
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _score, i, j in ranked:
        if i not in used_e and j not in used_p:
            pairs.append((i, j))
            used_e.add(i)
            used_p.add(j)
    duplicates: dict[int, list[int]] = {}
    false = []
    for j, p in enumerate(predicted):
        if j in used_p:
            continue
        twin = next((i for i, _ in sorted(pairs) if _same_engagement(expected[i], p)), None)
        if twin is None:
            false.append(j)
        else:
            duplicates.setdefault(twin, []).append(j)
    missed = [i for i in range(len(expected)) if i not in used_e]
    return Matching(sorted(pairs), duplicates, false, missed)


# ----------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Tally:
    """Counts summed over cases; :meth:`figures` turns them into rates."""

    cases: int = 0
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    date_right: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    with_place: int = 0
    place_right: int = 0
    with_venue: int = 0
    venue_right: int = 0
    with_trip: int = 0
    trip_right: int = 0
    kind_right: int = 0
    status_right: int = 0
    duplicated: int = 0
    duplicate_events: int = 0
    false_events: int = 0
    missed: int = 0
    series_checked: int = 0
    series_right: int = 0
    failed_cases: int = 0
    mismatch_types: Counter[str] = field(default_factory=Counter)

    def figures(self) -> dict[str, Any]:
        precision = _rate(self.people_tp, self.people_tp + self.people_fp)
        recall = _rate(self.people_tp, self.people_tp + self.people_fn)
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else (0.0 if precision is not None and recall is not None else None)
        )
        return {
            "cases": self.cases,
            "failed_cases": self.failed_cases,
            "expected_events": self.expected,
            "predicted_events": self.predicted,
            "matched": self.matched,
            "date_exact": _rate(self.date_right, self.expected),
            "participants_precision": precision,
            "participants_recall": recall,
            "participants_f1": f1,
            "location_accuracy": _rate(self.place_right, self.with_place),
            "venue_accuracy": _rate(self.venue_right, self.with_venue),
            "trip_accuracy": _rate(self.trip_right, self.with_trip),
            "kind_accuracy": _rate(self.kind_right, self.matched),
            "status_accuracy": _rate(self.status_right, self.matched),
            "duplicate_rate": _rate(self.duplicated, self.expected),
            "duplicate_events": self.duplicate_events,
            "false_events": self.false_events,
            "false_event_rate": _rate(self.false_events, self.predicted),
            "missed_events": self.missed,
            "series_state_right": _rate(self.series_right, self.series_checked),
            "mismatch_types": dict(self.mismatch_types.most_common()),
        }


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def score_case(
    expected: Sequence[Item], predicted: Sequence[Item], tally: Tally, *, series: bool = False
) -> list[tuple[str, str]]:
    """Add one case to the tally; return its mismatches as (type, detail) pairs."""
    found = match(expected, predicted)
    errors: list[tuple[str, str]] = []
    tally.cases += 1
    tally.expected += len(expected)
    tally.predicted += len(predicted)
    tally.matched += len(found.pairs)
    for i, j in found.pairs:
        e, p = expected[i], predicted[j]
        errors += _compare(e, p, tally, series)
    for i in found.missed:
        e = expected[i]
        tally.people_fn += len(e.people)
        tally.missed += 1
        tally.with_place += e.place is not None
        tally.with_venue += e.venue is not None
        tally.with_trip += e.trip is not None
        if series and _series_fields(e):
            tally.series_checked += 1
        errors.append((f"missed {e.kind}", f"missed: {e.describe()} «{e.label}»"))
    for i, extra in found.duplicates.items():
        tally.duplicated += 1
        tally.duplicate_events += len(extra)
        for j in extra:
            errors.append(
                ("duplicate", f"duplicate of {expected[i].describe()}: {predicted[j].label}")
            )
    for j in found.false:
        p = predicted[j]
        tally.people_fp += len(p.people)
        tally.false_events += 1
        errors.append((f"false {p.kind}", f"false event: {p.describe()} «{p.label}»"))
    for kind, _ in errors:
        tally.mismatch_types[kind] += 1
    return errors


def _compare(e: Item, p: Item, tally: Tally, series: bool) -> list[tuple[str, str]]:
    errors: list[tuple[str, str]] = []
    what = f"{e.kind} «{e.label}»"
    if e.date_right(p):
        tally.date_right += 1
    elif e.when.precision != p.when.precision:
        errors.append(
            (
                f"precision {e.when.precision}→{p.when.precision}",
                f"{what}: expected {_show(e.when)}, got {_show(p.when)}",
            )
        )
    else:
        errors.append(("wrong date", f"{what}: expected {_show(e.when)}, got {_show(p.when)}"))
    tp = e.people & p.people
    tally.people_tp += len(tp)
    tally.people_fp += len(p.people - e.people)
    tally.people_fn += len(e.people - p.people)
    if e.people - p.people:
        errors.append(("missing participant", f"{what}: missing {sorted(e.people - p.people)}"))
    if p.people - e.people:
        errors.append(("extra participant", f"{what}: extra {sorted(p.people - e.people)}"))
    if e.place is not None:
        tally.with_place += 1
        if normalise_place(e.place) == normalise_place(p.place):
            tally.place_right += 1
        else:
            errors.append(("wrong place", f"{what}: place {e.place!r}, got {p.place!r}"))
    if e.venue is not None:
        tally.with_venue += 1
        if normalise_place(e.venue) == normalise_place(p.venue):
            tally.venue_right += 1
        else:
            errors.append(("wrong venue", f"{what}: venue {e.venue!r}, got {p.venue!r}"))
    if e.trip is not None:
        tally.with_trip += 1
        if normalise_place(e.trip) == normalise_place(p.trip):
            tally.trip_right += 1
        else:
            errors.append(("wrong trip link", f"{what}: trip {e.trip!r}, got {p.trip!r}"))
    if e.kind == p.kind:
        tally.kind_right += 1
    else:
        errors.append((f"kind {e.kind}→{p.kind}", f"{what}: got kind {p.kind}"))
    if e.status == p.status:
        tally.status_right += 1
    else:
        errors.append((f"status {e.status}→{p.status}", f"{what}: got status {p.status}"))
    if series and _series_fields(e):
        tally.series_checked += 1
        problems = _series_problems(e, p)
        if problems:
            errors.append(("series state", f"{what}: {'; '.join(problems)}"))
        else:
            tally.series_right += 1
    return errors


def _series_fields(e: Item) -> bool:
    return e.revision is not None or e.sources is not None or e.disputed is not None


def _series_problems(e: Item, p: Item) -> list[str]:
    problems = []
    if e.revision is not None and (p.revision is None or p.revision < e.revision):
        problems.append(f"revision {p.revision}, expected at least {e.revision}")
    if e.sources is not None and p.sources != e.sources:
        problems.append(f"{p.sources} source(s), expected {e.sources}")
    if e.disputed is not None and bool(p.disputed) != e.disputed:
        problems.append(f"disputed {p.disputed}, expected {e.disputed}")
    return problems


# ----------------------------------------------------------------------------- running


@dataclass(slots=True)
class Report:
    tally: Tally
    errors: dict[str, list[tuple[str, str]]]


def evaluate(folders: Iterable[Path]) -> Report:
    """Score every case under ``folders``. An article the pipeline refuses is
    scored as predicting nothing (and listed), never silently skipped."""
    from schedule.errors import ScheduleError

    tally = Tally()
    errors: dict[str, list[tuple[str, str]]] = {}
    for case in discover(folders):
        expected = load_expected(case.expected_path)
        try:
            predicted = predict(case)
        except ScheduleError as exc:
            tally.failed_cases += 1
            predicted = []
            errors.setdefault(case.name, []).append(("pipeline error", str(exc)))
        found = score_case(expected, predicted, tally, series=case.is_series)
        if found:
            errors.setdefault(case.name, []).extend(found)
    return Report(tally, errors)


def _fmt(value: float | None, percent: bool = True) -> str:
    if value is None:
        return "n/a"
    return f"{value * 100:5.1f}%" if percent else f"{value:.3f}"


def render(report: Report, show_errors: bool) -> str:
    f = report.tally.figures()
    lines = [
        f"cases                 {f['cases']} ({f['failed_cases']} failed to ingest)",
        f"events                {f['expected_events']} expected, {f['predicted_events']} "
        f"predicted, {f['matched']} matched",
        f"date exactly right    {_fmt(f['date_exact'])}",
        f"participants          P {_fmt(f['participants_precision'], False)}  "
        f"R {_fmt(f['participants_recall'], False)}  F1 {_fmt(f['participants_f1'], False)}",
        f"location right        {_fmt(f['location_accuracy'])}",
        f"venue right           {_fmt(f['venue_accuracy'])}",
        f"trip link right       {_fmt(f['trip_accuracy'])}",
        f"kind right            {_fmt(f['kind_accuracy'])} (of matched)",
        f"status right          {_fmt(f['status_accuracy'])} (of matched)",
        f"duplicate rate        {_fmt(f['duplicate_rate'])} "
        f"({f['duplicate_events']} duplicate event(s))",
        f"false events          {f['false_events']} ({_fmt(f['false_event_rate'])} of predicted)",
        f"missed events         {f['missed_events']}",
        f"series state right    {_fmt(f['series_state_right'])}",
    ]
    if show_errors:
        lines.append("")
        for name, found in report.errors.items():
            lines.append(f"{name}")
            lines += [f"  - {detail}" for _kind, detail in found]
        lines.append("")
        lines.append("mismatch types")
        lines += [f"  {n:4d}  {kind}" for kind, n in report.tally.mismatch_types.most_common()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score event extraction on folders of annotated articles "
        "(format: tests/articles/README.md)."
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[DEFAULT_FOLDER],
        help="folders of NAME.txt + NAME.expected.json and series folders "
        "(default: tests/articles)",
    )
    parser.add_argument("--errors", action="store_true", help="list mismatches per article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.folders)
    except AnnotationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = report.tally.figures()
        if args.errors:
            out["errors"] = {k: [d for _t, d in v] for k, v in report.errors.items()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(render(report, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
