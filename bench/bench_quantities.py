"""Benchmark: helpers.extract.quantities.extract_quantities on the development corpus, and against quantulum3.

First (``--dev``, default ``bench/dev``): quantity precision and recall per language on the development corpus
written for the benchmark (``bench/dev/<lang>/texts``, coded in ``bench/dev/<lang>/quantities.csv``), with texts
numbered 01-08 (development) and 09 and above (held out: never read while writing rules) reported apart, and the
five seed articles (``data/annotations/quantities.csv``, in-sample: the rules were written from them) apart again.
Same match rule as everywhere (:func:`helpers.coding.scoring.score_against_gold`: same file, overlapping span,
same value and unit). ``--dev-only`` stops there; ``--show-dev-errors`` lists the misses and false alarms of the
development split (never of the held-out one).

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


DEV_LANGS = ("en", "fr", "nl", "de")


def _split(file: str) -> str:
    """``dev`` for texts numbered 01-08, ``held-out`` for 09 and above (``<lang>_<NN>_<slug>.txt``)."""
    number = int(file.split("_")[1])
    return "dev" if number <= 8 else "held-out"


def load_dev_gold(dev_dir: Path, lang: str) -> pd.DataFrame:
    """The hand-coded quantities of one language of the development corpus, with ``lang`` and ``split``."""
    frame = pd.read_csv(dev_dir / lang / "quantities.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame.assign(start=frame["start"].astype("int64"), end=frame["end"].astype("int64"),
                         value=frame["value"].astype("float64"),
                         value_high=pd.to_numeric(frame["value_high"].replace("", float("nan"))).astype("float64"),
                         lang=lang)
    return frame.assign(split=frame["file"].map(_split))


def dev_scores(extract, dev_dir: Path) -> tuple[pd.DataFrame, dict]:
    """P/R/F1 per language and split (dev, held-out) on the development corpus, and the score objects."""
    rows, scores = [], {}
    for lang in DEV_LANGS:
        if not (dev_dir / lang / "quantities.csv").is_file():
            continue
        gold = load_dev_gold(dev_dir, lang)
        files = sorted((dev_dir / lang / "texts").glob("*.txt"))
        for split in ("dev", "held-out"):
            chosen = [f for f in files if _split(f.name) == split]
            if not chosen:
                continue
            texts = {f.name: f.read_text(encoding="utf-8") for f in chosen}
            pred = predictions(lambda t: extract(t, lang), texts, {f: lang for f in texts})
            score = score_against_gold(pred, gold[gold["split"] == split])
            scores[(lang, split)] = score
            rows.append({"lang": lang, "split": split, "texts": len(chosen), **score.overall.iloc[0].to_dict()})
    table = pd.DataFrame(rows).set_index(["lang", "split"])
    if not table.empty:
        table = table.astype({"tp": int, "fp": int, "fn": int, "texts": int})
    return table, scores


def in_sample_scores(extract) -> pd.DataFrame:
    """P/R/F1 per language on the five seed articles (in-sample: the rules were written from them)."""
    gold = load_gold(ANNOTATIONS_DIR / "quantities.csv")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES_DIR.glob("*.txt"))}
    lang_of = gold.groupby("file")["lang"].first().to_dict()
    texts = {f: t for f, t in texts.items() if f in lang_of}
    pred = predictions(lambda t: extract(t, None), texts, lang_of)
    return score_against_gold(pred, gold).per_language


def report_dev(dev_dir: Path, show_errors: bool) -> None:
    """Print the development-corpus and in-sample scores."""
    table, scores = dev_scores(extract_quantities, dev_dir)
    pd.set_option("display.width", 160)
    pd.set_option("display.precision", 3)
    print(f"Development corpus ({dev_dir}): quantity precision/recall per language; "
          "dev = texts 01-08, held-out = texts 09+ (never read while writing rules)")
    print(table.to_string())
    for split in ("dev", "held-out"):
        part = table.xs(split, level="split")[["tp", "fp", "fn"]].sum()
        p = part.tp / (part.tp + part.fp) if part.tp + part.fp else float("nan")
        r = part.tp / (part.tp + part.fn) if part.tp + part.fn else float("nan")
        print(f"  all languages, {split:8}: tp {part.tp}, fp {part.fp}, fn {part.fn}, P {p:.3f}, R {r:.3f}")
    print("\nIn-sample (the five seed articles, data/annotations/quantities.csv; the rules were written from them)")
    print(in_sample_scores(extract_quantities).to_string())
    if show_errors:
        for (lang, split), score in scores.items():
            if split != "dev":
                continue
            bad = score.matches[score.matches["outcome"] != "tp"]
            for row in bad.itertuples():
                print(f"  {lang} {row.outcome} {row.file} {row.start}-{row.end} {row.surface!r}")


def main(argv=None) -> int:
    args_parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args_parser.add_argument("--repeats", type=int, default=20, help="corpus repeats for the throughput runs")
    args_parser.add_argument("--synthetic-mb", type=float, default=1.0, help="size of the synthetic text (MB)")
    args_parser.add_argument("--dev", type=Path, default=ROOT / "bench" / "dev", help="development corpus folder")
    args_parser.add_argument("--dev-only", action="store_true", help="only the development-corpus scores")
    args_parser.add_argument("--show-dev-errors", action="store_true", help="list errors of the dev split (01-08)")
    args = args_parser.parse_args(argv)
    if args.dev.is_dir():
        report_dev(args.dev, args.show_dev_errors)
        print()
    else:
        print(f"No development corpus at {args.dev}")
    if args.dev_only:
        return 0

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
