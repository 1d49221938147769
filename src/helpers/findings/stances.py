"""Findings of notebook 03 (who is for the hub, who against it, on what), written from ``stances_by_actor.csv``,
``actor_concept_stance.csv``, ``articles.csv`` and the coded statements (``data/annotations/statements.csv``).

Coding is optional: with no coded statement the findings say so, and articles nobody has coded are named.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.charts.stances import readable
from helpers.findings.common import bullets, count, join, numbers, read_table, top
from helpers.io.paths import ANNOTATIONS_DIR, PROCESSED_DIR

STANCES = ("supportive", "critical", "neutral", "mixed")


def stance_findings(processed_dir: Path = PROCESSED_DIR, annotations_dir: Path = ANNOTATIONS_DIR) -> str:
    """Markdown bullets: statements and actors by side, who leads each side, actor types on both sides, topics,
    which articles give both sides, and how far the cue-word suggestions agree with the codes."""
    articles = read_table(processed_dir, "articles.csv")
    by_actor = read_table(processed_dir, "stances_by_actor.csv")
    statements = read_table(annotations_dir, "statements.csv")
    if by_actor.empty or statements.empty:
        return bullets([f"No statement is coded yet in the {count(len(articles), 'article')}: the stance tables are "
                        "empty (coding is optional; see `data/annotations/codebook.md`). Suggested stances from "
                        "cue words are shown below for the sentences that state figures."])
    statements = statements.loc[statements["file"].isin(articles["file"])]
    by_actor = numbers(by_actor, "n_statements", "n_supportive", "n_critical", "n_neutral")
    sides = by_actor["stance"].value_counts()
    uncoded = articles.loc[~articles["file"].isin(statements["file"]), "outlet_short"]
    lines = [
        f"{count(len(statements), 'coded statement')} "
        f"({count(len(statements[['file', 'start', 'end']].drop_duplicates()), 'passage')}) by "
        f"{count(len(by_actor), 'actor')} in {statements['file'].nunique()} of {len(articles)} articles; by their "
        f"overall stance toward the hub the actors are {join(f'{sides.get(s, 0)} {s}' for s in STANCES)}."
        + (f" Not coded: {join(sorted(uncoded))}." if len(uncoded) else ""),
        _leaders(by_actor),
        _both_sides(by_actor),
        _topics(read_table(processed_dir, "actor_concept_stance.csv")),
        _articles(statements, articles),
        _suggestions(statements, articles),
    ]
    return bullets([line for line in lines if line])


def _leaders(by_actor: pd.DataFrame) -> str:
    support = by_actor.set_index("actor")["n_supportive"].loc[lambda s: s > 0]
    critics = by_actor.set_index("actor")["n_critical"].loc[lambda s: s > 0]
    parts = []
    if len(support):
        parts.append(f"For the hub, the most supportive statements come from {top(support, 3)}")
    if len(critics):
        parts.append(f"against it, the most critical ones from {top(critics, 3)}")
    if not parts:
        return "No coded statement takes a side."
    return "; ".join(parts) + "."


def _both_sides(by_actor: pd.DataFrame) -> str:
    types = by_actor.groupby("actor_type")[["n_supportive", "n_critical"]].sum()
    both = types.loc[(types["n_supportive"] > 0) & (types["n_critical"] > 0)].index.tolist()
    if not both:
        return "No actor type has actors on both sides."
    described = []
    for kind in both:
        members = by_actor.loc[by_actor["actor_type"] == kind]
        dates = {stance: members.loc[members[f"n_{stance}"] > 0] for stance in ("supportive", "critical")}
        spans = {stance: join(sorted({frame["first_date"].min(), frame["last_date"].max()}), "to")
                 for stance, frame in dates.items()}
        described.append(f"{readable(kind)} (supportive statements dated {spans['supportive']}, critical ones "
                         f"{spans['critical']})")
    return f"Actor types on both sides: {join(described)}."


def _topics(actor_concept: pd.DataFrame) -> str:
    if actor_concept.empty:
        return ""
    by_concept = numbers(actor_concept, "supportive", "critical").groupby("concept")[["supportive", "critical"]].sum()
    by_concept.index = by_concept.index.map(readable)
    critical = by_concept["critical"].loc[lambda s: s > 0]
    supportive = by_concept["supportive"].loc[lambda s: s > 0]
    contested = by_concept.loc[(by_concept["supportive"] >= 2) & (by_concept["critical"] >= 2)]
    sentence = (f"Critical statements are about {top(critical, 3) or 'nothing'}; supportive ones about "
                f"{top(supportive, 3) or 'nothing'}.")
    if len(contested):
        sentence += " Contested (at least two statements on each side): " + join(
            f"{name} ({row.supportive} supportive, {row.critical} critical)" for name, row in contested.iterrows()) + "."
    return sentence


def _articles(statements: pd.DataFrame, articles: pd.DataFrame) -> str:
    per_article = (pd.crosstab(statements["file"], statements["stance"])
                   .reindex(columns=["supportive", "critical"], fill_value=0))
    label = articles.set_index("file")["outlet_short"]
    both = per_article.loc[(per_article["supportive"] > 0) & (per_article["critical"] > 0)].index
    one = per_article.index.difference(both)
    parts = []
    if len(one):
        parts.append(f"{count(len(one), 'coded article gives', 'coded articles give')} one side only "
                     f"({join(sorted(label[one]))})")
    if len(both):
        parts.append(f"{count(len(both), 'quotes', 'quote')} both sides ({join(sorted(label[both]))})")
    text = "; ".join(parts) + "."
    return text[0].upper() + text[1:] if parts else ""


def _suggestions(statements: pd.DataFrame, articles: pd.DataFrame) -> str:
    from helpers.extract.speakers import suggest_stances

    language = articles.set_index("file")["language"]
    calibration = suggest_stances(statements.assign(lang=statements["file"].map(language)), "quote",
                                  lang_column="lang")
    agree = int((calibration["stance"] == calibration["stance_suggested"]).sum())
    opposite = calibration["stance"].map({"supportive": "critical", "critical": "supportive"})
    flipped = int((opposite == calibration["stance_suggested"]).sum())
    evaluative = calibration.loc[calibration["stance"].isin(["supportive", "critical"])]
    left_neutral = int((evaluative["stance_suggested"] == "neutral").sum())
    return (f"Stance suggestions from cue words (for text nobody has coded) agree with the codes on {agree} of "
            f"{len(calibration)} statements; they put {count(flipped, 'statement')} on the wrong side and leave "
            f"{left_neutral} of the {len(evaluative)} supportive or critical ones neutral. They stay suggestions, "
            "kept apart from the codes.")


def stance_headlines(by_actor: pd.DataFrame, actor_concept: pd.DataFrame) -> dict[str, str]:
    """Titles for notebook 03's three charts, computed from the tables (``by_actor``, ``by_type``, ``topics``)."""
    sides = by_actor["stance"].value_counts()
    mixed = int(sides.get("mixed", 0))
    by_actor_title = (f"{count(int(sides.get('supportive', 0)), 'actor speaks', 'actors speak')} for the hub, "
                      f"{int(sides.get('critical', 0))} against it; "
                      + ("none on both sides" if not mixed else f"{mixed} on both sides"))
    types = by_actor.groupby("actor_type")[["n_supportive", "n_critical"]].sum()
    both = [readable(kind) for kind in types.index[(types["n_supportive"] > 0) & (types["n_critical"] > 0)]]
    by_type_title = (f"Actor types on both sides: {join(both)}" if both else "No actor type is on both sides")
    concepts = actor_concept.groupby("concept")[["supportive", "critical"]].sum()
    lead = {side: readable(concepts[side].idxmax()) if len(concepts) and concepts[side].max() > 0 else "nothing"
            for side in ("supportive", "critical")}
    topics_title = f"Critics speak most of {lead['critical']}, supporters of {lead['supportive']}"
    return {"by_actor": by_actor_title, "by_type": by_type_title, "topics": topics_title}
