"""Charts of claims, flows, the ledger and dated events, in the house style (:mod:`helpers.charts.style`).

Each function takes the tables of :func:`helpers.claims.tables.build_claim_tables` (and the articles, for the source
note), returns a matplotlib Figure whose title states the finding (generated from the tables) and names its sources
under the chart. Colours are fixed per category (:data:`helpers.charts.style.CATEGORY_COLOURS`), every encoding has a
legend or a direct label, and every number is written by :mod:`helpers.charts.format`. None saves anything.
"""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from helpers.charts.format import format_amount, format_number, format_percent, format_ratio, format_range, scale_for, unit_label
from helpers.charts.style import add_source_note, colour_of, format_source_list, set_title, spread, wrap
from helpers.claims.ledger import source_phrase
from helpers.claims.moves import headline, status_word
from helpers.extract.dates import publication_interval

STATUS_WORDS = {"promised": "promised", "realised": "realised", "historical": "past figure", "unmarked": "stated"}
STATUS_MARKERS = {"promised": "o", "realised": "s", "historical": "D", "unmarked": "^"}


def _sources(articles: pd.DataFrame, files) -> str:
    return format_source_list(articles.loc[articles["file"].isin(set(files))])


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _published(published: str) -> dt.date:
    """The middle of a (partial) publication date: 2023-02 -> 2023-02-14."""
    first, last, _ = publication_interval(str(published))
    return first + (last - first) / 2


