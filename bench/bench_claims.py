"""Benchmark: what each figure measures and its status, on the development corpus (``bench/dev/<lang>/``).

For every language, texts 01-12 (the development split, which the rules may be tuned on) and texts 13 and above
(the held-out split, which nobody reads: only this script scores it) are kept apart. Two readings are scored:

- ``stage``: the claims stage alone. The hand-coded quantities (their span, kind, unit, noun and ``per``) are
  given to :func:`helpers.claims.tables.article_claim_tables` as if the extractor had found them exactly, so a
  miss here is the claims rules' own;
- ``end-to-end``: the quantities :func:`helpers.extract.quantities.extract_quantities` finds, matched to the coded
  ones by overlapping span; coded quantities the extractor misses count as wrong.

Scores: ``measure`` (the build's metric mapped by :func:`helpers.claims.vocabulary.measure_of` onto the codebook's
vocabulary, against the coded ``measure``), ``status`` (against the coded ``status``) and ``jobs p/r`` (status of
the coded jobs figures that are coded promised or realised: the distinction the jobs chart rests on).

Run (``--dev`` defaults to ``bench/dev``; ``PYTHONPATH`` chooses which version of the rules is scored)::

    .venv/bin/python bench/bench_claims.py [--dev DIR] [--errors]

``--errors`` lists the development split's misses (never the held-out split's).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "PYTHONPATH" not in os.environ:  # score this checkout's rules unless told otherwise
    sys.path.insert(0, str(ROOT / "src"))

import pandas as pd  # noqa: E402

from helpers.claims.tables import article_claim_tables  # noqa: E402
from helpers.extract.quantities import extract_quantities  # noqa: E402

try:
    from helpers.claims.vocabulary import measure_of  # noqa: E402
except ImportError:  # an older checkout: read the mapping from this one
    _spec = importlib.util.spec_from_file_location("vocabulary", ROOT / "src/helpers/claims/vocabulary.py")
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    measure_of = _module.measure_of

LANGS = ("en", "fr", "nl", "de")
HELD_OUT = range(13, 17)  # the held-out texts (as in bench_reading.py); 17 and above are development
"""Texts numbered 13 and above are the held-out split (09-12 were held out until session 3, then read)."""


def _number(file: str) -> int:
    return int(file.split("_")[1])


def load_language(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """``(catalog, coded quantities, texts)`` of one language folder."""
    catalog = pd.read_csv(folder / "catalog.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(folder / "quantities.csv", dtype=str, keep_default_na=False)
    texts = {f: (folder / "texts" / f).read_bytes().decode("utf-8") for f in catalog["file"]}
    return catalog, gold, texts


def _articles(catalog: pd.DataFrame) -> pd.DataFrame:
    return catalog.assign(language=catalog["lang"], outlet_short=catalog["outlet"], body_spans="")[
        ["file", "published", "language", "outlet_short", "body_spans"]]


def _gold_quantities(gold: pd.DataFrame) -> pd.DataFrame:
    """The coded quantities in the extractor's columns (plus ``per``), as the stage reading is given them."""
    value_high = pd.to_numeric(gold.get("value_high", ""), errors="coerce")
    return pd.DataFrame({
        "file": gold["file"], "start": gold["start"].astype(int), "end": gold["end"].astype(int),
        "surface": gold["surface"], "value": pd.to_numeric(gold["value"], errors="coerce").fillna(0.0),
        "value_high": value_high, "unit": gold["unit"], "kind": gold["kind"], "noun": gold.get("noun", ""),
        "qualifier": gold.get("qualifier", ""), "lang": gold["lang"] if "lang" in gold else "",
        "per": gold.get("per", ""), "actor": "",
    })


def _extracted(catalog: pd.DataFrame, texts: dict) -> pd.DataFrame:
    frames = [extract_quantities(texts[f], lang).assign(file=f) for f, lang in zip(catalog["file"], catalog["lang"])]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True).assign(actor="") if frames else pd.DataFrame()


