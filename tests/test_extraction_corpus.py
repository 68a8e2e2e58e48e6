"""The extractor on the annotated wire articles in tests/articles/ (golden
JSON per article, series of reports about one engagement), scored with
bench/extract_eval.py.

The issue's targets on held-out news are 95 % of engagement dates exactly
right, participants F1 0.90, 90 % of locations right and no engagement stored
twice. The floors below are what the extractor reaches on this development
corpus today (see the README's figures): they stop regressions, and are raised
as the extractor improves. Duplicates have no slack: one engagement, one event.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support import REPO

# Reached on 210 cases (1295 events, to fresh19/): date 0.898, participants F1
# 0.890, location 0.877, kind 0.969, status 0.978 after the fifteenth pass (general
# classes from fresh16/ to fresh19/: every figure up, so every floor raised).
# Before it: date 0.877, participants F1
# 0.878, location 0.843, kind 0.964, status 0.976 with fresh16/ to fresh19/ joined
# at their scores after the lead's rules from them (fresh16-18 once, fresh19
# untuned): they took every floor down (date 0.91 -> 0.87, participants 0.91 ->
# 0.87, location 0.89 -> 0.84, kind 0.97 -> 0.96, status 0.98 -> 0.97).
# Reached on 178 cases (1032 events, to fresh15/): date 0.915, participants F1
# 0.916, location 0.895, kind 0.975, status 0.983 after the fourteenth pass (tuned
# on fresh15/; before it 0.911 / 0.907 / 0.888 / 0.970 / 0.981 with the resolver
# of dd6b246, fresh15/ joined untuned, which took the date floor to 0.91).
# Reached on 170 cases (968 events, to fresh14/): date 0.920, participants F1
# 0.918, location 0.898, kind 0.972, status 0.985 after the thirteenth pass (tuned
# on fresh14/; before it 0.914 / 0.912 / 0.888 / 0.969 / 0.983, fresh14/ joined
# untuned at its blind score). On 162 cases (901 events, to fresh13/): date 0.928, participants F1
# 0.920, location 0.901, kind 0.971, status 0.986 after the twelfth pass (tuned on
# fresh13/; before it 0.901 / 0.903 / 0.867 / 0.971 / 0.980 with the same
# resolver, fresh13/ joined untuned at its blind score). On 154 cases (831
# events, with unseen/, blind/, holdout/, fresh/ to fresh12/): date 0.918,
# participants F1 0.914, location 0.890, kind 0.970, status 0.985 after the
# eleventh pass (tuned on fresh12/; before it 0.905 / 0.904 / 0.866 / 0.968 /
# 0.978, with fresh12/ joined untuned at its blind score). On 146 cases (761
# events, to fresh11/): 0.922 / 0.921 / 0.897 / 0.972 / 0.979 after the tenth
# pass (tuned on fresh11/; before it 0.900 / 0.891 / 0.859 / 0.965 / 0.975, with
# fresh11/ joined untuned at its blind score). fresh6/ to
# fresh11/, written by annotators who never saw the code, pull the whole down:
# before the tenth pass, without fresh9/ to fresh11/, 0.927 / 0.927 / 0.892;
# without fresh8/ too, 0.941 / 0.941 / 0.908; the other 98 cases alone reach
# 0.957, 0.956, 0.936.
FLOORS = {
    "date_exact": 0.89,
    "participants_f1": 0.88,
    "location_accuracy": 0.87,
    "kind_accuracy": 0.96,
    "status_accuracy": 0.97,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_eval", REPO / "bench" / "extract_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> object:
    scorer = _scorer()
    return scorer.evaluate([REPO / "tests" / "articles"])


def test_corpus_is_large_enough() -> None:
    articles = list((REPO / "tests" / "articles").glob("*.txt"))
    series = [p for p in (REPO / "tests" / "articles" / "series").iterdir() if p.is_dir()]
    assert len(articles) >= 30 and len(series) >= 5
    for article in articles:
        assert Path(str(article)[:-4] + ".expected.json").exists(), article


#: The wire sets written after the first corpus, each annotated before the
#: extractor saw it and then used to improve the rules (tests/articles/README.md).
#: Floors just under today's.
WIRE_SETS = {
    "unseen": {"date_exact": 0.95, "participants_f1": 0.95, "location_accuracy": 0.95},
    "blind": {"date_exact": 0.95, "participants_f1": 0.95, "location_accuracy": 0.95},
    "holdout": {"date_exact": 0.90, "participants_f1": 0.93, "location_accuracy": 0.90},
    # first runs (date / participants F1 / location): fresh 0.804 / 0.712 / 0.659,
    # fresh2 0.769 / 0.734 / 0.667
    "fresh": {"date_exact": 0.92, "participants_f1": 0.93, "location_accuracy": 0.90},
    "fresh2": {"date_exact": 0.90, "participants_f1": 0.92, "location_accuracy": 0.83},
    # first run 0.867 / 0.793 / 0.846
    "fresh3": {"date_exact": 0.95, "participants_f1": 0.93, "location_accuracy": 0.95},
    # first run 0.739 / 0.726 / 0.500 (office holders by office only, small towns,
    # hotels, title-case datelines, programmes); 0.935 / 0.934 / 0.875 after
    # 0.957 / 0.947 / 0.900 after the fifteenth pass
    "fresh4": {"date_exact": 0.95, "participants_f1": 0.94, "location_accuracy": 0.89},
    # first run, with the fresh4 rules: 0.789 / 0.839 / 0.600; 0.842 / 0.857 / 0.733
    # after a title-case dateline and an appositive speaker ("X, Y, said")
    "fresh5": {"date_exact": 0.80, "participants_f1": 0.83, "location_accuracy": 0.70},
    # written by independent annotators; first runs 0.672 / 0.660 / 0.635 and
    # 0.565 / 0.554 / 0.538 (1 duplicate); after: 0.754 / 0.738 / 0.692 and
    # 0.710 / 0.812 / 0.712; then 0.787 / 0.780 / 0.692 and 0.742 / 0.832 / 0.712;
    # then 0.869 / 0.854 / 0.788 and 0.919 / 0.927 / 0.865 (multi-stop trips,
    # councils, double roles, venues, one-day trips for one engagement)
    # 0.885 / 0.868 / 0.846 after the fifteenth pass
    "fresh6": {"date_exact": 0.88, "participants_f1": 0.86, "location_accuracy": 0.84},
    "fresh7": {"date_exact": 0.90, "participants_f1": 0.91, "location_accuracy": 0.84},
    # a third independent annotator; scored blind before the sixth pass 0.743 /
    # 0.754 / 0.690 and after it 0.786 / 0.795 / 0.724 (tests/articles/README.md);
    # 0.829 / 0.833 / 0.776 after the eighth pass
    # 0.900 / 0.866 / 0.845 after the fifteenth pass
    "fresh8": {"date_exact": 0.89, "participants_f1": 0.86, "location_accuracy": 0.84},
    # a fourth independent annotator, scored blind once: 0.657 / 0.646 / 0.614;
    # after the seventh pass 0.671 / 0.732 / 0.614, after the eighth (trip legs,
    # clocks glossed in another zone, titles, sport, funerals) 0.871 / 0.884 / 0.895
    # location 0.912 after the fifteenth pass
    "fresh9": {"date_exact": 0.85, "participants_f1": 0.87, "location_accuracy": 0.91},
    # a fifth independent annotator (Nordic, Balkan, Caucasus, Gulf, Horn of Africa,
    # Caribbean and Pacific reports), scored blind twice: 0.754 / 0.706 / 0.704 by the
    # extractor before the eighth pass and 0.769 / 0.714 / 0.685 after it (untuned);
    # 0.846 / 0.855 / 0.815 after the ninth pass, tuned on it (names, companies and
    # legislatures, offices by nation, sole-purpose trips, legs, datelines, venues)
    "fresh10": {"date_exact": 0.84, "participants_f1": 0.85, "location_accuracy": 0.81},
    # a sixth independent annotator (West and Southern Africa, the Andes, Central
    # America, Central Europe, South Asia, the Levant, Taiwan), scored blind at the
    # session's start (d695999) 0.703 / 0.619 / 0.544, after the eighth pass 0.734 /
    # 0.630 / 0.579 and after the ninth 0.734 / 0.641 / 0.579 (untuned); 0.953 /
    # 0.928 / 0.912 after the tenth, tuned on it (portfolios and chambers in roles,
    # the dateline's outlet, ranks, delegations, a country visit's capital, stops)
    # location 0.947 after the fifteenth pass
    "fresh11": {"date_exact": 0.93, "participants_f1": 0.91, "location_accuracy": 0.94},
    # a seventh independent annotator (an ordinary week of PTI, Kyodo, Anadolu,
    # Yonhap, ABC, The National, Nation and Xinhua copy), scored blind at the
    # session's start (3b27cfd) 0.657 / 0.699 / 0.533 and after the tenth pass 0.714 /
    # 0.715 / 0.550 (untuned); 0.871 / 0.833 / 0.800 after the eleventh, tuned on it
    # (towns by another name, "here", "there", settings, sidelines, asides, hours)
    "fresh12": {"date_exact": 0.85, "participants_f1": 0.82, "location_accuracy": 0.78},
    # an eighth independent annotator (an ordinary week of VNA, Lusa, AFP, Ukrinform,
    # Kyodo, Agerpres, Antara and Anadolu copy), scored blind at 3b27cfd 0.629 /
    # 0.751 / 0.548 and after the eleventh pass 0.629 / 0.774 / 0.597 (untuned);
    # 0.957 / 0.959 / 0.952 after the twelfth, tuned on it (agencies' datelines,
    # stops, stays and their purposes, "after the talks", asides, venues' grounds)
    "fresh13": {"date_exact": 0.94, "participants_f1": 0.93, "location_accuracy": 0.94},
    # a ninth independent annotator (an ordinary week of Yonhap, EFE, Bernama,
    # Xinhua, PAP, KUNA, ANSA and AP copy), scored blind at 8a490df 0.701 / 0.791 /
    # 0.721 and after the twelfth pass 0.731 / 0.795 / 0.721 (untuned); 0.821 / 0.895 /
    # 0.852 after the thirteenth, tuned on it (programmes inside a dated visit,
    # friendlies, joint press conferences, briefings in the capital, asides)
    # 0.836 / 0.900 / 0.869 after the fifteenth pass
    "fresh14": {"date_exact": 0.83, "participants_f1": 0.89, "location_accuracy": 0.86},
    # a tenth independent annotator (an ordinary week of PTI, dpa, Kazinform, QNA,
    # Reuters, Jiji, Prensa Latina and RNZ copy), scored blind at 3deba37 0.734 /
    # 0.716 / 0.722 (0.750 / 0.726 / 0.722 at dd6b246); 0.812 / 0.865 / 0.833 after the fourteenth
    # pass, tuned on it ("arrive here", buildings named after people, "the Saudi
    # minister", the traveller as "him", trips for a gathering or one errand)
    "fresh15": {"date_exact": 0.81, "participants_f1": 0.86, "location_accuracy": 0.83},
    # four more independent annotators (fresh16: PNA, MTI, GNA, SPA, ANI, TASS, Europa
    # Press, APP; fresh17: ABC, CTK, LETA, NAN, Petra, Trend, WAM, Yle; fresh18:
    # Armenpress, HINA, KNA, AZERTAC, NHK, ONA, Newswire, BNA; fresh19: BTA, Fiji Village,
    # IRNA, Montsame, NTB, ANP, MENA, NA), scored blind at 70.1 / 0.686 / 62.3,
    # 71.6 / 0.722 / 64.4, 65.6 / 0.737 / 69.5 and 75.4 / 0.769 / 56.9; joined at
    # 0.716 / 0.702 / 0.639, 0.761 / 0.735 / 0.661, 0.688 / 0.745 / 0.746 (after the
    # lead's rules from each) and 0.754 / 0.769 / 0.569 (untuned); after the fifteenth
    # pass, tuned on their classes (separate talks, sidelines of a session, the eve of
    # a gathering, "followed by a joint press conference", signings after a past
    # occasion, a country visit's one city, formal styles, venues, statements where
    # the speaker was engaged, non-ASCII capitals): 0.806 / 0.765 / 0.787, 0.821 /
    # 0.790 / 0.746, 0.750 / 0.780 / 0.797 and 0.877 / 0.820 / 0.793
    "fresh16": {"date_exact": 0.80, "participants_f1": 0.76, "location_accuracy": 0.78},
    "fresh17": {"date_exact": 0.82, "participants_f1": 0.78, "location_accuracy": 0.74},
    "fresh18": {"date_exact": 0.74, "participants_f1": 0.78, "location_accuracy": 0.79},
    "fresh19": {"date_exact": 0.87, "participants_f1": 0.82, "location_accuracy": 0.79},
}


@pytest.mark.parametrize("folder", sorted(WIRE_SETS))
def test_wire_sets_hold_their_floors(folder: str) -> None:
    path = REPO / "tests" / "articles" / folder
    for article in path.glob("*.txt"):
        assert Path(str(article)[:-4] + ".expected.json").exists(), article
    figures = _scorer().evaluate([path]).tally.figures()  # type: ignore[attr-defined]
    assert figures["duplicate_events"] == 0
    for name, floor in WIRE_SETS[folder].items():
        assert figures[name] >= floor, f"{folder}: {name} = {figures[name]:.3f}"


def test_every_article_ingests(report: object) -> None:
    assert report.tally.failed_cases == 0, report.errors  # type: ignore[attr-defined]


def test_no_engagement_is_stored_twice(report: object) -> None:
    assert report.tally.duplicate_events == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_quality_floor(report: object, figure: str) -> None:
    value = report.tally.figures()[figure]  # type: ignore[attr-defined]
    assert value is not None and value >= FLOORS[figure], f"{figure} = {value:.3f}"
