"""Benchmark: helpers.extract.quantities.extract_quantities against quantulum3 on the gold quantities.

Both extractors read the same text (the full text of each article in ``data/raw/articles``) and are scored with
the same function, :func:`helpers.coding.scoring.score_against_gold` (same file, overlapping span, same value and
unit). quantulum3's results are mapped onto the project's canonical units first (euro -> EUR, hectare -> m2 x 10,000,
percentage -> percent, a dimensionless number -> count, ...), so it is not penalised for naming units differently.
quantulum3 is English-only and is given no language; extract_quantities detects the language itself (lang=None).

Throughput is measured on one core (the process is pinned to one CPU where the OS allows it), best of several
repeats, in MB of UTF-8 text per second: on the corpus repeated enough times for a stable figure, and for
extract_quantities also on a ~1 MB synthetic text made by concatenating the articles many times.

Run (quantulum3 is a benchmark-only dependency, in its own virtualenv)::

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r bench/requirements-bench.txt
    .venv-bench/bin/python bench/bench_quantities.py
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pandas as pd  # noqa: E402

from helpers.io.paths import ANNOTATIONS_DIR, ARTICLES_DIR  # noqa: E402

DUTCH_DIR = Path(__file__).resolve().parent / "gold-nl"
from helpers.extract.quantities import extract_quantities  # noqa: E402
from helpers.coding.scoring import load_gold, score_against_gold  # noqa: E402

# quantulum3 unit name -> (canonical unit, factor)
QUANTULUM_UNITS = {
    "euro": ("EUR", 1.0),
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "us dollar": ("USD", 1.0),
    "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0),
    "chinese yuan": ("CNY", 1.0),
    "pound sterling": ("GBP", 1.0),
    "square metre": ("m2", 1.0),
    "hectare": ("m2", 1e4),
    "square kilometre": ("m2", 1e6),
    "acre": ("m2", 4046.8564224),
    "square foot": ("m2", 0.09290304),
    "percentage": ("percent", 1.0),
    "minute": ("minute", 1.0),
    "hour": ("hour", 1.0),
    "day": ("day", 1.0),
    "week": ("week", 1.0),
    "month": ("month", 1.0),
    "year": ("year", 1.0),
    "kilometre": ("km", 1.0),
    "metre": ("km", 1e-3),
    "tonne": ("tonne", 1.0),
    "kilogram": ("tonne", 1e-3),
    "dimensionless": ("count", 1.0),
}


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one CPU"
    except (AttributeError, OSError):
        return "not pinned (single-threaded code)"


def load_quantulum():
    """quantulum3's parser, or the reason it cannot be imported."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Classifier dependencies not installed" (optional extra)
            from quantulum3 import parser
        import quantulum3
    except Exception as exc:  # report exactly why
        return None, f"{type(exc).__name__}: {exc}"
    return parser, getattr(quantulum3, "__version__", "?")


def quantulum_frame(parser, text: str) -> pd.DataFrame:
    rows = []
    for q in parser.parse(text):
        name = (q.unit.name or "").lower()
        unit, factor = QUANTULUM_UNITS.get(name, (name, 1.0))
        start, end = q.span
        rows.append({"start": start, "end": end, "surface": text[start:end], "value": float(q.value) * factor,
                     "value_high": math.nan, "unit": unit, "quantulum_unit": q.unit.name})
    return pd.DataFrame(rows, columns=["start", "end", "surface", "value", "value_high", "unit", "quantulum_unit"])


def predictions(extract, texts: dict[str, str], lang_of: dict[str, str]) -> pd.DataFrame:
    frames = []
    for file, text in texts.items():
        frame = extract(text)
        frame.insert(0, "file", file)
        frame["lang"] = lang_of[file]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def throughput(fn, texts: list[str], repeats: int, rounds: int = 3) -> float:
    """MB/s of ``fn`` over ``texts`` processed ``repeats`` times, best of ``rounds``."""
    size = sum(len(t.encode("utf-8")) for t in texts) * repeats
    best = math.inf
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(repeats):
            for t in texts:
                fn(t)
        best = min(best, time.perf_counter() - t0)
    return size / 1e6 / best


def side_by_side(ours, theirs, name: str) -> pd.DataFrame:
    cols = ["tp", "fp", "fn", "precision", "recall", "f1"]
    return pd.concat({"extract_quantities": ours[cols], name: theirs[cols]}, axis=1)


