"""Scoring quantity extraction against the hand-coded gold (``data/annotations/quantities.csv``).

Shared by the tests, the quantities notebook and ``bench/bench_quantities.py``, so that every figure of precision
and recall in the project is computed the same way.

**Match rule.** A predicted quantity matches a gold quantity when

1. both are in the same ``file``;
2. their character spans overlap (``pred.start < gold.end and gold.start < pred.end``): the span need not be exact,
   since where a surface starts and ends is a convention ("$ 2.8 billion" vs "2.8 billion", "22ha" vs "22");
3. they have the same ``unit``;
4. their ``value`` agrees to a relative tolerance of 1e-6 (and, when both give a ``value_high``, so does that).

Matching is one-to-one: each gold row is matched at most once, and each prediction at most once, greedily in
text order (the earliest-starting overlapping candidate first). A prediction with no gold partner is a false
positive, a gold row with no partner a false negative.

**What is scored.** The gold codes article *body* text only. :func:`score_against_gold` therefore accepts
``restrict_to``, a mapping from file name to a list of ``(start, end)`` body spans: predictions lying entirely
outside every span of their file are dropped before scoring (gold rows are never dropped). Without it, every
prediction counts, so a quantity found in page furniture is a false positive: the strict reading, and the one
the tests use.

**Articles without gold.** Gold is optional: an analyst may add articles nobody has coded. Their figures are not
errors, so :func:`score_where_coded` scores only the articles that have gold rows and names the others.

**Languages.** Rows are grouped by the language of their article, taken from the gold's ``lang`` column (each
article has one); articles absent from the gold take the predictions' ``lang``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

__all__ = [
    "GOLD_COLUMNS",
    "MEASURES",
    "GoldScore",
    "SCORE_COLUMNS",
    "load_gold",
    "score_against_gold",
    "score_where_coded",
    "match_predictions",
    "line_spans",
]

GOLD_COLUMNS: tuple[str, ...] = (
    "file", "start", "end", "surface", "value", "value_high", "unit", "kind", "noun", "qualifier", "measures",
    "actor", "lang", "note",
)
"""Columns of ``data/annotations/quantities.csv``, in order (see the codebook, Part I)."""

MEASURES: tuple[str, ...] = (
    "jobs_created",
    "jobs_expected",
    "investment",
    "site_area",
    "exports_belgium_air_change",
    "imports_from_china_change",
    "fine",
    "delivery_time",
    "officials_sanctioned",
    "agreements_signed",
    "sme_share",
    "period",
    "parcels_volume",
    "flights",
    "lease_term",
    "other",
)
"""The ``measures`` vocabulary of the codebook, Part I (what a coded quantity measures)."""

SCORE_COLUMNS: tuple[str, ...] = ("tp", "fp", "fn", "precision", "recall", "f1")
"""Columns of every score table (counts, then ratios; a ratio with a zero denominator is NaN)."""

REL_TOL = 1e-6


@dataclass(frozen=True)
class GoldScore:
    """Result of :func:`score_against_gold`.

    ``per_article`` is indexed by file (with a ``lang`` column), ``per_language`` by language, ``overall`` is a
    one-row table indexed by ``"all"``; all carry :data:`SCORE_COLUMNS`. ``matches`` lists every gold row and
    every prediction with its outcome (``"tp"``, ``"fp"``, ``"fn"``), for inspection.
    """

    per_article: pd.DataFrame
    per_language: pd.DataFrame
    overall: pd.DataFrame
    matches: pd.DataFrame


def load_gold(path=None) -> pd.DataFrame:
    """The gold quantities with their dtypes: offsets int64, values float64 (``value_high`` NaN when empty),
    every other column ``str`` with empty strings kept as "" (never NaN). ``path`` defaults to
    ``data/annotations/quantities.csv``."""
    if path is None:
        from helpers.io.paths import ANNOTATIONS_DIR

        path = ANNOTATIONS_DIR / "quantities.csv"
    text_columns = [c for c in GOLD_COLUMNS if c not in ("start", "end", "value", "value_high")]
    frame = pd.read_csv(
        path,
        dtype={**{c: "str" for c in text_columns}, "start": "int64", "end": "int64", "value": "float64"},
        keep_default_na=False,
        encoding="utf-8",
    )
    frame["value_high"] = pd.to_numeric(frame["value_high"].replace("", float("nan")), errors="raise").astype(
        "float64"
    )
    return frame[list(GOLD_COLUMNS)]


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of ``text`` (end exclusive, line break excluded)."""
    spans = []
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            spans.append((start, start + len(stripped)))
        start += len(line)
    return spans


def _same_value(a: float, b: float) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return False
    return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-9)


