"""Charts of the corpus itself (notebook 01): when the articles were published, and how much of each is furniture."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from helpers.charts.style import PALETTE, add_source_note, format_source_list, set_title


def publication_timeline(articles: pd.DataFrame) -> plt.Figure:
    """One row per outlet; each article drawn over the whole period its catalog date allows.

    A day is a dot, a month or a year a bar from its first to its last day, so the chart never shows more
    precision than the texts give. Expects ``outlet_short``, ``published``, ``published_first``, ``published_last``
    and ``published_precision``.
    """
    ordered = articles.sort_values(["published_first", "outlet_short"]).reset_index(drop=True)
    figure, axes = plt.subplots()
    for position, row in enumerate(ordered.itertuples()):
        first = dt.date.fromisoformat(row.published_first)
        last = dt.date.fromisoformat(row.published_last) + dt.timedelta(days=1)
        if row.published_precision == "day":
            axes.plot([first], [position], "o", color=PALETTE["primary"], markersize=7)
        else:
            width = (last - first).days
            colour = PALETTE["secondary"] if row.published_precision == "year" else PALETTE["primary"]
            axes.barh(position, width, left=mdates.date2num(first), height=0.45, color=colour,
                      edgecolor=PALETTE["primary"])
        axes.annotate(f"{row.published} ({row.published_precision})", (mdates.date2num(last), position),
                      xytext=(6, 0), textcoords="offset points", va="center", fontsize=8)
    axes.set_yticks(range(len(ordered)), ordered["outlet_short"])
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(mdates.YearLocator())
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axes.set_xlim(mdates.date2num(dt.date(2018, 1, 1)), mdates.date2num(dt.date(2024, 7, 1)))
    set_title(figure, "When the articles were published, as precisely as the texts allow")
    axes.set_xlabel("Publication date\n(dot: day known; bar: only the month or year known)")
    figure.subplots_adjust(left=0.32, bottom=0.2)
    add_source_note(figure, f"data/raw/catalog.csv (dates read from the texts); {len(ordered)} articles")
    return figure


def furniture_share_bars(articles: pd.DataFrame) -> plt.Figure:
    """Characters of article body and of page furniture per article, as stacked horizontal bars."""
    ordered = articles.sort_values(["published_first", "outlet_short"]).reset_index(drop=True)
    figure, axes = plt.subplots()
    labels = ordered["outlet_short"] + " (" + ordered["published"] + ")"
    axes.barh(labels, ordered["body_chars"], color=PALETTE["primary"], label="article body")
    axes.barh(labels, ordered["furniture_chars"], left=ordered["body_chars"], color=PALETTE["muted"],
              hatch="//", edgecolor="white", label="page furniture")
    for position, row in enumerate(ordered.itertuples()):
        axes.annotate(f"{row.furniture_share:.0%} furniture", (row.body_chars + row.furniture_chars, position),
                      xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("Characters")
    set_title(figure, "How much of each page is the article, and how much is furniture")
    axes.legend(loc="upper left", bbox_to_anchor=(0.0, -0.16), ncol=2, frameon=False)
    figure.subplots_adjust(left=0.38, bottom=0.28)
    add_source_note(figure, format_source_list(ordered))
    return figure