def main(argv=None) -> int:
    args_parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args_parser.add_argument("--repeats", type=int, default=20, help="corpus repeats for the throughput runs")
    args_parser.add_argument("--synthetic-mb", type=float, default=1.0, help="size of the synthetic text (MB)")
    args = args_parser.parse_args(argv)

    pinned = pin_one_core()
    # The five articles have no Dutch: two Dutch texts written for the benchmark, coded by hand with the same
    # codebook (bench/gold-nl/), give the Dutch row.
    gold = pd.concat([load_gold(ANNOTATIONS_DIR / "quantities.csv"), load_gold(DUTCH_DIR / "quantities.csv")],
                     ignore_index=True)
    texts = {p.name: p.read_text(encoding="utf-8")
             for p in sorted([*ARTICLES_DIR.glob("*.txt"), *(DUTCH_DIR / "texts").glob("*.txt")])}
    lang_of = gold.groupby("file")["lang"].first().to_dict()
    corpus_bytes = sum(len(t.encode("utf-8")) for t in texts.values())

    parser, q_info = load_quantulum()
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}; {pinned}")
    print(f"Gold: {len(gold)} quantities in {len(texts)} articles ({corpus_bytes / 1000:.1f} kB); "
          f"languages: {({k: int(v) for k, v in gold.groupby('lang').size().items()})}")
    if parser is None:
        print(f"quantulum3 unavailable: {q_info}")
    else:
        print(f"quantulum3 {q_info} (no classifier extra; English-only, given no language)")

    ours = score_against_gold(predictions(extract_quantities, texts, lang_of), gold)
    pd.set_option("display.width", 160)
    pd.set_option("display.precision", 3)
    if parser is not None:
        q_pred = predictions(lambda t: quantulum_frame(parser, t), texts, lang_of)
        theirs = score_against_gold(q_pred, gold)
        print("\nPer language (match: same file, overlapping span, same value and unit)")
        print(side_by_side(ours.per_language, theirs.per_language, "quantulum3").to_string())
        print("\nOverall")
        print(side_by_side(ours.overall, theirs.overall, "quantulum3").to_string())
        print("\nPer article")
        print(side_by_side(ours.per_article, theirs.per_article, "quantulum3").to_string())
        missed = theirs.matches[theirs.matches["outcome"] == "fn"]
        print(f"\nquantulum3 misses {len(missed)} gold quantities: "
              + "; ".join(f"{s!r}" for s in missed["surface"].tolist()))
        q_ok = (ours.per_language["f1"] > theirs.per_language["f1"].reindex(ours.per_language.index)).all()
        print(f"extract_quantities has a higher F1 on every language: {bool(q_ok)}")
    else:
        print(ours.per_language.to_string())
        print(ours.overall.to_string())

    article_texts = list(texts.values())
    langs = [lang_of[f] for f in texts]
    print("\nThroughput (one core, best of 3)")
    ours_detect = throughput(extract_quantities, article_texts, args.repeats)
    given_pairs = list(zip(article_texts, langs))
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(args.repeats):
            for t, lang in given_pairs:
                extract_quantities(t, lang)
        best = min(best, time.perf_counter() - t0)
    ours_given = corpus_bytes * args.repeats / 1e6 / best
    print(f"  corpus x{args.repeats}, extract_quantities (lang detected): {ours_detect:8.2f} MB/s")
    print(f"  corpus x{args.repeats}, extract_quantities (lang given):    {ours_given:8.2f} MB/s")
    if parser is not None:
        q_repeats = max(1, args.repeats // 10)
        theirs_speed = throughput(parser.parse, article_texts, q_repeats)
        print(f"  corpus x{q_repeats}, quantulum3:                         {theirs_speed:8.3f} MB/s")
        print(f"  ratio extract_quantities / quantulum3: {ours_detect / theirs_speed:.0f}x (lang detected), "
              f"{ours_given / theirs_speed:.0f}x (lang given)")
    joined = "\n\n".join(article_texts)
    copies = max(1, int(args.synthetic_mb * 1e6 / len(joined.encode("utf-8"))) + 1)
    synthetic = "\n\n".join([joined] * copies)
    size = len(synthetic.encode("utf-8")) / 1e6
    for lang in ("en", "fr", None):
        best = math.inf
        for _ in range(3):
            t0 = time.perf_counter()
            found = extract_quantities(synthetic, lang)
            best = min(best, time.perf_counter() - t0)
        label = lang or "detected"
        print(f"  synthetic {size:.2f} MB (articles x{copies}), one call, lang={label:8}: "
              f"{size / best:8.2f} MB/s ({len(found)} quantities)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