def _high_agrees(a, b) -> bool:
    a_nan = a is None or pd.isna(a)
    b_nan = b is None or pd.isna(b)
    if a_nan or b_nan:
        return True
    return _same_value(a, b)


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def match_predictions(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold quantity and per prediction, with ``outcome`` tp/fp/fn and the partner's index.

    Both frames need ``file``, ``start``, ``end``, ``value``, ``unit`` (``value_high`` and ``surface`` are used
    when present).
    """
    records = []
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    used_pred: set[int] = set()
    for file in sorted(set(gold["file"]) | set(pred["file"])):
        g_rows = gold[gold["file"] == file].sort_values("start")
        p_rows = pred[pred["file"] == file].sort_values("start")
        for gi, g in g_rows.iterrows():
            partner = None
            for pi, p in p_rows.iterrows():
                if pi in used_pred:
                    continue
                if not (p["start"] < g["end"] and g["start"] < p["end"]):
                    continue
                if str(p["unit"]) != str(g["unit"]) or not _same_value(p["value"], g["value"]):
                    continue
                if not _high_agrees(p.get("value_high"), g.get("value_high")):
                    continue
                partner = pi
                break
            if partner is not None:
                used_pred.add(partner)
            records.append({
                "file": file, "source": "gold", "row": gi, "partner": partner,
                "start": int(g["start"]), "end": int(g["end"]), "surface": g.get("surface", ""),
                "value": float(g["value"]), "unit": g["unit"], "outcome": "tp" if partner is not None else "fn",
            })
        for pi, p in p_rows.iterrows():
            if pi in used_pred:
                continue
            records.append({
                "file": file, "source": "pred", "row": pi, "partner": None,
                "start": int(p["start"]), "end": int(p["end"]), "surface": p.get("surface", ""),
                "value": float(p["value"]), "unit": p["unit"], "outcome": "fp",
            })
    columns = ["file", "source", "row", "partner", "start", "end", "surface", "value", "unit", "outcome"]
    return pd.DataFrame.from_records(records, columns=columns)


def _table(counts: pd.DataFrame, index_name: str) -> pd.DataFrame:
    out = counts.copy()
    tp, fp, fn = out["tp"].astype(float), out["fp"].astype(float), out["fn"].astype(float)
    out["precision"] = (tp / (tp + fp)).where(tp + fp > 0)
    out["recall"] = (tp / (tp + fn)).where(tp + fn > 0)
    p, r = out["precision"], out["recall"]
    out["f1"] = (2 * p * r / (p + r)).where((p + r) > 0)
    out.loc[(tp == 0) & (tp + fp > 0) & (tp + fn > 0), "f1"] = 0.0
    out.index.name = index_name
    return out


def score_against_gold(
    pred: pd.DataFrame,
    gold: pd.DataFrame,
    restrict_to: Mapping[str, Iterable[tuple[int, int]]] | None = None,
) -> GoldScore:
    """Precision, recall and F1 of ``pred`` against ``gold``, per article, per language and overall.

    ``pred`` is the concatenation of :func:`helpers.extract.quantities.extract_quantities` results with a ``file`` column
    added; ``gold`` is ``data/annotations/quantities.csv`` (or any frame with ``file``, ``start``, ``end``,
    ``value``, ``unit``, ``lang``). ``restrict_to`` optionally maps a file name to the spans to score within
    (see the module docstring); files missing from it are scored on their full text.
    """
    pred = pred.copy()
    if restrict_to is not None and len(pred):
        keep = [
            file not in restrict_to or _inside(int(s), int(e), restrict_to[file])
            for file, s, e in zip(pred["file"], pred["start"], pred["end"])
        ]
        pred = pred[keep]
    matches = match_predictions(pred, gold)
    files = sorted(set(gold["file"]) | set(pred["file"]))
    lang_of = {}
    if "lang" in gold.columns:
        lang_of.update(gold.groupby("file")["lang"].first().to_dict())
    if "lang" in pred.columns:
        for file, lang in pred.groupby("file")["lang"].first().items():
            lang_of.setdefault(file, lang)
    counts = []
    for file in files:
        rows = matches[matches["file"] == file]
        counts.append({
            "file": file,
            "lang": lang_of.get(file, ""),
            "tp": int((rows["outcome"] == "tp").sum()),
            "fp": int((rows["outcome"] == "fp").sum()),
            "fn": int((rows["outcome"] == "fn").sum()),
        })
    per_file = pd.DataFrame(counts, columns=["file", "lang", "tp", "fp", "fn"]).set_index("file")
    per_article = _table(per_file, "file")
    per_lang_counts = per_file.groupby("lang")[["tp", "fp", "fn"]].sum()
    per_language = _table(per_lang_counts, "lang")
    overall = _table(pd.DataFrame([per_file[["tp", "fp", "fn"]].sum()], index=["all"]), "scope")
    return GoldScore(
        per_article=per_article[["lang", *SCORE_COLUMNS]],
        per_language=per_language[list(SCORE_COLUMNS)],
        overall=overall[list(SCORE_COLUMNS)],
        matches=matches,
    )


def score_where_coded(
    pred: pd.DataFrame,
    gold: pd.DataFrame,
    restrict_to: Mapping[str, Iterable[tuple[int, int]]] | None = None,
    files: Iterable[str] = (),
) -> tuple[GoldScore, list[str]]:
    """:func:`score_against_gold` over the articles that have gold, and the sorted names of those that have none.

    ``files`` lists every article of the corpus (an article with no prediction and no gold is still named as
    uncoded); predictions in articles without gold are left out of the score instead of counting as false positives.
    """
    coded = set(gold["file"])
    uncoded = sorted((set(files) | set(pred["file"])) - coded)
    return score_against_gold(pred.loc[pred["file"].isin(coded)], gold, restrict_to), uncoded
