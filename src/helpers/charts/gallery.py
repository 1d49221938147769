"""Every chart of the project drawn from the processed tables, by its file name in ``figures/``.

The notebooks draw the same charts from the same functions (with titles generated from the same tables); this
module lets a test draw each one without running a notebook (``tests/test_chart_layout.py`` checks that no two
labels overlap and none leaves the canvas). Nothing is saved here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pandas as pd

from helpers.io.paths import PROCESSED_DIR

__all__ = ["read_processed", "chart_factories"]

_NUMERIC = {"value", "value_high", "bound_low", "bound_high", "signed_value", "value_low", "ratio", "body_chars",
            "furniture_chars", "furniture_share", "n_statements", "supportive", "critical", "neutral", "mixed",
            "n_sources", "n_claims", "n_supportive", "n_critical", "n_neutral", "n_articles", "start", "end", "date_start", "date_end", "total", "net", "n_actors"}


def read_processed(name: str, folder: Path = PROCESSED_DIR) -> pd.DataFrame:
    """A processed table with empty strings kept and its numeric columns (:data:`_NUMERIC`) as numbers."""
    table = pd.read_csv(Path(folder) / name, dtype=str, keep_default_na=False)
    for column in _NUMERIC & set(table.columns):
        try:
            table[column] = table[column].replace("", "nan").astype(float)
        except ValueError:  # a label column of the same name (figure_ledger's ``value``)
            continue
    return table


def chart_factories(folder: Path = PROCESSED_DIR) -> dict[str, Callable]:
    """``{figure name: function drawing it}`` for every chart the notebooks save, from the tables in ``folder``."""
    from helpers.charts import claims as c
    from helpers.charts import corpus, stances
    from helpers.views import figures_by_speaker_chart

    def t(name):
        return read_processed(name, folder)

    def stances_by(by):
        counts = stances.stance_counts(t("stances_by_actor.csv"), by=by)
        return stances.diverging_stance_chart(counts, t("articles.csv"))

    return {
        "fig-01-publication-timeline": lambda: corpus.publication_timeline(t("articles.csv")),
        "fig-01-furniture-share": lambda: corpus.furniture_share_bars(t("articles.csv")),
        "fig-02-figures-by-speaker": lambda: figures_by_speaker_chart(t("quantities.csv"), t("articles.csv")),
        "fig-03-stances-by-actor": lambda: stances_by("actor"),
        "fig-03-stances-by-actor-type": lambda: stances_by("actor_type"),
        "fig-03-actor-topic-matrix": lambda: stances.actor_topic_matrix(t("actor_concept_stance.csv"),
                                                                       t("articles.csv")),
        "fig-04-export-flows": lambda: c.flow_chart(t("flows.csv"), t("articles.csv")),
        "fig-04-jobs": lambda: c.jobs_chart(t("claims.csv"), t("figure_ledger.csv"), t("figure_moves.csv"),
                                            t("articles.csv")),
        "fig-04-investment-area": lambda: c.investment_area_chart(t("claims.csv"), t("figure_ledger.csv"),
                                                                  t("figure_moves.csv"), t("articles.csv")),
        "fig-04-timeline": lambda: c.timeline_chart(t("timeline.csv"), t("articles.csv")),
    }
