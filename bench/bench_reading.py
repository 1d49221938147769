"""Benchmark: reading text nobody has coded -- figures, what they measure, their status, who states them,
quotations and stance suggestions -- scored against hand codes, per language and per split.

Inputs
    * the development corpus ``bench/dev/<lang>/`` (format: ``bench/dev/README.md``): texts numbered 01-12 are the
      *development* split (the rules may be looked at against them), texts 13-16 the *held-out* split
      (never opened while writing rules; only this script reads them). Texts 09-12 were the held-out split of the
      first two rounds; once their scores had been read and the errors on them studied they became development
      texts, and texts 13-16 were written as the new held-out split before the rules were changed again; texts 17
      and above were written later as more development texts;
    * the five seed articles ``data/raw/articles/`` with their hand codes ``data/annotations/`` (*in-sample*: the
      rules were written from them).

Each group is copied into a raw folder of its own (``articles/``, ``catalog.csv``, ``SHA256SUMS``) and built with
``python -m helpers build --raw RAW --out OUT`` in a subprocess, **without** the annotations (the seeds too: the
rules are measured, not the hand codes that override them). The output tables are read by column name; a table or
column that is missing scores 0 (the build before this work has no ``quotes.csv``).

Scores (per language and split; ``n`` is the size of the denominator)
    quantities P / R
        a predicted quantity (``quantities.csv``) matches a coded one when their spans overlap (one-to-one, the
        largest overlap first).
    measure
        share of matched quantities whose measure equals the coded ``measure`` (mapping below). Measure, status and
        speaker are scored on the matched quantities only: a figure not found counts once, in quantities R.
    status, jobs status
        share of matched quantities whose ``claims.csv`` status equals the coded one; "jobs" restricts to coded
        ``measure = jobs`` with status promised or realised.
    speaker, named speaker
        share of matched quantities whose predicted speaker names the coded one (the outlet = both empty); "named"
        restricts to coded quantities with a speaker. The predicted speaker is the first non-empty of the columns
        ``speaker``, ``actor``, ``speaker_guess`` of ``quantities.csv``. Two names agree when, accents, case and
        titles aside, one is the other or ends with the other's last word (a surname), or the other is a word of it
        (an organisation's short name) -- see :func:`same_speaker`.
    direct quotations P / R, attribution
        quotations in marks: coded ``type`` direct or mixed against predicted ``quotes.csv`` rows of type direct or
        mixed; a match needs an overlap of at least half of the shorter span (one-to-one). Attribution: share of
        matched quotations whose predicted ``speaker`` agrees with the coded one.
    reported speech R
        coded ``reported`` rows covered by a predicted ``quotes.csv`` row of any type (same overlap rule).
    stance
        share of matched quotations (any type) whose predicted ``stance`` equals the coded one.

Mapping of the codes' ``measure`` vocabulary onto the build's ``metric`` (``claims.csv``), applied to the build's
side (:func:`measure_of_metric`, the codebook's :func:`helpers.claims.vocabulary.measure_of` of this checkout). A
rate is scored as a rate: the build's ``<metric>_per_<unit>`` (``parcels_per_day``) measures what ``<metric>``
measures, and a measure is right only when the figure is a rate in the build exactly when the codes give it a
``per`` ("12 jobs per hectare" read as 12 jobs is wrong, and so is a count read as a rate):

=================  ======================================================================================
coded ``measure``   build ``metric`` (or ``metric_family``)
=================  ======================================================================================
jobs               ``jobs``, ``jobs_created``, ``jobs_expected`` (family ``jobs``)
investment         ``investment``
site_area          ``site_area``
building_area      ``warehouse_area``, ``building_area``
trade              family ``trade`` (``exports_*``, ``imports_*``, ``trade_*``)
parcels            ``parcels``
cargo              ``cargo_volume``, ``cargo``
flights            ``flights``
lease_term         ``lease_term``
delivery_time      ``delivery_time``
revenue            ``revenue``
fine               ``fine``
people             ``*_sanctioned``, ``people``
share              ``sme_share``, ``share``, ``other_percent`` (a percentage of nothing named above)
period             ``period``
other              anything else (``other_*``, ``agreements``, ``agreements_signed``)
=================  ======================================================================================

The seeds' codes (``data/annotations/quantities.csv``) name a ``measures`` metric in the build's own vocabulary and
no status: their measure is mapped the same way, their status is read from ``jobs_created`` (realised) and
``jobs_expected`` (promised) only. Their quotations come from ``statements.csv`` (``direct`` -> direct,
``indirect``/``reported`` -> reported; ``authorial`` rows are not speech). The seeds' ``quantities.csv`` codes only
some of their figures, so their quantity precision is a lower bound.

Run: ``.venv/bin/python bench/bench_reading.py`` (``--dev DIR`` for another development corpus, ``--src DIR`` to
measure another checkout's ``src/``, ``--keep DIR`` to keep the raw folders and outputs, ``--dev-only`` for the development texts alone: the
mode for changing the rules, which never shows a held-out score).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "bench" / "dev"
SEED_RAW = ROOT / "data" / "raw"
SEED_CODES = ROOT / "data" / "annotations"
LANGS = ("en", "fr", "nl", "de")
HELD_OUT = range(13, 17)  # the held-out split: texts 13-16 (01-08, then 09-12, were before; 17 on are development)

_SPEC = importlib.util.spec_from_file_location("codebook_vocabulary", ROOT / "src/helpers/claims/vocabulary.py")
_CODEBOOK = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_CODEBOOK)
SEED_SPEECH = {"direct": "direct", "indirect": "reported", "reported": "reported"}
TITLES = {"mr", "mrs", "ms", "dr", "prof", "professor", "m", "mme", "monsieur", "madame", "herr", "frau", "dhr",
          "mevrouw", "meneer", "the", "le", "la", "l", "de", "het", "der", "die", "das"}


def measure_of_metric(metric: str) -> str:
    """The coded ``measure`` that a build ``metric`` stands for: the codebook's mapping
    (:func:`helpers.claims.vocabulary.measure_of`, read from this checkout whatever ``--src`` is): a rate
    ``<metric>_per_<unit>`` measures what ``<metric>`` measures, a percentage of nothing named is a ``share``."""
    return _CODEBOOK.measure_of(str(metric or ""))


def is_rate(metric: str) -> bool:
    """Whether a build ``metric`` is a rate (``parcels_per_day``): the codes say so with a non-empty ``per``."""
    return "_per_" in str(metric or "")


def _fold(value) -> str:
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    text = unicodedata.normalize("NFD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(w for w in re.findall(r"[\w]+", text) if w not in TITLES)


def same_speaker(predicted, gold) -> bool:
    """Whether a predicted speaker names the coded one (both empty: the outlet's voice)."""
    p, g = _fold(predicted), _fold(gold)
    if not p or not g:
        return p == g
    if p == g:
        return True
    pw, gw = p.split(), g.split()
    if pw[-1] == gw[-1] and (len(pw) == 1 or len(gw) == 1 or pw[0] == gw[0]):
        return True  # surname alone, or the same person with and without a middle part
    short, long_ = (pw, gw) if len(pw) < len(gw) else (gw, pw)
    return len(short) <= 2 and f" {' '.join(short)} " in f" {' '.join(long_)} " and len(" ".join(short)) >= 3


# ------------------------------------------------------------------------------------------------ raw folders
def _catalog_rows(files: list[str], catalog: pd.DataFrame | None) -> pd.DataFrame:
    info = {} if catalog is None else {str(r["file"]): r for r in catalog.to_dict("records")}
    rows = []
    for file in files:
        row = info.get(file, {})
        outlet = str(row.get("outlet", "") or "Benchmark outlet")
        rows.append({"file": file, "outlet": outlet, "outlet_short": outlet,
                     "published": str(row.get("published", "") or "2024-01-01"),
                     "original_language": str(row.get("lang", "") or "")})
    return pd.DataFrame(rows)


def make_raw(folder: Path, texts: dict[str, Path], catalog: pd.DataFrame) -> Path:
    """A raw folder (articles/, catalog.csv, SHA256SUMS) holding ``texts`` (name -> source path)."""
    articles = folder / "raw" / "articles"
    articles.mkdir(parents=True)
    sums = []
    for name, source in sorted(texts.items()):
        data = source.read_bytes()
        (articles / name).write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}")
    catalog.to_csv(folder / "raw" / "catalog.csv", index=False)
    (folder / "raw" / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return folder / "raw"


def run_build(raw: Path, out: Path, src: Path) -> dict[str, pd.DataFrame]:
    """``python -m helpers build --raw raw --out out`` with ``src`` first on the path; the tables it wrote."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, "-m", "helpers", "build", "--raw", str(raw), "--out", str(out)],
                          env=env, capture_output=True, text=True, cwd=str(raw.parent))
    if done.returncode != 0:
        raise SystemExit(f"build failed ({raw}):\n{done.stdout}\n{done.stderr}")
    return {p.name: pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(out.glob("*.csv"))}


# ------------------------------------------------------------------------------------------------- the codes
def dev_codes(dev: Path) -> tuple[dict[str, Path], pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Texts, catalog, coded quantities and coded quotes of the development corpus (all languages)."""
    texts, catalogs, quantities, quotes = {}, [], [], []
    for lang in LANGS:
        folder = dev / lang
        if not folder.is_dir():
            continue
        for path in sorted((folder / "texts").glob("*.txt")):
            texts[path.name] = path
        for name, frames in (("catalog.csv", catalogs), ("quantities.csv", quantities), ("quotes.csv", quotes)):
            if (folder / name).is_file():
                frames.append(pd.read_csv(folder / name, dtype=str, keep_default_na=False).assign(lang=lang))
    def cat(frames):
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return texts, cat(catalogs), cat(quantities), cat(quotes)


def seed_codes() -> tuple[dict[str, Path], pd.DataFrame, pd.DataFrame]:
    """The seeds' coded quantities (measure, status, speaker) and quotes (type, speaker, stance)."""
    texts = {p.name: p for p in sorted((SEED_RAW / "articles").glob("*.txt"))}
    q = pd.read_csv(SEED_CODES / "quantities.csv", dtype=str, keep_default_na=False)
    status = {"jobs_created": "realised", "jobs_expected": "promised"}
    quantities = pd.DataFrame({
        "file": q["file"], "start": q["start"], "end": q["end"], "lang": q["lang"],
        "measure": q["measures"].map(measure_of_metric), "status": q["measures"].map(status).fillna(""),
        "per": q["measures"].map(lambda metric: "rate" if is_rate(metric) else ""),
        "speaker": q["actor"]})
    s = pd.read_csv(SEED_CODES / "statements.csv", dtype=str, keep_default_na=False)
    s = s[s["speech_type"].isin(SEED_SPEECH)].drop_duplicates(["file", "start", "end"])
    quotes = pd.DataFrame({"file": s["file"], "start": s["start"], "end": s["end"],
                           "type": s["speech_type"].map(SEED_SPEECH), "speaker": s["actor"], "stance": s["stance"]})
    return texts, quantities, quotes


# ---------------------------------------------------------------------------------------------------- scoring
def _spans(frame: pd.DataFrame) -> list[tuple[int, int, int]]:
    return [(int(a), int(b), i) for i, (a, b) in enumerate(zip(frame["start"], frame["end"]))]


def match(gold: pd.DataFrame, pred: pd.DataFrame, min_share: float = 0.0) -> list[tuple[int, int]]:
    """One-to-one (gold row, predicted row) pairs by position, per file, largest overlap first. A pair needs an
    overlap > 0 and at least ``min_share`` of the shorter span."""
    pairs = []
    if gold.empty or pred.empty:
        return pairs
    for file, g in gold.reset_index(drop=True).groupby("file"):
        p = pred.reset_index(drop=True)
        p = p[p["file"] == file]
        options = []
        for gi, (gs, ge) in zip(g.index, zip(g["start"].astype(int), g["end"].astype(int))):
            for pi, (ps, pe) in zip(p.index, zip(p["start"].astype(int), p["end"].astype(int))):
                overlap = min(ge, pe) - max(gs, ps)
                if overlap > 0 and overlap >= min_share * max(1, min(ge - gs, pe - ps)):
                    options.append((-overlap, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(options):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi))
    return pairs


def _share(hits: list[bool]) -> tuple[float, int]:
    return (sum(hits) / len(hits) if hits else float("nan")), len(hits)


def _column(frame: pd.DataFrame, *names: str) -> pd.Series:
    """The first non-empty value of ``names`` per row ('' where none of the columns exists)."""
    out = pd.Series([""] * len(frame), index=frame.index, dtype=object)
    for name in reversed(names):
        if name in frame.columns:
            values = frame[name].astype(str)
            out = values.where(values.str.strip() != "", out)
    return out


def score(gold_q: pd.DataFrame, gold_quotes: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict:
    """Every score of the module docstring for one group of files (gold rows restricted to those files)."""
    files = set(gold_q["file"]) | set(gold_quotes["file"]) if len(gold_quotes) else set(gold_q["file"])
    pred_q = tables.get("quantities.csv", pd.DataFrame(columns=["file", "start", "end"]))
    pred_q = pred_q[pred_q["file"].isin(files)].reset_index(drop=True) if "file" in pred_q else pred_q
    claims = tables.get("claims.csv", pd.DataFrame())
    gold_q = gold_q.reset_index(drop=True)
    out: dict = {}
    pairs = match(gold_q, pred_q) if {"start", "end"} <= set(pred_q.columns) else []
    out["quantities P"] = (len(pairs) / len(pred_q) if len(pred_q) else float("nan"), len(pred_q))
    out["quantities R"] = (len(pairs) / len(gold_q) if len(gold_q) else float("nan"), len(gold_q))
    claim_by_span = {}
    if {"file", "start", "end"} <= set(claims.columns):
        for row in claims.to_dict("records"):
            claim_by_span[(row["file"], str(row["start"]), str(row["end"]))] = row
    speakers = _column(pred_q, "speaker", "actor", "speaker_guess")
    measure_hits, status_hits, jobs_hits, speaker_hits, named_hits = [], [], [], [], []
    gold_by_index = {gi: pi for gi, pi in pairs}
    for gi, g in gold_q.iterrows():
        pi = gold_by_index.get(gi)
        p = pred_q.loc[pi] if pi is not None else None
        claim = claim_by_span.get((p["file"], str(p["start"]), str(p["end"]))) if p is not None else None
        if p is not None and g.get("measure", ""):
            metric = claim.get("metric", "") if claim is not None else None
            measure_hits.append(metric is not None and measure_of_metric(metric) == g["measure"]
                                and is_rate(metric) == bool(str(g.get("per", "") or "").strip()))
        if p is not None and g.get("status", ""):
            hit = claim is not None and claim.get("status", "") == g["status"]
            status_hits.append(hit)
            if g.get("measure") == "jobs" and g["status"] in ("promised", "realised"):
                jobs_hits.append(hit)
        if p is None:
            continue  # the figure was not found: counted by quantities R, not against the later stages
        hit = same_speaker(speakers.loc[pi], g["speaker"])
        speaker_hits.append(hit)
        if g["speaker"]:
            named_hits.append(hit)
    out["measure"] = _share(measure_hits)
    out["status"] = _share(status_hits)
    out["jobs status"] = _share(jobs_hits)
    out["speaker"] = _share(speaker_hits)
    out["named speaker"] = _share(named_hits)
    out.update(score_quotes(gold_quotes, tables.get("quotes.csv", pd.DataFrame()), files))
    return out


def score_quotes(gold: pd.DataFrame, pred: pd.DataFrame, files: set) -> dict:
    """Direct quotation P/R, attribution, reported speech recall and stance agreement."""
    needed = {"file", "start", "end", "type"}
    if gold.empty:
        gold = pd.DataFrame(columns=["file", "start", "end", "type", "speaker", "stance"])
    gold = gold[gold["file"].isin(files)].reset_index(drop=True)
    if not needed <= set(pred.columns):  # no quotes table (the build before this work): every score is 0
        n_marked = int(gold["type"].isin(("direct", "mixed")).sum())
        n_reported = int((gold["type"] == "reported").sum())
        zero = (lambda n: (0.0, n) if n else (float("nan"), 0))
        return {"direct P": zero(n_marked), "direct R": zero(n_marked), "attribution": zero(n_marked),
                "reported R": zero(n_reported), "stance": zero(int((gold["stance"].astype(str) != "").sum()))}
    pred = pred[pred["file"].isin(files)].reset_index(drop=True)
    marked = ("direct", "mixed")
    g_dir, p_dir = gold[gold["type"].isin(marked)], pred[pred["type"].isin(marked)]
    pairs = [(g_dir.index[gi], p_dir.index[pi]) for gi, pi in match(g_dir, p_dir, 0.5)]
    out = {"direct P": (len(pairs) / len(p_dir) if len(p_dir) else float("nan"), len(p_dir)),
           "direct R": (len(pairs) / len(g_dir) if len(g_dir) else float("nan"), len(g_dir))}
    speaker = _column(pred, "speaker")
    out["attribution"] = _share([same_speaker(speaker.loc[pi], gold.loc[gi, "speaker"]) for gi, pi in pairs])
    g_rep = gold[gold["type"] == "reported"]
    rep_pairs = [(g_rep.index[gi], pi) for gi, pi in match(g_rep, pred, 0.5)]
    out["reported R"] = (len(rep_pairs) / len(g_rep) if len(g_rep) else float("nan"), len(g_rep))
    stance = _column(pred, "stance", "stance_suggested")
    all_pairs = pairs + rep_pairs
    out["stance"] = _share([stance.loc[pi] == gold.loc[gi, "stance"] for gi, pi in all_pairs
                            if str(gold.loc[gi, "stance"]).strip()])
    return out


# ------------------------------------------------------------------------------------------------------ report
def split_of(file: str) -> str:
    """``held-out`` for texts numbered in :data:`HELD_OUT`, else ``dev`` (``<lang>_<NN>_<slug>.txt``)."""
    m = re.match(r"[a-z]{2}_(\d+)_", file)
    return "held-out" if m and int(m.group(1)) in HELD_OUT else "dev"


def report(rows: list[dict]) -> str:
    """One block per split: a row per score, a column per language, each cell ``value (n)``."""
    if not rows:
        return "(no scores)"
    keys = [k for k in rows[0] if k not in ("split", "lang")]
    lines = []
    for split in ("dev", "held-out", "in-sample"):
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        lines.append(f"\n{split}")
        lines.append(f"{'':<16}" + "".join(f"{r['lang']:>14}" for r in part))
        for k in keys:
            cells = []
            for r in part:
                value, n = r[k]
                cells.append(f"{'-' if value != value else f'{value:.2f}'} ({n})")
            lines.append(f"{k:<16}" + "".join(f"{c:>14}" for c in cells))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV_DIR)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--dev-only", action="store_true",
                        help="build and score the development texts only (no held-out texts, no seeds): the mode "
                             "for anyone changing the rules, who must not see the held-out scores")
    parser.add_argument("--match", default=None, metavar="REGEX",
                        help="with --dev-only: score only the development texts whose file name matches REGEX "
                             "(e.g. the first score of a new round: 'en_2[3-6]|fr_2[5-8]')")
    args = parser.parse_args(argv)
    if args.match and not args.dev_only:
        parser.error("--match is for development texts: use it with --dev-only")
    work = Path(tempfile.mkdtemp(prefix="bench-reading-")) if args.keep is None else args.keep
    try:
        rows = []
        texts, catalog, gold_q, gold_quotes = dev_codes(args.dev)
        if args.dev_only:
            texts = {f: p for f, p in texts.items()
                     if split_of(f) == "dev" and (args.match is None or re.search(args.match, f))}
        if texts:
            raw = make_raw(work / "dev", texts, _catalog_rows(sorted(texts), catalog))
            tables = run_build(raw, work / "dev" / "out", args.src)
            lang_of = {f: f[:2] for f in texts}
            for split in ("dev",) if args.dev_only else ("dev", "held-out"):
                for lang in LANGS:
                    files = {f for f in texts if lang_of[f] == lang and split_of(f) == split}
                    if files:
                        gq = gold_q[gold_q["file"].isin(files)] if len(gold_q) else gold_q
                        gquo = gold_quotes[gold_quotes["file"].isin(files)] if len(gold_quotes) else gold_quotes
                        if gq.empty:
                            gq = pd.DataFrame({"file": sorted(files)[:1], "start": [0], "end": [0]}).iloc[:0]
                        rows.append({"split": split, "lang": lang, **score(gq.assign(file=gq["file"]), gquo, tables)})
        if args.dev_only:
            print(f"src: {args.src}")
            print(report(rows))
            return 0
        seeds, seed_q, seed_quotes = seed_codes()
        raw = make_raw(work / "seeds", seeds, _catalog_rows(sorted(seeds), pd.read_csv(SEED_RAW / "catalog.csv",
                                                                                        dtype=str).fillna("")))
        tables = run_build(raw, work / "seeds" / "out", args.src)
        lang_of = dict(zip(tables["articles.csv"]["file"], tables["articles.csv"].get("language", "")))
        for lang in LANGS:
            files = {f for f in seeds if lang_of.get(f) == lang}
            if files:
                rows.append({"split": "in-sample", "lang": lang,
                             **score(seed_q[seed_q["file"].isin(files)], seed_quotes[seed_quotes["file"].isin(files)],
                                     tables)})
        print(f"src: {args.src}")
        print(report(rows))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
