"""Charts of coded stances, in the house style (:mod:`helpers.charts.style`): who is for and who against the Liège hub, and
on what.

- :func:`stance_counts` turns ``stances_by_actor.csv`` into the counts each chart is drawn from (by actor or by
  actor type), sorted from the most supportive to the most critical.
- :func:`diverging_stance_chart`: statements by stance, supportive to the right of zero, critical to the left,
  neutral in a separate panel on the right; each stance has its own colour *and* hatching, so the chart reads in
  greyscale.
- :func:`actor_topic_matrix`: a dot matrix of actors x concepts, one marker per stance present in a cell, its area
  proportional to the number of statements, its colour and shape giving the stance.

Every chart names its sources (outlet and date of each article drawn on) under the plot. Nothing is saved here:
the notebook does that with :func:`helpers.charts.style.save_figure`.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from helpers.coding.annotations import CONCEPTS, STANCES
from helpers.charts.style import PALETTE, add_source_note, format_source_list

STANCE_HATCHES = {"supportive": "///", "critical": "\\\\\\", "neutral": "...", "mixed": "xx"}
"""Hatching by stance, so that stances stay apart in greyscale."""

STANCE_MARKERS = {"supportive": "^", "critical": "v", "neutral": "o"}
"""Marker shape by stance in the dot matrix (up: for the hub, down: against it)."""

STANCE_OFFSETS = {"critical": -0.22, "neutral": 0.0, "supportive": 0.22}
"""Horizontal offset of each stance's marker in a matrix cell holding more than one stance (critical left,
supportive right); a cell with one stance has its marker centred."""

COUNT_COLUMNS = ["supportive", "critical", "neutral", "total", "net"]


def readable(name: str) -> str:
    """``federal_government`` -> ``federal government``; ``exports_trade_balance`` -> ``exports / trade balance``."""
    special = {"exports_trade_balance": "exports / trade balance", "smes_ecommerce": "SMEs / e-commerce",
               "investment_infrastructure": "investment / infrastructure",
               "espionage_security": "espionage / security"}
    return special.get(name, str(name).replace("_", " "))


def stance_counts(stances_by_actor: pd.DataFrame, by: str = "actor") -> pd.DataFrame:
    """Statements by stance per ``actor`` or per ``actor_type``, from the table of
    :func:`helpers.coding.stances.stances_by_actor`.

    Columns :data:`COUNT_COLUMNS` (``net`` = supportive - critical) plus, by actor, ``actor_type`` and ``stance``
    (the actor's overall stance) and, by actor type, ``n_actors``. Rows are sorted by ``net`` (most supportive
    first), then ``total`` (descending), then name, so that a chart reads from supporters at the top to critics at
    the bottom.
    """
    if by not in ("actor", "actor_type"):
        raise ValueError("by must be 'actor' or 'actor_type'")
    data = stances_by_actor.rename(columns={"n_supportive": "supportive", "n_critical": "critical",
                                            "n_neutral": "neutral"})
    if by == "actor":
        table = data.set_index("actor")[["supportive", "critical", "neutral", "actor_type", "stance"]].copy()
    else:
        table = (data.groupby("actor_type")
                 .agg(supportive=("supportive", "sum"), critical=("critical", "sum"), neutral=("neutral", "sum"),
                      n_actors=("actor", "size")))
    table["total"] = table[["supportive", "critical", "neutral"]].sum(axis=1)
    table["net"] = table["supportive"] - table["critical"]
    table.index.name = by
    order = sorted(table.index, key=lambda i: (-table.loc[i, "net"], -table.loc[i, "total"], str(i)))
    extra = [c for c in table.columns if c not in COUNT_COLUMNS]
    return table.loc[order, COUNT_COLUMNS + extra]


def _sources(articles: pd.DataFrame, files: Iterable[str] | None) -> str:
    if files is not None:
        articles = articles.loc[articles["file"].isin(set(files))]
    return format_source_list(articles)


def diverging_stance_chart(counts: pd.DataFrame, articles: pd.DataFrame, files: Iterable[str] | None = None,
                           labels: Iterable[str] | None = None, title: str = "Statements for and against the hub"
                           ) -> plt.Figure:
    """Horizontal diverging bars, one row per row of ``counts`` (columns ``supportive``, ``critical``,
    ``neutral``), top to bottom in the table's order: supportive statements to the right of zero, critical to the
    left, neutral ones in a narrow panel of their own. ``labels`` replace the index as row names. The source note
    names ``articles`` (only those in ``files`` when given)."""
    labels = [str(label) for label in (counts.index if labels is None else labels)]
    n = len(counts)
    height = max(3.5, 0.32 * n + 1.9)
    figure, (ax, ax_neutral) = plt.subplots(1, 2, sharey=True, figsize=(8.0, height),
                                            gridspec_kw={"width_ratios": [4, 1], "wspace": 0.06})
    y = list(range(n))
    sup, crit, neu = (counts[s].astype(int).tolist() for s in ("supportive", "critical", "neutral"))
    for values, stance, sign in ((sup, "supportive", 1), (crit, "critical", -1)):
        _ = ax.barh(y, [sign * v for v in values], color=PALETTE[stance], hatch=STANCE_HATCHES[stance],
                    edgecolor="white", linewidth=0.5, label=stance)
        for i, v in enumerate(values):
            if v:
                ax.text(sign * (v + 0.2), i, str(v), va="center", ha="left" if sign > 0 else "right", fontsize=8)
    _ = ax_neutral.barh(y, neu, color=PALETTE["neutral"], hatch=STANCE_HATCHES["neutral"], edgecolor="white",
                        linewidth=0.5, label="neutral")
    for i, v in enumerate(neu):
        if v:
            ax_neutral.text(v + 0.15, i, str(v), va="center", ha="left", fontsize=8)
    reach = max([*sup, *crit, 1])
    ax.set_xlim(-reach * 1.18 - 0.5, reach * 1.18 + 0.5)
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True, symmetric=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{abs(x):g}"))
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_yticks(y, labels, fontsize=9)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlabel("← critical      statements      supportive →")
    ax.legend(handles=[Patch(facecolor=PALETTE[s], hatch=STANCE_HATCHES[s], edgecolor="white", label=s)
                       for s in ("supportive", "critical", "neutral")],
              loc="lower right", frameon=False, fontsize=8)
    ax_neutral.set_xlim(0, max([*neu, 1]) + 1.2)
    ax_neutral.set_title("neutral", fontsize=9, fontweight="normal", loc="center")
    ax_neutral.tick_params(axis="y", length=0)
    ax_neutral.xaxis.set_major_locator(plt.MaxNLocator(integer=True, nbins=2))
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
    figure.subplots_adjust(left=0.36, right=0.97, top=1 - 0.55 / height, bottom=1.05 / height)
    add_source_note(figure, _sources(articles, files))
    return figure


def actor_topic_matrix(actor_concept: pd.DataFrame, articles: pd.DataFrame, files: Iterable[str] | None = None,
                       actor_order: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                       title: str = "Who speaks about what, and for or against") -> plt.Figure:
    """A dot per actor x concept x stance with statements (table of :func:`helpers.coding.stances.actor_concept_table`:
    ``actor``, ``concept``, ``supportive``, ``critical``, ``neutral``): area proportional to the count, colour and
    shape by stance (when a cell holds several stances, critical sits left of its centre and supportive right), the
    count written beside it when above one. Rows follow ``actor_order`` (default: by name) with ``labels`` as row
    names; columns are the concepts used, in codebook order."""
    actors = list(actor_order) if actor_order is not None else sorted(set(actor_concept["actor"]))
    labels = list(labels) if labels is not None else actors
    concepts = [c for c in CONCEPTS if c in set(actor_concept["concept"])]
    concepts += sorted(set(actor_concept["concept"]) - set(concepts))
    row_of, col_of = {a: i for i, a in enumerate(actors)}, {c: j for j, c in enumerate(concepts)}
    height = max(4.5, 0.3 * len(actors) + 2.6)
    figure, ax = plt.subplots(figsize=(8.0, height))
    n_stances = (actor_concept[list(STANCES)] > 0).sum(axis=1)
    for stance in STANCES:
        chosen = (actor_concept[stance] > 0) & actor_concept["actor"].isin(row_of)
        part = actor_concept.loc[chosen]
        shifts = [STANCE_OFFSETS[stance] if k > 1 else 0.0 for k in n_stances[chosen]]
        xs = [col_of[c] + shift for c, shift in zip(part["concept"], shifts)]
        ys = [row_of[a] for a in part["actor"]]
        _ = ax.scatter(xs, ys, s=[40 + 45 * (v - 1) for v in part[stance]], c=PALETTE[stance],
                       marker=STANCE_MARKERS[stance], edgecolors="#333333", linewidths=0.6, label=stance, zorder=3)
        for x, y, v in zip(xs, ys, part[stance]):
            if v > 1:
                ax.text(x + 0.2, y - 0.3, str(int(v)), fontsize=7, ha="left", va="center", zorder=4)
    ax.set_xticks(range(len(concepts)), [readable(c) for c in concepts], rotation=90, ha="center", fontsize=8.5)
    ax.set_yticks(range(len(actors)), labels, fontsize=8.5)
    ax.set_xlim(-0.6, len(concepts) - 0.4)
    ax.set_ylim(len(actors) - 0.5, -0.5)
    ax.grid(axis="both", color="#eeeeee")
    ax.legend(handles=[Line2D([], [], marker=STANCE_MARKERS[s], linestyle="none", markerfacecolor=PALETTE[s],
                              markeredgecolor="#333333", markersize=7, label=s) for s in STANCES],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8,
              title="stance\n(number: statements,\nif more than one)", title_fontsize=8)
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
    figure.subplots_adjust(left=0.3, right=0.8, top=1 - 0.6 / height, bottom=1.75 / height)
    add_source_note(figure, _sources(articles, files))
    return figure


def actor_topic_table(actor_concept: pd.DataFrame, actor_order: Iterable[str] | None = None) -> pd.DataFrame:
    """The dot matrix as a table: actors (rows, ``actor_order`` or by name) x concepts used (columns, codebook
    order, readable names), each cell the statements by stance as ``S2`` / ``C3`` / ``N1`` (supportive, critical,
    neutral; several joined by a space), empty where the actor says nothing on the concept."""
    actors = list(actor_order) if actor_order is not None else sorted(set(actor_concept["actor"]))
    concepts = [c for c in CONCEPTS if c in set(actor_concept["concept"])]
    concepts += sorted(set(actor_concept["concept"]) - set(concepts))
    cells = {(row.actor, row.concept): " ".join(f"{s[0].upper()}{getattr(row, s)}" for s in STANCES
                                                 if getattr(row, s) > 0)
             for row in actor_concept.itertuples()}
    table = pd.DataFrame([[cells.get((a, c), "") for c in concepts] for a in actors], index=actors,
                         columns=[readable(c) for c in concepts], dtype="str")
    table.index.name = "actor"
    return table
