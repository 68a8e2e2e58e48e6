"""Measure the date resolver: TBAQ scores, throughput against dateparser, scaling, memory.

    python bench/tagger.py --score            # TempEval-3 figures on the dev set
    python bench/tagger.py --speed            # docs/s, MB/s, ratio to dateparser
    python bench/tagger.py --scaling          # 10 KB .. 10 MB inputs: linear time
    python bench/tagger.py --memory           # RSS over 10,000 documents
    python bench/tagger.py --import-time      # cold import of schedule.resolution

The dev set is read from ../shared (research licence: never copied here).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TBAQ = SHARED / "data" / "tbaq" / "tbaq.jsonl"
SCORER = SHARED / "tools" / "timex_score.py"
sys.path.insert(0, str(ROOT))


def load_docs(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def system_output(docs: list[dict[str, str]], narrative: bool = False) -> list[dict[str, object]]:
    """One system JSONL record per document, in the scorer's format."""
    from schedule.resolution import tag

    out: list[dict[str, object]] = []
    for doc in docs:
        ref = date.fromisoformat(doc["dct"][:10])
        timexes = [t.as_dict() for t in tag(doc["text"], ref, narrative=narrative)]
        out.append({"id": doc["id"], "timexes": timexes})
    return out


def score(gold: Path, out: Path, errors: int, narrative: bool) -> int:
    docs = load_docs(gold)
    records = system_output(docs, narrative)
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec) + "\n")
    cmd = [sys.executable, str(SCORER), str(gold), str(out), "--by-type"]
    if errors:
        cmd += ["--errors", str(errors)]
    return subprocess.call(cmd)


def speed(gold: Path, repeat: int) -> None:
    """Throughput on the dev set, beside dateparser's ``search_dates`` in the same run.

    The resolver's first (cold) pass pays one-off costs: pattern compilation and
    the lazy imports of ``holidays``/``dateparser`` when a text needs them; it is
    printed separately. The ratio compares the median warm pass with one pass of
    ``search_dates`` after its own warm-up call.
    """
    docs = load_docs(gold)
    texts = [(d["text"], date.fromisoformat(d["dct"][:10])) for d in docs]
    mb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6

    t0 = time.perf_counter()
    from schedule.resolution import tag

    for text, ref in texts:
        tag(text, ref)
    print(f"resolver import + cold first pass: {time.perf_counter() - t0:.3f} s")
    passes = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for text, ref in texts:
            tag(text, ref)
        passes.append(time.perf_counter() - t0)
    ours = sorted(passes)[len(passes) // 2]
    print(
        f"schedule.resolution: {len(texts)} docs, {mb:.3f} MB, median of {len(passes)} warm "
        f"passes {ours:.3f} s = {len(texts) / ours:,.0f} docs/s, {mb / ours:.2f} MB/s "
        f"(best {min(passes):.3f} s, worst {max(passes):.3f} s)"
    )

    from dateparser.search import search_dates

    search_dates(texts[0][0], languages=["en"])
    t0 = time.perf_counter()
    for text, _ in texts:
        search_dates(text, languages=["en"])
    theirs = time.perf_counter() - t0
    print(
        f"dateparser.search_dates: {len(texts)} docs in {theirs:.3f} s "
        f"= {len(texts) / theirs:,.1f} docs/s, {mb / theirs:.3f} MB/s"
    )
    print(f"ratio: {theirs / ours:.1f}x dateparser's throughput")


def scaling(gold: Path, narrative: bool = False) -> None:
    """Seconds per MB from 10 KB to 10 MB: flat when tagging is linear in the input.

    Small inputs are timed over several distinct slices of the corpus (2 MB of text
    in all; the median is printed) so that a 3 ms run is not one scheduler tick's
    noise; distinct, because the resolver caches a text's clause breaks and cues.
    """
    from schedule.resolution import tag

    corpus = "".join(d["text"] for d in load_docs(gold))
    ref = None if narrative else date(1998, 3, 1)
    tag(corpus, ref)  # warm: compile patterns, import holidays/dateparser once
    first = 0.0
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        count = max(1, 2_000_000 // size)
        long = corpus * (size * count // len(corpus) + 1)
        runs = []
        for i in range(count):
            text = long[i * size : (i + 1) * size]
            t0 = time.perf_counter()
            n = len(tag(text, ref))
            runs.append(time.perf_counter() - t0)
        dt = sorted(runs)[len(runs) // 2]
        per_mb = dt / (size / 1e6)
        first = first or per_mb
        print(
            f"{size / 1e3:>8,.0f} KB: {dt:7.3f} s  {size / 1e6 / dt:5.2f} MB/s  "
            f"{per_mb / first:4.2f}x the 10 KB cost per byte  {n} timexes (last)  "
            f"(median of {len(runs)})"
        )


def memory(gold: Path, n: int) -> None:
    from schedule.resolution import tag

    docs = load_docs(gold)
    for i in range(n):
        d = docs[i % len(docs)]
        tag(d["text"], date.fromisoformat(d["dct"][:10]))
        if (i + 1) % (n // 5) == 0:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{i + 1:>6} docs: max RSS {rss:.1f} MB")


_ALONE = (
    "import sys, types, time\n"
    "pkg = types.ModuleType('schedule'); pkg.__path__ = ['schedule']\n"
    "sys.modules['schedule'] = pkg\n"
    "t = time.perf_counter(); import schedule.resolution; print(time.perf_counter() - t)"
)
_WHOLE = (
    "import time; t = time.perf_counter(); import schedule.resolution; "
    "print(time.perf_counter() - t)"
)


def import_time() -> None:
    """Cold import in fresh interpreters: the resolver alone, then with the parent package.

    ``schedule/__init__.py`` re-exports the whole library (storage, export…), so the
    second figure includes modules the resolver does not use.
    """
    for label, code in (("resolver alone", _ALONE), ("via schedule/__init__", _WHOLE)):
        runs = sorted(
            float(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT)) for _ in range(5)
        )
        print(f"import schedule.resolution ({label}): best {runs[0]:.3f} s, median {runs[2]:.3f} s")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=TBAQ)
    ap.add_argument("--out", type=Path, default=Path("/tmp/schedule_tbaq_system.jsonl"))
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument(
        "--narrative", action="store_true", help="ignore the DCT when scoring or scaling"
    )
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--memory", type=int, nargs="?", const=10_000, default=0)
    ap.add_argument("--import-time", action="store_true")
    args = ap.parse_args()
    status = 0
    if args.score:
        status = score(args.gold, args.out, args.errors, args.narrative)
    if args.speed:
        speed(args.gold, args.repeat)
    if args.scaling:
        scaling(args.gold, args.narrative)
    if args.memory:
        memory(args.gold, args.memory)
    if args.import_time:
        import_time()
    if not (args.score or args.speed or args.scaling or args.memory or args.import_time):
        ap.print_help()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
