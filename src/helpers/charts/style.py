"""The house style of every chart, and saving figures so that an unchanged chart is an unchanged file.

One look across all figures: the same size, font and palette, a title that states the finding, and a source note
under each chart naming the articles (outlet and date) it was drawn from. The palette is chosen to stay readable in
greyscale (distinct lightness) and for colour-blind readers; hatching can be added where bars sit side by side.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from helpers.io.paths import FIGURES_DIR  # noqa: E402

SVG_HASH_SALT = "cainiao-liege"
FIGURE_SIZE = (8.0, 4.5)
DPI = 100

PALETTE = {
    "supportive": "#1b7837",
    "critical": "#b2182b",
    "neutral": "#9e9e9e",
    "mixed": "#e08214",
    "primary": "#2c5d8a",
    "secondary": "#8fb3d9",
    "highlight": "#e08214",
    "muted": "#bdbdbd",
}
"""Colours by meaning. Dark, light and mid tones alternate so the categories stay apart in greyscale."""

CATEGORY_COLOURS = {
    # status of a figure
    "promised": "#e08214", "realised": "#2c5d8a", "historical": "#5e3c99", "unmarked": "#4d4d4d",
    # kind of a figure
    "money": "#2c5d8a", "count": "#e08214", "area": "#1b7837", "percent": "#5e3c99", "duration": "#8fb3d9",
    "mass": "#b2182b", "other": "#bdbdbd",
    # sign of a flow
    "rise": "#2c5d8a", "fall": "#b2182b",
    # event types
    "agreement_signed": "#2c5d8a", "visit": "#8fb3d9", "opening": "#e08214", "launch": "#5e3c99",
    "statement": "#4d4d4d", "broadcast": "#bdbdbd", "sanction": "#b2182b", "fine": "#b2182b",
    "trade_trend": "#1b7837", "construction": "#e08214",
}
"""One fixed colour per category, the same in every chart whatever the data (never assigned by frequency or
order of appearance): a status, a kind of figure, a flow's sign, an event type. Unknown categories are grey."""


def colour_of(category: str) -> str:
    """The fixed colour of a category (:data:`CATEGORY_COLOURS`, then :data:`PALETTE`), grey when unknown."""
    return CATEGORY_COLOURS.get(category) or PALETTE.get(category) or "#9e9e9e"


SEQUENCE = ["#2c5d8a", "#e08214", "#8fb3d9", "#b2182b", "#1b7837", "#5e3c99", "#bdbdbd", "#4d4d4d"]
"""Categorical colours in order of use."""

STYLE = {
    "figure.figsize": FIGURE_SIZE,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "axes.axisbelow": True,
    "grid.color": "#e0e0e0",
    "axes.prop_cycle": matplotlib.cycler(color=SEQUENCE),
    "svg.hashsalt": SVG_HASH_SALT,
    "svg.fonttype": "path",
    "path.simplify": True,
    "text.parse_math": False,
}


def apply_house_style() -> None:
    """Set the project's matplotlib style (call once at the top of a notebook).

    Math parsing is off (``text.parse_math``): every label comes from data (outlet names, titles, quotes), and a
    ``$...$`` in one must print as written, not be read as TeX (which fails on most such text).
    """
    plt.rcParams.update(STYLE)


def add_source_note(figure: plt.Figure, sources: str, width: int = 120) -> None:
    """Write ``Source: ...`` under the chart, left-aligned, in small grey type, wrapped at ``width`` characters
    (so that it never runs off the canvas)."""
    import textwrap

    import warnings

    lines = textwrap.wrap(f"Source: {sources}", width=width)
    figure.text(0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=8, color="#555555")
    height = (len(lines) * 8 * 1.25 + 10) / (figure.get_figheight() * 72)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        figure.tight_layout(rect=(0, height + 0.01, 1, 1))


def set_title(figure: plt.Figure, text: str, width: int = 80) -> None:
    """The chart's title (a sentence stating the finding), at the figure's left edge, wrapped so that it stays on
    the canvas."""
    figure.suptitle(wrap(text, width), x=0.01, ha="left", fontweight="bold", fontsize=12)


def wrap(text: str, width: int = 70) -> str:
    """``text`` broken into lines of at most ``width`` characters (titles and labels that state a finding)."""
    import textwrap

    return "\n".join(part for line in text.split("\n") for part in (textwrap.wrap(line, width=width) or [""]))


def spread(values: list[float], gap: float) -> list[float]:
    """Positions as close to ``values`` as possible but at least ``gap`` apart, in the same order (labels in a
    column that must not overprint each other). One pass up, one pass to centre the block."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    placed = [0.0] * len(values)
    previous = None
    for i in order:
        placed[i] = values[i] if previous is None else max(values[i], previous + gap)
        previous = placed[i]
    if order:
        shift = (sum(placed) - sum(values)) / len(values)
        placed = [p - shift for p in placed]
        # centring may pull the lowest label below its neighbour's minimum distance only if gap is violated
        previous = None
        for i in order:
            if previous is not None and placed[i] < previous + gap:
                placed[i] = previous + gap
            previous = placed[i]
    return placed


def save_figure(figure: plt.Figure, name: str, folder: Path = FIGURES_DIR) -> list[Path]:
    """Save ``figure`` as ``name.png`` and ``name.svg`` in ``folder``, byte-identical from run to run.

    No date, no software stamp, a fixed SVG hash salt. Returns the two paths.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with plt.rc_context({"svg.hashsalt": SVG_HASH_SALT}):
        for extension, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            path = folder / f"{name}.{extension}"
            figure.savefig(path, format=extension, metadata=metadata, bbox_inches="tight")
            paths.append(path)
    return paths


def format_source_list(articles) -> str:
    """``outlet_short (published)`` for each row of a DataFrame with those columns, in date order, joined by "; "."""
    ordered = articles.sort_values(["published", "outlet_short"])
    return "; ".join(f"{row.outlet_short} ({row.published})" for row in ordered.itertuples())


def save_and_show(figure: plt.Figure, name: str, folder: Path = FIGURES_DIR) -> list[Path]:
    """Save ``figure`` with :func:`save_figure` and show the saved PNG inline in a notebook (the house backend draws
    nothing on screen), so the rendered notebook shows exactly the file in ``figures/``. Returns the two paths."""
    from IPython.display import Image, display

    paths = save_figure(figure, name, folder)
    plt.close(figure)
    display(Image(filename=str(paths[0])))
    return paths