def _read(quantities: pd.DataFrame, catalog: pd.DataFrame, texts: dict) -> pd.DataFrame:
    if quantities.empty:
        return pd.DataFrame(columns=["file", "start", "end", "metric", "status"])
    claims = article_claim_tables(quantities, _articles(catalog), texts)["claims.csv"]
    return claims[["file", "start", "end", "metric", "status", "metric_cue", "status_cue"]]


def _match(gold: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Each coded quantity with the claim whose span overlaps it most (measure and status empty when none)."""
    by_file = {f: g.to_dict("records") for f, g in claims.groupby("file")}
    rows = []
    for g in gold.to_dict("records"):
        a, b = int(g["start"]), int(g["end"])
        best = max(by_file.get(g["file"], []), default=None,
                   key=lambda c: min(b, c["end"]) - max(a, c["start"]))
        hit = best is not None and min(b, best["end"]) > max(a, best["start"])
        rows.append({**g, "got_measure": measure_of(best["metric"]) if hit else "",
                     "got_status": best["status"] if hit else "",
                     "cues": f"{best['metric_cue']} | {best['status_cue']}" if hit else ""})
    return pd.DataFrame(rows)


def _scores(matched: pd.DataFrame) -> dict:
    jobs = matched.loc[(matched["measure"] == "jobs") & matched["status"].isin(["promised", "realised"])]
    return {
        "n": len(matched),
        "measure": (matched["measure"] == matched["got_measure"]).mean() if len(matched) else float("nan"),
        "status": (matched["status"] == matched["got_status"]).mean() if len(matched) else float("nan"),
        "jobs_n": len(jobs),
        "jobs p/r": (jobs["status"] == jobs["got_status"]).mean() if len(jobs) else float("nan"),
    }


def score(dev: Path, errors: bool = False) -> pd.DataFrame:
    """One row per language, split and reading, with the scores of :func:`_scores`."""
    rows, misses = [], []
    for lang in LANGS:
        if not (dev / lang / "quantities.csv").exists():
            continue
        catalog, gold, texts = load_language(dev / lang)
        readings = {"stage": _read(_gold_quantities(gold), catalog, texts),
                    "end-to-end": _read(_extracted(catalog, texts), catalog, texts)}
        for reading, claims in readings.items():
            matched = _match(gold, claims)
            for split, part in (("dev", matched.loc[~matched["file"].map(_number).isin(HELD_OUT)]),
                                ("held-out", matched.loc[matched["file"].map(_number).isin(HELD_OUT)])):
                rows.append({"lang": lang, "split": split, "reading": reading, **_scores(part)})
                if errors and split == "dev" and reading == "stage":
                    misses.append(part.loc[(part["measure"] != part["got_measure"])
                                           | (part["status"] != part["got_status"])])
    if errors and misses:
        wrong = pd.concat(misses)
        with pd.option_context("display.width", 250, "display.max_colwidth", 60, "display.max_rows", 500):
            print(wrong[["file", "surface", "measure", "got_measure", "status", "got_status", "cues"]].to_string())
    return pd.DataFrame(rows)


def _summary(table: pd.DataFrame) -> pd.DataFrame:
    """All languages together, per split and reading, weighted by the number of coded quantities."""
    out = []
    for (split, reading), g in table.groupby(["split", "reading"], sort=False):
        n, jobs_n = g["n"].sum(), g["jobs_n"].sum()
        out.append({"lang": "all", "split": split, "reading": reading, "n": n,
                    "measure": (g["measure"] * g["n"]).sum() / n if n else float("nan"),
                    "status": (g["status"] * g["n"]).sum() / n if n else float("nan"), "jobs_n": jobs_n,
                    "jobs p/r": (g["jobs p/r"].fillna(0) * g["jobs_n"]).sum() / jobs_n if jobs_n else float("nan")})
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=ROOT / "bench" / "dev")
    parser.add_argument("--errors", action="store_true", help="list the development split's misses")
    args = parser.parse_args(argv)
    table = score(args.dev, args.errors)
    table = pd.concat([table, _summary(table)], ignore_index=True)
    with pd.option_context("display.width", 200, "display.float_format", "{:.2f}".format):
        print(table.sort_values(["reading", "split", "lang"], kind="stable").to_string(index=False))


if __name__ == "__main__":
    main()
