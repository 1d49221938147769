"""Findings are written from the tables for any corpus: empty tables, uncoded articles and long lists give sentences,
never errors or numbers of the seed corpus."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers.findings import compute_findings, render_findings
from helpers.findings.claims import claim_findings
from helpers.findings.common import count, join, pick_moves, top
from helpers.findings.corpus import corpus_findings
from helpers.findings.figures import figure_findings
from helpers.findings.stances import stance_findings
from helpers.io.paths import ANNOTATIONS_DIR, PROCESSED_DIR


@pytest.fixture
def processed(tmp_path):
    """A copy of data/processed/ that a test may trim."""
    target = tmp_path / "processed"
    shutil.copytree(PROCESSED_DIR, target)
    return target


def keep_rows(folder, name, rows):
    table = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
    table.iloc[rows].to_csv(folder / name, index=False, lineterminator="\n")


def test_prose_helpers():
    assert count(1, "article") == "1 article" and count(3, "article") == "3 articles"
    assert join([]) == "" and join(["a"]) == "a" and join(["a", "b", "c"]) == "a, b and c"
    assert top(pd.Series({"b": 2, "a": 2, "c": 1}), 2) == "a (2), b (2) and 1 other"


def test_every_findings_writer_gives_bullets_on_the_project_tables():
    for text in (corpus_findings(), figure_findings(), stance_findings(), claim_findings()):
        assert text.startswith("- ") and "nan" not in text


def test_articles_without_gold_are_named_not_scored(processed, tmp_path):
    annotations = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS_DIR, annotations)
    gold = pd.read_csv(annotations / "quantities.csv", dtype=str, keep_default_na=False)
    kept = gold.loc[gold["file"] != "002_d57dd3b7c621859d.txt"]
    kept.to_csv(annotations / "quantities.csv", index=False, lineterminator="\n")
    text = figure_findings(processed, annotations)
    assert "Not scored, for want of gold: Entraide et Fraternité (1 article)" in text
    assert f"finds {len(kept)} of {len(kept)} coded figures with 0 false figures" in text
    (annotations / "quantities.csv").unlink()
    assert "No article has hand-coded gold" in figure_findings(processed, annotations)


def test_without_coded_statements_the_stance_findings_say_so(processed, tmp_path):
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    keep_rows(processed, "stances_by_actor.csv", slice(0, 0))
    assert "No statement is coded yet in the 5 articles" in stance_findings(processed, annotations)


def test_no_move_and_no_flow_give_sentences(processed):
    keep_rows(processed, "figure_moves.csv", slice(0, 0))
    keep_rows(processed, "flows.csv", slice(0, 0))
    text = claim_findings(processed)
    assert "no figure moves" in text and "No article states a trade flow" in text
    assert "**Trade flows.**" not in render_findings(compute_findings(processed))


def test_long_lists_of_moves_are_summarised():
    moves = pd.DataFrame({"measure": ["jobs"] * 6 + ["investment"],
                          "kind": ["agreement"] * 5 + ["gap", "conflict"],
                          "sentence": list("abcdefg")})
    shown, rest = pick_moves(moves, limit=3)
    assert shown["sentence"].tolist() == ["a", "f", "g"]
    assert rest.startswith("4 more moves (4 agreement)")
    assert pick_moves(moves.head(2))[1] == ""