def flow_chart(flows: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Signed trade flows as horizontal bars (rise and fall coloured and in the legend), each labelled at its end,
    outside the bar and away from the zero line, with who claimed it, when, and over which period."""
    figure, ax = plt.subplots()
    rows = flows.reset_index(drop=True)
    unit = rows["unit"].iloc[0] if len(rows) else "EUR"
    divisor, word = scale_for(rows["signed_value"].abs().max() if len(rows) else 0, unit)
    values = rows["signed_value"] / divisor
    labels = []
    for r in rows.itertuples():
        period = f"{r.period_earliest[:7]} to {r.period_latest[:7]}" if r.period_earliest else "period not stated"
        labels.append(f"{r.origin or '?'} → {r.destination or '(unstated)'}, {r.commodity}\n"
                      f"{r.source_label}, {r.published}; {period}")
    _ = ax.barh(range(len(rows)), values, color=[colour_of("fall" if v < 0 else "rise") for v in values],
                height=0.5)
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.invert_yaxis()
    ax.axvline(0, color="#555555", linewidth=0.8)
    for i, (r, v) in enumerate(zip(rows.itertuples(), values)):
        _ = ax.annotate(format_amount(r.signed_value, r.unit, signed=True), (v, i), xytext=(5 if v >= 0 else -5, 0),
                        textcoords="offset points", ha="left" if v >= 0 else "right", va="center", fontsize=9)
    lim = max(values.abs().max() * 1.6, 1) if len(rows) else 1
    ax.set_xlim(-lim, lim)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_number(x)))
    ax.set_xlabel(f"change claimed, {unit_label(unit, word)}")
    ax.legend(handles=[Patch(color=colour_of("rise"), label="rise"), Patch(color=colour_of("fall"), label="fall")],
              loc="lower left", frameon=False, fontsize=9)
    who = sorted(set(rows["source_label"] + " (" + rows["published"] + ")"))
    parts = [f"{r.origin or '?'} → {r.destination or '(unstated)'} {format_amount(r.signed_value, r.unit, signed=True)}"
             for r in rows.itertuples()]
    set_title(figure, f"{' and '.join(who) or 'Nobody'} claims: " + "; ".join(parts), 75)
    figure.subplots_adjust(bottom=0.22, left=0.36, top=0.86)
    add_source_note(figure, _sources(articles, rows["file"]) + ". Claims as stated; no official trade data checked.")
    return figure


def _label_side(x: dt.date, low: dt.date, high: dt.date) -> str:
    return "left" if (x - low) <= 0.55 * (high - low) else "right"


def _time_limits(dates: list[dt.date]) -> tuple[dt.date, dt.date]:
    first, last = min(dates), max(dates)
    span = max((last - first).days, 365)
    return first - dt.timedelta(days=int(0.45 * span) + 120), last + dt.timedelta(days=int(0.6 * span) + 240)


def _claim_points(ax, part: pd.DataFrame, divisor: float, ylim: tuple[float, float]) -> None:
    """One marker per claim (status: colour and shape), labelled with its value, source and date beside it (to the
    right in the left part of the axis, to the left in the right part); all labels of the axis are spread
    vertically so that they never overprint each other, with a thin leader line when a label had to move."""
    low, high = (mdates.num2date(v).date() for v in ax.get_xlim())
    rows = part.assign(_x=[_published(p) for p in part["published"]]).reset_index(drop=True)
    gap = 0.16 * (ylim[1] - ylim[0])
    nudge = (high - low) * 0.03
    ys = spread([v / divisor for v in rows["value"]], gap)
    for (_, r), y in zip(rows.iterrows(), ys):
        colour = colour_of(r["status"])
        value = r["value"] / divisor
        _ = ax.plot([r["_x"]], [value], marker=STATUS_MARKERS.get(r["status"], "o"), markersize=9, linestyle="none",
                    color=colour, markeredgewidth=2, markerfacecolor="white" if r["status"] == "promised" else colour)
        if r["bound_low"] != r["bound_high"] and r["bound_high"] < float("inf"):
            _ = ax.vlines(r["_x"], r["bound_low"] / divisor, r["bound_high"] / divisor, color=colour, linewidth=2)
        side = _label_side(r["_x"], low, high)
        text = (f"{format_amount(r['value'], r['unit'])} {status_word(r['status'], r['unit'])}\n"
                f"{source_phrase(r['actor'], r['outlet_short'], r['published'])}")
        x = r["_x"] + nudge if side == "left" else r["_x"] - nudge
        _ = ax.annotate(wrap(text, 40), (r["_x"], value), xytext=(x, y), textcoords="data", fontsize=8,
                        va="center", ha="left" if side == "left" else "right",
                        arrowprops=None if abs(y - value) < gap / 4 else
                        {"arrowstyle": "-", "color": "#999999", "linewidth": 0.6, "shrinkB": 6})


def _status_legend(ax, statuses, unit: str = "") -> None:
    handles = [Line2D([], [], marker=STATUS_MARKERS.get(s, "o"), linestyle="none", color=colour_of(s),
                      markerfacecolor="white" if s == "promised" else colour_of(s), markeredgewidth=2,
                      label=status_word(s, unit)) for s in ("promised", "realised", "historical", "unmarked")
               if s in set(statuses)]
    ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=8, ncol=len(handles))


def _measure_axes(ax, part: pd.DataFrame, unit: str) -> float:
    """Axis limits and labels for one measure's claims over time; returns the divisor of its values."""
    divisor, word = scale_for(part["value"].abs().max() if len(part) else 0, unit)
    dates = [_published(p) for p in part["published"]] or [dt.date(2020, 1, 1)]
    low, high = _time_limits(dates)
    ax.set_xlim(low, high)
    top = (part["value"].max() / divisor * 1.6) if len(part) else 10
    ax.set_ylim(0, top)
    ax.xaxis.set_major_locator(mdates.YearLocator(max(1, (high.year - low.year) // 5)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: format_number(y)))
    ax.set_ylabel(unit_label(unit, word) or "number")
    ax.set_xlabel("publication date")
    ax.grid(axis="y", color="#e0e0e0")
    return divisor


def _gap_marks(ax, moves: pd.DataFrame, ledger: pd.DataFrame, divisor: float, kinds=("gap",)) -> None:
    """A dashed line from one position to the next for each move of ``kinds``, labelled with what it is."""
    at = ledger.set_index("position_id")
    for m in moves.loc[moves["kind"].isin(kinds)].itertuples():
        a, b = at.loc[m.from_position], at.loc[m.to_position]
        xa, xb = _published(a["first_published"]), _published(b["first_published"])
        ya, yb = (a["value_low"] + a["value_high"]) / 2 / divisor, (b["value_low"] + b["value_high"]) / 2 / divisor
        _ = ax.annotate("", xy=(xb, yb), xytext=(xa, ya),
                        arrowprops={"arrowstyle": "->", "linestyle": "--", "color": "#555555", "linewidth": 1.2,
                                    "shrinkA": 7, "shrinkB": 7})
        word = {"gap": f"{'count' if m.unit == 'count' else 'realised'}: {format_ratio(m.ratio)}"
                       f"{' the' if format_ratio(m.ratio).endswith('times') else ' of the'} promise",
                "revision": f"revised, {'+' if m.ratio >= 1 else '−'}{format_percent(abs(m.ratio - 1))}",
                "conflict": "disagree", "update": "later date"}[m.kind]
        below = yb < ya
        _ = ax.annotate(word, (xb, yb), xytext=(0, -16 if below else 14), textcoords="offset points", ha="center",
                        va="top" if below else "bottom", fontsize=8, color="#333333", style="italic")


def jobs_chart(claims: pd.DataFrame, ledger: pd.DataFrame, moves: pd.DataFrame, articles: pd.DataFrame
               ) -> plt.Figure:
    """Jobs promised against jobs counted, by publication date: one marker per claim (status: colour and shape, in
    the legend), each labelled with the figure, the speaker or outlet and the date; the gap between a promise and
    a count drawn as a dashed arrow with its ratio. The title states the gap (:func:`helpers.claims.moves.headline`)."""
    jobs = claims.loc[claims["metric_family"] == "jobs"].reset_index(drop=True)
    figure, ax = plt.subplots()
    divisor = _measure_axes(ax, jobs, "count")
    ax.set_ylabel("jobs")
    _claim_points(ax, jobs, divisor, ax.get_ylim())
    _gap_marks(ax, moves.loc[moves["measure"] == "jobs"], ledger, divisor, kinds=("gap",))
    _status_legend(ax, jobs["status"], "count")
    set_title(figure, headline(moves, "jobs"), 75)
    figure.subplots_adjust(bottom=0.2, top=0.86)
    add_source_note(figure, _sources(articles, jobs["file"]))
    return figure


def investment_area_chart(claims: pd.DataFrame, ledger: pd.DataFrame, moves: pd.DataFrame,
                          articles: pd.DataFrame) -> plt.Figure:
    """Investment (million EUR) and site area (m², as in the tables) over time, one panel each: a marker per claim,
    labelled with its value, source and date; revisions marked by a dashed arrow with the change. The title states
    both findings, from the moves."""
    figure, axes = plt.subplots(1, 2, figsize=(10.0, 5.0))
    used = []
    for ax, measure, unit in ((axes[0], "investment", "EUR"), (axes[1], "site_area", "m2")):
        part = claims.loc[(claims["metric_family"] == measure) & (claims["unit"] == unit)].reset_index(drop=True)
        used += list(part["file"])
        divisor = _measure_axes(ax, part, unit)
        _claim_points(ax, part, divisor, ax.get_ylim())
        _gap_marks(ax, moves.loc[(moves["measure"] == measure) & (moves["unit"] == unit)], ledger, divisor,
                   kinds=("revision", "conflict", "gap"))
        agreed = ledger.loc[(ledger["measure"] == measure) & (ledger["n_sources"].astype(int) > 1)]
        for p in agreed.itertuples():
            _ = ax.annotate(f"{int(p.n_sources)} sources agree on {format_range(p.value_low, p.value_high, unit)}",
                            (0.02, 0.97), xycoords="axes fraction", ha="left", va="top", fontsize=8,
                            style="italic", color="#333333")
        ax.set_title(measure.replace("_", " ").capitalize(), fontsize=11, loc="left")
        ax.set_xlabel("")
    _status_legend(axes[1], claims.loc[claims["metric_family"].isin(["investment", "site_area"]), "status"])
    axes[1].get_legend().set_bbox_to_anchor((0.0, -0.08))
    title = f"{headline(moves, 'investment')}; {headline(moves, 'site_area')[0].lower()}{headline(moves, 'site_area')[1:]}"
    set_title(figure, title, 95)
    figure.subplots_adjust(bottom=0.2, top=0.84, wspace=0.3)
    add_source_note(figure, _sources(articles, used), width=150)
    return figure


def timeline_chart(timeline: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Each dated event as a bar from its earliest to its latest possible date (a dot when known to the day), its
    colour the event type (legend), hollow when expected; each row named by outlet and publication date, each event
    by its type and the words that date it."""
    events = timeline.reset_index(drop=True)
    published = dict(zip(articles["file"], articles["published"]))
    figure, ax = plt.subplots(figsize=(10.0, max(4.5, 0.42 * len(events) + 2.2)))
    for i, r in enumerate(events.itertuples()):
        a, b = _date(r.earliest), _date(r.latest)
        colour = colour_of(r.event_type)
        expected = r.status == "expected"
        if a == b:
            _ = ax.plot([a], [i], marker="o", color=colour, markerfacecolor="white" if expected else colour,
                        markersize=8, linestyle="none", markeredgewidth=1.5)
        else:
            _ = ax.barh(i, (b - a).days + 1, left=a, height=0.55, color="white" if expected else colour,
                        edgecolor=colour, linewidth=1.5)
        _ = ax.annotate(f"{r.event_type.replace('_', ' ')}: ‘{r.date_surface}’", (b, i), xytext=(8, 0),
                        textcoords="offset points", fontsize=9, va="center")
    ax.set_yticks(range(len(events)), [wrap(f"{r.outlet_short} ({published.get(r.file, '')})", 34)
                                       for r in events.itertuples()], fontsize=8.5)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if len(events):
        first, last = _date(events["earliest"].min()), _date(events["latest"].max())
        ax.set_xlim(first - dt.timedelta(days=120), last + dt.timedelta(days=int(0.42 * (last - first).days) + 400))
    types = sorted(set(events["event_type"]))
    handles = [Patch(color=colour_of(t), label=t.replace("_", " ")) for t in types]
    handles.append(Patch(facecolor="white", edgecolor="#555555", label="expected (hollow)"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=min(5, len(handles)),
              frameon=False, fontsize=8.5)
    n_expected = int((events["status"] == "expected").sum())
    years = f"{events['earliest'].min()[:4]} to {events['latest'].max()[:4]}" if len(events) else ""
    set_title(figure, f"{len(events)} dated events from {years}; {n_expected} still expected when published", 90)
    figure.subplots_adjust(bottom=0.18, left=0.24, right=0.97)
    add_source_note(figure, _sources(articles, events["file"]), width=150)
    return figure
