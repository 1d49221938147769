"""Stance charts: the bars and dots drawn match the tables they come from, on the right side of zero."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers.charts.stances import actor_topic_matrix, diverging_stance_chart, readable, stance_counts

ARTICLES = pd.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "outlet_short": ["Alpha", "Beta", "Gamma"],
                         "published": ["2021-05", "2018-12", "2023"]})
STANCES_BY_ACTOR = pd.DataFrame({
    "actor": ["Pro", "Contra", "Both", "Quiet"],
    "actor_type": ["company", "academic", "federal_government", "media"],
    "stance": ["supportive", "critical", "mixed", "neutral"],
    "n_supportive": [3, 0, 1, 0], "n_critical": [0, 4, 2, 0], "n_neutral": [1, 0, 0, 2],
})
ACTOR_CONCEPT = pd.DataFrame({
    "actor": ["Pro", "Pro", "Contra", "Both", "Quiet"],
    "concept": ["jobs", "investment_infrastructure", "espionage_security", "jobs", "diplomacy"],
    "supportive": [2, 1, 0, 1, 0], "critical": [0, 0, 4, 2, 0], "neutral": [1, 0, 0, 0, 2],
})


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_counts_are_sorted_from_supporters_to_critics():
    by_actor = stance_counts(STANCES_BY_ACTOR)
    assert by_actor.index.tolist() == ["Pro", "Quiet", "Both", "Contra"]
    assert by_actor.loc["Both", ["supportive", "critical", "total", "net"]].tolist() == [1, 2, 3, -1]
    by_type = stance_counts(STANCES_BY_ACTOR, by="actor_type")
    assert by_type["n_actors"].sum() == 4 and by_type["total"].sum() == 13
    with pytest.raises(ValueError):
        stance_counts(STANCES_BY_ACTOR, by="concept")


def test_diverging_chart_puts_supportive_right_and_critical_left():
    counts = stance_counts(STANCES_BY_ACTOR)
    figure = diverging_stance_chart(counts, ARTICLES, files=["a.txt", "b.txt"])
    ax, ax_neutral = figure.axes
    bars = {container.get_label(): container for container in ax.containers}
    assert set(bars) == {"supportive", "critical"}
    assert len(bars["supportive"]) == len(bars["critical"]) == len(counts)
    assert [p.get_width() for p in bars["supportive"]] == counts["supportive"].tolist()
    assert all(p.get_width() >= 0 for p in bars["supportive"])
    assert [p.get_width() for p in bars["critical"]] == [-v for v in counts["critical"]]
    assert all(p.get_width() <= 0 for p in bars["critical"])
    assert [p.get_width() for p in ax_neutral.containers[0]] == counts["neutral"].tolist()
    assert [t.get_text() for t in ax.get_yticklabels()] == counts.index.tolist()
    bottom, top = ax.get_ylim()
    assert bottom > top  # first row at the top
    hatches = {p.get_hatch() for p in bars["supportive"]} | {p.get_hatch() for p in bars["critical"]}
    assert len(hatches) == 2 and None not in hatches  # greyscale: told apart by hatching too
    assert any(t.get_text() == "Source: Beta (2018-12); Alpha (2021-05)" for t in figure.texts)


def test_diverging_chart_takes_labels():
    counts = stance_counts(STANCES_BY_ACTOR, by="actor_type")
    labels = [readable(i) for i in counts.index]
    figure = diverging_stance_chart(counts, ARTICLES, labels=labels, title="By type")
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == labels
    assert "federal government" in labels and figure.texts[0].get_text() == "By type"


def test_matrix_draws_one_dot_per_actor_concept_stance():
    order = stance_counts(STANCES_BY_ACTOR).index.tolist()
    figure = actor_topic_matrix(ACTOR_CONCEPT, ARTICLES, actor_order=order)
    ax = figure.axes[0]
    dots = {c.get_label(): c.get_offsets() for c in ax.collections}
    assert {k: len(v) for k, v in dots.items()} == {"supportive": 3, "critical": 2, "neutral": 2}
    assert [t.get_text() for t in ax.get_yticklabels()] == order
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "jobs", "investment / infrastructure", "espionage / security", "diplomacy"]
    # Both has supportive and critical on jobs (column 0): critical left of centre, supportive right
    row = order.index("Both")
    assert any(x < 0 and y == row for x, y in dots["critical"])
    assert any(x > 0 and y == row for x, y in dots["supportive"])
    # a cell with one stance is centred
    assert [2.0, order.index("Contra")] in dots["critical"].tolist()
    assert any(t.get_text().startswith("Source: Beta (2018-12); Alpha (2021-05); Gamma (2023)") for t in figure.texts)


def test_actor_topic_table_matches_the_matrix_cells():
    from helpers.charts.stances import actor_topic_table

    table = actor_topic_table(ACTOR_CONCEPT, actor_order=["Pro", "Both", "Contra", "Quiet"])
    assert table.columns.tolist() == ["jobs", "investment / infrastructure", "espionage / security", "diplomacy"]
    assert table.loc["Pro"].tolist() == ["S2 N1", "S1", "", ""]
    assert table.loc["Both", "jobs"] == "S1 C2" and table.loc["Quiet", "diplomacy"] == "N2"
    assert (table != "").sum().sum() == len(ACTOR_CONCEPT)  # one cell per actor x concept row
