"""Charts of claims, flows and dated events, in the house style (:mod:`helpers.charts.style`).

Each function takes the tables of :func:`helpers.claims.tables.build_claim_tables` (and the articles, for the source
note), returns a matplotlib Figure and names its sources under the chart. None saves anything: the notebook does.
"""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from helpers.charts.style import PALETTE, SEQUENCE, add_source_note, format_source_list


def _sources(articles: pd.DataFrame, files) -> str:
    return format_source_list(articles.loc[articles["file"].isin(set(files))])


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _mid(earliest: str, latest: str) -> dt.date:
    a, b = _date(earliest), _date(latest)
    return a + (b - a) / 2


def flow_chart(flows: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Signed trade flows (million units of currency) as horizontal bars labelled origin -> destination, with who
    claimed each and when."""
    figure, ax = plt.subplots()
    rows = flows.reset_index(drop=True)
    labels = [f"{r.origin or '?'} → {r.destination or '(unstated)'}\n{r.commodity}" for r in rows.itertuples()]
    values = rows["signed_value"] / 1e6
    colours = [PALETTE["critical"] if v < 0 else PALETTE["primary"] for v in values]
    _ = ax.barh(range(len(rows)), values, color=colours)
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.axvline(0, color="#555555", linewidth=0.8)
    for i, r in enumerate(rows.itertuples()):
        period = f"{r.period_earliest[:7]} to {r.period_latest[:7]}" if r.period_earliest else "date not stated"
        note = f"{r.signed_value / 1e6:+,.0f}m {r.unit} · {r.source_label}, {r.published} · {period}"
        ax.text(0.02, i + 0.38, note, transform=ax.get_yaxis_transform(), fontsize=8, va="center", color="#333333")
    ax.set_xlabel(f"change, million {rows['unit'].iloc[0] if len(rows) else ''}")
    ax.set_title("Claimed trade flows between Belgium and China")
    lim = max(abs(values).max() * 1.15, 1) if len(rows) else 1
    ax.set_xlim(-lim, lim)
    figure.subplots_adjust(bottom=0.2, left=0.25)
    add_source_note(figure, _sources(articles, rows["file"]) + ". Claims as stated; no official trade data checked.")
    return figure


def jobs_chart(claims: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Job counts over time: realised (filled) against promised (hollow, arrow for an open-ended horizon), by source."""
    jobs = claims.loc[claims["metric_family"] == "jobs"].reset_index(drop=True)
    figure, ax = plt.subplots()
    for i, r in enumerate(jobs.itertuples()):
        colour = SEQUENCE[i % len(SEQUENCE)]
        x = _mid(r.refers_earliest, r.refers_latest) if r.refers_latest else _date(r.refers_earliest)
        promised = r.status == "promised"
        _ = ax.plot([x], [r.value], marker="o", markersize=10, linestyle="none", color=colour,
                    markerfacecolor="white" if promised else colour, markeredgewidth=2)
        if r.bound_low != r.bound_high:
            _ = ax.vlines(x, r.bound_low, r.bound_high, color=colour, linewidth=2)
        if promised and not r.refers_latest:
            _ = ax.annotate("", xy=(x + dt.timedelta(days=240), r.value), xytext=(x, r.value),
                            arrowprops={"arrowstyle": "->", "color": colour})
        ax.text(x + dt.timedelta(days=20), r.value, f"  {r.value:,.0f} {r.status}\n  {r.source_label} ({r.published})",
                fontsize=8, va="center")
    ax.set_ylim(0, max(jobs["value"].max() * 1.3, 10) if len(jobs) else 10)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if len(jobs):
        dates = [_date(d) for d in jobs["refers_earliest"]]
        ax.set_xlim(min(dates) - dt.timedelta(days=400), max(dates) + dt.timedelta(days=500))
    ax.set_ylabel("jobs")
    ax.set_title("Jobs: realised (filled) against promised (hollow)")
    figure.subplots_adjust(bottom=0.16)
    add_source_note(figure, _sources(articles, jobs["file"]))
    return figure


def verdict_headline(consistency: pd.DataFrame, families: tuple[str, ...]) -> str:
    """A chart title from the consistency table: "Investment: conflicting; site area: consistent" (the verdicts of
    each family, or "one source only" when nothing was compared)."""
    parts = []
    for family in families:
        verdicts = sorted(set(consistency.loc[consistency["metric_family"] == family, "verdict"]))
        parts.append(f"{family.replace('_', ' ')}: {' and '.join(verdicts) if verdicts else 'one source only'}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def investment_area_chart(claims: pd.DataFrame, consistency: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Investment (million EUR) and site area (hectares) side by side, one bar per claim; claims in a conflicting
    pair are outlined in red and labelled."""
    figure, axes = plt.subplots(1, 2)
    conflicted = set(consistency.loc[consistency["verdict"] == "conflicting", "claim_id_a"]) | \
        set(consistency.loc[consistency["verdict"] == "conflicting", "claim_id_b"])
    used = []
    for ax, family, scale, unit in ((axes[0], "investment", 1e6, "million EUR"), (axes[1], "site_area", 1e4, "ha")):
        part = claims.loc[claims["metric_family"] == family].sort_values(["published", "file"]).reset_index(drop=True)
        used += list(part["file"])
        labels = [f"{r.source_label}\n{r.published}" for r in part.itertuples()]
        for i, r in enumerate(part.itertuples()):
            conflict = r.claim_id in conflicted
            _ = ax.bar(i, r.value / scale, color=SEQUENCE[i % len(SEQUENCE)],
                       edgecolor=PALETTE["critical"] if conflict else "none", linewidth=2.5 if conflict else 0,
                       hatch="//" if conflict else None)
            ax.text(i, r.value / scale, f"{r.value / scale:,.0f}" + ("\nconflict" if conflict else ""),
                    ha="center", va="bottom", fontsize=9, color=PALETTE["critical"] if conflict else "#333333")
        ax.set_xticks(range(len(part)), labels, fontsize=8)
        ax.set_ylabel(unit)
        ax.set_title(family.replace("_", " ").capitalize(), fontsize=11)
        ax.grid(axis="y", color="#e0e0e0")
        ax.grid(axis="x", visible=False)
        top = part["value"].max() / scale if len(part) else 1
        ax.set_ylim(0, top * 1.35)
    figure.suptitle(verdict_headline(consistency, ("investment", "site_area")), x=0.01, ha="left",
                    fontweight="bold", fontsize=12)
    figure.subplots_adjust(bottom=0.22, wspace=0.35)
    add_source_note(figure, _sources(articles, used))
    return figure


EVENT_COLOURS = {
    "agreement_signed": "#2c5d8a", "visit": "#8fb3d9", "opening": "#e08214", "launch": "#5e3c99",
    "statement": "#4d4d4d", "broadcast": "#bdbdbd", "sanction": "#b2182b", "fine": "#b2182b",
    "trade_trend": "#1b7837", "construction": "#e08214",
}


def timeline_chart(timeline: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Each dated event as a bar from its earliest to its latest possible date (a dot when known to the day);
    expected events hollow."""
    events = timeline.reset_index(drop=True)
    figure, ax = plt.subplots(figsize=(8.0, max(4.5, 0.32 * len(events) + 1.5)))
    for i, r in enumerate(events.itertuples()):
        a, b = _date(r.earliest), _date(r.latest)
        colour = EVENT_COLOURS.get(r.event_type, "#9e9e9e")
        expected = r.status == "expected"
        if a == b:
            _ = ax.plot([a], [i], marker="o", color=colour, markerfacecolor="white" if expected else colour,
                        markersize=7, linestyle="none")
        else:
            _ = ax.barh(i, (b - a).days + 1, left=a, height=0.5, color="white" if expected else colour,
                        edgecolor=colour, linewidth=1.2)
        ax.text(b + dt.timedelta(days=25), i, f"{r.event_type.replace('_', ' ')}: '{r.date_surface}' ({r.file[:3]})",
                fontsize=7.5, va="center")
    ax.set_yticks(range(len(events)), [f"{r.outlet_short[:28]}" for r in events.itertuples()], fontsize=7.5)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if len(events):
        ax.set_xlim(_date(events["earliest"].min()) - dt.timedelta(days=120),
                    _date(events["latest"].max()) + dt.timedelta(days=900))
    ax.set_title("Dated events stated by the articles (hollow: expected)")
    figure.subplots_adjust(bottom=0.12, left=0.28)
    add_source_note(figure, _sources(articles, events["file"]))
    return figure
