"""Findings of notebook 02 (the table of stated figures), written from ``quantities.csv``, ``articles.csv`` and the
hand-coded gold (``data/annotations/quantities.csv``, optional: articles without gold are named, not scored)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.findings.common import bullets, count, join, numbers, read_table, top
from helpers.io.paths import ANNOTATIONS_DIR, PROCESSED_DIR

KIND_NAMES = {"money": ("sum of money", "sums of money"), "count": ("count", "counts"), "area": ("area", "areas"),
              "duration": ("duration", "durations"), "percent": ("percentage", "percentages")}


def figure_findings(processed_dir: Path = PROCESSED_DIR, annotations_dir: Path = ANNOTATIONS_DIR) -> str:
    """Markdown bullets: how many figures of which kinds, with which hedges, in whose voice; scores against gold."""
    articles = read_table(processed_dir, "articles.csv")
    quantities = read_table(processed_dir, "quantities.csv")
    if quantities.empty:
        return bullets([f"The bodies of the {count(len(articles), 'article')} state no figure."])
    kinds = quantities["kind"].value_counts()
    kinds_text = join(count(int(n), *KIND_NAMES.get(kind, (kind, kind + "s")))
                      for kind, n in sorted(kinds.items(), key=lambda item: (-item[1], item[0])))
    hedged = quantities.loc[quantities["qualifier"] != ""]
    hedges = join(f"{row.surface} ({row.qualifier})" for row in hedged.head(6).itertuples())
    if len(hedged) > 6:
        hedges += f" and {count(len(hedged) - 6, 'other')}"
    speakers = quantities.loc[quantities["actor"] != "", "actor"].value_counts()
    own = int((quantities["actor"] == "").sum())
    lines = [
        f"The bodies of {count(quantities['file'].nunique(), 'article')} (of {len(articles)}) state "
        f"{count(len(quantities), 'figure')}: {kinds_text}. "
        + (f"{count(len(hedged), 'carries a hedge', 'carry a hedge')}: {hedges}." if len(hedged)
           else "None carries a hedge."),
        f"{own} of the {len(quantities)} are in the outlets' own voice"
        + (f"; the others come from {count(len(speakers), 'named speaker')}: {top(speakers, 5)}." if len(speakers)
           else "; no figure is attributed to a named speaker."),
    ]
    lines.extend(_scores(quantities, articles, annotations_dir))
    return bullets(lines)


def _gold(annotations_dir: Path) -> pd.DataFrame | None:
    from helpers.coding.scoring import load_gold

    path = Path(annotations_dir) / "quantities.csv"
    return load_gold(path) if path.is_file() else None


def _scores(quantities: pd.DataFrame, articles: pd.DataFrame, annotations_dir: Path) -> list[str]:
    from helpers.coding.scoring import score_where_coded
    from helpers.extract.speakers import attribution_accuracy

    gold = _gold(annotations_dir)
    label = articles.set_index("file")["outlet_short"].to_dict()
    if gold is None or gold.empty:
        return ["No article has hand-coded gold figures, so the extraction is not scored here."]
    predicted = numbers(quantities, "start", "end", "value", "value_high")
    score, uncoded = score_where_coded(predicted, gold, files=articles["file"])
    overall = score.overall.loc["all"]
    per_language = "; ".join(f"{lang}: precision {row.precision:.2f}, recall {row.recall:.2f}"
                             for lang, row in score.per_language.iterrows())
    scored = (f"Against the hand-coded gold of {count(gold['file'].nunique(), 'article')}, the extraction finds "
              f"{int(overall['tp'])} of {int(overall['tp'] + overall['fn'])} coded figures with "
              f"{count(int(overall['fp']), 'false figure')} (precision {overall['precision']:.2f}, recall "
              f"{overall['recall']:.2f}; {per_language}).")
    if uncoded:
        scored += (f" Not scored, for want of gold: {join(label.get(file, file) for file in uncoded)} "
                   f"({count(len(uncoded), 'article')}).")
    pairs = score.matches.loc[lambda df: (df["source"] == "gold") & (df["outcome"] == "tp")]
    coded = gold.loc[pairs["row"], "actor"].tolist()
    automatic = predicted.loc[pairs["partner"].astype(int), "actor"].tolist()
    lines = [scored]
    if coded:
        agree = round(attribution_accuracy(automatic, coded) * len(coded))
        baseline = round(attribution_accuracy([""] * len(coded), coded) * len(coded))
        lines.append(f"The automatic speaker agrees with the coded one for {agree} of the {len(coded)} matched "
                     f"figures; naming the outlet every time would get {baseline} right.")
    return lines
