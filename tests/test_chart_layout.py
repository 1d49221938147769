"""Every chart is drawn; no two of its text labels overlap and none leaves the canvas (bounding boxes measured by
matplotlib's renderer). Also: every chart of figures/ is one the gallery draws, and colours are fixed per category."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from helpers.charts.gallery import chart_factories  # noqa: E402
from helpers.charts.style import CATEGORY_COLOURS, apply_house_style, colour_of, spread  # noqa: E402
from helpers.io.paths import FIGURES_DIR  # noqa: E402

FACTORIES = chart_factories()
SLACK = 1.0
"""Pixels two boxes may share (anti-aliasing) before they count as overlapping."""


def _texts(figure):
    """Every visible, non-empty text of the figure (titles, tick labels, annotations, legend entries), with its
    window extent."""
    renderer = figure.canvas.get_renderer()
    ticks, drawn = set(), []
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                ticks.update({id(tick.label1), id(tick.label2)})
            drawn += [label for tick in axis._update_ticks() for label in (tick.label1, tick.label2)]
    found = []
    for artist in [t for t in figure.findobj(Text) if id(t) not in ticks] + drawn:
        if not artist.get_visible() or not artist.get_text().strip():
            continue
        if artist.axes is not None and not artist.get_in_layout():
            continue
        found.append((artist, artist.get_window_extent(renderer)))
    return found


def _overlap(a, b) -> bool:
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > SLACK) and (min(a.y1, b.y1) - max(a.y0, b.y0) > SLACK)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_labels_do_not_overlap_or_leave_the_canvas(name):
    apply_house_style()
    figure = FACTORIES[name]()
    try:
        figure.canvas.draw()
        canvas = figure.bbox
        texts = _texts(figure)
        assert texts, f"{name} has no text"
        outside = [t.get_text() for t, box in texts
                   if box.x0 < canvas.x0 - SLACK or box.y0 < canvas.y0 - SLACK or box.x1 > canvas.x1 + SLACK
                   or box.y1 > canvas.y1 + SLACK]
        assert not outside, f"{name}: text leaves the canvas: {outside}"
        clashes = [(a.get_text(), b.get_text()) for (a, box_a), (b, box_b) in itertools.combinations(texts, 2)
                   if _overlap(box_a, box_b)]
        assert not clashes, f"{name}: overlapping labels: {clashes[:5]}"
    finally:
        plt.close(figure)


def test_every_saved_chart_is_drawn_here():
    saved = {path.stem for path in FIGURES_DIR.glob("*.png")}
    assert saved <= set(FACTORIES), sorted(saved - set(FACTORIES))


def test_colours_are_fixed_per_category():
    assert colour_of("promised") == CATEGORY_COLOURS["promised"] != colour_of("realised")
    assert colour_of("money") == CATEGORY_COLOURS["money"]
    assert colour_of("no such category") == "#9e9e9e"


def test_spread_keeps_order_and_distance():
    placed = spread([1.0, 1.1, 1.05, 5.0], gap=0.5)
    order = sorted(range(4), key=lambda i: [1.0, 1.1, 1.05, 5.0][i])
    assert [placed[i] for i in order] == sorted(placed)
    assert all(b - a >= 0.5 - 1e-9 for a, b in zip(sorted(placed), sorted(placed)[1:]))
