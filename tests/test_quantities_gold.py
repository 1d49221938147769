"""The hand-coded gold quantities (data/annotations/quantities.csv) and extract_quantities' score against them.

Extraction runs over the full text of each article with the language detected (lang=None), and every prediction
counts: a quantity found in page furniture would be a false positive (the strict reading; see
helpers.coding.scoring). Recall on the gold must be 100%.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.io.paths import ANNOTATIONS_DIR, ARTICLES_DIR
from tests.conftest import SEED_ARTICLES
from helpers.extract.quantities import KINDS, QUALIFIERS, QUANTITY_COLUMNS, UNITS, extract_quantities
from helpers.coding.scoring import (
    GOLD_COLUMNS,
    MEASURES,
    SCORE_COLUMNS,
    line_spans,
    load_gold,
    match_predictions,
    score_against_gold,
)

ACTORS = {
    "Jonathan Holslag", "Michel Kempeneers", "Vincent Van Quickenborne", "Samuel Cogolati", "Luc Partoune",
    "Charles Michel", "Kris Peeters", "Pierre-Yves Jeholet", "Daniel Zhang", "Chinese Ambassador to Belgium",
    "Alibaba Group vice-president", "Sûreté de l'État", "Walloon regional officials",
    "Belgian federal authorities", "Watching Alibaba", "Chinese government", "EU officials", "Politico",
}


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return load_gold(ANNOTATIONS_DIR / "quantities.csv")


@pytest.fixture(scope="module")
def texts(gold) -> dict[str, str]:
    return {f: (ARTICLES_DIR / f).read_text(encoding="utf-8") for f in sorted(gold["file"].unique())}


@pytest.fixture(scope="module")
def predictions(texts) -> pd.DataFrame:
    frames = []
    for file, text in texts.items():
        frame = extract_quantities(text)
        frame.insert(0, "file", file)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


# -- the gold itself ------------------------------------------------------------------------------------------


def test_gold_columns_in_codebook_order(gold):
    assert tuple(gold.columns) == GOLD_COLUMNS


def test_gold_covers_every_seed_article(gold):
    # Gold is optional for added articles; the five seed articles have it, and gold names only existing articles.
    assert set(SEED_ARTICLES) <= set(gold["file"]) <= {p.name for p in ARTICLES_DIR.glob("*.txt")}


def test_every_gold_surface_is_at_its_span(gold, texts):
    for row in gold.itertuples():
        assert texts[row.file][row.start:row.end] == row.surface, row


def test_gold_values_and_vocabularies(gold):
    for row in gold.itertuples():
        assert math.isfinite(row.value), row
        assert row.unit in UNITS, row
        assert row.kind in KINDS and UNITS[row.unit] == row.kind, row
        assert row.qualifier == "" or row.qualifier in QUALIFIERS, row
        assert row.measures in MEASURES, row
        assert row.actor == "" or row.actor in ACTORS, row
        assert row.lang in ("en", "fr", "nl"), row
        assert (row.noun != "") == (row.kind == "count"), row
        if not math.isnan(row.value_high):
            assert row.value_high >= row.value, row


def test_gold_spans_do_not_overlap_and_are_sorted(gold):
    for _, rows in gold.groupby("file"):
        starts, ends = rows["start"].tolist(), rows["end"].tolist()
        assert starts == sorted(starts)
        assert all(e <= s for e, s in zip(ends, starts[1:]))


def test_gold_counts_per_article(gold):
    counts = gold.groupby("file").size()
    assert counts.sum() == 14
    assert counts.min() >= 2


# -- extract_quantities against the gold ----------------------------------------------------------------------


def test_predictions_are_well_formed(predictions, texts):
    assert list(predictions.columns) == ["file", *QUANTITY_COLUMNS]
    for row in predictions.itertuples():
        assert texts[row.file][row.start:row.end] == row.surface


def test_detected_language_matches_gold(gold, predictions):
    gold_lang = gold.groupby("file")["lang"].first()
    pred_lang = predictions.groupby("file")["lang"].first()
    assert (pred_lang.reindex(gold_lang.index) == gold_lang).all()


def test_full_recall_on_gold(gold, predictions):
    score = score_against_gold(predictions, gold)
    missed = score.matches[score.matches["outcome"] == "fn"]
    assert missed.empty, missed.to_string()
    assert (score.per_article["recall"] == 1.0).all()
    assert (score.per_language["recall"] == 1.0).all()


def test_precision_on_gold(gold, predictions):
    score = score_against_gold(predictions, gold)
    extra = score.matches[score.matches["outcome"] == "fp"]
    assert extra.empty, extra.to_string()
    assert score.overall.loc["all", "precision"] == 1.0


def test_qualifier_kind_and_noun_agree_with_gold(gold, predictions):
    score = score_against_gold(predictions, gold)
    tps = score.matches[(score.matches["outcome"] == "tp")]
    for row in tps.itertuples():
        g = gold.loc[row.row]
        p = predictions.loc[row.partner]
        assert (p["kind"], p["noun"], p["qualifier"]) == (g["kind"], g["noun"], g["qualifier"]), (g, p)
        assert (p["start"], p["end"]) == (g["start"], g["end"]), (g, p)


def test_score_tables_shape(gold, predictions):
    score = score_against_gold(predictions, gold)
    assert list(score.per_language.columns) == list(SCORE_COLUMNS)
    assert list(score.per_article.columns) == ["lang", *SCORE_COLUMNS]
    assert set(score.per_language.index) == {"en", "fr"}
    assert score.overall.loc["all", "tp"] == len(gold)


# -- the scoring function on small hand-made frames -----------------------------------------------------------


def _frame(rows):
    return pd.DataFrame(rows, columns=["file", "start", "end", "surface", "value", "value_high", "unit", "lang"])


def test_scoring_counts_overlap_value_and_unit():
    gold = _frame([
        ("a", 0, 8, "300 jobs", 300.0, math.nan, "count", "en"),
        ("a", 20, 30, "$2.8bn", 2.8e9, math.nan, "USD", "en"),
        ("b", 5, 9, "22ha", 220000.0, math.nan, "m2", "fr"),
    ])
    pred = _frame([
        ("a", 0, 3, "300", 300.0, math.nan, "count", "en"),  # overlap, same value/unit: tp
        ("a", 21, 30, "2.8bn", 2.8e9, math.nan, "EUR", "en"),  # wrong unit: fp (and gold fn)
        ("b", 5, 9, "22ha", 22.0, math.nan, "m2", "fr"),  # wrong value: fp (and gold fn)
        ("b", 40, 45, "5 ans", 5.0, math.nan, "year", "fr"),  # no gold: fp
    ])
    score = score_against_gold(pred, gold)
    assert score.overall.loc["all", ["tp", "fp", "fn"]].tolist() == [1, 3, 2]
    assert score.per_language.loc["en", "recall"] == 0.5
    assert score.per_language.loc["fr", "precision"] == 0.0
    assert score.per_article.loc["b", "f1"] == 0.0


def test_scoring_is_one_to_one():
    gold = _frame([("a", 0, 8, "300 jobs", 300.0, math.nan, "count", "en")])
    pred = _frame([
        ("a", 0, 3, "300", 300.0, math.nan, "count", "en"),
        ("a", 4, 8, "jobs", 300.0, math.nan, "count", "en"),
    ])
    matches = match_predictions(pred, gold)
    assert sorted(matches["outcome"]) == ["fp", "tp"]


def test_scoring_restricts_to_spans():
    gold = _frame([("a", 0, 8, "300 jobs", 300.0, math.nan, "count", "en")])
    pred = _frame([
        ("a", 0, 8, "300 jobs", 300.0, math.nan, "count", "en"),
        ("a", 100, 108, "5 euros", 5.0, math.nan, "EUR", "en"),
    ])
    assert score_against_gold(pred, gold).overall.loc["all", "fp"] == 1
    restricted = score_against_gold(pred, gold, restrict_to={"a": [(0, 50)]})
    assert restricted.overall.loc["all", ["tp", "fp", "fn"]].tolist() == [1, 0, 0]


def test_scoring_range_high_must_agree():
    gold = _frame([("a", 0, 13, "20 to 25 jobs", 20.0, 25.0, "count", "en")])
    pred = _frame([("a", 0, 13, "20 to 25 jobs", 20.0, 30.0, "count", "en")])
    assert score_against_gold(pred, gold).overall.loc["all", "tp"] == 0


def test_line_spans():
    text = "one\n\n  \r\ntwo three\nfour"
    assert [text[s:e] for s, e in line_spans(text)] == ["one", "two three", "four"]


def test_codebook_part_one_lists_the_vocabularies():
    text = (ANNOTATIONS_DIR / "codebook.md").read_text(encoding="utf-8")
    part = text[text.index("<!-- PART I: QUANTITIES"):text.index("<!-- END PART I -->")]
    for word in (*MEASURES, *QUALIFIERS, *KINDS, *UNITS):
        assert f"`{word}`" in part, word
